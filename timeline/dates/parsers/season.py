"""Seasons: "summer 2012", "the spring of 2013", "in the fall", "early winter".
("last summer", "this fall" are read by `relative.py`.)"""

from __future__ import annotations

import re

from timeline.lexicon.calendar import SEASON_EVENT_NOUNS, SEASONS

from ..engine import parser_re, Context, Hit, next_word, prev_word
from .patterns import MOD, YEAR, mod_value
from .spelled import YEAR_PATTERN as SPELLED_YEAR

PATTERN = parser_re(
    rf"(?:{MOD})?(?P<the>(?i:the)\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\b(?![-'’]\w)"
    rf"(?:,?\s+(?:(?i:of)\s+)?{YEAR}\b(?![\d,.]\d))?"
)
_NOUN_AFTER = {"of", "in", "from", "to", "out", "back", "off", "guy", "guys", "collection", "lines",
               "festival", "meeting", "session", "school", "camp", "break", "offensive"}
_VERB_AFTER = {"up", "into", "forward", "down", "apart", "short", "behind", "through", "victim", "prey"}
_CUES = {"in", "during", "by", "until", "till", "since", "through", "throughout", "before", "after",
         "over", "this", "that", "each", "every", "from", "to", "and", "or", "early", "late", "mid"}


def extract(ctx: Context, m: re.Match[str]) -> Hit | None:
    season = SEASONS[m["season"].lower()]
    mod = mod_value(m["mod"])
    if m["year"]:
        return Hit(m.start(), m.end(), "season", year=int(m["year"]), season=season, mod=mod, priority=1)
    before = prev_word(ctx.text, m.start()).lower()
    word = m["season"].lower()
    if names_event(ctx.text, m["season"], m.end(), (m["the"] or prev_word(ctx.text, m.start("season"))).strip()):
        return None  # "the Winter Olympics", "the winter games": an event's name
    if m["season"][0].isupper() and before[:1].isupper() and before.lower() not in _CUES:
        return None  # "the Arab Spring"
    after = next_word(ctx.text, m.end()).lower()
    if after == "of" and _of_spelled_year(ctx.text, m.end()):
        after = ""  # "the winter of nineteen ninety-four": the year is joined by refiners/take_spelled_year
    if after in _NOUN_AFTER or (word in ("fall", "spring") and after in _VERB_AFTER):
        return None  # "the fall of Kabul", "the fall in prices", "spring up"
    if not (m["the"] or mod or before in _CUES):
        return None
    if word in ("fall", "spring") and not (m["the"] or mod) and before not in ("in", "this", "by", "during", "until", "since"):
        return None
    if word == "fall" and m["the"] and not mod and before not in _CUES:
        return None  # "a big reason for the fall is a drop in demand": the noun, not the season
    if before in ("each", "every"):
        return None
    return Hit(m.start(), m.end(), "season", season=season, mod=mod, future=before in ("by", "until"))


def names_event(text: str, season: str, end: int, before: str) -> bool:
    """Is the season word (ending at `end`, after the word `before`) part of an
    event's name? A season before an event noun ("the Winter Olympics", "the
    summer games") or a capitalised season after a lower-case word and before
    another capitalised word ("the Summer Davos", "the Winter Paralympics")
    names the event; the season of a year ("the winter of 1994", "this
    winter") stays a date, and so does a season in a title-case headline
    ("Last Summer Was Hot")."""
    after = next_word(text, end)
    if after.lower() in SEASON_EVENT_NOUNS:
        return True
    return (season[:1].isupper() and before[:1].islower() and after[:1].isupper() and not after.isupper())


def _of_spelled_year(text: str, end: int) -> bool:
    of = re.compile(r"\s+of\s+", re.I).match(text, end)
    return of is not None and SPELLED_YEAR.match(text, of.end()) is not None


PARSERS = [("season", PATTERN, extract, set(SEASONS))]
