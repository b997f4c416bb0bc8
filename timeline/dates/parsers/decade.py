"""Decades and centuries: "the 1990s" (199), "the '90s", "the nineties",
"the early 2000s", "the nineteen nineties" (spelled out, as broadcast scripts
write them), "the 20th century" (19), "the nineteenth century"."""

from __future__ import annotations

import re

from .. import vocab
from ..engine import parser_re, DIGITS, Context, Hit
from .patterns import MOD, ORDINAL, mod_value

DECADE = parser_re(
    rf"(?:{MOD})?(?:(?i:the)\s+)?(?:(?P<full>1[0-9]\d0|20\d0)[’']?s|[’'](?P<short>\d)0[’']?s|(?P<word>{vocab and '|'.join(vocab.DECADE_WORDS)})"
    rf"|(?i:nineteen)[\s-](?P<spelled>(?i:{vocab and '|'.join(vocab.DECADE_WORDS)})))\b"
)
CENTURY = parser_re(
    rf"(?:{MOD})?(?:(?i:the)\s+)?(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+(?i:century)\b"
)


def decade(ctx: Context, m: re.Match[str]) -> Hit | None:
    if m["full"]:
        first = int(m["full"])
    elif m["short"]:
        d = int(m["short"])
        first = (2000 if d <= 1 else 1900) + 10 * d
    else:
        first = 1900 + 10 * vocab.DECADE_WORDS[(m["word"] or m["spelled"]).lower()]
    return Hit(m.start(), m.end(), "decade", decade=first, mod=mod_value(m["mod"]), priority=1)


def century(ctx: Context, m: re.Match[str]) -> Hit | None:
    raw = m["ord"].lower()
    if re.match(r"\s+[A-Z]", ctx.text[m.end():m.end() + 3]) and ctx.text[m.end() - 7] == "C":
        return None  # "20th Century Fox"
    n = vocab.ORDINALS.get(raw)
    if n is None:
        n = int(re.sub(r"\D", "", raw))
    if raw in ("last", "final") or not 1 <= n <= 22:
        return None
    return Hit(m.start(), m.end(), "century", century=(n - 1) * 100, mod=mod_value(m["mod"]), priority=1)


PARSERS = [("decade", DECADE, decade, {DIGITS, *vocab.DECADE_WORDS}), ("century", CENTURY, century, {"century"})]
