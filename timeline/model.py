"""The data types that flow between the stages of the pipeline.

    paths -> Article -> Sentence -> Mention -> Event -> Entry/Timeline

Every type is a frozen dataclass of plain values, so each stage is a pure
function that can be tested alone. Offsets (`start`, `end`) are always Python
string offsets into `Article.text`, the file's decoded text, so that
``article.text[m.start:m.end] == m.text`` holds for every span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Where an article's publication date came from.
PUBLISHED_FROM = ("front-matter", "dateline", "url", "inferred", "unknown")

# How a date expression was anchored.
ANCHORS = ("absolute", "publication", "narrative", "unresolved")

# Calendar precisions, finest first.
PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")


@dataclass(frozen=True)
class Article:
    """One source file with its metadata.

    `text` is the whole decoded file (front matter included); `body_start` is
    the offset where the article proper begins (after any front matter).
    `content` lists the (start, end) regions of `text` that are article prose;
    site chrome (ads, donation appeals, "Read more", photo credits, bylines,
    "Original url" lines) lies outside them and yields no dates or events.
    """

    path: str
    text: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: str = "unknown"
    # For an article without a stated date: the window it was inferred to lie in.
    published_window: tuple[date, date] | None = None
    published_evidence: str | None = None
    body_start: int = 0
    content: tuple[tuple[int, int], ...] = ()
    headline: tuple[int, int] | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading) of article prose."""

    start: int
    end: int
    text: str
    line: int  # 1-based line of `start` in the article text
    heading: bool = False


@dataclass(frozen=True)
class Mention:
    """A date expression found in an article and resolved to the calendar.

    `value` is TIMEX3 notation ("2016-11-10", "2025-W02", "2016-SU", "201",
    "PRESENT_REF", "P2M", "XXXX-12"). `first`/`last` are the inclusive
    calendar interval it denotes, or None when it denotes none (an unanchored
    duration, an unresolved expression). `anchor` says what it was resolved
    against and `rule` names the rule that found it.
    """

    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    first: date | None = None
    last: date | None = None
    precision: str | None = None
    anchor: str = "absolute"
    rule: str = ""
    mod: str | None = None  # START | MID | END | APPROX | BEFORE | AFTER
    future: bool = False  # resolved as looking forward from its anchor


@dataclass(frozen=True)
class Citation:
    """Where an event was read: the exact sentence and what dated it."""

    file: str
    line: int
    quote: str  # an exact substring of the source text
    start: int  # offset of `quote` in the source text
    expression: str | None  # the date expression; None when dated by publication


@dataclass(frozen=True)
class Event:
    """A dated statement from one sentence of one article."""

    value: str  # TIMEX3 value of the date
    first: date
    last: date
    precision: str
    summary: str
    actors: tuple[str, ...]
    modality: str  # "reported" | "expected"
    citation: Citation


@dataclass(frozen=True)
class Actor:
    """A person or organisation, with every spelling that refers to it."""

    name: str
    aliases: tuple[str, ...] = ()
    events: int = 0
    suggestions: tuple[str, ...] = ()  # near-identical names not joined automatically


@dataclass(frozen=True)
class Entry:
    """One line of the chronology: an event reported by one or more sources."""

    id: str
    value: str
    first: date
    last: date
    precision: str
    summary: str
    actors: tuple[str, ...]
    modality: str
    citations: tuple[Citation, ...]
    disputed_with: tuple[str, ...] = ()  # ids of entries giving another date for it


@dataclass(frozen=True)
class Timeline:
    """The merged chronology of a corpus, sorted by date."""

    entries: tuple[Entry, ...]
    sources: tuple[Article, ...]
    actors: tuple[Actor, ...] = ()
    warnings: tuple[str, ...] = ()
    skipped: int = 0  # files that could not be read
    outside: int = field(default=0)  # entries dropped by the date window
