"""Stage 3: tell article prose from site chrome.

A scraped news page carries, around the article, ad and donation appeals,
"Read more" links, comment-forum and newsletter prompts, photo credits,
bylines and "Original url" footers. This module finds the paragraphs of prose
and returns them as `(start, end)` regions of the text; everything outside
them is chrome and yields no dates or events.

The vocabulary lives in `chrome.yaml`; this module only applies it. Every
pass is line by line with bounded patterns, so a 50 MB article or a 5 MB line
without a newline is handled in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import yaml

# Lines longer than this are never exact-line chrome, headings or bylines;
# skipping the markup clean-up for them keeps huge lines cheap.
SHORT_LINE = 300


class Line(NamedTuple):
    """One line of the text: `start`/`end` exclude the line break."""

    start: int
    end: int
    number: int  # 1-based


_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str, start: int = 0) -> list[Line]:
    """Lines of `text` from offset `start`; CRLF, CR and LF all end a line.

    >>> [(l.start, l.end, l.number) for l in split_lines("a\\r\\nb\\rc")]
    [(0, 1, 1), (3, 4, 2), (5, 6, 3)]
    """
    number = text.count("\n", 0, start) + text.count("\r", 0, start) - text.count("\r\n", 0, start) + 1
    lines = []
    pos = start
    for m in _BREAK.finditer(text, start):
        lines.append(Line(pos, m.start(), number))
        number += 1
        pos = m.end()
    if pos < len(text) or not lines or pos == len(text):
        lines.append(Line(pos, len(text), number))
    return lines


# --- vocabulary ------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    lines: frozenset[str]
    line_patterns: re.Pattern
    labels: re.Pattern
    phrases: tuple[tuple[str | None, re.Pattern], ...]  # (a literal every match holds, pattern)
    phrase_max_chars: int
    block_start: re.Pattern
    block_end: re.Pattern
    block_max_paragraphs: int
    credit: re.Pattern  # a line that is a photo credit
    caption_credit: re.Pattern  # a caption ending in "(Reuters)"
    reference_headings: frozenset[str]
    dangling_words: frozenset[str]
    publishers: dict[str, str]
    role_line: re.Pattern  # "Business reporter, BBC News": a byline's role
    wire_credits: dict[str, str]  # "reuters" -> "Reuters"
    title_prefix: re.Pattern | None
    day_first_domains: frozenset[str]
    day_first_zones: frozenset[str]
    month_first_zones: frozenset[str]
    footer_date: re.Pattern


def _alternation(items: list[str], *, whole: bool = False, label: bool = False) -> re.Pattern:
    body = "|".join(f"(?:{item})" for item in items)
    if whole:
        return re.compile(rf"^(?:{body})[\s.:,!?]*$", re.IGNORECASE)
    if label:
        return re.compile(rf"^(?:{body})\s*:", re.IGNORECASE)
    return re.compile(body, re.IGNORECASE)


def _required_literal(pattern: str) -> str | None:
    """The longest run of plain words every match of `pattern` must contain.

    Only text outside groups and classes counts, and a letter made optional
    by a quantifier is dropped. None when there is no run of 3+ letters.
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


