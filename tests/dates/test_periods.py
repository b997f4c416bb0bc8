"""Seasons, quarters, halves, decades, centuries."""

from datetime import date

import pytest

from dates_helpers import only, values


@pytest.mark.parametrize("text,value,precision", [
    ("in the summer of 2012", "2012-SU", "season"),
    ("by spring 2013", "2013-SP", "season"),
    ("in the third quarter of 2016", "2016-Q3", "quarter"),
    ("Q3 2016 results", "2016-Q3", "quarter"),
    ("in the first half of 2016", "2016-H1", "half"),
    ("in the 1990s", "199", "decade"),
    ("the early 2000s", "200", "decade"),
    ("in the '90s", "199", "decade"),
    ("the 20th century", "19", "century"),
    ("the nineteenth century", "18", "century"),
    ("fiscal 2013", "FY2013", "year"),
    ("in 1988's fourth quarter", "1988-Q4", "quarter"),
    ("the 2016 third quarter", "2016-Q3", "quarter"),
])
def test_periods(text, value, precision):
    m = only(text)
    assert (m.value, m.precision, m.anchor) == (value, precision, "absolute")


def test_intervals():
    assert (only("in the summer of 2012").first, only("in the summer of 2012").last) == (date(2012, 6, 1), date(2012, 8, 31))
    m = only("in the winter of 2012")
    assert (m.first, m.last) == (date(2012, 12, 1), date(2013, 2, 28))
    m = only("in the 1990s")
    assert (m.first, m.last) == (date(1990, 1, 1), date(1999, 12, 31))
    m = only("the 20th century")
    assert (m.first, m.last) == (date(1900, 1, 1), date(1999, 12, 31))
    m = only("in the third quarter of 2016")
    assert (m.first, m.last) == (date(2016, 7, 1), date(2016, 9, 30))


def test_mods():
    assert only("in the early 2000s").mod == "START"
    assert only("in the late 1990s").mod == "END"
    assert only("in mid-2012").mod == "MID"
    assert (only("by late 2012").value, only("by late 2012").mod) == ("2012", "END")


def test_seasons_without_year_follow_tense():
    assert values("The plant closed in the summer.") == [("the summer", "2016-SU")]
    assert values("The plant will close in the spring.") == [("the spring", "2017-SP")]


def test_quarter_without_year():
    assert values("Profits fell in the second quarter.") == [("the second quarter", "2016-Q2")]
    assert values("Profits will rise in the first quarter.") == [("the first quarter", "2017-Q1")]


def test_half_without_tense_ties_to_the_publication_year():
    assert values("deliveries in the second half", date(2006, 3, 28)) == [("the second half", "2006-H2")]


def test_set_in_without_be_is_past():
    m = only("Sales beat the goal the board set in the summer.", date(2025, 1, 9))
    assert m.value == "2024-SU"
    assert only("The vote is set in March.", date(2025, 1, 9)).value == "2025-03"


MAR_4_2024 = date(2024, 3, 4)  # a Monday


@pytest.mark.parametrize("text,value", [
    # a modal makes what follows a base form, even one that looks past ("ground", "found")
    ("Airlines will ground the jets for much of the summer.", "2024-SU"),
    ("Airlines will ground the jets for the summer, but not for the winter.", "2024-WI"),
    ("The airline could not ground the jets in the winter.", "2024-WI"),
    ("The regulator ground the jets for much of the summer.", "2023-SU"),
    ("The airline flew the route in the winter.", "2023-WI"),
    ("The route would be served in summer, but not for the winter.", "2024-WI"),
])
def test_seasons_follow_tense_like_months(text, value):
    assert values(text, MAR_4_2024)[-1][1] == value


