"""Detachable parts of a sentence: a relative clause (", which Moscow
annexed in 2014"), a parenthesis, a dash aside. A date inside one dates that
part, summarised with its antecedent ("Crimea, which Moscow annexed ... in
2014"); the rest of the sentence is not its event."""

from __future__ import annotations

import re

from timeline.events.discourse import organisation_before
from timeline.events.reading import Detachable, Part, Reading
from timeline.events.text import past_form, regular_ed
from timeline.lexicon.events import ARRANGEMENT_NOUNS, DETERMINERS, NP_STOP_WORDS
from timeline.lexicon.people import IRREGULAR_PAST_VERBS
from timeline.lexicon.verbs import SPEAKER_VERBS

# "that" opens a relative clause when a past verb follows it, regular or
# not ("the fuel sensor problem that canceled Wednesday's launch", "the
# earthquake that hit on Friday") and a noun comes before it, not a verb
# ("warned that displaced families ...", "so that ...": `_that_after_verb`).
_PAST_FORM = r"(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST_VERBS)) + r")"  # "canceled", "hit", "shook"
_RELATIVE = re.compile(r"(,\s+|(?<!\s)\s+)(which|who|whom|whose)\b|(,\s+)(where)\b"
                       r"|(?<!\s)(\s+)(that)\s+(?=" + _PAST_FORM + r"\b)")
_WORD_BEFORE = re.compile(r"([A-Za-z’']+)\s*$")
_NOT_A_NOUN_BEFORE_THAT = frozenset(SPEAKER_VERBS) | IRREGULAR_PAST_VERBS | {"so", "such", "now"}
_NAME_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*")
_COMMA_AT_END = re.compile(r",\s$")
# A full stop closes a clause only at the sentence's end: the sentence
# splitter left every other one to an abbreviation ("occurred on Feb. 5",
# "the U.S. Agency"). "!" and "?" may close a quoted clause inside it.
_BOUNDARY = re.compile(r",|;|\s[–—]\s|\s--\s|\)|[!?](?=\s|$)")
# "its partnership with MSC, which ended in January": the arrangement ended.
_ARRANGEMENT_BEFORE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(n) for n in ARRANGEMENT_NOUNS), key=len, reverse=True)) + r")"
    r"\s+(?:with|between|among|of|against|involving)\s+(?:(?:the|its|his|her|their|rival|partner)\s+)?$",
    re.IGNORECASE,
)


def detachables(text: str) -> list[Detachable]:
    """Relative clauses, parentheses and dash asides as (start, end, body_start).

    `start` includes a leading comma; `body_start` is where the clause's own
    words begin (the relative pronoun).
    """
    spans = []
    for m in _RELATIVE.finditer(text):
        if m.group(6) and _that_after_verb(text, m.start()):
            continue
        body = m.start(2) if m.group(2) else m.start(4) if m.group(4) else m.start(6)
        end = next_boundary(text, m.end())
        if text[m.start()] != ",":
            end = _restrictive_end(text, m.end(), end)
        spans.append((m.start(), end, body))
    for open_, close in (("(", ")"), ("[", "]")):
        i = text.find(open_)
        while i != -1:
            j = text.find(close, i)
            j = len(text) if j == -1 else j + 1
            spans.append((i, j, i))
            i = text.find(open_, j)
    for dash in (" – ", " — ", " -- "):
        positions = [m.start() for m in re.finditer(re.escape(dash), text)]
        for a, b in zip(positions[::2], positions[1::2] + [None]):
            end = b + len(dash) - 1 if b is not None else len(text.rstrip(".!?"))
            spans.append((a, end, a + len(dash)))
    return spans


# The main clause's finite verb after a restrictive relative clause in the
# subject: "The toll from the earthquake that hit on Friday | is now nearing
# 1,900", "The earthquake that shook Japan on Friday | created a tsunami": an
# auxiliary, or a past form before its object (a determiner or a figure; not
# "Wednesday's planned launch", a participle after a possessive) or before an
# infinitive ("Fears of a sensor that grounded the launch | failed to materialize"). Not after a
# pronoun: "the firm that announced on Monday it was ..." is still the clause's own.
_MAIN_VERB_AFTER = re.compile(
    r"(?<=[\w’'])(?<!\bit)(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwe)(?<!\bI)(?<!['’]s)\s+(?:(?:is|are|was|were|has|have|had|will)\b"
    r"|" + _PAST_FORM + r"\s+(?=(?:a|an|the|its|their|his|her|\d)\b|to\s+[a-z]{3,}\b))")


