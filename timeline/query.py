"""Filters shared by `show` and `export`: a date window, years, actors, sources.

An entry is inside a window when the first day of its interval is: a
month-long entry belongs where the month starts, as it sorts there too.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePath

from timeline.actors import actor_matches
from timeline.errors import TimelineError, UsageError
from timeline.model import Actor, Article, Entry, Timeline

DEFAULT_FROM = date(2016, 1, 1)
DEFAULT_TO = date(2025, 12, 31)

# How many near spellings a `--source` or `--actor` that matches nothing lists.
CLOSEST_LISTED = 5
CLOSE_ENOUGH = 0.75  # difflib ratio: one letter wrong in five still counts as near


class QueryError(UsageError):
    """Filters that contradict each other (a usage error)."""


class NoMatch(TimelineError):
    """A `--source` or `--actor` that matches nothing: nothing to show (exit 1)."""


@dataclass(frozen=True)
class Query:
    """What to keep of a timeline. None for `first`/`last` means unbounded."""

    first: date | None = DEFAULT_FROM
    last: date | None = DEFAULT_TO
    years: tuple[int, ...] = ()
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    top: int | None = None  # only the N entries reported by the most sources
    min_sources: int = 1  # only entries reported by at least this many sources

    def narrows(self) -> bool:
        """Does it keep only some entries for a reason other than the date window?"""
        return bool(self.years or self.actors or self.sources or self.top or self.min_sources > 1)

    def window(self) -> dict[str, date | None]:
        return {"from": self.first, "to": self.last}


def make_query(
    years: list[int] | None = None,
    first: date | None = None,
    last: date | None = None,
    actors: list[str] | None = None,
    sources: list[str] | None = None,
    everything: bool = False,
    top: int | None = None,
    min_sources: int = 1,
) -> Query:
    """Build a Query from command-line options, checking they make sense.

    `--year` narrows to those years; `--from`/`--to` replace either end of the
    default window; `--all` removes the window; `--top N` keeps the N
    entries reported by the most sources, `--min-sources K` those with K or more.
    """
    years = sorted(set(years or ()))
    for year in years:
        if not 1 <= year <= 9999:
            raise QueryError(f"--year {year} is not a calendar year")
    if everything:
        lo, hi = first, last
    else:
        lo = first or DEFAULT_FROM
        hi = last or DEFAULT_TO
    if lo and hi and lo > hi:
        raise QueryError(f"--from {lo} is after --to {hi}")
    if top is not None and top < 1:
        raise QueryError(f"--top {top}: give a number of entries, 1 or more")
    if min_sources < 1:
        raise QueryError(f"--min-sources {min_sources}: give a number of sources, 1 or more")
    return Query(lo, hi, tuple(years), tuple(actors or ()), tuple(sources or ()), top, min_sources)


def source_matches(article: Article, number: int, wanted: str) -> bool:
    """`--source` takes a source number ("3"), or any part of a file name ("003_a90")."""
    wanted = wanted.strip()
    if wanted.isdigit() and not wanted.startswith("0"):
        return int(wanted) == number
    return wanted.lower() in article.path.lower()


def check_sources(sources: tuple[Article, ...], wanted: tuple[str, ...]) -> None:
    """Refuse a `--source` value that is empty (a UsageError: it would match
    every file) or matches none of the sources (NoMatch, naming the closest
    file names: a typo would otherwise print "No events match.")."""
    for value in wanted:
        if not value.strip():
            raise QueryError(f"--source {value!r} is empty; give a source number or part of a file name")
        if any(source_matches(a, n, value) for n, a in enumerate(sources, 1)):
            continue
        numbered = {PurePath(a.path).name: n for n, a in enumerate(sources, 1)}
        close = closest(value, numbered)
        hint = ", ".join(f"[{numbered[name]}] {name}" for name in close)
        raise NoMatch(
            f"--source {value!r} matches no source"
            + (f"; the closest: {hint}" if hint else "")
            + f" (`timeline sources` lists the {len(sources)})"
        )


def check_actors(actors: tuple[Actor, ...], wanted: tuple[str, ...]) -> None:
    """Refuse an `--actor` word that matches no actor (NoMatch, naming the
    closest names and aliases), instead of printing an empty chronology."""
    for word in wanted:
        if matching_actors(actors, (word,)):
            continue
        by_spelling = {name: a.name for a in actors for name in (a.name, *a.aliases)}
        close = list(dict.fromkeys(by_spelling[name] for name in closest(word, by_spelling)))
        raise NoMatch(
            f"--actor {word!r} matches no actor"
            + (f"; the closest: {', '.join(close)}" if close else "")
            + f" (`timeline actors` lists the {len(actors)})"
        )


def closest(word: str, names) -> list[str]:
    """Up to CLOSEST_LISTED of `names` nearest to `word` in spelling, any case:
    a name is as near as its nearest word or the whole of it ("Putn" finds
    "Vladimir Putin")."""
    wanted = word.strip().casefold()
    scored: dict[str, float] = {}
    for name in names:
        keys = [name.casefold(), *name.casefold().split()]
        best = max(difflib.SequenceMatcher(None, wanted, key).ratio() for key in keys)
        if best >= CLOSE_ENOUGH and best > scored.get(name, 0.0):
            scored[name] = best
    return sorted(scored, key=lambda name: (-scored[name], name))[:CLOSEST_LISTED]


def _in_window(entry: Entry, query: Query) -> bool:
    if query.first and entry.first < query.first:
        return False
    if query.last and entry.first > query.last:
        return False
    return True


def apply_query(timeline: Timeline, query: Query) -> Timeline:
    """Keep the entries the query asks for; count those the window left out.

    Sources and actors are kept whole so citation numbers stay the same
    whatever the filter. A `--source` that is empty is a QueryError; a
    `--source` or `--actor` that matches nothing is NoMatch.
    """
    entries = list(timeline.entries)

    if query.sources:
        check_sources(timeline.sources, query.sources)
        files = {
            a.path
            for n, a in enumerate(timeline.sources, 1)
            if any(source_matches(a, n, s) for s in query.sources)
        }
        entries = [e for e in entries if any(c.file in files for c in e.citations)]

    if query.actors:
        check_actors(timeline.actors, query.actors)
        names = {a.name for a in matching_actors(timeline.actors, query.actors)}
        entries = [e for e in entries if names.intersection(e.actors)]

    if query.years:
        entries = [e for e in entries if e.first.year in query.years]

    if query.min_sources > 1:
        entries = [e for e in entries if e.sources_count >= query.min_sources]

    inside = [e for e in entries if _in_window(e, query)]
    outside = len(entries) - len(inside)
    if query.top:
        inside = most_reported(inside, query.top)
    return replace(timeline, entries=tuple(inside), outside=outside)


def most_reported(entries: list[Entry], n: int) -> list[Entry]:
    """The `n` entries reported by the most sources, still in date order; of
    entries as widely reported, the earlier ones."""
    ranked = sorted(range(len(entries)), key=lambda i: (-entries[i].sources_count, i))
    return [entries[i] for i in sorted(ranked[:n])]


def cited_sources(timeline: Timeline) -> list[tuple[int, Article]]:
    """The sources the timeline's entries cite, with their numbers in the whole list."""
    cited = {c.file for e in timeline.entries for c in e.citations}
    return [(n, a) for n, a in enumerate(timeline.sources, 1) if a.path in cited]


def matching_actors(actors: tuple[Actor, ...], wanted: tuple[str, ...]) -> list[Actor]:
    """The actors any of the `--actor` words match."""
    return [a for a in actors if any(actor_matches(a, q) for q in wanted)]
