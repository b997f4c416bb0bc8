"""Financial reporting periods, named without a year: "the quarter", "the
latest quarter", "the year-earlier quarter", "the year-ago period",
"year-end", "the full year", "the year".

Results reporting names its periods relative to the one being reported: "the
quarter" is the quarter the story is about, "the year-ago period" the same
period a year before it, "the full year" and "the year" the year it falls
in. They are resolved in `resolve/reporting.py` against the story's latest
reporting period (a quarter, half or year), else the publication date.
"""

from __future__ import annotations

import re

from .. import vocab
from .patterns import month, month_number
from ..engine import parser_re, Context, Hit, next_word, prev_word, sentence_has

# "the quarter", "the latest quarter", "the most recent fiscal quarter", "the
# just-ended quarter": the quarter being reported; "the latest period" too
# (a quarter or a half, whichever the story reports).
_LATEST = r"latest|most\s+recent|recent|just[\s-]+(?:ended|completed|finished)|latest\s+three[\s-]+month"
QUARTER = parser_re(
    rf"(?i:the)\s+(?:(?P<latest>(?i:{_LATEST}))\s+)?(?:(?i:fiscal|financial)\s+)?(?P<unit>(?i:quarter))\b(?![-'’]\w)"
    rf"|(?i:the)\s+(?P<latest_p>(?i:{_LATEST}))\s+(?:(?i:fiscal|financial|reporting)\s+)?(?P<period>(?i:period))\b(?![-'’]\w)"
    r"(?!\s+(?i:of|when|since|in|during|that|which|before|after|between)\b)"
)
# "the year-earlier quarter", "the year-ago period", "the year-before three months"
YEAR_AGO = parser_re(
    r"(?i:the)\s+(?:(?i:fiscal|financial)\s+)?(?:(?i:year)[\s-]+(?i:earlier|ago|before|previous)|(?i:prior|previous)[\s-]+(?i:year(?:['’]s)?))\s+"
    r"(?:(?i:fiscal|financial)\s+)?(?P<unit>(?i:quarter|period|three[\s-]+months?|six[\s-]+months?|half|year))\b(?![-'’]\w)"
)
# "the same quarter last year": the reported period, a year before ("the same
# period a year ago" is "a year ago"'s, `resolve/reporting.year_back_of_period`)
SAME_PERIOD = parser_re(
    r"(?i:the)\s+(?i:same)\s+(?P<unit>(?i:quarter|period|three[\s-]+months|six[\s-]+months|half))\s+"
    r"(?:(?i:of|in)\s+)?(?i:last|the\s+last|the\s+previous|the\s+prior)\s+(?i:year)\b(?![-'’]\w)"
)
# "year-end", "the year's end" (the end of the current year)
YEAR_END = parser_re(r"(?P<the>(?i:the)\s+)?(?i:year)[\s-](?i:end)\b(?![-'’]\w)|(?i:the)\s+(?i:year)['’]s\s+(?i:end)\b")
# "the full year", "the whole year", "the year" (not "the year before", "the year 2000")
YEAR = parser_re(r"(?i:the)\s+(?:(?P<full>(?i:full|whole|entire))[\s-]+)?(?P<fiscal>(?i:fiscal|financial)\s+)?(?-i:year)\b(?![-'’]\w)")
# "the first quarter of the year", "the final three months of last year", "the
# last six-month of 2014": one period of a year named by its place in it.
_PART_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": -1, "last": -1}
PART_OF_YEAR = parser_re(
    r"(?i:the)\s+(?P<ord>(?i:first|second|third|fourth|final|last))\s+(?:(?i:fiscal|financial|calendar)\s+)?"
    r"(?P<unit>(?i:quarter|half|three[\s-]+months?|six[\s-]+months?))\s+(?i:of)\s+"
    r"(?:(?P<rel>(?i:the|this|last|next|the\s+previous|the\s+current))\s+(?:(?i:fiscal|financial|calendar)\s+)?(?i:year)\b(?![-'’]\w)"
    r"|(?P<year>(?:19|20)\d\d)\b(?![\d,.]\d))"
)
# "last year's third quarter", "this year's first half": a period of a year
# named relative to the publication's, one expression (not "last year" and
# "third quarter" apart).
REL_YEAR_PART = parser_re(
    r"(?P<rel>(?i:last|this|next))\s+(?i:year)['’]s\s+(?P<ord>(?i:first|second|third|fourth|final|last))\s+"
    r"(?:(?i:fiscal|financial|calendar)[\s-]+)?(?P<unit>(?i:quarter|half))\b(?![-'’]\w)"
)
# "the July-September quarter", "the January-to-March period": a quarter (or
# half) named by its first and last months.
MONTHS_PERIOD = parser_re(
    rf"(?i:the)\s+{month('m1')}\s*(?:[-–](?:(?i:to|through)[-–])?|\s(?i:to|through)\s)\s*{month('m2')}\s+(?P<unit>(?i:quarter|period|half))\b(?![-'’]\w)"
    r"(?:\s+(?i:of)\s+(?P<year>(?:19|20)\d\d)\b)?"
)
# "the September quarter", "the June half": a period named by the month it ends in.
MONTH_END_PERIOD = parser_re(
    rf"(?i:the)\s+(?:(?i:fiscal|financial)\s+)?{month('m')}\s+(?P<unit>(?i:quarter|half))\b(?![-'’]\w)"
    r"(?:\s+(?i:of)\s+(?P<year>(?:19|20)\d\d)\b)?"
)
# "the fiscal year ended June 30", "the fiscal year that ends next March 31":
# a fiscal year named by its last day (the text after "the fiscal year").
FISCAL_YEAR_END = re.compile(
    rf"(?<!\s)\s+(?:(?i:that|which)\s+)?(?P<verb>(?i:ended|ends|ending|end|closed|closing|finished|finishing))\s+"
    rf"(?:(?i:on)\s+)?(?P<rel>(?i:next|last)\s+)?{month('m')}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_REL_YEAR = {"the": 0, "this": 0, "the current": 0, "last": -1, "the previous": -1, "next": 1}
# "for the week", "earlier in the week", and in markets reports "stocks began
# the week higher", "oil ended the week at $30": the week the story is in.
WEEK = parser_re(r"(?P<prep>(?i:for|in|during|over|through|throughout|began|begins|begin|started|starts|start|ended|ends"
                 r"|end|closed|closes|finished|finishes|opened|opens))\s+(?i:the)\s+(?i:week)\b(?![-'’]\w)")
_NOT_AFTER_WEEK = {"of", "before", "after", "earlier", "later", "prior", "ago", "ended", "ending", "to", "through",
                   "that", "when", "following", "ahead", "since", "from", "in", "on"}
# Words after "the year" that make it another expression or no date at all.
_NOT_AFTER_YEAR = {"before", "after", "earlier", "later", "prior", "ago", "of", "in", "when", "that", "which",
                   "following", "previous", "since", "to", "ending", "ended", "ahead", "round", "long",
                   "old", "on", "from"}
# After "the year to": the words that make it a year ending then ("the year to
# March", "the year to date", "the year to the end of June"), not the object
# of a to-infinitive ("expects earnings for the year to rise").
_YEAR_TO_END = {"date", "the", "come", "a", "an"}


def quarter(ctx: Context, m: re.Match[str]) -> Hit | None:
    if sentence_has(ctx.text, m.start(), m.end(), vocab.GAME_WORDS):
        return None  # "threw a touchdown pass in the quarter": a period of play
    # "the latest period": the period reported, a quarter or a half as the story has it
    return Hit(m.start(), m.end(), "reporting_quarter", kind="report", unit="period" if m["period"] else "quarter", n=0)


def year_ago(ctx: Context, m: re.Match[str]) -> Hit | None:
    unit = " ".join(m["unit"].lower().replace("-", " ").split())
    unit = {"three month": "quarter", "three months": "quarter", "six month": "half", "six months": "half"}.get(unit, unit)
    return Hit(m.start(), m.end(), "year_ago_period", kind="report", unit=unit, n=-1, priority=1)


def part_of_year(ctx: Context, m: re.Match[str]) -> Hit | None:
    unit = " ".join(m["unit"].lower().replace("-", " ").split()).removesuffix("s")
    kind = "quarter" if unit in ("quarter", "three month") else "half"
    size = 4 if kind == "quarter" else 2
    n = _PART_ORD[m["ord"].lower()]
    n = size if n < 0 else n
    if n > size:
        return None
    if m["year"]:
        h = Hit(m.start(), m.end(), "quarter", year=int(m["year"]), priority=2)
    else:
        rel = _REL_YEAR[" ".join(m["rel"].lower().split())]
        h = Hit(m.start(), m.end(), "part_of_year", kind="report", unit="year_part", n=rel, priority=2)
    if kind == "quarter":
        h.quarter = n
    else:
        h.half = n
    return h


def rel_year_part(ctx: Context, m: re.Match[str]) -> Hit | None:
    kind = m["unit"].lower()
    n = _PART_ORD[m["ord"].lower()]
    n = (4 if kind == "quarter" else 2) if n < 0 else n
    if kind == "half" and n > 2:
        return None
    h = Hit(m.start(), m.end(), "part_of_year", kind="report", unit="year_part", n=_REL_YEAR[m["rel"].lower()], priority=2)
    if kind == "quarter":
        h.quarter = n
    else:
        h.half = n
    return h


def months_period(ctx: Context, m: re.Match[str]) -> Hit | None:
    a, b = month_number(m["m1"]), month_number(m["m2"])
    span = (b - a) % 12 + 1
    unit = m["unit"].lower()
    if span == 3 and a % 3 == 1 and unit != "half":
        h = Hit(m.start(), m.end(), "quarter", quarter=(a - 1) // 3 + 1, priority=2)
    elif span == 6 and a in (1, 7) and unit != "quarter":
        h = Hit(m.start(), m.end(), "quarter", half=(a - 1) // 6 + 1, priority=2)
    else:
        return None  # a fiscal quarter off the calendar's ("the August-October quarter")
    h.year = int(m["year"]) if m["year"] else None
    return h


def month_end_period(ctx: Context, m: re.Match[str]) -> Hit | None:
    """"the September quarter" is the calendar quarter that ends in September;
    a quarter ending in another month is a fiscal one off the calendar's."""
    last = month_number(m["m"])
    if m["unit"].lower() == "quarter" and last % 3 == 0:
        h = Hit(m.start(), m.end(), "month_end_period", quarter=last // 3, priority=2)
    elif m["unit"].lower() == "half" and last % 6 == 0:
        h = Hit(m.start(), m.end(), "month_end_period", half=last // 6, priority=2)
    else:
        return None
    h.year = int(m["year"]) if m["year"] else None
    return h


def week(ctx: Context, m: re.Match[str]) -> Hit | None:
    nxt = next_word(ctx.text, m.end())
    if nxt.lower() in _NOT_AFTER_WEEK or nxt[:1].isdigit():
        return None  # "the week of March 5", "the week before", "the week ended Friday"
    start = m.start("prep") + len(m["prep"])
    start += len(ctx.text[start:m.end()]) - len(ctx.text[start:m.end()].lstrip())
    return Hit(start, m.end(), "reporting_week", kind="report", unit="week", n=0)


def year_end(ctx: Context, m: re.Match[str]) -> Hit | None:
    if re.match(r"\s*\d", ctx.text[m.end():m.end() + 3]):
        return None  # "year-end 2015" is the year's parser's
    return Hit(m.start(), m.end(), "year_end", kind="shift", unit="year", n=0, mod="END")


def _year_to_verb(text: str, m: re.Match[str], nxt: str) -> bool:
    """"the year to rise" (a to-infinitive after "the year"), not "the year to March"."""
    if nxt.lower() != "to":
        return False
    after = next_word(text, text.index(nxt, m.end()) + len(nxt))
    return after.isalpha() and after.islower() and after not in _YEAR_TO_END


def fiscal_year_end(ctx: Context, m: re.Match[str]) -> Hit | None:
    """"the fiscal year ended June 30": the fiscal year is named for the
    calendar year of its last day (FY2010 ends on 30 June 2010); a stated year
    gives it, else `resolve/reporting.fiscal_year_end` finds that day."""
    e = FISCAL_YEAR_END.match(ctx.text, m.end())
    if not m["fiscal"] or e is None:
        return None
    if e["year"]:
        return Hit(m.start(), m.end(), "fiscal_year_end", year=int(e["year"]), fiscal=True)
    past = e["verb"].lower() in ("ended", "closed", "finished") or (e["rel"] or "").strip().lower() == "last"
    return Hit(m.start(), m.end(), "fiscal_year_end", kind="report", unit="fiscal_year_end",
               month=month_number(e["m"]), day=int(e["day"]), rel=-1 if past else 1)


def year(ctx: Context, m: re.Match[str]) -> Hit | None:
    if (end := fiscal_year_end(ctx, m)) is not None:
        return end
    nxt = next_word(ctx.text, m.end())
    stop = nxt.lower() in _NOT_AFTER_YEAR and not _year_to_verb(ctx.text, m, nxt)
    if nxt[:1].isdigit() or nxt.lower().split("-")[0] in vocab.NUMBER_WORDS or (not m["full"] and stop):
        return None  # "the year 2000", "the year two thousand" ("Two-Thousand"), "the year before", "the year of the dragon"
    if ctx.text.startswith(("'s", "’s"), m.end()) and not m["full"]:
        return None  # "the year's best": leave it
    if prev_word(ctx.text, m.start()).lower() == "over" and m[0].lower() == "the year":
        # "Over the year, employment has risen by 2.3 million": the twelve months up to the period reported
        return Hit(m.start(), m.end(), "duration", kind="duration", type="DURATION", value="P1Y", unit="year", n=1, rel=-1)
    return Hit(m.start(), m.end(), "reporting_year", kind="report", unit="year", n=0, fiscal=bool(m["fiscal"]))


PARSERS = [("part_of_year", PART_OF_YEAR, part_of_year, {"quarter", "half", "months", "month"}),
           ("rel_year_part", REL_YEAR_PART, rel_year_part, {"quarter", "half"}),
           ("months_period", MONTHS_PERIOD, months_period, {"quarter", "period", "half"}),
           ("month_end_period", MONTH_END_PERIOD, month_end_period, {"quarter", "half"}),
           ("reporting_quarter", QUARTER, quarter, {"quarter", "period"}),
           ("year_ago_period", YEAR_AGO, year_ago, {"year"}),
           ("same_period", SAME_PERIOD, year_ago, {"same"}),
           ("year_end", YEAR_END, year_end, {"year"}),
           ("reporting_year", YEAR, year, {"year"}),
           ("reporting_week", WEEK, week, {"week"})]
