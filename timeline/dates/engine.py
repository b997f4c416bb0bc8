"""The engine: parsers find partly specified dates, refiners clean the list.

Matching and resolving are two phases (as in HeidelTime): a parser only says
what the text names (a month, a weekday, "last" + week...) in a `Hit`; the
resolver (`resolve/`) turns hits into calendar values against the
publication date, the narrative and the tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Pattern

from ..trace import explaining


@dataclass(frozen=True)
class Context:
    """What every parser may look at: the text and the reference date."""

    text: str
    published: date | None


@dataclass
class Hit:
    """A date expression as matched, before resolution.

    Components the text states are set; the others stay None (implied). The
    `kind` says how to resolve it:
      cal      calendar components, perhaps without a year ("in May", "Friday")
      shift    `n` whole `unit`s from an anchor ("yesterday", "a year later")
      ref      a ready value (PRESENT_REF, PAST_REF, FUTURE_REF)
      duration `value` is a TIMEX3 duration; `n`/`unit`/`rel` anchor an interval
      set      `value` is a recurrence
      holiday  `value` names the holiday, `year` when stated
    """

    start: int
    end: int
    rule: str
    kind: str = "cal"
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_to: int | None = None  # last day of a range under one month ("Nov. 4-6")
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # first year of the decade
    century: int | None = None  # first year of the century
    unit: str | None = None  # of a shift; "week" on a cal hit: the week holding its day
    n: float | None = None
    rel: int | None = None  # -1 last, 0 this, +1 next; None: by tense
    base: str = "publication"  # shift anchor: publication | narrative
    value: str | None = None
    mod: str | None = None
    part: str | None = None  # time of day ("MO", "AF", "EV", "NI") or clock ("20:00")
    future: bool = False  # forced forward ("by January", "in two weeks")
    fiscal: bool = False  # the year is a fiscal year ("fiscal 1990", "FY2024"): value FY1990
    small_hours: bool = False  # a weekday after "midnight", "dawn" or "early" ("shortly after midnight Wednesday")
    # year-less month range ("April to September"): (first month, last month,
    # start, end of the whole range); its members share one year choice
    months: tuple[int, int, int, int] | None = None
    priority: int = 0  # tie-break between hits of equal span
    # Under --explain: the parser and refiners that made it ("found: weekday (parsers/weekday)").
    why: tuple[str, ...] = field(default=(), compare=False)


# A parser: (name, pattern, extract, trigger words). Every match of the
# pattern contains one of the trigger words (lower case; DIGITS stands for any
# token starting or ending with a digit: "2016", "FY2016", "Q3").
Parser = tuple[str, Pattern[str], Callable[[Context, "re.Match[str]"], "Hit | list[Hit] | None"], set]
DIGITS = "#digits"

def parser_re(source: str) -> Pattern[str]:
    """Compile a parser's pattern. Every expression starts a word: saying so
    lets the regex engine skip most positions at once."""
    return re.compile(r"(?<!\w)(?:" + source + ")")


_TOKEN = re.compile(r"\w+")
# Patterns are run only in windows around their trigger words: a match starts
# at most _BACK characters before its trigger and ends at most _AHEAD after it.
_BACK = 64
_AHEAD = 72


class Engine:
    """Parsers indexed by trigger word; one tokenising pass finds where to look."""

    def __init__(self, parsers: Iterable[Parser], refiners):
        self.parsers = list(parsers)
        self.refiners = list(refiners)
        self.triggers: dict[str, list[int]] = {}
        for i, (_name, _pattern, _extract, words) in enumerate(self.parsers):
            for w in words:
                self.triggers.setdefault(w, []).append(i)
        self.digit_parsers = self.triggers.get(DIGITS, [])

    def windows(self, text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
        """Per parser, merged (start, end) windows around its trigger words."""
        found: list[list[tuple[int, int]]] = [[] for _ in self.parsers]
        get = self.triggers.get
        digits = self.digit_parsers
        for m in _TOKEN.finditer(text, start, end):
            w = m.group()
            idx = get(w.lower())
            if w[0].isdigit() or w[-1].isdigit():
                idx = digits + idx if idx else digits
            if not idx:
                continue
            a = max(start, m.start() - _BACK)
            b = min(end, m.end() + _AHEAD)
            for i in idx:
                spans = found[i]
                if spans and a <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], b)
                else:
                    spans.append((a, b))
        return found

    def run(self, ctx: Context, regions: list[tuple[int, int]]) -> list[list[Hit]]:
        """All hits, per region, each region's hits sorted and non-overlapping."""
        text = ctx.text
        out = []
        for start, end in regions:
            hits: list[Hit] = []
            for parser, spans in zip(self.parsers, self.windows(text, start, end)):
                if spans:  # most parsers have no trigger word in a region
                    hits.extend(_matches(ctx, parser, spans, start, end))
            hits = choose(hits)
            for refine in self.refiners:
                hits = refine(ctx, hits)
            out.append(hits)
        return out


