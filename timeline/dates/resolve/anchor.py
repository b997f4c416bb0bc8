"""What one hit is resolved against, and how a resolved hit becomes a `Mention`.

`Anchor` is the small frozen state every resolving function gets: the text,
the publication date, the story so far (the narrative anchors) and the
tense of the hit's clause. `mention`/`period` build the result; `explain`
adds a reason to it under `--explain`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Callable

from ...model import Mention
from ...trace import explaining
from .. import timex
from ..engine import Hit
from ..tense import Tense

UNRESOLVED = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "season": "XXXX-XX", "half": "XXXX-HX", "year": "XXXX",
    "decade": "XXX", "century": "XX",
}
# How coarse each precision is: a narrative anchor must be at least as fine as the shift.
FINENESS = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5,
            "decade": 6, "century": 7}


@dataclass(frozen=True)
class Anchor:
    """The text, the publication date and the story so far, for one hit in text[lo:hi]."""

    text: str
    published: date | None
    story: tuple[Mention, ...]  # dated expressions so far, latest last
    lo: int
    hi: int | None
    tense_of: Callable[[int, int, int, int | None], Tense]  # cached `tense.tense`
    # the latest vague past time ("several years ago": PAST_REF) told after the story's last date, if any
    vague: Mention | None = None

    def tense(self, h: Hit, whole_text: bool = False) -> Tense:
        """The tense of the clause around `h` (within its region, or the whole text)."""
        return self.tense_of(h.start, h.end, 0, None) if whole_text else self.tense_of(h.start, h.end, self.lo, self.hi)


def fineness(m: Mention) -> int:
    return FINENESS.get(m.precision or "century", 7)


def mention(a: Anchor, h: Hit, value: str, precision: str | None, first: date | None,
            last: date | None, anchor: str, future: bool = False, type_: str | None = None) -> Mention:
    """The mention of `h` with this value and interval (a day with a time of day is a TIME)."""
    t = type_ or h.type
    if h.part and t in ("DATE", "TIME") and precision == "day":
        value = f"{value}T{h.part}"
        t = "TIME"
    return Mention(start=h.start, end=h.end, text=a.text[h.start:h.end], value=value,
                   type=t, first=first, last=last, precision=precision, anchor=anchor,
                   rule=h.rule, mod=h.mod, future=future, why=h.why)


def period(a: Anchor, h: Hit, precision: str, year: int, sub, day, anchor: str, future: bool = False) -> Mention | None:
    """The mention of one calendar period (None if there is no such period)."""
    try:
        first, last = timex.interval(precision, year, sub, day)
    except ValueError:
        return None
    return mention(a, h, timex.value(precision, year, sub, day), precision, first, last, anchor, future)


def explain(m: Mention | None, *reasons: str | Callable[[], str]) -> Mention | None:
    """`m` with `reasons` added to its `why` when explaining (a callable is
    called only then, so a costly reason costs nothing otherwise)."""
    if m is None or not explaining():
        return m
    return replace(m, why=m.why + tuple(r() if callable(r) else r for r in reasons))


def resolved(m: Mention | None, how: str | Callable[[], str], where: str) -> Mention | None:
    """`m` with the reason "resolved: '<text>' -> <value>, <how> (resolve/<where>)"."""
    if m is None or not explaining():
        return m
    how = how() if callable(how) else how
    return replace(m, why=m.why + (f"resolved: '{m.text}' -> {m.value}, {how} (resolve/{where})",))


def deadline(h: Hit, clause: Tense) -> tuple[int, str]:
    """The direction of `h`: its clause's, except that "by January" looks
    forward unless its clause is plainly past ("had left by January").
    Returns it with what said so."""
    if h.future:
        if clause.direction < 0:
            return -1, f"{clause.word}, {clause.describe()} over the deadline"
        return 1, "future, a deadline or coming day looks forward (deadline)"
    if clause.direction:
        return clause.direction, f"{clause.word}, {clause.describe()}"
    return 0, f"no tense, {clause.describe()}"
