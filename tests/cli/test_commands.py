"""The command line end to end on the sample corpus, through typer's CliRunner."""

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from timeline.cli import app

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "sources"

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("command", ["show", "export", "dates", "sources", "actors"])
def test_every_command_has_help_with_examples(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


def test_show_prints_a_chronology_grouped_by_year_with_sources():
    result = run("show", SOURCES)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "2016" in out and "2024" in out and "2025" in out
    assert "Sources" in out and "[5]" in out
    assert "Kremlin Courts Trump Behind the Scenes" in out


def test_a_window_leaving_every_entry_out_lists_no_sources_and_says_why(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Storm\ndate: 2010-09-03\n---\nThe storm hit the coast on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    result = run("show", tmp_path)
    assert result.exit_code == 0, result.output
    assert "No events match." in result.stdout
    assert "Sources" not in result.stdout
    assert "outside 2016-01-01 – 2025-12-31 not shown (use --all" in result.stderr
    assert "Sources" in run("show", tmp_path, "--all").stdout


def test_show_year_keeps_only_that_year():
    data = yaml.safe_load(run("export", SOURCES, "--year", "2016").stdout)
    assert data["events"]
    assert all(e["start"].year == 2016 for e in data["events"])


@pytest.mark.parametrize("actor", ["putin", "Vladimir Putin", "PUTIN"])
def test_actor_filter_is_case_insensitive_and_takes_any_alias(actor):
    data = yaml.safe_load(run("export", SOURCES, "--actor", actor).stdout)
    assert data["events"]
    assert all("Vladimir Putin" in e["actors"] for e in data["events"])


def test_actor_filter_finds_manafort():
    data = yaml.safe_load(run("export", SOURCES, "--actor", "Manafort", "--all").stdout)
    assert any("Manafort" in " ".join(e["actors"]) for e in data["events"])


def test_export_yaml_round_trips_with_citations_back_to_exact_quotes():
    result = run("export", SOURCES, "--format", "yaml")
    assert result.exit_code == 0
    data = yaml.safe_load(result.stdout)
    assert data["window"] == {"from": __import__("datetime").date(2016, 1, 1),
                              "to": __import__("datetime").date(2025, 12, 31)}
    files = {s["id"]: (ROOT / s["file"]) if not Path(s["file"]).is_absolute() else Path(s["file"])
             for s in data["sources"]}
    for event in data["events"]:
        for c in event["citations"]:
            text = files[c["source"]].read_bytes().decode("utf-8-sig")
            assert c["quote"] in text


def test_export_json_to_a_file(tmp_path):
    out = tmp_path / "t.json"
    result = run("export", SOURCES, "--format", "json", "-o", out)
    assert result.exit_code == 0
    assert json.loads(out.read_text())["events"]


def test_dates_json_spans_match_the_text():
    result = run("dates", SOURCES, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["sources"]) == 5
    for source in data["sources"]:
        text = Path(source["file"]).read_bytes().decode("utf-8-sig") if Path(source["file"]).is_absolute() \
            else (ROOT / source["file"]).read_bytes().decode("utf-8-sig")
        for t in source["timexes"]:
            assert text[t["span"][0]:t["span"][1]] == t["text"]
            assert set(t) == {"span", "text", "value", "type", "start", "end", "precision", "anchor", "rule"}


def test_dates_published_overrides_detection(tmp_path):
    (tmp_path / "a.txt").write_text("Officials met on Thursday.\n")
    data = json.loads(run("dates", tmp_path, "--json", "--published", "2016-11-10").stdout)
    [t] = data["sources"][0]["timexes"]
    assert t["value"] == "2016-11-10" and data["sources"][0]["published"] == "2016-11-10"


def test_sources_lists_every_file_and_flags_the_undated_one():
    result = run("sources", SOURCES)
    assert result.exit_code == 0
    assert "003_a9015e1fb20e6a51.txt" in result.stdout
    assert "003_a9015e1fb20e6a51.txt" in result.stderr  # the warning names the undated file


def test_actors_lists_putin_with_aliases():
    result = run("actors", SOURCES)
    assert result.exit_code == 0
    assert "Vladimir Putin" in result.stdout


# Usage errors: exit 2, one clear line, no traceback.
@pytest.mark.parametrize("args, words", [
    (["show", "--year", "abc"], "--year"),
    (["show", "--from", "2020-01-01", "--to", "2019-01-01"], "after"),
    (["export", "--format", "xml"], "xml"),
    (["show", "--from", "yesterday"], "yesterday"),
])
def test_usage_errors_exit_2_without_traceback(args, words):
    result = run(*args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output


def test_export_into_a_missing_folder_exits_2_and_names_it(tmp_path):
    result = run("export", SOURCES, "-o", tmp_path / "missing" / "t.yaml")
    assert result.exit_code == 2
    assert "missing" in result.output and "Traceback" not in result.output


def test_missing_path_exits_1_with_a_message(tmp_path):
    result = run("show", tmp_path / "nope")
    assert result.exit_code == 1
    assert "nope" in result.output and "Traceback" not in result.output


def test_one_bad_file_is_skipped_and_the_rest_processed(tmp_path):
    shutil.copy(SOURCES / "004_1c1d40d3d93a2994.txt", tmp_path)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    result = run("show", tmp_path)
    assert result.exit_code == 0
    assert "broken.txt" in result.stderr and "skipped" in result.stderr
    assert "10 Nov 2016" in result.stdout


def test_the_same_article_twice_is_counted_once(tmp_path):
    shutil.copy(SOURCES / "004_1c1d40d3d93a2994.txt", tmp_path / "a.txt")
    shutil.copy(SOURCES / "004_1c1d40d3d93a2994.txt", tmp_path / "b.txt")
    once = yaml.safe_load(run("export", tmp_path / "a.txt").stdout)
    twice = yaml.safe_load(run("export", tmp_path).stdout)
    assert len(twice["events"]) == len(once["events"])
    assert sum(len(e["citations"]) for e in twice["events"]) == sum(len(e["citations"]) for e in once["events"])


def test_an_actor_nobody_matches_is_an_error_naming_the_closest_actors():
    result = run("show", SOURCES, "--actor", "Putn")
    assert result.exit_code == 1
    assert "error: --actor 'Putn' matches no actor; the closest: Vladimir Putin" in result.stderr
    assert result.stdout == ""  # not an empty chronology followed by every source


def test_an_actor_like_no_other_says_where_the_actors_are_listed():
    result = run("show", SOURCES, "--actor", "Zelenskyyy")
    assert result.exit_code == 1
    assert "matches no actor (`timeline actors` lists the" in result.stderr
    assert "closest" not in result.stderr


def test_a_source_nobody_matches_is_an_error_naming_the_closest_file():
    result = run("export", SOURCES, "--source", "004_1c1d40d3d93a2995.txt")
    assert result.exit_code == 1
    assert "the closest: [5] 004_1c1d40d3d93a2994.txt" in result.stderr
    assert result.stdout == ""


def test_undated_article_relative_dates_resolve_within_its_inferred_window():
    data = yaml.safe_load(run("export", SOURCES, "--source", "003").stdout)
    thursday = [e for e in data["events"]
                if any(c["expression"] and "Thursday" in c["expression"] for c in e["citations"])]
    assert [e["date"] for e in thursday] == ["2016-11-10"]
    assert "Sergei Ryabkov" in thursday[0]["actors"]
    sources = yaml.safe_load(run("export", SOURCES).stdout)["sources"]
    undated = [s for s in sources if s["file"].endswith("003_a9015e1fb20e6a51.txt")][0]
    assert undated["published"] is None and undated["published_from"] == "inferred"


def test_a_crlf_copy_of_an_article_is_the_same_article(tmp_path):
    text = (SOURCES / "004_1c1d40d3d93a2994.txt").read_bytes()
    (tmp_path / "a.txt").write_bytes(text)
    (tmp_path / "b_crlf.txt").write_bytes(text.replace(b"\n", b"\r\n"))
    result = run("export", tmp_path)
    assert "same text as" in result.stderr
    assert len(yaml.safe_load(result.stdout)["sources"]) == 1


def test_piped_output_has_no_trailing_padding():
    out = run("show", SOURCES).stdout
    assert out.strip()
    assert all(line == line.rstrip() for line in out.splitlines())


def test_an_alias_file_joins_spellings_the_rules_cannot():
    before = run("actors", SOURCES).stdout
    assert "Klimnik" in before  # suggested, not joined
    after = run("actors", SOURCES, "--actors", ROOT / "examples" / "actors.yaml")
    assert after.exit_code == 0
    row = [line for line in after.stdout.splitlines() if "Konstantin Kilimnik" in line][0]
    assert "Klimnik" in row


def test_a_broken_alias_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "actors.yaml"
    bad.write_text("Konstantin Kilimnik: [Klimnik\n")
    result = run("show", SOURCES, "--actors", bad)
    assert result.exit_code in (1, 2) and "actors.yaml" in result.output
    assert "Traceback" not in result.output
