"""Events dated by the publication day, with no expression in the citation.

The lede (headline and first paragraph) gives one event: the first
paragraph's first sentence (the headline if there is none), with the actors
of both - one event, not two: they report the same news. None when that
sentence dates its own main clause ("Boeing on Tuesday said"): the dated
event is the news, the publication date would repeat it. A dated headline
gives way to a body event of the same dates sharing an actor.

The day's news: in an article known to the day, a sentence that makes no
event otherwise and plainly reports that day - a named subject's saying in
the simple past ("Shell said its volumes were lower"), the present
("Toyota says the problem is rare") or the passive ("X was quoted as
telling"), a statement in the present perfect ("Putin has
congratulated Trump", "The Kremlin has been in direct contact with ...") or
a move of shares ("Novo's shares rose 4.8%") or of a market index told with
the copula ("The S&P 500 was also down 1%") - is dated by the story's day. So is
what a named subject did in the simple past or the passive, read by
`statement.main_statement` ("During the keynote, Jobs demoed ...",
"Apple CEO Steve Jobs unveiled ...", "The new iPhone was praised by
Jobs"). A pronoun or "the company" is such a subject when the sentences
before named whom it stands for (`discourse`); otherwise a pronoun-led
sentence is no news of the day (whom it means was not said there).

The story's day is the day the first paragraph dates its news to, when it
does ("Apple Inc. announced Friday ...", "Yesterday, ... Jobs unveiled
..." in an article of the next day), at most `STORY_DAYS` before
publication. When the lede dates nothing, a dated saying among the next
`OPENING_SAYINGS` sentences sets it ("BP says the cap is holding. The
official ... said Friday tests will continue."): the news was told that
day, and the sayings after it are of the same briefing. Otherwise it is
the publication day. A present perfect is dated by
the publication day (it tells what has just happened, as of writing).
Either is approximate: `timeline.merge` lets it be the day before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import islice

from timeline.actors.kinds import is_index_like, is_product_like
from timeline.events.discourse import (NOMINAL, PRODUCT_OPENING, Discourse, nominal_actors, nominal_antecedent, opening_referent,
                                      resolve_pronoun, titled_antecedents)
from timeline.events.filters import logistics
from timeline.events.modality import main_clause_cue
from timeline.events.reading import Reading
from timeline.events.statement import Statement, main_statement
from timeline.events.summary import trim
from timeline.events.text import bare_quote, dedupe, is_question, month_end
from timeline.lexicon.events import SHARE_MOVE_VERBS
from timeline.lexicon.verbs import (DAY_NEWS_PASSIVE_SAYING, DAY_NEWS_SAYING_VERBS, IRREGULAR_PARTICIPLES, PRODUCT_STATE_VERBS,
                                   STANDING_SAYING_VERBS)
from timeline.model import Article, Citation, Event, Sentence
from timeline.trace import because, explaining

# "Shell said its volumes were lower", "Chief Executive Wael Sawan told
# analysts ...", "Dr. Karen Whitfield, who directs ..., said": a subject (an
# appositive allowed) and a verb of saying in the simple past.
_SUBJECT = r"^(?![“\"‘'])(?P<subject>(?:[^,;“”\"]{2,60}?|[^,;“”\"]{2,60}?,[^;“”\"]{2,90}?,))\s+"
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
# A subject holds no verb of saying: "Smith says he has lived ..." is no perfect of "Smith says he".
_SAYING_IN_SUBJECT = re.compile(r"\b(?:says|said|tells|told)\b")
# "Novo's shares rose 4.8% in Copenhagen", "Shares in Maersk ... jumped 6%".
_DAY_SHARES = re.compile(
    r"^(?:Shares (?:in|of) [^,;]{2,60}?|[^,;“”\"]{0,50}?\b(?:shares|stock))(?:,[^,;]{2,90},)?\s+"
    r"(?:" + "|".join(SHARE_MOVE_VERBS) + r")\b"
)
# What makes a present saying a habit or a standing text, not the day's news.
_STANDING = re.compile(r"\b(?:every|always|usually|often|regularly|routinely)\b|\b(?:on|in) (?:its|their|his|her) (?:website|site|annual report)\b")
_PRONOUN_OPENING = re.compile(r"(?:He|She|They|It|We|I)\s")

STORY_DAYS = 7  # the first paragraph's day of news lies at most this many days before publication
OPENING_SAYINGS = 2  # the sentences after the lede's whose dated saying may set the story's day
# "said Friday", "told reporters late Wednesday", "announced on Monday", "said
# on a conference call yesterday": the date right after a verb of saying (its
# object, the occasion) dates the saying.
_SAID_ON = re.compile(r"\b(?:" + "|".join(DAY_NEWS_SAYING_VERBS) + r")(?:\s+(?:reporters|journalists))?"
                      r"(?:\s+(?:on|in|at|during)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
                      r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$")

_CALENDAR_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SAYING = "a named subject's saying in the simple past"
SHARES = "a move of shares"
MARKET_MOVE = "a market index's move"
PASSIVE_SAYING = "a named subject's saying in the passive"
PERFECT = "a named subject's statement in the present perfect"
PAST = "a named subject's act in the simple past"
PASSIVE = "a named subject's statement in the passive"
PRESENT_SAYING = "a named subject's saying in the present"
REPORTED_NOW = "a report told as of now ('Jobs announced ... laptops, on sale now', `filters.reported_now`)"
PRODUCT_STATE = "a product's description in the present ('iPhone 4 has a new stainless steel frame')"
RULED_OUT = "a statement ruling out a time ('no launch will occur before Saturday', `filters.not_negated_bounds`)"


def lede(article: Article, sentences: list[Sentence]) -> list[Sentence]:
    """The headline and the first sentence of the first real paragraph."""
    out = []
    head = None
    if article.headline:
        hs, he = article.headline
        head = next((s for s in sentences if s.start <= hs < s.end or hs <= s.start < he), None)
    if head is None:
        # A heading before any prose; one further down opens a section.
        head = next((s for s in sentences if s.heading or s.start >= article.body_start), None)
        head = head if head is not None and head.heading else None
    if head is not None:
        out.append(head)
    after = head.end if head is not None else article.body_start
    # split_sentences only yields sentences inside content regions, so no
    # region test is needed here (it made this quadratic on long articles).
    prose = (s for s in sentences if s.start >= after and not s.heading and not logistics(s.text))
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


def lede_event(r: Reading, headline_names=(), told=()) -> Event | None:
    """One event for the lede: the first paragraph's sentence (or the headline
    when there is none), dated by publication, with the headline's actors;
    an opening clause that `told` events of the sentence date is theirs, not
    the lede's (`told_opening`)."""
    start = told_opening(r.text, r.cut, told)
    reason = "event: lede of the article, dated by its publication day (lede.lede_event)"
    if start != r.cut:
        opening = r.text[r.cut:start - 2]
        opening = opening if len(opening) <= 40 else opening[:40] + "…"
        reason += f"; its opening clause ('{opening}') is a dated event of its own, left out (lede.told_opening)"
    return publication_event(r, headline_names, reason, start=start)


