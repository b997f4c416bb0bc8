#!/usr/bin/env python
"""Score `timeline.dates.find_dates` against gold TIMEX3 annotations.

    python benchmarks/timex_eval.py ../shared/bench/te3-platinum [--errors]
    python benchmarks/timex_eval.py ../shared/bench/meantime-apple
    python benchmarks/timex_eval.py tests/data/realnews --half checking

Reads TimeML (.tml) and MEANTIME CAT (.xml) files and `gold.yaml` stand-off
annotations of plain-text articles (or folders of them), runs
the library on each document's text with its creation time as publication
date, and prints strict, relaxed and value F1 per TIMEX3 type and overall
(TempEval-3 conventions: the creation-time timex is not scored; relaxed =
spans overlap; value = relaxed match whose value equals the gold value).
MEANTIME annotates only the title, the dateline and the first five sentences,
so only those are scored.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.dates import find_dates  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from halves import HALVES, keep  # noqa: E402

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Doc:
    name: str
    text: str
    dct: date | None
    gold: list[Timex]
    scored: tuple[int, int]  # the part of `text` that is annotated


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d)|value="(\d{4}-\d\d-\d\d)"[^>]*functionInDocument="CREATION_TIME"', raw)
    dct = date.fromisoformat(dct_m.group(1) or dct_m.group(2)) if dct_m else None
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    out: list[str] = []
    n = 0
    gold: list[Timex] = []
    open_timex = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        if m.group(2) == "TIMEX3":
            if m.group(1):
                attrs, start = open_timex
                gold.append(Timex(start, n, attrs.get("type", "DATE"), attrs.get("value", ""), ""))
                open_timex = None
            else:
                open_timex = (dict(_ATTR.findall(m.group(3))), n)
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    for g in gold:
        g.text = text[g.start:g.end]
    return Doc(path.name, text, dct, gold, (0, len(text)))


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "%", "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"}


def read_meantime(path: Path, sentences: int = 6) -> Doc:
    raw = path.read_text(encoding="utf-8")
    tokens = re.findall(r'<token [^>]*sentence="(\d+)" t_id="(\d+)"[^>]*>(.*?)</token>', raw, re.S)
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    n = 0
    last_sent = None
    scored_end = 0
    prev = ""
    for sent, tid, tok in tokens:
        tok = html.unescape(tok)
        if last_sent is not None and sent != last_sent:
            sep = "\n"
        elif last_sent is None:
            sep = ""
        elif tok in _NO_SPACE_BEFORE or prev in ("(", "$", "``", "“"):
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        n += len(sep)
        offsets[tid] = (n, n + len(tok))
        parts.append(tok)
        n += len(tok)
        if int(sent) < sentences:
            scored_end = n
        last_sent = sent
        prev = tok
    text = "".join(parts)
    gold = []
    dct = None
    dct_span = None
    for m in re.finditer(r"<TIMEX3 ([^>]*?)>(.*?)</TIMEX3>", raw, re.S):
        attrs = dict(_ATTR.findall(m.group(1)))
        ids = re.findall(r't_id="(\d+)"', m.group(2))
        if not ids:
            continue
        start = min(offsets[i][0] for i in ids)
        end = max(offsets[i][1] for i in ids)
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = date.fromisoformat(attrs["value"][:10])
            dct_span = (start, end)
            continue
        gold.append(Timex(start, end, attrs.get("type", "DATE"), attrs.get("value", ""), text[start:end]))
    doc = Doc(path.name, text, dct, gold, (0, scored_end))
    doc.dct_span = dct_span  # type: ignore[attr-defined]
    return doc


_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def whole_word(text: str) -> re.Pattern[str]:
    """The exact, case-sensitive `text`, not inside a longer word or number."""
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(text) + r"(?![A-Za-z0-9])")


def read_article(path: Path) -> tuple[dict, str]:
    """Front matter (YAML between `---` lines) and the body after it."""
    raw = path.read_text(encoding="utf-8")
    m = _FRONT.match(raw)
    if not m:
        raise ValueError(f"{path}: no front matter")
    return yaml.safe_load(m.group(1)) or {}, raw[m.end():]


def read_gold_yaml(path: Path) -> list[Doc]:
    """Documents from a stand-off gold file (tests/data/realnews/gold.yaml).

    Each entry names a `.txt` article beside the gold file (front matter with
    `date`, then the body) and lists its DATE timexes as `{text, nth, value}`:
    `nth` counts whole-word, case-sensitive occurrences of `text` in the body,
    0 = first. Offsets are relative to the body, which is what the system reads.
    """
    docs = []
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        art = path.parent / entry["file"]
        meta, body = read_article(art)
        dct = meta.get("date")
        if isinstance(dct, str):
            dct = date.fromisoformat(dct)
        gold = []
        for t in entry.get("timexes") or []:
            hits = list(whole_word(t["text"]).finditer(body))
            n = int(t.get("nth", 0))
            if n >= len(hits):
                raise ValueError(f"{art.name}: {t['text']!r} has no occurrence {n} ({len(hits)} found)")
            m = hits[n]
            gold.append(Timex(m.start(), m.end(), t.get("type", "DATE"), str(t["value"]), m.group()))
        gold.sort(key=lambda g: g.start)
        docs.append(Doc(art.name, body, dct, gold, (0, len(body))))
    return docs


def system(doc: Doc) -> list[Timex]:
    out = []
    dct_span = getattr(doc, "dct_span", None)
    for m in find_dates(doc.text, doc.dct):
        if m.start >= doc.scored[1]:
            continue
        if dct_span and m.start < dct_span[1] and dct_span[0] < m.end:
            continue  # the creation-time expression itself is not scored
        out.append(Timex(m.start, m.end, m.type, m.value, m.text))
    return out


def match(gold: list[Timex], sys_: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping gold and system timexes."""
    pairs = []
    used: set[int] = set()
    for g in gold:
        for i, s in enumerate(sys_):
            if i not in used and s.start < g.end and g.start < s.end:
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


