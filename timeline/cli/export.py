"""`timeline export`: the timeline as a data file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from timeline.cli.app import app
from timeline.cli.common import (
    Actors,
    AliasFile,
    AllOpt,
    ExplainOpt,
    IndexFile,
    Format,
    From,
    Paths,
    Quiet,
    SourcesOpt,
    To,
    Years,
    consoles,
    filtered,
    notes,
    paths_or_default,
    user_errors,
)
from timeline.trace import explained


@app.command(
    epilog="Examples:\n\n  timeline export --format yaml -o timeline.yaml\n\n"
    "  timeline export --format json --actor manafort > manafort.json",
)
def export(
    paths: Paths = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.yaml,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")
    ] = None,
    year: Years = None,
    from_: From = None,
    to: To = None,
    actor: Actors = None,
    source: SourcesOpt = None,
    everything: AllOpt = False,
    actors_file: AliasFile = None,
    explain: ExplainOpt = False,
    quiet: Quiet = False,
    index: IndexFile = None,
) -> None:
    """Write the timeline as YAML or JSON (schema in README), with the same filters as show."""
    with user_errors(), explained(explain):
        from timeline.export import dump, timeline_record, write_atomic
        from timeline.output import refuse_inputs, write_stdout
        from timeline.render import plain

        _, err = consoles()
        refuse_inputs(output, paths_or_default(paths), actors_file)
        timeline, query = filtered(paths, actors_file, err, year, from_, to, actor, source, everything, quiet, index)
        text = dump(timeline_record(timeline, query), fmt.value)
        if output is None or str(output) == "-":
            write_stdout(text.encode("utf-8"))
        else:
            write_atomic(output, text)
            err.print(f"wrote {len(timeline.entries)} events to {plain(str(output))}", highlight=False, markup=False)
        notes(err, timeline, query)
