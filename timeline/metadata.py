"""Stage 2: an article's metadata, from YAML front matter or from the text.

Front matter (`title`, `date`, `url`, `author`, `publisher` between `---`
lines, or their aliases: `published`, `source`, `authors` ... as web clippers
write them) wins. Without it:

- title: the first line of the article proper, after any site chrome above it
  and any one- or two-word section labels above a headline that the byline or
  dateline follows ("Markets"); a wire desk's tag ("UPDATE 1-") is dropped;
- author: a byline ("By X", "By: X |", "By [X](#)"), a name line directly
  above the dateline ("Lizzie Dearden" / "Thursday 10 November 2016 09:27 GMT")
  or above a role line ("Business reporter, BBC News"), a name line directly
  under the headline ("Tom Ashby, Lecturer in ..."), else a wire footer's
  "(Reporting by X; ...)";
- published, first found of: a dateline or byline date in the first lines;
  the date of a wire dateline opening the story ("PARIS, March 6, 2024 (AFP) -");
  a footer's "This article was first published on ..." (`footer`); a date in
  the URL path (`/2025/01/14/`, `/2024/mar/06/`). Never a date from other site
  chrome or from prose, nor a relative one ("Published 3 hours ago"). A numeric
  date that reads two ways (04/03/2024) is decided by a time zone beside it,
  the site's country domain or another numeric date of the page; else it is
  left out with a warning;
- url: an "Original url:" / "Source:" line, a bare URL line, a headline link;
  never a photo credit ("Featured Photo:") nor a reference in a list;
- publisher: from the URL's host, when the host is a known publisher; else a
  "Source:"/"Publisher:" line; else the credit of a wire dateline ("(Reuters)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

import yaml

from timeline.chrome import is_chrome_line, vocabulary
from timeline.text.lines import SHORT_LINE, Line
from timeline.text.markup import strip_control, strip_markup as plain

# How many non-blank lines from the top may hold the byline and dateline.
HEAD_LINES = 15
# How many lines may be skipped as chrome before the title.
TITLE_SEARCH_LINES = 60
# Front matter longer than this many lines is not front matter.
FRONT_MATTER_MAX_LINES = 200

FRONT_MATTER_KEYS = ("title", "date", "url", "author", "publisher")


# --- dates ---------------------------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DATELINE_PATTERNS = [
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b"),
]
# Words that may sit on a dateline beside the date.
_DATELINE_FILLER = re.compile(
    r"\b(?:published|posted|updated|last|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|cest|msk|"
    r"est|edt|cst|cdt|pst|pdt|et|pt|\d{1,2}[:.]\d\d(?::\d\d)?(?:am|pm)?|\d{1,3}\s?min(?:ute)?s?\s+read|\d{1,3}\s(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago)\b|[|•·,:\-–—()]",
    re.IGNORECASE,
)
_URL_DATE = [
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?:/|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d\d)/" + _MONTH.replace(r"\.?", "") + r"/(?P<day>[0-3]?\d)(?:/|$)", re.IGNORECASE),
    re.compile(r"[/_-](?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[/_.-]|$)"),
]


def _parse_dateline(s: str) -> tuple[date, tuple[int, int]] | None:
    """The first complete calendar date written in `s`, with its span.

    Uses the date finder (`timeline.dates.find_dates`), keeping only an
    absolute date to the day; falls back to a small pattern of our own if
    the finder is unavailable or fails, so metadata never depends on it.

    >>> _parse_dateline("Thursday 10 November 2016 09:27 GMT")
    (datetime.date(2016, 11, 10), (0, 25))
    """
    found = _dateline_spans(s)
    return (found[0], found[1][0]) if found else None


def _dateline_spans(s: str) -> tuple[date, list[tuple[int, int]]] | None:
    """The first complete calendar date written in `s`, with the spans of every
    mention of a date ("4:31 PM EST, March 5, 2024": the time is a mention too;
    "Published March 4, 2024 Updated March 5, 2024": the update is one)."""
    try:
        from timeline.dates import find_dates

        mentions = find_dates(s, None)
    except Exception:  # the finder is another stage's code; a dateline must not depend on it
        found = _parse_dateline_fallback(s)
        return (found[0], [found[1]]) if found else None
    days = [m for m in mentions if m.precision == "day" and m.anchor == "absolute" and m.first is not None]
    if not days:
        return None
    return days[0].first, [(m.start, m.end) for m in days]


def _parse_dateline_fallback(s: str) -> tuple[date, tuple[int, int]] | None:
    best = None
    for pattern in _DATELINE_PATTERNS:
        m = pattern.search(s)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    month = best.group("month")
    month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    try:
        return date(int(best.group("year")), month_no, int(best.group("day"))), best.span()
    except ValueError:
        return None


def date_in_url(url: str) -> date | None:
    """A publication date in a URL path: `/2025/01/14/`, `/2024/mar/06/` or `-2024-07-04/`."""
    path = urlsplit(url).path
    for pattern in _URL_DATE:
        m = pattern.search(path)
        if m:
            month = m.group("month")
            try:
                return date(int(m.group("year")), int(month) if month.isdigit() else MONTHS[month.lower()], int(m.group("day")))
            except ValueError:
                continue
    return None


def publisher_for(url: str | None) -> str | None:
    """The publisher's name for a URL whose host is a known news site."""
    if not url:
        return None
    host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    host = host.lower().rstrip(".")
    publishers = vocabulary().publishers
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = publishers.get(".".join(parts[i:]))
        if name:
            return name
    return None


