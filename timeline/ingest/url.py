"""An article's URL, the date in its path, its publisher and its site's country.

- url: an "Original url:" / "Source:" line, a headline link, a bare URL line;
  never a photo credit ("Featured Photo:") nor a reference in a list;
- publisher: from the URL's host, when the host is a known publisher;
- the site's country domain (.co.uk, .de) tells how it writes numeric dates.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from timeline.chrome import vocabulary
from timeline.lexicon.calendar import MONTHS
from timeline.text.lines import Line
from timeline.text.markup import strip_control, strip_markup

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_URL_DATE = [
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?:/|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d\d)/" + _MONTH + r"/(?P<day>[0-3]?\d)(?:/|$)", re.IGNORECASE),
    re.compile(r"[/_-](?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[/_.-]|$)"),
    re.compile(r"[/_-](?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?:[/_.-]|$)"),
    re.compile(r"[/_-]" + _MONTH + r"-(?P<day>[0-3]?\d)-(?P<year>(?:19|20)\d\d)(?:[/_.-]|$)", re.IGNORECASE),
    re.compile(r"[/_-](?P<day>[0-3]?\d)-" + _MONTH + r"-(?P<year>(?:19|20)\d\d)(?:[/_.-]|$)", re.IGNORECASE),
]
# A year (and month) alone as path segments: "/2019/", "/2019/03/", "/2019/mar/"
_URL_YEAR = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?:(?P<month>0?[1-9]|1[0-2]|" + _MONTH[len("(?P<month>"):-1] + r")(?:/|$))?",
                       re.IGNORECASE)
_LABELLED_URL = re.compile(
    r"^(?:original\s+url|original\s+article|source\s+url|source|url|canonical(?:\s+url)?|link|"
    r"originally\s+published\s+(?:at|on|in))\s*:\s*(?P<rest>.{0,2100})$",
    re.IGNORECASE,
)
URL_IN = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]{1,2000}", re.IGNORECASE)
_MD_LINK_URL = re.compile(r"\]\((?P<url>https?://[^)\s]{1,2000})\)", re.IGNORECASE)


def _split(url: str):
    """`urlsplit(url)`, or None for a URL it refuses (`http://[x/`: a malformed IPv6 host)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def date_in_url(url: str) -> date | None:
    """A publication date in a URL path: `/2025/01/14/`, `/2024/mar/06/`, `-2024-07-04/`,
    `-20191217-` or `september-16-2020`."""
    parts = _split(url)
    path = parts.path if parts is not None else url
    for pattern in _URL_DATE:
        m = pattern.search(path)
        if m:
            month = m.group("month")
            try:
                return date(int(m.group("year")), int(month) if month.isdigit() else MONTHS[month.lower()], int(m.group("day")))
            except ValueError:
                continue
    return None


def year_in_url(url: str) -> tuple[int, int | None] | None:
    """The year, and the month when given, of a URL path that dates its page
    only so far: `/2019/03/fed-holds`, `/news/2019/fed-holds` -> (2019, 3), (2019, None)."""
    parts = _split(url)
    path = parts.path if parts is not None else url
    m = _URL_YEAR.search(path)
    if not m:
        return None
    month = m.group("month")
    return int(m.group("year")), (int(month) if month.isdigit() else MONTHS[month.lower()]) if month else None


def _host(url: str) -> str:
    parts = _split(url if "://" in url else "http://" + url)
    try:
        host = parts.hostname if parts is not None else None
    except ValueError:  # a port or host urlsplit took but cannot read
        host = None
    return (host or "").lower().rstrip(".")


def publisher_for(url: str | None) -> str | None:
    """The publisher's name for a URL whose host is a known news site."""
    if not url:
        return None
    publishers = vocabulary().publishers
    parts = _host(url).split(".")
    for i in range(len(parts) - 1):
        name = publishers.get(".".join(parts[i:]))
        if name:
            return name
    return None


def day_first_site(url: str | None) -> bool:
    """The URL's host is in a country that writes the day first (04/03/2024 is 4 March)."""
    return bool(url) and _host(url).rsplit(".", 1)[-1] in vocabulary().day_first_domains


def find_url(text: str, lines: list[Line], title_line: int | None) -> tuple[str | None, set[int]]:
    """The article's own URL and the lines that hold it: a labelled URL line
    wins, then a link in the headline, then the first bare URL line."""
    labelled = bare = None
    claimed: set[int] = set()
    after_label = -1  # a label line whose URL is on the next non-blank line
    for i, ln in enumerate(lines):
        if ln.end - ln.start > 2200:
            continue
        raw = text[ln.start : ln.end]
        if not raw.strip() or not (after_label >= 0 or "http" in raw or "www." in raw or ":" in raw[:60]):
            continue
        p = strip_markup(raw)
        m = _LABELLED_URL.match(p)
        url = _url_of(raw)
        if m and labelled is None:
            if url:
                labelled = url
                claimed.add(i)
            elif not m.group("rest").strip():
                after_label = i
            continue
        if after_label >= 0:
            if url and labelled is None and _is_url_only(p):
                labelled = url
                claimed.update({after_label, i})
            after_label = -1
            continue
        if bare is None and url and _is_url_only(p) and not re.match(r"^\s*[-*+•]\s", raw):
            bare = url
            claimed.add(i)
    title_link = None
    if title_line is not None:
        ln = lines[title_line]
        m = _MD_LINK_URL.search(text[ln.start : ln.end])
        title_link = _clean_url(m.group("url")) if m else None
    return labelled or title_link or bare, claimed


def _url_of(raw: str) -> str | None:
    m = _MD_LINK_URL.search(raw) or URL_IN.search(raw)
    if not m:
        return None
    url = _clean_url(m.group("url") if "url" in (m.re.groupindex or {}) else m.group(0))
    if url.lower().startswith("www."):
        url = "https://" + url
    return url


def _is_url_only(p: str) -> bool:
    return bool(re.fullmatch(r"(?<![<(\[])[<(\[]*(?:https?://|www\.)\S{1,2000}", p.strip(), re.IGNORECASE))


def _clean_url(url: str) -> str:
    return strip_control(url).rstrip(".,;:>)]*")
