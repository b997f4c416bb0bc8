"""The clause around a date expression, as the tense rules read it.

Its sentence (found by a short scan each way, `sentence_bounds`), the words
each side of the date within reach, and a few facts about what touches the
date ("postponed until March", "for June", "fourth-quarter revenue").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline.lexicon import verbs
from timeline.lexicon.events import OCCASION_DETERMINERS
from timeline.sentences import BEFORE_NUMBER, TITLES

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_STOP = ".!?\n;"
_WINDOW = 220
REACH = 10  # lower-case words each side

Words = tuple[tuple[str, int], ...]  # (word, offset) pairs in text order


@dataclass(frozen=True)
class Clause:
    """The date text[start:end] and the words around it, nearest within reach."""

    text: str
    start: int
    end: int
    left: Words  # before the date, within reach
    right: Words  # after the date, within reach
    sent: Words  # the whole sentence
    index: dict = field(compare=False)  # offset -> position in `sent`
    postponed: bool  # right after a postponing target ("until March")
    touching: int | None  # offset of the word right before the date, if nothing stands between
    target: bool  # the date is a verb's target ("set the date for June", "on hold until March")
    attributive: bool  # the date modifies the noun after it ("fourth-quarter revenue")
    possessive: bool  # "said Thursday's vote will": the date is the vote's
    glued_right: Words  # words on the right before any punctuation
    fronted: bool  # only date prepositions (and a determiner) on the left: "On Tuesday, the company said"


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Bounds of the sentence around [start, end), looking at most _WINDOW characters each way."""
    hi = len(text) if hi is None else hi
    a = start
    floor = max(lo, start - _WINDOW)
    while a > floor and not (text[a - 1] in _STOP and (text[a - 1] != "." or _is_full_stop(text, a - 1))):
        a -= 1
    b = end
    ceil = min(hi, end + _WINDOW)
    while b < ceil and not (text[b] in _STOP and (text[b] != "." or _is_full_stop(text, b))):
        b += 1
    return a, b


# The abbreviations of the sentence splitter whose full stop never ends a
# sentence here: the titles, and "No." ("No. 5").
_NO_FULL_STOP = TITLES | (BEFORE_NUMBER & {"no"})


def _is_full_stop(text: str, i: int) -> bool:
    """A "." that ends a sentence: followed by a blank, not after an abbreviation
    (a title, or a short capitalised word: "U.S.", "Inc.")."""
    j = i + 1
    if j < len(text) and not text[j].isspace():
        return False
    k = i
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:i]
    return not (len(word) <= 3 and word[:1].isupper()) and word.lower() not in _NO_FULL_STOP


def read_clause(text: str, start: int, end: int, lo: int = 0, hi: int | None = None, reach: int = REACH) -> Clause:
    """The clause around text[start:end] (inside text[lo:hi]), `reach` lower-case words each side."""
    a, b = sentence_bounds(text, start, end, lo, hi)
    left = tuple((mm.group(), mm.start()) for mm in WORD.finditer(text, a, start))
    right = tuple((mm.group(), mm.start()) for mm in WORD.finditer(text, end, b))
    sent = tuple((mm.group(), mm.start()) for mm in WORD.finditer(text, a, b))
    if _title_case(left + right):
        left, right, sent = _lower(left), _lower(right), _lower(sent)
    touching = left[-1][1] if left and _glued(text, left[-1], start) else None
    last = left[-1][0].lower() if touching is not None else ""
    postponed = last in verbs.POSTPONING_TARGETS or (
        touching is not None and len(left) > 1 and last == "after" and left[-2][0].lower() in ("until", "till"))
    # Only verbs close by govern the expression; further away they belong to
    # another clause. Names do not count towards that distance (they carry no tense).
    near_left = left[len(left) - _reach(reversed(left), reach):]
    near_right = right[:_reach(right, reach)]
    return Clause(
        text, start, end, near_left, near_right, sent, {p: k for k, (_w, p) in enumerate(sent)},
        postponed=postponed, touching=touching, target=last in ("for", "until", "till"),
        attributive=_attributive(text, end, right), possessive=text.startswith(("'s", "’s"), end),
        glued_right=tuple((w, p) for w, p in near_right if not any(ch in ",;:()—–" for ch in text[end:p])),
        fronted=_fronted(near_left))


def _fronted(near_left: Words) -> bool:
    """Only date prepositions before the date ("On Tuesday, ..."), or a
    preposition and a determiner opening the occasion it dates ("In a July 16
    press conference, Jobs said ...")."""
    words = [w.lower() for w, _ in near_left]
    if all(w in verbs.DATE_PREPOSITIONS for w in words):
        return True
    return words[0] in verbs.DATE_PREPOSITIONS and all(
        w in verbs.DATE_PREPOSITIONS or w in OCCASION_DETERMINERS for w in words)


def _glued(text: str, word: tuple[str, int], pos: int) -> bool:
    """Nothing but blanks between `word` and `pos`."""
    return not text[word[1] + len(word[0]):pos].strip()


def _title_case(words: Words) -> bool:
    """A Title Case headline ("Putin Will Meet Trump On Friday"): capitals say
    nothing about names there, so every word is read in lower case."""
    return len(words) >= 4 and sum(w[0].isupper() for w, _ in words) > 0.7 * len(words)


def _lower(words: Words) -> Words:
    return tuple((w.lower(), p) for w, p in words)


def _attributive(text: str, end: int, right: Words) -> bool:
    """"fourth-quarter revenue": a lower-case word glued after the date, which it modifies."""
    return bool(right) and not text[end:right[0][1]].strip() and right[0][0].islower() \
        and right[0][0] not in verbs.NOT_BASE_VERBS and right[0][0] not in verbs.CLAUSE_OPENERS


def _reach(tokens, reach: int = REACH) -> int:
    """How many tokens hold the first `reach` lower-case words."""
    n = seen = 0
    for w, _pos in tokens:
        if w[0].islower():
            seen += 1
            if seen > reach:
                break
        n += 1
    return n
