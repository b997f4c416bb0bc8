"""Issue 5, content: empty or whitespace-only files, binary files named .txt,
byte-order marks, legacy encodings, line endings, huge articles and lines,
control characters and terminal escapes.

A file that cannot be used is a SourceError naming the file (the CLI skips
it with a warning and counts it); anything else is read, with a warning
naming the file when the text had to be guessed or repaired.
"""

from __future__ import annotations

import codecs
import os
import time
from datetime import date
from pathlib import Path

import pytest

from bad_input_helpers import ARTICLE, GOOD, GOOD_EVENT, TODAY, runner, write
from timeline.cli import app
from timeline.errors import SourceError
from timeline.ingest import read_article
from timeline.sentences import split_sentences

# The article of the encoding cases, with characters outside ASCII.
CAFE = "Café talks – Geneva\n\nMay 6, 2024\n\n“Envoys met in Geneva on Friday,” officials said.\n"
CAFE_EVENT = "“Envoys met in Geneva on Friday,” officials said."


def show_beside_a_good_article(tmp_path: Path, name: str, content: bytes):
    """`timeline show --all` on a folder of one good article and `name`."""
    write(tmp_path / "ok.txt", GOOD)
    bad = write(tmp_path / name, content)
    result = runner.invoke(app, ["show", str(tmp_path), "--all"])
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.stderr
    assert GOOD_EVENT in result.stdout and str(tmp_path / "ok.txt") in result.stdout
    return result, str(bad)


# --- empty, whitespace, binary: the file is skipped -----------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_or_whitespace_file_is_a_source_error(tmp_path, content):
    f = write(tmp_path / "blank.txt", content)
    with pytest.raises(SourceError) as err:
        read_article(f)
    assert err.value.path == str(f) and ("empty" in err.value.problem or "whitespace" in err.value.problem)


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty file"),
        (b"   \n\t\r\n  ", "file holds only whitespace"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file, not text"),
        (bytes(range(256)) * 8, "binary file, not text"),
    ],
    ids=["empty", "whitespace", "png", "bytes"],
)
def test_cli_skips_an_unusable_file_with_a_warning_and_counts_it(tmp_path, content, problem):
    result, bad = show_beside_a_good_article(tmp_path, "bad.txt", content)
    assert f"warning: {bad}: {problem}" in result.stderr
    assert "1 file(s) skipped" in result.stderr
    assert "bad.txt" not in result.stdout


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"PK\x03\x04" + os.urandom(512),
        bytes(range(256)) * 8,
        b"\x00\x01\x02\x03" * 300,
    ],
    ids=["png", "zip", "bytes", "nul"],
)
def test_binary_file_named_txt_is_a_source_error(tmp_path, content):
    f = write(tmp_path / "image.txt", content)
    with pytest.raises(SourceError) as err:
        read_article(f)
    assert "binary" in err.value.problem and str(f) in str(err.value)


@pytest.mark.parametrize("start", ["MZ", "RIFF", "ID3", "BZh", "OggS"])
def test_text_that_starts_like_a_binary_format_is_still_text(tmp_path, start):
    f = write(tmp_path / "a.txt", f"{start} Wallace opens a store in Lyon\n\nMay 6, 2024\n\nThe store opened on Friday.\n")
    a = read_article(f, today=TODAY)
    assert a.title == f"{start} Wallace opens a store in Lyon" and a.published == date(2024, 5, 6)


def test_mostly_control_bytes_is_binary(tmp_path):
    f = write(tmp_path / "ctl.txt", b"\x01\x02\x03\x04\x05\x06" * 100 + b"text")
    with pytest.raises(SourceError):
        read_article(f)


# --- byte-order marks and legacy encodings -------------------------------------------------------


def test_utf8_with_bom_is_read_without_it(tmp_path):
    f = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode())
    a = read_article(f, today=TODAY)
    assert a.text == ARTICLE and a.warnings == ()
    assert a.title == "Ministers meet in Brussels" and a.published == date(2023, 3, 3)


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom_is_read(tmp_path, codec, bom):
    text = ARTICLE.replace("Ministers met", "Ministers “met”")
    f = write(tmp_path / "u16.txt", bom + text.encode(codec))
    a = read_article(f, today=TODAY)
    assert a.text == text and a.warnings == ()
    assert [s.text for s in split_sentences(a)][-2] == "Ministers “met” on Monday."


