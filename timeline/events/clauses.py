"""The part of a sentence a date governs when it is neither a noun modifier
nor inside a detachable part: the sentence minus the detachable parts that
carry other dates, cut at coordination ("; ", ", and", ", but") when other
dates remain, and within one clause split so that no two dates share one
summary (`split_clause`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.events.detachables import next_boundary
from timeline.events.reading import Dated, Detachable, Part, Reading
from timeline.events.text import SAYING_VERB, in_spans, past_form, quote_spans
from timeline.lexicon.calendar import MOMENTS_OF_THE_DAY, UNITS

Span = tuple[int, int]

_COORDINATION = re.compile(r";\s+|,\s+(?=(?:and|but|while|whereas|although|though|yet)\s)|,?(?<!\s)\s+and then\s+")
_SUBORDINATOR = re.compile(r"(?:,\s+|(?<!\s)\s+)(?:after|before|following|when|because|until|since|while|as)\s+")
_VP_AND = re.compile(r"(?<!\s)\s+(?:and|but)\s+(?=(?:has|have|had|is|was|will|would|also|later|then)\b|[a-z]{3,}ed\b)")
_FINITE = re.compile(r"\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|said|says|met|won|lost|cut|set|rose|fell|held|made|took|gave|began|left)\b")
# "... after Columbia was destroyed in February 2003", "trapped since the mine
# collapsed on August 5": a clause of time before or after the main one.
_TEMPORAL = re.compile(r"(?:,\s+|(?<!\s)\s+)(?:after|before|since|until)\s+", re.IGNORECASE)
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing\s")  # "Speaking at ...", "Addressing ...", "Testifying ..."
_WHEN_AFTER = re.compile(r",?\s+when\s+(?=\S)")  # "until Sept. 3, when the storm began to pull away"
# "on Friday, a day after Maersk lifted its own outlook", "on Friday, two days before the storm made landfall":
# a clause of time counted from the date before it.
_OFFSET_AFTER = re.compile(r"\s*+(?:[,—–]\s*+)?(?:(?:just|only|barely|exactly)\s++)?(an?|one|two|three|four|five|six|seven|eight|nine|\d{1,2})"
                           r"\s++(days?|weeks?)\s++(after|before)\s++(?=\S)", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:until|till|since|after|before|from|through|to)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
_OFFSET_CLAUSE = "the clause of time is counted from the date before it (clauses.offset_clause)"
_MAIN = "the date governs the main clause (clauses.main_part)"
_WHEN_CLAUSE = "the date is when the clause after it happened (clauses.when_clause)"
_TEMPORAL_CLAUSE = "the date governs its clause of time, another time than the main clause's (clauses.temporal_clause)"
_COORDINATED = "the date governs its coordinated clause (clauses.main_part)"
_SPLIT = "the date governs its own part of a clause with other dates (clauses.split_clause)"


def main_part(r: Reading, d: Dated, removed: list[Detachable], others: list[Span]) -> Part:
    """The sentence (after any dateline) minus other dates' parts, cut at
    coordination if other dates remain in it."""
    text, cut, s, e = r.text, r.cut, d.start, d.end
    lo, hi = cut, len(text)
    split, why = None, _MAIN
    own = temporal_clause(text, cut, s, e, others)
    if own:
        return Part((own,), whole=False, why=_TEMPORAL_CLAUSE)  # the main clause is not its event
    own = when_clause(text, s, e, others)
    if own:
        return Part((own,), whole=False, why=_WHEN_CLAUSE)
    counted = offset_clause(text, e, others)
    if counted:
        # "... on Friday, a day after Maersk lifted its outlook": the counted clause is its own event.
        (body, end), = counted[0].pieces
        removed = [*removed, (e, end, body)]
    if others:
        cuts = [cut] + [c.end() for c in _COORDINATION.finditer(text, cut)]
        ends = [c.start() for c in _COORDINATION.finditer(text, cut)] + [len(text)]
        for seg_start, seg_end in zip(cuts, ends):
            if seg_start <= s and e <= seg_end:
                # Only cut if the other dates really lie outside this segment.
                inside = [(os, oe) for os, oe in others if seg_start <= os and oe <= seg_end]
                if not inside:
                    lo, hi = seg_start, seg_end
                    why = _COORDINATED if (lo, hi) != (cut, len(text)) else _MAIN
                else:
                    split = split_clause(text, seg_start, seg_end, s, e, inside)
                break
    if split and len(split) > 1:
        return Part(split, whole=True, why=_SPLIT)
    if split:
        (lo, hi), why = split[0], _SPLIT
    if lo > cut:
        # "..., while the Fed meets on June 17": the part opens with its own subject.
        conj = re.match(r"(?:and|but|while|whereas|although|though|yet)\s+(?=\S)", text[lo:])
        if conj:
            lo += conj.end()
    return Part(_without(text, lo, hi, removed), whole=True, why=why)


def temporal_clause(text: str, cut: int, s: int, e: int, others: list[Span]) -> Span | None:
    """The clause of time ("after", "before", "since", "until" and a finite
    verb) holding the date and no other date: it tells an event of its own,
    at another time than the main clause's ("NASA has spent $1 billion to
    redesign the shuttle after Columbia was destroyed in February 2003": the
    date is the loss of Columbia, not the spending). Not a saying ("Shares
    fell after Boeing said on Tuesday ..."): the day of a saying is the day
    of the news the main clause reacts to. Nor a time the word governs as a
    preposition ("after midnight Wednesday", `MOMENTS_OF_THE_DAY`). None when
    there is no such clause."""
    for sub in _TEMPORAL.finditer(text, cut):
        body = sub.end()
        if body > s:
            break
        end = next_boundary(text, body)
        if s <= end < e:
            end = next_boundary(text, e)  # the comma of "in February, 2003" closes no clause
        if not (body < s and e <= end) or any(body <= os < end for os, _ in others):
            continue
        if set(text[body:s].lower().split()) <= MOMENTS_OF_THE_DAY:
            continue  # "brought up shortly after midnight Wednesday in a capsule called ...": a time, no clause
        if _FINITE.search(text, body, s) or _FINITE.search(text, e, end):
            if SAYING_VERB.search(text, body, end):
                return None
            return body, end
    return None


def when_clause(text: str, s: int, e: int, others: list[Span]) -> Span | None:
    """The clause a "when" right after a date bounding the main clause's time
    opens, with its own finite verb and no other date ("until Sept. 3, 2019,
    when the dangerous storm began to pull away from the Bahamas", "since
    2023, when RTX disclosed ..."): what happened at that date, while the main
    clause tells a time before or after it. After "in March, when ..." both
    clauses are of March, and the main one keeps the date. None without one."""
    m = _WHEN_AFTER.match(text, e)
    if not m or not _BOUND_BEFORE.search(text, 0, s):
        return None
    end = next_boundary(text, m.end())
    if not _FINITE.search(text, m.end(), end) or any(m.end() <= os < end for os, _ in others):
        return None
    return m.end(), end


def offset_clause(text: str, e: int, others: list[Span]) -> tuple[Part, int] | None:
    """The clause of time a count of days or weeks "after" or "before" opens
    right after a date, with its own finite verb and no other date, and the
    days from the date to its event: "Hapag-Lloyd kept its forecast unchanged
    on Friday, a day after Danish partner Maersk lifted its own outlook"
    (Maersk lifted it the day before: -1), "the warning came on Friday, two
    days before the storm made landfall" (+2). It tells an event of its own besides
    the main clause's. None without one."""
    m = _OFFSET_AFTER.match(text, e)
    if not m:
        return None
    count, unit, way = (w.lower() for w in m.groups())
    end = next_boundary(text, m.end())
    if not _past_verb(text, m.end(), end) or any(m.end() <= os < end for os, _ in others):
        return None
    n = int(count) if count.isdigit() else UNITS.get(count, 1)  # "a day", "a week": one
    days = n * (7 if unit.startswith("week") else 1)
    return Part(((m.end(), end),), detached=True, why=_OFFSET_CLAUSE), (-days if way == "after" else days)


def _past_verb(text: str, a: int, b: int) -> bool:
    """A finite verb in text[a:b], any simple past included ("became")."""
    return bool(_FINITE.search(text, a, b)) or any(past_form(w) for w in re.findall(r"[a-z]+", text[a:b]))


def _without(text: str, lo: int, hi: int, removed: list[Detachable]) -> tuple[Span, ...]:
    """text[lo:hi] as pieces around the detachable parts `removed`."""
    pieces = []
    pos = lo
    for a, b, _ in sorted(removed):
        if a < pos or b > hi:
            continue
        pieces.append((pos, a))
        pos = b
        if text[pos:pos + 1] == "," and text[a:a + 1] == ",":
            pos += 1
    pieces.append((pos, hi))
    return tuple(p for p in pieces if p[1] > p[0])


def split_clause(text: str, lo: int, hi: int, s: int, e: int, others: list[Span]) -> tuple[Span, ...] | None:
    """Within one clause holding several dates, the pieces that are the date's
    own, so that no two dates share one summary: the reported fact of a
    trailing reporting frame ("Airbus delivered 766 jets in 2024, the
    planemaker said on Thursday"); the statement without the day it was made
    ("Boeing said on Tuesday it would cut jobs this year" -> "Boeing said it
    would cut jobs this year"); two verb phrases of one subject; either side
    of a subordinate clause with its own verb ("... last year after the FAA
    capped production in January 2024"). None when the date governs the
    whole (the saying itself)."""
    c = _Clause(text, lo, hi, s, e, tuple(others))
    return _saying_split(c) or _verb_phrase_split(c) or _subordinate_split(c)


@dataclass(frozen=True)
class _Clause:
    """The clause text[lo:hi] holding the date text[s:e] and the `others`."""

    text: str
    lo: int
    hi: int
    s: int
    e: int
    others: tuple[Span, ...]

    def free(self, a: int, b: int) -> bool:
        """text[a:b] holds the date and none of the others."""
        return a <= self.s and self.e <= b and not any(a <= os < b for os, _ in self.others)


def _saying_split(c: _Clause) -> tuple[Span, ...] | None:
    """The fact before a trailing frame, or the saying without its own day."""
    text, lo, hi, s, e, others = c.text, c.lo, c.hi, c.s, c.e, c.others
    quotes = quote_spans(text)
    for v in SAYING_VERB.finditer(text, lo, hi):
        if in_spans(v.start(), quotes):
            continue
        trailing = re.search(r",\s+(?:[\w.’'&-]+\s+){0,6}$", text[lo:v.start()])
        # "In December, VW agreed ...": a fronted date is no reported fact of a frame.
        fronted = trailing and not text[e:lo + trailing.start()].strip(" ,") and re.fullmatch(
            r"\s*(?:(?:in|on|at|by|during|early|late|last|this)\s+)*", text[lo:s], re.IGNORECASE)
        if trailing and trailing.start() > 0 and not fronted:
            frame_start = lo + trailing.start()
            if _PARTICIPLE_OPENING.match(text, lo) and not _FINITE.search(text, lo, frame_start):
                # "Speaking at a news conference Wednesday, Amano said ...": no
                # reported fact but the saying's circumstance, and its date the saying's.
                return ((frame_start + 2, hi),) if c.free(lo, frame_start) else None
            if c.free(lo, frame_start):
                return ((lo, frame_start),)
            continue
        if s < v.end():
            continue
        # The day of the saying, next to its verb: "said on Tuesday", "on Thursday forecast".
        for os, oe in others:
            after_verb = 0 <= os - v.end() <= 4 and re.fullmatch(r"\s*(?:on|in|at|during)?\s*", text[v.end():os])
            before_verb = 0 <= v.start() - oe <= 2 and not text[oe:v.start()].strip()
            if after_verb or before_verb:
                ps = re.search(r"\s*(?:\b(?:on|in|at|during)\s+)?$", text[:os]).start()
                return ((lo, ps), (oe, hi))
        break
    return None


def _verb_phrase_split(c: _Clause) -> tuple[Span, ...] | None:
    """"Airbus opened a line in 2023 and has said it wants ... by 2027": two
    verb phrases of one subject, each with its date; the second keeps the subject."""
    text, lo, hi, others = c.text, c.lo, c.hi, c.others
    for conj in _VP_AND.finditer(text, lo, hi):
        subject = re.match(r"(?<![\w’'.&-])(?:[A-Z][\w’'.&-]*\s+){1,4}(?=[a-z])", text[lo:conj.start()])
        if not subject:
            break
        if c.free(lo, conj.start()) and all(conj.end() <= os < hi for os, _ in others):
            return ((lo, conj.start()),)
        if c.free(conj.end(), hi) and all(lo <= os < conj.start() for os, _ in others):
            return ((lo, lo + subject.end()), (conj.end(), hi))
    return None


def _subordinate_split(c: _Clause) -> tuple[Span, ...] | None:
    """Either side of a subordinate clause with its own verb."""
    text, lo, hi, s, others = c.text, c.lo, c.hi, c.s, c.others
    for sub in _SUBORDINATOR.finditer(text, lo, hi):
        body = sub.end()
        if body in (os for os, _ in others) or body == s:
            continue  # "after April 2": the date itself, not a clause
        end = min(next_boundary(text, body), hi)
        if not _FINITE.search(text, body, end):
            continue
        if c.free(body, end):
            return ((body, end),)
        if c.free(lo, sub.start()) and all(body <= os < end for os, _ in others):
            return ((lo, sub.start()),)
    return None
