"""Trimming a summary: markup and links out, an opening discourse word
("Meanwhile, ...") dropped, the first letter capitalised, cut to about
`MAX_SUMMARY` characters at a word."""

from __future__ import annotations

import re

from timeline.lexicon.events import DISCOURSE_OPENERS

MAX_SUMMARY = 200

_DISCOURSE = re.compile(r"^(?:" + "|".join(DISCOURSE_OPENERS) + r")\b,?\s+(?=\S)")


def trim(summary: str) -> str:
    summary = re.sub(r"<[^>]{1,40}>|\*\*|__", "", summary)  # markup left in prose
    summary = re.sub(r"(?<!\[)\[([^\]]+)\]\([^)]*\)", r"\1", summary)
    summary = re.sub(r"\s+", " ", summary).strip().rstrip(",;:")
    summary = _DISCOURSE.sub("", summary)
    summary = re.sub(r"(?<!\s)\s+([,.;:])", r"\1", summary)
    if summary[:1].islower():
        summary = summary[0].upper() + summary[1:]
    if len(summary) <= MAX_SUMMARY:
        return summary
    cut = summary.rfind(" ", 0, MAX_SUMMARY - 1)
    return summary[: cut if cut > 0 else MAX_SUMMARY - 1].rstrip(",;: ") + "…"


def readable(summary: str) -> bool:
    """Holds a letter: something a reader can read."""
    return bool(re.search(r"[^\W\d_]", summary))
