"""What the bad-input test modules (paths, content, front matter) share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

TODAY = date(2026, 1, 1)
ARTICLE = "Ministers meet in Brussels\n\nMarch 3, 2023\n\nMinisters met on Monday. They agreed a budget.\n"
# A small dated article whose events the CLI tests look for.
GOOD = "Ministers meet in Brussels\n\nMarch 3, 2023\n\nEU ministers met in Brussels on Monday. They agreed a budget on Tuesday.\n"
GOOD_EVENT = "EU ministers met in Brussels on Monday."

runner = CliRunner()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path
