"""A publication window for an article that states no date, from strong evidence only.

Two kinds of evidence, both read from the article's prose (never from site
chrome, which `Article.content` leaves out):

1. **A statement shared with a dated article.** A sentence of the undated
   article that names a person (a full name) and carries a relative date
   ("told journalists on Thursday") is matched with a sentence of a dated
   article naming the same person and saying much the same thing (at least
   ``MIN_SHARED`` content words in common, as in `timeline.merge`). If the
   dated article, in that sentence or the two around it, gives the same
   relative expression ("The comments on Thursday"), that expression's day
   in the dated article is the day the undated one means too. The window is
   every publication date for which the undated expression would resolve to
   that day: for a weekday name, that day to six days after; otherwise the
   dates (within three weeks of the dated article) for which the date finder
   resolves it so.

2. **A title that only exists for a while** (`TITLE_PERIODS`, data). Today
   one rule: "President-elect" is used between a U.S. presidential election
   (first Tuesday after the first Monday of November of a year divisible by
   four) and the inauguration on January 20 after it. Which transition is
   fixed by an absolute date in the article that falls in one ("takes office
   in January 2017"); an absolute date after that inauguration, or dates
   pointing to two transitions, cancel the inference.

3. **A wire dateline without a year** ("WOLFSBURG, Germany, March 11
   (Reuters) -" opening the first sentence) gives the day and month. The
   year is the one putting that day within ``DATELINE_DAYS`` of a dated
   article of the same corpus; a weekday the same sentence names ("said on
   Tuesday") must be that day's. Exactly one such year, or nothing.

All windows are intersected when several exist; if they do not meet, nothing
is inferred. The result is a window and a
sentence of evidence; `published` stays None (the date is not known to the
day, unless the window is one day long).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import PurePath

from timeline.actors import is_org_like, is_person_like, name_key, strip_titles
from timeline.lexicon.calendar import MONTHS, WEEKDAYS_FULL
from timeline.similarity import content_words, similarity
from timeline.text.datelines import month_and_day, opening_dateline
from timeline.model import Analysis, Article, Mention, Sentence

MIN_SHARED = 2
NEIGHBOURS = 2  # sentences either side of the matched one searched for the expression
SEARCH_DAYS = 21
DATELINE_DAYS = 183  # half a year either side of a dated article of the corpus


def _us_presidential_transition(year: int) -> tuple[date, date] | None:
    """Election day to inauguration day of the transition starting in `year`."""
    if year % 4:
        return None
    first_monday = date(year, 11, 1) + timedelta(days=(7 - date(year, 11, 1).weekday()) % 7)
    return first_monday + timedelta(days=1), date(year + 1, 1, 20)


# A title word -> the function giving the period it is used in, per start year.
TITLE_PERIODS: dict[str, Callable[[int], tuple[date, date] | None]] = {
    "President-elect": _us_presidential_transition,
}

DatesFn = Callable[[str, date | None, tuple | None], list[Mention]]


def infer_publication_windows(analyses: list[Analysis], find_dates: DatesFn | None = None) -> list[Article]:
    """The articles of `analyses`, with a window, evidence and
    published_from="inferred" for each undated one for which strong evidence
    exists (others unchanged). Reads each article's analysis; re-resolves
    only the one sentence a shared statement is matched on.

    `find_dates` defaults to the pipeline's own date finder.
    """
    if all(an.article.reference.kind != "none" for an in analyses):
        return [an.article for an in analyses]
    if find_dates is None:
        from timeline.dates import find_dates as the_finder

        find_dates = the_finder

    dated = _Dated([_Read(an) for an in analyses if an.article.reference.exact is not None])
    out = []
    for an in analyses:
        article = an.article
        found = infer_window(_Read(an), dated, find_dates) if article.reference.kind == "none" else None
        if found is None:
            out.append(article)
        else:
            window, evidence = found
            out.append(replace(article, published_window=window, published_evidence=evidence, published_from="inferred"))
    return out


class _Read:
    """An analysed article's prose sentences, with their names and persons."""

    def __init__(self, analysis: Analysis):
        self.article = analysis.article
        prose = [i for i, s in enumerate(analysis.sentences) if not s.heading]
        self.sentences = [analysis.sentences[i] for i in prose]
        self.mentions = list(analysis.mentions)
        self._starts = [m.start for m in self.mentions]  # sorted, as find_dates returns them
        found = [[n for _, _, n in analysis.names[i]] for i in prose]
        self.names = [[strip_titles(n) or n for n in names] for names in found]
        self.persons = [
            {
                name_key(strip_titles(n)) for n in names
                if len((strip_titles(n) or n).split()) >= 2 and is_person_like(n) and not is_org_like(n)
            }
            for names in found
        ]

    def mentions_in(self, sent: Sentence) -> list[Mention]:
        # A bisect, not a scan: a scan per sentence was quadratic on long articles.
        lo, hi = bisect_left(self._starts, sent.start), bisect_right(self._starts, sent.end)
        return [m for m in self.mentions[lo:hi] if m.end <= sent.end]


