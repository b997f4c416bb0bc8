"""Events dated by the publication day, with no expression in the citation.

The lede (headline and first paragraph) gives one event: the first
paragraph's first sentence (the headline if there is none), with the actors
of both - one event, not two: they report the same news. None when that
sentence dates its own main clause ("Boeing on Tuesday said"): the dated
event is the news, the publication date would repeat it. A dated headline
gives way to a body event of the same dates sharing an actor.

The day's news: in an article known to the day, a sentence that makes no
event otherwise and plainly reports that day - a named subject's saying in
the simple past ("Shell said its volumes were lower") or the passive ("X
was quoted as telling"), a statement in the present perfect ("Putin has
congratulated Trump", "The Kremlin has been in direct contact with ...") or
a move of shares ("Novo's shares rose 4.8%") - is dated by the publication
day (approximate: `timeline.merge` lets it be the day before). A
pronoun-led sentence is not (whom it means was not said there).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import islice

from timeline.events.discourse import NOMINAL, nominal_actors, resolve_pronoun, titled_antecedents
from timeline.events.modality import first_cue
from timeline.events.reading import Reading
from timeline.events.summary import trim
from timeline.events.text import bare_quote, dedupe, is_question, month_end
from timeline.lexicon.events import SHARE_MOVE_VERBS
from timeline.lexicon.verbs import DAY_NEWS_PASSIVE_SAYING, DAY_NEWS_SAYING_VERBS, IRREGULAR_PARTICIPLES, STANDING_SAYING_VERBS
from timeline.model import Article, Citation, Event, Sentence
from timeline.trace import because, explaining

# "Shell said its volumes were lower", "Chief Executive Wael Sawan told
# analysts ...", "Dr. Karen Whitfield, who directs ..., said": a subject (an
# appositive allowed) and a verb of saying in the simple past.
_SUBJECT = r"^(?![“\"‘'])(?:[^,;“”\"]{2,60}?|[^,;“”\"]{2,60}?,[^;“”\"]{2,90}?,)\s+"
_DAY_SAYING = re.compile(
    _SUBJECT + r"(?<!has )(?<!have )(?<!had )"
    r"(?:" + "|".join(DAY_NEWS_SAYING_VERBS) + r")\s+(?!(?:in|on|last|earlier|previously)\b)"
)
# "Sergei Ryabkov, Russia's deputy foreign minister, was quoted as telling ...".
_DAY_PASSIVE = re.compile(_SUBJECT + r"(?:was|were|has been|have been)\s+(?:" + "|".join(DAY_NEWS_PASSIVE_SAYING) + r")\b")
# "Putin has congratulated Trump", "The Kremlin has been in direct contact
# with ...": the present perfect tells what has just happened. Not a state
# of long standing ("has long argued", "has always been"), a negation or a
# "yet to" (nothing happened), nor "has been a/the ..." (what it is), nor
# a saying ("Shell has said it wants to grow": a standing position, said
# before and again).
_DAY_PERFECT = re.compile(
    _SUBJECT + r"(?:has|have)\s+(?:(?:also|now|already|just|reportedly|personally|publicly)\s+)?"
    r"(?!(?:" + "|".join(STANDING_SAYING_VERBS) + r")\b)"
    r"(?:been\s+(?:in|on)\s+(?!the\b|a\b)|(?:been\s+)?(?:[a-z]{3,}ed|" + "|".join(IRREGULAR_PARTICIPLES) + r")\b)"
)
# "Novo's shares rose 4.8% in Copenhagen", "Shares in Maersk ... jumped 6%".
_DAY_SHARES = re.compile(
    r"^(?:Shares (?:in|of) [^,;]{2,60}?|[^,;“”\"]{0,50}?\b(?:shares|stock))(?:,[^,;]{2,90},)?\s+"
    r"(?:" + "|".join(SHARE_MOVE_VERBS) + r")\b"
)


def lede(article: Article, sentences: list[Sentence]) -> list[Sentence]:
    """The headline and the first sentence of the first real paragraph."""
    out = []
    head = None
    if article.headline:
        hs, he = article.headline
        head = next((s for s in sentences if s.start <= hs < s.end or hs <= s.start < he), None)
    if head is None:
        head = next((s for s in sentences if s.heading), None)
    if head is not None:
        out.append(head)
    after = head.end if head is not None else article.body_start
    # split_sentences only yields sentences inside content regions, so no
    # region test is needed here (it made this quadratic on long articles).
    prose = (s for s in sentences if s.start >= after and not s.heading)
    for s in islice(prose, 3):  # the first paragraph, past a short standfirst or caption
        if len(s.text.split()) >= 8 and s.text.rstrip()[-1:] in ".!?\"”’)":
            out.append(s)
            break
    return out


def headline_of(article: Article, lede_sentences: list[Sentence]) -> Sentence | None:
    """The lede's headline: a heading, or the sentence at the article's headline offset."""
    if not lede_sentences:
        return None
    first = lede_sentences[0]
    is_headline = bool(article.headline) and first.start <= article.headline[0] < first.end
    return first if first.heading or is_headline else None


def lede_event(r: Reading, headline_names=()) -> Event | None:
    """One event for the lede: the first paragraph's sentence (or the headline
    when there is none), dated by publication, with the headline's actors."""
    return publication_event(r, headline_names, "event: lede of the article, dated by its publication day (lede.lede_event)")


