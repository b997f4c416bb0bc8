"""Warnings as values: Problems born with a kind and a fix, shown grouped by kind."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.ingest import no_date_problem, parse_article
from timeline.ingest.problems import KINDS, NAMES_SHOWN, problem, shown_lines
from timeline.model import Problem
from timeline.pipeline import read_corpus, with_inferred_windows

UNDATED = "Talks resume\n\nThe minister said talks resumed on Monday.\n"


def test_a_problem_prints_as_file_and_message_and_carries_its_kinds_fix():
    p = problem("a.txt", "no-prose", "no article prose found (only site chrome)")
    assert str(p) == "a.txt: no article prose found (only site chrome)"
    assert p.fix == KINDS["no-prose"][1]


def test_a_single_problem_is_shown_as_its_own_line():
    p = no_date_problem("a.txt")
    assert shown_lines([p]) == [str(p)]


def test_several_files_of_one_kind_are_one_line_with_a_few_names_and_the_fix():
    names = [f"{c}.txt" for c in "abcdefghijk"]
    lines = shown_lines([problem("x.txt", "duplicate", "same text as y.txt; read once")] + [no_date_problem(n) for n in names])
    assert lines[0] == "x.txt: same text as y.txt; read once"
    assert lines[1] == (
        f"11 files have no publication date: a.txt, b.txt, c.txt and {11 - NAMES_SHOWN} more — add `date:` front matter"
    )
    assert len(lines) == 2


def test_plain_strings_are_still_shown_as_they_are():
    assert shown_lines(["c.txt: no date"]) == ["c.txt: no date"]


def test_article_warnings_are_problems_of_a_known_kind(tmp_path):
    a = parse_article("---\ntitle: [unclosed\n---\n" + UNDATED, "a.md", today=date(2025, 1, 1))
    assert all(isinstance(w, Problem) and w.kind in KINDS and w.fix for w in a.warnings)
    assert [w.kind for w in a.warnings] == ["front-matter", "no-date"]


def test_the_inferred_window_replaces_the_no_date_problem_by_kind():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    corpus = read_corpus([root / "sources"])
    inferred = with_inferred_windows(corpus)
    windows = [w for w in inferred.warnings if w.kind == "no-date-window"]
    assert windows, "sources/ has an undated article whose window is inferred"
    for w in windows:
        [article] = [a for a in inferred.articles if a.path == w.file]
        assert w == no_date_problem(article.path, article.published_window)
        assert no_date_problem(article.path) in corpus.warnings
    assert len(inferred.warnings) == len(corpus.warnings)


@pytest.mark.parametrize("command", ["show", "export", "dates", "sources", "actors"])
def test_quiet_hides_warnings_on_every_command(tmp_path, command):
    (tmp_path / "a.txt").write_text(UNDATED)
    (tmp_path / "b.txt").write_text("Other talks\n\nThe minister said talks resumed on Tuesday.\n")
    runner = CliRunner()
    loud = runner.invoke(app, [command, str(tmp_path)])
    quiet = runner.invoke(app, [command, str(tmp_path), "-q"])
    assert "warning: 2 files have no publication date" in loud.stderr
    assert quiet.exit_code == loud.exit_code == 0
    assert "warning" not in quiet.stderr and quiet.stdout == loud.stdout


def test_quiet_does_not_hide_errors(tmp_path):
    result = CliRunner().invoke(app, ["show", str(tmp_path / "missing"), "--quiet"])
    assert result.exit_code == 1 and "error:" in result.stderr


def test_published_given_by_the_user_fixes_the_no_date_problems(tmp_path):
    from timeline.pipeline import with_published

    (tmp_path / "a.txt").write_text(UNDATED)
    corpus = read_corpus([tmp_path])
    assert [w.kind for w in corpus.warnings] == ["no-date"]
    assert with_published(corpus, date(2024, 3, 4)).warnings == ()
    result = CliRunner().invoke(app, ["dates", str(tmp_path), "--published", "2024-03-04"])
    assert result.exit_code == 0 and "no publication date" not in result.stderr
