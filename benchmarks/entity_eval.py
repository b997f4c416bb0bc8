"""Entity-filtered timelines scored against a hand-written gold.

    .venv/bin/python benchmarks/entity_eval.py tests/data/heldout/*/
    .venv/bin/python benchmarks/entity_eval.py tests/data/heldout/aviation --show

Each DIR holds articles and a `gold.yaml` (format in
tests/data/heldout/README.md): the entity, and the events a careful researcher
puts on its timeline. The tool's timeline is built with
`timeline.pipeline.build_timeline`, filtered with `--actor ENTITY --all`, and
each entry is matched to at most one gold event (a one-to-one maximum
matching) when

- its date is compatible with the gold date (or one of its `also` dates): the
  same interval, an interval inside the gold one, or - when the entry is no
  longer than a month - an interval containing the gold one;
- one of its citations is in a file the gold names and its sentence contains
  the gold words (case and spacing ignored).

An entry matching only an optional gold event counts neither way. Precision is
matched entries over scored entries, recall matched gold events over required
gold events. The naive baseline is every sentence naming the entity (its words,
case-insensitive), dated by the article's publication date; an undated
article gives it nothing.

`--show` prints every entry with its verdict and every gold event missed.
"""

from __future__ import annotations

import argparse
import re
import sys
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from halves import HALVES, keep  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Gold:
    dates: tuple[tuple[date, date], ...]
    cites: tuple[tuple[str, str], ...]  # (file name, words)
    optional: bool
    label: str


@dataclass(frozen=True)
class Candidate:
    """An entry of the tool's timeline, or a sentence of the naive baseline."""

    first: date
    last: date
    value: str
    summary: str
    cites: tuple[tuple[str, str], ...]  # (file name, sentence)


def interval(value: str) -> tuple[date, date]:
    """The days a TIMEX3 value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn) covers."""
    value = str(value)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, monthrange(y, mo)[1])
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), date(y, 3 * q, monthrange(y, 3 * q)[1])
    if m := re.fullmatch(r"(\d{4})", value):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    raise ValueError(f"unsupported gold date {value!r}")


def norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.lower().split())


def load_gold(folder: Path) -> tuple[str, list[Gold]]:
    data = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    golds = []
    for item in data["events"]:
        values = [item["date"], *item.get("also", ())]
        cites = tuple((str(f), str(w)) for f, w in item["cite"])
        golds.append(Gold(
            dates=tuple(interval(v) for v in values),
            cites=cites,
            optional=bool(item.get("optional", False)),
            label=f"{item['date']}  {cites[0][0]}: {cites[0][1]}",
        ))
    return str(data["entity"]), golds


def dates_compatible(cand: Candidate, gold: Gold) -> bool:
    for lo, hi in gold.dates:
        if lo <= cand.first and cand.last <= hi:
            return True
        if (cand.last - cand.first).days <= 31 and cand.first <= lo and hi <= cand.last:
            return True
    return False


def matches(cand: Candidate, gold: Gold) -> bool:
    if not dates_compatible(cand, gold):
        return False
    return any(
        Path(file).name == gfile and norm(words) in norm(sentence)
        for file, sentence in cand.cites
        for gfile, words in gold.cites
    )


def max_matching(cands: list[Candidate], golds: list[Gold]) -> dict[int, int]:
    """A maximum one-to-one matching of candidates to gold events (Kuhn's algorithm)."""
    edges = [[g for g, gold in enumerate(golds) if matches(c, gold)] for c in cands]
    owner: dict[int, int] = {}  # gold index -> candidate index

    def augment(c: int, seen: set[int]) -> bool:
        for g in edges[c]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = c
                return True
        return False

    for c in range(len(cands)):
        augment(c, set())
    return {c: g for g, c in owner.items()}


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    matched_entries: int = 0
    matched_gold: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.system += other.system
        self.matched_entries += other.matched_entries
        self.matched_gold += other.matched_gold

    @property
    def precision(self) -> float:
        return 100.0 * self.matched_entries / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(cands: list[Candidate], golds: list[Gold], show: bool = False) -> Score:
    required = [g for g in golds if not g.optional]
    optional = [g for g in golds if g.optional]
    pairs = max_matching(cands, required)
    result = Score(gold=len(required), matched_gold=len(pairs), matched_entries=len(pairs))
    for i, cand in enumerate(cands):
        if i in pairs:
            verdict = "ok  "
        elif any(matches(cand, g) for g in optional):
            verdict = "opt "
        else:
            verdict = "FP  "
        if verdict != "opt ":
            result.system += 1
        if show:
            where = ", ".join(Path(f).name for f, _ in cand.cites)
            print(f"  {verdict}{cand.value:<12} {cand.summary[:90]}  [{where}]")
    if show:
        for g, gold in enumerate(required):
            if g not in pairs.values():
                print(f"  MISS {gold.label}")
    return result


def tool_candidates(folder: Path, entity: str) -> list[Candidate]:
    from timeline.pipeline import build_timeline
    from timeline.query import apply_query, make_query

    timeline = build_timeline([folder])
    timeline = apply_query(timeline, make_query(actors=[entity], everything=True))
    return [
        Candidate(e.first, e.last, e.value, e.summary,
                  tuple((c.file, c.quote) for c in e.citations))
        for e in timeline.entries
    ]


def naive_candidates(folder: Path, entity: str) -> list[Candidate]:
    from timeline.pipeline import read_corpus
    from timeline.sentences import split_sentences

    pattern = re.compile(rf"\b{re.escape(entity)}\b", re.IGNORECASE)
    out = []
    for article in read_corpus([folder]).articles:
        if article.published is None:
            continue
        day = article.published
        for sentence in split_sentences(article):
            if pattern.search(sentence.text):
                out.append(Candidate(day, day, day.isoformat(), sentence.text.strip(),
                                     ((article.path, sentence.text),)))
    return out


def row(name: str, s: Score) -> str:
    return (f"{name:<22} {s.gold:>4} {s.system:>4} {s.matched_gold:>4} "
            f"{s.precision:>6.1f} {s.recall:>6.1f} {s.f1:>6.1f}")


def evaluate(folders: list[Path], show: bool = False) -> dict[str, dict[str, Score]]:
    """Scores per topic and 'overall', for 'tool' and 'naive'."""
    results: dict[str, dict[str, Score]] = {"overall": {"tool": Score(), "naive": Score()}}
    for folder in folders:
        entity, golds = load_gold(folder)
        topic = f"{folder.name} ({entity})"
        if show:
            print(f"== {topic}: tool")
        tool = score(tool_candidates(folder, entity), golds, show)
        if show:
            print(f"== {topic}: naive")
        naive = score(naive_candidates(folder, entity), golds, show)
        results[topic] = {"tool": tool, "naive": naive}
        results["overall"]["tool"].add(tool)
        results["overall"]["naive"].add(naive)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="print every entry's verdict and every miss")
    parser.add_argument("--half", choices=HALVES, help="only the tuning or the checking half of the topics (benchmarks/halves.py)")
    args = parser.parse_args(argv)
    folders = [d for d in args.dirs if (d / "gold.yaml").is_file() and keep(d.resolve().name, args.half)]
    if not folders:
        parser.error("no DIR holds a gold.yaml")
    results = evaluate(folders, args.show)
    header = f"{'':<22} {'gold':>4} {'sys':>4} {'hit':>4} {'P':>6} {'R':>6} {'F1':>6}"
    for kind in ("tool", "naive"):
        print(f"\n{kind}:\n{header}")
        for topic, scores in results.items():
            if topic != "overall":
                print(row(topic, scores[kind]))
        print(row("overall", results["overall"][kind]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