def _matches(ctx: Context, parser: Parser, spans: list[tuple[int, int]], start: int, end: int) -> list[Hit]:
    """The hits of one parser in its windows of the region text[start:end]."""
    _name, pattern, extract, _w = parser
    text = ctx.text
    hits: list[Hit] = []
    seen: set[int] = set()
    for a, b in spans:
        a = _word_start(text, a, start)
        b = _word_end(text, b, end)
        for m in pattern.finditer(text, a, b):
            if m.start() in seen:
                continue
            seen.add(m.start())
            found = extract(ctx, m)
            if found is None:
                continue
            if isinstance(found, Hit):
                hits.append(found)
            else:
                hits.extend(found)
    if hits and explaining():
        where = extract.__module__.rsplit(".", 2)
        for h in hits:
            h.why = h.why + (f"found: {h.rule} ({'/'.join(where[-2:])})",)
    return hits


def _word_start(text: str, a: int, lo: int) -> int:
    """Move a window start back to a blank, so that no match begins mid-word."""
    floor = max(lo, a - 24)
    while a > floor and not text[a - 1].isspace():
        a -= 1
    return a


def _word_end(text: str, b: int, hi: int) -> int:
    """Move a window end on to a blank, so that no match ends mid-token."""
    ceil = min(hi, b + 24)
    while b < ceil and not text[b].isspace():
        b += 1
    return b


def choose(hits: list[Hit]) -> list[Hit]:
    """Refiner: among overlapping hits keep the longest (then higher priority).

    A sweep over hits sorted by start: each hit either ends before the next
    begins or competes with it, so the cost is linear after sorting.
    """
    hits = [h for h in hits if h.end > h.start]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), -h.priority))
    kept: list[Hit] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            last = kept[-1]
            if (h.end - h.start, h.priority) > (last.end - last.start, last.priority):
                kept[-1] = h
            continue
        kept.append(h)
    return kept


def prev_word(text: str, pos: int) -> str:
    """The word just before `pos` (at most 40 characters back), as written.
    A single line break is a hard wrap inside the paragraph ("1.7 percent
    in\nAugust"), a blank line is not."""
    i = pos
    lo = max(0, pos - 40)
    while i > lo and text[i - 1] in " \t\r":
        i -= 1
    if i > lo and text[i - 1] == "\n" and text[max(lo, i - 2)] != "\n":
        i -= 1
        while i > lo and text[i - 1] in " \t\r":
            i -= 1
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "'’.-"):
        j -= 1
    return text[j:i]


def next_word(text: str, pos: int) -> str:
    """The word just after `pos` (at most 40 characters on), as written;
    past one line break, as `prev_word`."""
    n = len(text)
    hi = min(n, pos + 40)
    i = pos
    while i < hi and text[i] in " \t\r":
        i += 1
    if i < hi and text[i] == "\n" and text[i + 1:i + 2] != "\n":
        i += 1
        while i < hi and text[i] in " \t\r":
            i += 1
    j = i
    while j < hi and (text[j].isalnum() or text[j] in "'’-"):
        j += 1
    return text[i:j]


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def sentence_has(text: str, start: int, end: int, words: set[str]) -> bool:
    """Does the sentence around text[start:end] (at most 200 characters each way) hold one of `words`?"""
    lo = max(0, start - 200)
    a = max(text.rfind(c, lo, start) for c in ".!?\n") + 1 or lo
    hi = min(len(text), end + 200)
    b = min([i for i in (text.find(c, end, hi) for c in ".!?\n") if i >= 0] or [hi])
    return any(w.lower() in words for w in _WORD.findall(text, a, b))


def starts_sentence(text: str, pos: int) -> bool:
    """Does text[pos] open a sentence or clause (after opening quotes)?"""
    i = pos
    while i > 0 and text[i - 1] in " \t\"'“‘(":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n:;—–-"
