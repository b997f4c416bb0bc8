"""Find date expressions in news text and resolve them to the calendar.

    >>> from datetime import date
    >>> [m.value for m in find_dates("He met her on Wednesday, not in May 2010.", date(2016, 11, 10))]
    ['2016-11-09', '2010-05']

The engine (`engine.py`) runs the parsers listed in `PARSERS` over the text
(each only around its trigger words), keeps the longest of overlapping hits,
applies the refiners (`refiners.py`), then `resolve.py` anchors each hit.
Vocabulary lives in `vocab.py`; TIMEX3 values and intervals in `timex.py`;
the tense of a clause in `tense.py`.

How expressions are resolved (publication date Thursday 2016-11-10):

| kind | example | value | rule |
|---|---|---|---|
| full date | "Nov. 5, 2024", "5 November 2024" | 2024-11-05 | month_day_year, day_month_year |
| numeric date | "2024-11-05", "11/05/2024" | 2024-11-05 | iso_date, numeric_date |
| month + year | "May 2010", "late 2012" | 2010-05, 2012 (mod END) | month_year, year |
| year, range | "2009-2010" | 2009, 2010 | year_range |
| month(-day) without year | "in December" (past clause) | 2015-12 | month, month_day |
| weekday | "on Wednesday" / "will meet on Friday" | 2016-11-09 / 2016-11-11 | weekday |
| yesterday/today/tomorrow | "yesterday", "last night" | 2016-11-09, 2016-11-09TNI | deictic, day_part |
| last/this/next | "last week", "next summer" | 2016-W44, 2017-SU | relative_unit, relative_season |
| ago / in N days | "four years ago", "in three days" | 2012, 2016-11-13 | ago, in_n_units |
| anchored span | "the past two months" | P2M, 2016-09-10..2016-11-10 | duration |
| duration | "a decade", "several days" | P10Y, PXD | duration |
| season, quarter, half | "summer 2012", "Q3 2016" | 2012-SU, 2016-Q3 | season, quarter |
| decade, century | "the 1990s", "the 20th century" | 199, 19 | decade, century |
| holiday | "Christmas Eve 2015", "Thanksgiving" | 2015-12-24 | holiday |
| narrative | "the day before", "a year later" | last date -1 day / +1 year | narrative |
| reference | "now", "recently", "the future" | PRESENT_REF, PAST_REF, FUTURE_REF | reference |
| recurrence | "every week", "twice a year" | P1W, P1Y (SET) | set |
| clock time | "8 p.m. on Nov. 5" | 2016-11-05T20:00 (TIME) | clock |
"""

from __future__ import annotations

from datetime import date, datetime
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
    if isinstance(published, datetime):
        published = published.date()  # a datetime would not compare with dates
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
