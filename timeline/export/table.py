"""The timeline as CSV (RFC 4180): one row per entry, for a spreadsheet.

Columns: `id`, `start` and `end` (ISO days of the entry's interval: a month
entry runs from its first to its last day, see `timeline.export.periods`),
`precision`, `date` (the TIMEX3 value), `when` (the date in words),
`headline` (the entry's summary), `actors` and `sources` (joined by "; "),
`sources_count`, `urls` (the sources' links, space-separated), `modality`.
Rows end in CRLF, fields are quoted when they hold a comma, a quote or a line
break, and the file starts with a UTF-8 byte order mark so that spreadsheets
read the accents right.

Article text is hostile: a cell starting with `=`, `+`, `-`, `@` (or a tab or
carriage return) is a formula to a spreadsheet, so text cells starting so get
a leading apostrophe, which spreadsheets show as text (OWASP, CSV injection).
"""

from __future__ import annotations

import csv
import io

from timeline.export.cited import clean, entry_sources, sources
from timeline.export.periods import when
from timeline.model import Timeline

COLUMNS = (
    "id", "start", "end", "precision", "date", "when", "headline",
    "actors", "sources_count", "sources", "urls", "modality",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """Untrusted text as a cell a spreadsheet shows and never evaluates."""
    text = clean(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def table(timeline: Timeline) -> str:
    by_path = sources(timeline)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180: CRLF, minimal quoting, "" inside quotes
    writer.writerow(COLUMNS)
    for e in timeline.entries:
        cited = entry_sources(e, by_path)
        writer.writerow([
            e.id,
            e.first.isoformat(),
            e.last.isoformat(),
            e.precision,
            e.value,
            when(e),
            cell(e.summary),
            cell("; ".join(clean(a) for a in e.actors)),
            e.sources_count,
            cell("; ".join(s.credit() for s in cited)),
            " ".join(s.url for s in cited if s.url),
            e.modality,
        ])
    return "\ufeff" + out.getvalue()
