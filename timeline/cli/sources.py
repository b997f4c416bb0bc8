"""`timeline sources`: what was read from each source."""

from __future__ import annotations

from timeline.cli.app import app
from timeline.cli.common import (
    ExplainOpt,
    IndexFile,
    Paths,
    Quiet,
    consoles,
    index_warning,
    emit,
    paged,
    paths_or_default,
    user_errors,
    warn,
)
from timeline.trace import explained


@app.command(epilog="Examples:\n\n  timeline sources sources/\n\n  timeline sources --explain   # where each date came from, which lines were dropped")
def sources(paths: Paths = None, explain: ExplainOpt = False, quiet: Quiet = False, index: IndexFile = None) -> None:
    """Show each source's detected title, author, publisher, URL and publication date."""
    with user_errors(), explained(explain):
        from timeline.index import indexed_sources
        from timeline.render import sources_table

        out, err = consoles()
        corpus = indexed_sources(paths_or_default(paths), index, index_warning(err, quiet), err)
        with paged(out):
            emit(out, sources_table(corpus.articles), soft_wrap=True)
        warn(err, corpus.warnings, corpus.skipped, quiet)
