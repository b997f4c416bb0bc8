"""Shifts: whole units from an anchor ("yesterday", "last week", "two days ago", "a year later").

`shift_value` takes, in order: the number of units (a bare "the weekend" is
the latest one, or the coming one in a forward clause), the anchor (the
publication date, or for narrative shifts the story's latest date fine
enough for the unit; none right after a vague past time such as "several
years ago", whose shifts are undated), the end-of-period correction ("peaked at the end of
the year" written in February is last year's end), then the period `n`
units on from the anchor.
"""

from __future__ import annotations

from datetime import date, timedelta

from ...model import Mention
from .. import timex
from ..engine import Hit
from .anchor import FINENESS, UNRESOLVED, Anchor, explain, fineness, mention, period, resolved
from .reporting import year_back_of_period

NARRATIVE_REACH = 400  # characters: how far back a coarser story date still anchors


def shift_value(a: Anchor, h: Hit) -> Mention | None:
    """The period `h.n` `h.unit`s from its anchor."""
    unit = h.unit or "day"
    n, why_n = _count(a, h, unit)
    if h.rule in ("ago", "narrative") and (back := year_back_of_period(a, h, unit, n)) is not None:
        return back
    if h.base == "narrative" and (vague := _vague_base(a, h)) is not None:
        m = mention(a, h, UNRESOLVED.get(unit, "XXXX"), _precision(unit), None, None, "unresolved")
        return resolved(m, f"shifted from the undated '{vague.text}'", "shift _vague_base")
    if h.base == "narrative":
        coarse = _story_period(a, h, unit)
        if coarse is not None:
            return coarse
        anchor, base_day, base_name = _narrative_base(a, h, unit)
    else:
        anchor, base_day, base_name = "publication", a.published, "the publication's"
    if base_day is None:
        m = mention(a, h, UNRESOLVED.get(unit, "XXXX"), _precision(unit), None, None, "unresolved")
        return resolved(m, "nothing to shift from", "shift shift_value")
    n, why_edge = _edge_of_year(a, h, unit, anchor, base_day, n)
    m = _shifted(a, h, unit, n, base_day, anchor)
    m = explain(m, *(r for r in (why_n, why_edge) if r))
    return resolved(m, lambda: shift_description(unit, n, base_name), "shift shift_value")


def shift_description(unit: str, n: int, base: str) -> str:
    """"the week before the publication's", "2 days after the story's 'June 5'"."""
    if n == 0:
        return f"{base} {unit}"
    count = f"the {unit}" if abs(n) == 1 else f"{abs(n)} {unit}s"
    return f"{count} {'before' if n < 0 else 'after'} {base}"


def _count(a: Anchor, h: Hit, unit: str) -> tuple[int, str]:
    """How many units: stated, or for a bare "the weekend" chosen by the clause."""
    n = int(h.n or 0)
    if h.n is None and unit == "weekend" and a.published is not None:
        if a.published.weekday() >= 5:
            return 0, "weekend: this one, publication falls on a weekend (weekend_count)"
        t = a.tense(h)
        if t.direction > 0:
            return 0, f"weekend: the coming one, {t.word}, {t.describe()}"
        return -1, f"weekend: the last one, {t.word}, {t.describe()}"
    return n, ""


VAGUE_REACH = 200  # characters: how far a vague past time ("years ago") still holds the story


def _vague_base(a: Anchor, h: Hit) -> Mention | None:
    """"Several years ago, she was reported executed but reappeared the
    following year": a narrative shift right after a vague past time (and no
    date since) counts from that time, which has no calendar value; so has
    the shift."""
    v = a.vague
    return v if v is not None and 0 <= h.start - v.end <= VAGUE_REACH else None


