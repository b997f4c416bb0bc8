"""The index brought up to date: incremental equals full, only what changed is analysed."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from timeline import pipeline
from timeline.export import dump, timeline_record
from timeline.index import build as build_module
from timeline.index import indexed_timeline
from timeline.index.build import update
from timeline.index.store import IndexCorrupt, open_store
from timeline.query import apply_query, make_query

ROOT = Path(__file__).resolve().parents[2]
QUERY = make_query(everything=True)


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "sources", folder, ignore=shutil.ignore_patterns(".*"))
    for f in (ROOT / "tests/data/heldout/aviation").glob("*.txt"):  # one of them undated: a window is inferred
        shutil.copy(f, folder / f.name)
    return folder


def exported(timeline) -> str:
    return dump(timeline_record(apply_query(timeline, QUERY), QUERY), "yaml")


def from_index(folder: Path, warnings: list | None = None) -> str:
    return exported(indexed_timeline([folder], None, None, (warnings if warnings is not None else []).append))


def full(folder: Path) -> str:
    return exported(pipeline.build_timeline([folder]))


@pytest.fixture
def analysed(monkeypatch):
    """The names of the files analysed (jobs run here, one at a time, so they can be counted)."""
    names: list[str] = []
    real = build_module.analyse_text

    def counting(job):
        names.append(job.name)
        return real(job)

    monkeypatch.setattr(build_module, "analyse_text", counting)
    monkeypatch.setattr(build_module.os, "cpu_count", lambda: 1)
    return names


def test_the_index_gives_the_full_pipeline_s_timeline(tmp_path):
    folder = corpus(tmp_path)
    assert from_index(folder) == full(folder)
    assert (folder / ".timeline" / "index.db").is_file()
    assert from_index(folder) == full(folder)  # read back from the index this time


def test_a_changed_file_alone_is_analysed_again_and_incremental_equals_full(tmp_path, analysed):
    folder = corpus(tmp_path)
    from_index(folder)
    assert len(analysed) == len(list(folder.glob("*.txt")))
    analysed.clear()
    changed = folder / "01_airbus_deliveries.txt"
    changed.write_text(changed.read_text() + "\nAirbus said on Monday it would hire 3,000 engineers in Toulouse.\n")
    (folder / "new.txt").write_text("---\ndate: 2024-03-01\n---\nBoeing said on Friday it would cut 100 jobs.\n")
    assert from_index(folder) == full(folder)
    assert sorted(analysed) == ["01_airbus_deliveries.txt", "new.txt"]


def test_a_deleted_file_s_events_disappear(tmp_path):
    folder = corpus(tmp_path)
    before = from_index(folder)
    gone = folder / "000_e51f28f804a7c517.txt"
    assert str(gone) in before
    gone.unlink()
    after = from_index(folder)
    assert str(gone) not in after and after == full(folder)
    store, _ = open_store(folder / ".timeline" / "index.db")
    assert str(gone) not in store.files()
    store.close()


def test_a_file_renamed_inside_the_folder_is_the_same_as_a_full_run(tmp_path):
    folder = corpus(tmp_path)
    from_index(folder)
    (folder / "001_4ab5c311e2438ca4.txt").rename(folder / "zz.txt")
    assert from_index(folder) == full(folder)


def test_files_given_by_themselves_have_no_index(tmp_path):
    folder = corpus(tmp_path)
    files = sorted(folder.glob("*.txt"))[:2]
    exported(indexed_timeline(files, None, None, print))
    assert not (folder / ".timeline").exists()


def test_a_folder_where_no_index_can_be_made_is_analysed_without_one(tmp_path):
    folder = corpus(tmp_path)
    (folder / ".timeline").write_text("a file where the index folder would go")
    warnings: list[str] = []
    assert from_index(folder, warnings) == full(folder) and warnings == []


def test_an_interrupted_build_keeps_what_it_stored_and_the_next_one_goes_on(tmp_path, monkeypatch, analysed):
    folder = corpus(tmp_path)
    monkeypatch.setattr(build_module, "BATCH_RESULTS", 1)
    real = build_module.analyse_text

    def interrupted(job):
        if len(analysed) == 3:
            raise KeyboardInterrupt
        return real(job)

    monkeypatch.setattr(build_module, "analyse_text", interrupted)
    store, _ = open_store(folder / ".timeline" / "index.db")
    with pytest.raises(KeyboardInterrupt):
        update(store, [folder], jobs=1)
    assert len(store.files()) == 3
    monkeypatch.setattr(build_module, "analyse_text", real)
    done = update(store, [folder], jobs=1)
    store.close()
    assert done.analysed == len(list(folder.glob("*.txt"))) - 3


def test_a_write_is_all_or_nothing(tmp_path):
    store, _ = open_store(tmp_path / "index.db")
    good = ("d1", "t1", b"a", None, None, None, b"f")
    bad = ("d2", "t2", None, None, None, None, b"f")  # an article is required
    with pytest.raises(IndexCorrupt):
        store.put([], [good, bad])
    assert store.digests() == set()
    store.close()


def test_the_timeline_is_kept_and_made_again_when_the_alias_file_changes(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    first = from_index(folder)
    made = []
    real = pipeline.assemble
    monkeypatch.setattr(pipeline, "assemble", lambda *a, **k: made.append(1) or real(*a, **k))
    assert from_index(folder) == first and made == []  # read back whole
    (folder / "actors.yaml").write_text("Vladimir Putin:\n  - The Kremlin leader\n")
    assert from_index(folder) == full(folder) and made == [1, 1]  # (full() makes it too)


def test_an_index_of_another_schema_is_made_again_without_a_warning(tmp_path):
    folder = corpus(tmp_path)
    index = folder / ".timeline" / "index.db"
    index.parent.mkdir()
    with sqlite3.connect(index) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("app", "timeline-index"), ("schema", "0")])
    warnings: list[str] = []
    assert from_index(folder, warnings) == full(folder) and warnings == []


KILLED_AT_THE_FOURTH = """
import os, signal, sys
from timeline.index import build
from timeline.index.store import open_store
build.BATCH_RESULTS = 1
real, done = build.analyse_text, []
def killed(job):
    if len(done) == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # no clean-up of any kind
    done.append(job)
    return real(job)
