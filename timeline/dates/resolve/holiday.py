"""Holidays: "Christmas 2015" is absolute; "Thanksgiving" takes the year the clause's tense points to."""

from __future__ import annotations

from ...model import Mention
from .. import vocab
from ..engine import Hit
from ..parsers.holiday import holiday_date
from .anchor import Anchor, deadline, explain, mention, period, resolved


def holiday_value(a: Anchor, h: Hit) -> Mention | None:
    """A stated year, else by direction: past the latest at or before
    publication, future the first at or after, no tense the nearest."""
    name = h.value or ""
    if h.year is not None:
        d = holiday_date(name, h.year)
        return None if d is None else resolved(period(a, h, "day", d.year, d.month, d.day, "absolute"),
                                               "the stated year", "holiday holiday_value")
    pub = a.published
    if pub is None:
        fixed = vocab.FIXED_HOLIDAYS.get(" ".join(name.lower().replace("’", "'").split()))
        value = f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"
        return resolved(mention(a, h, value, "day", None, None, "unresolved"), "no publication date", "holiday holiday_value")
    direction, why = deadline(h, a.tense(h))
    this = holiday_date(name, pub.year)
    if this is None:
        return None
    how = "the publication's year"
    if direction < 0 and this > pub:
        this, how = holiday_date(name, pub.year - 1), "the year before, as this year's is still to come"
    elif direction > 0 and this < pub:
        this, how = holiday_date(name, pub.year + 1), "the year after, as this year's is past"
    elif direction == 0:
        options = [holiday_date(name, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
        this = min((o for o in options if o), key=lambda d: abs((d - pub).days))
        how = "the one nearest publication"
    m = period(a, h, "day", this.year, this.month, this.day, "publication", this > pub)
    return resolved(explain(m, lambda: f"holiday: {why}"), how, "holiday holiday_value")
