#!/usr/bin/env python
"""One table over every development set, each by its tuning and checking half.

    .venv/bin/python benchmarks/dev.py [--bench ../shared/bench] [--no-entities] [--no-speed]

Date sets (scored by benchmarks/timex_eval.py): TE3 platinum and MEANTIME
Apple (in --bench), tests/data/realnews, tests/data/business,
tests/data/economy, tests/data/worldnews, tests/data/releases,
tests/data/earnings, tests/data/nineties and tests/data/wikicars. For each half
(benchmarks/halves.py) it prints DATE value F1 and the all-types figures.
Entity timelines: --bench/entity_timelines.py on --bench/semeval-apple, the
tool and the naive baseline, on a copy of the corpus holding only the half's
articles (gold mentions in other articles dropped); and benchmarks/entity_eval.py
on the real-text entity sets of tests/data/entities, by the half of each
entity's folder. Speed: benchmarks/speed.py
on the date sets (`timeline dates` against dateparser `search_dates`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from halves import HALVES, keep  # noqa: E402
from timex_eval import load, score  # noqa: E402


def date_sets(bench: Path) -> list[tuple[str, Path]]:
    sets = [("TE3 platinum", bench / "te3-platinum"), ("MEANTIME Apple", bench / "meantime-apple"),
            ("realnews", ROOT / "tests/data/realnews"), ("business", ROOT / "tests/data/business"),
            ("economy", ROOT / "tests/data/economy"),
            ("worldnews", ROOT / "tests/data/worldnews"),
            ("releases", ROOT / "tests/data/releases"),
            ("earnings", ROOT / "tests/data/earnings"),
            ("nineties", ROOT / "tests/data/nineties"),
            ("wikicars", ROOT / "tests/data/wikicars")]
    return [(name, path) for name, path in sets if path.exists()]


def date_rows(bench: Path) -> list[str]:
    rows = [f"{'set':<16}{'half':<10}{'docs':>5}{'DATE gold':>10}{'DATE value F1':>15}"
            f"{'all gold':>10}{'all strict':>11}{'all relaxed':>12}{'all value F1':>13}"]
    for name, path in date_sets(bench):
        docs = load([str(path)])
        for h in HALVES:
            part = [d for d in docs if keep(Path(d.name).stem, h)]
            t = score(part)
            d, a = t["DATE"], t["ALL"]
            rows.append(f"{name:<16}{h:<10}{len(part):>5}{d['gold']:>10}{d['value']:>15.1f}"
                        f"{a['gold']:>10}{a['strict']:>11.1f}{a['relaxed']:>12.1f}{a['value']:>13.1f}")
    return rows


def half_corpus(src: Path, wanted: str, dest: Path) -> Path:
    """A copy of a SemEval corpus holding only the `wanted` half's articles."""
    (dest / "articles").mkdir(parents=True)
    sentences = json.loads((src / "sentences.json").read_text())
    kept = {n: info for n, info in sentences.items() if keep(Path(n).stem, wanted)}
    for name in kept:
        shutil.copy(src / "articles" / name, dest / "articles" / name)
    docs = {info["doc"] for info in kept.values()}
    gold = json.loads((src / "gold.json").read_text())
    for entity, rows in gold.items():
        for r in rows:
            r["mentions"] = [m for m in r["mentions"] if m[0] in docs]
        gold[entity] = [r for r in rows if r["mentions"]]
    (dest / "sentences.json").write_text(json.dumps(kept))
    (dest / "gold.json").write_text(json.dumps(gold))
    return dest


def entity_rows(bench: Path) -> list[str]:
    tool = str(Path(sys.executable).parent / "timeline")
    script, corpus = bench / "entity_timelines.py", bench / "semeval-apple"
    rows = [f"{'entities':<16}{'half':<10}{'system':<8}{'P':>7}{'R':>7}{'F1':>7}{'merge recall':>14}"]
    for h in HALVES:
        with tempfile.TemporaryDirectory() as tmp:
            half_dir = half_corpus(corpus, h, Path(tmp) / "semeval-apple")
            for system, extra in (("tool", []), ("naive", ["--baseline"])):
                out = subprocess.run([sys.executable, str(script), tool, str(half_dir), *extra],
                                     capture_output=True, text=True, check=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                rows.append(f"{'SemEval Apple':<16}{h:<10}{system:<8}{r['precision']:>7.1f}{r['recall']:>7.1f}"
                            f"{r['f1']:>7.1f}{r['merge_recall']:>13.1f}%")
    return rows


def real_entity_rows() -> list[str]:
    """entity_eval.py on tests/data/entities, overall per half, the tool and the naive baseline."""
    from entity_eval import evaluate

    root = ROOT / "tests/data/entities"
    folders = sorted(p for p in root.iterdir() if (p / "gold.yaml").is_file()) if root.exists() else []
    rows = []
    for h in HALVES:
        part = [f for f in folders if keep(f.name, h)]
        overall = evaluate(part)["overall"] if part else {}
        for system, s in overall.items():
            rows.append(f"{'entities (real)':<16}{h:<10}{system:<8}{s.precision:>7.1f}{s.recall:>7.1f}{s.f1:>7.1f}")
    return rows


def speed_rows(bench: Path) -> list[str]:
    dirs = [str(p) for _, p in date_sets(bench)]
    out = subprocess.run([sys.executable, str(HERE / "speed.py"), *dirs, "--repeat", "3"],
                         capture_output=True, text=True, check=True).stdout
    return ["speed (benchmarks/speed.py on the date sets):", *("  " + line for line in out.strip().splitlines())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared/bench",
                    help="folder of te3-platinum, meantime-apple, semeval-apple, entity_timelines.py")
    ap.add_argument("--no-entities", action="store_true", help="skip the entity timelines (slow)")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed check")
    args = ap.parse_args(argv)
    if not args.bench.exists():
        alt = Path("/work/shared/bench")
        args.bench = alt if alt.exists() else args.bench
    print("\n".join(date_rows(args.bench)))
    if not args.no_entities:
        print()
        print("\n".join(entity_rows(args.bench)))
        print("\n".join(real_entity_rows()))
    if not args.no_speed:
        print()
        print("\n".join(speed_rows(args.bench)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
