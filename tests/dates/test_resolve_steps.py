"""The resolve steps alone: picking the nearest period, year and weekday; shifting units."""

from datetime import date

import pytest

from timeline.dates.resolve.calendar import precision_of, unresolved_value
from timeline.dates.engine import Hit
from timeline.dates.resolve.nearest import (cycle, month_range_start, nearest_year, pick, uncycle, weekday_near,
                                            year_matching_weekday)
from timeline.dates.resolve.refs import anchored_span
from timeline.dates.resolve.shift import shift_description

THU = date(2016, 11, 10)


@pytest.mark.parametrize("month,direction,rel,expected", [
    (12, -1, None, (2015, 12)),  # past: the latest at or before publication
    (12, 1, None, (2016, 12)),  # future: the first at or after
    (12, 0, None, (2016, 12)),  # no tense: the nearest
    (3, 0, None, (2017, 3)),  # four months ahead is nearer than eight back
    (11, 0, -1, (2015, 11)),  # "last November": strictly before
    (11, 0, 1, (2017, 11)),  # "next November": strictly after
    (3, 0, 0, (2016, 3)),  # "this March": the publication's year
])
def test_pick_a_month(month, direction, rel, expected):
    size, phase, now = cycle("month", month, THU)
    assert uncycle("month", pick(now, phase, size, direction, rel), size) == expected


@pytest.mark.parametrize("wd,rel,direction,expected", [
    (2, None, 0, date(2016, 11, 9)),  # Wednesday: the most recent
    (3, None, 0, THU),  # Thursday: publication day included
    (4, None, 1, date(2016, 11, 11)),  # forward clause: the coming Friday
    (3, -1, 0, date(2016, 11, 3)),  # "last Thursday": strictly before
    (3, 1, 0, date(2016, 11, 17)),  # "next Thursday": strictly after
])
def test_weekday_near(wd, rel, direction, expected):
    assert weekday_near(THU, wd, rel, direction) == expected


def test_years():
    assert nearest_year(date(2025, 1, 20), 12, 24) == 2024
    assert nearest_year(THU, 6, 1) == 2016
    assert year_matching_weekday(date(2019, 12, 27), 1, 3, 4, 2019) == 2020  # Friday, Jan. 3: next year's
    # Friday, Nov. 8 fits 2013 but not 2015-2017: the stated date in 2016 stands
    assert year_matching_weekday(THU, 11, 8, 4, 2016) == 2016


def test_month_range_start():
    k, now = month_range_start(date(2016, 2, 1), 4, 9, -1)  # "April to September", past, written in February
    assert (k // 12, k % 12 + 1) == (2015, 4)
    k, now = month_range_start(date(2016, 5, 1), 4, 9, 0)  # no tense, a range holding publication
    assert (k // 12, k % 12 + 1) == (2016, 4)


def test_anchored_span_and_shift_description():
    assert anchored_span(THU, -2, "month") == (date(2016, 9, 10), THU)
    assert anchored_span(THU, 3, "day") == (THU, date(2016, 11, 13))
    assert shift_description("week", -1, "the publication's") == "the week before the publication's"
    assert shift_description("day", 2, "the story's 'June 5'") == "2 days after the story's 'June 5'"
    assert shift_description("month", 0, "the publication's") == "the publication's month"


def test_calendar_hit_precision_and_placeholders():
    h = Hit(0, 6, "weekday", weekday=4)
    assert precision_of(h) == ("day", None)
    assert unresolved_value(h) == "XXXX-WXX-5"
    assert unresolved_value(Hit(0, 4, "month", month=3)) == "XXXX-03"
