"""Refiners: fix-ups over the chosen hits of one region, in text order."""

from __future__ import annotations

import re

from .engine import Context, Hit

_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|to|through|until|till|into|-|–|—|/)\s*)(?:early\s+|late\s+|mid-?)?$", re.I)


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
    return hits


REFINERS = [share_year]
