"""The index file: an SQLite database of per-article results.

Tables:
    meta     app name, schema version and rules version (`rules_version`)
    files    one row per source file: its path, name, size, times and the digest of its result
    results  one row per digest (the hash of the rules, the file's path, name and text):
             the article, its analysis, its events and names, the failures analysing it,
             each as compressed JSON (`records`)
    timelines the last timeline made from them, keyed by everything it was made from

Every write is one SQLite transaction: a build killed at any point leaves the
results it had committed, never half of one. A file that is not SQLite, not
a timeline index, or not readable as one is rebuilt from scratch, with a
warning; a change of rules (a new version of the tool) empties the index
without one, as every result is then stale.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

APP = "timeline-index"
SCHEMA = "2"

# The columns of `results` holding records, in the order `put` takes them.
COLUMNS = ("article", "analysis", "events", "names", "failed")

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, name TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL, recorded_ns INTEGER NOT NULL, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS timelines (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    digest TEXT PRIMARY KEY, text_digest TEXT NOT NULL, article BLOB NOT NULL, analysis BLOB,
    events BLOB, names BLOB, failed BLOB NOT NULL);
"""


class IndexCorrupt(Exception):
    """The index file is not a timeline index we can read."""


class OtherVersion(Exception):
    """The index file is a timeline index of another schema: made again, with no warning."""


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A hash of every source and data file of the `timeline` package and of the schema:
    any change to a rule makes every stored result stale. Bytecode caches are
    no rule: another process compiling a module leaves a passing temporary
    file there (`x.cpython-311.pyc.140234`), which must not make the index stale."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1(f"{APP}|{SCHEMA}".encode())
    for path in sorted(p for p in root.rglob("*")
                       if "__pycache__" not in p.relative_to(root).parts and p.is_file() and p.suffix not in (".pyc", ".pyo")):
        digest.update(str(path.relative_to(root)).encode("utf-8", "surrogatepass") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class FileRow:
    """What the index knows of one source file."""

    path: str
    name: str
    size: int
    mtime_ns: int
    ctime_ns: int
    recorded_ns: int
    digest: str


class Store:
    """An open index file. `open_store` makes one."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self.db, self.path = db, path

    def files(self) -> dict[str, FileRow]:
        rows = (FileRow(_text(row[0]), _text(row[1]), *row[2:]) for row in self._query("SELECT * FROM files"))
        return {row.path: row for row in rows}

    def digests(self) -> set[str]:
        return {d for (d,) in self._query("SELECT digest FROM results")}

    def put(self, files: Iterable[FileRow], results: Iterable[tuple]) -> None:
        """Record these files and results (digest, text digest, then one blob per `COLUMNS`), all or none."""
        with self._writing():
            self.db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)", results)
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [(_bytes(f.path), _bytes(f.name), *list(vars(f).values())[2:]) for f in files])

    def keep_only(self, paths: set[str]) -> None:
        """Forget every file not in `paths`, and every result no file has."""
        with self._writing():
            gone = [(_bytes(p),) for p in self.files() if p not in paths]
            self.db.executemany("DELETE FROM files WHERE path = ?", gone)
            self.db.execute("DELETE FROM results WHERE digest NOT IN (SELECT digest FROM files)")

    def rows(self, digests: list[str], columns: tuple[str, ...]) -> Iterator[tuple]:
        """(digest, text digest, *columns) of each of `digests`, in any order."""
        wanted = ", ".join(c for c in columns if c in COLUMNS)
        for i in range(0, len(digests), 500):
            chunk = digests[i: i + 500]
            marks = ",".join("?" * len(chunk))
            yield from self._query(f"SELECT digest, text_digest, {wanted} FROM results WHERE digest IN ({marks})", chunk)

    def timeline(self, key: str) -> bytes | None:
        """The stored timeline made from what `key` hashes, if it is the last one made."""
        found = self._query("SELECT data FROM timelines WHERE key = ?", (key,))
        return found[0][0] if found else None

    def put_timeline(self, key: str, data: bytes) -> None:
        """Keep this timeline as the last one made (the one before is dropped)."""
        with self._writing():
            self.db.execute("DELETE FROM timelines")
            self.db.execute("INSERT INTO timelines VALUES (?, ?)", (key, data))

    def close(self) -> None:
        self.db.close()

    def _query(self, sql: str, args=()) -> list:
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as err:
            raise IndexCorrupt(str(err)) from None

    def _writing(self):
        return _Transaction(self.db)


def _bytes(name: str) -> bytes:
    """A file name as stored: UTF-8, an undecodable byte of it (a surrogate) kept as it was."""
    return name.encode("utf-8", "surrogatepass")


def _text(stored) -> str:
    if not isinstance(stored, bytes):
        raise IndexCorrupt("a file name is not stored as bytes")
    return stored.decode("utf-8", "surrogatepass")


class _Transaction:
    """`with`: one write transaction, committed at the end, rolled back on any error (Ctrl-C too)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, err, tb):
        if kind is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
            if isinstance(err, sqlite3.DatabaseError) and not isinstance(err, sqlite3.OperationalError):
                raise IndexCorrupt(str(err)) from None
        return False


def open_store(path: Path) -> tuple[Store, str | None]:
    """The index at `path`, made if missing; and a warning when a corrupt or foreign file was replaced.

    Raises OSError or sqlite3.OperationalError when the file cannot be made
    or written (a read-only folder)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _opened(path), None
    except OtherVersion:
        remove(path)
        return _opened(path), None
    except IndexCorrupt as err:
        remove(path)
        return _opened(path), f"{path}: not a readable timeline index ({err}); rebuilt from the sources"


def remove(path: Path) -> None:
    """Delete an index file and its journal."""
    for p in (path, Path(str(path) + "-journal"), Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        try:
            os.unlink(p)
        except FileNotFoundError:
            pass


def _opened(path: Path) -> Store:
    db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
    try:
        meta = _checked_meta(db)
        if meta.get("rules") != rules_version():
            db.execute("BEGIN IMMEDIATE")
            db.execute("DELETE FROM files")
            db.execute("DELETE FROM results")
            db.execute("DELETE FROM timelines")
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                           [("app", APP), ("schema", SCHEMA), ("rules", rules_version())])
            db.execute("COMMIT")
    except BaseException:
        db.close()
        raise
    return Store(db, path)


def _checked_meta(db: sqlite3.Connection) -> dict[str, str]:
    """The meta table of a timeline index (made in an empty file); IndexCorrupt for anything else."""
    try:
        db.execute("PRAGMA synchronous = NORMAL")
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            db.executescript(_TABLES)
            return {}
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
        if meta.get("app") != APP:
            raise IndexCorrupt("not a timeline index")
        if meta.get("schema") != SCHEMA:
            raise OtherVersion(meta.get("schema"))
        if not {"meta", "files", "results", "timelines"} <= tables:
            raise IndexCorrupt("tables are missing")
        return meta
    except sqlite3.OperationalError as err:
        if "locked" in str(err) or "readonly" in str(err) or "unable to open" in str(err):
            raise
        raise IndexCorrupt(str(err)) from None
    except sqlite3.DatabaseError as err:
        raise IndexCorrupt(str(err)) from None
