"""What the merge reads of each event (`Report`), the score of two reports
(`score_pair`, by `timeline.similarity.score`, with date compatibility:
`windows_meet`, publication days approximate by ``APPROX_DAYS``), the
reports joined so far (`Cluster`) and whether two of them may become one
entry (`Cluster.accepts`), and an entry's members in order (`Group`).
`timeline.merge` says how candidate pairs are found and joined."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.actors.kinds import is_geographic
from timeline.model import Event
from timeline.similarity import DISPUTED_MIN_SHARED, MIN_SHARED, NO_SCORE, SAME_STATEMENT, Score, Weights, content_words, gist_words, kinds, score

APPROX_DAYS = 1  # a date only from the publication day may be this many days late
MAX_COMPARED = 16  # candidates a report is scored against (`timeline.merge`)


def nested(f1: date, l1: date, f2: date, l2: date) -> bool:
    return (f1 <= f2 and l2 <= l1) or (f2 <= f1 and l1 <= l2)


class Report:
    """What the merge reads of one event: its words, kinds and date window."""

    __slots__ = ("ev", "told", "words", "kinds", "first", "last", "approx", "file", "participants")

    def __init__(self, ev: Event):
        self.ev = ev
        self.file = ev.citation.file
        told = _without_date(ev)
        self.told = told
        self.words = content_words(told, ev.actors)
        self.kinds = kinds(told)
        # Who took part: its actors less the places (a state, a sea: where it happened).
        self.participants = tuple(a for a in ev.actors if not is_geographic(a))
        # Dated only by the publication day (a lede, the day's news): the
        # event may be the day before (another time zone, last night's news).
        self.approx = ev.citation.expression is None and ev.precision == "day" and ev.first > date.min
        self.first = ev.first - timedelta(days=APPROX_DAYS) if self.approx else ev.first
        self.last = ev.last


def _without_date(ev: Event) -> str:
    """The summary less its date expression: the date is compared as a date
    ("in early August" adds no word "early" to what happened)."""
    expression = ev.citation.expression
    if not expression:
        return ev.summary
    return _as_words(expression).sub(" ", ev.summary)


@lru_cache(maxsize=65536)
def _as_words(expression: str) -> re.Pattern:
    """The expression as a pattern matching it as whole words (compiled once per expression: a report is made per event)."""
    return re.compile(r"(?<!\w)" + re.escape(expression) + r"(?!\w)")


class Group:
    """The members of one entry, its founder (the most precisely dated) first."""

    __slots__ = ("events", "reports", "words", "files", "joins")

    def __init__(self, r: Report):
        self.events = [r.ev]
        self.reports = [r]
        self.words = {r.words: r}  # its members' distinct statements, in order
        self.files = {r.ev.citation.file: {r.approx}}  # each cited file: publication-dated or not
        self.joins: list[str] = []  # under --explain: why each report joined

    def add(self, r: Report) -> None:
        self.events.append(r.ev)
        self.reports.append(r)
        self.words.setdefault(r.words, r)
        self.files.setdefault(r.ev.citation.file, set()).add(r.approx)


def windows_meet(r: Report, o: Report) -> bool:
    """Nested windows; or, when one is approximate, overlapping ones."""
    if nested(r.first, r.last, o.first, o.last):
        return True
    return (r.approx or o.approx) and r.first <= o.last and o.first <= r.last


def score_pair(r: Report, o: Report, weights: Weights) -> Score:
    """The score of two reports as one event (NO_SCORE when their dates do
    not meet, a noun-phrase fragment meets a publication-dated report, or
    both name participants and share none, unless told alike (`_same_telling`):
    other participants, another event; places are no participants,
    `actors.kinds.is_geographic`). Two reports of one article: its lede (or the day's news) and a
    dated body sentence are scored as two reports; one speaker's sayings in
    a row are one appearance (`events.appearance`); any other two of its
    statements must be near-identical and equally dated. Across articles,
    one doer's one kind of event on one day is one event (`_one_day`)."""
    if not windows_meet(r, o):
        return NO_SCORE
    if (r.ev.fragment and o.approx) or (o.ev.fragment and r.approx):
        return NO_SCORE  # a noun phrase names the event's own day: only a stated date can be that day
    actors = len(set(r.ev.actors).intersection(o.ev.actors))
    strangers = not actors and bool(r.participants) and bool(o.participants)
    one_article = r.file == o.file
    if one_article and one_appearance(r, o):
        return replace(score(r.words, o.words, r.kinds, o.kinds, actors, weights), same=True)
    strict = one_article and r.approx == o.approx
    if strict and (r.first, r.last) != (o.first, o.last):
        return NO_SCORE  # one article, two dates of the same kind: two events
    sc = score(r.words, o.words, r.kinds, o.kinds, actors, weights, strict=strict)
    if strangers and not (_one_week(r, o) and _same_telling(sc) and not _other_places(r, o)):
        return NO_SCORE  # other participants: another event, unless it is told in the same words
    if one_article and not strict and (sc.words < SAME_STATEMENT or sc.shared < _shared_in_one_article(sc)):
        return NO_SCORE  # lede and body of one article: by their words, not a kind they share (a detail of the news)
    if not sc.same and not one_article and actors and sc.kind not in ("", "differ") and (
            _contained(r, o) or (_one_day(r, o) and _actors_contained(r, o) and sc.total >= SAME_STATEMENT)):
        # "Launched the iTunes Music Store in 2003." inside "Apple ... launched the
        # iTunes Music Store, an online ...": the shorter tells nothing the longer
        # does not (its words, its actors, its kind of event), a nested date.
        # "Jobs resigned in a letter to Apple's board ..." (published the 25th) and
        # "On August 24, Jobs resigned from his post": one doer, one kind of event,
        # one day (a publication day reaching back a day), the score still at
        # SAME_STATEMENT: one event, however differently the rest is told ("He
        # called the quake a catastrophe", no word shared, only names it).
        return replace(sc, same=True)
    return sc


def _shared_in_one_article(sc: Score) -> int:
    """Words two statements of one article (the lede or the day's news, and
    a dated body sentence) must share: ``MIN_SHARED`` (2) when they name one
    kind of event, else ``DISPUTED_MIN_SHARED`` (3). An article repeats its
    topic's words in every sentence: "After the case closed, Jobs extended
    an invitation to the record label" and "The Beatles' label Apple Corps
    lost its court case" share "case" and "label", and are two events."""
    return MIN_SHARED if sc.kind not in ("", "differ") else DISPUTED_MIN_SHARED


def _same_telling(sc: Score) -> bool:
    """Two reports of one day or week naming participants but none in common
    are one event only when told alike: the same kind of event and
    ``DISPUTED_MIN_SHARED`` (3) words in common, the score at ``SAME_STATEMENT``
    ("The fuel sensor problem canceled Wednesday's planned shuttle launch to
    the International Space Station" / "A faulty fuel sensor forced NASA to
    postpone the launch of the shuttle": fuel, sensor, launch); "Lion Air
    flight 610 crashed into the Java Sea" and "Ethiopian Airlines flight 302
    crashed near Addis Ababa" share a kind and one word."""
    return sc.kind not in ("", "differ") and sc.shared >= DISPUTED_MIN_SHARED and sc.total >= SAME_STATEMENT


def _other_places(r: Report, o: Report) -> bool:
    """Both name places (states, seas, coasts) and none in common: two
    incidents told alike in two places ("a gunman opened fire ..." in Ohio
    and in Texas)."""
    a = set(r.ev.actors) - set(r.participants)
    b = set(o.ev.actors) - set(o.participants)
    return bool(a) and bool(b) and a.isdisjoint(b)


def one_appearance(r: Report, o: Report) -> bool:
    """Two sayings of one run of one speaker's in one article (`events.appearance`)."""
    return r.ev.appearance >= 0 and r.ev.appearance == o.ev.appearance and r.file == o.file


def _one_day(r: Report, o: Report) -> bool:
    """Both dated to a day (a publication day counting as its two-day window)."""
    return _to_a_day(r) and _to_a_day(o)


def _one_week(r: Report, o: Report) -> bool:
    """Both dated to a week or finer ("two weeks ago" and the Wednesday in that week)."""
    return _to_a_week(r) and _to_a_week(o)


def _to_a_week(r: Report) -> bool:
    """Dated to a week or finer (at most seven days)."""
    return (r.last - r.first).days <= 6


def _to_a_day(r: Report) -> bool:
    """Dated to a day (a publication day counting as its two-day window)."""
    return (r.last - r.first).days <= APPROX_DAYS


def days_of(r: Report) -> list[date]:
    """The days of a report dated to a week or finer (a publication day with
    the day before it, "two weeks ago" its seven), else none."""
    if not _to_a_week(r):
        return []
    return [r.first + timedelta(days=k) for k in range((r.last - r.first).days + 1)]


def _actors_contained(r: Report, o: Report) -> bool:
    """One report names no participant the other does not."""
    a, b = set(r.ev.actors), set(o.ev.actors)
    return a <= b or b <= a


def _contained(r: Report, o: Report) -> bool:
    """The statement with fewer words says nothing the other does not: its
    words (a kind of event counting as its kind, whichever word names it:
    "Columbia was destroyed" inside "Columbia disintegrated during
    re-entry") and its actors are the other's."""
    small, large = (r, o) if len(_gist(r)) <= len(_gist(o)) else (o, r)
    return bool(_gist(small)) and _gist(small) <= _gist(large) and set(small.ev.actors) <= set(large.ev.actors)


def _gist(r: Report) -> frozenset[str]:
    """The report's words, each naming a kind of event as that kind (asked
    only of pairs sharing a kind, so computed then)."""
    return gist_words(r.told, tuple(r.ev.actors))


class Cluster:
    """Reports joined so far, with what a join must keep true of them."""

    __slots__ = ("members", "explicit", "lo", "hi", "kindsets", "dated", "reasons")

    def __init__(self, i: int, r: Report):
        self.members = [i]
        self.explicit = set() if r.approx else {(r.first, r.last)}  # distinct expression-dated windows
        self.lo, self.hi = r.first, r.last  # the window every member's holds
        self.kindsets = {r.kinds} if r.kinds else set()
        self.dated = {(r.file, r.approx): {(r.first, r.last)}}  # each article's dates, by kind of date
        self.reasons: list[str] = []

    def accepts(self, other: "Cluster") -> bool:
        """One entry may hold both: some day lies in every member's window,
        every two expression-dated windows nest, no two members name kinds
        of event that share none (a crash and a grounding), and no article
        tells it with two dates of one kind (two events of that article)."""
        if max(self.lo, other.lo) > min(self.hi, other.hi):
            return False
        if not all(nested(a[0], a[1], b[0], b[1]) for a in self.explicit for b in other.explicit):
            return False
        if any(a.isdisjoint(b) for a in self.kindsets for b in other.kindsets):
            return False
        for key, windows in other.dated.items():
            mine = self.dated.get(key)
            if mine is not None and mine != windows:
                return False
        return True

    def absorb(self, other: "Cluster") -> None:
        self.members += other.members
        self.explicit |= other.explicit
        self.lo, self.hi = max(self.lo, other.lo), min(self.hi, other.hi)
        self.kindsets |= other.kindsets
        for key, windows in other.dated.items():
            self.dated.setdefault(key, set()).update(windows)
        self.reasons += other.reasons


def pair_reason(r: Report, o: Report, sc: Score) -> str:
    """Why `r` joined the entry of `o`: dates, shared actors, score and its parts, shared words."""
    ev, oe = r.ev, o.ev
    if (ev.first, ev.last) == (oe.first, oe.last):
        dates = "same dates"
    elif nested(ev.first, ev.last, oe.first, oe.last):
        inner, outer = (oe, ev) if (ev.last - ev.first) >= (oe.last - oe.first) else (ev, oe)
        dates = f"{inner.value} within {outer.value}"
    else:
        early, late = (ev, oe) if ev.first <= oe.first else (oe, ev)
        dates = f"{early.value} a day before {late.value}, a publication day (approximate)"
    shared_actors = [a for a in ev.actors if a in oe.actors]
    shared_words = sorted(r.words & o.words)
    c, oc = ev.citation, oe.citation
    if one_appearance(r, o):
        return (f"merged: {c.file}:{c.line} joined, with {oc.file}:{oc.line} ({dates}): one speaker's sayings "
                f"in a row, one appearance (events.appearance, reports.score_pair)")
    return (
        f"merged: {c.file}:{c.line} joined, with {oc.file}:{oc.line} ({dates}; "
        f"shared actor {', '.join(shared_actors) or 'none'}; "
        f"same statement: {sc}; shared words: {', '.join(shared_words[:8])}; "
        f"one event at >= {SAME_STATEMENT} with {MIN_SHARED} shared words, or a shared kind: reports.score_pair)"
    )