# --- front matter ---------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """Safe loading with dates left as strings, so an impossible date
    (2024-13-45) is reported by us instead of aborting the whole block."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class FrontMatter:
    fields: dict = field(default_factory=dict)  # title/url/author/publisher: str, date: date
    body_start: int = 0
    warnings: list[str] = field(default_factory=list)


_FENCE = re.compile(r"---[ \t]*(?:\r\n|\r|\n|$)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_YAML_KEY = re.compile(r"^[A-Za-z_][\w-]{0,40}:(?:\s|$)")


def parse_front_matter(text: str, lines: list[Line], path: str, today: date | None = None) -> FrontMatter:
    """YAML front matter at the top of `text`, if any; problems become warnings.

    `lines` are `split_lines(text)`. The body starts after the closing `---`.
    """
    fm = FrontMatter()
    if not _FENCE.match(text) or not lines:
        return fm
    close = None
    for i in range(1, min(len(lines), FRONT_MATTER_MAX_LINES)):
        ln = lines[i]
        if ln.end - ln.start < 10 and _CLOSE.match(text[ln.start : ln.end]):
            close = i
            break
    if close is None:
        # Salvage the key: value lines under the opening fence; the rest is article.
        close = 1
        while close < len(lines) and _YAML_KEY.match(text[lines[close].start : lines[close].start + 50]):
            close += 1
        if close == 1:
            return fm  # no "key: value" under it: a horizontal rule, not front matter
        fm.warnings.append(f"{path}: front matter opened with '---' is never closed; read the rest as article text")
        block = text[lines[1].start : lines[close - 1].end] if close > 1 else ""
        fm.body_start = lines[close].start if close < len(lines) else len(text)
    else:
        block = text[lines[1].start : lines[close - 1].end] if close > 1 else ""
        fm.body_start = lines[close + 1].start if close + 1 < len(lines) else len(text)
    try:
        data = yaml.load(block, Loader=_Loader) if block.strip() else {}
    except yaml.constructor.ConstructorError as e:
        problem = str(e.problem or "").strip() or "a YAML tag that is not allowed"
        fm.warnings.append(f"{path}: front matter refused (safe loading only: {problem}); metadata detected from the text")
        return fm
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        fm.warnings.append(f"{path}: front matter is not valid YAML{where}; metadata detected from the text")
        return fm
    if data is None:
        data = {}
    if not isinstance(data, dict):
        fm.warnings.append(f"{path}: front matter is not a list of 'key: value' fields; ignored")
        return fm
    data = _canonical_keys(data)
    for key in FRONT_MATTER_KEYS:
        if key not in data or data[key] is None:
            continue
        value = data[key]
        if key == "author" and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = _names(value)  # web clippers: author: ["[[Elena Brandt]]"]
        if key == "date":
            published, problem = _front_matter_date(value, today or date.today())
            if problem:
                fm.warnings.append(f"{path}: front matter date {_shown(value)} {problem}; ignored")
            else:
                fm.fields["date"] = published
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text_value = " ".join(strip_control(str(value)).split())
            if key == "author":
                text_value = _WIKI_LINK.sub(r"\1", text_value)
            if text_value:
                fm.fields[key] = text_value
        else:
            fm.warnings.append(f"{path}: front matter {key} is not text; ignored")
    return fm


# Other names front matter gives the fields (web clippers, static-site generators).
FRONT_MATTER_ALIASES = {
    "published": "date", "pubdate": "date", "date_published": "date", "publish_date": "date",
    "published_at": "date", "publication_date": "date", "authors": "author", "byline": "author",
    "link": "url", "canonical": "url", "canonical_url": "url", "source_url": "url",
    "source": "url", "site_name": "publisher", "site": "publisher",
}  # fmt: skip
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]{0,200}\|)?([^\]\n]{1,200})\]\]")


