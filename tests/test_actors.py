"""Actors: names found by rule, spellings joined across a corpus, user aliases, matching."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import (
    actor_matches,
    find_names,
    known_capitalised,
    load_alias_file,
    resolve_actors,
    strip_titles,
)
from timeline.errors import TimelineError
from timeline.model import Actor, Citation, Event


def names(text: str, context: str = "") -> list[str]:
    known = known_capitalised([context, text])
    return [n for _, _, n in find_names(text, known)]


# ------------------------------------------------------------ finding

def test_people_titles_and_organisations():
    found = names("Deputy Foreign Minister Sergei Ryabkov told journalists that Russia's Foreign Ministry "
                  "and the Kremlin had met Mr Trump's aides.")
    assert found == ["Deputy Foreign Minister Sergei Ryabkov", "Russia's Foreign Ministry", "Kremlin", "Mr Trump"]


def test_possessive_ends_a_name():
    assert names("The officials said Putin's aides met Airbus executives.") == ["Putin", "Airbus"]


def test_products_and_companies():
    found = names("Emirates ordered the Boeing 777 and Bank of America financed it.")
    assert found == ["Emirates", "Boeing 777", "Bank of America"]
    found = names("Lufthansa took delivery of an A350 from Airbus.", "They fly Lufthansa.")
    assert found == ["Lufthansa", "A350", "Airbus"]


def test_sentence_initial_ordinary_words_are_not_names():
    assert names("Psychologically, it will be easier.") == []
    assert names("Both officials spoke on condition of anonymity.") == []
    assert names("Shares rose after the results, shares of rivals fell.") == []


def test_sentence_initial_name_known_from_elsewhere():
    assert names("Moscow believes that Trump could help.", "They flew to Moscow.") == ["Moscow", "Trump"]


def test_sentence_initial_name_followed_by_a_verb():
    assert names("Airbus reported record deliveries.") == ["Airbus"]


def test_months_weekdays_and_years_are_not_names():
    assert names("In 2017 The New York Times said on Thursday, Jan. 5, that May was quiet.") == ["New York Times"]


def test_nationality_adjectives_and_peoples_are_not_names():
    assert names("They said Russian officials and the Americans met Republican presidential candidate Donald Trump.") == ["Donald Trump"]


def test_hyphenated_adjectives_are_not_names():
    assert names("They took the Kyiv-held capital from Ukraine.") == ["Ukraine"]


def test_country_before_a_title_is_dropped():
    assert names("They met U.S. President-elect Donald Trump.") == ["President-elect Donald Trump"]


def test_heading_keeps_only_names_known_from_prose():
    known = known_capitalised(["The Kremlin met Donald Trump in Washington."])
    known.names.update({"Kremlin", "Donald Trump", "Trump"})
    found = [n for _, _, n in find_names("Kremlin Courts Trump Behind the Scenes as Rhetoric Rattles Allies", known, heading=True)]
    assert found == ["Kremlin", "Trump"]


def test_strip_titles():
    assert strip_titles("President Vladimir Putin's") == "Vladimir Putin"
    assert strip_titles("Mr. Trump") == "Trump"
    assert strip_titles("the Kremlin") == "Kremlin"
    assert strip_titles("Secretary of State") == ""


# ------------------------------------------------------------ joining

def event(actors, file="a.txt") -> Event:
    return Event("2016", date(2016, 1, 1), date(2016, 12, 31), "year", "x", tuple(actors), "reported",
                 Citation(file, 1, "x", 0, None))


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


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


# ------------------------------------------------------------ matching

PUTIN = Actor("Vladimir Putin", ("Putin", "Mr Putin", "President Vladimir Putin"), 3)


@pytest.mark.parametrize("query", ["putin", "Vladimir Putin", "PUTIN", "mr putin", "President Vladimir Putin", "vladimir"])
def test_actor_matches_any_alias_or_part(query):
    assert actor_matches(PUTIN, query)


@pytest.mark.parametrize("query", ["trump", "put", "Vladimir Trump", ""])
def test_actor_does_not_match_others(query):
    assert not actor_matches(PUTIN, query)


def test_actor_matches_surname_of_canonical_name():
    assert actor_matches(Actor("Tucker Carlson"), "Carlson")
    assert actor_matches(Actor("Tucker Carlson"), "tucker carlson")
    assert actor_matches(Actor("Airbus SE", ("Airbus",)), "airbus")


# ------------------------------------------------------------ alias file

def test_load_alias_file(tmp_path):
    p = tmp_path / "actors.yaml"
    p.write_text("Konstantin Kilimnik: [Klimnik]\nAirbus SE: Airbus\nNobody:\n", encoding="utf-8")
    assert load_alias_file(p) == {"Konstantin Kilimnik": ["Klimnik"], "Airbus SE": ["Airbus"], "Nobody": []}


@pytest.mark.parametrize("content, problem", [
    ("Kilimnik: [Klimnik\n", "not valid YAML"),
    ("- Kilimnik\n- Klimnik\n", "expected a mapping"),
    ("Kilimnik: [1, 2]\n", "must be a list of names"),
    ("Kilimnik: {a: b}\n", "must be a list of names"),
])
def test_bad_alias_files_raise_clear_errors(tmp_path, content, problem):
    p = tmp_path / "actors.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(TimelineError, match=problem) as err:
        load_alias_file(p)
    assert str(p) in str(err.value)


def test_missing_alias_file(tmp_path):
    with pytest.raises(TimelineError, match="not found"):
        load_alias_file(tmp_path / "nope.yaml")


def test_names_outside_events_join_surnames_and_feed_suggestions():
    events = [event(["Kilimnik", "Paul Manafort"], "b.txt")]
    seen = {"b.txt": ["Paul Manafort", "Konstantin Kilimnik", "Klimnik"]}
    out, actors = resolve_actors(events, None, seen)
    assert out[0].actors == ("Konstantin Kilimnik", "Paul Manafort")
    kilimnik = by_name(actors)["Konstantin Kilimnik"]
    assert kilimnik.events == 1 and "Klimnik" in kilimnik.suggestions
    assert "Klimnik" not in by_name(actors)  # seen only outside events: not listed


def test_prose_names_reads_all_prose():
    from timeline.model import Sentence
    from timeline.pipeline import prose_names

    text = "The central figure is Paul Manafort and Konstantin Kilimnik (Klimnik denies this)."
    [names] = prose_names([Sentence(0, len(text), text, 1)])
    assert [n for _, _, n in names] == ["Paul Manafort", "Konstantin Kilimnik", "Klimnik"]


def test_organisation_before_a_title_is_its_own_name():
    assert names("Emirates President Tim Clark said it again.") == ["Emirates", "President Tim Clark"]
    assert names("They met Airbus CEO Guillaume Faury.") == ["Airbus", "CEO Guillaume Faury"]
    assert names("Deputy Foreign Minister Sergei Ryabkov spoke.") == ["Deputy Foreign Minister Sergei Ryabkov"]
    assert names("They met Russian President Vladimir Putin.") == ["President Vladimir Putin"]


def test_model_suffix_and_airline_numbers():
    assert names("A door plug blew off an Alaska Airlines 737 MAX 9 jet.") == ["Alaska Airlines"]
    assert names("The European Union's regulator approved it.") == ["European Union"]


def test_company_news_names():
    assert names("Boeing Co. Chief Executive Dave Calhoun will step down.") == ["Boeing Co.", "Chief Executive Dave Calhoun"]
    assert names("The U.S. Justice Department said it would appeal.") == ["U.S. Justice Department"]
    assert names("They include United Airlines' Scott Kirby.") == ["United Airlines", "Scott Kirby"]
    assert names("Spirit AeroSystems Holdings Inc said it was in talks.") == ["Spirit AeroSystems Holdings Inc"]
    assert strip_titles("Justice Department") == "Justice Department"


def test_legal_names_join_short_names():
    out, actors = resolve_actors([
        event(["Ryanair Holdings Plc"], "a"), event(["Ryanair"], "b"),
        event(["Boeing Co.", "Chief Executive Dave Calhoun"], "a"), event(["Boeing", "Calhoun"], "c"),
    ])
    assert [e.actors for e in out] == [
        ("Ryanair Holdings Plc",), ("Ryanair Holdings Plc",), ("Boeing Co.", "Dave Calhoun"), ("Boeing Co.", "Dave Calhoun"),
    ]


def test_sentence_opening_name_before_an_irregular_past_verb():
    for text, name in [
        ("Airbus overtook Boeing as the largest planemaker in 2019.", "Airbus"),
        ("Nvidia won a large order from Microsoft in May.", "Nvidia"),
        ("Embraer sold 40 jets to a Gulf carrier.", "Embraer"),
    ]:
        assert name in names(text), (text, names(text))
    assert "Rival" not in " ".join(names("Rival Advanced Micro Devices reported its results."))


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


def test_abbreviation_of_two_companies_stays_apart():
    out, _ = resolve_actors([event(["Volkswagen AG", "Vestwind AG"], "a"), event(["VW"], "a")])
    assert out[1].actors == ("VW",)


def test_chief_financial_officer_is_a_title():
    assert strip_titles("Chief Financial Officer Arno Antlitz") == "Arno Antlitz"


def test_capitals_after_a_year_are_a_name_but_after_a_model_number_a_suffix():
    assert names("In 2022 VW put its battery activities into a separate company.", "VW said") == ["VW"]
    assert names("Boeing said the 737 MAX was safe.") == ["Boeing"]


def test_a_currency_prefix_is_no_name():
    text = "Revenue fell to NT$430 billion, or US$13.6 billion, HK$ 2 billion, A$3, C$4, S$1 and R$9, Airbus said."
    assert [n for _, _, n in find_names(text, set())] == ["Airbus"]
