"""Markdown and HTML markup in scraped text: headings, stripping, trimming.

Each substitution is bounded and runs only when its trigger character is
there: these functions run on every paragraph of a 50 MB article.
"""

from __future__ import annotations

import re

from timeline.text.lines import SHORT_LINE

# A Markdown heading line: "## Title" (up to three spaces of indent).
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
# A sentence's closing punctuation, inside any closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*$")

_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\s]{0,2000}\)")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>\n]{0,200})?/?>")
_LEAD_MARKUP = re.compile(r"^[\s#>*_|•·-]+")
_TRAIL_MARKUP = re.compile(r"[\s*_#|]+$")
_MARKUP_CHARS = "#>*_|•·-"
# ANSI escape sequences and C0/C1 control characters (tab excepted): never
# article text, kept in `text` for exact offsets but dropped from metadata.
_CONTROL = re.compile(r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_control(s: str) -> str:
    """`s` without ANSI escape sequences and control characters.

    >>> strip_control("\\x1b[31mred\\x1b[0m")
    'red'
    """
    return _CONTROL.sub("", s)


def strip_markup(s: str) -> str:
    """A line as a reader sees it: Markdown/HTML markup and controls removed.

    >>> strip_markup("#### **Related article: [Putin Says](#)**")
    'Related article: Putin Says'
    """
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


def is_heading_like(raw: str) -> bool:
    """A Markdown heading, or a short line without closing punctuation.

    >>> is_heading_like("## Markets"), is_heading_like("Council approves car park"), is_heading_like("He left.")
    (True, True, False)
    """
    if len(raw) > SHORT_LINE:
        return False
    if MARKDOWN_HEADING.match(raw):
        return True
    p = strip_markup(raw)
    if not p or len(p.split()) > 18:
        return False
    return not re.search(r"[.!?:;,…](?:\s?['\"’”)\]])*$", p)  # "... world. \"" in tokenised text too
