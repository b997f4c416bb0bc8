"""events.discourse: what earlier sentences named, as a value replaced per sentence."""

from __future__ import annotations

import dataclasses

import pytest

from timeline.actors import find_names
from timeline.events.discourse import LOOKBACK, Discourse, nominal_antecedent, remember, resolve_pronoun
from timeline.actors.kinds import Usage


def read(d: Discourse, text: str) -> Discourse:
    return remember(d, text, find_names(text, set()))


def test_remember_returns_a_new_value_and_leaves_the_old_one():
    d0 = Discourse()
    d1 = read(d0, "Guillaume Faury met Airbus engineers in Toulouse.")
    assert d0.person is None and d0.orgs == ()
    assert d1.person == "Guillaume Faury"
    assert "Faury" in d1.usage.surnames
    with pytest.raises(dataclasses.FrozenInstanceError):
        d1.person = "x"  # type: ignore[misc]


def test_an_organisation_opening_a_sentence_is_its_subject():
    d = read(Discourse(), "Airbus Group reported record orders on Tuesday.")
    assert d.subject_org == "Airbus Group"
    assert resolve_pronoun("It raised output", "It raised output", 0, [], d) == ("Airbus Group raised output", "Airbus Group")
    assert resolve_pronoun("Its shares rose", "Its shares rose", 0, [], d)[0] == "Airbus Group’s shares rose"


def test_the_subject_after_an_opening_adjunct_is_the_one_the_company_means():
    # VOA, 9 April 2007 (public domain; tests/data/entities/boeing).
    d = read(Discourse(), "After years of lagging behind European rival Airbus, Boeing says 2007 is shaping up "
                          "to be a very good year.")
    assert d.subject_org == "Boeing"
    assert nominal_antecedent("company", d, (), 0) == "Boeing"


def test_the_company_looks_back_at_most_lookback_sentences_naming_organisations():
    d = read(Discourse(), "Airbus Group reported record orders on Tuesday.")
    assert nominal_antecedent("company", d, (), 0) == "Airbus Group"
    d = read(d, "Nothing was named here.")  # no organisation: the window does not move
    assert d.orgs == (("Airbus Group",),)
    for i in range(LOOKBACK):
        d = read(d, f"Analysts at {chr(65 + i)}lpha Holdings wrote again.")
    assert len(d.orgs) == LOOKBACK and ("Airbus Group",) not in d.orgs
    assert d.org_counts["Airbus Group"] == 1  # counts are kept for the whole article


def test_the_speaker_of_the_previous_sentence_is_kept_for_a_bare_quotation():
    d = read(Discourse(usage=Usage()), "Angela Merkel said the talks had failed.")
    assert d.speaker == "Angela Merkel"
    assert read(d, "“We will try again.”").speaker == "Angela Merkel"


# ------------------------------------------------------------ products and indices

def test_the_phone_and_the_store_refer_back_to_the_product_not_the_company():
    # Wikinews, "Apple unveils iPhone 4, iOS 4 ..." and "Apple to lower UK iTunes prices" (CC BY 2.5).
    d = read(Discourse(), "Yesterday, company CEO Steve Jobs unveiled iPhone 4, along with Apple's new iOS 4.")
    assert nominal_antecedent("phone", d, (), 0) == "iPhone 4"
    d = read(Discourse(), "Apple launched the iTunes Music Store, an online music store, on April 28, 2003.")
    assert nominal_antecedent("store", d, (), 0) == "iTunes Music Store"
    assert nominal_antecedent("company", d, (), 0) == "Apple"


def test_the_index_refers_back_to_a_market_index():
    d = read(Discourse(), "Shares of Shell fell as the FTSE 100 dropped 1.5 percent.")
    assert nominal_antecedent("index", d, (), 0) == "FTSE 100"
    assert nominal_antecedent("company", d, (), 0) == "Shell"


def test_a_nominal_that_names_its_own_or_is_a_predicate_refers_to_nothing_earlier():
    from timeline.events.discourse import NOMINAL, nominal_actors

    d = read(Discourse(), "Structure-wise, iPhone 4 has a new stainless steel frame.")
    text = "Competition-wise, the BlackBerry mobile device is still the most popular smartphone right now."
    assert nominal_actors(NOMINAL.finditer(text), 0, find_names(text, set()), d) == []
    text = "The phone has two cameras."
    assert nominal_actors(NOMINAL.finditer(text), 0, [], d) == ["iPhone 4"]


def test_a_place_inside_a_nominal_does_not_name_its_organisation():
    # VOA, 9 April 2007 (public domain; tests/data/entities/boeing).
    from timeline.events.discourse import NOMINAL, nominal_actors

    d = read(Discourse(), "After years of lagging behind European rival Airbus, Boeing says 2007 is shaping up "
                          "to be a very good year.")
    text = ("The Chicago based airplane manufacturer says it delivered more than 100 commercial airplanes in the "
            "first three months of the year.")
    assert nominal_actors(NOMINAL.finditer(text), 0, find_names(text, set()), d) == ["Boeing"]


def test_what_an_organisation_was_called_before_its_name_is_what_the_noun_means_later():
    # VOA, 14 July 2005 (public domain; tests/data/stories/shuttle-discovery-2005).
    d = read(Discourse(), "The U.S. space agency NASA says a launch of the shuttle Discovery will not occur before Sunday.")
    assert d.described.get("agency") == "NASA"
    assert nominal_antecedent("agency", d, (), 0) == "NASA"  # its name holds no "Agency"
    # Without the description "the agency" is nobody named.
    d = read(Discourse(), "NASA says a launch of the shuttle Discovery will not occur before Sunday.")
    assert nominal_antecedent("agency", d, (), 0) is None
