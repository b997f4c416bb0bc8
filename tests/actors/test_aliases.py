"""The user's alias file (actors.yaml)."""

import pytest

from timeline.actors import load_alias_file
from timeline.errors import TimelineError


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


def test_market_indices_are_joined_by_their_short_forms():
    from timeline.actors.aliases import fixed_spellings
    from timeline.actors.spelling import name_key

    fixed = fixed_spellings(None)
    assert fixed[name_key("the Dow")].canonical == "Dow Jones Industrial Average"
    assert fixed[name_key("FTSE")].canonical == "FTSE 100"
    assert fixed[name_key("Nasdaq")].canonical == "Nasdaq Composite"
