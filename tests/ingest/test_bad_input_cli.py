"""Issue 5, command-line group: bad options, unwritable outputs, hostile text, determinism."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "sources"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_debug_shows_the_traceback_that_is_otherwise_hidden(tmp_path):
    quiet = run("show", tmp_path / "nope")
    assert quiet.exit_code == 1 and quiet.exception is None or isinstance(quiet.exception, SystemExit)
    loud = run("--debug", "show", tmp_path / "nope")
    assert loud.exit_code != 0 and loud.exception is not None
    assert not isinstance(loud.exception, SystemExit)


def test_empty_folder_exits_1(tmp_path):
    result = run("show", tmp_path)
    assert result.exit_code == 1
    assert "no readable articles" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_export_into_a_read_only_folder_exits_2(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("export", SOURCES, "-o", folder / "t.yaml")
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2 and "t.yaml" in result.output


def test_failed_export_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "t.yaml"
    target.write_text("previous export\n")
    monkeypatch.setattr("timeline.export.dump", lambda data, fmt: 1 / 0)
    result = run("export", SOURCES, "-o", target)
    assert result.exit_code == 3 and "internal error" in result.output
    assert target.read_text() == "previous export\n"


def test_markup_and_escape_sequences_in_articles_are_shown_literally(tmp_path):
    (tmp_path / "[bold red]x.txt").write_text(
        "---\ndate: 2020-03-05\n---\n"
        "# Officials [link=http://evil]click[/link] met\n\n"
        "Officials met in Geneva on Tuesday \x1b[31mto talk\x1b[0m about [bold]trade[/bold].\n"
    )
    result = run("show", tmp_path, "--all")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert "[link=http://evil]click[/link]" in result.stdout
    assert "[bold red]x.txt" in result.stdout


def _export_in_subprocess(seed: str, fmt: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed, NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-m", "timeline.cli", "export", "sources", "--format", fmt],
        cwd=ROOT, env=env, capture_output=True, check=True,
    ).stdout


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_exports_are_byte_identical_whatever_the_hash_seed(fmt):
    assert _export_in_subprocess("1", fmt) == _export_in_subprocess("2", fmt)