def _canonical_keys(data: dict) -> dict:
    """`data` with aliases renamed ("published" -> "date"); a field's own name
    wins over an alias, and a `source` that is no URL is the publisher."""
    out = {key: data[key] for key in FRONT_MATTER_KEYS if key in data}
    for key, value in data.items():
        alias = FRONT_MATTER_ALIASES.get(str(key).lower())
        if alias == "url" and str(key).lower() == "source" and not (isinstance(value, str) and _URL_IN.search(value)):
            alias = "publisher"
        if alias and out.get(alias) is None and value is not None:
            out[alias] = value
    return out


def _names(names: list[str]) -> str:
    """["Ann Lee", "Bo Chen", "Cy Dee"] -> "Ann Lee, Bo Chen and Cy Dee"."""
    names = [_WIKI_LINK.sub(r"\1", n).strip() for n in names if n.strip()]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _shown(value) -> str:
    """A front matter value for a warning; a list or mapping is named, never
    printed (YAML aliases can make a tiny block print as gigabytes)."""
    if isinstance(value, (str, int, float, date)):
        return repr(str(value)[:40])
    return "(a list)" if isinstance(value, list) else "(a mapping)" if isinstance(value, dict) else f"({type(value).__name__})"


_ISO = re.compile(r"^\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ][0-9:.+\-Z ]{0,30})?\s*$")


def _front_matter_date(value, today: date) -> tuple[date | None, str | None]:
    if isinstance(value, date):
        found = value
    elif isinstance(value, str):
        m = _ISO.match(value)
        if m:
            try:
                found = date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            except ValueError:
                return None, "is an impossible date"
        else:
            parsed = _parse_dateline(value)
            if parsed is None:
                return None, "is not a date (write YYYY-MM-DD)"
            found = parsed[0]
    else:
        return None, "is not a date (write YYYY-MM-DD)"
    if found > today:
        return None, "is in the future"
    return found, None


# --- detection from the text ---------------------------------------------------------


@dataclass
class Detected:
    """What the text says about itself; indexes are into the body lines."""

    title: str | None = None
    title_line: int | None = None
    headline: tuple[int, int] | None = None  # span of the title in the text, when it is not the whole line
    author: str | None = None
    publisher: str | None = None  # from a "Publisher:" / "Source:" header line
    url: str | None = None
    published: date | None = None
    published_from: str = "unknown"
    meta_lines: set[int] = field(default_factory=set)  # bylines, datelines, URL lines
    # a numeric dateline that reads two ways: ((month first, day first), its text, line index)
    ambiguous: tuple[tuple[date, date], str, int] | None = None
    first_content: int = 0  # lines above it are chrome (ad banners before the title)
    warnings: list[str] = field(default_factory=list)


_BYLINE = re.compile(
    r"^(?:(?:(?:written|words|reporting|story|text)\s+)?by\s*:?\s+|(?:authors?|reporter|writer)\s*:\s*)(?P<name>\S.{0,120})$",
    re.IGNORECASE,
)
_NAME_WORD = r"[A-Z][\w'’.-]{0,30}"
_NAME_LINE = re.compile(rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|di|van|von|der|den|bin|al|la|le|du)){{1,4}}$")
_NAME_CUT = re.compile(r"\s*(?:,|;|\||•|·|@|\s[-–—]\s|\s(?i:in|for|from|at|published|updated|posted|on)\s).*$")
# "By Jane Smith" before the date on a dateline: "By Jane Smith Published May 6, 2024"
_BY_HEAD = re.compile(r"^\s*(?i:by)\s*:?\s+(?:[A-Z][\w'’.-]*\s*){1,5}")
_HEADING_MD = re.compile(r"^\s{0,3}#{1,6}\s")
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*$")
_LABELLED_URL = re.compile(
    r"^(?:original\s+url|original\s+article|source\s+url|source|url|canonical(?:\s+url)?|link|"
    r"originally\s+published\s+(?:at|on|in))\s*:\s*(?P<rest>.{0,2100})$",
    re.IGNORECASE,
)
_URL_IN = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]{1,2000}", re.IGNORECASE)
_MD_LINK_URL = re.compile(r"\]\((?P<url>https?://[^)\s]{1,2000})\)", re.IGNORECASE)


