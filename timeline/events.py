"""Events: one dated statement per sentence and distinct date it carries.

How a sentence becomes events (in this order, each step a small function):

1. Usable dates: mentions with a calendar interval (DURATION/SET only when
   anchored, like "the past two months") inside the article's prose; nested
   mentions give way to the longest; one event per distinct interval in a
   sentence. Not event dates: a dateline ("PARIS, Feb 15 (Reuters) -"; a
   wire credit alone, "(Bloomberg) -- ", is one too and no summary's), a
   compared figure ("up from 735 last year", "down from a record 2,319 the
   year before", "up 56% from a year earlier", "the highest since April
   30"), a past period a figure is measured against ("ran ahead of last
   year", "behind 2023", "up on the same period last year", "from a year
   earlier"; a future date after "ahead of" is a deadline), a count's baseline ("for the first time since September", "its
   seventh cut since June last year": a mention right after a dropped one
   goes with it), a period naming what a figure is of in a clause a more
   precise date dates ("forecast third-quarter revenue ... on Wednesday"),
   "now"/"currently" when the sentence has a real date; questions and
   subheadings (any heading but the headline) make no event.
2. Which clause a date governs:
   - a *noun modifier* ("his Jan. 20 inauguration", "Trump's Nov. 5 election
     victory", "the 2016 presidential election", "a rise in fourth-quarter
     deliveries": a determiner, possessive or preposition before, a noun
     after) dates only that noun phrase (with its owner, or the clause it
     stands in when it has none); it never dates the rest of the sentence;
   - a date inside a *detachable* part (a relative clause ", which Moscow
     annexed in 2014", a parenthesis, a dash aside) dates that part,
     summarised with its antecedent ("Crimea, which Moscow annexed ... in 2014");
     after an arrangement with a name ("Maersk's 2M partnership with MSC,
     which ended in January") the antecedent is the arrangement, from its
     owner on;
   - any other date dates the sentence minus the detachable parts that carry
     other dates; if several such dates remain, the sentence is cut at
     coordinating boundaries ("; ", ", and", ", but"; the part starts after
     the conjunction) and each date keeps its own part. Dates still sharing
     a clause are told apart: a trailing reporting frame leaves the reported
     fact its own clause ("Airbus delivered 766 jets in 2024, the planemaker
     said on Thursday": 2024 dates "Airbus delivered 766 jets in 2024";
     the day of such a frame holding no other date makes no event of its
     own - the fact is the news, the frame's speaker one of its actors -
     while a frame with another date of its own, or of a plan, keeps the
     sentence); the
     day of a saying is taken out of what was said ("Boeing said on Tuesday it would cut jobs this year": this year
     dates "Boeing said it would cut jobs this year"); two verb phrases of
     one subject ("opened a line in 2023 and has said ... by 2027") and a
     subordinate clause with its own verb ("... last year after the FAA
     capped production in January 2024") split. Two dates left with one
     summary make one event, dated by the more precise.
   - a relative clause after a closing year or number hangs on the noun
     phrase before it ("Airbus’s goal of 820 deliveries in 2025, which it
     announced in January"), "its" resolved to the organisation.
3. Summary: that text, with an opening "he"/"she" (or the subject of a quote's
   attribution, "... ,” he said in September") replaced by the person named
   last before it, an opening "It" + verb (or "Its": "Airbus’s shares rose")
   by the organisation that opened the previous sentence, a bare quotation
   prefixed by the previous speaker, trimmed to ~200 characters. The quote is always the full sentence.
4. Modality: `expected` when the date lies after publication (or the finder
   resolved it forward from publication) or when the clause around the date
   holds a cue of plan, hope, expectation or condition
   (`vocab_events.EXPECTED_CUES`). A date attached to a reporting verb
   ("said on Tuesday it would...", "on Thursday forecast") dates the saying:
   the plan is what was said, so that event is `reported`.
5. Actors: the names in the summarised part (all of the sentence when it has
   one date and no detachable part) up to a trailing adjunct past the date
   (", citing ...", ", blaming ...", ", while ...", ", with ...", ", days
   after ..."), except a name after "rival(s)"/"competitor(s)" in the
   object ("ahead of rival Boeing"); the speaker of a reporting verb
   ("Putin said in September" is Putin's), the antecedent of a replaced
   pronoun, for "the company" / "the planemaker" / "the ministry" the
   organisation of the same article it refers back to (the first fitting one
   in the nearest sentence; never a government body for a company word), and
   for "the Russian President" the person last named with that title.
6. The lede (headline and first paragraph) gives one event dated by the
   publication date, with no expression in the citation: the first
   paragraph's first sentence (the headline if there is none), with the
   actors of both. One event, not two: they report the same news. None
   when that sentence dates its own main clause ("Boeing on Tuesday said"):
   the dated event is the news, the publication date would repeat it.
   A dated headline gives way to a body event of the same dates sharing an
   actor: the headline announces what the body tells.
7. The day's news: in an article known to the day, a sentence that makes no
   event otherwise and plainly reports that day - a named subject's saying
   in the simple past ("Shell said its volumes were lower", "Chief
   Executive Wael Sawan told analysts ...") or a move of shares ("Novo's
   shares rose 4.8%") - is dated by the publication day, without an
   expression. A pronoun-led sentence is not (whom it means was not said
   there).

Also: a span looking forward from publication ("over the next twelve
months") is a plan's horizon, never an event date; a fronted date ("In
December, VW agreed ...") dates the clause it opens; names in an undated
relative aside (", in which Volkswagen holds a stake,") are not actors of
the clause around it; "the company" prefers, in the nearest sentence naming
organisations, the one the article has named most; a two-word name whose
first word the article uses alone ("Novo Nordisk" ... "Novo") is a company.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

from timeline.actors import find_names, is_org_like, is_person_like, known_capitalised, strip_titles
from timeline.model import Article, Citation, Event, Mention, Sentence
from timeline.vocab_actors import NOMINAL_ANTECEDENTS, NOT_COMPANY_HEADS, PLACES
from timeline.vocab_events import (
    ARRANGEMENT_NOUNS,
    DATE_PREPOSITIONS,
    DETERMINERS,
    EXPECTED_CUES,
    NP_STOP_WORDS,
    REPORTING_VERBS,
)

MAX_SUMMARY = 200
LOOKBACK = 20  # sentences searched back for the organisation "the company" refers to

_WORD = re.compile(r"[\w’'.-]+")
_CUE = re.compile(
    r"(?<![\w’'])(?:" + "|".join(re.escape(c).replace("'", "['’]") for c in sorted(EXPECTED_CUES, key=len, reverse=True)) + r")(?![\w’'])",
    re.IGNORECASE,
)
_REPORTING = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r")\b")
_REPORTING_BEFORE = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS) + r")(?:\s+[A-Za-z]+)?\s*$")
_REPORTING_AFTER = re.compile(r"\s*,?\s*(?:" + "|".join(REPORTING_VERBS) + r")\b")
_RELATIVE = re.compile(r"(,\s+|\s+)(which|who|whom|whose)\b|(,\s+)(where)\b")
_COORDINATION = re.compile(r";\s+|,\s+(?=(?:and|but|while|whereas|although|though|yet)\s)|,?\s+and then\s+")
_CLAUSE_MARK = re.compile(r"[,;:()“”\"–—]|\s-\s|\bthat\b|\bwhich\b|\bwho\b|\bbecause\b|\bwhile\b|\bafter\b|\bbefore\b")
_NOMINAL = re.compile(
    r"\b[Tt]he (?:[\w.-]+ ){0,2}?(" + "|".join(sorted(NOMINAL_ANTECEDENTS, key=len, reverse=True)) + r")(?:['’]s)?\b"
)
_IT_SUBJECT = re.compile(r"^(It)\s+(?!is\b|was\b|'s\b|’s\b|seems\b|remains\b|appears\b)[a-z]+")
_COMPARISON = re.compile(
    # "down from a record 2,319", "up 56% from": a figure may sit between verb and "from".
    r"(?:\b(?:up|down|higher|lower|rising|falling|rose|fell|increased|decreased|jumped|dropped)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some)?\s*[$€£]?\d[\d.,]*\s*(?:%|percent|per cent|billion|million|bn)?)?"
    r"\s+from\b(?:[^,;]|,(?=\d)){0,40}"
    r"|\bcompared\s+(?:with|to)\b[^,;]{0,30}|\b(?:in line|on a par|level|unchanged)\s+(?:with|from)\b[^,;]{0,30}|\b(?:than|versus|vs\.?)\s[^,;]{0,25}|\ba year (?:earlier|ago|before)\b[^,;]{0,5}"
    r"|\b(?:highest|lowest|biggest|largest|smallest|best|worst|strongest|weakest|steepest|sharpest)\s+(?:[\w-]+\s+){0,3}since\s+"
    # "for the first time since September", "its seventh reduction since June": a count's baseline.
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}since\s+)$"
)
# "ran well ahead of last year", "behind 2023", "below the same period last
# year": a past period a figure is measured against (a future one is a
# deadline: "ahead of 2026"; a possessive a noun's: "ahead of Thursday's vote").
_BASELINE_BEFORE = re.compile(
    r"\b(?:ahead of|behind|above|below|short of|exceeding|outpacing|outstripping|beating|trailing)\s+(?:the same\s+)?$"
    r"|\b(?:the same|a similar)\s+(?:[\w-]+\s+)?(?:period|quarter|month|week|time|point|stage|season|half)\s+(?:(?:of|in|as)\s+)?$"
)
# "from a year earlier", "from the previous year": a baseline by its very words.
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_RELATIVE_BASELINE = re.compile(
    r"^(?:a|one|\d+)\s+(?:year|quarter|month)s?\s+(?:earlier|ago|before)\b"
    r"|^the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month)\b|^the\s+(?:year|quarter|month)\s+before\b",
    re.IGNORECASE,
)
_TITLE_WORDS = ("President", "Prime Minister", "Chancellor", "Foreign Minister", "Minister", "King", "Queen", "Pope", "Governor", "Mayor", "Chief Executive", "CEO", "Chairman")
_TITLED_NOMINAL = re.compile(
    r"\b[Tt]he (?:[A-Z][a-z]+(?:ian|an|ese|ish|ch) )?(" + "|".join(_TITLE_WORDS) + r")\b(?! of\b| [A-Z])"
)
# A trailing adjunct: a participle, an adverb, or a subordinator after a comma.
_ADJUNCT = re.compile(
    r",\s+(?:[a-z]+ing|[a-z]+ly|led|helped|driven|boosted|hit|hurt|a blow|a boost|a setback|as|while|whereas"
    r"|even as|after|following|despite|amid|ahead of|compared|well|just|days|weeks|months|hours|shortly|with"
    r"|(?:a|an|one|two|three|four|five|six|several|some)\s+(?:day|week|month|hour)s?\s+(?:after|before|earlier|later))\b"
)
_RIVAL_BEFORE = re.compile(r"\b(?:rival|rivals|competitor|competitors)\s+(?:[A-Z][\w.]*\s+)?$")
_PRONOUN_START = re.compile(r"^(He|She)\b")
_OPENING_NOMINAL = re.compile(
    r"^(?:The|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(sorted(NOMINAL_ANTECEDENTS, key=len, reverse=True)) + r")\b"
)
_SPOKES = r"spokes(?:person|man|woman)"
_SPOKES_AFTER = re.compile(r"['’]?s?\s+" + _SPOKES + r"\b")  # "A VW spokesperson"
_SPOKES_BEFORE = re.compile(r"\b" + _SPOKES + r"\s+(?:for|at|of)\s+(?:the\s+)?$")  # "a spokesman for VW"
_THE_SPOKESPERSON = re.compile(r"\b[Tt]he\s+" + _SPOKES + r"\b")
_FORWARD_SPAN = re.compile(r"\b(?:next|coming)\b", re.IGNORECASE)
_ASIDE = re.compile(r",\s+(?:(?:in|of|for|to|with|by|from|at)\s+)?(?:which|whom|whose)\b[^,;“”\"]*,")
_ATTRIBUTION_PRONOUN = re.compile(r"[,.!?]?\s*[”\"’]\s*(he|she)\s+(?=\w+)")
_NP_PREPOSITIONS = frozenset("in of for at with from by during over to".split())
_NOT_NOUNS = frozenset("went came began took made saw got gave held left led met ran rose fell won lost paid sold bought grew became".split())


@dataclass
class _Context:
    """What earlier sentences of the article named, for pronouns and 'the company'."""

    known: set[str]
    persons: list[str] = field(default_factory=list)  # subjects, most recent last
    org_sentences: list[list[str]] = field(default_factory=list)  # organisations named, per sentence
    org_counts: dict[str, int] = field(default_factory=dict)  # times each organisation was named so far
    singles: set[str] = field(default_factory=set)  # one-word names the article uses
    spokes_org: str | None = None  # the organisation of the last "VW spokesperson" / "a spokesman for VW"
    subject_org: str | None = None  # an organisation opening the previous sentence
    surnames: set[str] = field(default_factory=set)
    titled: dict[str, str] = field(default_factory=dict)  # "president" -> last "President X"
    last_speaker: str | None = None  # speaker of the previous sentence, for a bare quotation
    main_dated: bool = False  # the current sentence has a date governing its main clause


@dataclass(frozen=True)
class _Part:
    """A stretch of the sentence a date governs, as pieces of the sentence text."""

    pieces: tuple[tuple[int, int], ...]  # offsets into the sentence text
    prefix: str = ""  # text put before the pieces (a resolved possessor)
    whole: bool = False  # the part is the sentence (minus other dates' parts)
    detached: bool = False  # a modifier phrase or a relative clause


def extract_events(article: Article, sentences: list[Sentence], mentions: list[Mention]) -> list[Event]:
    """Dated events of one article, in text order.

    Each event cites `article.path`, the sentence's line and the whole sentence
    as quote; `actors` are names as written (joined later by `resolve_actors`).
    """
    sentences = sorted(sentences, key=lambda s: s.start)
    usable = _usable_mentions(article, mentions)
    prose = [s for s in sentences if not s.heading]
    ctx = _Context(known=known_capitalised(s.text for s in prose))
    for sent in prose:  # names of the prose, so headings keep only those
        for _, _, name in find_names(sent.text, ctx.known):
            bare = strip_titles(name) or name
            ctx.known.names.update((bare, bare.split()[-1]))
            if bare == name and len(bare.split()) == 1:
                ctx.singles.add(bare)
    lede = _lede(article, sentences)
    headline = lede[0] if lede and (lede[0].heading or _is_headline(article, lede[0])) else None
    headline_names: list[str] = []
    events: list[Event] = []
    k = 0  # mentions and sentences are both in text order: walk them together
    for sent in sentences:
        heading = sent.heading or _title_case(sent.text)
        names = _outside_brackets(find_names(sent.text, ctx.known, heading), sent.text)
        while k < len(usable) and usable[k].start < sent.start:
            k += 1
        inside = []
        j = k
        while j < len(usable) and usable[j].start < sent.end:
            if usable[j].end <= sent.end:
                inside.append(usable[j])
            j += 1
        # "PARIS, Feb 15 (Reuters) -": where and when it was filed, not what happened.
        cut = _dateline_end(sent.text)
        if cut:
            inside = [m for m in inside if m.start >= sent.start + cut]
            names = [n for n in names if n[0] >= cut]
        ctx.main_dated = False
        # A subheading ("Suspected Russian Interference in the 2016 U.S.
        # Presidential Election") announces a section; only the headline is news.
        if not heading or sent is headline:
            found = _sentence_events(article, sent, inside, names, ctx, cut)
            events.extend(found)
            if not found and not heading and sent not in lede and _day_news(article, sent.text):
                ev = _lede_event(article, sent, names, ctx, (), cut)
                if ev is not None:
                    events.append(ev)
        if sent in lede:
            if sent is lede[0] and len(lede) == 2:
                headline_names = [n for _, _, n in names]  # joined to the first paragraph's event
            elif not ctx.main_dated:
                # A first paragraph that dates its own news ("on Tuesday said")
                # is that event; the publication date would only repeat it.
                ev = _lede_event(article, sent, names, ctx, headline_names, cut)
                if ev is not None:
                    events.append(ev)
        _remember(sent, names, ctx)
    return _without_repeated_headline(events, headline)


def _is_headline(article: Article, sent: Sentence) -> bool:
    return bool(article.headline) and sent.start <= article.headline[0] < sent.end


def _without_repeated_headline(events: list[Event], headline: Sentence | None) -> list[Event]:
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


def article_names(article: Article, sentences: list[Sentence]) -> list[str]:
    """Every name in the article's prose, dated or not, for `resolve_actors(names=...)`."""
    prose = [s for s in sentences if not s.heading]
    known = known_capitalised(s.text for s in prose)
    return [n for s in prose for _, _, n in find_names(s.text, known)]


