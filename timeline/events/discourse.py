"""What earlier sentences named: the person a "he" stands for, the
organisation of "the company" / "It" / "the spokesperson", the product of
"the phone" / "the store" and the index of "the index", the person of
"the Russian President", the speaker of a bare quotation.

`Discourse` is a value: `remember` returns the one for the next sentence,
nothing changes it in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping, Sequence

from timeline.actors import strip_titles
from timeline.actors.kinds import Usage, is_geographic, is_index_like, is_org, is_person, is_product_like, with_surnames
from timeline.events.text import SAYING_VERB, Name, bare_quote, in_spans, quote_spans
from timeline.lexicon.events import OPENING_PREPOSITIONS, SAYING_AUXILIARIES, TITLE_WORDS, VERB_ADVERBS
from timeline.lexicon.people import NON_COMPANY_HEAD_WORDS, NOUNS_FOR_AN_EARLIER_ORGANISATION, PLACE_NAMES
from timeline.lexicon.products import NOUNS_FOR_AN_EARLIER_PRODUCT

LOOKBACK = 20  # sentences searched back for the organisation "the company" refers to

_NOMINALS = "|".join(sorted({*NOUNS_FOR_AN_EARLIER_ORGANISATION, *NOUNS_FOR_AN_EARLIER_PRODUCT}, key=len, reverse=True))
# "the company", "the German planemaker": an organisation named before; "the phone", "the index": a product.
NOMINAL = re.compile(r"\b[Tt]he (?:[\w.-]+ ){0,3}?(" + _NOMINALS + r")(?:['’]s)?\b")
_OPENING_NOMINAL = re.compile(r"^(?:The|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(" + _NOMINALS + r")\b")
_TITLED_NOMINAL = re.compile(
    r"\b[Tt]he (?:[A-Z][a-z]+(?:ian|an|ese|ish|ch) )?(" + "|".join(TITLE_WORDS) + r")\b(?! of\b| [A-Z])"
)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|becomes?|became|remains?|remained)\s+(?:\w+ly\s+|still\s+|now\s+)?$")
# "It ...", "The phone ...", "The new device ...": a sentence going on about the product before.
PRODUCT_OPENING = re.compile(r"^(?:It\b|The\s+(?:[a-z-]+\s+)?(?:" + "|".join(
    w for w, needs in NOUNS_FOR_AN_EARLIER_PRODUCT.items() if needs is None) + r")\b)")
_IT_SUBJECT = re.compile(r"^(It)\s+(?!is\b|was\b|'s\b|’s\b|seems\b|remains\b|appears\b)[a-z]+")
_PRONOUN_START = re.compile(r"^(He|She)\b")
_ATTRIBUTION_PRONOUN = re.compile(r"[,.!?]?(?:(?<!\s)\s+)?[”\"’]\s*(he|she)\s+(?=\w+)")
_SPOKES = r"spokes(?:person|man|woman)"
_SPOKES_AFTER = re.compile(r"['’]?s?(?<!\s)\s+" + _SPOKES + r"\b")  # "A VW spokesperson"
_SPOKES_BEFORE = re.compile(r"\b" + _SPOKES + r"\s+(?:for|at|of)\s+(?:the\s+)?$")  # "a spokesman for VW"
THE_SPOKESPERSON = re.compile(r"\b[Tt]he\s+" + _SPOKES + r"\b")
_EMPTY: Mapping = MappingProxyType({})
# Between a speaker's name and the verb of saying: adverbs and auxiliaries
# ("Allen also said", "Obama has said"), not a noun the name modifies ("the
# Gulf of Mexico oil spill said", "The NOAA administrator said": the speaker
# is someone else).
_UP_TO_TWO_ADVERBS = r"(?:(?:" + "|".join(sorted(VERB_ADVERBS | SAYING_AUXILIARIES)) + r")\s+){0,2}"
_BEFORE_SAYING = re.compile(r"['’]?s?\s+" + _UP_TO_TWO_ADVERBS)
# "he said", "He said": a pronoun right before the verb (adverbs allowed).
_SPEAKER_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\s+" + _UP_TO_TWO_ADVERBS + r"$")
# An inverted speaker follows a quotation or a comma ("...,” said Putin").
_INVERSION = re.compile(r"[,”\"’]\s*$")


@dataclass(frozen=True)
class Discourse:
    """What the sentences before the current one named."""

    usage: Usage = field(default_factory=Usage)  # how the article uses names (person or company)
    person: str | None = None  # the person last named first in a sentence (its subject, usually); None after an unnamed speaker
    speaker: str | None = None  # the speaker of the previous sentence, for a bare quotation
    subject_org: str | None = None  # the organisation opening the previous sentence, for "It"/"Its"
    subject_product: str | None = None  # the product the sentences before opened with, while "It"/"The phone" go on
    spokes_org: str | None = None  # the organisation of the last "VW spokesperson" / "a spokesman for VW"
    orgs: tuple[tuple[str, ...], ...] = ()  # organisations named, per sentence naming any, the last LOOKBACK
    org_counts: Mapping[str, int] = field(default_factory=lambda: _EMPTY)  # times each organisation was named so far
    titled: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # "president" -> the last "President X"
    described: Mapping[str, str] = field(default_factory=lambda: _EMPTY)  # "agency" -> "NASA" of "the space agency NASA"


def resolve_pronoun(summary: str, text: str, span_lo: int, names, d: Discourse) -> tuple[str, str | None]:
    """Replace a subject 'he'/'she' by the person it stands for, and an opening
    'It' + verb or 'Its' by the organisation that opened the previous sentence.
    Returns the summary and whom the pronoun was resolved to (or None)."""
    it = _IT_SUBJECT.match(summary)
    if it and span_lo == 0 and (d.subject_org or d.subject_product):
        who = d.subject_org or d.subject_product
        return who + summary[it.end(1):], who
    if summary.startswith("Its ") and span_lo == 0 and d.subject_org:
        # "Its shares rose 2%" after a sentence opened by Airbus.
        return d.subject_org + "’s " + summary[4:], d.subject_org
    m = _PRONOUN_START.match(summary) or _ATTRIBUTION_PRONOUN.search(summary)
    if m is None:
        return summary, None
    who = antecedent(text, span_lo + m.start(1), names, d)
    if not who:
        return summary, None
    return summary[:m.start(1)] + who + summary[m.end(1):], who


_SUBJECT_PRONOUN = re.compile(r"\b(he|she)\s+(?=[a-z])")


def pronoun_actors(text: str, lo: int, hi: int, names, d: Discourse) -> list[str]:
    """The persons a subject "he"/"she" inside text[lo:hi], outside quotes,
    stands for ("In 1986 he bought Pixar", "... and he founded NeXT")."""
    quotes = quote_spans(text)
    out = []
    for m in _SUBJECT_PRONOUN.finditer(text, lo, hi):
        who = None if in_spans(m.start(), quotes) else antecedent(text, m.start(), names, d)
        if who and who not in out:
            out.append(who)
    return out


def antecedent(text: str, pos: int, names, d: Discourse) -> str | None:
    """The person a pronoun at `pos` most likely stands for: the first person
    named before it in the sentence outside quotes, else the last one before."""
    quotes = quote_spans(text)
    for ns, ne, name in names:
        if ne <= pos and not in_spans(ns, quotes) and is_person(name, d.usage):
            return name
    return d.person


def speaker(text: str, names, d: Discourse) -> str | None:
    """Subject (or inverted subject) of a verb of saying, outside quotes."""
    quotes = quote_spans(text)
    for verb in SAYING_VERB.finditer(text):
        if in_spans(verb.start(), quotes):
            continue
        for ns, ne, name in names:
            if in_spans(ns, quotes):
                continue
            between = text[ne:verb.start()]
            after = text[verb.end():ns]
            if 0 <= verb.start() - ne <= 40 and _BEFORE_SAYING.fullmatch(between or " "):
                return name
            if 0 <= ns - verb.end() <= 2 and after.strip() == "" and _INVERSION.search(text, 0, verb.start()):
                return name  # "..., said Putin"
        m = _SPEAKER_PRONOUN.search(text, 0, verb.start())
        if m:
            return antecedent(text, m.start(1), names, d)
    return None


def nominal_antecedent(word: str, d: Discourse, names, pos: int) -> str | None:
    """The organisation 'the <word>' refers back to: the first fitting one named
    earlier in this sentence, else in the nearest sentence that names one."""
    product = word in NOUNS_FOR_AN_EARLIER_PRODUCT
    needs = NOUNS_FOR_AN_EARLIER_PRODUCT[word] if product else NOUNS_FOR_AN_EARLIER_ORGANISATION.get(word)
    here = [n for ns, ne, n in names if ne <= pos and is_org(n, d.usage)]
    for sentence_orgs in [here, *reversed(d.orgs)]:
        # Of several in one sentence, the one the article has named most
        # ("Analysts at Jefferies expect Maersk's profit to fall" -> Maersk).
        ranked = sorted(sentence_orgs, key=lambda n: -d.org_counts.get(n, 0))
        for name in ranked:
            if is_product_like(name) != product:
                continue  # "the company" is no product, "the phone" no company
            words = name.split()
            if needs == "index":
                if is_index_like(name):
                    return name
            elif needs is None and words[-1] not in NON_COMPANY_HEAD_WORDS:
                return name
            elif needs is not None and any(w in words for w in needs):
                return name
    return d.described.get(word)  # "the agency" after "the U.S. space agency NASA"


def nominal_actors(found, offset: int, names, d: Discourse) -> list[str]:
    """The organisations that "the company", "the planemaker" (the `NOMINAL`
    matches `found`, at `offset` in the sentence) refer to; a phrase that
    names its own ("the BlackBerry mobile device") refers to nothing earlier."""
    out = []
    for nominal in found:
        lo, hi = offset + nominal.start(), offset + nominal.end()
        if any(lo < ns < hi and not (n in PLACE_NAMES or is_geographic(n)) for ns, _, n in names):
            continue  # "the BlackBerry mobile device" names its own; "the Chicago based airplane manufacturer" does not
        if nominal.group(1) in NOUNS_FOR_AN_EARLIER_PRODUCT and _COPULA_BEFORE.search(nominal.string, 0, nominal.start()):
            continue  # "BlackBerry is still the most popular smartphone": a predicate, not a reference
        org = nominal_antecedent(nominal.group(1), d, names, offset + nominal.start())
        if org:
            out.append(org)
    return out


def titled_antecedents(text: str, d: Discourse) -> list[str]:
    """'the Russian President' -> the person last named with that title."""
    out = []
    for m in _TITLED_NOMINAL.finditer(text):
        who = d.titled.get(m.group(1).casefold())
        if who:
            out.append(who)
    return out


def organisation_before(text: str, pos: int, names, d: Discourse) -> str | None:
    """The organisation 'its' at `pos` stands for: 'the planemaker' or an
    organisation named before it in the sentence."""
    found = None
    for nominal in NOMINAL.finditer(text, 0, pos):
        found = nominal_antecedent(nominal.group(1), d, names, nominal.start()) or found
    if found:
        return found
    orgs = [n for ns, ne, n in names if ne <= pos and is_org(n, d.usage)]
    return orgs[-1] if orgs else None


def remember(d: Discourse, text: str, names: Sequence[Name]) -> Discourse:
    """The discourse after a sentence: whom it named, who spoke, which
    organisation opened it. Each step reads what the ones before it left."""
    said = d.speaker if bare_quote(text) else speaker(text, names, d)
    usage = with_surnames(d.usage, names)
    quotes = quote_spans(text)
    outside = [n for s, _, n in names if not in_spans(s, quotes)]
    persons = [n for n in outside if is_person(n, usage)]
    orgs = [n for _, _, n in names if n in outside and is_org(n, usage) and n not in PLACE_NAMES]
    subject = _subject_org(text, names, orgs, d)
    return replace(
        d,
        usage=usage,
        speaker=said,
        # The subject is usually named first; after "..., one source said" a
        # "he" is that unnamed speaker, no one named before.
        person=None if said is None and _unnamed_speaker(text, names, quotes, usage) else persons[0] if persons else d.person,
        titled=_titles(d.titled, outside),
        spokes_org=_spokes_org(text, names, orgs) or d.spokes_org,
        subject_org=subject,
        subject_product=_subject_product(text, names, d),
        orgs=(d.orgs + (_subject_first(orgs, subject),))[-LOOKBACK:] if orgs else d.orgs,
        org_counts=_counted(d.org_counts, orgs),
        described=_described(d.described, text, names, orgs),
    )


def with_titles(d: Discourse, names: Sequence[str]) -> Discourse:
    """The discourse with "the President" standing for a "President X" of `names`."""
    return replace(d, titled=_titles(d.titled, list(names)))


def _unnamed_speaker(text: str, names, quotes, usage: Usage) -> bool:
    """A verb of saying outside quotes with no person named before it
    outside quotes ("..., one source said, echoing ... Trump"): its speaker
    has no name."""
    return any(
        not in_spans(v.start(), quotes)
        and not any(ne <= v.start() and not in_spans(ns, quotes) and is_person(n, usage) for ns, ne, n in names)
        for v in SAYING_VERB.finditer(text)
    )


def _titles(titled: Mapping[str, str], outside: list[str]) -> Mapping[str, str]:
    new = {title.casefold(): n for n in outside for title in TITLE_WORDS if n.startswith(title + " ") and strip_titles(n)}
    return MappingProxyType({**titled, **new}) if new else titled


def _spokes_org(text: str, names, orgs: list[str]) -> str | None:
    """The organisation of "A VW spokesperson" / "a spokesman for VW", the last one."""
    found = None
    for ns, ne, n in names:
        if n in orgs and (_SPOKES_AFTER.match(text, ne) or _SPOKES_BEFORE.search(text, 0, ns)):
            found = n
    return found


# An opening adjunct and its comma: "After years of lagging behind European rival Airbus, ".
_OPENING_ADJUNCT = re.compile(r"(?:" + "|".join(OPENING_PREPOSITIONS) + r")\b[^,;:“”\"]{1,120}?,\s+")


def _subject_org(text: str, names, orgs: list[str], d: Discourse) -> str | None:
    """The organisation opening the sentence (within its first three words),
    or the one "The company ..." / "Clerc's group ..." opening it refers to."""
    adjunct = _OPENING_ADJUNCT.match(text)  # "After years of lagging behind Airbus, Boeing says ..."
    start = adjunct.end() if adjunct else 0
    opening = [(s, n) for s, _, n in names if n in orgs and s >= start]
    if opening and len(text[start: opening[0][0]].split()) <= 3:
        return opening[0][1]
    return opening_referent(text, d)


def opening_referent(text: str, d: Discourse) -> str | None:
    """The organisation a sentence opening on "The company ..." or "Clerc's
    group ..." refers back to; None for any other opening."""
    nominal = _OPENING_NOMINAL.match(text)
    return nominal_antecedent(nominal.group(1), d, (), 0) if nominal else None


