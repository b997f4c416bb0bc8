"""Reported or expected: `expected` when the date lies after publication (or
the finder resolved it forward from publication; not the small hours of the
next day told in the past, as a story filed the evening before tells them)
or when the clause around the date holds a cue of plan, hope, expectation or condition
(`lexicon.events.EXPECTED_CUES`). A date attached to a verb of saying ("said
on Tuesday it would...", "on Thursday forecast") dates the saying: the plan
is what was said, so that event is `reported`.

A main clause that only says what might happen ("The storm could slam into
southeastern Florida early Monday"), on a day still to come and with no
one saying it, is no event at all (`speculation`; `build.make_event` makes
none): a chronology holds what happened and what is planned, not what is
possible. Said by someone ("..., the spokesman has confirmed") it is that
saying."""

from __future__ import annotations

import re

from timeline.events.reading import Dated
from timeline.events.text import CLAUSE_MARK, SAYING_VERB, simple_past
from timeline.lexicon.events import EXPECTED_CUES, PREDICTION_NOUNS
from timeline.lexicon.verbs import PAST_AS_BASE, SPEAKER_VERBS
from timeline.model import Article

_CUE = re.compile(
    r"(?<![\w’'])(?:" + "|".join(re.escape(c).replace("'", "['’]") for c in sorted(EXPECTED_CUES, key=len, reverse=True)) + r")(?![\w’'])",
    re.IGNORECASE,
)
_SAYING_BEFORE = re.compile(r"\b(?:" + "|".join(SPEAKER_VERBS) + r")(?:\s+[A-Za-z]+)?\s*$")
# A subject of up to six words (no clause opening, conjunction or other verb
# among them), then a modal of guessing and a verb: "The storm could slam
# ...", "Prices may well rise ...". A bare "may" also grants leave
# ("Residents may return on Friday"); "could not", "could have" tell what
# was (not) possible.
_NOT_IN_SUBJECT = ("that which who whom whose when where whether if as because after before and but or while "
                   "until will would can should must to is are was were has have had does did").split()
_SPECULATION = re.compile(
    r"[A-Z][\w’'.-]*+(?:\s++(?!(?:" + "|".join(_NOT_IN_SUBJECT) + r")\b)[\w’'.-]++){0,5}?"
    r"\s++(could|might|may\s++(?:well|soon|be)\b)\s++(?!(?:have|not|never)\b)[a-z]++\b")
_SAYING_AFTER = re.compile(r"(?:(?<!\s)\s+)?(?:,\s*)?(?:" + "|".join(SPEAKER_VERBS) + r")\b")


def modality(article: Article, text: str, d: Dated, within: tuple[int, int] | None = None) -> str:
    """"reported" or "expected", for the date `d` of sentence `text`."""
    return modality_of(article, text, d, within)[0]


def modality_of(article: Article, text: str, d: Dated, within: tuple[int, int] | None = None) -> tuple[str, str]:
    """The modality and the reason for it. `within` bounds the clause (a detached part)."""
    m, s, e = d.mention, d.start, d.end
    if m.future and m.anchor == "publication":
        return "expected", "modality: expected, resolved forward from publication (modality.modality_of)"
    published = article.reference.latest
    if published is not None and m.first > published and not _small_hours_told_past(m, published):
        return "expected", "modality: expected, the date lies after publication (modality.modality_of)"
    lo = 0
    for mark in CLAUSE_MARK.finditer(text, 0, s):
        lo = mark.end()
    nxt = CLAUSE_MARK.search(text, e)
    hi = nxt.start() if nxt else len(text)
    if _SAYING_BEFORE.search(text[:s]) or _SAYING_AFTER.match(text[e:]):
        # "said on Tuesday it would cut jobs": the date dates the saying; the
        # plan is what was said.
        hi = e
    if within is not None:
        lo, hi = max(lo, within[0]), min(hi, within[1])
    cue = first_cue(text[lo:s] + " " + text[e:hi])
    if cue:
        return "expected", f"modality: expected, cue '{cue}' in the clause of the date (modality.modality_of)"
    return "reported", "modality: reported, no cue of plan or condition in the clause of the date (modality.modality_of)"


def _small_hours_told_past(m, published) -> bool:
    """ "was brought to the surface shortly after midnight Wednesday" in a
    Tuesday story: the finder put the day after publication without looking
    forward (`dates.resolve.calendar.weekday`); the story was filed the
    evening before, in another time zone, and tells what has happened."""
    return m.anchor == "publication" and not m.future and (m.first - published).days == 1


def speculation(article: Article, text: str, d: Dated) -> bool:
    """Does the sentence only guess what may happen at the date `d`, a day
    still to come, with no one saying it (see the module's doc)?"""
    published = article.reference.earliest
    if published is None or d.mention.first <= published or SAYING_VERB.search(text):
        return False
    return _SPECULATION.match(text.lstrip(" \"“‘'")) is not None


# Where a sentence's main clause ends and a coordinate or contrasting one
# begins: "The toll is now nearing 1,900, while police say the final toll
# will be over 9,000" tells the toll; the "will" is the other clause's.
_OTHER_CLAUSE = re.compile(r",?\s+(?:while|whereas)\s|,\s+but\s|;\s")


def main_clause_cue(sentence: str) -> str | None:
    """`first_cue` of the sentence's main clause: up to the first clause
    that contrasts with it or runs beside it (", while", ", but", ";")."""
    m = _OTHER_CLAUSE.search(sentence)
    return first_cue(sentence[:m.start()] if m else sentence)


def first_cue(clause: str) -> str | None:
    """The first modal cue in the clause; "May" mid-clause is the month, not
    the verb; a prediction changed or kept ("raised its forecast") is none."""
    return next((c.group() for c in _CUE.finditer(clause)
                 if (c.group() != "May" or c.start() == 0) and not _changed_prediction(clause, c)), None)


# "raised its full-year earnings forecast", "lifted its own outlook": a past
# verb, a determiner and up to three words of the noun phrase before the noun.
_PAST_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+(?:its|the|their|his|her|a|an)\s+(?:[\w’'-]+\s+){0,3}$")


def _changed_prediction(clause: str, cue: re.Match) -> bool:
    if cue.group().lower() not in PREDICTION_NOUNS:
        return False
    verb = _PAST_VERB_BEFORE.search(clause, 0, cue.start())
    return verb is not None and (simple_past(verb.group(1)) or verb.group(1) in PAST_AS_BASE)  # "cut its target"
