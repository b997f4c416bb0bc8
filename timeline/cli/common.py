"""What the commands share: their options, consoles, error handling, warnings and the filtered build."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from timeline.__main__ import CLOSED_PIPE, interrupted, quiet_exit
from timeline.cli.app import Settings
from timeline.errors import TimelineError, UsageError

DEFAULT_SOURCES = Path("sources")
class Format(str, Enum):
    yaml = "yaml"
    json = "json"
    timelinejs = "timelinejs"
    csv = "csv"
    markdown = "markdown"
    ics = "ics"
    html = "html"


class GroupBy(str, Enum):
    actor = "actor"
    source = "source"


# Options shared by several commands, defined once.
Paths = Annotated[
    Optional[list[Path]],
    typer.Argument(help="Article files or folders (default: sources/).", show_default=False),
]
Years = Annotated[Optional[list[int]], typer.Option("--year", help="Only this year (repeatable).")]
DateFormats = ["%Y-%m-%d"]
From = Annotated[
    Optional[datetime],
    typer.Option("--from", formats=DateFormats, help="Window start, YYYY-MM-DD [default: 2016-01-01]."),
]
To = Annotated[
    Optional[datetime],
    typer.Option("--to", formats=DateFormats, help="Window end, YYYY-MM-DD [default: 2025-12-31]."),
]
Actors = Annotated[
    Optional[list[str]],
    typer.Option("--actor", help="Only events of this actor; any alias, any case (repeatable)."),
]
SourcesOpt = Annotated[
    Optional[list[str]],
    typer.Option("--source", help="Only events cited from this source number or file name (repeatable)."),
]
AllOpt = Annotated[bool, typer.Option("--all", help="No date window: every entry.")]
ExplainOpt = Annotated[
    bool,
    typer.Option("--explain", help="Say why: the rules that found, dated and merged each item."),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Do not show warnings (errors are still shown).")]
Top = Annotated[
    Optional[int],
    typer.Option("--top", metavar="N", help="Only the N entries reported by the most sources, in date order."),
]
MinSources = Annotated[
    int, typer.Option("--min-sources", metavar="K", help="Only entries reported by at least K sources.")
]
AliasFile = Annotated[
    Optional[Path],
    typer.Option("--actors", help="Alias file mapping actor names to aliases [default: actors.yaml beside the sources]."),
]
IndexFile = Annotated[
    Optional[Path],
    typer.Option("--index", help="The index file (`timeline build`) [default: .timeline/index.db in the folder given]."),
]



def consoles():
    """stdout for results, stderr for messages; rich honours NO_COLOR and pipes."""
    from rich.console import Console

    from timeline.output import ViewSink

    return Console(file=ViewSink()), Console(stderr=True)


class _Held:
    """The views of a paged command, held until it has made them all."""

    views: list[str] | None = None


def emit(out, renderable, soft_wrap: bool = False) -> None:
    """Print a result as bytes stdout's encoding can show; piped or redirected, without rich's line-end padding."""
    from timeline.output import write_view

    with out.capture() as captured:
        out.print(renderable, soft_wrap=soft_wrap)
    text = captured.get()
    if not out.is_terminal:
        text = "".join(line.rstrip() + "\n" for line in text.splitlines())
    if _Held.views is not None:
        _Held.views.append(text)
    else:
        write_view(text)


@contextmanager
def paged(out) -> Iterator[None]:
    """The views emitted inside go through the pager (`timeline.pager`) when
    stdout is a terminal, they are longer than the screen, and `--no-pager`
    was not given; otherwise they are written as they come."""
    if not out.is_terminal or not Settings.pager:
        yield
        return
    from timeline.output import view_bytes, write_view
    from timeline.pager import page

    _Held.views = []
    try:
        yield
        text = "".join(_Held.views)
    finally:
        _Held.views = None
    if text.count("\n") < out.height or not page(view_bytes(text)):
        write_view(text)


def fail(message: str, code: int) -> None:
    """`error: MESSAGE` on stderr, then exit with `code`. A message's details
    follow on lines of their own, each after a newline and two spaces; any
    other newline or control character is shown escaped, never obeyed."""
    from rich.console import Console
    from rich.text import Text

    from timeline.render import plain

    head, *details = message.split("\n  ")
    text = Text("error: ", style="bold red") + Text(plain(head))
    for detail in details:
        text.append("\n  " + plain(detail))
    Console(stderr=True).print(text, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors into one clear line on stderr and a meaningful exit code."""
    try:
        yield
    except typer.Exit:
        raise
    except TimelineError as err:
        if Settings.debug:
            raise
        fail(str(err), 2 if isinstance(err, UsageError) else 1)
    except KeyboardInterrupt:
        quiet_exit(130)
    except BrokenPipeError:  # the reader left (`timeline show | head -1`): end quietly, as SIGPIPE would
        quiet_exit(CLOSED_PIPE)
    except OSError as err:  # the environment failed (stderr on a full disk, ...), not the program
        if Settings.debug:
            raise
        try:
            fail(f"{err.filename + ': ' if err.filename else ''}{err.strerror or err}", 1)
        except OSError:
            raise typer.Exit(1) from None
    except Exception as err:  # a bug, not the user's fault: say so briefly
        if interrupted(err):  # Ctrl-C that Python wrapped in another error
            quiet_exit(130)
        if Settings.debug:
            raise
        fail(f"internal error: {type(err).__name__}: {err} (run with --debug for a traceback)", 3)


