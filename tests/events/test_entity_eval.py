"""The held-out entity evaluation (benchmarks/entity_eval.py) does not regress.

The articles in tests/data/heldout/ are about subjects the samples never touch
(aviation, central banks and markets, chipmakers, energy, carmakers, drugmakers,
shipping); the floor is the overall F1
reached when the rules were last changed, minus a hair.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HELDOUT = ROOT / "tests" / "data" / "heldout"
F1_FLOOR = 86.5


def _entity_eval():
    spec = importlib.util.spec_from_file_location("entity_eval", ROOT / "benchmarks" / "entity_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["entity_eval"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_heldout_topics_each_have_gold():
    topics = sorted(p for p in HELDOUT.iterdir() if p.is_dir())
    assert len(topics) >= 3
    assert all((t / "gold.yaml").is_file() for t in topics)
    assert sum(len(list(t.glob("*.txt"))) for t in topics) >= 8


def test_entity_timelines_beat_the_floor_and_the_naive_baseline():
    ev = _entity_eval()
    results = ev.evaluate(sorted(p for p in HELDOUT.iterdir() if p.is_dir()))
    overall = results["overall"]
    assert overall["tool"].f1 >= F1_FLOOR, (overall["tool"].f1, F1_FLOOR)
    assert overall["tool"].f1 > overall["naive"].f1 + 20


def test_matching_rules():
    ev = _entity_eval()
    from datetime import date

    gold = ev.Gold(dates=(ev.interval("2025-06"),), cites=(("a.txt", "cut its goal"),), optional=False, label="")
    day = ev.Candidate(date(2025, 6, 3), date(2025, 6, 3), "2025-06-03", "", (("x/a.txt", "The company cut its  goal."),))
    year = ev.Candidate(date(2025, 1, 1), date(2025, 12, 31), "2025", "", (("x/a.txt", "The company cut its goal."),))
    other = ev.Candidate(date(2025, 6, 3), date(2025, 6, 3), "2025-06-03", "", (("x/b.txt", "The company cut its goal."),))
    assert ev.matches(day, gold)  # inside the gold month
    assert not ev.matches(year, gold)  # a year is too coarse to claim a month
    assert not ev.matches(other, gold)  # another file
    assert ev.interval("2025-W32") == (date(2025, 8, 4), date(2025, 8, 10))
    s = ev.score([day, day], [gold])
    assert (s.matched_gold, s.system) == (1, 2)  # a duplicate is a false positive
