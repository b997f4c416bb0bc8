"""Picking the year, weekday or period nearest the publication in a direction.

News convention: a year-less date or weekday is read relative to the
publication date; past clauses take the latest one at or before it, future
clauses the first one at or after it, and without tense the nearest one.
"""

from __future__ import annotations

from datetime import date, timedelta

from .. import timex


def nearest_year(pub: date, month: int, day: int) -> int:
    """The year that puts month/day closest to the publication date."""
    best = pub.year
    for y in (pub.year - 1, pub.year + 1):
        try:
            if abs((date(y, month, day) - pub).days) < abs((date(best, month, day) - pub).days):
                best = y
        except ValueError:
            pass
    return best


# Years either side of the tense's choice where a stated weekday may move a
# month-day: news dates a year-less day within a year of publication, so a
# weekday that fits only a year further off is a slip, and the date stands.
WEEKDAY_YEAR_REACH = 1


def year_matching_weekday(pub: date, month: int, day: int, weekday: int, guess: int, direction: int = 0) -> int:
    """"Friday, Nov. 8": the year next to the tense's `guess` whose Nov. 8 is a
    Friday ("Friday, Jan. 3" in a late-December story is next year's); if no
    year that near has it, the stated date in the guessed year stands
    ("Tuesday, March 18" in 2013, whose March 18 is a Monday, is 2013's, not
    2008's). A neighbour year on the wrong side of publication for the
    clause's `direction` is not taken (a past "Tuesday, March 18" is not next
    year's), unless its day lies within a week of publication: a fitting
    weekday that near is the day meant, the tense read is what is in doubt
    ("will be sent only on Tuesday, May 29" four days ahead)."""
    best = None
    for y in range(guess - WEEKDAY_YEAR_REACH, guess + WEEKDAY_YEAR_REACH + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        # the wrong side of publication for the clause's tense; but a day within
        # a week of publication whose weekday fits is the one meant, whatever the tense read
        wrong_side = (y != guess and abs((d - pub).days) > 7
                      and ((direction < 0 and d > pub) or (direction > 0 and d < pub)))
        if d.weekday() == weekday and not wrong_side and (best is None or abs(y - guess) < abs(best - guess)):
            best = y
    return guess if best is None else best


def weekday_near(pub: date, wd: int, rel: int | None, direction: int) -> date:
    """News convention: the most recent such day (publication day included),
    unless the clause looks forward; "last Friday" is strictly before."""
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if rel == -1:
        return pub - timedelta(days=back or 7)
    if rel == 1:
        return pub + timedelta(days=ahead or 7)
    if direction > 0:
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=back)


def weekday_rule(rel: int | None, direction: int) -> str:
    """Which reading `weekday_near` took, in words."""
    if rel == -1:
        return "the last such day before publication"
    if rel == 1:
        return "the next such day after publication"
    if direction > 0:
        return "the coming such day (publication day included)"
    return "the most recent such day (publication day included)"


def cycle(precision: str, sub, pub: date) -> tuple[int, int, int]:
    """(cycle length, phase of the named period, index of the publication's period)."""
    if precision == "month":
        return 12, sub - 1, pub.year * 12 + pub.month - 1
    if precision == "season":
        y, s = timex.season_of(pub)
        return 4, timex.SEASON_ORDER.index(sub), y * 4 + timex.SEASON_ORDER.index(s)
    if precision == "quarter":
        return 4, sub - 1, pub.year * 4 + (pub.month - 1) // 3
    if precision == "half":
        return 2, sub - 1, pub.year * 2 + (pub.month - 1) // 6
    return 1, 0, pub.year


def uncycle(precision: str, k: int, size: int):
    """(year, sub-period) of the period with index `k`."""
    if precision == "season":
        return k // 4, timex.SEASON_ORDER[k % 4]
    if precision == "year":
        return k, None
    return k // size, k % size + 1


def pick(now: int, phase: int, size: int, direction: int, rel: int | None) -> int:
    """Index of the period with `phase` chosen by direction (see `pick_rule`)."""
    same = now - now % size + phase
    if rel == -1:
        return same if same < now else same - size
    if rel == 1:
        return same if same > now else same + size
    if rel == 0:
        return same
    if direction < 0:
        return same if same <= now else same - size
    if direction > 0:
        return same if same >= now else same + size
    # No tense: the nearest such period ("in December", written in January,
    # is the December just gone); a tie goes to the publication's year.
    return min((same, same - size, same + size), key=lambda k: abs(k - now))


def pick_rule(direction: int, rel: int | None) -> str:
    """Which reading `pick` took, in words."""
    if rel is not None:
        return {-1: "the latest strictly before publication", 1: "the first strictly after publication",
                0: "the one of the publication's year"}[rel]
    if direction < 0:
        return "the latest at or before publication"
    if direction > 0:
        return "the first at or after publication"
    return "the nearest to publication"


def month_range_start(pub: date, first: int, last: int, direction: int) -> tuple[int, int]:
    """(month index of the range's start, of publication) for a year-less range
    of months ("April to September"): past, the latest range begun by
    publication; future, the first not yet over; no tense, the nearest range
    (one holding publication is nearest), a tie going to the publication's year."""
    length = (last - first) % 12
    now = pub.year * 12 + pub.month - 1
    same = now - now % 12 + first - 1
    starts = (same - 12, same, same + 12)
    if direction < 0:
        return max(s for s in starts if s <= now), now
    if direction > 0:
        return min(s for s in starts if s + length >= now), now

    def far(s):
        return 0 if s <= now <= s + length else min(abs(s - now), abs(s + length - now))
    return min(starts, key=lambda s: (far(s), abs(s // 12 - pub.year))), now
