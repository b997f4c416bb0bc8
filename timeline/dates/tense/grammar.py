"""Grammar checks the tense rules lean on: is this word a verb, a noun, a base form?

Each check looks at a word and its neighbours in the clause; none decides
the tense alone (that is `rules.py`).
"""

from __future__ import annotations

from timeline.lexicon import verbs

from .clause import Words
from .words import past


def base_verb_like(word: str) -> bool:
    """A word that can be a bare infinitive after "to" (not a noun phrase start)."""
    w = word.lower()
    return (word[:1].islower() and w.isalpha() and w not in verbs.NOT_BASE_VERBS
            and not w.endswith(("ing", "ed", "ly", "tion", "ment", "ness")))


def passive(words: Words, i: int, c: int) -> tuple[int, str]:
    """A participle after "be": "will be held" looks forward, "is held" is present."""
    prev = [w.lower() for w, _ in words[max(0, i - 3):i]]
    if not prev:
        return c, ""
    if prev[-1] in verbs.BE_BEFORE_PARTICIPLE or (len(prev) > 1 and prev[-2] == "be"):
        if any(p in verbs.FUTURE_CUES or p == "to" for p in prev):
            return 1, "future_passive"
        return (1, "future_passive") if prev[-1] == "be" else (c, "")
    if prev[-1] in verbs.PRESENT_BEFORE_PARTICIPLE:
        return 0, "present_passive"  # a present passive or an adjective: the verbs further out decide
    return c, ""


def noun(word: str, before: Words) -> bool:
    """"its annual revenue forecast on Thursday": a noun, not a reporting verb."""
    if word not in verbs.VERBS_ALSO_NOUNS:
        return False
    # Only modifiers may stand between the determiner and the noun: "its
    # annual revenue forecast", but "the company forecast" is a subject and
    # its verb.
    for w, _ in reversed(before):
        lw = w.lower().replace("’", "'")
        if lw in verbs.NOUN_DETERMINERS or lw.endswith("'s"):
            return True
        if not (lw.isalpha() and lw in verbs.NOUN_MODIFIERS or lw.endswith(("-year", "-term", "-quarter"))):
            return False
    return False


def attached(verb: str, between: Words) -> bool:
    """Does the date after `between` belong to the reporting `verb` before it?

    Yes when only a prepositional phrase separates them ("said on Thursday",
    "predicted in a note on Wednesday") or, for verbs of telling, the
    addressee ("told journalists on Thursday"), perhaps with the place of the
    telling ("told reporters at the White House Wednesday"); not when a noun
    phrase does ("said the vote on Thursday will be close": the date is the vote's).
    """
    words = [w.lower() for w, _ in between]
    if len(words) <= 1 and (not words or words[0] in verbs.DATE_PREPOSITIONS):
        return True
    if words[0] in verbs.DATE_PREPOSITIONS or words[0] == "by" and words[-1] in verbs.DATE_PREPOSITIONS:
        # "predicted in a note on Wednesday", "confirmed by the White House on Monday"
        return words[0] not in ("this", "last") and "that" not in words and len(words) <= 6
    if verb in verbs.ADDRESSEE_VERBS and len(words) <= 4 and "that" not in words:
        if words[-1] in verbs.DATE_PREPOSITIONS or len(words) <= 2:
            return True
    if verb in verbs.ADDRESSEE_VERBS and "that" not in words:
        return _addressee_then_place(words)
    return False


def _addressee_then_place(words: list[str]) -> bool:
    """"told reporters at the White House Wednesday", "told lawmakers in
    Brussels on Tuesday": the addressee (one or two words), then where the
    telling happened; the date right after belongs to the telling."""
    for k in (1, 2):
        if len(words) > k and words[k] in verbs.PLACE_PREPOSITIONS and words[0] not in verbs.DATE_PREPOSITIONS:
            place = words[k + 1:]
            return 1 <= len(place) <= 5 and not any(w in verbs.PLACE_PREPOSITIONS for w in place[:-1])
    return False


def after_modal(words: Words, i: int) -> bool:
    """Is words[i] right after a modal or "to" ("will ground", "could not find")?
    Then it is a base form, whatever past tense it looks like."""
    j = i - 1
    while j >= 0 and (words[j][0].lower() in verbs.ADVERBS_AFTER_MODAL or words[j][0].lower().endswith("ly")):
        j -= 1
    return j >= 0 and words[j][0].lower().replace("’", "'") in verbs.MODALS


def scheduled(verb: str, before: Words, between: Words, after: Words) -> bool:
    """Is `verb` a present verb of a schedule, not a noun ("earnings reports on
    Tuesday") nor a verb reporting a clause ("reports on Thursday that ...")?"""
    if noun(verb, before) or before and before[-1][0].lower() in verbs.NOUN_PHRASE_START | verbs.REPORT_NOUN_BEFORE:
        return False
    if any(w.lower() in verbs.REPORT_MARKERS for w, _ in between):
        return False
    if after and after[0][0].lower() in verbs.REPORTED_CLAUSE_START:
        return False
    # "Reports on Monday said ...", "Reports on Monday showed": a noun, the subject of a past verb
    return not any(w[:1].islower() and (w.lower() in verbs.COMPLEMENT_VERBS or past(w)) for w, _ in after[:3])
