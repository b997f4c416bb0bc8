"""`timeline dates`: every date expression of each article, resolved."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Optional

import typer

from timeline.cli.app import app
from timeline.cli.common import (
    DateFormats,
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


@app.command(
    epilog="Examples:\n\n  timeline dates sources/\n\n  timeline dates article.txt --published 2016-11-10 --json\n\n"
    "  timeline dates article.txt --explain   # which rule found and resolved each date",
)
def dates(
    paths: Paths = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output (schema in README).")] = False,
    published: Annotated[
        Optional[datetime],
        typer.Option(formats=DateFormats, help="Publication date for every file, YYYY-MM-DD (overrides detection)."),
    ] = None,
    explain: ExplainOpt = False,
    quiet: Quiet = False,
    index: IndexFile = None,
) -> None:
    """List every date expression with its span, value, interval and anchor."""
    with user_errors(), explained(explain):
        from timeline.pipeline import dates_of_corpus, read_corpus, with_published

        # Each article on its own, as the contract says: an undated article's
        # relative dates stay unresolved here (show and sources infer windows).
        if published:
            corpus, dated = dates_of_corpus(with_published(read_corpus(paths_or_default(paths)), published.date()))
        else:
            from timeline.index import indexed_dates

            corpus, dated = indexed_dates(paths_or_default(paths), index, index_warning(None, quiet))
        if as_json:
            _dates_json(dated)
        else:
            from timeline.render import dates_table

            out, _ = consoles()
            with paged(out):
                for article, mentions in dated:
                    emit(out, dates_table(article, mentions), soft_wrap=True)
        if (corpus.warnings or corpus.skipped) and not quiet:  # rich is imported only when there is something to say
            warn(consoles()[1], corpus.warnings, corpus.skipped)


def _dates_json(dated) -> None:
    import json

    from timeline.export import mention_record
    from timeline.output import write_stdout

    record = {
        "sources": [
            {
                "file": a.path,
                "published": a.published.isoformat() if a.published else None,
                "timexes": [mention_record(m) for m in mentions],
            }
            for a, mentions in dated
        ]
    }
    write_stdout((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