@pytest.mark.parametrize("clause", [
    "The parts are expected to arrive before {}.",
    "The parts will arrive before {}.",
    "The parts arrived before {}.",
    "Airlines will ground the jets until {}.",
    "The supplier found the parts before {}.",
])
def test_end_of_month_follows_the_same_tense_as_the_month(clause):
    end = only(clause.format("the end of June"), MAR_4_2024)
    plain = only(clause.format("June"), MAR_4_2024)
    assert (end.value, end.mod) == (plain.value, "END")


@pytest.mark.parametrize("text,value", [
    # a phrase coordinated without a verb takes the tense of the clause it is cut from
    ("Ryanair would fly the new route to Faro three times a week from April, but not for the winter.", "2024-WI"),
    ("The airline plans to keep the larger jets on the route for the busy Easter period, but not for the winter.",
     "2024-WI"),
    ("The airline flew the larger jets on the route to Faro three times a week a year ago, but not in the winter.",
     "2023-WI"),
])
def test_verbless_coordinated_season_takes_the_clause_tense(text, value):
    assert values(text, MAR_4_2024)[-1] == ("the winter", value)


def test_ordinal_quarter_heading_a_definite_noun_phrase():
    # tests/data/business voa-2014-10-09 (tuning half): "the disastrous first quarter that we had"
    text = "\"It's certainly nice to see a rebound after the disastrous first quarter that we had.\""
    assert values(text, date(2014, 10, 9)) == [("first quarter", "2014-Q1")]
    assert values("Toyota's first quarter was weak.", date(2014, 10, 9)) == [("first quarter", "2014-Q1")]
    assert values("He scored a second half goal and a first quarter try.", date(2014, 10, 9)) == []


def test_a_month_closing_a_reporting_period_is_a_date():
    # tests/data/releases bls-2012-09-14 (tuning half), a BLS release (public domain)
    text = "Prices rose 1.9 percent for the 12 months ending August, a slight decline."
    assert ("August", "2012-08") in values(text, date(2012, 9, 14))
    assert ("March", "2012-03") in values("Sales fell in the quarter ended March, the company said.", date(2012, 4, 20))


def test_a_quarterly_figure_compared_with_a_year_ago_is_the_last_complete_quarter_a_year_before():
    # tests/data/earnings fdic-2020-02-25 (tuning half), an FDIC release headline (public domain)
    text = "Quarterly Net Income Declines Almost 7 Percent From a Year Ago to $55.2 Billion"
    assert values(text, date(2020, 2, 25)) == [("a Year Ago", "2018-Q4")]
    # not compared: "a year ago" says when it happened
    assert values("The company raised its quarterly dividend a year ago.", date(2020, 2, 25)) == [("a year ago", "2019")]


def test_a_headline_names_its_quarter_in_capitals_and_a_year_ago_is_that_quarter_a_year_before():
    # tests/data/earnings fdic-2016-02-24 (tuning half), an FDIC release headline (public domain)
    text = "Fourth Quarter Net Income of $40.8 Billion Is 11.9 Percent Higher Than a Year Ago"
    assert values(text, date(2016, 2, 24)) == [("Fourth Quarter", "2015-Q4"), ("a Year Ago", "2014-Q4")]
    # a game's quarter or half in a headline: nothing reported follows it
    assert values("Celtics Rally in Fourth Quarter to Beat Knicks", date(2014, 10, 9)) == []
    assert values("Second Half Surge Lifts Patriots Past Jets", date(2014, 10, 9)) == []


@pytest.mark.parametrize("text,expected", [
    # the season of a year stays a date next to an event's name
    ("The Winter Olympics were held in the winter of 1994.", [("the winter of 1994", "1994-WI")]),
    ("Skiers trained this winter for the Winter Olympics.", [("this winter", "2016-WI")]),
    ("He skied at the Winter Carnival.", []),  # a capitalised season after a lower-case word, before a name
    ("Last Summer Was The Hottest", [("Last Summer", "2016-SU")]),  # a title-case headline
])
def test_a_season_beside_an_event_name(text, expected):
    assert values(text) == expected
