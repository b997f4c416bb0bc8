"""Reading one source file into an `Article`: the entry point of the ingest stage.

`read_article` reads and decodes the file (`files`), `parse_article` works
out its front matter (`front_matter`), what its text says about itself
(`detect`: `head`, `published`, `url`) and its prose regions
(`timeline.chrome`). Front matter wins over anything detected from the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.chrome import content_and_dropped
from timeline.text.lines import split_lines
from timeline.text.entities import decode_entities
from timeline.text.markup import trim
from timeline.ingest import head as H
from timeline.ingest import published as P
from timeline.ingest.files import read_text, shown
from timeline.ingest.front_matter import parse_front_matter
from timeline.ingest.html import Page, extract_page, is_page
from timeline.ingest.problems import problem
from timeline.ingest.url import find_url, publisher_for
from timeline.model import Article, Problem
from timeline.trace import because, explaining


def read_article(path: Path, today: date | None = None) -> Article:
    """Read one source file into a complete `Article`.

    Raises `SourceError` when the file cannot be used: unreadable, a folder,
    binary, empty or whitespace only. Other problems (encoding, front matter,
    no publication date) are warnings on the article that name the file.
    """
    text, problems = read_text(path)
    if is_page(path.name):  # a saved web page: its article, not its markup
        page = extract_page(text, shown(path))
        return parse_article(page.text, shown(path), today=today, warnings=problems, page=page)
    return parse_article(text, shown(path), today=today, warnings=problems)


def no_date_problem(path: str, window: tuple[date, date] | None = None) -> Problem:
    """The warning for an article that states no publication date.

    Reading gives it without `window`; once a publication window has been
    inferred (`timeline.infer`), the pipeline replaces it with the problem
    for that window, since relative dates are then dated within it.

    >>> str(no_date_problem("a.txt", (date(2016, 11, 10), date(2016, 11, 16))))
    'a.txt: no publication date found; inferred to lie between 2016-11-10 and 2016-11-16, so relative dates are dated only as closely as that window allows (add `date: YYYY-MM-DD` front matter to fix)'
    """
    if window is None:
        consequence = "relative dates stay unresolved"
    elif window[0] == window[1]:
        consequence = f"inferred to be {window[0].isoformat()}"
    else:
        consequence = (
            f"inferred to lie between {window[0].isoformat()} and {window[1].isoformat()}, "
            "so relative dates are dated only as closely as that window allows"
        )
    message = f"no publication date found; {consequence} (add `date: YYYY-MM-DD` front matter to fix)"
    return problem(path, "no-date" if window is None else "no-date-window", message)


@dataclass(frozen=True)
class Detected:
    """What the text says about itself; indexes are into the body lines."""

    title: str | None
    title_line: int | None
    headline: tuple[int, int] | None  # span of the title in the text, when it is not the whole line
    author: str | None
    publisher: str | None  # from a "Publisher:" / "Source:" line or a wire credit
    url: str | None
    dated: P.Dated | None
    meta_lines: frozenset[int]  # bylines, datelines, URL lines
    first_content: int  # lines above it are chrome (ad banners before the title)
    warnings: tuple[Problem, ...]


def detect(text: str, lines: list, path: str, today: date | None = None, given_url: str | None = None) -> Detected:
    """Title, author, URL and publication date as the article's text gives them.
    `given_url`: the URL front matter or the page's markup gives, which dates
    a wire dateline without a year when the text names no URL of its own.

    The steps, in order, and why that order:
    1. skip the chrome at the top, then take the head lines: every later step looks there;
    2. header fields ("Title:", "Date:"): explicit labels beat any guess;
    3. bylines and datelines: their lines must be known as metadata before the
       title is chosen (the title is the line the byline follows);
    4. the title, then its wire desk tag stripped;
    5. the URL (a link in the headline needs the title line);
    6. an author under the title, then in a wire footer: weaker cues, only when no byline named one;
    7. the wire dateline: the first prose line, known only once titles and bylines are set aside;
    8. a numeric dateline in the page's order: needs the URL's country;
    9. a footer date, then the URL's date: the weakest evidence, last.
    """
    first_content = H.skip_lead_chrome(text, lines)
    head = H.head_lines(text, lines, first_content)
    fields = H.header_fields(text, lines, head)
    dated, date_lines, problems = P.header_date(fields.dates, path, today)
    meta = set(fields.lines) | date_lines
    byline = P.byline_date(text, lines, head, fields.title_line, fields.author, dated, meta, path, today)
    meta, author, dated = set(byline.meta), byline.author, byline.dated
    problems += byline.problems
    title = H.Title(fields.title, fields.title_line, first_content)
    if title.title is None:
        title = H.find_title(text, lines, head, meta, first_content)
    headline = fields.headline
    stripped = H.strip_title_prefix(text, lines, title.title, title.line)
    if stripped:
        title = H.Title(stripped[0], title.line, title.first_content)
        headline = stripped[1] or headline
    url, url_lines = find_url(text, lines, title.line)
    meta |= url_lines
    author, meta = _weaker_author(text, lines, author, title.line, meta)
    taken = meta | ({title.line} if title.line is not None else set())
    credit, wire_dated = P.wire_dateline(text, lines, head, taken, today, url or given_url)
    dated = dated or wire_dated
    if dated is None and byline.ambiguous is not None:
        dated, unread = P.numeric_date(text, byline.ambiguous, url, path, today)
        problems += [unread] if unread else []
    dated = dated or P.footer_date(text, lines, today) or P.url_date(url, today)
    return Detected(
        title.title, title.line, headline, author, fields.publisher or credit, url,
        dated, frozenset(meta), title.first_content, tuple(problems),
    )  # fmt: skip


def _weaker_author(text, lines, author, title_line, meta: set[int]) -> tuple[str | None, set[int]]:
    """Without a byline: a name line under the title, else a wire footer's reporter."""
    if author is not None:
        return author, meta
    under = H.author_under_title(text, lines, title_line, meta)
    if under:
        return under[0], meta | {under[1]}
    return H.author_in_footer(text, lines), meta


