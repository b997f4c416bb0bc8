"""`timeline build` and the index the other commands read: the same bytes however it was built."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "sources", folder, ignore=shutil.ignore_patterns(".*"))
    for f in (ROOT / "tests/data/heldout/aviation").glob("*.txt"):
        shutil.copy(f, folder / f.name)
    return folder


def without_index(folder: Path) -> str:
    """The export of `folder` analysed without an index (none can be made where a file holds its place)."""
    (folder / ".timeline").write_text("")
    try:
        result = run("export", folder, "--all")
        assert result.exit_code == 0, result.stderr
        return result.stdout
    finally:
        (folder / ".timeline").unlink()


def exported(folder: Path, *options) -> str:
    result = run("export", folder, "--all", *options)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_build_has_help_with_examples():
    result = run("build", "--help")
    assert result.exit_code == 0 and "Example" in result.output and "--jobs" in result.output


def test_the_export_is_the_same_for_one_job_several_jobs_and_no_index(folder):
    expected = without_index(folder)
    for jobs in ("1", "2", "3"):
        shutil.rmtree(folder / ".timeline", ignore_errors=True)
        result = run("build", folder, "--jobs", jobs)
        assert result.exit_code == 0, result.stderr
        assert "9 analysed" in result.stderr
        assert exported(folder) == expected


def test_a_second_build_analyses_nothing_and_says_so(folder):
    assert run("build", folder).exit_code == 0
    result = run("build", folder)
    assert result.exit_code == 0 and "0 analysed, 9 unchanged" in result.stderr


def test_no_progress_bar_when_stderr_is_not_a_terminal(folder):
    result = run("build", folder, "--quiet")
    assert result.stderr.splitlines() == [f"indexed 9 article(s) in {folder / '.timeline' / 'index.db'}: 9 analysed, 0 unchanged"]


@pytest.mark.parametrize("damage", ["garbage", "foreign", "bad record"])
def test_a_corrupt_or_foreign_index_is_rebuilt_with_a_warning(folder, damage):
    expected = without_index(folder)
    index = folder / ".timeline" / "index.db"
    if damage == "garbage":
        index.parent.mkdir()
        index.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    elif damage == "foreign":
        index.parent.mkdir()
        with sqlite3.connect(index) as db:
            db.execute("CREATE TABLE accounts (name TEXT)")
    else:
        assert run("build", folder).exit_code == 0
        with sqlite3.connect(index) as db:
            db.execute("UPDATE results SET events = x'789c4b040000620062'")  # zlib of "a": no JSON
    result = run("export", folder, "--all")
    assert result.exit_code == 0, result.stderr
    assert "not a readable timeline index" in result.stderr and "rebuilt" in result.stderr
    assert result.stdout == expected
    again = run("export", folder, "--all")
    assert "not a readable timeline index" not in again.stderr and again.stdout == expected


def test_files_given_by_themselves_need_index_to_be_built(folder, tmp_path):
    files = sorted(folder.glob("*.txt"))
    assert run("build", *files).exit_code == 2
    index = tmp_path / "my.db"
    assert run("build", *files, "--index", index).exit_code == 0 and index.is_file()
    assert run("export", *files, "--all", "--index", index).stdout == run("export", *files, "--all").stdout


def test_the_other_commands_read_the_index_as_they_read_the_files(folder):
    files = sorted(folder.glob("*.txt"))  # given by themselves: no index
    assert run("build", folder).exit_code == 0
    for command in (["show", "--all"], ["actors"], ["sources"], ["dates", "--json"], ["show", "--year", "2016"]):
        indexed, plain = run(command[0], folder, *command[1:]), run(command[0], *files, *command[1:])
        assert indexed.exit_code == plain.exit_code == 0
        assert indexed.stdout == plain.stdout


ON_A_LOCAL_CLUSTER = """
import sys
from distributed import LocalCluster
from typer.testing import CliRunner
from timeline.cli import app
with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
    result = CliRunner().invoke(app, ["build", sys.argv[1], "--scheduler", cluster.scheduler_address])
sys.stderr.write(result.stderr)
sys.exit(result.exit_code)
"""


def test_the_dask_path_gives_the_same_export(folder):
    import subprocess
    import sys

    pytest.importorskip("distributed", reason="the Dask path needs pip install 'timeline[dask]'")
    expected = without_index(folder)
    # In a process of its own: the cluster's threads must not be alive when later tests fork workers.
    result = subprocess.run([sys.executable, "-c", ON_A_LOCAL_CLUSTER, str(folder)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "9 analysed" in result.stderr
    assert exported(folder) == expected


def test_an_unreachable_scheduler_is_an_error_not_a_traceback(folder):
    pytest.importorskip("distributed", reason="the Dask path needs pip install 'timeline[dask]'")
    result = run("build", folder, "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 1 and "cannot reach the Dask scheduler" in result.stderr
