"""The `timeline` Typer application and its global options; the commands register on it."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(
    help="Reconstruct one cited chronology of events from a folder of news articles.",
    epilog=(
        "Examples:\n\n"
        "  timeline show                      # the chronology of sources/\n\n"
        "  timeline show --year 2016 --actor putin\n\n"
        "  timeline export --format yaml -o timeline.yaml\n\n"
        "  timeline dates sources/ --json     # every date expression, resolved"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Settings:
    """What the global options set for the whole run."""

    debug = False


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")] = False,
) -> None:
    Settings.debug = debug
