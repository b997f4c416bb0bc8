"""Find date expressions in news text and resolve them to the calendar.

    >>> from datetime import date
    >>> [m.value for m in find_dates("He met her on Wednesday, not in May 2010.", date(2016, 11, 10))]
    ['2016-11-09', '2010-05']

`find_dates_within(text, (first, last))` does the same for an article whose
publication day is only known to lie in a window; see its docstring.

The engine (`engine.py`) runs the parsers listed in `parsers.PARSERS` (one
module per kind in `parsers/`) over the text (each only around its trigger
words), keeps the longest of overlapping hits, applies the refiners
(`refiners.py`), then `resolve/` anchors each hit. Vocabulary lives in
`vocab.py` (calendar words in `timeline.lexicon.calendar`); TIMEX3 values
and intervals in `timex.py`; the tense of a clause in `tense/` (its words in
`timeline.lexicon.verbs`). Under `timeline.trace.explained()` each mention's
`why` says which parser found it, which rule resolved it and, for year-less
dates and weekdays, which tense cue chose the direction.

How expressions are resolved (publication date Thursday 2016-11-10):

| kind | example | value | rule |
|---|---|---|---|
| full date | "Nov. 5, 2024", "5 November 2024" | 2024-11-05 | month_day_year, day_month_year |
| day range, week | "Nov. 4-6", "the week of March 5" | 2024-11-04 (interval to Nov. 6), 2024-W10 | month_day(_year), day_month_year |
| numeric date | "2024-11-05", "11/05/2024" | 2024-11-05 | iso_date, numeric_date |
| month + year | "May 2010", "late 2012" | 2010-05, 2012 (mod END) | month_year, year |
| year, range | "2009-2010" | 2009, 2010 | year_range |
| month(-day) without year | "in December" (past clause) | 2015-12 | month, month_day |
| month without year, no tense | "December sales", "sales figures for March" | 2016-12, 2017-03 (nearest) | month |
| weekday | "on Wednesday" / "will meet on Friday" | 2016-11-09 / 2016-11-11 | weekday |
| yesterday/today/tomorrow | "yesterday", "last night" | 2016-11-09, 2016-11-09TNI | deictic, day_part |
| last/this/next | "last week", "next summer" | 2016-W44, 2017-SU | relative_unit, relative_season |
| ago / in N days | "four years ago", "in three days" | 2012, 2016-11-13 | ago, in_n_units |
| anchored span | "the past two months" | P2M, 2016-09-10..2016-11-10 | duration |
| duration | "a decade", "several days" | P10Y, PXD | duration |
| season, quarter, half | "summer 2012", "Q3 2016" | 2012-SU, 2016-Q3 | season, quarter |
| reporting period | "the quarter", "the year-ago period", "the full year", "for the week" | the story's quarter (else the last complete one), it a year before, its year, its week | reporting_quarter, year_ago_period, reporting_year, reporting_week |
| decade, century | "the 1990s", "the 20th century" | 199, 19 | decade, century |
| holiday | "Christmas Eve 2015", "Thanksgiving" | 2015-12-24 | holiday |
| narrative | "the day before", "a year later", "July of that year" | last date -1 day / +1 year / its year | narrative, month |
| reference | "now", "recently", "the future" | PRESENT_REF, PAST_REF, FUTURE_REF | reference |
| recurrence | "every week", "twice a year" | P1W, P1Y (SET) | set |
| clock time | "8 p.m. on Nov. 5" | 2016-11-05T20:00 (TIME) | clock |
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Sequence

from ..model import Mention
from ..trace import because
from . import timex
from .engine import Context, Engine
from .parsers import PARSERS
from .refiners import REFINERS
from .resolve import Resolver

_ENGINE = Engine(PARSERS, REFINERS)


def find_dates(text: str, published: date | None, regions: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Every date expression in `text` (or in `regions` of it), resolved.

    `published` anchors relative expressions; without it they come out
    unresolved (X placeholders, no interval). Narrative anchoring ("the day
    before") follows the order of `regions`. The result is sorted by start
    and free of overlaps.
    """
    published = _day(published)
    ctx = Context(text, published)
    spans = _spans(text, regions)
    hits = _ENGINE.run(ctx, spans)
    return _finish([m for m in _resolve(Resolver(ctx), spans, hits) if m is not None], regions)