# "Though oil still leaks after a rig exploded April 20, officials say ...":
# a clause of concession, time or cause opening a sentence.
_OPENING_CLAUSE = re.compile(r"(?:Though|Although|Even though|While|Whereas|After|Before|Since|When|As|Because|Until)\s")


def told_opening(text: str, cut: int, told) -> int:
    """Where the lede's own news starts: after an opening subordinate clause
    holding the date of an event already told from this sentence, when a main
    clause of four words or more follows; else `cut`."""
    if not _OPENING_CLAUSE.match(text, cut):
        return cut
    for expression in (ev.citation.expression for ev in told):
        at = text.find(expression, cut) if expression else -1
        comma = text.find(", ", at + len(expression)) if at >= 0 else -1
        if comma > 0 and len(text[comma + 2:].split()) >= 4 and text[comma + 2:comma + 3].isalpha():
            return comma + 2
    return cut


def day_news(article: Article, text: str, names=(), d: Discourse | None = None, start: int = 0) -> str | None:
    """What makes an undated sentence of a news article plainly the day's
    news: a statement in the simple past ("X said ...", "X told analysts
    ...", "During the keynote, X demoed ..."), the passive or the present
    perfect of a named subject (or of "the company" standing for one named
    before: `discourse.opening_referent`), a named subject's saying in the present
    ("Toyota says the problem is rare", as radio copy tells today's
    statements; not a habit or a standing text: "GM reports sales every
    month"), or a move of shares ("Novo's shares rose 4.8%"); None if
    nothing does. The publication day must be known to the
    day; `d` says whom a pronoun or "the company" opening it stands for."""
    if not may_be_day_news(article, text):
        return None
    said = main_statement(text, names, start)
    if _product_state(text, names, d):
        return PRODUCT_STATE  # "It" here is the product the sentences before opened with
    if _PRONOUN_OPENING.match(text) and not (said and _referent(said, names, d)):
        return None  # who a pronoun is was not said here: too easily the wrong person
    if _DAY_SAYING.match(text):
        return SAYING
    if _DAY_SHARES.match(text):
        return SHARES
    if _named_subject(text, names) or (d is not None and opening_referent(text, d)):
        if _DAY_PASSIVE.match(text):
            return PASSIVE_SAYING
        perfect = _DAY_PERFECT.match(text)
        if perfect and not _SAYING_IN_SUBJECT.search(perfect["subject"]):
            return PERFECT
    if said is not None and said.form == "move":
        return MARKET_MOVE if _market_subject(said, names, d) else None
    if said is None or said.form == "perfect" or not _referent(said, names, d):
        return None
    if said.form == "present" and _STANDING.search(text):
        return None  # "GM reports sales every month", "Toyota notes on its website": not the day's
    return {"past": PAST, "present": PRESENT_SAYING}.get(said.form, PASSIVE)


