"""Expressions anchored on the story's last date, not on publication:
"the day before", "the following week", "a year later", "two days earlier",
"that month", "the same day", "the next morning", "the previous quarter"."""

from __future__ import annotations

import re

from ..engine import parser_re, Context, Hit, next_word
from .patterns import NUMBER, number_value
from .. import vocab

_UNIT = r"(?P<unit>(?i:day|week|weekend|month|quarter|year|morning|afternoon|evening|night|decade))"
THE_NEXT = parser_re(rf"\b(?P<which>(?i:the\s+(?:next|following|previous|preceding|prior|same)|that|this\s+same))\s+{_UNIT}\b(?![-'’]\w)")
THE_UNIT_BEFORE = parser_re(rf"\b(?i:the)\s+{_UNIT}\s+(?P<dir>(?i:before|after|earlier|later|prior))\b")
N_LATER = parser_re(
    rf"(?<![\d,.])(?P<num>{NUMBER})\s+(?P<units>(?i:days?|weeks?|months?|years?|decades?))\s+(?P<dir>(?i:later|earlier|before|after|afterwards?|on))\b"
)
_DIR = {"before": -1, "earlier": -1, "prior": -1, "after": 1, "later": 1, "afterward": 1,
        "afterwards": 1, "on": 1}
_PART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# After "before"/"after", a noun phrase means the anchor is an event, not a date.
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                "he", "she", "they", "it", "we", "i", "being", "having"}


def _hit(m, rule, unit, n):
    unit = unit.lower()
    part = _PART.get(unit)
    if part:
        unit = "day"
    if unit == "decade":
        unit, n = "year", n * 10
    return Hit(m.start(), m.end(), rule, kind="shift", unit=unit, n=n, base="narrative", part=part,
               type="TIME" if part else "DATE")


def the_next(ctx: Context, m: re.Match[str]) -> Hit | None:
    which = " ".join(m["which"].lower().split())
    if m["unit"].lower() == "decade":
        return Hit(m.start(), m.end(), "duration", kind="duration", type="DURATION", value="P10Y")
    return _hit(m, "narrative_same" if vocab.NARRATIVE_SHIFT[which] == 0 else "narrative", m["unit"], vocab.NARRATIVE_SHIFT[which])


def the_unit_before(ctx: Context, m: re.Match[str]) -> Hit | None:
    d = m["dir"].lower()
    nxt = next_word(ctx.text, m.end())
    if d in ("before", "after") and (nxt.lower() in _DETERMINERS or nxt[:1].isupper()):
        return None
    return _hit(m, "narrative", m["unit"], _DIR[d])


def n_later(ctx: Context, m: re.Match[str]) -> Hit | None:
    d = m["dir"].lower()
    nxt = next_word(ctx.text, m.end()).lower()
    if d in ("before", "after", "on") and (nxt in _DETERMINERS or nxt[:1].isalpha()):
        return None
    if nxt == "than":
        return None  # "a month earlier than usual" compares, it does not date
    n = number_value(m["num"])
    if n is None or n != int(n):
        return None
    u, _letter, mult = vocab.UNITS[m["units"].lower()]
    return _hit(m, "narrative", u, _DIR[d] * int(n * mult))


_UNIT_WORDS = {"day", "week", "weekend", "month", "quarter", "year", "morning", "afternoon", "evening", "night", "decade"}
PARSERS = [("narrative", THE_NEXT, the_next, _UNIT_WORDS),
           ("narrative_before", THE_UNIT_BEFORE, the_unit_before, _UNIT_WORDS),
           ("narrative_later", N_LATER, n_later, {"days", "weeks", "months", "years", "decades", *_UNIT_WORDS})]