def find_dates_within(text: str, window: tuple[date, date],
                      regions: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Like `find_dates`, for an article published on some day of `window`
    (first and last day, inclusive) that is not known exactly.

    Every expression is resolved as if published on each day of the window.
    Where all readings agree (absolute dates always do) the mention is the
    one `find_dates` gives. Otherwise it is widened to the smallest calendar
    unit holding every reading: the ISO week, else the month, else the year
    ("last week" in 2016-11-10..2016-11-16 is 2016-10-31..2016-11-13, so
    "2016"); if the readings span years it is left unresolved, as without a
    publication date ("XXXX-WXX-4", anchor "unresolved", no interval).
    Widened mentions keep their rule and anchor, lose their mod and time of
    day (type DATE). Expressions that are no calendar value ("now", "the past
    two months") keep their value and take the union of the readings'
    intervals. `future` holds only if it holds for every day.

    Each day is tried, not only the ends: most rules are monotone in the
    publication date (then the ends would bound every reading), but the
    tense and year-choice rules need not be, and trying every day makes no
    such assumption. Parsing and tense are done once, so a 7-day window
    costs about 1.3 times one `find_dates`, a 31-day one about 2 times.
    """
    first, last = _day(window[0]), _day(window[1])
    if first is None or last is None or first > last:
        raise ValueError(f"not a publication window: {window!r}")
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    spans = _spans(text, regions)
    # Parsing uses the publication date only to choose between the readings
    # of an ambiguous numeric date; the middle of the window decides.
    hits = _ENGINE.run(Context(text, days[len(days) // 2]), spans)
    tenses: dict = {}
    readings = [_resolve(Resolver(Context(text, d), tenses), spans, hits) for d in days]
    unresolved = _resolve(Resolver(Context(text, None)), spans, hits)
    out = []
    for i, none_reading in enumerate(unresolved):
        ms = [r[i] for r in readings]
        if any(m is None for m in ms):
            continue  # off the calendar on some day
        out.append(_widen(ms, none_reading))
    return _finish(out, regions)


def _day(d):
    return d.date() if isinstance(d, datetime) else d  # a datetime would not compare with dates


def _spans(text: str, regions) -> list[tuple[int, int]]:
    return [(0, len(text))] if regions is None else [(max(0, a), min(len(text), b)) for a, b in regions]


def _resolve(resolver: Resolver, spans, hits) -> list[Mention | None]:
    """One mention (or None) per hit, in the order of the hits."""
    return [resolver(h, lo, hi) for (lo, hi), region in zip(spans, hits) for h in region]


def _finish(out: list[Mention], regions) -> list[Mention]:
    out.sort(key=lambda m: m.start)
    if regions is not None:
        out = _drop_overlaps(out)
    return out


def _widen(readings: list[Mention], unresolved: Mention | None) -> Mention:
    """One mention for the readings of an expression over a publication window."""
    m = readings[0]
    future = all(r.future for r in readings)  # forward from every possible publication day
    if all(r.value == m.value and r.first == m.first and r.last == m.last for r in readings):
        return m if m.future == future else replace(m, future=future)
    if any(r.first is None for r in readings):
        return unresolved if unresolved is not None else m
    lo = min(r.first for r in readings)
    hi = max(r.last for r in readings)
    if not m.value[:1].isdigit():  # PRESENT_REF, P2M: the value holds, the interval widens
        if all(r.value == m.value for r in readings):
            return replace(m, first=lo, last=hi, future=future)
        return unresolved if unresolved is not None else m
    if lo.isocalendar()[:2] == hi.isocalendar()[:2]:
        y, w, _ = lo.isocalendar()
        precision, value = "week", timex.value("week", y, w)
        first, last = timex.interval("week", y, w)
    elif (lo.year, lo.month) == (hi.year, hi.month):
        precision, value = "month", timex.value("month", lo.year, lo.month)
        first, last = timex.interval("month", lo.year, lo.month)
    elif lo.year == hi.year:
        precision, value = "year", timex.value("year", lo.year)
        first, last = timex.interval("year", lo.year)
    else:
        return unresolved if unresolved is not None else replace(
            m, value="XXXX", type="DATE", first=None, last=None, precision="year", anchor="unresolved", mod=None)
    return replace(m, value=value, type="DATE", first=first, last=last, precision=precision, mod=None, future=future,
                   why=m.why + because(f"widened: the readings over the publication window differ; the {precision} "
                                       "holding them all (find_dates_within _widen)"))


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Overlapping regions could yield overlapping mentions; keep the first."""
    kept: list[Mention] = []
    for m in mentions:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


__all__ = ["find_dates", "find_dates_within", "Mention"]
