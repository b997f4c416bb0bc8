"""YAML front matter: `title`, `date`, `url`, `author`, `publisher` between `---` lines.

Aliases as web clippers and static-site generators write them (`published`,
`source`, `authors` ...) are renamed to those five fields. Problems (never
closed, not YAML, a tag that safe loading refuses, a field that is no text,
an impossible date) are `Problem` values; the article is still read.
The block is loaded by `safe_yaml` (libyaml where present): plain scalars
stay their source text ("24:7", "0x1F", "NO"), and only the fields above
and their aliases are built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import yaml

from timeline.ingest import safe_yaml
from timeline.text.lines import Line
from timeline.text.markup import strip_control
from timeline.ingest.date_strings import NUMERIC_DATE, first_day, is_iso_shaped, iso_date, read_date_string
from timeline.ingest.problems import problem
from timeline.ingest.url import day_first_site
from timeline.model import Problem

# Front matter longer than this many lines is not front matter.
FRONT_MATTER_MAX_LINES = 200

FRONT_MATTER_KEYS = ("title", "date", "url", "author", "publisher")

# Other names front matter gives the fields (web clippers, static-site generators).
FRONT_MATTER_ALIASES = {
    "published": "date", "pubdate": "date", "date_published": "date", "publish_date": "date",
    "published_at": "date", "publication_date": "date", "authors": "author", "byline": "author",
    "link": "url", "canonical": "url", "canonical_url": "url", "source_url": "url",
    "source": "url", "site_name": "publisher", "site": "publisher",
}  # fmt: skip


@dataclass(frozen=True)
class FrontMatter:
    fields: dict = field(default_factory=dict)  # title/url/author/publisher: str, date: date
    body_start: int = 0
    warnings: tuple[Problem, ...] = ()


_FENCE = re.compile(r"---[ \t]*(?:\r\n|\r|\n|$)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_YAML_KEY = re.compile(r"^[A-Za-z_][\w-]{0,40}:(?:\s|$)")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]{0,200}\|)?([^\]\n]{1,200})\]\]")
_URL_IN = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]{1,2000}", re.IGNORECASE)


def parse_front_matter(text: str, lines: list[Line], path: str, today: date | None = None) -> FrontMatter:
    """YAML front matter at the top of `text`, if any; problems become warnings.

    `lines` are `split_lines(text)`. The body starts after the closing `---`.
    """
    fenced = _fenced_block(text, lines, path)
    if fenced is None:
        return FrontMatter()
    block, body_start, problems = fenced
    data, refused = _load(block, path)
    if refused is not None:
        return FrontMatter(body_start=body_start, warnings=(*problems, refused))
    fields, field_problems = _fields(_canonical_keys(data), path, today)
    return FrontMatter(fields, body_start, (*problems, *field_problems))


def _fenced_block(text: str, lines: list[Line], path: str) -> tuple[str, int, list[Problem]] | None:
    """The YAML between the fences, where the body starts, and a problem for
    a block never closed (its "key: value" lines are salvaged); None when the
    text has no front matter."""
    if not _FENCE.match(text) or not lines:
        return None
    close = None
    for i in range(1, min(len(lines), FRONT_MATTER_MAX_LINES)):
        ln = lines[i]
        if ln.end - ln.start < 10 and _CLOSE.match(text[ln.start : ln.end]):
            close = i
            break
    if close is not None:
        block = text[lines[1].start : lines[close - 1].end] if close > 1 else ""
        return block, lines[close + 1].start if close + 1 < len(lines) else len(text), []
    # Salvage the key: value lines under the opening fence; the rest is article.
    close = 1
    while close < len(lines) and _YAML_KEY.match(text[lines[close].start : lines[close].start + 50]):
        close += 1
    if close == 1:
        return None  # no "key: value" under it: a horizontal rule, not front matter
    unclosed = problem(path, "front-matter", "front matter opened with '---' is never closed; read the rest as article text")
    block = text[lines[1].start : lines[close - 1].end]
    return block, lines[close].start if close < len(lines) else len(text), [unclosed]


def _load(block: str, path: str) -> tuple[dict, Problem | None]:
    """The block's fields as a mapping, or the problem that stops it being one."""
    try:
        data = safe_yaml.load_fields(block, _wanted) if block.strip() else {}
    except safe_yaml.UnusableYAML as e:
        return {}, problem(path, "front-matter", f"front matter not used ({e}); metadata detected from the text")
    except yaml.constructor.ConstructorError as e:
        why = str(e.problem or "").strip() or "a YAML tag that is not allowed"
        return {}, problem(path, "front-matter", f"front matter refused (safe loading only: {why}); metadata detected from the text")
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        return {}, problem(path, "front-matter", f"front matter is not valid YAML{where}; metadata detected from the text")
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, problem(path, "front-matter", "front matter is not a list of 'key: value' fields; ignored")
    return data, None


