"""events.summary (trimming) and events.kinds (person or organisation)."""

from __future__ import annotations

from timeline.events.kinds import Usage, company_by_usage, is_org, is_person, with_surnames
from timeline.events.summary import MAX_SUMMARY, trim


def test_trim_drops_markup_openers_and_cuts_at_a_word():
    assert trim("Meanwhile, **Airbus** [raised](http://x) output,") == "Airbus raised output"
    long = trim("word " * 100)
    assert len(long) <= MAX_SUMMARY and long.endswith("…")


def test_a_first_word_used_alone_makes_a_company():
    usage = Usage(singles=frozenset({"Novo"}))
    assert company_by_usage("Novo Nordisk", usage)
    assert is_org("Novo Nordisk", usage) and not is_person("Novo Nordisk", usage)


def test_a_surname_used_for_a_person_named_in_full_is_a_person():
    usage = with_surnames(Usage(), [(0, 15, "Guillaume Faury")])
    assert "Faury" in usage.surnames and is_person("Faury", usage)
