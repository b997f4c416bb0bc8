"""Resolution: turn hits into calendar values.

Each hit is resolved against one anchor, chosen here and only here:
  absolute     the text gives the year (or decade, century)
  publication  relative to the publication date; year-less dates and weekdays
               take their direction from the tense of their clause (`tense`)
  narrative    relative to the most recent dated expression before it
  unresolved   relative, but there is nothing to resolve against (no
               publication date): the value keeps X placeholders

One module per kind of hit: `calendar` (calendar components, with
`nearest` picking the year, weekday or period), `shift` ("last week", "two
days ago", "the day before"), `holiday`, `refs` (reference words and
durations). `anchor` holds what they share.
"""

from __future__ import annotations

from typing import Callable

from ...model import Mention
from .. import timex
from ..engine import Context, Hit
from ..tense import Tense, tense
from .anchor import Anchor
from .calendar import calendar_value, stretch
from .holiday import holiday_value
from .refs import duration_value, reference_value
from .reporting import fiscal_year_value, reporting_value
from .shift import shift_value

# Hit kind -> the function that resolves it (any other kind is a duration or a set).
RESOLVERS: dict[str, Callable[[Anchor, Hit], Mention | None]] = {
    "cal": calendar_value,
    "shift": shift_value,
    "ref": reference_value,
    "holiday": holiday_value,
    "report": reporting_value,
}
_STORY_KEEP = 16  # story dates remembered; past that the oldest half is dropped


class Resolver:
    """Resolves hits in narrative order, remembering the last dated expressions."""

    def __init__(self, ctx: Context, tenses: dict | None = None):
        self.ctx = ctx
        self.story: list[Mention] = []  # dated expressions so far, the narrative anchors
        self.vague: Mention | None = None  # a vague past time told after the last of them
        # Tense does not depend on the publication date: resolvers of one text
        # for several dates (`find_dates_within`) share it.
        self.tenses: dict = {} if tenses is None else tenses

    def tense_of(self, start: int, end: int, lo: int = 0, hi: int | None = None) -> Tense:
        """`tense.tense`, computed once per expression and region."""
        key = (start, end, lo, hi)
        t = self.tenses.get(key)
        if t is None:
            t = self.tenses[key] = tense(self.ctx.text, start, end, lo, hi)
        return t

    def __call__(self, h: Hit, lo: int, hi: int) -> Mention | None:
        try:
            m = self.resolve(h, lo, hi)
        except (ValueError, OverflowError):
            return None  # off the calendar (year 0 or 10000): no date to give
        if m is not None and m.first is not None and m.type in ("DATE", "TIME") and timex.is_calendar(m.value):
            self.story.append(m)
            self.vague = None
            if len(self.story) > _STORY_KEEP:
                del self.story[:_STORY_KEEP // 2]
        elif m is not None and m.rule == "ago" and m.value == "PAST_REF":
            self.vague = m  # "several years ago": the story moves to a time it does not date
        return m

    def resolve(self, h: Hit, lo: int, hi: int) -> Mention | None:
        """The mention of `h` (in the region text[lo:hi]), or None if it names no date."""
        a = Anchor(self.ctx.text, self.ctx.published, tuple(self.story), lo, hi, self.tense_of, self.vague)
        m = RESOLVERS.get(h.kind, duration_value)(a, h)
        if m is not None and h.kind == "cal" and m.precision == "day":
            m = stretch(h, m)
        return fiscal_year_value(h, m)


__all__ = ["Resolver", "RESOLVERS"]
