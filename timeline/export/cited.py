"""What a citation shows in a published export: the outlet, its date, a safe link.

Article text and metadata are hostile input: a title may hold markup, a URL
may be `javascript:`, a summary may carry control or bidi-override characters
that reorder what a reader sees. `clean` makes such text one line of visible
characters; `safe_url` keeps only http(s) links with a host. Each format then
escapes for its own syntax (HTML, Markdown, CSV, iCalendar).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from timeline.export.periods import day_label
from timeline.model import Article, Entry, Timeline

# Bidi embeddings, overrides and isolates: they reorder the text around them.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean(text: str | None) -> str:
    """Untrusted text on one line: control, format and bidi characters dropped, whitespace runs one space."""
    if not text:
        return ""
    text = _BIDI.sub("", text)
    kept = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) link with a host and no whitespace or control characters, else None."""
    if not url or any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


@dataclass(frozen=True)
class Source:
    """One cited article as the exports show it."""

    number: int  # the source's number in the YAML/JSON export
    outlet: str  # the publisher, else the URL's host, else ""
    title: str  # the article's title, else its file name
    dated: str  # "10 November 2016", "published 10–16 November 2016 (inferred)" or "undated"
    url: str | None  # a safe link, or None
    file: str

    @property
    def name(self) -> str:
        """What a reader knows the source by: its outlet, else its title."""
        return self.outlet or self.title

    def credit(self) -> str:
        """Outlet, title and date in one line of plain text."""
        return f"{self.outlet + ': ' if self.outlet else ''}{self.title}, {self.dated}"


def source_of(number: int, article: Article) -> Source:
    url = safe_url(article.url)
    host = urlsplit(url).hostname or "" if url else ""
    outlet = clean(article.publisher) or host.removeprefix("www.")
    if article.published:
        dated = day_label(article.published)
    elif article.published_window:
        lo, hi = article.published_window
        dated = f"published {day_label(lo)} – {day_label(hi)} (inferred)"
    else:
        dated = "undated"
    title = clean(article.title) or clean(article.path.rsplit("/", 1)[-1])
    return Source(number, outlet, title, dated, url, clean(article.path))


def sources(timeline: Timeline) -> dict[str, Source]:
    """Each source by its path, numbered from 1 in reading order as in the YAML/JSON export."""
    return {a.path: source_of(n, a) for n, a in enumerate(timeline.sources, 1)}


def entry_sources(entry: Entry, by_path: dict[str, Source]) -> list[Source]:
    """The distinct sources an entry cites, in citation order."""
    seen: dict[str, Source] = {}
    for c in entry.citations:
        if c.file in by_path:
            seen.setdefault(c.file, by_path[c.file])
    return list(seen.values())
