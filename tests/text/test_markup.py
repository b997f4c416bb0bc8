"""Markup primitives: stripping, trimming, headings."""

from __future__ import annotations

import doctest

import pytest

from timeline.text import lines, markup
from timeline.text.markup import MARKDOWN_HEADING, is_heading_like, strip_control, strip_markup, trim


def test_strip_markup_removes_markup():
    assert strip_markup("#### **Related article: [Putin Says](#)**") == "Related article: Putin Says"
    assert strip_markup("Last week, the Kremlin <u>acknowledged</u> it") == "Last week, the Kremlin acknowledged it"
    assert strip_markup("\x1b[31mRed\x1b[0m text\x07") == "Red text"


def test_strip_control_keeps_tabs_and_text():
    assert strip_control("a\tb\x00c\x1b[1m") == "a\tbc"


def test_trim_drops_list_quote_and_bold_markers():
    for raw, want in [("- **Item**", "Item"), ("> quoted  ", "quoted"), ("1. First", "First"), ("   ", "")]:
        a, b = trim(raw, 0, len(raw))
        assert raw[a:b] == want


def test_markdown_heading_needs_a_space_and_at_most_three_spaces_of_indent():
    assert MARKDOWN_HEADING.match("## Title") and MARKDOWN_HEADING.match("   # Title")
    assert not MARKDOWN_HEADING.match("#hashtag") and not MARKDOWN_HEADING.match("    # code")
    assert not MARKDOWN_HEADING.match("####### seven")


def test_heading_like_lines():
    assert is_heading_like("Ukraine")
    assert not is_heading_like("The Kremlin said on Tuesday that talks would resume.")
    assert not is_heading_like("x" * 400)
    # Tokenised text (SemEval-2015 Wikinews) spaces the closing quotation mark: still a sentence.
    assert not is_heading_like('Jobs called the new software " the most advanced mobile operating system in the world. "')


@pytest.mark.parametrize("module", [lines, markup])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0
