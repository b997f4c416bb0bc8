"""What one article yields, as the index stores it: the work a worker does.

`analyse_text` runs in a worker process (or on a Dask worker): the text of
one file in, the stored record out, encoded already, so workers do the
encoding and the parent only writes. It is the per-article part of
`timeline.pipeline` (read, analyse, find events), with the same warnings.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from timeline.index import records
from timeline.model import Analysis, Article, Event, Problem


@dataclass(frozen=True)
class Job:
    """One file to analyse: its path, its path as shown, its name and the digest of its bytes.

    `text` (and the `problems` decoding it) is filled when the worker may not
    see the file (a Dask cluster); without it the worker reads the file, as
    the pipeline does."""

    file: str
    path: str
    name: str
    digest: str
    text: str | None = None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Result:
    """A job done: a row of `results` (`Store.put`), or the problem that kept the file out."""

    digest: str
    row: tuple | None  # (digest, text digest, article, analysis, events, names, failed)
    problem: Problem | None = None


EVENTS = tuple[Event, ...]
NAMES = tuple[str, ...]
FAILED = tuple[tuple[str, Problem], ...]  # (stage, problem): "analysing" or "events"


def digest_of(rules: str, path: str, name: str, data: bytes) -> str:
    """The key of a result: the same rules, file and bytes give the same result."""
    raw = "\0".join((rules, path, name)).encode("utf-8", "surrogatepass")
    return hashlib.sha1(raw + b"\0" + data).hexdigest()


def text_digest(text: str) -> str:
    """What `timeline.pipeline.read_corpus` calls the same article: the same words in the same order."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


def analyse_text(job: Job) -> Result:
    """Read, analyse and find the events of one article, as the pipeline does, encoded for the index."""
    article = _article(job)
    if isinstance(article, Problem):
        return Result(job.digest, None, article)
    analysis, events, names, failed = analysed(article)
    row = (
        job.digest,
        text_digest(article.text),
        records.dumps(article, Article),
        None if analysis is None else records.dumps_without(analysis, Analysis, "article"),
        None if events is None else records.dumps(events, EVENTS),
        None if names is None else records.dumps(names, NAMES),
        records.dumps(failed, FAILED),
    )
    return Result(job.digest, row)


def _article(job: Job) -> Article | Problem:
    """The job's article, read as `pipeline.read_corpus` reads it, or the problem reading it."""
    from pathlib import Path

    from timeline.pipeline import _read_one

    warnings: list[Problem] = []
    if job.text is None:
        article = _read_one(Path(job.file), job.name, warnings)
    else:
        article = _guarded(warnings, "reading", _parsed, job)
    return warnings[0] if article is None else article


def _parsed(job: Job) -> Article:
    from timeline.ingest import parse_article

    return replace(parse_article(job.text, job.path, warnings=job.problems), name=job.name)


def analysed(article: Article):
    """(analysis, events, names, failures) of one article, each None where its step failed."""
    from timeline.pipeline import analyse, events_of

    failed: list[Problem] = []
    analysis = _guarded(failed, "analysing", analyse, article)
    if analysis is None:
        return None, None, None, tuple(("analysing", p) for p in failed)
    found = events_of(analysis, failed)
    events, names = (None, None) if found is None else (tuple(found[0]), tuple(found[1]))
    return analysis, events, names, tuple(("events", p) for p in failed)


def _guarded(failed: list[Problem], step: str, work, item: Article | Job):
    from timeline.pipeline import _guarded

    return _guarded(failed, item.path, step, work, item)


# What only finding the events reads of an analysis: half the memory of one loaded
# (19 of 35 KB an article), which inference, over every analysis at once, does without.
FOR_EVENTS = ("capitalised", "lower")


def load_analysis(data: bytes, article: Article, empty: tuple[str, ...] = ()) -> Analysis:
    """The analysis `analyse_text` stored, with its article (the fields `empty` left empty)."""
    return records.loads_with(data, Analysis, "article", article, empty)
