"""The named rules that read the tense of a clause, word by word.

A word rule looks at word i of one side of the date and returns a `Tense`
(it decided), `SKIP` (this word says nothing, go on to the next word) or
None (not mine: the next rule looks at the same word). The sides are read
from the date outwards, nearest word first, so the closest cue wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.lexicon import verbs
from timeline.lexicon.calendar import WEEKDAYS_FULL

from .. import vocab

from .base_form import same_past
from .clause import Clause
from .grammar import after_modal, attached, base_verb_like, noun, passive, scheduled
from .words import past, word_cue


@dataclass(frozen=True)
class Tense:
    """Which way a clause looks, and the rule (and word) that said so."""

    direction: int  # +1 forward, -1 back, 0 neither
    rule: str  # the name of the rule that decided
    cue: str = ""  # the word it read ("said", "will")

    @property
    def word(self) -> str:
        """"past", "future" or "no tense"."""
        return {1: "future", -1: "past"}.get(self.direction, "no tense")

    def describe(self) -> str:
        """"cue 'said' (past_word)", or "no cue in the clause (no_cue)" when no word decided."""
        return f"cue '{self.cue}' ({self.rule})" if self.cue else f"no cue in the clause ({self.rule})"


SKIP = Tense(0, "skip")  # this word says nothing; read the next one


def verb_cue(cl: Clause, w: str, nxt: str, pos: int, left: bool = True, prev: str = "",
             verb: bool = False) -> tuple[int, str]:
    """`word_cue`, and for verbs whose past is their base form, `same_past`."""
    lw = w.lower()
    if lw in verbs.POSTPONING_VERBS and cl.postponed:
        return 1, "postponed_until"  # "postponed the vote until March"
    if w[:1].isupper() and cl.sent and pos == cl.sent[0][1] and lw not in verbs.CAPITALISED_NOT_CUES:
        w = lw  # "Ahead of Sunday's vote, ...": the capital of the sentence's first word says nothing
    c, name = word_cue(w, nxt, left, prev)
    if c or lw not in verbs.PAST_AS_BASE or pos not in cl.index:
        return c, name
    c, name = same_past(cl.text, cl.sent, cl.index[pos], verb)
    if c < 0 and left and (not verb or cl.attributive) and lw in verbs.PREDICTING_VERBS:
        return 0, "prediction"  # "Nvidia forecast third-quarter revenue": the quarter is predicted
    if c < 0 and left and not verb and (cl.target or pos == cl.touching):
        return 0, "target"  # "set Friday as the deadline", "put the plan on hold until March": a target
    return c, name


def _next(words, i: int) -> str:
    return words[i + 1][0].lower() if i + 1 < len(words) else ""


# -- words before the date ----------------------------------------------------------

def schedule_verb(cl: Clause, i: int) -> Tense | None:
    """"the company, which reports on Thursday": a present verb of a schedule looks forward."""
    lw = cl.left[i][0].lower()
    if lw in verbs.SCHEDULE_OR_REPORT_VERBS and scheduled(lw, cl.left[max(0, i - 3):i], cl.left[i + 1:],
                                                          cl.glued_right):
        return Tense(1, "schedule_verb", lw)
    return None


def reports_date(cl: Clause, i: int) -> bool:
    """Is left word i a reporting verb the date belongs to ("said on Thursday")?"""
    lw = cl.left[i][0].lower()
    return lw in verbs.COMPLEMENT_VERBS and not cl.possessive and attached(lw, cl.left[i + 1:]) \
        and not noun(lw, cl.left[max(0, i - 3):i])


def reporting_verb(cl: Clause, i: int) -> Tense | None:
    """"said Friday", "told journalists on Thursday": the reporting verb's own tense."""
    if not reports_date(cl, i):
        return None
    w, pos = cl.left[i]
    c, _name = verb_cue(cl, w, _next(cl.left, i), pos, verb=True)
    # "forecast" shows no tense: a modal further left may
    return Tense(c, "reporting_verb", w.lower()) if c else SKIP


