"""The timeline as Knight Lab TimelineJS3 JSON, ready to load in TimelineJS.

The fields are those of https://timeline.knightlab.com/docs/json-format.html:
`title` (a title slide), and `events`, each with `start_date` and, for a span,
`end_date` holding only the parts the entry's precision knows (year, month,
day: see `timeline.export.periods` for the mapping of weeks, seasons,
quarters, halves, decades, PRESENT_REF and anchored durations),
`display_date` where those parts alone would mislead (weeks, seasons,
quarters, halves, decades), `text.headline` (the entry's summary) and
`text.text` (the citations as links naming outlet and date), `group` (the
entry's first actor or first source's outlet, with `--group-by`) and
`unique_id` (the entry id). TimelineJS renders `headline` and `text` as HTML,
so every piece of article text in them is escaped.
"""

from __future__ import annotations

import json
from html import escape as _escape
from typing import Any

from timeline.export.cited import Source, clean, entry_sources, sources
from timeline.export.periods import NAMED_PERIODS, date_parts, end_parts, when
from timeline.model import Entry, Timeline


def escape(text: str) -> str:
    """Text for an HTML text node: `<`, `>` and `&` escaped; quotes stay quotes (attributes use `attribute`)."""
    return _escape(text, quote=False)


def attribute(text: str) -> str:
    return _escape(text, quote=True)


def citation_html(source: Source) -> str:
    """One citation as TimelineJS shows it: the outlet linked to the article, the title, the date."""
    name = escape(source.name)
    if source.url:
        name = f'<a href="{attribute(source.url)}" target="_blank" rel="noopener noreferrer">{name}</a>'
    title = f": “{escape(source.title)}”" if source.outlet else ""
    return f"<li>{name}{title}, {escape(source.dated)} [{source.number}]</li>"


def event(entry: Entry, by_path: dict[str, Source], group_by: str | None) -> dict[str, Any]:
    cited = entry_sources(entry, by_path)
    slide: dict[str, Any] = {"start_date": date_parts(entry.first, entry.precision)}
    end = end_parts(entry.first, entry.last, entry.precision)
    if end:
        slide["end_date"] = end
    if entry.precision in NAMED_PERIODS:
        slide["display_date"] = when(entry)
    text = "<ul>" + "".join(citation_html(s) for s in cited) + "</ul>"
    if entry.modality == "expected":
        text = "<p><em>Expected, as reported at the time.</em></p>" + text
    slide["text"] = {"headline": escape(clean(entry.summary)), "text": text}
    group = _group(entry, cited, group_by)
    if group:
        slide["group"] = escape(group)
    slide["unique_id"] = entry.id
    return slide


def _group(entry: Entry, cited: list[Source], group_by: str | None) -> str | None:
    if group_by == "actor":
        return (clean(entry.actors[0]) if entry.actors else "") or "(no actor)"
    if group_by == "source":
        return (cited[0].name if cited else "") or "(no source)"
    return None


def timelinejs_data(timeline: Timeline, group_by: str | None = None) -> dict[str, Any]:
    by_path = sources(timeline)
    count = len(timeline.sources)
    return {
        "title": {
            "text": {
                "headline": "Chronology",
                "text": f"<p>{len(timeline.entries)} events from {count} source{'s' if count != 1 else ''}.</p>",
            }
        },
        "events": [event(e, by_path, group_by) for e in timeline.entries],
    }


def timelinejs(timeline: Timeline, group_by: str | None = None) -> str:
    return json.dumps(timelinejs_data(timeline, group_by), ensure_ascii=False, indent=2) + "\n"
