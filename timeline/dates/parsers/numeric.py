"""All-digit dates: "2024-11-05", "2024/11/05", "11/05/2024", "5.11.2024".

Slashed dates are read month first (US news) unless the first number cannot
be a month; dotted dates are read day first (European)."""

from __future__ import annotations

import re
from datetime import date

from ..engine import parser_re, DIGITS, Context, Hit

ISO = parser_re(r"(?<![\d/.-])(?P<y>1\d{3}|20\d{2})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/-]|\.\d)")
SLASHED = parser_re(r"(?<![\d/.$-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|[.-]\d)")


def _hit(m, rule, y, mo, d):
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return Hit(m.start(), m.end(), rule, year=y, month=mo, day=d, priority=2)


def iso(ctx: Context, m: re.Match[str]) -> Hit | None:
    return _hit(m, "iso_date", int(m["y"]), int(m["m"]), int(m["d"]))


def slashed(ctx: Context, m: re.Match[str]) -> Hit | None:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    if len(y) == 4 and not 1000 <= year <= 2099:
        return None
    first, second = ((b, a), (a, b)) if m["sep"] == "." or a > 12 else ((a, b), (b, a))
    readings = [r for r in (first, second) if _valid(year, *r)]
    if not readings:
        return None
    month_, day = readings[0]
    if len(readings) == 2 and ctx.published is not None and readings[0] != readings[1]:
        # "10/11/2016": month first (US) or day first (UK)? The reading
        # nearer the publication date wins; without one, the US reading.
        month_, day = min(readings, key=lambda r: abs((date(year, *r) - ctx.published).days))
    return _hit(m, "numeric_date", year, month_, day)


def _valid(year: int, month_: int, day: int) -> bool:
    try:
        date(year, month_, day)
        return True
    except ValueError:
        return False


PARSERS = [("iso_date", ISO, iso, {DIGITS}), ("numeric_date", SLASHED, slashed, {DIGITS})]
