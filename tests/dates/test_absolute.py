"""Absolute dates: full dates in news formats, month + year, years."""

from datetime import date

import pytest

from timeline.dates import find_dates

PUB = date(2016, 11, 10)


def one(text, published=PUB):
    ms = find_dates(text, published)
    assert len(ms) == 1, ms
    m = ms[0]
    assert text[m.start:m.end] == m.text
    return m


@pytest.mark.parametrize("text,span,value", [
    ("January 14, 2025", "January 14, 2025", "2025-01-14"),
    ("August 05, 2024", "August 05, 2024", "2024-08-05"),
    ("By: Jane Doe | August 05, 2024", "August 05, 2024", "2024-08-05"),
    ("It happened on Nov. 5, 2024, officials said.", "Nov. 5, 2024", "2024-11-05"),
    ("It happened on 5 November 2024.", "5 November 2024", "2024-11-05"),
    ("Posted 2024-11-05 at noon", "2024-11-05", "2024-11-05"),
    ("Updated 11/05/2024", "11/05/2024", "2024-11-05"),
    ("Updated 25/12/2024", "25/12/2024", "2024-12-25"),
    ("Thu, 10 Nov. 2016", "Thu, 10 Nov. 2016", "2016-11-10"),
    ("Friday, March 22, 2013", "Friday, March 22, 2013", "2013-03-22"),
    ("on the 5th of May 2010", "5th of May 2010", "2010-05-05"),
    ("Sept. 3, 2001", "Sept. 3, 2001", "2001-09-03"),
])
def test_full_dates(text, span, value):
    m = one(text, None)
    assert (m.text, m.value, m.precision, m.anchor, m.type) == (span, value, "day", "absolute", "DATE")
    assert m.first == m.last == date.fromisoformat(value)


def test_dateline_with_time():
    ms = find_dates("Thursday 10 November 2016 09:27 GMT", None)
    m = ms[0]
    assert (m.text, m.value, m.precision, m.anchor, m.type) == ("Thursday 10 November 2016", "2016-11-10", "day", "absolute", "DATE")
    assert [(t.text, t.value, t.type) for t in ms[1:]] == [("09:27 GMT", "2016-11-10T09:27", "TIME")]


@pytest.mark.parametrize("text,span,value", [
    ("He left in May 2010.", "May 2010", "2010-05"),
    ("by December 2024", "December 2024", "2024-12"),
    ("in March of 2013", "March of 2013", "2013-03"),
])
def test_month_year(text, span, value):
    m = one(text, None)
    assert (m.text, m.value, m.precision, m.anchor) == (span, value, "month", "absolute")


def test_month_interval():
    m = one("in February 2024")
    assert (m.first, m.last) == (date(2024, 2, 1), date(2024, 2, 29))


@pytest.mark.parametrize("text,span,value", [
    ("The pandemic of 2009 was bad.", "2009", "2009"),
    ("in 1953, Everest was climbed", "1953", "1953"),
    ("the 2016 election", "2016", "2016"),
])
def test_years(text, span, value):
    m = one(text, None)
    assert (m.text, m.value, m.precision, m.anchor, m.rule) == (span, value, "year", "absolute", "year")
    assert (m.first, m.last) == (date(int(value), 1, 1), date(int(value), 12, 31))


def test_year_ranges():
    ms = find_dates("the swine flu pandemic of 2009-2010 and the 2016-17 season", PUB)
    assert [(m.text, m.value) for m in ms] == [("2009", "2009"), ("2010", "2010"), ("2016", "2016"), ("17", "2017")]


def test_month_range_shares_year():
    ms = find_dates("They met in November and December 2024.", PUB)
    assert [(m.text, m.value) for m in ms] == [("November", "2024-11"), ("December 2024", "2024-12")]


def test_weekday_picks_the_year_of_a_yearless_date():
    # 8 November fell on a Friday in 2019, near a 2020 publication
    ms = find_dates("The vote was held on Friday, Nov. 8.", date(2020, 3, 1))
    assert [(m.text, m.value) for m in ms] == [("Friday, Nov. 8", "2019-11-08")]


def test_package_doctest():
    import doctest

    import timeline.dates

    assert doctest.testmod(timeline.dates).failed == 0


@pytest.mark.parametrize("text,published,value", [
    ("10-Nov-2016", None, "2016-11-10"),
    ("12.31.2024", None, "2024-12-31"),
    ("Published: 10/11/2016 15:04", None, "2016-10-11"),
    ("Published: 10/11/2016 15:04", date(2016, 11, 10), "2016-11-10"),
])
def test_more_formats(text, published, value):
    assert find_dates(text, published)[0].value == value


def test_fiscal_year_label():
    assert [(m.text, m.value) for m in find_dates("Revenue in FY2024 rose.", None)] == [("FY2024", "FY2024")]
