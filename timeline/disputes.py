"""Entries telling the same statement with dates that do not nest: `disputed_with`.

Two entries dispute each other when a statement of one and a statement of
the other (each an expression-dated report of its own file) are very
similar (overlap >= ``DISPUTED`` 0.75, at least ``DISPUTED_MIN_SHARED`` 3
shared words, each statement at least ``DISPUTED_MIN_WORDS`` 3 content
words: a short noun phrase such as "election victory" is not yet a
statement to dispute; the shared words at least half of the longer
statement's: "Airbus delivered 766 aircraft" is not disputed by a long
remark that mentions aircraft deliveries), share an actor or both name
none ("The devastating earthquakes occurred on Feb. 5" / "Devastating
earthquakes occurred on Feb. 6"), and neither the two statements' dates
nor the two entries' dates nest. Statements are compared, not the union of
an entry's words: an entry many reports joined shares little with any one
statement, however exactly one of its reports tells it. Statements dated
only by a publication date are left out: a lede says when it was reported,
not when it happened. Candidate pairs come from a bottom-k sketch (the
``HASHES`` smallest CRC-32 values of a statement's content words, per
actor): two near-identical statements almost surely share one of them, two
unrelated ones rarely, so this step is linear too.
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from timeline.model import Entry
from timeline.reports import Group, nested
from timeline.similarity import DISPUTED, DISPUTED_MIN_SHARED, similarity
from timeline.trace import explaining

DISPUTED_MIN_WORDS = 3
HASHES = 3
DISPUTE_WINDOW = 64


class _Statement(NamedTuple):
    entry: int  # index of its entry
    words: frozenset[str]
    actors: tuple[str, ...]  # its report's actors; ("",) when it names none
    first: date  # its report's own dates
    last: date
    file: str


@lru_cache(maxsize=65536)
def _crc(word: str) -> int:
    """A hash of a word that is the same in every run (unlike hash())."""
    return zlib.crc32(word.encode("utf-8"))


def mark_disputes(entries: list[Entry], groups: list[Group]) -> list[Entry]:
    """The entries, each pointing at those that tell one of its statements with other dates."""
    statements = _statements(entries, groups)
    disputed: dict[int, set[int]] = defaultdict(set)
    for u, v in _dispute_candidates(statements):
        s, t = statements[u], statements[v]
        i, j = s.entry, t.entry
        if i == j or j in disputed.get(i, ()) or s.file == t.file:
            continue
        a, b = entries[i], entries[j]
        if nested(a.first, a.last, b.first, b.last) or nested(s.first, s.last, t.first, t.last):
            continue
        coeff, shared = similarity(s.words, t.words)
        # ... and most of the longer statement too: a short clause
        # inside a longer, different statement is no dispute.
        if coeff >= DISPUTED and shared >= DISPUTED_MIN_SHARED and 2 * shared >= max(len(s.words), len(t.words)):
            disputed[i].add(j)
            disputed[j].add(i)
    if not disputed:
        return entries
    out = []
    for i, e in enumerate(entries):
        others = [entries[j] for j in sorted(disputed.get(i, ()))]
        if others:
            e = replace(e, disputed_with=tuple(sorted(o.id for o in others)), why=e.why + _dispute_reasons(e, others))
        out.append(e)
    return out


def _statements(entries: list[Entry], groups: list[Group]) -> list[_Statement]:
    """Each entry's distinct statements that may dispute another's, by date."""
    out = []
    for i, g in enumerate(groups):
        for words, r in g.words.items():
            if len(words) >= DISPUTED_MIN_WORDS and r.ev.citation.expression is not None:
                out.append(_Statement(i, words, r.ev.actors or ("",), r.ev.first, r.ev.last, r.file))
    out.sort(key=lambda s: (entries[s.entry].first, entries[s.entry].last, s.entry, s.first))
    return out


def _dispute_candidates(statements: list[_Statement]):
    """Each pair (u, v) of statements that may dispute each other, once.

    Candidates share a sketch bucket: an actor and one of the ``HASHES``
    smallest word hashes of each. A statement is compared with every
    earlier one (by date) of its buckets while a bucket holds at most
    ``DISPUTE_WINDOW``; in a fuller one, only with those sharing a prefix
    word under the actor (`_Prefixes`: the others cannot dispute it), the
    ``DISPUTE_WINDOW`` latest of each such word: a statement told by
    thousands of reports is compared with its neighbours in time, not with
    every other one.
    """
    sketch = [{(a, h) for h in sorted(_crc(x) for x in s.words)[:HASHES] for a in s.actors} for s in statements]
    buckets: dict[tuple, list[int]] = defaultdict(list)
    crowded = _Prefixes(statements)
    for u, mine in enumerate(sketch):
        near: set[int] = set()
        full = False
        for key in mine:
            earlier = buckets.get(key, ())
            if len(earlier) <= DISPUTE_WINDOW:
                near.update(earlier)
            else:
                full = True
        if full:
            near.update(v for v in crowded.near(u) if not mine.isdisjoint(sketch[v]))
        for v in sorted(near):
            yield u, v
        for key in mine:
            bucket = buckets[key]
            bucket.append(u)
            if len(bucket) > DISPUTE_WINDOW:
                crowded.add(bucket if len(bucket) == DISPUTE_WINDOW + 1 else (u,))


class _Prefixes:
    """The statements of full sketch buckets, indexed by actor and prefix word.

    Two statements disputing each other share at least t = max(
    DISPUTED_MIN_SHARED, half the longer one's words) words; in one fixed
    order of words (rarest first), the first word they share is among the
    first len - t + 1 words of each (the prefix filter of set-similarity
    joins), so a statement need only be compared with those sharing one of
    these words."""

    def __init__(self, statements: list[_Statement]):
        self.statements = statements
        self.rank: dict[str, int] | None = None
        self.lists: dict[tuple, list[int]] = defaultdict(list)
        self.indexed: set[int] = set()

    def keys(self, u: int) -> list[tuple]:
        if self.rank is None:  # the order of words, made when first needed
            counts = Counter(w for s in self.statements for w in s.words)
            self.rank = {w: r for r, w in enumerate(sorted(counts, key=lambda w: (counts[w], w)))}
        s = self.statements[u]
        ordered = sorted(s.words, key=self.rank.__getitem__)
        need = max(DISPUTED_MIN_SHARED, (len(ordered) + 1) // 2)
        return [(a, w) for a in s.actors for w in ordered[: len(ordered) - need + 1]]

    def add(self, members) -> None:
        for u in members:
            if u not in self.indexed:
                self.indexed.add(u)
                for key in self.keys(u):
                    self.lists[key].append(u)

    def near(self, u: int) -> set[int]:
        """Indexed statements sharing a prefix word with `u` under one of its actors, the latest of each."""
        return {v for key in self.keys(u) for v in self.lists.get(key, ())[-DISPUTE_WINDOW:] if v != u}


def _dispute_reasons(entry: Entry, others: list[Entry]) -> tuple[str, ...]:
    if not explaining():
        return ()
    return tuple(
        f"disputed: {o.id} ({o.value}) tells the same statement with dates that do not nest with {entry.value}"
        for o in others
    )
