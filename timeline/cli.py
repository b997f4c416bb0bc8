"""The `timeline` command line: each command parses options and calls the library.

Results go to stdout, messages (warnings, notes, progress) to stderr. Exit
codes: 0 success (warnings allowed), 1 nothing to show (no readable
sources, or the environment failed: a full disk, an I/O error), 2 usage error, 3 internal error (a bug:
please report it), 130 interrupted (Ctrl-C), 141 stdout closed by its reader (`| head`), quietly.
User and environment errors never print a traceback; `--debug` does. Output is written by
`timeline.output`: checked byte writes, data formats always UTF-8.
Heavy imports wait inside the commands so `--help` stays instant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from timeline.__main__ import CLOSED_PIPE, quiet_exit
from timeline.errors import TimelineError, UsageError
from timeline.trace import explained

DEFAULT_SOURCES = Path("sources")

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

_debug = False


class Format(str, Enum):
    yaml = "yaml"
    json = "json"


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
AliasFile = Annotated[
    Optional[Path],
    typer.Option("--actors", help="Alias file mapping actor names to aliases [default: actors.yaml beside the sources]."),
]


def _consoles():
    """stdout for results, stderr for messages; rich honours NO_COLOR and pipes."""
    from rich.console import Console

    from timeline.output import ViewSink

    return Console(file=ViewSink()), Console(stderr=True)


def _emit(out, renderable, soft_wrap: bool = False) -> None:
    """Print a result as bytes stdout's encoding can show; piped or redirected, without rich's line-end padding."""
    from timeline.output import write_view

    with out.capture() as captured:
        out.print(renderable, soft_wrap=soft_wrap)
    text = captured.get()
    if not out.is_terminal:
        text = "".join(line.rstrip() + "\n" for line in text.splitlines())
    write_view(text)


def _fail(message: str, code: int) -> None:
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
def _user_errors() -> Iterator[None]:
    """Turn library errors into one clear line on stderr and a meaningful exit code."""
    try:
        yield
    except typer.Exit:
        raise
    except TimelineError as err:
        if _debug:
            raise
        _fail(str(err), 2 if isinstance(err, UsageError) else 1)
    except KeyboardInterrupt:
        quiet_exit(130)
    except BrokenPipeError:  # the reader left (`timeline show | head -1`): end quietly, as SIGPIPE would
        quiet_exit(CLOSED_PIPE)
    except OSError as err:  # the environment failed (stderr on a full disk, ...), not the program
        if _debug:
            raise
        try:
            _fail(f"{err.filename + ': ' if err.filename else ''}{err.strerror or err}", 1)
        except OSError:
            raise typer.Exit(1) from None
    except Exception as err:  # a bug, not the user's fault: say so briefly
        if _debug:
            raise
        _fail(f"internal error: {type(err).__name__}: {err} (run with --debug for a traceback)", 3)


def _paths(paths: list[Path] | None) -> list[Path]:
    return list(paths) if paths else [DEFAULT_SOURCES]


def _warn(err_console, warnings, skipped: int = 0, quiet: bool = False) -> None:
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
def _progress(err_console) -> Iterator[Callable[[str], None] | None]:
    """A spinner saying which file is being worked on, only when stderr is a terminal."""
    if not err_console.is_terminal:
        yield None
        return
    from rich.text import Text

    from timeline.render import plain

    with err_console.status(Text("reading sources")) as status:
        yield lambda step: status.update(Text(plain(step)))  # a file name is never markup


def _build(paths, actors_file, err_console):
    from timeline.pipeline import build_timeline

    with _progress(err_console) as on_step:
        return build_timeline(_paths(paths), actors_file=actors_file, on_step=on_step)


def _filtered(paths, actors_file, err_console, year, from_, to, actor, source, everything, quiet=False):
    """The filters of `show` and `export` checked, the timeline built, filtered and its warnings shown."""
    from timeline.query import apply_query, make_query

    query = make_query(
        years=year,
        first=from_.date() if from_ else None,
        last=to.date() if to else None,
        actors=actor,
        sources=source,
        everything=everything,
    )
    built = _build(paths, actors_file, err_console)
    _warn(err_console, built.warnings, built.skipped, quiet)  # before a --source error, which they may explain
    return apply_query(built, query), query


def _notes(err_console, timeline, query) -> None:
    """What the filters left out, so nothing disappears silently."""
    from rich.text import Text

    from timeline.query import unknown_actors
    from timeline.render import plain

    notes = [f"no actor matches {word!r} (`timeline actors` lists them)" for word in unknown_actors(timeline, query)]
    if timeline.outside:
        lo = query.first or "the beginning"
        hi = query.last or "the end"
        notes.append(
            f"{timeline.outside} entr{'y' if timeline.outside == 1 else 'ies'} outside "
            f"{lo} – {hi} not shown (use --all or --from/--to)"
        )
    for note in notes:
        err_console.print(Text("note: " + plain(note), style="dim"), soft_wrap=True)


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")] = False,
) -> None:
    global _debug
    _debug = debug


@app.command(
    epilog="Examples:\n\n  timeline show\n\n  timeline show --year 2016\n\n"
    "  timeline show --actor putin --from 2024-01-01\n\n  timeline show articles/ --all\n\n"
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
    actors_file: AliasFile = None,
    explain: ExplainOpt = False,
    quiet: Quiet = False,
) -> None:
    """Print the chronology, grouped by year, with numbered sources."""
    with _user_errors(), explained(explain):
        from timeline.render import chronology, source_list

        out, err = _consoles()
        timeline, query = _filtered(paths, actors_file, err, year, from_, to, actor, source, everything, quiet)
        _emit(out, chronology(timeline))
        _emit(out, "")
        _emit(out, source_list(timeline.sources), soft_wrap=True)
        _notes(err, timeline, query)


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
) -> None:
    """Write the timeline as YAML or JSON (schema in README), with the same filters as show."""
    with _user_errors(), explained(explain):
        from timeline.export import dump, timeline_record, write_atomic
        from timeline.output import refuse_inputs, write_stdout
        from timeline.render import plain

        _, err = _consoles()
        refuse_inputs(output, _paths(paths), actors_file)
        timeline, query = _filtered(paths, actors_file, err, year, from_, to, actor, source, everything, quiet)
        text = dump(timeline_record(timeline, query), fmt.value)
        if output is None or str(output) == "-":
            write_stdout(text.encode("utf-8"))
        else:
            write_atomic(output, text)
            err.print(f"wrote {len(timeline.entries)} events to {plain(str(output))}", highlight=False, markup=False)
        _notes(err, timeline, query)


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
) -> None:
    """List every date expression with its span, value, interval and anchor."""
    with _user_errors(), explained(explain):
        from timeline.pipeline import dates_of_corpus, read_corpus, with_published

        # Each article on its own, as the contract says: an undated article's
        # relative dates stay unresolved here (show and sources infer windows).
        corpus = read_corpus(_paths(paths))
        if published:
            corpus = with_published(corpus, published.date())
        corpus, dated = dates_of_corpus(corpus)
        if as_json:
            _dates_json(dated)
        else:
            from timeline.render import dates_table

            out, _ = _consoles()
            for article, mentions in dated:
                _emit(out, dates_table(article, mentions), soft_wrap=True)
        if (corpus.warnings or corpus.skipped) and not quiet:  # rich is imported only when there is something to say
            _warn(_consoles()[1], corpus.warnings, corpus.skipped)


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


@app.command(epilog="Examples:\n\n  timeline sources sources/\n\n  timeline sources --explain   # where each date came from, which lines were dropped")
def sources(paths: Paths = None, explain: ExplainOpt = False, quiet: Quiet = False) -> None:
    """Show each source's detected title, author, publisher, URL and publication date."""
    with _user_errors(), explained(explain):
        from timeline.pipeline import read_corpus, with_inferred_windows
        from timeline.render import sources_table

        out, err = _consoles()
        corpus = with_inferred_windows(read_corpus(_paths(paths)))
        _emit(out, sources_table(corpus.articles), soft_wrap=True)
        _warn(err, corpus.warnings, corpus.skipped, quiet)


@app.command(
    epilog="Examples:\n\n  timeline actors\n\n  timeline actors --actors my-aliases.yaml\n\n"
    "  timeline actors --explain   # why each actor's spellings were joined",
)
def actors(paths: Paths = None, actors_file: AliasFile = None, explain: ExplainOpt = False, quiet: Quiet = False) -> None:
    """List actors with their aliases, event counts and likely aliases not yet joined."""
    with _user_errors(), explained(explain):
        from timeline.render import actors_table

        out, err = _consoles()
        timeline = _build(paths, actors_file, err)
        _warn(err, timeline.warnings, timeline.skipped, quiet)
        _emit(out, actors_table(timeline.actors))


if __name__ == "__main__":
    from timeline.__main__ import main as _entry

    _entry()
