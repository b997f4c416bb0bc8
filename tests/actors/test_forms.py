"""The shorter spellings of a full name: short forms and abbreviations."""

import random
import string

import pytest

from timeline.actors import forms
from timeline.actors.forms import abbreviates, abbreviation_keys, abbreviation_kind, labelled_short_forms, lookup_keys


@pytest.mark.parametrize("full, form, kind", [
    ("Vladimir Putin", "Putin", forms.SURNAME),
    ("Ryanair Holdings Plc", "Ryanair", forms.WITHOUT_LEGAL_FORM),
    ("Novo Nordisk A/S", "Novo", forms.FIRST_WORD),
    # spelt out, as VOA Special English writes it (not a person "Incorporated")
    ("Walmart Stores Incorporated", "Walmart", forms.FIRST_WORD),
    ("Toyota Motor Corporation", "Toyota Motor", forms.WITHOUT_LEGAL_FORM),
    ("A.P. Moller-Maersk", "Maersk", forms.LAST_PART),
    ("Russia's Foreign Ministry", "Foreign Ministry", forms.ORGANISATION_OF_A_PLACE),
])
def test_short_forms_and_their_kinds(full, form, kind):
    assert (form, kind) in labelled_short_forms(full)


def test_no_short_form_for_a_noun_phrase_about_a_company():
    assert "Deutsche" not in forms.short_forms("Deutsche Bank AG")
    assert forms.short_forms("Airbus") == []


@pytest.mark.parametrize("short, full, kind", [
    ("VW", "Volkswagen AG", forms.LETTERS_IN_ORDER),
    ("BAC", "Bank of America Corp", None),  # "of" is no initial and "Corp" a legal form: BA, not BAC
    ("BA", "Bank of America Corp", forms.INITIALS),
    ("MAERSKb", "A.P. Moller-Maersk", forms.TICKER),
    ("BoA", "Bank of America Corp", None),
])
def test_abbreviation_kinds(short, full, kind):
    assert abbreviation_kind(short, full) == kind
    assert abbreviates(short, full) == (kind is not None)


def test_every_abbreviation_is_found_under_its_keys():
    """The index of abbreviation keys finds every name an abbreviation abbreviates (none is missed)."""
    rng = random.Random(3)
    words = ["Volkswagen", "Vestwind", "Bank", "of", "America", "Moller-Maersk", "Straße", "Aviation", "Airways", "Véloce"]
    suffixes = ["", " AG", " Corp", " Inc", " A/S"]
    fulls = [" ".join(rng.sample(words, rng.randint(1, 3))) + rng.choice(suffixes) for _ in range(150)]
    shorts = ["".join(rng.choice("ABMVWSCEL") for _ in range(rng.randint(2, 6))) + rng.choice(["", "b"]) for _ in range(250)]
    shorts += ["VW", "VWA", "BAA", "MAERSK", "MAERSKb", "VELOCE", "SS"] + list(string.ascii_uppercase)
    for full in fulls:
        keys = abbreviation_keys(full)
        for short in shorts:
            if abbreviates(short, full):
                assert keys & set(lookup_keys(short)), (short, full)


def test_a_product_named_with_its_maker_goes_by_its_own_name():
    from timeline.actors.forms import short_forms

    assert short_forms("Boeing 737 Max") == ["737 Max"]
    assert short_forms("Airbus A380") == ["A380"]
    assert short_forms("Apple iPhone") == ["iPhone"]
    assert short_forms("United Kingdom iTunes") == []
    assert short_forms("Apple TV") == []
