"""Merge: compatible dates + shared actor + same statement, disputes, order, ids."""

from __future__ import annotations

import random
from datetime import date

from timeline.merge import merge_events, sort_key
from timeline.similarity import content_words, similarity
from timeline.model import Citation, Event

_starts = iter(range(0, 10**9, 100))


def ev(value: str, summary: str, actors=("Vladimir Putin",), file="a.txt", expression="x") -> Event:
    first, last, precision = interval(value)
    return Event(value, first, last, precision, summary, tuple(actors), "reported",
                 Citation(file, 1, summary, next(_starts), expression))


def interval(value: str):
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d, "day"
    if len(parts) == 2:
        y, m = parts
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1), "month"
    return date(parts[0], 1, 1), date(parts[0], 12, 31), "year"


TALENTED = "Putin called Trump a bright and talented person"


def test_same_statement_same_date_two_sources_merge():
    a = ev("2016-11-10", "Sergei Ryabkov said there were contacts with Trump's campaign team", ("Sergei Ryabkov", "Donald Trump"), "a.txt")
    b = ev("2016-11-10", "Ryabkov said contacts with the Trump campaign team took place", ("Sergei Ryabkov",), "b.txt")
    [entry] = merge_events([a, b])
    assert entry.citations == (a.citation, b.citation) or set(entry.citations) == {a.citation, b.citation}
    assert set(entry.actors) == {"Sergei Ryabkov", "Donald Trump"}


def test_entry_keeps_the_most_precise_date():
    month = ev("2016-11", "Putin sent a telegram of congratulations to Trump", ("Vladimir Putin",), "a.txt")
    day = ev("2016-11-09", "Putin sent Trump a congratulations telegram", ("Vladimir Putin",), "b.txt")
    [entry] = merge_events([month, day])
    assert entry.value == "2016-11-09" and entry.precision == "day"
    assert len(entry.citations) == 2


def test_incompatible_dates_never_merge():
    a = ev("2015-12", TALENTED, file="a.txt")
    b = ev("2019-06", TALENTED, file="b.txt")
    entries = merge_events([a, b])
    assert len(entries) == 2


def test_same_statement_on_different_dates_is_disputed_both_ways():
    a = ev("2016-11-09", "Putin sent Trump a telegram of warm congratulations", file="a.txt")
    b = ev("2016-11-10", "Putin sent Trump a telegram of warm congratulations", file="b.txt")
    x, y = merge_events([a, b])
    assert x.disputed_with == (y.id,) and y.disputed_with == (x.id,)


def test_different_statements_are_not_disputed():
    a = ev("2015-12", "Putin called Trump a bright and talented person", file="a.txt")
    b = ev("2019-06", "Putin and Trump held a bilateral meeting at the G20 summit in Osaka", file="b.txt")
    assert all(not e.disputed_with for e in merge_events([a, b]))


def test_statements_naming_no_actor_dispute_each_other():
    """Real DoD releases of 7 and 8 February 2023 (one in US time) on the Türkiye quake."""
    a = ev("2023-02-05", "The devastating earthquakes occurred on Feb. 5", actors=(), file="a.txt")
    b = ev("2023-02-06", "Devastating earthquakes occurred on Feb. 6", actors=(), file="b.txt")
    x, y = merge_events([a, b])
    assert x.disputed_with == (y.id,) and y.disputed_with == (x.id,)


def test_a_statement_among_an_entrys_reports_is_disputed():
    """The entry joined several reports; one of them tells the other entry's statement."""
    a = ev("2016-11-09", "Putin sent Trump a telegram of warm congratulations", file="a.txt")
    b = ev("2016-11-10", "Putin sent Trump a telegram of warm congratulations", file="b.txt")
    c = ev("2016-11-10", "Putin sent Trump a telegram of congratulations, voicing hope for joint work to bring "
                         "Russian-American relations out of crisis", file="c.txt")
    day9, day10 = merge_events([c, b, a])
    assert len(day10.citations) == 2
    assert day9.disputed_with == (day10.id,) and day10.disputed_with == (day9.id,)


def test_a_statement_with_an_actor_and_one_without_are_not_disputed():
    a = ev("2023-02-05", "The devastating earthquakes occurred on Feb. 5", actors=(), file="a.txt")
    b = ev("2023-02-06", "Devastating earthquakes occurred on Feb. 6", actors=("Türkiye",), file="b.txt")
    assert all(not e.disputed_with for e in merge_events([a, b]))


def test_publication_dated_ledes_are_not_disputed():
    a = ev("2016-11-09", "Putin sent Trump a telegram of warm congratulations", file="a.txt", expression=None)
    b = ev("2016-11-10", "Putin sent Trump a telegram of warm congratulations", file="b.txt", expression=None)
    assert all(not e.disputed_with for e in merge_events([a, b]))


def test_no_shared_actor_no_merge():
    a = ev("2016-11-10", "The airline ordered twenty new jets for its fleet", ("Emirates",), "a.txt")
    b = ev("2016-11-10", "The airline ordered twenty new jets for its fleet", ("Qatar Airways",), "b.txt")
    assert len(merge_events([a, b])) == 2


def test_different_statements_same_date_same_actor_stay_apart():
    a = ev("2016-11-10", "Airbus raised its delivery target for the year", ("Airbus",), "a.txt")
    b = ev("2016-11-10", "Airbus named a new head of its helicopter division", ("Airbus",), "b.txt")
    assert len(merge_events([a, b])) == 2


