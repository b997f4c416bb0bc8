"""The index: each article analysed once, its results kept in SQLite, the rest recomputed from them.

    store     the SQLite file: tables, transactions, a corrupt or foreign file rebuilt
    records   per-article results to and from JSON, by the types of `timeline.model`
    analyse   what one article yields (the work of a worker process)
    build     which files are stale, analysing them (here, in processes, on Dask), storing them
    cluster   the Dask path (`timeline[dask]`)
    progress  the progress bar of a long build
    stages    the cross-article stages over the stored results
    use       where the index lives, and the commands' ways to a fresh one
"""

from timeline.index.use import index_location, indexed_dates, indexed_sources, indexed_timeline

__all__ = ["index_location", "indexed_dates", "indexed_sources", "indexed_timeline"]
