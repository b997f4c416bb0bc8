"""Publication dates in the URL forms real news sites use (issue 13)."""

from datetime import date

import pytest

from timeline.ingest import date_in_url


@pytest.mark.parametrize("url,expected", [
    ("https://www.example.com/news/business-markets-20191217-story.html", date(2019, 12, 17)),
    ("https://www.theguardian.com/business/2024/nov/08/markets-close", date(2024, 11, 8)),
    ("https://www.example.com/local/council-vote-september-16-2020", date(2020, 9, 16)),
    ("https://www.example.com/politics/story-2019-03-10/", date(2019, 3, 10)),
])
def test_date_in_url(url, expected):
    assert date_in_url(url) == expected


@pytest.mark.parametrize("url", [
    "https://www.example.com/article/20191399-not-a-date",  # no 99th day
    "https://www.example.com/video/12019121745",  # a longer number, not a date
])
def test_numbers_that_are_not_dates(url):
    assert date_in_url(url) is None
