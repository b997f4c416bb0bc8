"""Month and day, with or without a year: "Nov. 5, 2024", "5 November 2024",
"Thursday 10 November 2016", "the 5th of May", "March 21", "next June 30".

Also ranges of days under one month name ("Nov. 4-6", "3 to 5 March 2024",
"between March 3 and 5", "June 17 and 18"): one DATE, valued by its first day, whose interval
runs to the last (TempEval tags the whole as one DATE); and "the week of
March 5", the ISO week holding that day."""

from __future__ import annotations

import re

from timeline.lexicon.calendar import MONTHS

from ..engine import parser_re, Context, Hit, prev_word
from .patterns import DAY, YEAR, month, month_number, weekday, weekday_number

_WD = rf"(?:{weekday(abbreviations=True)},?\s+(?:the\s+)?)?"
# A day must not run on into a time, a decimal or a count ("March 3.5%" is no
# date); a range of days ("May 5-7") is matched as such.
_DAY_END = r"(?![\d%]|[:.]\d|\s*(?i:percent|per\s+cent|million|billion|bn|m\b))"
_YEAR_TAIL = rf"(?:,?\s+{YEAR}\b(?![\d,.]\d))?"
_TO = r"\s*(?P<to>-|–|—|\s(?i:to|through|thru|and)\s)\s*"
# The other end of a range: a day number that is no clock time or amount.
_OTHER = (r"(?P<{0}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
          r"(?!\s*(?i:[ap]\.?m\b|o'clock|dollars|euros|pounds|years?|months?|weeks?|days?|hours?|"
          r"minutes?|times|people|points|seats|votes|games|matches|goals|runs)\b)" + _DAY_END)
# "from February 9 through the 25": the other end of a range written as "the"
# and a day number is a day of the same month (`refiners.range_end_day`).
LATER_DAY = re.compile(r"(?<!\s)\s*(?:-|–|—|\s(?i:to|through|thru|until|till)\s)\s*(?P<end>(?i:the)\s+"
                       + _OTHER.format("day") + r")(?!\s*(?:-|–|—|,)?\s*(?:(?i:of)\b|[A-Z][a-z]))")
_WEEK_OF = r"(?P<week_of>(?i:the\s+)?(?i:week)\s+of\s+)?"

# "next June 30", "last March 15": the direction is stated
_REL = r"(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?"
_REL_VALUE = {"last": -1, "past": -1, "next": 1, "coming": 1}
MDY = parser_re(rf"{_WEEK_OF}{_WD}{_REL}{month()}\s*{DAY}\b{_DAY_END}(?:{_TO}{_OTHER.format('day_to')})?{_YEAR_TAIL}")
DMY = parser_re(rf"{_WEEK_OF}{_WD}\b(?:{_OTHER.format('day_from')}{_TO})?{DAY}\s+(?:of\s+)?{month()}"
                rf"(?!\s+\d{{1,2}}\b(?![,:]?\d)){_YEAR_TAIL}"
                rf"|\b(?P<d2>[12]\d|3[01]|0?[1-9])-{month('m2')}-(?P<y2>(?:19|20)\d\d)\b")


def _days_in(month_: int) -> int:
    return 29 if month_ == 2 else 30 if month_ in (4, 6, 9, 11) else 31


def _extract(rule: str):
    def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
        if m.re is DMY and m["m2"]:  # "10-Nov-2016"
            mon, day, year = month_number(m["m2"].rstrip(".")), int(m["d2"]), int(m["y2"])
        else:
            mon = month_number(m["month"])
            day = int(m["day"])
            year = int(m["year"]) if m["year"] else None
        if day > _days_in(mon):
            return None
        wd = weekday_number(m["weekday"]) if m["weekday"] else None
        start, end, day_to, unit = m.start(), m.end(), None, None
        other = m["day_to"] if m.re is MDY else m["day_from"]
        if other:
            first, last = (day, int(other)) if m.re is MDY else (int(other), day)
            # "and" makes a range after "between" or of two days in a row ("meets on
            # June 17 and 18"); "on Nov. 4 and 6" are two days apart.
            ranged = (m["to"].strip().lower() != "and" or last == first + 1
                      or prev_word(ctx.text, m.start()).lower() == "between")
            if ranged and first < last <= _days_in(mon):
                day, day_to = first, last
            elif m.re is MDY:
                end = m.end("day")  # "Nov. 6-4": Nov. 6 alone (the year, if any, still holds)
            else:
                start = m.start("day")
        if m["week_of"]:
            if start == m.start() and day_to is None:
                unit = "week"  # "the week of March 5"
            else:
                start = max(start, m.end("week_of"))
        rel = _REL_VALUE.get((m["rel"] or "").lower()) if m.re is MDY and not year else None
        return Hit(start, end, rule if year else "month_day", year=year, month=mon,
                   day=day, weekday=wd, priority=2, day_to=day_to, unit=unit, rel=rel)

    return extract


PARSERS = [("month_day_year", MDY, _extract("month_day_year"), set(MONTHS)),
           ("day_month_year", DMY, _extract("day_month_year"), set(MONTHS))]
