"""The pipeline: source paths in, a merged Timeline out.

    paths -> ingest (Article) -> analyse (Analysis: sentences, date mentions)
          -> infer windows of undated articles -> events (Event)
          -> actors -> merge -> Timeline

Each article is analysed once into an `Analysis`; the cross-article stages
(window inference, events, actor joining, merging) read those records and
recompute nothing. The one exception is an undated article given a window
by inference: its dates are resolved again, against the new reference.

Each stage lives in its own module; this one only runs them in order, keeps
one bad file from stopping the rest, and collects the warnings.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from timeline.errors import NoSources, SourceError
from timeline.model import Analysis, Article, Mention, Problem, Sentence, Timeline

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

    A file that cannot be read becomes a warning and the rest are still read,
    whatever went wrong with it (an unexpected failure too: see `failure`).
    A file whose text is identical to one already read is read once, so its
    events are not counted twice.
    """
    from timeline.ingest import find_named_sources

    files, found_warnings = find_named_sources(paths)

    def read():
        for path, name in files:
            if on_step:
                on_step(f"reading {path}")
            warnings: list[Problem] = []
            article = _read_one(path, name, warnings)
            yield warnings[0] if article is None else article

    return corpus_of(paths, found_warnings, read())


def corpus_of(paths: Sequence[str | Path], found_warnings: Sequence[Problem], read: Iterable[Article | Problem]) -> Corpus:
    """The corpus of the articles read (or the problem reading each file), in order:
    duplicates read once, NoSources when no article is left (`timeline.index` reads stored articles)."""
    from timeline.ingest import shown
    from timeline.ingest.problems import problem

    warnings = list(found_warnings)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    skipped = 0
    for article in read:
        if isinstance(article, Problem):
            warnings.append(article)
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
        # One line per reason: a newline in a file name must not start another (the CLI escapes the rest).
        where = ", ".join(shown(p).replace("\n", "\\n") for p in paths) or "(no paths)"
        reasons = "".join("\n  " + str(w).replace("\n", "\\n") for w in warnings)
        from timeline.ingest.files import SUFFIXES

        kinds = ", ".join("*" + suffix for suffix in SUFFIXES)
        raise NoSources(f"no readable articles ({kinds}) under {where}{reasons}")
    warnings.extend(later_than_the_rest(articles))
    return Corpus(tuple(articles), tuple(warnings), skipped)


def _read_one(path: Path, name: str, warnings: list[Problem]) -> Article | None:
    """The article at `path` named `name`, or None with a warning saying why not."""
    from timeline.ingest import read_article, shown
    from timeline.ingest.problems import problem

    try:
        return replace(read_article(path), name=name)
    except SourceError as err:
        warnings.append(problem(err.path, "unreadable", err.problem))
    except Exception as err:  # noqa: BLE001 -- one bad file never stops the rest
        warnings.append(failure(shown(path), "reading", err))
    return None


def failure(file: str, step: str, err: BaseException, consequence: str = "skipped") -> Problem:
    """The warning for an unexpected failure on one file: its type and message, never a traceback."""
    from timeline.ingest.problems import problem

    message = " ".join(str(err).split())
    if len(message) > 200:
        message = message[:200] + "..."
    return problem(file, "failed", f"{step} it failed ({type(err).__name__}{': ' + message if message else ''}); {consequence}")


def _guarded(failed: list[Problem], file: str, step: str, work: Callable, *args, consequence: str = "skipped"):
    """`work(*args)`, or None with a "failed" warning on `file` appended to
    `failed`: one bad file never stops the rest."""
    try:
        return work(*args)
    except Exception as err:  # noqa: BLE001 -- whatever went wrong, it went wrong with this file
        failed.append(failure(file, step, err, consequence))
        return None


# An article stated to be published this long after every other article of
# the corpus is worth a look (2042 written for 2024); see README "Articles and front matter".
LATER_THAN_THE_REST = 2 * 365


