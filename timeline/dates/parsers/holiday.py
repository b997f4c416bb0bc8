"""Holidays: "Christmas", "New Year's Eve 2015", "Thanksgiving", "Easter".

Each holiday names a day of its year; without a year the tense of the clause
decides which year, as for "Dec. 25"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.lexicon.calendar import WEEKDAYS_FULL

from .. import vocab
from ..engine import Context, Hit, parser_re
from .patterns import YEAR

_NAMES = sorted({*vocab.FIXED_HOLIDAYS, *vocab.WEEKDAY_HOLIDAYS, *vocab.EASTER_HOLIDAYS}, key=len, reverse=True)


def _title(name: str) -> str:
    """Title-case regex for a holiday name (apostrophes either way)."""
    parts = []
    for word in name.split():
        w = re.escape(word[0].upper() + word[1:]).replace("'", "['’]")
        parts.append(w if word not in ("mlk",) else "MLK")
    return r"\s+".join(parts)


PATTERN = parser_re(rf"(?P<name>{'|'.join(_title(n) for n in _NAMES)})\b(?:,?\s+{YEAR}\b(?![\d,.]\d))?")
TRIGGERS = {w.strip("'’.").split("'")[0] for n in _NAMES for w in n.split()[:1]}


def holiday_date(name: str, year: int) -> date | None:
    name = name.lower().replace("’", "'")
    name = " ".join(name.split())
    if name in vocab.FIXED_HOLIDAYS:
        m, d = vocab.FIXED_HOLIDAYS[name]
        return date(year, m, d)
    if name in vocab.WEEKDAY_HOLIDAYS:
        m, wd, nth = vocab.WEEKDAY_HOLIDAYS[name]
        if name == "black friday":
            return _nth_weekday(year, 11, 3, 4) + timedelta(days=1)
        if name == "cyber monday":
            return _nth_weekday(year, 11, 3, 4) + timedelta(days=4)
        if name == "election day":
            return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
        return _nth_weekday(year, m, wd, nth)
    if name in vocab.EASTER_HOLIDAYS:
        return easter(year) + timedelta(days=vocab.EASTER_HOLIDAYS[name])
    return None


def _nth_weekday(year: int, month: int, wd: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


# Capitalised words that may follow a holiday's name without making it part of another name.
_MAY_FOLLOW = {"Day", "Eve", "I", "He", "She", "It", "We", "They", "The"}


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    name = m["name"]
    nxt = re.match(r"(?<!\s)\s+([A-Z][a-z]+)", ctx.text[m.end():m.end() + 20])
    if nxt and not m["year"] and nxt.group(1) not in _MAY_FOLLOW and nxt.group(1).lower() not in WEEKDAYS_FULL:
        return None  # "the Good Friday Agreement", "Christmas Island"; not "Veterans Day Thursday"
    if name.lower() in ("may day", "epiphany", "labour day") and not m["year"]:
        return None  # too often a name or a figure of speech
    return Hit(m.start(), m.end(), "holiday", kind="holiday", value=name,
               year=int(m["year"]) if m["year"] else None, priority=2)


PARSERS = [("holiday", PATTERN, extract, {t.lower() for t in TRIGGERS})]
