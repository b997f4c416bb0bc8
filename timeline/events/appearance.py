"""One speaker's consecutive sayings are one appearance.

News tells what one person said at one briefing, interview or statement in
a run of sentences: "Allen said pressure readings have not reached the
level ... He said the readings could signal a depletion ...". Each
sentence is a saying of the same day by the same speaker, so the run is one
event of that day, not one entry per sentence. `mark` gives every saying
of a run the offset of the run's first sentence (`Event.appearance`);
`reports.score_pair` takes two events of one article with the same mark as
one event.

A run opens with a saying of a named or pronoun speaker
(`discourse.speaker`) and goes on with the sentences right after it that
continue it: "He said ..." / "She added ..." (`CONTINUING_SAYING_VERBS`),
whose "he" or "she" is that speaker (the same last word of the name:
"Allen", "Admiral Thad Allen"). A speaker named again, or "He also said",
"He announced", tells another item: "Jobs announced ... He also announced
that QuickTime 7 ..." are two events. A bare quotation of the speaker's
keeps the run open; any other sentence ends it. Only
events dated as the saying are marked: the day's news (no date of its own)
or a date right after the verb ("said Friday"); "Allen said the well was
capped on Thursday" tells Thursday's event, not the appearance. Every
marked event of a run has the same dates: a saying dated otherwise opens a
new run.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.events.lede import dates_saying
from timeline.events.text import bare_quote
from timeline.lexicon.verbs import CONTINUING_SAYING_VERBS
from timeline.model import Event, Sentence
from timeline.trace import because, explaining

Run = tuple[int, str, tuple]  # (offset of its first sentence, speaker, (first, last) of its sayings)


# "He said", "She then added": a saying going on from the sentence before.
# ("He also said": another item; "He later said": another occasion.)
_CONTINUING = re.compile(r"(?:He|She)\s+(?:[a-z]+ly\s+|then\s+)?(?:" + "|".join(CONTINUING_SAYING_VERBS) + r")\b")


def mark(run: Run | None, who: str | None, sentence: Sentence, events: list[Event]) -> tuple[Run | None, list[Event]]:
    """The run after `sentence`, whose speaker is `who`, and the sentence's
    `events` with its sayings marked."""
    sayings = [i for i, ev in enumerate(events) if dates_saying(ev)]
    if not sayings and bare_quote(sentence.text):
        return run, events  # the speaker's own words, quoted: the run goes on
    if who is None or not sayings:
        return None, events
    same = run is not None and same_speaker(run[1], who)
    window = (events[sayings[0]].first, events[sayings[0]].last)
    if any((events[i].first, events[i].last) != window for i in sayings):
        return None, events
    if not (same and run[2] == window and _CONTINUING.match(sentence.text)):
        run = (sentence.start, who, window)
    out = list(events)
    for i in sayings:
        ev = out[i]
        why = ev.why + because(f"appearance: a saying of {who}'s run from offset {run[0]} (events.appearance)") if explaining() else ev.why
        out[i] = replace(ev, appearance=run[0], why=why)
    return run, out


def same_speaker(a: str, b: str) -> bool:
    """One person within one article: the same last word ("Allen", "Admiral
    Thad Allen"; "Obama", "President Barack Obama")."""
    return a.split()[-1] == b.split()[-1]
