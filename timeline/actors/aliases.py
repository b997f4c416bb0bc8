"""The user's alias file (actors.yaml) and the spellings it fixes.

An alias file maps a canonical name to the spellings that mean it:
``Konstantin Kilimnik: [Klimnik, K. Kilimnik]``. With the built-in aliases
("U.S." -> "United States", "the Dow" -> "Dow Jones Industrial Average")
these come first in joining: a spelling they
name is never joined by rule.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import yaml

from timeline.actors.forms import short_forms
from timeline.actors.spelling import name_key
from timeline.errors import SourceError, TimelineError
from timeline.ingest import safe_yaml
from timeline.ingest.files import read_bytes, shown
from timeline.ingest.problems import problem
from timeline.lexicon.people import BUILT_IN_ALIASES
from timeline.lexicon.products import MARKET_INDICES
from timeline.model import Problem

BUILT_IN = "built-in alias"
ALIAS_FILE = "alias file"
SHORT_FORM_IN_ALIAS_FILE = "short form of a name in the alias file"


class Fixed(NamedTuple):
    """The canonical name an alias table gives a spelling, and which table (BUILT_IN, ...)."""

    canonical: str
    source: str


# The most spellings (names and aliases) an alias file gives; the rest are
# left out with a warning. A hand-written file holds tens or hundreds; a
# file beside a downloaded corpus is loaded unasked, and YAML anchors let a
# few hundred KB name one list of thousands under thousands of keys.
MAX_SPELLINGS = 10_000

# An alias file larger than this is refused before it is read.
MAX_BYTES = 10 * 1024 * 1024


def load_alias_file(path: Path) -> dict[str, list[str]]:
    """Read an actors.yaml of {canonical name: [aliases]} (see `read_alias_file`)."""
    return read_alias_file(path)[0]


def read_alias_file(path: Path) -> tuple[dict[str, list[str]], list[Problem]]:
    """Read an actors.yaml of {canonical name: [aliases]}, and a warning when
    it names more than `MAX_SPELLINGS` spellings (those after are left out).

    Raises TimelineError naming the file and the problem when it is missing,
    not a regular file, too large, not YAML, or not a mapping of names to
    lists of names.
    """
    path = Path(path)
    data = _read_yaml(path)
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        raise TimelineError(f"{path}: expected a mapping 'Canonical Name: [alias, alias]', got {type(data).__name__}")
    aliases: dict[str, list[str]] = {}
    count = 0
    for canonical, values in data.items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise TimelineError(f"{path}: actor name {_shown(canonical)} is not a non-empty string")
        if values is None:
            values = []
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise TimelineError(f"{path}: aliases of {canonical!r} must be a list of names")
        if count + 1 + len(values) > MAX_SPELLINGS:
            what = f"names more than {MAX_SPELLINGS} spellings; read those before {canonical.strip()!r}, left out the rest"
            return aliases, [problem(shown(path), "alias-limit", what)]
        count += 1 + len(values)
        aliases[canonical.strip()] = [v.strip() for v in values]
    return aliases, []


def _shown(value) -> str:
    """A YAML key for a message: never its whole text (a number of 5,000 digits)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "..."


def _read_yaml(path: Path):
    try:
        data, more = read_bytes(path, MAX_BYTES)
    except SourceError as err:
        missing = not os.path.lexists(path)
        raise TimelineError(f"{path}: alias file not found" if missing else f"{path}: alias file {err.problem}") from None
    if more:
        raise TimelineError(f"{path}: alias file is larger than {MAX_BYTES // (1024 * 1024)} MB; not read")
    try:
        return safe_yaml.load(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise TimelineError(f"{path}: cannot read alias file ({exc})") from None
    except safe_yaml.UnusableYAML as exc:
        raise TimelineError(f"{path}: alias file not used ({exc}); expected 'Canonical Name: [alias, alias]'") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise TimelineError(f"{path}: not valid YAML{line}; expected 'Canonical Name: [alias, alias]'") from None


def fixed_spellings(user_aliases: dict[str, list[str]] | None) -> dict[str, Fixed]:
    """{name key: Fixed} for every spelling the alias tables name.

    The user's file overrides the built-in table; then a user who names
    "Konstantin Kilimnik" means his surname too (unless a table names it).
    """
    fixed: dict[str, Fixed] = {}
    for table, source in ((BUILT_IN_ALIASES, BUILT_IN), (MARKET_INDICES, BUILT_IN), (user_aliases or {}, ALIAS_FILE)):
        for canonical, aliases in table.items():
            for spelling in [canonical, *aliases]:
                fixed[name_key(spelling)] = Fixed(canonical, source)
    for canonical, aliases in (user_aliases or {}).items():
        for spelling in [canonical, *aliases]:
            for short in short_forms(spelling):
                fixed.setdefault(name_key(short), Fixed(canonical, SHORT_FORM_IN_ALIAS_FILE))
    return fixed
