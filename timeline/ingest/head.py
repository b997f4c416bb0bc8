"""The head of an article: where it starts, its title, its byline and author.

- title: the first line of the article proper, after any site chrome above it
  and any one- or two-word section labels above a headline that the byline or
  dateline follows ("Markets"); a wire desk's tag ("UPDATE 1-") is dropped;
- author: a byline ("By X", "By: X |", "By [X](#)"), a name line directly
  above the dateline ("Lizzie Dearden" / "Thursday 10 November 2016 09:27 GMT")
  or above a role line ("Business reporter, BBC News"), a name line directly
  under the headline ("Tom Ashby, Lecturer in ..."), else a wire footer's
  "(Reporting by X; ...)".

Each step returns what it found; `timeline.ingest.article` runs them in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.chrome import chrome_pattern, is_chrome_line, vocabulary
from timeline.text.lines import SHORT_LINE, Line
from timeline.text.markup import MARKDOWN_HEADING as HEADING_MD, SENTENCE_END, strip_markup
from timeline.ingest.url import URL_IN

# How many non-blank lines from the top may hold the byline and dateline.
HEAD_LINES = 15
# How many lines may be skipped as chrome before the title.
TITLE_SEARCH_LINES = 60
# How many non-blank lines from the end may hold a wire credit or a footer date.
FOOTER_LINES = 12

BYLINE = re.compile(
    r"^(?:(?:(?:written|words|reporting|story|text)\s+)?by\s*:?\s+|(?:authors?|reporter|writer)\s*:\s*)(?P<name>\S.{0,120})$",
    re.IGNORECASE,
)
_NAME_WORD = r"[A-Z][\w'’.-]{0,30}"
NAME_LINE = re.compile(rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|di|van|von|der|den|bin|al|la|le|du)){{1,4}}$")
_NAME_CUT = re.compile(r"(?:(?<!\s)\s+)?(?:,|;|\||•|·|@|\s[-–—]\s|\s(?i:in|for|from|at|published|updated|posted|on)\s).*$")
_REPORTING_BY = re.compile(r"^\(?\s*(?:reporting|reported|writing|written) by\s+(?P<name>[^;()\n]{3,120})", re.IGNORECASE)
_HEADER_FIELD = re.compile(
    r"^\W{0,4}(?P<key>title|headline|author|authors|byline|date|published|publication date|posted|"
    r"publisher|site|outlet|source)\W{0,4}\s*:\s*(?P<value>\S.{0,300})$",
    re.IGNORECASE,
)
# "Source: Al Jazeera and news agencies": the outlet is Al Jazeera
_AGENCIES_TAIL = re.compile(r"(?<!\s)\s+(?:and|&|with)\s+(?:other\s+)?(?:news\s+|wire\s+)?(?:agencies|wires|wire services)\b.*$", re.IGNORECASE)


def line_text(text: str, ln: Line) -> str:
    return text[ln.start : ln.end]


def skip_lead_chrome(text: str, lines: list[Line]) -> int:
    """Index of the first line after the chrome block(s) at the top.

    A block (lines without a blank between them) that starts with a chrome
    line is an appeal or ad banner: its sentences go with it ("Enjoying
    ad-free content?" / "Since July 1, 2024, we have disabled all ads ...").
    A photo's caption or credit opens no block: the prose under it is the
    article's.
    """
    in_block = False
    for i in range(min(len(lines), TITLE_SEARCH_LINES)):
        raw = line_text(text, lines[i])
        if not raw.strip():
            in_block = False
            continue
        name = chrome_pattern(raw)
        if name:
            # A photo's caption or credit is one line; the sentences under it are the article's.
            in_block = in_block or not _of_a_photo(name)
            continue
        if in_block and len(raw) <= SHORT_LINE and SENTENCE_END.search(strip_markup(raw)):
            continue
        return i
    return 0 if len(lines) > TITLE_SEARCH_LINES else len(lines)


def _of_a_photo(chrome: str) -> bool:
    """A chrome pattern's name that says it is a photo's caption or credit."""
    return "caption" in chrome or "photo credit" in chrome


def head_lines(text: str, lines: list[Line], first_content: int) -> list[int]:
    """Indexes of the first HEAD_LINES non-blank lines from `first_content`."""
    head = []
    for i in range(first_content, min(len(lines), first_content + 4 * HEAD_LINES)):
        if not line_text(text, lines[i]).strip():
            continue
        head.append(i)
        if len(head) >= HEAD_LINES:
            break
    return head


@dataclass(frozen=True)
class HeaderFields:
    """"Title:", "Author:", "Date:", "Publisher:" lines at the top of a scraped page."""

    title: str | None = None
    title_line: int | None = None
    headline: tuple[int, int] | None = None
    author: str | None = None
    publisher: str | None = None
    dates: tuple[tuple[str, int], ...] = ()  # the values of "Date:" lines with their lines, in order
    lines: frozenset[int] = frozenset()  # the field lines that are metadata, not prose


def header_fields(text: str, lines: list[Line], head: list[int]) -> HeaderFields:
    """"Title: ...", "Author: ...", "Date: ..." lines at the top of a scraped
    page: front matter without the fences. The first of each field wins."""
    found: dict = {"dates": [], "lines": set()}
    for idx in head:
        ln = lines[idx]
        raw = line_text(text, ln)
        m = _HEADER_FIELD.match(raw) if len(raw) <= 330 else None
        if not m:
            continue
        key, value = m.group("key").lower(), strip_markup(m.group("value"))
        if not value:
            continue
        if key in ("title", "headline") and "title" not in found:
            found.update(title=value, title_line=idx, headline=(ln.start + m.start("value"), ln.start + len(raw.rstrip())))
        elif key in ("author", "authors", "byline") and found.get("author") is None:
            found["author"] = person(re.sub(r"^by\s*:?\s+", "", value, flags=re.IGNORECASE))
            found["lines"].add(idx)
        elif key in ("date", "published", "publication date", "posted"):
            found["dates"].append((value, idx))  # a metadata line if read (`published.header_date`)
        elif key in ("publisher", "site", "outlet", "source") and not URL_IN.search(value):
            found.setdefault("publisher", _AGENCIES_TAIL.sub("", value) or value)
            found["lines"].add(idx)
    found["dates"], found["lines"] = tuple(found["dates"]), frozenset(found["lines"])
    return HeaderFields(**found)


def person(s: str) -> str | None:
    """A byline's name, cut before its affiliation; "ZEKE MILLER" as "Zeke Miller"."""
    name = _NAME_CUT.sub("", s).strip(" .")
    words = name.split()
    if not 1 <= len(words) <= 8 or not name[0].isupper() or re.search(r"\d", name):
        return None
    if all(w.isupper() or w.lower() in ("and", "&") for w in words) and any(len(w) > 2 for w in words):
        name = " ".join(w.lower() if w.lower() in ("and", "&") else w.capitalize() for w in words)
    return name


def name_above(text: str, lines: list[Line], idx: int, taken: set[int], first: int) -> tuple[str, int] | None:
    """A name alone on the line above a dateline is the author ("Lizzie Dearden",
    "Jane Smith in Kyiv"); blank lines between them are allowed. `taken`:
    the lines already known as the title or metadata."""
    above = idx - 1
    while above >= 0 and not text[lines[above].start : lines[above].end].strip():
        above -= 1
    if above < 0 or above == first or above in taken:
        return None  # the first line is the headline, never a byline; nor is another dateline
    raw = line_text(text, lines[above])
    if len(raw) > 80 or HEADING_MD.match(raw):
        return None
    name = _NAME_CUT.sub("", strip_markup(raw)).strip()
    if NAME_LINE.match(name) and not is_chrome_line(raw):
        return name, above
    return None


def next_line(text: str, lines: list[Line], idx: int, limit: int = 4) -> int | None:
    """Index of the next non-blank line after `idx`, within `limit` lines."""
    for j in range(idx + 1, min(len(lines), idx + 1 + limit)):
        if text[lines[j].start : lines[j].end].strip():
            return j
    return None


def is_prose(raw: str) -> bool:
    p = strip_markup(raw[:SHORT_LINE])
    return len(p.split()) > 20 or bool(SENTENCE_END.search(p)) and len(p.split()) > 6


@dataclass(frozen=True)
class Title:
    title: str | None = None
    line: int | None = None  # None when the article starts with prose
    first_content: int = 0


def find_title(text: str, lines: list[Line], head: list[int], meta: set[int], first_content: int) -> Title:
    """The first line of the article proper, or its first Markdown heading.

    In Markdown a `#` heading near the top is the title even when a stray
    line ("Leer en español") comes before it; lines above the title are chrome.
    """
    candidates = [i for i in head if i not in meta and not is_chrome_line(line_text(text, lines[i]))]
    if not candidates:
        return Title(first_content=first_content)
    idx = _past_section_labels(text, lines, candidates, meta)
    raw = line_text(text, lines[idx])
    if not HEADING_MD.match(raw):
        for later in candidates[1:4]:
            later_raw = line_text(text, lines[later])
            if HEADING_MD.match(later_raw):
                idx, raw = later, later_raw
                break
            if is_prose(later_raw):
                break
    if len(raw) > SHORT_LINE or len(strip_markup(raw).split()) > 40:
        # the article starts with prose: no headline; name it by its first sentence
        first = strip_markup(raw[:SHORT_LINE])
        m = re.search(r"[.!?](?:\s|$)", first)
        return Title((first[: m.end()] if m else first[:150]).strip() or None, None, first_content)
    return Title(strip_markup(raw) or None, idx, max(first_content, idx))


def _past_section_labels(text: str, lines: list[Line], candidates: list[int], meta: set[int]) -> int:
    """Section labels and menus above the headline ("Markets", "News", "What's On"):
    lines of one or two words above a line that the byline or dateline follows."""
    for n, later in enumerate(candidates):
        later_raw = line_text(text, lines[later])
        if HEADING_MD.match(later_raw) or is_prose(later_raw):
            break
        if len(strip_markup(later_raw).split()) >= 3:
            below = next_line(text, lines, later)
            below2 = next_line(text, lines, below) if below is not None else None
            if n and not SENTENCE_END.search(strip_markup(later_raw)) and (below in meta or below2 in meta):
                return later
            break
    return candidates[0]


def strip_title_prefix(text: str, lines: list[Line], title: str | None, title_line: int | None) -> tuple[str, tuple[int, int] | None] | None:
    """The title without a wire desk's tag ("UPDATE 1-Cargo airline cuts
    outlook"), with its span when found on its line; None when it has no tag."""
    prefix = vocabulary().title_prefix
    m = prefix.match(title) if prefix and title else None
    if not m or not title[m.end() :].strip():
        return None
    title = title[m.end() :].strip()
    headline = None
    if title_line is not None:
        ln = lines[title_line]
        at = text.find(title, ln.start, ln.end)
        if at >= 0:
            headline = (at, at + len(title))
    return title, headline


def author_under_title(text: str, lines: list[Line], title_line: int | None, meta: set[int]) -> tuple[str, int] | None:
    """A name alone on the line under the headline, with prose or a dateline
    under it, is the author ("Ruth Adeyemi"); so is a name with its role
    ("Tom Ashby, Lecturer in Air Transport Management")."""
    if title_line is None:
        return None
    nxt = next_line(text, lines, title_line)
    if nxt is None or nxt in meta:
        return None
    raw = line_text(text, lines[nxt])
    if len(raw) > 120 or HEADING_MD.match(raw):
        return None
    name, _, role = strip_markup(raw).partition(",")
    name, role = name.strip(), role.strip()
    words = name.split()
    if not NAME_LINE.match(name) or len(words) > 3 or is_chrome_line(name):
        return None
    if any(w.lower() in vocabulary().dangling_words for w in words):
        return None  # "Rise of the Machines" is a subheading, not a name
    if role and not vocabulary().role_line.match(role):
        return None
    after = next_line(text, lines, nxt)
    if after is None or not (after in meta or is_prose(line_text(text, lines[after]))):
        return None
    return name, nxt


def footer_lines(text: str, lines: list[Line]):
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


def author_in_footer(text: str, lines: list[Line]) -> str | None:
    """The reporter of a wire story without a byline: "(Reporting by Jonas Keller; Editing by ...)"."""
    for i in footer_lines(text, lines):
        m = _REPORTING_BY.match(strip_markup(line_text(text, lines[i])))
        if m:
            return person(m.group("name"))
    return None
