"""Person or organisation, judged from a name's words alone."""

import pytest

from timeline.actors import is_org_like, is_person_like
from timeline.actors.kinds import is_legal_name, is_personal_name, looks_like_abbreviation


@pytest.mark.parametrize("name", ["Mr Putin", "President Vladimir Putin", "Vladimir Putin", "Dr. Jane Goodall",
                                  "Mohammed bin Salman"])
def test_people(name):
    assert is_person_like(name)
    assert not is_org_like(name)


@pytest.mark.parametrize("name", ["Foreign Ministry", "Airbus SE", "Boeing", "Volkswagen AG", "Bank of America Corp"])
def test_organisations(name):
    assert is_org_like(name)
    assert not is_person_like(name)


@pytest.mark.parametrize("name", ["Russia", "United States", "Russian"])
def test_places_and_nationalities_are_neither(name):
    assert not is_person_like(name)
    assert not is_org_like(name)


def test_legal_and_personal_names():
    assert is_legal_name("Novo Nordisk A/S".split()) and not is_legal_name(["Airbus"])
    assert is_personal_name("Ursula von der Leyen".split())
    assert not is_personal_name("Foreign Ministry".split())  # ends in an organisation word
    assert not is_personal_name("Russia Today".split())  # opens with a place


def test_abbreviations_are_capitals_but_not_places():
    assert looks_like_abbreviation("VW") and looks_like_abbreviation("MAERSKb")
    assert not looks_like_abbreviation("US") and not looks_like_abbreviation("Volkswagen")


@pytest.mark.parametrize("name", ["iPhone 4", "737 Max", "iTunes Store", "FTSE 100", "A380", "Nasdaq", "Boeing 777"])
def test_products_models_services_and_indices_are_no_persons(name):
    from timeline.actors.kinds import is_product_like

    assert is_product_like(name)
    assert not is_person_like(name)


def test_persons_and_companies_are_no_products():
    from timeline.actors.kinds import is_product_like

    assert not any(is_product_like(n) for n in ("Steve Jobs", "Apple Inc.", "Boeing", "Mr Putin"))
