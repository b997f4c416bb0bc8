"""The TimelineJS3 JSON matches the fields Knight Lab documents (timeline.knightlab.com/docs/json-format.html)."""

import calendar
import json

import pytest

from timeline.export import render
from timeline.export.timelinejs import timelinejs
from timeline.query import Query

# The documented fields of a slide and of a date object.
SLIDE_FIELDS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}
DATE_FIELDS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}


def check_date(value):
    assert set(value) <= DATE_FIELDS and isinstance(value["year"], int)
    if "month" in value:
        assert 1 <= value["month"] <= 12
    if "day" in value:
        assert "month" in value and 1 <= value["day"] <= calendar.monthrange(value["year"], value["month"])[1]


def test_bundled_export_has_only_documented_fields(bundled):
    data = json.loads(timelinejs(bundled))
    assert set(data) <= {"title", "events", "eras", "scale"}
    assert set(data["title"]) <= SLIDE_FIELDS and data["title"]["text"]["headline"]
    assert len(data["events"]) == len(bundled.entries)
    for slide, entry in zip(data["events"], bundled.entries):
        assert set(slide) <= SLIDE_FIELDS
        check_date(slide["start_date"])
        if "end_date" in slide:
            check_date(slide["end_date"])
        assert set(slide["text"]) == {"headline", "text"}
        assert slide["unique_id"] == entry.id
    assert len({s["unique_id"] for s in data["events"]}) == len(data["events"])


def test_dates_hold_only_the_parts_the_precision_knows(bundled):
    slides = {s["unique_id"]: s for s in json.loads(timelinejs(bundled))["events"]}
    for entry in bundled.entries:
        start = slides[entry.id]["start_date"]
        if entry.precision == "day":
            assert start == {"year": entry.first.year, "month": entry.first.month, "day": entry.first.day}
        elif entry.precision == "month":
            assert start == {"year": entry.first.year, "month": entry.first.month}
        elif entry.precision == "year":
            assert start == {"year": entry.first.year}
        if entry.precision == "week":
            assert slides[entry.id]["display_date"].startswith("week of ")
            assert slides[entry.id]["end_date"]["day"] == entry.last.day


def test_citations_are_links_with_outlet_and_date(bundled):
    slides = json.loads(timelinejs(bundled))["events"]
    linked = [s for s in slides if "<a href=" in s["text"]["text"]]
    assert linked, "the Moscow Times sources have URLs"
    assert any("The Moscow Times</a>" in s["text"]["text"] and "2025" in s["text"]["text"] for s in linked)


@pytest.mark.parametrize("group_by", ["actor", "source"])
def test_group_by(bundled, group_by):
    slides = json.loads(timelinejs(bundled, group_by))["events"]
    assert all(s["group"] for s in slides)
    if group_by == "actor":
        assert slides[0]["group"] == bundled.entries[0].actors[0]
    else:
        assert "The Moscow Times" in {s["group"] for s in slides}
    assert all("group" not in s for s in json.loads(timelinejs(bundled))["events"])


def test_article_text_is_escaped_for_timelinejs_html(hostile):
    data = json.loads(timelinejs(hostile, "actor"))
    for slide in data["events"]:
        for value in (slide["text"]["headline"], slide["text"]["text"], slide["group"]):
            assert "<script" not in value and "<img" not in value and "<b>" not in value
        assert "href=" not in slide["text"]["text"]  # the source's only URL is javascript:
        assert "\u202e" not in slide["text"]["headline"]
    assert data["events"][1]["display_date"] == "summer 2024"


def test_render_refuses_group_by_for_other_formats(bundled):
    from timeline.errors import UsageError

    with pytest.raises(UsageError):
        render(bundled, Query(), "csv", "actor")
