"""Months and month-days without a year: the tense of the clause decides."""

from datetime import date

import pytest

from timeline.dates import find_dates

from dates_helpers import THU, only, values


@pytest.mark.parametrize("text,value", [
    ("Albright called him talented in December.", "2015-12"),
    ("The summit will be held in December.", "2016-12"),
    ("The summit is expected in December.", "2016-12"),
    ("Prices rose in March.", "2016-03"),
    ("The law takes effect in March.", "2017-03"),
    ("The plan is to launch in March.", "2017-03"),
    ("He plans to step down in January.", "2017-01"),
    ("He stepped down in January.", "2016-01"),
    ("The deal was signed in November.", "2016-11"),
])
def test_month_by_tense(text, value):
    m = only(text)
    assert (m.value, m.precision, m.anchor, m.rule) == (value, "month", "publication", "month")


def test_by_january_is_a_deadline():
    m = only("Britain must decide by January.")
    assert (m.value, m.future) == ("2017-01", True)


@pytest.mark.parametrize("text,value", [
    ("The vote took place on Nov. 5.", "2016-11-05"),
    ("The vote will take place on Dec. 5.", "2016-12-05"),
    ("The vote took place on Dec. 5.", "2015-12-05"),
    ("The vote took place on 3 October.", "2016-10-03"),
    ("The report, published Feb. 28, found errors.", "2016-02-28"),
])
def test_month_day_by_tense(text, value):
    m = only(text)
    assert (m.value, m.precision, m.anchor) == (value, "day", "publication")


def test_modifiers():
    m = only("The flu season started in early December.", date(2013, 3, 22))
    assert (m.value, m.mod) == ("2012-12", "START")
    m = only("It peaked in mid-January.", date(2013, 3, 22))
    assert (m.value, m.mod) == ("2013-01", "MID")
    m = only("It ended late last July.", date(2013, 3, 22))
    assert (m.value, m.mod) == ("2012-07", "END")
    m = only("It happened at the end of March 2012.")
    assert (m.value, m.mod) == ("2012-03", "END")


def test_last_may():
    assert values("He left last May.", date(2013, 3, 21)) == [("last May", "2012-05")]


def test_month_unresolved_without_publication():
    m = only("Prices rose in March.", None)
    assert (m.value, m.anchor, m.first) == ("XXXX-03", "unresolved", None)


def test_ranges_share_the_year():
    assert values("in November and December 2024", THU) == [("November", "2024-11"), ("December 2024", "2024-12")]
    assert values("from Nov. 5 to Dec. 6, 2024", THU) == [("Nov. 5", "2024-11-05"), ("Dec. 6, 2024", "2024-12-06")]


def test_month_day_without_tense_is_the_nearest():
    # "in the lead-up to his Jan. 20 inauguration", published 14 Jan 2025
    text = "Officials have been in direct contact with the team in the lead-up to his Jan. 20 inauguration."
    assert values(text, date(2025, 1, 14)) == [("Jan. 20", "2025-01-20")]


def test_far_verbs_do_not_govern():
    text = "BP agreed to sell back its 50% stake in TNK-BP to Russia's Rosneft in October in return for cash."
    assert values(text, date(2013, 3, 22)) == [("October", "2012-10")]


def test_month_without_tense_is_the_nearest():
    assert values("Sales figures for December", date(2025, 1, 10)) == [("December", "2024-12")]
    assert values("Sales figures for February", date(2025, 1, 10)) == [("February", "2025-02")]


def test_until_follows_the_verb():
    assert values("The store will stay closed until March.") == [("March", "2017-03")]
    assert values("The store remained closed until March.") == [("March", "2016-03")]
    assert values("The troops had withdrawn by January.") == [("January", "2016-01")]


MON = date(2025, 1, 20)  # a Monday


@pytest.mark.parametrize("text,value", [
    # verbs whose past is their base: after a third-person singular subject
    # without "-s" or an auxiliary they can only be past
    ("The company cut its goal in June.", "2024-06"),
    ("The firm put the plan on hold in December.", "2024-12"),
    ("In June, the company cut its goal.", "2024-06"),
    ("It set a target in June.", "2024-06"),
    ("The team beat Chelsea in March.", "2024-03"),
    # a future cue used as a noun, its content not named, says nothing
    ("The firm shelved the plan in December.", "2024-12"),
    ("The bank has cut rates in June.", "2024-06"),
    # plural subjects: past or present; a single event with a bare month is
    # past in news narration
    ("Shares hit a record in March.", "2024-03"),
    ("They cut rates in June.", "2024-06"),
    ("The price of gold hit a record in March.", "2024-03"),
    # an auxiliary or "to" decides instead
    ("The bank will cut rates in June.", "2025-06"),
    ("The team will beat Chelsea in March.", "2025-03"),
    ("Analysts expect the bank to cut rates in June.", "2025-06"),
    ("Rates will be cut in June.", "2025-06"),
    ("Rates were cut in June.", "2024-06"),
    # a short regular past ("died" is too short for the "-ed" rule) is nearer than the infinitive
    ("Voters elected a Republican to finish the term of a senator who died in August.", "2024-08"),
    ("The vote was put off until March.", "2025-03"),
    # a date after "for"/"until", or right after the verb, is its target
    ("The firm put the plan on hold until March.", "2025-03"),
    ("The board set the date for June.", "2025-06"),
    ("The meeting is set for June.", "2025-06"),
    # nouns, not verbs: no tense, the nearest June
    ("Traders see a rate cut in June.", "2025-06"),
    # verbs of prediction: a date in their object is what is predicted
    ("Traders bet on a rate cut in June.", "2025-06"),
    ("In June, the company forecast weaker sales.", "2024-06"),
    ("Congress will pass a tax cut bill in June.", "2025-06"),
    ("A big hit in June", "2025-06"),
    # habitual present: no past signal, the default (nearest) holds
    ("They usually cut rates in June.", "2025-06"),
])
def test_past_equal_to_base(text, value):
    assert [v for _, v in values(text, MON)] == [value]


