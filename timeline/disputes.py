"""Entries telling the same statement with dates that do not nest: `disputed_with`.

Two entries from different files, sharing an actor, with non-nested
dates, whose statements are very similar (overlap >= ``DISPUTED`` 0.75,
at least ``DISPUTED_MIN_SHARED`` 3 shared words, each statement at least
``DISPUTED_MIN_WORDS`` 3 content words: a short noun phrase such as
"election victory" is not yet a statement to dispute; the shared words
at least half of the longer statement's: "Airbus delivered 766 aircraft"
is not disputed by a long remark that mentions aircraft deliveries)
point at each other through
`disputed_with`. Entries dated only by a publication date are left out:
a lede says when it was reported, not when it happened. Candidate pairs
come from a bottom-k sketch (the ``HASHES`` smallest CRC-32 values of the
content words, per actor): two near-identical statements almost surely
share one of them, two unrelated ones rarely, so this step is linear too.
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache

from timeline.model import Entry
from timeline.reports import Group, nested
from timeline.similarity import DISPUTED, DISPUTED_MIN_SHARED, similarity
from timeline.trace import explaining

DISPUTED_MIN_WORDS = 3
HASHES = 3
DISPUTE_WINDOW = 64


@lru_cache(maxsize=65536)
def _crc(word: str) -> int:
    """A hash of a word that is the same in every run (unlike hash())."""
    return zlib.crc32(word.encode("utf-8"))


def mark_disputes(entries: list[Entry], groups: list[Group]) -> list[Entry]:
    """The entries, each pointing at those that tell its statement with other dates."""
    words = [frozenset().union(*g.words) for g in groups]
    disputed: dict[int, set[int]] = defaultdict(set)
    for i, j in _dispute_candidates(entries, words):
        a, b = entries[i], entries[j]
        if nested(a.first, a.last, b.first, b.last) or groups[i].files.keys() & groups[j].files.keys():
            continue
        coeff, shared = similarity(words[i], words[j])
        # ... and most of the longer statement too: a short clause
        # inside a longer, different statement is no dispute.
        if coeff >= DISPUTED and shared >= DISPUTED_MIN_SHARED and 2 * shared >= max(len(words[i]), len(words[j])):
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


def _dispute_candidates(entries: list[Entry], words: list[frozenset[str]]):
    """Each pair (i, j) of entries that may dispute each other, once.

    Entries without an expression date, or with fewer than
    ``DISPUTED_MIN_WORDS`` words, dispute nothing. Candidates share a sketch
    bucket: an actor and one of the ``HASHES`` smallest word hashes of each.
    An entry is compared with every earlier one (by date) of its buckets
    while a bucket holds at most ``DISPUTE_WINDOW``; in a fuller one, only
    with those sharing a prefix word under the actor (`_Prefixes`: the others
    cannot dispute it), the ``DISPUTE_WINDOW`` latest of each such word: a
    statement told by thousands of reports is compared with its neighbours
    in time, not with every other one.
    """
    eligible = [
        i for i, (e, w) in enumerate(zip(entries, words))
        if len(w) >= DISPUTED_MIN_WORDS and any(c.expression is not None for c in e.citations)
    ]
    eligible.sort(key=lambda i: (entries[i].first, entries[i].last, i))
    sketch = {i: {(a, h) for h in sorted(_crc(x) for x in words[i])[:HASHES] for a in entries[i].actors} for i in eligible}
    buckets: dict[tuple, list[int]] = defaultdict(list)
    crowded = _Prefixes(entries, words, eligible)
    for i in eligible:
        mine = sketch[i]
        near: set[int] = set()
        full = False
        for key in mine:
            earlier = buckets.get(key, ())
            if len(earlier) <= DISPUTE_WINDOW:
                near.update(earlier)
            else:
                full = True
        if full:
            near.update(j for j in crowded.near(i) if not mine.isdisjoint(sketch[j]))
        for j in sorted(near):
            yield i, j
        for key in mine:
            bucket = buckets[key]
            bucket.append(i)
            if len(bucket) > DISPUTE_WINDOW:
                crowded.add(bucket if len(bucket) == DISPUTE_WINDOW + 1 else (i,))


class _Prefixes:
    """The members of full sketch buckets, indexed by actor and prefix word.

    Two statements disputing each other share at least t = max(
    DISPUTED_MIN_SHARED, half the longer one's words) words; in one fixed
    order of words (rarest first), the first word they share is among the
    first len - t + 1 words of each (the prefix filter of set-similarity
    joins), so an entry need only be compared with those sharing one of
    these words."""

    def __init__(self, entries: list[Entry], words: list[frozenset[str]], eligible: list[int]):
        self.entries, self.words, self.eligible = entries, words, eligible
        self.rank: dict[str, int] | None = None
        self.lists: dict[tuple, list[int]] = defaultdict(list)
        self.indexed: set[int] = set()

    def keys(self, i: int) -> list[tuple]:
        if self.rank is None:  # the order of words, made when first needed
            counts = Counter(w for j in self.eligible for w in self.words[j])
            self.rank = {w: r for r, w in enumerate(sorted(counts, key=lambda w: (counts[w], w)))}
        ordered = sorted(self.words[i], key=self.rank.__getitem__)
        need = max(DISPUTED_MIN_SHARED, (len(ordered) + 1) // 2)
        return [(a, w) for a in self.entries[i].actors for w in ordered[: len(ordered) - need + 1]]

    def add(self, members) -> None:
        for i in members:
            if i not in self.indexed:
                self.indexed.add(i)
                for key in self.keys(i):
                    self.lists[key].append(i)

    def near(self, i: int) -> set[int]:
        """Indexed entries sharing a prefix word with `i` under one of its actors, the latest of each."""
        return {j for key in self.keys(i) for j in self.lists.get(key, ())[-DISPUTE_WINDOW:] if j != i}


def _dispute_reasons(entry: Entry, others: list[Entry]) -> tuple[str, ...]:
    if not explaining():
        return ()
    return tuple(
        f"disputed: {o.id} ({o.value}) tells the same statement with dates that do not nest with {entry.value}"
        for o in others
    )
