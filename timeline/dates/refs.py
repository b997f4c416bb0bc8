"""Reference words: "now" (PRESENT_REF), "recently", "the past" (PAST_REF),
"the future" (FUTURE_REF)."""

from __future__ import annotations

import re

from .engine import parser_re, Context, Hit, next_word

_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "the present day": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF", "at the time": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
}
PATTERN = parser_re(
    r"\b(?P<w>(?i:right\s+now|now|currently|nowadays|at\s+present|the\s+present(?:\s+day)?|these\s+days|at\s+the\s+moment"
    r"|recently|lately|the\s+past|at\s+the\s+time|the\s+(?:near\s+|foreseeable\s+)?future))\b(?![-'’]\w)"
)
# Nouns after "the past"/"the future"/"the present" that make it an adjective.
_NOT_AFTER = {"tense", "perfect", "participle", "president", "champion", "winner", "of", "few",
              "several", "couple", "year", "years", "week", "weeks", "month", "months", "day", "days",
              "decade", "decades", "century", "centuries", "generation", "generations", "king", "queen",
              "leader", "leaders", "prime", "secretary", "government", "administration", "that", "is"}


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    key = " ".join(m["w"].lower().split())
    after = next_word(ctx.text, m.end()).lower()
    if key.startswith("the ") and (after in _NOT_AFTER or after.isdigit()):
        return None
    if key == "now" and after in ("that", "defunct") and ctx.text[m.end():m.end() + 1] == "-":
        return None
    return Hit(m.start(), m.end(), "reference", kind="ref", value=_WORDS[key])


PARSERS = [("reference", PATTERN, extract, {"now", "currently", "nowadays", "present", "days", "moment", "recently",
                                               "lately", "past", "time", "future"})]
