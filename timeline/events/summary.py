"""Trimming a summary: markup and links out, an opening discourse word
("Meanwhile, ...") dropped, the first letter capitalised, and a long one
shortened to a full clause.

Shortening (`shorten`): a summary of more than ``CLAUSE_WORDS`` (30) words
loses its trailing asides, last first, while it is longer: a clause
after a comma, semicolon or dash that opens with a relative pronoun, a
participle or a conjunction (", which sells digital music ...", ",
allowing ...", " because the former director ...", ", and officials say
..."), of four words or more; parentheses go first ("from Astana (the
capital ...) that ..." keeps what follows them). What is left is still a
full clause: the subject and its verb come first in English, the asides
after them. An aside holding the date expression (`keep`) stays: it tells
the event that was dated. A summary still longer than `MAX_SUMMARY`
characters is cut at a word, with "…"; never one shorter."""

from __future__ import annotations

import re

from timeline.lexicon.events import DISCOURSE_OPENERS

MAX_SUMMARY = 400
CLAUSE_WORDS = 30
MIN_LEFT = 8  # words an aside's removal must leave

# Where a trailing aside begins: after a comma, semicolon or dash, a relative
# pronoun, a participle ("-ing": allowing, echoing, according ...) or a conjunction; a subordinating conjunction of
# cause or concession also without a comma.
_ASIDE = re.compile(
    r"(?:[,;]|\s[—–-]{1,2})\s+(?=(?:and|which|who|whom|whose|where|while|whereas|although|though|but|as|"
    r"because|since|amid|despite|[a-z]+ing)\b)"
    r"|\s(?=(?:because|although|though|whereas)\b)"
    r"|;\s+")
_PARENTHESIS = re.compile(r"\s*\([^()]{1,200}\)")

_DISCOURSE = re.compile(r"^(?:" + "|".join(DISCOURSE_OPENERS) + r")\b,?\s+(?=\S)")


_CAMEL_CASE = re.compile(r"(?<![a-z])[a-z]++[A-Z]")  # a brand's camel case at the start


def trim(summary: str, keep: str | None = None) -> str:
    summary = re.sub(r"<[^>]{1,40}>|\*\*|__", "", summary)  # markup left in prose
    summary = re.sub(r"(?<!\[)\[([^\]]+)\]\([^)]*\)", r"\1", summary)
    summary = re.sub(r"\s+", " ", summary).strip().rstrip(",;:")
    summary = _DISCOURSE.sub("", summary)
    summary = re.sub(r"(?<!\s)\s+([,.;:])", r"\1", summary)
    if summary[:1].islower() and not _CAMEL_CASE.match(summary):
        summary = summary[0].upper() + summary[1:]  # not a brand's "iPhone 4 comes in two colors"
    summary = shorten(summary, keep)
    if len(summary) <= MAX_SUMMARY:
        return summary
    cut = summary.rfind(" ", 0, MAX_SUMMARY - 1)
    return summary[: cut if cut > 0 else MAX_SUMMARY - 1].rstrip(",;: ") + "…"


def shorten(summary: str, keep: str | None = None) -> str:
    """The summary without its trailing asides while it is longer than
    ``CLAUSE_WORDS`` words (see the module).

    >>> shorten("Apple signed a deal with EMI in 2007, " + "which lets it sell songs " * 6 + "online.")
    'Apple signed a deal with EMI in 2007.'
    """
    if len(summary.split()) > CLAUSE_WORDS:
        summary = _PARENTHESIS.sub(lambda m: m.group() if keep and keep in m.group() else "", summary)
    while len(summary.split()) > CLAUSE_WORDS:
        for m in reversed(list(_ASIDE.finditer(summary))):
            head, tail = summary[: m.start()].rstrip(" ,;:—–-"), summary[m.start():]
            if len(head.split()) < MIN_LEFT:
                return summary
            if len(tail.split()) < 4 or (keep and keep in tail and keep not in head):
                continue
            end = tail.rstrip()[-1:] if tail.rstrip()[-1:] in ".!?" else ""
            summary = head + end
            break
        else:
            return summary
    return summary


def readable(summary: str) -> bool:
    """Holds a letter: something a reader can read."""
    return bool(re.search(r"[^\W\d_]", summary))
