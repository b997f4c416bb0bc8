"""What one word says about tense: forward (+1), back (-1) or nothing (0).

`word_cue` reads a word by itself (with the words just before and after it);
the clause rules (`rules.py`) decide which word to read. Each outcome is
named, so that a reason can say which table or form made the word a cue.
"""

from __future__ import annotations

from timeline.lexicon import verbs

_FUTURE_PAIRS = set(verbs.FUTURE_PHRASES)


def word_cue(word: str, nxt: str, left: bool = True, prev: str = "") -> tuple[int, str]:
    """(+1 future / -1 past / 0 none, the name of the form that decided).

    `nxt` is the next word (lower case), `prev` the one before; `left` says
    the word stands before the date (only there does "plans to" govern it)."""
    if word[0].isupper():
        return 0, "capitalised"  # "May", "Will", "Said" as names or sentence openers
    w = word.lower().replace("’", "'")
    if w in verbs.FUTURE_CUES:
        return _future_word(w, nxt, prev)
    if (w, nxt) in _FUTURE_PAIRS:
        return 1, "future_phrase"
    if left and nxt == "to" and w in verbs.INFINITIVE_TAKERS:
        return 1, "infinitive_taker"
    if w in verbs.PAST_CUES:
        return -1, "past_word"
    if w.endswith("ed") and len(w) > 4 and w not in verbs.NOT_PAST_ED:
        return -1, "regular_past"
    if w.endswith("n't"):
        if w in verbs.NEGATED_PAST:
            return -1, "negated_past"
        return (1, "negated_future") if w in verbs.NEGATED_FUTURE else (0, "negation")
    return 0, ""


def _future_word(w: str, nxt: str, prev: str) -> tuple[int, str]:
    """A word of FUTURE_CUES, unless it is a noun or a "set"/"due" without its complement."""
    if w in verbs.CUES_ALSO_NOUNS and prev.lower() in verbs.NOUN_PHRASE_START and nxt not in verbs.NOUN_CUE_CONTENT:
        return 0, "cue_as_noun"  # "put the plan on hold in December": a noun, its content not named
    if w in verbs.CUES_ALSO_NOUNS and prev.lower() in verbs.PREPOSITIONS_BEFORE_NOUN and nxt != "to":
        return 0, "cue_as_noun"  # "shares rose Monday on hopes of a deal": the object of a preposition
    if w == "due" and prev.lower() in verbs.PAST_BE:
        return 0, "due_in_past"  # "payment was due Monday": "was" decides
    if w == "due" and nxt in verbs.DUE_COMPLEMENTS:
        return 1, "future_word"  # "the report is due Tuesday", "results are due out Tuesday"
    if w in ("set", "due") and nxt not in verbs.SET_DUE_COMPLEMENTS:
        return 0, "set_alone"
    if w == "set" and nxt in ("on", "in") and prev.lower() not in verbs.BE_BEFORE_SET:
        return 0, "set_alone"  # "the target it set in the summer" (but "is set on Monday")
    return 1, "future_word"


def past(word: str) -> bool:
    """Does `word`, read alone, look back?"""
    return word_cue(word, "")[0] < 0
