"""Where the index lives, and the commands' ways to a fresh one.

The index of a folder is `.timeline/index.db` inside it; `--index FILE`
puts it elsewhere. Several paths, or files rather than a folder, have no
index unless `--index` names one (they are analysed as before). A folder
where no index can be written (read-only) is analysed as before, without
one. Under `--explain` the index is not used: the reasons are recorded
only while the rules run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path

from timeline.index.build import Update, update
from timeline.index.records import RecordError
from timeline.index.stages import Stored, dates_from, timeline_from
from timeline.index.store import IndexCorrupt, Store, open_store, remove
from timeline.trace import explaining

INDEX = Path(".timeline") / "index.db"

Warn = Callable[[str], None]


def index_location(paths: Sequence[str | Path], explicit: Path | None) -> Path | None:
    """`--index FILE`, else `.timeline/index.db` in the one folder given, else None."""
    if explicit is not None:
        return Path(explicit)
    if len(paths) == 1 and Path(paths[0]).is_dir():
        return Path(paths[0]) / INDEX
    return None


def fresh_store(location: Path, warn: Warn) -> Store:
    """The index at `location`, opened or made (a corrupt or foreign file replaced, with a warning)."""
    store, warning = open_store(location)
    if warning:
        warn(warning)
    return store


@contextmanager
def maybe_store(paths: Sequence[str | Path], explicit: Path | None, warn: Warn) -> Iterator[Store | None]:
    """The index to use for `paths`, or None to analyse without one (see the module's docstring)."""
    location = index_location(paths, explicit)
    store = None
    if location is not None and not explaining():
        try:
            store = fresh_store(location, warn)
        except (OSError, sqlite3.Error):
            if explicit is not None:
                raise
    try:
        yield store
    finally:
        if store is not None:
            store.close()


def updated(store: Store, paths, warn: Warn, console=None, jobs=None, scheduler=None) -> tuple[Store, Update]:
    """The store brought up to date with `paths` (rebuilt once, with a warning, if found corrupt)."""
    from timeline.index.progress import progress_bar

    for attempt in (1, 2):
        try:
            with progress_bar(console) as on_progress:
                return store, update(store, paths, jobs, scheduler, on_progress)
        except (IndexCorrupt, RecordError) as err:
            if attempt == 2:
                raise
            store = _rebuilt(store, warn, err)
    raise AssertionError("unreachable")


def _rebuilt(store: Store, warn: Warn, err: Exception) -> Store:
    path = store.path
    store.close()
    remove(path)
    warn(f"{path}: not a readable timeline index ({err}); rebuilt from the sources")
    return fresh_store(path, warn)


def _loaded(store: Store, paths, warn: Warn, console, load: Callable[[Stored], object]):
    """`load` over the updated store; a store found corrupt while loading is rebuilt once
    (the store rebuilt is closed here, the one given by its opener)."""
    given = store
    try:
        for attempt in (1, 2):
            store, up = updated(store, paths, warn, console)
            try:
                return load(Stored(store, up))
            except (IndexCorrupt, RecordError) as err:
                if attempt == 2:
                    raise
                store = _rebuilt(store, warn, err)
        raise AssertionError("unreachable")
    finally:
        if store is not given:
            store.close()


def indexed_timeline(paths, actors_file, index_file, warn: Warn, console=None, steps=nullcontext):
    """`pipeline.build_timeline`, through the index when there is one; `steps()` gives the
    `on_step` of the stages after the update (a context manager, as `cli.common.progress`)."""
    from timeline.pipeline import build_timeline

    with maybe_store(paths, index_file, warn) as store:
        if store is None:
            with steps() as on_step:
                return build_timeline(paths, actors_file=actors_file, on_step=on_step)

        def load(stored: Stored):
            with steps() as on_step:
                return timeline_from(stored, paths, actors_file, on_step)

        return _loaded(store, paths, warn, console, load)


def indexed_sources(paths, index_file, warn: Warn, console=None):
    """`pipeline.with_inferred_windows(read_corpus(paths))`, through the index when there is one."""
    from timeline.index.stages import with_windows
    from timeline.pipeline import read_corpus, with_inferred_windows

    with maybe_store(paths, index_file, warn) as store:
        if store is None:
            return with_inferred_windows(read_corpus(paths))
        return _loaded(store, paths, warn, console, lambda s: with_windows(s, s.corpus(paths))[0])


def indexed_dates(paths, index_file, warn: Warn, console=None):
    """`pipeline.dates_of_corpus(read_corpus(paths))`, through the index when there is one."""
    from timeline.pipeline import dates_of_corpus, read_corpus

    with maybe_store(paths, index_file, warn) as store:
        if store is None:
            return dates_of_corpus(read_corpus(paths))
        return _loaded(store, paths, warn, console, lambda s: dates_from(s, paths))


def build_index(paths, location: Path, warn: Warn, console=None, jobs=None, scheduler=None) -> Update:
    """`timeline build`: the index at `location` brought up to date with `paths`."""
    from timeline.errors import NoSources

    store = fresh_store(location, warn)
    try:
        store, done = updated(store, paths, warn, console, jobs, scheduler)
    finally:
        store.close()
    if not done.listed:
        raise NoSources(f"no articles (*.txt, *.md, *.markdown) under {', '.join(map(str, paths))}")
    return done
