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



@pytest.mark.parametrize("text,published,expected", [
    # VOA scripts hyphenate spelled years: tests/data/business voa-2002-07-27,
    # tests/data/economy voa-2001-06-30 and voa-2004-06-17
    ("It was the biggest drop since Nineteen-Eighty-Seven.", date(2002, 7, 27), [("Nineteen-Eighty-Seven", "1987")]),
    ("The United States Congress established the Federal Reserve System in Nineteen-Thirteen when it approved the "
     "Federal Reserve Act.", date(2001, 6, 30), [("Nineteen-Thirteen", "1913")]),
    ("The federal funds rate is currently one percent, the lowest since nineteen-fifty-eight.", date(2004, 6, 17),
     [("currently", "PRESENT_REF"), ("nineteen-fifty-eight", "1958")]),
    ("Financial markets are preparing for something that has not happened since May of two-thousand.",
     date(2004, 6, 17), [("May of two-thousand", "2000-05")]),
    ("He took office for a fourth term as Federal Reserve Chairman on June twentieth of the year Two-Thousand.",
     date(2001, 6, 30), [("June twentieth of the year Two-Thousand", "2000-06-20")]),
])
def test_hyphenated_spelled_years(text, published, expected):
    assert values(text, published) == expected


def test_hyphenated_counts_are_not_years():
    assert values("Some two-thousand people marched.", FEB_2010) == []


def test_spelled_decades_are_found_whole():
    assert values("Prices peaked in the Nineteen-Eighties and grew in the nineteen nineties.") == [
        ("the Nineteen-Eighties", "198"), ("the nineteen nineties", "199")]
    assert values("Oil from the Forties field fell.") == []  # a name, not the 1940s