# ------------------------------------------------------------- mentions

def _usable_mentions(article: Article, mentions: list[Mention]) -> list[Mention]:
    regions = sorted(article.content)
    starts = [a for a, _ in regions]
    out = []
    for m in mentions:
        if m.first is None or m.last is None:
            continue  # no interval: "two months", an unresolved weekday
        if m.type == "DURATION" and m.last > m.first and _FORWARD_SPAN.search(m.text) and (
            m.first == article.published or (article.published_window and m.first >= article.published_window[0])
        ):
            continue  # "buy back shares over the next twelve months": a plan's horizon, not when it happened
        if regions:
            i = bisect_right(starts, m.start) - 1
            if i < 0 or m.end > regions[i][1]:
                continue  # site chrome
        out.append(m)
    # A mention nested in a longer one gives way to it.
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


# ------------------------------------------------------------- sentences

def _sentence_events(article, sent, mentions, names, ctx, cut: int = 0) -> list[Event]:
    text = sent.text
    # "up from 735 last year": a figure compared with, not an event of that date.
    kept, dropped_end = [], None
    for m in mentions:
        rel_start = m.start - sent.start
        # A mention right after a dropped one continues it ("since June last year").
        follows = dropped_end is not None and not text[dropped_end:rel_start].strip()
        if follows or _COMPARISON.search(text[:rel_start]) or _baseline(article, m, text, rel_start):
            dropped_end = m.end - sent.start
        else:
            kept.append(m)
    mentions = kept
    # "now", "currently": only when the sentence has no real date.
    if any(not m.value.endswith("_REF") for m in mentions):
        mentions = [m for m in mentions if not m.value.endswith("_REF")]
    distinct: list[Mention] = []
    seen = set()
    for m in mentions:
        key = (m.first, m.last)
        if key not in seen:
            seen.add(key)
            distinct.append(m)
    if not distinct or _is_question(sent.text):
        return []
    text = sent.text
    rel = {id(m): (m.start - sent.start, m.end - sent.start) for m in distinct}
    # The dash of a dateline ("TOULOUSE, France — ") opens no aside.
    detachables = [d for d in _detachables(text) if d[0] >= cut]
    modifiers = {id(m) for m in distinct if _is_modifier(text, *rel[id(m)], sent.heading)}
    # "forecast third-quarter revenue ... on Wednesday": a period naming what a
    # figure is of, in the very clause a more precise date dates, is part of
    # that event, not one of its own.
    distinct = [m for m in distinct if not (
        (id(m) in modifiers or _hyphen_attributive(text, *rel[id(m)]))
        and _within_dated_clause(text, m, distinct, modifiers, rel))]
    # Parts of the sentence that belong to another date's detachable part.
    owned = []
    for m in distinct:
        if id(m) in modifiers:
            continue
        d = _innermost(detachables, *rel[id(m)])
        if d is not None:
            owned.append((d, id(m)))
    events = []
    free = [m for m in distinct if id(m) not in modifiers and _innermost(detachables, *rel[id(m)]) is None]
    # "Airbus delivered 766 jets in 2024, the planemaker said on Thursday": the
    # day of the frame is when the fact was told, not an event of its own. A
    # plan's frame ("... will question ... next week, the chairman said
    # Tuesday") stays: the announcement is what happened.
    frames = {
        id(m): (f, _core_end(text, rel[id(m)][1])) for m in free
        if (f := _framing_day(text, *rel[id(m)], [rel[id(o)] for o in free if o is not m], cut))
        and all(_modality(article, o, text, *rel[id(o)]) == "reported" for o in free if o is not m)
    }
    framing = set(frames)
    for m in distinct:
        if id(m) in framing:
            continue
        s, e = rel[id(m)]
        if id(m) in modifiers:
            part = _modifier_part(text, s, e, names, ctx)
        else:
            d = _innermost(detachables, s, e)
            if d is not None:
                part = _detached_part(text, d, names, ctx)
            else:
                removed = [d for d, owner in owned if owner != id(m)]
                part = _main_part(text, s, e, removed, [rel[id(o)] for o in free if o is not m], cut)
        ev = _make_event(article, sent, m, part, names, ctx, len(distinct) == 1 and not detachables)
        if ev is not None and frames and part.whole:
            # The frame told no event of its own: its speaker stays with the fact.
            ev = replace(ev, actors=_dedupe(ev.actors + _frame_speakers(text, *min(frames.values()), names, ctx)))
        if ev is not None:
            events.append(ev)
            ctx.main_dated = ctx.main_dated or part.whole
    # Two dates left with one summary: one event. Coordinated dates of the
    # same precision ("in November and December 2024") span both; otherwise
    # the more precise date wins ("in 2024 ... on Nov. 5").
    best: dict[str, Event] = {}
    for ev in events:
        kept = best.get(ev.summary)
        if kept is None:
            best[ev.summary] = ev
        elif kept.precision == ev.precision and not (kept.first <= ev.first and ev.last <= kept.last):
            best[ev.summary] = _spanning(kept, ev)
        elif (ev.last - ev.first) < (kept.last - kept.first):
            best[ev.summary] = ev
    return [best.pop(ev.summary) for ev in events if ev.summary in best]


