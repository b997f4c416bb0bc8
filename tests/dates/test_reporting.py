"""Financial reporting periods: the quarter or year a results story reports,
and the same period a year before it."""

from datetime import date

import pytest

from dates_helpers import only, values

OCT = date(1989, 10, 25)  # results season for the third quarter
FEB = date(2017, 2, 2)  # results season for the fourth quarter and the year


@pytest.mark.parametrize("text,published,expected", [
    ("Net income in the third quarter rose 12 percent. Sales in the quarter were flat.", OCT,
     [("the third quarter", "1989-Q3"), ("the quarter", "1989-Q3")]),
    ("Profit for the latest quarter was $2 billion.", OCT, [("the latest quarter", "1989-Q3")]),
    ("First-half profit rose. Sales in the latest period were $2 billion.", OCT,
     [("First-half", "1989-H1"), ("the latest period", "1989-H1")]),
    ("Profit rose 5 percent in the latest period.", OCT, [("the latest period", "1989-Q3")]),
    ("Markets calmed after the recent period of turmoil.", OCT, []),
    ("Third-quarter profit rose to $5 million from $4 million in the year-earlier quarter.", OCT,
     [("Third-quarter", "1989-Q3"), ("the year-earlier quarter", "1988-Q3")]),
    ("Sales in the third quarter fell from the year-ago period.", OCT,
     [("the third quarter", "1989-Q3"), ("the year-ago period", "1988-Q3")]),
    ("Third-quarter earnings were 80 cents a share, up from 70 cents a year ago.", OCT,
     [("Third-quarter", "1989-Q3"), ("a year ago", "1988-Q3")]),
    ("Third-quarter profit rose to $5 million from $4 million in the same quarter last year.", OCT,
     [("Third-quarter", "1989-Q3"), ("the same quarter last year", "1988-Q3")]),
    ("Third-quarter profit rose from the prior-year quarter.", OCT,
     [("Third-quarter", "1989-Q3"), ("the prior-year quarter", "1988-Q3")]),
    ("Revenue in the third quarter rose 5 percent from a year earlier.", OCT,
     [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]),
    ("Fourth-quarter profit doubled. For the full year, profit rose 20 percent.", FEB,
     [("Fourth-quarter", "2016-Q4"), ("the full year", "2016")]),
    ("The company earned $3 a share for the year.", FEB, [("the year", "2016")]),
    # "the year" as the subject of a to-infinitive; "the year to March" is a year ending then
    ("The company expects earnings for the year to rise.", date(2017, 6, 2), [("the year", "2017")]),
    ("The company expects to earn $4 a share for the year.", date(2017, 6, 2), [("the year", "2017")]),
    ("It expects to hold $10 billion in cash at year-end.", date(2017, 6, 2), [("year-end", "2017")]),
    ("The economy shrank in the first three months of the year.", date(2014, 10, 9),
     [("the first three months of the year", "2014-Q1")]),
    ("Growth estimates for the final quarter of last year were revised.", date(2008, 7, 31),
     [("the final quarter of last year", "2007-Q4")]),
    ("Much depends on growth in the last six months of 2014.", date(2014, 10, 9),
     [("the last six months of 2014", "2014-H2")]),
    ("Profit in last year's third quarter was $5 million.", OCT, [("last year's third quarter", "1988-Q3")]),
    ("This year's first half was weak.", OCT, [("This year's first half", "1989-H1")]),
])
def test_reporting_periods(text, published, expected):
    assert values(text, published) == expected


def test_fiscal_quarter_is_found_whole():
    # Its value is the calendar quarter of that number (the fiscal calendar is not known).
    assert [t for t, _v in values("For the fiscal first quarter, the company earned $3 million.", OCT)] == \
        ["the fiscal first quarter"]


def test_the_quarter_without_a_story_quarter_is_the_last_complete_one():
    assert values("Sales in the quarter fell 3 percent.", OCT) == [("the quarter", "1989-Q3")]


@pytest.mark.parametrize("text", [
    "He was named player of the Year.",
    "The year before, sales had doubled.",
    "In the year 2000 the bug struck.",
    "Profit in the year to March rose.",
    "Shares have gained 20 percent in the year to date.",
])
def test_not_a_reporting_year(text):
    assert all(t != "the year" for t, _v in values(text, OCT))


@pytest.mark.parametrize("text,published,expected", [
    ("Productivity jumped four percent in the July-September quarter.", date(2002, 11, 7),
     [("the July-September quarter", "2002-Q3")]),
    ("GM earned $3 billion in the January-to-March period, up from $865 million in the same period a year ago.",
     date(2011, 5, 5), [("the January-to-March period", "2011-Q1"), ("a year ago", "2010-Q1")]),
    # the months tagged one by one, the run of them the story's quarter
    ("Sales for the April through June 2010 period were up 6.8 percent from the same period a year ago.",
     date(2010, 7, 14), [("April", "2010-04"), ("June 2010", "2010-06"), ("a year ago", "2009-Q2")]),
])
def test_quarter_named_by_its_months(text, published, expected):
    assert values(text, published) == expected


