"""The cross-article stages over the stored per-article results, never over the texts.

The same steps as `timeline.pipeline`, in the same order, with the same
warnings: the corpus (duplicates, `later_than_the_rest`), the articles
whose analysis failed left out, publication windows inferred for undated
articles (their dates resolved again and their events found again: the one
per-article work redone, as their reference is new), then actor joining and
merging (`pipeline.assemble`). Analyses are loaded only when some article is
undated: inference is the one stage that reads them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from timeline import pipeline
from timeline.index import records
from timeline.index.analyse import EVENTS, FAILED, FOR_EVENTS, NAMES, load_analysis
from timeline.index.build import Update
from timeline.index.store import Store
from timeline.model import Article, Mention, Problem, Timeline


class Stored:
    """The stored results of an update, loaded column by column as the stages need them."""

    def __init__(self, store: Store, update: Update):
        self.store, self.update = store, update
        self.digest_of: dict[str, str] = {}  # article path -> digest
        self.failed: dict[str, tuple] = {}  # digest -> (stage, problem) pairs

    def corpus(self, paths: Sequence[str | Path]) -> pipeline.Corpus:
        """What `pipeline.read_corpus` reads, from the stored articles."""
        digests = [item.digest for item in self.update.listed if item.digest]
        loaded = {}
        for digest, _, article, failed in self.store.rows(digests, ("article", "failed")):
            loaded[digest] = records.loads(article, Article)
            self.failed[digest] = records.loads(failed, FAILED)

        def read():
            for item in self.update.listed:
                if item.problem is not None:
                    yield item.problem
                else:
                    article = loaded[item.digest]
                    self.digest_of[article.path] = item.digest
                    yield article

        return pipeline.corpus_of(paths, self.update.found, read())

    def column(self, articles: Sequence[Article], column: str) -> dict[str, bytes | None]:
        """{article path: the stored `column`} of these articles."""
        wanted = {self.digest_of[a.path]: a.path for a in articles}
        return {wanted[d]: blob for d, _, blob in self.store.rows(list(wanted), (column,))}

    def failures(self, article: Article, stage: str) -> list[Problem]:
        return [p for s, p in self.failed[self.digest_of[article.path]] if s == stage]


def with_windows(stored: Stored, corpus: pipeline.Corpus):
    """`pipeline.analyse_corpus` from the stored analyses: (corpus, {path: analysis of a re-dated article})."""
    failed, kept = [], []
    for article in corpus.articles:
        problems = stored.failures(article, "analysing")
        failed.extend(problems)
        if not problems:
            kept.append(article)
    if not any(a.reference.kind == "none" for a in kept):
        if failed:
            corpus = pipeline.without_failed(corpus, kept, failed)
        return replace(corpus, warnings=corpus.warnings + tuple(failed)), {}
    blobs = stored.column(kept, "analysis")
    # Inference holds every analysis at once: without what only finding events reads,
    # loaded again for the few articles whose events are found again.
    analyses = [load_analysis(blobs.pop(a.path), a, FOR_EVENTS) for a in kept]
    corpus, analyses = pipeline.with_windows(corpus, analyses, failed)
    redated = {an.article.path: an for an, a in zip(analyses, kept) if an.article is not a}
    del analyses
    blobs = stored.column([a for a in kept if a.path in redated], "analysis")
    for path, blob in blobs.items():
        whole = load_analysis(blob, redated[path].article)
        redated[path] = replace(redated[path], capitalised=whole.capitalised, lower=whole.lower)
    return corpus, redated


def events(stored: Stored, corpus: pipeline.Corpus, redated: dict):
    """`pipeline._events` from the stored events: (events, names, failures), in the corpus's order;
    a re-dated article's events are found again."""
    out, names, failed = [], {}, []
    blobs = stored.column(corpus.articles, "events")
    name_blobs = stored.column(corpus.articles, "names")
    for article in corpus.articles:
        path = article.path
        if path in redated:
            found = pipeline.events_of(redated[path], failed)
        else:
            failed.extend(stored.failures(article, "events"))
            found = None if blobs[path] is None else (records.loads(blobs[path], EVENTS), records.loads(name_blobs[path], NAMES))
        if found is not None:
            names[path] = list(found[1])
            out.extend(found[0])
    return out, names, failed


def timeline_from(stored: Stored, paths: Sequence[str | Path], actors_file: Path | None, on_step=None) -> Timeline:
    """`pipeline.build_timeline`, from the index: the stored timeline when nothing it was made from changed."""
    key = timeline_key(stored.update, pipeline.alias_file_for(paths, actors_file))
    kept = stored.store.timeline(key)
    if kept is not None:
        with pipeline.collector_paused():
            return records.loads(kept, Timeline)
    with pipeline.collector_paused():  # loading builds millions of small objects, no cycles
        corpus, redated = with_windows(stored, stored.corpus(paths))
        found, names, failed = events(stored, corpus, redated)
    made = pipeline.assemble(paths, actors_file, corpus, found, names, failed, on_step)
    stored.store.put_timeline(key, records.dumps(made, Timeline))
    return made


def timeline_key(update: Update, alias_file: Path | None) -> str:
    """A hash of all a timeline is made from: the rules, each file's result (or its problem), the
    warnings finding them, and the alias file's name and bytes."""
    from timeline.index.store import rules_version

    digest = hashlib.sha1(rules_version().encode())
    for item in update.listed:
        digest.update(repr((item.path, item.digest, item.problem)).encode("utf-8", "surrogatepass"))
    digest.update(repr(update.found).encode("utf-8", "surrogatepass"))
    if alias_file is not None:
        digest.update(repr(str(alias_file)).encode("utf-8", "surrogatepass"))
        try:
            digest.update(alias_file.read_bytes())
        except OSError as err:  # its problem is a warning of the timeline: made again, it is said again
            digest.update(repr(err).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def dates_from(stored: Stored, paths: Sequence[str | Path]):
    """`pipeline.dates_of_corpus` of the corpus, from the stored analyses (each article on its own)."""
    corpus = stored.corpus(paths)
    blobs = stored.column(corpus.articles, "analysis")
    dated: list[tuple[Article, list[Mention]]] = []
    failed: list[Problem] = []
    for article in corpus.articles:
        blob = blobs[article.path]
        if blob is not None:
            dated.append((article, list(load_analysis(blob, article).mentions)))
            continue
        # Its analysis failed: date it on its own, as `timeline dates` does, for the same warning.
        mentions = pipeline._guarded(failed, article.path, "dating", pipeline.article_dates, article)
        if mentions is not None:
            dated.append((article, mentions))
    return replace(corpus, warnings=corpus.warnings + tuple(failed), skipped=corpus.skipped + len(failed)), dated
