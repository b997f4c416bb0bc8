"""`timeline actors`: the actors, their aliases and suggested joins."""

from __future__ import annotations

from timeline.cli.app import app
from timeline.cli.common import (
    AliasFile,
    ExplainOpt,
    IndexFile,
    Paths,
    Quiet,
    built_timeline,
    consoles,
    emit,
    paged,
    user_errors,
    warn,
)
from timeline.trace import explained


@app.command(
    epilog="Examples:\n\n  timeline actors\n\n  timeline actors --actors my-aliases.yaml\n\n"
    "  timeline actors --explain   # why each actor's spellings were joined",
)
def actors(paths: Paths = None, actors_file: AliasFile = None, explain: ExplainOpt = False, quiet: Quiet = False,
           index: IndexFile = None) -> None:
    """List actors with their aliases, event counts and likely aliases not yet joined."""
    with user_errors(), explained(explain):
        from timeline.render import actors_table

        out, err = consoles()
        timeline = built_timeline(paths, actors_file, err, index, quiet)
        warn(err, timeline.warnings, timeline.skipped, quiet)
        with paged(out):
            emit(out, actors_table(timeline.actors))
