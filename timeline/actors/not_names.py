"""Runs of capitalised words that are no names (`names` tries these on each run it kept).

Each rule takes the sentence, the run (a list of (start, end, word)) and the
spelling, and says True when the run names nothing: an adjective before a
noun ("Russian officials"), a model's suffix after its number ("737 MAX" seen
as "MAX"), a people ("the Russians"), an organisation noun alone ("Board",
"Corp."), a letter alone ("X"), a calendar word alone ("Week"), a time zone ("CDT", "Universal Time"), a
holiday ("Labor Day": a date), a class on a scale ("Category 4"), a number
spelled out ("Nineteen-Ninety-Two"). The lone title ("President") is in `names`,
which strips titles.
"""

from __future__ import annotations

import re

from timeline.dates.vocab import EASTER_HOLIDAYS, FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS
from timeline.lexicon.calendar import TEENS, TENS, UNITS
from timeline.lexicon.people import (
    ADJECTIVE_ENDINGS,
    CALENDAR_WORDS,
    FUNCTION_WORDS_AFTER_A_NAME,
    GENERIC_ORGANISATION_NOUNS,
    PEOPLE_PLURAL_ENDINGS,
    PLACE_NAMES,
    SCALE_CLASS_WORDS,
    TIME_ZONES,
    ZONE_WORDS_BEFORE_TIME,
    VERBS_AFTER_A_SUBJECT,
)

_ADJ_SUFFIX = re.compile(rf"(?:{'|'.join(ADJECTIVE_ENDINGS)})$")  # the one definition: `names` and `kinds` ask `adjective_like`
_PEOPLE = re.compile(rf"(?:{'|'.join(PEOPLE_PLURAL_ENDINGS)})s$")
_WORDS_AFTER_A_SUBJECT = VERBS_AFTER_A_SUBJECT | FUNCTION_WORDS_AFTER_A_NAME


def adjective_like(word: str) -> bool:
    """A word with an adjective's ending ("Russian", "Japanese", "British")."""
    return _ADJ_SUFFIX.search(word) is not None


def _adjective_before_noun(text: str, run, name: str) -> bool:
    """ "Russian officials", "Republican presidential candidate"."""
    if len(run) != 1:
        return False
    word = run[0][2]
    after = text[run[0][1]:].lstrip(" ")
    next_word = after.split(" ", 1)[0].strip(",.;:") if after else ""
    return (
        adjective_like(word) and word not in PLACE_NAMES
        and next_word[:1].islower() and next_word not in _WORDS_AFTER_A_SUBJECT
    )


def _model_suffix(text: str, run, name: str) -> bool:
    """ "737 MAX": the model's suffix, not a name on its own (but "In 2022 VW" is a name)."""
    word = run[0][2]
    return (
        len(run) == 1 and word.isupper() and word.isalpha() and re.search(r"\d\s*$", text[:run[0][0]]) is not None
        and not re.search(r"(?:^|[^\w,.])(?:1[89]|20)\d\d,?\s*$", text[:run[0][0]])
    )


def _people(text: str, run, name: str) -> bool:
    """ "the Russians", "Americans": peoples, not actors."""
    return len(run) == 1 and bool(_PEOPLE.search(run[0][2])) and run[0][2] not in PLACE_NAMES


def _lone_organisation_noun(text: str, run, name: str) -> bool:
    """ "Board", "the Ministry", "Corp.": an organisation noun names none by itself."""
    return len(run) == 1 and run[0][2] in GENERIC_ORGANISATION_NOUNS


def _lone_letter(text: str, run, name: str) -> bool:
    """ "X", "Q": a letter alone (a plan, a variable, a grade) is no name."""
    return len(run) == 1 and len(run[0][2]) == 1


def _lone_calendar_word(text: str, run, name: str) -> bool:
    """ "Week" of ABC's "This Week": a calendar word alone is no name."""
    return len(run) == 1 and run[0][2] in CALENDAR_WORDS


def _time_zone(text: str, run, name: str) -> bool:
    """ "CDT" of "at noon CDT", "Universal Time", "Eastern Daylight Time": a time zone is no name."""
    words = [w for _, _, w in run]
    if len(words) > 1 and words[-1] == "Time":
        return any(w in ZONE_WORDS_BEFORE_TIME for w in words[:-1])
    return len(words) == 1 and words[0] in TIME_ZONES


_HOLIDAYS = frozenset((*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS))


def _holiday(text: str, run, name: str) -> bool:
    """ "Labor Day", "Christmas": a holiday is a date (`dates`), no actor."""
    return name.lower().replace("’", "'") in _HOLIDAYS


def _scale_class(text: str, run, name: str) -> bool:
    """ "Category 4" of "a Category 4 hurricane", "Level 3": a class on a scale, no actor."""
    return len(run) == 2 and run[0][2] in SCALE_CLASS_WORDS and run[1][2].isdigit()


_NUMBER_PARTS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {"hundred", "thousand", "million", "billion", "and"}


def _spelled_number(text: str, run, name: str) -> bool:
    """ "Nineteen-Ninety-Two", "Two-Thousand": a year or figure spelled out, as broadcast scripts write them."""
    parts = [p for _, _, word in run for p in re.split(r"[-\s]+", word.lower()) if p]
    return bool(parts) and all(p in _NUMBER_PARTS for p in parts)


RULES = (_adjective_before_noun, _model_suffix, _people, _lone_organisation_noun, _lone_letter, _lone_calendar_word,
         _time_zone, _holiday, _scale_class, _spelled_number)