def _market_subject(said: Statement, names, d: Discourse | None) -> bool:
    """The subject of a move told with the copula is a market index ("The
    S&P 500 was also down 1%", "Hong Kong's Hang Seng index is 1.8% higher")
    or "the index" referring back to one: a day's move of the market, not
    a state of a person or thing ("Smith was up early")."""
    if said.by == "nominal":
        ante = _referent(said, names, d)
        return ante is not None and is_index_like(ante)
    return any(is_index_like(n) for s, e, n in names if said.start <= s and e <= said.end)


def may_be_day_news(article: Article, text: str) -> bool:
    """The publication day is known to the day, and the sentence is no
    question, bare quotation or later sentence of a quotation."""
    return article.reference.exact is not None and not (is_question(text) or bare_quote(text) or _within_quotation(text))


def _within_quotation(text: str) -> bool:
    """A later sentence of a quotation that runs over several ("He was
    trapped in an area.\""): it closes a quotation it never opened. The
    speaker's words, not the day's news. (A quotation opened and left open
    is the sentence's own: the splitter may leave its closing mark to the
    next sentence.)"""
    curly = text.find("”")
    if curly >= 0 and not 0 <= text.find("“") < curly:
        return True
    return text.count('"') % 2 == 1 and text.rstrip().endswith('"')


def _referent(said: Statement, names, d: Discourse | None) -> str | None:
    """Whom the subject names: the name itself, or for a pronoun or "the
    company" whom the sentences before named (None when they named nobody)."""
    if said.by == "name":
        return said.subject
    if d is None:
        return None
    if said.by == "nominal":
        return nominal_antecedent(said.subject, d, names, said.start)
    return d.subject_org if said.subject == "It" else d.person


# An opening adjunct up to its comma ("Structure-wise, "), the subject, an adverb, a present verb.
_PRODUCT_STATE = re.compile(r"^(?:[^,;“”\"]{1,40},\s+)?(?P<subject>.{1,60}?)\s+(?:(?:also|now|only|still|even)\s+)?(?:"
                            + "|".join(PRODUCT_STATE_VERBS) + r")\b")


