"""Shared helpers of the actor tests: an event citing a file, actors by name, names of a sentence."""

from __future__ import annotations

from datetime import date

from timeline.actors import find_names, known_capitalised
from timeline.model import Actor, Citation, Event


def names(text: str, context: str = "") -> list[str]:
    known = known_capitalised([context, text])
    return [n for _, _, n in find_names(text, known)]


def event(actors, file="a.txt") -> Event:
    return Event("2016", date(2016, 1, 1), date(2016, 12, 31), "year", "x", tuple(actors), "reported",
                 Citation(file, 1, "x", 0, None))


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}
