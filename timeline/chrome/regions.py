"""Paragraphs of an article's body, which of them are chrome, and why.

`content_and_dropped` is the one entry point: the prose regions and, from
the same pass, each dropped line with the rule or pattern that dropped it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from timeline.chrome.lines import SLASHED_CREDIT, URL, chrome_pattern
from timeline.chrome.vocabulary import SiteVocabulary, fold, vocabulary
from timeline.text.lines import SHORT_LINE, Line
from timeline.text.markup import MARKDOWN_HEADING, SENTENCE_END, strip_markup, trim

_LIST_ITEM = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+")
# A list item that is one link and nothing else: "- [Shares open higher](#block-2)"
_LINK_ITEM = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)\s*$")
# What a caption adds to its image's alt text: " (Reuters)", " Photo: AP/Evan Vucci".
_CAPTION_CREDIT = re.compile(r"(?:(?<!\s)\s+)?(?:\([^()\n]{1,60}\)|(?:photo|image|credit|photograph)\s*:?.{0,60}|[|/–—-]\s*.{1,60})\s*", re.IGNORECASE)
_CLOSED = re.compile(r"[.!?:;…'\"’”)\]*]$")  # a line end that closes a sentence, a quote or a bracket


@dataclass
class _Para:
    first: int  # index of first line
    last: int  # index of last line
    chrome: str | None = None  # the name of the rule or pattern that made it chrome


class Content(NamedTuple):
    regions: tuple[tuple[int, int], ...]  # (start, end) of each paragraph of prose
    dropped: tuple[tuple[int, str], ...]  # (line number, why it is chrome) of each dropped line


def content_and_dropped(
    text: str,
    lines: list[Line],
    *,
    skip: set[int] = frozenset(),
    first_content: int = 0,
    standalone: set[int] = frozenset(),
    headline: tuple[int, int] | None = None,
) -> Content:
    """The prose regions of `text`, and the lines dropped as chrome with the reason.

    `lines` are the body lines (from `split_lines`); `skip` holds indexes of
    lines already known to be metadata (byline, dateline, URL, front matter
    leftovers); lines before index `first_content` (chrome above the title)
    are never content; lines in `standalone` (the headline) are never joined
    to their neighbours, and their region is `headline` when it is given.
    Each region is one paragraph: one line, several lines joined when a line
    visibly stops mid-sentence ("... these comments have" / "created."), or a
    hard-wrapped block.

    The steps, in order: lines are joined into paragraphs first, because
    chrome is judged a paragraph at a time (a prompt broken over two lines is
    one prompt); then each paragraph is marked chrome or not (`_mark_chrome`);
    then the prose paragraphs are trimmed of their markup into regions.
    """
    voc = vocabulary()
    paras = _paragraphs(text, lines, first_content, voc, set(standalone) | set(skip))
    _mark_chrome(text, lines, paras, skip, voc)
    dropped = [(ln.number, "above the title") for ln in lines[:first_content] if not _blank(text, ln)]
    regions = []
    for p in paras:
        if p.chrome and p.first not in standalone:  # the headline stays, whatever it says
            dropped.extend((ln.number, p.chrome) for ln in lines[p.first : p.last + 1] if not _blank(text, ln))
            continue
        if p.first in standalone and headline is not None:
            regions.append(tuple(headline))  # e.g. the value of a "Title: ..." line
            continue
        start, end = trim(text, lines[p.first].start, lines[p.last].end)
        if end > start:
            regions.append((start, end))
    return Content(tuple(regions), tuple(dropped))


def _blank(text: str, ln: Line) -> bool:
    return ln.end - ln.start < 200 and not text[ln.start : ln.end].strip()


# --- paragraphs ------------------------------------------------------------------


def _paragraphs(text: str, lines: list[Line], first: int, voc: SiteVocabulary, standalone: set[int]) -> list[_Para]:
    """Each non-blank line is a paragraph, joined to the next when it stops
    mid-sentence; a hard-wrapped block (lines of even width) is one paragraph."""
    paras: list[_Para] = []
    open_para: _Para | None = None
    wrapped = _wrapped_lines(text, lines, first)
    for i in range(first, len(lines)):
        ln = lines[i]
        if _blank(text, ln):
            continue
        if i in wrapped and i - 1 in wrapped and paras and paras[-1].last == i - 1 and i not in standalone and paras[-1].first not in standalone:
            paras[-1].last = i
            continue
        if open_para is not None and i not in standalone and (_starts_lower(text, ln) or _ends_open(text, lines[open_para.last], voc.dangling_words)):
            if not MARKDOWN_HEADING.match(text, ln.start, min(ln.end, ln.start + 10)):
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
                open_ends = sum(1 for e in ends if not SENTENCE_END.search(e))
                if open_ends * 5 >= len(widths) * 3:
                    wrapped.update(block)
        block.clear()

    for i in range(first, len(lines)):
        ln = lines[i]
        width = ln.end - ln.start
        if width > 100 or not text[ln.start : ln.end].strip() or MARKDOWN_HEADING.match(text, ln.start, min(ln.end, ln.start + 10)):
            close()
            if width > 100 and text[ln.start : ln.end].strip():
                block.append(i)  # a long line may still be the last of a block
                close()
            continue
        block.append(i)
    close()
    return wrapped


def _ends_open(text: str, line: Line, dangling: frozenset[str]) -> bool:
    """True when a line visibly stops mid-sentence."""
    tail = text[max(line.start, line.end - 40) : line.end].rstrip()
    if not tail or _CLOSED.search(tail):
        return False
    if tail.endswith(",") or re.search(r"(?:\w-|[^-—–\s]\s?[—–])$", tail):
        return True  # "... the long-" / "... Ukraine's biggest supporter —"
    word = re.search(r"([A-Za-z]+)$", tail)
    return bool(word and word.group(1).lower() in dangling)


def _starts_lower(text: str, line: Line) -> bool:
    head = text[line.start : min(line.end, line.start + 8)].lstrip()
    return bool(head) and head[0].islower()


def _can_continue(text: str, ln: Line, voc: SiteVocabulary) -> bool:
    # A line that stops on a word no sentence ends with ("... these comments
    # have") continues; so does a long line without closing punctuation.
    # Headings and short lines without punctuation (names, labels) do not.
    if MARKDOWN_HEADING.match(text, ln.start, min(ln.end, ln.start + 10)):
        return False
    if _ends_open(text, ln, voc.dangling_words):
        return True
    if ln.end - ln.start < 60:
        return False
    tail = text[max(ln.start, ln.end - 40) : ln.end].rstrip()
    return bool(tail) and not _CLOSED.search(tail)


# --- chrome paragraphs -------------------------------------------------------------


def _mark(para: _Para, name: str | None) -> None:
    """Mark a paragraph chrome; the first rule to fire names it."""
    if name and para.chrome is None:
        para.chrome = name


def _mark_chrome(text: str, lines: list[Line], paras: list[_Para], skip, voc: SiteVocabulary) -> None:
    """Mark the chrome paragraphs in one pass from the top. For each paragraph
    the rules run in this order: the paragraph on its own (a metadata line, a
    chrome line), a reference list (its state carries from the paragraph
    above), a link in a list, then the two rules that look one paragraph ahead
    (a caption under a credit, a repeated caption), and last an appeal or
    boilerplate block, because it marks the paragraphs it spans and moves past
    them: the rules above never run inside a block."""
    raws = [text[lines[p.first].start : lines[p.last].end] for p in paras]
    short = [strip_markup(r) if len(r) <= SHORT_LINE else None for r in raws]
    i, in_references = 0, False
    while i < len(paras):
        p, raw = paras[i], raws[i]
        if p.first in skip:
            _mark(p, "metadata line")
        else:
            _mark(p, chrome_pattern(raw, short[i]))
        in_references = _reference_list(p, raw, short[i], in_references, voc)
        if _LIST_ITEM.match(raw) and (URL.search(raw[:2100]) or _LINK_ITEM.match(raw[:2400])):
            _mark(p, "link in a list")  # a reference or a page's table of contents, not prose
        if i + 1 < len(paras):
            _caption_under_credit(paras, short, i, skip, voc)
            _repeated_caption(paras, short, i)
        i = _block(paras, short, i, voc) + 1


def _reference_list(p: _Para, raw: str, short: str | None, in_references: bool, voc: SiteVocabulary) -> bool:
    """A "Resources" heading and the list items or tags under it; True while inside one."""
    if short is not None and fold(short) in voc.reference_headings:
        _mark(p, "reference-list heading")
        return True
    if in_references and (_LIST_ITEM.match(raw) or _is_tag(short)):
        _mark(p, "reference-list item")
        return True
    return False


def _is_tag(p: str | None) -> bool:
    """A topic tag under "Related Topics" or a headline under "Most popular":
    a few words, no closing punctuation."""
    return p is not None and 0 < len(p.split()) <= 14 and not re.search(r"[.!?:;,]['\"’”)]*$", p)


def _caption_under_credit(paras: list[_Para], short: list[str | None], i: int, skip, voc: SiteVocabulary) -> None:
    """A caption under a photo credit: "Getty Images" / "Heathrow handled 6.7m passengers"."""
    cur, nxt = short[i], short[i + 1]
    if (
        cur
        and nxt
        and (SLASHED_CREDIT.match(cur) or voc.credit.match(cur))
        and len(nxt.split()) <= 25
        and not SENTENCE_END.search(nxt)
        and paras[i + 1].first not in skip
    ):
        _mark(paras[i + 1], "caption under a photo credit")


def _repeated_caption(paras: list[_Para], short: list[str | None], i: int) -> None:
    """Duplicated image captions: alt text, then the same words with a credit
    "(Reuters)"; a paragraph repeated word for word is kept once."""
    cur, nxt = short[i], short[i + 1]
    if not (cur and nxt and len(cur) >= 20):
        return
    if nxt == cur:
        _mark(paras[i + 1], "repeated paragraph")
    elif nxt.startswith(cur) and _CAPTION_CREDIT.fullmatch(nxt[len(cur) :]):
        _mark(paras[i], "caption repeated with its credit")
        _mark(paras[i + 1], "caption repeated with its credit")


def _block(paras: list[_Para], short: list[str | None], i: int, voc: SiteVocabulary) -> int:
    """An appeal or boilerplate block starting at paragraph i, from "A Message
    from ..." / "Dear readers," / "About Northwind Cargo" to "Remind me later":
    marks it and returns its last paragraph (i when none starts here)."""
    kind = voc.block_start.name(short[i]) if short[i] is not None else None
    if kind is None:
        return i
    end = _block_end(paras, short, i, voc)
    name = f"{kind} after '{short[i][:60]}'"
    for j in range(i, end + 1):
        _mark(paras[j], name)
    return end


def _block_end(paras: list[_Para], short: list[str | None], i: int, voc: SiteVocabulary) -> int:
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
