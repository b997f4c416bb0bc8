"""The Markdown chronology: by year, footnote citations linking each source, article text inert."""

import re

from timeline.export.markdown import markdown, text
from timeline.query import Query


def test_bundled_chronology_by_year_with_footnotes(bundled):
    md = markdown(bundled, Query())
    years = re.findall(r"^## (\d{4})$", md, re.M)
    assert years == sorted(set(years)) and years == sorted({str(e.first.year) for e in bundled.entries})
    items = re.findall(r"^- \*\*", md, re.M)
    assert len(items) == len(bundled.entries)
    used = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    defined = set(re.findall(r"^\[\^(\d+)\]:", md, re.M))
    assert used == defined and used
    assert re.search(r"^\[\^1\]: \[Kremlin Courts Trump[^\]]*\]\(https://www\.themoscowtimes\.com/2025/01/14/", md, re.M)


def test_article_text_is_escaped(hostile):
    md = markdown(hostile, Query())
    body = re.sub(r"\[\^\d+\]", "", md.split("\n\n[^1]:")[0])  # the entries, footnote marks taken out
    assert not re.search(r"(?<!\\)[<\[\]]", body)  # no unescaped HTML or link syntax
    assert "(javascript" not in md.replace(r"\(javascript", "")
    assert r"\<script\>" in md and r"\[x\]\(javascript:alert\(3\)\)" in md
    assert "\u202e" not in md


def test_escaped_text_keeps_every_visible_character():
    assert re.sub(r"\\(.)", r"\1", text("a *b* [c](d) <e> & _f_ `g`")) == "a *b* [c](d) <e> & _f_ `g`"


def test_a_markdown_renderer_shows_hostile_text_as_text(hostile):
    from markdown_it import MarkdownIt  # CommonMark with raw HTML on: the strictest reader for this test

    html = MarkdownIt("commonmark", {"html": True}).render(markdown(hostile, Query()))
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "href=" not in html  # no link from article text, and the source's URL is javascript:
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_markdown_renderer_links_every_source_with_a_url(bundled):
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(markdown(bundled, Query()))
    urls = {a.url for a in bundled.sources if a.url}
    assert urls and all(f'href="{url}"' in html for url in urls)
