"""Bringing the index up to date: which files are stale, analysing them, storing the results.

A file is fresh when its row in `files` has the same name, size and times
and was recorded more than `RACY_NS` after the file last changed (a change
within the same clock tick would not show in the times); a file that is not
fresh is read and hashed, and only a text the index has no result for is
analysed: serially, in worker processes (`--jobs`), or on a Dask cluster
(`timeline.index.cluster`). Results are written in batches, each one
transaction, so Ctrl-C keeps what was stored and the next build goes on
from there.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections import deque
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from timeline.index.analyse import Job, Result, analyse_text, digest_of
from timeline.index.store import FileRow, Store, rules_version
from timeline.model import Problem

RACY_NS = 2_000_000_000
BATCH_SECONDS = 0.5
BATCH_RESULTS = 500
AHEAD = 4  # tasks sent to each worker before its first result is awaited
# Jobs per task sent to a worker process: one job a task cost the pool's threads in
# this process ~0.9 ms of CPU each (pickling, waking up), 9% of a 10,000-article
# build competing with the workers; 16 a task, 0.1 ms. Fewer when there are few
# jobs, so that every worker still gets some.
CHUNK = 16


@dataclass(frozen=True)
class Listed:
    """A source file as the index holds it: its result's digest, or the problem that keeps it out."""

    path: str
    digest: str | None
    problem: Problem | None = None


@dataclass(frozen=True)
class Update:
    """What `update` found and did."""

    listed: tuple[Listed, ...]  # every source file, in order
    found: tuple[Problem, ...]  # the warnings finding them
    analysed: int  # files analysed now
    reused: int  # files whose stored result was still good


Progress = Callable[[int, int], None]  # (done, total)


def update(store: Store, paths: Sequence[str | Path], jobs: int | None = None,
           scheduler: str | None = None, on_progress: Progress | None = None) -> Update:
    """Bring `store` up to date with the files under `paths`; forget files no longer there."""
    from timeline.ingest import find_named_sources, shown

    files, found = find_named_sources(paths)
    known, have = store.files(), store.digests()
    listed: dict[str, Listed] = {}
    stale: list[tuple[Path, str, str, os.stat_result | None]] = []
    for path, name in files:
        where = shown(path)
        row, st = known.get(where), _stat(path)
        if row is not None and st is not None and _fresh(row, name, st) and row.digest in have:
            listed[where] = Listed(where, row.digest)
        else:
            stale.append((path, where, name, st))
    order = [shown(path) for path, _ in files]
    writer = _Writer(store, len(stale), on_progress)
    jobs_to_do = _jobs(stale, have, listed, writer)
    try:
        for result in run(jobs_to_do, jobs, scheduler, len(stale)):
            writer.add(result)
    finally:
        writer.flush()
    for where, problem in writer.unreadable.items():
        listed[where] = Listed(where, None, problem)
    store.keep_only(set(order))
    done = tuple(listed[w] for w in order)
    return Update(done, tuple(found), writer.analysed, sum(1 for item in done if item.digest) - writer.analysed)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _fresh(row: FileRow, name: str, st: os.stat_result) -> bool:
    return (
        row.name == name and row.size == st.st_size and row.mtime_ns == st.st_mtime_ns
        and row.ctime_ns == st.st_ctime_ns and st.st_mtime_ns < row.recorded_ns - RACY_NS
    )


def _jobs(stale, have: set[str], listed: dict[str, Listed], writer: "_Writer") -> Iterator[Job]:
    """Hash each stale file; a file whose result is stored only updates its row, the others are jobs
    (a file that cannot be read too: the worker reads it again, and says why)."""
    from timeline.ingest.files import read_bytes

    rules = rules_version()
    for path, where, name, st in stale:
        try:
            data, _ = read_bytes(path)
            digest = digest_of(rules, where, name, data)
        except Exception:  # noqa: BLE001 -- the worker reading it again gives the warning
            digest = "unread:" + where
        row = FileRow(where, name, st.st_size if st else 0, st.st_mtime_ns if st else 0,
                      st.st_ctime_ns if st else 0, time.time_ns(), digest)
        listed[where] = Listed(where, digest)
        writer.rows[digest] = row
        if digest in have:
            writer.touch(row)
        else:
            yield Job(str(path), where, name, digest)


class _Writer:
    """Collects results and writes them in batches, one transaction each."""

    def __init__(self, store: Store, total: int, on_progress: Progress | None):
        self.store, self.total, self.on_progress = store, total, on_progress
        self.rows: dict[str, FileRow] = {}  # digest -> the row of the file it came from
        self.files: list[FileRow] = []
        self.results: list[tuple] = []
        self.unreadable: dict[str, Problem] = {}
        self.done = self.analysed = 0
        self.last = time.monotonic()

    def touch(self, row: FileRow) -> None:
        self.files.append(row)
        self._step()

    def add(self, result: Result) -> None:
        self.analysed += 1
        if result.row is not None:
            self.results.append(result.row)
            self.files.append(self.rows[result.digest])
        else:
            self.unreadable[self.rows[result.digest].path] = result.problem
        self._step()

    def _step(self) -> None:
        self.done += 1
        if self.on_progress:
            self.on_progress(self.done, self.total)
        if len(self.results) >= BATCH_RESULTS or time.monotonic() - self.last > BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.files or self.results:
            self.store.put(self.files, self.results)
            self.files, self.results = [], []
        self.last = time.monotonic()


def run(jobs: Iterable[Job], workers: int | None, scheduler: str | None, total: int = 0) -> Iterator[Result]:
    """Each job's result: on a Dask cluster, in worker processes, or here (in any order).

    The jobs are read here, in this thread, as the workers take them; `total`
    is about how many there are (it sizes the tasks sent to the workers)."""
    if scheduler:
        from timeline.index.cluster import run_on_dask

        yield from run_on_dask(jobs, scheduler)
        return
    workers = workers or os.cpu_count() or 1
    jobs = iter(jobs)
    head = list(islice(jobs, 2))
    if workers == 1 or len(head) < 2:
        yield from map(analyse_text, chain(head, jobs))
        return
    chunk = max(1, min(CHUNK, total // (AHEAD * workers)))
    yield from _in_pool(chain(head, jobs), workers, chunk)


def _in_pool(jobs: Iterable[Job], workers: int, chunk: int = 1) -> Iterator[Result]:
    """Results from `workers` forked processes, `chunk` jobs a task and a few tasks ahead each;
    Ctrl-C stops them at once."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    # Ctrl-C waits while the workers are forked: landing inside a fork hook it
    # would be swallowed there with a stray "Exception ignored" on stderr.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pool = context.Pool(workers, _ignore_interrupts)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    try:
        pending: deque = deque()
        jobs = iter(jobs)
        while task := list(islice(jobs, chunk)):
            pending.append(pool.apply_async(_analyse_all, (task,)))
            while len(pending) >= AHEAD * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _analyse_all(jobs: list[Job]) -> list[Result]:
    """One task of a worker process: its jobs' results."""
    return [analyse_text(job) for job in jobs]


def _ignore_interrupts() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the pool (no traceback from each worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
