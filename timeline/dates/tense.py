"""Tense of the clause around a date expression: does it look back or forward?

The verb nearest the expression inside its sentence decides (cue words in
`vocab.FUTURE_CUES` / `vocab.PAST_CUES`, plus regular "-ed" past forms).
Reporting verbs ("said", "told") only count when they touch the expression
("said Friday"); elsewhere they frame a reported clause whose own verb decides.
Verbs whose past is their base form ("cut", "hit", "put";
`vocab.PAST_AS_BASE`) are read from their subject and auxiliary
(`_same_past`): "the company cut its goal in June" is past, "will cut" and
"to cut" leave it to the auxiliary, "a rate cut in June" is a noun. A date
that is such a verb's target ("set Friday as the deadline", "on hold until
March") or a prediction ("forecast third-quarter revenue") is not made past
by it. Verbs of postponing look forward only to where the event moves
("postponed until March"), not from when it was moved ("postponed on
Thursday"). A past-looking form right after a modal or "to" is a base form
("will ground the jets"). Present verbs of a schedule ("reports results on
Thursday", "holds its meeting on Wednesday") look forward, as news uses
them. A phrase without a verb of its own ("..., but not for the winter")
takes the tense of the clause it is cut from.
"""

from __future__ import annotations

import re

from . import vocab

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_STOP = ".!?\n;"
_WINDOW = 220
_REACH = 10  # lower-case words each side


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


def _is_full_stop(text: str, i: int) -> bool:
    """A "." that ends a sentence: followed by a blank and a capital, not after an abbreviation."""
    j = i + 1
    if j < len(text) and not text[j].isspace():
        return False
    k = i
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:i]
    return not (len(word) <= 3 and word[:1].isupper()) and word.lower() not in ("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "no")


def _cue(word: str, nxt: str, left: bool = True, prev: str = "") -> int:
    """+1 future, -1 past, 0 none."""
    if word[0].isupper():
        return 0  # "May", "Will", "Said" as names or sentence openers
    w = word.lower().replace("’", "'")
    if w in vocab.FUTURE_CUES:
        if w in _NOUN_CUES and prev.lower() in _NP_START and nxt not in ("for", "to", "is", "are", "calls"):
            return 0  # "put the plan on hold in December": a noun, its content not named
        if w in ("set", "due") and nxt not in ("to", "for", "on", "in"):
            return 0
        if w == "set" and nxt in ("on", "in") and prev.lower() not in _BE:
            return 0  # "the target it set in the summer" (but "is set on Monday")
        return 1
    if (w, nxt) in _FUTURE_PAIRS or (left and nxt == "to" and w in vocab.INFINITIVE_TAKERS):
        return 1
    if w in vocab.PAST_CUES:
        return -1
    if w.endswith("ed") and len(w) > 4 and w not in vocab.NOT_PAST_ED:
        return -1
    if w.endswith("n't"):
        return -1 if w in ("didn't", "wasn't", "weren't", "hadn't", "couldn't") else (1 if w in ("won't", "wouldn't") else 0)
    return 0


_FUTURE_PAIRS = set(vocab.FUTURE_PHRASES)
# Future cues that are also nouns ("the plan"): forward only with their content ("the plan for June").
_NOUN_CUES = {"plan", "plans", "hope", "hopes", "aim", "aims", "promise", "promises", "need", "needs"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "now", "already", "tentatively", "currently"}
_FINITE_PAST = {"was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "since",
                "previously", "didn't", "wasn't", "weren't", "hadn't"}


_NOT_INFINITIVE = {"according", "due", "up", "close", "next", "back", "compared", "relative", "prior",
                   "thanks", "owing", "opposed", "similar", "equal", "home", "addition", "contrast",
                   "closer", "nearer", "tied", "linked", "related", "used"}
_NOT_VERBS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
              "these", "those", "be", "date", "power", "office", "court", "prison", "jail", "work",
              "school", "hospital", "church", "bed", "market", "death", "life", "war", "him", "them",
              "us", "me", "it", "you", "what", "which", "where", "whom", "some", "all", "any", "each",
              "every", "no", "one", "two", "three", "about", "around", "nearly", "more", "less",
              "in", "on", "at", "for", "from", "with", "by", "of", "into", "over", "under", "after",
              "before", "during", "since", "until", "and", "or", "but", "as", "than", "then", "there",
              "here", "now", "today", "date", "go", "come"}


