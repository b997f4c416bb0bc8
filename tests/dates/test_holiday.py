"""Holidays and weekends."""

from datetime import date

import pytest

from dates_helpers import only

from timeline.dates import find_dates


@pytest.mark.parametrize("text,value", [
    ("They met at Christmas.", "2015-12-25"),
    ("They will meet at Christmas.", "2016-12-25"),
    ("It happened on Christmas Eve 2015.", "2015-12-24"),
    ("He will speak on Thanksgiving.", "2016-11-24"),
    ("Shops opened on Black Friday 2015.", "2015-11-27"),
    ("They married on Valentine's Day 2010.", "2010-02-14"),
    ("Easter 2016 was early.", "2016-03-27"),
    ("Good Friday 2017", "2017-04-14"),
    ("Voters went to the polls on Election Day.", "2016-11-08"),
])
def test_holidays(text, value):
    m = only(text)
    assert (m.value, m.precision, m.rule) == (value, "day", "holiday")


def test_weekend():
    m = only("The talks collapsed over the weekend.")
    assert (m.value, m.first, m.last) == ("2016-W44-WE", date(2016, 11, 5), date(2016, 11, 6))
    assert only("The talks will resume at the weekend.").value == "2016-W45-WE"


def test_unresolved_holidays_keep_what_they_know():
    assert [(m.value, m.anchor) for m in find_dates("They met at Christmas.", None)] == [("XXXX-12-25", "unresolved")]
    assert [(m.value, m.anchor) for m in find_dates("They met at Easter.", None)] == [("XXXX-XX-XX", "unresolved")]


def test_a_holiday_before_its_weekday_is_found_in_every_spelling():
    """VOA, 11 November 1999: "commemorating Veteran's Day Thursday"."""
    text = "In a speech commemorating Veteran's Day Thursday at Arlington, he spoke. Veterans' Day is a holiday."
    found = [(m.text, m.value) for m in find_dates(text, date(1999, 11, 11))]
    assert found == [("Veteran's Day", "1999-11-11"), ("Thursday", "1999-11-11"), ("Veterans' Day", "1999-11-11")]


def test_may_day_alone_is_no_date():
    assert find_dates("The May Day parade was held.", date(2016, 5, 3)) == []
    assert [m.value for m in find_dates("The May Day 2015 parade was held.", date(2016, 5, 3))] == ["2015-05-01"]
