"""The shorter spellings a full name is referred to by: short forms and abbreviations.

- a person's full name by its surname ("Vladimir Putin" -> "Putin");
- a company's legal name by its name without the legal form ("Airbus SE" ->
  "Airbus"), and by its first word ("Novo Nordisk A/S" -> "Novo");
- a hyphenated last word by its last part ("A.P. Moller-Maersk" -> "Maersk");
- a product named with its maker by the product's own name ("Boeing 737 Max"
  -> "737 Max", "Airbus A380" -> "A380", "Apple iPhone" -> "iPhone");
- a place's organisation by its own name ("Russia's Foreign Ministry" ->
  "Foreign Ministry");
- a company by an all-capital abbreviation: its initials, the letters of its
  one word in order ("VW" -> "Volkswagen AG"), or a ticker ("MAERSKb").
"""

from __future__ import annotations

import re
from itertools import combinations

from timeline.actors.kinds import is_legal_name, is_nationality_word, is_personal_name, is_product_like
from timeline.actors.spelling import DOTTED_INITIALS
from timeline.lexicon.people import (LEGAL_FORM_SUFFIXES, LOWER_CASE_NAME_CONNECTORS, ORGANISATION_HEAD_WORDS, PLACE_NAMES,
                                     SPELLED_LEGAL_FORMS)

# The kinds of short form, as named in the reasons of `--explain`.
ORGANISATION_OF_A_PLACE = "organisation without its place"
WITHOUT_LEGAL_FORM = "name without the legal form"
FIRST_WORD = "first word of the legal name"
SURNAME = "surname"
WITHOUT_MAKER = "model without its maker"
LAST_PART = "last part of the hyphenated name"


def short_forms(bare: str) -> list[str]:
    """Shorter spellings a full name is referred to by."""
    return [form for form, _ in labelled_short_forms(bare)]


def labelled_short_forms(bare: str) -> list[tuple[str, str]]:
    """`short_forms` with the kind of each ("Putin", SURNAME)."""
    words = bare.split()
    forms = []
    if "'s " in bare:  # "Russia's Foreign Ministry" -> "Foreign Ministry"
        forms.append((bare.split("'s ", 1)[1], ORGANISATION_OF_A_PLACE))
    if len(words) >= 3 and words[-1] in SPELLED_LEGAL_FORMS:
        # "Walmart Stores Incorporated" -> "Walmart Stores", "Walmart": a first word only
        # before one word of trade; "Federal Deposit Insurance Corporation" gives no
        # "Federal", "Hong Kong Limited" not the place.
        words = words[:-1]
        if " ".join(words) not in PLACE_NAMES:
            forms.append((" ".join(words), WITHOUT_LEGAL_FORM))
            if len(words) == 2 and _first_word_is_short_name(words):
                forms.append((words[0], FIRST_WORD))
    elif is_legal_name(words):
        while len(words) >= 2 and words[-1] in LEGAL_FORM_SUFFIXES:
            words = words[:-1]
            forms.append((" ".join(words), WITHOUT_LEGAL_FORM))  # "Ryanair Holdings Plc" -> "Ryanair Holdings", "Ryanair"
        if _first_word_is_short_name(words):
            forms.append((words[0], FIRST_WORD))
    elif is_personal_name(words):
        forms.append((words[-1], SURNAME))
    if (len(words) >= 2 and words[0][:1].isupper() and words[0] not in PLACE_NAMES and not is_product_like(words[0])
            and not is_nationality_word(words[0]) and is_product_like(words[1])):
        forms.append((" ".join(words[1:]), WITHOUT_MAKER))
    last = words[-1] if len(words) >= 2 else ""
    if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]{2,}", last):
        forms.append((last.rsplit("-", 1)[1], LAST_PART))  # "A.P. Moller-Maersk" -> "Maersk"
    return forms


