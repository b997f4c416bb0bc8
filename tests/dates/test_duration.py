"""Durations: TIMEX3 period values, with an interval only when anchored."""

from datetime import date

import pytest

from dates_helpers import THU, only, values

from timeline.dates import find_dates


@pytest.mark.parametrize("text,span,value", [
    ("The talks lasted two months.", "two months", "P2M"),
    ("the worst in a decade", "a decade", "P10Y"),
    ("It took 90 days.", "90 days", "P90D"),
    ("a four-week course", "four-week", "P4W"),
    ("for several days", "several days", "PXD"),
    ("They have waited for years.", "years", "PXY"),
    ("in recent weeks", "recent weeks", "PXW"),
    ("It lasted 18 months.", "18 months", "P18M"),
    ("a mere 24 hours", "a mere 24 hours", "PT24H"),
    ("a century of war", "a century", "P100Y"),
    ("after five years' work", "five years'", "P5Y"),
    ("its decades-long dispute", "decades-long", "PXY"),
])
def test_durations(text, span, value):
    m = only(text)
    assert (m.text, m.value, m.type, m.first, m.last, m.precision) == (span, value, "DURATION", None, None, None)


def test_the_past_two_months_is_anchored():
    m = only("Prices have risen over the past two months.")
    assert (m.value, m.type, m.anchor) == ("P2M", "DURATION", "publication")
    assert (m.first, m.last) == (date(2016, 9, 10), THU)


def test_the_next_three_years():
    m = only("It will grow over the next three years.")
    assert (m.value, m.first, m.last, m.future) == ("P3Y", THU, date(2019, 11, 10), True)


def test_ranges():
    assert values("between 12 and 18 months") == [("12", "P12M"), ("18 months", "P18M")]


def test_approx():
    assert only("It took about six weeks.").mod == "APPROX"


def test_anchored_span_without_publication_is_unresolved():
    m = only("over the past two months", None)
    assert (m.value, m.anchor, m.first) == ("P2M", "unresolved", None)


@pytest.mark.parametrize("text,span,value", [
    ("It lasted two hundred years.", "two hundred years", "P200Y"),
    ("It lasted twenty-five years.", "twenty-five years", "P25Y"),
    ("They sold five ten-year bonds.", "ten-year", "P10Y"),  # two numbers, no compound
    ("It took four twelve-hour shifts.", "twelve-hour", "PT12H"),
])
def test_compound_numbers(text, span, value):
    m = only(text)
    assert (m.text, m.value) == (span, value)


@pytest.mark.parametrize("text", [
    "The Fed lowered its target to four and three-quarters percent.",
    "Rates rose three quarters of a percentage point.",
    "Three-quarters of voters agreed.",
])
def test_a_fraction_of_an_amount_is_no_duration(text):
    assert values(text) == []


def test_quarters_of_time_stay_durations():
    assert values("Growth slowed for two quarters.") == [("two quarters", "P2Q")]


@pytest.mark.parametrize("text,span", [
    # BLS Employment Situation, October 1998
    ("Over the year, employment has risen by 2.3 million, after adjustment.", "the year"),
    ("The number declined by about 300,000 over the year.", "the year"),
    ("Prices rose 3 percent over the past year.", "the past year"),
    ("Costs fell over the last year.", "the last year"),
])
def test_over_the_past_year_is_a_span_of_a_year_as_over_the_past_two_years_is(text, span):
    [m] = find_dates(text, date(1998, 10, 2))
    assert (m.text, m.type, m.value) == (span, "DURATION", "P1Y")


def test_the_past_year_without_over_is_still_the_year_before():
    assert [(m.text, m.value) for m in find_dates("Prices rose in the past year.", date(1999, 1, 11))] == [
        ("the past year", "1998")]
