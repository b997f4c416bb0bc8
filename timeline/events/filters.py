"""Which date mentions can date an event.

In the article: only mentions with a calendar interval, inside its prose
(not site chrome), not a plan's horizon looking forward from publication,
and the longest of nested ones (`usable_mentions`). In a sentence: not the
date of a dateline (`timeline.text.datelines.prose_start`), of a compared figure or a baseline
(`not_compared`), a bound a negation sets ("not ... before November",
`not_negated_bounds`), "now" beside a real date or of a state (`real_dates`), one mention per
distinct interval (`one_per_interval`), and not a period naming what a
figure is of in a clause a more precise date dates (`without_figure_periods`).
A sentence of press logistics (`logistics`: contact details, instructions to
the press, accreditation, a broadcast notice, what a picture on the page
shows, a transcript's sound-bite time code, a broadcast script's hand-off
to its reporter) dates nothing: it tells how to follow an event or what the
page shows, not what happened.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from timeline.events.reading import Dated
from timeline.events.text import CLAUSE_MARK, SAYING_VERB, simple_past
from timeline.lexicon.logistics import LOGISTICS_SENTENCES
from timeline.lexicon.events import NOT_NOUNS, NP_STOP_WORDS
from timeline.model import Article, Mention, Sentence

_FORWARD_SPAN = re.compile(r"\b(?:next|coming)\b", re.IGNORECASE)
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


# ------------------------------------------------------------- in the article

def usable_mentions(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The mentions that can date an event, in text order; of nested ones the longest."""
    regions = sorted(article.content)
    starts = [a for a, _ in regions]
    out = []
    for m in mentions:
        if m.first is None or m.last is None:
            continue  # no interval: "two months", an unresolved weekday
        if _plan_horizon(article, m):
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


def _plan_horizon(article: Article, m: Mention) -> bool:
    """A span looking forward from the reference day: "over the next twelve months"."""
    if not (m.type == "DURATION" and m.last > m.first and _FORWARD_SPAN.search(m.text)):
        return False
    start = article.reference.earliest
    if start is None:
        return False
    # From the publication day itself, or from anywhere in an inferred window.
    return m.first == start if article.published is not None else m.first >= start



# ------------------------------------------------------------- in a sentence

_LOGISTICS = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in LOGISTICS_SENTENCES)


def logistics(text: str) -> str | None:
    """The name of the press-logistics rule the sentence matches, else None.

    >>> logistics("Reporters interested in a one-on-one interview must contact the Johnson newsroom by 11:30 a.m. Tuesday.")
    'instructions to the press'
    >>> logistics("Rescuers have been drilling into the mine since Sunday.") is None
    True
    """
    for name, pattern in _LOGISTICS:
        if pattern.search(text):
            return name
    return None


