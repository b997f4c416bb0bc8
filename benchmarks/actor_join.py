"""How the time of actor joining (`resolve_actors`) grows with the number of names.

    python benchmarks/actor_join.py [PATH ...] [--copies 1,2,4] [--profile]

Runs the whole pipeline once over PATH (default: every corpus under
tests/data/heldout/, together) and keeps what it hands to `resolve_actors`:
the events, the alias file and the names seen in each article. Then it times
`resolve_actors` on that input copied 1x, 2x, 4x (by default), each copy's
articles renamed and every name word in it replaced by a made-up word of the
same length and first letter (the same word throughout the copy), so each
copy adds new people and companies, with their surnames, short forms and
abbreviations, rather than repeating the same ones. Titles, organisation
words, legal forms and places stay: every copy has its "Ministry" and its
"Russia".

Prints the time of each size (best of 5 runs) and the growth factor per
doubling of the input: 2 means linear, 4 quadratic.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import math
import pstats
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline.actors  # noqa: E402
from timeline.actors import names as actor_names  # noqa: E402
from timeline.lexicon.people import (  # noqa: E402
    LEGAL_FORM_SUFFIXES,
    LOWER_CASE_NAME_CONNECTORS,
    ORGANISATION_HEAD_WORDS,
    PLACE_NAMES,
    TITLES_BEFORE_A_NAME,
)
from timeline.pipeline import build_timeline  # noqa: E402

KEPT_WORDS = (
    PLACE_NAMES | {w for t in TITLES_BEFORE_A_NAME for w in t.split()}
    | set(ORGANISATION_HEAD_WORDS) | LOWER_CASE_NAME_CONNECTORS | LEGAL_FORM_SUFFIXES
)
NAME_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}")


def pipeline_input(paths: list[str]):
    """(events, aliases, names) as the pipeline hands them to `resolve_actors`, and the pipeline's time."""
    captured = []
    real = timeline.actors.resolve_actors

    def capture(events, user_aliases=None, names=None):
        captured.append((events, user_aliases, names))
        return real(events, user_aliases, names)

    timeline.actors.resolve_actors = capture  # build_timeline imports it when called
    try:
        start = time.perf_counter()
        build_timeline(paths)
        elapsed = time.perf_counter() - start
    finally:
        timeline.actors.resolve_actors = real
    return captured[0], elapsed


def made_up(word: str, copy: int) -> str:
    """A word of the same length and first letter, the same for every use in one copy."""
    digest = hashlib.blake2b(f"{copy}:{word}".encode(), digest_size=16).digest()
    letters = [word[0]] + ["aeiou"[digest[i % 16] % 5] if i % 2 else "bcdfghjklmnprstvz"[digest[i % 16] % 17]
                           for i in range(1, len(word))]
    out = "".join(letters)
    return out.upper() if word.isupper() else out


def renamed(name: str, copy: int) -> str:
    if copy == 0:
        return name
    return NAME_WORD.sub(lambda m: m.group() if m.group() in KEPT_WORDS else made_up(m.group(), copy), name)


def copied(inputs, copies: int):
    """The input `copies` times, each copy's articles and names renamed."""
    events, aliases, names = inputs
    out_events, out_names = [], {}
    for k in range(copies):
        for ev in events:
            citation = replace(ev.citation, file=f"copy{k}/{ev.citation.file}")
            out_events.append(replace(ev, actors=tuple(renamed(a, k) for a in ev.actors), citation=citation))
        for file, seen in (names or {}).items():
            out_names[f"copy{k}/{file}"] = [renamed(n, k) for n in seen]
    return out_events, aliases, out_names


def time_join(inputs, runs: int = 5) -> float:
    """Best time of `runs` calls, each starting with empty spelling caches (as timeit does, without
    the garbage collector, whose pauses depend on everything else alive)."""
    best = float("inf")
    for _ in range(runs):
        actor_names.strip_titles.cache_clear()
        actor_names.name_key.cache_clear()
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            timeline.actors.resolve_actors(*inputs)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="corpora (default: tests/data/heldout/*/)")
    parser.add_argument("--copies", default="1,2,4", help="sizes to time, as copies of the input (default 1,2,4)")
    parser.add_argument("--profile", action="store_true", help="also profile the largest size")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(str(p) for p in (ROOT / "tests/data/heldout").iterdir() if p.is_dir())
    inputs, pipeline_time = pipeline_input(paths)
    events, _, names = inputs
    print(f"pipeline over {len(paths)} path(s): {pipeline_time:.2f} s, {len(events)} events, "
          f"{sum(len(v) for v in (names or {}).values())} names seen in {len(names or {})} articles")
    sizes = [int(c) for c in args.copies.split(",")]
    previous = None
    for copies in sizes:
        data = copied(inputs, copies)
        distinct = len({a for ev in data[0] for a in ev.actors} | {n for seen in data[2].values() for n in seen})
        took = time_join(data)
        growth = ""
        if previous and copies > previous[0]:
            per_doubling = (took / previous[1]) ** (1 / math.log2(copies / previous[0]))
            growth = f"   x{per_doubling:.2f} per doubling"
        print(f"{copies:>3}x: {len(data[0]):>6} events, {distinct:>6} distinct spellings: {took * 1000:8.1f} ms{growth}")
        previous = (copies, took)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(timeline.actors.resolve_actors, *copied(inputs, sizes[-1]))
        pstats.Stats(profile).sort_stats("cumulative").print_stats(15)


if __name__ == "__main__":
    main()
