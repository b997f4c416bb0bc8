"""The YAML and JSON export written in parts is the whole document's text, byte for byte."""

import pytest

from timeline import pipeline
from timeline.export import records
from timeline.query import apply_query, make_query


@pytest.fixture(scope="module")
def bundled():
    return pipeline.build_timeline(["sources"])


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("part", [1, 2, 7])
@pytest.mark.parametrize("query", [make_query(everything=True), make_query(years=[1900])], ids=["all", "empty"])
def test_the_parts_joined_are_the_whole_export(bundled, monkeypatch, fmt, part, query):
    monkeypatch.setattr(records, "PART", part)
    timeline = apply_query(bundled, query)
    whole = records.dump(records.timeline_record(timeline, query), fmt)
    parts = list(records.dump_parts(timeline, query, fmt))
    assert "".join(parts) == whole
    assert len(parts) > 3  # written in pieces, not whole