def not_compared(article: Article, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Without the dates of a compared figure ("up from 735 last year") or a
    baseline ("ahead of last year"); a mention right after a dropped one
    continues it ("since June last year")."""
    text = sent.text
    kept, dropped_end = [], None
    for m in mentions:
        rel_start = m.start - sent.start
        follows = dropped_end is not None and not text[dropped_end:rel_start].strip()
        if follows or _COMPARISON.search(text[:rel_start]) or _baseline(article, m, text, rel_start):
            dropped_end = m.end - sent.start
        else:
            kept.append(m)
    return kept


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
    ref = article.reference.earliest
    if ref is None:
        return bool(re.match(r"(?:last|a year|the (?:previous|prior) )", m.text, re.IGNORECASE))
    return m.last is not None and m.last < ref


_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
_BEFORE_END = re.compile(r"\bbefore\s+$", re.IGNORECASE)


def not_negated_bounds(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Without a date that a negation makes a bound ("they do not expect the
    tunnel to be completed before November", "not before 2027"): nothing
    happens then - only not earlier. ("not ... until January" is kept: it
    happens in January.)"""
    kept = []
    for m in mentions:
        pos = m.start - offset
        bound = _BEFORE_END.search(text, 0, pos)
        at = bound.start() if bound else pos if re.match(r"before\s", m.text, re.IGNORECASE) else None
        if at is None:
            kept.append(m)
            continue
        lo = max((c.end() for c in CLAUSE_MARK.finditer(text, 0, at)), default=0)
        if _NEGATION.search(text, lo, at):
            continue
        kept.append(m)
    return kept


def real_dates(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """"now", "currently", "right now", "at the moment" (PRESENT_REF) date
    no event. Beside a real date they give way to it. Alone, told in a report
    (`reported_now`: "Mr. Ban says, right now, the first priority is ...",
    "Jobs announced an updated MacBook Air series of laptops, on sale now")
    they make the sentence the day's news, dated as the story's day
    (`extract._day_news_kind`). Otherwise they say that a state holds as of
    writing ("There are now two models", "Until now, contact has been
    through notes", "\"That's the best I've got right now,\" he said"), not
    when anything happened (`lede.day_news` may still read the sentence as
    the day's news by its verb)."""
    real = [m for m in mentions if not m.value.endswith("_REF")]
    return real or [m for m in mentions if m.value != "PRESENT_REF"]


def reported_now(text: str, offset: int, mentions: list[Mention]) -> bool:
    """A present reference alone among the sentence's dates, told in a
    report (`_reported_now`): the present is that of the day's report."""
    return not any(not m.value.endswith("_REF") for m in mentions) and any(
        m.value == "PRESENT_REF" and _reported_now(text, m.start - offset) for m in mentions)


def _reported_now(text: str, pos: int) -> bool:
    """Words before `pos`, outside quotations and relative clauses, holding a
    verb of saying or a simple past: the present is that of a report, not of
    a state ("The company, which started as a garage shop, now employs ..."
    is a state). A sentence that closes a quotation it never opened
    ("That's the best I've got right now," he said.) starts inside it."""
    before, quoted = [], _opens_inside_quotation(text)
    for ch in text[:pos]:
        if ch == '"':
            quoted = not quoted
        elif ch in "“”":
            quoted = ch == "“"
        elif not quoted:
            before.append(ch)
    words = re.findall(r"[A-Za-z][\w’'-]*", _RELATIVE_CLAUSE.sub(" ", "".join(before)))
    return bool(SAYING_VERB.search(" ".join(words))) or any(simple_past(w.lower()) for w in words)


_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*,")


def _opens_inside_quotation(text: str) -> bool:
    curly = re.search(r"[“”]", text)
    if curly:
        return curly.group() == "”"
    return text.count('"') % 2 == 1 and not text.lstrip().startswith('"')



def one_per_interval(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each distinct calendar interval."""
    distinct: list[Mention] = []
    seen = set()
    for m in mentions:
        key = (m.first, m.last)
        if key not in seen:
            seen.add(key)
            distinct.append(m)
    return distinct


def without_figure_periods(text: str, dated: list[Dated]) -> list[Dated]:
    """"forecast third-quarter revenue ... on Wednesday": a period naming what a
    figure is of, in the very clause a more precise date dates, is part of
    that event, not one of its own."""
    return [d for d in dated if not (
        (d.modifier or _hyphen_attributive(text, d.start, d.end)) and _within_dated_clause(text, d, dated))]


def _hyphen_attributive(text: str, s: int, e: int) -> bool:
    """'third-quarter revenue', 'full-year results': a hyphenated period before a noun."""
    if not re.fullmatch(r"(?<![A-Za-z])[A-Za-z]+-[A-Za-z]+", text[s:e]):
        return False
    after = re.match(r" ([a-z][\w-]*)", text[e:])
    return bool(after) and after.group(1) not in NP_STOP_WORDS and after.group(1) not in NOT_NOUNS


def _within_dated_clause(text: str, d: Dated, dated: list[Dated]) -> bool:
    """A more precise date, not a modifier, in the same clause as `d`."""
    m = d.mention
    for o in dated:
        if o is d or o.modifier or (o.mention.last - o.mention.first) >= (m.last - m.first):
            continue
        between = text[min(d.end, o.end):max(d.start, o.start)]
        if not CLAUSE_MARK.search(between):
            return True
    return False
