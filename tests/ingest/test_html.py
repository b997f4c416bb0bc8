"""Saved web pages (.html, .htm): the article as a reader of the page sees it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from bad_input_helpers import GOOD, write

from timeline.errors import SourceError
from timeline.ingest import find_sources, parse_article, read_article
from timeline.pipeline import read_corpus

PAGES = Path(__file__).parent.parent / "data" / "pages"
REAL = Path(__file__).parent.parent / "data" / "realnews"
# Every date the pages' chrome holds (nav, cookie banner, Most read, newsletter, related, footer).
CHROME_DATES = ["2019", "2018", "2017", "2015", "2023", "2024", "Most read", "cookie", "newsletter", "Related"]

CASES = {
    "jsonld-asian-markets-surge.html": ("voa-2020-09-08-asian-markets-surge", date(2020, 9, 8), "html-meta"),
    "meta-atlantis-launch.html": ("wikinews-2006-08-31-atlantis-launch", date(2006, 8, 31), "html-meta"),
    "time-european-markets-nosedive.html": ("voa-2020-10-26-european-markets-nosedive", date(2020, 10, 26), "html-meta"),
    "url-fed-cut.htm": ("voa-2007-09-18-fed-cut", date(2007, 9, 18), "url"),
}  # fmt: skip


def real(name: str) -> tuple[str, list[str]]:
    """The real article's title and paragraphs (what a reader of the page sees)."""
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    title = re.search(r'^title: "(.*)"$', head, re.MULTILINE).group(1)
    return title, [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]


@pytest.mark.parametrize("page", sorted(CASES))
def test_page_reads_as_its_article(page):
    name, day, source = CASES[page]
    article = read_article(PAGES / page)
    title, paragraphs = real(name)
    assert article.title == title
    assert (article.published, article.published_from) == (day, source)
    shown = [" ".join(article.text[s:e].split()) for s, e in article.content]
    assert shown[0] == title and shown[1:] == paragraphs  # every paragraph, in order, nothing else
    assert not [w for w in CHROME_DATES if w in article.text]
    assert not article.text.lstrip().startswith("<") and "<p>" not in article.text


def test_page_metadata_from_the_markup():
    jsonld = read_article(PAGES / "jsonld-asian-markets-surge.html")
    assert (jsonld.author, jsonld.publisher) == ("VOA News", "Voice of America")
    assert jsonld.url == "https://www.voanews.com/economy-business/asian-markets-surge-tuesday"
    meta = read_article(PAGES / "meta-atlantis-launch.html")
    assert (meta.author, meta.publisher) == ("Wikinews contributors", "Wikinews")


def test_published_date_over_modified_date(tmp_path):
    markup = (PAGES / "jsonld-asian-markets-surge.html").read_text(encoding="utf-8")
    swapped = markup.replace('"dateModified"', '"dateX"').replace('"datePublished"', '"dateModified"')
    swapped = swapped.replace('"dateX"', '"datePublished"')  # published 2020-09-10, modified 2020-09-08
    article = read_article(write(tmp_path / "p.html", swapped))
    assert article.published == date(2020, 9, 10)


def test_chrome_dates_never_become_events(tmp_path):
    corpus = read_corpus([PAGES / page for page in CASES])
    assert len(corpus.articles) == len(CASES) and not [w for w in corpus.warnings if w.kind != "date-outlier"]
    from timeline.pipeline import build_timeline

    entries = build_timeline([PAGES / page for page in CASES]).entries
    years = {e.first.year for e in entries} | {e.last.year for e in entries}
    assert entries and not years & {2015, 2017, 2018, 2019, 2023, 2024}
    # the same events, dated the same, as the real articles saved as Markdown files
    for name, day, _ in CASES.values():
        title, paragraphs = real(name)
        write(tmp_path / f"{name}.md", f"---\ndate: {day}\n---\n# {title}\n\n" + "\n\n".join(paragraphs) + "\n")
    texts = build_timeline([tmp_path]).entries
    assert {(e.first, e.last, e.summary) for e in entries} == {(e.first, e.last, e.summary) for e in texts}


def test_folder_finds_html_beside_text(tmp_path):
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.html", (PAGES / "meta-atlantis-launch.html").read_text(encoding="utf-8"))
    write(tmp_path / "c.HTM", (PAGES / "url-fed-cut.htm").read_text(encoding="utf-8"))
    paths, warnings = find_sources([tmp_path])
    assert [p.name for p in paths] == ["a.txt", "b.html", "c.HTM"] and warnings == []