def distant_reporting_verb(cl: Clause, i: int) -> Tense | None:
    """A reporting verb further away frames a reported clause: its own verb decides."""
    lw = cl.left[i][0].lower()
    return SKIP if lw in verbs.REPORTING_VERBS and (len(cl.left) - i > 2 or cl.possessive) else None


def infinitive(cl: Clause, i: int) -> Tense | None:
    """"to step down in January" looks forward, "decided to leave on Friday"
    back, "continue to trend lower" neither (`verbs.ASPECT_VERBS`)."""
    left = cl.left
    if left[i][0] != "to" or i + 1 >= len(left) or not base_verb_like(left[i + 1][0]):
        return None
    prev = left[i - 1][0] if i else ""
    if prev.lower() in verbs.NOT_INFINITIVE:
        return None  # "according to", "due to": a preposition
    if _number_between(cl, i):
        return None  # "rose by 218,000 to 2.9 million", "from 4.6 percent to 4.4 percent": a change's end value
    if prev.lower() in verbs.ASPECT_VERBS:
        return Tense(0, "aspect_infinitive", f"{prev} to")  # "continue to trend lower": what goes on now
    if prev and not past(prev) and prev.lower() not in verbs.INFINITIVE_TAKERS and _noun_content(cl, i) \
            and not _names_weekday(cl):
        governor = past_governor(cl, i - 1)
        if governor:
            return Tense(0, "infinitive_in_past_clause", f"{governor} ... {prev} to")
    return Tense(-1 if prev and past(prev) else 1, "infinitive", f"{prev} to".strip())


def _number_between(cl: Clause, i: int) -> bool:
    """Does a figure stand between "to" at left word `i` and the next word
    ("to 2.9 million", "to $4 billion")? Then "to" is a preposition."""
    to_end = cl.left[i][1] + 2
    return any(c.isdigit() for c in cl.text[to_end:cl.left[i + 1][1]])


def _names_weekday(cl: Clause) -> bool:
    """Is the date a weekday ("Friday", "Friday's")? A weekday in an accepted
    offer or invitation tells the coming days ("accepted an invitation to
    visit on Friday"): the infinitive's forward reading stands."""
    word = cl.text[cl.start:cl.end].split()[0].lower().rstrip("'’s") if cl.end > cl.start else ""
    return word in WEEKDAYS_FULL


def _noun_content(cl: Clause, i: int) -> bool:
    """Does the infinitive at left word `i` give a noun's content ("an offer to
    take part", "Kim's offer for athletes to take part"), rather than what a
    verb's object is to do ("urged lawmakers to vote")?"""
    left = cl.left
    if left[i - 1][0].lower() in verbs.INFINITIVE_NOUNS:
        return True
    for k in range(i - 2, max(-1, i - 6), -1):
        if left[k][0].lower() == "for":
            return k > 0 and left[k - 1][0].lower() in verbs.INFINITIVE_NOUNS
    return False


def past_governor(cl: Clause, j: int) -> str:
    """"Moon accepted Kim's offer for athletes to take part in February's
    games": the past verb that governs the noun phrase ending at left word
    `j` (its object, perhaps with "for" and the infinitive's subject), if no
    other verb, modal or punctuation stands between. A reporting verb frames
    a reported clause and governs nothing here ("said athletes to ...")."""
    left, text = cl.left, cl.text
    for k in range(j, max(-1, j - 7), -1):
        w, pos = left[k]
        if k < j and text[pos + len(w):left[k + 1][1]].strip(" '’s"):
            return ""  # punctuation: another phrase
        if k == j:
            continue
        lw = w.lower()
        c, _name = word_cue(w, _next(left, k), prev=left[k - 1][0] if k else "")
        if c < 0 and lw not in verbs.REPORTING_VERBS and (lw in verbs.PAST_CUES or lw.endswith("ed")):
            return lw
        if c or lw in verbs.MODALS or lw in verbs.REPORTING_VERBS or lw in ("to", "that", "which", "who"):
            return ""
    return ""