def test_windows_1252_is_read_with_a_warning(tmp_path):
    text = "Caf\u00e9 talks \u2013 a headline\n\nMarch 3, 2023\n\n\u201cWe agreed,\u201d the minister said.\n"
    f = write(tmp_path / "cp.txt", text.encode("cp1252"))
    a = read_article(f, today=TODAY)
    assert a.text == text
    assert a.title == "Café talks – a headline"
    assert [w for w in map(str, a.warnings) if "Windows-1252" in w and str(f) in w]


def test_latin1_bytes_outside_cp1252_still_read(tmp_path):
    f = write(tmp_path / "l1.txt", b"Headline\n\nA sentence with \x81 and \xe9.\n")
    a = read_article(f, today=TODAY)
    assert "\xe9" in a.text and any("Latin-1" in w for w in map(str, a.warnings))


def test_mostly_utf8_with_a_stray_bad_byte_stays_utf8(tmp_path):
    text = "“Talks” resume — in Kyiv\n\n“We agreed,” the minister said. Prices rose 5 € and 3 £.\n"
    f = write(tmp_path / "mixed.txt", text.encode() + b"Broken \xff byte.\n")
    a = read_article(f, today=TODAY)
    assert a.text.startswith("“Talks” resume — in Kyiv")
    assert any(str(f) in w and "invalid UTF-8" in w for w in map(str, a.warnings))


@pytest.mark.parametrize(
    "content, warning",
    [
        (codecs.BOM_UTF8 + CAFE.encode(), None),
        (codecs.BOM_UTF16_LE + CAFE.encode("utf-16-le"), None),
        (codecs.BOM_UTF16_BE + CAFE.encode("utf-16-be"), None),
        (CAFE.encode("cp1252"), "not valid UTF-8; read as Windows-1252"),
        (CAFE.replace("“", '"').replace("”", '"').replace("–", "-").encode("latin-1") + b"\x81\n", "not valid UTF-8; read as Latin-1"),
        (CAFE.replace("\n", "\r\n").encode(), None),
        (CAFE.replace("\n", "\r").encode(), None),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "latin-1", "crlf", "cr"],
)
def test_cli_reads_every_encoding_and_line_ending_beside_a_good_article(tmp_path, content, warning):
    result, name = show_beside_a_good_article(tmp_path, "cafe.txt", content)
    assert "Café talks" in result.stdout and "6 May 2024" in result.stdout
    assert "Envoys met in Geneva on Friday" in result.stdout
    if warning:
        assert f"warning: {name}: {warning}" in result.stderr
    else:
        assert name not in result.stderr
    assert "skipped" not in result.stderr


@pytest.mark.parametrize(
    "tail, codec, bom",
    [
        (b"A", "utf-16-le", codecs.BOM_UTF16_LE),  # cut at an odd byte
        ("\ud800".encode("utf-16-be", "surrogatepass") + "More text.\n".encode("utf-16-be"), "utf-16-be", codecs.BOM_UTF16_BE),
    ],
    ids=["truncated", "lone-surrogate"],
)
def test_utf16_with_a_few_bad_bytes_is_read_with_a_warning(tmp_path, tail, codec, bom):
    f = write(tmp_path / "u16.txt", bom + CAFE.encode(codec) + tail)
    a = read_article(f, today=TODAY)
    assert a.text.startswith(CAFE) and a.published == date(2024, 5, 6)
    assert f"{f}: 1 invalid UTF-16 sequence(s) replaced with U+FFFD" in map(str, a.warnings)


def test_random_bytes_after_a_utf16_bom_are_still_refused(tmp_path):
    f = write(tmp_path / "noise.txt", codecs.BOM_UTF16_LE + bytes((i * 7919 + 13) % 256 for i in range(20000)))
    with pytest.raises(SourceError) as err:
        read_article(f, today=TODAY)
    assert "not valid UTF-16 despite its byte-order mark" in err.value.problem


