"""Day ranges and weeks named by a day.

Convention (TimeML has no gold for these in our sets; TempEval annotators tag
"Nov. 4-6" as one DATE): a range of days within one month, written with one
month name ("Nov. 4-6", "Nov. 4 to 6", "3 to 5 March 2024", "between March 3
and 5"), is one DATE whose value is its first day and whose interval runs to
its last day. When both ends name their month ("between March 3 and March
5") each end is its own DATE. "The week of March 5" is the ISO week holding
March 5.
"""

from datetime import date

import pytest

from dates_helpers import THU, only, values

FRI = date(2024, 2, 16)


@pytest.mark.parametrize("text,span,value,first,last", [
    ("The fair ran Nov. 4-6, 2016.", "Nov. 4-6, 2016", "2016-11-04", date(2016, 11, 4), date(2016, 11, 6)),
    ("The fair ran Nov. 4–6.", "Nov. 4–6", "2016-11-04", date(2016, 11, 4), date(2016, 11, 6)),
    ("The fair ran Nov. 4 to 6.", "Nov. 4 to 6", "2016-11-04", date(2016, 11, 4), date(2016, 11, 6)),
    ("The fair ran March 3 through 5, 2024.", "March 3 through 5, 2024", "2024-03-03", date(2024, 3, 3), date(2024, 3, 5)),
    ("The fair runs from 3 to 5 March 2024.", "3 to 5 March 2024", "2024-03-03", date(2024, 3, 3), date(2024, 3, 5)),
    ("The fair ran 3-5 March 2024.", "3-5 March 2024", "2024-03-03", date(2024, 3, 3), date(2024, 3, 5)),
    ("Talks were held between March 3 and 5, 2024.", "March 3 and 5, 2024", "2024-03-03", date(2024, 3, 3), date(2024, 3, 5)),
])
def test_day_range_is_one_date_with_the_whole_interval(text, span, value, first, last):
    m = only(text)
    assert (m.text, m.value, m.first, m.last, m.precision, m.type) == (span, value, first, last, "day", "DATE")


def test_relative_day_range_takes_its_year_from_the_tense():
    m = only("The fair will run Nov. 4-6.", FRI)
    assert (m.value, m.first, m.last, m.anchor) == ("2024-11-04", date(2024, 11, 4), date(2024, 11, 6), "publication")


def test_both_ends_named_are_two_dates():
    assert values("Talks were held between March 3 and March 5, 2024.") == [
        ("March 3", "2024-03-03"), ("March 5, 2024", "2024-03-05")]


@pytest.mark.parametrize("text,value", [
    ("He was in Paris on Nov. 4 and 6.", "2016-11-04"),  # two days, no range
    ("Shares rose on Nov. 4 to 6 dollars.", "2016-11-04"),
    ("He was sentenced on May 5 to 10 years in prison.", "2016-05-05"),
    ("On March 3 to 5 people were hurt.", "2016-03-03"),
    ("The meeting ran on Nov. 4 from 4 to 6 p.m.", "2016-11-04"),
    ("The score on Nov. 6-4 was odd.", "2016-11-06"),  # a decreasing pair is no range
])
def test_not_day_ranges(text, value):
    ms = [m for m in __import__("timeline.dates", fromlist=["find_dates"]).find_dates(text, THU) if m.type == "DATE"]
    assert ms[0].value == value and ms[0].first == ms[0].last


@pytest.mark.parametrize("text,span,value,first", [
    ("It happened the week of March 5, 2024.", "the week of March 5, 2024", "2024-W10", date(2024, 3, 4)),
    ("The vote is scheduled for the week of Nov. 14.", "the week of Nov. 14", "2016-W46", date(2016, 11, 14)),
    ("Talks began the week of 7 November.", "the week of 7 November", "2016-W45", date(2016, 11, 7)),
])
def test_the_week_of_a_day_is_its_iso_week(text, span, value, first):
    m = only(text)
    assert (m.text, m.value, m.first, m.last, m.precision) == (span, value, first, first.replace(day=first.day + 6), "week")


def test_the_week_of_a_day_without_publication_is_unresolved():
    from timeline.dates import find_dates
    m = find_dates("It happened the week of March 5.", None)[0]
    assert (m.value, m.first, m.anchor) == ("XXXX-WXX", None, "unresolved")


def test_two_days_in_a_row_joined_by_and_are_a_range():
    m = only("The committee sits on May 12 and 13.", date(2025, 5, 2))
    assert (m.text, m.value, m.first, m.last) == ("May 12 and 13", "2025-05-12", date(2025, 5, 12), date(2025, 5, 13))


@pytest.mark.parametrize("text,published,expected", [
    ("The games will take place from February 9 through the 25 in the mountains.", date(2018, 2, 1),
     [("February 9", "2018-02-09"), ("the 25", "2018-02-25")]),
    ("The fair runs from May 3 to the 10th.", date(2018, 2, 1), [("May 3", "2018-05-03"), ("the 10th", "2018-05-10")]),
    ("He stayed from March 3, 2015 until the 9th.", date(2018, 2, 1),
     [("March 3, 2015", "2015-03-03"), ("the 9th", "2015-03-09")]),
    # a count, not a day; a day of another month is read with that month
    ("Sales rose from June 2 to the 25 stores.", date(2018, 2, 1), [("June 2", "2017-06-02")]),
    ("It ran from May 3 to the 10th of June.", date(2018, 2, 1), [("May 3", "2017-05-03"), ("10th of June", "2017-06-10")]),
])
def test_the_day_closing_a_range_is_a_day_of_its_month(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("text,published,span,value", [
    # BLS, January 1999: the second of a from-to change takes the first's year, not the nearest quarter
    ("The unemployment rate dropped from 4.6 percent in the first quarter of 1998 to 4.4 percent in the second quarter.",
     date(1999, 1, 11), "the second quarter", "1998-Q2"),
    ("Exports fell from $4 billion in the fourth quarter of 1997 to $3.2 billion in the first quarter.",
     date(1998, 8, 11), "the first quarter", "1998-Q1"),
    ("The rate rose from 5 percent in March 2010 to 6.1 percent in June.", date(2011, 2, 1), "June", "2010-06"),
])
def test_the_end_of_a_change_takes_the_year_of_its_start(text, published, span, value):
    assert values(text, published)[-1] == (span, value)


def test_a_period_after_a_dated_one_without_a_from_to_change_keeps_its_own_year():
    text = "Sales were strong in the first quarter of 2010, and the company expects a loss in the second quarter."
    assert values(text, date(2011, 2, 1))[-1] == ("the second quarter", "2011-Q2")