def _clean_url(url: str) -> str:
    return strip_control(url).rstrip(".,;:>)]*")


def _line_text(text: str, ln: Line) -> str:
    return text[ln.start : ln.end]


def detect(text: str, lines: list[Line], path: str, today: date | None = None) -> Detected:
    """Title, author, URL and publication date as the article's text gives them."""
    today = today or date.today()
    d = Detected()
    d.first_content = _skip_lead_chrome(text, lines)
    head = []  # indexes of the first non-blank, non-chrome lines
    for i in range(d.first_content, min(len(lines), d.first_content + 4 * HEAD_LINES)):
        raw = _line_text(text, lines[i])
        if not raw.strip():
            continue
        head.append(i)
        if len(head) >= HEAD_LINES:
            break
    _find_header_fields(text, lines, head, d, path, today)
    _find_byline_and_dateline(text, lines, head, d, path, today)
    if d.title is None:
        _find_title(text, lines, head, d)
    _strip_title_prefix(text, lines, d)
    _find_url(text, lines, d)
    if d.author is None:
        _author_under_title(text, lines, d)
    if d.author is None:
        _author_in_footer(text, lines, d)
    _wire_dateline(text, lines, head, d, path, today)
    if d.published is None and d.ambiguous is not None:
        _resolve_numeric(text, d, path, today)
    if d.published is None:
        _footer_date(text, lines, d, today)
    if d.published is None and d.url:
        found = date_in_url(d.url)
        if found and found <= today:
            d.published, d.published_from = found, "url"
    return d


def _skip_lead_chrome(text: str, lines: list[Line]) -> int:
    """Index of the first line after the chrome block(s) at the top.

    A block (lines without a blank between them) that starts with a chrome
    line is an appeal or ad banner: its sentences go with it ("Enjoying
    ad-free content?" / "Since July 1, 2024, we have disabled all ads ...").
    """
    in_block = False
    for i in range(min(len(lines), TITLE_SEARCH_LINES)):
        raw = _line_text(text, lines[i])
        if not raw.strip():
            in_block = False
            continue
        if is_chrome_line(raw):
            in_block = True
            continue
        if in_block and len(raw) <= SHORT_LINE and _SENTENCE_END.search(plain(raw)):
            continue
        return i
    return 0 if len(lines) > TITLE_SEARCH_LINES else len(lines)


_HEADER_FIELD = re.compile(
    r"^\W{0,4}(?P<key>title|headline|author|authors|byline|date|published|publication date|posted|"
    r"publisher|site|outlet|source)\W{0,4}\s*:\s*(?P<value>\S.{0,300})$",
    re.IGNORECASE,
)


def _find_header_fields(text, lines, head, d: Detected, path: str, today: date) -> None:
    """"Title: ...", "Author: ...", "Date: ..." lines at the top of a scraped
    page: front matter without the fences."""
    for idx in head:
        ln = lines[idx]
        raw = _line_text(text, ln)
        if len(raw) > 330:
            continue
        m = _HEADER_FIELD.match(raw)
        if not m:
            continue
        key, value = m.group("key").lower(), plain(m.group("value"))
        if not value:
            continue
        if key in ("title", "headline") and d.title is None:
            d.title, d.title_line = value, idx
            start = ln.start + m.start("value")
            end = ln.start + len(raw.rstrip())
            d.headline = (start, end)
        elif key in ("author", "authors", "byline") and d.author is None:
            d.author = _person(re.sub(r"^by\s*:?\s+", "", value, flags=re.IGNORECASE))
            d.meta_lines.add(idx)
        elif key in ("date", "published", "publication date", "posted") and d.published is None:
            found = _parse_dateline(value)
            if found and found[0] <= today:
                d.published, d.published_from = found[0], "dateline"
            elif found:
                d.warnings.append(f"{path}: date {found[0].isoformat()} is in the future; ignored")
            d.meta_lines.add(idx)
        elif key in ("publisher", "site", "outlet", "source") and not _URL_IN.search(value):
            d.publisher = d.publisher or _AGENCIES_TAIL.sub("", value) or value
            d.meta_lines.add(idx)


