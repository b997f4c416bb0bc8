"""Rebuild the held-out saved pages in this folder from the real articles in ./articles.

Each page wraps one article's real text (verbatim) in the markup real news
sites carry (see README.md): the publication date in JSON-LD, only in an
`article:published_time` meta tag, only in a <time> element of the byline, or
only in the URL. Around it is site chrome (navigation, a cookie banner, a
"Most read" list, a newsletter box, related links, a footer) whose dates must
never reach the article. Two chrome styles alternate: "A" uses the class names
most sites use (cookie-banner, most-read, newsletter, related); "B" uses other
names real sites use (gdpr-notice, top-stories, signup-box, more-on-this,
site-info) and puts the "Most read" list in a plain <div>, not an <aside>.

Run: python tests/data/pages-heldout/build.py
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"

# Chrome dates: none of their years (2012-2016, 2019, 2021, 2022, 2025) occurs in any article.
CHROME_A_TOP = """<header class="masthead"><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a>
 | <a href="/archive/2016-08-12">Archive: 12 August 2016</a></nav></header>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to give you the best experience.
This notice was last updated on 3 February 2021. <button>Accept all</button> <button>Manage</button></p></div>"""

CHROME_A_SIDE = """<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/a/11">Ministers resign over budget</a> <time datetime="2019-11-05">5 Nov 2019</time></li>
<li><a href="/a/12">Floods hit valley on March 14, 2013</a></li></ol></aside>
<div class="newsletter"><h3>Get the morning briefing</h3>
<p>Sent every weekday since October 2, 2012.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>"""

CHROME_A_BOTTOM = """<section class="related"><h2>Related coverage</h2><ul>
<li><a href="/a/13">Talks collapse</a> <time datetime="2022-06-30T10:00:00Z">June 30, 2022</time></li>
<li><a href="/a/14">Summit opens on 9 April 2014</a></li></ul></section>
<footer><p>&copy; 2025 Example News Group. All rights reserved. Page generated <time datetime="2025-01-15">15 January 2025</time>.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a> | <a href="/contact">Contact</a></p></footer>"""

CHROME_B_TOP = """<div class="site-header"><ul class="menu"><li><a href="/">Front page</a></li><li><a href="/news">News</a></li>
<li><a href="/by-date/2016/08/12">Archive: 12 August 2016</a></li></ul></div>
<div class="gdpr-notice" role="dialog"><p>This site stores data such as cookies. Notice updated on 3 February 2021.
<a href="/privacy">Learn more</a> <button>OK</button></p></div>"""

CHROME_B_SIDE = """<div class="top-stories"><h2>Most read</h2><ul>
<li><a href="/s/21">Ministers resign over budget</a> <span class="stamp"><time datetime="2019-11-05T07:30:00Z">5 Nov 2019</time></span></li>
<li><a href="/s/22">Floods hit valley on March 14, 2013</a></li></ul></div>
<div class="signup-box"><h3>Our weekly email</h3><p>Delivered every Friday since October 2, 2012.</p>
<input type="email" placeholder="Email address"><button>Join</button></div>"""

CHROME_B_BOTTOM = """<div class="more-on-this"><h2>More on this story</h2><ul>
<li><a href="/s/23">Talks collapse</a> <time datetime="2022-06-30T10:00:00Z">June 30, 2022</time></li>
<li><a href="/s/24">Summit opens on 9 April 2014</a></li></ul></div>
<div class="site-info"><p>&copy; 2025 Example News Group. Last updated <time datetime="2025-01-15">15 January 2025</time>.</p>
<p><a href="/about">About us</a> &middot; <a href="/terms">Terms</a></p></div>"""

CHROME = {"A": (CHROME_A_TOP, CHROME_A_SIDE, CHROME_A_BOTTOM), "B": (CHROME_B_TOP, CHROME_B_SIDE, CHROME_B_BOTTOM)}


def article(name: str) -> tuple[dict, list[str]]:
    """The front matter fields and the paragraphs of a real article."""
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    fields = dict(line.split(": ", 1) for line in head.strip().splitlines())
    fields["title"] = fields["title"].strip('"')
    return fields, [p.strip() for p in body.split("\n\n") if p.strip()]


def page(fields: dict, paragraphs: list[str], head: str, byline: str, chrome: str, site: str, subheads=()) -> str:
    top, side, bottom = CHROME[chrome]
    body = "\n".join(
        f"<h2>{html.escape(p, quote=False)}</h2>" if p in subheads else f"<p>{html.escape(p, quote=False)}</p>"
        for p in paragraphs
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(fields["title"])} | {html.escape(site)}</title>
{head}
</head><body>
{top}
<main id="content"><article>
<h1>{html.escape(fields["title"])}</h1>
{byline}
<div class="story-body">
{body}
</div>
</article>
{side}
</main>
{bottom}
</body></html>
"""


def jsonld_plain(name, published, modified, chrome, subheads=()):
    """A plain NewsArticle object (datePublished, a later dateModified)."""
    fields, paragraphs = article(name)
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": fields["title"],
        "datePublished": published, "dateModified": modified,
        "author": {"@type": "Organization", "name": "Wikinews contributors"},
        "publisher": {"@type": "Organization", "name": fields["publisher"]},
        "mainEntityOfPage": {"@type": "WebPage", "@id": fields["url"]},
    }  # fmt: skip
    head = f'<link rel="canonical" href="{fields["url"]}">\n<script type="application/ld+json">{json.dumps(data)}</script>'
    return page(fields, paragraphs, head, "", chrome, fields["publisher"], subheads)


