"""The data types that flow between the stages of the pipeline.

    paths -> Article -> Sentence -> Mention -> Event -> Entry/Timeline

Every type is a frozen dataclass of plain values, so each stage is a pure
function that can be tested alone. Every decision a stage makes can be
explained: the `why` fields hold the reasons, filled only under
`timeline.trace.explained()` (`--explain`) and ignored by equality. Offsets (`start`, `end`) are always Python
string offsets into `Article.text`, the file's decoded text, so that
``article.text[m.start:m.end] == m.text`` holds for every span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Where an article's publication date came from.
PUBLISHED_FROM = ("front-matter", "html-meta", "dateline", "footer", "url", "inferred", "unknown")

# How a date expression was anchored.
ANCHORS = ("absolute", "publication", "narrative", "unresolved")

# Calendar precisions, finest first.
PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")


@dataclass(frozen=True)
class Reference:
    """What an article's dates are anchored to.

    An exact publication day (`first == last`), a window the article was
    inferred to lie in (`first < last`), or nothing (both None). Callers say
    which day of it they use: `earliest`, `latest` or `middle`.
    """

    first: date | None = None
    last: date | None = None
    source: str = "unknown"  # one of PUBLISHED_FROM

    @property
    def kind(self) -> str:
        """"exact", "window" or "none"."""
        if self.first is None:
            return "none"
        return "exact" if self.first == self.last else "window"

    @property
    def exact(self) -> date | None:
        """The publication day, when it is known to the day."""
        return self.first if self.kind == "exact" else None

    @property
    def earliest(self) -> date | None:
        return self.first

    @property
    def latest(self) -> date | None:
        return self.last

    @property
    def middle(self) -> date | None:
        if self.first is None or self.last is None:
            return None
        return self.first + (self.last - self.first) / 2

    @property
    def window(self) -> tuple[date, date] | None:
        return (self.first, self.last) if self.first is not None and self.last is not None else None


@dataclass(frozen=True)
class Problem:
    """Something wrong with one source that the user can fix.

    `kind` groups problems of the same sort when they are shown ("11 files
    have no publication date: ..."); `fix` says what to do about it.
    """

    file: str
    kind: str  # "no-date", "duplicate", "unreadable", "encoding", "front-matter", ...
    message: str
    fix: str = ""

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


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
    warnings: tuple[Problem, ...] = ()
    # Under --explain: where the publication date came from, and each dropped
    # line as (line number, the chrome pattern that matched).
    why: tuple[str, ...] = field(default=(), compare=False)
    dropped: tuple[tuple[int, str], ...] = field(default=(), compare=False)
    # The file's name relative to the folder given (for a file given by
    # itself, its name): what ids and order derive from, not `path`.
    name: str = ""

    @property
    def reference(self) -> Reference:
        """What this article's dates are anchored to."""
        if self.published is not None:
            return Reference(self.published, self.published, self.published_from)
        if self.published_window:
            return Reference(self.published_window[0], self.published_window[1], self.published_from)
        return Reference()


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
    why: tuple[str, ...] = field(default=(), compare=False)  # rules that found and resolved it


@dataclass(frozen=True)
class Citation:
    """Where an event was read: the exact sentence and what dated it."""

    file: str
    line: int
    quote: str  # an exact substring of the source text
    start: int  # offset of `quote` in the source text
    expression: str | None  # the date expression; None when dated by publication
    name: str = ""  # Article.name of the file: ids and order use it, `file` is shown


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
    why: tuple[str, ...] = field(default=(), compare=False)  # what made it an event, what dated it
    # Only a noun phrase naming an earlier event ("a 2021 settlement"): it may
    # join that event's entry, never make one (`timeline.merge`).
    fragment: bool = False
    # The offset of the first sentence of its speaker's run of sayings in the
    # article (`timeline.events.appearance`), -1 for none: one appearance.
    appearance: int = -1


@dataclass(frozen=True)
class Actor:
    """A person or organisation, with every spelling that refers to it."""

    name: str
    aliases: tuple[str, ...] = ()
    events: int = 0
    suggestions: tuple[str, ...] = ()  # near-identical names not joined automatically
    why: tuple[str, ...] = field(default=(), compare=False)  # why its spellings were joined


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
    why: tuple[str, ...] = field(default=(), compare=False)  # its events' reasons, and why they were joined

    @property
    def sources_count(self) -> int:
        """How many independent sources report it: each cited article counts
        once, and articles citing the very same sentence of eight words or
        more (syndicated copies of one wire story) count once together."""
        first_of: dict[str, str] = {}  # a long quote -> the first article citing it
        parent: dict[str, str] = {}
        for c in self.citations:
            f = c.name or c.file
            parent.setdefault(f, f)
            words = " ".join(c.quote.casefold().split())
            if len(words.split()) >= 8:
                other = first_of.setdefault(words, f)
                if other != f:
                    parent[_root(parent, f)] = _root(parent, other)
        return len({_root(parent, f) for f in parent})


def _root(parent: dict[str, str], f: str) -> str:
    while parent[f] != f:
        f = parent[f]
    return f


@dataclass(frozen=True)
class Timeline:
    """The merged chronology of a corpus, sorted by date."""

    entries: tuple[Entry, ...]
    sources: tuple[Article, ...]
    actors: tuple[Actor, ...] = ()
    warnings: tuple[Problem, ...] = ()
    skipped: int = 0  # files that could not be read
    outside: int = field(default=0)  # entries dropped by the date window


@dataclass(frozen=True)
class Analysis:
    """One article analysed once; every later stage reads this and recomputes nothing.

    `sentences` are in text order, headings included; `mentions` are every
    date expression of the prose, resolved against `article.reference`;
    `names` holds, for each sentence, the names found in it as (start, end,
    name) offsets into the sentence's text (empty for a heading, whose Title
    Case needs the names of the prose to be read); `capitalised` is the
    vocabulary they were read with (`timeline.actors.known_capitalised` of
    the prose: words capitalised mid-sentence, and those written in lower
    case), which no stage changes.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    names: tuple[tuple[tuple[int, int, str], ...], ...] = ()
    capitalised: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()
