"""Narrative anchoring: relative to the last dated expression, not publication."""

from datetime import date

import pytest

from timeline.dates import find_dates

from dates_helpers import THU, values


def test_day_before_follows_the_story():
    ms = find_dates("The raid began on March 3, 2015. The day before, troops had massed.", THU)
    assert [(m.text, m.value, m.anchor) for m in ms] == [
        ("March 3, 2015", "2015-03-03", "absolute"), ("The day before", "2015-03-02", "narrative")]


def test_a_year_later():
    ms = find_dates("He founded the firm in 2003. A year later it failed.", THU)
    assert [(m.value, m.anchor, m.rule) for m in ms] == [("2003", "absolute", "year"), ("2004", "narrative", "narrative")]


def test_that_month_and_following_week():
    text = "On 12 May 2010 the deal collapsed. That month shares fell, and the following week he resigned."
    assert values(text) == [("12 May 2010", "2010-05-12"), ("That month", "2010-05"), ("the following week", "2010-W20")]


def test_two_days_later():
    assert values("The vote was on 5 June 2012. Two days later he quit.") == [
        ("5 June 2012", "2012-06-05"), ("Two days later", "2012-06-07")]


def test_next_morning_is_time():
    ms = find_dates("The fire broke out on 5 June 2012. The next morning the road was closed.", THU)
    assert [(m.value, m.type) for m in ms] == [("2012-06-05", "DATE"), ("2012-06-06TMO", "TIME")]


def test_regions_order_drives_narrative():
    text = "Intro 2001. Ad text. The story began on 5 June 2012. The day after, it ended."
    a = text.index("The story")
    ms = find_dates(text, THU, regions=[(a, len(text))])
    assert [(m.text, m.value) for m in ms] == [("5 June 2012", "2012-06-05"), ("The day after", "2012-06-06")]
    assert all(m.start >= a for m in ms)


def test_falls_back_to_publication_without_a_story_date():
    ms = find_dates("The day before, troops had massed.", THU)
    assert [(m.value, m.anchor) for m in ms] == [("2016-11-09", "publication")]


def test_unresolved_without_anything():
    ms = find_dates("The day before, troops had massed.", None)
    assert [(m.value, m.anchor, m.first) for m in ms] == [("XXXX-XX-XX", "unresolved", None)]


def test_relative_to_event_is_not_narrative():
    assert values("He left the day before the election.") == []


def test_coarse_story_date_anchors_at_its_own_precision():
    text = "In June 2019, Putin and Trump met in Osaka. The day before, Putin gave an interview."
    ms = find_dates(text, date(2024, 8, 5))
    assert [(m.text, m.value, m.anchor, m.mod) for m in ms] == [
        ("June 2019", "2019-06", "absolute", None), ("The day before", "2019-06", "narrative", "APPROX")]


@pytest.mark.parametrize("text,value", [
    ("The plant opened in 2022. In July of that year, VW cut jobs.", "2022-07"),
    ("The plant opened in 1999, and in March of the same year VW sold it.", "1999-03"),
    ("The plant opened in May 2022. In July the following year, VW cut jobs.", "2023-07"),
    ("The plant opened on June 3, 2015. In March of the previous year, VW had bought the land.", "2014-03"),
])
def test_month_of_that_year_takes_the_story_year(text, value):
    m = values_and_anchors(text)[-1]
    assert m == (value, "narrative")


def test_month_of_that_year_without_a_story_year_follows_publication():
    assert find_dates("In July of that year, VW cut jobs.", date(2024, 3, 4))[-1].value == "2023-07"


def values_and_anchors(text, published=date(2024, 3, 4)):
    return [(m.value, m.anchor) for m in find_dates(text, published)]


def test_the_previous_quarter_is_the_one_before_the_story_quarter():
    # tests/data/economy voa-2009-05-20 (tuning half)
    text = "Overseas shipments for the first three months of 2009 fell 26 percent from the previous quarter."
    assert [(m.text, m.value) for m in find_dates(text, date(2009, 5, 20))] == [
        ("the first three months of 2009", "2009-Q1"), ("the previous quarter", "2008-Q4")]


def test_a_shift_from_a_vague_past_time_is_undated():
    text = "The firm opened in 2012. Several years ago it closed, but it reopened the following year."
    assert values(text) == [("2012", "2012"), ("Several years ago", "PAST_REF"), ("the following year", "XXXX")]


def test_a_date_after_the_vague_time_anchors_again():
    text = "Several years ago it closed. It reopened in 2012, and a year later it grew."
    assert values(text) == [("Several years ago", "PAST_REF"), ("2012", "2012"), ("a year later", "2013")]