# "Source: Al Jazeera and news agencies": the outlet is Al Jazeera
_AGENCIES_TAIL = re.compile(r"\s+(?:and|&|with)\s+(?:other\s+)?(?:news\s+|wire\s+)?(?:agencies|wires|wire services)\b.*$", re.IGNORECASE)


_UPDATED_LABEL = re.compile(r"^\W{0,3}(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"^\W{0,3}(?:first\s+|originally\s+)?(?:published|posted)\b", re.IGNORECASE)


def _find_byline_and_dateline(text, lines, head, d: Detected, path: str, today: date) -> None:
    first = next((i for i in head if not is_chrome_line(_line_text(text, lines[i]))), -1)
    roles = vocabulary().role_line
    from_update = False  # the date so far is an update's
    for idx in head:
        raw = _line_text(text, lines[idx])
        if len(raw) <= 120 and roles.match(plain(raw)):
            # "Business reporter, BBC News": the name line above it is the author
            d.meta_lines.add(idx)
            if d.author is None:
                _name_above(text, lines, idx, d, first)
            continue
        if len(raw) > 250 or is_chrome_line(raw):
            continue
        p = plain(raw)
        for segment in re.split(r"\s*[|•·]\s*", p):
            if d.author is None:
                m = _BYLINE.match(segment)
                if m:
                    name = _person(m.group("name"))
                    if name:
                        d.author = name
                        d.meta_lines.add(idx)
            found, readings = _segment_date(segment)
            if found is None and readings is None and d.author is None:
                found, readings = _name_and_date(segment, d)
            if readings and d.ambiguous is None:
                d.ambiguous = (readings, segment, idx)
            if found or readings:
                # every dateline is metadata ("Updated ..." too); the first one dates the article
                d.meta_lines.add(idx)
                if found is None:
                    pass
                elif d.published is None or (from_update and _PUBLISHED_LABEL.match(segment)):
                    # "Updated March 5 | Published March 4": the publication, not the update, dates it
                    if found > today:
                        d.warnings.append(f"{path}: dateline date {found.isoformat()} is in the future; ignored")
                    else:
                        d.published, d.published_from = found, "dateline"
                        from_update = bool(_UPDATED_LABEL.match(segment))
                if d.author is None:
                    by = _BY_TAIL.search(segment)
                    d.author = _person(by.group(0).strip()[2:].lstrip(" :")) if by else None
                if d.author is None and _BY_HEAD.match(segment):
                    parsed = _parse_dateline(segment)  # "By Jane Doe March 4, 2024"
                    if parsed:
                        d.author = _person(re.sub(r"^\s*(?i:by)\s*:?\s+", "", segment[: parsed[1][0]]))
                if d.author is None:
                    _name_above(text, lines, idx, d, first)


_BY_TAIL = re.compile(r"\s+by\s+\S.{0,80}$", re.IGNORECASE)  # "Posted on May 6, 2024 by Ann Lee"


def _dateline_date(segment: str) -> date | None:
    """The date of a segment that is nothing but a date (with time, zone, "Published")."""
    found, _ = _segment_date(segment)
    return found


def _name_and_date(segment: str, d: Detected) -> tuple[date | None, tuple[date, date] | None]:
    """A byline and a dateline on one line: "Jane Doe March 04, 2024"."""
    if len(segment) > 80:
        return None, None
    parsed = _parse_dateline(segment)
    if parsed is None or parsed[1][0] == 0:
        return None, None
    lead = segment[: parsed[1][0]].strip(" ,;|-–—")
    lead = re.sub(r"^(?i:by)\s*:?\s+", "", lead)
    if not _NAME_LINE.match(lead) or len(lead.split()) > 4 or any(w.lower() in _DATE_WORDS for w in lead.split()):
        return None, None
    found, readings = _segment_date(segment[parsed[1][0] :])
    if found or readings:
        d.author = lead
    return found, readings


_DATE_WORDS = frozenset(MONTHS) | {"published", "updated", "posted", "modified", "last", "first"} | {
    w for w in "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
}


def _segment_date(segment: str) -> tuple[date | None, tuple[date, date] | None]:
    """The date of a dateline segment, or the two readings of a numeric date
    that could be either (`04/03/2024` with no zone to tell: March 4 or April 3)."""
    if len(segment) > 80:
        return None, None
    segment = _GLUED.sub(" ", segment)
    numeric = _NUMERIC_DATE.search(segment)
    if numeric:
        spans = [numeric.span()]
    else:
        parsed = _dateline_spans(segment)
        if parsed is None:
            return None, None
        found, spans = parsed
    pieces = [_BY_HEAD.sub("", segment[: spans[0][0]])]
    pieces += [segment[spans[i][1] : spans[i + 1][0]] for i in range(len(spans) - 1)]
    pieces.append(_BY_TAIL.sub("", segment[spans[-1][1] :]))
    rest = _DATELINE_FILLER.sub(" ", " ".join(pieces))
    if len(rest.split()) > 1:
        return None, None
    if not numeric:
        return found, None
    return _numeric_readings(numeric, segment)


# Page elements a copy glued together: "March 4, 202410:12 AM GMTUpdated 2 hours ago", "Mar 4, 2024,05:08am EST"
_GLUED = re.compile(r"(?<=(?:19|20)\d\d)(?=\d{1,2}:\d\d|[A-Z])|(?<=(?:19|20)\d\d,)(?=\d)|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")
# "04/03/2024", "4.3.2024", "04-03-2024": day and month in an order to be decided
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)"
)


