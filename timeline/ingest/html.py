"""A saved web page (`.html`, `.htm`) -> the article's text and metadata.

trafilatura finds the main text, title, author, site name and canonical URL
(navigation, cookie banners, asides, newsletter boxes, related links and
footers are left out); htmldate reads the publication date from the page's
own markup (JSON-LD `datePublished`, `article:published_time`, a `<time>`
element), preferring it over a modified date. A date only in the URL is left
to `published.url_date`, so `Article.published_from` tells the two apart.
Nothing here reaches the network: both libraries are given a parsed tree,
never a URL to fetch.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from datetime import date

from timeline.errors import SourceError
from timeline.ingest.published import Dated
from timeline.ingest.url import publisher_for

# trafilatura and htmldate log what they could not find at WARNING/ERROR; a
# page without a date is reported by the article's own warning instead.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

SUFFIXES = (".html", ".htm")
# Page chrome whose dates are not the article's (a related story's <time>, a
# footer's "updated"): taken out before htmldate looks for a <time> element.
_CHROME_WORDS = ("related", "most-read", "mostread", "popular", "trending", "newsletter", "cookie", "consent",
                 "sidebar", "promo", "recommend", "more-stories", "footer", "breadcrumb", "subscribe")  # fmt: skip
_CHROME = " | ".join(
    ["//nav", "//aside", "//footer[not(ancestor::article)]", "//form"]
    + [f'//*[contains(translate(@class, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", "abcdefghijklmnopqrstuvwxyz-"), "{w}")'
       f' or contains(translate(@id, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", "abcdefghijklmnopqrstuvwxyz-"), "{w}")]'
       for w in _CHROME_WORDS]
)  # fmt: skip
# Captions date their pictures, not the article: "Screen Shot 2018-10-29 at
# 13.51.38", "FILE - In this Oct. 29, 2010 photo ...". htmldate reads dates in
# the page's text too, so they are taken out with the chrome.
_CAPTIONS = ("//figcaption | //caption | "
             '//*[contains(translate(@class, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"), "caption")]')
_CAPTION_TAGS = {"p", "span", "div", "em", "i", "small", "li", "td"}
MIN_WORDS = 10  # fewer main-text words than a one-sentence news brief: no article


@dataclass(frozen=True)
class Page:
    """What a saved page says: its article text (title line, then paragraphs
    separated by blank lines) and the metadata its markup gives."""

    text: str
    title: str | None
    author: str | None
    publisher: str | None
    url: str | None
    dated: Dated | None  # from the page's markup; None when it gives none

    def fields(self) -> dict:
        """The metadata as front-matter fields (only those the page gives)."""
        given = {"title": self.title, "author": self.author, "publisher": self.publisher, "url": self.url}
        return {key: value for key, value in given.items() if value}


def is_page(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def extract_page(markup: str, path: str) -> Page:
    """The article in the HTML `markup` of the page named `path`.

    Raises `SourceError` naming `path` when it holds no article text.
    """
    import trafilatura

    tree = trafilatura.load_html(markup) if markup.strip() else None
    if tree is None:
        raise SourceError(path, "no article text found in the page (not an article?)")
    doc = trafilatura.bare_extraction(
        copy.deepcopy(tree), with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, favor_precision=True, deduplicate=False,
    )  # fmt: skip
    paragraphs = [p.strip() for p in (doc.text or "").splitlines() if p.strip()] if doc else []
    if sum(len(p.split()) for p in paragraphs) < MIN_WORDS:  # a menu or a banner, not prose
        raise SourceError(path, "no article text found in the page (not an article?)")
    title = _clean(doc.title)
    body = "\n\n".join(paragraphs)
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else body + "\n"
    url, site = _clean(doc.url), _clean(doc.sitename)
    if site and " " not in site and "." in site:  # a bare host name: the outlet's name when known
        site = publisher_for(url) or site
    return Page(text, title, _clean(doc.author), site, url, markup_date(tree))


def markup_date(tree) -> Dated | None:
    """The publication date the page's markup gives, not its URL.

    The canonical link and `og:url` are taken out of a copy first: htmldate
    would read a date in them, and a URL date is `published.url_date`'s; so
    is the page's chrome (`_CHROME`: navigation, asides, related and "Most
    read" lists, newsletter boxes, footers), whose `<time>` elements date
    other stories or the site, every `<time>` that `_times_outside_article`
    finds outside the page's `<article>` (chrome under class names `_CHROME`
    does not know), and the URLs of links, which date the pages they link to.
    Its quick search only (no scan of the page's text, where chrome dates are).
    """
    import htmldate

    tree = copy.deepcopy(tree)
    for node in tree.xpath('//link[@rel="canonical"] | //meta[@property="og:url"] | ' + _CHROME + " | " + _CAPTIONS):
        if node.getparent() is not None and node.tag not in ("html", "body", "head"):
            node.getparent().remove(node)
    for node in _caption_lines(tree):
        node.getparent().remove(node)
    for node in _times_outside_article(tree):
        node.getparent().remove(node)
    for link in tree.iter("a"):  # a link's URL dates the page it links to ("/archive/2016/08/12")
        link.attrib.pop("href", None)
    try:
        found = htmldate.find_date(tree, extensive_search=False, original_date=True, url="", outputformat="%Y-%m-%d")
    except (ValueError, TypeError):  # a malformed tree or date htmldate cannot handle
        return None
    if not found:
        return None
    day = date.fromisoformat(found)
    return Dated(day, "html-meta", "the page's metadata", found, "html.markup_date")


def _caption_lines(tree) -> list:
    """Short text elements that are a caption by the chrome vocabulary (a
    screenshot's file name, a file photo's caption) without caption markup."""
    from timeline.chrome.lines import chrome_pattern

    out = []
    for node in tree.iter(*_CAPTION_TAGS):
        text = " ".join("".join(node.itertext()).split())
        if text and len(text) <= 300 and node.getparent() is not None \
                and (chrome_pattern(text) or "").endswith("caption"):
            out.append(node)
    return out


def _times_outside_article(tree) -> list:
    """The <time> elements that date something other than the page's article.

    When the page marks its story up as an `<article>` (the one with the most
    text, as a page may also wrap each teaser of other stories in one), a
    <time> outside it that comes after it (a list of other stories, a footer)
    or sits in a list item (a "Most read" list above it) dates another story
    or the site, whatever the class names of its containers. A <time> above
    the article and in no list (a byline in a header outside the `<article>`)
    is kept, as is every <time> of a page with no `<article>`.
    """
    articles = tree.xpath("//article")
    if not articles:
        return []
    main = max(articles, key=lambda a: len(" ".join(a.itertext())))
    order = {node: i for i, node in enumerate(tree.iter())}
    end = max(order[n] for n in main.iter())
    out = []
    for node in tree.iter("time"):
        if node is main or main in node.iterancestors() or node.getparent() is None:
            continue
        if order[node] > end or any(a.tag == "li" for a in node.iterancestors()):
            out.append(node)
    return out


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None
