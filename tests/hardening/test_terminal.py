"""Issue 11, points 12, 13 and 19: the terminal shows untrusted text, it never obeys it.

12: paths, titles, authors, URLs, names and quotes are printed as rich Text,
    never read as markup (the spinner included).
13: control and format characters (newlines, bidi overrides, zero-width
    characters, C0/C1 controls, line separators, lone surrogates) are shown
    escaped in every terminal view and message; exports keep the text as is;
    nothing is ever made a hyperlink.
19: `--source` with an empty value is a usage error; one that matches no
    source is nothing to show (exit 1), naming the closest file names.
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from timeline.cli import common
from timeline.cli import app
from timeline.model import Actor, Article, Citation, Entry, Mention, Timeline
from timeline.query import NoMatch, QueryError, apply_query, make_query
from timeline.render import actors_table, chronology, dates_table, literal, plain, source_list, sources_table
from timeline.trace import explained

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sources" / "000_e51f28f804a7c517.txt"
OBEYED = {"Cc", "Cf", "Zl", "Zp", "Cs"}

# One member of each class a terminal would obey instead of show.
HOSTILE = [
    "\n", "\r", "\t", "\x0b", "\x0c", "\x00", "\x07", "\x08", "\x1b", "\x7f",  # C0 and DEL
    "\x85", "\x9b", "\x9d",  # C1: NEL, CSI, OSC
    *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A)),  # bidi embeddings, overrides, isolates
    "\u061c",  # the Arabic letter mark (U+200E, U+200F, the other bidi marks, are below)
    *map(chr, range(0x200B, 0x2010)), "\u2060", "\ufeff", "\u00ad", "\u180e",  # zero-width and invisible
    "\u2028", "\u2029",  # line and paragraph separators
    "\U000e0041", "\U000e007f",  # tag characters
    "\ud800", "\udfff",  # lone surrogates (from YAML or JSON escapes)
]
MARKUP = ["[bold red]x[/]", "[/]", "a[/b", "[link=javascript:alert(1)]click[/link]", "[link=https://evil.example]x"]

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def obeyed(text: str) -> list[str]:
    """The characters of `text` a terminal would act on (real line ends aside)."""
    return [c for c in text if c != "\n" and unicodedata.category(c) in OBEYED]


def rendered(renderable, terminal: bool = False) -> str:
    console = Console(file=StringIO(), width=100, force_terminal=terminal,
                      color_system="truecolor" if terminal else None, legacy_windows=False)
    console.print(renderable, soft_wrap=True)
    return console.file.getvalue()


# --- the one terminal-safe function ------------------------------------------------------------

@pytest.mark.parametrize("char", HOSTILE, ids=lambda c: f"U+{ord(c):04X}")
def test_plain_shows_each_obeyed_character_as_an_escape(char):
    shown = plain(f"a{char}b")
    assert shown.isprintable() and not obeyed(shown)
    n = ord(char)
    escape = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (
        f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}")
    assert shown == f"a{escape}b"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_plain_leaves_nothing_a_terminal_obeys(text):
    shown = plain(text)
    assert not obeyed(shown) and "\n" not in shown
    shown.encode("utf-8")  # lone surrogates too are escaped, so it always encodes
    assert plain(shown) == shown  # idempotent: safe to apply twice


@pytest.mark.parametrize("text", ["Putin’s “talks” — 10 Nov 2016", "Ünïcödé 東京 🎉", "a\u00a0b", "tab\\t"])
def test_plain_keeps_ordinary_text_as_it_is(text):
    assert plain(text) == text


# --- every view, every field -------------------------------------------------------------------

def hostile_timeline(bad: str) -> Timeline:
    """A timeline with `bad` in every string that comes from an article or a file name."""
    path = f"dir{bad}/file{bad}.txt"
    source = Article(path=path, text=f"line one{bad}\nline two", title=f"Title{bad}", author=f"Author{bad}",
                     publisher=f"Pub{bad}", url=f"javascript:alert({bad})", published=date(2016, 11, 10),
                     published_from="front-matter", published_evidence=f"date: {bad}",
                     why=(f"because{bad}",), dropped=((1, "chrome"),))
    citation = Citation(file=path, line=1, quote=f"quote{bad}", start=0, expression=f"Thursday{bad}")
    entry = Entry(id="e1", value="2016-11-10", first=date(2016, 11, 10), last=date(2016, 11, 10), precision="day",
                  summary=f"Summary{bad} said.", actors=(f"Name{bad}",), modality="reported",
                  citations=(citation,), why=(f"why{bad}",))
    actor = Actor(f"Name{bad}", (f"Alias{bad}",), 1, (f"Maybe{bad}",), why=(f"joined{bad}",))
    return Timeline(entries=(entry,), sources=(source,), actors=(actor,), warnings=())


def views(bad: str):
    timeline = hostile_timeline(bad)
    source = timeline.sources[0]
    mention = Mention(0, 8, f"Thursday{bad}", "2016-11-10", first=date(2016, 11, 10), last=date(2016, 11, 10),
                      precision="day", anchor="publication", rule="weekday", why=(f"rule{bad}",))
    return [chronology(timeline), source_list(timeline.sources), sources_table(timeline.sources),
            actors_table(list(timeline.actors)), dates_table(source, [mention])]


@pytest.mark.parametrize("bad", HOSTILE + MARKUP, ids=lambda c: repr(c)[1:-1][:20])
def test_every_terminal_view_shows_untrusted_text_escaped_and_literal(bad):
    with explained():  # the --explain reasons are untrusted too
        outputs = [rendered(view) for view in views(bad)]
    for out in outputs:
        assert not obeyed(out), out
        if bad in MARKUP:
            assert bad in out  # shown as typed, not read as markup
        elif bad == "\n":
            assert "\\n" in out


@pytest.mark.parametrize("bad", ["\x1b]8;;https://evil.example\x1b\\", "[link=javascript:alert(1)]x", "\u202e"])
def test_no_view_ever_sends_a_hyperlink_or_an_escape_of_its_own(bad):
    with explained():
        for view in views(bad):
            out = rendered(view, terminal=True)
            assert "\x1b]" not in out  # no OSC (8 is a hyperlink, 0 a window title)
            assert "javascript:" not in out or "\x1b]8" not in out


def test_a_javascript_url_is_text_not_a_link():
    source = Article(path="a.txt", text="", title="T", url="javascript:alert(document.cookie)")
    for view in (source_list([source]), sources_table([source])):
        out = rendered(view, terminal=True)
        assert "javascript:alert(document.cookie)" in out and "\x1b]8" not in out


# --- the command line: views, warnings, notes, errors, the spinner ------------------------------

FORGED = "x\nerror: forged line\u202e\u200b[bold]"


@pytest.fixture()
def hostile_folder(tmp_path):
    """A folder with one good article under a hostile name and one hostile article."""
    folder = tmp_path / "c"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / f"{FORGED}[link=javascript:alert(1)]a.txt")
    (folder / "d[").mkdir()
    shutil.copy(ROOT / "sources" / "001_4ab5c311e2438ca4.txt", folder / "d[" / "]b.txt")
    (folder / "m.md").write_text(
        "---\n"
        'title: "T\\u202eevil\\u200b [bold]x[/] \\e[2J"\n'
        'author: "A\\u2028error: forged"\n'
        'url: "javascript:alert(1)"\n'
        "date: 2016-11-10\n"
        "---\n"
        "Donald Trump met Barack Obama at the White House on Thursday, officials said.\n"
        "error: \u202eforged\u200b on Friday, Nov. 11, 2016, Trump said [/] he would meet Putin.\n",
        encoding="utf-8",
    )
    (folder / f"undated{FORGED}.txt").write_text("Trump met Putin on Friday, officials said.\n", encoding="utf-8")
    return folder


def assert_terminal_safe(text: str) -> None:
    assert not obeyed(text), [c for c in obeyed(text)]
    for line in text.splitlines():
        assert not line.startswith("error: forged"), line
    assert "\x1b]" not in text


@pytest.mark.parametrize("command", [["show", "--all"], ["sources"], ["dates"], ["actors"], ["show", "--explain", "--all"],
                                     ["sources", "--explain"], ["dates", "--explain"], ["actors", "--explain"]])
def test_every_command_shows_hostile_names_and_text_escaped(hostile_folder, command):
    result = run(command[0], hostile_folder, *command[1:])
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result.stdout)
    assert_terminal_safe(result.stderr)
    if command[0] != "actors":
        assert "x\\nerror: forged line\\u202e\\u200b[bold][link=javascript:alert(1)]a.txt" in result.stdout
        assert "d[/]b.txt" in result.stdout


def test_the_warnings_name_a_hostile_file_escaped(hostile_folder):
    result = run("show", hostile_folder)
    assert "warning: " in result.stderr and "undatedx\\nerror: forged line\\u202e" in result.stderr
    assert_terminal_safe(result.stderr)


def test_exports_keep_the_text_as_it_is(hostile_folder):
    data = json.loads(run("export", hostile_folder, "--format", "json", "--all").stdout)
    files = {s["file"] for s in data["sources"]}
    assert any(f.endswith(f"{FORGED}[link=javascript:alert(1)]a.txt") for f in files)
    titles = {s["title"] for s in data["sources"]}
    assert any(t.startswith("T\u202eevil\u200b [bold]x[/]") for t in titles)  # bidi and zero-width kept


@pytest.mark.parametrize("name", [FORGED, "x\n  error: forged", "x\r\n  y", "x\u2028  y", "x\x85y"])
def test_an_error_naming_a_hostile_path_cannot_forge_a_line(tmp_path, name):
    result = run("show", tmp_path / name)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and plain(name) in result.stderr
    assert len(result.stderr.splitlines()) == 2  # the error and its one reason (the path does not exist)
    assert_terminal_safe(result.stderr)


def test_an_error_listing_hostile_file_names_keeps_one_line_per_file(tmp_path):
    for name in ("a\n  error: forged.txt", "b\u202e\n.txt"):
        (tmp_path / name).write_bytes(b"")  # empty: nothing readable, so an error lists each
    result = run("show", tmp_path)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 3, result.stderr
    assert "a\\n  error: forged.txt: " in result.stderr and "b\\u202e\\n.txt: " in result.stderr
    assert_terminal_safe(result.stderr)


def test_an_unknown_actor_error_shows_the_word_escaped():
    result = run("show", ROOT / "sources", "--actor", "Pu\u202etin\n[bold]x")
    assert result.exit_code == 1
    assert "error: --actor 'Pu\\u202etin\\n[bold]x' matches no actor" in result.stderr
    assert_terminal_safe(result.stderr)


@pytest.mark.parametrize("step", ["reading a[/]b.txt", "reading [/", "[link=javascript:alert(1)]article.txt",
                                  "reading [bold]x\n\u202e\x1b]8;;https://evil.example\x1b\\.txt"])
def test_the_spinner_shows_a_file_name_as_text(step):
    console = Console(file=StringIO(), force_terminal=True, color_system="truecolor", width=200)
    with common.progress(console) as on_step:
        assert on_step is not None
        on_step(step)  # rich markup would raise MarkupError on '[/' or send a hyperlink
    out = console.file.getvalue()
    assert "\x1b]8" not in out and "\x1b]0" not in out and "\u202e" not in out


def test_a_command_with_a_spinner_on_a_terminal_survives_markup_in_paths(hostile_folder, monkeypatch):
    def consoles():
        return Console(), Console(stderr=True, force_terminal=True, color_system="truecolor")

    from timeline.cli import show

    monkeypatch.setattr(show, "consoles", consoles)
    result = run("show", hostile_folder, "--all")
    assert result.exit_code == 0, result.output
    assert "\x1b]8" not in result.stderr and "\u202e" not in result.stderr


# --- point 19: --source -----------------------------------------------------------------------

@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_source_is_a_usage_error(value):
    for command in ("show", "export"):
        result = run(command, ROOT / "sources", "--source", value)
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        error = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
        assert len(error) == 1 and f"--source {plain(repr(value))} is empty" in error[0]


@pytest.mark.parametrize("value", ["99", "6", "no-such-file", "\u202e"])
def test_a_source_that_matches_nothing_is_nothing_to_show(value):
    for command in ("show", "export"):
        result = run(command, ROOT / "sources", "--source", value)
        assert result.exit_code == 1, result.output
        assert result.stdout == ""
        error = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
        assert len(error) == 1 and f"--source {plain(repr(value))} matches no source" in error[0]
        assert "`timeline sources` lists the 5" in error[0]
        assert_terminal_safe(result.stderr)


def test_one_bad_source_among_good_ones_is_still_an_error():
    assert run("show", ROOT / "sources", "--source", "2", "--source", "99").exit_code == 1


@pytest.mark.parametrize("value", ["2", " 2 ", "003", "004_1c1d", "SOURCES/000"])
def test_a_source_that_matches_is_still_a_filter(value):
    result = run("export", ROOT / "sources", "--source", value, "--format", "json")
    assert result.exit_code == 0, result.output


def test_the_library_refuses_an_unknown_source_and_an_empty_one():
    from helpers_timeline import sample_timeline

    with pytest.raises(NoMatch, match=r"--source '99' matches no source \(`timeline sources` lists the 2\)"):
        apply_query(sample_timeline(), make_query(sources=["99"]))
    with pytest.raises(QueryError, match="is empty"):
        apply_query(sample_timeline(), make_query(sources=[""]))


def test_an_unknown_source_lists_only_the_closest_names():
    from dataclasses import replace

    from helpers_timeline import article, sample_timeline

    many = tuple(article(f"report-{n:03}.txt") for n in range(40))
    with pytest.raises(NoMatch) as raised:
        apply_query(replace(sample_timeline(), sources=many), make_query(sources=["report-0099.txt"]))
    message = str(raised.value)
    assert "the closest: [10] report-009.txt" in message and "lists the 40" in message
    assert message.count("report-") <= 6  # the closest few, not all 40


def test_literal_is_never_markup():
    assert rendered(literal("[bold]x[/]")) == "[bold]x[/]\n"
