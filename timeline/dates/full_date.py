"""Month and day, with or without a year: "Nov. 5, 2024", "5 November 2024",
"Thursday 10 November 2016", "the 5th of May", "March 21"."""

from __future__ import annotations

import re

from . import vocab
from .engine import parser_re, Context, Hit
from .patterns import DAY, YEAR, month, month_number, weekday, weekday_number

_WD = rf"(?:{weekday(abbreviations=True)},?\s+(?:the\s+)?)?"
# A day must not run on into a time, a decimal, a range or a count ("May 5-7" is
# read as May 5; "March 3.5%" is no date).
_DAY_END = r"(?![\d%]|[:.]\d|\s*(?i:percent|per\s+cent|million|billion|bn|m\b))"
_YEAR_TAIL = rf"(?:,?\s+{YEAR}\b(?![\d,.]\d))?"

MDY = parser_re(rf"{_WD}{month()}\s*{DAY}\b{_DAY_END}{_YEAR_TAIL}")
DMY = parser_re(rf"{_WD}\b{DAY}\s+(?:of\s+)?{month()}(?!\s+\d{{1,2}}\b(?![,:]?\d)){_YEAR_TAIL}"
                rf"|\b(?P<d2>[12]\d|3[01]|0?[1-9])-{month('m2')}-(?P<y2>(?:19|20)\d\d)\b")


def _extract(rule: str):
    def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
        if m.re is DMY and m["m2"]:  # "10-Nov-2016"
            mon, day, year = month_number(m["m2"].rstrip(".")), int(m["d2"]), int(m["y2"])
        else:
            mon = month_number(m["month"])
            day = int(m["day"])
            year = int(m["year"]) if m["year"] else None
        if day > (29 if mon == 2 else 30 if mon in (4, 6, 9, 11) else 31):
            return None
        wd = weekday_number(m["weekday"]) if m["weekday"] else None
        return Hit(m.start(), m.end(), rule if year else "month_day", year=year, month=mon,
                   day=day, weekday=wd, priority=2)

    return extract


PARSERS = [("month_day_year", MDY, _extract("month_day_year"), set(vocab.MONTHS)),
           ("day_month_year", DMY, _extract("day_month_year"), set(vocab.MONTHS))]
