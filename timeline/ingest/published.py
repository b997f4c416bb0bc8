"""The publication date: from front matter, a header field, a byline or
dateline, a wire dateline, a footer, or the URL.

The first found of (in `timeline.ingest.article`'s order): a "Date:" header
field; a dateline or byline date in the first lines; the date of a wire
dateline opening the story ("PARIS, March 6, 2024 (AFP) -"); a numeric
dateline read in the page's order; a footer's "This article was first
published on ..."; a date in the URL path (`/2025/01/14/`, `/2024/mar/06/`).
Never a date from other site chrome or from prose, nor a relative one
("Published 3 hours ago"). A numeric date that reads two ways (04/03/2024)
is decided by a time zone beside it, the site's country domain or another
numeric date of the page; else it is left out with a warning.

Each step returns a `Dated` (the day, the string it was read from and the
step's name, for `--explain`) or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from timeline.chrome import is_chrome_line, vocabulary
from timeline.text.lines import SHORT_LINE, Line
from timeline.text.datelines import credit_publisher, month_and_day, opening_dateline
from timeline.text.markup import strip_markup
from timeline.ingest.date_strings import NUMERIC_DATE, day_spans, first_day, first_day_span, numeric_readings
from timeline.ingest.head import BYLINE, NAME_LINE, footer_lines, line_text, name_above, person
from timeline.ingest.problems import problem
from timeline.ingest.url import date_in_url, day_first_site, year_in_url
from timeline.lexicon.calendar import MONTHS, WEEKDAYS
from timeline.model import Problem


@dataclass(frozen=True)
class Dated:
    """A publication day, where it was read and by which step."""

    day: date
    source: str  # Article.published_from: "front-matter", "dateline", "footer", "url" or "html-meta"
    where: str  # "the byline", "the URL" ...
    text: str  # the string the day was read from
    step: str  # the function that read it, e.g. "published.byline_date"

    def reason(self) -> str:
        return f"published: {self.day.isoformat()} from {self.where} {self.text!r} ({self.step})"


# Words that may sit on a dateline beside the date.
_DATELINE_FILLER = re.compile(
    r"\b(?:published|posted|updated|last|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|cest|msk|"
    r"est|edt|cst|cdt|pst|pdt|et|pt|\d{1,2}[:.]\d\d(?::\d\d)?(?:am|pm)?|\d{1,3}\s?min(?:ute)?s?\s+read|\d{1,3}\s(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago)\b|[|•·,:\-–—()]",
    re.IGNORECASE,
)
# "By Jane Smith" before the date on a dateline: "By Jane Smith Published May 6, 2024"
_BY_HEAD = re.compile(r"^\s*(?i:by)\s*:?\s+(?:[A-Z][\w'’.-]*\s*){1,5}")
_BY_TAIL = re.compile(r"(?<!\s)\s+by\s+\S.{0,80}$", re.IGNORECASE)  # "Posted on May 6, 2024 by Ann Lee"
_UPDATED_LABEL = re.compile(r"^\W{0,3}(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"^\W{0,3}(?:first\s+|originally\s+)?(?:published|posted)\b", re.IGNORECASE)
# Page elements a copy glued together: "March 4, 202410:12 AM GMTUpdated 2 hours ago", "Mar 4, 2024,05:08am EST"
_GLUED = re.compile(r"(?<=(?:19|20)\d\d)(?=\d{1,2}:\d\d|[A-Z])|(?<=(?:19|20)\d\d,)(?=\d)|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")
_DATE_WORDS = frozenset(MONTHS) | {"published", "updated", "posted", "modified", "last", "first"} | frozenset(WEEKDAYS)
# "Label: value" at the start of a head line; only a label naming the article's
# own date makes the line a dateline ("Published: May 6, 2024", not "Born: ...");
# a city in capitals ("NEW DELHI: March 4, 2024") is a dateline's place.
_FIELD_LABEL = re.compile(r"^\W{0,3}([A-Za-z][A-Za-z ]{0,24}?)\s*:\s")
_DATE_FIELDS = frozenset({
    "date", "dated", "dateline", "published", "first published", "originally published", "posted",
    "updated", "last updated", "modified", "last modified", "filed", "issued", "released", "release date",
    "publication date", "date published", "date posted", "created", "written", "edited",
})
_LIST_LINE = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+")


def not_after(found: date, limit: date | None) -> bool:
    """`found` is no later than `limit`, the latest date the caller accepts
    (None: any date; nothing here asks the clock, see `article.parse_article`)."""
    return limit is None or found <= limit


def header_date(dates: tuple[tuple[str, int], ...], path: str, today: date | None) -> tuple[Dated | None, set[int], list[Problem]]:
    """The first "Date: ..." header field that gives a day not after `today`
    (when the caller gives one); the field lines read, and a problem for each
    later date before it."""
    read: set[int] = set()
    problems: list[Problem] = []
    for value, idx in dates:
        read.add(idx)
        found = first_day(value)
        if found and not_after(found, today):
            return Dated(found, "dateline", "the header field", value, "published.header_date"), read, problems
        if found:
            problems.append(problem(path, "future-date", f"date {found.isoformat()} is in the future; ignored"))
    return None, read, problems


@dataclass
class _Scan:
    """What the byline scan has found so far (local to `byline_date`)."""

    author: str | None
    dated: Dated | None
    meta: set[int]
    ambiguous: tuple[tuple[date, date], str, int] | None = None
    from_update: bool = False  # the date so far is an update's
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Byline:
    """The bylines and datelines of an article's head."""

    author: str | None
    dated: Dated | None
    meta: frozenset[int]  # every line that is a byline, dateline or role line
    # a numeric dateline that reads two ways: ((month first, day first), its text, line index)
    ambiguous: tuple[tuple[date, date], str, int] | None
    problems: tuple[Problem, ...]


