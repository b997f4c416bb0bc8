"""Which named chrome pattern a line matches (timeline.chrome.lines)."""

from __future__ import annotations

import doctest
import importlib

import pytest

from timeline.chrome import lines as chrome_lines
chrome_vocabulary = importlib.import_module("timeline.chrome.vocabulary")
from timeline.chrome.lines import chrome_pattern, is_chrome_line
from timeline.chrome.vocabulary import vocabulary
from timeline.lexicon import chrome as lexicon


@pytest.mark.parametrize(
    "line, name",
    [
        ("Share on Facebook", "sharing button"),
        ("**Donate now**", "donation appeal"),
        ("Accept all cookies", "cookie banner"),
        ("4 min read", "reading time"),
        ("Updated 3 hours ago", "time ago"),
        ("Home > News > Air Transport", "breadcrumb"),
        ("(Adds analyst comment in paragraph 4)", "wire update note"),
        ("pmr/gil/rl", "agency slug"),
        ("©2024 Bloomberg L.P.", "copyright line"),
        ("press@example.com", "e-mail address"),
        ("Original url: https://example.com/a", "link label"),
        ("Featured Photo: a plane", "photo label"),
        ("Tags: Ukraine, Russia", "tag label"),
        ("Business reporter, BBC News", "reporter's role"),
        ("https://www.example.com/story", "url line"),
        ("Evan Vucci / AP / TASS", "photo credit"),
        ("Getty Images", "photo caption label"),
        ("AFP", "photo credit"),
        ("Reporting by Guy Faulconbridge; Editing by Andrew Osborn", "reporting credit"),
        ("Russia's President Vladimir Putin in Moscow, Russia (Reuters)", "caption with agency credit"),
        ("Masks on sale. **Anatoly Maltsev / EPA / TASS**", "caption with bold credit"),
        ("![A plane on the tarmac](https://example.com/p.jpg)", "image"),
        ("---", "markup only"),
        ("....", "separator"),
        ("If you can, please consider supporting our work with a donation.", "donation appeal"),
        ("Sign up for our weekly newsletter to get the news.", "newsletter prompt"),
        ("(This item was included in the audio release of Wikinews for 7/2.)", "republication note"),  # Wikinews, 2005
        ("Photograph courtesy NASA Kennedy Space Center", "reporting credit"),  # NASA, 2005 (CREDIT_PREFIXES)
        ("Enjoying ad-free content?", "advertisement"),
        ("We use cookies to improve your experience on this site.", "cookie notice"),
    ],
)
def test_named_pattern_fires(line, name):
    assert chrome_pattern(line) == name
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["The Kremlin said on Tuesday it was ready for talks.", "Ukraine", "", "   "])
def test_prose_matches_no_pattern(line):
    assert chrome_pattern(line) is None


def test_a_long_line_is_only_scanned_for_phrases():
    assert chrome_pattern("The minister spoke at length. " * 20) is None
    assert chrome_pattern("x" * 400 + " share") is None


def test_every_table_entry_keeps_its_name():
    voc = vocabulary()
    for name, items in lexicon.CHROME_LINES.items():
        for item in items:
            assert voc.lines[chrome_vocabulary.fold(item)] == name
    names = {name for name, _ in voc.line_patterns.parts}
    assert names == {name for name, _ in lexicon.CHROME_LINE_PATTERNS}


def test_named_patterns_agree_with_their_alternation():
    voc = vocabulary()
    for s in ["4 min read", "Photo: AP", "Tags: x", "not chrome at all", "About Northwind Cargo", "about the deal"]:
        for named in (voc.line_patterns, voc.labels, voc.block_start, voc.credit):
            assert (named.name(s) is not None) == bool(named.match(s))


@pytest.mark.parametrize("module", [chrome_lines, chrome_vocabulary])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0
