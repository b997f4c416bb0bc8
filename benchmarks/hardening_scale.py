#!/usr/bin/env python
"""Growth of the stages issue 11 found super-linear, on growing inputs.

    python benchmarks/hardening_scale.py

Prints seconds per size and the growth factor per doubling (about 2 is
linear, 4 quadratic): the sentence splitter on a run of full stops, dispute
marking on reports of the same statements about two people, and window
inference on tiny undated files.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from timeline.model import Article  # noqa: E402
from timeline.sentences import split_sentences  # noqa: E402


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def report(name: str, sizes, run) -> None:
    print(name)
    last = None
    for n in sizes:
        t = run(n)
        growth = f"{t / last:5.2f}x" if last else "     "
        print(f"  {n:>8} {t:8.3f} s {growth}")
        last = max(t, 1e-6)


def dots(n: int) -> float:
    text = "Contents" + "." * n + "12 The end."
    return timed(lambda: split_sentences(Article(path="x", text=text, content=((0, len(text)),))))


def disputes(n: int) -> float:
    from hardening.test_hangs import _similar_reports  # noqa: PLC0415
    from timeline.merge import merge_events

    events = _similar_reports(n)
    return timed(lambda: merge_events(events))


def undated(n: int) -> float:
    import timeline.infer as infer
    from timeline.pipeline import analyse, read_corpus

    with tempfile.TemporaryDirectory() as d:
        for i in range(n):
            Path(d, f"u{i:06d}.txt").write_text(f"Note {i}\n\nVladimir Putin told journalists on Thursday that talks {i} went well.\n")
        for i in range(max(1, n // 10)):
            Path(d, f"d{i:06d}.txt").write_text(f"---\ndate: 2020-05-0{1 + i % 9}\n---\nReport {i}\n\nVladimir Putin told journalists on Thursday that talks {i} went well.\n")
        analyses = [analyse(a) for a in read_corpus([d]).articles]
        return timed(lambda: infer.infer_publication_windows(analyses))


if __name__ == "__main__":
    random.seed(0)
    report("sentence splitter, a run of N full stops", [10_000, 20_000, 40_000, 80_000, 160_000], dots)
    report("dispute marking, N reports of five similar sentences", [250, 500, 1000, 2000, 4000], disputes)
    report("window inference, N undated files (+N/10 dated)", [1000, 2000, 4000, 8000], undated)
