"""Calendar values: hits that name calendar components ("May 2010", "Friday", "in June").

`calendar_value` tries, in order: a stated century or decade, a stated year
(absolute), the story's year ("July of that year", narrative), nothing to
anchor on (unresolved), and then relative to publication by the tense of
the clause: a range of year-less months as one, a weekday, a month-day, a
cyclic period (month, season, quarter, half).

Year-less months, seasons, quarters and halves follow news convention, as
HeidelTime's news mode does: past clause, the latest such period at or
before publication ("Shares hit a record in March", published 2025-01-20:
2024-03); future clause, the first at or after ("will cut in June":
2025-06); no tense, the nearest one ("December sales" in January is the
December just gone; six periods either way is a tie, which goes to the
publication's year). Year-less month-days work alike, except that a date
within a few days of publication keeps the publication's year whatever the
tense says.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ...model import Mention
from .. import timex
from ..engine import Hit
from .anchor import Anchor, deadline, explain, fineness, mention, period, resolved
from .nearest import (cycle, month_range_start, nearest_year, pick, pick_rule, uncycle, weekday_near, weekday_rule,
                      year_matching_weekday)

SLACK_AHEAD = 7  # days a "future" date may lie before publication
SLACK_BACK = 2  # days a "past" date may lie after publication (time zones, late edits)


def calendar_value(a: Anchor, h: Hit) -> Mention | None:
    """The value of a calendar hit, by the first of the steps above that applies."""
    if h.century is not None:
        return resolved(period(a, h, "century", h.century, None, None, "absolute"), "stated", "calendar calendar_value")
    if h.decade is not None:
        return resolved(period(a, h, "decade", h.decade, None, None, "absolute"), "stated", "calendar calendar_value")
    precision, sub = precision_of(h)
    if h.year is not None:
        return resolved(period(a, h, precision, h.year, sub, h.day, "absolute"), "the stated year", "calendar calendar_value")
    if h.base == "narrative" and h.rule == "month" and (story := story_date(a)) is not None:
        # "July of that year": the year the story is in
        m = period(a, h, precision, story.first.year + int(h.n or 0), sub, h.day, "narrative")
        return resolved(m, f"the year of the story's '{story.text}'", "calendar story_date")
    pub = a.published
    if pub is None:
        return resolved(mention(a, h, unresolved_value(h), precision, None, None, "unresolved"),
                        "no publication date", "calendar unresolved_value")
    if h.months is not None:  # "the April to September period": the tense of the whole range
        whole = replace(h, start=h.months[2], end=h.months[3])
        direction, why = deadline(h, a.tense(whole))
        m = explain(month_range(a, h, pub, direction), lambda: f"month range: {why}")
        return resolved(m, "one year for the whole range", "nearest month_range_start")
    direction, why = _direction(a, h)
    if precision == "day" and h.month is None:
        what, (m, how, where) = "weekday", weekday(a, h, pub, direction)
    elif precision == "day":
        what, (m, how, where) = "day", month_day(a, h, pub, direction)
    else:
        what, (m, how, where) = precision, cyclic(a, h, precision, sub, pub, direction)
    return resolved(explain(m, lambda: f"{what}: {why}"), how, where)


def _direction(a: Anchor, h: Hit) -> tuple[int, str]:
    """Stated by the text ("last May", "next Friday"), else the tense of the clause."""
    if h.rel is not None:
        word = {-1: "past", 1: "future"}.get(h.rel, "this one")
        return h.rel, f"{word}, stated in '{a.text[h.start:h.end]}' (stated_direction)"
    return deadline(h, a.tense(h))


def story_date(a: Anchor) -> Mention | None:
    """The latest story date no coarser than a year."""
    return next((s for s in reversed(a.story) if fineness(s) <= 5 and s.first is not None), None)


def weekday(a: Anchor, h: Hit, pub: date, direction: int) -> tuple[Mention | None, str, str]:
    """A weekday alone ("on Friday"): the most recent one, unless the clause looks forward."""
    if h.small_hours and direction <= 0 and (h.weekday - pub.weekday()) % 7 == 1:
        # A story is dated when it is filed: what it reports from "shortly after
        # midnight Wednesday" or "early Wednesday" in a Tuesday story happened
        # hours later, not six days before (overnight news, other time zones);
        # told in the past ("was brought up"), it has happened: no forward look.
        d = pub + timedelta(days=1)
        m = period(a, h, "day", d.year, d.month, d.day, "publication", direction == 0)
        return m, "the small hours of the day after publication", "calendar small_hours"
    d = weekday_near(pub, h.weekday, h.rel, direction)
    m = period(a, h, "day", d.year, d.month, d.day, "publication", d > pub)
    return m, weekday_rule(h.rel, direction), "nearest weekday_near"


def month_day(a: Anchor, h: Hit, pub: date, direction: int) -> tuple[Mention | None, str, str]:
    """A month-day without a year ("Nov. 5"): the publication's year, unless the
    direction puts it a year off; a weekday given with it ("Friday, Nov. 8") picks the year."""
    year, how = pub.year, "the publication's year"
    try:
        cand = date(year, h.month, h.day)
    except ValueError:
        return None, "", ""
    # A date a few days off the publication date is that date, whatever
    # the tense says: a whole year away is the less likely reading.
    if direction < 0 and (cand - pub).days > SLACK_BACK and h.rel is None:
        year, how = year - 1, "the year before, as it lies after publication in a past clause"
    elif direction > 0 and (pub - cand).days > SLACK_AHEAD:
        year, how = year + 1, "the year after, as it lies before publication in a future clause"
    elif h.rel == -1 and cand >= pub:
        year, how = year - 1, "the year before, as 'last' is before publication"
    elif direction == 0 and h.rel is None:
        year, how = nearest_year(pub, h.month, h.day), "the year nearest publication (nearest_year)"
    if h.weekday is not None:
        year, how = year_matching_weekday(pub, h.month, h.day, h.weekday, year, direction), \
            "the year whose day has the stated weekday (year_matching_weekday)"
    try:
        later = date(year, h.month, h.day) > pub
    except ValueError:
        return None, "", ""
    return period(a, h, "day", year, h.month, h.day, "publication", later), how, "calendar month_day"


def cyclic(a: Anchor, h: Hit, precision: str, sub, pub: date, direction: int) -> tuple[Mention | None, str, str]:
    """A month, season, quarter or half without a year: picked by direction."""
    size, phase, now = cycle(precision, sub, pub)
    k = pick(now, phase, size, direction, h.rel)
    year, sub = uncycle(precision, k, size)
    return period(a, h, precision, year, sub, None, "publication", k > now), pick_rule(direction, h.rel), "nearest pick"


def month_range(a: Anchor, h: Hit, pub: date, direction: int) -> Mention | None:
    """A member of a range of year-less months ("April to September"): one year choice for the range."""
    first, last = h.months[0], h.months[1]
    k, now = month_range_start(pub, first, last, direction)
    if h.month != first:
        k += (last - first) % 12
    return period(a, h, "month", k // 12, k % 12 + 1, None, "publication", k > now)


def stretch(h: Hit, m: Mention) -> Mention:
    """A day widened to the range or the week the text names around it."""
    if h.unit == "week":  # "the week of March 5"
        if m.first is None:
            return replace(m, value="XXXX-WXX", precision="week")
        y, w, _ = m.first.isocalendar()
        first, last = timex.interval("week", y, w)
        m = replace(m, value=timex.value("week", y, w), precision="week", first=first, last=last)
        return explain(m, "resolved: widened to the week holding the day (resolve/calendar stretch)")
    if h.day_to is not None and m.first is not None:  # "Nov. 4-6": valued by its first day
        m = replace(m, last=m.first.replace(day=h.day_to))
        return explain(m, "resolved: widened to the stated range of days (resolve/calendar stretch)")
    return m


def precision_of(h: Hit) -> tuple[str, object]:
    """The precision a calendar hit names, and its sub-period (month, season, ...)."""
    if h.day is not None or (h.weekday is not None and h.month is None):
        return "day", h.month
    if h.month is not None:
        return "month", h.month
    if h.season is not None:
        return "season", h.season
    if h.quarter is not None:
        return "quarter", h.quarter
    if h.half is not None:
        return "half", h.half
    return "year", None


def unresolved_value(h: Hit) -> str:
    """The TIMEX3 value with X placeholders, for a hit with nothing to anchor on."""
    if h.month is None and h.weekday is not None:
        return f"XXXX-WXX-{h.weekday + 1}"
    if h.day is not None:
        return f"XXXX-{h.month:02d}-{h.day:02d}"
    if h.month is not None:
        return f"XXXX-{h.month:02d}"
    if h.season is not None:
        return f"XXXX-{h.season}"
    if h.quarter is not None:
        return f"XXXX-Q{h.quarter}"
    if h.half is not None:
        return f"XXXX-H{h.half}"
    return "XXXX"
