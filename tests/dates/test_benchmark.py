"""Regression test: accuracy on TempEval-3 platinum must not drop.

The floors are the team's: DATE value F1 92.2 (reached, see
benchmarks/README.md), all types 89.0, relaxed 95.5.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from timex_eval import load, score  # noqa: E402

PLATINUM = ROOT / "tests" / "data" / "te3-platinum"


def test_platinum_does_not_regress():
    table = score(load([str(PLATINUM)]))
    assert len(list(PLATINUM.glob("*.tml"))) == 20
    assert table["DATE"]["value"] >= 92.2, table["DATE"]
    assert table["ALL"]["value"] >= 89.0, table["ALL"]
    assert table["ALL"]["relaxed"] >= 95.5, table["ALL"]