def later_than_the_rest(articles: Sequence[Article]) -> list[Problem]:
    """A warning for each article published over `LATER_THAN_THE_REST` days
    after the latest other publication date of the corpus. Its date is kept:
    the newest article of a corpus is always the latest, a gap of years can
    be real, and a corpus of one has nothing to compare with. Nothing here
    depends on the day or the place the tool runs."""
    dated = sorted(((a.published, i) for i, a in enumerate(articles) if a.published is not None), reverse=True)
    if len(dated) < 2:
        return []
    from timeline.ingest.problems import problem

    (latest, first), (second, _) = dated[0], dated[1]
    out = []
    for day, i in dated:
        others = second if i == first else latest
        if (day - others).days <= LATER_THAN_THE_REST:
            break
        out.append(problem(
            articles[i].path, "future-date",
            f"publication date {day.isoformat()} is more than two years after every other article's "
            f"(the latest {others.isoformat()}); kept, but check it",
        ))  # fmt: skip
    return out


def with_published(corpus: Corpus, published: date) -> Corpus:
    """The same corpus with every article's publication date set by the user,
    who has thereby fixed every "no-date" problem."""
    articles = tuple(replace(a, published=published, published_from="front-matter") for a in corpus.articles)
    return replace(corpus, articles=articles, warnings=tuple(w for w in corpus.warnings if w.kind != "no-date"))


def with_inferred_windows(corpus: Corpus) -> Corpus:
    """The corpus with a publication window inferred for undated articles, where evidence allows."""
    corpus, _ = analyse_corpus(corpus)
    return corpus


def analyse(article: Article) -> Analysis:
    """The one analysis of an article: its sentences, resolved date mentions and names."""
    from timeline.sentences import split_sentences

    return analysis_of(article, split_sentences(article), article_dates(article))


