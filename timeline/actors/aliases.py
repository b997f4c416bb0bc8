"""The user's alias file (actors.yaml) and the spellings it fixes.

An alias file maps a canonical name to the spellings that mean it:
``Konstantin Kilimnik: [Klimnik, K. Kilimnik]``. With the built-in aliases
("U.S." -> "United States") these come first in joining: a spelling they
name is never joined by rule.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import yaml

from timeline.actors.forms import short_forms
from timeline.actors.names import name_key
from timeline.errors import TimelineError
from timeline.lexicon.people import BUILT_IN_ALIASES

BUILT_IN = "built-in alias"
ALIAS_FILE = "alias file"
SHORT_FORM_IN_ALIAS_FILE = "short form of a name in the alias file"


class Fixed(NamedTuple):
    """The canonical name an alias table gives a spelling, and which table (BUILT_IN, ...)."""

    canonical: str
    source: str


def load_alias_file(path: Path) -> dict[str, list[str]]:
    """Read an actors.yaml of {canonical name: [aliases]}.

    Raises TimelineError naming the file and the problem when it is missing,
    not YAML, or not a mapping of names to lists of names.
    """
    path = Path(path)
    data = _read_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TimelineError(f"{path}: expected a mapping 'Canonical Name: [alias, alias]', got {type(data).__name__}")
    aliases: dict[str, list[str]] = {}
    for canonical, values in data.items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise TimelineError(f"{path}: actor name {canonical!r} is not a non-empty string")
        if values is None:
            values = []
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise TimelineError(f"{path}: aliases of {canonical!r} must be a list of names")
        aliases[canonical.strip()] = [v.strip() for v in values]
    return aliases


def _read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TimelineError(f"{path}: alias file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineError(f"{path}: cannot read alias file ({exc})") from None
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
    for table, source in ((BUILT_IN_ALIASES, BUILT_IN), (user_aliases or {}, ALIAS_FILE)):
        for canonical, aliases in table.items():
            for spelling in [canonical, *aliases]:
                fixed[name_key(spelling)] = Fixed(canonical, source)
    for canonical, aliases in (user_aliases or {}).items():
        for spelling in [canonical, *aliases]:
            for short in short_forms(spelling):
                fixed.setdefault(name_key(short), Fixed(canonical, SHORT_FORM_IN_ALIAS_FILE))
    return fixed
