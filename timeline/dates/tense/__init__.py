"""Tense of the clause around a date expression: does it look back or forward?

`tense(text, start, end)` returns a `Tense`: the direction (+1 forward, -1
back, 0 neither), the name of the rule that decided and the cue word it
read. The verb nearest the expression inside its sentence decides (the word
tables are in `timeline.lexicon.verbs`; what one word says is `words.word_cue`).

The clause rules, in the order `tense` tries them (`CLAUSE_RULES`):
  relative_clause  "the first quarter that we had", "the quarter that ended
                   Sept. 30": a relative clause on the date's noun gives the
                   date its own tense, whatever the verb that governs the phrase
  left_of_date     the words before the date, nearest first (`rules.LEFT_RULES`)
  reported_clause  a reporting verb the date belongs to showed no tense: its
                   reported complement on the right does not count
  right_of_date    the words after the date, nearest first (`rules.RIGHT_RULES`)
then, when none gave a direction:
  verbless_phrase  "..., but not for the winter": a phrase without a verb of
                   its own takes the tense of the clause it is cut from
  no_cue           the default: no direction (the resolver then takes the
                   nearest period, or the most recent weekday)

Reporting verbs ("said", "told") only count when they touch the expression
("said Friday"); elsewhere they frame a reported clause whose own verb
decides. Verbs whose past is their base form ("cut", "hit", "put") are read
from their subject and auxiliary (`base_form.same_past`). A date that is such
a verb's target ("set Friday as the deadline") or a prediction ("forecast
third-quarter revenue") is not made past by it. Verbs of postponing look
forward only to where the event moves ("postponed until March"). A
past-looking form right after a modal or "to" is a base form ("will ground
the jets"); "to" before a figure is no infinitive ("rose by 218,000 to
2.9 million in October"). An infinitive looks forward ("plans to vote on Tuesday"), back
after a past verb ("decided to leave on Friday"), neither way after a
present verb of aspect ("continue to trend lower", `verbs.ASPECT_VERBS`), nor when it
gives the content of a noun of offer or permission in the object of a past
verb ("accepted an offer for athletes to take part in February's games",
"accepted an invitation to visit in March"): it is later than that event,
which may lie either side of publication (a weekday there keeps the forward
reading; "urged lawmakers to vote in March" looks forward). Present verbs of a schedule ("reports results on Thursday")
look forward, as news uses them. A past participle opening a phrase set off
by a comma, or an irregular one right after a noun phrase, is a reduced
relative ("the vote, cast Friday, will decide", "the speech given Tuesday"):
it looks back, whatever the clause's own verb says. A present participle
opening such a phrase ("Clinton, speaking Thursday at the White House, said
the talks would continue") has no tense of its own: the first verb with one
after the phrase decides, not that verb's complement.
"""

from __future__ import annotations

import re

from .clause import REACH, Clause, read_clause, sentence_bounds
from .rules import LEFT_RULES, RIGHT_RULES, Tense, reports_date, verb_cue, walk
from .words import word_cue


def relative_clause(cl: Clause) -> Tense | None:
    """"a rebound after the disastrous first quarter that we had": the verb of a
    relative clause right after the date (within three words of "that" or
    "which") tells when the period was. Only for a period named by a noun
    phrase ("the quarter", "first quarter"), not a day or year named alone,
    and not after a verb the date belongs to ("said Friday that it will",
    "decided Monday that"): there "that" opens the verb's complement."""
    r = cl.right
    if not r or r[0][0] not in ("that", "which") or cl.text[cl.end:r[0][1]].strip(" ,") \
            or any(reports_date(cl, i) for i in range(len(cl.left))):
        return None
    if not cl.text[cl.start:cl.start + 1].islower() and not cl.text.startswith("The ", cl.start):
        return None  # "decided Monday that it will": a day or year named alone heads no relative clause
    if cl.left and word_cue(cl.left[-1][0], "")[0]:
        return None  # the verb right before the date governs it
    for i in range(1, min(4, len(r))):
        w, pos = r[i]
        c, _name = verb_cue(cl, w, r[i + 1][0].lower() if i + 1 < len(r) else "", pos, left=False, prev=r[i - 1][0])
        if c:
            return Tense(c, "relative_clause", w.lower())
    return None


def left_of_date(cl: Clause) -> Tense | None:
    """The nearest cue before the date: the governing verb usually precedes the date in English news."""
    return walk(cl, LEFT_RULES, range(len(cl.left) - 1, -1, -1))


def reported_clause(cl: Clause) -> Tense | None:
    """"said on Thursday the vote would ...": the date is the reporting verb's, which showed no tense."""
    for i in range(len(cl.left) - 1, -1, -1):
        if reports_date(cl, i):
            return Tense(0, "reported_clause", cl.left[i][0].lower())
    return None


def right_of_date(cl: Clause) -> Tense | None:
    """The nearest cue after the date ("Friday's meeting will ...", "in June, it will")."""
    return walk(cl, RIGHT_RULES, range(len(cl.right)))


def no_cue(cl: Clause) -> Tense:
    """The default: no word of the clause shows a direction."""
    return Tense(0, "no_cue")


# A relative clause on the date's own noun first: it is the date's own verb.
# Left before right: the governing verb usually precedes the date in English
# news. The reported-clause check must come after the left side (only then
# is it known that the reporting verb showed no tense) and before the right
# side (which is that verb's complement).
CLAUSE_RULES = (relative_clause, left_of_date, reported_clause, right_of_date)

# "..., but not for the winter": a coordinated phrase without a verb of its own
_ELLIPSIS = re.compile(r",\s*(?:(?:but|and|or|yet)\s+)?(?:not|also|even|only|especially|particularly|mainly|"
                       r"mostly|possibly|perhaps|probably|maybe)\s+(?:(?:for|in|during|until|till|by|before|after|"
                       r"through|over|from|on|at|into)\s+)?(?:(?:much|most|all|part|some|the\s+rest)\s+of\s+)?$", re.I)


def tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> Tense:
    """Which way the clause around text[start:end] (inside text[lo:hi]) looks, and why."""
    t = clause_tense(text, start, end, lo, hi)
    if t.direction == 0:
        v = verbless_phrase(text, start, lo, hi)
        if v is not None:
            return v
    return t


def verbless_phrase(text: str, start: int, lo: int = 0, hi: int | None = None) -> Tense | None:
    """"..., but not for the winter": the tense of the clause the phrase is cut
    from, read up to the sentence start."""
    e = _ELLIPSIS.search(text, max(lo, start - 60), start)
    if e is None:
        return None
    t = clause_tense(text, e.start(), e.start(), lo, hi, reach=40)
    return Tense(t.direction, "verbless_phrase", t.cue) if t.direction else None


def clause_tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None, reach: int = REACH) -> Tense:
    """The first decision of `CLAUSE_RULES`, else `no_cue`."""
    cl = read_clause(text, start, end, lo, hi, reach)
    for rule in CLAUSE_RULES:
        t = rule(cl)
        if t is not None:
            return t
    return no_cue(cl)


__all__ = ["Tense", "tense", "sentence_bounds", "CLAUSE_RULES"]
