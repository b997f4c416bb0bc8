"""Reading the date strings that metadata has found (bylines, datelines,
footers, front matter) as calendar days.

Where a date string is stays our own code: `timeline.dates.find_dates`
locates the mentions in a dateline, and the metadata modules find the
datelines. A numeric date that reads two ways ("04/03/2024") has its order
decided by the page (`numeric_readings`, then `published.numeric_order`).

`read_date_string` hands a string that is nothing but a date (a front matter
value, a numeric dateline) to dateparser, with the day order the date, its
time zone or the page tells (`DATE_ORDER`); relative parsers are off, so
"3 hours ago" is never a publication date and no `RELATIVE_BASE` is needed.
Measured: importing dateparser costs about 50 ms and its first parse by its
full grammar 90-170 ms more (it builds its English and time-zone patterns),
then about 1 ms a string. So it is imported only when such a string needs
it (no article of sources/ or of the held-out corpora does), its parser is
made once per day order, and a numeric date, whose layout is known, is read
through its strptime path (`date_formats`: about 5 ms for the first). The
datelines the date finder reads ("Published 4:32 PM EST, Mon March 4,
2024") stay with the finder: on the 40 date spans the finder found in the
datelines of all the corpora, dateparser agreed on 38 and could not read
two (a time, "4:31 PM EST", that the finder dates by the date beside it);
the whole line above it cannot read at all; and it would cost every run its
start-up.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.chrome import vocabulary

# "04/03/2024", "4.3.2024", "04-03-2024": day and month in an order to be decided
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)"
)
_ISO = re.compile(r"^\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ][0-9:.+\-Z ]{0,30})?\s*$")


def first_day(s: str) -> date | None:
    """The first complete calendar date written in `s`.

    >>> first_day("Thursday 10 November 2016 09:27 GMT")
    datetime.date(2016, 11, 10)
    """
    found = day_spans(s)
    return found[0] if found else None


def first_day_span(s: str) -> tuple[date, tuple[int, int]] | None:
    """The first complete calendar date written in `s`, with its span.

    >>> first_day_span("Jane Doe March 04, 2024")
    (datetime.date(2024, 3, 4), (9, 23))
    """
    found = day_spans(s)
    return (found[0], found[1][0]) if found else None


def day_spans(s: str) -> tuple[date, list[tuple[int, int]]] | None:
    """The first complete calendar date written in `s`, with the spans of every
    mention of a date ("4:31 PM EST, March 5, 2024": the time is a mention too;
    "Published March 4, 2024 Updated March 5, 2024": the update is one)."""
    from timeline.dates import find_dates

    mentions = find_dates(s, None)
    days = [m for m in mentions if m.precision == "day" and m.anchor == "absolute" and m.first is not None]
    if not days:
        return None
    return days[0].first, [(m.start, m.end) for m in days]


def is_iso_shaped(s: str) -> bool:
    """`s` is written YYYY-MM-DD, with or without a time: "2024-03-04T16:32:00Z"."""
    return _ISO.match(s) is not None


def iso_date(s: str) -> date | None:
    """The day of an ISO-shaped string, None when it is impossible (2024-13-45)."""
    m = _ISO.match(s)
    return _date_or_none(int(m.group("year")), int(m.group("month")), int(m.group("day"))) if m else None


def numeric_readings(m: re.Match, segment: str) -> tuple[date | None, tuple[date, date] | None]:
    """A numeric date's day, read by dateparser in the order the date itself
    or its dateline tells: a part over 12, dots (European: day first), a time
    zone beside it ("EST": month first, "BST": day first); else its two
    readings (month first, day first), for the page to decide.

    >>> import re; m = NUMERIC_DATE.search("04/03/2024 10:00 BST")
    >>> numeric_readings(m, "04/03/2024 10:00 BST")
    (datetime.date(2024, 3, 4), None)
    """
    a, b, written, sep = int(m.group("a")), int(m.group("b")), m.group(0), m.group("sep")
    if not a or not b:
        return None, None

    def read(order: str) -> date | None:
        # The layout is known, so dateparser takes its format path (strptime),
        # not its full grammar: 5 ms for the first string instead of 140.
        layout = "%d{0}%m{0}%Y" if order == "DMY" else "%m{0}%d{0}%Y"
        return read_date_string(written, order, [layout.format(sep)])

    if a > 12 or b > 12 or a == b:
        return read("DMY" if a > 12 else "MDY"), None
    order = "DMY" if sep == "." else _zone_order(segment)
    if order:
        return read(order), None
    return None, (read("MDY"), read("DMY"))


def _zone_order(segment: str) -> str | None:
    """"MDY" beside a time zone of a month-first country (EST), "DMY" beside a day-first one (BST)."""
    voc = vocabulary()
    words = set(re.findall(r"[a-z]+", segment.lower()))
    if words & voc.month_first_zones:
        return "MDY"
    if words & voc.day_first_zones:
        return "DMY"
    return None


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4)
def _parser(order: str):
    from dateparser.date import DateDataParser  # lazily: see the module's docstring

    settings = {
        "DATE_ORDER": order,  # what the page tells: "DMY" on a day-first site, else "MDY"
        "PARSERS": ["custom-formats", "absolute-time"],  # never "3 hours ago"
        "REQUIRE_PARTS": ["day", "month", "year"],  # a publication date is a day
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


def read_date_string(s: str, order: str = "MDY", formats: list[str] | None = None) -> date | None:
    """The day a string that is nothing but a date gives, read by dateparser
    in the day `order` ("DMY" or "MDY") the page tells, trying the strptime
    `formats` first when the layout is known; its own time zone is kept
    ("2024-03-04T23:30:00-05:00" is March 4).

    >>> read_date_string("04/03/2024", "DMY"), read_date_string("2024.03.04")
    (datetime.date(2024, 3, 4), datetime.date(2024, 3, 4))
    """
    if len(s) > 80:
        return None
    data = _parser(order).get_date_data(s, date_formats=formats)
    return data.date_obj.date() if data and data.date_obj else None
