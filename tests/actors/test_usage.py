"""actors.kinds with the article's usage: person or organisation as the event stage asks."""

from __future__ import annotations

from timeline.actors.kinds import Usage, company_by_usage, is_org, is_person, with_surnames


def test_a_first_word_used_alone_makes_a_company():
    usage = Usage(singles=frozenset({"Novo"}))
    assert company_by_usage("Novo Nordisk", usage)
    assert is_org("Novo Nordisk", usage) and not is_person("Novo Nordisk", usage)


def test_a_surname_used_for_a_person_named_in_full_is_a_person():
    usage = with_surnames(Usage(), [(0, 15, "Guillaume Faury")])
    assert "Faury" in usage.surnames and is_person("Faury", usage)
