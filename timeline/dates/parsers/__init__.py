"""The parsers, one module per kind of expression.

Each module lists its parsers in `PARSERS` as (name, pattern, extract,
trigger words); the engine runs each only around its trigger words.
"""

from __future__ import annotations

from . import (decade, deictic, duration, full_date, holiday, month, narrative, numeric, quarter, refs, relative, reporting,
               season, sets, spelled, times, weekday, year)

# Order matters only for equal spans (then `Hit.priority` decides); the
# longest match wins, so a full date beats the month and the year inside it.
PARSERS = [
    *full_date.PARSERS,
    *numeric.PARSERS,
    *month.PARSERS,
    *year.PARSERS,
    *spelled.PARSERS,
    *weekday.PARSERS,
    *holiday.PARSERS,
    *deictic.PARSERS,
    *relative.PARSERS,
    *season.PARSERS,
    *quarter.PARSERS,
    *reporting.PARSERS,
    *decade.PARSERS,
    *narrative.PARSERS,
    *duration.PARSERS,
    *refs.PARSERS,
    *sets.PARSERS,
    *times.PARSERS,
]
