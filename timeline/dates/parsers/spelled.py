"""Years and dates written in words: "nineteen ninety-six", "two thousand
four", "Nineteen-Thirteen", "the year two thousand", "January twenty-sixth".

Broadcast scripts and transcripts spell numbers out. A spelled year is read
only where a year can stand: after a cue word ("in", "since", "the year") and
not before a counted noun ("two thousand people")."""

from __future__ import annotations

import re

from timeline.lexicon.calendar import MONTHS, ORDINAL_TEENS, ORDINAL_UNITS, TEENS, TENS, UNITS

from .. import vocab
from ..engine import parser_re, Context, Hit, next_word, prev_word
from .patterns import _alt, month

_SEP = r"[-\s]"
_UNDER_100 = rf"(?:(?:{_alt(TENS)})(?:{_SEP}(?:{_alt(UNITS)}))?|{_alt(TEENS)}|{_alt(UNITS)})"
# "nineteen ninety-six", and as VOA scripts hyphenate them, "Nineteen-Thirteen", "two-thousand-one"
_YEAR = (rf"(?P<y>(?i:(?P<c>nineteen|eighteen){_SEP}+(?P<yy>{_UNDER_100}|hundred)"
         rf"|two{_SEP}+thousand(?:{_SEP}+(?:and{_SEP}+)?(?P<xx>{_UNDER_100}))?|twenty{_SEP}+(?P<ty>{_alt(TEENS)})))(?![-\w])")
_ORD = (rf"(?P<d>(?i:(?P<dt>twenty|thirty){_SEP}(?P<du>{_alt(ORDINAL_UNITS)})|{_alt(ORDINAL_TEENS)}"
        rf"|{_alt(ORDINAL_UNITS)}))(?![-\w])")
YEAR_PATTERN = parser_re(_YEAR)
DATE_PATTERN = parser_re(rf"{month()}\s+{_ORD}(?:,?\s+{_YEAR})?")

YEAR_CUES = {"in", "since", "of", "from", "until", "till", "by", "year", "during", "before", "after",
             "through", "to", "and", "early", "late", "mid", "fiscal", "between", "around", "about"}


def _under_100(words: str) -> int:
    parts = re.split(r"[-\s]+", words.lower())
    return sum(TENS.get(p) or TEENS.get(p) or UNITS.get(p) or 0 for p in parts)


def year_of(m: re.Match[str]) -> int:
    if m["c"]:
        base = 1900 if m["c"].lower() == "nineteen" else 1800
        return base if m["yy"].lower() == "hundred" else base + _under_100(m["yy"])
    if m["ty"]:
        return 2000 + _under_100(m["ty"])
    return 2000 + (_under_100(m["xx"]) if m["xx"] else 0)


def extract_year(ctx: Context, m: re.Match[str]) -> Hit | None:
    before = prev_word(ctx.text, m.start()).lower()
    after = next_word(ctx.text, m.end()).lower()
    if before not in YEAR_CUES or after in vocab.COUNT_NOUNS or after in ("percent", "million", "billion", "hundred", "thousand"):
        return None
    return Hit(m.start(), m.end(), "spelled_year", year=year_of(m))


def extract_date(ctx: Context, m: re.Match[str]) -> Hit:
    day = ORDINAL_UNITS.get(m["d"].lower()) or ORDINAL_TEENS.get(m["d"].lower())
    if m["dt"]:
        day = TENS[m["dt"].lower()] + ORDINAL_UNITS[m["du"].lower()]
    mon = MONTHS[m["month"].lower().rstrip(".")]
    year = year_of(m) if m["y"] else None
    return Hit(m.start(), m.end(), "spelled_date", year=year, month=mon, day=day, priority=1)


_NUMBER_WORDS = {"nineteen", "eighteen", "thousand", "twenty"}
PARSERS = [("spelled_year", YEAR_PATTERN, extract_year, _NUMBER_WORDS),
           ("spelled_date", DATE_PATTERN, extract_date, set(MONTHS))]