def _spanning(a: Event, b: Event) -> Event:
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
    )


def _baseline(article: Article, m: Mention, text: str, rel_start: int) -> bool:
    """A past period a figure is compared with ("ahead of last year", "from a
    year earlier", "up on the same period last year"): no event date."""
    if _FROM_BEFORE.search(text[:rel_start]):
        return bool(_RELATIVE_BASELINE.match(m.text))
    if not _BASELINE_BEFORE.search(text[:rel_start]):
        return False
    if re.match(r"(?:in|on|at|during|by|since|until|through|over|from|after|before)\s", m.text, re.IGNORECASE):
        return False  # "left the problems behind in 2023": a time, not a thing compared with
    if re.match(r"['’]s?\b", text[rel_start + len(m.text):]):
        return False  # "ahead of Thursday's vote": the date names the vote
    window = article.published_window
    ref = article.published or (window[0] if window else None)
    if ref is None:
        return bool(re.match(r"(?:last|a year|the (?:previous|prior) )", m.text, re.IGNORECASE))
    return m.last is not None and m.last < ref


def _hyphen_attributive(text: str, s: int, e: int) -> bool:
    """'third-quarter revenue', 'full-year results': a hyphenated period before a noun."""
    if not re.fullmatch(r"[A-Za-z]+-[A-Za-z]+", text[s:e]):
        return False
    after = re.match(r" ([a-z][\w-]*)", text[e:])
    return bool(after) and after.group(1) not in NP_STOP_WORDS and after.group(1) not in _NOT_NOUNS