build.analyse_text = killed
store, _ = open_store(__import__("pathlib").Path(sys.argv[1]) / ".timeline" / "index.db")
build.update(store, [sys.argv[1]], jobs=1)
"""


def test_a_build_killed_midway_leaves_a_readable_index_that_the_next_build_completes(tmp_path):
    import signal
    import subprocess
    import sys

    folder = corpus(tmp_path)
    killed = subprocess.run([sys.executable, "-c", KILLED_AT_THE_FOURTH, str(folder)], capture_output=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    store, warning = open_store(folder / ".timeline" / "index.db")
    assert warning is None and len(store.files()) == 3, (warning, store.files(), killed.stderr)
    done = update(store, [folder], jobs=1)
    store.close()
    assert done.analysed == len(list(folder.glob("*.txt"))) - 3, (done, killed.stderr)
    assert from_index(folder) == full(folder)


def test_a_passing_bytecode_file_leaves_the_rules_version_as_it_is():
    # Another process compiling a module writes "x.cpython-311.pyc.<n>" in __pycache__, then renames it;
    # one killed meanwhile (the Ctrl-C tests) leaves it there.
    from pathlib import Path

    from timeline.index.store import rules_version

    rules_version.cache_clear()
    before = rules_version()
    cache = Path(__import__("timeline").__file__).parent / "__pycache__"
    cache.mkdir(exist_ok=True)
    passing = cache / "x.cpython-311.pyc.140234"
    passing.write_bytes(b"half-written")
    try:
        rules_version.cache_clear()
        assert rules_version() == before
    finally:
        passing.unlink()
        rules_version.cache_clear()
