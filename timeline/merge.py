"""Merge events from different sources into the entries of one chronology.

When two events are the same entry
    All three must hold (two events of one file merge only when their dates
    are equal and their statements near-identical, as for a dispute below:
    an article that tells the same thing in its lede and its body):

    1. *Compatible dates*: one interval lies inside the other (equal counts).
       The entry keeps the most precise date (its founding event's). Events
       whose intervals are not nested never merge, however similar.
    2. *A shared actor* (canonical names, after `resolve_actors`).
    3. *The same statement*: the very same content words (however few), or
       an overlap of content words of at least ``SAME_STATEMENT`` (0.5) with
       at least ``MIN_SHARED`` (2) words in common (`timeline.similarity`,
       which says what content words are and why the overlap coefficient).

    Under `--explain` each entry's `why` ends with one line per report joined
    to it: the dates, the shared actors and the score.

How it stays about linear
    Events are taken from the narrowest interval to the widest, so an event
    can only join an entry whose interval lies inside its own. Entries are
    indexed by (actor, bucket) where bucket is the month, the year, the
    decade that contains them; an event looks only in the smallest bucket
    that holds its interval, under each of its actors. With dates and actors
    spread over a corpus each lookup sees a handful of entries. A year-long
    event still sees every entry of its actors that year, so each entry
    keeps the union of its members' words and a candidate sharing none of
    them is passed over before any score is computed (exact: the same
    statement needs shared words). A candidate is scored against at most
    ``MAX_COMPARED`` (16) distinct statements of an entry, its first ones: an
    article repeating itself thousands of times made the merge quadratic.

Disputed dates
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

Order (documented contract)
    By first day; on the same first day the coarser entry first (a year
    before its January, a month before its first day), then the wider
    interval, then the entry id (stable across runs on the same input).

Entry ids
    The first 10 hex digits of SHA-1 over "value|summary|file|offset" of the
    entry's first citation: stable across runs, independent of input order.
"""

from __future__ import annotations

import gc
import hashlib
import zlib
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from itertools import islice

from timeline.model import PRECISIONS, Citation, Entry, Event
from timeline.similarity import (
    DISPUTED,
    DISPUTED_MIN_SHARED,
    content_words,
    same_statement,
    same_statement_strict,
    similarity,
)
from timeline.trace import explaining

DISPUTED_MIN_WORDS = 3
HASHES = 3
MAX_COMPARED = 16
DISPUTE_WINDOW = 64



@lru_cache(maxsize=65536)
def _crc(word: str) -> int:
    """A hash of a word that is the same in every run (unlike hash())."""
    return zlib.crc32(word.encode("utf-8"))


_RANK = {p: i for i, p in enumerate(PRECISIONS)}


def _nested(f1: date, l1: date, f2: date, l2: date) -> bool:
    return (f1 <= f2 and l2 <= l1) or (f2 <= f1 and l1 <= l2)


