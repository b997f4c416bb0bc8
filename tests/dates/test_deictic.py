"""Yesterday, today, tomorrow, tonight, and their parts of the day."""

from datetime import date

import pytest

from dates_helpers import only, values


def test_yesterday_today_tomorrow():
    assert values("Yesterday he spoke; today he rests; tomorrow he leaves.") == [
        ("Yesterday", "2016-11-09"), ("today", "2016-11-10"), ("tomorrow", "2016-11-11")]


def test_anchor_and_rule():
    m = only("He said yesterday.")
    assert (m.anchor, m.rule, m.precision) == ("publication", "deictic", "day")


def test_parts_of_day():
    assert values("He spoke last night and again this morning.") == [
        ("last night", "2016-11-09TNI"), ("this morning", "2016-11-10TMO")]


def test_tonight():
    m = only("The result is due tonight.")
    assert (m.value, m.type) == ("2016-11-10TNI", "TIME")


def test_unresolved_without_publication():
    m = only("He said yesterday.", None)
    assert (m.value, m.anchor, m.first) == ("XXXX-XX-XX", "unresolved", None)


def test_today_in_a_comparison_with_the_present_is_present_ref():
    # TE3 platinum nyt_20130322_strange_computer (tuning half)
    text = "It could solve science and business problems millions of times faster than can be done today."
    assert values(text, date(2013, 3, 22)) == [("today", "PRESENT_REF")]
    assert values("More than 200 people were arrested today.", date(2013, 3, 22)) == [("today", "2013-03-22")]
    assert values("Prices were higher today than on Monday.", date(2013, 3, 22))[0] == ("today", "2013-03-22")


@pytest.mark.parametrize("text,expected", [
    # a 1997 Defense Department release quoting the secretary
    ('"We have to be prepared to face the challenges of tomorrow."', [("tomorrow", "FUTURE_REF")]),
    ("Tomorrow's challenges include protecting the nation.", [("Tomorrow", "FUTURE_REF")]),
    ("Tomorrow's meeting was cancelled.", [("Tomorrow", "1997-02-04")]),
    ("The agenda of tomorrow was set.", [("tomorrow", "1997-02-04")]),
])
def test_tomorrow_of_things_to_come_is_the_future_in_general(text, expected):
    assert values(text, date(1997, 2, 3)) == expected
