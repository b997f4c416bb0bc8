"""Resolution: turn hits into calendar values.

Each hit is resolved against one anchor, chosen here and only here:
  absolute     the text gives the year (or decade, century)
  publication  relative to the publication date; year-less dates and weekdays
               take their direction from the tense of their clause
  narrative    relative to the most recent dated expression before it
  unresolved   relative, but there is nothing to resolve against (no
               publication date): the value keeps X placeholders

Year-less months, seasons, quarters and halves ("in June", "December
sales") follow news convention, as HeidelTime's news mode does: they are
read relative to the publication date, and the tense of their clause
(`tense.tense`) picks the direction.
  past clause    the latest such period at or before publication
                 ("Shares hit a record in March", published 2025-01-20:
                 2024-03)
  future clause  the first at or after publication ("will cut in June":
                 2025-06)
  no tense       the nearest one ("December sales", published 2025-01-20:
                 2024-12; "sales figures for June": 2025-06); six periods
                 either way is a tie, which goes to the publication's year.
                 HeidelTime takes the publication's year outright; the
                 nearest period agrees with it for half the year and is the
                 likelier reading early in a year ("December sales" in
                 January is the December just gone).
Verbs whose past is their base form ("cut", "hit", "put") count as past when
the grammar allows the past (see `tense._same_past`): a year-less date in a
narrated single event is past far more often than a present habit.
A range of year-less months ("the April to September period") is one
choice: the tense of the whole range, past the latest range begun by
publication, future the first not yet over, no tense the nearest range.
Year-less month-days work alike, except that a date within a few days of
publication keeps the publication's year whatever the tense says.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..model import Mention
from . import timex, vocab
from .engine import Context, Hit
from .tense import tense

_UNRESOLVED = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "season": "XXXX-XX", "half": "XXXX-HX", "year": "XXXX",
    "decade": "XXX", "century": "XX",
}
_SLACK_AHEAD = 7  # days a "future" date may lie before publication
_SLACK_BACK = 2  # days a "past" date may lie after publication (time zones, late edits)
_NARRATIVE_REACH = 400  # characters: how far back a coarser story date still anchors
_FINENESS = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5,
             "decade": 6, "century": 7}


class Resolver:
    """Resolves hits in narrative order, remembering the last dated expression."""

    def __init__(self, ctx: Context, tenses: dict | None = None):
        self.ctx = ctx
        self.story: list[Mention] = []  # dated expressions so far, the narrative anchors
        # Tense does not depend on the publication date: resolvers of one text
        # for several dates (`find_dates_within`) share it.
        self.tenses: dict = {} if tenses is None else tenses

    def _tense(self, h: Hit, lo: int = 0, hi: int | None = None) -> int:
        key = (h.start, h.end, lo, hi)
        t = self.tenses.get(key)
        if t is None:
            t = self.tenses[key] = tense(self.ctx.text, h.start, h.end, lo, hi).direction
        return t

    def __call__(self, h: Hit, lo: int, hi: int) -> Mention | None:
        try:
            return self._resolve(h, lo, hi)
        except (ValueError, OverflowError):
            return None  # off the calendar (year 0 or 10000): no date to give

    def _resolve(self, h: Hit, lo: int, hi: int) -> Mention | None:
        kind = h.kind
        if kind == "cal":
            m = self._cal(h, lo, hi)
        elif kind == "shift":
            m = self._shift(h, lo, hi)
        elif kind == "ref":
            m = self._ref(h)
        elif kind == "holiday":
            m = self._holiday(h, lo, hi)
        else:
            m = self._duration(h)
        if m is not None and kind == "cal" and m.precision == "day":
            m = self._stretch(h, m)
        if m is not None and m.first is not None and m.type in ("DATE", "TIME") and m.value[0].isdigit():
            self.story.append(m)
            if len(self.story) > 16:
                del self.story[:8]
        return m

    # -- helpers -----------------------------------------------------------
    def _mention(self, h: Hit, value: str, precision: str | None, first: date | None,
                 last: date | None, anchor: str, future: bool = False, type_: str | None = None) -> Mention:
        t = type_ or h.type
        if h.part and t in ("DATE", "TIME") and precision == "day":
            value = f"{value}T{h.part}"
            t = "TIME"
        return Mention(start=h.start, end=h.end, text=self.ctx.text[h.start:h.end], value=value,
                       type=t, first=first, last=last, precision=precision, anchor=anchor,
                       rule=h.rule, mod=h.mod, future=future)

    def _period(self, h: Hit, precision: str, year: int, sub, day, anchor: str, future: bool = False):
        try:
            first, last = timex.interval(precision, year, sub, day)
        except ValueError:
            return None
        return self._mention(h, timex.value(precision, year, sub, day), precision, first, last, anchor, future)

    # -- calendar components --------------------------------------------------
    def _cal(self, h: Hit, lo: int, hi: int) -> Mention | None:
        if h.century is not None:
            return self._period(h, "century", h.century, None, None, "absolute")
        if h.decade is not None:
            return self._period(h, "decade", h.decade, None, None, "absolute")
        precision, sub = _precision(h)
        if h.year is not None:
            return self._period(h, precision, h.year, sub, h.day, "absolute")
        if h.base == "narrative" and h.rule == "month":  # "July of that year": the year the story is in
            story = next((s for s in reversed(self.story) if _FINENESS.get(s.precision or "century", 7) <= 5
                          and s.first is not None), None)
            if story is not None:
                return self._period(h, precision, story.first.year + int(h.n or 0), sub, h.day, "narrative")
        pub = self.ctx.published
        if pub is None:
            return self._mention(h, _unresolved_cal(h), precision, None, None, "unresolved")
        direction = h.rel
        if h.months is not None:  # "the April to September period": the tense of the whole range
            whole = replace(h, start=h.months[2], end=h.months[3])
            direction = _deadline(h, self._tense(whole, lo, hi))
            return self._month_range(h, pub, direction)
        if direction is None:
            direction = _deadline(h, self._tense(h, lo, hi))
        if precision == "day" and h.month is None:  # a weekday alone
            d = _weekday(pub, h.weekday, h.rel, direction)
            m = self._period(h, "day", d.year, d.month, d.day, "publication", d > pub)
            return m
        if precision == "day":
            year = pub.year
            try:
                cand = date(year, h.month, h.day)
            except ValueError:
                return None
            # A date a few days off the publication date is that date, whatever
            # the tense says: a whole year away is the less likely reading.
            if direction < 0 and (cand - pub).days > _SLACK_BACK and h.rel is None:
                year -= 1
            elif direction > 0 and (pub - cand).days > _SLACK_AHEAD:
                year += 1
            elif h.rel == -1 and cand >= pub:
                year -= 1
            elif direction == 0 and h.rel is None:
                year = _nearest_year(pub, h.month, h.day)
            if h.weekday is not None:
                year = _year_matching_weekday(pub, h.month, h.day, h.weekday, year)
            try:
                later = date(year, h.month, h.day) > pub
            except ValueError:
                return None
            return self._period(h, "day", year, h.month, h.day, "publication", later)
        # month, season, quarter, half: cyclic periods
        size, phase, now = _cycle(precision, sub, pub)
        k = _pick(now, phase, size, direction, h.rel)
        year, sub = _uncycle(precision, k, size)
        return self._period(h, precision, year, sub, None, "publication", k > now)

    def _month_range(self, h: Hit, pub: date, direction: int) -> Mention | None:
        """A member of a range of year-less months ("April to September"):
        past, the latest range begun by publication; future, the first not yet
        over; no tense, the nearest range (one holding publication is
        nearest), a tie going to the publication's year."""
        first, last = h.months[0], h.months[1]
        length = (last - first) % 12
        now = pub.year * 12 + pub.month - 1
        same = now - now % 12 + first - 1
        starts = (same - 12, same, same + 12)
        if direction < 0:
            k = max(s for s in starts if s <= now)
        elif direction > 0:
            k = min(s for s in starts if s + length >= now)
        else:
            def far(s):
                return 0 if s <= now <= s + length else min(abs(s - now), abs(s + length - now))
            k = min(starts, key=lambda s: (far(s), abs(s // 12 - pub.year)))
        if h.month != first:
            k += length
        return self._period(h, "month", k // 12, k % 12 + 1, None, "publication", k > now)

    def _stretch(self, h: Hit, m: Mention) -> Mention:
        """A day widened to the range or the week the text names around it."""
        if h.unit == "week":  # "the week of March 5"
            if m.first is None:
                return replace(m, value="XXXX-WXX", precision="week")
            y, w, _ = m.first.isocalendar()
            first, last = timex.interval("week", y, w)
            return replace(m, value=timex.value("week", y, w), precision="week", first=first, last=last)
        if h.day_to is not None and m.first is not None:  # "Nov. 4-6": valued by its first day
            return replace(m, last=m.first.replace(day=h.day_to))
        return m

    # -- shifts ------------------------------------------------------------
    def _shift(self, h: Hit, lo: int = 0, hi: int | None = None) -> Mention | None:
        unit = h.unit or "day"
        n = int(h.n or 0)
        if h.n is None and unit == "weekend" and self.ctx.published is not None:
            in_weekend = self.ctx.published.weekday() >= 5
            n = 0 if in_weekend or self._tense(h, lo, hi) > 0 else -1
        if h.base == "narrative":
            anchor = "narrative"
            need = _FINENESS.get(unit if unit != "weekend" else "week", 0)
            latest = self.story[-1] if self.story else None
            fine = next((s for s in reversed(self.story) if _FINENESS.get(s.precision or "century", 7) <= need), None)
            near_fine = fine is not None and h.start - fine.end <= _NARRATIVE_REACH
            if latest is not None and not near_fine and _FINENESS.get(latest.precision or "century", 7) > need \
                    and h.start - latest.end <= _NARRATIVE_REACH and latest.first is not None:
                # "In June 2019 ... The day before": the story is in June 2019;
                # say so at that precision rather than jump to publication.
                return Mention(start=h.start, end=h.end, text=self.ctx.text[h.start:h.end],
                               value=latest.value, type="DATE", first=latest.first, last=latest.last,
                               precision=latest.precision, anchor="narrative", rule=h.rule,
                               mod="APPROX", future=False)
            base = fine
            if base is None:
                base_day, anchor = self.ctx.published, "publication"
                if h.rule in ("narrative_same",):
                    base_day = None
            else:
                base_day = base.first
        else:
            anchor, base_day = "publication", self.ctx.published
        if base_day is None:
            return self._mention(h, _UNRESOLVED.get(unit, "XXXX"), _prec(unit), None, None, "unresolved")
        if h.rule == "edge_of" and h.mod == "END" and unit in ("year", "month") and anchor == "publication":
            early = base_day.month <= 3 if unit == "year" else base_day.day <= 7
            if early and self._tense(h) < 0:
                n = -1  # "peaked at the end of the year", written in February
        fut = n > 0
        if unit == "day":
            d = base_day + timedelta(days=n)
            return self._period(h, "day", d.year, d.month, d.day, anchor, fut)
        if unit in ("week", "weekend"):
            d = timex.week_monday(base_day) + timedelta(weeks=n)
            iso = d.isocalendar()
            if unit == "weekend":
                sat = d + timedelta(days=5)
                return self._mention(h, f"{iso[0]:04d}-W{iso[1]:02d}-WE", "week", sat, sat + timedelta(days=1), anchor, fut)
            return self._period(h, "week", iso[0], iso[1], None, anchor, fut)
        if unit == "month":
            y, mo = timex.add_months(base_day.year, base_day.month, n)
            return self._period(h, "month", y, mo, None, anchor, fut)
        if unit == "quarter":
            k = base_day.year * 4 + (base_day.month - 1) // 3 + n
            return self._period(h, "quarter", k // 4, k % 4 + 1, None, anchor, fut)
        if unit == "season":
            y, s = timex.season_of(base_day)
            y, s = timex.shift_season(y, s, n)
            return self._period(h, "season", y, s, None, anchor, fut)
        if unit == "year":
            return self._period(h, "year", base_day.year + n, None, None, anchor, fut)
        if unit == "decade":
            return self._period(h, "decade", (base_day.year // 10 + n) * 10, None, None, anchor, fut)
        if unit == "century":
            return self._period(h, "century", (base_day.year // 100 + n) * 100, None, None, anchor, fut)
        return None

    # -- holidays -----------------------------------------------------------
    def _holiday(self, h: Hit, lo: int, hi: int) -> Mention | None:
        from .holiday import holiday_date

        name = h.value or ""
        if h.year is not None:
            d = holiday_date(name, h.year)
            return None if d is None else self._period(h, "day", d.year, d.month, d.day, "absolute")
        pub = self.ctx.published
        if pub is None:
            fixed = vocab.FIXED_HOLIDAYS.get(" ".join(name.lower().replace("’", "'").split()))
            value = f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"
            return self._mention(h, value, "day", None, None, "unresolved")
        direction = _deadline(h, self._tense(h, lo, hi))
        this = holiday_date(name, pub.year)
        if this is None:
            return None
        if direction < 0 and this > pub:
            this = holiday_date(name, pub.year - 1)
        elif direction > 0 and this < pub:
            this = holiday_date(name, pub.year + 1)
        elif direction == 0:
            options = [holiday_date(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
            this = min((o for o in options if o), key=lambda d: abs((d - pub).days))
        return self._period(h, "day", this.year, this.month, this.day, "publication", this > pub)

    # -- reference words and durations -------------------------------------
    def _ref(self, h: Hit) -> Mention:
        pub = self.ctx.published
        if h.value == "PRESENT_REF" and pub is not None:
            return self._mention(h, h.value, "day", pub, pub, "publication")
        return self._mention(h, h.value or "PRESENT_REF", None, None, None,
                             "publication" if pub is not None else "unresolved",
                             future=h.value == "FUTURE_REF")

    def _duration(self, h: Hit) -> Mention:
        pub = self.ctx.published
        if h.kind == "duration" and h.rel in (-1, 1) and h.n and h.unit and pub is not None:
            first, last = _span(pub, h.rel * h.n, h.unit)
            return self._mention(h, h.value or "", None, first, last, "publication", h.rel > 0)
        anchored = h.kind == "duration" and h.rel in (-1, 1) and pub is None
        return self._mention(h, h.value or "", None, None, None, "unresolved" if anchored else "absolute")


def _deadline(h: Hit, clause: int) -> int:
    """"by January" looks forward, unless its clause is plainly past
    ("had left by January")."""
    if h.future:
        return -1 if clause < 0 else 1
    return clause


def _prec(unit: str) -> str | None:
    return "week" if unit == "weekend" else unit if unit in _FINENESS else None


def _precision(h: Hit) -> tuple[str, object]:
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


def _unresolved_cal(h: Hit) -> str:
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


def _nearest_year(pub: date, month: int, day: int) -> int:
    """The year that puts month/day closest to the publication date."""
    best = pub.year
    for y in (pub.year - 1, pub.year + 1):
        try:
            if abs((date(y, month, day) - pub).days) < abs((date(best, month, day) - pub).days):
                best = y
        except ValueError:
            pass
    return best


def _year_matching_weekday(pub: date, month: int, day: int, weekday: int, guess: int) -> int:
    """"Friday, Nov. 8": the year, near the publication, whose Nov. 8 is a Friday."""
    best = None
    for y in range(pub.year - 6, pub.year + 2):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and (best is None or abs(y - guess) < abs(best - guess)):
            best = y
    return guess if best is None else best


def _weekday(pub: date, wd: int, rel: int | None, direction: int) -> date:
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


def _cycle(precision: str, sub, pub: date) -> tuple[int, int, int]:
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


def _uncycle(precision: str, k: int, size: int):
    if precision == "season":
        return k // 4, timex.SEASON_ORDER[k % 4]
    if precision == "year":
        return k, None
    return k // size, k % size + 1


def _pick(now: int, phase: int, size: int, direction: int, rel: int | None) -> int:
    """Index of the period with `phase` chosen by direction.

    rel -1 ("last May"): latest strictly before now; rel +1: first strictly after;
    rel 0 ("this May"): the one in the current cycle year. Otherwise past
    tense: latest at or before now; future: first at or after now; no tense:
    the nearest.
    """
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


def _span(pub: date, n: float, unit: str) -> tuple[date, date]:
    """Interval of "the past N units" (n < 0) or "the next N units" (n > 0)."""
    k = int(n)
    if unit == "day":
        d = pub + timedelta(days=k)
    elif unit == "week":
        d = pub + timedelta(weeks=k)
    elif unit == "month":
        d = timex.add_months_day(pub, k)
    elif unit == "quarter":
        d = timex.add_months_day(pub, 3 * k)
    elif unit == "year":
        d = timex.add_months_day(pub, 12 * k)
    else:
        d = pub
    return (d, pub) if k < 0 else (pub, d)
