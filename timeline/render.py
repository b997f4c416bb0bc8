"""Terminal views of a timeline, built as rich renderables (the CLI prints them).

Text that comes from articles or file names is always wrapped in `Text`
(never parsed as rich markup) and passed through `plain`, which shows
control and format characters as escapes (`\\n`, `\\u202e`), so an article
or a file name cannot restyle the terminal, forge a line or reorder one.
Nothing is made a hyperlink: a URL (`javascript:` or any other) is text.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from timeline.model import Actor, Article, Entry, Mention, Timeline
from timeline.text.lines import split_lines
from timeline.trace import explaining

# What a terminal could obey instead of showing: control characters (ESC
# starts escape sequences, a newline forges a line), format characters (bidi
# overrides and isolates, zero-width characters, the BOM, soft hyphens), line
# and paragraph separators, and lone surrogates (which cannot even be encoded).
_OBEYED = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_SHORT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}

SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}


def _escaped(c: str) -> str:
    if unicodedata.category(c) not in _OBEYED:
        return c
    n = ord(c)
    return _SHORT.get(c) or (f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}")


def plain(value: object) -> str:
    """Untrusted text (article text, metadata, file names, messages naming
    them) as the terminal path shows it: on one line, every character a
    terminal would obey rather than show written as an escape.

    >>> plain("x\\nerror: fake \\u202eevil\\u200b \\x1b[2J")
    'x\\\\nerror: fake \\\\u202eevil\\\\u200b \\\\x1b[2J'
    """
    text = "" if value is None else str(value)
    if text.isprintable():  # the common case: nothing to escape
        return text
    return "".join(map(_escaped, text))


def literal(value: object, style: str = "") -> Text:
    """Article-provided text as a rich Text that is never read as markup."""
    return Text(plain(value), style=style)


def _day(d: date) -> str:
    return f"{d.day} {calendar.month_abbr[d.month]} {d.year}"


def _month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def _range(first: date, last: date) -> str:
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{last.day} {calendar.month_abbr[last.month]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {calendar.month_abbr[first.month]} – {_day(last)}"
    return f"{_day(first)} – {_day(last)}"


def format_date(value: str, first: date, last: date, precision: str) -> str:
    """A date at its own precision: "10 Nov 2016", "Nov 2016", "2016", "6–12 Jan 2025".

    >>> format_date("2016-11", date(2016, 11, 1), date(2016, 11, 30), "month")
    'Nov 2016'
    """
    if first == last:
        return _day(first)
    whole_month = first.day == 1 and last == _month_end(first)
    if precision == "month" and whole_month:
        return f"{calendar.month_abbr[first.month]} {first.year}"
    if precision == "month" and first.day == 1 and last == _month_end(last):
        if first.year == last.year:  # months in a row: "Nov–Dec 2024"
            return f"{calendar.month_abbr[first.month]}–{calendar.month_abbr[last.month]} {last.year}"
        return f"{calendar.month_abbr[first.month]} {first.year} – {calendar.month_abbr[last.month]} {last.year}"
    if precision == "year" and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year)
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)
    if precision == "season" and season:
        return f"{SEASONS[season.group(2)]} {season.group(1)}"
    part = re.fullmatch(r"(\d{4})-([QH]\d)", value)
    if precision in ("quarter", "half") and part:
        return f"{part.group(2)} {part.group(1)}"
    if precision == "decade":
        return f"{first.year}s"
    if precision == "century":
        return f"{first.year}s"
    return _range(first, last)


def entry_date(entry: Entry) -> str:
    return format_date(entry.value, entry.first, entry.last, entry.precision)


def _markers(entry: Entry, numbers: dict[str, int]) -> str:
    seen = sorted({numbers[c.file] for c in entry.citations})
    return "".join(f"[{n}]" for n in seen)


def chronology(timeline: Timeline) -> RenderableType:
    """The entries grouped by year, each with its date, summary, actors and citations."""
    numbers = {a.path: n for n, a in enumerate(timeline.sources, 1)}
    ids = {e.id: e for e in timeline.entries}
    parts: list[RenderableType] = []
    year = None
    table: Table | None = None
    for entry in timeline.entries:
        if entry.first.year != year:
            year = entry.first.year
            table = Table.grid(padding=(0, 2))
            table.add_column(no_wrap=True, min_width=13)
            table.add_column(ratio=1)
            parts.append(Text(str(year), style="bold underline"))
            parts.append(table)
        line = Text()
        if entry.modality == "expected":
            line.append("expected: ", style="magenta")
            line.append_text(literal(entry.summary, "italic"))
        else:
            line.append_text(literal(entry.summary))
        line.append(" " + _markers(entry, numbers), style="cyan")
        if entry.actors:
            line.append("\n")
            line.append_text(literal(" · ".join(entry.actors), "dim"))
        for other in entry.disputed_with:
            if other in ids:
                line.append("\n")
                line.append(f"disputed: another source dates this {entry_date(ids[other])}", style="yellow")
        _append_why(line, entry.why)
        assert table is not None
        table.add_row(Text(entry_date(entry), style="bold"), line)
        table.add_row("", "")
    if not parts:
        parts.append(Text("No events match.", style="dim"))
    return Group(*parts)


def _why_line(reason: str, indent: str = "") -> Text:
    """One reason of --explain, as every view shows it: a dim "why: ..." line."""
    return Text(indent) + literal("why: " + reason, "dim")


def _append_why(text: Text, why: Iterable[str], indent: str = "") -> None:
    """Under --explain: the reasons, one line each, below what they explain."""
    if not explaining():
        return
    for reason in why:
        text.append("\n")
        text.append_text(_why_line(reason, indent))


def source_line(number: int, article: Article) -> Text:
    """"[1] Title — Author, Publisher, 14 Jan 2025" with its URL and file below."""
    text = Text(f"[{number}] ", style="cyan")
    text.append_text(literal(article.title or "(untitled)", "bold"))
    who = ", ".join(plain(x) for x in (article.author, article.publisher) if x)
    if who:
        text.append(" — " + who)
    text.append(", " + published_label(article))
    if article.published_window and not article.published:
        text.append(" (inferred)")
    for extra in (article.url, article.path):
        if extra:
            text.append("\n    ")
            text.append(plain(extra), style="dim")
    return text


def published_label(article: Article) -> str:
    if article.published:
        return _day(article.published)
    if article.published_window:
        lo, hi = article.published_window
        return f"between {_day(lo)} and {_day(hi)}"
    return "date unknown"


def source_list(sources: Iterable[Article], numbered: Iterable[tuple[int, Article]] | None = None) -> RenderableType:
    """The numbered sources below the chronology (print with `soft_wrap=True`):
    all of them, or only `numbered` ones (a filtered view's cited sources,
    under their numbers in the whole list)."""
    lines = [source_line(n, a) for n, a in (enumerate(sources, 1) if numbered is None else numbered)]
    return Group(Text("Sources", style="bold underline"), *lines)


def sources_table(sources: Iterable[Article]) -> RenderableType:
    """`timeline sources`: what was detected about each file, one block per source.

    Print it with `soft_wrap=True` so long URLs stay whole and clickable.
    """
    lines: list[Text] = []
    for n, a in enumerate(sources, 1):
        head = Text(f"[{n}] ", style="cyan")
        head.append_text(literal(a.title or "(untitled)", "bold"))
        origin = a.published_from
        if a.published_evidence:
            origin += f": {plain(a.published_evidence)}"
        fields = (
            ("file", plain(a.path)), ("author", a.author), ("publisher", a.publisher),
            ("published", f"{published_label(a)} ({origin})"), ("url", a.url),
        )
        lines.append(head)
        for label, value in fields:
            lines.append(Text(f"    {label:<10} ", style="dim") + literal(value or "-"))
        if explaining():
            lines.extend(_why_line(reason, "    ") for reason in _source_reasons(a))
    return Group(*lines)


def _source_reasons(article: Article) -> list[str]:
    """Where the publication date came from, then each dropped line with the
    chrome pattern that matched it and the line's start."""
    # Numbered as the chrome stage numbers them (str.splitlines breaks at more characters).
    by_number = {ln.number: article.text[ln.start:ln.end] for ln in split_lines(article.text)}
    dropped = []
    for n, pattern in article.dropped:
        line = by_number.get(n, "").strip()
        dropped.append(f"dropped line {n}: {pattern}: {line[:60] + ('…' if len(line) > 60 else '')!r}")
    return list(article.why) + dropped