def _reach(tokens, reach: int = _REACH) -> int:
    """How many tokens hold the first `reach` lower-case words."""
    n = seen = 0
    for w, _pos in tokens:
        if w[0].islower():
            seen += 1
            if seen > reach:
                break
        n += 1
    return n


def _base_verb_like(word: str) -> bool:
    """A word that can be a bare infinitive after "to" (not a noun phrase start)."""
    w = word.lower()
    return (word[:1].islower() and w.isalpha() and w not in _NOT_VERBS
            and not w.endswith(("ing", "ed", "ly", "tion", "ment", "ness")))


def _passive(words: list[tuple[str, int]], i: int, c: int) -> int:
    """A participle after "be": "will be held" looks forward, "is held" is present."""
    prev = [w.lower() for w, _ in words[max(0, i - 3):i]]
    if not prev:
        return c
    if prev[-1] in ("be", "being") or (len(prev) > 1 and prev[-2] == "be"):
        if any(p in vocab.FUTURE_CUES or p == "to" for p in prev):
            return 1
        return 1 if prev[-1] == "be" else c
    if prev[-1] in ("is", "are", "am", "'s", "'re", "get", "gets", "stay", "stays", "remain",
                    "remains", "become", "becomes", "seem", "seems", "keep", "keeps"):
        return 0  # a present passive or an adjective: the verbs further out decide
    return c


_DATE_PREPOSITIONS = {"on", "in", "at", "during", "late", "early", "earlier", "last", "this", "via",
                      "overnight", "from", "after", "before", "through"}


_CLAUSE_OPENERS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because"}


_NOUN_FORMS = {"forecast", "forecasts", "estimates", "projects", "reports", "claims", "notes", "states"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
                "these", "those", "whose", "new", "latest", "annual", "earnings", "revenue", "profit", "sales"}


_MODIFIERS = {"full", "year", "quarterly", "monthly", "weekly", "official", "updated", "revised",
              "previous", "prior", "initial", "preliminary", "final", "current", "guidance", "outlook",
              "growth", "price", "inflation", "weather", "budget", "economic", "delivery", "deliveries",
              "production", "output", "demand", "income", "margin", "spending", "cost", "costs"}


def _noun(word: str, before: list[tuple[str, int]]) -> bool:
    """"its annual revenue forecast on Thursday": a noun, not a reporting verb."""
    if word not in _NOUN_FORMS:
        return False
    # Only modifiers may stand between the determiner and the noun: "its
    # annual revenue forecast", but "the company forecast" is a subject and
    # its verb.
    for w, _ in reversed(before):
        lw = w.lower().replace("’", "'")
        if lw in _DETERMINERS or lw.endswith("'s"):
            return True
        if not (lw.isalpha() and lw in _MODIFIERS or lw.endswith(("-year", "-term", "-quarter"))):
            return False
    return False


_NOT_OBJECT = {"in", "on", "at", "by", "for", "to", "from", "during", "after", "before", "since",
               "until", "till", "with", "of", "as", "and", "or", "but", "into", "over", "through",
               "than", "when", "while", "because", "if", "that", "which", "who", "last", "this",
               "next", "earlier", "later", "again", "back"}
_SUBJECT_ADVERBS = {"also", "just", "then", "still", "already", "again", "later", "first", "even",
                    "only", "further", "once", "jointly", "previously", "swiftly"}
_CLAUSE_START = _CLAUSE_OPENERS | {"after", "before", "as", "since", "and", "but", "though",
                                   "although", "so", "once", "until", "then", "meanwhile"}
_NP_START = _DETERMINERS - {"earnings", "revenue", "profit", "sales", "new", "latest", "annual"} | {
    "another", "each", "every", "no", "some", "any", "both", "all"}
_NOT_SUBJECT = _NOT_VERBS | _NP_START | _DATE_PREPOSITIONS | {"to", "than", "per", "via", "like"}