def _numeric_readings(m: re.Match, segment: str) -> tuple[date | None, tuple[date, date] | None]:
    """A numeric date's day and month: by a part over 12, by dots (European),
    by a time zone beside it; else both readings, for the page to decide."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    mdy, dmy = _date_or_none(year, a, b), _date_or_none(year, b, a)
    if mdy is None or dmy is None or mdy == dmy:
        return mdy or dmy, None
    if m.group("sep") == ".":
        return dmy, None
    voc = vocabulary()
    words = set(re.findall(r"[a-z]+", segment.lower()))
    if words & voc.month_first_zones:
        return mdy, None
    if words & voc.day_first_zones:
        return dmy, None
    return None, (mdy, dmy)


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric_order(text: str, url: str | None, sep: str) -> str | None:
    """'dmy' or 'mdy' for a page's numeric dates: by its URL's country domain,
    else by another numeric date of the page with a part over 12."""
    if url:
        host = (urlsplit(url if "://" in url else "http://" + url).hostname or "").rstrip(".")
        if host.rsplit(".", 1)[-1].lower() in vocabulary().day_first_domains:
            return "dmy"
    orders = set()
    for m in _NUMERIC_DATE.finditer(text, 0, min(len(text), 200_000)):
        if m.group("sep") != sep:
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            orders.add("dmy")
        elif b > 12 >= a:
            orders.add("mdy")
    return orders.pop() if len(orders) == 1 else None


def _name_above(text: str, lines: list[Line], idx: int, d: Detected, first: int) -> None:
    """A name alone on the line above a dateline is the author ("Lizzie Dearden",
    "Jane Smith in Kyiv"); blank lines between them are allowed."""
    above = idx - 1
    while above >= 0 and not text[lines[above].start : lines[above].end].strip():
        above -= 1
    if above < 0 or above == d.title_line or above == first or above in d.meta_lines:
        return  # the first line is the headline, never a byline; nor is another dateline
    raw = _line_text(text, lines[above])
    if len(raw) > 80 or _HEADING_MD.match(raw):
        return
    name = _NAME_CUT.sub("", plain(raw)).strip()
    if _NAME_LINE.match(name) and not is_chrome_line(raw):
        if d.author is None:
            d.author = name
        d.meta_lines.add(above)


def _person(s: str) -> str | None:
    """A byline's name, cut before its affiliation; "ZEKE MILLER" as "Zeke Miller"."""
    name = _NAME_CUT.sub("", s).strip(" .")
    words = name.split()
    if not 1 <= len(words) <= 8 or not name[0].isupper() or re.search(r"\d", name):
        return None
    if all(w.isupper() or w.lower() in ("and", "&") for w in words) and any(len(w) > 2 for w in words):
        name = " ".join(w.lower() if w.lower() in ("and", "&") else w.capitalize() for w in words)
    return name


def _next_line(text: str, lines: list[Line], idx: int, limit: int = 4) -> int | None:
    """Index of the next non-blank line after `idx`, within `limit` lines."""
    for j in range(idx + 1, min(len(lines), idx + 1 + limit)):
        if text[lines[j].start : lines[j].end].strip():
            return j
    return None