def _within_dated_clause(text, m, distinct, modifiers, rel) -> bool:
    s, e = rel[id(m)]
    for o in distinct:
        if o is m or id(o) in modifiers or (o.last - o.first) >= (m.last - m.first):
            continue
        os, oe = rel[id(o)]
        between = text[min(e, oe):max(s, os)]
        if not _CLAUSE_MARK.search(between):
            return True
    return False


def _detachables(text: str) -> list[tuple[int, int, int]]:
    """Relative clauses, parentheses and dash asides as (start, end, body_start).

    `start` includes a leading comma; `body_start` is where the clause's own
    words begin (the relative pronoun).
    """
    spans = []
    for m in _RELATIVE.finditer(text):
        body = m.start(2) if m.group(2) else m.start(4)
        end = _next_boundary(text, m.end())
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


def _next_boundary(text: str, pos: int) -> int:
    m = re.compile(r",|;|\s[–—]\s|\s--\s|\)|[.!?](?=\s|$)").search(text, pos)
    return m.start() if m else len(text)


def _innermost(detachables, s, e):
    inside = [d for d in detachables if d[0] <= s and e <= d[1]]
    return min(inside, key=lambda d: d[1] - d[0]) if inside else None


def _is_modifier(text: str, s: int, e: int, heading: bool) -> bool:
    """A date used as an adjective: 'his Jan. 20 inauguration', 'the 2016 election'."""
    first_word = text[s:e].split()[0].lower() if text[s:e].split() else ""
    if first_word in DATE_PREPOSITIONS:
        return False
    after = re.match(r" ([A-Za-z][\w-]*)", text[e:])
    if not after:
        return False
    nxt = after.group(1)
    if nxt.lower() in NP_STOP_WORDS or nxt.lower() in _NOT_NOUNS or nxt.endswith("ly"):
        return False
    if nxt[0].isupper() and not heading:
        return False
    before = text[:s].split()[-2:]
    if any(w.lower() in DETERMINERS or w.endswith(("'s", "’s", "s'", "s’")) for w in before):
        return True
    # "a rise in fourth-quarter deliveries": a preposition, then date + noun.
    return bool(before) and before[-1].lower() in _NP_PREPOSITIONS


def _modifier_part(text, s, e, names, ctx) -> _Part:
    words_before = list(re.finditer(r"[\w’'.-]+", text[:s]))[-2:]
    start = s
    prefix = ""
    for w in words_before:
        token = w.group()
        if token.lower() in DETERMINERS or token.endswith(("'s", "’s", "s'", "s’")):
            start = w.start()
            break
    token = text[start:].split()[0]
    if start == s:
        # No owner named: the clause it stands in says what it is about
        # ("the Brazilian planemaker reported a rise in fourth-quarter deliveries").
        for mark in _CLAUSE_MARK.finditer(text, 0, s):
            start = mark.end()
        if start == s:
            start = 0
    elif token.lower() in ("his", "her", "their", "its"):
        owner = _antecedent(text, start, names, ctx)
        if owner:
            prefix = owner + "’s "
            start = start + len(token) + 1
    elif token.endswith(("'s", "’s")):
        for ns, ne, _ in names:
            if ns <= start < ne + 2:
                start = ns
    elif token.lower() == "the":
        # "Russia's interference in the 2016 election": keep what it is of.
        m = re.search(r"([\w’'.-]+(?:['’]s)?(?:\s[\w-]+){0,2})\s(?:in|of|during|for|over|on)\s$", text[:start])
        if m and re.search(r"['’]s\b", m.group(1)):
            start = m.start(1)
    end = e
    count = 0
    for w in re.finditer(r"\s((?:[A-Z]\.)+|[\w-]+)", text[e:]):
        word = w.group(1)
        if w.start() != (end - e) or count >= 3:
            break
        if word.lower() in NP_STOP_WORDS or word.lower() in _NOT_NOUNS or word.endswith(("ed", "ly")) and count:
            break
        end = e + w.end()
        count += 1
    return _Part(((start, end),), prefix=prefix, detached=True)


