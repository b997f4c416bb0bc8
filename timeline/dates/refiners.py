"""Refiners: fix-ups over the chosen hits of one region, in text order."""

from __future__ import annotations

import re

from ..trace import because
from .engine import Context, Hit, next_word
from .parsers.full_date import LATER_DAY

_JOIN = re.compile(r"(?:(?<!\s)\s+)?(?:,\s*)?(?:(?:and|or|to|through|until|till|into|-|–|—|/)\s*)(?:early\s+|late\s+|mid-?)?$", re.I)


def share_year(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """"November and December 2024", "Nov. 5 to Dec. 6, 2024": the first
    member of a range takes the year stated at its end."""
    for i in range(len(hits) - 2, -1, -1):
        a, b = hits[i], hits[i + 1]
        if a.kind != "cal" or a.year is not None or b.year is None or a.month is None and a.season is None:
            continue
        if b.month is None and b.season is None:
            continue
        gap = ctx.text[a.end:b.start]
        if len(gap) <= 12 and _JOIN.match(gap):
            if (a.month or 0) <= (b.month or 13):
                a.year = b.year
                a.rule = "range"
                a.why += because(f"refined: takes the year of '{ctx.text[b.start:b.end]}' that ends its range "
                                 "(refiners/share_year)")
    return hits


# "... to 4.4 percent in ", "... to $2.1 billion during ": the end value of a
# change, then the period it was reached in.
_TO_FIGURE = re.compile(r"(?<!\s)\s+to\s+[$€£]?\d[\d.,]{0,12}(?:\s+(?:percent|per\s+cent|million|billion|trillion|thousand|points?))?"
                        r"(?:\s+(?:a|an|per)\s+[a-z]{1,12})?\s+(?:in|during|for)\s+(?:the\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\b(?:[^.;:!?]|\.(?=\d)){0,60}$", re.I)  # "4.6" is no sentence end


def carry_year(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """"dropped from 4.6 percent in the first quarter of 1998 to 4.4 percent
    in the second quarter", "from 5 percent in March 2010 to 6 percent in
    June": the second period of a from-to change, of the same kind as the
    first, takes the year stated in the first (the next year when it comes
    earlier in the year: "from the fourth quarter of 1997 to the first")."""
    for a, b in zip(hits, hits[1:]):
        if a.kind != "cal" or b.kind != "cal" or a.year is None or b.year is not None or a.fiscal:
            continue
        ua, ub = _period_of_year(a), _period_of_year(b)
        if ua is None or ub is None or ua[0] != ub[0]:
            continue
        if not _TO_FIGURE.match(ctx.text[a.end:b.start]) or not _FROM_BEFORE.search(ctx.text, max(0, a.start - 80), a.start):
            continue
        b.year = a.year + (1 if ub[1] < ua[1] else 0)
        b.why += because(f"refined: the end of a change from '{ctx.text[a.start:a.end]}', its year "
                         "(refiners/carry_year)")
    return hits


def _period_of_year(h: Hit) -> tuple[str, int] | None:
    """("quarter", 2) for a quarter, ("half", 1), ("month", 6) for a month
    without its day; None for anything else."""
    if h.day is not None or h.weekday is not None:
        return None
    if h.quarter:
        return "quarter", h.quarter
    if h.half:
        return "half", h.half
    if h.month and h.season is None:
        return "month", h.month
    return None


_MONTH_JOIN = re.compile(r"(?:(?<!\s)\s+)?(?:-|–|—|to|through|thru|until|till|and)\s*(?:early\s+|late\s+|mid-?)?$", re.I)


def link_months(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """"the April to September period", "between October and March": two
    year-less months that make one range are resolved together (one year
    choice for the whole range, from the tense of the whole)."""
    for a, b in zip(hits, hits[1:]):
        if not all(h.kind == "cal" and h.rule == "month" and h.year is None and h.month is not None
                   and h.rel is None and h.base != "narrative" for h in (a, b)):
            continue
        gap = ctx.text[a.end:b.start]
        if len(gap) > 12 or not _MONTH_JOIN.match(gap) or a.month == b.month:
            continue
        if gap.strip().lower() == "and" and not ctx.text[:a.start].rstrip().lower().endswith(("between", "between the")):
            continue  # "in April and September": two months, not a range
        a.months = b.months = (a.month, b.month, a.start, b.end)
        for h in (a, b):
            h.why += because(f"refined: one range of months, '{ctx.text[a.start:b.end]}' (refiners/link_months)")
    return hits


_BEFORE_DAY = re.compile(r"\s*,?\s*(?:on\s+)?$", re.I)
_AFTER_DAY = re.compile(r"\s*,?\s*(?:at|from|around|by|before|after)?\s*$", re.I)


def attach_times(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """"8 p.m. on Nov. 5", "yesterday at 3pm": a clock time takes the day
    written next to it rather than the story's last date."""
    for i, h in enumerate(hits):
        if h.rule != "clock" or h.kind != "shift":
            continue
        for j, gap_re in ((i + 1, _BEFORE_DAY), (i - 1, _AFTER_DAY)):
            if not 0 <= j < len(hits):
                continue
            d = hits[j]
            gap = ctx.text[h.end:d.start] if j > i else ctx.text[d.end:h.start]
            if len(gap) > 8 or not gap_re.match(gap) or d.type != "DATE":
                continue
            if d.kind == "cal" and (d.day is not None or d.weekday is not None):
                h.kind, h.year, h.month, h.day, h.weekday, h.rel, h.future = (
                    "cal", d.year, d.month, d.day, d.weekday, d.rel, d.future)
            elif d.kind == "shift" and d.unit == "day":
                h.base, h.n = d.base, d.n
            else:
                continue
            h.why += because(f"refined: takes the day of '{ctx.text[d.start:d.end]}' next to it (refiners/attach_times)")
            break
    return hits


_OF_YEAR = re.compile(r"\s*,?\s*(?:of\s+(?:the\s+year\s+)?)?$", re.I)


def take_spelled_year(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """"the winter of nineteen ninety-four", "June of two thousand four", "the
    third quarter of two thousand one", "June twentieth of the year
    Two-Thousand": a year written in words completes the year-less day,
    month, season, quarter or half before it, as "of 1994" would."""
    out: list[Hit] = []
    for h in hits:
        a = out[-1] if out else None
        if (a is not None and h.rule == "spelled_year" and a.kind == "cal" and a.year is None
                and a.weekday is None and (a.month or a.season or a.quarter or a.half)
                and len(ctx.text[a.end:h.start]) <= 16 and _OF_YEAR.match(ctx.text[a.end:h.start])):
            a.year, a.end = h.year, h.end
            a.why += because(f"refined: takes the spelled year '{ctx.text[h.start:h.end]}' after it "
                             "(refiners/take_spelled_year)")
            continue
        out.append(h)
    return out


# Words that may follow a bare day number closing a range ("through the 25 in
# PyeongChang"); another lower-case word makes the number a count ("the 25 stores").
_AFTER_RANGE_END = {"in", "at", "on", "and", "or", "but", "when", "while", "with", "for", "as", "before",
                    "after", "so", "because", "if", "unless", "to", "from", "inclusive"}


def range_end_day(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """"from February 9 through the 25", "March 3 to the 10th": a day number
    after "the" that closes a range begun by a month and day is a day of that
    month (and year), a date of its own."""
    out: list[Hit] = []
    for i, h in enumerate(hits):
        out.append(h)
        if h.kind != "cal" or h.month is None or h.day is None or h.day_to is not None or h.type != "DATE":
            continue
        m = LATER_DAY.match(ctx.text, h.end)
        if m is None or int(m["day"]) <= h.day or (i + 1 < len(hits) and hits[i + 1].start < m.end()):
            continue
        after = next_word(ctx.text, m.end())
        if not m["end"][-1].isalpha() and after[:1].islower() and after not in _AFTER_RANGE_END:
            continue  # "from June 2 to the 25 stores": a count
        out.append(Hit(m.start("end"), m.end("end"), h.rule, year=h.year, month=h.month, day=int(m["day"]),
                       rel=h.rel, priority=h.priority,
                       why=h.why + because(f"refined: a day of the month of '{ctx.text[h.start:h.end]}' that "
                                           "begins its range (refiners/range_end_day)")))
    return out


REFINERS = [take_spelled_year, share_year, carry_year, link_months, attach_times, range_end_day]
