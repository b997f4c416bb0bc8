import re
from datetime import date

import pytest
import yaml

from timeline.errors import UsageError
from timeline.export import dump, timeline_record, write_atomic
from timeline.output import OutputError
from timeline.query import Query

from helpers_timeline import sample_timeline


def test_yaml_export_follows_the_schema_and_round_trips():
    data = yaml.safe_load(dump(timeline_record(sample_timeline(), Query()), "yaml"))
    assert list(data) == ["window", "sources", "events", "warnings"]
    assert data["window"] == {"from": date(2016, 1, 1), "to": date(2025, 12, 31)}
    assert data["sources"][0]["id"] == 1 and data["sources"][1]["file"] == "b.txt"
    first = data["events"][0]
    assert first["date"] == "2015-12" and first["start"] == date(2015, 12, 1)
    assert first["precision"] == "month" and first["modality"] == "reported"
    merged = data["events"][2]
    assert [c["source"] for c in merged["citations"]] == [1, 2]
    assert merged["citations"][0]["expression"] is None
    assert data["events"][3]["modality"] == "expected"
    assert data["warnings"] == ["c.txt: no date"]


def test_json_export_carries_the_same_data():
    import json

    record = timeline_record(sample_timeline(), Query())
    data = json.loads(dump(record, "json"))
    assert data["events"][2]["start"] == "2016-11-10"
    assert len(data["events"]) == len(record["events"])


def test_exports_are_byte_identical_across_runs():
    one = dump(timeline_record(sample_timeline(), Query()), "yaml")
    two = dump(timeline_record(sample_timeline(), Query()), "yaml")
    assert one == two


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError):
        dump({}, "xml")


def test_atomic_write_replaces_the_whole_file(tmp_path):
    target = tmp_path / "out.yaml"
    target.write_text("old")
    write_atomic(target, "new contents\n")
    assert target.read_text() == "new contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_failed_write_leaves_the_previous_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "out.yaml"
    target.write_text("previous")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(OutputError, match="No space left"):  # an environment failure (exit 1), not usage
        write_atomic(target, "new")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_write_into_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        write_atomic(tmp_path / "nowhere" / "out.yaml", "x")


def test_yaml_has_no_anchors_for_shared_values():
    text = dump(timeline_record(sample_timeline(), Query()), "yaml")
    assert "&id" not in text and "*id" not in text


def test_write_below_a_file_says_it_is_not_a_folder(tmp_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(UsageError, match="afile is not a folder"):
        write_atomic(tmp_path / "afile" / "out.yaml", "x")


TRICKY = ["plain", "yes", "0o17", "1e3", "~", "", " lead", "trail ", "a: b", "- x", "#c", "'q'", '"dq"',
          "line\nbreak", "tab\there", "\u2028sep", "\x85nel", "bidi \u202e", "zero\u200bwidth", "é ü 日本",
          "emoji 🚀", "\ufeffbom", "x" * 150, "a " * 80, "\\back", "%percent", "@at", "`tick`", "null"]


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML built without libyaml")
def test_the_libyaml_emitter_writes_the_same_text_as_the_python_one(monkeypatch):
    data = {"events": [{"summary": s, "quote": s + " end", "actors": [s]} for s in TRICKY]}
    fast = dump(data, "yaml")
    monkeypatch.delattr(yaml, "CSafeDumper")
    slow = dump(data, "yaml")
    assert yaml.safe_load(fast) == yaml.safe_load(slow) == data
    # the one difference: libyaml escapes characters beyond the BMP, Python's emitter writes them
    assert slow == re.sub(r'"emoji \\U0001F680( end)?"', "emoji 🚀\\1", fast)
