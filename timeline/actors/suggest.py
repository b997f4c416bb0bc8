"""Near-identical names left apart, proposed as aliases ("Kilimnik" / "Klimnik").

A typo and two people of similar names look alike, so they are never joined
by rule: `timeline actors` lists them as suggestions for the alias file.
"""

from __future__ import annotations

from collections import defaultdict

from timeline.actors.spelling import name_key
from timeline.trace import explaining


def near_identical(display: dict[str, str]) -> dict[str, dict[str, str]]:
    """{group key: {near-identical display name: evidence}} ("Kilimnik" / "Klimnik").

    Candidates share a one-deletion variant (so the cost grows with the
    number of names, not its square); each pair of distinct forms is then
    checked once by edit distance (at most 1 under 8 letters, 2 from 8 on).
    The evidence is filled only when explaining.
    """
    out: dict[str, dict[str, str]] = defaultdict(dict)
    groups = _comparable_forms(display)
    forms = list(groups)
    checked: set[tuple[int, int]] = set()
    for members in _deletion_variants(forms).values():
        for a in members:
            for b in members:
                if a >= b or (a, b) in checked:
                    continue
                checked.add((a, b))
                fa, fb = forms[a], forms[b]
                limit = 1 if min(len(fa), len(fb)) < 8 else 2
                distance = edit_distance(fa, fb, limit)
                if distance <= limit:
                    evidence = f"{fa!r} and {fb!r} are {distance} edit{'s' if distance > 1 else ''} apart" if explaining() else ""
                    _suggest_each_other(out, groups[fa], groups[fb], display, evidence)
    return out


def _suggest_each_other(out, keys_a: list[str], keys_b: list[str], display: dict[str, str], evidence: str) -> None:
    for ka in keys_a:
        for kb in keys_b:
            if ka != kb:
                out[ka].setdefault(display[kb], evidence)
                out[kb].setdefault(display[ka], evidence)


def _comparable_forms(display: dict[str, str]) -> dict[str, list[str]]:
    """{comparable words: group keys}: each name, and the surname of a name of several words."""
    forms: dict[str, list[str]] = defaultdict(list)
    for k, name in display.items():
        words = name_key(name).split()
        forms[" ".join(words)].append(k)
        if len(words) >= 2:
            forms[words[-1]].append(k)
    return forms


def _deletion_variants(forms: list[str]) -> dict[str, set[int]]:
    """{a form, or it less one letter: indexes of the forms giving it}; forms under 5 letters take no part."""
    variants: dict[str, set[int]] = defaultdict(set)
    for n, form in enumerate(forms):
        if len(form) < 5:
            continue
        variants[form].add(n)
        for i in range(len(form)):
            variants[form[:i] + form[i + 1:]].add(n)
    return variants


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up early once it exceeds `limit`."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]