@pytest.mark.parametrize("text,value", [
    # no verb cue at all: the nearest such month to publication
    ("Sales in December were strong.", "2024-12"),
    ("December sales", "2024-12"),
    ("Sales figures for June", "2025-06"),
    # six months either way: a tie goes to the publication's year
    ("Sales figures for July", "2025-07"),
])
def test_month_without_verb_is_the_nearest(text, value):
    assert [v for _, v in values(text, MON)] == [value]


def test_forecast_object_is_not_past():
    text = "Nvidia forecast fourth-quarter revenue of about $54 billion."
    assert values(text, date(2025, 8, 28)) == [("fourth-quarter", "2025-Q4")]


def test_date_object_is_a_target():
    text = "Trump set Friday as the deadline."
    assert values(text, MON) == [("Friday", "2025-01-24")]


@pytest.mark.parametrize("text,value", [
    # a subject between the determiner and "forecast" makes it a verb
    ("The company forecast in June that sales would rise.", "2024-06"),
    ("The company's full-year forecast in June will be revised.", "2025-06"),
])
def test_forecast_verb_or_noun(text, value):
    assert [v for _, v in values(text, MON)] == [value]


@pytest.mark.parametrize("text,value", [
    # verbs of postponing look forward to where the event moves ...
    ("The vote was postponed until March.", "2025-03"),
    ("The launch was pushed back to March.", "2025-03"),
    ("The talks were delayed until after Christmas.", "2025-12-25"),
    # ... not from when it was moved
    ("The company suspended its dividend in December.", "2024-12"),
    ("The meeting was postponed on Thursday.", "2025-01-16"),
])
def test_postponing(text, value):
    assert [v for _, v in values(text, MON)] == [value]


@pytest.mark.parametrize("text,expected", [
    ("The company expects sales in the April to September period to rise.", ["2024-04", "2024-09"]),
    ("Honda's sales in the April to September period", ["2024-04", "2024-09"]),
    ("Sales in the April to September period fell.", ["2023-04", "2023-09"]),
    ("Sales between October and March rose.", ["2023-10", "2024-03"]),
    ("Sales from October to February will rise.", ["2024-10", "2025-02"]),
    ("The season runs from October to March.", ["2023-10", "2024-03"]),
])
def test_year_less_month_range_takes_one_year_choice(text, expected):
    # published Monday 2024-03-04: tense of the whole range, then the nearest range
    assert [m.value for m in find_dates(text, date(2024, 3, 4))] == expected


def test_a_month_day_with_a_stated_direction():
    # "the fiscal year ending next June 30" in an October 1989 story
    assert values("The fiscal year ends next June 30.", date(1989, 10, 25)) == [
        ("The fiscal year", "FY1990"), ("next June 30", "1990-06-30")]
    assert values("The plan began last March 15.", date(1989, 10, 25)) == [("last March 15", "1989-03-15")]


def test_a_weekday_contradicting_its_date_leaves_the_date_in_its_year():
    # March 18, 2013 is a Monday; the last year whose March 18 is a Tuesday is 2008
    assert values("The hearing was held on Tuesday, March 18.", date(2013, 3, 22)) == [
        ("Tuesday, March 18", "2013-03-18")]


def test_a_weekday_fitting_its_date_days_ahead_wins_over_the_tense_read():
    # State Department, 25 May 2018 (public domain): May 29, 2018 is a Tuesday, four days ahead.
    assert values("Instructions will be sent to members of the press only, on Tuesday, May 29, at 7:30 a.m.",
                  date(2018, 5, 25))[0] == ("Tuesday, May 29", "2018-05-29")


def test_a_cue_before_a_hard_line_break_still_cues_the_month():
    # BLS release text is wrapped: "was 1.7 percent in\nAugust, an increase from ...".
    assert values("The index was 1.7 percent in\nAugust, an increase.") == [("August", "2016-08")]
    # A blank line ends the paragraph: "in" of the one before cues nothing.
    assert values("The index was 1.7 percent in\n\nAugust rose.") == []
