"""Rebuild the saved pages in this folder from the real articles in ../realnews.

Each page wraps one article's real text in the markup real news sites carry
(see README.md): the publication date in JSON-LD, in meta tags only, only in a
<time> element, or only in the URL; and site chrome around it (navigation, a
cookie banner, a "Most read" aside, a newsletter box, related links, a footer)
whose dates must never reach the article.  Run: python tests/data/pages/build.py
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).parent
REAL = HERE.parent / "realnews"

CHROME_TOP = """<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a>
 | <a href="/archive/2019-03-04">Archive: March 4, 2019</a></nav></header>
<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience.
Our cookie policy was updated on March 3, 2019. <button>Accept all</button></p></div>"""

CHROME_SIDE = """<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/a/1">Parliament dissolved</a> <time datetime="2019-06-12">June 12, 2019</time></li>
<li><a href="/a/2">Storm hits coast on 14 February 2018</a></li></ol></aside>
<div class="newsletter"><h3>Sign up for our newsletter</h3>
<p>Our daily briefing, delivered every morning since January 1, 2015.</p>
<form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>"""

CHROME_BOTTOM = """<section class="related"><h2>Related stories</h2><ul>
<li><a href="/a/3">Markets tumble</a> <time datetime="2018-05-04T08:00:00Z">May 4, 2018</time></li>
<li><a href="/a/4">Central bank meets on 9 November 2017</a></li></ul></section>
<footer><p>&copy; 2024 Example Media. All rights reserved. Site last updated <time datetime="2023-12-31">December 31, 2023</time>.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>"""


def article(name: str) -> tuple[dict, list[str]]:
    """The front matter fields and the paragraphs of a real article."""
    text = (REAL / f"{name}.txt").read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    fields = dict(line.split(": ", 1) for line in head.strip().splitlines())
    fields["title"] = fields["title"].strip('"')
    return fields, [p.strip() for p in body.split("\n\n") if p.strip()]


def page(fields: dict, paragraphs: list[str], head: str, byline: str) -> str:
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(fields["title"])} | {html.escape(fields["publisher"])}</title>
{head}
</head><body>
{CHROME_TOP}
<main><article>
<h1>{html.escape(fields["title"])}</h1>
{byline}
<div class="article-body">
{body}
</div>
</article>
{CHROME_SIDE}
</main>
{CHROME_BOTTOM}
</body></html>
"""


def jsonld(name: str) -> str:
    fields, paragraphs = article(name)
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": fields["title"],
        "datePublished": f"{fields['date']}T05:10:00Z", "dateModified": "2020-09-10T12:00:00Z",
        "author": {"@type": "Person", "name": "VOA News"},
        "publisher": {"@type": "Organization", "name": fields["publisher"]},
        "mainEntityOfPage": fields["url"],
    }  # fmt: skip
    head = f'<link rel="canonical" href="{fields["url"]}">\n<script type="application/ld+json">{json.dumps(data)}</script>'
    return page(fields, paragraphs, head, '<p class="byline">By VOA News</p>')


def meta(name: str) -> str:
    fields, paragraphs = article(name)
    head = "\n".join([
        f'<link rel="canonical" href="{fields["url"]}">',
        f'<meta property="og:title" content="{html.escape(fields["title"])}">',
        f'<meta property="og:site_name" content="{fields["publisher"]}">',
        f'<meta property="article:published_time" content="{fields["date"]}T14:00:00Z">',
        '<meta property="article:modified_time" content="2006-09-02T09:00:00Z">',
        '<meta name="author" content="Wikinews contributors">',
    ])  # fmt: skip
    return page(fields, paragraphs, head, "")


def time_only(name: str) -> str:
    fields, paragraphs = article(name)
    shown = "October 26, 2020"
    byline = f'<p class="byline">By VOA News | <time datetime="{fields["date"]}">{shown}</time></p>'
    return page(fields, paragraphs, f'<link rel="canonical" href="{fields["url"]}">', byline)


def url_only(name: str) -> str:
    fields, paragraphs = article(name)
    return page(fields, paragraphs, f'<link rel="canonical" href="{fields["url"]}">', "")


PAGES = {
    "jsonld-asian-markets-surge.html": (jsonld, "voa-2020-09-08-asian-markets-surge"),
    "meta-atlantis-launch.html": (meta, "wikinews-2006-08-31-atlantis-launch"),
    "time-european-markets-nosedive.html": (time_only, "voa-2020-10-26-european-markets-nosedive"),
    "url-fed-cut.htm": (url_only, "voa-2007-09-18-fed-cut"),
}

if __name__ == "__main__":
    for out, (build, name) in PAGES.items():
        (HERE / out).write_text(build(name), encoding="utf-8")