def test_same_source_merges_only_a_near_identical_statement_on_the_same_date():
    a = ev("2016-11-10", "Airbus raised its delivery target for the year", ("Airbus",), "a.txt")
    b = ev("2016-11-10", "Airbus raised its delivery target for the year again", ("Airbus",), "a.txt")
    assert len(merge_events([a, b])) == 1
    c = ev("2016-11", "Airbus raised its delivery target for the year", ("Airbus",), "a.txt")
    assert len(merge_events([a, c])) == 2  # nested but not equal dates
    d = ev("2016-11-10", "Airbus raised its delivery target", ("Airbus",), "a.txt")
    e = ev("2016-11-10", "Airbus raised its prices", ("Airbus",), "a.txt")
    assert len(merge_events([d, e])) == 2  # similar is not enough within one article


def test_coarse_event_joins_one_entry_only():
    day1 = ev("2016-11-09", "Putin congratulated Trump on his election victory", file="a.txt")
    day2 = ev("2016-11-12", "Putin congratulated Trump on his election victory again", file="b.txt")
    month = ev("2016-11", "Putin congratulated Trump on the election victory", file="c.txt")
    entries = merge_events([day1, day2, month])
    assert sorted(len(e.citations) for e in entries) == [1, 2]


def test_order_month_before_its_days_year_before_january():
    events = [
        ev("2016-11-10", "a b c", file="a"), ev("2016-11", "d e f", file="b"),
        ev("2016", "g h i", file="c"), ev("2016-01-01", "j k l", file="d"),
        ev("2015-12-31", "m n o", file="e"),
    ]
    values = [e.value for e in merge_events(events)]
    assert values == ["2015-12-31", "2016", "2016-01-01", "2016-11", "2016-11-10"]


def test_ids_and_order_are_stable_whatever_the_input_order():
    events = [ev(f"2016-11-{d:02d}", f"statement number {d} about talks", file=f"{d % 3}.txt") for d in range(1, 29)]
    events += [ev("2016-11", "statement number 5 about talks", file="x.txt")]
    first = merge_events(events)
    shuffled = events[:]
    random.Random(1).shuffle(shuffled)
    second = merge_events(shuffled)
    assert [e.id for e in first] == [e.id for e in second]
    assert first == second
    assert len({e.id for e in first}) == len(first)
    assert all(len(e.id) == 10 and int(e.id, 16) >= 0 for e in first)
    assert first == sorted(first, key=sort_key)


def test_content_words_drop_names_dates_and_stopwords():
    words = content_words("On Thursday, Mr Putin said he was sending a telegram to Donald Trump", ["Vladimir Putin", "Donald Trump"])
    assert words == {"send", "telegram"}


def test_similarity_is_overlap_coefficient():
    assert similarity(frozenset("ab"), frozenset("abcd")) == (1.0, 2)
    assert similarity(frozenset(), frozenset("a")) == (0.0, 0)


def test_a_short_clause_inside_a_longer_other_statement_is_not_a_dispute():
    a = ev("2024", "Airbus delivered 766 commercial aircraft in 2024", actors=("Airbus",), file="a.txt")
    b = ev("2025", "Airbus commercial aircraft chief Christian Scherer told reporters that the planemaker would "
                   "stick to its goal of about 820 deliveries in 2025 despite continuing delays to engines",
           actors=("Airbus",), file="b.txt")
    assert all(not e.disputed_with for e in merge_events([a, b]))


def test_the_very_same_short_statement_in_two_sources_merges():
    quote = "Margarita Simonyan: “Today, they earned it.”"
    a = ev("2016-11-10", quote, ("Margarita Simonyan",), "a.txt")
    b = ev("2016-11-10", quote, ("Margarita Simonyan",), "b_crlf.txt")
    [entry] = merge_events([a, b])
    assert len(entry.citations) == 2


def test_an_article_repeating_itself_merges_in_bounded_work(monkeypatch):
    import timeline.reports as merge

    calls = []
    real = merge.score
    monkeypatch.setattr(merge, "score", lambda *a, **k: calls.append(1) or real(*a, **k))
    events = [ev("2016-11-10", f"Putin met Trump in Moscow for talks, item {i}", file=f"f{i}.txt")
              for i in range(400)]
    [entry] = merge_events(events)
    assert len(entry.citations) == 400
    assert len(calls) <= 400 * merge.MAX_COMPARED


def test_entry_id_survives_file_names_that_are_not_utf8():
    from timeline.merge import entry_id

    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    assert len(entry_id("2016", "x", Citation(name, 1, "x", 0, None))) == 10


def test_explain_says_why_two_reports_were_joined():
    from timeline.trace import explained

    a = ev("2016-11-10", "Sergei Ryabkov said there were contacts with Trump's campaign team", ("Sergei Ryabkov", "Donald Trump"), "a.txt")
    b = ev("2016-11", "Ryabkov said contacts with the Trump campaign team took place", ("Sergei Ryabkov",), "b.txt")
    with explained():
        [entry] = merge_events([a, b])
    [reason] = [w for w in entry.why if w.startswith("merged:")]
    assert "b.txt:1 joined" in reason and "2016-11-10 within 2016-11" in reason
    assert "shared actor Sergei Ryabkov" in reason and "contact" in reason
    assert "one event at >= 0.5 with 2 shared words" in reason and "reports.score_pair" in reason  # the measure and its thresholds
    assert merge_events([a, b])[0].why == ()  # nothing recorded unless asked


def test_explain_names_a_dispute():
    from timeline.trace import explained

    a = ev("2016-11-09", TALENTED, file="a.txt")
    b = ev("2017-03-01", TALENTED, file="b.txt")
    with explained():
        x, y = merge_events([a, b])
    assert any(w.startswith(f"disputed: {y.id}") for w in x.why)
