"""What each precision's dates become for consumers that cannot read TIMEX3."""

from datetime import date

import pytest

from timeline.export.periods import date_parts, end_parts, named_period, span_label


@pytest.mark.parametrize("precision, parts", [
    ("day", {"year": 2016, "month": 11, "day": 10}),
    ("week", {"year": 2016, "month": 11, "day": 10}),
    ("month", {"year": 2016, "month": 11}),
    ("season", {"year": 2016, "month": 11}),
    ("quarter", {"year": 2016, "month": 11}),
    ("year", {"year": 2016}),
    ("decade", {"year": 2016}),
])
def test_only_the_parts_the_precision_knows(precision, parts):
    assert date_parts(date(2016, 11, 10), precision) == parts


def test_an_end_is_given_only_when_it_differs_at_the_precision():
    assert end_parts(date(2016, 11, 1), date(2016, 11, 30), "month") is None
    assert end_parts(date(2024, 11, 1), date(2024, 12, 31), "month") == {"year": 2024, "month": 12}
    assert end_parts(date(2016, 1, 1), date(2016, 12, 31), "year") is None
    assert end_parts(date(2025, 1, 6), date(2025, 1, 12), "week") == {"year": 2025, "month": 1, "day": 12}


@pytest.mark.parametrize("value, first, last, precision, words", [
    ("2025-W02", date(2025, 1, 6), date(2025, 1, 12), "week", "week of 6 January 2025"),
    ("2024-SU", date(2024, 6, 1), date(2024, 8, 31), "season", "summer 2024"),
    ("2023-WI", date(2023, 12, 1), date(2024, 2, 29), "season", "winter 2023–24"),
    ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31), "quarter", "Q1 2024"),
    ("2025-H1", date(2025, 1, 1), date(2025, 6, 30), "half", "first half of 2025"),
    ("202", date(2020, 1, 1), date(2029, 12, 31), "decade", "the 2020s"),
    ("2016-11", date(2016, 11, 1), date(2016, 11, 30), "month", None),
])
def test_named_periods(value, first, last, precision, words):
    assert named_period(value, first, last, precision) == words


def test_a_season_without_its_timex_name_is_said_by_its_months():
    assert named_period("P3M", date(2024, 6, 1), date(2024, 8, 31), "season") == "June – August 2024"


@pytest.mark.parametrize("first, last, precision, words", [
    (date(2016, 11, 10), date(2016, 11, 10), "day", "10 November 2016"),
    (date(2016, 11, 1), date(2016, 11, 30), "month", "November 2016"),
    (date(2024, 11, 14), date(2025, 1, 14), "month", "November 2024 – January 2025"),
    (date(2016, 1, 1), date(2017, 12, 31), "year", "2016 – 2017"),
])
def test_spans_in_words(first, last, precision, words):
    assert span_label(first, last, precision) == words
