"""Joining spellings into one actor across articles: `resolve_actors`.

Every raw spelling ("President Vladimir Putin", "Mr Putin", "Putin's") maps
to a group, and each group to one display name. Titles and honorifics,
case, dots and possessives are set aside (`names.name_key`); then the first
of `RULES` that applies joins the spelling to another name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import NamedTuple

from timeline.actors.aliases import fixed_spellings
from timeline.actors.forms import abbreviates, abbreviation_kind, labelled_short_forms, lookup_keys
from timeline.actors.index import NameIndex, build_index
from timeline.actors.kinds import is_org_like, looks_like_abbreviation
from timeline.actors.reasons import actor_reasons, fold_reason
from timeline.actors.spelling import name_key, strip_titles, undotted
from timeline.actors.suggest import near_identical
from timeline.model import Actor, Event
from timeline.trace import explaining

SAME_KEY = "same name once titles, case and dots are set aside"


class Join(NamedTuple):
    """The group a spelling belongs to, and the rule that put it there."""

    key: str
    canonical: str | None = None  # the alias table's name for the group
    rule: str = "same_key"
    evidence: str = SAME_KEY  # what the rule saw; built only when explaining where it costs


def resolve_actors(
    events: list[Event],
    user_aliases: dict[str, list[str]] | None = None,
    names: dict[str, list[str]] | None = None,
) -> tuple[list[Event], list[Actor]]:
    """Replace raw actor spellings by canonical names and list the actors.

    Returns the events (same order) with canonical, de-duplicated actors, and
    the actors sorted by number of events (descending) then name.

    `names` (optional, {file: [raw names]}, see `timeline.events.article_names`)
    are names seen anywhere in the prose, dated or not: they let a surname
    join a full name given only in an undated sentence, and near-identical
    spellings seen there become suggestions.
    """
    # The steps, in order; each uses what the ones before built:
    # 1. the alias tables fix spellings first, so that no rule joins a spelling the user has placed;
    # 2. the index counts each article's spellings (names seen only in the prose too, so a surname
    #    can join a full name given in an undated sentence) and files full names under their short
    #    forms and abbreviations;
    # 3. each event's spellings go to a group, by the first of RULES that joins them; groups
    #    spelt with the same letters but for hyphens and spaces become one (`same_letters`);
    # 4. each group is named, which needs all of its spellings, hence after 3;
    # 5. the events are rewritten with those names;
    # 6. near-identical names left apart (among the names of 4 and those seen only in the
    #    prose) become suggestions, never joins;
    # 7. the actors are listed, groups that share a name folded, sorted by events then name.
    seen_names = names or {}
    index = build_index(events, seen_names, fixed_spellings(user_aliases))
    groups = same_letters(group_spellings(events, index))
    display = name_groups(groups, index)
    out_events = [replace(ev, actors=_display_names(keys, display)) for ev, keys in zip(events, groups.keys_of_events)]
    suggestions = near_identical({**seen_only_names(seen_names, index, display), **display})
    actors = list_actors(groups, display, suggestions, user_aliases or {})
    return out_events, fold_same_names(actors)


# ---------------------------------------------------------------- the joining rules, in order

def alias_spelling(bare: str, key: str, file: str, index: NameIndex) -> Join | None:
    """A spelling an alias table names joins its canonical name."""
    found = index.fixed.get(key)
    if found is None:
        return None
    return Join("fixed:" + found.canonical, found.canonical, "alias_spelling", found.source)


def full_name(bare: str, key: str, file: str, index: NameIndex) -> Join | None:
    """A full name that is no other name's short form is its own group."""
    if key in index.full and key not in index.short_in_corpus:
        return Join(key)
    return None


def short_form_in_article(bare: str, key: str, file: str, index: NameIndex) -> Join | None:
    """A short form joins the full name of the same article it shortens (the most frequent one)."""
    local = index.short_in_file.get((file, key))
    if not local:
        return None
    target = local.most_common(1)[0][0]
    evidence = f"{_short_form_kind(key, index.full[target])}, a full name of the same article" if explaining() else ""
    return Join(target, None, "short_form_in_article", evidence)


def short_form_in_corpus(bare: str, key: str, file: str, index: NameIndex) -> Join | None:
    """A short form joins the full name it shortens if the corpus has only one."""
    targets = index.short_in_corpus.get(key, set())
    if len(targets) != 1:
        return None
    target = next(iter(targets))
    evidence = f"{_short_form_kind(key, index.full[target])}, the only full name of the corpus with it" if explaining() else ""
    return Join(target, None, "short_form_in_corpus", evidence)


