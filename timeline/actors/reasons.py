"""Why an actor's spellings were joined, and why near-identical names were only suggested.

Built only when explaining (`timeline.trace`); each reason names the step
that decided, e.g. ``"joined 'Putin' to 'Vladimir Putin': surname, the only
full name of the corpus with it (join.short_form_in_corpus)"``.
"""

from __future__ import annotations

from timeline.actors.spelling import strip_titles


def actor_reasons(name: str, from_alias: bool, joins: dict, suggested: dict[str, str]) -> tuple[str, ...]:
    """The reasons of one actor: how it was named, each spelling joined to it, each name suggested.

    `joins` holds (raw spelling, `join.Join`) pairs; `suggested` maps each
    suggested name to its evidence (`suggest.near_identical`).
    """
    reasons = []
    for raw, join in joins:
        for form in dict.fromkeys((raw, strip_titles(raw) or raw)):
            if form != name:
                reasons.append(f"joined {form!r} to {name!r}: {join.evidence} (join.{join.rule})")
    if reasons or from_alias:
        how = "the alias table's name" if from_alias else "its spelling with the most words, then the most frequent"
        reasons.insert(0, f"named {name!r}: {how} (join.name_groups)")
    for other, evidence in sorted(suggested.items()):
        reasons.append(
            f"suggested {other!r} for {name!r}, not joined: {evidence}; near-identical names may be "
            f"one name misspelt or two names (suggest.near_identical)"
        )
    return tuple(dict.fromkeys(reasons))


def fold_reason(name: str) -> tuple[str, ...]:
    """Why two groups became one actor: they were given the same name."""
    return (f"folded two groups named {name!r} into one: an alias names an existing actor (join.fold_same_names)",)
