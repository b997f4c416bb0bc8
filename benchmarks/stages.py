#!/usr/bin/env python
"""Time each stage of the pipeline in one process, on a folder of articles.

    python benchmarks/stages.py DIR [--repeat 3]

Runs the stages of `timeline.pipeline.build_timeline` one by one (read,
analyse and infer, events, actors, merge, export) and prints the seconds of
each, best of --repeat, so that a slow stage can be found without a
profiler's distortion.
"""

from __future__ import annotations

import argparse
import time

from timeline import pipeline
from timeline.actors import resolve_actors
from timeline.events import extract_events
from timeline.export import dump, timeline_record
from timeline.merge import merge_events
from timeline.model import Timeline
from timeline.query import apply_query, make_query


def run_once(path: str) -> dict[str, float]:
    times: dict[str, float] = {}
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        times[name] = now - t
        t = now

    corpus = pipeline.read_corpus([path])
    lap("read")
    corpus, analyses = pipeline.analyse_corpus(corpus)
    lap("analyse+infer")
    events = [e for an in analyses for e in extract_events(an)]
    lap("events")
    names = {an.article.path: [n for found in an.names for _, _, n in found] for an in analyses}
    events, actors = resolve_actors(events, None, names)
    lap("actors")
    entries = merge_events(events)
    lap("merge")
    query = make_query(years=None, first=None, last=None, actors=None, sources=None, everything=True)
    timeline = apply_query(Timeline(tuple(entries), corpus.articles, tuple(actors), corpus.warnings), query)
    dump(timeline_record(timeline, query), "json")
    lap("export")
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    runs = [run_once(args.path) for _ in range(args.repeat)]
    best = {k: min(r[k] for r in runs) for k in runs[0]}
    print("  ".join(f"{k} {v:.3f} s" for k, v in best.items()), f" total {sum(best.values()):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
