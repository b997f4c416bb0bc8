"""The dated events of one sentence.

In this order, because each step needs what the one before settled:

1. the usable dates (`filters`): compared figures and baselines out, bounds
   a negation sets out ("not ... before November"), "now"
   beside a real date out, one mention per interval - before anything else,
   so that no dropped date claims a clause;
2. each date's role: a noun modifier (`modifiers.is_modifier`), inside a
   detachable part (`detachables`), or free; a period naming what a figure
   is of gives way to the more precise date of its clause - it needs the
   roles, and every later step counts only the dates left;
3. the day of a trailing reporting frame (`frames`) makes no event of its
   own - it needs the free dates, and the parts below need to know it;
4. the part each remaining date governs (`modifiers`, `detachables`,
   `clauses`), and from it the event: summary, actors, modality;
5. two dates left with one summary make one event (`one_per_summary`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from timeline.events.clauses import main_part, offset_clause
from timeline.events.detachables import detached_part, detachables, innermost
from timeline.events.discourse import (
    NOMINAL,
    THE_SPOKESPERSON,
    nominal_actors,
    pronoun_actors,
    resolve_pronoun,
    speaker,
    titled_antecedents,
)
from timeline.events.filters import not_compared, not_negated_bounds, one_per_interval, real_dates, without_figure_periods
from timeline.events.frames import frame_speakers, trailing_frames
from timeline.events.modality import modality_of, speculation
from timeline.events.modifiers import is_modifier, modifier_part
from timeline.events.participants import core_end, named_actors
from timeline.events.reading import Dated, Detachable, Part, Reading
from timeline.events.summary import readable, trim
from timeline.events.text import addresses_reader, bare_quote, dedupe, is_question, precision_of
from timeline.model import Citation, Event, Mention
from timeline.trace import because, explaining


def sentence_events(r: Reading, mentions: list[Mention]) -> tuple[list[Event], Event | None]:
    """The events of the sentence, and the event of its main clause when a date governs it."""
    mentions = not_negated_bounds(r.text, r.sentence.start, not_compared(r.article, r.sentence, mentions))
    mentions = one_per_interval(real_dates(r.text, r.sentence.start, mentions))
    if not mentions or is_question(r.text):
        return [], None
    # The dash of a dateline ("TOULOUSE, France — ") opens no aside.
    spans = [d for d in detachables(r.text) if d[0] >= r.cut]
    dated = without_figure_periods(r.text, [_dated(r, m, spans) for m in mentions])
    free = [d for d in dated if d.free]
    frames = trailing_frames(r, free)
    framed = [d for d, _ in frames]
    frame = min(f for _, f in frames) if frames else None
    sole = len(dated) == 1 and not spans
    events, main = [], None
    for d in dated:
        if any(d is f for f in framed):
            continue
        part = _part(r, d, dated, free, spans)
        ev = make_event(r, d, part, sole)
        if ev is not None and frame and part.whole:
            # The frame told no event of its own: its speaker stays with the fact.
            speakers = frame_speakers(r, frame)
            ev = replace(ev, actors=dedupe(ev.actors + speakers), why=ev.why + because(
                *(f"actor: {s}, speaking in the trailing frame (frames.frame_speakers)" for s in speakers)))
        if ev is not None:
            events.append(ev)
            main = main or (ev if part.whole else None)
        counted = _counted_event(r, d, [o.span for o in free if o is not d])
        if counted is not None:
            events.append(counted)
    return one_per_summary(events), main


def _counted_event(r: Reading, d: Dated, others: list[tuple[int, int]]) -> Event | None:
    """The event of a clause of time counted in days from the day `d` names
    ("on Friday, a day after Maersk lifted its outlook": Thursday's), on
    its own day; None without one."""
    m = d.mention
    if not d.free or m.first is None or m.first != m.last:
        return None
    found = offset_clause(r.text, d.end, others)
    if not found:
        return None
    part, days = found
    day = m.first + timedelta(days=days)
    counted = replace(m, value=day.isoformat(), first=day, last=day, precision="day",
                      why=m.why + (f"counted: {days:+d} days from '{m.text}' -> {day.isoformat()} (build._counted_event)",))
    return make_event(r, replace(d, mention=counted), part, sole=False)


def _dated(r: Reading, m: Mention, spans: list[Detachable]) -> Dated:
    s, e = m.start - r.sentence.start, m.end - r.sentence.start
    if is_modifier(r.text, s, e, r.sentence.heading):
        return Dated(m, s, e, modifier=True)
    return Dated(m, s, e, holder=innermost(spans, s, e))


def _part(r: Reading, d: Dated, dated: list[Dated], free: list[Dated], spans) -> Part:
    """The part of the sentence the date governs."""
    if d.modifier:
        return modifier_part(r, d)
    if d.holder is not None:
        return detached_part(r, d.holder)
    removed = [o.holder for o in dated if o.holder is not None]  # other dates' detachable parts
    return main_part(r, d, removed, [o.span for o in free if o is not d])


def make_event(r: Reading, d: Dated, part: Part, sole: bool) -> Event | None:
    """The event of the date `d` governing `part`; None when no words are
    left, or when the part only guesses what may happen (`modality.speculation`)."""
    text, m = r.text, d.mention
    if part.whole and speculation(r.article, text, d):
        return None  # "The storm could slam into Florida early Monday": what may happen is no event
    if part.whole and addresses_reader(text[r.cut:]):
        return None  # "Watch this timelapse of Dorian from Aug. 29, 2019 ...": media pointed to, no event
    span_lo = min(a for a, _ in part.pieces)
    span_hi = max(b for _, b in part.pieces)
    limit = core_end(text, d.end) if part.whole else len(text)
    actors = named_actors(r, d, part, sole, limit)
    raw = part.prefix + " ".join(text[a:b].strip() for a, b in part.pieces)
    summary, who = resolve_pronoun(raw, text, span_lo, r.names, r.discourse)
    why = because(f"summary: pronoun -> {who} (discourse.resolve_pronoun)") if who else ()
    if who:
        actors.append(who)
    if not part.detached:
        summary, said, why_said = _speaking(r, part, span_lo, limit, summary)
        actors.extend(said)
        why += why_said
    actors.extend(nominal_actors(NOMINAL.finditer(text[span_lo:span_hi]), span_lo, r.names, r.discourse))
    actors.extend(titled_antecedents(text[span_lo:span_hi], r.discourse))
    actors.extend(pronoun_actors(text, span_lo, span_hi, r.names, r.discourse))
    if r.discourse.spokes_org and THE_SPOKESPERSON.search(text, 0, limit):
        actors.append(r.discourse.spokes_org)  # "..., the spokesperson said": the one of the organisation named with it
    mood, why_mood = modality_of(r.article, text, d, (span_lo, span_hi) if part.detached else None)
    summary = trim(summary, m.text)
    fragment = d.modifier  # "the 2021 settlement": names an event, tells none
    if not readable(summary):
        summary, fragment = trim(text), False  # nothing readable left of the part: the sentence
        if not readable(summary):
            return None  # no words at all: no statement
    if explaining():
        why = because(f"event: {part.why}", f"dated: '{m.text}' -> {m.value}", why_mood) + why + m.why
    return Event(
        value=m.value,
        first=m.first,
        last=m.last,
        precision=m.precision or precision_of(m.first, m.last),
        summary=summary,
        actors=dedupe(actors),
        modality=mood,
        citation=Citation(r.article.path, r.sentence.line, text, r.sentence.start, m.text, r.article.name),
        why=why,
        fragment=fragment,
    )


def _speaking(r: Reading, part: Part, span_lo: int, limit: int, summary: str):
    """The speaker of this part (a verb of saying of another part is not its
    own), or for a bare quotation the previous sentence's speaker, who then
    opens the summary. Returns (summary, actors, reasons)."""
    frame_lo = span_lo if span_lo > 0 and not part.prefix else 0
    names = [n for n in r.names if frame_lo <= n[0] and n[1] <= limit]
    who = speaker(r.text[:limit], names, r.discourse)
    if who:
        return summary, [who], because(f"actor: {who}, the speaker (discourse.speaker)")
    last = r.discourse.speaker
    if bare_quote(r.text) and last:
        # A quotation continuing the previous sentence's speaker.
        return f"{last}: {summary}", [last], because(f"summary: a bare quotation, by the previous speaker {last} (build.make_event)")
    return summary, [], ()


def one_per_summary(events: list[Event]) -> list[Event]:
    """Two dates left with one summary: one event. Coordinated dates of the
    same precision ("in November and December 2024") span both (`coordinated`);
    otherwise the more precise date wins ("in 2024 ... on Nov. 5"), or of two
    equally precise ones the first."""
    best: dict[str, Event] = {}
    for ev in events:
        kept = best.get(ev.summary)
        if kept is None:
            best[ev.summary] = ev
        elif kept.precision == ev.precision and not (kept.first <= ev.first and ev.last <= kept.last):
            if coordinated(kept, ev):
                best[ev.summary] = spanning(kept, ev)
            # else the first, as written: "lifted off ... July 26, 2005, returning to flight
            # two years after the Columbia tragedy of February 1, 2003" is no span of years
        elif (ev.last - ev.first) < (kept.last - kept.first):
            best[ev.summary] = _noted(ev, "dated: the more precise of two dates with one summary (build.one_per_summary)")
    return [best.pop(ev.summary) for ev in events if ev.summary in best]


_COORDINATION = re.compile(r"^(?:,\s?)?(?:and|or|to|through|until|till|then)(?:\s(?:on|in|again))?$|^[-–—/,]$")


def coordinated(a: Event, b: Event) -> bool:
    """Two dates of one summary joined by a coordinator or a range mark
    ("in November and December 2024", "from May to July"), nothing else
    between them."""
    quote, x, y = a.citation.quote, a.citation.expression, b.citation.expression
    if not x or not y:
        return False
    i, j = quote.find(x), quote.find(y)
    if i < 0 or j < 0:
        return False
    (i, x), (j, y) = sorted(((i, x), (j, y)))
    between = quote[i + len(x):j].strip()
    return j >= i + len(x) and len(between) <= 20 and bool(_COORDINATION.match(between))


def spanning(a: Event, b: Event) -> Event:
    """One event over the dates of two coordinated ones, citing the words that span them."""
    early, late = (a, b) if a.first <= b.first else (b, a)
    quote = a.citation.quote
    i = quote.find(early.citation.expression or "")
    j = quote.find(late.citation.expression or "", max(i, 0))
    if i >= 0 and j >= 0 and early.citation.expression and late.citation.expression:
        expression = quote[i : j + len(late.citation.expression)]
    else:
        expression = " / ".join(x for x in (early.citation.expression, late.citation.expression) if x)
    return replace(
        early,
        first=early.first,
        last=max(a.last, b.last),
        modality="expected" if "expected" in (a.modality, b.modality) else "reported",
        citation=replace(early.citation, expression=expression or None),
        why=because("event: two coordinated dates with one summary, spanning both (build.spanning)") + early.why + late.why,
    )


def _noted(ev: Event, reason: str) -> Event:
    return replace(ev, why=ev.why + (reason,)) if explaining() else ev