def _credit_pattern(agencies: list[str], prefixes: list[str]) -> re.Pattern:
    agency = "|".join(re.escape(a) for a in agencies)
    prefix = "|".join(re.escape(p) for p in prefixes)
    return re.compile(
        rf"^(?:\(?(?:{agency})(?:\s?/\s?.{{0,60}})?\)?|\(?(?:{prefix})\b[^.!?]{{0,160}})$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The site-chrome vocabulary from `chrome.yaml`, loaded once."""
    text = resources.files("timeline").joinpath("chrome.yaml").read_text(encoding="utf-8")
    # libyaml's safe loader when PyYAML has it: it is read at every start-up (1 ms, not 8).
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return Vocabulary(
        lines=frozenset(_fold(s) for s in data["lines"]),
        line_patterns=_alternation(data["line_patterns"], whole=True),
        labels=_alternation([re.escape(s) for s in data["labels"]], label=True),
        phrases=tuple((_required_literal(p), re.compile(p, re.IGNORECASE)) for p in data["phrases"]),
        phrase_max_chars=int(data["phrase_max_chars"]),
        block_start=_alternation(data["block_start"], whole=True),
        block_end=_alternation(data["block_end"], whole=True),
        block_max_paragraphs=int(data["block_max_paragraphs"]),
        credit=_credit_pattern(data["agencies"], data["credit_prefixes"]),
        caption_credit=re.compile(
            r"\((?:photo:?\s*)?(?:" + "|".join(re.escape(a) for a in data["agencies"]) + r")(?:\s?/\s?[^()\n]{1,60})?\)\s*$",
            re.IGNORECASE,
        ),
        reference_headings=frozenset(_fold(s) for s in data["reference_headings"]),
        dangling_words=frozenset(data["dangling_words"].lower().split()),
        publishers={str(k).lower(): str(v) for k, v in data["publishers"].items()},
        role_line=_role_pattern(data["author_roles"]),
        wire_credits={str(k).lower(): str(v) for k, v in data["wire_credits"].items()},
        title_prefix=re.compile("^(?:" + "|".join(f"(?:{p})" for p in data["title_prefixes"]) + r")\s*") if data["title_prefixes"] else None,
        day_first_domains=frozenset(str(x).lower() for x in data["day_first_domains"]),
        day_first_zones=frozenset(str(x).lower() for x in data["day_first_zones"]),
        month_first_zones=frozenset(str(x).lower() for x in data["month_first_zones"]),
        footer_date=_alternation(data["footer_date_phrases"]),
    )


def _role_pattern(roles: list[str]) -> re.Pattern:
    """A line that is a reporter's role: "Business reporter, BBC News",
    "Lecturer in Air Transport Management", "Senior correspondent"."""
    role = "|".join(re.escape(r) for r in roles)
    return re.compile(
        rf"^(?:[\w&'’-]{{1,20}} ){{0,3}}(?:{role})s?(?:\s(?:in|at|of|for|on)\s[\w&.'’ -]{{1,50}})?(?:,\s?[\w&.'’ -]{{1,40}})?$",
        re.IGNORECASE,
    )


# --- markup ------------------------------------------------------------------

_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\s]{0,2000}\)")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>\n]{0,200})?/?>")
_LEAD_MARKUP = re.compile(r"^[\s#>*_|•·-]+")
_TRAIL_MARKUP = re.compile(r"[\s*_#|]+$")
_MARKUP_CHARS = "#>*_|•·-"
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*$")
# ANSI escape sequences and C0/C1 control characters (tab excepted): never
# article text, kept in `text` for exact offsets but dropped from metadata.
_CONTROL = re.compile(r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_control(s: str) -> str:
    """`s` without ANSI escape sequences and control characters."""
    return _CONTROL.sub("", s)


def plain(s: str) -> str:
    """A line as a reader sees it: Markdown/HTML markup and controls removed.

    >>> plain("#### **Related article: [Putin Says](#)**")
    'Related article: Putin Says'
    """
    # each substitution only when its trigger character is there: plain() runs
    # on every paragraph of a 50 MB article
    if not s.isprintable():
        s = strip_control(s).replace("\u00a0", " ")
    if "](" in s:
        s = _MD_LINK.sub(r"\1", s)
    if "<" in s:
        s = _HTML_TAG.sub("", s)
    s = s.strip()
    if s and s[0] in _MARKUP_CHARS:
        s = _LEAD_MARKUP.sub("", s)
    if s and s[-1] in _MARKUP_CHARS:
        s = _TRAIL_MARKUP.sub("", s)
    return s.strip()


def _fold(s: str) -> str:
    return " ".join(s.lower().split()).rstrip(".:,!?;")


# --- line kinds ----------------------------------------------------------------

_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]{1,2000}", re.IGNORECASE)
_URL_LINE = re.compile(r"^[\s<(\[-]*(?:https?://|www\.)[^\s<>]{1,2000}[\s>)\].]*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s_\-=*~#.·•]{3,}$")
_LIST_ITEM = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+")
_HEADING_MD = re.compile(r"^\s{0,3}#{1,6}\s")
# A list item that is one link and nothing else: "- [Shares open higher](#block-2)"
_LINK_ITEM = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)\s*$")
# A Markdown image alone on its line: "![A plane on the tarmac](https://...)"
_IMAGE_LINE = re.compile(r"^\s{0,3}!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)\s*$")
# A photo credit: "AP/Evan Vucci", "Evan Vucci / AP / TASS", "(Reuters)".
_CREDIT_WORD = r"[A-Z][\w.'’&-]{0,30}(?:\s[A-Z][\w.'’&-]{0,30}){0,3}"
_CREDIT = re.compile(rf"^\(?{_CREDIT_WORD}(?:\s?/\s?{_CREDIT_WORD}){{1,4}}\)?$")
# A caption ending in a bold credit: "... St. Petersburg. **Anatoly Maltsev / EPA / TASS**"
_BOLD_CREDIT_END = re.compile(r"\*\*[^*\n]{1,120}/[^*\n]{1,120}\*\*\s*$")
# What a caption adds to its image's alt text: " (Reuters)", " Photo: AP/Evan Vucci".
_CAPTION_CREDIT = re.compile(r"\s*(?:\([^()\n]{1,60}\)|(?:photo|image|credit|photograph)\s*:?.{0,60}|[|/–—-]\s*.{1,60})\s*", re.IGNORECASE)