def _product_state(text: str, names, d: Discourse | None) -> bool:
    """A product's description in the present: a product name, or "It" / "The
    phone" going on about the product the sentences before opened with,
    then a present verb of what it is or does (`PRODUCT_STATE_VERBS`)."""
    m = _PRODUCT_STATE.match(text)
    if m is None:
        return False
    subject, at = m["subject"], m.start("subject")
    if any(s == at and e == m.end("subject") and is_product_like(n) for s, e, n in names):
        return True
    return d is not None and d.subject_product is not None and PRODUCT_OPENING.fullmatch(subject) is not None


def _named_subject(text: str, names) -> bool:
    """The sentence opens with a name ("Sergei Ryabkov, ...", "The Kremlin
    has ..."), not a common noun ("Both countries have taken ...")."""
    opening = re.match(r"(?:The\s+)?", text).end()
    return any(s == opening for s, _, _ in names)


def day_news_event(r: Reading, kind: str, story=None) -> Event | None:
    """An event of the day's news (`day_news` said what kind), dated by the
    story's day (`story_day`; the publication day without one, and always
    for a present perfect)."""
    return publication_event(r, (), f"event: the day's news ({kind}), reported with no date of its own (lede.day_news)",
                             None if kind in (PERFECT, PRODUCT_STATE) else story,
                             saying=kind in (SAYING, PASSIVE_SAYING, PRESENT_SAYING))


def story_day(article: Article, main: Event | None):
    """The day, or week, the first paragraph's dated news (`main`, the event
    of its main clause) sets for the story, as `publication_event` takes it:
    a reported day at most `STORY_DAYS` before publication, or a reported
    week overlapping those days ("visited Lebanon this week": the day's news
    after it happened that week, not surely on the publication day); else None."""
    published = article.reference.exact
    if main is None or published is None or main.modality != "reported":
        return None
    recent = published - timedelta(days=STORY_DAYS)
    where = f"set by the first paragraph's '{main.citation.expression}'"
    if main.precision == "week" and recent <= main.last and main.first <= published:
        return main.value, main.first, main.last, "week", f"the story's week, {where}"
    if main.precision != "day" or not _CALENDAR_DAY.fullmatch(main.value):
        return None  # "now" (PRESENT_REF) sets no day: the publication day is the story's
    if not recent <= main.first <= published or main.first != main.last:
        return None
    return main.value, main.first, main.last, "day", f"the story's day, {where}"


def saying_story_day(article: Article, main: Event | None):
    """`story_day` for a sentence after an undated lede: only when its main
    clause's date dates a saying ("said Friday"); else None."""
    if main is None or not main.citation.expression or not dates_saying(main):
        return None
    return story_day(article, main)


def dates_saying(ev: Event) -> bool:
    """The event's date is its sentence's saying's: it has no date of its own
    (the day's news), or its date comes right after the verb ("said Friday")."""
    expression = ev.citation.expression
    if not expression:
        return True
    quote = ev.citation.quote
    at = quote.find(expression)
    return at >= 0 and _SAID_ON.search(quote[:at]) is not None


def publication_event(r: Reading, extra_actors, reason: str, day=None, saying=False, start: int | None = None) -> Event | None:
    """The sentence as an event of the publication day (or month, for an
    article inferred to lie in one month), or of `day` when given (value,
    first, last, precision, what it is); None without any. A `saying` is
    reported whatever it says ("Allen said the readings could signal a
    leak": the saying took place; the plan or guess is what was said)."""
    dated = day or _publication_date(r.article)
    if dated is None:
        return None
    value, first, last, precision, how = dated
    text, names, d = r.text, r.names, r.discourse
    start = r.cut if start is None else start
    summary, who = resolve_pronoun(text[start:].strip(), text, start, names, d)
    actors = [n for at, _, n in names if at >= start] + ([who] if who else []) + list(extra_actors)
    actors.extend(nominal_actors(NOMINAL.finditer(text), 0, names, d))
    actors.extend(titled_antecedents(text, d))
    cue = None if saying else main_clause_cue(text)
    why = ()
    if explaining():
        why = because(reason, f"dated: {how} -> {value}",
                      f"modality: expected, cue '{cue}' in the main clause (modality.main_clause_cue)" if cue
                      else "modality: reported, a saying (lede.publication_event)" if saying
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
