#!/usr/bin/env python
"""Time `timeline dates --json` against dateparser's `search_dates` on the same texts.

    python benchmarks/speed.py ../shared/bench/te3-platinum ../shared/bench/meantime-apple sources

Extracts the article text from every .tml, .xml (MEANTIME), .txt and .md file
in the folders, writes each as a .txt file with `date:` front matter (the
document's creation time where known) into a temporary folder, then times,
as whole processes (start-up included), best of --repeat runs:
  1. `timeline dates TMPDIR --json`
  2. a Python process running dateparser `search_dates` over the same texts.
It prints words per second for both and their ratio, plus the tool's start-up
time alone (a folder with one tiny file) so that the figure can be projected to
larger corpora; where PYTHONDONTWRITEBYTECODE is set, also that start-up with
a bytecode cache (in a temporary PYTHONPYCACHEPREFIX).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timex_eval import read_meantime, read_tml  # noqa: E402

DATEPARSER_SCRIPT = r"""
import sys, pathlib, datetime
from dateparser.search import search_dates
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    raw = p.read_text(encoding="utf-8")
    base = None
    if raw.startswith("---\n"):
        head, _, raw = raw[4:].partition("\n---\n")
        for line in head.splitlines():
            if line.startswith("date:"):
                base = datetime.datetime.fromisoformat(line[5:].strip())
    settings = {"RELATIVE_BASE": base} if base else {}
    search_dates(raw, languages=["en"], settings=settings)
"""


def collect(dirs: list[str]) -> list[tuple[str, str | None]]:
    """(text, ISO date or None) for every distinct article under `dirs`."""
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for d in map(Path, dirs):
        for f in sorted(d.rglob("*")) if d.is_dir() else [d]:
            if f.suffix == ".tml":
                doc = read_tml(f)
                item = (doc.text, doc.dct.isoformat() if doc.dct else None)
            elif f.suffix == ".xml":
                try:
                    doc = read_meantime(f, sentences=10**6)
                except (KeyError, ValueError):
                    continue
                item = (doc.text, doc.dct.isoformat() if doc.dct else None)
            elif f.suffix in (".txt", ".md", ".markdown"):
                item = (f.read_text(encoding="utf-8", errors="replace"), None)
            else:
                continue
            if item[0].strip() and item[0] not in seen:
                seen.add(item[0])
                out.append(item)
    return out


def write(articles, folder: Path) -> int:
    words = 0
    for i, (text, day) in enumerate(articles):
        words += len(text.split())
        if text.startswith("---\n") or not day:
            body = text
        else:
            body = f"---\ndate: {day}\n---\n{text}"
        (folder / f"{i:04d}.txt").write_text(body, encoding="utf-8")
    return words


def timed(cmd: list[str], repeat: int, env: dict | None = None) -> list[float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        times.append(time.perf_counter() - t)
        if done.returncode:
            sys.stderr.write(done.stderr.decode(errors="replace"))
            raise SystemExit(done.returncode)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--skip-dateparser", action="store_true")
    args = ap.parse_args(argv)
    articles = collect(args.dirs)
    tool = shutil.which("timeline", path=str(Path(sys.executable).parent)) or shutil.which("timeline")
    cmd_prefix = [tool] if tool else [sys.executable, "-m", "timeline.cli"]
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as empty:
        folder = Path(tmp)
        words = write(articles, folder)
        (Path(empty) / "empty.txt").write_text("---\ndate: 2020-01-01\n---\nNothing.\n", encoding="utf-8")
        ours = timed([*cmd_prefix, "dates", str(folder), "--json"], args.repeat)
        startup = timed([*cmd_prefix, "dates", empty, "--json"], args.repeat)
        cached = None
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            # This environment forbids .pyc files, so every run compiles the
            # project's modules from source; an installed tool would not.
            with tempfile.TemporaryDirectory() as pyc:
                env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
                env["PYTHONPYCACHEPREFIX"] = pyc
                cached = timed([*cmd_prefix, "dates", empty, "--json"], args.repeat + 1, env)[1:]
        theirs = None if args.skip_dateparser else timed([sys.executable, "-c", DATEPARSER_SCRIPT, str(folder)], 1)
    best = min(ours)
    print(f"{len(articles)} distinct articles, {words:,} words")
    print(f"timeline dates --json:   {best:.3f} s (best of {args.repeat}, median {statistics.median(ours):.3f} s)"
          f"  {words / best:,.0f} words/s")
    # On a busy machine the start-up alone can time longer than the whole run:
    # then the cost per word after start-up cannot be told, and is not projected.
    measurable = best > min(startup)
    after = f"{words / (best - min(startup)):,.0f} words/s" if measurable else \
        "not measurable (start-up alone timed longer than the whole run: the machine is busy)"
    print(f"  start-up alone (one tiny file): {min(startup):.3f} s; after start-up: {after}")
    if cached:
        print(f"  start-up with a bytecode cache: {min(cached):.3f} s (PYTHONDONTWRITEBYTECODE is set here, "
              f"so the runs above compile every project module from source)")
    per_word = (best - min(startup)) / words if measurable else None
    if per_word is not None:
        print(f"  projected for 126,000 words: {min(startup) + 126_000 * per_word:.2f} s "
              f"({126_000 / (min(startup) + 126_000 * per_word):,.0f} words/s)")
    if theirs:
        print(f"dateparser search_dates: {theirs[0]:.3f} s  {words / theirs[0]:,.0f} words/s")
        print(f"ratio: {theirs[0] / best:.1f}x faster than search_dates")
        if per_word is not None:
            ours_126k = min(startup) + 126_000 * per_word
            theirs_126k = 126_000 * theirs[0] / words
            print(f"  projected for 126,000 words: {theirs_126k / ours_126k:.1f}x "
                  f"(search_dates {theirs_126k:.1f} s; its start-up is included in its per-word cost)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
