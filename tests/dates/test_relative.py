"""Periods relative to publication: last/this/next, earlier this month, ago, in N days."""

from datetime import date

import pytest

from dates_helpers import only


@pytest.mark.parametrize("text,value,precision", [
    ("It fell last week.", "2016-W44", "week"),
    ("It fell this week.", "2016-W45", "week"),
    ("It will rise next week.", "2016-W46", "week"),
    ("It fell last month.", "2016-10", "month"),
    ("It rose this month.", "2016-11", "month"),
    ("It will rise next month.", "2017-01"[:0] + "2016-12", "month"),
    ("It fell last year.", "2015", "year"),
    ("It rose this year.", "2016", "year"),
    ("It will rise next year.", "2017", "year"),
    ("They met last summer.", "2016-SU", "season"),
    ("They will meet next summer.", "2017-SU", "season"),
    ("He was appointed earlier this month.", "2016-11", "month"),
    ("He will be appointed later this year.", "2016", "year"),
    ("Profits fell last quarter.", "2016-Q3", "quarter"),
    ("He resigned last weekend.", "2016-W44-WE", "week"),
])
def test_last_this_next(text, value, precision):
    m = only(text)
    assert (m.value, m.precision, m.anchor) == (value, precision, "publication")


def test_last_week_interval():
    m = only("It fell last week.")
    assert (m.first, m.last) == (date(2016, 10, 31), date(2016, 11, 6))


def test_mod_edges():
    m = only("It began late last year.")
    assert (m.value, m.mod) == ("2015", "END")
    m = only("It begins early next year.")
    assert (m.value, m.mod) == ("2017", "START")


@pytest.mark.parametrize("text,value,precision", [
    ("He left three days ago.", "2016-11-07", "day"),
    ("He left two weeks ago.", "2016-W43", "week"),
    ("He left six months ago.", "2016-05", "month"),
    ("He left four years ago.", "2012", "year"),
    ("He left a year ago.", "2015", "year"),
    ("He left a decade ago.", "2006", "year"),
])
def test_ago(text, value, precision):
    m = only(text)
    assert (m.value, m.precision, m.anchor, m.rule) == (value, precision, "publication", "ago")


def test_ago_approx():
    assert only("He left about six years ago.").mod == "APPROX"


def test_in_n_days():
    m = only("The results come in three days.")
    assert (m.value, m.future, m.rule) == ("2016-11-13", True, "in_n_units")
    m = only("They vote in two weeks.")
    assert m.value == "2016-W47"


def test_relative_unresolved_without_publication():
    m = only("It fell last week.", None)
    assert (m.value, m.anchor, m.first) == ("XXXX-WXX", "unresolved", None)
    m = only("He left three days ago.", None)
    assert (m.value, m.anchor) == ("XXXX-XX-XX", "unresolved")