def test_months_off_the_calendar_quarters_are_no_quarter():
    assert all("Q" not in v for _t, v in values("Sales rose in the August-October quarter.", OCT))
    said = "Sales for the April through May 2010 period were up 6.8 percent from the same period a year ago."
    assert ("a year ago", "2009") in values(said, date(2010, 7, 14))


@pytest.mark.parametrize("text,expected", [
    ("For the week, the Dow rose 2 percent.", [("the week", "2016-W45")]),
    ("Shares fell on Monday. For the week, the index lost 3 percent.",
     [("Monday", "2016-11-07"), ("the week", "2016-W45")]),
    ("Last week, the Fed cut rates.", [("Last week", "2016-W44")]),
    ("Talks will resume later this week.", [("later this week", "2016-W45")]),
    ("Sales will top last year's record.", [("last year", "2015")]),
    ("The company said this year would be difficult.", [("this year", "2016")]),
])
def test_weeks_and_years_as_values(text, expected):
    assert values(text, date(2016, 11, 10)) == expected


@pytest.mark.parametrize("text", ["Sales fell in the week ended Friday.", "He left in the week before the vote."])
def test_the_week_of_something_else_is_not_the_story_week(text):
    assert all(t != "the week" for t, _v in values(text, date(2016, 11, 10)))


@pytest.mark.parametrize("text,published,value,first", [
    # the quarter reported is the last complete one; its fiscal year (FY) is named
    # by the calendar year it ends in (SEC filings: "the first quarter of
    # Fiscal 2024" of a year ended September 30, 2024 ended December 31, 2023)
    ("Net income in the fiscal first quarter rose 10%.", date(1989, 10, 25), "FY1990-Q1", date(1989, 7, 1)),
    ("Sales for the fiscal fourth quarter fell.", date(1989, 10, 25), "FY1989-Q4", date(1989, 7, 1)),
    ("Profit in its second fiscal quarter doubled.", date(2024, 5, 2), "FY2024-Q2", date(2024, 1, 1)),
    # a forward clause: the quarter under way
    ("The company expects a loss in the fiscal third quarter.", date(1989, 10, 25), "FY1990-Q3", date(1989, 10, 1)),
])
def test_fiscal_quarter_without_a_year(text, published, value, first):
    m = only(text, published)
    assert (m.value, m.first) == (value, first)
    assert m.rule == "fiscal_quarter"


def test_fiscal_quarter_with_its_year_is_that_year():
    assert only("Profit fell in the first quarter of fiscal 1990.", date(1989, 10, 25)).value == "FY1990-Q1"


def test_markets_report_the_week_they_end():
    # tests/data/economy voa-2000-09-30 (tuning half), a Saturday
    text = "Oil prices ended the week at around thirty dollars a barrel."
    assert values(text, date(2000, 9, 30)) == [("the week", "2000-W39")]
    assert values("He took the week off.", date(2000, 9, 30)) == []


@pytest.mark.parametrize("text,expected", [
    ("The company reported a loss for the September quarter.", [("the September quarter", "1989-Q3")]),
    ("Profit in the June quarter of 1989 rose.", [("the June quarter of 1989", "1989-Q2")]),
])
def test_a_quarter_named_by_the_month_it_ends_in(text, expected):
    assert values(text, OCT) == expected


def test_a_quarter_ending_off_the_calendar_quarters_is_no_calendar_quarter():
    assert values("Sales in the August quarter fell.", OCT) == []


@pytest.mark.parametrize("text,published,expected", [
    # a year back from a fiscal quarter is that fiscal quarter a year before
    ("Net income rose in its fiscal fourth quarter, up from $2 billion a year earlier.", date(2010, 10, 19),
     [("fiscal fourth quarter", "FY2010-Q4"), ("a year earlier", "FY2009-Q4")]),
    ("Sales for the fiscal first quarter beat those of the same period last year.", date(1989, 10, 25),
     [("the fiscal first quarter", "FY1990-Q1"), ("the same period last year", "FY1989-Q1")]),
    # a fiscal year is a reporting period too: "the same period of the last year"
    ("Profit at the start of the financial year doubled from the same period of the last year.", date(2007, 1, 18),
     [("the start of the financial year", "FY2007"), ("the same period of the last year", "FY2006")]),
])
def test_a_year_before_a_fiscal_period_stays_fiscal(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("text,published,expected", [
    # a fiscal year is named for the calendar year of its last day
    ("Revenue for the fiscal year ended June 30 rose 12 percent.", date(2010, 10, 19),
     [("the fiscal year", "FY2010"), ("June 30", "2010-06-30")]),
    ("Revenue for the fiscal year ended June 30 rose 12 percent.", date(2010, 3, 2),
     [("the fiscal year", "FY2009"), ("June 30", "2009-06-30")]),
    ("It expects growth in the fiscal year ending March 31.", date(2010, 10, 19),
     [("the fiscal year", "FY2011"), ("March 31", "2011-03-31")]),
    ("Sales in the fiscal year ended Sept. 30, 2008, fell.", date(2010, 10, 19),
     [("the fiscal year", "FY2008"), ("Sept. 30, 2008", "2008-09-30")]),
    ("Profit for the financial year rose.", date(2010, 10, 19), [("the financial year", "FY2010")]),
])
def test_a_fiscal_year_named_by_its_end(text, published, expected):
    assert values(text, published) == expected
