"""Warnings as values: every sort of problem a source can have, defined once.

A `Problem` is born where the problem is found (`problem(file, kind,
message)`), keeps its kind to the end, and is shown by `shown_lines`: one
line per problem, or one line per kind when several files share it.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.model import Problem

# kind -> (what several files of that kind have in common, what to do about it)
KINDS: dict[str, tuple[str, str]] = {
    "missing-path": ("do not exist", "check the path"),
    "broken-symlink": ("are broken symlinks or symlink loops", "repair or remove the symlink"),
    "no-sources": ("are folders without *.txt, *.md or *.markdown files", "name the folder that holds the articles"),
    "outside-folder": ("are symlinks to folders outside the folder given; not followed", "copy the articles into the folder, or name the other folder too"),
    "unreadable-folder": ("are folders that cannot be read", "check the folder's permissions"),
    "unreadable": ("cannot be read as articles", "check the file is a readable text file"),
    "too-large": ("are larger than 50 MB; only their first 50 MB read", "split the file into articles"),
    "failed": ("could not be processed (a bug: please report it)", "report the file to the maintainers, or remove it"),
    "alias-limit": ("are alias files with more names than are read", "keep the alias file to the names that need joining"),
    "encoding": ("are not valid UTF-8", "save the file as UTF-8"),
    "front-matter": ("have front matter that cannot be used", "fix the YAML between the `---` lines"),
    "front-matter-field": ("have a front matter field that is not text", "write the field as text"),
    "front-matter-date": ("have a front matter date that cannot be used", "write `date: YYYY-MM-DD`"),
    "empty-body": ("have nothing after the front matter", "add the article text under the front matter"),
    "future-date": ("have a stated date later than the rest of the corpus", "check the date, or add `date:` front matter"),
    "ambiguous-date": ("have a numeric dateline that reads two ways", "add `date:` front matter"),
    "no-date": ("have no publication date", "add `date:` front matter"),
    "no-date-window": ("have no publication date; a window was inferred for each", "add `date:` front matter"),
    "no-prose": ("hold no article prose (only site chrome)", "check the file is an article"),
    "duplicate": ("have the same text as another file; each read once", "remove the copy"),
}

# How many file names a grouped line lists before "and N more".
NAMES_SHOWN = 3


def problem(file: str, kind: str, message: str) -> Problem:
    """A problem of a known `kind`, with the fix that kind has."""
    return Problem(file, kind, message, KINDS[kind][1])


def shown_lines(problems: Iterable[Problem | str]) -> list[str]:
    """The lines to show for `problems`: a kind shared by several files as
    one line ("4 files have no publication date: a.txt, b.txt, c.txt and 1
    more — add `date:` front matter"), in the order each kind first appears;
    a single problem (or a plain string) as its own line."""
    problems = list(problems)
    by_kind: dict[str, list[Problem]] = {}
    for p in problems:
        if isinstance(p, Problem) and p.kind in KINDS:
            by_kind.setdefault(p.kind, []).append(p)
    # The files of each kind, once: made again for each problem, it was quadratic in the
    # warnings (18,000 undated files of 100,000 took minutes).
    files_of = {kind: list(dict.fromkeys(q.file for q in group)) for kind, group in by_kind.items()}
    lines: list[str] = []
    done: set[str] = set()
    for p in problems:
        kind = p.kind if isinstance(p, Problem) else None
        files = files_of.get(kind, []) if kind else []
        if len(files) < 2:
            lines.append(str(p))
        elif kind not in done:
            done.add(kind)
            lines.append(_group_line(kind, files))
    return lines


def _group_line(kind: str, files: list[str]) -> str:
    summary, fix = KINDS[kind]
    names = ", ".join(files[:NAMES_SHOWN])
    more = len(files) - NAMES_SHOWN
    if more > 0:
        names += f" and {more} more"
    return f"{len(files)} files {summary}: {names} — {fix}"
