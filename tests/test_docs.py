"""The documentation stays true: README commands run, the committed example is current."""

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def readme_commands() -> list[str]:
    """Every `$ timeline ...` line of the README's console examples."""
    return re.findall(r"^\$ (timeline [^\n|>]*?)\s*$", README, flags=re.M)


def shown_error(command: str) -> str | None:
    """The `error: ...` line the README shows right under a command, if any."""
    found = re.search(r"^\$ " + re.escape(command) + r"\s*\n(error: [^\n]*)", README, flags=re.M)
    return found.group(1) if found else None


def test_readme_has_the_two_setup_commands():
    setup = re.findall(r"^python3 -m venv \.venv && .*$", README, flags=re.M)
    assert any(line.endswith("timeline show") for line in setup)
    assert any("pytest" in line for line in setup)
    ci = (ROOT / ".ci" / "run").read_text()
    assert [line for line in setup if "pytest" in line][0] in ci


@pytest.mark.parametrize("command", readme_commands())
def test_readme_examples_run(command, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)[1:]
    if "-o" in args:  # write exports somewhere harmless
        args[args.index("-o") + 1] = str(tmp_path / "out")
    result = runner.invoke(app, args)
    error = shown_error(command)
    if error:  # an example of an error: the README shows what the user really gets
        assert result.exit_code == 1 and error in result.stderr, result.output
    else:
        assert result.exit_code == 0, result.output


def test_committed_example_export_is_current(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["export", "sources", "--format", "yaml"])
    assert result.exit_code == 0
    committed = (ROOT / "examples" / "timeline.yaml").read_text(encoding="utf-8")
    assert result.stdout == committed, (
        "examples/timeline.yaml is stale: run "
        "`timeline export sources --format yaml -o examples/timeline.yaml`"
    )
