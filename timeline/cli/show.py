"""`timeline show`: the chronology in the terminal."""

from __future__ import annotations

from timeline.cli.app import app
from timeline.cli.common import (
    Actors,
    AliasFile,
    AllOpt,
    ExplainOpt,
    IndexFile,
    From,
    Paths,
    MinSources,
    Quiet,
    SourcesOpt,
    To,
    Top,
    Years,
    consoles,
    emit,
    filtered,
    notes,
    paged,
    user_errors,
)
from timeline.trace import explained


@app.command(
    epilog="Examples:\n\n  timeline show\n\n  timeline show --year 2016\n\n"
    "  timeline show --actor putin --from 2024-01-01\n\n  timeline show articles/ --all\n\n"
    "  timeline show --top 10             # the ten most widely reported events\n\n"
    "  timeline show --year 2016 --explain   # why each entry was found, dated and merged",
)
def show(
    paths: Paths = None,
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
    """Print the chronology, grouped by year, with numbered sources."""
    with user_errors(), explained(explain):
        from timeline.query import cited_sources
        from timeline.render import chronology, source_list

        out, err = consoles()
        timeline, query = filtered(
            paths, actors_file, err, year, from_, to, actor, source, everything, quiet, top, min_sources, index
        )
        # a filtered view, or a window that left entries out: only the sources it cites
        listed = cited_sources(timeline) if query.narrows() or timeline.outside else None
        with paged(out):
            emit(out, chronology(timeline))
            if listed != []:
                emit(out, "")
                emit(out, source_list(timeline.sources, listed), soft_wrap=True)
        notes(err, timeline, query, listed, quiet=quiet)
