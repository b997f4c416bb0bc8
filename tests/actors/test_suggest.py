"""Near-identical names, proposed rather than joined."""

from timeline.actors.suggest import edit_distance, near_identical


def test_a_typo_is_suggested_both_ways():
    out = near_identical({"k1": "Konstantin Kilimnik", "k2": "Klimnik", "k3": "Paul Manafort"})
    assert set(out["k1"]) == {"Klimnik"} and set(out["k2"]) == {"Konstantin Kilimnik"}
    assert "k3" not in out


def test_short_names_and_different_names_are_not_suggested():
    assert near_identical({"a": "Bush", "b": "Rush"}) == {}  # under 5 letters
    assert near_identical({"a": "Boeing", "b": "Airbus"}) == {}


def test_names_sharing_a_last_word_are_not_suggested_for_each_other():
    display = {f"k{i}": f"{first} Ministry" for i, first in enumerate(["Foreign", "Defence", "Finance", "Health"])}
    assert near_identical(display) == {}


def test_edit_distance_gives_up_past_its_limit():
    assert edit_distance("kilimnik", "klimnik", 2) == 1
    assert edit_distance("boeing", "airbus", 1) == 2  # limit + 1