def jsonld_graph(name, published, modified, chrome, subheads=()):
    """A Yoast-style @graph (WebSite, WebPage, NewsArticle), as WordPress sites write it."""
    fields, paragraphs = article(name)
    url = fields["url"]
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://en.wikinews.org/#website", "name": fields["publisher"], "url": "https://en.wikinews.org/"},
        {"@type": "WebPage", "@id": url, "url": url, "name": fields["title"], "isPartOf": {"@id": "https://en.wikinews.org/#website"},
         "datePublished": published, "dateModified": modified},
        {"@type": "NewsArticle", "@id": url + "#article", "headline": fields["title"], "isPartOf": {"@id": url},
         "datePublished": published, "dateModified": modified,
         "author": {"@type": "Person", "name": "Wikinews contributors"},
         "publisher": {"@type": "Organization", "name": fields["publisher"]}},
    ]}  # fmt: skip
    head = "\n".join([
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{fields["publisher"]}">',
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(data)}</script>',
    ])  # fmt: skip
    return page(fields, paragraphs, head, '<p class="byline">By Wikinews contributors</p>', chrome, fields["publisher"], subheads)


def meta(name, published, modified, chrome, author_tag, subheads=()):
    """Only Open Graph / article: meta tags carry the dates."""
    fields, paragraphs = article(name)
    head = "\n".join([
        f'<link rel="canonical" href="{fields["url"]}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{html.escape(fields["title"])}">',
        f'<meta property="og:site_name" content="{fields["publisher"]}">',
        f'<meta property="article:published_time" content="{published}">',
        f'<meta property="article:modified_time" content="{modified}">',
        author_tag,
    ])  # fmt: skip
    return page(fields, paragraphs, head, "", chrome, fields["publisher"], subheads)


def time_only(name, datetime, shown, byline_before, chrome):
    """Only a <time> element in the byline; no date in any meta tag or JSON-LD."""
    fields, paragraphs = article(name)
    head = "\n".join([
        f'<link rel="canonical" href="{fields["url"]}">',
        f'<meta property="og:site_name" content="{fields["publisher"]}">',
    ])  # fmt: skip
    byline = f'<div class="byline">{byline_before}<time datetime="{datetime}">{shown}</time></div>'
    return page(fields, paragraphs, head, byline, chrome, fields["publisher"])


def url_only(name, url, site, chrome):
    """The date only in the page's URL (canonical link and og:url), on a site republishing the article."""
    fields, paragraphs = article(name)
    head = "\n".join([
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:title" content="{html.escape(fields["title"])}">',
    ])  # fmt: skip
    return page(fields, paragraphs, head, f'<p class="credit">Source: {html.escape(fields["publisher"])}</p>', chrome, site)


OVERVIEW_HEADS = ("2008: the stories", "January 1: Cyprus and Malta adopt the euro",
                  "January 21: World stocks plunge on fears on US recession")  # fmt: skip

PAGES = {
    "jsonld-vanuatu-pm-ousted.html": lambda: jsonld_plain(
        "wikinews-2010-12-02-vanuatu-pm-ousted", "2010-12-02T09:41:00Z", "2010-12-05T18:02:00Z", "A"),
    "jsonld-overview-2008.html": lambda: jsonld_graph(
        "wikinews-2008-12-31-overview-2008", "2008-12-31T21:15:00+00:00", "2009-01-03T11:20:00+00:00", "B", OVERVIEW_HEADS),
    "meta-socal-earthquake.html": lambda: meta(
        "wikinews-2010-07-08-socal-earthquake", "2010-07-08T01:30:00Z", "2010-07-09T16:45:00Z", "B",
        '<meta name="author" content="Wikinews contributors">'),
    "meta-shorts-hicks.html": lambda: meta(
        "wikinews-2007-03-31-shorts-hicks", "2007-03-31T12:00:00-04:00", "2007-04-02T08:00:00-04:00", "A",
        '<meta property="article:author" content="Wikinews contributors">',
        ("Hicks to serve 9 months in Australia",)),
    "time-taiwan-earthquake.html": lambda: time_only(
        "wikinews-2007-08-09-taiwan-earthquake", "2007-08-09T03:20:00+00:00", "Thursday, August 9, 2007", "", "A"),
    "time-state-irf-report.html": lambda: time_only(
        "state-2018-05-25-irf-report-notice", "2018-05-25", "May 25, 2018",
        '<span class="author">By Office of the Spokesperson</span> <span class="sep">|</span> ', "B"),
    "url-hurricane-felix.htm": lambda: url_only(
        "wikinews-2007-09-04-hurricane-felix",
        "https://www.example-news.org/world/2007/sep/04/hurricane-felix-makes-landfall-in-nicaragua", "Example News", "B"),
    "url-dod-iraq-force.htm": lambda: url_only(
        "dod-2005-12-23-iraq-force-adjustments",
        "https://www.dailyexample.com/news/nation-world/ct-dod-iraq-force-adjustments-20051223-story.html", "Daily Example", "A"),
}

if __name__ == "__main__":
    for out, build in PAGES.items():
        (HERE / out).write_text(build(), encoding="utf-8")
