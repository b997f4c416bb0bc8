"""Small hand-made timelines for tests of the stages after the merge."""

from __future__ import annotations

from datetime import date

from timeline.model import Actor, Article, Citation, Entry, Problem, Timeline


def article(path: str, published: date | None = date(2016, 11, 10), **meta) -> Article:
    return Article(path=path, text="", published=published,
                   published_from="dateline" if published else "unknown", **meta)


def entry(id: str, value: str, first: date, last: date, precision: str, summary: str,
          actors=("Vladimir Putin",), files=("a.txt",), modality="reported", disputed=()) -> Entry:
    # Each further file words the report its own way: identical long quotes
    # would be one syndicated wire story, counted once in sources_count.
    citations = tuple(
        Citation(file=f, line=3, quote=summary if n == 0 else f"As {f} reports it: {summary}",
                 start=0, expression=None)
        for n, f in enumerate(files)
    )
    return Entry(id=id, value=value, first=first, last=last, precision=precision,
                 summary=summary, actors=tuple(actors), modality=modality,
                 citations=citations, disputed_with=tuple(disputed))


def sample_timeline() -> Timeline:
    sources = (
        article("a.txt", title="Putin praises Trump", author="Lizzie Dearden",
                publisher="The Independent", url="https://example.com/a"),
        article("b.txt", date(2025, 1, 14), title="Kremlin courts Trump"),
    )
    entries = (
        entry("e1", "2015-12", date(2015, 12, 1), date(2015, 12, 31), "month",
              "Putin called Trump a bright and talented person."),
        entry("e2", "2016-11", date(2016, 11, 1), date(2016, 11, 30), "month",
              "Russian officials said there were contacts.", actors=("Sergei Ryabkov",)),
        entry("e3", "2016-11-10", date(2016, 11, 10), date(2016, 11, 10), "day",
              "Ryabkov said there were contacts with Trump's team.",
              actors=("Sergei Ryabkov", "Donald Trump"), files=("a.txt", "b.txt")),
        entry("e4", "2025-01-20", date(2025, 1, 20), date(2025, 1, 20), "day",
              "Contacts can be disclosed after the inauguration.",
              actors=("Donald Trump",), files=("b.txt",), modality="expected"),
    )
    actors = (
        Actor("Vladimir Putin", ("Putin", "Mr Putin", "President Vladimir Putin"), 1),
        Actor("Sergei Ryabkov", ("Ryabkov",), 2),
        Actor("Donald Trump", ("Trump", "Mr Trump"), 2),
    )
    return Timeline(entries=entries, sources=sources, actors=actors, warnings=(Problem("c.txt", "no-date", "no date"),))
