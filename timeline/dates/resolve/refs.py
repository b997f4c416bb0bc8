"""References ("now", "recently", "the future") and durations ("a decade", "the past two months")."""

from __future__ import annotations

from datetime import date, timedelta

from ...model import Mention
from .. import timex
from ..engine import Hit
from .anchor import Anchor, mention, resolved


def reference_value(a: Anchor, h: Hit) -> Mention:
    """PRESENT_REF is the publication day; PAST_REF and FUTURE_REF have no interval."""
    pub = a.published
    if h.value == "PRESENT_REF" and pub is not None:
        return resolved(mention(a, h, h.value, "day", pub, pub, "publication"), "the publication day", "refs reference_value")
    m = mention(a, h, h.value or "PRESENT_REF", None, None, None,
                "publication" if pub is not None else "unresolved", future=h.value == "FUTURE_REF")
    return resolved(m, "a reference without an interval", "refs reference_value")


def duration_value(a: Anchor, h: Hit) -> Mention:
    """A duration; "the past two months" also spans the two months up to publication."""
    pub = a.published
    if h.kind == "duration" and h.rel in (-1, 1) and h.n and h.unit and pub is not None:
        first, last = anchored_span(pub, h.rel * h.n, h.unit)
        m = mention(a, h, h.value or "", None, first, last, "publication", h.rel > 0)
        return resolved(m, f"spanning {'up to' if h.rel < 0 else 'from'} publication", "refs anchored_span")
    anchored = h.kind == "duration" and h.rel in (-1, 1) and pub is None
    m = mention(a, h, h.value or "", None, None, None, "unresolved" if anchored else "absolute")
    return resolved(m, "a length of time, no interval", "refs duration_value")


def anchored_span(pub: date, n: float, unit: str) -> tuple[date, date]:
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
