"""`--explain`: each actor says why its spellings were joined, naming the step that joined them."""

from actors_helpers import by_name, event

from timeline.actors import resolve_actors
from timeline.trace import explained


def why(events, aliases=None, names=None) -> dict[str, tuple[str, ...]]:
    with explained():
        _, actors = resolve_actors(events, aliases, names)
    return {a.name: a.why for a in actors}


def test_surname_of_the_one_full_name_in_the_corpus():
    reasons = why([event(["Vladimir Putin"], "a"), event(["Putin"], "b")])["Vladimir Putin"]
    assert "joined 'Putin' to 'Vladimir Putin': surname, the only full name of the corpus with it " \
           "(join.short_form_in_corpus)" in reasons


def test_surname_of_a_full_name_in_the_same_article():
    reasons = why([event(["Bill Clinton"], "a"), event(["Hillary Clinton"], "b"), event(["Clinton"], "a")])
    assert "joined 'Clinton' to 'Bill Clinton': surname, a full name of the same article " \
           "(join.short_form_in_article)" in reasons["Bill Clinton"]


def test_short_name_of_a_company():
    reasons = why([event(["Airbus SE"], "a"), event(["Airbus"], "b")])["Airbus SE"]
    assert any("joined 'Airbus' to 'Airbus SE': name without the legal form" in r for r in reasons)


def test_alias_file_and_built_in_aliases():
    reasons = why([event(["Volkswagen", "VW"], "a"), event(["U.S."], "a")], {"Volkswagen": ["VW"]})
    assert "joined 'VW' to 'Volkswagen': alias file (join.alias_spelling)" in reasons["Volkswagen"]
    assert "joined 'U.S.' to 'United States': built-in alias (join.alias_spelling)" in reasons["United States"]
    assert "named 'Volkswagen': the alias table's name (join.name_groups)" in reasons["Volkswagen"]


def test_surname_of_a_name_in_the_alias_file():
    reasons = why([event(["Kilimnik"], "a")], {"Konstantin Kilimnik": []})["Konstantin Kilimnik"]
    assert "joined 'Kilimnik' to 'Konstantin Kilimnik': short form of a name in the alias file " \
           "(join.alias_spelling)" in reasons


def test_abbreviation_of_the_one_company_in_the_article():
    reasons = why([event(["Volkswagen AG"], "a"), event(["VW"], "a")])["Volkswagen AG"]
    assert "joined 'VW' to 'Volkswagen AG': letters of its one word in order, the only company of the same " \
           "article it abbreviates (join.abbreviation_of_company)" in reasons
    reasons = why([event(["A.P. Moller-Maersk"], "a"), event(["MAERSKb"], "b")])["A.P. Moller-Maersk"]
    assert any("joined 'MAERSKb'" in r and "ticker, the only company of the corpus it abbreviates" in r for r in reasons)


def test_titles_and_case_set_aside():
    reasons = why([event(["President Vladimir Putin", "Vladimir Putin"], "a")])["Vladimir Putin"]
    assert "joined 'President Vladimir Putin' to 'Vladimir Putin': same name once titles, case and dots are set " \
           "aside (join.same_key)" in reasons


def test_near_identical_names_are_only_suggested():
    reasons = why([event(["Konstantin Kilimnik"], "a"), event(["Klimnik"], "a")])
    assert "suggested 'Klimnik' for 'Konstantin Kilimnik', not joined: 'kilimnik' and 'klimnik' are 1 edit apart; " \
           "near-identical names may be one name misspelt or two names (suggest.near_identical)" \
           in reasons["Konstantin Kilimnik"]
    assert any(r.startswith("suggested 'Konstantin Kilimnik' for 'Klimnik'") for r in reasons["Klimnik"])


def test_no_reasons_unless_explaining_and_the_same_actors_either_way():
    events = [event(["Vladimir Putin"], "a"), event(["Putin", "VW", "Volkswagen AG"], "b")]
    _, plain = resolve_actors(events)
    assert all(a.why == () for a in plain)
    with explained():
        _, explained_actors = resolve_actors(events)
    assert explained_actors == plain
    assert by_name(explained_actors)["Volkswagen AG"].why[0].startswith("named 'Volkswagen AG'")
    assert by_name(explained_actors)["Vladimir Putin"].aliases == ("Putin",)


def test_a_name_spelt_one_way_needs_no_reason():
    assert why([event(["Airbus"], "a")]) == {"Airbus": ()}
