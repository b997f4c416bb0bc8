"""How an entry's date maps to what each consumer of an export can read.

An entry carries a TIMEX3 value (`2016-11-10`, `2025-W02`, `2024-SU`, `2024-Q1`,
`2025-H1`, `202`, `PRESENT_REF`, `P2M`), a precision, and the inclusive calendar
interval `first`..`last` the value denotes. Spreadsheets, calendars and
TimelineJS read none of the TIMEX3 forms except a plain day, so every format
works from the interval and the precision, and shows the TIMEX3 value in words:

| precision            | TimelineJS start/end_date   | display_date        | CSV / ICS / HTML span     |
|----------------------|-----------------------------|---------------------|---------------------------|
| day (PRESENT_REF too)| year, month, day            | none                | the day                   |
| week (`2025-W02`)    | year, month, day (Mon, Sun) | "week of 6 January 2025" | the seven days       |
| month                | year, month                 | none                | the whole month           |
| season (`2024-SU`)   | year, month (first, last)   | "summer 2024"       | its three months          |
| quarter, half        | year, month (first, last)   | "Q1 2024", "first half of 2025" | its months    |
| year                 | year                        | none                | the whole year            |
| decade, century      | year (first, last)          | "the 2020s"         | every year of it          |

An end date is given only when it differs from the start at the precision's
parts. A duration anchored to a day (`P2M` ending at publication) and the
reference `PRESENT_REF` have been resolved to their interval upstream; the
interval is what is shown. TIMEX3 names a winter by the year it starts in
(`2023-WI` is December 2023 to February 2024), and so do the labels.
"""

from __future__ import annotations

import re
from datetime import date

# The parts of a date each precision knows, as TimelineJS names them.
_PARTS = {
    "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "season": ("year", "month"),
    "quarter": ("year", "month"),
    "half": ("year", "month"),
}
# Precisions TimelineJS would show misleadingly from their parts alone.
NAMED_PERIODS = ("week", "season", "quarter", "half", "decade", "century")

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_HALVES = {"1": "first half", "2": "second half"}


def date_parts(d: date, precision: str) -> dict[str, int]:
    """The parts of `d` that `precision` knows: {"year", "month", "day"} down to {"year"}."""
    return {name: getattr(d, name) for name in _PARTS.get(precision, ("year",))}


def end_parts(first: date, last: date, precision: str) -> dict[str, int] | None:
    """The end's parts, or None when the end is the start at this precision (a day, one month, one year)."""
    end = date_parts(last, precision)
    return None if end == date_parts(first, precision) else end


def day_label(d: date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def month_label(d: date) -> str:
    return f"{MONTH_NAMES[d.month - 1]} {d.year}"


def named_period(value: str, first: date, last: date, precision: str) -> str | None:
    """Words for a week, season, quarter, half, decade or century; None for other precisions."""
    if precision == "week":
        return f"week of {day_label(first)}"
    m = re.search(r"(\d{4})-(SP|SU|FA|WI)", value)
    if precision == "season" and m:
        year = int(m.group(1))
        tail = f"{year}–{(year + 1) % 100:02d}" if m.group(2) == "WI" else str(year)
        return f"{_SEASONS[m.group(2)]} {tail}"
    m = re.search(r"(\d{4})-Q([1-4])", value)
    if precision == "quarter" and m:
        return f"Q{m.group(2)} {m.group(1)}"
    m = re.search(r"(\d{4})-H([12])", value)
    if precision == "half" and m:
        return f"{_HALVES[m.group(2)]} of {m.group(1)}"
    if precision == "decade" and first.year % 10 == 0 and last.year == first.year + 9:
        return f"the {first.year}s"
    if precision in NAMED_PERIODS:
        return span_label(first, last, "year" if precision in ("decade", "century") else "month")
    return None


def span_label(first: date, last: date, precision: str) -> str:
    """The interval in words at the precision's parts: "10 November 2016", "November – December 2024"."""
    if precision in ("day", "week"):
        if first == last:
            return day_label(first)
        return f"{day_label(first)} – {day_label(last)}"
    if precision in ("month", "season", "quarter", "half"):
        if (first.year, first.month) == (last.year, last.month):
            return month_label(first)
        if first.year == last.year:
            return f"{MONTH_NAMES[first.month - 1]} – {month_label(last)}"
        return f"{month_label(first)} – {month_label(last)}"
    return str(first.year) if first.year == last.year else f"{first.year} – {last.year}"


def when(entry) -> str:
    """How every human-facing format writes an entry's date."""
    return named_period(entry.value, entry.first, entry.last, entry.precision) or span_label(
        entry.first, entry.last, entry.precision
    )


def window_label(query) -> str:
    """The query's date window in words: "1 January 2016 – 31 December 2025", "every date" with --all."""
    lo, hi = query.first, query.last
    if lo is None and hi is None:
        return "every date"
    return f"{day_label(lo) if lo else 'the beginning'} – {day_label(hi) if hi else 'the end'}"
