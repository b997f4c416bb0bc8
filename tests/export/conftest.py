"""Timelines the export tests share: the bundled sources, built once, and a hostile one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Article, Citation, Entry, Timeline
from timeline.query import Query, apply_query

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundled() -> Timeline:
    """The chronology of the bundled sources/ in the default window, as `timeline export` writes it."""
    from timeline.pipeline import build_timeline

    return apply_query(build_timeline([ROOT / "sources"]), Query())


HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> =HYPERLINK("http://evil") [x](javascript:alert(3)) & "\u202egnp.exe'


def hostile_entry(id: str, value: str, first: date, last: date, precision: str, **kw) -> Entry:
    citation = Citation(file="evil.txt", line=2, quote=HOSTILE, start=0, expression=None)
    return Entry(id=id, value=value, first=first, last=last, precision=precision, summary=kw.get("summary", HOSTILE),
                 actors=kw.get("actors", (HOSTILE, "Vladimir Putin")), modality=kw.get("modality", "reported"),
                 citations=(citation,))


@pytest.fixture
def hostile() -> Timeline:
    """Article text, metadata and a URL written to break out of every format."""
    article = Article(path="evil.txt", text="", title=HOSTILE, publisher="</a><b>" + HOSTILE,
                      url="javascript:alert(4)", published=date(2024, 11, 6), published_from="dateline")
    entries = (
        hostile_entry("e1", "2024-11-06", date(2024, 11, 6), date(2024, 11, 6), "day"),
        hostile_entry("e2", "2024-SU", date(2024, 6, 1), date(2024, 8, 31), "season", modality="expected"),
    )
    return Timeline(entries=entries, sources=(article,))


def chronology(entries: tuple[Entry, ...], sources: tuple[Article, ...]) -> Timeline:
    return Timeline(entries=entries, sources=sources)