def f1(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[Doc], show_errors: bool = False) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    counts = {t: Counter() for t in (*TYPES, "ALL")}
    errors: list[str] = []
    for doc in docs:
        sys_all = system(doc)
        for t in (*TYPES, "ALL"):
            gold = [g for g in doc.gold if t == "ALL" or g.type == t]
            sys_ = [s for s in sys_all if t == "ALL" or s.type == t]
            pairs = match(gold, sys_)
            c = counts[t]
            c["gold"] += len(gold)
            c["sys"] += len(sys_)
            c["relaxed"] += len(pairs)
            c["strict"] += sum(1 for g, s in pairs if (g.start, g.end) == (s.start, s.end))
            c["value"] += sum(1 for g, s in pairs if g.value == s.value)
            if show_errors and t == "ALL":
                matched_g = {id(g) for g, _ in pairs}
                matched_s = {id(s) for _, s in pairs}
                for g, s in pairs:
                    if g.value != s.value:
                        errors.append(f"VALUE {doc.name} dct={doc.dct} gold {g.type} {g.text!r}={g.value} sys {s.type} {s.text!r}={s.value}  | {_ctx(doc, g)}")
                for g in doc.gold:
                    if id(g) not in matched_g:
                        errors.append(f"MISS  {doc.name} dct={doc.dct} gold {g.type} {g.text!r}={g.value}  | {_ctx(doc, g)}")
                for s in sys_all:
                    if id(s) not in matched_s:
                        errors.append(f"EXTRA {doc.name} dct={doc.dct} sys {s.type} {s.text!r}={s.value}  | {_ctx(doc, s)}")
    for t, c in counts.items():
        table[t] = {
            "gold": c["gold"], "sys": c["sys"],
            "strict": f1(c["strict"], c["sys"], c["gold"])[2] * 100,
            "relaxed": f1(c["relaxed"], c["sys"], c["gold"])[2] * 100,
            "value": f1(c["value"], c["sys"], c["gold"])[2] * 100,
            "value_p": f1(c["value"], c["sys"], c["gold"])[0] * 100,
            "value_r": f1(c["value"], c["sys"], c["gold"])[1] * 100,
        }
    if show_errors:
        print("\n".join(errors))
        print()
    return table


def _ctx(doc: Doc, t: Timex) -> str:
    return doc.text[max(0, t.start - 70):t.end + 50].replace("\n", " ")


def load(paths: list[str]) -> list[Doc]:
    docs = []
    for p in map(Path, paths):
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.suffix == ".tml":
                docs.append(read_tml(f))
            elif f.suffix == ".xml":
                docs.append(read_meantime(f))
            elif f.name == "gold.yaml":
                docs.extend(read_gold_yaml(f))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--errors", action="store_true", help="list every mismatch")
    ap.add_argument("--half", choices=HALVES, help="only the tuning or the checking half (benchmarks/halves.py)")
    args = ap.parse_args(argv)
    docs = [d for d in load(args.paths) if keep(Path(d.name).stem, args.half)]
    table = score(docs, args.errors)
    print(f"{len(docs)} documents")
    print(f"{'type':<9}{'gold':>6}{'sys':>6}{'strict F1':>11}{'relaxed F1':>12}{'value F1':>10}{'value P':>9}{'value R':>9}")
    for t, row in table.items():
        print(f"{t:<9}{row['gold']:>6}{row['sys']:>6}{row['strict']:>11.1f}{row['relaxed']:>12.1f}{row['value']:>10.1f}{row['value_p']:>9.1f}{row['value_r']:>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
