"""The size limits of the code: no module over 400 lines, no function over 60.

A rule that does not fit in a small function is several rules; a module
that passes 400 lines holds more than one concern. The limits keep each
decision findable, and `--explain` names the function that made it.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_is_small(path):
    assert path.read_text(encoding="utf-8").count("\n") <= MAX_MODULE_LINES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_functions_are_small(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long


def test_every_package_has_a_test_folder():
    packages = [p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists() and p.name != "lexicon"]
    tests = Path(__file__).resolve().parent
    assert [p for p in packages if not (tests / p).is_dir()] == []
