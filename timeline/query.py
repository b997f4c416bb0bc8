"""Filters shared by `show` and `export`: a date window, years, actors, sources.

An entry is inside a window when the first day of its interval is: a
month-long entry belongs where the month starts, as it sorts there too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from timeline.actors import actor_matches
from timeline.errors import UsageError
from timeline.model import Actor, Article, Entry, Timeline

DEFAULT_FROM = date(2016, 1, 1)
DEFAULT_TO = date(2025, 12, 31)

# How many sources a `--source` error lists before "and N more".
SOURCES_LISTED = 10


class QueryError(UsageError):
    """Filters that contradict each other (a usage error)."""


@dataclass(frozen=True)
class Query:
    """What to keep of a timeline. None for `first`/`last` means unbounded."""

    first: date | None = DEFAULT_FROM
    last: date | None = DEFAULT_TO
    years: tuple[int, ...] = ()
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def window(self) -> dict[str, date | None]:
        return {"from": self.first, "to": self.last}


def make_query(
    years: list[int] | None = None,
    first: date | None = None,
    last: date | None = None,
    actors: list[str] | None = None,
    sources: list[str] | None = None,
    everything: bool = False,
) -> Query:
    """Build a Query from command-line options, checking they make sense.

    `--year` narrows to those years; `--from`/`--to` replace either end of the
    default window; `--all` removes the window.
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
    return Query(lo, hi, tuple(years), tuple(actors or ()), tuple(sources or ()))


def source_matches(article: Article, number: int, wanted: str) -> bool:
    """`--source` takes a source number ("3"), or any part of a file name ("003_a90")."""
    wanted = wanted.strip()
    if wanted.isdigit() and not wanted.startswith("0"):
        return int(wanted) == number
    return wanted.lower() in article.path.lower()


def check_sources(sources: tuple[Article, ...], wanted: tuple[str, ...]) -> None:
    """Raise QueryError, listing the sources, for a `--source` value that is
    empty or matches none of them (a typo would otherwise print "No events
    match." and an empty value would match every file)."""
    for value in wanted:
        if not value.strip():
            problem = f"--source {value!r} is empty"
        elif not any(source_matches(a, n, value) for n, a in enumerate(sources, 1)):
            problem = f"--source {value!r} matches no source"
        else:
            continue
        listed = ", ".join(f"[{n}] {a.path}" for n, a in enumerate(sources[:SOURCES_LISTED], 1))
        more = len(sources) - SOURCES_LISTED
        if more > 0:
            listed += f" and {more} more (`timeline sources` lists them)"
        raise QueryError(
            f"{problem}; give a source number or part of a file name: "
            f"the {len(sources)} source{'s' if len(sources) != 1 else ''} are {listed or 'none'}"
        )


def _in_window(entry: Entry, query: Query) -> bool:
    if query.first and entry.first < query.first:
        return False
    if query.last and entry.first > query.last:
        return False
    return True


def apply_query(timeline: Timeline, query: Query) -> Timeline:
    """Keep the entries the query asks for; count those the window left out.

    Sources and actors are kept whole so citation numbers stay the same
    whatever the filter. A `--source` that is empty or matches no source is
    a QueryError.
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
        names = {a.name for a in matching_actors(timeline.actors, query.actors)}
        entries = [e for e in entries if names.intersection(e.actors)]

    if query.years:
        entries = [e for e in entries if e.first.year in query.years]

    inside = [e for e in entries if _in_window(e, query)]
    return replace(timeline, entries=tuple(inside), outside=len(entries) - len(inside))


def unknown_actors(timeline: Timeline, query: Query) -> list[str]:
    """The `--actor` words that match no actor of the corpus (likely typos)."""
    return [q for q in query.actors if not matching_actors(timeline.actors, (q,))]


def matching_actors(actors: tuple[Actor, ...], wanted: tuple[str, ...]) -> list[Actor]:
    """The actors any of the `--actor` words match."""
    return [a for a in actors if any(actor_matches(a, q) for q in wanted)]
