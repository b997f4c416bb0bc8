"""Which actors a user's `--actor` query designates."""

from __future__ import annotations

from timeline.actors.kinds import is_org_like
from timeline.actors.spelling import name_key
from timeline.lexicon.people import TITLES_BEFORE_A_NAME
from timeline.lexicon.products import KIND_NOUNS_IN_A_QUERY
from timeline.model import Actor

_LOWER_TITLES = sorted({t.casefold() for t in TITLES_BEFORE_A_NAME}, key=len, reverse=True)


def actor_matches(actor: Actor, query: str) -> bool:
    """Whether a user's `--actor` query designates this actor.

    Case-insensitive; matches any alias, or the words of the query in order
    among the whole words of a name ("putin", "Vladimir Putin", "Carlson" for
    "Tucker Carlson", "iTunes store" for "iTunes Music Store"). A kind noun
    typed in lower case after a name ("iTunes store", "Nasdaq index") says
    what the name is: the name alone is asked for too. A name typed after
    its possessor's ("Beatles Apple Corps": the Beatles' Apple Corps) finds
    the actor of exactly that name.
    """
    return any(_matches(actor, q) for q in _query_forms(query)) or _possessed(actor, query)


def _possessed(actor: Actor, query: str) -> bool:
    """The query without its first capitalised word is a name of two words
    or more of the actor, exactly ("Apple Corps" for "Beatles Apple Corps")."""
    words = query.split()
    if len(words) < 3 or not words[0][:1].isupper():
        return False
    rest = _query_key(" ".join(words[1:]))
    return rest in {name_key(actor.name), *(name_key(a) for a in actor.aliases)}


def _query_forms(query: str) -> list[str]:
    """The query's key, and its key without a trailing lower-case kind noun."""
    q = _query_key(query)
    forms = [q] if q else []
    words = query.split()
    if len(words) >= 2 and words[-1] in KIND_NOUNS_IN_A_QUERY:
        shorter = _query_key(" ".join(words[:-1]))
        if shorter:
            forms.append(shorter)
    return forms


def _matches(actor: Actor, q: str) -> bool:
    if q in {name_key(actor.name), *(name_key(a) for a in actor.aliases)}:
        return True
    q_words = q.split()
    for candidate in (actor.name, *actor.aliases):
        if _in_order(q_words, name_key(candidate).split()):
            return True
    return False


def _in_order(q_words: list[str], words: list[str]) -> bool:
    """Every query word, in order, among the name's words (gaps allowed)."""
    rest = iter(words)
    return all(any(w == q for w in rest) for q in q_words)


def _query_key(query: str) -> str:
    """name_key for what a user types: titles recognised in any case, but
    not in a company's name ("General Motors")."""
    q = query.strip().casefold()
    if is_org_like(" ".join(w[:1].upper() + w[1:] for w in q.split())):
        return name_key(q)  # "general motors": a company's name, no "General" to strip
    changed = True
    while changed:
        changed = False
        for title in _LOWER_TITLES:
            if q.startswith(title + " "):
                q, changed = q[len(title) + 1:], True
                break
    return name_key(q) if q else ""
