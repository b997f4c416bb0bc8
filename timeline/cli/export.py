"""`timeline export`: the timeline as a data file, or for TimelineJS, a spreadsheet, a calendar, a browser."""

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
    GroupBy,
    Paths,
    MinSources,
    Quiet,
    SourcesOpt,
    To,
    Top,
    Years,
    consoles,
    filtered,
    notes,
    paths_or_default,
    user_errors,
)
from timeline.errors import UsageError
from timeline.trace import explained


@app.command(
    epilog="Examples:\n\n  timeline export --format yaml -o timeline.yaml\n\n"
    "  timeline export --format json --actor manafort > manafort.json\n\n"
    "  timeline export --format timelinejs --group-by actor -o timeline.json\n\n"
    "  timeline export --format html -o timeline.html\n\n"
    "  timeline export --top 10 --format csv -o main-events.csv",
)
def export(
    paths: Paths = None,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="yaml/json: the data (schema in README); timelinejs: TimelineJS3 JSON; csv: a spreadsheet; "
            "markdown: by year with footnotes; ics: a calendar; html: one self-contained page.",
        ),
    ] = Format.yaml,
    group_by: Annotated[
        Optional[GroupBy],
        typer.Option("--group-by", help="timelinejs only: one TimelineJS group per actor or per source."),
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")
    ] = None,
    year: Years = None,
    from_: From = None,
    to: To = None,
    actor: Actors = None,
    source: SourcesOpt = None,
    everything: AllOpt = False,
    top: Top = None,
    min_sources: MinSources = 1,
    actors_file: AliasFile = None,
    explain: ExplainOpt = False,
    quiet: Quiet = False,
    index: IndexFile = None,
) -> None:
    """Write the timeline as data (YAML, JSON) or for TimelineJS, a spreadsheet, a calendar or a browser, with the same filters as show."""
    with user_errors(), explained(explain):
        from timeline.export import render_parts, write_atomic
        from timeline.output import refuse_inputs, write_stdout
        from timeline.render import plain

        _, err = consoles()
        if group_by is not None and fmt is not Format.timelinejs:
            raise UsageError(f"--group-by applies to --format timelinejs only, not {fmt.value}")
        refuse_inputs(output, paths_or_default(paths), actors_file)
        timeline, query = filtered(
            paths, actors_file, err, year, from_, to, actor, source, everything, quiet, top, min_sources, index
        )
        parts = render_parts(timeline, query, fmt.value, group_by.value if group_by else None)
        if output is None or str(output) == "-":
            for part in parts:
                write_stdout(part.encode("utf-8"))
        else:
            write_atomic(output, parts)
            err.print(f"wrote {len(timeline.entries)} events to {plain(str(output))}", highlight=False, markup=False)
        notes(err, timeline, query, quiet=quiet)
