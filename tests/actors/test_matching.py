"""Which actors a user's `--actor` query designates."""

import pytest

from timeline.actors import actor_matches
from timeline.model import Actor

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


def test_query_words_in_order_among_the_name_words():
    store = Actor("iTunes Music Store", ("iTunes Store",), 2)
    assert actor_matches(store, "iTunes store")
    assert actor_matches(Actor("iTunes Music Store"), "iTunes store")
    assert not actor_matches(Actor("iTunes Music Store"), "store iTunes")


def test_a_kind_noun_typed_after_a_name_asks_for_the_name():
    assert actor_matches(Actor("iTunes", (), 1), "iTunes store")
    assert actor_matches(Actor("Nasdaq Composite", ("Nasdaq",), 1), "Nasdaq index")
    assert not actor_matches(Actor("iTunes", (), 1), "iTunes Store Europe")


def test_a_name_typed_after_its_possessors_finds_that_name():
    # SemEval-2015 Task 4 asks for "Beatles Apple Corps"; Wikinews writes "the Beatles' Apple Corps".
    assert actor_matches(Actor("Apple Corps"), "Beatles Apple Corps")
    assert not actor_matches(Actor("Apple Inc.", ("Apple",)), "Beatles Apple Corps")
    assert not actor_matches(Actor("Ford Motors Corp"), "General Motors Corp")  # exactly the name, not its words


def test_general_motors_is_a_company_not_a_general():
    gm = Actor("General Motors", ("General Motors Corp", "GM"))
    assert actor_matches(gm, "General Motors") and actor_matches(gm, "general motors") and actor_matches(gm, "GM")
    assert not actor_matches(Actor("Tata Motors"), "General Motors")
    assert actor_matches(PUTIN, "president putin")