def parse_article(
    text: str, path: str, *, today: date | None = None, warnings: Sequence[Problem] = (), page: Page | None = None
) -> Article:
    """An `Article` from decoded text: front matter, metadata, prose regions.

    `path` names the source in the article and in its warnings; `warnings`
    (from decoding) come first among the article's warnings. `today`, when
    given, is the latest publication date accepted (a later one is refused
    as in the future); by default none is refused, so nothing read depends
    on when or where it runs. HTML character references are decoded first
    (`&#39;` -> `'`): the decoded text is the one stored and quoted. `page`:
    the metadata of the saved web page `text` was extracted from, which the
    text's own cues do not override.

    >>> a = parse_article("# Talks resume\\n\\nBy Ann Lee\\n\\nMay 6, 2024\\n\\nTalks resumed.\\n", "x.md")
    >>> a.title, a.author, a.published, [a.text[s:e] for s, e in a.content]
    ('Talks resume', 'Ann Lee', datetime.date(2024, 5, 6), ['Talks resume', 'Talks resumed.'])
    """
    problems = list(warnings)
    text = decode_entities(text)
    lines = split_lines(text)
    fm = parse_front_matter(text, lines, path, today)
    problems.extend(fm.warnings)
    body_lines = split_lines(text, fm.body_start) if fm.body_start else lines
    if fm.body_start and not text[fm.body_start :].strip():
        problems.append(problem(path, "empty-body", "nothing after the front matter"))
    fields = {**page.fields(), **fm.fields} if page else fm.fields
    found = detect(text, body_lines, path, today, fields.get("url"))
    problems.extend(found.warnings)
    url = fields.get("url") or found.url
    markup = page.dated if page and page.dated and P.not_after(page.dated.day, today) else None
    dated = _publication(fields, markup or found.dated, url, today)
    if dated is None:
        problems.append(no_date_problem(path))
    headline = _headline(text, body_lines, found, fm.fields.get("title"))
    content, dropped = content_and_dropped(
        text, body_lines, skip=set(found.meta_lines), first_content=found.first_content,
        standalone={found.title_line} if found.title_line is not None else set(), headline=headline,
    )  # fmt: skip
    if not content:
        problems.append(problem(path, "no-prose", "no article prose found (only site chrome)"))
    return Article(
        path=path,
        text=text,
        title=fields.get("title") or found.title,
        author=fields.get("author") or found.author,
        publisher=fields.get("publisher") or publisher_for(url) or found.publisher,
        url=url,
        published=dated.day if dated else None,
        published_from=dated.source if dated else "unknown",
        body_start=fm.body_start,
        content=content,
        headline=headline,
        warnings=tuple(problems),
        why=because(dated.reason() if dated else P.no_date_reason()) if explaining() else (),
        dropped=dropped if explaining() else (),
    )


def _publication(fields: dict, found: P.Dated | None, url: str | None, today: date | None) -> P.Dated | None:
    """Front matter's date; else what the page's markup or the text gave; else
    the date in a URL that came from front matter, which detection did not see."""
    if "date" in fields:
        day = fields["date"]
        return P.Dated(day, "front-matter", "front matter", day.isoformat(), "front_matter.front_matter_date")
    return found or P.url_date(url, today)


def _headline(text: str, body_lines: list, found: Detected, given_title: str | None = None) -> tuple[int, int] | None:
    """The title's span in the text: as detected, else its whole line trimmed.

    When the front matter gives the title, a first line of prose (a sentence
    with its full stop) is the lede, not a headline: it is read as prose, so
    its names are read as a sentence's, not only those a heading repeats."""
    if found.headline is not None or found.title_line is None:
        return found.headline
    ln = body_lines[found.title_line]
    start, end = trim(text, ln.start, ln.end)
    if given_title and H.is_prose(text[start:end]) and text[start:end].strip() != given_title.strip():
        return None
    return (start, end) if end > start else None