# --- line endings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_crlf_and_cr_line_endings(tmp_path, eol):
    f = write(tmp_path / "eol.txt", ARTICLE.replace("\n", eol).encode())
    a = read_article(f, today=TODAY)
    assert a.text == ARTICLE.replace("\n", eol)
    assert (a.title, a.published) == ("Ministers meet in Brussels", date(2023, 3, 3))
    assert [(s.text, s.line) for s in split_sentences(a)] == [
        ("Ministers meet in Brussels", 1), ("Ministers met on Monday.", 5), ("They agreed a budget.", 5),
    ]  # fmt: skip


# --- size: the read stage only (the full pipeline on 50 MB is benchmarked, not tested) ------------


def test_a_50_mb_article_is_read_in_linear_time(tmp_path):
    paragraph = (
        "The Kremlin said on Jan. 5, 2025 that Mr. Putin met U.S. envoys in St. Petersburg for talks on item {}. "
        + "Officials told reporters the talks lasted 3.5 hours and that more meetings were planned for the spring. " * 12
        + "\n\n"
    )
    body = "".join(paragraph.format(i) for i in range(50_000_000 // len(paragraph) + 1))
    f = write(tmp_path / "big.txt", "# A very long article\n\nJanuary 14, 2025\n\n" + body)
    assert f.stat().st_size >= 50_000_000
    started = time.perf_counter()
    a = read_article(f, today=TODAY)
    got = split_sentences(a)
    elapsed = time.perf_counter() - started
    assert a.published == date(2025, 1, 14)
    assert len(a.content) == body.count("\n\n") + 1
    assert got[-1].text == "Officials told reporters the talks lasted 3.5 hours and that more meetings were planned for the spring."
    assert elapsed < 60  # quadratic behaviour would take hours


def test_a_5_mb_line_without_newline(tmp_path):
    f = write(tmp_path / "line.txt", "Headline\n\n" + "Officials met and talked for hours in Brussels " * 110_000)
    started = time.perf_counter()
    a = read_article(f, today=TODAY)
    got = split_sentences(a)
    assert time.perf_counter() - started < 20
    assert a.title == "Headline"
    assert len(a.content) == 2
    assert all(len(s.text) <= 2000 and a.text[s.start : s.end] == s.text for s in got)


def test_a_5_mb_line_of_chrome_words_and_punctuation(tmp_path):
    # Patterns with unbounded repetition would go quadratic on this line.
    line = "Subscribe to the daily newsletter and support us. Read more. " * 90_000
    f = write(tmp_path / "line.txt", "Headline\n\n" + line)
    started = time.perf_counter()
    read_article(f, today=TODAY)
    assert time.perf_counter() - started < 20


# --- control characters and terminal escapes -------------------------------------------------------

CONTROL = (
    "\x1b[31mMinisters meet\x1b[0m in Brussels\x07\n\nBy Jane \x1b[1mSmith\x1b[0m\n\nMarch 3, 2023\n\n"
    "Ministers met on Monday.\x00\x08 They agreed\x1b]0;title\x07 a budget.\x0c\n"
)


def test_control_characters_and_ansi_escapes(tmp_path):
    f = write(tmp_path / "ctrl.txt", CONTROL.encode())
    a = read_article(f, today=TODAY)
    assert a.text == CONTROL
    assert (a.title, a.author, a.published) == ("Ministers meet in Brussels", "Jane Smith", date(2023, 3, 3))
    for s in split_sentences(a):
        assert a.text[s.start : s.end] == s.text


def test_cli_neutralises_control_characters_and_escapes(tmp_path):
    result, _ = show_beside_a_good_article(tmp_path, "ctrl.txt", CONTROL.encode())
    assert "Ministers meet in Brussels" in result.stdout and "Jane Smith" in result.stdout
    assert not any(c in result.stdout for c in "\x1b\x07\x00\x08")
