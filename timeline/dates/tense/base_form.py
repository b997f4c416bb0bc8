"""Tense of a verb whose past is its base form ("cut", "hit", "put").

A base form after an auxiliary or "to" shows no tense (0: the auxiliary
decides); after "has"/"had" it is a past event (-1). After a third-person
singular subject without "-s" it can only be the past ("the company cut its
goal", "it set a target"). After any other subject ("shares hit a record",
"they cut rates") it is past or present; news narrates single events in the
past (the present of a dated event is a schedule, which uses another verb,
or a habit), so it counts as past unless a word of habit ("usually",
"every") makes it a present habit: then 0. A noun ("a rate cut in June",
"pass a tax cut bill") is no verb: 0.
"""

from __future__ import annotations

from timeline.lexicon import verbs

from .clause import Words


def same_past(text: str, sent: Words, k: int, verb: bool = False) -> tuple[int, str]:
    """(direction, name of the reading) for sent[k], a verb of `verbs.PAST_AS_BASE`.

    `verb` says the word is known to be a verb (one with a complement,
    "forecast in June that"): then it needs no object to be one."""
    w = sent[k][0]
    if w[0].isupper():
        return 0, ""
    nxt = sent[k + 1][0].lower() if k + 1 < len(sent) and _glued(text, sent, k) else ""
    if (w.lower(), nxt) in verbs.POSTPONING_PARTICLES:
        return 1, "postponing_particle"  # "put off until March"
    j = _subject(text, sent, k)
    if j < 0:
        return 0, ""  # "Cut the rate": no subject
    p = sent[j][0].lower().replace("’", "'")
    if p in verbs.PERFECT_AUXILIARIES or p.endswith("'ve"):
        return -1, "perfect_base_form"
    if p in verbs.AUXILIARIES:
        return 0, "auxiliary_base_form"
    if p in verbs.SINGULAR_PRONOUNS:
        return -1, "singular_subject_base_form"
    has_object = verb or bool(nxt) and nxt not in verbs.NOT_OBJECT and nxt not in verbs.AUXILIARIES
    habit = any(x.lower() in verbs.HABITUAL_WORDS for x, _ in sent)
    if p in verbs.OTHER_PRONOUNS or (p in verbs.RELATIVE_PRONOUNS and has_object):
        return (0, "habit") if habit else (-1, "pronoun_subject_base_form")
    if p.endswith("'s") or p in verbs.NOT_SUBJECT or not p.isalpha() or not has_object:
        return 0, ""
    if not _opens_clause(text, sent, j):
        return 0, ""
    plural = p.endswith("s") and not p.endswith(("ss", "us", "is")) and sent[j][0][0].islower()
    return (0, "habit") if plural and habit else (-1, "noun_subject_base_form")


def _glued(text: str, sent: Words, i: int) -> bool:
    """No punctuation between sent[i] and sent[i + 1]."""
    a = sent[i][1] + len(sent[i][0])
    return not text[a:sent[i + 1][1]].strip()


def _subject(text: str, sent: Words, k: int) -> int:
    """Index of the word before sent[k], past adverbs ("the bank also cut"); -1 if none."""
    j = k - 1
    while j >= 0 and _glued(text, sent, j) and (
            (p := sent[j][0].lower()) in verbs.SUBJECT_ADVERBS or (p.endswith("ly") and len(p) > 4)):
        j -= 1
    return j


def _opens_clause(text: str, sent: Words, j: int) -> bool:
    """A noun before the verb is its subject only if its noun phrase opens a
    clause: "the company cut its goal", not "will pass a tax cut bill"."""
    i = j - 1
    while i >= 0:
        if not _glued(text, sent, i) or _clause_start(sent[i][0]):
            return True
        x = sent[i][0].lower()
        if x in verbs.NOUN_PHRASE_START:
            return i == 0 or not _glued(text, sent, i - 1) or _clause_start(sent[i - 1][0])
        if x != "of" and (x in verbs.NOT_SUBJECT or x in verbs.AUXILIARIES) or j - i >= 5:  # "the price of gold"
            return False
        i -= 1
    return True


def _clause_start(word: str) -> bool:
    w = word.lower()
    return w in verbs.CLAUSE_START or w in verbs.COMPLEMENT_VERBS
