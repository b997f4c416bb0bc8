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
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Settings:
    """What the global options set for the whole run."""

    debug = False
    pager = True


def _print_version(asked: bool) -> None:
    if asked:
        from timeline import __version__

        typer.echo(f"timeline {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never page long output on a terminal (default: less -FRX, or $PAGER).")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    Settings.debug = debug
    Settings.pager = not no_pager
