"""Under `explained()` each mention says which parser found it and which rule resolved it."""

from datetime import date

import pytest

from timeline.dates import find_dates, find_dates_within
from timeline.trace import explained

THU = date(2016, 11, 10)


def _why(text, published=THU, pick=0):
    with explained():
        return find_dates(text, published)[pick].why


@pytest.mark.parametrize("text,found,resolved", [
    ("It rose last week.", "found: relative_unit (parsers/relative)",
     "resolved: 'last week' -> 2016-W44, the week before the publication's (resolve/shift shift_value)"),
    ("It rose two days ago.", "found: ago (parsers/relative)",
     "resolved: 'two days ago' -> 2016-11-08, 2 days before the publication's (resolve/shift shift_value)"),
    ("He met her on Wednesday.", "found: weekday (parsers/weekday)",
     "resolved: 'Wednesday' -> 2016-11-09, the most recent such day (publication day included) "
     "(resolve/nearest weekday_near)"),
    ("It happened in May 2010.", "found: month_year (parsers/month)",
     "resolved: 'May 2010' -> 2010-05, the stated year (resolve/calendar calendar_value)"),
    ("Shares hit a record in March.", "found: month (parsers/month)",
     "resolved: 'March' -> 2016-03, the latest at or before publication (resolve/nearest pick)"),
    ("He left on Nov. 20.", "found: month_day (parsers/full_date)",
     "resolved: 'Nov. 20' -> 2015-11-20, the year before, as it lies after publication in a past clause "
     "(resolve/calendar month_day)"),
    ("We met at Thanksgiving.", "found: holiday (parsers/holiday)",
     "resolved: 'Thanksgiving' -> 2015-11-26, the year before, as this year's is still to come "
     "(resolve/holiday holiday_value)"),
    ("Prices are high now.", "found: reference (parsers/refs)",
     "resolved: 'now' -> PRESENT_REF, the publication day (resolve/refs reference_value)"),
    ("Sales fell over the past two months.", "found: duration (parsers/duration)",
     "resolved: 'over the past two months' -> P2M, spanning up to publication (resolve/refs anchored_span)"),
])
def test_found_and_resolved(text, found, resolved):
    why = _why(text)
    assert why[0] == found, why
    assert why[-1] == resolved, why


def test_narrative_shift_names_its_story_date():
    why = _why("He arrived on June 5, 2019. The day before, he left.", pick=1)
    assert why[-1] == ("resolved: 'The day before' -> 2019-06-04, the day before the story's 'June 5, 2019' "
                       "(resolve/shift shift_value)")


def test_unresolved_without_publication():
    why = _why("He met her on Wednesday.", published=None)
    assert why[-1] == "resolved: 'Wednesday' -> XXXX-WXX-3, no publication date (resolve/calendar unresolved_value)"


@pytest.mark.parametrize("text,pick,reason", [
    ("November and December 2024", 0, "refined: takes the year of 'December 2024' that ends its range "
                                      "(refiners/share_year)"),
    ("the April to September period was weak", 0, "refined: one range of months, 'April to September' "
                                                   "(refiners/link_months)"),
    ("8 p.m. on Nov. 5, 2015", 0, "refined: takes the day of 'Nov. 5, 2015' next to it (refiners/attach_times)"),
])
def test_refiners_say_what_they_changed(text, pick, reason):
    assert reason in _why(text, pick=pick)


def test_widened_over_a_window():
    with explained():
        m = find_dates_within("It happened last week.", (date(2016, 11, 10), date(2016, 11, 16)))[0]
    assert m.value == "2016"
    assert m.why[-1] == ("widened: the readings over the publication window differ; the year holding them all "
                         "(find_dates_within _widen)")
