"""Plain-text tests the event rules share: quotations, questions, headings, clause marks."""

from __future__ import annotations

import re
from datetime import date

from timeline.lexicon.events import NARRATIVE_PASTS, READER_IMPERATIVES, READER_OBJECTS
from timeline.lexicon.people import IRREGULAR_PAST_VERBS
from timeline.lexicon.verbs import NOT_PAST_ED, SPEAKER_VERBS

Name = tuple[int, int, str]  # a name found in a sentence: (start, end, name), offsets into its text

# Where a clause ends or begins: punctuation, a dash, a relative or subordinating word.
CLAUSE_MARK = re.compile(r"[,;:()“”\"–—]|\s-\s|\bthat\b|\bwhich\b|\bwho\b|\bbecause\b|\bwhile\b|\bafter\b|\bbefore\b")
# A verb of saying anywhere in the text ("said", "told", "according").
SAYING_VERB = re.compile(r"\b(?:" + "|".join(SPEAKER_VERBS) + r")\b")
_READER_IMPERATIVE = re.compile(r"(?:" + "|".join(READER_IMPERATIVES) + r")\s+(?:" + "|".join(READER_OBJECTS) + r")\b", re.IGNORECASE)
_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def past_form(w: str) -> bool:
    """A past form, simple past or participle: a regular "-ed" form or an
    irregular past ("became", "bought", "hit")."""
    return w in IRREGULAR_PAST_VERBS or regular_ed(w)


def simple_past(w: str) -> bool:
    """A simple past: an irregular narrative past ("took", "sank") or a regular "-ed" form."""
    return w in NARRATIVE_PASTS or regular_ed(w)


def regular_ed(w: str) -> bool:
    """A regular past or participle ("unveiled"), not a word that only ends so ("need", "speed")."""
    return len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The quotations in `text` as (start, end), an unclosed one to the end."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def ends_in_quotation(text: str, opened: bool = False) -> bool:
    """Whether a quotation is still open at the end of `text`, which starts
    inside one when `opened` (a quotation running over several sentences)."""
    for ch in text:
        if ch == '"':
            opened = not opened
        elif ch == "“":
            opened = True
        elif ch == "”":
            opened = False
    return opened


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def bare_quote(text: str) -> bool:
    """A sentence that is only a quotation: no words outside the quotes."""
    spans = quote_spans(text)
    if not spans:
        return False
    outside, pos = [], 0
    for a, b in spans:
        outside.append(text[pos:a])
        pos = max(pos, b)
    outside.append(text[pos:])
    return not re.search(r"\w", "".join(outside))


def is_question(text: str) -> bool:
    return text.rstrip(" \"”’)").endswith("?")


def addresses_reader(text: str) -> bool:
    """The sentence opens on an imperative to the page's reader ("Watch this
    timelapse ...", "See the full list ..."): its main clause tells no event."""
    return bool(_READER_IMPERATIVE.match(text.lstrip(" \"“")))


def title_case(text: str) -> bool:
    """A line in title case ("Suspected Russian Interference in the Election"): a heading."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7 and text.rstrip()[-1:] not in ".!?\"”"


def outside_brackets(names, text: str) -> list[Name]:
    """Names not standing alone in brackets: "(Reuters)" is a credit, not an actor."""
    return [(s, e, n) for s, e, n in names if not (text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")"))]


def dedupe(names) -> tuple[str, ...]:
    """The non-empty names in order, each once."""
    out = []
    for n in names:
        if n and n not in out:
            out.append(n)
    return tuple(out)


def month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def precision_of(first: date, last: date) -> str:
    """The precision an interval reads as, for a mention that gives none."""
    if first == last:
        return "day"
    if first.day == 1 and last == month_end(first):
        return "month"
    if first.month == 1 and first.day == 1 and last == date(first.year, 12, 31):
        return "year"
    return "week" if (last - first).days < 7 else "month"
