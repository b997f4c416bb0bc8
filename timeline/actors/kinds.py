"""Is a name a person's or an organisation's? From its words, then with the article's usage.

From a name's words alone (`is_product_like`, `is_person_like`,
`is_org_like` and the word tests after them): the corpus-free classifiers.
A product, model, service or index ("iPhone 4", "737 Max", "iTunes Store",
"FTSE 100") is never a person: a word with a digit, a brand's camel case,
a product's head word or a market index's name says so. Joining asks them too: a
company is what an abbreviation may stand for, a person's name is what a
surname may stand for.

With the article's own usage (`Usage`; `is_person`, `is_org`), as the event
stage tells them apart: a surname the article used for a person named in
full is a person (`with_surnames`), and a two-word name whose first word the
article uses alone ("Novo Nordisk" ... "Novo") is a company, as people go by
their surname (`company_by_usage`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.actors.models import is_brand
from timeline.actors.not_names import adjective_like
from timeline.actors.spelling import strip_titles
from timeline.lexicon.people import (
    HONORIFICS_OF_A_PERSON,
    LEGAL_FORM_SUFFIXES,
    ORGANISATION_HEAD_WORDS,
    PLACE_NAMES,
    SURNAME_PARTICLES,
    TITLES_BEFORE_A_NAME,
)
from timeline.lexicon.places import GEOGRAPHIC_FIRST_WORDS, GEOGRAPHIC_HEAD_WORDS, US_STATES
from timeline.lexicon.products import MARKET_INDICES, PRODUCT_HEAD_WORDS

_PERSON_WORD = re.compile(
    rf"(?:[A-Z]\.)+|[A-Z][a-z]*['’-]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?|(?:{'|'.join(SURNAME_PARTICLES)})"
)
_INDEX_NAMES = frozenset(n for canon, forms in MARKET_INDICES.items() for n in (canon, *forms))
_ABBREVIATION = re.compile(r"[A-Z]{2,}[a-z]?")  # "VW", "BAC", "MAERSKb" (a share-class letter)


@lru_cache(maxsize=65536)
def is_product_like(name: str) -> bool:
    """A product, model, service or index: a word with a digit ("iPhone 4",
    "A380", "737 Max"), a brand's camel case ("iTunes", "eBay"), a product's
    head word last ("iTunes Store") or a market index ("Nasdaq", "the Dow")."""
    bare = strip_titles(name) or name
    words = bare.split()
    if not words:
        return False
    return (
        any(any(ch.isdigit() for ch in w) for w in words) or any(is_brand(w) for w in words)
        or words[-1] in PRODUCT_HEAD_WORDS or bare in _INDEX_NAMES
    )


def is_index_like(name: str) -> bool:
    """A market index: one the table names, or a name ending "Index", "Composite" or "Average"."""
    bare = strip_titles(name) or name
    return bare in _INDEX_NAMES or bare.split()[-1:] in (["Index"], ["Composite"], ["Average"])


@lru_cache(maxsize=65536)
def is_person_like(name: str) -> bool:
    """Titled, honorific or two-to-three-word names that are not organisations nor products."""
    first = name.split()[0] if name.split() else ""
    if is_product_like(name) and not first.rstrip(".") in HONORIFICS_OF_A_PERSON:
        return False
    if first.rstrip(".") in HONORIFICS_OF_A_PERSON or any(name.startswith(t + " ") for t in TITLES_BEFORE_A_NAME):
        return True
    bare = strip_titles(name)
    words = bare.split()
    return (
        2 <= len(words) <= 3 and words[-1] not in ORGANISATION_HEAD_WORDS and words[-1] not in LEGAL_FORM_SUFFIXES
        and bare not in PLACE_NAMES and "'s" not in bare
    )


@lru_cache(maxsize=65536)
def is_org_like(name: str) -> bool:
    """Names ending in an organisation word, or a bare name that is no person or place."""
    bare = strip_titles(name) or name
    words = bare.split()
    if not words:
        return False
    if words[-1] in ORGANISATION_HEAD_WORDS or words[-1] in LEGAL_FORM_SUFFIXES:
        return True
    return bare not in PLACE_NAMES and not is_person_like(name) and not adjective_like(words[-1])


def is_legal_name(words: list[str]) -> bool:
    """A company's legal name: a name and a legal form ("Airbus SE", "Ryanair Holdings Plc")."""
    return len(words) >= 2 and words[-1] in LEGAL_FORM_SUFFIXES


def is_personal_name(words: list[str]) -> bool:
    """A person's full name, whose last word is a surname ("Vladimir Putin", "Mohammed bin Salman")."""
    return (
        len(words) >= 2 and words[-1] not in ORGANISATION_HEAD_WORDS and words[0] not in PLACE_NAMES
        and all(_PERSON_WORD.fullmatch(w) for w in words)
    )


def is_nationality_word(word: str) -> bool:
    """ "Deutsche", "Russian", "British": an adjective, no short name of its own."""
    return adjective_like(word)


def looks_like_abbreviation(bare: str) -> bool:
    """An all-capital word that may abbreviate a company ("VW", "MAERSKb"), not a place ("US")."""
    return _ABBREVIATION.fullmatch(bare) is not None and bare not in PLACE_NAMES


# ------------------------------------------------------- with the article's usage

@dataclass(frozen=True)
class Usage:
    """How the article uses names."""

    singles: frozenset[str] = frozenset()  # one-word names the article uses (all its prose)
    surnames: frozenset[str] = frozenset()  # surnames of persons named in full so far


def company_by_usage(name: str, usage: Usage) -> bool:
    """"Novo Nordisk" ... "Novo has spent": people go by their surname,
    companies by their first word."""
    words = name.split()
    singles = usage.singles
    return len(words) == 2 and words[0] in singles and words[1] not in singles and words[0] not in PLACE_NAMES


def is_person(name: str, usage: Usage) -> bool:
    if company_by_usage(name, usage):
        return False
    return is_person_like(name) or (strip_titles(name) or name) in usage.surnames


def is_org(name: str, usage: Usage) -> bool:
    return (is_org_like(name) or company_by_usage(name, usage)) and not is_person(name, usage)


def with_surnames(usage: Usage, names) -> Usage:
    """`usage` plus the surnames of the persons named in full among `names`."""
    new = set()
    for _, _, n in names:
        bare = strip_titles(n) or n
        if is_person_like(n) and len(bare.split()) >= 2:
            new.add(bare.split()[-1])
    return Usage(usage.singles, usage.surnames | new) if new - usage.surnames else usage


@lru_cache(maxsize=65536)
def is_geographic(name: str) -> bool:
    """A state, sea, coast or river: where an event happened, not who took part
    ("Louisiana", "Gulf of Mexico", "Java Sea"; `lexicon/places.py`)."""
    words = name.removeprefix("the ").split()
    return bool(words) and (name in US_STATES or words[-1] in GEOGRAPHIC_HEAD_WORDS or words[0] in GEOGRAPHIC_FIRST_WORDS)
