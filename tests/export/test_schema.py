"""The JSON Schema of the YAML/JSON export (timeline/export/schema.json): valid, shipped, and what exports follow."""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.export import dump, timeline_record
from timeline.model import PRECISIONS
from timeline.query import Query
from timeline.trace import explained

from helpers_timeline import sample_timeline

SCHEMA = json.loads(files("timeline.export").joinpath("schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def iso(value):
    """YAML read back: its timestamps as the ISO strings the schema (and the JSON export) has."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [iso(v) for v in value]
    return value


def test_the_schema_is_a_valid_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$defs"]["event"]["properties"]["precision"]["enum"] == list(PRECISIONS)


@pytest.mark.parametrize("explain", [False, True])
@pytest.mark.parametrize("fmt, load", [("json", json.loads), ("yaml", lambda t: iso(yaml.safe_load(t)))])
def test_bundled_exports_follow_the_schema(fmt, load, explain):
    from pathlib import Path

    from timeline.pipeline import build_timeline
    from timeline.query import apply_query

    with explained(explain):
        timeline = apply_query(build_timeline([Path(__file__).resolve().parents[2] / "sources"]), Query(None, None))
        data = load(dump(timeline_record(timeline, Query(None, None)), fmt))
    VALIDATOR.validate(data)
    assert ("why" in data["events"][0]) is explain


def test_the_sample_and_the_example_follow_the_schema():
    from pathlib import Path

    VALIDATOR.validate(json.loads(dump(timeline_record(sample_timeline(), Query()), "json")))
    example = Path(__file__).resolve().parents[2] / "examples" / "timeline.yaml"
    VALIDATOR.validate(iso(yaml.safe_load(example.read_text(encoding="utf-8"))))


@pytest.mark.parametrize("path, value", [
    (("events", 0, "precision"), "fortnight"),
    (("events", 0, "start"), "2016-13-01"),
    (("events", 0, "citations"), []),
    (("sources", 0, "id"), 0),
    (("window", "from"), "yesterday"),
])
def test_the_schema_refuses_what_no_export_holds(path, value):
    data = json.loads(dump(timeline_record(sample_timeline(), Query()), "json"))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not VALIDATOR.is_valid(data)


def test_the_schema_refuses_an_undocumented_field():
    data = json.loads(dump(timeline_record(sample_timeline(), Query()), "json"))
    data["events"][0]["colour"] = "red"
    assert not VALIDATOR.is_valid(data)


def test_the_schema_ships_with_the_package():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert "schema.json" in project["tool"]["setuptools"]["package-data"]["timeline.export"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PRECISIONS), max_size=5), st.text(max_size=30))
def test_any_entry_follows_the_schema(precisions, text):
    from dataclasses import replace

    base = sample_timeline()
    entries = tuple(replace(base.entries[i % len(base.entries)], precision=p, summary=text, actors=(text,))
                    for i, p in enumerate(precisions))
    VALIDATOR.validate(json.loads(dump(timeline_record(replace(base, entries=entries), Query()), "json")))