def _first_word_is_short_name(words: list[str]) -> bool:
    """A legal name's first word is its short name ("Novo Nordisk A/S" -> "Novo"),
    unless the name is a noun phrase about it ("Deutsche Bank AG" is no "Deutsche")."""
    return (
        len(words) >= 2 and words[-1] not in ORGANISATION_HEAD_WORDS and words[0] not in PLACE_NAMES
        and words[0] not in LOWER_CASE_NAME_CONNECTORS and re.fullmatch(r"[A-Z][a-z]{2,}", words[0]) is not None
        and not is_nationality_word(words[0])
    )


# ---------------------------------------------------------------- abbreviations

INITIALS = "initials"
MAX_INITIALS = 6  # "USAID", "OSCE": initials this long still name one body; letters in order stop at four
LETTERS_IN_ORDER = "letters of its one word in order"
TICKER = "ticker"


def abbreviates(short: str, full: str) -> bool:
    """Whether an all-capital `short` ("VW", "MAERSKb") abbreviates the
    company name `full` ("Volkswagen AG", "A.P. Moller-Maersk"): the initials
    of its words, the letters of its one word in order from its first (a
    word of 6 letters or more), or its last word in capitals (a ticker, with
    an optional share-class letter)."""
    return abbreviation_kind(short, full) is not None


def abbreviation_kind(short: str, full: str) -> str | None:
    """How `short` abbreviates `full` (TICKER, INITIALS, LETTERS_IN_ORDER), or None."""
    words = _abbreviated_words(full)
    if not words:
        return None
    letters = _letters(short)
    if len(letters) >= 4 and letters.casefold() == _ticker_of(words):
        return TICKER
    if not (2 <= len(letters) <= MAX_INITIALS and letters.isupper() and letters == short):
        return None
    if len(words) >= 2 and _initials_of(words) == letters:
        return INITIALS
    if len(letters) > 4:
        return None  # letters in order: at most four ("VW", "MAERSK" is a ticker)
    if len(words) == 1 and len(words[0]) >= 6 and words[0][0] == letters[0]:
        rest = iter(words[0][1:].upper())
        if all(ch in rest for ch in letters[1:]):
            return LETTERS_IN_ORDER
    return None


def abbreviation_keys(full: str) -> set[str]:
    """Every abbreviation `full` may be written as, up to a share-class letter:
    `abbreviates(short, full)` implies `lookup_keys(short)` meets this set.
    An index of these finds the companies an abbreviation may stand for
    without comparing it with every name."""
    words = _abbreviated_words(full)
    if not words:
        return set()
    keys = {"ticker:" + _ticker_of(words)}
    if len(words) >= 2:
        keys.add("initials:" + _initials_of(words))
    if len(words) == 1 and len(words[0]) >= 6:
        rest = [ch for ch in words[0][1:].upper() if "A" <= ch <= "Z"]  # an abbreviation's letters are A-Z
        for n in (1, 2, 3):
            keys.update("letters:" + words[0][0] + "".join(c) for c in combinations(rest, n))
    return keys


def lookup_keys(short: str) -> list[str]:
    """The `abbreviation_keys` a company abbreviated by `short` has."""
    letters = _letters(short)
    keys = ["ticker:" + letters.casefold()] if len(letters) >= 4 else []
    if 2 <= len(letters) <= 4 and letters.isupper() and letters == short:
        keys += ["initials:" + letters, "letters:" + letters]
    elif len(letters) <= MAX_INITIALS and letters.isupper() and letters == short:
        keys.append("initials:" + letters)
    return keys


def _abbreviated_words(full: str) -> list[str]:
    return [w for w in full.split() if w not in LEGAL_FORM_SUFFIXES]


def _letters(short: str) -> str:
    """The abbreviation without a share-class letter ("MAERSKb" -> "MAERSK")."""
    return short.rstrip("abcdefghijklmnopqrstuvwxyz") if len(short) > 3 else short


def _ticker_of(words: list[str]) -> str:
    return words[-1].rsplit("-", 1)[-1].casefold()


def _initials_of(words: list[str]) -> str:
    """The first letter of each capitalised word, every letter of a dotted
    one ("U.S. Agency for International Development": USAID)."""
    return "".join(w.replace(".", "") if DOTTED_INITIALS.fullmatch(w) else w[0]
                   for w in words if w not in LOWER_CASE_NAME_CONNECTORS and w[:1].isupper())
