#!/usr/bin/env python
"""Check that the whole pipeline costs time linear in an article's length.

    python benchmarks/large_article.py [--mb 1 5 25]

Builds one long article per size from the prose of `sources/` (repeated),
runs `timeline export` on it as a whole process and prints seconds, peak
memory and seconds per MB. Linear cost shows as a flat seconds-per-MB column.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def article_of(megabytes: float) -> str:
    prose = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.txt"))
    )
    copies = max(1, int(megabytes * 1_000_000 / len(prose)))
    return "---\ndate: 2020-05-05\n---\n" + "\n\n".join([prose] * copies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 5, 25])
    args = parser.parse_args()
    timeline = Path(sys.executable).with_name("timeline")
    print(f"{'MB':>6} {'seconds':>8} {'peak MB':>8} {'s per MB':>9}")
    for size in args.mb:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "long.txt"
            path.write_text(article_of(size), encoding="utf-8")
            real_mb = path.stat().st_size / 1e6
            started = time.perf_counter()
            subprocess.run([str(timeline), "export", str(path), "--all"],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            seconds = time.perf_counter() - started
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{real_mb:6.1f} {seconds:8.2f} {peak:8.0f} {seconds / real_mb:9.2f}")


if __name__ == "__main__":
    main()