def is_url_line(s: str) -> bool:
    """True for a line that is only a URL (optionally in <...>)."""
    return len(s) <= 2100 and bool(_URL_LINE.match(s))


def is_chrome_line(raw: str, p: str | None = None) -> bool:
    """True when one line, on its own, is site chrome by the vocabulary.

    >>> is_chrome_line("Enjoying ad-free content?"), is_chrome_line("The Kremlin said.")
    (True, False)
    """
    if not raw.strip():
        return False
    if len(raw) > SHORT_LINE:
        return _phrase_chrome(raw)
    voc = vocabulary()
    if p is None:
        p = plain(raw)
    if not p:
        return True  # markup only: "**", "---", "###"
    if _SEPARATOR.match(raw) or _SEPARATOR.match(p):
        return True
    if _fold(p) in voc.lines or voc.line_patterns.match(p):
        return True
    if voc.labels.match(p) or voc.role_line.match(p):
        return True
    if is_url_line(p) or is_url_line(raw):
        return True
    if _CREDIT.match(p) or voc.credit.match(p):
        return True
    if p[-1] == ")" and voc.caption_credit.search(p) and not _SENTENCE_END.search(p[:-1].rsplit("(", 1)[0].rstrip()):
        return True  # a caption: "Russia's President ... in Moscow, Russia (Reuters)"
    if _BOLD_CREDIT_END.search(raw) or raw[:4].lstrip().startswith("![") and _IMAGE_LINE.match(raw):
        return True
    return _phrase_chrome(p)


def _phrase_chrome(raw: str) -> bool:
    voc = vocabulary()
    if len(raw) > voc.phrase_max_chars:
        return False
    low = raw.lower()
    # a substring test (C speed) decides which patterns are worth running
    return any((word is None or word in low) and pattern.search(raw) for word, pattern in voc.phrases)


def is_heading_like(raw: str) -> bool:
    """A Markdown heading, or a short line without closing punctuation."""
    if len(raw) > SHORT_LINE:
        return False
    if _HEADING_MD.match(raw):
        return True
    p = plain(raw)
    if not p or len(p.split()) > 18:
        return False
    return not re.search(r"[.!?:;,…]['\"’”)\]]*$", p)


# --- paragraphs ------------------------------------------------------------------


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) past whitespace, list/quote/heading markers and bold markup.

    >>> text = "## **Title**  "
    >>> a, b = trim(text, 0, len(text)); text[a:b]
    'Title'
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and text[start] in _LEAD_MARKERS:
        m = _LEAD_TRIM.match(text, start, min(end, start + 40))
        if m:
            start = m.end()
    if end > start and text[end - 1] in "*_#":
        m = _TRAIL_TRIM.search(text, max(start, end - 40), end)
        if m:
            end = m.start()
    return start, end


_LEAD_MARKERS = "#>-*+•_0123456789"
_LEAD_TRIM = re.compile(r"(?:\s|#{1,6}(?=\s)|>|(?:[-*+•]|\d{1,3}[.)])(?=\s)|\*\*|__)+")
_TRAIL_TRIM = re.compile(r"(?:\s|\*\*|__|#)+$")