def abbreviation_of_company(bare: str, key: str, file: str, index: NameIndex) -> Join | None:
    """ "VW" for "Volkswagen AG", "MAERSKb" for "A.P. Moller-Maersk": the one
    company of the same article it abbreviates, else the only one of the corpus.
    Dotted initials are the same abbreviation: "G.M." is "GM"."""
    bare = undotted(bare)
    if not looks_like_abbreviation(bare):
        return None
    for where, found in (("the same article", _abbreviated_in_article), ("the corpus", _abbreviated_in_corpus)):
        targets = found(bare, file, index)
        if len(targets) == 1:
            target = next(iter(targets))
            evidence = ""
            if explaining():
                kind = next(abbreviation_kind(bare, sp) for sp in sorted(index.full[target]) if _may_abbreviate(bare, sp))
                evidence = f"{kind}, the only company of {where} it abbreviates"
            return Join(target, None, "abbreviation_of_company", evidence)
        if targets:
            return None
    return None


def _may_abbreviate(short: str, spelling: str) -> bool:
    """Two or three capitals abbreviate only an organisation; four or more (a ticker) any name."""
    return (is_org_like(spelling) or len(short) >= 4) and abbreviates(short, spelling)


def _abbreviated_in_article(bare: str, file: str, index: NameIndex) -> set[str]:
    """Keys of the full names of the article that `bare` abbreviates."""
    return {k for k in index.full_keys_in_file.get(file, ()) if any(_may_abbreviate(bare, sp) for sp in index.full[k])}


def _abbreviated_in_corpus(bare: str, file: str, index: NameIndex) -> set[str]:
    """Keys of the corpus's full names that `bare` abbreviates, up to two (two are already too many)."""
    found: set[str] = set()
    for akey in lookup_keys(bare):
        for org in (True, False) if len(bare) >= 4 else (True,):
            for spelling, k in index.abbreviated.get((akey, org), ()):
                if k not in found and abbreviates(bare, spelling):
                    found.add(k)
                    if len(found) == 2:
                        return found
    return found


RULES = (alias_spelling, full_name, short_form_in_article, short_form_in_corpus, abbreviation_of_company)
# Why this order: the alias tables overrule every rule; a full name stays itself unless it is also
# some longer name's short form ("Airbus Group" / "Airbus Group SE"); the same article's full name
# beats the corpus's ("Clinton" in an article about Bill Clinton); abbreviations are the loosest
# match, tried last.


def group_of(raw: str, file: str, index: NameIndex) -> Join:
    """The group of a raw spelling in an article: the first rule that joins it, else its own key."""
    bare = strip_titles(raw) or raw
    key = name_key(bare)
    for rule in RULES:
        found = rule(bare, key, file, index)
        if found is not None:
            return found
    return Join(key)


def _short_form_kind(key: str, spellings: Counter) -> str:
    """Which short form ("surname", ...) of one of `spellings` has the name key `key`."""
    for spelling in spellings:
        for form, kind in labelled_short_forms(spelling):
            if name_key(form) == key:
                return kind
    return "short form"


# ---------------------------------------------------------------- groups, names, actors

@dataclass(frozen=True)
class Groups:
    """The events' spellings grouped: what `group_spellings` found."""

    spellings: dict[str, Counter]  # group key -> raw spelling -> count
    canonical: dict[str, str]  # group key -> the alias table's name
    events: Counter  # group key -> number of events
    keys_of_events: list[list[str]]  # each event's group keys, in order
    joins: dict[str, dict[tuple[str, Join], None]]  # group key -> (raw spelling, join) seen, in order


