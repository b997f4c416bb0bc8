"""Publication windows for articles that state no date (placeholder, see below)."""

from __future__ import annotations

from timeline.model import Article


def infer_publication_windows(articles: list[Article], **_) -> list[Article]:
    """Articles unchanged for now."""
    return list(articles)
