"""Yesterday, today, tomorrow, tonight, last night, this morning; "today" in
a comparison with the present ("faster than can be done today") is PRESENT_REF,
"the challenges of tomorrow" and "tomorrow's leaders" FUTURE_REF.

Not the names "Russia Today", "USA Today" or "the Today programme"."""

from __future__ import annotations

import re

from timeline.lexicon.calendar import DAY_PARTS

from .. import vocab
from ..engine import parser_re, Context, Hit, next_word, prev_word, starts_sentence

# "faster than can be done today": a comparison with the present state of
# things, "today" as "nowadays" (TimeML's PRESENT_REF), not the day.
# The comparative must be an adjective's ("faster than", "cheaper than"): "more
# than 200 people were arrested today" counts, "other than today" excludes.
_THAN_BEFORE = re.compile(r"\b(?P<adj>[a-z]+er)\s+than\b[^.;:!?\d]{0,40}$", re.I)
_NOT_COMPARATIVE = {"other", "rather", "never", "ever", "over", "under", "after", "later", "earlier", "sooner"}

PATTERN = parser_re(
    r"(?P<word>(?i:yesterday|today|tomorrow|tonight))(?:(?:'s)?\s+(?P<part>(?i:morning|afternoon|evening|night)))?\b"
    r"|(?P<rel>(?i:last|this|tomorrow|yesterday))\s+(?P<part2>(?i:morning|afternoon|evening|night))\b"
)


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    text = ctx.text
    word = (m["word"] or m["rel"]).lower()
    before = prev_word(text, m.start()).lower()
    after = next_word(text, m.end()).lower()
    if word == "today":
        raw = m["word"]
        if before in vocab.TODAY_NAME_BEFORE and raw[0].isupper() or after in vocab.TODAY_NAME_AFTER:
            return None
        if raw == "Today" and not starts_sentence(text, m.start()):
            return None  # a title mid-sentence: "told Today", "on Today"
        c = None if m["part"] else _THAN_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if c and c["adj"].lower() not in _NOT_COMPARATIVE:
            return Hit(m.start(), m.end(), "today_generic", kind="ref", value="PRESENT_REF")
    if word == "tomorrow" and m["word"] and not m["part"] and _generic_tomorrow(text, m):
        return Hit(m.start(), m.end(), "tomorrow_generic", kind="ref", value="FUTURE_REF")
    part = m["part"] or m["part2"]
    code = DAY_PARTS[part.lower()] if part else ("NI" if word == "tonight" else None)
    if word == "last" and code in (None,):
        return None
    rule = "deictic" if m["word"] else "day_part"
    return Hit(m.start(), m.end(), rule, kind="shift", unit="day", n=vocab.DEICTIC_DAYS[word], part=code,
               type="TIME" if code else "DATE")


def _generic_tomorrow(text: str, m: re.Match[str]) -> bool:
    """"the challenges of tomorrow", "Tomorrow's leaders": the future in
    general, "of tomorrow" after, or "tomorrow's" before, a noun of people or
    things to come (`vocab.GENERIC_TOMORROW_NOUNS`), not the next day."""
    if prev_word(text, m.start()).lower() == "of":
        noun = prev_word(text, text.rfind("of", 0, m.start())).lower()
    elif text[m.end():m.end() + 2] in ("'s", "’s"):
        noun = next_word(text, m.end() + 2).lower()
    else:
        return False
    return noun in vocab.GENERIC_TOMORROW_NOUNS


PARSERS = [("deictic", PATTERN, extract, {"yesterday", "today", "tomorrow", "tonight", *DAY_PARTS})]
