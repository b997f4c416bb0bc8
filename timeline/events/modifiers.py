"""A date used as a noun modifier ("his Jan. 20 inauguration", "the 2016
presidential election", "a rise in fourth-quarter deliveries", or after
its noun: "the Columbia tragedy of February 1, 2003") dates only that noun
phrase, with its owner, never the rest of the sentence. Except
in an opening adjunct that sets the scene of the clause after it ("In a
July 16 press conference, Jobs said ...", "At a March 3 hearing, the
senator asked ..."), or after the verb as the occasion "at" or "during"
which the clause took place ("told reporters at a Monday news conference
there were five deaths"): the occasion's date is the clause's
(`_opening_setting`, `_occasion_of_clause`). And when the dated noun phrase
opens the sentence as the subject of a verb in the simple past ("The Aug.
4 explosion killed more than 200 people"), what the verb tells happened
then (`_dated_subject`)."""

from __future__ import annotations

import re

from timeline.events.discourse import antecedent
from timeline.events.reading import Dated, Part, Reading
from timeline.events.text import CLAUSE_MARK, simple_past
from timeline.lexicon.events import (DATE_PREPOSITIONS, DETERMINERS, NOT_NOUNS, NP_PREPOSITIONS,
                                     NP_STOP_WORDS, OCCASION_DETERMINERS, OCCASION_NOUNS, STOPWORDS, TIME_NOUNS_BEFORE_OF)

_POSSESSIVE = ("'s", "’s", "s'", "s’")
# A date counted from now stands after its noun or verb, never before a noun
# as an adjective ("Discovery's launch two weeks ago failed": "failed" is no noun it modifies).
_SHIFT_FROM_NOW = re.compile(r"\b(?:ago|earlier|later)$|^(?:last|next|yesterday|today|tomorrow|tonight)\b(?!.*['’]s?$)", re.IGNORECASE)
# "In a July 16 press conference, ...": a preposition and a determiner open the
# sentence, a comma closes the noun phrase within a few words.
_SETTING_OPENER = re.compile(r"(?:In|At|During|Speaking at|Speaking in) (?:" + "|".join(OCCASION_DETERMINERS) + ")")
_SETTING_CLOSE = re.compile(r"[^,.;:!?]{1,40}?,\s")
# "... told reporters at a Monday news conference": "at"/"during" and a
# determiner just before the date, after the clause's first words.
# "The Aug. 4 explosion killed ...": the sentence opens with "The" and the date;
# up to three lower-case words of the noun, then the verb.
_WORDS_AFTER = re.compile(r"(?<!\s)(?:\s++[a-z][a-z-]*+){1,4}")
# "A recall late last year involved ...": an article and up to three lower-case words of the noun before the date.
_NOUN_BEFORE_DATE = re.compile(r"(?:The|A|An)(?:\s+[a-z][a-z-]*){1,3}")
_OCCASION_BEFORE = re.compile(r"\S\s+(?:at|during)\s+(?:" + "|".join(OCCASION_DETERMINERS) + r")\s+$", re.IGNORECASE)


# "the Space Shuttle Columbia tragedy of February 1, 2003", "the attacks of
# September 11, 2001": a determiner or owner, up to three words, a noun, "of".
_POSTMODIFIED = re.compile(
    r"(?<![\w’'.-])(?:(?:" + "|".join(sorted(DETERMINERS)) + r")|[\w.-]+['’]s)\s+(?:[\w’'.-]+\s+){0,3}?([a-z][a-z-]+)\s+of\s+$",
    re.IGNORECASE)


def postmodified(text: str, s: int) -> int | None:
    """Where the noun phrase opens when the date at `s` follows its noun and
    "of" ("the Columbia tragedy of February 1, 2003"); None otherwise, and for
    a noun of time ("the end of March": the date's own phrase)."""
    m = _POSTMODIFIED.search(text, max(0, s - 80), s)
    noun = m.group(1).lower() if m else ""
    if not m or noun in TIME_NOUNS_BEFORE_OF or noun in DETERMINERS or noun in STOPWORDS or noun in NP_STOP_WORDS:
        return None  # "that as of February": no noun
    return m.start()


def is_modifier(text: str, s: int, e: int, heading: bool) -> bool:
    """A date used as an adjective: 'his Jan. 20 inauguration', 'the 2016 election';
    or after its noun: 'the Columbia tragedy of February 1, 2003'."""
    if postmodified(text, s) is not None:
        return True
    first_word = text[s:e].split()[0].lower() if text[s:e].split() else ""
    if first_word in DATE_PREPOSITIONS or _SHIFT_FROM_NOW.search(text[s:e]):
        return False
    after = re.match(r" ([A-Za-z][\w-]*)", text[e:])
    if not after:
        return False
    nxt = after.group(1)
    if nxt.lower() in NP_STOP_WORDS or nxt.lower() in NOT_NOUNS or nxt.endswith("ly"):
        return False
    if nxt[0].isupper() and not heading:
        return False
    if _opening_setting(text, s, e) or _occasion_of_clause(text, s, e) or _dated_subject(text, s, e):
        return False
    before = text[:s].split()[-2:]
    if any(w.lower() in DETERMINERS or w.endswith(_POSSESSIVE) for w in before):
        return True
    # "a rise in fourth-quarter deliveries": a preposition, then date + noun.
    return bool(before) and before[-1].lower() in NP_PREPOSITIONS


