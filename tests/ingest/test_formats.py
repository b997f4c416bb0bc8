"""Metadata and chrome on pages shaped like real outlets' (tests/data/formats).

Each article there imitates how one kind of outlet's page looks once scraped
or copied to text; `expected.yaml` says, for each, what a careful reader takes
as its title, author, publisher and publication date, and which lines are
chrome and which prose. The expectations were written before the tool was run.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from timeline.ingest import read_article

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
EXPECTED = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))
TODAY = date(2026, 1, 1)
FIELDS = ("title", "author", "publisher", "published", "published_from")

_cache: dict[str, object] = {}


def _article(name: str):
    if name not in _cache:
        _cache[name] = read_article(DATA / name, today=TODAY)
    return _cache[name]


def _content(a) -> list[str]:
    return [a.text[s:e] for s, e in a.content]


def test_every_article_has_expectations():
    files = sorted(p.name for p in DATA.iterdir() if p.suffix in (".txt", ".md"))
    assert files == sorted(EXPECTED)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_field(name, field):
    assert getattr(_article(name), field) == EXPECTED[name][field]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_chrome_is_not_content(name):
    content = _content(_article(name))
    leaked = [c for c in EXPECTED[name]["chrome"] if any(c in region for region in content)]
    assert leaked == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_prose_is_content(name):
    content = _content(_article(name))
    missing = [p for p in EXPECTED[name]["prose"] if not any(p in region for region in content)]
    assert missing == []
