"""Properties that hold for any text: spans exact, sorted, disjoint; regions respected."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import find_dates
from timeline.model import ANCHORS, PRECISIONS

WORDS = ["in", "on", "May", "June", "2016", "2009-2010", "last", "next", "week", "year", "Friday",
         "yesterday", "the", "day", "before", "two", "months", "ago", "5", "Nov.", ",", ".", "will",
         "said", "early", "1990s", "summer", "of", "Q3", "now", "the past", "$", "%", "-", "12:30",
         "a.m.", "later", "that", "month", "10/11/2016", "2016-11-10", "\n", "Today", "today"]

texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join) | st.text(max_size=200)
days = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=300, deadline=None)
@given(texts, days)
def test_mentions_are_well_formed(text, published):
    ms = find_dates(text, published)
    last_end = -1
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
        assert m.anchor in ANCHORS
        assert m.precision is None or m.precision in PRECISIONS
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        if m.first is not None:
            assert m.last is not None and m.first <= m.last
        if published is None and m.anchor != "absolute":
            assert m.first is None or m.anchor == "narrative"


@settings(max_examples=200, deadline=None)
@given(texts, days, st.integers(0, 200), st.integers(0, 200))
def test_regions_are_respected(text, published, a, b):
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    for m in find_dates(text, published, regions=[(a, b)]):
        assert a <= m.start and m.end <= b
        assert text[m.start:m.end] == m.text


def test_linear_time_on_a_large_text():
    import time
    unit = "On Friday, 5 Nov. 2024, the company said profits rose 12% to $2,016 in the past two months. "
    small = unit * 2000
    t = time.perf_counter()
    find_dates(small, date(2024, 11, 10))
    t_small = time.perf_counter() - t
    big = unit * 20000
    t = time.perf_counter()
    find_dates(big, date(2024, 11, 10))
    t_big = time.perf_counter() - t
    assert t_big < 25 * max(t_small, 0.01)


def test_pathological_inputs_are_fast():
    import time
    for text in ["1" * 100000, "May " * 20000, "the " * 30000, "- " * 50000, "a" * 100000, "2016-" * 20000]:
        t = time.perf_counter()
        find_dates(text, date(2020, 1, 1))
        assert time.perf_counter() - t < 2.0, text[:20]


def test_edges_of_the_calendar_do_not_crash():
    for published in (date(9999, 12, 31), date(1, 1, 1)):
        for text in ("tomorrow", "yesterday", "next week", "last week", "in three days", "next Friday",
                     "the next three years", "the past two months", "Christmas", "over the weekend"):
            for m in find_dates(text, published):
                assert text[m.start:m.end] == m.text


def test_a_datetime_publication_is_taken_as_its_day():
    from datetime import datetime
    ms = find_dates("He left yesterday, in March.", datetime(2016, 11, 10, 9, 27))
    assert [m.value for m in ms] == ["2016-11-09", "2016-03"]