def group_spellings(events: list[Event], index: NameIndex) -> Groups:
    """Each event's raw spellings mapped to their groups (once per spelling and article)."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    canonical: dict[str, str] = {}
    counts: Counter = Counter()
    keys_of_events: list[list[str]] = []
    joins: dict[str, dict[tuple[str, Join], None]] = defaultdict(dict)
    known: dict[tuple[str, str], str] = {}
    for ev in events:
        keys: list[str] = []
        for raw in ev.actors:
            ck = known.get((raw, ev.citation.file))
            if ck is None:
                join = group_of(raw, ev.citation.file, index)
                ck = known[(raw, ev.citation.file)] = join.key
                if join.canonical:
                    canonical[ck] = join.canonical
                joins[ck][(raw, join)] = None
            spellings[ck][raw] += 1
            if ck not in keys:
                keys.append(ck)
        counts.update(keys)
        keys_of_events.append(keys)
    return Groups(dict(spellings), canonical, counts, keys_of_events, dict(joins))


SAME_LETTERS = "the same letters in the same order, but for hyphens and spaces"


def same_letters(groups: Groups) -> Groups:
    """Groups holding two spellings that are the same letters but for
    hyphens and spaces are one name spelt two ways ("Wal-Mart" / "Walmart",
    "Coca-Cola" / "Coca Cola"): they fold into the group of most events
    (then the first key). Unlike a near-identical name (`suggest`), no letter
    differs; one spelling in two groups ("Bush" of two articles, each
    joined to its own full name) joins nothing."""
    spelt: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # letters -> key -> groups
    for g, counts in groups.spellings.items():
        for raw in counts:
            key = name_key(strip_titles(raw) or raw)
            spelt[key.replace(" ", "")][key].add(g)
    parent = {g: g for g in groups.spellings}

    def root(g: str) -> str:
        while parent[g] != g:
            g = parent[g]
        return g

    for by_key in spelt.values():
        if len(by_key) < 2 or any(len(gs) > 1 for gs in by_key.values()):
            continue  # one spelling, or one spelling in two groups ("DeSantis" of Ron's and of Casey's): no fold
        members = sorted({root(g) for gs in by_key.values() for g in gs})
        keep = min(members, key=lambda g: (-groups.events[g], g))
        for g in members:
            parent[g] = keep
    into = {g: root(g) for g in parent if root(g) != g}
    if not into:
        return groups
    spellings: dict[str, Counter] = defaultdict(Counter)
    joins: dict[str, dict[tuple[str, Join], None]] = defaultdict(dict)
    for k, counts in groups.spellings.items():
        spellings[into.get(k, k)].update(counts)
    for k, seen in groups.joins.items():
        for raw, join in seen:
            moved = Join(into[k], join.canonical, "same_letters", SAME_LETTERS) if k in into else join
            joins[into.get(k, k)][(raw, moved)] = None
    keys_of_events = [list(dict.fromkeys(into.get(k, k) for k in keys)) for keys in groups.keys_of_events]
    events = Counter(k for keys in keys_of_events for k in keys)
    canonical = {into.get(k, k): c for k, c in groups.canonical.items()}
    return Groups(dict(spellings), canonical, events, keys_of_events, dict(joins))


def name_groups(groups: Groups, index: NameIndex) -> dict[str, str]:
    """{group key: display name}: the alias table's name, else the fullest, most frequent spelling."""
    display: dict[str, str] = {}
    for k, spellings in groups.spellings.items():
        if k in groups.canonical:
            display[k] = groups.canonical[k]
        elif k in index.full:
            display[k] = best_display(index.full[k])
        else:
            bares: Counter = Counter()
            for raw, n in spellings.items():
                bares[strip_titles(raw) or raw] += n
            display[k] = best_display(bares)
    return display


def best_display(spellings: Counter) -> str:
    """The spelling with the most words, then the most frequent, then the first in order."""
    return sorted(spellings.items(), key=lambda kv: (-len(kv[0].split()), -kv[1], kv[0]))[0][0]


def _display_names(keys: list[str], display: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(display[k] for k in keys))


def seen_only_names(seen_names: dict[str, list[str]], index: NameIndex, display: dict[str, str]) -> dict[str, str]:
    """{group key: name} of the names seen only outside events: they take part in suggestions, not in the list."""
    seen_only: dict[str, str] = {}
    listed = {k.replace(" ", "") for k in display}  # a name of a listed actor's letters is that actor (`same_letters`)
    for file, seen in seen_names.items():
        for raw in seen:
            join = group_of(raw, file, index)
            if join.key.replace(" ", "") not in listed:
                seen_only[join.key] = join.canonical or strip_titles(raw) or raw
    return seen_only


def list_actors(groups: Groups, display: dict[str, str], suggestions: dict[str, dict[str, str]],
                user_aliases: dict[str, list[str]]) -> list[Actor]:
    """One actor per group: its spellings other than its name as aliases (with the alias file's, so
    `--actor` finds every listed spelling), its number of events and the names suggested for it."""
    actors = []
    for k, name in display.items():
        aliases = set()
        for raw in groups.spellings[k]:
            for form in (raw, strip_titles(raw) or raw):
                if form != name:
                    aliases.add(form)
        aliases.update(user_aliases.get(name, ()))
        suggested = suggestions.get(k, {})
        why = actor_reasons(name, k in groups.canonical, groups.joins.get(k, {}), suggested) if explaining() else ()
        actors.append(Actor(name, tuple(sorted(aliases)), groups.events[k], tuple(sorted(suggested)), why))
    return actors


def fold_same_names(actors: list[Actor]) -> list[Actor]:
    """Two groups can share a display name (an alias file naming an existing actor):
    fold them so each name is listed once; then sort by events, then name."""
    merged: dict[str, Actor] = {}
    for a in actors:
        if a.name in merged:
            b = merged[a.name]
            merged[a.name] = Actor(
                a.name,
                tuple(sorted(set(a.aliases) | set(b.aliases))),
                a.events + b.events,
                tuple(sorted(set(a.suggestions) | set(b.suggestions))),
                b.why + a.why + fold_reason(a.name),
            )
        else:
            merged[a.name] = a
    return sorted(merged.values(), key=lambda a: (-a.events, a.name))
