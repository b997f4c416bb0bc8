"""Issue 5, paths: missing path, empty folder, no supported files, unreadable
file, symlink loop, the same article twice under two names.

Each problem is a warning naming the path (or a SourceError naming the file);
through the CLI the other files are still processed, and a corpus with
nothing readable exits 1 without a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml

import timeline.ingest.files as read_module
from bad_input_helpers import ARTICLE, GOOD, GOOD_EVENT, runner, write
from timeline.cli import app
from timeline.errors import SourceError
from timeline.ingest import find_sources, read_article


needs_unix_permissions = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="permissions do not apply to root"
)


def cli(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def assert_good_article_shown(result, name: str = "ok.txt") -> None:
    assert result.exit_code == 0, result.stderr
    assert GOOD_EVENT in result.stdout and name in result.stdout


# --- missing path ------------------------------------------------------------------------


def test_missing_path_is_a_warning_naming_it(tmp_path):
    missing = tmp_path / "nope"
    paths, warnings = find_sources([missing, write(tmp_path / "ok.txt", ARTICLE)])
    assert paths == [tmp_path / "ok.txt"]
    assert len(warnings) == 1 and str(missing) in str(warnings[0]) and "no such" in str(warnings[0])


def test_cli_missing_path_beside_a_good_folder_warns_and_shows_the_rest(tmp_path):
    write(tmp_path / "corpus" / "ok.txt", GOOD)
    result = cli("show", tmp_path / "nope", tmp_path / "corpus", "--all")
    assert_good_article_shown(result)
    assert f"warning: {tmp_path / 'nope'}: no such file or folder" in result.stderr


def test_cli_missing_path_alone_exits_1(tmp_path):
    result = cli("show", tmp_path / "nope")
    assert result.exit_code == 1 and result.stdout == ""
    assert "no readable articles" in result.stderr and f"{tmp_path / 'nope'}: no such file or folder" in result.stderr


# --- empty folder, no supported files -------------------------------------------------------


def test_empty_folder_is_a_warning(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    paths, warnings = find_sources([empty])
    assert paths == [] and len(warnings) == 1 and str(empty) in str(warnings[0])


def test_folder_without_supported_files_is_a_warning(tmp_path):
    write(tmp_path / "docs" / "a.pdf", b"%PDF-1.4")
    write(tmp_path / "docs" / "b.docx", b"PK\x03\x04")  # (.html is read since issue 9)
    paths, warnings = find_sources([tmp_path / "docs"])
    assert paths == []
    assert len(warnings) == 1 and str(tmp_path / "docs") in str(warnings[0]) and "*.txt" in str(warnings[0])


@pytest.mark.parametrize("command", [["show"], ["export", "--format", "yaml"], ["dates", "--json"]])
@pytest.mark.parametrize("files", [{}, {"a.pdf": b"%PDF-1.4", "b.docx": b"PK\x03\x04"}], ids=["empty", "unsupported"])
def test_cli_folder_with_nothing_readable_exits_1(tmp_path, command, files):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, content in files.items():
        write(folder / name, content)
    result = cli(command[0], folder, *command[1:])
    assert result.exit_code == 1 and result.stdout == ""
    assert "no readable articles" in result.stderr
    assert f"{folder}: no *.txt, *.md, *.markdown, *.html, *.htm files in this folder" in result.stderr


# --- unreadable file --------------------------------------------------------------------------


@needs_unix_permissions
def test_unreadable_file_is_a_source_error(tmp_path):
    f = write(tmp_path / "locked.txt", ARTICLE)
    f.chmod(0)
    try:
        with pytest.raises(SourceError) as err:
            read_article(f)
    finally:
        f.chmod(0o644)
    assert err.value.path == str(f) and "permission" in err.value.problem


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    # Works as root too: the OS refusal is simulated at open().
    f = write(tmp_path / "locked.txt", ARTICLE)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(read_module, "open", refuse, raising=False)
    with pytest.raises(SourceError) as err:
        read_article(f)
    assert str(f) in str(err.value) and "permission denied" in err.value.problem


def test_cli_unreadable_file_is_skipped_and_counted(tmp_path, monkeypatch):
    write(tmp_path / "ok.txt", GOOD)
    locked = write(tmp_path / "locked.txt", ARTICLE)
    real_open = open

    def refuse_locked(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(read_module, "open", refuse_locked, raising=False)
    result = cli("show", tmp_path, "--all")
    assert_good_article_shown(result)
    assert f"warning: {locked}: cannot read (permission denied)" in result.stderr
    assert "1 file(s) skipped" in result.stderr


@needs_unix_permissions
def test_unreadable_folder_is_a_warning(tmp_path):
    locked = tmp_path / "locked"
    write(locked / "a.txt", ARTICLE)
    write(tmp_path / "ok.txt", ARTICLE)
    locked.chmod(0)
    try:
        paths, warnings = find_sources([tmp_path])
    finally:
        locked.chmod(0o755)
    assert paths == [tmp_path / "ok.txt"]
    assert any(str(locked) in w and "cannot read" in w for w in map(str, warnings))


def test_a_folder_is_not_an_article(tmp_path):
    with pytest.raises(SourceError):
        read_article(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_txt_is_a_source_error_not_a_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError) as err:
        read_article(fifo)
    assert "not a regular file" in err.value.problem
    paths, _ = find_sources([tmp_path])
    assert paths == []  # a folder search takes regular files only


# --- symlink loop -------------------------------------------------------------------------------


def test_symlink_loop_between_folders_is_a_warning_and_files_come_once(tmp_path):
    write(tmp_path / "corpus" / "a.txt", ARTICLE)
    (tmp_path / "corpus" / "again").symlink_to(tmp_path / "corpus", target_is_directory=True)
    paths, warnings = find_sources([tmp_path / "corpus"])
    assert paths == [tmp_path / "corpus" / "a.txt"]
    assert any("symlink loop" in w and "again" in w for w in map(str, warnings))


def test_a_self_referencing_symlink_is_a_warning(tmp_path):
    write(tmp_path / "corpus" / "a.txt", ARTICLE)
    loop = tmp_path / "corpus" / "loop.txt"
    loop.symlink_to(loop)
    paths, warnings = find_sources([tmp_path / "corpus"])
    assert paths == [tmp_path / "corpus" / "a.txt"]
    assert any(str(loop) in w and "symlink" in w for w in map(str, warnings))
    paths, warnings = find_sources([loop])
    assert paths == [] and str(loop) in str(warnings[0])


def test_cli_symlink_loops_warn_and_the_article_is_read_once(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus / "ok.txt", GOOD)
    (corpus / "again").symlink_to(corpus, target_is_directory=True)
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    result = cli("show", corpus, "--all")
    assert_good_article_shown(result)
    # both are problems of one kind, shown as one line naming the files
    assert "2 files are broken symlinks or symlink loops: " in result.stderr
    assert str(corpus / "again") in result.stderr and "loop.txt" in result.stderr
    assert result.stdout.count(GOOD_EVENT) == 1 and "[2]" not in result.stdout


# --- the same article twice -------------------------------------------------------------------


def test_same_article_under_two_names_is_listed_twice_but_a_symlink_once(tmp_path):
    # Identical content under two names is deduplicated by the pipeline, not here;
    # the same real file reached through a symlink is one source.
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "copy.txt", ARTICLE)
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    paths, warnings = find_sources([tmp_path, tmp_path / "a.txt"])
    assert paths == [tmp_path / "a.txt", tmp_path / "copy.txt"]
    assert warnings == []


def test_cli_same_article_twice_is_read_once_and_its_events_not_counted_twice(tmp_path):
    single, double = tmp_path / "single", tmp_path / "double"
    write(single / "ok.txt", GOOD)
    write(double / "ok.txt", GOOD)
    write(double / "renamed copy.txt", GOOD)
    once = cli("export", single, "--format", "yaml", "--all")
    twice = cli("export", double, "--format", "yaml", "--all")
    assert once.exit_code == twice.exit_code == 0
    assert f"{double / 'renamed copy.txt'}: same text as {double / 'ok.txt'}; read once" in twice.stderr
    got, expected = yaml.safe_load(twice.stdout), yaml.safe_load(once.stdout)
    assert [s["file"] for s in got["sources"]] == [str(double / "ok.txt")]
    assert len(got["events"]) == len(expected["events"]) > 0
    assert all(len(e["citations"]) == 1 for e in got["events"])


def test_a_deeply_nested_folder_is_searched_without_recursion_error(tmp_path):
    # A recursive walk needs a stack frame per level: with the recursion limit
    # 150 frames above the current depth, 300 levels are too deep for it. (A
    # real 1,500-level tree would also break pytest's recursive tmp_path clean-up.)
    folder = tmp_path / "deep"
    deepest = folder.joinpath(*["d"] * 300)
    deepest.mkdir(parents=True)
    (deepest / "a.txt").write_text(ARTICLE)
    frames, frame = 0, sys._getframe()
    while frame is not None:
        frames, frame = frames + 1, frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(frames + 150)
    try:
        paths, warnings = find_sources([folder])
    finally:
        sys.setrecursionlimit(limit)
    assert paths == [deepest / "a.txt"] and warnings == []


@pytest.mark.parametrize("command", [["show", "--all"], ["export", "--format", "yaml", "--all"], ["export", "--format", "json", "--all"]])
def test_cli_file_names_that_are_not_utf8_are_shown_with_their_bytes_escaped(tmp_path, command):
    try:
        with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "w", encoding="utf-8") as f:
            f.write("Café talks\n\nMay 6, 2024\n\nEnvoys met in Geneva on Friday to discuss trade.\n")
        with open(os.fsencode(tmp_path) + b"/bin\xff.txt", "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    except OSError:
        pytest.skip("this file system takes only UTF-8 file names")
    write(tmp_path / "ok.txt", GOOD)
    result = cli(command[0], tmp_path, *command[1:])
    assert result.exit_code == 0, result.stderr
    assert GOOD_EVENT in result.stdout and "Envoys met in Geneva on Friday to discuss trade." in result.stdout
    assert "caf\\xe9.txt" in result.stdout.replace("\\\\", "\\")
    assert f"warning: {tmp_path}/bin\\xff.txt: binary file, not text" in result.stderr
