"""The entry point: the events of one article, sentence by sentence.

The steps, in order:

1. the usable dates of the article (`filters.usable_mentions`): chrome,
   plan horizons and nested mentions out, once, so that each sentence only
   takes its own;
2. the names of the prose (`_prose_names`), before any sentence is read:
   a heading's names are only those the prose uses, and "Novo" alone makes
   "Novo Nordisk" a company wherever it comes;
3. the lede (`lede.lede`), before the walk: whether a sentence is the
   headline or the first paragraph decides what it yields;
4. each sentence in text order (`_read`, `build.sentence_events`, then the
   lede and the day's news, which need to know whether the sentence dated
   its own news; the day the first paragraph dates its news to is the
   story's day of the day's news after it, `lede.story_day`; after an
   undated lede, a dated saying just after it, `lede.saying_story_day`),
   each reading what the sentences before it named
   (`discourse.remember` runs last, so a sentence never reads itself);
5. one speaker's sayings in a row are marked as one appearance
   (`appearance.mark`), for the merge to take as one event;
6. a dated headline gives way to the body event that tells it
   (`lede.without_repeated_headline`), once all events are known.
"""

from __future__ import annotations

import re

from timeline.actors import CapitalisedWords, find_names, strip_titles
from timeline.actors.kinds import Usage
from timeline.events.build import sentence_events
from timeline.events import appearance
from timeline.events.discourse import Discourse, remember, speaker, with_titles
from timeline.events.filters import logistics, not_negated_bounds, reported_now, usable_mentions
from timeline.events.lede import (
    OPENING_SAYINGS,
    REPORTED_NOW,
    RULED_OUT,
    day_news,
    day_news_event,
    headline_of,
    lede,
    lede_event,
    may_be_day_news,
    saying_story_day,
    story_day,
    without_repeated_headline,
)
from timeline.events.reading import Reading
from timeline.events.text import ends_in_quotation, outside_brackets, title_case
from timeline.lexicon.events import TITLE_WORDS
from timeline.model import Analysis, Event, Mention, Sentence
from timeline.text.datelines import prose_start


# "President Obama on ...", "Prime Minister Theresa May at ...": a title and
# one or two capitalised words, then a word in lower case (in a Title Case
# headline the name's end cannot be told, and nothing is taken).
_TITLED_NAME = re.compile(r"\b(?:" + "|".join(TITLE_WORDS) + r")(?: [A-Z][\w.’'-]+){1,2}(?= [a-z]|[,:;]|$)")


def extract_events(analysis: Analysis) -> list[Event]:
    """Dated events of one analysed article, in text order.

    Each event cites the article's path, the sentence's line and the whole
    sentence as quote; `actors` are names as written (joined later by
    `resolve_actors`).
    """
    article, sentences, ago = analysis.article, analysis.sentences, _spans_back(analysis.mentions)
    usable = usable_mentions(article, list(analysis.mentions))
    found_names = dict(zip(sentences, analysis.names))
    known, singles = _prose_names(analysis, found_names)
    discourse = titled_in_title(Discourse(usage=Usage(singles=singles)), article)
    lede_sentences = lede(article, sentences)
    headline = headline_of(article, lede_sentences)
    headline_names: list[str] = []
    story = None  # the day the first paragraph dates its news to (`lede.story_day`)
    after_lede = None  # body sentences read since the lede's first paragraph, while the story's day is open
    quoted, previous, run = False, None, None  # a quotation open after `previous`; its speaker's run (`appearance.mark`)
    events: list[Event] = []
    k = 0  # mentions and sentences are both in text order: walk them together
    for sent in sentences:
        while k < len(usable) and usable[k].start < sent.start:
            k += 1
        heading = sent.heading or title_case(sent.text)
        names = found_names[sent] if not heading else find_names(sent.text, known, heading=True)
        r, inside = _read(article, sent, discourse, names, _within(usable, k, sent))
        quoted = quoted and previous is not None and not _new_paragraph(article.text, previous, sent)
        if logistics(sent.text):  # how to follow the news, not news: no event of any kind
            discourse = remember(discourse, sent.text, r.names)
            quoted, previous = ends_in_quotation(sent.text, quoted), sent
            continue
        main, mark_from, found = None, len(events), []
        # A subheading ("Suspected Russian Interference in the 2016 U.S.
        # Presidential Election") announces a section; only the headline is news.
        if not heading or sent is headline:
            found, main = sentence_events(r, inside)
            events.extend(found)
            if main is None and not heading and sent not in lede_sentences:
                kind = _day_news_kind(r, inside, quoted and not sent.text.lstrip().startswith(('"', "”")), ago)
                if kind:
                    events.extend(_some(day_news_event(r, kind, story)))
        if sent in lede_sentences:
            if sent is lede_sentences[0] and len(lede_sentences) == 2:
                headline_names = [n for _, _, n in r.names]  # joined to the first paragraph's event
            elif main is None:
                # A first paragraph that dates its own news ("on Tuesday said")
                # is that event; the publication date would only repeat it.
                events.extend(_some(lede_event(r, headline_names, found)))
            else:
                story = story_day(article, main)
            after_lede = 0 if story is None and sent is lede_sentences[-1] else None
        elif after_lede is not None and not heading:
            after_lede += 1
            story = saying_story_day(article, main)
            after_lede = None if story is not None or after_lede >= OPENING_SAYINGS else after_lede
        who = None if heading else speaker(sent.text, r.names, discourse)
        run, events[mark_from:] = appearance.mark(run, who, sent, events[mark_from:])
        discourse = remember(discourse, sent.text, r.names)
        quoted, previous = ends_in_quotation(sent.text, quoted), sent
    return without_repeated_headline(events, headline)