def _buckets(first: date, last: date) -> list[tuple]:
    """Every bucket that wholly contains the interval, smallest first."""
    keys = []
    if (first.year, first.month) == (last.year, last.month):
        keys.append(("m", first.year, first.month))
    if first.year == last.year:
        keys.append(("y", first.year))
    if first.year // 10 == last.year // 10:
        keys.append(("d", first.year // 10))
    keys.append(("all",))
    return keys


class _Group:
    __slots__ = ("events", "words", "allwords", "files", "first", "last", "joins")

    def __init__(self, ev: Event, words: frozenset[str]):
        self.events = [ev]
        self.words = {words: None}  # its members' distinct statements, in order
        self.allwords = set(words)  # every member's words: no shared word, no merge
        self.files = {ev.citation.file}
        self.first, self.last = ev.first, ev.last
        self.joins: list[str] = []  # under --explain: why each later event joined

    def compared(self):
        """The statements a candidate is scored against: at most ``MAX_COMPARED``
        distinct ones (the first), so a huge entry costs a bounded amount."""
        return islice(self.words, MAX_COMPARED)


def _order_key(ev: Event):
    c = ev.citation
    # the file's name relative to the folder given, not the path as written
    return ((ev.last - ev.first).days, _RANK.get(ev.precision, len(_RANK)), ev.first, c.name or c.file, c.start, ev.value, ev.summary, ev.actors)


def merge_events(events: list[Event]) -> list[Entry]:
    """Merge events into sorted entries; every citation is kept exactly once."""
    # The merge allocates many small objects and no reference cycles; the
    # cyclic collector would rescan them all again and again (at 100,000
    # events it more than doubles the time), so it is paused meanwhile.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _merge(events)
    finally:
        if was_enabled:
            gc.enable()


def _merge(events: list[Event]) -> list[Entry]:
    groups: list[_Group] = []
    index: dict[tuple, list[_Group]] = defaultdict(list)
    for ev in sorted(events, key=_order_key):
        words = content_words(ev.summary, ev.actors)
        buckets = _buckets(ev.first, ev.last)
        best, score = _best_group(ev, words, index.get, buckets[0])
        if best is not None:
            if explaining():
                best.joins.append(_join_reason(ev, words, best, score))
            best.events.append(ev)
            best.words[words] = None
            best.allwords.update(words)
            best.files.add(ev.citation.file)
            continue
        g = _Group(ev, words)
        groups.append(g)
        for actor in ev.actors:
            for key in buckets:
                index[(actor, key)].append(g)

    entries = [_entry(g) for g in groups]
    entries = _unique_ids(entries)
    entries = _mark_disputes(entries, groups)
    return sorted(entries, key=sort_key)


def _best_group(ev: Event, words: frozenset[str], lookup, bucket) -> tuple[_Group | None, float]:
    """The entry so far that `ev` reports too, with its score, or (None, 0.0)."""
    best, best_score = None, 0.0
    seen: set[int] = set()
    for actor in ev.actors:
        for g in lookup((actor, bucket), ()):
            if id(g) in seen:
                continue
            seen.add(id(g))
            if not _nested(ev.first, ev.last, g.first, g.last) or words.isdisjoint(g.allwords):
                continue
            if ev.citation.file in g.files:
                # One article telling the same thing twice (lede and body):
                # only the same date and a near-identical statement.
                if (ev.first, ev.last) != (g.first, g.last):
                    continue
                score = max(same_statement_strict(words, w) for w in g.compared())
            else:
                score = max(same_statement(words, w) for w in g.compared())
            if score > best_score:
                best, best_score = g, score
    return best, best_score


def _join_reason(ev: Event, words: frozenset[str], g: _Group, score: float) -> str:
    """Why `ev` was joined to the entry `g`: dates, shared actors, score, shared words."""
    founder = g.events[0]
    # Events come narrowest first, so a joining event's dates hold the entry's.
    dates = "same dates" if (ev.first, ev.last) == (g.first, g.last) else f"{founder.value} within {ev.value}"
    shared_actors = [a for a in ev.actors if any(a in e.actors for e in g.events)]
    shared_words = sorted(words & g.allwords)
    c = ev.citation
    return (
        f"merged: {c.file}:{c.line} joined ({dates}; shared actor {', '.join(shared_actors)}; "
        f"same statement {score:.2f}, shared words: {', '.join(shared_words[:8])})"
    )


def sort_key(entry: Entry):
    """Chronological order; on one first day the coarser entry comes first."""
    return (entry.first, -_RANK.get(entry.precision, len(_RANK)), -(entry.last - entry.first).days, entry.id)


def _entry(g: _Group) -> Entry:
    founder = g.events[0]
    actors: list[str] = []
    for ev in g.events:
        for a in ev.actors:
            if a not in actors:
                actors.append(a)
    citations = tuple(ev.citation for ev in g.events)
    return Entry(
        id=entry_id(founder.value, founder.summary, founder.citation),
        value=founder.value,
        first=founder.first,
        last=founder.last,
        precision=founder.precision,
        summary=founder.summary,
        actors=tuple(actors),
        modality=founder.modality,
        citations=citations,
        why=founder.why + tuple(g.joins),
    )


def entry_id(value: str, summary: str, citation: Citation) -> str:
    """Stable id of an entry: a hash of its date, summary and first citation
    (its file by the name relative to the folder given, so `sources` and
    `$PWD/sources`, or a renamed folder, give the same ids)."""
    raw = f"{value}|{summary}|{citation.name or citation.file}|{citation.start}"
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _unique_ids(entries: list[Entry]) -> list[Entry]:
    seen: set[str] = set()
    out = []
    for e in entries:
        new_id, n = e.id, 0
        while new_id in seen:
            n += 1
            new_id = hashlib.sha1(f"{e.id}|{n}".encode()).hexdigest()[:10]
        seen.add(new_id)
        out.append(e if new_id == e.id else _with(e, id=new_id))
    return out


def _with(e: Entry, **changes) -> Entry:
    from dataclasses import replace

    return replace(e, **changes)


def _mark_disputes(entries: list[Entry], groups: list[_Group]) -> list[Entry]:
    words = [frozenset().union(*g.words) for g in groups]
    disputed: dict[int, set[int]] = defaultdict(set)
    for i, j in _dispute_candidates(entries, words):
        a, b = entries[i], entries[j]
        if _nested(a.first, a.last, b.first, b.last) or groups[i].files & groups[j].files:
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
            e = _with(e, disputed_with=tuple(sorted(o.id for o in others)), why=e.why + _dispute_reasons(e, others))
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
