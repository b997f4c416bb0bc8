"""Reference words: "now" (PRESENT_REF), "recently", "the past" (PAST_REF),
"the future" (FUTURE_REF)."""

from __future__ import annotations

import re

from .. import vocab
from ..engine import parser_re, Context, Hit, next_word
from .patterns import ci

PATTERN = parser_re(rf"\b(?P<w>{ci(vocab.REFERENCE_WORDS)})\b(?![-'’]\w)")
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
    return Hit(m.start(), m.end(), "reference", kind="ref", value=vocab.REFERENCE_WORDS[key])


PARSERS = [("reference", PATTERN, extract, {"now", "currently", "nowadays", "present", "days", "moment", "recently",
                                               "lately", "past", "time", "future", "term"})]
