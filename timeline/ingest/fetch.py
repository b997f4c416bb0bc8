"""`timeline add`: fetch a web page, extract its article, save it as Markdown.

`fetch_page` downloads one page (stdlib `urllib`, with a timeout) and
extracts it as a saved page is (`html.extract_page`); `save_page` writes it
into the sources folder as Markdown with front matter (`title`, `date`,
`url`, `author`, `publisher`), named by date and title, atomically, unless
the folder already holds the same URL or the same text (`Saved`).
"""

from __future__ import annotations

import re
import socket
import unicodedata
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import SourceError, TimelineError
from timeline.ingest.html import Page, extract_page
from timeline.ingest.published import url_date

TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_PAGE = 20 * 1024 * 1024
USER_AGENT = "timeline/0.1 (saves one news article to read offline)"


class FetchError(TimelineError):
    """A page that cannot be had: the URL and what went wrong (HTTP status, timeout, ...)."""

    def __init__(self, url: str, problem: str):
        super().__init__(f"{url}: {problem}")
        self.url = url
        self.problem = problem


def fetch_page(url: str, timeout: float = TIMEOUT) -> Page:
    """The article of the page at `url`; `FetchError` when it cannot be had."""
    if not re.match(r"(?i)https?://[^/\s]", url):
        raise FetchError(url, "not an http:// or https:// URL")
    markup = _download(url, timeout)
    try:
        page = extract_page(markup, url)
    except SourceError as e:
        raise FetchError(url, e.problem) from None
    return page if page.url else Page(page.text, page.title, page.author, page.publisher, url, page.dated)


def _download(url: str, timeout: float) -> str:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in ("text/html", "application/xhtml+xml"):
                raise FetchError(url, f"not an HTML page (Content-Type {kind})")
            data = response.read(MAX_PAGE + 1)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as e:
        raise FetchError(url, f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise FetchError(url, _why(e.reason, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise FetchError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as e:  # a reset connection, an invalid URL
        raise FetchError(url, _why(e, timeout)) from None
    if len(data) > MAX_PAGE:
        raise FetchError(url, f"page larger than {MAX_PAGE // (1024 * 1024)} MB")
    try:
        return data.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", errors="replace")


def _why(reason, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    return getattr(reason, "strerror", None) or str(reason)


@dataclass(frozen=True)
class Saved:
    """What the sources folder holds: each saved URL and each article's words."""

    urls: dict[str, str]  # normalised URL -> file
    texts: list[tuple[str, str]]  # (the article's words joined by spaces, file)

    def holding(self, page: Page, url: str) -> str | None:
        """The file that already holds `page` (fetched from `url`), if any."""
        for u in (url, page.url):
            if u and _norm_url(u) in self.urls:
                return self.urls[_norm_url(u)]
        body = _words(_body(page))
        return next((name for words, name in self.texts if body and body in words), None)

    def add(self, page: Page, url: str, name: str) -> None:
        for u in (url, page.url):
            if u:
                self.urls[_norm_url(u)] = name
        self.texts.append((_words(page.text), name))


def saved_in(folder: Path) -> Saved:
    """The URLs and texts of the articles already in `folder` (none when it does not exist)."""
    from timeline.ingest import find_sources, read_article

    saved = Saved({}, [])
    if not folder.is_dir():
        return saved
    for path in find_sources([folder])[0]:
        try:
            article = read_article(path)
        except TimelineError:
            continue
        if article.url:
            saved.urls[_norm_url(article.url)] = str(path)
        saved.texts.append((_words(article.text[article.body_start :]), str(path)))
    return saved


def save_page(page: Page, url: str, folder: Path) -> Path:
    """Write `page` into `folder` as Markdown with front matter; the new file's path."""
    from timeline.export import write_atomic

    folder.mkdir(parents=True, exist_ok=True)
    dated = page.dated or url_date(page.url or url, None)
    stem = "-".join(x for x in (dated.day.isoformat() if dated else "", _slug(page.title or "")) if x) or "page"
    path = folder / f"{stem}.md"
    n = 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.md", n + 1
    write_atomic(path, markdown(page, url, dated.day if dated else None))
    return path


def markdown(page: Page, url: str, day) -> str:
    """The page as Markdown: YAML front matter (safely quoted by the YAML emitter), then its paragraphs."""
    import yaml

    fields = {"title": page.title, "date": day, "url": page.url or url, "author": page.author, "publisher": page.publisher}
    fields = {key: value for key, value in fields.items() if value}
    head = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
    heading = f"# {' '.join(page.title.split())}\n\n" if page.title else ""  # the title line, not the first paragraph
    return f"---\n{head}---\n{heading}{_body(page)}"


def _body(page: Page) -> str:
    """The page's paragraphs without the title line `extract_page` put first."""
    if page.title and page.text.startswith(page.title + "\n\n"):
        return page.text[len(page.title) + 2 :]
    return page.text


def _slug(title: str, limit: int = 60) -> str:
    """ "Asian Markets Surge Tuesday" -> "asian-markets-surge-tuesday" (ASCII, at most `limit` characters)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_title)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or (words[0][:limit] if words else "")


def _norm_url(url: str) -> str:
    """A URL as compared for "already saved": no fragment, scheme or trailing slash; host in lower case."""
    url = url.strip().split("#", 1)[0]
    url = re.sub(r"(?i)^https?://(www\.)?", "", url).rstrip("/")
    host, _, rest = url.partition("/")
    return f"{host.lower()}/{rest}"


def _words(text: str) -> str:
    return " ".join(text.split())
