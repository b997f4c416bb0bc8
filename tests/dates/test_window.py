"""find_dates_within: an undated article published somewhere in a window."""

from datetime import date

import pytest

from timeline.dates import find_dates, find_dates_within

WINDOW = (date(2016, 11, 10), date(2016, 11, 16))  # Thursday .. Wednesday


def one(text, window=WINDOW):
    ms = find_dates_within(text, window)
    assert len(ms) == 1, ms
    return ms[0]


def test_weekday_that_every_day_of_the_window_agrees_on():
    m = one("Deputy Foreign Minister Sergei Ryabkov told journalists on Thursday that the talks had stalled.")
    assert (m.value, m.first, m.last, m.anchor, m.rule) == ("2016-11-10", date(2016, 11, 10), date(2016, 11, 10),
                                                            "publication", "weekday")


def test_last_week_widens_to_the_year():
    m = one("The talks collapsed last week.")
    # 2016-W44 read on Nov. 10, 2016-W45 on Nov. 16: both in 2016 only.
    assert (m.value, m.first, m.last, m.precision) == ("2016", date(2016, 1, 1), date(2016, 12, 31), "year")
    assert m.anchor == "publication" and m.rule == "relative_unit"


def test_yesterday_widens_to_the_month():
    m = one("The talks collapsed yesterday.")
    assert (m.value, m.first, m.last, m.precision) == ("2016-11", date(2016, 11, 1), date(2016, 11, 30), "month")


def test_a_window_inside_one_week_gives_the_week():
    m = one("The talks collapsed yesterday.", (date(2016, 11, 8), date(2016, 11, 11)))
    assert (m.value, m.first, m.last, m.precision) == ("2016-W45", date(2016, 11, 7), date(2016, 11, 13), "week")


def test_absolute_dates_are_unaffected():
    m = one("They will meet again in January 2017.")
    assert (m.value, m.anchor) == ("2017-01", "absolute")


def test_readings_in_different_years_stay_unresolved():
    m = one("He left on Friday.", (date(2016, 12, 20), date(2017, 1, 10)))
    assert (m.value, m.first, m.last, m.anchor) == ("XXXX-WXX-5", None, None, "unresolved")


def test_a_weekday_over_a_window_longer_than_a_week():
    # Nov. 10 and Nov. 17 are both Thursdays of the window: November, not a day.
    m = one("He spoke on Thursday.", (date(2016, 11, 10), date(2016, 11, 20)))
    assert m.value == "2016-11"


def test_one_day_window_is_find_dates():
    text = "He spoke on Thursday; last week he left, and on Nov. 3 he returned. The day before, it rained."
    assert find_dates_within(text, (date(2016, 11, 10), date(2016, 11, 10))) == find_dates(text, date(2016, 11, 10))


def test_values_that_are_no_dates_keep_their_value_and_widen_their_interval():
    ms = find_dates_within("Prices rose over the past two months.", WINDOW)
    assert (ms[0].value, ms[0].first, ms[0].last) == ("P2M", date(2016, 9, 10), date(2016, 11, 16))


def test_regions_are_honoured():
    text = "Intro on Monday. Body: he left on Thursday."
    ms = find_dates_within(text, WINDOW, [(17, len(text))])
    assert [m.text for m in ms] == ["Thursday"]


def test_a_reversed_window_is_refused():
    with pytest.raises(ValueError):
        find_dates_within("on Thursday", (date(2016, 11, 16), date(2016, 11, 10)))


def test_future_only_when_forward_from_every_day():
    # Nov. 12 lies after Nov. 10 but not after Nov. 16.
    m = one("The summit opens on Nov. 12.")
    assert (m.value, m.future) == ("2016-11-12", False)
    assert one("The summit opens on Nov. 20.").future