def _story_period(a: Anchor, h: Hit, unit: str) -> Mention | None:
    """"In June 2019 ... The day before": the story is in June 2019 but no
    finer date is near; say so at that precision rather than jump to publication."""
    need = FINENESS.get(unit if unit != "weekend" else "week", 0)
    latest = a.story[-1] if a.story else None
    fine = _fine_story_date(a, need)
    near_fine = fine is not None and h.start - fine.end <= NARRATIVE_REACH
    if latest is not None and not near_fine and fineness(latest) > need \
            and h.start - latest.end <= NARRATIVE_REACH and latest.first is not None:
        m = Mention(start=h.start, end=h.end, text=a.text[h.start:h.end],
                    value=latest.value, type="DATE", first=latest.first, last=latest.last,
                    precision=latest.precision, anchor="narrative", rule=h.rule,
                    mod="APPROX", future=False, why=h.why)
        return resolved(m, f"the story's period, '{latest.text}', has no finer date near", "shift _story_period")
    return None


def _fine_story_date(a: Anchor, need: int) -> Mention | None:
    """The latest story date at least as fine as the shift's unit."""
    return next((s for s in reversed(a.story) if fineness(s) <= need), None)


def _narrative_base(a: Anchor, h: Hit, unit: str) -> tuple[str, date | None, str]:
    """(anchor, day, its name) of a narrative shift: the story's fine date, else publication
    ("the same day" without a story date stays unresolved)."""
    base = _fine_story_date(a, FINENESS.get(unit if unit != "weekend" else "week", 0))
    if base is None:
        return "publication", None if h.rule == "narrative_same" else a.published, "the publication's"
    return "narrative", base.first, f"the story's '{base.text}'"


def _edge_of_year(a: Anchor, h: Hit, unit: str, anchor: str, base_day: date, n: int) -> tuple[int, str]:
    """"peaked at the end of the year", written in February: last year's end."""
    if h.rule == "edge_of" and h.mod == "END" and unit in ("year", "month") and anchor == "publication":
        early = base_day.month <= 3 if unit == "year" else base_day.day <= 7
        if early:
            t = a.tense(h, whole_text=True)
            if t.direction < 0:
                return -1, f"end of the {unit}: the last one, early in the {unit} and {t.word}, {t.describe()}"
    return n, ""


def _shifted(a: Anchor, h: Hit, unit: str, n: int, base_day: date, anchor: str) -> Mention | None:
    """The period `n` units from `base_day`."""
    fut = n > 0
    if unit == "weekend":
        d = timex.week_monday(base_day) + timedelta(weeks=n)
        iso = d.isocalendar()
        sat = d + timedelta(days=5)
        return mention(a, h, f"{iso[0]:04d}-W{iso[1]:02d}-WE", "week", sat, sat + timedelta(days=1), anchor, fut)
    step = _UNIT_STEPS.get(unit)
    if step is None:
        return None
    precision, year, sub, day = step(base_day, n)
    return period(a, h, precision, year, sub, day, anchor, fut)


def _day(d: date, n: int):
    d = d + timedelta(days=n)
    return "day", d.year, d.month, d.day


def _week(d: date, n: int):
    iso = (timex.week_monday(d) + timedelta(weeks=n)).isocalendar()
    return "week", iso[0], iso[1], None


def _month(d: date, n: int):
    y, mo = timex.add_months(d.year, d.month, n)
    return "month", y, mo, None


def _quarter(d: date, n: int):
    k = d.year * 4 + (d.month - 1) // 3 + n
    return "quarter", k // 4, k % 4 + 1, None


def _season(d: date, n: int):
    y, s = timex.shift_season(*timex.season_of(d), n)
    return "season", y, s, None


# The period n units from a day, per unit: (precision, year, sub-period, day).
_UNIT_STEPS = {
    "day": _day, "week": _week, "month": _month, "quarter": _quarter, "season": _season,
    "year": lambda d, n: ("year", d.year + n, None, None),
    "decade": lambda d, n: ("decade", (d.year // 10 + n) * 10, None, None),
    "century": lambda d, n: ("century", (d.year // 100 + n) * 100, None, None),
}


def _precision(unit: str) -> str | None:
    return "week" if unit == "weekend" else unit if unit in FINENESS else None