def _wanted(key: str) -> bool:
    """A front matter key whose value is read: a field or an alias of one."""
    return key in FRONT_MATTER_KEYS or key.lower() in FRONT_MATTER_ALIASES


def _fields(data: dict, path: str, today: date | None) -> tuple[dict, list[Problem]]:
    """The five fields as values (`date` a date, the rest text), and a problem for each unusable one."""
    fields: dict = {}
    problems: list[Problem] = []
    url = data.get("url")
    day_first = isinstance(url, str) and day_first_site(url)  # how the site writes 04/03/2024
    for key in FRONT_MATTER_KEYS:
        if key not in data or data[key] is None:
            continue
        value = data[key]
        if key == "author" and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = _names(value)  # web clippers: author: ["[[Elena Brandt]]"]
        if key == "date":
            published, why = front_matter_date(value, today, day_first)
            if why:
                problems.append(problem(path, "front-matter-date", f"front matter date {_shown(value)} {why}; ignored"))
            else:
                fields["date"] = published
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text_value = " ".join(strip_control(str(value)).split())
            if key == "author":
                text_value = _WIKI_LINK.sub(r"\1", text_value)
            if text_value:
                fields[key] = text_value
        else:
            problems.append(problem(path, "front-matter-field", f"front matter {key} is not text; ignored"))
    return fields, problems


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
    if len(names) < 2:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def _shown(value) -> str:
    """A front matter value for a warning; a list or mapping is named, never
    printed (YAML aliases can make a tiny block print as gigabytes)."""
    if isinstance(value, (str, int, float, date)):
        return repr(str(value)[:40])
    return "(a list)" if isinstance(value, list) else "(a mapping)" if isinstance(value, dict) else f"({type(value).__name__})"


def front_matter_date(value, today: date | None = None, day_first: bool = False) -> tuple[date | None, str | None]:
    """The date a front matter `date:` value gives, or why it gives none.

    YAML's own date, else an ISO date ("2024-03-04T16:32:00Z"), else a numeric
    date read by dateparser in the site's order (`day_first`: a .co.uk site's
    "04/03/2024" is 4 March; dots are always day first), else the first date
    the date finder sees in it ("Mon, 04 Mar 2024 16:32 GMT"), else whatever
    dateparser makes of it ("2024.03.04").

    >>> front_matter_date("2024-03-04T16:32:00Z", date(2025, 1, 1))
    (datetime.date(2024, 3, 4), None)
    >>> front_matter_date("2024-13-45", date(2025, 1, 1))
    (None, 'is an impossible date')
    """
    if isinstance(value, date):
        found = value
    elif isinstance(value, str):
        if is_iso_shaped(value):
            found = iso_date(value)
            if found is None:
                return None, "is an impossible date"
        else:
            found = _written_date(value, day_first)
            if found is None:
                return None, "is not a date (write YYYY-MM-DD)"
    else:
        return None, "is not a date (write YYYY-MM-DD)"
    if today is not None and found > today:
        return None, "is in the future"
    return found, None


def _written_date(value: str, day_first: bool) -> date | None:
    numeric = NUMERIC_DATE.fullmatch(value.strip())
    if numeric:
        return read_date_string(value.strip(), "DMY" if day_first or numeric.group("sep") == "." else "MDY")
    return first_day(value) or read_date_string(value)
