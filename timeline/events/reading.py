"""The values the per-sentence rules pass around: a date in a sentence, and
the sentence as read (its names and what earlier sentences named)."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.events.discourse import Discourse
from timeline.events.text import Name
from timeline.model import Article, Mention, Sentence

Detachable = tuple[int, int, int]  # a relative clause, parenthesis or dash aside: (start, end, body start)


@dataclass(frozen=True)
class Dated:
    """A usable date mention of a sentence, with its offsets in the sentence text."""

    mention: Mention
    start: int
    end: int
    modifier: bool = False  # used as an adjective: "the 2016 election"
    holder: Detachable | None = None  # the innermost detachable part it lies in (not for a modifier)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def free(self) -> bool:
        """Neither a noun modifier nor inside a detachable part: it dates the main clause."""
        return not self.modifier and self.holder is None


@dataclass(frozen=True)
class Part:
    """The stretch of a sentence a date governs, as pieces of the sentence text."""

    pieces: tuple[tuple[int, int], ...]  # offsets into the sentence text
    prefix: str = ""  # text put before the pieces (a resolved possessor)
    whole: bool = False  # the part is the sentence (minus other dates' parts)
    detached: bool = False  # a modifier phrase or a relative clause
    why: str = ""  # the rule that chose it: "the date governs the main clause (clauses.main_part)"


@dataclass(frozen=True)
class Reading:
    """One sentence as the event rules read it."""

    article: Article
    sentence: Sentence
    names: tuple[Name, ...]  # names in it, after a dateline, none standing alone in brackets
    discourse: Discourse  # what the sentences before it named
    cut: int = 0  # end of a dateline opening it ("PARIS, Feb 15 (Reuters) - "), else 0

    @property
    def text(self) -> str:
        return self.sentence.text
