"""Export a timeline: the YAML/JSON data file, and the formats other tools read.

One module per format, each with one job:

- `records`: the YAML/JSON export (the schema in `schema.json`), `dump`, `write_atomic`;
- `timelinejs`: Knight Lab TimelineJS3 JSON;
- `table`: CSV (RFC 4180) for a spreadsheet;
- `markdown`: the chronology by year with footnote citations;
- `ics`: an iCalendar file, one all-day or multi-day event per entry;
- `html`: one self-contained web page showing the chronology as a visual timeline.

`periods` says how a TIMEX3 value and its precision map to what each consumer
can read; `cited` says which outlet, date and link a citation shows. Every
format writes the same input as the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.export.records import (
    dump,
    entry_record,
    mention_record,
    source_numbers,
    source_record,
    timeline_record,
    write_atomic,
)

__all__ = [
    "dump",
    "entry_record",
    "mention_record",
    "render",
    "render_parts",
    "source_numbers",
    "source_record",
    "timeline_record",
    "write_atomic",
    "FORMATS",
]

# The formats `render` writes, data files first.
FORMATS = ("yaml", "json", "timelinejs", "csv", "markdown", "ics", "html")
GROUPS = ("actor", "source")


def render(timeline, query, fmt: str, group_by: str | None = None) -> str:
    """The filtered timeline as the text of one export format."""
    return "".join(render_parts(timeline, query, fmt, group_by))


def render_parts(timeline, query, fmt: str, group_by: str | None = None) -> Iterator[str]:
    """The text of `render` in pieces, to be written as they come: YAML and JSON a few
    hundred records at a time (`records.dump_parts`), the other formats whole."""
    from timeline.errors import UsageError

    if group_by is not None and fmt != "timelinejs":
        raise UsageError(f"--group-by applies to --format timelinejs only, not {fmt}")
    if fmt in ("yaml", "json"):
        from timeline import export
        from timeline.export.records import dump_parts

        return dump_parts(timeline, query, fmt, export.dump)  # looked up here: tests replace dump
    return iter([_whole(timeline, query, fmt, group_by)])


def _whole(timeline, query, fmt: str, group_by: str | None) -> str:
    from timeline.errors import UsageError

    if fmt == "timelinejs":
        from timeline.export.timelinejs import timelinejs

        return timelinejs(timeline, group_by)
    if fmt == "csv":
        from timeline.export.table import table

        return table(timeline)
    if fmt == "markdown":
        from timeline.export.markdown import markdown

        return markdown(timeline, query)
    if fmt == "ics":
        from timeline.export.ics import ics

        return ics(timeline)
    if fmt == "html":
        from timeline.export.html import html_page

        return html_page(timeline, query)
    raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