def _detached_part(text, d, names, ctx=None) -> _Part:
    start, end, body = d
    if text[start] in "([" or text[start:start + 3].strip() in ("–", "—", "--"):
        return _Part(((body, end),), detached=True)
    prefix = ""
    if text[body:body + 5] == "where":
        # "..., where it has been since July 2023": the whole clause is the place.
        ante = max((m.end() for m in re.finditer(r"[;:]\s|,\s", text[:start])), default=0)
    else:
        ante = _relative_antecedent(text, start, names)
        if re.fullmatch(r"[\d\s,.]+", text[ante:start]):
            # "its goal of 820 deliveries in 2025, which it announced in January":
            # the clause is about the noun phrase, not the year closing it.
            for w in reversed(list(re.finditer(r"[\w’'.-]+", text[:ante]))[-9:]):
                if re.search(r"[,;:()“”\"]", text[w.end():ante]):
                    break
                token = w.group()
                if token.lower() in DETERMINERS or token.endswith(("'s", "’s")):
                    ante = w.start()
                    break
            token = text[ante:].split()[0] if text[ante:].split() else ""
            owner = _organisation_before(text, ante, names, ctx) if token.lower() == "its" and ctx else None
            if owner:
                prefix = owner + "’s "
                ante += len(token) + 1
    return _Part(((ante, end),), prefix=prefix, detached=True)


def _organisation_before(text, pos, names, ctx) -> str | None:
    """The organisation 'its' at `pos` stands for: 'the planemaker' or an
    organisation named before it in the sentence."""
    found = None
    for nominal in _NOMINAL.finditer(text, 0, pos):
        found = _nominal_antecedent(nominal.group(1), ctx, names, nominal.start(), text) or found
    if found:
        return found
    orgs = [n for ns, ne, n in names if ne <= pos and _is_org(n, ctx)]
    return orgs[-1] if orgs else None


_ARRANGEMENT_BEFORE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(n) for n in ARRANGEMENT_NOUNS), key=len, reverse=True)) + r")"
    r"\s+(?:with|between|among|of|against|involving)\s+(?:(?:the|its|his|her|their|rival|partner)\s+)?$",
    re.IGNORECASE,
)


def _relative_antecedent(text: str, comma: int, names) -> int:
    """Start of the noun phrase a relative clause hangs on."""
    if text[comma] == ",":
        for ns, ne, _ in names:
            if ne <= comma and text[ne:comma].strip(" ’'s") == "":
                # "its partnership with MSC, which ended in January": the
                # arrangement ended, not the company named in it.
                head = _ARRANGEMENT_BEFORE.search(text, 0, ns)
                if head and re.match(r",\s+(?:which|that)\b", text[comma:]):
                    return _relative_antecedent(text, head.end(1), ())
                return ns
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
        start = w.start()
        if word.lower() in DETERMINERS:
            break
        if word.endswith(("'s", "’s")):
            # "Maersk's earlier partnership", "the company's deal": the owner opens it.
            if k > 0 and words[k - 1].group().lower() in DETERMINERS and not text[words[k - 1].end():w.start()].strip():
                start = words[k - 1].start()
            break
    # An appositive after a name: "Boris Bondarev, a former diplomat who ...".
    m = re.search(r"([A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*),\s$", text[:start])
    if m:
        start = m.start(1)
    return start


def _main_part(text, s, e, removed, other_dates, cut: int = 0) -> _Part:
    """The sentence (after any dateline) minus other dates' parts, cut at
    coordination if other dates remain in it."""
    lo, hi = cut, len(text)
    split = None
    if other_dates:
        cuts = [cut] + [c.end() for c in _COORDINATION.finditer(text, cut)]
        ends = [c.start() for c in _COORDINATION.finditer(text, cut)] + [len(text)]
        for seg_start, seg_end in zip(cuts, ends):
            if seg_start <= s and e <= seg_end:
                # Only cut if the other dates really lie outside this segment.
                inside = [(os, oe) for os, oe in other_dates if seg_start <= os and oe <= seg_end]
                if not inside:
                    lo, hi = seg_start, seg_end
                else:
                    split = _split_clause(text, seg_start, seg_end, s, e, inside)
                break
    if split and len(split) > 1:
        return _Part(split, whole=True)
    if split:
        lo, hi = split[0]
    if lo > cut:
        # "..., while the Fed meets on June 17": the part opens with its own subject.
        conj = re.match(r"(?:and|but|while|whereas|although|though|yet)\s+(?=\S)", text[lo:])
        if conj:
            lo += conj.end()
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
    return _Part(tuple(p for p in pieces if p[1] > p[0]), whole=True)


_FRAME_GAP = re.compile(r"\s*(?:(?:in|at)\s+(?:a|an|its|the|their)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:on|in|at|during)?\s*")


def _frame_speakers(text, frame_start, frame_end, names, ctx) -> tuple[str, ...]:
    """Who speaks in a trailing frame (up to an adjunct after it: ", hit by
    weak demand in China"): its names, "the company"'s organisation."""
    out = [n for ns, _, n in names if frame_start <= ns < frame_end]
    for nominal in _NOMINAL.finditer(text, frame_start, frame_end):
        org = _nominal_antecedent(nominal.group(1), ctx, names, nominal.start(), text)
        if org:
            out.append(org)
    out.extend(_titled_antecedents(text[frame_start:frame_end], ctx))
    return tuple(out)


def _framing_day(text, s, e, others, cut: int = 0) -> int:
    """Where the trailing reporting frame starts when the date is its day
    (", the company said on Thursday", ", it said in a statement on Monday")
    after a fact that carries its own dates and the frame holds no other
    date; else 0."""
    if not others:
        return 0
    quotes = _quote_spans(text)
    for v in _REPORTING.finditer(text, cut):
        if any(a <= v.start() < b for a, b in quotes):
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


