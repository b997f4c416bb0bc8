"""Errors a user can cause and fix; the CLI shows them without a traceback."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error that is the input's fault, not the program's."""


class SourceError(TimelineError):
    """One source file cannot be used; the rest of the corpus still is."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class NoSources(TimelineError):
    """Nothing readable was found under the given paths."""


class UsageError(TimelineError):
    """The command line asks for something impossible (exit code 2)."""
