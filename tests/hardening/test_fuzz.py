"""Issue 11, acceptance: random articles, front matter and file names never break the tool.

Each example is one random article (text with control characters, lone
surrogates, huge numbers, deep nesting, long punctuation runs; random or
hostile front matter; a random file name) in a folder beside a copy of one
real sample. Through the library (`build_timeline`) and the command line
(`show`, `sources`, `actors`, `export --format json/yaml`, `dates --json`):

- no exception escapes: the library returns, each command exits 0 (the sample
  is always readable, so never 1 for "nothing to show", never 3 for a bug);
- each run finishes within a few seconds;
- every export reads back (json.loads, yaml.safe_load) as the record the
  library built;
- the real sample is still processed: every event of it alone is still cited;
  the random article is read, or a warning names it;
- the terminal views show nothing a terminal would obey (point 13).

The example count is modest so CI stays fast.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
import time
import unicodedata
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from timeline.cli import app
from timeline.export import dump, timeline_record
from timeline.ingest import shown
from timeline.pipeline import build_timeline
from timeline.query import apply_query, make_query

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sources" / "000_e51f28f804a7c517.txt"
SECONDS = 5.0  # a small input is done within this, each run
EXAMPLES = 50

runner = CliRunner()

# Classes of input that other helpers' points of issue 11 fix, left out on this branch so the test
# passes; each is named by its point. After merging a point, the lead sets its flag to True.
POINT_4_MERGED = True  # one bad file stops everything: in front matter, integers over 4,300 digits
# (ValueError), flow nesting hundreds deep (RecursionError), lone surrogates written as escapes
# ("\\ud800", JSON's "\\ud83c\\udf89": UnicodeEncodeError in the JSON export, exit 3); a malformed
# IPv6 URL ("http://[x/", ValueError from urlsplit); author: ["", " "] (IndexError).
POINT_5_MERGED = True  # catastrophic backtracking in the sentence splitter: a run of ".", "!", "?"
# or "…" longer than a dozen takes seconds, then minutes, then never ends.

# --- random articles -----------------------------------------------------------------------------

# Text from anywhere in Unicode, lone surrogates included (written with surrogatepass, so the file
# is not valid UTF-8 and must be reported, not crash anything).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
HOSTILE_CHARS = st.sampled_from(
    list("\n\r\t\x00\x07\x08\x0b\x0c\x1b\x7f\x85\x9b\u00ad\u061c\u180e\u2028\u2029\u2060\ufeff")
    + [chr(c) for c in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A))]
)
WORDS = st.sampled_from([
    "Donald Trump", "Vladimir Putin", "said", "told reporters", "on Thursday", "last week", "in 2016",
    "10 Nov 2016", "Nov. 10, 2016", "2016-11-10", "11/10/2016", "January 14, 2025", "next month",
    "WASHINGTON (Reuters) —", "MOSCOW, Jan. 14 —", "By Pyotr Kozlov", "Published: 2016-11-10", "Q3 2016",
    "the 1990s", "Summer 2012", "Christmas", "https://example.com/2016/11/10/a",
    *(["[link](http://[x/y)", "http://[::1"] if POINT_4_MERGED else []),
    "javascript:alert(1)", "[bold red]x[/]", "[/]", "**bold**", "# Heading", "> quote", "- item", "|a|b|",
    "“quoted”", "‘single’", "Mr. Smith", "U.S.", "e.g.", "3.14", "$1.5bn", "12%", "🎉", "東京", "Ünïcödé",
])
# Runs of one punctuation character (sentence-ending ones kept short until point 5 is merged).
SENTENCE_RUN = 400 if POINT_5_MERGED else 12
PUNCTUATION_RUN = st.one_of(
    st.builds(lambda c, n: c * n, st.sampled_from(list(",;:-—–*_=#|()[]{}<>\"'/\\~^`+")), st.integers(2, 400)),
    st.builds(lambda c, n: c * n, st.sampled_from([".", "!", "?", "…", ". ", "! "]), st.integers(2, SENTENCE_RUN)),
)
HUGE_NUMBER = st.integers(300, 6000).map(lambda n: "9" * n)
NESTING = st.builds(lambda o, n: o[0] * n + "x" + o[1] * n,
                    st.sampled_from(["()", "[]", "{}", "“”", "<>", "**"]), st.integers(10, 1000))
PIECE = st.one_of(st.text(ANY_CHAR, max_size=40), st.text(HOSTILE_CHARS, max_size=5), WORDS, WORDS, WORDS,
                  PUNCTUATION_RUN, HUGE_NUMBER, NESTING)
BODY = st.lists(st.tuples(PIECE, st.sampled_from([" ", " ", "\n", "\n\n", "", ". ", "\r\n"])), max_size=20).map(
    lambda parts: "".join(p + sep for p, sep in parts))

FIELDS = st.sampled_from(["title", "date", "url", "author", "authors", "publisher", "published", "source",
                          "byline", "tags", "x", "link"])
POINT_4_SCALARS = ['"\\ud800"', '"\\ud83c\\udf89"', '"\\udfff x"', '["", " "]', '"http://[x/y"', "http://[::1"]
DEEP = 1000 if POINT_4_MERGED else 40
SCALARS = st.one_of(
    st.sampled_from([
        '"\\x1b[2J\\u202e"', "24:7", "0x1F", "0o17", "1e3", "NO", "~", ".nan", "-.inf", "2016-11-10",
        "2024-13-45", "9999-12-31", "0001-01-01", "2016-11-10T25:99:00", "'[bold]x[/]'", "[]", "{}",
        "!!python/object:os.system x", "&a [*a]", "*missing", "|\n  block\n  text", "javascript:alert(1)",
        "[[Elena Brandt]]", '["a", 1, null]', '"\\U0001F389 \\u00e9"',
        *(POINT_4_SCALARS if POINT_4_MERGED else []),
    ]),
    HUGE_NUMBER if POINT_4_MERGED else st.integers(300, 4300).map(lambda n: "9" * n),
    st.integers(-(10**30), 10**30).map(str),
    st.integers(1, DEEP).map(lambda n: "[" * n + "]" * n),
    st.integers(1, DEEP).map(lambda n: "{a: " * n + "1" + "}" * n),
    # JSON escapes: json.dumps writes a lone surrogate, and an emoji, as \\udXXX escapes
    st.text(ANY_CHAR, max_size=30).map(json.dumps) if POINT_4_MERGED
    else st.text(st.characters(exclude_categories=("Cs",)), max_size=30).map(lambda t: json.dumps(t, ensure_ascii=False)),
    st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=30),
)
FRONT_MATTER = st.one_of(
    st.just(None),
    st.lists(st.tuples(FIELDS, SCALARS), max_size=6).map(lambda kv: "".join(f"{k}: {v}\n" for k, v in kv)),
    st.text(ANY_CHAR, max_size=200),  # anything at all between the fences
)

# File names: no NUL (the file system's own rule), no part starting with "." (hidden files are
# skipped), at most 250 bytes a part (the file system allows 255); a "/" makes a subfolder, as in
# "a[/b.txt"; bytes that are not UTF-8 come in as surrogate escapes, as Python reads such names.
NAME_PIECES = st.one_of(
    st.characters(codec="utf-8", exclude_characters="/\x00", exclude_categories=("Cs",)),
    HOSTILE_CHARS.filter(lambda c: c != "\x00"),
    st.sampled_from(list("[]=:*?'\"\\ -_") + ["[link=javascript:alert(1)]", "[/", "[bold]", "\udce9", "\udcff"]),
)
NAMES = st.tuples(st.lists(NAME_PIECES, min_size=1, max_size=30).map("".join),
                  st.sampled_from([".txt", ".md", ".markdown", ".TXT"]))


def _usable(name: str) -> bool:
    parts = name.split("/")
    return name != SAMPLE.name and all(p and not p.startswith(".") and len(os.fsencode(p)) <= 250 for p in parts)


@st.composite
def articles(draw) -> tuple[str, bytes]:
    """(file name, file bytes) of one random article."""
    stem, suffix = draw(NAMES)
    assume(_usable(stem + suffix))
    front = draw(FRONT_MATTER)
    text = ("" if front is None else f"---\n{front}\n---\n") + draw(BODY)
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"", b"\x00"])) + data
    return stem + suffix, data


# --- what each run must hold ---------------------------------------------------------------------

@contextmanager
def corpus(name: str, data: bytes):
    """A folder holding the real sample and the random article."""
    folder = Path(tempfile.mkdtemp(prefix="timeline-fuzz-"))
    try:
        shutil.copy(SAMPLE, folder / SAMPLE.name)
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class StillRunning(Exception):
    """A run went on far past SECONDS (a hang): raised by an alarm so the test fails, not CI."""


def timed(run, *args):
    """`run(*args)`, which must be done within SECONDS; one that hangs is stopped at 4 x SECONDS."""
    def stop(signum, frame):
        raise StillRunning(f"still running after {4 * SECONDS:.0f} s")

    alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if alarm:
        previous = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, 4 * SECONDS)
    start = time.monotonic()
    try:
        result = run(*args)
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    elapsed = time.monotonic() - start
    assert elapsed < SECONDS, f"{elapsed:.1f} s"
    return result


def cited(timeline, file: str) -> set[tuple]:
    return {(c.line, c.quote, c.expression) for e in timeline.entries for c in e.citations if c.file == file}


def _baseline() -> set[tuple]:
    """The citations of the sample read alone (this also warms every lazy import up)."""
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(SAMPLE, d)
        return cited(build_timeline([d]), str(Path(d) / SAMPLE.name))


BASELINE = _baseline()
EVERYTHING = make_query(everything=True)


def jsonable(value):
    """The record as JSON reads it back: dates as ISO strings."""
    return json.loads(json.dumps(value, default=lambda d: d.isoformat()))


def assert_terminal_safe(text: str) -> None:
    obeyed = [c for c in text if c != "\n" and unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp", "Cs"}]
    assert not obeyed, obeyed


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, (args, result.exit_code, result.stderr, result.exception)
    return result


SETTINGS = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=6 * SECONDS),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(articles())
def test_the_library_reads_any_article_beside_a_real_one(article):
    name, data = article
    with corpus(name, data) as folder:
        timeline = timed(build_timeline, [folder])
        assert BASELINE <= cited(timeline, str(folder / SAMPLE.name))
        # the random article is read, or a warning names it
        accounted = {a.path for a in timeline.sources} | {w.file for w in timeline.warnings}
        assert {str(folder / name), shown(folder / name)} & accounted, (accounted, timeline.warnings)
        record = timeline_record(apply_query(timeline, EVERYTHING), EVERYTHING)
        assert yaml.safe_load(dump(record, "yaml")) == record
        assert json.loads(dump(record, "json")) == jsonable(record)


@SETTINGS
@given(articles())
def test_the_command_line_reads_any_article_beside_a_real_one(article):
    name, data = article
    with corpus(name, data) as folder:
        record = timeline_record(apply_query(timed(build_timeline, [folder]), EVERYTHING), EVERYTHING)
        as_json = timed(invoke, "export", folder, "--format", "json", "--all")
        assert json.loads(as_json.stdout) == jsonable(record)
        as_yaml = timed(invoke, "export", folder, "--format", "yaml", "--all")
        assert yaml.safe_load(as_yaml.stdout) == record
        dates = json.loads(timed(invoke, "dates", folder, "--json").stdout)
        assert str(folder / SAMPLE.name) in [s["file"] for s in dates["sources"]]
        for command in ("show", "sources", "actors"):
            result = timed(invoke, command, folder, *(["--all"] if command == "show" else []))
            assert_terminal_safe(result.stdout)
            assert_terminal_safe(result.stderr)