_SUBORDINATOR = re.compile(r"(?:,\s+|\s+)(?:after|before|following|when|because|until|since|while|as)\s+")
_VP_AND = re.compile(r"\s+(?:and|but)\s+(?=(?:has|have|had|is|was|will|would|also|later|then)\b|[a-z]{3,}ed\b)")
_FINITE = re.compile(r"\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|said|says|met|won|lost|cut|set|rose|fell|held|made|took|gave|began|left)\b")


def _split_clause(text, lo, hi, s, e, others) -> tuple[tuple[int, int], ...] | None:
    """Within one clause holding several dates, the pieces that are the date's
    own, so that no two dates share one summary: the reported fact of a
    trailing reporting frame ("Airbus delivered 766 jets in 2024, the
    planemaker said on Thursday"); the statement without the day it was made
    ("Boeing said on Tuesday it would cut jobs this year" -> "Boeing said it
    would cut jobs this year"); either side of a subordinate clause with its
    own verb ("... last year after the FAA capped production in January
    2024"). None when the date governs the whole (the saying itself)."""

    def free_of_others(a: int, b: int) -> bool:
        return a <= s and e <= b and not any(a <= os < b for os, _ in others)

    quotes = _quote_spans(text)
    for v in _REPORTING.finditer(text, lo, hi):
        if any(a <= v.start() < b for a, b in quotes):
            continue
        trailing = re.search(r",\s+(?:[\w.’'&-]+\s+){0,6}$", text[lo:v.start()])
        # "In December, VW agreed ...": a fronted date is no reported fact of a frame.
        fronted = trailing and not text[e:lo + trailing.start()].strip(" ,") and re.fullmatch(
            r"\s*(?:(?:in|on|at|by|during|early|late|last|this)\s+)*", text[lo:s], re.IGNORECASE)
        if trailing and trailing.start() > 0 and not fronted:
            frame_start = lo + trailing.start()
            if free_of_others(lo, frame_start):
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
    # "Airbus opened a line in 2023 and has said it wants ... by 2027": two
    # verb phrases of one subject, each with its date; the second keeps the subject.
    for conj in _VP_AND.finditer(text, lo, hi):
        subject = re.match(r"(?:[A-Z][\w’'.&-]*\s+){1,4}(?=[a-z])", text[lo:conj.start()])
        if not subject:
            break
        if free_of_others(lo, conj.start()) and all(conj.end() <= os < hi for os, _ in others):
            return ((lo, conj.start()),)
        if free_of_others(conj.end(), hi) and all(lo <= os < conj.start() for os, _ in others):
            return ((lo, lo + subject.end()), (conj.end(), hi))
    for sub in _SUBORDINATOR.finditer(text, lo, hi):
        body = sub.end()
        if body in (os for os, _ in others) or body == s:
            continue  # "after April 2": the date itself, not a clause
        end = min(_next_boundary(text, body), hi)
        if not _FINITE.search(text, body, end):
            continue
        if free_of_others(body, end):
            return ((body, end),)
        if free_of_others(lo, sub.start()) and all(body <= os < end for os, _ in others):
            return ((lo, sub.start()),)
    return None


# ------------------------------------------------------------- building events

def _make_event(article, sent, m, part, names, ctx, sole) -> Event | None:
    text = sent.text
    summary_raw = part.prefix + " ".join(text[a:b].strip() for a, b in part.pieces)
    actors = []
    span_lo = min(a for a, _ in part.pieces)
    span_hi = max(b for _, b in part.pieces)
    limit = _core_end(text, m.end - sent.start) if part.whole else len(text)
    # "Porsche, in which Volkswagen holds a stake, cut its forecast": an aside
    # without the date says who the subject is, not who acted.
    asides = [
        (a.start(), a.end()) for a in _ASIDE.finditer(text)
        if not a.start() <= m.start - sent.start < a.end()
    ] if part.whole else []
    for ns, ne, name in names:
        if ns >= limit or _RIVAL_BEFORE.search(text, 0, ns) and ns > span_lo:
            continue  # "..., citing demand for Nvidia's chips"; "ahead of rival Boeing"
        if any(a <= ns < b for a, b in asides):
            continue
        if (sole and part.whole) or any(a <= ns and ne <= b for a, b in part.pieces):
            actors.append(name)
    if part.prefix:
        actors.insert(0, part.prefix[:-3].strip())
    summary, pronoun_actor = _resolve_pronoun(summary_raw, text, span_lo, names, ctx)
    if pronoun_actor:
        actors.append(pronoun_actor)
    if not part.detached:
        # The speaker of this part: a reporting verb of another part is not its own.
        frame_lo = span_lo if span_lo > 0 and not part.prefix else 0
        speaker = _speaker(text[:limit], [n for n in names if frame_lo <= n[0] and n[1] <= limit], ctx)
        if speaker:
            actors.append(speaker)
        elif _bare_quote(text) and ctx.last_speaker:
            # A quotation continuing the previous sentence's speaker.
            actors.append(ctx.last_speaker)
            summary = f"{ctx.last_speaker}: {summary}"
    for nominal in _NOMINAL.finditer(text[span_lo:span_hi]):
        org = _nominal_antecedent(nominal.group(1), ctx, names, span_lo + nominal.start(), text)
        if org:
            actors.append(org)
    actors.extend(_titled_antecedents(text[span_lo:span_hi], ctx))
    if ctx.spokes_org and _THE_SPOKESPERSON.search(text, 0, limit if part.whole else len(text)):
        actors.append(ctx.spokes_org)  # "..., the spokesperson said": the one of the organisation named with it
    modality = _modality(article, m, text, m.start - sent.start, m.end - sent.start, (span_lo, span_hi) if part.detached else None)
    summary = _trim(summary)
    if not re.search(r"[^\W\d_]", summary):
        summary = _trim(text)  # nothing readable left of the part: the sentence
        if not re.search(r"[^\W\d_]", summary):
            return None  # no words at all: no statement
    return Event(
        value=m.value,
        first=m.first,
        last=m.last,
        precision=m.precision or _precision_of(m.first, m.last),
        summary=summary,
        actors=_dedupe(actors),
        modality=modality,
        citation=Citation(file=article.path, line=sent.line, quote=sent.text, start=sent.start, expression=m.text),
    )


def _core_end(text: str, date_end: int) -> int:
    """Where the clause a date governs trails off into an adjunct whose names
    are not the event's ("..., citing demand for Nvidia's chips", "..., while
    Boeing stock was flat"): the first such boundary after the date."""
    m = _ADJUNCT.search(text, date_end)
    return m.start() if m else len(text)


