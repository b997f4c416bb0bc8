"""The timeline as one self-contained web page: a visual chronology with filters.

The page needs nothing but itself: its CSS and script are inline (`page.css`,
`page.js` beside this module), it loads no font, image or library, and its
Content-Security-Policy (`default-src 'none'`, the style and script allowed by
their SHA-256 only) forbids any network request, so it opens from disk, an
e-mail attachment or a web server alike.

Each year is a section; each entry a row with its date in words, a bar on
that year's January-to-December track, its summary, actors and citations. The
bar covers the entry's interval, so precision is visible: a day is a tick, a
week a short bar, a month a twelfth of the track, a season or quarter three
months, a year the whole track (weeks, seasons, PRESENT_REF and anchored
durations map as `timeline.export.periods` says); an interval running past
the year ends in an arrow naming its last year. Entries expected at the time
of writing have a dashed bar. Filters by actor, year and source hide rows
and are kept in the address (`#actor=2&year=2016&source=3`), so a filtered
view can be linked. Every citation links its article (http(s) links only).

Article text is hostile: every piece of it is HTML-escaped after `cited.clean`,
attribute values too; per-entry bar positions live in the hashed style block,
keyed by a sanitised id, never in markup built from input.
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import date
from html import escape
from importlib.resources import files
from itertools import groupby

from timeline.export.cited import Source, clean, entry_sources, sources
from timeline.export.periods import MONTH_NAMES, when, window_label
from timeline.model import Entry, Timeline


def _asset(name: str) -> str:
    return files("timeline.export").joinpath(name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def dom_id(entry: Entry) -> str:
    return "e-" + re.sub(r"[^A-Za-z0-9_-]", "_", entry.id)


def bar_rule(entry: Entry) -> str:
    """The CSS placing an entry's bar on its first year's track, in percent of the year."""
    year = entry.first.year
    start, end = date(year, 1, 1), date(year, 12, 31)
    days = (end - start).days + 1
    left = (entry.first - start).days / days * 100
    right = ((min(entry.last, end) - start).days + 1) / days * 100
    return f"#{dom_id(entry)} .bar{{left:{left:.2f}%;width:{right - left:.2f}%}}"


def citation(source: Source, entry: Entry, by_path: dict[str, Source]) -> str:
    name = escape(source.name)
    if source.url:
        name = f'<a href="{escape(source.url)}" rel="noopener noreferrer">{name}</a>'
    lines = ",".join(str(c.line) for c in entry.citations if by_path.get(c.file) is source)
    title = f": “{escape(source.title)}”" if source.outlet else ""
    where = f' <span class="file">[{source.number}] {escape(source.file)}{":" + lines if lines else ""}</span>'
    return f"<li>{name}{title}, {escape(source.dated)}{where}</li>"


def row(entry: Entry, by_path: dict[str, Source], actor_ids: dict[str, int]) -> str:
    cited = entry_sources(entry, by_path)
    beyond = f'<span class="beyond">→ {entry.last.year}</span>' if entry.last.year > entry.first.year else ""
    expected = ' <span class="expected">expected</span>' if entry.modality == "expected" else ""
    actors = "".join(f"<li>{escape(clean(a))}</li>" for a in entry.actors)
    return (
        f'<li class="entry p-{escape(entry.precision)}{" tentative" if entry.modality == "expected" else ""}"'
        f' id="{dom_id(entry)}" data-year="{entry.first.year}"'
        f' data-actors="{" ".join(str(actor_ids[a]) for a in entry.actors)}"'
        f' data-sources="{" ".join(str(s.number) for s in cited)}">'
        f'<div class="when">{escape(when(entry))}<span class="precision">{escape(entry.precision)}</span></div>'
        f'<div class="track"><span class="bar"></span>{beyond}</div>'
        f'<div class="what"><p class="headline">{escape(clean(entry.summary))}{expected}</p>'
        f'<ul class="actors">{actors}</ul><ul class="citations">{"".join(citation(s, entry, by_path) for s in cited)}</ul></div>'
        "</li>"
    )


def year_section(year: int, rows: list[str]) -> str:
    ticks = "".join(f"<span>{m[:3]}</span>" for m in MONTH_NAMES)
    return (
        f'<section class="year" data-year="{year}"><h2>{year}</h2>'
        f'<div class="axis" aria-hidden="true"><span></span><div class="months">{ticks}</div></div>'
        f'<ol class="entries">{"".join(rows)}</ol></section>'
    )


def options(label: str, key: str, choices: list[tuple[object, str]]) -> str:
    items = "".join(f'<option value="{escape(str(v))}">{escape(text)}</option>' for v, text in choices)
    return f'<label>{label} <select id="filter-{key}" data-key="{key}"><option value="">all</option>{items}</select></label>'


def source_list(timeline: Timeline, by_path: dict[str, Source]) -> str:
    items = []
    for article in timeline.sources:
        s = by_path[article.path]
        title = f'<a href="{escape(s.url)}" rel="noopener noreferrer">{escape(s.title)}</a>' if s.url else escape(s.title)
        outlet = f"{escape(s.outlet)}, " if s.outlet else ""
        items.append(f'<li value="{s.number}">{title}, {outlet}{escape(s.dated)} <span class="file">{escape(s.file)}</span></li>')
    return f'<section id="sources"><h2>Sources</h2><ol>{"".join(items)}</ol></section>'


def html_page(timeline: Timeline, query) -> str:
    by_path = sources(timeline)
    actor_names = sorted({a for e in timeline.entries for a in e.actors}, key=str.casefold)
    actor_ids = {a: n for n, a in enumerate(actor_names, 1)}
    sections = [
        year_section(year, [row(e, by_path, actor_ids) for e in group])
        for year, group in groupby(timeline.entries, key=lambda e: e.first.year)
    ]
    years = sorted({e.first.year for e in timeline.entries})
    filters = (
        options("Actor", "actor", [(actor_ids[a], clean(a)) for a in actor_names])
        + options("Year", "year", [(y, str(y)) for y in years])
        + options("Source", "source", [(s.number, f"[{s.number}] {s.name}") for s in by_path.values()])
    )
    css = _asset("page.css") + "\n" + "\n".join(bar_rule(e) for e in timeline.entries) + "\n"
    script = _asset("page.js")
    span = window_label(query)
    policy = f"default-src 'none'; style-src {_sha256(css)}; script-src {_sha256(script)}; base-uri 'none'; form-action 'none'"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Chronology</title>\n"
        f"<style>{css}</style>\n</head><body>\n"
        f'<header><h1>Chronology</h1><p>{len(timeline.entries)} events from {len(timeline.sources)} sources'
        f" ({escape(span)}).</p>"
        f'<form id="filters">{filters}<output id="shown">{len(timeline.entries)} of {len(timeline.entries)} shown</output></form>'
        "</header>\n<main>\n" + "\n".join(sections) + "\n</main>\n"
        + source_list(timeline, by_path)
        + f"\n<script>{script}</script>\n</body></html>\n"
    )
