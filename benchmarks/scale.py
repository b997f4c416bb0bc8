#!/usr/bin/env python
"""Time and peak memory of `timeline build` and `export` on archives of 1k, 10k, 100k articles.

    python benchmarks/scale.py                     # 1,000 and 10,000 articles
    python benchmarks/scale.py --sizes 1000 10000 100000 --jobs 2
    python benchmarks/scale.py --sizes 1000 --keep /tmp/archive   # keep the archive written

The archive is built from real articles only (`sources/`, `tests/data/realnews/`,
`tests/data/heldout/`, the TE3 platinum, MEANTIME and SemEval-2015 Apple
articles under ../shared/bench/: about 150 distinct ones), copied as often as
the size needs. Each copy shifts every year of its text and front matter by
a few years, and replaces each capitalised word of five letters or more by a
made-up word of the same length and first letter: half of these words
(chosen by a hash of the word) get a new spelling in every copy, the other
half only every eighth copy, so the archive has recurring names and new
ones as it grows, as a newsroom's does.

For each size it runs, as whole processes (start-up included):

    cold build     `timeline build DIR --jobs N` with no index
    one changed    one article edited (a sentence added), `timeline build DIR` again
    export         `timeline export DIR --all --format yaml`: the cross-article stages over the index
    export again   the same, nothing changed: the timeline the index keeps, filtered and written

and prints the seconds and the peak memory of each (the sum of the resident
memory of the command and its worker processes, sampled every 50 ms) with the
load average when it ended, then the growth factor per doubling between sizes
of time and of memory (2.0 is linear).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from speed import collect  # noqa: E402

SHARED = next((p / "shared" / "bench" for p in ROOT.parents if (p / "shared" / "bench").is_dir()), ROOT / "../shared/bench")
CORPORA = ["sources", "tests/data/realnews", "tests/data/heldout", SHARED / "semeval-apple/articles",
           SHARED / "te3-platinum", SHARED / "meantime-apple"]
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NAME = re.compile(r"\b([A-Z][a-z]{4,})\b")
VOWELS, CONSONANTS = "aeiou", "bcdfghjklmnprstvz"


def made_up(word: str, copy: int) -> str:
    """A word of the same length and first letter, the same for every use in one copy."""
    digest = hashlib.blake2b(f"{copy}:{word}".encode(), digest_size=16).digest()
    return word[0] + "".join(
        VOWELS[digest[i % 16] % 5] if i % 2 else CONSONANTS[digest[i % 16] % 17] for i in range(1, len(word))
    )


def variant(text: str, k: int) -> str:
    """Copy number `k` of an article: years shifted, long capitalised words renamed."""
    if k == 0:
        return text
    shift = k % 7 + 1

    def rename(m: re.Match) -> str:
        word = m[1]
        often = hashlib.blake2b(word.encode(), digest_size=1).digest()[0] % 2
        return made_up(word, k if often else k // 8)

    return _NAME.sub(rename, _YEAR.sub(lambda m: str(int(m[1]) + shift), text))


def write_archive(articles, size: int, folder: Path) -> int:
    """`size` articles in `folder`, 1,000 per subfolder; returns the number of words."""
    words = 0
    for i in range(size):
        text, day = articles[i % len(articles)]
        k = i // len(articles)
        body = text if text.startswith("---\n") or not day else f"---\ndate: {day}\n---\n{text}"
        body = variant(body, k)
        words += len(body.split())
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(body, encoding="utf-8")
    return words


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants (from /proc)."""
    parents: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(parents.get(p, ()))
    return total


def measured(cmd: list[str]) -> tuple[float, int, float]:
    """(seconds, peak resident bytes of the process tree, load average of the last minute at the end)
    of one command: on a shared machine the load says how far the seconds are to be trusted."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    took = time.perf_counter() - start
    sampler.join()
    if proc.returncode:
        sys.stderr.write(err.decode(errors="replace"))
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode})")
    return took, peak[0], os.getloadavg()[0]


def run_size(articles, size: int, jobs: int | None, keep: Path | None) -> dict[str, tuple[float, int, float]]:
    folder = keep or Path(tempfile.mkdtemp(prefix=f"timeline-scale-{size}-"))
    folder.mkdir(parents=True, exist_ok=True)
    words = write_archive(articles, size, folder)
    print(f"{size:,} articles, {words:,} words in {folder}", flush=True)
    timeline = [sys.executable, "-c", "from timeline.cli import app; app()"]
    jobs_opt = ["--jobs", str(jobs)] if jobs else []
    out = {"cold build": measured(timeline + ["build", str(folder), *jobs_opt])}
    changed = next(folder.glob("*/*.txt"))
    time.sleep(2.1)  # past the index's racy-time window, so unchanged files are trusted by their times
    with changed.open("a", encoding="utf-8") as f:
        f.write("\nThe company said on Monday it would appeal the ruling.\n")
    out["one changed"] = measured(timeline + ["build", str(folder), *jobs_opt])
    export = timeline + ["export", str(folder), "--all", "--format", "yaml", "-o", os.devnull]
    out["export"] = measured(export)
    out["export again"] = measured(export)
    for name, (took, peak, load) in out.items():
        print(f"  {name:<12} {took:8.2f} s   peak {peak / 2**20:7.0f} MB   load {load:.2f}", flush=True)
    if keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, help="--jobs of timeline build [default: its own, the cores]")
    ap.add_argument("--keep", type=Path, help="write the (first) archive here and keep it")
    args = ap.parse_args(argv)
    os.chdir(ROOT)
    articles = collect([str(d) for d in CORPORA if Path(d).exists()])
    print(f"{len(articles)} distinct real articles, {sum(len(t.split()) for t, _ in articles):,} words", flush=True)
    results = [(size, run_size(articles, size, args.jobs, args.keep if i == 0 else None))
               for i, size in enumerate(args.sizes)]
    for (small, a), (big, b) in zip(results, results[1:]):
        doublings = math.log2(big / small)
        growth = "  ".join(f"{k} x{(b[k][0] / a[k][0]) ** (1 / doublings):.2f}" for k in a)
        memory = "  ".join(f"{k} x{(b[k][1] / a[k][1]) ** (1 / doublings):.2f}" for k in a)
        print(f"growth per doubling, {small:,} -> {big:,}: time {growth}")
        print(f"{'':>{len(f'growth per doubling, {small:,} -> {big:,}:')}} memory {memory}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
