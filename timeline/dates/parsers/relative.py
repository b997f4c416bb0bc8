"""Periods relative to the publication date: "last week", "this month",
"next year", "earlier this month", "late last year", "last summer",
"two years ago", "in three days"."""

from __future__ import annotations

import re

from timeline.lexicon.calendar import SEASONS

from .. import vocab
from ..engine import parser_re, Context, Hit, prev_word
from .patterns import NUMBER, VAGUE, number_value
from .season import names_event

_EDGE = (r"(?P<edge>(?i:earlier|later|early|late|mid|the\s+(?:start|beginning|end|middle|close|rest|remainder)\s+of"
         r"|(?:the\s+)?(?:first|second)\s+half\s+of|the\s+early\s+part\s+of|the\s+latter\s+part\s+of))[\s-]+")
UNIT_PERIOD = parser_re(
    rf"(?:{_EDGE})?(?P<rel>(?i:last|this|next|past|coming|current|the\s+past|the\s+last|the\s+coming|the\s+current"
    r"|this\s+past|this\s+coming))\s+(?:(?P<fiscal>(?i:fiscal|financial|calendar|academic|school|tax))\s+)?"
    r"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter))\b(?!-\w)"
)
# "the end of the year", "the beginning of the month": the current period.
EDGE_OF = parser_re(
    r"(?P<edge>(?i:the\s+(?:very\s+)?(?:start|beginning|end|middle|close)|(?:the\s+)?(?:first|second)\s+half))\s+(?i:of)\s+"
    r"(?:(?i:the|this)\s+)?(?:(?P<fiscal>(?i:fiscal|financial|calendar|school|academic))\s+)?(?P<unit>(?i:year|month|week|decade|century))\b(?![-'’]\w)"
)
# "over the weekend": the latest weekend, or the coming one in a forward clause.
WEEKEND = parser_re(r"(?i:the)\s+(?i:weekend)\b(?![-'’]\w)")
AGO = parser_re(
    rf"(?:(?P<mod>(?i:about|around|nearly|almost|some|roughly|approximately|just|only|more\s+than|less\s+than|over|barely))\s+)?"
    rf"(?<![\d,.])(?P<num>{NUMBER}|{VAGUE})\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries|century|fortnights?))\s+(?i:ago|back)\b"
    rf"|(?P<a_ago>(?i:a\s+(?:day|week|month|year|decade|fortnight)))\s+(?i:ago)\b"
)
IN_N = parser_re(
    rf"\b(?P<in>(?i:in))\s+(?<![\d,.])(?P<num>{NUMBER}|(?i:a\s+few|a\s+couple\s+of))\s+(?P<unit>(?i:days?|weeks?|fortnights?))(?:'?s?\s+time)?\b(?!\s+(?:of|after|before|since|from)\b)"
    rf"|(?<![\d,.])(?P<num2>{NUMBER})\s+(?P<unit2>(?i:days?|weeks?))\s+(?i:from\s+now|hence)\b"
)
_EDGE_MOD = {"early": "START", "mid": "MID", "late": "END", "the start of": "START", "the beginning of": "START",
             "the end of": "END", "the middle of": "MID", "the close of": "END", "first half of": "START",
             "the first half of": "START", "second half of": "END", "the second half of": "END",
             "the early part of": "START", "the latter part of": "END"}


_SPAN_UNITS = ("week", "month", "year")  # "over the past week|month|year" is a span up to now