def _author_under_title(text: str, lines: list[Line], d: Detected) -> None:
    """A name alone on the line under the headline, with prose or a dateline
    under it, is the author ("Ruth Adeyemi"); so is a name with its role
    ("Tom Ashby, Lecturer in Air Transport Management")."""
    if d.title_line is None:
        return
    nxt = _next_line(text, lines, d.title_line)
    if nxt is None or nxt in d.meta_lines:
        return
    raw = _line_text(text, lines[nxt])
    if len(raw) > 120 or _HEADING_MD.match(raw):
        return
    name, _, role = plain(raw).partition(",")
    name, role = name.strip(), role.strip()
    words = name.split()
    if not _NAME_LINE.match(name) or len(words) > 3 or is_chrome_line(name):
        return
    if any(w.lower() in vocabulary().dangling_words for w in words):
        return  # "Rise of the Machines" is a subheading, not a name
    if role and not vocabulary().role_line.match(role):
        return
    after = _next_line(text, lines, nxt)
    if after is None or not (after in d.meta_lines or _is_prose(_line_text(text, lines[after]))):
        return
    d.author = name
    d.meta_lines.add(nxt)


_REPORTING_BY = re.compile(r"^\(?\s*(?:reporting|reported|writing|written) by\s+(?P<name>[^;()\n]{3,120})", re.IGNORECASE)
FOOTER_LINES = 12  # how many non-blank lines from the end may hold a wire credit or a footer date


def _footer_lines(text: str, lines: list[Line]):
    """Indexes of the last non-blank lines, last first."""
    count = 0
    for i in range(len(lines) - 1, max(-1, len(lines) - 4 * FOOTER_LINES), -1):
        ln = lines[i]
        if ln.end - ln.start > 400 or not text[ln.start : ln.end].strip():
            continue
        yield i
        count += 1
        if count >= FOOTER_LINES:
            return


def _author_in_footer(text: str, lines: list[Line], d: Detected) -> None:
    """The reporter of a wire story without a byline: "(Reporting by Jonas Keller; Editing by ...)"."""
    for i in _footer_lines(text, lines):
        m = _REPORTING_BY.match(plain(_line_text(text, lines[i])))
        if m:
            d.author = _person(m.group("name"))
            return


_WIRE_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s?[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2}){0,2})"
    r"(?:,\s?(?P<date>[A-Z][\w.,\s]{2,30}?))?\s?)?(?:\((?P<credit>[^()\n]{2,40})\)\s?)?(?:--|[-—–])\s"
)


def _wire_dateline(text: str, lines: list[Line], head: list[int], d: Detected, path: str, today: date) -> None:
    """The dateline opening a wire story or press release: "PARIS, March 6, 2024 (AFP) - ...",
    "(Bloomberg) -- ...". Its date dates the article when the head gave none;
    its credit names the publisher when nothing else does."""
    for idx in head:
        if idx in d.meta_lines or idx == d.title_line:
            continue
        raw = _line_text(text, lines[idx])
        if len(plain(raw[:SHORT_LINE])) < 60 or _LIST_LINE.match(raw) or is_chrome_line(raw):
            continue  # the first paragraph of prose, not a label, a heading or a list of links
        m = _WIRE_DATELINE.match(plain(raw[:200]))
        if not m or not (m.group("place") or m.group("credit")):
            return
        credit = (m.group("credit") or "").strip().lower()
        if credit and d.publisher is None:
            d.publisher = vocabulary().wire_credits.get(credit)
        if m.group("date") and d.published is None:
            parsed = _parse_dateline(m.group("date"))
            if parsed and parsed[0] <= today:
                d.published, d.published_from = parsed[0], "dateline"
        return


_LIST_LINE = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+")


def _resolve_numeric(text: str, d: Detected, path: str, today: date) -> None:
    (mdy, dmy), segment, _ = d.ambiguous
    sep = _NUMERIC_DATE.search(segment).group("sep")
    order = _numeric_order(text, d.url, sep)
    found = dmy if order == "dmy" else mdy if order == "mdy" else None
    if found is None:
        d.warnings.append(
            f"{path}: dateline {segment.strip()!r} reads as {mdy.isoformat()} (month first) or "
            f"{dmy.isoformat()} (day first) and the page does not tell which; not used"
        )
    elif found <= today:
        d.published, d.published_from = found, "dateline"


def _footer_date(text: str, lines: list[Line], d: Detected, today: date) -> None:
    """"This article was first published on 12 March 2024." in the last lines."""
    phrases = vocabulary().footer_date
    for i in _footer_lines(text, lines):
        p = plain(_line_text(text, lines[i]))
        m = phrases.search(p)
        if m:
            parsed = _parse_dateline(p[m.end() : m.end() + 80])
            if parsed and parsed[0] <= today:
                d.published, d.published_from = parsed[0], "footer"
                return


