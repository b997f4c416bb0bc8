"""Merge events from different sources into the entries of one chronology.

When two events are the same entry
    Two reports are scored as a pair (`reports.score_pair`, with the measure
    of `timeline.similarity`, whose module text gives its parts and
    thresholds); a pair is one event when all hold:

    1. *Compatible dates*: one interval lies inside the other (equal counts).
       A date that comes only from the publication day (a lede, the day's
       news: the citation has no expression) is approximate: it may be
       ``APPROX_DAYS`` (1) day earlier (another time zone, last night's
       news), so such a report joins a report of that day or the day before,
       and two of them overlapping join. Two explicit dates that do not nest
       never merge, however similar (they may be disputed, below). A noun
       phrase that only names an event (`Event.fragment`: "the 2021
       settlement") never makes an entry nor dates one: it joins the entry
       of an explicitly dated statement its date nests with, or is left out.
    2. *Participants*: when both name actors (canonical names, after
       `resolve_actors`) they share one; a report naming none is judged by
       its words, kind and date alone.
    3. *The same event* (`similarity.score(...).same`): word overlap, plain
       and IDF-weighted, the kind of event named, the shared actors. Two
       statements of one article join only as its lede (or day's news) and
       a dated sentence, or near-identical with equal dates. A statement
       that says nothing the other does not (its words and actors all the
       other's, the same kind of event, a shared actor) is one with it.

Joining, independent of input order
    Reports are put in one canonical order (narrowest interval first, then
    by precision, date, file name, offset, value, summary: their content,
    not their position in the input). Every candidate pair is scored, the
    pairs that are one event are sorted best first (ties by that order),
    and each joins the two entries holding its reports unless the result
    would hold two clearly different events (`reports.Cluster.accepts`): no
    day lies in every member's window, two expression-dated windows do not
    nest, two members name kinds of event that share none (a crash and a
    grounding of one day, brought together by a lede that names both), or
    one article tells it with two dates of one kind. The entry keeps the
    most precise date (its founding statement's: the first in the canonical
    order, an approximate day counting two days wide, so an explicit day
    founds before a lede; never a fragment). Its `summary` is its headline
    (`timeline.headline`), its citations are grouped by source. Under
    `--explain` each entry's `why` ends with one line per join: the two
    reports, their dates, the shared actors, the score with its parts, the
    shared words, then the headline chosen.

How it stays about linear
    Candidate pairs come from a blocking index (`_candidate_pairs`), never
    from all pairs: each report is indexed by (actor, bucket), bucket being
    the month, the year, the decade, and all time, each holding its
    interval; since reports come narrowest first, a report looks only in
    the smallest bucket that holds its own interval, under each of its
    actors, and finds the narrower reports it may join. A report naming no
    actor looks up (content word, bucket) instead, and is looked up so by
    the others; a word in more than ``WORD_BLOCK`` (64) reports of a bucket
    is too common to block by. Candidates sharing no word and no kind are
    passed over before any score is computed (exact: the same statement
    needs shared words or a shared kind), and a report is scored against at
    most ``MAX_COMPARED`` (16) candidates, those sharing most words with it:
    an article repeating itself thousands of times would make it quadratic.

Disputed dates
    Marked once entries are made (`timeline.disputes`).

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
import heapq
from collections import defaultdict
from datetime import date

from timeline.model import PRECISIONS, Citation, Entry, Event
from timeline.headline import headline
from timeline.reports import APPROX_DAYS, MAX_COMPARED, Cluster, Group, Report, days_of, pair_reason, score_pair  # noqa: F401
from timeline.disputes import mark_disputes
from timeline.similarity import DISPUTED_MIN_SHARED, Weights
from timeline.trace import explaining

WORD_BLOCK = 64



_RANK = {p: i for i, p in enumerate(PRECISIONS)}


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


def _order_key(r: Report):
    ev = r.ev
    c = ev.citation
    # the file's name relative to the folder given, not the path as written
    return ((r.last - r.first).days, _RANK.get(ev.precision, len(_RANK)), ev.first, c.name or c.file, c.start, ev.value, ev.summary, ev.actors)


def merge_events(events: list[Event]) -> list[Entry]:
    """Merge events into sorted entries; every citation is kept exactly once
    (but for noun-phrase fragments that join no entry: they are left out)."""
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
    # A canonical order (by content, not by input position): ids, ties and
    # founders do not depend on the order the events came in.
    reports = sorted((Report(ev) for ev in events), key=_order_key)
    weights = Weights(r.words for r in reports)  # the corpus's IDF, once per build
    pairs = []
    for j, i in _candidate_pairs(reports):
        sc = score_pair(reports[i], reports[j], weights)
        if sc.same:
            pairs.append((-sc.total, j, i, sc))
    pairs.sort(key=lambda p: p[:3])  # best first; ties by the canonical order
    clusters = [Cluster(i, r) for i, r in enumerate(reports)]
    owner = list(range(len(reports)))  # report -> the cluster holding it
    for _, j, i, sc in pairs:
        a, b = owner[j], owner[i]
        if a == b or not clusters[a].accepts(clusters[b]):
            continue  # already one entry, or it would hold two clearly different events
        if len(clusters[a].members) < len(clusters[b].members):
            a, b = b, a
        if explaining():
            clusters[b].reasons.append(pair_reason(reports[i], reports[j], sc))
        for k in clusters[b].members:
            owner[k] = a
        clusters[a].absorb(clusters[b])
        clusters[b] = None
    groups: list[Group] = []
    for c in clusters:
        # A noun phrase naming an event never makes an entry: it is left out
        # unless it joined the entry of a statement.
        if c is None or all(reports[k].ev.fragment for k in c.members):
            continue
        members = _founder_first([reports[k] for k in sorted(c.members)])
        g = Group(members[0])
        for r in members[1:]:
            g.add(r)
        g.joins = c.reasons
        groups.append(g)
    groups.sort(key=lambda g: _order_key(g.reports[0]))
    entries = [_entry(g, weights) for g in groups]
    entries = _unique_ids(entries)
    entries = mark_disputes(entries, groups)
    return sorted(entries, key=sort_key)


def _founder_first(members: list[Report]) -> list[Report]:
    """The members, the founder (its date the entry's) first: the first
    statement (a fragment dates nothing) whose date lies in every stated
    member's window. A publication day is approximate: "January" stated by
    one report and a lede of February 1 make an entry of January, not of
    February 1."""
    stated = [r for r in members if not r.approx]
    for i, r in enumerate(members):
        if not r.ev.fragment and all(o.first <= r.ev.first and r.ev.last <= o.last for o in stated):
            return [r] + members[:i] + members[i + 1:]
    statements = [r for r in members if not r.ev.fragment] or members
    return [statements[0]] + [r for r in members if r is not statements[0]]


def _candidate_pairs(reports: list[Report]):
    """Each pair (j, i), j < i, that may be one event, found through a blocking
    index: reports sharing an actor in the smallest bucket (month, year,
    decade) that holds the wider one's window, or, when one names no
    participant (a place is none, `Report.participants`), or both are dated
    to a week or finer, sharing a content word on one of its days (a word in more than ``WORD_BLOCK`` reports
    of a bucket is too common to block by). Reports come narrowest first, so
    the wider of two looks up the narrower. Pairs sharing no word and no
    kind are passed over before any score is computed, and a report is
    scored against at most ``MAX_COMPARED`` (16) candidates, those sharing
    most words with it: an article repeating itself thousands of times would
    make the merge quadratic."""
    # Only the buckets a report naming no actor looks in need the word index.
    wanted = {_buckets(r.first, r.last)[0] for r in reports if not r.participants}
    by_actor: dict[tuple, list[int]] = defaultdict(list)
    by_word: dict[tuple, list[int]] = defaultdict(list)  # every report, by its words
    bare_by_word: dict[tuple, list[int]] = defaultdict(list)  # reports naming no participant (places aside), by their words
    day_by_word: dict[tuple, list[int]] = defaultdict(list)  # reports dated to a day, by their words and days
    for i, r in enumerate(reports):
        buckets = _buckets(r.first, r.last)
        near: set[int] = set()
        for actor in r.ev.actors:
            near.update(by_actor.get((actor, buckets[0]), ()))
        words_index = bare_by_word if r.participants else by_word
        for w in r.words:
            block = words_index.get((w, buckets[0]), ())
            if len(block) <= WORD_BLOCK:
                near.update(block)
        days = days_of(r) if r.kinds else []
        near.update(_same_day(day_by_word, reports, r, days))
        found = [j for j in near if not (r.words.isdisjoint(reports[j].words) and r.kinds.isdisjoint(reports[j].kinds))]
        if len(found) > MAX_COMPARED:
            # A statement told by hundreds of reports: the ones sharing most words stand for the rest
            found = heapq.nlargest(MAX_COMPARED, found, key=lambda j: (len(r.words & reports[j].words), j))
        for j in sorted(found):
            yield j, i
        # A publication day's window may cross a month's end: it is filed under
        # the buckets of its first day too, so the month it may belong to finds it.
        keys = buckets + [k for k in _buckets(r.first, r.first) if k not in buckets] if r.approx else buckets
        for key in keys:
            for actor in r.ev.actors:
                by_actor[(actor, key)].append(i)
            if key in wanted:
                for w in r.words:
                    block = by_word[(w, key)]
                    if len(block) <= WORD_BLOCK:
                        block.append(i)  # a full block stays full: no use keeping more
            if not r.participants:
                for w in r.words:
                    block = bare_by_word[(w, key)]
                    if len(block) <= WORD_BLOCK:
                        block.append(i)
        for key in ((w, day) for w in r.words for day in days):
            if len(day_by_word[key]) <= WORD_BLOCK:
                day_by_word[key].append(i)


def _same_day(day_by_word: dict[tuple, list[int]], reports: list[Report], r: Report, days: list[date]):
    """Reports of the report's days (a week's at most) that may be told alike whatever their
    participants (`reports._same_telling`): a kind of event in common and
    ``DISPUTED_MIN_SHARED`` words. Others are left to the actor index, so
    they take no place among the ``MAX_COMPARED`` candidates."""
    seen = set()
    for key in ((w, day) for w in r.words for day in days):
        block = day_by_word.get(key, ())
        if len(block) > WORD_BLOCK:
            continue
        for j in block:
            if j not in seen:
                seen.add(j)
                o = reports[j]
                if r.kinds & o.kinds and len(r.words & o.words) >= DISPUTED_MIN_SHARED:
                    yield j


def sort_key(entry: Entry):
    """Chronological order; on one first day the coarser entry comes first."""
    return (entry.first, -_RANK.get(entry.precision, len(_RANK)), -(entry.last - entry.first).days, entry.id)


def _entry(g: Group, weights: Weights) -> Entry:
    founder = g.events[0]
    actors: list[str] = []
    for ev in g.events:
        for a in ev.actors:
            if a not in actors:
                actors.append(a)
    # All citations, grouped by source (sources in the order the entry cites them).
    order = {f: i for i, f in reversed(list(enumerate(ev.citation.file for ev in g.events)))}
    citations = tuple(sorted((ev.citation for ev in g.events), key=lambda c: (order[c.file], c.start)))
    head, why_head = headline(g, weights)
    return Entry(
        id=entry_id(founder.value, founder.summary, founder.citation),
        value=founder.value,
        first=founder.first,
        last=founder.last,
        precision=founder.precision,
        summary=head,
        actors=tuple(actors),
        modality=founder.modality,
        citations=citations,
        why=founder.why + tuple(g.joins) + why_head,
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