def _opening_setting(text: str, s: int, e: int) -> bool:
    """The date's noun phrase is the occasion an opening adjunct names, set off by a comma."""
    if s > 30:
        return False  # the adjunct opens the sentence
    return bool(_SETTING_OPENER.fullmatch(" ".join(text[:s].split()))) and bool(_SETTING_CLOSE.match(text, e))


def _occasion_of_clause(text: str, s: int, e: int) -> bool:
    """The date's noun phrase is an occasion (`OCCASION_NOUNS`) at or during
    which the clause before it took place ("spoke at a Monday news
    conference", "was arrested during a Sunday protest"); not "pointed at the
    Monday sell-off"."""
    if _OCCASION_BEFORE.search(text, max(0, s - 40), s) is None:
        return False
    return any(w.lower() in OCCASION_NOUNS for w in text[e:e + 40].split()[:3])


def _dated_subject(text: str, s: int, e: int) -> bool:
    """The dated noun phrase opens the sentence and is the subject of a verb
    in the simple past: "The Aug. 4 explosion killed more than 200 people",
    "The Tuesday meeting ended without a deal", or with the date after its
    noun, "A recall late last year involved floor mats". Not "The 2021
    settlement requires ...": a present tells no event of that date."""
    before = text[:s].strip().lstrip("“\"")
    if _NOUN_BEFORE_DATE.fullmatch(before):
        if any(w in NP_STOP_WORDS or simple_past(w) for w in before.split()[1:]):
            return False  # "The plant built in 1998 produced ...": the date is the participle's
        after = _WORDS_AFTER.match(text, e)
        return bool(after) and simple_past(after.group().split()[0])
    if before not in ("The", "A", "An"):
        return False
    m = _WORDS_AFTER.match(text, e)
    words = m.group().split() if m else []
    for i, verb in enumerate(words[1:], 1):
        if simple_past(verb):
            return True
        if words[i - 1] in NP_STOP_WORDS:
            return False
    return False

    return False


def modifier_part(r: Reading, d: Dated) -> Part:
    """The noun phrase the date modifies, from its owner to the noun."""
    after_noun = postmodified(r.text, d.start)
    if after_noun is not None:
        return Part(((after_noun, d.end),), detached=True,
                    why="the date modifies the noun before its 'of' and dates only that phrase (modifiers.modifier_part)")
    start, prefix = _phrase_start(r, d.start)
    return Part(((start, _phrase_end(r.text, d.end)),), prefix=prefix, detached=True,
                why="the date modifies a noun phrase and dates only it (modifiers.modifier_part)")


def _phrase_start(r: Reading, s: int) -> tuple[int, str]:
    """Where the noun phrase opens (its determiner or owner), and a possessor
    to put before it when "his"/"its" stands for a name."""
    text = r.text
    words_before = list(re.finditer(r"[\w’'.-]+", text[:s]))[-2:]
    start = s
    for w in words_before:
        token = w.group()
        if token.lower() in DETERMINERS or token.endswith(_POSSESSIVE):
            start = w.start()
            break
    token = text[start:].split()[0]
    if start == s:
        # No owner named: the clause it stands in says what it is about
        # ("the Brazilian planemaker reported a rise in fourth-quarter deliveries").
        for mark in CLAUSE_MARK.finditer(text, 0, s):
            start = mark.end()
        if start == s:
            start = 0
    elif token.lower() in ("his", "her", "their", "its"):
        owner = antecedent(text, start, r.names, r.discourse)
        if owner:
            return start + len(token) + 1, owner + "’s "
    elif token.endswith(("'s", "’s")):
        for ns, ne, _ in r.names:
            if ns <= start < ne + 2:
                start = ns
    elif token.lower() == "the":
        # "Russia's interference in the 2016 election": keep what it is of.
        m = re.search(r"(?<![\w’'.-])([\w’'.-]+(?:['’]s)?(?:\s[\w-]+){0,2})\s(?:in|of|during|for|over|on)\s$", text[:start])
        if m and re.search(r"['’]s\b", m.group(1)):
            start = m.start(1)
    return start, ""


def _phrase_end(text: str, e: int) -> int:
    """The end of the noun after the date: up to three more words of it."""
    end = e
    count = 0
    for w in re.finditer(r"\s((?:[A-Z]\.)+|[\w-]+)", text[e:]):
        word = w.group(1)
        if w.start() != (end - e) or count >= 3:
            break
        if word.lower() in NP_STOP_WORDS or word.lower() in NOT_NOUNS or word.endswith(("ed", "ly")) and count:
            break
        end = e + w.end()
        count += 1
    return end