def byline_date(text: str, lines: list[Line], head: list[int], title_line: int | None,
                author: str | None, dated: Dated | None, meta: set[int], path: str, today: date | None) -> Byline:  # fmt: skip
    """The date and author of the bylines and datelines in the head lines.

    One pass for both, as a byline and a dateline share lines ("By Ann Lee |
    May 6, 2024") and a line is read as "name, date" only while no author is
    known. The first dateline dates the article, unless it is an update's
    and a publication date follows ("Updated March 5 | Published March 4").
    """
    first = next((i for i in head if not is_chrome_line(line_text(text, lines[i]))), -1)
    roles = vocabulary().role_line
    scan = _Scan(author, dated, set(meta))
    for idx in head:
        raw = line_text(text, lines[idx])
        if len(raw) <= 120 and roles.match(strip_markup(raw)):
            # "Business reporter, BBC News": the name line above it is the author
            scan.meta.add(idx)
            if scan.author is None:
                _take_name_above(text, lines, idx, scan, title_line, first)
            continue
        if len(raw) > 250 or is_chrome_line(raw):
            continue
        for segment in re.split(r"(?:(?<!\s)\s+)?[|•·]\s*", strip_markup(raw)):
            _scan_segment(text, lines, idx, segment, scan, title_line, first, path, today)
    return Byline(scan.author, scan.dated, frozenset(scan.meta), scan.ambiguous, tuple(scan.problems))


def _scan_segment(text, lines, idx, segment, scan: _Scan, title_line, first, path, today) -> None:
    if scan.author is None:
        m = BYLINE.match(segment)
        name = person(m.group("name")) if m else None
        if name:
            scan.author = name
            scan.meta.add(idx)
    found, readings = segment_date(segment)
    if found is None and readings is None and scan.author is None:
        found, readings, scan.author = _name_and_date(segment)
    if readings and scan.ambiguous is None:
        scan.ambiguous = (readings, segment, idx)
    if not (found or readings):
        return
    # every dateline is metadata ("Updated ..." too); the first one dates the article
    scan.meta.add(idx)
    if found is not None and (scan.dated is None or (scan.from_update and _PUBLISHED_LABEL.match(segment))):
        if not not_after(found, today):
            scan.problems.append(problem(path, "future-date", f"dateline date {found.isoformat()} is in the future; ignored"))
        else:
            scan.dated = Dated(found, "dateline", "the byline", segment, "published.byline_date")
            scan.from_update = bool(_UPDATED_LABEL.match(segment))
    if scan.author is None:
        by = _BY_TAIL.search(segment)
        scan.author = person(by.group(0).strip()[2:].lstrip(" :")) if by else None
    if scan.author is None and _BY_HEAD.match(segment):
        parsed = first_day_span(segment)  # "By Jane Doe March 4, 2024"
        if parsed:
            scan.author = person(re.sub(r"^\s*(?i:by)\s*:?\s+", "", segment[: parsed[1][0]]))
    if scan.author is None:
        _take_name_above(text, lines, idx, scan, title_line, first)


def _take_name_above(text, lines, idx, scan: _Scan, title_line, first) -> None:
    taken = scan.meta | ({title_line} if title_line is not None else set())
    found = name_above(text, lines, idx, taken, first)
    if found:
        scan.author, line = found
        scan.meta.add(line)


def _name_and_date(segment: str) -> tuple[date | None, tuple[date, date] | None, str | None]:
    """A byline and a dateline on one line: "Jane Doe March 04, 2024"; the name is the author."""
    if len(segment) > 80:
        return None, None, None
    parsed = first_day_span(segment)
    if parsed is None or parsed[1][0] == 0:
        return None, None, None
    lead = segment[: parsed[1][0]].strip(" ,;|-–—")
    lead = re.sub(r"^(?i:by)\s*:?\s+", "", lead)
    if not NAME_LINE.match(lead) or len(lead.split()) > 4 or any(w.lower() in _DATE_WORDS for w in lead.split()):
        return None, None, None
    found, readings = segment_date(segment[parsed[1][0] :])
    return found, readings, lead if (found or readings) else None


