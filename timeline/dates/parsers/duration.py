"""Durations: "two months" (P2M), "a decade" (P10Y), "90 days", "four-week",
"several days" (PXD), "for years" (PXY), and anchored spans "the past two
months" / "the next three years", which also get a calendar interval."""

from __future__ import annotations

import re

from .. import vocab
from ..engine import parser_re, Context, Hit, next_word, prev_word
from .patterns import NUMBER, VAGUE, number_value
from ..timex import duration_value

_UNITS = r"(?i:days?|weeks?|fortnights?|months?|years?|decades?|centuries|century|quarters?|hours?|minutes?|seconds?)"
PATTERN = parser_re(
    rf"(?:(?P<mod>(?i:about|around|nearly|almost|roughly|approximately|more\s+than|less\s+than|at\s+least|up\s+to|over|under|just|only|a\s+mere|some))\s+)?"
    rf"(?:(?P<span>(?i:the\s+(?:past|last|next|coming|previous|first|final|following)))\s+)?"
    rf"(?:(?<![\d,.$£€])(?P<num0>\d+|{NUMBER})\s*(?:-|–|(?i:to|and|or))\s*)?"
    rf"(?<![\d,.$£€-])(?P<num>{NUMBER}|{VAGUE}|(?i:the))(?:\s+|-)(?P<unit>{_UNITS})\b(?!-?(?i:old)\b)(?!-\w)(?:[’']s\b|[’'](?!\w))?"
    rf"|(?P<long>(?i:hours|days|weeks|months|years|decades|centuries))-long\b"
    rf"|\b(?<![-’'])(?P<bare>(?i:days|weeks|months|years|decades|centuries|hours|minutes))\b(?!\s+(?:of|ago|later|earlier|old)\b)(?![-’']\w)"
)
_NOT_BEFORE_BARE = {"the", "these", "those", "early", "dog", "salad", "glory", "happy", "happier",
                    "good", "better", "their", "his", "her", "its", "our", "my", "your", "all",
                    "final", "last", "first", "golden", "dark", "school", "college", "student",
                    "light", "man", "person", "working", "calendar", "fiscal", "both", "two",
                    "many", "several", "few", "some", "hours", "those", "and"}
_THAN = re.compile(r"(?<!\s)\s+\w+\s+than\b")
_OF_AGE = re.compile(r"(?<!\s)(?:\s+(?:and|or)\s+(?:older|younger|over|under)\b|\s+of\s+age\b)")
# Words after "quarters" that make it a fraction of an amount ("three quarters of a percentage point").
_AMOUNT_AFTER = {"percent", "per", "point", "points", "percentage", "%"}
_OF_A_POINT = re.compile(r"(?<!\s)\s+of\s+(?:a|one)\s+(?:percentage\s+)?(?:point|percent)\b", re.I)
_MOD = {"about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX",
        "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX"}
_SPAN = {"the past": -1, "the last": -1, "the next": 1, "the coming": 1}


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    if m["long"]:
        _u, letter, mult = vocab.UNITS[m["long"].lower()]
        return Hit(m.start(), m.end(), "duration", kind="duration", type="DURATION",
                   value=duration_value(None, letter), priority=-1)
    if m["bare"]:
        if prev_word(ctx.text, m.start()).lower() in _NOT_BEFORE_BARE:
            return None
        u, letter, mult = vocab.UNITS[m["bare"].lower()]
        s = m.start("bare")
        return Hit(s, m.end(), "duration", kind="duration", type="DURATION",
                   value=duration_value(None, letter if mult == 1 else "Y" if mult > 1 else letter))
    unit = m["unit"].lower()
    num = m["num"].lower()
    u, letter, mult = vocab.UNITS[unit]
    after = next_word(ctx.text, m.end()).lower()
    if num in ("a", "an", "the", "one") and (unit in ("second", "quarter") or (unit == "minute" and after == "of")):
        return None  # "a second term", "a quarter point", "the second"
    if unit.startswith("second") and not m["num"][0].isdigit() and num in ("a", "the"):
        return None
    if num == "the" and not m["span"]:
        return None
    if unit.startswith("quarter") and (after in _AMOUNT_AFTER or _OF_A_POINT.match(ctx.text, m.end())
                                       or unit == "quarters" and ctx.text[m.start("unit") - 1] == "-"):
        return None  # "four and three-quarters percent", "three-quarters of the vote": a fraction
    if unit in ("day", "year", "week", "month") and num in ("a", "an", "one") and prev_word(ctx.text, m.start()).lower() in ("once", "twice", "times", "per", "thrice"):
        return None  # "twice a year" is a frequency
    if after in ("ago", "later", "earlier", "hence", "afterwards") and not _THAN.match(ctx.text, m.end()):
        return None  # left to the relative and narrative parsers
    if after in ("old", "older", "younger") or _OF_AGE.match(ctx.text, m.end()):
        return None  # an age
    vague = any(num == v for v in vocab.VAGUE_QUANTITIES)
    n = None if vague else number_value(m["num"])
    if n is not None:
        n *= mult
    if n is not None and letter == "Y" and mult == 100:
        pass
    if n is None and not vague:
        return None
    if n is not None and n != int(n) and letter in ("Y",) and n * 12 == int(n * 12):
        n, letter = n * 12, "M"
    value = duration_value(n, "D" if unit.startswith("fortnight") else letter)
    if m["num0"]:
        n0 = number_value(m["num0"])
        if n0 is not None and n is not None and n0 * mult < n:
            first = Hit(m.start("num0"), m.end("num0"), "duration", kind="duration", type="DURATION",
                        value=duration_value(n0 * mult, letter), priority=-1)
            return [first, Hit(m.start("num"), m.end(), "duration", kind="duration", type="DURATION",
                               value=value, unit=u, n=n, priority=-1)]
    rel = _SPAN.get(" ".join((m["span"] or "").lower().split()))
    mod = _MOD.get((m["mod"] or "").lower())
    return Hit(m.start(), m.end(), "duration", kind="duration", type="DURATION", value=value,
               unit=u, n=n, rel=rel, mod=mod, priority=-1)


PARSERS = [("duration", PATTERN, extract, set(vocab.UNITS))]
