"""Command-line conventions (issue 9): --version, the pager, --top / --min-sources
and a filtered view that lists only the sources it cites."""

import os
import re
import stat
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from timeline import __version__, pager
from timeline.cli import app, common
from timeline.cli.app import Settings

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "sources"


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_version_prints_the_version_on_stdout():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"timeline {__version__}\n"


def test_top_shows_that_many_entries_and_only_the_sources_they_cite():
    whole = run("show", SOURCES, "-q")
    top = run("show", SOURCES, "-q", "--top", "2")
    assert top.exit_code == 0, top.output
    dates = re.findall(r"^(?:\d{1,2} \w{3} )?\d{4}\s{2,}", top.stdout, re.M)
    assert len(dates) == 2
    listed = re.findall(r"^\[(\d+)\]", top.stdout, re.M)
    markers = set(re.findall(r"\[(\d+)\]", top.stdout.split("Sources")[0]))
    assert set(listed) == markers and len(listed) < len(re.findall(r"^\[(\d+)\]", whole.stdout, re.M))
    assert "sources cited by these entries listed" in run("show", SOURCES, "--top", "2").stderr


def test_quiet_hides_the_notes_too():
    loud, quiet = run("show", SOURCES, "--top", "2"), run("show", SOURCES, "-q", "--top", "2")
    assert "note:" in loud.stderr and quiet.stderr == "" and quiet.stdout == loud.stdout


def test_min_sources_two_keeps_only_entries_with_two_markers_or_more():
    result = run("show", SOURCES, "-q", "--all", "--min-sources", "2")
    assert result.exit_code == 0
    body = result.stdout.split("Sources")[0]
    summaries = [line for line in body.splitlines() if "[" in line]
    assert summaries and all(len(re.findall(r"\[\d+\]", line)) >= 2 for line in summaries)


def test_an_unfiltered_view_lists_every_source():
    result = run("show", SOURCES, "-q")
    assert len(re.findall(r"^\[\d+\]", result.stdout, re.M)) == len(list(SOURCES.glob("*.txt")))


def _recording_pager(tmp_path: Path) -> Path:
    script = tmp_path / "pager.sh"
    script.write_text(f"#!/bin/sh\ncat > {tmp_path / 'paged.txt'}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_a_long_view_on_a_terminal_goes_through_the_pager(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("PAGER", str(_recording_pager(tmp_path)))
    out = Console(force_terminal=True, height=5, width=60, color_system=None)
    with common.paged(out):
        common.emit(out, "\n".join(f"line {n}" for n in range(20)))
    assert capfd.readouterr().out == ""
    assert (tmp_path / "paged.txt").read_text().splitlines()[19] == "line 19"


def test_a_short_view_or_no_pager_writes_directly(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("PAGER", str(_recording_pager(tmp_path)))
    out = Console(force_terminal=True, height=50, width=60, color_system=None)
    with common.paged(out):
        common.emit(out, "short")
    monkeypatch.setattr(Settings, "pager", False)
    small = Console(force_terminal=True, height=2, width=60, color_system=None)
    with common.paged(small):
        common.emit(small, "one\ntwo\nthree")
    assert capfd.readouterr().out == "short\none\ntwo\nthree\n"
    assert not (tmp_path / "paged.txt").exists()


def test_a_pipe_is_never_paged(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("PAGER", str(_recording_pager(tmp_path)))
    out = Console(file=open(os.devnull, "w"), height=2)  # not a terminal
    with common.paged(out):
        common.emit(out, "a\nb\nc\nd")
    assert capfd.readouterr().out == "a\nb\nc\nd\n"
    assert not (tmp_path / "paged.txt").exists()


def test_pager_choice(monkeypatch):
    monkeypatch.setenv("PAGER", "")
    assert pager.pager_command() is None
    monkeypatch.setenv("PAGER", "cat")
    assert pager.pager_command() is None
    monkeypatch.setenv("PAGER", "no-such-pager-anywhere --x")
    assert pager.pager_command() is None
    assert pager.page(b"text") is False  # the caller writes the view itself
    monkeypatch.delenv("PAGER")
    expected = pager.DEFAULT_PAGER if pager.shutil.which("less") else None
    assert pager.pager_command() == expected


def test_a_pager_quit_before_the_end_is_no_error(monkeypatch):
    monkeypatch.setenv("PAGER", "true")  # exits without reading its input
    assert pager.page(b"x\n" * 200_000) is True


def test_shell_completion_completes_the_commands():
    import subprocess
    import sys

    # The shell named, not detected from the parent process (which is no shell under some runners).
    named = dict(os.environ, _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    script = subprocess.run([sys.executable, "-m", "timeline", "--show-completion", "bash"],
                            env=named, capture_output=True, text=True, timeout=60)
    assert script.returncode == 0 and "_timeline_completion" in script.stdout
    env = dict(os.environ, _TIMELINE_COMPLETE="complete_bash", COMP_WORDS="timeline sh", COMP_CWORD="1")
    offered = subprocess.run([sys.executable, "-m", "timeline"], env=env, capture_output=True, text=True, timeout=60)
    assert offered.stdout.split() == ["show"]


def test_export_takes_top_and_min_sources_and_carries_sources_count():
    import json

    whole = json.loads(run("export", SOURCES, "-q", "--all", "--format", "json").stdout)["events"]
    top = json.loads(run("export", SOURCES, "-q", "--all", "--top", "3", "--format", "json").stdout)["events"]
    assert len(top) == 3 and all(e["headline"] == e["summary"] for e in top)
    assert min(e["sources_count"] for e in top) >= sorted((e["sources_count"] for e in whole), reverse=True)[2]
    assert [e["start"] for e in top] == sorted(e["start"] for e in top)
    several = json.loads(run("export", SOURCES, "-q", "--all", "--min-sources", "2", "--format", "json").stdout)
    assert several["events"] and all(e["sources_count"] >= 2 for e in several["events"])
    assert all(1 <= e["sources_count"] <= len({c["source"] for c in e["citations"]}) for e in whole)


def test_an_interrupt_wrapped_in_another_error_is_still_an_interrupt():
    from timeline.__main__ import interrupted

    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as inner:
            raise RuntimeError("Error calling __set_name__") from inner
    except RuntimeError as err:
        assert interrupted(err)
    assert not interrupted(RuntimeError("a bug"))
