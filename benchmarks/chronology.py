"""Is each entry a real event, cited by every report of it? Per corpus and half.

  python benchmarks/chronology.py [STORIES_DIR | STORY_DIR] [--semeval DIR] [--no-semeval]

STORIES_DIR (default tests/data/stories) holds one folder per story: the
articles (*.txt) and gold.yaml (`events: [{id, date, what, reports: [{file,
quote}]}]`, optional `not_events: [{file, quote}]`). Each story is built
three times: whole, and as its tuning and checking halves (articles split by
`benchmarks/halves.py`'s hash of the file name, each half its own corpus).
semeval-apple (SemEval-2015 Task 4 trial data, default
/work/shared/bench/semeval-apple) is scored the same way from its gold rows
(one row = one event; its mentions are the reports).

A citation matches a gold report when it is of the same file and its quote
overlaps the report's quote. Printed per corpus:

  entries    entries of the build
  events     gold events with a report in the corpus
  found      gold events some entry cites
  missed     gold events reported in 2+ files whose reports no one entry joins
  wrong      entries joining reports of two different gold events (not counted
             when the two are matched through one and the same sentence)
  spurious   entries matching no gold event, or matching a not_event
             (semeval: only entries naming a gold entity are counted, its
             gold covers only six entities)
  dates      gold events whose best entry (citing most of its reports; of those,
             the one whose summary is closest in words to a report) has the gold date
             (or a time of day on the gold day)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from halves import half  # noqa: E402

from timeline.pipeline import build_timeline  # noqa: E402


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _overlaps(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a in b or b in a or _common_run(a, b))


def _contains(a: str, b: str) -> bool:
    """One holds the other: a cited caption is the not_event itself, not a
    lede sharing six words with it ("the U.S. Agency for International Development")."""
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a in b or b in a)


def _common_run(a: str, b: str, n: int = 6) -> bool:
    wa, wb = a.split(), b.split()
    grams = {tuple(wa[i:i + n]) for i in range(max(len(wa) - n + 1, 0))}
    return any(tuple(wb[i:i + n]) in grams for i in range(max(len(wb) - n + 1, 0)))


def _closeness(summary: str, reps) -> float:
    """How closely the summary tells one of the reports: the Jaccard overlap of their words."""
    words = set(_norm(summary).split())
    return max(len(words & q) / len(words | q) for q in (set(_norm(r["quote"]).split()) for r in reps))


def _same_date(gold: str, value: str) -> bool:
    """The gold date, or a time of day on it ("2005-07-26T10:39" is the day 2005-07-26, told more precisely)."""
    return value == gold or (len(gold) == 10 and value.startswith(gold + "T"))


def _joins_two(entry, reports_of_events) -> bool:
    """Does the entry join reports of two different gold events? The entry
    is the event it cites most sentences of; another gold event is joined
    wrongly only through a sentence that does not also report that one. A
    sentence reporting two gold events (semeval's gold has an event per word,
    so "born in San Francisco on February 24, 1955, has built ..." carries
    two; "arrived Feb. 8 ... following earthquakes that occurred on Feb. 6"
    reports an arrival and the earthquake) joins nothing: a sentence is the
    finest thing an entry cites."""
    cited = [{(c.file, c.start) for c in entry.citations
              if any(Path(c.file).name == r["file"] and _overlaps(c.quote, r["quote"]) for r in reps)}
             for reps in reports_of_events]
    if len(cited) < 2:
        return False
    main = max(cited, key=len)
    return any(not (other <= main) for other in cited if other is not main)


def score(entries, gold_events, not_events, files, counted=lambda e: True):
    """The table row of one build against its gold (only reports in `files` count)."""
    events = []
    for g in gold_events:
        reps = [r for r in g["reports"] if r["file"] in files]
        if reps:
            events.append((g, reps))

    def cites(entry, reps):
        return [r for r in reps if any(Path(c.file).name == r["file"] and _overlaps(c.quote, r["quote"]) for c in entry.citations)]

    row = dict(entries=len(entries), events=len(events), found=0, missed=0, wrong=0, spurious=0, dates=0, details=[])
    matched_by: dict[int, set] = {}
    for k, (g, reps) in enumerate(events):
        hits = [(len(cites(e, reps)), i) for i, e in enumerate(entries)]
        hits = [(n, i) for n, i in hits if n]
        for _, i in hits:
            matched_by.setdefault(i, set()).add(k)
        if hits:
            row["found"] += 1
            # A sentence telling two events is cited by both their entries ("the death toll from the
            # earthquake that hit on Friday is now nearing 1,900"): the best entry cites most
            # reports, then tells the event, its summary closest in words to the gold's account of
            # what happened, then to one of the reports' quotes.
            what = [{"quote": g.get("what", "")}]
            told = {i: (_closeness(entries[i].summary, what), _closeness(entries[i].summary, reps)) for _, i in hits}
            _, _, i = max((n, told[i], i) for n, i in hits)
            if _same_date(str(g["date"]), entries[i].value):
                row["dates"] += 1
            else:
                row["details"].append(f"date     {g.get('id')}: gold {g['date']}, entry {entries[i].value}: {entries[i].summary[:70]}")
        if len({r["file"] for r in reps}) >= 2 and not any(
                len({r["file"] for r in cites(e, reps)}) >= 2 or len({r["file"] for r in cites(e, reps)}) == len({r["file"] for r in reps}) for e in entries):
            row["missed"] += 1
            row["details"].append(f"missed   {g.get('id')} ({g['date']}):")
            for r in reps:
                held = [e for e in entries if cites(e, [r])]
                row["details"].append(f"           {r['file'][:28]} {r['quote'][:60]!r} -> "
                                      + ("; ".join(f"{e.value} {e.summary[:40]!r}" for e in held) or "no entry"))
    for i, e in enumerate(entries):
        ks = matched_by.get(i, set())
        if _joins_two(e, [events[k][1] for k in sorted(ks)]):
            row["wrong"] += 1
            row["details"].append(f"wrong    {e.value} {e.summary[:60]!r} joins " + ", ".join(str(events[k][0].get('id')) for k in sorted(ks)))
        bad = any(Path(c.file).name == n["file"] and _contains(c.quote, n["quote"]) for n in not_events for c in e.citations)
        if (not ks and counted(e)) or bad:
            row["spurious"] += 1
            row["details"].append(f"spurious {e.value} {e.summary[:80]!r}" + (" (a not_event)" if bad else ""))
    return row


def _build(files: list[Path]):
    return list(build_timeline([str(f) for f in files]).entries) if files else []


def stories(root: Path):
    import yaml

    folders = [root] if (root / "gold.yaml").exists() else sorted(p for p in root.iterdir() if (p / "gold.yaml").exists())
    for story in folders:
        gold = yaml.safe_load((story / "gold.yaml").read_text(encoding="utf-8")) or {}
        arts = sorted(story.glob("*.txt"))
        for name, part in (("all", arts), ("tuning", [a for a in arts if half(a.name) == "tuning"]),
                           ("checking", [a for a in arts if half(a.name) == "checking"])):
            files = {a.name for a in part}
            yield story.name, name, score(_build(part), gold.get("events", []), gold.get("not_events", []), files)


def semeval(root: Path):
    sentences = json.loads((root / "sentences.json").read_text())
    gold = json.loads((root / "gold.json").read_text())
    by_doc = {v["doc"]: k for k, v in sentences.items()}
    texts = {n: (root / "articles" / n).read_text(encoding="utf-8") for n in sentences}
    gold_events, entities = [], set()
    for entity, rows in gold.items():
        entities.add(entity.casefold())
        for k, r in enumerate(rows):
            reps = []
            for doc, sid in r["mentions"]:
                name = by_doc.get(doc)
                if name is None:
                    continue  # a document the trial data does not ship
                span = next((a, b) for s, a, b in sentences[name]["spans"] if str(s) == str(sid))
                reps.append({"file": name, "quote": texts[name][span[0]:span[1]]})
            same = next((g for g in gold_events if g["date"] == r["date"] and any(
                x in g["reports"] for x in reps)), None)  # one event on two entities' timelines
            if same is None:
                gold_events.append({"id": f"{entity}-{k}", "date": r["date"], "reports": reps})
            else:
                same["reports"] += [x for x in reps if x not in same["reports"]]
    arts = sorted((root / "articles").glob("*.md"))
    counted = lambda e: any(a.casefold() in entities for a in e.actors)  # noqa: E731
    for name, part in (("all", arts), ("tuning", [a for a in arts if half(a.name) == "tuning"]),
                       ("checking", [a for a in arts if half(a.name) == "checking"])):
        files = {a.name for a in part}
        yield "semeval-apple", name, score(_build(part), gold_events, [], files, counted)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="example: python benchmarks/chronology.py tests/data/stories/chile-miners-2010 --no-semeval")
    ap.add_argument("stories", nargs="?", type=Path, default=Path("tests/data/stories"),
                    help="a folder of story folders, or one story folder (default tests/data/stories)")
    ap.add_argument("--semeval", type=Path, default=Path("/work/shared/bench/semeval-apple"),
                    help="the SemEval-2015 Apple trial data (default /work/shared/bench/semeval-apple)")
    ap.add_argument("--no-semeval", action="store_true", help="score the story folders only")
    ap.add_argument("--details", action="store_true", help="after each row, list its missed merges, wrong merges, spurious entries and wrong dates")
    args = ap.parse_args(argv)
    cols = ("entries", "events", "found", "missed", "wrong", "spurious", "dates")
    print(f"{'corpus':<28} {'half':<9} " + " ".join(f"{c:>8}" for c in cols))
    rows = list(stories(args.stories)) if args.stories.is_dir() else []
    if args.semeval.is_dir() and not args.no_semeval:
        rows += list(semeval(args.semeval))
    for corpus, part, row in rows:
        print(f"{corpus:<28} {part:<9} " + " ".join(f"{row[c]:>8}" for c in cols))
        if args.details:
            print("".join(f"    {d}\n" for d in row["details"]), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