def _modality(article, m, text, s, e, within=None) -> str:
    published = article.published or (article.published_window[1] if article.published_window else None)
    if (m.future and m.anchor == "publication") or (published is not None and m.first > published):
        return "expected"
    lo = 0
    for mark in _CLAUSE_MARK.finditer(text, 0, s):
        lo = mark.end()
    nxt = _CLAUSE_MARK.search(text, e)
    hi = nxt.start() if nxt else len(text)
    if _REPORTING_BEFORE.search(text[:s]) or _REPORTING_AFTER.match(text[e:]):
        # "said on Tuesday it would cut jobs": the date dates the saying; the
        # plan is what was said.
        hi = e
    if within is not None:
        lo, hi = max(lo, within[0]), min(hi, within[1])
    clause = text[lo:s] + " " + text[e:hi]
    return "expected" if _has_cue(clause) else "reported"


def _has_cue(clause: str) -> bool:
    """A modal cue in the clause; "May" mid-clause is the month, not the verb."""
    return any(c.group() != "May" or c.start() == 0 for c in _CUE.finditer(clause))


def _resolve_pronoun(summary, text, span_lo, names, ctx):
    """Replace a subject 'he'/'she' by the person it stands for, and an opening
    'It' + verb or 'Its' by the organisation that opened the previous sentence."""
    it = _IT_SUBJECT.match(summary)
    if it and span_lo == 0 and ctx.subject_org:
        return ctx.subject_org + summary[it.end(1):], ctx.subject_org
    if summary.startswith("Its ") and span_lo == 0 and ctx.subject_org:
        # "Its shares rose 2%" after a sentence opened by Airbus.
        return ctx.subject_org + "’s " + summary[4:], ctx.subject_org
    m = _PRONOUN_START.match(summary)
    if m is None:
        m = _ATTRIBUTION_PRONOUN.search(summary)
        if m is None:
            return summary, None
        g = 1
    else:
        g = 1
    who = _antecedent(text, span_lo + m.start(g), names, ctx)
    if not who:
        return summary, None
    return summary[:m.start(g)] + who + summary[m.end(g):], who


def _antecedent(text, pos, names, ctx) -> str | None:
    """The person a pronoun at `pos` most likely stands for."""
    quotes = _quote_spans(text)
    for ns, ne, name in names:
        if ne <= pos and not any(a <= ns < b for a, b in quotes) and _is_person(name, ctx):
            return name
    return ctx.persons[-1] if ctx.persons else None


def _is_person(name: str, ctx) -> bool:
    if _company_by_usage(name, ctx):
        return False
    return is_person_like(name) or (strip_titles(name) or name) in ctx.surnames


def _company_by_usage(name: str, ctx) -> bool:
    """"Novo Nordisk" ... "Novo has spent": people go by their surname,
    companies by their first word."""
    words = name.split()
    return len(words) == 2 and words[0] in ctx.singles and words[1] not in ctx.singles and words[0] not in PLACES


def _speaker(text, names, ctx) -> str | None:
    """Subject (or inverted subject) of a reporting verb, outside quotes."""
    quotes = _quote_spans(text)
    for verb in _REPORTING.finditer(text):
        if any(a <= verb.start() < b for a, b in quotes):
            continue
        for ns, ne, name in names:
            if any(a <= ns < b for a, b in quotes):
                continue
            between = text[ne:verb.start()]
            after = text[verb.end():ns]
            if 0 <= verb.start() - ne <= 40 and re.fullmatch(r"['’]?s?\s+(?:\w+\s+){0,2}", between or " "):
                return name
            if 0 <= ns - verb.end() <= 2 and after.strip() == "":
                return name  # "said Putin"
        m = re.search(r"\b(he|she)\s+$", text[:verb.start()])
        if m:
            return _antecedent(text, m.start(1), names, ctx)
    return None


def _nominal_antecedent(word, ctx, names, pos, text: str = "") -> str | None:
    """The organisation 'the <word>' refers back to: the first fitting one named
    earlier in this sentence, else in the nearest sentence that names one."""
    needs = NOMINAL_ANTECEDENTS.get(word)
    here = [n for ns, ne, n in _outside_brackets(names, text) if ne <= pos and _is_org(n, ctx)]
    for sentence_orgs in [here] + ctx.org_sentences[: -LOOKBACK - 1: -1]:
        # Of several in one sentence, the one the article has named most
        # ("Analysts at Jefferies expect Maersk's profit to fall" -> Maersk).
        ranked = sorted(sentence_orgs, key=lambda n: -ctx.org_counts.get(n, 0))
        for name in ranked:
            words = name.split()
            if needs is None and words[-1] not in NOT_COMPANY_HEADS:
                return name
            if needs is not None and any(w in words for w in needs):
                return name
    return None


def _is_org(name: str, ctx) -> bool:
    return (is_org_like(name) or _company_by_usage(name, ctx)) and not _is_person(name, ctx)


def _outside_brackets(names, text: str):
    """Names not standing alone in brackets: "(Reuters)" is a credit, not an actor."""
    return [(s, e, n) for s, e, n in names if not (text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")"))]


def _titled_antecedents(text: str, ctx) -> list[str]:
    """'the Russian President' -> the person last named with that title."""
    out = []
    for m in _TITLED_NOMINAL.finditer(text):
        who = ctx.titled.get(m.group(1).casefold())
        if who:
            out.append(who)
    return out


def _bare_quote(text: str) -> bool:
    """A sentence that is only a quotation: no words outside the quotes."""
    spans = _quote_spans(text)
    if not spans:
        return False
    outside, pos = [], 0
    for a, b in spans:
        outside.append(text[pos:a])
        pos = max(pos, b)
    outside.append(text[pos:])
    return not re.search(r"\w", "".join(outside))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)", text):
        spans.append((m.start(), m.end()))
    return spans


def _remember(sent, names, ctx) -> None:
    quotes = _quote_spans(sent.text)
    if not _bare_quote(sent.text):
        ctx.last_speaker = _speaker(sent.text, names, ctx)
    outside = [n for s, e, n in names if not any(a <= s < b for a, b in quotes)]
    for n in names:
        bare = strip_titles(n[2]) or n[2]
        if is_person_like(n[2]) and len(bare.split()) >= 2:
            ctx.surnames.add(bare.split()[-1])
    for n in outside:
        for title in _TITLE_WORDS:
            if n.startswith(title + " ") and strip_titles(n):
                ctx.titled[title.casefold()] = n
    persons = [n for n in outside if _is_person(n, ctx)]
    if persons:
        ctx.persons.append(persons[0])  # the subject is usually named first
    # "The company ..." / "Clerc's group ...": the organisation it refers to opens the sentence.
    opening_nominal = _OPENING_NOMINAL.match(sent.text)
    nominal_org = _nominal_antecedent(opening_nominal.group(1), ctx, [], 0, "") if opening_nominal else None
    orgs = [n for _, _, n in _outside_brackets(names, sent.text) if n in outside and _is_org(n, ctx) and n not in PLACES]
    for ns, ne, n in names:
        if n in orgs and (_SPOKES_AFTER.match(sent.text, ne) or _SPOKES_BEFORE.search(sent.text, 0, ns)):
            ctx.spokes_org = n
    if orgs:
        ctx.org_sentences.append(orgs)
        for n in orgs:
            ctx.org_counts[n] = ctx.org_counts.get(n, 0) + 1
    opening = [(s, n) for s, _, n in _outside_brackets(names, sent.text) if n in orgs]
    ctx.subject_org = opening[0][1] if opening and len(sent.text[: opening[0][0]].split()) <= 3 else nominal_org


