"""Person or organisation, as the event stage tells them apart.

These classifiers add the article's own usage to `timeline.actors`'
`is_person_like` / `is_org_like`: a surname the article used for a person
named in full, and a two-word name whose first word the article uses alone
("Novo Nordisk" ... "Novo") is a company (people go by their surname).
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.actors import is_org_like, is_person_like, strip_titles
from timeline.vocab_actors import PLACES


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
    return len(words) == 2 and words[0] in singles and words[1] not in singles and words[0] not in PLACES


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