def _prose_names(analysis: Analysis, found_names):
    """The article's vocabulary, with the names of its prose (bare and by
    surname) recorded for headings, and the one-word names it uses."""
    known = CapitalisedWords(analysis.capitalised)
    known.lower = set(analysis.lower)
    prose = [s for s in analysis.sentences if not s.heading]
    singles = set()
    for sent in prose:
        for _, _, name in found_names[sent]:
            bare = strip_titles(name) or name
            known.names.update((bare, bare.split()[-1]))
            if bare == name and len(bare.split()) == 1:
                singles.add(bare)
    return known, frozenset(singles)


def titled_in_title(d: Discourse, article) -> Discourse:
    """A title outside the text ("President Obama on BP Oil Spill Situation",
    in front matter) says whom "the President" of the body is."""
    if article.headline is not None or not article.title:
        return d
    return with_titles(d, [m.group() for m in _TITLED_NAME.finditer(article.title)])


def _new_paragraph(text: str, previous: Sentence, sent: Sentence) -> bool:
    """A blank line between two sentences: a quotation left open does not run on past it."""
    return re.search(r"\n\s*\n", text[previous.end:sent.start]) is not None


def _within(usable: list[Mention], k: int, sent: Sentence) -> list[Mention]:
    """The usable mentions from index `k` that lie wholly in the sentence."""
    inside = []
    j = k
    while j < len(usable) and usable[j].start < sent.end:
        if usable[j].end <= sent.end:
            inside.append(usable[j])
        j += 1
    return inside


def _read(article, sent, discourse, names, inside) -> tuple[Reading, list[Mention]]:
    """The sentence as read, and its mentions; a dateline ("PARIS, Feb 15
    (Reuters) -") says where and when it was filed, not what happened, so
    its dates and names are left out."""
    names = outside_brackets(list(names), sent.text)
    cut = prose_start(sent.text)
    if cut:
        inside = [m for m in inside if m.start >= sent.start + cut]
        names = [n for n in names if n[0] >= cut]
    return Reading(article, sent, tuple(names), discourse, cut), inside


def _day_news_kind(r: Reading, inside: list[Mention], inside_quote: bool, ago=()) -> str | None:
    """Why a sentence that made no event is the day's news (`lede.day_news`),
    a report whose one date is "now" (told as of the story's day), or a
    statement whose dates are all bounds a negation sets ("no launch
    before Saturday": what is ruled out is told as of the story's day); None
    inside a quotation, for a question, for a sentence holding one of the
    article's pasts some span back (`ago`, `_spans_back`), or otherwise
    (`lede.may_be_day_news`)."""
    if inside_quote or any(r.sentence.start <= m.start and m.end <= r.sentence.end for m in ago):
        return None
    kind = day_news(r.article, r.text, r.names, r.discourse, r.cut)
    if kind is None and reported_now(r.text, r.sentence.start, inside) and may_be_day_news(r.article, r.text):
        return REPORTED_NOW
    if kind is None and inside and may_be_day_news(r.article, r.text) and not not_negated_bounds(r.text, r.sentence.start, inside):
        return RULED_OUT
    return kind


def _spans_back(mentions) -> list[Mention]:
    """The pasts some span back that an article tells without dating them
    ("Ford began cutting costs several years ago": PAST_REF with "ago"): a
    sentence holding one is no day's news ("It recently opened a store"
    still may be). Found once per article."""
    return [m for m in mentions if m.value == "PAST_REF" and m.text.lower().endswith("ago")]


def _some(event: Event | None) -> list[Event]:
    return [event] if event is not None else []
