from datetime import date

import pytest

from timeline.query import NoMatch, QueryError, apply_query, cited_sources, make_query

from helpers_timeline import sample_timeline


def ids(timeline):
    return [e.id for e in timeline.entries]


def test_default_window_keeps_2016_to_2025_and_counts_the_rest():
    result = apply_query(sample_timeline(), make_query())
    assert ids(result) == ["e2", "e3", "e4"]
    assert result.outside == 1


def test_all_removes_the_window():
    result = apply_query(sample_timeline(), make_query(everything=True))
    assert ids(result) == ["e1", "e2", "e3", "e4"] and result.outside == 0


def test_year_filter_is_repeatable():
    assert ids(apply_query(sample_timeline(), make_query(years=[2016]))) == ["e2", "e3"]
    assert ids(apply_query(sample_timeline(), make_query(years=[2016, 2025]))) == ["e2", "e3", "e4"]


def test_from_and_to_replace_the_window_ends():
    result = apply_query(sample_timeline(), make_query(first=date(2016, 11, 5), last=date(2025, 1, 1)))
    assert ids(result) == ["e3"]


def test_from_after_to_is_a_usage_error():
    with pytest.raises(QueryError, match="after"):
        make_query(first=date(2020, 1, 1), last=date(2019, 1, 1))


@pytest.mark.parametrize("word", ["putin", "Vladimir Putin", "MR PUTIN"])
def test_actor_filter_matches_any_alias_in_any_case(word):
    assert ids(apply_query(sample_timeline(), make_query(actors=[word], everything=True))) == ["e1"]


def test_source_filter_takes_a_number_or_a_file_name():
    assert ids(apply_query(sample_timeline(), make_query(sources=["2"]))) == ["e3", "e4"]
    assert ids(apply_query(sample_timeline(), make_query(sources=["b.txt"]))) == ["e3", "e4"]



def test_a_number_with_a_leading_zero_is_part_of_a_file_name():
    from dataclasses import replace

    timeline = sample_timeline()
    renamed = {"a.txt": "001_a.txt", "b.txt": "002_b.txt"}
    timeline = replace(
        timeline,
        sources=tuple(replace(a, path=renamed[a.path]) for a in timeline.sources),
        entries=tuple(
            replace(e, citations=tuple(replace(c, file=renamed[c.file]) for c in e.citations))
            for e in timeline.entries
        ),
    )
    assert ids(apply_query(timeline, make_query(sources=["002"]))) == ["e3", "e4"]
    assert ids(apply_query(timeline, make_query(sources=["1"]))) == ["e2", "e3"]


# --- --top, --min-sources and what a filtered view lists (issue 12, point 6) ---

def test_min_sources_keeps_entries_reported_by_that_many_articles():
    assert ids(apply_query(sample_timeline(), make_query(everything=True, min_sources=2))) == ["e3"]


def test_top_keeps_the_most_widely_reported_entries_in_date_order():
    result = apply_query(sample_timeline(), make_query(everything=True, top=2))
    assert ids(result) == ["e1", "e3"]  # e3 has two sources; of the rest, the earliest


def test_top_applies_after_the_window():
    assert ids(apply_query(sample_timeline(), make_query(top=1))) == ["e3"]
    assert ids(apply_query(sample_timeline(), make_query(years=[2025], top=5))) == ["e4"]


@pytest.mark.parametrize("options", [{"top": 0}, {"top": -3}, {"min_sources": 0}])
def test_top_and_min_sources_must_be_positive(options):
    with pytest.raises(QueryError):
        make_query(**options)


def test_a_query_narrows_only_with_a_filter_beyond_the_window():
    assert not make_query().narrows() and not make_query(everything=True).narrows()
    assert make_query(top=3).narrows() and make_query(min_sources=2).narrows()
    assert make_query(years=[2016]).narrows() and make_query(actors=["x"]).narrows()


def test_cited_sources_keep_their_numbers_in_the_whole_list():
    only_b = apply_query(sample_timeline(), make_query(years=[2025]))
    assert [(n, a.path) for n, a in cited_sources(only_b)] == [(2, "b.txt")]


def test_an_actor_that_matches_nothing_names_the_closest_spellings():
    with pytest.raises(NoMatch, match=r"--actor 'Ryabkof' matches no actor; the closest: Sergei Ryabkov"):
        apply_query(sample_timeline(), make_query(actors=["Ryabkof"]))
    with pytest.raises(NoMatch, match=r"matches no actor \(`timeline actors` lists the 3\)"):
        apply_query(sample_timeline(), make_query(actors=["Zelensky"]))
