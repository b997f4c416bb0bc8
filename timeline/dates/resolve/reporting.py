"""Financial reporting periods ("the quarter", "the year-ago period", "the
full year"): the period the story reports, or the one a year before it.

Results reporting is about one period at a time, named once ("third-quarter
profit rose") and then referred to: "the quarter" is that quarter, "the
year-earlier quarter" and "the year-ago period" are the same period a year
before, "the year" and "the full year" the year it lies in. So the story's
latest reporting period (a quarter or half; for the year also a year) within
`REACH` characters anchors them. Without one, news reports a period after it
ends: "the quarter" in a past or tenseless clause is the last complete
quarter at publication, in a forward clause the current one; "the year" is
the publication's year, or the one before when a past clause is written in
its first quarter (annual results are reported in the following months).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Mention
from ..engine import Hit
from .. import timex
from .anchor import UNRESOLVED, Anchor, mention, period, resolved

REACH = 600  # characters: how far back a reporting period still anchors
# Periods a year back from the reported one: they are not what the story reports.
_NOT_REPORTED = {"year_ago_period", "ago", "narrative"}
_STORY_PRECISIONS = {"quarter": ("quarter",), "half": ("half",), "period": ("quarter", "half"),
                     "year": ("quarter", "half", "year"), "week": ("day", "week")}


def story_period(a: Anchor, h: Hit, precisions, fiscal_years: bool = False) -> Mention | None:
    """The story's latest reporting period of one of `precisions`, if it is near.
    A "period" may also be a fiscal year ("the financial year ... the same
    period of the last year"); a calendar year named in passing is not one."""
    for s in reversed(a.story):
        if h.start - s.end > REACH:
            return None
        if s.rule in _NOT_REPORTED:
            continue  # "the year-ago period" is compared with, not reported
        fiscal_year = fiscal_years and s.precision == "year" and s.value.startswith("FY")
        if (s.precision in precisions or fiscal_year) and s.first is not None and timex.is_calendar(s.value):
            return s
    return None


def story_period_back(a: Anchor, h: Hit, s: Mention, precision: str, back: int) -> Mention | None:
    """The story period `s` (or, for precision "year", the year it lies in)
    `back` years on. A fiscal period stays fiscal: "a year earlier" after
    "its fiscal fourth quarter" (FY2010-Q4) is FY2009-Q4, the year of a fiscal
    quarter its fiscal year; the interval is the calendar's, shifted."""
    sub = None if precision == "year" else _sub(s)
    m = period(a, h, precision, s.first.year + back, sub, None, "narrative")
    fy = re.match(r"FY(\d{4})(-[QH]\d)?", s.value)
    if m is None or fy is None:
        return m
    return replace(m, value=f"FY{int(fy[1]) + back}" + ("" if precision == "year" else fy[2] or ""))


def reporting_value(a: Anchor, h: Hit) -> Mention | None:
    unit, back = h.unit or "quarter", int(h.n or 0)
    if unit == "year_part":
        return _part_of_year(a, h, back)
    if unit == "fiscal_quarter":
        return fiscal_quarter(a, h)
    if unit == "fiscal_year_end":
        return fiscal_year_end(a, h)
    s = story_period(a, h, _STORY_PRECISIONS.get(unit, ("quarter",)), fiscal_years=unit == "period")
    if s is not None:
        if unit == "week":
            y, w, _ = s.first.isocalendar()
            m = period(a, h, "week", y, w, None, "narrative")
        else:
            m = story_period_back(a, h, s, "year" if unit == "year" else s.precision, back)
        return resolved(m, f"the story's reporting period '{s.text}'" + (" a year before" if back else ""),
                        "reporting reporting_value")
    pub = a.published
    if pub is None:
        precision = "quarter" if unit == "period" else unit
        return mention(a, h, UNRESOLVED.get(precision, "XXXX"), precision, None, None, "unresolved")
    if unit == "week":
        y, w, _ = pub.isocalendar()
        return resolved(period(a, h, "week", y, w, None, "publication"), "the publication's week",
                        "reporting reporting_value")
    t = a.tense(h)
    if unit == "year":
        y = pub.year - 1 if t.direction < 0 and pub.month <= 3 else pub.year
        m = period(a, h, "year", y + back, None, None, "publication")
        return resolved(m, f"the year reported, {t.word} ({t.describe()})" + (", a year before" if back else ""),
                        "reporting reporting_value")
    precision = "half" if unit == "half" else "quarter"
    per_year = 2 if precision == "half" else 4
    k = pub.year * per_year + (pub.month - 1) // (12 // per_year) - (0 if t.direction > 0 else 1)
    m = period(a, h, precision, k // per_year + back, k % per_year + 1, None, "publication")
    how = "the current quarter, a forward clause" if t.direction > 0 else "the last complete quarter at publication"
    return resolved(m, how + (", a year before" if back else ""), "reporting reporting_value")


def _part_of_year(a: Anchor, h: Hit, rel: int) -> Mention | None:
    """"the first quarter of the year": that quarter of the publication's year
    ("of last year": of the year before)."""
    precision, sub = ("quarter", h.quarter) if h.quarter else ("half", h.half)
    if a.published is None:
        return mention(a, h, f"XXXX-{precision[0].upper()}{sub}", precision, None, None, "unresolved")
    m = period(a, h, precision, a.published.year + rel, sub, None, "publication")
    return resolved(m, "of the publication's year" if rel == 0 else f"of the year {rel:+d} from publication's",
                    "reporting _part_of_year")


def fiscal_quarter(a: Anchor, h: Hit) -> Mention | None:
    """"the fiscal first quarter" without a year: the quarter reported, as for
    "the quarter" (the last complete calendar quarter; in a forward clause the
    current one), numbered in a fiscal year the text does not name. The value
    names the quarter as "the first quarter of fiscal 1990" is named: the year
    is the fiscal year's, the calendar year in which it ends (quarter 1 ending
    in September 1989 belongs to fiscal 1990). No company calendar is assumed
    beyond quarters that end where calendar quarters end."""
    n = h.quarter or 1
    pub = a.published
    if pub is None:
        return mention(a, h, f"FYXXXX-Q{n}", "quarter", None, None, "unresolved")
    t = a.tense(h)
    k = pub.year * 4 + (pub.month - 1) // 3 - (0 if t.direction > 0 else 1)  # the calendar quarter reported
    fiscal_year = (k + 4 - n) // 4
    first, last = timex.interval("quarter", k // 4, k % 4 + 1, None)
    m = mention(a, h, f"FY{fiscal_year}-Q{n}", "quarter", first, last, "publication", t.direction > 0)
    how = "the current quarter, a forward clause" if t.direction > 0 else "the last complete quarter at publication"
    return resolved(m, f"{how}, {t.word} ({t.describe()}), quarter {n} of fiscal {fiscal_year}",
                    "reporting fiscal_quarter")


def fiscal_year_end(a: Anchor, h: Hit) -> Mention | None:
    """"the fiscal year ended June 30" (FY of the year of that day): the latest
    such day at or before publication; "ending"/"ends" the next one on or after it."""
    pub = a.published
    if pub is None:
        return mention(a, h, "FYXXXX", "year", None, None, "unresolved")
    y = pub.year
    if h.rel < 0 and (h.month, h.day) > (pub.month, pub.day):
        y -= 1
    elif h.rel > 0 and (h.month, h.day) < (pub.month, pub.day):
        y += 1
    m = period(a, h, "year", y, None, None, "publication", h.rel > 0)
    m = m and replace(m, value=f"FY{y}")
    how = "the last such day at or before publication" if h.rel < 0 else "the next such day from publication"
    return resolved(m, f"the fiscal year ending on {h.month}/{h.day}, {how}", "reporting fiscal_year_end")


def fiscal_year_value(h: Hit, m: Mention | None) -> Mention | None:
    """"fiscal 1990", "FY2024", "the first quarter of fiscal 1990": a fiscal
    year is marked as TIDES and TimeML values mark it (FY1990, FY1990-Q1), as
    MEANTIME's gold does ("the very beginning of the financial year" = FY2007).
    Its interval stays the calendar year's: no company calendar is assumed."""
    if m is None or not h.fiscal or not m.value[:1].isdigit():
        return m
    return resolved(replace(m, value="FY" + m.value), "a fiscal year (FY)", "reporting fiscal_year_value")


def _sub(s: Mention) -> int:
    """The quarter or half number of a story period."""
    if s.precision == "quarter":
        return (s.first.month - 1) // 3 + 1
    return (s.first.month - 1) // 6 + 1


# "Quarterly Net Income Declines Almost 7 Percent From a Year Ago": a quarter's
# figure compared with "a year ago", no quarter named before it in the clause.
_QUARTERLY_COMPARED = re.compile(
    r"\b(?i:quarterly)\b[^.;!?]{0,100}?\b(?i:from|than|over|versus|compared\s+(?:with|to))\s+$")


def _last_quarter_back(a: Anchor, h: Hit, n: int) -> Mention | None:
    """The last complete quarter at publication, `-n` years before: the quarter
    a results story reports, compared with the same quarter then."""
    k = a.published.year * 4 + (a.published.month - 1) // 3 - 1
    m = period(a, h, "quarter", k // 4 + n, k % 4 + 1, None, "publication")
    return resolved(m, f"a quarterly figure compared: the last complete quarter at publication, {-n} year"
                    f"{'s' if n < -1 else ''} before", "reporting year_back_of_period")


# "April through June 2010", "the July-September period": a run of months
_MONTHS_RUN = frozenset({"-", "–", "—", "to", "through", "thru"})


def _quarter_of_months(a: Anchor, h: Hit) -> Mention | None:
    """"sales for the April through June 2010 period were up 6.8 percent from
    the same period a year ago": the story's latest months, a run from a
    quarter's first month to its last, are that quarter (None otherwise)."""
    months = [s for s in a.story if s.precision == "month" and s.first is not None]
    if len(months) < 2 or h.start - months[-1].end > REACH // 2:
        return None
    lo, hi = months[-2], months[-1]
    if not (lo.first.year == hi.first.year and lo.first.month % 3 == 1 and hi.first.month == lo.first.month + 2
            and a.text[lo.end:hi.start].strip().lower() in _MONTHS_RUN):
        return None
    q = period(a, h, "quarter", lo.first.year, (lo.first.month - 1) // 3 + 1, None, "narrative")
    return q and replace(q, text=a.text[lo.start:hi.end])


def year_back_of_period(a: Anchor, h: Hit, unit: str, n: int) -> Mention | None:
    """"rose 5 percent from a year ago" after "third-quarter profit": in results
    reporting a whole number of years back from a quarter or half is that
    period in the earlier year, not the earlier year as a whole."""
    if unit != "year" or n >= 0:
        return None
    s = story_period(a, h, ("quarter", "half")) or _quarter_of_months(a, h)
    if s is None and _QUARTERLY_COMPARED.search(a.text, max(0, h.start - 120), h.start) and a.published is not None:
        return _last_quarter_back(a, h, n)
    if s is None or h.start - s.end > REACH // 2:
        return None
    m = story_period_back(a, h, s, s.precision, n)
    return resolved(m, f"the story's reporting period '{s.text}', {-n} year{'s' if n < -1 else ''} before",
                    "reporting year_back_of_period")
