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