def day_news(article: Article, text: str, names=()) -> str | None:
    """What makes an undated sentence of a news article plainly the day's
    news: a statement in the simple past ("X said ...", "X told analysts
    ...") or a move of shares ("Novo's shares rose 4.8%"); None if nothing
    does. The publication day must be known to the day."""
    if article.reference.exact is None:
        return None
    if is_question(text) or bare_quote(text) or re.match(r"(?:He|She|They|It|We|I)\s", text):
        return None  # who a pronoun is was not said here: too easily the wrong person
    if _DAY_SAYING.match(text):
        return "a named subject's saying in the simple past"
    if _DAY_SHARES.match(text):
        return "a move of shares"
    if not _named_subject(text, names):
        return None
    if _DAY_PASSIVE.match(text):
        return "a named subject's saying in the passive"
    if _DAY_PERFECT.match(text):
        return "a named subject's statement in the present perfect"
    return None


def _named_subject(text: str, names) -> bool:
    """The sentence opens with a name ("Sergei Ryabkov, ...", "The Kremlin
    has ..."), not a common noun ("Both countries have taken ...")."""
    opening = re.match(r"(?:The\s+)?", text).end()
    return any(s == opening for s, _, _ in names)


def day_news_event(r: Reading, kind: str) -> Event | None:
    """An event of the day's news (`day_news` said what kind), dated by publication."""
    return publication_event(r, (), f"event: the day's news ({kind}), reported with no date of its own (lede.day_news)")


def publication_event(r: Reading, extra_actors, reason: str) -> Event | None:
    """The sentence as an event of the publication day (or month, for an
    article inferred to lie in one month); None without either."""
    dated = _publication_date(r.article)
    if dated is None:
        return None
    value, first, last, precision, how = dated
    text, names, d = r.text, r.names, r.discourse
    summary, who = resolve_pronoun(text[r.cut:].strip(), text, r.cut, names, d)
    actors = [n for _, _, n in names] + ([who] if who else []) + list(extra_actors)
    actors.extend(nominal_actors(NOMINAL.finditer(text), 0, names, d))
    actors.extend(titled_antecedents(text, d))
    cue = first_cue(text)
    why = ()
    if explaining():
        why = because(reason, f"dated: {how} -> {value}",
                      f"modality: expected, cue '{cue}' in the sentence (lede.publication_event)" if cue
                      else "modality: reported, no cue of plan or condition in the sentence (lede.publication_event)")
        if who:
            why += because(f"summary: pronoun -> {who} (discourse.resolve_pronoun)")
    return Event(
        value=value,
        first=first,
        last=last,
        precision=precision,
        summary=trim(summary),
        actors=dedupe(actors),
        modality="expected" if cue else "reported",
        citation=Citation(r.article.path, r.sentence.line, text, r.sentence.start, None, r.article.name),
        why=why,
    )


def _publication_date(article: Article) -> tuple[str, date, date, str, str] | None:
    """(value, first, last, precision, what it is) of the publication day, or
    of the one month an inferred window lies in; None otherwise."""
    ref = article.reference
    if ref.exact is not None:
        return ref.exact.isoformat(), ref.exact, ref.exact, "day", "publication day"
    window = ref.window
    if window and (window[0].year, window[0].month) == (window[1].year, window[1].month):
        first = window[0].replace(day=1)
        return first.strftime("%Y-%m"), first, month_end(first), "month", "publication month (inferred window)"
    return None


def without_repeated_headline(events: list[Event], headline: Sentence | None) -> list[Event]:
    """A dated headline event gives way to a body event of the same dates
    sharing an actor: the headline announces what the body tells."""
    if headline is None:
        return events

    def from_headline(ev: Event) -> bool:
        return ev.citation.start == headline.start and ev.citation.expression is not None

    body = [e for e in events if not from_headline(e)]
    out = []
    for ev in events:
        if from_headline(ev):
            mine = {a.casefold() for a in ev.actors}
            if any(b.first == ev.first and b.last == ev.last and mine & {a.casefold() for a in b.actors} for b in body):
                continue
        out.append(ev)
    return out
