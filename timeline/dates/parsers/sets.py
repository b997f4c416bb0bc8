"""Recurrences (TIMEX3 SET): "every day" (P1D), "each year", "every Monday",
"every morning"."""

from __future__ import annotations

import re

from timeline.lexicon.calendar import WEEKDAYS, WEEKDAYS_FULL

from ..engine import parser_re, Context, Hit

PATTERN = parser_re(
    r"\b(?i:every|each)\s+(?P<unit>(?i:day|week|month|year|morning|afternoon|evening|night|weekend|summer|winter|spring|autumn|season))\b"
    rf"|\b(?i:every|each)\s+(?P<wd>{'|'.join(w.capitalize() for w in WEEKDAYS_FULL)})\b"
    r"|\b(?P<adv>annually|yearly)\b"
    r"|(?P<freq>(?i:once|twice|thrice|(?:\d+|two|three|four|five|six|several|many)\s+times))\s+(?i:a|an|per|each|every)\s+"
    r"(?P<funit>(?i:day|week|month|year|decade|hour|minute|season))\b"
)
_UNIT = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "weekend": "XXXX-WXX-WE",
         "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV",
         "night": "XXXX-XX-XXTNI", "summer": "XXXX-SU", "winter": "XXXX-WI", "spring": "XXXX-SP",
         "autumn": "XXXX-FA", "season": "P1Y"}


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    if m["funit"]:
        u = m["funit"].lower()
        value = {"hour": "PT1H", "minute": "PT1M", "decade": "P10Y", "season": "P1Y"}.get(u) or _UNIT[u]
        return Hit(m.start(), m.end(), "set", kind="set", type="SET", value=value, priority=1)
    if m["wd"]:
        value = f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}"
    elif m["adv"]:
        value = "P1Y"
    else:
        value = _UNIT[m["unit"].lower()]
    return Hit(m.start(), m.end(), "set", kind="set", type="SET", value=value, priority=1)


PARSERS = [("set", PATTERN, extract, {"every", "each", "annually", "yearly", "once", "twice", "thrice", "times"})]