def _ends_open(text: str, line: Line, dangling: frozenset[str]) -> bool:
    """True when a line visibly stops mid-sentence."""
    tail = text[max(line.start, line.end - 40) : line.end].rstrip()
    if not tail or re.search(r"[.!?:;…'\"’”)\]*]$", tail):
        return False
    if tail.endswith(",") or re.search(r"(?:\w-|[^-—–\s]\s?[—–])$", tail):
        return True  # "... the long-" / "... Ukraine's biggest supporter —"
    word = re.search(r"([A-Za-z]+)$", tail)
    return bool(word and word.group(1).lower() in dangling)


def _starts_lower(text: str, line: Line) -> bool:
    head = text[line.start : min(line.end, line.start + 8)].lstrip()
    return bool(head) and head[0].islower()


@dataclass
class _Para:
    first: int  # index of first line
    last: int  # index of last line
    chrome: bool = False


def content_regions(
    text: str,
    lines: list[Line],
    *,
    skip: set[int] = frozenset(),
    first_content: int = 0,
    standalone: set[int] = frozenset(),
    headline: tuple[int, int] | None = None,
) -> tuple[tuple[int, int], ...]:
    """The (start, end) regions of `text` that are article prose.

    `lines` are the body lines (from `split_lines`); `skip` holds indexes of
    lines already known to be metadata (byline, dateline, URL, front matter
    leftovers); lines before index `first_content` (chrome above the title)
    are never content; lines in `standalone` (the headline) are never joined
    to their neighbours, and their region is `headline` when it is given.
    Each region is one paragraph: one line, several lines joined when a line
    visibly stops mid-sentence ("... these comments have" / "created."), or a
    hard-wrapped block.
    """
    voc = vocabulary()
    paras = _paragraphs(text, lines, first_content, voc, set(standalone) | set(skip))
    _mark_chrome(text, lines, paras, skip, voc)
    regions = []
    for p in paras:
        if p.chrome and p.first not in standalone:  # the headline stays, whatever it says
            continue
        if p.first in standalone and headline is not None:
            regions.append(tuple(headline))  # e.g. the value of a "Title: ..." line
            continue
        start, end = trim(text, lines[p.first].start, lines[p.last].end)
        if end > start:
            regions.append((start, end))
    return tuple(regions)


def _paragraphs(text: str, lines: list[Line], first: int, voc: Vocabulary, standalone: set[int]) -> list[_Para]:
    """Each non-blank line is a paragraph, joined to the next when it stops
    mid-sentence; a hard-wrapped block (lines of even width) is one paragraph."""
    paras: list[_Para] = []
    open_para: _Para | None = None
    wrapped = _wrapped_lines(text, lines, first)
    for i in range(first, len(lines)):
        ln = lines[i]
        blank = ln.end - ln.start < 200 and not text[ln.start : ln.end].strip()
        if blank:
            continue
        if i in wrapped and i - 1 in wrapped and paras and paras[-1].last == i - 1 and i not in standalone and paras[-1].first not in standalone:
            paras[-1].last = i
            continue
        if open_para is not None and i not in standalone and (_starts_lower(text, ln) or _continues(text, lines, open_para, voc)):
            if not _HEADING_MD.match(text, ln.start, min(ln.end, ln.start + 10)):
                open_para.last = i
                if not _can_continue(text, ln, voc) and not _ends_open(text, ln, voc.dangling_words):
                    open_para = None
                continue
        para = _Para(i, i)
        paras.append(para)
        open_para = para if i not in standalone and _can_continue(text, ln, voc) else None
    return paras


def _wrapped_lines(text: str, lines: list[Line], first: int) -> set[int]:
    """Lines of hard-wrapped blocks: 3+ lines without a blank, all but the last
    40-100 characters wide within 30 of each other, most not ending a sentence."""
    wrapped: set[int] = set()
    block: list[int] = []

    def close() -> None:
        if len(block) >= 3:
            widths = [lines[j].end - lines[j].start for j in block[:-1]]
            if min(widths) >= 40 and max(widths) <= 100 and max(widths) - min(widths) <= 30:
                ends = [text[lines[j].start : lines[j].end].rstrip() for j in block[:-1]]
                open_ends = sum(1 for e in ends if not _SENTENCE_END.search(e))
                if open_ends * 5 >= len(widths) * 3:
                    wrapped.update(block)
        block.clear()

    for i in range(first, len(lines)):
        ln = lines[i]
        width = ln.end - ln.start
        if width > 100 or not text[ln.start : ln.end].strip() or _HEADING_MD.match(text, ln.start, min(ln.end, ln.start + 10)):
            close()
            if width > 100 and text[ln.start : ln.end].strip():
                block.append(i)  # a long line may still be the last of a block
                close()
            continue
        block.append(i)
    close()
    return wrapped


