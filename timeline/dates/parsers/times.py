"""Clock times: "8 PM", "10:30 a.m.", "15:00 GMT Saturday", "Friday at 9am".

A time takes its day from a weekday written next to it, else from the last
dated expression of the story, else from the publication date."""

from __future__ import annotations

import re

from ..engine import DIGITS, Context, Hit, parser_re
from .patterns import weekday, weekday_number

_CLOCK = (r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b))"
          r"(?:\s*(?P<tz2>GMT|UTC|BST|CET|CEST|[ECMP][SD]T|ET|PT|IST|JST|(?i:local\s+time))\b)?"
          r"|(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?![:\d])(?:\s*(?P<tz>GMT|UTC|BST|CET|CEST|[ECMP][SD]T|ET|PT|IST|JST|(?i:local\s+time)))?)")
PATTERN = parser_re(
    rf"(?:{weekday('wd1')}(?:\s+(?:at|from|by|around))?\s+)?{_CLOCK}(?:,?\s+(?:(?i:on)\s+)?{weekday('wd2')})?"
)


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    if m["h"]:
        h = int(m["h"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        minute = int(m["min"] or 0)
    else:
        h, minute = int(m["h2"]), int(m["min2"])
        if not m["tz"] and not (m["wd1"] or m["wd2"]):
            # a bare "14:30" could be a score or a ratio; only with a time zone or a day
            return None
    part = f"{h:02d}:{minute:02d}"
    wd = m["wd1"] or m["wd2"]
    if wd:
        return Hit(m.start(), m.end(), "clock", type="TIME", weekday=weekday_number(wd), part=part, priority=1)
    return Hit(m.start(), m.end(), "clock", kind="shift", unit="day", n=0, base="narrative", type="TIME", part=part)


# "finishing in 3:07:35": hours, minutes and seconds without a zone are an
# elapsed time (sports results), not a time of day.
ELAPSED = parser_re(r"(?P<h>\d{1,2}):(?P<min>[0-5]\d):(?P<sec>[0-5]\d)(?![\d:])(?!\s*(?i:a\.?m\b|p\.?m\b|GMT|UTC|[ECMP][SD]T))")


def elapsed(ctx: Context, m: re.Match[str]) -> Hit | None:
    before = ctx.text[max(0, m.start() - 3):m.start()].rstrip()
    if before[-1:].isdigit() or before.endswith(("T", ",")):
        return None  # "2025-01-14 09:00:00" is a timestamp, not a race time
    h, mi, se = int(m["h"]), int(m["min"]), int(m["sec"])
    value = "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{se}S" if se else "")
    return Hit(m.start(), m.end(), "elapsed", kind="duration", type="DURATION", value=value, priority=2)


PARSERS = [("clock", PATTERN, extract, {DIGITS}), ("elapsed", ELAPSED, elapsed, {DIGITS})]
