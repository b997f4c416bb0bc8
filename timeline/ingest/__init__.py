"""Ingest, the first stage: find the source files and read each into an `Article`.

    files        finding sources, decoding bytes (BOMs, legacy encodings, binary files)
    front_matter YAML front matter between `---` lines
    head         where the article starts, its title, byline and author
    published    the publication date: header field, byline, dateline, footer, URL
    date_strings reading the date strings those steps find
    url          the article's URL, its publisher and its site's country
    problems     the sorts of warning a source can have, and how they are shown
    article      read_article / parse_article: the steps in order
"""

from timeline.ingest.article import detect, no_date_problem, parse_article, read_article
from timeline.ingest.files import decode, find_named_sources, find_sources, shown
from timeline.ingest.front_matter import parse_front_matter
from timeline.ingest.url import date_in_url, publisher_for

__all__ = [
    "date_in_url", "decode", "detect", "find_named_sources", "find_sources", "no_date_problem", "parse_article",
    "parse_front_matter", "publisher_for", "read_article", "shown",
]  # fmt: skip
