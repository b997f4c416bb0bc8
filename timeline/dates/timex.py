"""TIMEX3 values and calendar intervals: conversions both ways.

A resolved date is a *period* (year plus the components it names) and a
precision. These helpers turn a period into its TIMEX3 value and its inclusive
calendar interval, and shift periods by whole units.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def month_last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by n months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def add_months_day(d: date, n: int) -> date:
    y, m = add_months(d.year, d.month, n)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def week_monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def season_of(d: date) -> tuple[int, str]:
    """The (year, season) a day falls in. TIMEX3 names a winter by the year it
    starts in: December 2016 and February 2017 are both in 2016-WI."""
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year, "WI") if m == 12 else (d.year - 1, "WI")


SEASON_ORDER = ("SP", "SU", "FA", "WI")


def shift_season(year: int, season: str, n: int) -> tuple[int, str]:
    k = year * 4 + SEASON_ORDER.index(season) + n
    return k // 4, SEASON_ORDER[k % 4]


def interval(precision: str, year: int, sub: int | str | None = None, day: int | None = None) -> tuple[date, date]:
    """Inclusive interval of a period.

    precision day: (year, month, day); month: (year, month); week: (year, isoweek);
    season: (year, "SU"); quarter/half: (year, n); year; decade: year = first year;
    century: year = first year.
    """
    if precision == "day":
        d = date(year, sub, day)  # type: ignore[arg-type]
        return d, d
    if precision == "month":
        return date(year, sub, 1), month_last(year, sub)  # type: ignore[arg-type]
    if precision == "week":
        first = date.fromisocalendar(year, sub, 1)  # type: ignore[arg-type]
        return first, first + timedelta(days=6)
    if precision == "season":
        a, b = SEASON_MONTHS[sub]  # type: ignore[index]
        return date(year, a, 1), month_last(year + (1 if b < a else 0), b)
    if precision == "quarter":
        a = 3 * (sub - 1) + 1  # type: ignore[operator]
        return date(year, a, 1), month_last(year, a + 2)
    if precision == "half":
        a = 6 * (sub - 1) + 1  # type: ignore[operator]
        return date(year, a, 1), month_last(year, a + 5)
    if precision == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if precision == "decade":
        return date(year, 1, 1), date(year + 9, 12, 31)
    if precision == "century":
        return date(year, 1, 1), date(year + 99, 12, 31)
    raise ValueError(precision)


def value(precision: str, year: int, sub: int | str | None = None, day: int | None = None) -> str:
    """TIMEX3 value of a period (see `interval` for the arguments)."""
    if precision == "day":
        return f"{year:04d}-{sub:02d}-{day:02d}"
    if precision == "month":
        return f"{year:04d}-{sub:02d}"
    if precision == "week":
        return f"{year:04d}-W{sub:02d}"
    if precision == "season":
        return f"{year:04d}-{sub}"
    if precision == "quarter":
        return f"{year:04d}-Q{sub}"
    if precision == "half":
        return f"{year:04d}-H{sub}"
    if precision == "year":
        return f"{year:04d}"
    if precision == "decade":
        return f"{year // 10:03d}"
    if precision == "century":
        return f"{year // 100:02d}"
    raise ValueError(precision)


def duration_value(n: float | None, letter: str) -> str:
    """"P2M", "P10Y", "PT3H"; an unknown amount gives "PXM"."""
    time = letter.startswith("T")
    unit = letter[-1]
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        amount = str(n)
    return f"P{'T' if time else ''}{amount}{unit}"


def parse_value(v: str) -> tuple[date, date, str] | None:
    """Interval and precision of a plain TIMEX3 date value, or None."""
    try:
        if len(v) == 10 and v[4] == "-" and v[7] == "-":
            return (*interval("day", int(v[:4]), int(v[5:7]), int(v[8:])), "day")
        if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
            return (*interval("month", int(v[:4]), int(v[5:])), "month")
        if len(v) == 8 and v[5] == "W":
            return (*interval("week", int(v[:4]), int(v[6:])), "week")
        if len(v) == 7 and v[5] in "SFW" and v[5:] in SEASON_MONTHS:
            return (*interval("season", int(v[:4]), v[5:]), "season")
        if len(v) == 7 and v[5] == "Q":
            return (*interval("quarter", int(v[:4]), int(v[6])), "quarter")
        if len(v) == 7 and v[5] == "H":
            return (*interval("half", int(v[:4]), int(v[6])), "half")
        if len(v) == 4 and v.isdigit():
            return (*interval("year", int(v)), "year")
        if len(v) == 3 and v.isdigit():
            return (*interval("decade", int(v) * 10), "decade")
        if len(v) == 2 and v.isdigit():
            return (*interval("century", int(v) * 100), "century")
    except ValueError:
        return None
    return None


def is_calendar(v: str) -> bool:
    """A value on the calendar: "2010-10-18", "2009-Q3", or a fiscal period
    "FY2010-Q4" (not PRESENT_REF, P2M or XXXX-WXX)."""
    return v.removeprefix("FY")[:1].isdigit()
