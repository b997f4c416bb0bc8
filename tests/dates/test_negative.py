"""Things that look like dates but are not."""

from datetime import date

import pytest

from dates_helpers import values


@pytest.mark.parametrize("text", [
    "She told Russia Today that it was wrong.",
    "she told Radio 4's Today programme.",
    "He appeared on the Today show.",
    "USA Today reported the story.",
    "It may rain, and they march on.",
    "The March of Dimes raised money.",
    "Prime Minister Theresa May spoke.",
    "He hopes to win a second term.",
    "The shares cost $2016 each.",
    "He ranked #1999 in the list.",
    "The ministry sent 2,000 troops.",
    "They moved 1500 people out.",
    "It costs 40 billion dollars.",
    "Turnout was 2016%.",
    "Call 020 7946 2013 for details.",
    "Arsenal won 2-1 at home.",
    "It grew 12.5% to 2,015 units.",
    "the Good Friday Agreement held.",
    "The Sunday Times reported it.",
    "Flight 2012 landed safely.",
    "He had 1,999 votes.",
    "April Ryan asked a question.",
    "a five-year-old boy",
    "children aged 6 months and older",
    "a quarter of voters",
    "The Fed cut rates by a quarter point.",
    "He will return in a second.",
    "Interstate 95 was closed near exit 2018.",
    "the 20th Century Fox studio",
])
def test_not_dates(text):
    assert values(text) == []


@pytest.mark.parametrize("text", [
    "He flew to Mar-a-Lago.",
    "the fall of Kabul",
    "after the fall in oil prices",
    "the Arab Spring protests",
    "Jan Smith said so.",
    # a season in an event's name
    "North Korean athletes will compete in the Winter Olympics.",
    "She won two medals at the winter games.",
    "He carried the flag at the last Summer Olympics.",
    "The Winter Paralympics open in the mountains.",
])
def test_more_names_and_nouns(text):
    assert values(text) == []


def test_a_four_digit_clock_time_is_not_a_year():
    from datetime import date

    from timeline.dates import find_dates

    assert find_dates("Shares were down 0.8% by 1000 GMT.", date(2024, 3, 4)) == []
    assert [m.value for m in find_dates("The index closed at 1430 hrs on Monday.", date(2024, 3, 5))] == ["2024-03-04"]


def test_a_year_before_an_abbreviation_is_still_a_year():
    from datetime import date

    from timeline.dates import find_dates

    assert [m.value for m in find_dates("In 2016 ET reported a loss.", date(2024, 3, 4))] == ["2016"]


@pytest.mark.parametrize("text", [
    "Brady threw a touchdown pass in the fourth quarter.",
    "The Patriots led 14-3 at halftime and added a field-goal in the quarter.",
])
def test_a_quarter_of_play_is_not_a_date(text):
    assert values(text) == []


def test_a_quarter_of_the_markets_stays_a_date():
    assert values("The Dow gained 500 points in the fourth quarter.") == [("the fourth quarter", "2016-Q4")]


def test_the_fall_as_a_decline_is_not_autumn():
    # tests/data/economy voa-2009-05-20 (tuning half)
    text = "Officials say a big reason for the fall is a drastic drop in demand for Japanese products around the world."
    assert values(text) == []
    assert values("The school will reopen in the fall.", date(2016, 5, 2)) == [("the fall", "2016-FA")]
