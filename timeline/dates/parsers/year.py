"""Years: "2016", "early 2011", "fiscal 2013", ranges "2009-2010" and "2009-10".

A four-digit number is a year unless the text makes it a quantity or a label:
money ("$2016"), counts ("2,000 troops", "1500 people"), numbers ("#2016",
"No. 1999"), decimals, percentages, phone numbers, times."""

from __future__ import annotations

import re

from .. import vocab
from ..engine import parser_re, DIGITS, Context, Hit, next_word, prev_word
from .patterns import MOD, mod_value

PATTERN = parser_re(
    rf"(?:{MOD})?(?P<pre>(?i:fiscal|calendar)\s+|FY\s?)?(?<![$£€¥#/.:,])(?P<year>1\d{{3}}|20\d{{2}})"
    r"(?:(?P<sep>\s*[-–/]\s*|\s+(?i:to|and|through|or)\s+)(?P<y2>1\d{3}|20\d{2}|\d{2})(?![\w%]|[.,:]\d))?"
    r"(?![\w%$€£-]|[.,:]\d|\s*(?:%|(?i:per\s*cent|percent)))"
)
OLD_CUES = {"in", "since", "of", "by", "from", "until", "year", "the", "circa", "c.", "around",
            "before", "after", "to", "and", "between", "during", "early", "late", "mid"}


def extract(ctx: Context, m: re.Match[str]) -> Hit | list[Hit] | None:
    text = ctx.text
    y = int(m["year"])
    ys = m.start("year")
    c = text[ys - 1] if ys else " "
    if (c.isalnum() and not m["pre"]) or (c in "-–" and not m["mod"]):
        return None
    before = prev_word(text, ys).lower()
    if before.isdigit() or before[-1:].isdigit():
        return None  # phone numbers, "10 2016" tables
    after = next_word(text, m.end()).lower()
    if after in vocab.COUNT_NOUNS and not m["y2"]:
        return None
    if after in vocab.CLOCK_AFTER and before in vocab.CLOCK_BEFORE and y % 100 < 60 and not m["y2"]:
        return None  # "down 0.8% by 1000 GMT" is a time of day
    if before in vocab.YEAR_LABELS_BEFORE and not m["mod"]:
        if not (before in ("about", "around") and after == ""):  # "in about 2005."
            return None
    if y < 1800 and before not in OLD_CUES:
        return None
    mod = mod_value(m["mod"])
    if m["y2"]:
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y // 100) * 100 + int(m["y2"])
        if y2 <= y or y2 - y > 100:
            if len(m["y2"]) == 2 or m["sep"].strip() in ("-", "–", "/"):
                return None  # "2016-17" is fine, "2016-05" is a month, "1-2" a score
            return Hit(m.start(), m.start("sep"), "year", year=y, mod=mod)
        return [Hit(m.start(), m.start("sep"), "year_range", year=y, mod=mod),
                Hit(m.start("y2"), m.end("y2"), "year_range", year=y2)]
    fiscal = bool(m["pre"]) and m["pre"].strip().lower() != "calendar"
    return Hit(m.start(), m.end(), "year", year=y, mod=mod, fiscal=fiscal)


PARSERS = [("year", PATTERN, extract, {DIGITS})]
