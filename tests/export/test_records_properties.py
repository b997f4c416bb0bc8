"""Property: an export read back with yaml.safe_load / json.loads gives every event and citation."""

import json
from datetime import date, timedelta

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.export import dump, timeline_record
from timeline.model import Article, Citation, Entry, Timeline
from timeline.query import Query

FILES = ("a.txt", "b.md", "c d.txt")
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@st.composite
def entries(draw):
    first = draw(st.dates(date(1900, 1, 1), date(2100, 1, 1)))
    last = first + timedelta(days=draw(st.integers(0, 400)))
    citations = tuple(
        Citation(file=draw(st.sampled_from(FILES)), line=draw(st.integers(1, 10_000)),
                 quote=draw(text), start=draw(st.integers(0, 10**6)),
                 expression=draw(st.none() | text))
        for _ in range(draw(st.integers(1, 4)))
    )
    return Entry(id=draw(st.text("0123456789abcdef", min_size=10, max_size=10)),
                 value=first.isoformat(), first=first, last=last, precision="day",
                 summary=draw(text), actors=tuple(draw(st.lists(text, max_size=3))),
                 modality=draw(st.sampled_from(["reported", "expected"])), citations=citations)


@settings(max_examples=60, deadline=None)
@given(st.lists(entries(), max_size=6))
def test_export_round_trips_every_event_and_citation(items):
    timeline = Timeline(entries=tuple(items), sources=tuple(Article(path=f, text="") for f in FILES))
    record = timeline_record(timeline, Query())
    for fmt, load in (("yaml", yaml.safe_load), ("json", json.loads)):
        back = load(dump(record, fmt))
        assert len(back["events"]) == len(items)
        for entry, got in zip(items, back["events"]):
            assert got["summary"] == entry.summary and got["actors"] == list(entry.actors)
            assert [(c["file"], c["line"], c["quote"], c["expression"]) for c in got["citations"]] == [
                (c.file, c.line, c.quote, c.expression) for c in entry.citations
            ]