def unit_period(ctx: Context, m: re.Match[str]) -> Hit | None:
    rel_word = " ".join(m["rel"].lower().split())
    n = vocab.RELATIVE_WORDS[rel_word]
    unit = m["unit"].lower()
    edge = " ".join((m["edge"] or "").lower().split())
    mod = _EDGE_MOD.get(edge)
    if edge in ("earlier", "later") and n != 0:
        return None  # "earlier last year" is odd; leave it to the parts
    if unit in ("decade", "century") and rel_word.startswith("the "):
        letter = "P10Y" if unit == "decade" else "P100Y"
        return Hit(m.start(), m.end(), "duration", kind="duration", type="DURATION", value=letter,
                   unit="year", n=10 if unit == "decade" else 100, rel=n if n else None)
    if unit in _SPAN_UNITS and rel_word in ("the past", "the last") and not edge and prev_word(ctx.text, m.start()).lower() == "over":
        # "rose 3 percent over the past year": a span of a year up to now, as "over the past two years" is
        return Hit(m.start(), m.end(), "duration", kind="duration", type="DURATION", value=f"P1{vocab.UNITS[unit][1]}",
                   unit=unit, n=1, rel=-1)
    if unit in SEASONS:
        if names_event(ctx.text, m["unit"], m.end(), m["rel"].split()[-1]):
            return None  # "the last Winter Olympics": an event's name
        return Hit(m.start(), m.end(), "relative_season", season=SEASONS[unit], rel=n, mod=mod)
    return Hit(m.start(), m.end(), "relative_unit", kind="shift", unit=unit, n=n, mod=mod,
               future=n > 0)


def fiscal_year(word: str | None, unit: str) -> bool:
    """"the end of the financial year": a fiscal year, valued FY2011 as "fiscal
    2011" is (a calendar, school or tax year is not). "this fiscal year", "next
    fiscal year" keep the calendar value: TE3's gold gives "this fiscal year"
    2013, MEANTIME's "the very beginning of the financial year" FY2007."""
    return unit == "year" and (word or "").lower() in vocab.FISCAL_WORDS


def edge_of(ctx: Context, m: re.Match[str]) -> Hit | None:
    edge = " ".join(m["edge"].lower().replace("very ", "").split())
    mod = _EDGE_MOD.get(edge + " of")
    unit = m["unit"].lower()
    return Hit(m.start(), m.end(), "edge_of", kind="shift", unit=unit, n=0, mod=mod, rel=None,
               fiscal=fiscal_year(m["fiscal"], unit))


def weekend(ctx: Context, m: re.Match[str]) -> Hit | None:
    return Hit(m.start(), m.end(), "weekend", kind="shift", unit="weekend", n=None)


def ago(ctx: Context, m: re.Match[str]) -> Hit | None:
    if m["a_ago"]:
        words = m["a_ago"].lower().split()
        unit, n = words[-1], 1.0
        mod = None
    else:
        unit = m["unit"].lower()
        n = number_value(m["num"])
        mod = "APPROX" if m["mod"] and m["mod"].lower() not in ("just", "only") else None
    u, _letter, mult = vocab.UNITS[unit]
    if n is None:
        return Hit(m.start(), m.end(), "ago", kind="ref", value="PAST_REF")
    n = n * mult
    if n != int(n):
        return None
    return Hit(m.start(), m.end(), "ago", kind="shift", unit=u, n=-int(n), mod=mod)


def in_n(ctx: Context, m: re.Match[str]) -> Hit | None:
    num = m["num"] or m["num2"]
    unit = (m["unit"] or m["unit2"]).lower()
    n = number_value(num)
    if n is None:
        return None
    u, _letter, mult = vocab.UNITS[unit]
    n *= mult
    if n != int(n) or n > 60:
        return None
    return Hit(m.start(), m.end(), "in_n_units", kind="shift", unit=u, n=int(n), future=True, priority=1)


PARSERS = [("relative_unit", UNIT_PERIOD, unit_period, {*vocab.CALENDAR_UNITS, *SEASONS}),
           ("edge_of", EDGE_OF, edge_of, {"year", "month", "week", "decade", "century"}),
           ("ago", AGO, ago, {"ago", "back"}),
           ("weekend", WEEKEND, weekend, {"weekend"}),
           ("in_n_units", IN_N, in_n, {"day", "days", "week", "weeks", "fortnight", "fortnights"})]
