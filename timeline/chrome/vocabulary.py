"""The chrome vocabulary of `timeline.lexicon.chrome`, compiled once.

Each table keeps its names: a pattern that matches can say which named entry
it was, the reason `content_and_dropped` gives for a line it drops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from timeline.lexicon import chrome as lexicon


class NamedPatterns(NamedTuple):
    """Named patterns joined into one alternation: one regex run decides, the
    parts (one per name) are only run to name a match."""

    joined: re.Pattern
    parts: tuple[tuple[str, re.Pattern], ...]

    def match(self, s: str) -> re.Match | None:
        return self.joined.match(s)

    def name(self, s: str) -> str | None:
        """The name of the first part matching `s`, when the alternation does."""
        if not self.joined.match(s):
            return None
        return next((name for name, part in self.parts if part.match(s)), "chrome pattern")


@dataclass(frozen=True)
class SiteVocabulary:
    """News-site vocabulary compiled for matching: the chrome tables (lines,
    labels, phrases, blocks, credits) and the site facts the metadata stage
    reads (publishers, reporters' roles, date orders)."""

    lines: dict[str, str]  # folded exact line -> its name
    line_patterns: NamedPatterns
    labels: NamedPatterns
    phrases: tuple[tuple[str, str | None, re.Pattern], ...]  # (name, a literal every match holds, pattern)
    phrase_max_chars: int
    block_start: NamedPatterns
    block_end: re.Pattern
    block_max_paragraphs: int
    credit: NamedPatterns  # a line that is a photo or reporting credit
    caption_credit: re.Pattern  # a caption ending in "(Reuters)"
    credit_opening: re.Pattern  # a caption of any length opening on its credit: "Photo By Jane Doe | ..."
    credit_closing: re.Pattern  # ... or closing on it: "(U.S. Air Force photo by Jane Doe)"
    reference_headings: frozenset[str]
    dangling_words: frozenset[str]
    publishers: dict[str, str]
    role_line: re.Pattern  # "Business reporter, BBC News": a byline's role
    title_prefix: re.Pattern | None
    day_first_domains: frozenset[str]
    day_first_zones: frozenset[str]
    month_first_zones: frozenset[str]
    footer_date: re.Pattern


def fold(s: str) -> str:
    """A line as the exact-line tables hold it: lower case, one space, no closing punctuation."""
    return " ".join(s.lower().split()).rstrip(".:,!?;")


_WHOLE = r"^(?:{})[\s.:,!?]*$"  # the whole line, trailing punctuation ignored
_LABEL = r"^(?:{})\s*:"  # a label and its colon opening the line


def _alternation(items, form: str = "{}") -> re.Pattern:
    return re.compile(form.format("|".join(f"(?:{item})" for item in items)), re.IGNORECASE)


def _named(pairs, form: str) -> NamedPatterns:
    """(name, regex) pairs, in order, as one alternation plus one part per name."""
    groups: dict[str, list[str]] = {}
    for name, regex in pairs:
        groups.setdefault(name, []).append(regex)
    parts = tuple((name, _alternation(items, form)) for name, items in groups.items())
    return NamedPatterns(_alternation([regex for _, regex in pairs], form), parts)


def _pairs(table: dict[str, tuple[str, ...]], escape: bool = False):
    return [(name, re.escape(s) if escape else s) for name, items in table.items() for s in items]


def _required_literal(pattern: str) -> str | None:
    """The longest run of plain words every match of `pattern` must contain.

    Only text outside groups and classes counts, and a letter made optional
    by a quantifier is dropped. None when there is no run of 3+ letters.

    >>> _required_literal(r"subscrib(?:e|ing) to (?:the |our )?.{0,60}newsletter")
    'newsletter'
    """
    runs, run, depth, i = [], "", 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            runs.append(run)
            run, i = "", i + 2
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 0 and (c.isalpha() or c in " -'"):
            nxt = pattern[i + 1] if i + 1 < len(pattern) else ""
            if nxt and nxt in "?*{":
                runs.append(run)
                run = ""
            else:
                run += c
            i += 1
            continue
        runs.append(run)
        run = ""
        i += 1
    runs.append(run)
    best = max((r.strip().lower() for r in runs), key=len, default="")
    return best if len(best) >= 3 else None


def _credit_patterns(agencies, prefixes) -> NamedPatterns:
    agency = r"\(?(?:{})(?:\s?/\s?.{{0,60}})?\)?".format("|".join(re.escape(a) for a in agencies))
    prefix = r"\(?(?:{})\b[^.!?]{{0,160}}".format("|".join(re.escape(p) for p in prefixes))
    return _named([("photo credit", agency), ("reporting credit", prefix)], r"^(?:{})$")


def _caption_credit(agencies) -> re.Pattern:
    agency = "|".join(re.escape(a) for a in agencies)
    return re.compile(rf"\((?:photo:?\s*)?(?:{agency})(?:\s?/\s?[^()\n]{{1,60}})?\)\s*$", re.IGNORECASE)


def _role_pattern(roles) -> re.Pattern:
    """A line that is a reporter's role: "Business reporter, BBC News",
    "Lecturer in Air Transport Management", "Senior correspondent"."""
    role = "|".join(re.escape(r) for r in roles)
    return re.compile(
        rf"^(?:[\w&'’-]{{1,20}} ){{0,3}}(?:{role})s?(?:\s(?:in|at|of|for|on)\s[\w&.'’ -]{{1,50}})?(?:,\s?[\w&.'’ -]{{1,40}})?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def vocabulary() -> SiteVocabulary:
    """The news-site vocabulary of `timeline.lexicon.chrome`, compiled once."""
    L = lexicon
    prefixes = "|".join(f"(?:{p})" for p in L.TITLE_PREFIXES)
    return SiteVocabulary(
        lines={fold(s): name for name, items in L.CHROME_LINES.items() for s in items},
        line_patterns=_named(L.CHROME_LINE_PATTERNS, _WHOLE),
        labels=_named(_pairs(L.CHROME_LABELS, escape=True), _LABEL),
        phrases=tuple((name, _required_literal(p), re.compile(p, re.IGNORECASE)) for name, p in L.CHROME_PHRASES),
        phrase_max_chars=L.PHRASE_MAX_CHARS,
        block_start=_named(L.BLOCK_STARTS, _WHOLE),
        block_end=_alternation(L.BLOCK_ENDS, _WHOLE),
        block_max_paragraphs=L.BLOCK_MAX_PARAGRAPHS,
        credit=_credit_patterns(L.PHOTO_AGENCIES, L.CREDIT_PREFIXES),
        caption_credit=_caption_credit(L.PHOTO_AGENCIES),
        credit_opening=re.compile(L.CAPTION_CREDIT_OPENING, re.IGNORECASE),
        credit_closing=re.compile(L.CAPTION_CREDIT_CLOSING, re.IGNORECASE),
        reference_headings=frozenset(fold(s) for s in L.REFERENCE_HEADINGS),
        dangling_words=L.DANGLING_WORDS,
        publishers={k.lower(): v for k, v in L.PUBLISHERS.items()},
        role_line=_role_pattern(L.AUTHOR_ROLES),
        title_prefix=re.compile(rf"^(?:{prefixes})\s*") if L.TITLE_PREFIXES else None,
        day_first_domains=L.DAY_FIRST_DOMAINS,
        day_first_zones=L.DAY_FIRST_ZONES,
        month_first_zones=L.MONTH_FIRST_ZONES,
        footer_date=_alternation(L.FOOTER_DATE_PHRASES),
    )
