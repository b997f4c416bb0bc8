"""Wire datelines (timeline.text.datelines): one recogniser, the parts each stage asks for."""

from __future__ import annotations

import doctest

import pytest

from timeline.text import datelines
from timeline.text.datelines import Dateline, credit_publisher, in_place, month_and_day, prose_start, opening_dateline


@pytest.mark.parametrize(
    "text, place, date, credit",
    [
        ("PARIS, Feb 15 (Reuters) - Airbus on Thursday forecast more jets.", "PARIS", "Feb 15", "Reuters"),
        ("WOLFSBURG, Germany, March 11 (Reuters) - The carmaker said.", "WOLFSBURG, Germany", "March 11", "Reuters"),
        ("PARIS, March 6, 2024 (AFP) - Airbus warned on Wednesday.", "PARIS", "March 6, 2024", "AFP"),
        ("TOULOUSE, France, March 6, 2024 (Reuters) - Airbus said.", "TOULOUSE, France", "March 6, 2024", "Reuters"),
        ("WASHINGTON (AP) — A Senate panel will question Boeing.", "WASHINGTON", None, "AP"),
        ("(Bloomberg) -- Hon Hai reported an unexpected drop in sales.", None, None, "Bloomberg"),
        ("SEATTLE, March 7, 2024 -- Northwind Cargo today announced an order.", "SEATTLE", "March 7, 2024", None),
        ("NEW YORK, June 13 - Stocks rose.", "NEW YORK", "June 13", None),
        ("TOULOUSE, France — Airbus delivered 766 commercial aircraft.", "TOULOUSE, France", None, None),
        ("FRANKFURT, Oct 17 (Reuters) - Nordfracht cut its forecast.", "FRANKFURT", "Oct 17", "Reuters"),
        # shapes the callers accepted before they shared this recogniser:
        ("Moscow, March 11 - The Kremlin said.", "Moscow", "March 11", None),  # events: Title Case, dated
        ("New Delhi, Mar 12 (PTI) - The government said.", "New Delhi", "Mar 12", "PTI"),
        ("PARIS, 12 March - Airbus said.", "PARIS", "12 March", None),  # events: day first
        ("WASHINGTON/LONDON (Reuters) - The talks ended.", "WASHINGTON/LONDON", None, "Reuters"),  # events: slash
        ("BOGOTÁ, Colombia (AP) — The talks ended.", "BOGOTÁ, Colombia", None, "AP"),  # events: accents
        (
            "SARAJEVO, Bosnia and Herzegovina, March 11 (Reuters) - Talks ended.",  # infer: lower-case "and"
            "SARAJEVO, Bosnia and Herzegovina", "March 11", "Reuters",
        ),
        ("PORT OF SPAIN, Trinidad and Tobago (AP) — Talks ended.", "PORT OF SPAIN, Trinidad and Tobago", None, "AP"),
        ("PARIS (Reuters)-The dash right after the credit.", "PARIS", None, "Reuters"),  # infer: no space
        ("NEW YORK, June 13, 2024 /PRNewswire/ -- Acme today announced.", "NEW YORK", "June 13, 2024", "PRNewswire"),  # events
    ],
)
def test_a_dateline_and_its_parts(text, place, date, credit):
    found = opening_dateline(text)
    assert (found.place, found.date, found.credit) == (place, date, credit)
    assert text[found.end] not in " -—–"  # the prose starts after the dash and its spaces
    assert text[found.end].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "The deal - signed on Monday in Paris - was approved by Airbus.",
        "Germany said on Tuesday, March 11, it would act.",
        "Airbus - the planemaker - said.",
        "PARIS-BASED Airbus said on Tuesday it would act.",
        "PARIS-The dash of a place alone is followed by a space.",
        "Airbus, Boeing - the planemakers - said.",  # Title Case without a date
        "Moscow (Reuters) - a Title Case place needs a date.",
        "In 2023 - a record year - Airbus delivered more jets.",
        "",
    ],
)
def test_prose_is_no_dateline(text):
    assert opening_dateline(text) is None
    assert prose_start(text) == 0


def test_prose_starts_after_the_dash_and_its_spaces():
    text = "(Reuters) -  Shares fell."
    assert text[prose_start(text) :] == "Shares fell."


def test_month_and_day_of_a_dateline_with_a_lower_case_region_or_no_space_after_the_dash():
    text = "SARAJEVO, Bosnia and Herzegovina, March 11 (Reuters) - Talks ended."
    assert month_and_day(opening_dateline(text)) == ("March", 11)
    assert month_and_day(opening_dateline("HAMBURG, March 11 (Reuters)-The carmaker said.")) == ("March", 11)


def test_month_and_day_only_for_a_credited_dateline_without_a_year():
    assert month_and_day(opening_dateline("HAMBURG, March 11 (Reuters) - The carmaker said.")) == ("March", 11)
    assert month_and_day(opening_dateline("PARIS, Feb. 15 (Reuters) - Airbus said.")) == ("Feb", 15)
    assert month_and_day(opening_dateline("PARIS, March 6, 2024 (AFP) - Airbus said.")) is None  # it has its year
    assert month_and_day(opening_dateline("NEW YORK, June 13 - Stocks rose.")) is None  # no credit
    assert month_and_day(None) is None


def test_in_place_covers_the_capitals_of_the_place_only():
    text = "NEW YORK, June 13 (Reuters) - Goldman Sachs said."
    assert in_place(text, 0, 8) and in_place(text, 4, 8)
    assert not in_place(text, 0, 14)  # runs into the date
    assert not in_place(text, 30, 37)  # "Goldman": prose
    assert not in_place("Goldman Sachs said on Monday.", 0, 7)
    assert not in_place("BOEING, the planemaker, said.", 0, 6)  # no dateline: a name in capitals
    assert in_place("WASHINGTON/LONDON (Reuters) - The talks ended.", 11, 17)


def test_the_credit_names_the_publisher():
    assert credit_publisher(opening_dateline("WASHINGTON (AP) — A panel met.").credit) == "Associated Press"
    assert credit_publisher("Reuters") == "Reuters"
    assert credit_publisher(None) is None and credit_publisher("Staff") is None


def test_a_dateline_is_plain_data():
    assert opening_dateline("(AFP) - x") == Dateline(end=8, place=None, city=None, date=None, credit="AFP")


def test_docstring_examples():
    result = doctest.testmod(datelines)
    assert result.failed == 0 and result.attempted > 0
