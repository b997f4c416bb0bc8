"""The main statement of an undated sentence: who did what, in which tense.

News tells what its subjects did in the simple past ("Jobs demoed the
device's new gyroscope"), often after an opening adjunct ("During the
keynote, ", "However, ", "In response to critics, ") and with a title or
an appositive around the name ("Apple CEO Steve Jobs unveiled ...",
"Dr. Karen Whitfield, who directs ..., said"). `main_statement` reads the
opening of a sentence as

    [adjunct, ]* subject [adverb] verb

and says what it found: the subject (a name of the sentence, a pronoun, or
"the company" / "the index" referring back), and the verb's form (`past`,
`passive` for "was/were + participle", `perfect` for "has/have +
participle", `present` for a verb of saying in the present: "The company
says ...", `move` for a rise or fall told with the copula: "The Nasdaq
was up 4%", "the index is 1.8% higher"). Anything else - a conditional
("If ..."), a copula ("Jobs was CEO"), a past perfect ("had left":
background), a negation ("did not", "was not"), a modal ("would",
"will") or any other present tense - is no statement of this kind: None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.events.discourse import NOMINAL
from timeline.events.text import Name, regular_ed
from timeline.lexicon.events import (
    NARRATIVE_PASTS,
    NOT_SUBJECT_OPENERS,
    OPENING_ADVERBS,
    OPENING_PREPOSITIONS,
    PEOPLE_OF_AN_ORGANISATION,
    PEOPLE_OF_AN_ORGANISATION_PLURAL,
    SUBJECT_TITLES,
    VERB_ADVERBS,
)
from timeline.lexicon.products import KIND_NOUNS_AFTER_A_NAME
from timeline.lexicon.verbs import (DAY_NEWS_PRESENT_SAYING_VERBS, DAY_NEWS_PRESENT_SAYING_VERBS_PLURAL, IRREGULAR_PARTICIPLES,
                                   PAST_AS_BASE)

# An opening adjunct and its comma: a sentence adverb ("However,", "Moving
# on,"), a prepositional phrase ("During the keynote,", "In addition to its
# design features,") or a participle phrase ("Speaking at the event,").
# A subordinate clause of condition ("If ...", "Unless ...") is not one.
_ADJUNCT = re.compile(
    r"(?:(?:" + "|".join(OPENING_ADVERBS) + r"|[A-Z][a-z]+ly)"
    r"|(?:(?i:" + "|".join(OPENING_PREPOSITIONS) + r")|[A-Z][a-z]{2,}ing)\b[^,;:“”\"()]{1,100}?)"
    r"\s*,\s+"
)
_PRONOUN = re.compile(r"(He|She|It)\s+")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# ", the company's chief executive, said"; a place may hold its own comma
# (", speaking from headquarters in Bentonville, Arkansas, says").
_APPOSITIVE = re.compile(r",[^,;:“”\"()]{2,90}?(?:,\s[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?,\s+")
_TITLE = r"(?i:" + "|".join(sorted(SUBJECT_TITLES, key=len, reverse=True)) + r")"
# Words before the name of a subject: "The", a capitalised word ("Apple",
# "Apple's") or a title ("company CEO Steve Jobs").
_LEAD = re.compile(
    r"(?<![\w&.’'-])(?!(?:" + "|".join(NOT_SUBJECT_OPENERS) + r")\b)"
    r"(?:(?:[Tt]he|[A-Z][\w&.-]*+(?:['’]s)?|" + _TITLE + r")\s++){0,4}"
)
_PEOPLE_AFTER = re.compile(r"(?<!\s)\s++(?:" + "|".join(PEOPLE_OF_AN_ORGANISATION_PLURAL + PEOPLE_OF_AN_ORGANISATION) + r")\b")
_PLURAL_PEOPLE_END = re.compile(r"\b(?:" + "|".join(PEOPLE_OF_AN_ORGANISATION_PLURAL) + r")$")
# Between an owner's name and its thing's: "'s" and at most two lower-case words.
_OWNER_OF = re.compile(r"['’]s\s++(?:[a-z-]++\s++){0,2}")
# Common nouns after a name that say what it is: the subject goes on to them.
_KIND_AFTER = re.compile(r"(?:\s++(?:" + "|".join(sorted(KIND_NOUNS_AFTER_A_NAME)) + r")\b){1,2}")
# Between two names of one subject: title words only ("Apple CEO Steve Jobs",
# "Apple" + "CEO Steve Jobs").
_JOINING_TITLES = re.compile(r"(?<!\s)\s++(?:" + _TITLE + r"\s++){0,3}")


@dataclass(frozen=True)
class Statement:
    """What `main_statement` found: the subject's span, whom it names, the verb and its form."""

    start: int  # offsets of the subject in the sentence
    end: int
    subject: str  # a name, "He"/"She"/"It", or the nominal word ("company")
    by: str  # "name", "pronoun" or "nominal"
    verb: str
    form: str  # "past", "passive", "perfect" or "present" (a saying)


