"""Properties of the merge on random events (hypothesis)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.merge import merge_events, sort_key
from timeline.model import Citation, Event

WORDS = ["talks", "sanctions", "telegram", "meeting", "orders", "jets", "deliveries", "summit", "phone", "call"]
ACTORS = ["Airbus", "Boeing", "Vladimir Putin", "Donald Trump"]


@st.composite
def events(draw):
    day = date(2016, 1, 1) + timedelta(days=draw(st.integers(0, 90)))
    kind = draw(st.sampled_from(["day", "month", "year"]))
    if kind == "day":
        first = last = day
        value = day.isoformat()
    elif kind == "month":
        first = day.replace(day=1)
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        value = first.strftime("%Y-%m")
    else:
        first, last, value = date(day.year, 1, 1), date(day.year, 12, 31), str(day.year)
    summary = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5)))
    actors = tuple(draw(st.lists(st.sampled_from(ACTORS), max_size=2, unique=True)))
    file = draw(st.sampled_from(["a.txt", "b.txt", "c.txt"]))
    start = draw(st.integers(0, 50))
    expression = draw(st.sampled_from([None, "then"]))
    return Event(value, first, last, kind, summary, actors, "reported",
                 Citation(file, 1, summary, start, expression))


@settings(max_examples=300, deadline=None)
@given(st.lists(events(), max_size=40))
def test_merge_never_loses_or_duplicates_a_citation(evs):
    entries = merge_events(evs)
    assert Counter(c for e in entries for c in e.citations) == Counter(e.citation for e in evs)


@settings(max_examples=200, deadline=None)
@given(st.lists(events(), max_size=40))
def test_merged_dates_are_nested_and_order_sorted(evs):
    entries = merge_events(evs)
    by_citation = {}
    for e in evs:
        by_citation.setdefault(e.citation, []).append(e)
    for entry in entries:
        for c in entry.citations:
            # Members from one file carry the same dates, unless one is
            # dated only by publication (a lede joined to its dated body):
            # one article telling two dates tells two events.
            # (Equal citations of two events: either may be the one cited.)
            mine = [c2 for c2 in entry.citations if c2.file == c.file]
            if all(c2.expression for c2 in mine):
                options = [{(e.first, e.last) for e in by_citation[c2]} for c2 in mine]
                assert set.intersection(*options)
            for e in by_citation[c]:
                # Every stated member's interval contains the entry's (most
                # precise) date; a publication day is approximate (it may be
                # the day before): the entry's date meets it.
                if e.citation.expression is None and e.precision == "day":
                    if e.first - timedelta(days=1) <= entry.last and entry.first <= e.last:
                        break
                elif e.first <= entry.first and entry.last <= e.last:
                    break
            else:
                raise AssertionError("member date incompatible with its entry")
    assert entries == sorted(entries, key=sort_key)
    ids = {e.id for e in entries}
    assert len(ids) == len(entries)
    for entry in entries:
        assert set(entry.disputed_with) <= ids and entry.id not in entry.disputed_with


def test_a_publication_day_outside_a_stated_month_does_not_date_the_entry():
    # The example hypothesis found: a lede of February 1 (maybe January 31) joins "January".
    def make(value, first, last, precision, summary, file, start):
        return Event(value, first, last, precision, summary, (), "reported", Citation(file, 1, summary, start, None))
    lede = make("2016-02-01", date(2016, 2, 1), date(2016, 2, 1), "day", "talks sanctions", "a.txt", 0)
    month = Event("2016-01", date(2016, 1, 1), date(2016, 1, 31), "month", "talks talks sanctions", (), "reported",
                  Citation("b.txt", 1, "talks talks sanctions", 0, "in January"))
    [entry] = merge_events([lede, month])
    assert entry.value == "2016-01"
