"""The corpus's spellings, indexed for joining.

Joining asks, for each spelling: is it a full name? which full names of this
article, or of the corpus, is it a short form of? which company does this
abbreviation stand for? Each question is one dictionary look-up here, so that
joining compares a name only with the names that share what the join needs
(its short form, its initials, its letters) and grows with the number of
names, not its square.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from timeline.actors.aliases import Fixed
from timeline.actors.forms import abbreviation_keys, short_forms
from timeline.actors.kinds import is_org_like, looks_like_abbreviation
from timeline.actors.spelling import name_key, strip_titles, undotted
from timeline.model import Event


@dataclass(frozen=True)
class NameIndex:
    """What joining looks spellings up in, built once per corpus by `build_index`."""

    fixed: dict[str, Fixed]  # name key -> canonical name, from the alias tables
    by_file: dict[str, Counter]  # file -> raw spelling -> count
    full: dict[str, Counter]  # key of a full name (several words) -> its bare spellings, counted
    short_in_corpus: dict[str, set[str]]  # key of a short form -> keys of the full names it shortens
    short_in_file: dict[tuple[str, str], Counter]  # (file, short form key) -> full name keys, counted
    # Only when some spelling looks like an abbreviation:
    abbreviated: dict[tuple[str, bool], list[tuple[str, str]]]  # (abbreviation key, org-like) -> (spelling, full key)
    full_keys_in_file: dict[str, tuple[str, ...]]  # file -> keys of the full names it spells


def build_index(events: list[Event], seen_names: dict[str, list[str]], fixed: dict[str, Fixed]) -> NameIndex:
    """Count the spellings, then file full names under their short forms and abbreviations."""
    by_file = count_spellings(events, seen_names)
    full, short_in_corpus, short_in_file = index_full_names(by_file, fixed)
    abbreviated: dict[tuple[str, bool], list[tuple[str, str]]] = {}
    full_keys_in_file: dict[str, tuple[str, ...]] = {}
    if any(looks_like_abbreviation(undotted(strip_titles(raw) or raw)) for counts in by_file.values() for raw in counts):
        abbreviated = index_abbreviations(full)
        full_keys_in_file = {
            file: tuple(k for k in dict.fromkeys(name_key(strip_titles(r) or r) for r in counts) if k in full)
            for file, counts in by_file.items()
        }
    return NameIndex(fixed, dict(by_file), dict(full), dict(short_in_corpus), dict(short_in_file), abbreviated, full_keys_in_file)


def count_spellings(events: list[Event], seen_names: dict[str, list[str]]) -> dict[str, Counter]:
    """{file: {raw spelling: count}}: each event's actors, then once each name seen only in the prose."""
    by_file: dict[str, Counter] = defaultdict(Counter)
    for ev in events:
        for raw in ev.actors:
            by_file[ev.citation.file][raw] += 1
    for file, seen in seen_names.items():
        for raw in seen:
            by_file[file][raw] += 0 if raw in by_file[file] else 1
    return by_file


def index_full_names(by_file: dict[str, Counter], fixed: dict[str, Fixed]):
    """Full names (several words, not fixed by an alias) and the short forms pointing at them."""
    full: dict[str, Counter] = defaultdict(Counter)
    short_in_corpus: dict[str, set[str]] = defaultdict(set)
    short_in_file: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for file, counts in by_file.items():
        for raw, n in counts.items():
            bare = strip_titles(raw) or raw
            key = name_key(bare)
            if key in fixed or len(bare.split()) < 2:
                continue
            full[key][bare] += n
            for short in short_forms(bare):
                skey = name_key(short)
                short_in_corpus[skey].add(key)
                short_in_file[(file, skey)][key] += n
    return full, short_in_corpus, short_in_file


def index_abbreviations(full: dict[str, Counter]) -> dict[tuple[str, bool], list[tuple[str, str]]]:
    """{(abbreviation key, org-like): [(spelling, full name key)]} (see `forms.abbreviation_keys`).

    Kept apart by `is_org_like`, as a short abbreviation stands only for an organisation."""
    out: dict[tuple[str, bool], list[tuple[str, str]]] = defaultdict(list)
    for key, spellings in full.items():
        for spelling in spellings:
            org = is_org_like(spelling)
            for akey in abbreviation_keys(spelling):
                out[(akey, org)].append((spelling, key))
    return dict(out)
