"""What a citation shows: hostile text made visible and inert, links http(s) only."""

from datetime import date

import pytest

from timeline.export.cited import clean, safe_url, source_of
from timeline.model import Article


def test_clean_drops_controls_and_bidi_overrides_and_keeps_one_line():
    assert clean("a\u202eb\n\x1b[2Jc\t d\u200b") == "ab [2Jc d"
    assert clean(None) == ""


@pytest.mark.parametrize("url, kept", [
    ("https://www.themoscowtimes.com/2025/01/14/a", True),
    ("http://example.org", True),
    ("javascript:alert(1)", False),
    ("data:text/html,<script>", False),
    ("https://x.org/a b", False),
    ("https:///nohost", False),
    ("http://[x/", False),
    ("", False),
])
def test_only_http_links_with_a_host(url, kept):
    assert (safe_url(url) == url) is kept


def test_outlet_falls_back_to_the_host_then_nothing():
    with_url = Article(path="s/a.txt", text="", url="https://www.example.com/x", published=date(2016, 11, 10))
    assert source_of(1, with_url).outlet == "example.com"
    assert source_of(1, with_url).dated == "10 November 2016"
    bare = Article(path="s/a.txt", text="", published_window=(date(2016, 11, 10), date(2016, 11, 16)))
    assert source_of(2, bare).outlet == "" and source_of(2, bare).name == "a.txt"
    assert source_of(2, bare).dated == "published 10 November 2016 – 16 November 2016 (inferred)"