def actors_table(actors: list[Actor]) -> RenderableType:
    """`timeline actors`: each actor, its aliases, event count and suggested
    aliases; under --explain, then why each actor's spellings were joined."""
    table = Table()
    table.add_column("actor")
    table.add_column("events", justify="right")
    table.add_column("aliases", overflow="fold")
    table.add_column("maybe also", overflow="fold", style="yellow")
    for actor in actors:
        table.add_row(
            literal(actor.name), str(actor.events),
            literal(", ".join(actor.aliases)), literal(", ".join(actor.suggestions)),
        )
    if not explaining():
        return table
    reasons = [_why_line(f"{a.name}: {reason}") for a in actors for reason in a.why]
    return Group(table, *reasons)


def dates_table(article: Article, mentions: list[Mention]) -> RenderableType:
    """`timeline dates`: every date expression of one file, one line each (print with soft_wrap).

        1241-1249  "Thursday" → 2016-11-10 day  2016-11-10  publication/weekday
    """
    title = Text(plain(article.path), style="bold")
    title.append(f"  published {published_label(article)} ({article.published_from})", style="dim")
    lines: list[RenderableType] = [title]
    for m in mentions:
        if m.first and m.last and m.first != m.last:
            interval = f"{m.first}…{m.last}"
        else:
            interval = str(m.first or "no interval")
        line = Text(f"  {m.start}-{m.end}".ljust(14), style="dim")
        line.append_text(literal(f'"{m.text}"'))
        line.append(" → ")
        line.append(plain(m.value), style="bold")
        kind = " ".join(x for x in (m.type.lower() if m.type != "DATE" else "", m.precision or "") if x)
        line.append(f" {kind}  {interval}  ")
        line.append(f"{m.anchor}/{m.rule}", style="dim")
        _append_why(line, m.why, " " * 14)
        lines.append(line)
    if not mentions:
        lines.append(Text("  no date expressions", style="dim"))
    return Group(*lines)
