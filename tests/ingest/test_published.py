"""The publication date's steps, each on its own, and the reason each gives under --explain."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest import parse_article
from timeline.ingest.published import header_date, numeric_order, segment_date, url_date
from timeline.trace import explained

TODAY = date(2025, 1, 1)
BODY = "\n\nThe minister said talks resumed after a long pause in the capital.\n"


@pytest.mark.parametrize(
    "text, step, day",
    [
        ("Talks resume\n\nPublished 4:32 PM EST, Mon March 4, 2024" + BODY, "published.byline_date", "2024-03-04"),
        ("Date: 2024-03-04\nTalks resume" + BODY, "published.header_date", "2024-03-04"),
        ("Talks resume" + BODY + "\nThis article was first published on 4 March 2024.\n", "published.footer_date", "2024-03-04"),
        ("Talks resume\n\nhttps://example.com/2024/03/04/talks" + BODY, "published.url_date", "2024-03-04"),
        ("---\ndate: 2024-03-04\n---\nTalks resume" + BODY, "front_matter.front_matter_date", "2024-03-04"),
        (
            "Talks resume\n\nPARIS, March 4, 2024 (AFP) - The minister said talks resumed after a long pause.\n",
            "published.wire_dateline_date", "2024-03-04",
        ),
    ],
)  # fmt: skip
def test_the_step_that_dated_the_article_is_named(text, step, day):
    with explained():
        a = parse_article(text, "a.txt", today=TODAY)
    assert a.published == date.fromisoformat(day)
    [reason] = a.why
    assert reason.startswith(f"published: {day} from ") and reason.endswith(f"({step})")


def test_the_byline_reason_quotes_the_string_it_was_read_from():
    with explained():
        a = parse_article("Talks resume\n\nPublished 4:32 PM EST, Mon March 4, 2024" + BODY, "a.txt", today=TODAY)
    assert a.why == ("published: 2024-03-04 from the byline 'Published 4:32 PM EST, Mon March 4, 2024' (published.byline_date)",)


def test_no_date_is_explained_too_and_nothing_is_recorded_when_not_explaining():
    with explained():
        a = parse_article("Talks resume" + BODY, "a.txt", today=TODAY)
    assert a.why == ("published: none found (no front matter date, header field, dateline, byline, footer or URL date)",)
    assert parse_article("Talks resume" + BODY, "a.txt", today=TODAY).why == ()


def test_a_numeric_dateline_read_in_the_sites_order_is_named():
    text = "Talks resume\n\nhttps://www.example.co.uk/news/talks\n\n04/03/2024" + BODY
    with explained():
        a = parse_article(text, "a.txt", today=TODAY)
    assert a.published == date(2024, 3, 4)
    assert a.why[0].endswith("(published.numeric_date)") and "read dmy" in a.why[0]


def test_segment_date_reads_a_dateline_and_refuses_prose():
    assert segment_date("Updated 10:12 AM GMT, March 4, 2024") == (date(2024, 3, 4), None)
    assert segment_date("04/03/2024") == (None, (date(2024, 4, 3), date(2024, 3, 4)))
    assert segment_date("The talks on March 4, 2024 went well") == (None, None)


def test_a_field_dates_the_article_only_when_it_names_the_articles_date():
    # An infobox's field dates its subject (issue 13): "Born: 16 July 1950".
    assert segment_date("Born: 16 July 1950") == (None, None)
    assert segment_date("Founded: March 4, 1998") == (None, None)
    assert segment_date("Published: March 4, 2024") == (date(2024, 3, 4), None)
    assert segment_date("Last updated: 10:12 AM GMT, March 4, 2024") == (date(2024, 3, 4), None)
    assert segment_date("Date: 2024-03-04") == (date(2024, 3, 4), None)


def test_header_date_skips_a_future_date_with_a_problem():
    dated, lines, problems = header_date((("2031-01-01", 0), ("2024-03-04", 2)), "a.txt", TODAY)
    assert dated.day == date(2024, 3, 4) and lines == {0, 2}
    assert [p.kind for p in problems] == ["future-date"]


def test_numeric_order_by_domain_or_another_date_of_the_page():
    assert numeric_order("", "https://bbc.co.uk/x", "/") == "dmy"
    assert numeric_order("on 25/03/2024 and 04/03/2024", None, "/") == "dmy"
    assert numeric_order("04/03/2024", None, "/") is None


def test_url_date_ignores_a_future_date():
    assert url_date("https://x.com/2031/01/01/a", TODAY) is None
    assert url_date("https://x.com/2024/mar/06/a", TODAY).day == date(2024, 3, 6)