def paths_or_default(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [DEFAULT_SOURCES]


def warn(err_console, warnings, skipped: int = 0, quiet: bool = False) -> None:
    """The warnings on stderr, a kind that several files share as one line; none with --quiet."""
    if quiet:
        return
    from rich.text import Text

    from timeline.ingest.problems import shown_lines
    from timeline.render import plain

    for line in shown_lines(warnings):
        err_console.print(Text("warning: ", style="yellow") + Text(plain(line)), soft_wrap=True)
    if skipped:
        err_console.print(Text(f"{skipped} file(s) skipped", style="yellow"), soft_wrap=True)


@contextmanager
def progress(err_console) -> Iterator[Callable[[str], None] | None]:
    """A spinner saying which file is being worked on, only when stderr is a terminal."""
    if not err_console.is_terminal:
        yield None
        return
    from rich.text import Text

    from timeline.render import plain

    with err_console.status(Text("reading sources")) as status:
        yield lambda step: status.update(Text(plain(step)))  # a file name is never markup


def built_timeline(paths, actors_file, err_console, index=None, quiet=False):
    """The timeline of `paths`, through the index (`timeline.index`) when they have one."""
    from timeline.index import indexed_timeline

    return indexed_timeline(
        paths_or_default(paths), actors_file, index, index_warning(err_console, quiet), err_console,
        lambda: progress(err_console),
    )  # fmt: skip


def index_warning(err_console, quiet: bool = False) -> Callable[[str], None]:
    """How the index says it was rebuilt: a warning line on stderr, none with --quiet."""

    def say(message: str) -> None:
        from rich.text import Text

        from timeline.render import plain

        if not quiet:
            (err_console or consoles()[1]).print(Text("warning: ", style="yellow") + Text(plain(message)), soft_wrap=True)

    return say


def filtered(paths, actors_file, err_console, year, from_, to, actor, source, everything, quiet=False,
             top=None, min_sources=1, index=None):
    """The filters of `show` and `export` checked, the timeline built, filtered and its warnings shown."""
    from timeline.query import apply_query, make_query

    query = make_query(
        years=year,
        first=from_.date() if from_ else None,
        last=to.date() if to else None,
        actors=actor,
        sources=source,
        everything=everything,
        top=top,
        min_sources=min_sources,
    )
    built = built_timeline(paths, actors_file, err_console, index, quiet)
    warn(err_console, built.warnings, built.skipped, quiet)  # before a --source error, which they may explain
    return apply_query(built, query), query


def notes(err_console, timeline, query, listed=None, quiet: bool = False) -> None:
    """What the filters left out, so nothing disappears silently; none with --quiet."""
    if quiet:
        return
    from rich.text import Text

    from timeline.render import plain

    notes = []
    if timeline.outside:
        lo = query.first or "the beginning"
        hi = query.last or "the end"
        notes.append(
            f"{timeline.outside} entr{'y' if timeline.outside == 1 else 'ies'} outside "
            f"{lo} – {hi} not shown (use --all or --from/--to)"
        )
    if listed is not None and len(listed) < len(timeline.sources):
        notes.append(f"{len(listed)} of {len(timeline.sources)} sources cited by these entries listed (`timeline sources` lists all)")
    for note in notes:
        err_console.print(Text("note: " + plain(note), style="dim"), soft_wrap=True)