class _Dated(list):
    """The dated articles, with what every undated one looks up in them made
    once: the index of their persons' sentences and the years a dateline day
    may fall in (per day asked). Built per undated article, they made
    inference quadratic in the number of files."""

    def __init__(self, reads: list[_Read]):
        super().__init__(reads)
        self.index: dict[str, list[tuple[int, int]]] = {}  # person -> (dated article, sentence)
        for a, other in enumerate(reads):
            for j, persons in enumerate(other.persons):
                for p in persons:
                    self.index.setdefault(p, []).append((a, j))
        self.years: dict[tuple, set[date]] = {}

    def dateline_days(self, month: int, day: int, named: frozenset[int]) -> set[date]:
        """Each date of that day and month within DATELINE_DAYS of a dated article (on the weekday named)."""
        key = (month, day, named)
        if key not in self.years:
            days = set()
            for pub in {other.article.reference.exact for other in self}:
                for year in (pub.year - 1, pub.year, pub.year + 1):
                    try:
                        d = date(year, month, day)
                    except ValueError:
                        continue
                    if abs((d - pub).days) <= DATELINE_DAYS and (not named or named == {d.weekday()}):
                        days.add(d)
            self.years[key] = days
        return self.years[key]


def infer_window(undated: _Read, dated: _Dated, find_dates: DatesFn) -> tuple[tuple[date, date], str] | None:
    """(window, evidence) for one undated article, or None."""
    found = [w for w in (
        _from_shared_statement(undated, dated, find_dates),
        _from_title_period(undated),
        _from_wire_dateline(undated, dated),
    ) if w]
    if not found:
        return None
    lo, hi = max(w[0][0] for w in found), min(w[0][1] for w in found)
    if lo > hi:
        return None  # the kinds of evidence contradict each other: claim nothing
    return (lo, hi), "; ".join(w[1] for w in found)


def _from_wire_dateline(undated: _Read, dated: _Dated):
    if not undated.sentences or not dated:
        return None
    first = undated.sentences[0].text
    found = month_and_day(opening_dateline(first))  # "WOLFSBURG, Germany, March 11 (Reuters) -"
    if not found or found[0].casefold() not in MONTHS:
        return None
    month, day = MONTHS[found[0].casefold()], found[1]
    named = frozenset(i for w, i in WEEKDAYS_FULL.items() if re.search(rf"\b(?:on|late|early)\s+{w}\b", first, re.IGNORECASE))
    years = dated.dateline_days(month, day, named)
    if len(years) != 1:
        return None
    (d,) = years
    return (d, d), f"dateline '{found[0]} {found[1]}' near the corpus's dated articles: {d.isoformat()}"


def _core(expression: str) -> str:
    """'on Thursday' -> 'thursday': the expression without its preposition."""
    words = expression.casefold().split()
    while words and words[0] in ("on", "in", "at", "since", "by", "from", "the", "this"):
        words = words[1:]
    return " ".join(words)


def _from_shared_statement(undated: _Read, dated: _Dated, find_dates: DatesFn):
    index = dated.index
    for i, sent in enumerate(undated.sentences):
        open_mentions = [m for m in undated.mentions_in(sent) if m.first is None]
        persons = undated.persons[i]
        if not open_mentions or not persons:
            continue
        for a, j in sorted({hit for p in persons for hit in index.get(p, ())}):
            other, t = dated[a], dated[a].sentences[j]
            # Names are not part of what is said: the person is matched already.
            names = undated.names[i] + other.names[j]
            _, shared = similarity(content_words(sent.text, names), content_words(t.text, names))
            if shared < MIN_SHARED:
                continue
            near = other.sentences[max(0, j - NEIGHBOURS): j + NEIGHBOURS + 1]
            for m in open_mentions:
                for dm in (dm for u in near for dm in other.mentions_in(u)):
                    if dm.first is None or _core(dm.text) != _core(m.text):
                        continue
                    window = _window_for(m, sent, dm, other.article.reference.exact, find_dates)
                    if window:
                        person = sorted(persons & other.persons[j])[0]
                        evidence = (
                            f"{person.title()} '{m.text}' = {dm.first.isoformat()} "
                            f"as in {PurePath(other.article.path).name}:{t.line}"
                        )
                        return window, evidence
    return None


def _window_for(m: Mention, sent: Sentence, dm: Mention, published: date, find_dates: DatesFn):
    """Publication dates for which `m` would mean the day `dm` means."""
    if m.rule == "weekday" and dm.first == dm.last:
        # A weekday named in news is that day or one of the six before publication.
        return dm.first, dm.first + timedelta(days=6)
    offset = m.start - sent.start
    hits = []
    for k in range(-SEARCH_DAYS, SEARCH_DAYS + 1):
        p = published + timedelta(days=k)
        for r in find_dates(sent.text, p, None):
            if r.start == offset and (r.first, r.last) == (dm.first, dm.last):
                hits.append(p)
    return (min(hits), max(hits)) if hits else None


def _from_title_period(undated: _Read):
    text = " ".join(s.text for s in undated.sentences)
    absolute = [m for m in undated.mentions if m.first is not None and m.anchor == "absolute"]
    for title, period_of in TITLE_PERIODS.items():
        if not re.search(r"\b" + re.escape(title) + r"\b", text, re.IGNORECASE):
            continue
        windows = {}
        for m in absolute:
            for start_year in (m.first.year, m.first.year - 1):
                period = period_of(start_year)
                if period and period[0] <= m.first and m.last <= period[1] + timedelta(days=31 - 20):
                    windows[period] = m
        if len(windows) != 1:
            continue
        (lo, hi), m = next(iter(windows.items()))
        if any(x.first > hi for x in absolute if x.last > hi + timedelta(days=11)):
            continue  # the article looks back on the period
        return (lo, hi), f"'{title}' + '{m.text}': {lo.isoformat()}..{hi.isoformat()}"
    return None