def analysis_of(article: Article, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> Analysis:
    """The analysis of an article with these sentences and mentions: the
    names of each prose sentence, () for a heading (see `Analysis.names`)."""
    from timeline.actors import find_names, known_capitalised

    sentences = tuple(sorted(sentences, key=lambda s: s.start))
    # A word capitalised mid-sentence anywhere in the prose helps read a sentence-initial one.
    known = known_capitalised(s.text for s in sentences if not s.heading)
    names = tuple(() if s.heading else tuple(find_names(s.text, known)) for s in sentences)
    return Analysis(article, sentences, tuple(mentions), names, frozenset(known), frozenset(known.lower))


def analyse_corpus(
    corpus: Corpus, on_step: Callable[[str], None] | None = None
) -> tuple[Corpus, list[Analysis]]:
    """Every article analysed once, undated ones given an inferred window where evidence allows.

    Returns the corpus with the inferred windows (and their warnings
    reworded) and the analyses, in the corpus's order.
    """
    analyses, failed = [], []
    for article in corpus.articles:
        if on_step:
            on_step(f"analysing {article.path}")
        an = _guarded(failed, article.path, "analysing", analyse, article)
        if an is not None:
            analyses.append(an)
    return with_windows(corpus, analyses, failed)


def with_windows(corpus: Corpus, analyses: list[Analysis], failed: list[Problem]) -> tuple[Corpus, list[Analysis]]:
    """The cross-article part of `analyse_corpus`, over the analyses made
    (`failed`: the warnings of the articles whose analysis failed)."""
    from timeline.infer import infer_publication_windows
    from timeline.ingest import no_date_problem

    failed = list(failed)
    if failed:
        corpus = without_failed(corpus, [an.article for an in analyses], failed)
    articles = infer_publication_windows(analyses)
    # An inferred window is a new reference: the article's dates are resolved again.
    analyses = [an if a is an.article else _redated(a, an, failed) for a, an in zip(articles, analyses)]
    articles = [an.article for an in analyses]
    # An undated article's "no-date" problem becomes the note on its inferred window.
    windows = {a.path: a.published_window for a in articles if a.published is None and a.published_window}
    warnings = tuple(
        no_date_problem(w.file, windows[w.file]) if w.kind == "no-date" and w.file in windows else w
        for w in corpus.warnings
    )
    return replace(corpus, articles=tuple(articles), warnings=warnings + tuple(failed)), analyses


def without_failed(corpus: Corpus, kept: Sequence[Article], failed: list[Problem]) -> Corpus:
    """The corpus with only the articles `kept` (those whose analysis did not fail); NoSources when none is left."""
    if not kept:
        reasons = "".join(f"\n  {w}" for w in (*corpus.warnings, *failed))
        raise NoSources(f"no article could be analysed{reasons}")
    kept = tuple(kept)
    return replace(corpus, articles=kept, skipped=corpus.skipped + len(corpus.articles) - len(kept))


def _redated(article: Article, an: Analysis, failed: list[Problem]) -> Analysis:
    """`an` with its dates resolved again within the article's inferred window;
    as it was (undated) when that fails, with a warning."""
    mentions = _guarded(failed, article.path, "dating", article_dates, article)
    return an if mentions is None else replace(an, article=article, mentions=tuple(mentions))


def dates_of_corpus(corpus: Corpus) -> tuple[Corpus, list[tuple[Article, list[Mention]]]]:
    """Each article's dates on its own (`timeline dates`); an article whose
    dating fails becomes a warning and is left out, the rest are dated."""
    dated, failed = [], []
    for article in corpus.articles:
        mentions = _guarded(failed, article.path, "dating", article_dates, article)
        if mentions is not None:
            dated.append((article, mentions))
    return replace(corpus, warnings=corpus.warnings + tuple(failed), skipped=corpus.skipped + len(failed)), dated


def article_dates(article: Article) -> list[Mention]:
    """Every date expression in the article's prose, anchored to its publication date.

    An undated article with an inferred publication window has its relative
    dates resolved as precisely as every day of that window agrees on.
    """
    from timeline.dates import find_dates, find_dates_within

    regions = article.content or None
    reference = article.reference
    if reference.kind == "window":
        return find_dates_within(article.text, reference.window, regions)
    return find_dates(article.text, reference.exact, regions)


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
    corpus, analyses = analyse_corpus(read_corpus(paths, on_step), on_step)
    events, names, failed = _events(analyses, on_step)
    return assemble(paths, actors_file, corpus, events, names, failed, on_step)


def assemble(paths, actors_file, corpus: Corpus, events: list, names: dict[str, list[str]],
             failed: list[Problem], on_step: Callable[[str], None] | None = None) -> Timeline:
    """The cross-article end of the pipeline: the events of every article joined by actor and
    merged into the Timeline (`timeline.index` calls it too, over stored events)."""
    from timeline.actors import resolve_actors
    from timeline.actors.aliases import read_alias_file
    from timeline.merge import merge_events

    alias_path = alias_file_for(paths, actors_file)
    aliases, alias_problems = read_alias_file(alias_path) if alias_path else (None, [])
    if on_step:
        on_step(f"joining actors and merging {len(events)} events")
    with collector_paused():
        events, actors = resolve_actors(events, aliases, names)
    entries = merge_events(events)
    return Timeline(
        entries=tuple(entries),
        sources=corpus.articles,
        actors=tuple(actors),
        warnings=(*corpus.warnings, *alias_problems, *failed),
        skipped=corpus.skipped,
    )


@contextmanager
def collector_paused():
    """The cyclic garbage collector paused: the cross-article stages build many small objects
    and no cycles, and each full collection rescans all of them (at 10,000 articles it made
    actor joining grow by 2.4 a doubling, 2.1 without; see benchmarks/scale.py)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _events(analyses: Sequence[Analysis], on_step) -> tuple[list, dict[str, list[str]], list[Problem]]:
    """The events of every article, every name of each (dated sentence or
    not, so spellings join), and a warning for each article whose events
    could not be found (the others' still are)."""
    events: list = []
    names: dict[str, list[str]] = {}
    failed: list[Problem] = []
    for an in analyses:
        if on_step:
            on_step(f"finding events in {an.article.path}")
        found = events_of(an, failed)
        if found is not None:
            names[an.article.path] = found[1]
            events.extend(found[0])
    return events, names, failed


def events_of(an: Analysis, failed: list[Problem]) -> tuple[list, list[str]] | None:
    """The events of one article and every name of it; None, with a warning in `failed`, when they cannot be found."""
    from timeline.events import extract_events

    found = _guarded(failed, an.article.path, "finding events in", extract_events, an, consequence="its events are left out")
    if found is None:
        return None
    return found, [n for sentence in an.names for _, _, n in sentence]
