"""Weekdays: "on Friday", "last Tuesday", "next Monday", "Friday afternoon".

Resolved by news convention (most recent such day, publication day included,
unless the clause looks forward); see `resolve.nearest.weekday_near`."""

from __future__ import annotations

import re

from timeline.lexicon.calendar import DAY_PARTS, WEEKDAYS_FULL

from .. import vocab
from ..engine import parser_re, Context, Hit, next_word, prev_word
from .patterns import weekday, weekday_number

PATTERN = parser_re(
    rf"(?:(?P<mod>(?i:early|late))\s+)?(?:(?P<rel>(?i:last|this|next|coming|past|previous|this\s+past|this\s+coming))\s+)?{weekday()}"
    r"(?:(?:'s)?\s+(?P<part>(?i:morning|afternoon|evening|night|overnight)))?"
)
# "shortly after midnight Wednesday", "before dawn Sunday": the small hours of the day
_SMALL_HOURS = re.compile(r"(?:midnight|dawn|daybreak)\s+(?:on\s+)?$", re.I)
_REL = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": None, "next": 1,
        "coming": None, "this coming": None}


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    before = prev_word(ctx.text, m.start()).lower()
    if before in vocab.WEEKDAY_NAME_BEFORE:
        return None
    written = next_word(ctx.text, m.end("weekday"))
    after = written.lower()
    if after in vocab.WEEKDAY_NAME_AFTER and not m["part"] and (
            after not in vocab.WEEKDAY_TITLES_AFTER or written[:1].isupper()):
        return None
    rel_word = " ".join((m["rel"] or "").lower().split())
    rel = _REL.get(rel_word)
    part = DAY_PARTS[m["part"].lower()] if m["part"] else None
    future = rel_word in ("this", "coming", "this coming")  # forward unless the clause is past
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower())
    small = mod == "START" or bool(_SMALL_HOURS.search(ctx.text, max(0, m.start() - 16), m.start()))
    return Hit(m.start(), m.end(), "weekday", weekday=weekday_number(m["weekday"]), rel=rel,
               part=part, future=future, mod=mod, small_hours=small and rel is None)


PARSERS = [("weekday", PATTERN, extract, set(WEEKDAYS_FULL))]
