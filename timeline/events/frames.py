"""Reporting frames: "Airbus delivered 766 jets in 2024, the planemaker said
on Thursday". The day of a trailing frame holding no other date is when the
fact was told, not an event of its own: the fact is the news, the frame's
speaker one of its actors. A plan's frame ("... will question ... next week,
the chairman said Tuesday") stays: the announcement is what happened."""

from __future__ import annotations

import re

from timeline.events.discourse import NOMINAL, nominal_actors, titled_antecedents
from timeline.events.modality import modality
from timeline.events.participants import core_end
from timeline.events.reading import Dated, Reading
from timeline.events.text import SAYING_VERB, in_spans, quote_spans

Frame = tuple[int, int]  # where a trailing frame starts, and where its clause trails off

_FRAME_GAP = re.compile(r"\s*(?:(?:in|at)\s+(?:a|an|its|the|their)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:on|in|at|during)?\s*")


def trailing_frames(r: Reading, free: list[Dated]) -> list[tuple[Dated, Frame]]:
    """The free dates that are the day of a trailing frame, each with its frame,
    when every other free date is reported (no plan)."""
    out = []
    for d in free:
        others = [o for o in free if o is not d]
        start = framing_day(r.text, d, [o.span for o in others], r.cut)
        if start and all(modality(r.article, r.text, o) == "reported" for o in others):
            out.append((d, (start, core_end(r.text, d.end))))
    return out


def framing_day(text: str, d: Dated, others: list[tuple[int, int]], cut: int = 0) -> int:
    """Where the trailing reporting frame starts when the date is its day
    (", the company said on Thursday", ", it said in a statement on Monday")
    after a fact that carries its own dates and the frame holds no other
    date; else 0."""
    if not others:
        return 0
    s, e = d.span
    quotes = quote_spans(text)
    for v in SAYING_VERB.finditer(text, cut):
        if in_spans(v.start(), quotes):
            continue
        trailing = re.search(r",\s+(?:[\w.’'&-]+\s+){0,6}$", text[cut:v.start()])
        if not trailing or trailing.start() == 0:
            continue
        frame_start = cut + trailing.start()
        if not (frame_start < s and all(oe <= frame_start for _, oe in others)):
            continue
        after_verb = s >= v.end() and _FRAME_GAP.fullmatch(text, v.end(), s)
        before_verb = e <= v.start() and not text[e:v.start()].strip()
        if after_verb or before_verb:
            return frame_start
    return 0


def frame_speakers(r: Reading, frame: Frame) -> tuple[str, ...]:
    """Who speaks in a trailing frame (up to an adjunct after it: ", hit by
    weak demand in China"): its names, "the company"'s organisation."""
    text, (frame_start, frame_end) = r.text, frame
    out = [n for ns, _, n in r.names if frame_start <= ns < frame_end]
    out.extend(nominal_actors(NOMINAL.finditer(text, frame_start, frame_end), 0, r.names, r.discourse))
    out.extend(titled_antecedents(text[frame_start:frame_end], r.discourse))
    return tuple(out)
