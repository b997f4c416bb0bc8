"""A title and its holder's name: where a run of capitalised words that holds
a title ("Emirates President Tim Clark", "U.S. Ambassador to Lebanon Dorothy
Shea", "Senator David Vitter of Louisiana") splits into the organisation, the
title with its office, and the person; and when it is an office alone
("Secretary of State", "Minister of Finance"), no one's name. `names` asks these.
"""

from __future__ import annotations

from timeline.actors.models import is_brand
from timeline.actors.not_names import adjective_like
from timeline.actors.spelling import DOTTED_INITIALS, office_complement_at, strip_titles
from timeline.lexicon.people import PLACE_NAMES, TITLES_BEFORE_A_NAME, TITLES_OF_AN_ENVOY

TITLE_WORDS = frozenset(w for t in TITLES_BEFORE_A_NAME for w in t.split())


def office_of_title(tokens, i: int, word: str, run, text: str) -> bool:
    """ "Ambassador to Lebanon Dorothy Shea", "Secretary of the Treasury Janet
    Yellen": what the office is to or of joins the title to its holder's name
    (`strip_titles` takes both off again)."""
    last = run[-1][2]
    if word in ("to", "of", "for"):  # "of" before a capitalised word is a connector already
        titled = last in TITLES_OF_AN_ENVOY if word == "to" else last in TITLE_WORDS
        return titled and office_complement_at(text, tokens[i][0])
    if word == "the" and last in ("of", "for", "to") and len(run) > 1 and run[-2][2] in TITLE_WORDS:
        return office_complement_at(text, run[-1][0])
    return False


def title_inside(text: str, run) -> int:
    """Index of a title followed by a name inside the run ("Emirates President Tim Clark"), else 0."""
    for k in range(1, len(run) - 1):
        rest = text[run[k][0]:run[-1][1]]
        if run[k][2] in TITLE_WORDS and strip_titles(rest) not in ("", rest):
            before = text[run[0][0]:run[k - 1][1]]
            if before in PLACE_NAMES or adjective_like(run[k - 1][2]) or DOTTED_INITIALS.fullmatch(run[k - 1][2]):
                return 0  # "Russian President Vladimir Putin": handled as a nationality
            if any(t[2] in TITLE_WORDS for t in run[:k]):
                continue  # inside a multi-word title: "Deputy Foreign Minister"
            return k
    return 0


def drop_qualifier_of_title(text: str, run):
    """ "U.S. President-elect Donald Trump": the country only qualifies the title;
    "Russian President Vladimir Putin": likewise a nationality before a title;
    "the United Kingdom iTunes store", "the US iPhone": a place before a brand
    says which market, and is no part of the brand's name."""
    for k in range(1, min(len(run), 4)):
        if is_brand(run[k][2]) and text[run[0][0]:run[k - 1][1]] in PLACE_NAMES:
            return run[k:]
    if len(run) > 1 and (run[0][2] in PLACE_NAMES or DOTTED_INITIALS.fullmatch(run[0][2]) or adjective_like(run[0][2])):
        rest = text[run[1][0]:run[-1][1]].replace("’", "'")
        rest = rest[:-2] if rest.endswith("'s") else rest
        if strip_titles(rest) != rest:
            return run[1:]
    return run


def of_after_person(run, name: str) -> int:
    """The index of an "of" after a titled person's name ("Senator David
    Vitter of Louisiana", "Governor Andrew Cuomo of New York"), else 0. A
    title's own "of" ("Secretary of State ...") is not one."""
    bare = strip_titles(name)
    if not bare or bare == name:
        return 0
    titled = len(name.split()) - len(bare.split())
    return next((k for k in range(titled + 1, len(run) - 1) if run[k][2] == "of"), 0)


def lone_title(text: str, run, name: str) -> bool:
    """ "President", "Secretary of State"; or a title and what it is of
    ("Minister of Finance", "the President for Energy ..."): an office, no one's name."""
    bare = strip_titles(name)
    return bare == "" or (bare != name and bare[:1].islower())