def _restrictive_end(text: str, pos: int, end: int) -> int:
    """Where a relative clause with no comma before it ends: before the
    main clause's finite verb when one follows the clause's own first word,
    else at the next boundary (`end`)."""
    k = pos
    while k < end and text[k].isspace():
        k += 1
    while k < end and (text[k].isalnum() or text[k] in "’'-_"):
        k += 1  # the clause's own first word
    m = _MAIN_VERB_AFTER.search(text, k, end)
    return m.start() if m else end


def _that_after_verb(text: str, pos: int) -> bool:
    """The word before "that" is a verb (or "so", "such", "now"): "that" opens
    what was said or found, not a relative clause."""
    w = _WORD_BEFORE.search(text, 0, pos)
    if w is None:
        return True
    word = w.group(1).lower()
    return word in _NOT_A_NOUN_BEFORE_THAT or regular_ed(word)


def next_boundary(text: str, pos: int) -> int:
    """The next clause boundary at or after `pos`: a comma, semicolon, dash,
    bracket, or the sentence's closing full stop."""
    m = _BOUNDARY.search(text, pos)
    end = m.start() if m else len(text)
    stop = _closing_stop(text)
    return stop if pos <= stop < end else end


def _closing_stop(text: str) -> int:
    """Where the full stop closing the sentence stands: the first "." of the
    run of marks after its last word ("Feb. 5." ends at the second), else
    the text's length."""
    k = len(text)
    while k and not (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    stop = text.find(".", k)
    return stop if stop >= 0 else len(text)


def innermost(spans: list[Detachable], s: int, e: int) -> Detachable | None:
    """The smallest detachable part holding text[s:e], if any."""
    inside = [d for d in spans if d[0] <= s and e <= d[1]]
    return min(inside, key=lambda d: d[1] - d[0]) if inside else None


def detached_part(r: Reading, d: Detachable) -> Part:
    """The detachable part with its antecedent; a parenthesis or aside alone."""
    text = r.text
    start, end, body = d
    if text[start] in "([" or text[start:start + 3].strip() in ("–", "—", "--"):
        return Part(((body, end),), detached=True,
                    why="the date lies in a parenthesis or dash aside and dates only it (detachables.detached_part)")
    prefix = ""
    if text[body:body + 5] == "where":
        # "..., where it has been since July 2023": the whole clause is the place.
        ante = max((m.end() for m in re.finditer(r"[;:]\s|,\s", text[:start])), default=0)
    else:
        ante = relative_antecedent(text, start, r.names)
        if re.fullmatch(r"[\d\s,.]+", text[ante:start]):
            ante, prefix = _noun_before_number(r, ante)
    verb = _subject_relative_verb(text, body)
    if verb is not None and not prefix and "," not in text[ante:start]:
        # "the 33 miners who have been trapped since August 5" -> "The 33 miners have
        # been trapped since August 5": the clause itself, not a noun phrase. (An
        # antecedent with an appositive, "Boris Bondarev, a former diplomat who
        # resigned", stays as written: its clause would need a comma the text lacks.)
        # "its ruptured oil well, which has gushed ..." -> "BP’s ruptured oil well has gushed ...".
        owner = organisation_before(text, ante, r.names, r.discourse) if text[ante:ante + 4].lower() == "its " else None
        return Part(((ante + 4 if owner else ante, start), (verb, end)), prefix=owner + "’s " if owner else "", detached=True,
                    why="the date lies in a relative clause on its subject, told as a clause (detachables.detached_part)")
    return Part(((ante, end),), prefix=prefix, detached=True,
                why="the date lies in a relative clause and dates it with its antecedent (detachables.detached_part)")


_AUXILIARIES = frozenset("""has have had is are was were will would could can may might must shall should
did does do""".split())
_PRONOUN_VERB = re.compile(r"(?:who|which|that)\s+(?:(?:also|then|later|first|now|still|never|once|recently)\s+)?([a-z]+)\b")


def _subject_relative_verb(text: str, body: int) -> int | None:
    """Where the clause after the relative pronoun starts when the pronoun is
    its subject ("who have been trapped", "which ended in January", "who
    later resigned"), else None ("which Moscow annexed": another subject;
    "whose", "where")."""
    m = _PRONOUN_VERB.match(text, body)
    if not m:
        return None
    word = m.group(1)
    if word in _AUXILIARIES or word in IRREGULAR_PAST_VERBS or (word.endswith("ed") and len(word) > 4 and word not in ("indeed", "need")):
        return body + re.match(r"(?:who|which|that)\s+", text[body:]).end()
    return None


def _noun_before_number(r: Reading, ante: int) -> tuple[int, str]:
    """"its goal of 820 deliveries in 2025, which it announced in January":
    the clause is about the noun phrase, not the year closing it ("its"
    resolved to the organisation)."""
    text = r.text
    for w in reversed(list(re.finditer(r"[\w’'.-]+", text[:ante]))[-9:]):
        if re.search(r"[,;:()“”\"]", text[w.end():ante]):
            break
        token = w.group()
        if token.lower() in DETERMINERS or token.endswith(("'s", "’s")):
            ante = w.start()
            break
    token = text[ante:].split()[0] if text[ante:].split() else ""
    owner = organisation_before(text, ante, r.names, r.discourse) if token.lower() == "its" else None
    if owner:
        return ante + len(token) + 1, owner + "’s "
    return ante, ""


def relative_antecedent(text: str, comma: int, names) -> int:
    """Start of the noun phrase a relative clause hangs on."""
    if text[comma] == ",":
        for ns, ne, _ in names:
            if ne <= comma and text[ne:comma].strip(" ’'s") == "":
                # "its partnership with MSC, which ended in January": the
                # arrangement ended, not the company named in it.
                head = _ARRANGEMENT_BEFORE.search(text, 0, ns)
                if head and re.match(r",\s+(?:which|that)\b", text[comma:]):
                    return relative_antecedent(text, head.end(1), ())
                return ns
    start = _phrase_back(text, comma)
    # An appositive after a name: "Boris Bondarev, a former diplomat who ...":
    # the last run of capitalised words, if ", " follows it at the end. (One
    # pass over the runs: a search for a pattern ending in "$" tried every start.)
    before, last = text[:start], None
    for last in _NAME_RUN.finditer(before):
        pass
    if last and _COMMA_AT_END.match(before, last.end()):
        start = last.start()
    return start


def _verb_before_object(words: list[re.Match], k: int) -> bool:
    """Is words[k] a simple past verb (not an adjective after a determiner or
    an adverb: "the acquired unit", "the newly acquired unit")?"""
    if not past_form(words[k].group()):
        return False
    before = words[k - 1].group().lower() if k else ""
    return before not in DETERMINERS and not before.endswith("ly")  # "the newly acquired unit"


def _phrase_back(text: str, comma: int) -> int:
    """Back from `comma` over the noun phrase: up to a determiner, an owner, a
    clause word or mark, eight words at most."""
    words = list(re.finditer(r"[\w’'.-]+", text[:comma]))
    start = words[-1].start() if words else comma
    for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
        w = words[k]
        word = w.group()
        if word.lower() in NP_STOP_WORDS and word.lower() not in DETERMINERS:
            # "a diplomat in Geneva": a preposition before a name stays inside.
            if not (word in ("in", "of", "from", "at") and k + 1 < len(words) and words[k + 1].group()[:1].isupper()):
                break
        if k + 1 < len(words) and re.search(r"[,;:()“”\"–—]", text[w.end():words[k + 1].start()]):
            break
        if k < len(words) - 1 and _verb_before_object(words, k):
            break  # "he bought Pixar which was acquired ...": the verb is no part of its object
        start = w.start()
        if word.lower() in DETERMINERS:
            break
        if word.endswith(("'s", "’s")):
            # "Maersk's earlier partnership", "the company's deal": the owner opens it.
            if k > 0 and words[k - 1].group().lower() in DETERMINERS and not text[words[k - 1].end():w.start()].strip():
                start = words[k - 1].start()
            break
    return start