def _same_past(text: str, sent: list[tuple[str, int]], k: int, verb: bool = False) -> int:
    """Tense of a verb whose past is its base form ("cut", "hit", "put").

    A base form after an auxiliary or "to" shows no tense (0: the auxiliary
    decides); after "has"/"had" it is a past event (-1). After a third-person
    singular subject without "-s" it can only be the past ("the company cut
    its goal", "it set a target"). After any other subject ("shares hit a
    record", "they cut rates") it is past or present; news narrates single
    events in the past (the present of a dated event is a schedule, which
    uses another verb, or a habit), so it counts as past unless a word of
    habit ("usually", "every") makes it a present habit: then 0. A noun
    ("a rate cut in June", "pass a tax cut bill") is no verb: 0. `verb`
    says the word is known to be a verb (one with a complement, "forecast
    in June that"): then it needs no object to be one.
    """
    w = sent[k][0]
    if w[0].isupper():
        return 0
    lw = w.lower()

    def glued(i: int) -> bool:  # no punctuation between sent[i] and sent[i + 1]
        a = sent[i][1] + len(sent[i][0])
        return not text[a:sent[i + 1][1]].strip()

    nxt = sent[k + 1][0].lower() if k + 1 < len(sent) and glued(k) else ""
    if (lw, nxt) in vocab.POSTPONING_PARTICLES:
        return 1  # "put off until March"
    j = k - 1
    while j >= 0 and glued(j) and ((p := sent[j][0].lower()) in _SUBJECT_ADVERBS or (p.endswith("ly") and len(p) > 4)):
        j -= 1
    if j < 0:
        return 0  # "Cut the rate": no subject
    p = sent[j][0].lower().replace("’", "'")
    if p in vocab.PERFECT_AUXILIARIES or p.endswith("'ve"):
        return -1
    if p in vocab.AUXILIARIES:
        return 0
    if p in ("he", "she", "it"):
        return -1
    has_object = verb or bool(nxt) and nxt not in _NOT_OBJECT and nxt not in vocab.AUXILIARIES
    habit = any(x.lower() in vocab.HABITUAL_WORDS for x, _ in sent)
    if p in ("they", "we", "i", "you") or (p in ("who", "which", "that") and has_object):
        return 0 if habit else -1
    if p.endswith("'s") or p in _NOT_SUBJECT or not p.isalpha() or not has_object:
        return 0
    # A noun before the verb is its subject only if its noun phrase opens a
    # clause: "the company cut its goal", not "will pass a tax cut bill".
    i = j - 1
    opens = True
    while i >= 0:
        if not glued(i) or sent[i][0].lower() in _CLAUSE_START or sent[i][0].lower() in vocab.COMPLEMENT_VERBS:
            break
        x = sent[i][0].lower()
        if x in _NP_START:
            opens = i == 0 or not glued(i - 1) or sent[i - 1][0].lower() in _CLAUSE_START \
                or sent[i - 1][0].lower() in vocab.COMPLEMENT_VERBS
            break
        if x != "of" and (x in _NOT_SUBJECT or x in vocab.AUXILIARIES) or j - i >= 5:  # "the price of gold"
            opens = False
            break
        i -= 1
    if not opens:
        return 0
    plural = p.endswith("s") and not p.endswith(("ss", "us", "is")) and sent[j][0][0].islower()
    return 0 if plural and habit else -1


def _attached(verb: str, between: list[tuple[str, int]]) -> bool:
    """Does the date after `between` belong to the reporting `verb` before it?

    Yes when only a prepositional phrase separates them ("said on Thursday",
    "predicted in a note on Wednesday") or, for verbs of telling, the
    addressee ("told journalists on Thursday"); not when a noun phrase does
    ("said the vote on Thursday will be close": the date is the vote's).
    """
    words = [w.lower() for w, _ in between]
    if len(words) <= 1 and (not words or words[0] in _DATE_PREPOSITIONS):
        return True
    if words[0] in _DATE_PREPOSITIONS or words[0] == "by" and words[-1] in _DATE_PREPOSITIONS:
        # "predicted in a note on Wednesday", "confirmed by the White House on Monday"
        return words[0] not in ("this", "last") and "that" not in words and len(words) <= 6
    if verb in vocab.ADDRESSEE_VERBS and len(words) <= 4 and "that" not in words:
        return words[-1] in _DATE_PREPOSITIONS or len(words) <= 2
    return False


_MODALS = {"will", "'ll", "would", "'d", "shall", "should", "can", "could", "may", "might", "must",
           "to", "do", "does", "did", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't",
           "cannot", "couldn't", "shouldn't"}
_SKIP_ADVERBS = {"not", "also", "then", "still", "even", "only", "just", "never", "again", "first"}


