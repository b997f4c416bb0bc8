"""Who an event names: the names in the part a date governs (all of the
sentence when it has one date and no detachable part) up to a trailing
adjunct past the date (", citing ...", ", blaming ...", ", while ...",
", with ...", ", days after ..."), except a name after "rival(s)" /
"competitor(s)" in the object ("ahead of rival Boeing") and names in an
undated relative aside (", in which Volkswagen holds a stake,"); then the
possessor put before the part.

`build.make_event` adds, in this order: the antecedent of a replaced
pronoun, the speaker of a verb of saying ("Putin said in September" is
Putin's) or the previous speaker of a bare quotation, the organisation "the
company" / "the planemaker" refers back to (`discourse.nominal_antecedent`:
the first fitting one in the nearest sentence naming organisations, the one
the article named most; never a government body for a company word), the
person "the Russian President" refers to, the person a subject "he"/"she"
inside the part stands for (`discourse.pronoun_actors`: "In 1986 he bought
Pixar"), and the organisation of "the spokesperson"; then a trailing frame's speaker (`frames.frame_speakers`).
"""

from __future__ import annotations

import re

from timeline.events.reading import Dated, Part, Reading

# A trailing adjunct: a participle, an adverb, or a subordinator after a comma.
_ADJUNCT = re.compile(
    r",\s+(?:[a-z]+ing|[a-z]+ly|led|helped|driven|boosted|hit|hurt|a blow|a boost|a setback|as|while|whereas"
    r"|even as|after|following|despite|amid|ahead of|compared|well|just|days|weeks|months|hours|shortly|with"
    r"|(?:a|an|one|two|three|four|five|six|several|some)\s+(?:day|week|month|hour)s?\s+(?:after|before|earlier|later))\b"
)
_RIVAL_BEFORE = re.compile(r"\b(?:rival|rivals|competitor|competitors)\s+(?:[A-Z][\w.]*\s+)?$")
_ASIDE = re.compile(r",\s+(?:(?:in|of|for|to|with|by|from|at)\s+)?(?:which|whom|whose)\b[^,;“”\"]*,")


def core_end(text: str, date_end: int) -> int:
    """Where the clause a date governs trails off into an adjunct whose names
    are not the event's ("..., citing demand for Nvidia's chips", "..., while
    Boeing stock was flat"): the first such boundary after the date."""
    m = _ADJUNCT.search(text, date_end)
    return m.start() if m else len(text)


def named_actors(r: Reading, d: Dated, part: Part, sole: bool, limit: int) -> list[str]:
    """The names of the part (or of the sentence, for its sole date) before `limit`."""
    text = r.text
    span_lo = min(a for a, _ in part.pieces)
    # "Porsche, in which Volkswagen holds a stake, cut its forecast": an aside
    # without the date says who the subject is, not who acted.
    asides = [
        (a.start(), a.end()) for a in _ASIDE.finditer(text)
        if not a.start() <= d.start < a.end()
    ] if part.whole else []
    actors = []
    for ns, ne, name in r.names:
        if ns >= limit or _RIVAL_BEFORE.search(text, 0, ns) and ns > span_lo:
            continue  # "..., citing demand for Nvidia's chips"; "ahead of rival Boeing"
        if any(a <= ns < b for a, b in asides):
            continue
        if (sole and part.whole) or any(a <= ns and ne <= b for a, b in part.pieces):
            actors.append(name)
    if part.prefix:
        actors.insert(0, part.prefix[:-3].strip())
    return actors