def _can_continue(text: str, ln: Line, voc: Vocabulary) -> bool:
    # A line that stops on a word no sentence ends with ("... these comments
    # have") continues; so does a long line without closing punctuation.
    # Headings and short lines without punctuation (names, labels) do not.
    if _HEADING_MD.match(text, ln.start, min(ln.end, ln.start + 10)):
        return False
    if _ends_open(text, ln, voc.dangling_words):
        return True
    if ln.end - ln.start < 60:
        return False
    tail = text[max(ln.start, ln.end - 40) : ln.end].rstrip()
    return bool(tail) and not re.search(r"[.!?:;…'\"’”)\]*]$", tail)


def _continues(text: str, lines: list[Line], para: _Para, voc: Vocabulary) -> bool:
    return _ends_open(text, lines[para.last], voc.dangling_words)


def _mark_chrome(text: str, lines: list[Line], paras: list[_Para], skip, voc: Vocabulary) -> None:
    raws = [text[lines[p.first].start : lines[p.last].end] for p in paras]
    short = [plain(r) if len(r) <= SHORT_LINE else None for r in raws]
    n = len(paras)
    i = 0
    in_references = False
    while i < n:
        p, raw = paras[i], raws[i]
        if p.first in skip or is_chrome_line(raw, short[i]):
            p.chrome = True
        folded = _fold(short[i]) if short[i] is not None else None
        # reference lists: a "Resources" heading and the list items under it
        if folded in voc.reference_headings:
            p.chrome = True
            in_references = True
        elif in_references and (_LIST_ITEM.match(raw) or _is_tag(short[i])):
            p.chrome = True
        else:
            in_references = False
        if _LIST_ITEM.match(raw) and (_URL.search(raw[:2100]) or _LINK_ITEM.match(raw[:2400])):
            p.chrome = True  # a link in a list: a reference or a page's table of contents, not prose
        # a caption under a photo credit: "Getty Images" / "Heathrow handled 6.7m passengers"
        if (
            i + 1 < n
            and short[i]
            and short[i + 1]
            and (_CREDIT.match(short[i]) or voc.credit.match(short[i]))
            and len(short[i + 1].split()) <= 25
            and not _SENTENCE_END.search(short[i + 1])
            and paras[i + 1].first not in skip
        ):
            paras[i + 1].chrome = True
        # duplicated image captions: alt text, then the same words with a credit
        # "(Reuters)"; a paragraph repeated word for word is kept once.
        if i + 1 < n and short[i] and short[i + 1] and len(short[i]) >= 20:
            nxt, cur = short[i + 1], short[i]
            if nxt == cur:
                paras[i + 1].chrome = True
            elif nxt.startswith(cur) and _CAPTION_CREDIT.fullmatch(nxt[len(cur) :]):
                p.chrome = paras[i + 1].chrome = True
        # appeal blocks: from "A Message from ..." / "Dear readers," to "Remind me later"
        if short[i] is not None and voc.block_start.match(short[i]):
            end = _block_end(paras, short, i, voc)
            for j in range(i, end + 1):
                paras[j].chrome = True
            i = end + 1
            continue
        i += 1


def _is_tag(p: str | None) -> bool:
    """A topic tag under "Related Topics" or a headline under "Most popular":
    a few words, no closing punctuation."""
    return p is not None and 0 < len(p.split()) <= 14 and not re.search(r"[.!?:;,]['\"’”)]*$", p)


def _block_end(paras: list[_Para], short: list[str | None], i: int, voc: Vocabulary) -> int:
    limit = min(len(paras), i + 1 + voc.block_max_paragraphs)
    last = i
    for j in range(i + 1, limit):
        if short[j] is not None and voc.block_end.match(short[j]):
            last = j
    if last > i:
        return last
    if len(paras) - i <= voc.block_max_paragraphs:
        return len(paras) - 1
    return i
