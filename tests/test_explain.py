"""`--explain`: every date, source, event and merge says which rule decided it.

End to end on the sample corpus. The rules' own tests (tests/dates/,
tests/events/, tests/ingest/, tests/chrome/, tests/actors/, test_merge.py)
check that a given rule fired; these check that the reasons reach the user.
"""

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from timeline.cli import app

SOURCES = Path(__file__).resolve().parent.parent / "sources"
runner = CliRunner()


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def test_export_explain_gives_every_event_and_source_its_reasons():
    data = yaml.safe_load(run("export", SOURCES, "--explain").stdout)
    assert data["events"] and all(e["why"] for e in data["events"])
    assert all(any(w.startswith("event:") for w in e["why"]) for e in data["events"])
    assert all(s["why"] for s in data["sources"])
    assert all(isinstance(s["dropped"], list) for s in data["sources"])


def test_an_entry_cited_twice_says_why_its_reports_were_joined():
    data = yaml.safe_load(run("export", SOURCES, "--explain", "--all").stdout)
    joined = [e for e in data["events"] if len(e["citations"]) > 1]
    assert joined
    for e in joined:
        merges = [w for w in e["why"] if w.startswith("merged:")]
        assert len(merges) == len(e["citations"]) - 1
        assert all("shared actor" in w and "same statement" in w for w in merges)


def test_without_explain_no_reasons_are_exported():
    data = yaml.safe_load(run("export", SOURCES).stdout)
    assert not any("why" in e for e in data["events"])
    assert not any("why" in s or "dropped" in s for s in data["sources"])


def test_dates_explain_names_the_rules_of_every_expression():
    data = json.loads(run("dates", SOURCES, "--json", "--explain").stdout)
    timexes = [t for s in data["sources"] for t in s["timexes"]]
    assert timexes and all(t["why"] for t in timexes)
    weekdays = [t for t in timexes if t["rule"] == "weekday" and t["anchor"] != "unresolved"]
    assert weekdays and all(any(w.startswith("weekday:") for w in t["why"]) for t in weekdays)
    plain = json.loads(run("dates", SOURCES, "--json").stdout)
    assert not any("why" in t for s in plain["sources"] for t in s["timexes"])


def test_show_explain_prints_the_reasons_under_each_entry():
    explained = run("show", SOURCES, "--explain").stdout
    assert "why: event:" in explained and "why: merged:" in explained
    assert "why:" not in run("show", SOURCES).stdout


def test_sources_explain_says_where_each_publication_date_came_from():
    out = run("sources", SOURCES, "--explain").stdout
    assert out.count("why: published:") == 5


def test_sources_explain_names_the_chrome_pattern_of_each_dropped_line():
    out = run("sources", SOURCES, "--explain").stdout
    # The Moscow Times' donation appeal: a block, opened by its heading.
    assert "appeal block after 'A Message from The Moscow Times" in out
    assert "why: dropped line 5: metadata line: 'By Pyotr Kozlov'" in out


def test_actors_explain_says_why_spellings_were_joined():
    out = run("actors", SOURCES, "--explain").stdout
    assert "joined 'Putin' to 'Vladimir Putin'" in out and "(join." in out
    assert "why:" not in run("actors", SOURCES).stdout


def test_a_dropped_line_is_quoted_by_the_chrome_stage_numbering(tmp_path):
    # A form feed is no line break for the chrome stage: the quoted line must be the one it numbered.
    (tmp_path / "a.txt").write_text(
        "---\ndate: 2020-01-02\n---\nTalks resume\n\nA\x0cB said on Monday that talks resumed.\n\nShare on Facebook\n",
        encoding="utf-8",
    )
    out = run("sources", tmp_path, "--explain").stdout
    assert "dropped line 8: sharing button: 'Share on Facebook'" in out
