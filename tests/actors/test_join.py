"""Joining spellings into one actor across articles (`resolve_actors`)."""

from actors_helpers import by_name, event, names

from timeline.actors import resolve_actors


def test_spellings_of_one_person_are_joined():
    events = [
        event(["President Vladimir Putin", "Mr Trump"], "a.txt"),
        event(["Putin's", "Donald Trump"], "a.txt"),
        event(["Mr Putin"], "b.txt"),
        event(["Vladimir Putin", "Trump"], "c.txt"),
    ]
    out, actors = resolve_actors(events)
    assert [e.actors for e in out] == [
        ("Vladimir Putin", "Donald Trump"), ("Vladimir Putin", "Donald Trump"),
        ("Vladimir Putin",), ("Vladimir Putin", "Donald Trump"),
    ]
    putin = by_name(actors)["Vladimir Putin"]
    assert putin.events == 4
    assert {"Putin", "Mr Putin", "President Vladimir Putin"} <= set(putin.aliases)
    assert actors[0].name == "Vladimir Putin"  # most events first


def test_surname_prefers_the_full_name_of_the_same_article():
    events = [
        event(["Bill Clinton"], "a.txt"),
        event(["Hillary Clinton"], "b.txt"),
        event(["Ms Clinton"], "b.txt"),
        event(["Clinton"], "a.txt"),
    ]
    out, _ = resolve_actors(events)
    assert out[2].actors == ("Hillary Clinton",)
    assert out[3].actors == ("Bill Clinton",)


def test_a_name_spelt_with_or_without_its_hyphen_is_one_actor():
    # VOA spells "Wal-Mart" in 2004 and 2009 and "Walmart Stores Incorporated" ... "Walmart" in October 2004.
    out, actors = resolve_actors([
        event(["Wal-Mart"], "a"), event(["Wal-Mart"], "a"),
        event(["Walmart Stores Incorporated"], "b"), event(["Walmart"], "b"),
    ])
    assert len({e.actors for e in out}) == 1
    assert {"Wal-Mart", "Walmart"} <= set(actors[0].aliases) | {actors[0].name}


def test_one_spelling_joined_to_two_full_names_folds_nothing():
    # "DeSantis" of each article is its own full name's: a third spelling of the same
    # letters ("De Santis") must not fold the two people into one.
    out, _ = resolve_actors([event(["Ron DeSantis"], "a"), event(["DeSantis"], "a"),
                             event(["Casey DeSantis"], "b"), event(["DeSantis"], "b"), event(["De Santis"], "c")])
    assert out[1].actors == ("Ron DeSantis",) and out[3].actors == ("Casey DeSantis",)
    assert out[4].actors == ("De Santis",)


def test_ambiguous_surname_across_articles_stays_apart():
    out, _ = resolve_actors([event(["Bill Clinton"], "a"), event(["Hillary Clinton"], "b"), event(["Clinton"], "c")])
    assert out[2].actors == ("Clinton",)


def test_organisations_join_their_short_forms():
    out, actors = resolve_actors([
        event(["Russia's Foreign Ministry"], "a"), event(["Foreign Ministry"], "b"),
        event(["Airbus SE"], "a"), event(["Airbus"], "b"), event(["the Kremlin", "Kremlin"], "c"),
        event(["U.S.", "US"], "c"),
    ])
    assert [e.actors for e in out] == [
        ("Russia's Foreign Ministry",), ("Russia's Foreign Ministry",), ("Airbus SE",), ("Airbus SE",),
        ("Kremlin",), ("United States",),
    ]


def test_user_alias_joins_a_misspelling_and_suggestions_name_it_otherwise():
    events = [event(["Konstantin Kilimnik", "Paul Manafort"], "a"), event(["Klimnik"], "a")]
    _, actors = resolve_actors(events)
    assert "Klimnik" in by_name(actors)["Konstantin Kilimnik"].suggestions
    out, actors = resolve_actors(events, {"Konstantin Kilimnik": ["Klimnik"]})
    assert out[1].actors == ("Konstantin Kilimnik",)
    kilimnik = by_name(actors)["Konstantin Kilimnik"]
    assert kilimnik.events == 2 and "Klimnik" in kilimnik.aliases and not kilimnik.suggestions


