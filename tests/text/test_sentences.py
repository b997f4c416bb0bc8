"""Stage 4: sentences inside content regions, with exact offsets and lines."""

from __future__ import annotations

import re

from pathlib import Path

import pytest

from timeline.model import Article
from timeline.ingest import read_article
from timeline.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = sorted((ROOT / "sources").glob("*.txt"))


def sentences(text: str) -> list[str]:
    """Split one paragraph of prose."""
    return [s.text for s in split_sentences(Article(path="t", text=text, content=((0, len(text)),)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations that never end a sentence
        ("Mr. Putin met Gen. Gerasimov and Sen. Rubio. They talked.", ["Mr. Putin met Gen. Gerasimov and Sen. Rubio.", "They talked."]),
        ("Ms. Albright and Dr. Smith left St. Petersburg. Then rain fell.", ["Ms. Albright and Dr. Smith left St. Petersburg.", "Then rain fell."]),
        # months and numbers
        ("The talks began on Jan. 20 and ended Nov. 5. It was long.", ["The talks began on Jan. 20 and ended Nov. 5.", "It was long."]),
        ("He cited Resolution No. 2231 and Art. 5 of the treaty.", ["He cited Resolution No. 2231 and Art. 5 of the treaty."]),
        # dotted acronyms: a boundary only before a word that opens sentences
        ("Officials in the U.S. National Security Council agreed.", ["Officials in the U.S. National Security Council agreed."]),
        ("He flew to the U.S. The next day he met Biden.", ["He flew to the U.S.", "The next day he met Biden."]),
        ("The U.K. and the E.U. signed a deal at 9 a.m. Moscow time.", ["The U.K. and the E.U. signed a deal at 9 a.m. Moscow time."]),
        ("Shares of Apple Inc. rose. Microsoft Corp. fell.", ["Shares of Apple Inc. rose.", "Microsoft Corp. fell."]),
        # initials and decimals
        ("George W. Bush met J. Edgar Hoover's heirs. Growth was 3.5 percent.", ["George W. Bush met J. Edgar Hoover's heirs.", "Growth was 3.5 percent."]),
        # quotes
        ("“We had such a personal relationship.” Putin smiled.", ["“We had such a personal relationship.”", "Putin smiled."]),
        ("“Is it over?” he asked. “Not yet.”", ["“Is it over?” he asked.", "“Not yet.”"]),
        ('"It will be easier," a diplomat said. "But slow."', ['"It will be easier," a diplomat said.', '"But slow."']),
        ("He said it was “dangerous”. She agreed.", ["He said it was “dangerous”.", "She agreed."]),
        # questions, exclamations, ellipses
        ("Will it work? Nobody knows! Wait... They left.", ["Will it work?", "Nobody knows!", "Wait...", "They left."]),
        ("Mr Trump spoke to Mr Putin. Mrs May did not.", ["Mr Trump spoke to Mr Putin.", "Mrs May did not."]),
        # a lowercase word after a full stop is no boundary
        ("The vote, e.g. in Ohio, was close. Then it ended.", ["The vote, e.g. in Ohio, was close.", "Then it ended."]),
    ],
)
def test_segmenter(text, expected):
    assert sentences(text) == expected


def test_headings_are_single_sentences_marked_heading(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("# Kremlin Courts Trump. Behind the Scenes\n\n## Part 1: The U.S. Trace\n\nThe Kremlin spoke. It said more.\n")
    got = [(s.text, s.heading, s.line) for s in split_sentences(read_article(f))]
    assert got == [
        ("Kremlin Courts Trump. Behind the Scenes", True, 1),
        ("Part 1: The U.S. Trace", True, 3),
        ("The Kremlin spoke.", False, 5),
        ("It said more.", False, 5),
    ]


def test_sentences_never_cross_a_paragraph(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Headline\n\nA paragraph without a full stop\nAnother paragraph starts here.\n")
    got = [s.text for s in split_sentences(read_article(f))]
    assert got == ["Headline", "A paragraph without a full stop", "Another paragraph starts here."]


def test_no_sentence_from_chrome(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Headline\n\nReal news.\n\nSupport us\n\nRead more\n")
    assert [s.text for s in split_sentences(read_article(f))] == ["Headline", "Real news."]


def test_line_numbers_with_crlf_and_cr(tmp_path):
    for eol in ("\r\n", "\r", "\n"):
        f = tmp_path / "a.txt"
        f.write_bytes(eol.join(["Headline", "", "First one. Second one.", "", "Third."]).encode())
        got = [(s.text, s.line) for s in split_sentences(read_article(f))]
        assert got == [("Headline", 1), ("First one.", 3), ("Second one.", 3), ("Third.", 5)], repr(eol)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_sentences_are_exact_substrings_inside_content(path):
    a = read_article(path)
    got = split_sentences(a)
    assert got
    for s in got:
        assert a.text[s.start : s.end] == s.text == s.text.strip()
        assert any(r0 <= s.start and s.end <= r1 for r0, r1 in a.content)
        assert s.line == a.text.count("\n", 0, s.start) + 1
    assert [s.start for s in got] == sorted(s.start for s in got)


def test_sample_sentences():
    a = read_article(ROOT / "sources" / "000_e51f28f804a7c517.txt")
    texts = [s.text for s in split_sentences(a)]
    assert texts[0] == "Kremlin Courts Trump Behind the Scenes as His Foreign Policy Rhetoric Rattles U.S. Allies"
    assert (
        "The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team in the lead-up to his "
        "Jan. 20 inauguration, Russian government officials told The Moscow Times." in texts
    )
    assert "They did not specify how many times the two sides have made contact." in texts
    assert any(t.endswith("these comments have\n\ncreated.") for t in texts)

    a = read_article(ROOT / "sources" / "004_1c1d40d3d93a2994.txt")
    got = {s.text: s for s in split_sentences(a)}
    assert got["“I think that I'll be able to get along with [Mr Putin],” he said in September."].line == 46
    assert "And the flattery has not been one-sided." in got
    assert "Come and join me,” Russia Today editor Margarita Simonyan tweeted, with a smile emoji." in got
    assert got["Russian parliament bursts into applause upon announcement of US election result"].heading

    a = read_article(ROOT / "sources" / "002_21935f1ad1f4bdc9.txt")
    texts = [s.text for s in split_sentences(a)]
    assert "In June 2019, Putin and Trump held a bilateral meeting at the G20 summit in Osaka." in texts
    assert any(t.startswith("“The fact that Mr. Trump, as a presidential candidate, declares") for t in texts)


def test_an_overlong_sentence_is_cut():
    text = "word " * 2000
    got = sentences(text)
    assert len(got) > 1 and all(len(s) <= 2000 for s in got)
    assert "".join(t + " " for t in got).split() == text.split()


# --- properties: stages 1-4 never raise, and every span is exact ----------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline.ingest import parse_article  # noqa: E402

PIECES = st.sampled_from(
    [
        "The Kremlin said. ", "Mr. ", "U.S. ", "Jan. 5, 2025", "“Quote.” ", '"Yes," he said. ', "By Ann Lee",
        "Read more", "Support us", "# ", "## ", "**", "- ", "> ", "---", "\n", "\n\n", "\r\n", "\r", " ",
        "https://www.reuters.com/world/2024/07/04/x", "Original url:", "<u>", "</u>", "[link](#)", "(Reuters)",
        "AP/Evan Vucci", "Dear readers,", "Remind me later.", "title: x", "date: 2024-13-45", "\x1b[31m", "\x00",
        "\u00a0", "…", "?", "!", ".", "the", "of", "Thursday 10 November 2016 09:27 GMT", "Engagement Resources",
    ]
)
TEXTS = st.one_of(st.lists(PIECES, max_size=60).map("".join), st.text(max_size=300))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_stages_never_raise_and_spans_are_exact(text):
    a = parse_article(text, "prop.txt")
    assert 0 <= a.body_start <= len(text)
    last = 0
    for start, end in a.content:
        assert a.body_start <= start < end <= len(text)
        assert start >= last  # sorted, not overlapping
        last = end
    if a.headline is not None:
        assert a.headline in a.content
    for s in split_sentences(a):
        assert text[s.start : s.end] == s.text and s.text == s.text.strip() and s.text
        assert any(r0 <= s.start and s.end <= r1 for r0, r1 in a.content)
        assert s.line == len(re.split(r"\r\n|\r|\n", text[: s.start]))
    assert all(w.startswith("prop.txt: ") for w in map(str, a.warnings))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Asked if he would run, he said no. Putin laughed.", ["Asked if he would run, he said no.", "Putin laughed."]),
        ("It happened in Jan. Putin was away.", ["It happened in Jan.", "Putin was away."]),
        ("Item No. 5 was sold. Item No. 6 was not.", ["Item No. 5 was sold.", "Item No. 6 was not."]),
        ("See p. 12 of the report.", ["See p. 12 of the report."]),
    ],
)
def test_abbreviations_before_numbers(text, expected):
    assert sentences(text) == expected


def test_the_abbreviation_tables_are_public_here():
    from timeline import sentences

    assert {"mr", "gen", "sen"} <= sentences.TITLES and {"jan", "no"} <= sentences.BEFORE_NUMBER
    assert {"inc", "corp"} <= sentences.ABBREVIATIONS and "the" in sentences.SENTENCE_STARTERS
    assert set(sentences.__all__) >= {"TITLES", "BEFORE_NUMBER", "ABBREVIATIONS", "SENTENCE_STARTERS"}
