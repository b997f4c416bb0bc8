"""The spelling of a name that joining compares: without titles, honorifics,
article or possessive (`strip_titles`), and as a key with case, dots,
apostrophes and middle initials ignored (`name_key`); dotted initials
without their dots (`undotted`)."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.lexicon.people import (
    COUNTRY_INITIALS,
    ORGANISATION_HEAD_WORDS,
    PLACE_NAMES,
    PORTFOLIOS_OF_AN_OFFICE,
    TITLES_BEFORE_A_NAME,
)

_SORTED_TITLES = sorted(TITLES_BEFORE_A_NAME, key=lambda t: -len(t))
# What a title is of, for or to, before a capitalised name: "(Secretary) of Defense Lloyd Austin".
_OFFICE_COMPLEMENT = re.compile(
    r"(?:of|for|to) (?:the )?(?:" + "|".join(map(re.escape, sorted((*PORTFOLIOS_OF_AN_OFFICE, *PLACE_NAMES), key=len, reverse=True)))
    + r") (?=[A-Z])")


def office_complement_at(text: str, pos: int) -> bool:
    """What an office is of, for or to opens `text` at `pos`, with a
    capitalised name after it ("to Lebanon Dorothy Shea", "of the Treasury Janet Yellen")."""
    return _OFFICE_COMPLEMENT.match(text, pos) is not None


@lru_cache(maxsize=65536)
def strip_titles(name: str) -> str:
    """The name without leading titles, honorifics, article or possessive.

    >>> strip_titles("President Vladimir Putin's")
    'Vladimir Putin'
    """
    name = name.replace("’", "'").strip()
    if name.endswith("'s"):
        name = name[:-2]
    original = name
    changed = True
    while changed:
        changed = False
        for prefix in ("the ", "The "):
            if name.startswith(prefix):
                name, changed = name[len(prefix):], True
        for title in _SORTED_TITLES:
            if name == title:
                return ""
            if name.startswith(title + " "):
                name, changed = name[len(title) + 1:], True
                complement = _OFFICE_COMPLEMENT.match(name)
                if complement:  # "Secretary of Defense Lloyd Austin": the office's portfolio is the title's
                    name = name[complement.end():]
                break
    name = name.strip()
    if name.split() and name.split()[-1] in ORGANISATION_HEAD_WORDS and len(name.split()) < len(original.split()):
        # "Justice Department": a word that is also a title names the body.
        for prefix in ("the ", "The "):
            if original.startswith(prefix):
                original = original[len(prefix):]
        return original.strip()
    return name


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Comparison key: case, dots, apostrophes and middle initials ignored;
    "U.S." or "UK" opening a longer name spelt out ("U.S. Agency for
    International Development" is the United States Agency ...)."""
    bare = strip_titles(name) or name
    bare = bare.replace(".", "").replace("'", "").replace("-", " ").casefold()
    words = bare.split()
    if len(words) > 1 and words[0] in COUNTRY_INITIALS:
        words = COUNTRY_INITIALS[words[0]] + words[1:]
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


# Two or three capitals each with its dot: "U.S.", "G.M.", "A.P."; the last dot may
# be lost to a sentence end ("G.M"). One pattern for every reader of initials.
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]\.?")


def undotted(name: str) -> str:
    """Dotted initials without their dots ("G.M." -> "GM"); any other name as it is."""
    return name.replace(".", "") if DOTTED_INITIALS.fullmatch(name) else name
