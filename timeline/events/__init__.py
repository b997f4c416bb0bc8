"""Events: one dated statement per sentence and distinct date it carries.

`extract_events(analysis)` is the entry point (`events.extract`, which
lists the steps in order); it reads the article's one `Analysis` (sentences,
date mentions, names) and finds nothing again. The rules live one concern
per module:

- `filters`: which date mentions are usable (chrome, plan horizons, nesting,
  datelines, compared figures and baselines, "now", one per interval);
- `build`: the events of one sentence, step by step;
- `modifiers`, `detachables`, `clauses`, `frames`: the part of a sentence a
  date governs (a noun phrase, a relative clause or aside, the main clause
  cut at coordination and split between dates, the fact of a reporting frame);
- `discourse`: what earlier sentences named (pronouns, "the company", the
  spokesperson, the previous speaker, "the Russian President");
- `participants`: the actors of an event (person or organisation: `timeline.actors.kinds`);
- `modality`: reported or expected; `summary`: trimming summaries;
- `statement`: who did what opening an undated sentence, and in which tense;
- `lede`: the lede event and the day's news, dated by publication or the
  story's day (the day the first paragraph dates its news to).

Under `timeline.trace.explained()` each event's `why` says what made it an
event and what dated it, then the date mention's own reasons.
"""

from timeline.events.extract import extract_events
from timeline.events.summary import MAX_SUMMARY

__all__ = ["MAX_SUMMARY", "extract_events"]
