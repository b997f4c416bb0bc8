"""Property: whatever an article says, each format's reader gets every entry back, its text intact but inert."""

import csv
import io
import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from timeline.export.cited import clean
from timeline.export.ics import ics
from timeline.export.table import cell, table
from timeline.export.timelinejs import timelinejs

from helpers_timeline import sample_timeline

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=50, deadline=None)
@given(st.lists(text, min_size=1, max_size=4))
def test_every_reader_gets_every_entry_back(summaries):
    base = sample_timeline()
    entries = tuple(replace(base.entries[i % len(base.entries)], id=f"e{i}", summary=s, actors=(s,))
                    for i, s in enumerate(summaries))
    timeline = replace(base, entries=entries)

    rows = list(csv.DictReader(io.StringIO(table(timeline).removeprefix("\ufeff"), newline="")))
    assert [r["headline"] for r in rows] == [cell(s) for s in summaries]

    events = [c for c in Calendar.from_ical(ics(timeline)).walk() if c.name == "VEVENT"]
    assert [str(e["summary"]) for e in events] == [clean(s) for s in summaries]
    assert [str(e["uid"]) for e in events] == [f"e{i}@timeline" for i in range(len(summaries))]

    slides = json.loads(timelinejs(timeline, "actor"))["events"]
    assert [s["unique_id"] for s in slides] == [e.id for e in entries]
    assert all("<" not in s["text"]["headline"] and "<" not in s["group"] for s in slides)