def _after_modal(words: list[tuple[str, int]], i: int) -> bool:
    """Is words[i] right after a modal or "to" ("will ground", "could not find")?
    Then it is a base form, whatever past tense it looks like."""
    j = i - 1
    while j >= 0 and (words[j][0].lower() in _SKIP_ADVERBS or words[j][0].lower().endswith("ly")):
        j -= 1
    return j >= 0 and words[j][0].lower().replace("’", "'") in _MODALS


# Present-tense verbs that announce a scheduled event in news: "the company
# reports results on Thursday", "the bank holds its meeting on Wednesday" is
# the coming day, as "opens", "meets" (`vocab.FUTURE_CUES`) are.
_SCHEDULE_VERBS = {"reports", "holds", "delivers", "unveils", "publishes", "announces"}
# Words before "reports" that make it a noun ("media reports on Monday said").
_REPORT_NOUN_BEFORE = {"media", "news", "press", "local", "state", "earlier", "recent", "several",
                       "other", "unconfirmed", "multiple", "many", "some", "initial", "early",
                       "separate", "conflicting", "police", "intelligence", "quarterly", "annual"}


def _scheduled(verb: str, before: list[tuple[str, int]], between: list[tuple[str, int]],
               after: list[tuple[str, int]]) -> bool:
    """Is `verb` a present verb of a schedule, not a noun ("earnings reports on
    Tuesday") nor a verb reporting a clause ("reports on Thursday that ...")?"""
    if _noun(verb, before) or before and before[-1][0].lower() in _NP_START | _REPORT_NOUN_BEFORE:
        return False
    if any(w.lower() in ("that", "said", "says") for w, _ in between):
        return False
    if after and after[0][0].lower() in ("that", "it", "he", "she", "they"):
        return False
    # "Reports on Monday said ...", "Reports on Monday showed": a noun, the subject of a past verb
    return not any(w[:1].islower() and (w.lower() in vocab.COMPLEMENT_VERBS or _cue(w, "") < 0)
                   for w, _ in after[:3])


# "..., but not for the winter": a coordinated phrase without a verb of its own
_ELLIPSIS = re.compile(r",\s*(?:(?:but|and|or|yet)\s+)?(?:not|also|even|only|especially|particularly|mainly|"
                       r"mostly|possibly|perhaps|probably|maybe)\s+(?:(?:for|in|during|until|till|by|before|after|"
                       r"through|over|from|on|at|into)\s+)?(?:(?:much|most|all|part|some|the\s+rest)\s+of\s+)?$", re.I)


def tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> int:
    """+1 if the clause around text[start:end] looks forward, -1 back, 0 unknown.

    A phrase coordinated without a verb of its own ("..., but not for the
    winter") takes the tense of the clause it is cut from, read up to the
    sentence start."""
    t = _tense(text, start, end, lo, hi)
    if t == 0:
        e = _ELLIPSIS.search(text, max(lo, start - 60), start)
        if e is not None:
            t = _tense(text, e.start(), e.start(), lo, hi, reach=40)
    return t