def main_statement(text: str, names: tuple[Name, ...] | list[Name], start: int = 0) -> Statement | None:
    """The subject and main verb opening `text` at `start`, or None.

    >>> main_statement("During the keynote, Jobs demoed the gyroscope.", [(20, 24, "Jobs")]).verb
    'demoed'
    """
    pos = start
    while (m := _ADJUNCT.match(text, pos)) and m.end() - start < 160:
        pos = m.end()
    subject = _subject(text, names, pos)
    if subject is None:
        return None
    s, e, who, by = subject
    a = _APPOSITIVE.match(text, e)
    after = a.end() if a and by == "name" else e
    found = _verb(text, after, plural=by == "name" and _PLURAL_PEOPLE_END.search(text, s, e) is not None)
    if found is None:
        return None
    verb, form = found
    return Statement(s, e, who, by, verb, form)


def _subject(text: str, names, pos: int):
    """(start, end, who, by) of the subject at `pos`: a pronoun, a name with
    the words before it ("Apple CEO Steve Jobs", "The new iPhone"), or a
    nominal ("The company"); None when the clause opens otherwise."""
    p = _PRONOUN.match(text, pos)
    if p:
        return pos, p.end(1), p.group(1), "pronoun"
    lead = _LEAD.match(text, pos)
    reach = lead.end() if lead else pos
    for ns, ne, name in names:
        if pos <= ns <= reach and not re.search(r"[,;:“”\"]", text[pos:ns]):
            end = ne
            for ms, me, other in names:
                # "Apple CEO Steve Jobs": the last of names joined by titles;
                # "Hong Kong's Hang Seng index", "Japan's benchmark Nikkei 225":
                # the owner's thing is the subject.
                if ms >= end and (_JOINING_TITLES.fullmatch(text, end, ms) or _OWNER_OF.fullmatch(text, end, ms)):
                    end, name = me, other
            kind = _KIND_AFTER.match(text, end)  # "the Hang Seng index", "the Boeing company"
            end = kind.end() if kind else end
            people = _PEOPLE_AFTER.match(text, end)  # "G.M. officials say": the organisation's statement
            return pos, people.end() if people else end, name, "name"
    role = _ROLE_BEFORE_NAME.match(text, pos)  # "Its chief executive officer, Rick Wagoner, says"
    if role:
        for ns, ne, name in names:
            if ns == role.end() and (close := _COMMA.match(text, ne)):
                return pos, close.end(), name, "name"
    n = NOMINAL.match(text, pos)
    if n:
        return pos, n.end(), n.group(1), "nominal"
    return None


# A role of an organisation's, then the person's name set off by commas: "Its
# chief executive officer, Rick Wagoner, says", "The company's spokesman, Bill Wertz, said".
_ROLE_BEFORE_NAME = re.compile(r"(?<![\w&.’'-])(?:Its|Their|The\s++company['’]s|[A-Z][\w&.-]*+['’]s)\s++(?:[a-z-]++\s++){0,2}?"
                               + _TITLE + r"\s*,\s+")
_COMMA = re.compile(r"(?<!\s)\s*+,\s++")


# A move told with the copula: "was up 4%", "was down a fraction", "is
# 1.8% higher", "were both 1% higher", "were mixed".
_MOVE = re.compile(r"(?:\s++(?:also|both|all|each|now|still|slightly|sharply|just|nearly|almost|about|over|more\s+than|less\s+than))*+"
                   r"\s++(?:(?:up|down|higher|lower|mixed|flat|unchanged)\b|[\d.,]++\s*+(?:%|percent\b|points?\b)\s*+(?:higher|lower|up|down)\b)")

# A verb after "says"/"reports" makes it a noun: "Toyota reports are expected".
_AFTER_A_NOUN = frozenset("is are was were has have had will would can could may might".split())


def _verb(text: str, pos: int, plural: bool = False) -> tuple[str, str] | None:
    """The verb at `pos` (adverbs allowed before it) and its form; after a
    `plural` subject of people, a saying in the plural present ("say")."""
    found = [(w.group().lower(), w.start(), w.end()) for w in _WORD.finditer(text, pos, min(len(text), pos + 80))]
    if not found or text[pos:found[0][1]].strip():
        return None
    words = [w for w, _, _ in found]
    i = 0
    while i < len(words) - 1 and words[i] in VERB_ADVERBS:
        i += 1
    w = words[i]
    part = next((x for x in words[i + 1 :] if x not in VERB_ADVERBS), "")
    if w in ("was", "were", "is", "are") and (move := _MOVE.match(text, found[i][2])):
        return f"{w}{move.group()}", "move"  # "was up 4%", "is 1.8% higher": whose move, `lede.day_news` says
    if w in ("was", "were"):
        return (f"{w} {part}", "passive") if _participle(part) else None
    if w in ("has", "have"):
        return (f"{w} {part}", "perfect") if part == "been" or _participle(part) else None
    sayings = DAY_NEWS_PRESENT_SAYING_VERBS_PLURAL if plural else DAY_NEWS_PRESENT_SAYING_VERBS
    if w in sayings and part not in _AFTER_A_NOUN and not regular_ed(part):
        return w, "present"  # not the noun of "Toyota reports are expected"
    return (w, "past") if _past(w) else None


def _past(w: str) -> bool:
    """A simple past form: a regular "-ed" verb, an irregular past, or a
    verb whose past is its base form ("cut", "hit") after a subject."""
    return w in NARRATIVE_PASTS or w in PAST_AS_BASE or regular_ed(w)


def _participle(w: str) -> bool:
    return w in IRREGULAR_PARTICIPLES or regular_ed(w)
