"""Years and dates written in words, as broadcast scripts spell them."""

from datetime import date

import pytest

from dates_helpers import values

FEB_2010 = date(2010, 2, 4)


@pytest.mark.parametrize("text,expected", [
    # VOA Special English, tests/data/business (tuning half)
    ("Toyota became the world's largest automaker in two thousand eight.", [("two thousand eight", "2008")]),
    ("The company will have to restate its earnings since two thousand one.",
     [("two thousand one", "2001")]),
    ("On January twenty-sixth, the company suspended sales.", [("January twenty-sixth", "2010-01-26")]),
    # issue 13's examples
    ("Prices fell in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
    ("It was planned for the year two thousand.", [("two thousand", "2000")]),
    ("The law passed in twenty eleven.", [("twenty eleven", "2011")]),
    ("It opened on March first, nineteen eighty-two.", [("March first, nineteen eighty-two", "1982-03-01")]),
])
def test_spelled(text, expected):
    assert values(text, FEB_2010) == expected


@pytest.mark.parametrize("text", [
    "Two thousand people marched in the capital.",
    "The plant employs nineteen hundred workers.",
    "About two thousand five hundred jobs were lost.",
])
def test_spelled_numbers_are_not_years(text):
    assert values(text, FEB_2010) == []


@pytest.mark.parametrize("text,expected", [
    # issue 13's example; a year in words completes the period before it
    ("Prices fell in the winter of nineteen ninety-four.", [("the winter of nineteen ninety-four", "1994-WI")]),
    ("Hiring stopped in June of two thousand four.", [("June of two thousand four", "2004-06")]),
    ("Growth slowed in the third quarter of two thousand one.",
     [("the third quarter of two thousand one", "2001-Q3")]),
])
def test_spelled_year_completes_the_period_before_it(text, expected):
    assert values(text, FEB_2010) == expected