def _tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None, reach: int = _REACH) -> int:
    a, b = sentence_bounds(text, start, end, lo, hi)
    left = [(mm.group(), mm.start()) for mm in _WORD.finditer(text, a, start)]
    right = [(mm.group(), mm.start()) for mm in _WORD.finditer(text, end, b)]
    words = left + right
    sent = [(mm.group(), mm.start()) for mm in _WORD.finditer(text, a, b)]
    if len(words) >= 4 and sum(w[0].isupper() for w, _ in words) > 0.7 * len(words):
        # A Title Case headline ("Putin Will Meet Trump On Friday"): capitals
        # say nothing about names there, so read every word in lower case.
        left = [(w.lower(), p) for w, p in left]
        right = [(w.lower(), p) for w, p in right]
        sent = [(w.lower(), p) for w, p in sent]
    index = {p: k for k, (_w, p) in enumerate(sent)}
    postponed = bool(left) and not text[left[-1][1] + len(left[-1][0]):start].strip() and (
        left[-1][0].lower() in vocab.POSTPONING_TARGETS
        or len(left) > 1 and left[-1][0].lower() == "after" and left[-2][0].lower() in ("until", "till"))
    touching = left[-1][1] if left and not text[left[-1][1] + len(left[-1][0]):start].strip() else None
    # "set the date for June", "on hold until March": the date is a target, not when the verb happened
    target = bool(left) and left[-1][0].lower() in ("for", "until", "till") and not text[left[-1][1] + len(left[-1][0]):start].strip()
    # "fourth-quarter revenue": the date modifies the noun after it
    attributive = bool(right) and not text[end:right[0][1]].strip() and right[0][0].islower() \
        and right[0][0] not in _NOT_VERBS and right[0][0] not in _CLAUSE_OPENERS

    def cue(w: str, nxt: str, pos: int, left: bool = True, prev: str = "", verb: bool = False) -> int:
        """`_cue`, and for verbs whose past is their base form, `_same_past`."""
        if w.lower() in vocab.POSTPONING_VERBS and postponed:
            return 1  # "postponed the vote until March"
        c = _cue(w, nxt, left, prev)
        if c or w.lower() not in vocab.PAST_AS_BASE or pos not in index:
            return c
        c = _same_past(text, sent, index[pos], verb)
        if c < 0 and left and (not verb or attributive) and w.lower() in vocab.PREDICTING_VERBS:
            return 0  # "Nvidia forecast third-quarter revenue": the quarter is predicted
        if c < 0 and left and not verb and (target or pos == touching):
            return 0  # "set Friday as the deadline", "put the plan on hold until March": a target
        return c
    # Only verbs close by govern the expression; further away they belong to
    # another clause, and "unknown" is the honest answer.
    # Names do not count towards that distance (they carry no tense).
    left = left[len(left) - _reach(reversed(left), reach):]
    right = right[:_reach(right, reach)]
    # Nearest cue on the left first (the governing verb usually precedes the
    # date in English news), then on the right.
    glued_right = [(w, p) for w, p in right if not any(ch in ",;:()—–" for ch in text[end:p])]
    possessive = text.startswith(("'s", "’s"), end)  # "said Thursday's vote will": the vote's date
    reported = False  # the date belongs to a reporting verb; the right is its complement
    for i in range(len(left) - 1, -1, -1):
        w = left[i][0]
        lw = w.lower()
        nxt = left[i + 1][0].lower() if i + 1 < len(left) else ""
        if lw in _SCHEDULE_VERBS and _scheduled(lw, left[max(0, i - 3):i], left[i + 1:], glued_right):
            return 1  # "the company, which reports on Thursday": a schedule
        if w.lower() in vocab.COMPLEMENT_VERBS and not possessive and _attached(w.lower(), left[i + 1:]) \
                and not _noun(w.lower(), left[max(0, i - 3):i]):
            reported = True
            c = cue(w, nxt, left[i][1], verb=True)
            if c:
                return c
            continue  # "forecast" shows no tense: a modal further left may
        if w.lower() in vocab.REPORTING_VERBS and (len(left) - i > 2 or possessive):
            continue
        if w == "to" and i + 1 < len(left) and _base_verb_like(left[i + 1][0]):
            prev = left[i - 1][0] if i else ""
            if prev.lower() not in _NOT_INFINITIVE:
                return -1 if prev and _cue(prev, "") < 0 else 1
        if lw in _SCHEDULE_VERBS and _scheduled(lw, left[max(0, i - 3):i], left[i + 1:], glued_right):
            return 1  # "the carmaker reports its results on Wednesday": a schedule
        c = cue(w, nxt, left[i][1], prev=left[i - 1][0] if i else "")
        if c < 0 and lw in vocab.PAST_CUES and lw not in _FINITE_PAST and _after_modal(left, i):
            continue  # "will ground the jets": a base form ("ground", "found"); the modal decides
        if c < 0 and w.lower() not in _FINITE_PAST:
            c = _passive(left, i, c)
        if c:
            return c
    if reported:
        return 0
    # "On Tuesday, the company said it will ...": a date before its clause is
    # the clause's; when that clause reports, its complement does not count.
    fronted = all(w.lower() in _DATE_PREPOSITIONS for w, _ in left)
    for i, (w, pos) in enumerate(right):
        nxt = right[i + 1][0].lower() if i + 1 < len(right) else ""
        lw = w.lower()
        if lw in vocab.COMPLEMENT_VERBS:
            after = pos + len(w)
            if text.startswith(",", after) and "," in text[end:pos]:
                continue  # a parenthetical "he said,"
            if fronted and i <= 5 and not any(x.lower() in _CLAUSE_OPENERS for x, _ in right[:i]):
                return cue(w, nxt, pos, left=False, verb=True)
        if lw in vocab.REPORTING_VERBS and i > 1:
            continue
        c = cue(w, nxt, pos, left=False, prev=right[i - 1][0] if i else "")
        if c:
            return c
    return 0
