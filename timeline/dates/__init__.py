"""Find date expressions in news text and resolve them to the calendar.

    >>> from datetime import date
    >>> [m.value for m in find_dates("He met her on Wednesday, not in May 2010.", date(2016, 11, 10))]
    ['2016-11-09', '2010-05']

The engine (`engine.py`) runs the parsers listed in `PARSERS` over the text,
keeps the longest of overlapping hits, then `resolve.py` anchors each hit.
"""

from __future__ import annotations

from datetime import date
from typing import Sequence

from ..model import Mention
from . import (decade, deictic, duration, full_date, holiday, month, narrative, numeric, quarter, refs,
               relative, season, sets, times, weekday, year)
from .engine import Context, Engine
from .refiners import REFINERS
from .resolve import Resolver

# Order matters only for equal spans (then `Hit.priority` decides); the
# longest match wins, so a full date beats the month and the year inside it.
PARSERS = [
    *full_date.PARSERS,
    *numeric.PARSERS,
    *month.PARSERS,
    *year.PARSERS,
    *weekday.PARSERS,
    *holiday.PARSERS,
    *deictic.PARSERS,
    *relative.PARSERS,
    *season.PARSERS,
    *quarter.PARSERS,
    *decade.PARSERS,
    *narrative.PARSERS,
    *duration.PARSERS,
    *refs.PARSERS,
    *sets.PARSERS,
    *times.PARSERS,
]
_ENGINE = Engine(PARSERS, REFINERS)


def find_dates(text: str, published: date | None, regions: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Every date expression in `text` (or in `regions` of it), resolved.

    `published` anchors relative expressions; without it they come out
    unresolved (X placeholders, no interval). Narrative anchoring ("the day
    before") follows the order of `regions`. The result is sorted by start
    and free of overlaps.
    """
    ctx = Context(text, published)
    spans = [(0, len(text))] if regions is None else [(max(0, a), min(len(text), b)) for a, b in regions]
    resolver = Resolver(ctx)
    out: list[Mention] = []
    for (lo, hi), hits in zip(spans, _ENGINE.run(ctx, spans)):
        for h in hits:
            m = resolver(h, lo, hi)
            if m is not None:
                out.append(m)
    out.sort(key=lambda m: m.start)
    if regions is not None:
        out = _drop_overlaps(out)
    return out


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Overlapping regions could yield overlapping mentions; keep the first."""
    kept: list[Mention] = []
    for m in mentions:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


__all__ = ["find_dates", "Mention"]
