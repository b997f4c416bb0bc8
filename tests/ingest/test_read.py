"""Stage 1: finding source files and reading them into complete Articles."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import find_sources, no_date_problem, read_article

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "sources"
SAMPLES = sorted(SOURCES.glob("*.txt"))


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_find_sources_lists_the_samples_sorted_with_paths_as_given():
    paths, warnings = find_sources(["sources"])
    assert warnings == []
    assert [str(p) for p in paths] == [f"sources/{p.name}" for p in SAMPLES]


def test_find_sources_searches_folders_recursively_for_supported_suffixes(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.txt", "a/b/two.md", "three.markdown", "four.TXT"):
        (tmp_path / name).write_text("Headline\n\nA sentence.\n")
    (tmp_path / "notes.pdf").write_text("not a source")
    (tmp_path / ".hidden.txt").write_text("skipped")
    paths, warnings = find_sources([tmp_path])
    assert warnings == []
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == ["a/b/two.md", "a/one.txt", "four.TXT", "three.markdown"]


def test_a_file_named_explicitly_is_read_whatever_its_suffix(tmp_path):
    f = tmp_path / "article.html"
    f.write_text("Headline\n\nA sentence.\n")
    assert find_sources([f]) == ([f], [])


def test_the_same_path_given_twice_is_listed_once():
    paths, _ = find_sources(["sources", "sources/000_e51f28f804a7c517.txt"])
    assert len(paths) == len(SAMPLES)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_sample_reads_into_a_complete_article(path):
    rel = Path("sources") / path.name
    a = read_article(rel)
    assert a.path == f"sources/{path.name}"
    assert a.text == path.read_bytes().decode("utf-8")
    assert a.title and a.headline and a.content
    start, end = a.headline
    assert a.text[start:end] == a.title
    for start, end in a.content:
        assert 0 <= start < end <= len(a.text)
        assert a.text[start:end] == a.text[start:end].strip()
    assert list(a.content) == sorted(a.content)
    assert all(a.path in w for w in map(str, a.warnings))


def test_text_keeps_crlf_so_offsets_point_into_the_file(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"Headline here\r\n\r\nJanuary 14, 2025\r\n\r\nThe Kremlin spoke.\r\nIt said more.\r\n")
    a = read_article(f)
    assert "\r\n" in a.text
    assert [a.text[s:e] for s, e in a.content] == ["Headline here", "The Kremlin spoke.", "It said more."]


def test_read_article_names_the_file_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkdir("in")
    Path("in/x.md").write_text("# Title\n\nBody text here.\n")
    assert read_article(Path("in/x.md")).path == "in/x.md"


def test_no_date_problem_says_what_happens_to_relative_dates_with_and_without_a_window():
    a = read_article(Path("sources/003_a9015e1fb20e6a51.txt"))
    assert a.published is None
    assert no_date_problem(a.path) in a.warnings
    assert no_date_problem(a.path).kind == "no-date"
    assert "stay unresolved" in str(no_date_problem(a.path))
    window = str(no_date_problem(a.path, (date(2016, 11, 10), date(2016, 11, 16))))
    assert window.startswith(f"{a.path}: no publication date found; inferred to lie between 2016-11-10 and 2016-11-16")
    assert "unresolved" not in window
    assert "inferred to be 2016-11-10 " in str(no_date_problem(a.path, (date(2016, 11, 10), date(2016, 11, 10))))


@pytest.mark.parametrize("module", ["timeline.ingest.files", "timeline.ingest.article", "timeline.ingest.front_matter", "timeline.ingest.date_strings", "timeline.chrome.lines", "timeline.sentences"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
