"""`timeline build`: analyse the articles of a folder once, into its index."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from timeline.cli.app import app
from timeline.cli.common import IndexFile, Paths, Quiet, consoles, index_warning, paths_or_default, user_errors, warn
from timeline.errors import UsageError

Jobs = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", min=1, help="Worker processes analysing articles [default: the machine's cores]."),
]
Scheduler = Annotated[
    Optional[str],
    typer.Option(
        "--scheduler",
        help="Analyse on a Dask cluster: tcp://HOST:8786, or `local` to start one here (pip install 'timeline[dask]').",
    ),
]


@app.command(
    epilog="Examples:\n\n  timeline build                      # index sources/ (in sources/.timeline/)\n\n"
    "  timeline build archive/ --jobs 4\n\n  timeline build a.txt b.txt --index my.db\n\n"
    "  timeline build archive/ --scheduler tcp://10.0.0.5:8786",
)
def build(paths: Paths = None, jobs: Jobs = None, index: IndexFile = None, scheduler: Scheduler = None,
          quiet: Quiet = False) -> None:
    """Analyse each new or changed article once and store it in the index; show and export then read it."""
    with user_errors():
        from timeline.index.use import build_index

        _, err = consoles()
        sources = paths_or_default(paths)
        location = _location(sources, index)
        done = build_index(sources, location, index_warning(err, quiet), err, jobs, scheduler)
        warn(err, [item.problem for item in done.listed if item.problem], quiet=quiet)
        stored = sum(1 for item in done.listed if item.digest)
        err.print(
            f"indexed {stored} article(s) in {location}: {done.analysed} analysed, {done.reused} unchanged",
            highlight=False, markup=False, soft_wrap=True,
        )  # fmt: skip


def _location(sources: list[Path], index: Path | None) -> Path:
    from timeline.index import index_location

    location = index_location(sources, index)
    if location is None:
        if len(sources) == 1 and not sources[0].exists():
            raise UsageError(f"{sources[0]}: no such folder")
        raise UsageError("files given by themselves, or several paths, have no index of their own; name one with --index FILE")
    return location
