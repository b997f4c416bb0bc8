"""How fast `merge_events` is on a large synthetic corpus.

    python benchmarks/merge_speed.py [N]        (default N = 100000)

Synthetic events: dates over 2000-2025 at day/month/year precision, 2,000
actors (two per event), summaries of 12 words from a 5,000-word vocabulary;
about one event in six restates an earlier one from another source (same
date or its month, shared actor, most words in common) so merging really
happens, and one in thirty repeats one with another date (a dispute).
Prints the time and checks that no citation was lost or duplicated.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.merge import merge_events  # noqa: E402
from timeline.model import Citation, Event  # noqa: E402


def synthetic_events(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    vocab = [f"w{i}x" for i in range(5000)]
    actors = [f"Actor{i} Name{i}" for i in range(2000)]
    events: list[Event] = []
    for i in range(n):
        file = f"src/{rng.randrange(n // 20 + 1):05d}.txt"
        roll = rng.random()
        if events and roll < 0.03:
            # The same statement with another date: a dispute.
            base = rng.choice(events)
            shift = timedelta(days=rng.randrange(40, 400))
            first = last = base.first + shift
            value, precision = first.isoformat(), "day"
            summary, who = base.summary, base.actors
        elif events and roll < 0.2:
            base = rng.choice(events)
            words = base.summary.split()
            rng.shuffle(words)
            summary = " ".join(words[:10] + rng.sample(vocab, 2))
            first, last, value, precision = base.first, base.last, base.value, base.precision
            if precision == "day" and rng.random() < 0.5:
                first = first.replace(day=1)
                last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                value, precision = first.strftime("%Y-%m"), "month"
            who = (base.actors[0], rng.choice(actors))
        else:
            day = date(2000, 1, 1) + timedelta(days=rng.randrange(26 * 365))
            kind = rng.random()
            if kind < 0.7:
                first = last = day
                value, precision = day.isoformat(), "day"
            elif kind < 0.95:
                first = day.replace(day=1)
                last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                value, precision = first.strftime("%Y-%m"), "month"
            else:
                first, last = date(day.year, 1, 1), date(day.year, 12, 31)
                value, precision = str(day.year), "year"
            summary = " ".join(rng.sample(vocab, 12))
            who = tuple(rng.sample(actors, 2))
        events.append(
            Event(value, first, last, precision, summary, who, "reported",
                  Citation(file, i, summary, i * 100, "synthetic"))
        )
    return events


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    events = synthetic_events(n)
    t0 = time.perf_counter()
    entries = merge_events(events)
    elapsed = time.perf_counter() - t0
    cited = Counter(c for e in entries for c in e.citations)
    assert cited == Counter(ev.citation for ev in events), "citations lost or duplicated"
    merged = sum(1 for e in entries if len(e.citations) > 1)
    disputed = sum(1 for e in entries if e.disputed_with)
    print(f"{n} events -> {len(entries)} entries ({merged} merged, {disputed} disputed) "
          f"in {elapsed:.2f} s ({n / elapsed:,.0f} events/s)")


if __name__ == "__main__":
    main()
