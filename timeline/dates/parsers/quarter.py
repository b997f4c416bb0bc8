"""Quarters and halves: "the third quarter of 2016" (2016-Q3), "Q3 2016",
"third-quarter", "the first half of 2016" (2016-H1), "H2 2015"."""

from __future__ import annotations

import re

from .. import vocab
from ..engine import parser_re, Context, Hit, next_word, prev_word, sentence_has
from .patterns import YEAR

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "final": 4, "last": 4}
PATTERN = parser_re(
    r"(?:(?P<the>(?i:the)\s+)?(?P<y0>(?:19|20)\d\d)(?:['’]s)?\s+)?(?P<the2>(?i:the)\s+)?(?:(?P<fiscal>(?i:fiscal|financial))[\s-]+)?(?P<ord>(?i:first|1st|second|2nd|third|3rd|fourth|4th|final|last))(?P<sep>\s+|-)"
    r"(?:(?P<fiscal2>(?i:fiscal|financial))[\s-]+|(?i:calendar)[\s-]+)?(?P<kind>(?i:quarter|half))\b"
    rf"(?:\s+(?:(?i:of|in)\s+)?(?:(?:the\s+)?(?P<fy_word>(?i:fiscal|financial|calendar))(?:\s+year)?\s+|(?P<fy_mark>FY)\s?)?{YEAR}\b(?![\d,.]\d))?"
    r"|\b(?P<q>Q[1-4]|H[12])\b(?:\s*(?:'(?P<yy>\d\d)\b|(?P<y4>(?:19|20)\d\d)\b)|(?P<fy>\s+(?i:FY|fiscal)\s*(?P<fyy>(?:19|20)?\d\d)\b))?"
)


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    if m["q"]:
        kind = "quarter" if m["q"][0] == "Q" else "half"
        n = int(m["q"][1])
        year = None
        raw = m["yy"] or m["y4"] or m["fyy"]
        fiscal = bool(m["fy"])
        if raw:
            year = int(raw) if len(raw) == 4 else 2000 + int(raw)
    else:
        kind = m["kind"].lower()
        o = m["ord"].lower()
        n = _ORD[o]
        year = int(m["year"]) if m["year"] else int(m["y0"]) if m["y0"] else None
        fiscal = bool(m["fy_mark"]) or (m["fy_word"] or "calendar").lower() != "calendar"
        if kind == "half" and n > 2:
            return None
        if o in ("last", "final") and year is None:
            return None  # "the last quarter" is relative
        if year is None and not (m["the"] or m["the2"] or m["sep"] == "-" or _determined(ctx.text, m.start())
                                 or _results_headline(ctx.text, m)):
            return None  # "a second half goal"
    if year is None and sentence_has(ctx.text, m.start(), m.end(), vocab.GAME_WORDS):
        return None  # "a touchdown pass in the fourth quarter": a period of play
    if not m["q"] and year is None and kind == "quarter" and (m["fiscal"] or m["fiscal2"]):
        # "the fiscal first quarter": a quarter of a fiscal year the text does not name
        return Hit(m.start(), m.end(), "fiscal_quarter", kind="report", unit="fiscal_quarter", quarter=n, priority=1)
    h = Hit(m.start(), m.end(), kind, year=year, priority=1, fiscal=fiscal and year is not None)
    if kind == "quarter":
        h.quarter = n
    else:
        h.half = n
    return h


_POSSESSIVES = {"its", "their", "our", "his", "her", "my", "your"}


def _results_headline(text: str, m: re.Match[str]) -> bool:
    """"Fourth Quarter Net Income of $40.8 Billion", "Net Income Is $43.7
    Billion in Fourth Quarter": a headline names its period in capitals,
    without an article, by what it reports (`vocab.RESULTS_WORDS`, the next
    word or one of the six before); "Rally in Fourth Quarter" is a game's."""
    if not (m["ord"][0].isupper() and m["kind"][0].isupper()):
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 60):m.start()])[-6:]
    return any(w.lower() in vocab.RESULTS_WORDS for w in [next_word(text, m.end()), *before])


def _determined(text: str, start: int) -> bool:
    """Is the ordinal the head of a definite noun phrase: "its first quarter",
    "Toyota's first quarter", "the disastrous first quarter"?"""
    before = prev_word(text, start)
    if before.lower() in _POSSESSIVES or before.endswith(("'s", "’s")):
        return True
    if not before.isalpha() or not before.islower():
        return False
    return prev_word(text, start - len(before) - 1).lower() in ("the", *_POSSESSIVES)


PARSERS = [("quarter", PATTERN, extract, {"quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"})]
