"""The timeline as Markdown: the chronology by year, each entry with footnote citations.

Each entry is one list item under its year's heading (the year its interval
starts in), dated in words (`timeline.export.periods`: "week of 6 January
2025", "summer 2024", "November 2016"), with a footnote per cited source;
the footnotes link each source's article, naming outlet, title and date.
Footnotes are those of GitHub Flavored Markdown, Pandoc and most static site
generators.

Article text is hostile: every ASCII punctuation character Markdown could
read as syntax (emphasis, links, raw HTML, entities, tables) is
backslash-escaped, and link targets are http(s) only, percent-encoded where
Markdown would end or break them.
"""

from __future__ import annotations

import re
from itertools import groupby

from timeline.export.cited import Source, clean, entry_sources, sources
from timeline.export.periods import when, window_label
from timeline.model import Entry, Timeline

_SYNTAX = re.compile(r"([\\`*_{}\[\]<>()#+!|~&$])")
_URL_BREAKS = {"(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "\\": "%5C", "[": "%5B", "]": "%5D"}


def text(value: str | None) -> str:
    """Untrusted text as Markdown that shows it literally."""
    return _SYNTAX.sub(r"\\\1", clean(value))


def link_target(url: str) -> str:
    return "".join(_URL_BREAKS.get(ch, ch) for ch in url)


def item(entry: Entry, by_path: dict[str, Source]) -> str:
    notes = "".join(f"[^{s.number}]" for s in entry_sources(entry, by_path))
    expected = " *(expected)*" if entry.modality == "expected" else ""
    actors = f" — {', '.join(text(a) for a in entry.actors)}" if entry.actors else ""
    return f"- **{text(when(entry))}**{expected}: {text(entry.summary)}{notes}{actors}"


def footnote(source: Source) -> str:
    title = text(source.title)
    if source.url:
        title = f"[{title}]({link_target(source.url)})"
    outlet = f", {text(source.outlet)}" if source.outlet else ""
    return f"[^{source.number}]: {title}{outlet}, {text(source.dated)} (`{source.file.replace('`', '')}`)."


def markdown(timeline: Timeline, query) -> str:
    by_path = sources(timeline)
    span = window_label(query)
    lines = [
        "# Chronology",
        "",
        f"{len(timeline.entries)} events from {len(timeline.sources)} sources ({span}).",
    ]
    for year, entries in groupby(timeline.entries, key=lambda e: e.first.year):
        lines += ["", f"## {year}", ""]
        lines += [item(e, by_path) for e in entries]
    cited = sorted({s.number: s for e in timeline.entries for s in entry_sources(e, by_path)}.items())
    if cited:
        lines.append("")
        lines += [footnote(s) for _, s in cited]
    return "\n".join(lines) + "\n"