def segment_date(segment: str) -> tuple[date | None, tuple[date, date] | None]:
    """The date of a dateline segment, or the two readings of a numeric date
    that could be either (`04/03/2024` with no zone to tell: March 4 or April 3).

    The segment must be nothing but dates, times, zones and dateline words.
    """
    if len(segment) > 80:
        return None, None
    field = _FIELD_LABEL.match(segment)
    if field and not field.group(1).isupper() and field.group(1).strip().casefold() not in _DATE_FIELDS:
        return None, None  # "Born: 16 July 1950", "Founded: 1998": an infobox field dates its subject, not the article
    segment = _GLUED.sub(" ", segment)
    numeric = NUMERIC_DATE.search(segment)
    if numeric:
        spans = [numeric.span()]
    else:
        parsed = day_spans(segment)
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
    return numeric_readings(numeric, segment)


def wire_dateline(text: str, lines: list[Line], head: list[int], taken: set[int], today: date | None,
                  url: str | None = None) -> tuple[str | None, Dated | None]:
    """The dateline opening a wire story or press release: "PARIS, March 6, 2024 (AFP) - ...",
    "(Bloomberg) -- ...": the publisher its credit names, and its date; a
    dateline without a year ("WASHINGTON, March 13 (Reuters) -") takes the
    year of the URL (`dateline_with_url_year`).
    `taken`: the title and metadata lines, which are no story opening."""
    for idx in head:
        if idx in taken:
            continue
        raw = line_text(text, lines[idx])
        if len(strip_markup(raw[:SHORT_LINE])) < 60 or _LIST_LINE.match(raw) or is_chrome_line(raw):
            continue  # the first paragraph of prose, not a label, a heading or a list of links
        found = opening_dateline(strip_markup(raw[:200]))
        if not found:
            return None, None
        dated = wire_dateline_date(found.date, today) or dateline_with_url_year(found, url, today)
        return credit_publisher(found.credit), dated
    return None, None


def dateline_with_url_year(found, url: str | None, today: date | None) -> Dated | None:
    """"WASHINGTON, March 13 (Reuters) -" on a page whose URL path names the
    year ("/2019/03/fed-holds", "/2019/"): the wire gives the day, the URL the
    year. A month in the URL must be the dateline's; a URL with a whole date
    is `url_date`'s."""
    written = month_and_day(found)
    year_month = year_in_url(url) if url and written and written[0].casefold() in MONTHS else None
    if year_month is None:
        return None
    month, (year, url_month) = MONTHS[written[0].casefold()], year_month
    if url_month not in (None, month):
        return None
    try:
        day = date(year, month, written[1])
    except ValueError:
        return None
    if not not_after(day, today):
        return None
    return Dated(day, "dateline", "the wire dateline with the URL's year", f"{found.date} + {url}",
                 "published.dateline_with_url_year")


def wire_dateline_date(written: str | None, today: date | None) -> Dated | None:
    """The day of a wire dateline's date ("March 6, 2024"), when not after `today` (if given)."""
    found = first_day(written) if written else None
    if found and not_after(found, today):
        return Dated(found, "dateline", "the wire dateline", written, "published.wire_dateline_date")
    return None


def numeric_date(text: str, ambiguous, url: str | None, path: str, today: date | None) -> tuple[Dated | None, Problem | None]:
    """A numeric dateline that reads two ways, read in the page's order, or a
    problem saying it could not be."""
    (mdy, dmy), segment, _ = ambiguous
    sep = NUMERIC_DATE.search(segment).group("sep")
    order = numeric_order(text, url, sep)
    found = dmy if order == "dmy" else mdy if order == "mdy" else None
    if found is None:
        return None, problem(
            path, "ambiguous-date",
            f"dateline {segment.strip()!r} reads as {mdy.isoformat()} (month first) or "
            f"{dmy.isoformat()} (day first) and the page does not tell which; not used",
        )  # fmt: skip
    if not_after(found, today):
        return Dated(found, "dateline", f"the numeric dateline (read {order})", segment.strip(), "published.numeric_date"), None
    return None, None


def numeric_order(text: str, url: str | None, sep: str) -> str | None:
    """'dmy' or 'mdy' for a page's numeric dates: by its URL's country domain,
    else by another numeric date of the page with a part over 12."""
    if day_first_site(url):
        return "dmy"
    orders = set()
    for m in NUMERIC_DATE.finditer(text, 0, min(len(text), 200_000)):
        if m.group("sep") != sep:
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            orders.add("dmy")
        elif b > 12 >= a:
            orders.add("mdy")
    return orders.pop() if len(orders) == 1 else None


def footer_date(text: str, lines: list[Line], today: date | None) -> Dated | None:
    """"This article was first published on 12 March 2024." in the last lines."""
    phrases = vocabulary().footer_date
    for i in footer_lines(text, lines):
        p = strip_markup(line_text(text, lines[i]))
        m = phrases.search(p)
        if m:
            written = p[m.end() : m.end() + 80]
            found = first_day(written)
            if found and not_after(found, today):
                return Dated(found, "footer", "the footer", p, "published.footer_date")
    return None


def url_date(url: str | None, today: date | None) -> Dated | None:
    """A date in the URL path, when not after `today` (if given)."""
    found = date_in_url(url) if url else None
    if found and not_after(found, today):
        return Dated(found, "url", "the URL", url, "published.url_date")
    return None


def no_date_reason() -> str:
    return "published: none found (no front matter date, header field, dateline, byline, footer or URL date)"
