"""The Dask path: per-article analysis on a cluster (`timeline build --scheduler ADDRESS|local`).

Optional: `pip install 'timeline[dask]'` brings `dask.distributed`. The
texts are read here and sent to the workers, which need the `timeline`
package (the same version) but not the files; the results come back
encoded and are stored here, and the cross-article stages run here too.
`local` starts a cluster of one single-threaded worker process per core on
this machine, for the time of the build.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from timeline.errors import SourceError, TimelineError
from timeline.index.analyse import Job, Result, analyse_text

AHEAD = 8  # jobs in flight per worker thread


class ClusterError(TimelineError):
    """Dask is missing, or the scheduler cannot be reached."""


def run_on_dask(jobs: Iterable[Job], scheduler: str) -> Iterator[Result]:
    """Each job's result, analysed on the cluster at `scheduler` (in any order)."""
    with _client(scheduler) as client:
        from distributed import as_completed

        threads = max(1, sum(client.nthreads().values()))
        running = as_completed()
        for job in jobs:
            sent = _with_text(job)
            if isinstance(sent, Result):
                yield sent
                continue
            running.add(client.submit(analyse_text, sent, pure=False))
            while running.count() >= AHEAD * threads:
                yield next(running).result()
        for future in running:
            yield future.result()


def _with_text(job: Job) -> Job | Result:
    """The job with its text, read here (workers need not see the files); or the problem reading it."""
    from timeline.ingest.files import read_text
    from timeline.ingest.problems import problem
    from timeline.pipeline import failure

    try:
        text, problems = read_text(job.file)
    except SourceError as err:
        return Result(job.digest, None, problem(err.path, "unreadable", err.problem))
    except Exception as err:  # noqa: BLE001 -- one bad file never stops the rest
        return Result(job.digest, None, failure(job.path, "reading", err))
    return replace(job, text=text, problems=tuple(problems))


@contextmanager
def _client(scheduler: str):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'timeline[dask]'") from None
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({err})") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