def outcome_of(cl: Clause, i: int) -> Tense | None:
    """"investors await the outcome of Friday's summit", "in the wake of
    Tuesday's vote": an event whose outcome or aftermath is spoken of has
    been held, so the day it is dated by lies back, whatever the verb that
    governs the phrase."""
    if not cl.possessive or i != len(cl.left) - 1 or i < 1:
        return None
    if cl.left[i][0].lower() not in ("of", "from") or cl.left[i - 1][0].lower() not in vocab.OUTCOME_NOUNS:
        return None
    return Tense(-1, "outcome_of", f"{cl.left[i - 1][0].lower()} {cl.left[i][0].lower()}")


def reduced_relative(cl: Clause, i: int) -> Tense | None:
    """"a communique, read Wednesday night at a rally, ...", "the bill, passed
    Tuesday by the Senate, goes ...": a past participle that opens a phrase set
    off by a comma is a reduced relative; it reports a done event, so it
    looks back, and the verb of the clause it is set into does not decide.
    Participles of a schedule ("scheduled", "set for") are not such."""
    w, pos = cl.left[i]
    lw = w.lower()
    opener = cl.text[cl.left[i - 1][1] + len(cl.left[i - 1][0]):pos] if i else cl.text[max(0, pos - 3):pos]
    if not w[:1].islower():
        return None
    if not any(ch in opener for ch in ",(—–") and not _after_noun(cl, i):
        return None
    nxt = _next(cl.left, i)
    if lw in verbs.FUTURE_CUES and not (lw in verbs.PAST_AS_BASE and nxt not in verbs.SET_DUE_COMPLEMENTS):
        return None  # "the vote, scheduled for Friday, ...": forward
    if lw not in verbs.PAST_AS_BASE and lw not in verbs.IRREGULAR_PARTICIPLES and word_cue(w, nxt)[0] >= 0:
        return None  # not a participle form
    between = cl.left[i + 1:]
    if len(between) > 4 or any(x[:1].islower() and x.lower() not in verbs.DATE_PREPOSITIONS
                               and x.lower() not in ("by", "the", "a", "an") for x, _ in between):
        return None  # the date belongs to a later word of the phrase
    return Tense(-1, "reduced_relative", lw)


def participle_phrase(cl: Clause, i: int) -> Tense | None:
    """"Clinton, speaking Thursday at the White House, said ...", "Speaking
    Thursday, the minister said ...": a present participle opening a phrase
    set off by a comma (or the sentence) is adverbial. It has no tense of its
    own; what it tells happens when the clause it is set into does, so the
    first verb with a tense after the phrase's closing comma decides, not a
    verb of that verb's complement ("said the talks would continue")."""
    w, pos = cl.left[i]
    lw = w.lower()
    if not lw.endswith("ing") or len(lw) < 6 or lw in verbs.NOT_ING_PARTICIPLES:
        return None
    opener = cl.text[cl.left[i - 1][1] + len(cl.left[i - 1][0]):pos] if i else cl.text[max(0, pos - 3):pos]
    if not any(ch in opener for ch in ",(—–") and not (i == 0 and w[:1].isupper()):
        return None
    between = cl.left[i + 1:]
    if len(between) > 3 or any(x.lower() not in verbs.DATE_PREPOSITIONS for x, _ in between):
        return None  # the date belongs to a later word of the phrase
    right = cl.right
    close = next((k for k in range(len(right))
                  if "," in cl.text[(right[k - 1][1] + len(right[k - 1][0])) if k else cl.end:right[k][1]]), None)
    if close is None:
        return None
    for k in range(close, min(close + 4, len(right))):
        c, _name = verb_cue(cl, right[k][0], _next(right, k), right[k][1], left=False,
                            prev=right[k - 1][0] if k else "", verb=True)
        if c:
            return Tense(c, "participle_phrase", f"{lw} ... {right[k][0].lower()}")
    return None


_NOT_NOUN = (verbs.AUXILIARIES | verbs.PERFECT_AUXILIARIES | verbs.MODALS | verbs.SINGULAR_PRONOUNS
             | verbs.OTHER_PRONOUNS | verbs.RELATIVE_PRONOUNS | verbs.NOUN_PHRASE_START)


