"""`timeline export --format ...` end to end: every format on stdout or into a file, --group-by, bad usage."""

import csv
import io
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from timeline.cli import app

SOURCES = Path(__file__).resolve().parents[2] / "sources"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


READERS = {
    "timelinejs": lambda t: len(json.loads(t)["events"]),
    "csv": lambda t: len(list(csv.DictReader(io.StringIO(t.removeprefix("\ufeff"), newline="")))),
    "markdown": lambda t: t.count("\n- **"),
    "ics": lambda t: len([c for c in Calendar.from_ical(t).walk() if c.name == "VEVENT"]),
    "html": lambda t: t.count('<li class="entry '),
    "json": lambda t: len(json.loads(t)["events"]),
}


@pytest.mark.parametrize("fmt", list(READERS))
def test_every_format_holds_every_entry_of_the_filtered_timeline(fmt):
    count = len(json.loads(run("export", SOURCES, "-q", "--format", "json", "--year", "2024").stdout)["events"])
    result = run("export", SOURCES, "-q", "--format", fmt, "--year", "2024")
    assert result.exit_code == 0, result.output
    assert count > 0 and READERS[fmt](result.stdout) == count


@pytest.mark.parametrize("fmt", ["csv", "ics", "html"])
def test_output_file_is_written_and_named(tmp_path, fmt):
    target = tmp_path / f"timeline.{fmt}"
    result = run("export", SOURCES, "-q", "--format", fmt, "-o", target)
    assert result.exit_code == 0, result.output
    assert target.read_bytes().decode("utf-8") and "wrote " in result.stderr and result.stdout == ""


def test_group_by_groups_the_timelinejs_events():
    data = json.loads(run("export", SOURCES, "-q", "--format", "timelinejs", "--group-by", "source").stdout)
    assert "The Moscow Times" in {e["group"] for e in data["events"]}


@pytest.mark.parametrize("args", [["--format", "csv", "--group-by", "actor"], ["--group-by", "actor"],
                                  ["--format", "timelinejs", "--group-by", "outlet"], ["--format", "xml"]])
def test_bad_format_options_are_usage_errors(args):
    result = run("export", SOURCES, "-q", *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
