"""Export a timeline as YAML or JSON (the JSON Schema in `timeline/export/schema.json`), written atomically.

The same input always gives byte-identical output: keys keep schema order,
entries keep chronology order, and nothing depends on time or hashing seeds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from timeline.errors import UsageError
from timeline.model import Article, Entry, Mention, Timeline
from timeline.output import write_output
from timeline.query import Query
from timeline.trace import explaining

FORMATS = ("yaml", "json")


def source_numbers(timeline: Timeline) -> dict[str, int]:
    """Citation numbers: sources are numbered from 1 in the order they were read."""
    return {a.path: n for n, a in enumerate(timeline.sources, 1)}


def source_record(number: int, article: Article) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": number,
        "file": article.path,
        "title": article.title,
        "author": article.author,
        "publisher": article.publisher,
        "url": article.url,
        "published": article.published,
        "published_from": article.published_from,
    }
    if article.published_window:
        record["published_window"] = {
            "from": article.published_window[0],
            "to": article.published_window[1],
        }
        record["published_evidence"] = article.published_evidence
    if explaining():
        record["why"] = list(article.why)
        record["dropped"] = [{"line": line, "pattern": pattern} for line, pattern in article.dropped]
    return record


def entry_record(entry: Entry, numbers: dict[str, int]) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": entry.id,
        "date": entry.value,
        "start": entry.first,
        "end": entry.last,
        "precision": entry.precision,
        "summary": entry.summary,
        "headline": entry.summary,
        "sources_count": entry.sources_count,
        "actors": list(entry.actors),
        "modality": entry.modality,
        "citations": [
            {
                "source": numbers[c.file],
                "file": c.file,
                "line": c.line,
                "quote": c.quote,
                "expression": c.expression,
            }
            for c in entry.citations
        ],
    }
    if entry.disputed_with:
        record["disputed_with"] = list(entry.disputed_with)
    if explaining():
        record["why"] = list(entry.why)
    return record


def timeline_record(timeline: Timeline, query: Query) -> dict[str, Any]:
    """The whole export as plain data, in schema order."""
    return {key: value if key == "window" else list(value) for key, value in _sections(timeline, query)}


def _sections(timeline: Timeline, query: Query) -> list[tuple[str, Any]]:
    """(key, value) of the export in schema order, each list as an iterator made record by record."""
    numbers = source_numbers(timeline)
    return [
        ("window", query.window()),
        ("sources", (source_record(n, a) for n, a in enumerate(timeline.sources, 1))),
        ("events", (entry_record(e, numbers) for e in timeline.entries)),
        ("warnings", (str(w) for w in timeline.warnings)),
    ]


# Records written at a time by `dump_parts`: what is in memory at once, not the whole export.
PART = 200


def dump_parts(timeline: Timeline, query: Query, fmt: str, dump: Callable[[Any, str], str] | None = None) -> Iterator[str]:
    """`dump(timeline_record(timeline, query), fmt)` in pieces, the same text once joined:
    the records are made and written `PART` at a time, so a large export is never
    whole in memory (at 10,000 articles the whole YAML document made 75 KB of
    memory per article). `dump` is this module's unless given."""
    dump = dump or globals()["dump"]
    if fmt not in FORMATS:
        dump({}, fmt)  # the error it gives
    sections = _sections(timeline, query)
    if fmt == "yaml":
        yield dump(dict(sections[:1]), fmt)
        for key, records in sections[1:]:
            yield from _yaml_list(key, records, dump)
        return
    yield "{\n  " + _json_value("window", sections[0][1], "  ")
    for key, records in sections[1:]:
        yield ",\n  " + json.dumps(key) + ": "
        yield from _json_list(records, dump)
    yield "\n}\n"


def _yaml_list(key: str, records: Iterable, dump) -> Iterator[str]:
    """`key: [records]` in block style, as PyYAML writes it inside the top mapping: its items
    are not indented, so each part is the dump of a list of its own."""
    records = iter(records)
    part = list(islice(records, PART))
    if not part:
        yield dump({key: []}, "yaml")
        return
    yield f"{key}:\n"
    while part:
        yield dump(part, "yaml")
        part = list(islice(records, PART))


def _json_list(records: Iterable, dump) -> Iterator[str]:
    """A list of the top mapping as `json.dumps(..., indent=2)` writes it, a part at a time."""
    records = iter(records)
    part = list(islice(records, PART))
    if not part:
        yield "[]"
        return
    yield "["
    first = True
    while part:
        text = dump(part, "json")  # "[\n  {...},\n  {...}\n]\n", one level shallower than here
        inner = text[1:-3].replace("\n", "\n  ")
        yield inner if first else "," + inner
        first = False
        part = list(islice(records, PART))
    yield "\n  ]"


def _json_value(key: str, value: Any, indent: str) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2, default=_json_default)
    return json.dumps(key) + ": " + text.replace("\n", "\n" + indent)


def mention_record(m: Mention) -> dict[str, Any]:
    """One date expression as `timeline dates --json` prints it."""
    record = {
        "span": [m.start, m.end],
        "text": m.text,
        "value": m.value,
        "type": m.type,
        "start": _iso(m.first),
        "end": _iso(m.last),
        "precision": m.precision,
        "anchor": m.anchor,
        "rule": m.rule,
    }
    if explaining():
        record["why"] = list(m.why)
    return record


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _json_default(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not serialisable: {value!r}")


# Characters a YAML reader folds or drops unless the string is double-quoted.
_YAML_FRAGILE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")

# Plain scalars a YAML 1.2 reader (core schema) resolves to something other
# than a string. PyYAML already quotes what YAML 1.1 would misread (yes/no/on/off,
# 0x1F, 012, 1_000, 190:20:30, .inf, ~, dates); these are the 1.2 forms it does
# not know, such as 0o17 and 1e3.
_YAML12_NOT_STR = re.compile(
    r"""null|Null|NULL|~|true|True|TRUE|false|False|FALSE
    |[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+
    |[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)""",
    re.VERBOSE,
)


def _yaml_dumper():
    """A safe dumper that double-quotes strings whose characters would not survive plain or folded style.

    libyaml's emitter (`CSafeDumper`, about three times faster on a large
    export) when PyYAML was built with it, as its wheels are. The text is the
    same either way, but for characters beyond the Basic Multilingual Plane
    (emoji): libyaml writes them as `\U0001F680` escapes, PyYAML's Python
    emitter as they are; both read back to the same string."""
    import yaml

    class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
        def ignore_aliases(self, data: Any) -> bool:
            return True  # shared date objects would otherwise become &id anchors

    def represent_str(dumper, value: str):
        if _YAML_FRAGILE.search(value):
            style = '"'
        elif _YAML12_NOT_STR.fullmatch(value):
            style = "'"
        else:
            style = None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


def dump(data: dict[str, Any], fmt: str) -> str:
    """Serialise export data as YAML or JSON text; reading it back gives the same data."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    if fmt == "yaml":
        import yaml

        return yaml.dump(data, Dumper=_yaml_dumper(), sort_keys=False, allow_unicode=True, width=100)
    raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, as they are made) as UTF-8 to `path` so that readers see
    the old file or the new one, never half.

    `-` is stdout, a device or FIFO is written into, a symlink's target is
    replaced (see `timeline.output.write_output`).
    """
    if isinstance(text, str):
        write_output(path, text.encode("utf-8"))
    else:
        write_output(path, (piece.encode("utf-8") for piece in text))
