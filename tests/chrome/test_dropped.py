"""Which rule or named pattern dropped each line (timeline.chrome.regions)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.chrome import content_and_dropped
from timeline.ingest.article import detect
from timeline.text.lines import split_lines

ROOT = Path(__file__).resolve().parent.parent.parent
TODAY = date(2026, 1, 1)
SAMPLES = sorted((ROOT / "sources").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.md"))


def where(text: str, lines):
    """The arguments `read_article` passes, from the metadata stage."""
    found = detect(text, lines, "a.txt", TODAY)
    standalone = {found.title_line} if found.title_line is not None else set()
    return dict(skip=set(found.meta_lines), first_content=found.first_content, standalone=standalone, headline=found.headline)


def why(text: str, **kwargs) -> dict[str, str]:
    """Each dropped line's text -> the reason it was dropped."""
    lines = split_lines(text)
    raw = {ln.number: text[ln.start : ln.end] for ln in lines}
    return {raw[n]: name for n, name in content_and_dropped(text, lines, **kwargs).dropped}


ARTICLE = """Cargo airline cuts its outlook

The airline said on Tuesday it would cut its outlook for the year.

Share on Facebook

Getty Images

Planes at the gate

Officials said the cuts would hit the second half of the year hardest.

Officials said the cuts would hit the second half of the year hardest.

Related Topics

- Aviation

- Freight

Please consider supporting our journalism with a donation today.

About Northwind Cargo

Northwind Cargo flies freight to 40 cities.

Media contact: press@northwind.example
"""


def test_each_dropped_line_names_its_rule_or_pattern():
    got = why(ARTICLE, standalone={0})
    assert got == {
        "Share on Facebook": "sharing button",
        "Getty Images": "photo caption label",
        "Planes at the gate": "caption under a photo credit",
        "Officials said the cuts would hit the second half of the year hardest.": "repeated paragraph",
        "Related Topics": "related-links heading",
        "- Aviation": "reference-list item",
        "- Freight": "reference-list item",
        "Please consider supporting our journalism with a donation today.": "donation appeal",
        "About Northwind Cargo": "boilerplate block after 'About Northwind Cargo'",
        "Northwind Cargo flies freight to 40 cities.": "boilerplate block after 'About Northwind Cargo'",
        "Media contact: press@northwind.example": "boilerplate block after 'About Northwind Cargo'",
    }


def test_metadata_lines_and_lines_above_the_title_are_named():
    text = "Menu\nSkip to content\n\n# The headline\n\nBy Jane Doe\n\nThe talks resumed on Monday.\n"
    got = why(text, skip={5}, first_content=3, standalone={3})
    assert got == {"Menu": "above the title", "Skip to content": "above the title", "By Jane Doe": "metadata line"}


def test_an_appeal_block_runs_to_its_last_button():
    text = "Headline\n\nProse of the story.\n\nA Message from the Editors\n\nWe need you.\n\nRemind me later\n\nMore prose.\n"
    got = why(text, standalone={0})
    block = "appeal block after 'A Message from the Editors'"
    assert got == {"A Message from the Editors": block, "We need you.": block, "Remind me later": block}


def test_a_chrome_paragraph_over_two_lines_drops_both_lines_but_not_the_blank():
    text = "Headline\n\nPlease consider supporting the\n\nnewsroom with a donation.\n\nProse.\n"
    lines = split_lines(text)
    assert content_and_dropped(text, lines, standalone={0}).dropped == ((3, "donation appeal"), (5, "donation appeal"))


def test_the_headline_is_never_dropped():
    text = "Subscribe now\n\nThe story.\n"
    assert why(text, standalone={0}) == {}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_dropped_lines_and_prose_regions_do_not_overlap(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = split_lines(text)
    kwargs = where(text, lines)
    both = content_and_dropped(text, lines, **kwargs)
    numbers = [n for n, _ in both.dropped]
    assert numbers == sorted(set(numbers))
    by_number = {ln.number: ln for ln in lines}
    for n in numbers:
        ln = by_number[n]
        assert text[ln.start : ln.end].strip()
        assert not any(s < ln.end and ln.start < e for s, e in both.regions), (n, text[ln.start : ln.end])