def _strip_title_prefix(text: str, lines: list[Line], d: Detected) -> None:
    """A wire desk's tag is no part of the headline: "UPDATE 1-Cargo airline cuts outlook"."""
    prefix = vocabulary().title_prefix
    m = prefix.match(d.title) if prefix and d.title else None
    if not m or not d.title[m.end() :].strip():
        return
    d.title = d.title[m.end() :].strip()
    if d.title_line is not None:
        ln = lines[d.title_line]
        at = text.find(d.title, ln.start, ln.end)
        if at >= 0:
            d.headline = (at, at + len(d.title))


def _find_title(text, lines, head, d: Detected) -> None:
    """The first line of the article proper, or its first Markdown heading.

    In Markdown a `#` heading near the top is the title even when a stray
    line ("Leer en español") comes before it; lines above the title are chrome.
    """
    candidates = [i for i in head if i not in d.meta_lines and not is_chrome_line(_line_text(text, lines[i]))]
    if not candidates:
        return
    idx = candidates[0]
    raw = _line_text(text, lines[idx])
    # section labels and menus above the headline ("Markets", "News", "What's On"):
    # lines of one or two words above a line that the byline or dateline follows
    for n, later in enumerate(candidates):
        later_raw = _line_text(text, lines[later])
        if _HEADING_MD.match(later_raw) or _is_prose(later_raw):
            break
        if len(plain(later_raw).split()) >= 3:
            below = _next_line(text, lines, later)
            below2 = _next_line(text, lines, below) if below is not None else None
            if n and not _SENTENCE_END.search(plain(later_raw)) and (below in d.meta_lines or below2 in d.meta_lines):
                idx, raw = later, later_raw
            break
    if not _HEADING_MD.match(raw):
        for later in candidates[1:4]:
            later_raw = _line_text(text, lines[later])
            if _HEADING_MD.match(later_raw):
                idx, raw = later, later_raw
                break
            if _is_prose(later_raw):
                break
    if len(raw) > SHORT_LINE or len(plain(raw).split()) > 40:
        # the article starts with prose: no headline; name it by its first sentence
        first = plain(raw[:SHORT_LINE])
        m = re.search(r"[.!?](?:\s|$)", first)
        d.title = (first[: m.end()] if m else first[:150]).strip() or None
        return
    d.title = plain(raw) or None
    d.title_line = idx
    d.first_content = max(d.first_content, idx)


def _is_prose(raw: str) -> bool:
    p = plain(raw[:SHORT_LINE])
    return len(p.split()) > 20 or bool(_SENTENCE_END.search(p)) and len(p.split()) > 6


def _find_url(text: str, lines: list[Line], d: Detected) -> None:
    labelled = bare = None
    after_label = -1  # a label line whose URL is on the next non-blank line
    for i, ln in enumerate(lines):
        if ln.end - ln.start > 2200:
            continue
        raw = text[ln.start : ln.end]
        if not raw.strip() or not (after_label >= 0 or "http" in raw or "www." in raw or ":" in raw[:60]):
            continue
        p = plain(raw)
        m = _LABELLED_URL.match(p)
        url = _url_of(raw)
        if m and labelled is None:
            if url:
                labelled = url
                d.meta_lines.add(i)
            elif not m.group("rest").strip():
                after_label = i
            continue
        if after_label >= 0:
            if url and labelled is None and _is_url_only(p):
                labelled = url
                d.meta_lines.update({after_label, i})
            after_label = -1
            continue
        if bare is None and url and _is_url_only(p) and not re.match(r"^\s*[-*+•]\s", raw):
            bare = url
            d.meta_lines.add(i)
    title_link = None
    if d.title_line is not None:
        m = _MD_LINK_URL.search(_line_text(text, lines[d.title_line]))
        title_link = _clean_url(m.group("url")) if m else None
    d.url = labelled or title_link or bare


def _url_of(raw: str) -> str | None:
    m = _MD_LINK_URL.search(raw) or _URL_IN.search(raw)
    if not m:
        return None
    url = _clean_url(m.group("url") if "url" in (m.re.groupindex or {}) else m.group(0))
    if url.lower().startswith("www."):
        url = "https://" + url
    return url


def _is_url_only(p: str) -> bool:
    return bool(re.fullmatch(r"[<(\[]*(?:https?://|www\.)\S{1,2000}", p.strip(), re.IGNORECASE))