def test_actors_sorted_by_events_then_name():
    _, actors = resolve_actors([event(["Boeing"]), event(["Airbus", "Boeing"]), event(["Embraer"])])
    assert [a.name for a in actors] == ["Boeing", "Airbus", "Embraer"]


def test_names_outside_events_join_surnames_and_feed_suggestions():
    events = [event(["Kilimnik", "Paul Manafort"], "b.txt")]
    seen = {"b.txt": ["Paul Manafort", "Konstantin Kilimnik", "Klimnik"]}
    out, actors = resolve_actors(events, None, seen)
    assert out[0].actors == ("Konstantin Kilimnik", "Paul Manafort")
    kilimnik = by_name(actors)["Konstantin Kilimnik"]
    assert kilimnik.events == 1 and "Klimnik" in kilimnik.suggestions
    assert "Klimnik" not in by_name(actors)  # seen only outside events: not listed


def test_the_analysis_has_the_names_of_all_prose():
    from timeline.model import Article, Sentence
    from timeline.pipeline import analysis_of

    text = "The central figure is Paul Manafort and Konstantin Kilimnik (Klimnik denies this)."
    [names] = analysis_of(Article("b.txt", text), [Sentence(0, len(text), text, 1)], []).names
    assert [n for _, _, n in names] == ["Paul Manafort", "Konstantin Kilimnik", "Klimnik"]


def test_legal_names_join_short_names():
    out, actors = resolve_actors([
        event(["Ryanair Holdings Plc"], "a"), event(["Ryanair"], "b"),
        event(["Boeing Co.", "Chief Executive Dave Calhoun"], "a"), event(["Boeing", "Calhoun"], "c"),
    ])
    assert [e.actors for e in out] == [
        ("Ryanair Holdings Plc",), ("Ryanair Holdings Plc",), ("Boeing Co.", "Dave Calhoun"), ("Boeing Co.", "Dave Calhoun"),
    ]


def test_legal_name_joins_its_first_word_and_a_slash_suffix_is_one_token():
    assert names("Novo Nordisk A/S said on Friday it had won approval.") == ["Novo Nordisk A/S"]
    out, _ = resolve_actors([
        event(["Novo Nordisk A/S"], "a"), event(["Novo"], "a"), event(["Novo Nordisk"], "b"), event(["Novo"], "c"),
        event(["Deutsche Bank AG"], "d"), event(["Deutsche"], "e"),
    ])
    assert [e.actors for e in out][:4] == [("Novo Nordisk A/S",)] * 4
    assert out[5].actors == ("Deutsche",)  # a name ending in an organisation word keeps its head


def test_hyphenated_last_word_joins_its_last_part():
    out, _ = resolve_actors([event(["A.P. Moller-Maersk"], "a"), event(["Maersk"], "b")])
    assert out[1].actors == ("A.P. Moller-Maersk",)


def test_capital_abbreviations_and_tickers_join_a_company():
    out, _ = resolve_actors([
        event(["Volkswagen AG"], "a"), event(["VW"], "a"), event(["VW"], "b"),
        event(["A.P. Moller-Maersk"], "c"), event(["MAERSKb"], "c"),
        event(["Bank of America Corp"], "d"), event(["BoA", "BAC"], "d"),
    ])
    assert out[1].actors == out[2].actors == ("Volkswagen AG",)
    assert out[4].actors == ("A.P. Moller-Maersk",)
    assert out[6].actors == ("BoA", "BAC")  # neither the initials nor a ticker of its last word


def test_dotted_initials_are_the_same_abbreviation():
    # VOA writes "G.M." where others write "GM".
    out, _ = resolve_actors([event(["General Motors"], "a"), event(["G.M."], "a"), event(["G.M."], "b")])
    assert out[1].actors == out[2].actors == ("General Motors",)


def test_initials_are_undotted_with_a_lost_last_dot_and_never_as_a_ticker():
    from timeline.actors.spelling import undotted

    assert undotted("G.M") == undotted("G.M.") == "GM"  # a sentence end took the last dot
    assert undotted("A.B.C.D.") == "A.B.C.D."  # four dotted letters are no ticker "ABCD"


def test_abbreviation_of_two_companies_stays_apart():
    out, _ = resolve_actors([event(["Volkswagen AG", "Vestwind AG"], "a"), event(["VW"], "a")])
    assert out[1].actors == ("VW",)
