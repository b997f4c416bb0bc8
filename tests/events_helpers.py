"""Helpers for the event tests: articles, sentences and mentions made by hand
(the dates are what the date stage gives for them), so the tests pin the
event stage alone."""

from __future__ import annotations

from datetime import date

from timeline.events import extract_events
from timeline.model import Article, Event, Mention, Sentence
from timeline.pipeline import analysis_of

PUB = date(2016, 11, 10)


def make(sentences: list[str], published: date | None = PUB, headline: str | None = None):
    """An article whose paragraphs are `sentences` (headline first if given)."""
    parts = ([headline] if headline else []) + sentences
    text = "\n\n".join(parts) + "\n"
    sents, pos = [], 0
    for i, part in enumerate(parts):
        start = text.index(part, pos)
        sents.append(Sentence(start, start + len(part), part, text.count("\n", 0, start) + 1,
                              heading=bool(headline) and i == 0))
        pos = start + len(part)
    head = (sents[0].start, sents[0].end) if headline else None
    art = Article(path="src/a.txt", text=text, published=published, content=((0, len(text)),), headline=head)
    return art, sents


def mention(art: Article, expr: str, first: date, last: date | None = None, value: str | None = None,
            precision: str = "day", nth: int = 0, **kw) -> Mention:
    i = -1
    for _ in range(nth + 1):
        i = art.text.index(expr, i + 1)
    return Mention(i, i + len(expr), expr, value or first.isoformat(), first=first, last=last or first,
                   precision=precision, **kw)


def month(y: int, m: int) -> dict:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return dict(first=date(y, m, 1), last=date.fromordinal(nxt.toordinal() - 1), value=f"{y}-{m:02d}", precision="month")


def year(y: int) -> dict:
    return dict(first=date(y, 1, 1), last=date(y, 12, 31), value=str(y), precision="year")


def dated(events, expression):
    found = [e for e in events if e.citation.expression == expression]
    assert len(found) == 1, [(e.citation.expression, e.summary) for e in events]
    return found[0]


# An undated first paragraph: the lede, out of the way where a test is not about it.
FILLER = "Officials gave no further details about the matter on the record."


def events_of(art: Article, sents: list[Sentence], mentions: list[Mention]) -> list[Event]:
    """The events of an article analysed as the pipeline does, with these mentions."""
    return extract_events(analysis_of(art, sents, mentions))