def _after_noun(cl: Clause, i: int) -> bool:
    """"the ballots cast Friday", "the speech given Tuesday": a participle right
    after a noun phrase opened by a determiner (no verb, no punctuation between)."""
    lw = cl.left[i][0].lower()
    if lw not in verbs.IRREGULAR_PARTICIPLES or lw in verbs.PAST_AS_BASE:
        # regular "-ed" forms look back by themselves (left_cue); "cut", "hit"
        # after a noun are mostly nouns themselves ("a rate cut in June")
        return False
    text = cl.text
    j = i - 1
    if j < 0:
        return False
    p = cl.left[j][0].lower()
    if not p.isalpha() or p in _NOT_NOUN or p.endswith("ly") or word_cue(cl.left[j][0], lw)[0]:
        return False
    for k in range(j, max(-1, j - 4), -1):
        w, pos = cl.left[k]
        if text[pos + len(w):cl.left[k + 1][1]].strip():
            return False  # punctuation: another phrase
        if k < j and w.lower() in verbs.NOUN_PHRASE_START:
            return True
    return False


def left_cue(cl: Clause, i: int) -> Tense | None:
    """The word's own cue (`word_cue`, `same_past`), unless it is a base form
    after a modal or a participle whose auxiliary decides."""
    w, pos = cl.left[i]
    lw = w.lower()
    c, name = verb_cue(cl, w, _next(cl.left, i), pos, prev=cl.left[i - 1][0] if i else "")
    if c < 0 and lw in verbs.PAST_CUES and lw not in verbs.FINITE_PAST and after_modal(cl.left, i):
        return SKIP  # "will ground the jets": a base form ("ground", "found"); the modal decides
    if c < 0 and lw not in verbs.FINITE_PAST:
        c, adjusted = passive(cl.left, i, c)
        name = adjusted or name
    return Tense(c, name, lw) if c else None


# In this order for each word: "the outcome of" right before a possessive
# date decides first (the event is over); a schedule verb or a reporting verb the date
# belongs to decides before the word's own cue ("reports" and "said" are
# also cue words); a distant reporting verb is passed over before its cue is
# read; "to" + a base verb is read as one infinitive before "to" alone; a
# present participle opening a phrase defers to the clause it is set into.
LEFT_RULES = (outcome_of, schedule_verb, reporting_verb, distant_reporting_verb, infinitive, reduced_relative,
              participle_phrase, left_cue)


# -- words after the date -----------------------------------------------------------

def parenthetical_report(cl: Clause, i: int) -> Tense | None:
    """"..., he said, ...": a parenthetical reporting verb says nothing of the date."""
    w, pos = cl.right[i]
    if w.lower() in verbs.COMPLEMENT_VERBS and cl.text.startswith(",", pos + len(w)) and "," in cl.text[cl.end:pos]:
        return SKIP
    return None


def fronted_report(cl: Clause, i: int) -> Tense | None:
    """"On Tuesday, the company said it will ...": a date before its clause is
    the clause's; when that clause reports, its verb decides (even if it shows
    no tense) and its complement does not count."""
    w, pos = cl.right[i]
    if w.lower() not in verbs.COMPLEMENT_VERBS or not cl.fronted or i > 5 \
            or any(x.lower() in verbs.CLAUSE_OPENERS for x, _ in cl.right[:i]):
        return None
    c, _name = verb_cue(cl, w, _next(cl.right, i), pos, left=False, verb=True)
    return Tense(c, "fronted_report", w.lower())


def distant_report_after(cl: Clause, i: int) -> Tense | None:
    """A reporting verb two words or more after the date frames another clause."""
    return SKIP if cl.right[i][0].lower() in verbs.REPORTING_VERBS and i > 1 else None


def right_cue(cl: Clause, i: int) -> Tense | None:
    """The word's own cue."""
    w, pos = cl.right[i]
    c, name = verb_cue(cl, w, _next(cl.right, i), pos, left=False, prev=cl.right[i - 1][0] if i else "")
    return Tense(c, name, w.lower()) if c else None


RIGHT_RULES = (parenthetical_report, fronted_report, distant_report_after, right_cue)


def walk(cl: Clause, rules, positions) -> Tense | None:
    """The first decision of `rules` over the words at `positions`, in order."""
    for i in positions:
        for rule in rules:
            t = rule(cl, i)
            if t is None:
                continue
            if t is SKIP:
                break
            return t
    return None
