#!/usr/bin/env python
"""Time the whole pipeline (`timeline export --all`) now and at an earlier commit, side by side.

    python benchmarks/pipeline_speed.py                       # against the commit before the restructuring
    python benchmarks/pipeline_speed.py --base f39db26 --repeat 3 --sizes 1 2 4

The corpus is every distinct article available offline (the date benchmark
sets, the SemEval-2015 Apple articles, the samples and the held-out and
page-format test articles; the texts extracted as `speed.py` does). Sizes 2x
and 4x add varied copies of it: each copy shifts every year by the copy's
number and changes every capitalised word of five letters or more, so the
copies are new articles with new names (identical copies would be read
once). Each version runs as a whole process, `timeline export DIR --all
--format json`, best of --repeat; the earlier version from `git archive` of
--base in a temporary folder, with the same Python and dependencies. It
prints each version's start-up (a folder with one tiny file), seconds per
size for both, the speed-up with and without start-up, and the growth factor
per doubling of the corpus (2.0 is linear).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from speed import collect, timed, write  # noqa: E402

BEFORE_RESTRUCTURING = "f39db26"  # main before issue 8
CORPORA = ["../shared/bench/te3-platinum", "../shared/bench/meantime-apple", "../shared/bench/semeval-apple/articles",
           "sources", "tests/data/heldout", "tests/data/formats"]
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NAME = re.compile(r"\b([A-Z][a-z]{4,})\b")


def variant(text: str, k: int) -> str:
    """Copy number `k` of an article: years shifted by k, long capitalised words changed."""
    if k == 0:
        return text
    suffix = "ae io ou ar en ix".split()[(k - 1) % 6] * ((k - 1) // 6 + 1)
    text = _YEAR.sub(lambda m: str(int(m[1]) + k), text)
    return _NAME.sub(lambda m: m[1] + suffix, text)


def corpus(articles, size: int, folder: Path) -> int:
    copies = [(variant(text, k), day and _YEAR.sub(lambda m: str(int(m[1]) + k), day)) for k in range(size) for text, day in articles]
    return write(copies, folder)


def command(version: Path | None) -> tuple[list[str], dict]:
    """The command running one version; `-P` keeps the working directory's
    `timeline/` off the path, so PYTHONPATH decides which code runs."""
    env = dict(os.environ)
    if version is None:
        return [sys.executable, "-P", "-c", "from timeline.cli import app; app()"], env
    env["PYTHONPATH"] = str(version)
    return [sys.executable, "-P", "-c", "from timeline.cli import app; app()"], env


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default=BEFORE_RESTRUCTURING, help="the earlier commit to compare with")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--write-corpus", metavar="DIR", help="only write the corpus at --sizes' first size into DIR")
    args = ap.parse_args(argv)
    os.chdir(ROOT)
    articles = collect([d for d in CORPORA if Path(d).exists()])
    if args.write_corpus:
        Path(args.write_corpus).mkdir(parents=True, exist_ok=True)
        words = corpus(articles, args.sizes[0], Path(args.write_corpus))
        print(f"{len(articles) * args.sizes[0]} articles, {words:,} words in {args.write_corpus}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "archive", args.base, "timeline"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        tiny = Path(tmp) / "tiny"
        tiny.mkdir()
        (tiny / "one.txt").write_text("---\ndate: 2020-01-01\n---\nNothing happened on Monday.\n", encoding="utf-8")
        startup = {}
        for label, version in (("now", None), (args.base, base)):
            cmd, env = command(version)
            startup[label] = min(timed([*cmd, "export", str(tiny), "--all", "--format", "json"], args.repeat, env))
        rows = []
        for size in args.sizes:
            folder = Path(tmp) / f"x{size}"
            folder.mkdir()
            words = corpus(articles, size, folder)
            times = {}
            for label, version in (("now", None), (args.base, base)):
                cmd, env = command(version)
                times[label] = min(timed([*cmd, "export", str(folder), "--all", "--format", "json"], args.repeat, env))
            rows.append((size, len(articles) * size, words, times["now"], times[args.base]))
    s_now, s_then = startup["now"], startup[args.base]
    print(f"timeline export --all, whole process, best of {args.repeat}")
    print(f"start-up (one tiny file): now {s_now:.2f} s, {args.base} {s_then:.2f} s")
    print(f"{'size':>5} {'articles':>9} {'words':>9} {'now s':>8} {args.base + ' s':>12} {'speed-up':>9}"
          f" {'after start-up':>15}")
    for size, n, words, now, then in rows:
        print(f"{size:>4}x {n:>9,} {words:>9,} {now:>8.2f} {then:>12.2f} {then / now:>8.1f}x"
              f" {(then - s_then) / max(now - s_now, 1e-9):>14.1f}x")
    for (s1, _, _, now1, then1), (s2, _, _, now2, then2) in zip(rows, rows[1:]):
        if s2 == 2 * s1:
            print(f"growth {s1}x -> {s2}x: now {now2 / now1:.2f}, {args.base} {then2 / then1:.2f} (2.00 is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
