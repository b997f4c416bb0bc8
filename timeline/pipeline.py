"""The pipeline: source paths in, a merged Timeline out.

    paths -> read -> Article -> sentences -> dates (Mention) -> events (Event)
          -> actors -> merge -> Timeline

Each stage lives in its own module; this one only runs them in order, keeps
one bad file from stopping the rest, and collects the warnings.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from timeline.errors import NoSources, SourceError
from timeline.model import Article, Mention, Problem, Timeline

ALIAS_FILE = "actors.yaml"


@dataclass(frozen=True)
class Corpus:
    """The articles read from the given paths, and what went wrong reading them."""

    articles: tuple[Article, ...]
    warnings: tuple[Problem, ...]
    skipped: int  # files that could not be read at all


def read_corpus(
    paths: Sequence[str | Path],
    on_step: Callable[[str], None] | None = None,
) -> Corpus:
    """Read every supported file under `paths`; raise NoSources if none is readable.

    A file that cannot be read becomes a warning and the rest are still read.
    A file whose text is identical to one already read is read once, so its
    events are not counted twice.
    """
    from timeline.ingest import find_sources, read_article, shown
    from timeline.ingest.problems import problem

    files, found_warnings = find_sources(paths)
    warnings = list(found_warnings)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    skipped = 0
    for path in files:
        if on_step:
            on_step(f"reading {path}")
        try:
            article = read_article(path)
        except SourceError as err:
            warnings.append(problem(err.path, "unreadable", err.problem))
            skipped += 1
            continue
        # Same words in the same order is the same article, whatever its line endings.
        digest = hashlib.sha1(" ".join(article.text.split()).encode("utf-8", "surrogatepass")).hexdigest()
        if digest in seen:
            warnings.append(problem(article.path, "duplicate", f"same text as {seen[digest]}; read once"))
            continue
        seen[digest] = article.path
        warnings.extend(article.warnings)
        articles.append(article)
    if not articles:
        where = ", ".join(shown(p) for p in paths) or "(no paths)"
        reasons = "".join(f"\n  {w}" for w in warnings)
        raise NoSources(f"no readable articles (*.txt, *.md, *.markdown) under {where}{reasons}")
    return Corpus(tuple(articles), tuple(warnings), skipped)


def with_published(corpus: Corpus, published: date) -> Corpus:
    """The same corpus with every article's publication date set by the user,
    who has thereby fixed every "no-date" problem."""
    articles = tuple(replace(a, published=published, published_from="front-matter") for a in corpus.articles)
    return replace(corpus, articles=articles, warnings=tuple(w for w in corpus.warnings if w.kind != "no-date"))


def with_inferred_windows(corpus: Corpus) -> Corpus:
    """The corpus with a publication window inferred for undated articles, where evidence allows."""
    from timeline.infer import infer_publication_windows
    from timeline.ingest import no_date_problem

    articles = tuple(infer_publication_windows(list(corpus.articles)))
    # An undated article's "no-date" problem becomes the note on its inferred window.
    windows = {a.path: a.published_window for a in articles if a.published is None and a.published_window}
    warnings = tuple(
        no_date_problem(w.file, windows[w.file]) if w.kind == "no-date" and w.file in windows else w
        for w in corpus.warnings
    )
    return replace(corpus, articles=articles, warnings=warnings)


def article_dates(article: Article) -> list[Mention]:
    """Every date expression in the article's prose, anchored to its publication date.

    An undated article with an inferred publication window has its relative
    dates resolved as precisely as every day of that window agrees on.
    """
    from timeline.dates import find_dates, find_dates_within

    regions = article.content or None
    if article.published is None and article.published_window:
        return find_dates_within(article.text, article.published_window, regions)
    return find_dates(article.text, article.published, regions)


def alias_file_for(paths: Sequence[str | Path], explicit: Path | None) -> Path | None:
    """The user's alias file: `--actors FILE`, else `actors.yaml` beside the sources."""
    if explicit is not None:
        return explicit
    for p in paths:
        folder = Path(p) if Path(p).is_dir() else Path(p).parent
        candidate = folder / ALIAS_FILE
        if candidate.is_file():
            return candidate
    return None


def build_timeline(
    paths: Sequence[str | Path],
    actors_file: Path | None = None,
    on_step: Callable[[str], None] | None = None,
) -> Timeline:
    """Read, date, extract, join actors and merge: the whole chronology of a corpus."""
    from timeline.actors import load_alias_file, resolve_actors
    from timeline.events import article_names, extract_events
    from timeline.merge import merge_events
    from timeline.sentences import split_sentences

    corpus = with_inferred_windows(read_corpus(paths, on_step))
    alias_path = alias_file_for(paths, actors_file)
    aliases = load_alias_file(alias_path) if alias_path else None

    events = []
    names = {}  # every name of each article, dated sentence or not, so spellings join
    for article in corpus.articles:
        if on_step:
            on_step(f"finding events in {article.path}")
        sentences = split_sentences(article)
        names[article.path] = article_names(article, sentences)
        events.extend(extract_events(article, sentences, article_dates(article)))
    if on_step:
        on_step(f"joining actors and merging {len(events)} events")
    events, actors = resolve_actors(events, aliases, names)
    entries = merge_events(events)
    return Timeline(
        entries=tuple(entries),
        sources=corpus.articles,
        actors=tuple(actors),
        warnings=corpus.warnings,
        skipped=corpus.skipped,
    )