# ------------------------------------------------------------- the lede

def _lede(article: Article, sentences: list[Sentence]) -> list[Sentence]:
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


def _lede_event(article, sent, names, ctx, extra_actors=(), cut: int = 0) -> Event | None:
    """One event for the lede: the first paragraph's sentence (or the headline
    when there is none), dated by publication, with the headline's actors."""
    window = article.published_window
    if article.published is not None or (window and window[0] == window[1]):
        first = last = article.published or window[0]
        value, precision = first.isoformat(), "day"
    elif article.published_window and article.published_window[0].strftime("%Y-%m") == article.published_window[1].strftime("%Y-%m"):
        first, last = article.published_window[0].replace(day=1), article.published_window[1]
        value, precision = first.strftime("%Y-%m"), "month"
        last = _month_end(first)
    else:
        return None
    summary, who = _resolve_pronoun(sent.text[cut:].strip(), sent.text, cut, names, ctx)
    actors = [n for _, _, n in names] + ([who] if who else []) + list(extra_actors)
    for nominal in _NOMINAL.finditer(sent.text):
        org = _nominal_antecedent(nominal.group(1), ctx, names, nominal.start(), sent.text)
        if org:
            actors.append(org)
    actors.extend(_titled_antecedents(sent.text, ctx))
    modality = "expected" if _has_cue(sent.text) else "reported"
    return Event(
        value=value,
        first=first,
        last=last,
        precision=precision,
        summary=_trim(summary),
        actors=_dedupe(actors),
        modality=modality,
        citation=Citation(file=article.path, line=sent.line, quote=sent.text, start=sent.start, expression=None),
    )


# ------------------------------------------------------------- the day's news

# "Shell said its volumes were lower", "Chief Executive Wael Sawan told
# analysts ...", "Dr. Karen Whitfield, who directs ..., said": a subject (an
# appositive allowed) and a reporting verb in the simple past.
_DAY_SAYING = re.compile(
    r"^(?![“\"‘'])(?:[^,;“”\"]{2,60}?|[^,;“”\"]{2,60}?,[^;“”\"]{2,90}?,)\s+(?<!has )(?<!have )(?<!had )"
    r"(?:said|told|added|warned|noted|confirmed|announced|reported)\s+(?!(?:in|on|last|earlier|previously)\b)"
)
# "Novo's shares rose 4.8% in Copenhagen", "Shares in Maersk ... jumped 6%".
_DAY_SHARES = re.compile(
    r"^(?:Shares (?:in|of) [^,;]{2,60}?|[^,;“”\"]{0,50}?\b(?:shares|stock))(?:,[^,;]{2,90},)?\s+"
    r"(?:rose|fell|jumped|gained|dropped|slid|slipped|climbed|surged|tumbled|sank|added|lost|edged|plunged|soared|rallied|closed|ended)\b"
)


def _day_news(article: Article, text: str) -> bool:
    """An undated sentence of a news article that plainly reports the day's
    news: a statement in the simple past ("X said ...", "X told analysts
    ...") or a move of shares ("Novo's shares rose 4.8%"). Dated by the
    publication day, which must be known to the day."""
    window = article.published_window
    if article.published is None and not (window and window[0] == window[1]):
        return False
    if _is_question(text) or _bare_quote(text) or re.match(r"(?:He|She|They|It|We|I)\s", text):
        return False  # who a pronoun is was not said here: too easily the wrong person
    return bool(_DAY_SAYING.match(text) or _DAY_SHARES.match(text))


# ------------------------------------------------------------- helpers

def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7 and text.rstrip()[-1:] not in ".!?\"”"


_DISCOURSE = re.compile(r"^(?:Later|Meanwhile|However|Moreover|Also|Still|Yet|But|And|So|Then)\b,?\s+(?=\S)")


_DATELINE = re.compile(r"^[^–—\n]{3,80}?\s[-–—]{1,2}\s+(?=\S)")
# "(Bloomberg) -- ", "(Reuters) - ": a wire credit alone opening the paragraph.
_CREDIT = re.compile(r"^\(\s*[A-Z][\w.&’' -]{0,30}\)\s*[-–—]{1,2}\s+(?=\S)")


def _dateline_end(text: str) -> int:
    """End of a dateline opening the sentence ("NEW YORK, June 13 (Reuters) - ",
    "WASHINGTON (AP) — ", or a credit alone: "(Bloomberg) -- "), else 0.

    Before the dash: capitalised words, numbers and a bracketed agency only,
    and a date or an all-capitals place among them.
    """
    credit = _CREDIT.match(text)
    if credit:
        return credit.end()
    m = _DATELINE.match(text)
    if not m:
        return 0
    head = re.sub(r"\([^)]*\)", "", m.group())
    if re.search(r"(?:^|[\s,])[a-z]", head):
        return 0  # a lower-case word: prose, not a dateline
    if not (re.search(r"\d", head) or re.search(r"\b[A-Z]{3,}\b", head)):
        return 0
    return m.end()


def _is_question(text: str) -> bool:
    return text.rstrip(" \"”’)").endswith("?")


def _trim(summary: str) -> str:
    summary = re.sub(r"<[^>]{1,40}>|\*\*|__", "", summary)  # markup left in prose
    summary = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", summary)
    summary = re.sub(r"\s+", " ", summary).strip().rstrip(",;:")
    summary = _DISCOURSE.sub("", summary)
    summary = re.sub(r"\s+([,.;:])", r"\1", summary)
    if summary[:1].islower():
        summary = summary[0].upper() + summary[1:]
    if len(summary) <= MAX_SUMMARY:
        return summary
    cut = summary.rfind(" ", 0, MAX_SUMMARY - 1)
    return summary[: cut if cut > 0 else MAX_SUMMARY - 1].rstrip(",;: ") + "…"


def _dedupe(names) -> tuple[str, ...]:
    out = []
    for n in names:
        if n and n not in out:
            out.append(n)
    return tuple(out)


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def _precision_of(first: date, last: date) -> str:
    if first == last:
        return "day"
    if first.day == 1 and last == _month_end(first):
        return "month"
    if first.month == 1 and first.day == 1 and last == date(first.year, 12, 31):
        return "year"
    return "week" if (last - first).days < 7 else "month"
