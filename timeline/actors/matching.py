"""Which actors a user's `--actor` query designates."""

from __future__ import annotations

from timeline.actors.names import name_key
from timeline.lexicon.people import TITLES_BEFORE_A_NAME
from timeline.model import Actor

_LOWER_TITLES = sorted({t.casefold() for t in TITLES_BEFORE_A_NAME}, key=len, reverse=True)


def actor_matches(actor: Actor, query: str) -> bool:
    """Whether a user's `--actor` query designates this actor.

    Case-insensitive; matches any alias, or any run of whole words of the
    canonical name ("putin", "Vladimir Putin", "Carlson" for "Tucker Carlson").
    """
    q = _query_key(query)
    if not q:
        return False
    if q in {name_key(actor.name), *(name_key(a) for a in actor.aliases)}:
        return True
    q_words = q.split()
    for candidate in (actor.name, *actor.aliases):
        words = name_key(candidate).split()
        n = len(q_words)
        if any(words[i:i + n] == q_words for i in range(len(words) - n + 1)):
            return True
    return False


def _query_key(query: str) -> str:
    """name_key for what a user types: titles recognised in any case."""
    q = query.strip().casefold()
    changed = True
    while changed:
        changed = False
        for title in _LOWER_TITLES:
            if q.startswith(title + " "):
                q, changed = q[len(title) + 1:], True
                break
    return name_key(q) if q else ""