def _subject_first(orgs: list[str], subject: str | None) -> tuple[str, ...]:
    """The sentence's organisations, its subject first: of two named as often,
    "the company" after it means the subject (`nominal_antecedent`)."""
    return tuple(sorted(orgs, key=lambda n: n != subject))


def _subject_product(text: str, names, d: Discourse) -> str | None:
    """The product opening the sentence (within its first three words:
    "Structure-wise, iPhone 4 has ..."), or the one before while the
    sentence opens with "It" or "The phone" (`PRODUCT_OPENING`); else None."""
    for s, _, n in names:
        if len(text[:s].split()) <= 3 and is_product_like(n) and not is_index_like(n):
            return n
        break
    return d.subject_product if PRODUCT_OPENING.match(text) else None


# "the U.S. space agency NASA", "the carmaker Toyota": a noun of `NOMINAL` right before a name.
_DESCRIBED = re.compile(r"\b(" + _NOMINALS + r")\s+$")


def _described(described: Mapping[str, str], text: str, names, orgs: list[str]) -> Mapping[str, str]:
    """What the sentence's organisations were called right before their names
    ("the U.S. space agency NASA"): later, "the agency" is NASA though its
    name holds no "Agency"."""
    new = {m.group(1): n for ns, _, n in names if n in orgs
           for m in [_DESCRIBED.search(text, max(0, ns - 40), ns)] if m}
    return MappingProxyType({**described, **new}) if new else described


def _counted(counts: Mapping[str, int], orgs: list[str]) -> Mapping[str, int]:
    if not orgs:
        return counts
    out = dict(counts)
    for n in orgs:
        out[n] = out.get(n, 0) + 1
    return MappingProxyType(out)
