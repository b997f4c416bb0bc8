"""Wire datelines: where (and when) a story was filed, and for which agency.

    PARIS, Feb 15 (Reuters) - ...             place, date, credit
    WOLFSBURG, Germany, March 11 (Reuters) -  place with a region
    PARIS, March 6, 2024 (AFP) - ...          a date with its year
    WASHINGTON (AP) — ...                     place and credit
    (Bloomberg) -- ...                        a credit alone
    SEATTLE, March 7, 2024 -- ...             a press release: no credit
    NEW YORK, June 13, 2024 /PRNewswire/ --   a press release and its wire

One pattern (`DATELINE`) recognises them at the start of a line or sentence;
`opening_dateline` returns its parts and the helpers below answer what the
stages ask of one: where the prose starts (`prose_start`), the month and day
of a dateline without a year (`month_and_day`), whether a run of capitals is
the dateline's place (`in_place`), and the publisher a credit names
(`credit_publisher`).

The place is one to four words in capitals ("NEW YORK", "BOGOTÁ"), several
joined by slashes ("WASHINGTON/LONDON"), or up to three words in Title Case
when a date with a digit follows ("New Delhi, March 11"); then up to two
capitalised regions (", Germany", ", Calif.", ", Trinidad and Tobago"); the
date starts with a capital or a digit ("March 11", "12 March") and is at most
31 characters; the credit is 2-40 characters in brackets, or a press-release
wire between slashes ("/PRNewswire/"); the dash is "--", "-", "—" or "–"
followed by a space, or right after the credit's bracket ("(Reuters)-The").
Either a place or a credit is required: "Germany said on Tuesday - ..." is prose.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from timeline.lexicon.chrome import WIRE_CREDITS

_UPPER = "A-ZÀ-ÖØ-Þ"  # capitals, accented ones too: "BOGOTÁ", "SÃO PAULO"
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}.'’-]+"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,3}}(?:/{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,3}}){{0,2}}"
_TITLE_PLACE = r"[A-Z][a-z][\w.'’-]*(?:\s[A-Z][a-z][\w.'’-]*){0,2}"  # "New Delhi": only with a date
_REGION_WORD = r"[A-Z][\w.'’-]+"
_REGION = rf"{_REGION_WORD}(?:\s(?:(?:and|of|de|the)\s)?{_REGION_WORD}){{0,2}}"  # "Trinidad and Tobago"
DATELINE = re.compile(
    rf"^\s*(?:(?P<place>(?P<city>{_CAPS_PLACE}|{_TITLE_PLACE})(?:,\s?{_REGION}){{0,2}})"
    r"(?:,\s?(?P<date>[A-Z\d][\w.,\s]{2,30}?))?\s?)?"
    r"(?:\((?P<credit>[^()\n]{2,40})\)\s?|/(?P<wire>[A-Za-z][\w ]{1,39})/\s?)?"  # "/PRNewswire/": a release wire
    r"(?:(?:--|[-—–])\s+|(?<=\))(?:--|[-—–])(?=\S))"
)
_DIGIT = re.compile(r"\d")
_MONTH_DAY = re.compile(r"([A-Z][a-z]{2,8})\.?\s+(\d{1,2})")
_CREDITS = {k.lower(): v for k, v in WIRE_CREDITS.items()}


class Dateline(NamedTuple):
    end: int  # just past the dash and the spaces after it: where the prose starts
    place: str | None  # "WOLFSBURG, Germany"
    city: tuple[int, int] | None  # (start, end) of the place's words in capitals: "WOLFSBURG"
    date: str | None  # "March 11", "March 6, 2024"
    credit: str | None  # "Reuters", "AP"


def opening_dateline(text: str) -> Dateline | None:
    """The wire dateline opening `text`, else None.

    >>> opening_dateline("PARIS, Feb 15 (Reuters) - Airbus on Thursday forecast more deliveries.")
    Dateline(end=26, place='PARIS', city=(0, 5), date='Feb 15', credit='Reuters')
    >>> opening_dateline("(Bloomberg) -- Hon Hai reported a drop.").credit, opening_dateline("Germany said - no.")
    ('Bloomberg', None)
    """
    m = DATELINE.match(text)
    if not m or not (m.group("place") or m.group("credit") or m.group("wire")):
        return None
    if m.group("city") and not m.group("city").isupper() and not _DIGIT.search(m.group("date") or ""):
        return None  # "Airbus, Boeing - ...": a place in Title Case must be dated ("Moscow, March 11 - ")
    city = m.span("city") if m.group("city") else None
    return Dateline(m.end(), m.group("place"), city, m.group("date"), m.group("credit") or m.group("wire"))


def prose_start(text: str) -> int:
    """Where the prose starts after a dateline opening `text` (0 without one).

    >>> text = "WASHINGTON (AP) — A Senate panel met."; text[prose_start(text):]
    'A Senate panel met.'
    """
    found = opening_dateline(text)
    return found.end if found else 0


def month_and_day(found: Dateline | None) -> tuple[str, int] | None:
    """("March", 11) for a credited dateline dated by a month and a day only.

    >>> month_and_day(opening_dateline("HAMBURG, March 11 (Reuters) - The carmaker said."))
    ('March', 11)
    """
    if found is None or found.credit is None or found.date is None:
        return None
    m = _MONTH_DAY.fullmatch(found.date.strip())
    return (m[1], int(m[2])) if m else None


def in_place(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies in the capitals of the place of a
    dateline opening `text` ("NEW YORK" in "NEW YORK, June 13 - ...")."""
    found = opening_dateline(text)
    return found is not None and found.city is not None and found.city[0] <= start and end <= found.city[1]


def credit_publisher(credit: str | None) -> str | None:
    """The publisher a dateline's credit names: "AP" -> "Associated Press".

    >>> credit_publisher(" AP "), credit_publisher("Staff")
    ('Associated Press', None)
    """
    return _CREDITS.get(credit.strip().lower()) if credit else None
