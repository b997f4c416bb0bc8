"""What the merge reads of each event (`Report`), an entry being built
(`Group`), and whether a report joins it: date compatibility
(`compatible`, publication days approximate by ``APPROX_DAYS``) and the
score against the entry's statements (`score_against`, by
`timeline.similarity.score`). `timeline.merge` says how entries are found."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import islice

from timeline.model import Event
from timeline.similarity import MIN_SHARED, NO_SCORE, SAME_STATEMENT, Score, Weights, content_words, kinds, score

APPROX_DAYS = 1  # a date only from the publication day may be this many days late
MAX_COMPARED = 16


def nested(f1: date, l1: date, f2: date, l2: date) -> bool:
    return (f1 <= f2 and l2 <= l1) or (f2 <= f1 and l1 <= l2)


class Report:
    """What the merge reads of one event: its words, kinds and date window."""

    __slots__ = ("ev", "words", "kinds", "first", "last", "approx")

    def __init__(self, ev: Event):
        self.ev = ev
        self.words = content_words(ev.summary, ev.actors)
        self.kinds = kinds(ev.summary)
        # Dated only by the publication day (a lede, the day's news): the
        # event may be the day before (another time zone, last night's news).
        self.approx = ev.citation.expression is None and ev.precision == "day" and ev.first > date.min
        self.first = ev.first - timedelta(days=APPROX_DAYS) if self.approx else ev.first
        self.last = ev.last


def compatible(r: Report, g: "Group") -> bool:
    """Nested windows; or, when one is approximate, overlapping ones. A
    fragment names the very event: its date and the entry's must nest."""
    if r.ev.fragment:
        founder = g.events[0]
        return nested(r.first, r.last, founder.first, founder.last)
    if nested(r.first, r.last, g.first, g.last):
        return True
    return (r.approx or g.approx) and r.first <= g.last and g.first <= r.last


class Group:
    __slots__ = ("events", "reports", "words", "allwords", "allkinds", "files", "first", "last", "approx", "joins")

    def __init__(self, r: Report):
        self.events = [r.ev]
        self.reports = [r]
        self.words = {r.words: r}  # its members' distinct statements, in order
        self.allwords = set(r.words)  # every member's words and kinds: sharing neither, no merge
        self.allkinds = set(r.kinds)
        self.files = {r.ev.citation.file: {r.approx}}  # each cited file: publication-dated or not
        self.first, self.last, self.approx = r.first, r.last, r.approx
        self.joins: list[str] = []  # under --explain: why each later event joined

    def add(self, r: Report) -> None:
        self.events.append(r.ev)
        self.reports.append(r)
        self.words.setdefault(r.words, r)
        self.allwords.update(r.words)
        self.allkinds.update(r.kinds)
        self.files.setdefault(r.ev.citation.file, set()).add(r.approx)

    def compared(self):
        """The statements a candidate is scored against: at most ``MAX_COMPARED``
        distinct ones (the first), so a huge entry costs a bounded amount."""
        return islice(self.words.values(), MAX_COMPARED)


def score_against(r: Report, g: Group, weights: Weights) -> Score:
    """The best score of `r` against the statements of `g`. One article
    telling one thing twice: its lede (or the day's news) and a dated body
    sentence are scored as two reports; any other two of its statements must
    be near-identical (and equally dated)."""
    best = NO_SCORE
    mine = set(r.ev.actors)
    told = g.files.get(r.ev.citation.file)  # how the article already in the entry dated it
    strict = told is not None and r.approx in told
    if strict and (r.first, r.last) != (g.first, g.last):
        return best  # one article, two dates of the same kind: two events
    for o in g.compared():
        actors = len(mine.intersection(o.ev.actors))
        sc = score(r.words, o.words, r.kinds, o.kinds, actors, weights, strict=strict)
        if told is not None and not strict and (sc.words < SAME_STATEMENT or sc.shared < MIN_SHARED):
            continue  # lede and body of one article: by their words, not a kind they share (a detail of the news)
        if sc.same and sc.total > best.total:
            best = sc
    return best


def join_reason(r: Report, g: Group, sc: Score) -> str:
    """Why `r` was joined to the entry `g`: dates, shared actors, score and its parts, shared words."""
    ev = r.ev
    founder = g.events[0]
    # Events come narrowest first, so a joining event's dates hold the entry's.
    if (ev.first, ev.last) == (founder.first, founder.last):
        dates = "same dates"
    elif r.approx and not nested(ev.first, ev.last, founder.first, founder.last):
        dates = f"{founder.value} a day before {ev.value}, a publication day (approximate)"
    else:
        dates = f"{founder.value} within {ev.value}"
    shared_actors = [a for a in ev.actors if any(a in e.actors for e in g.events)]
    shared_words = sorted(r.words & g.allwords)
    c = ev.citation
    return (
        f"merged: {c.file}:{c.line} joined ({dates}; shared actor {', '.join(shared_actors)}; "
        f"same statement: {sc}; shared words: {', '.join(shared_words[:8])})"
    )


