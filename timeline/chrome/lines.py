"""Is one line site chrome, and by which named pattern?"""

from __future__ import annotations

import re

from timeline.chrome.vocabulary import fold, vocabulary
from timeline.text.lines import SHORT_LINE
from timeline.text.markup import SENTENCE_END, strip_markup

URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]{1,2000}", re.IGNORECASE)
_URL_LINE = re.compile(r"^[\s<(\[-]*(?:https?://|www\.)[^\s<>]{1,2000}[\s>)\].]*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s_\-=*~#.·•]{3,}$")
# A Markdown image alone on its line: "![A plane on the tarmac](https://...)"
_IMAGE_LINE = re.compile(r"^\s{0,3}!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)\s*$")
# A photo credit: "AP/Evan Vucci", "Evan Vucci / AP / TASS", "(Reuters)".
_CREDIT_WORD = r"[A-Z][\w.'’&-]{0,30}(?:\s[A-Z][\w.'’&-]{0,30}){0,3}"
SLASHED_CREDIT = re.compile(rf"^\(?{_CREDIT_WORD}(?:\s?/\s?{_CREDIT_WORD}){{1,4}}\)?$")
# A caption ending in a bold credit: "... St. Petersburg. **Anatoly Maltsev / EPA / TASS**"
_BOLD_CREDIT_END = re.compile(r"\*\*[^*\n]{1,120}/[^*\n]{1,120}\*\*\s*$")


def is_url_line(s: str) -> bool:
    """True for a line that is only a URL (optionally in <...>)."""
    return len(s) <= 2100 and bool(_URL_LINE.match(s))


def is_chrome_line(raw: str, p: str | None = None) -> bool:
    """True when one line, on its own, is site chrome by the vocabulary.

    >>> is_chrome_line("Enjoying ad-free content?"), is_chrome_line("The Kremlin said.")
    (True, False)
    """
    return chrome_pattern(raw, p) is not None


def chrome_pattern(raw: str, p: str | None = None) -> str | None:
    """The name of the pattern that makes one line site chrome, else None.

    `p` is `strip_markup(raw)` when the caller has it. The tests run cheapest
    first (the result does not depend on the order, only the name given when
    two fire does): a whole-line table look-up, then whole-line patterns, then
    the phrase scan, the only one that searches the line rather than matches it.

    >>> chrome_pattern("Share on Facebook"), chrome_pattern("Evan Vucci / AP / TASS")
    ('sharing button', 'photo credit')
    """
    if not raw.strip():
        return None
    voc = vocabulary()
    if voc.credit_opening.match(raw.lstrip()) or voc.credit_closing.search(raw[-200:]):
        return "caption with photo credit"  # a caption of any length, by its credit at one end
    if len(raw) > SHORT_LINE:
        return chrome_phrase(raw)  # too long to be a label or a credit
    if p is None:
        p = strip_markup(raw)
    if not p:
        return "markup only"  # "**", "---", "###"
    if _SEPARATOR.match(raw) or _SEPARATOR.match(p):
        return "separator"
    name = voc.lines.get(fold(p)) or voc.line_patterns.name(p) or voc.labels.name(p)
    if name:
        return name
    if voc.role_line.match(p):
        return "reporter's role"
    if is_url_line(p) or is_url_line(raw):
        return "url line"
    if SLASHED_CREDIT.match(p):
        return "photo credit"
    name = voc.credit.name(p)
    if name:
        return name
    if p[-1] == ")" and voc.caption_credit.search(p) and not SENTENCE_END.search(p[:-1].rsplit("(", 1)[0].rstrip()):
        return "caption with agency credit"  # "Russia's President ... in Moscow, Russia (Reuters)"
    if _BOLD_CREDIT_END.search(raw):
        return "caption with bold credit"
    if raw[:4].lstrip().startswith("![") and _IMAGE_LINE.match(raw):
        return "image"
    return chrome_phrase(p)


def chrome_phrase(s: str) -> str | None:
    """The name of a chrome phrase in a short paragraph ("Please consider donating"), else None."""
    voc = vocabulary()
    if len(s) > voc.phrase_max_chars:
        return None
    low = s.lower()
    # a substring test (C speed) decides which patterns are worth running
    for name, word, pattern in voc.phrases:
        if (word is None or word in low) and pattern.search(s):
            return name
    return None
