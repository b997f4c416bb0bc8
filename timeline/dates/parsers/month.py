"""Months: "May 2010", "late last July", "early December", "in March", "by January".

A month alone is read as a month only where it cannot be a name or a verb:
after a temporal cue ("in", "by", "last", "early"), or for unambiguous names
when no capitalised word touches it ("Theresa May", "March of Dimes")."""

from __future__ import annotations

import re

from timeline.lexicon.calendar import AMBIGUOUS_MONTHS, MONTHS

from ..engine import parser_re, Context, Hit, next_word, prev_word, starts_sentence
from .patterns import MOD, YEAR, mod_value, month

PATTERN = parser_re(
    rf"(?:{MOD})?(?:(?P<rel>(?i:last|this|next|past|coming|previous))\s+)?{month()}"
    rf"(?:,?\s+(?:of\s+)?{YEAR}\b(?![\d,.]\d)|\s+'(?P<yy>\d\d)\b"
    rf"|,?\s+(?i:of\s+)?(?P<story>(?i:that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+(?i:year)\b)?"
)
# "July of that year", "March the following year": the year of the story so far.
_STORY_YEAR = {"that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1,
               "the previous": -1, "the preceding": -1}

# The word before a bare month name that makes it a date ("ending August": the
# close of a reporting period, "the 12 months ending August").
CUES = {"in", "by", "since", "until", "till", "from", "through", "thru", "during", "before",
        "after", "of", "to", "and", "or", "between", "early", "late", "mid", "for", "on",
        "last", "this", "next", "that", "each", "every", "throughout", "as",
        "around", "about", "then", "in-", "mid-", "end", "beginning", "ending", "ended"}


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    name = m["month"].lower().rstrip(".")
    mon = MONTHS[name]
    mod = mod_value(m["mod"])
    rel = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}.get((m["rel"] or "").lower())
    if m["year"] or m["yy"]:
        year = int(m["year"]) if m["year"] else 1900 + int(m["yy"]) if int(m["yy"]) > 40 else 2000 + int(m["yy"])
        return Hit(m.start(), m.end(), "month_year", year=year, month=mon, mod=mod, priority=1)
    if m["story"]:
        n = _STORY_YEAR[" ".join(m["story"].lower().split())]
        return Hit(m.start(), m.end(), "month", month=mon, mod=mod, base="narrative", n=n, priority=1)
    text = ctx.text
    before = prev_word(text, m.start())
    after = next_word(text, m.end())
    if after.lower() == "of" and re.match(r"\s+of\s+[A-Z]", text[m.end():m.end() + 8]):
        return None  # "March of Dimes"
    if text[m.end():m.end() + 1] == "-" and text[m.end() + 1:m.end() + 2].isalpha():
        return None  # "Mar-a-Lago"
    if m["rel"] is None and m["mod"] is None:
        cue = before.lower() in CUES or _RANGE_TO.match(text, m.end()) is not None
        if not cue:
            if name in AMBIGUOUS_MONTHS:
                return None
            if before[:1].isupper() and not starts_sentence(text, m.start()):
                return None
        if after[:1].isupper() and before.lower() not in ("in", "since", "by", "until", "during"):
            return None  # "June Carter", "April Ryan"
        if len(name) <= 4 and name not in ("may", "june", "july") and not text[m.end() - 1] == ".":
            if not cue:
                return None
    future = before.lower() in ("by", "until", "till")
    return Hit(m.start(), m.end(), "month", month=mon, mod=mod, rel=rel, future=future, priority=1)


# "the April to September period": a month that opens a range of months is one
_RANGE_TO = re.compile(r"(?:(?<!\s)\s+)?(?:-|–|—|to\s|through\s|until\s|till\s)\s*(?:early\s+|late\s+|mid-?)?"
                       r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


PARSERS = [("month", PATTERN, extract, set(MONTHS))]