@pytest.mark.parametrize(
    "content", [b"", b"   \n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "<html><body><nav>Home</nav></body></html>"]
)
def test_bad_page_is_a_problem_naming_the_file(tmp_path, content):
    path = write(tmp_path / "bad.html", content)
    with pytest.raises(SourceError) as raised:
        read_article(path)
    assert raised.value.path == str(path)


def test_bad_page_does_not_stop_the_rest(tmp_path):
    write(tmp_path / "bad.html", "<html><body><div class='cookie-banner'>We use cookies</div></body></html>")
    write(tmp_path / "good.html", (PAGES / "url-fed-cut.htm").read_text(encoding="utf-8"))
    corpus = read_corpus([tmp_path])
    assert [Path(a.path).name for a in corpus.articles] == ["good.html"]
    assert corpus.skipped == 1 and any("bad.html" in str(w) for w in corpus.warnings)


def test_extraction_never_fetches(monkeypatch, tmp_path):
    import urllib.request

    def refuse(*args, **kwargs):
        raise AssertionError("network used during extraction")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr("socket.create_connection", refuse)
    for page in CASES:
        read_article(PAGES / page)


@pytest.mark.parametrize(
    ("pasted", "decoded"),
    [("MAX&#39;s board", "MAX's board"), ("Tom &amp; Jerry", "Tom & Jerry"), ("a&nbsp;b", "a\xa0b"), ("AT&T and R&D", "AT&T and R&D")],
)
def test_entities_decoded_in_text_files(pasted, decoded):
    article = parse_article(f"Board meets\n\nMarch 3, 2023\n\nThe {pasted} met on Monday.\n", "a.txt")
    assert decoded in article.text and "&#39;" not in article.text
    quotes = [article.text[s:e] for s, e in article.content]
    assert any(decoded in q for q in quotes)  # offsets point into the decoded text


_BODY = ("<p>The harbour board voted on Monday to close the old ferry terminal, ending a service that had run for"
         " decades between the two towns on either side of the estuary.</p>"
         "<p>Board members said the money saved would go towards repairing the sea wall before the winter storms.</p>")  # fmt: skip


def _site(head: str, before: str, article: str, after: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>Ferry terminal to close</title>{head}</head><body>{before}"
            f"<main><article><h1>Ferry terminal to close</h1>{article}</article>{after}</main></body></html>")  # fmt: skip


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # other stories' <time> under class names the chrome list does not know, after the article
        ("", '<div class="rail"><h3>Popular now</h3><ul><li><a href="/x">Bridge reopens</a> <time datetime="2021-03-04">4 March 2021</time></li></ul></div>'),
        ("", '<div class="bottom-bar"><p>Updated <time datetime="2022-10-01">1 October 2022</time></p></div>'),
        # a list of other stories above the article
        ('<div class="ticker"><ul><li><time datetime="2021-03-04">4 March</time> <a href="/y">Bridge reopens</a></li></ul></div>', ""),
        # a teaser of another story wrapped in its own <article>
        ("", '<div class="cards"><article class="card"><a href="/z">Bridge reopens</a> <time datetime="2021-03-04">4 March 2021</time></article></div>'),
        # a link whose URL holds another page's date
        ('<div class="top"><ul class="menu"><li><a href="/archive/2021/03/04">Archive</a></li></ul></div>', ""),
        ('<div class="top"><p><a href="/by-date/2021/03/04">Bridge reopens</a></p></div>', ""),
    ],
)  # fmt: skip
def test_chrome_dates_outside_the_article_leave_the_url_date(tmp_path, before, after):
    head = '<link rel="canonical" href="https://news.example.org/local/2020/05/18/ferry-terminal-to-close">'
    article = read_article(write(tmp_path / "p.html", _site(head, before, _BODY, after)))
    assert (article.published, article.published_from) == (date(2020, 5, 18), "url")


def test_byline_time_above_the_article_still_dates_the_page(tmp_path):
    before = '<header class="story-head"><p class="dateline">By Ann Lee, <time datetime="2020-05-18">May 18, 2020</time></p></header>'
    article = read_article(write(tmp_path / "p.html", _site("", before, _BODY, "")))
    assert (article.published, article.published_from) == (date(2020, 5, 18), "html-meta")


def test_time_inside_the_article_dates_the_page(tmp_path):
    inside = '<p class="byline">By Ann Lee | <time datetime="2020-05-18">May 18, 2020</time></p>' + _BODY
    after = '<div class="rail"><ul><li><time datetime="2021-03-04">4 March 2021</time></li></ul></div>'
    article = read_article(write(tmp_path / "p.html", _site("", "", inside, after)))
    assert (article.published, article.published_from) == (date(2020, 5, 18), "html-meta")


def test_page_without_article_element_keeps_its_time(tmp_path):
    markup = (f"<html><head><title>Ferry terminal to close</title></head><body><div class='story'><h1>Ferry terminal to close</h1>"
              f"<div class='meta'><time datetime='2020-05-18'>May 18, 2020</time></div>{_BODY}</div></body></html>")  # fmt: skip
    article = read_article(write(tmp_path / "p.html", markup))
    assert (article.published, article.published_from) == (date(2020, 5, 18), "html-meta")


@pytest.mark.parametrize(
    "caption",
    [
        "<figure><img src='a.png' alt=''><figcaption>Screen Shot 2018-10-29 at 13.51.38</figcaption></figure>",
        "<p>Screen Shot 2018-10-29 at 13.51.38</p>",
        "<div class='photo-caption'>FILE - In this Oct. 29, 2018 photo, the terminal stands empty.</div>",
    ],
)  # fmt: skip
def test_a_caption_date_is_no_publication_date(tmp_path, caption):
    # a picture's caption dates the picture (issue 13): the URL's date is the page's
    head = '<link rel="canonical" href="https://news.example.org/local/2020/05/18/ferry-terminal-to-close">'
    article = read_article(write(tmp_path / "p.html", _site(head, "", caption + _BODY, "")))
    assert (article.published, article.published_from) == (date(2020, 5, 18), "url")
