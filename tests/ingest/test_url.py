"""Publication dates in the URL forms real news sites use (issue 13)."""

from datetime import date

import pytest

from timeline.ingest import date_in_url, parse_article
from timeline.ingest.url import year_in_url


@pytest.mark.parametrize("url,expected", [
    ("https://www.example.com/news/business-markets-20191217-story.html", date(2019, 12, 17)),
    ("https://www.theguardian.com/business/2024/nov/08/markets-close", date(2024, 11, 8)),
    ("https://www.example.com/local/council-vote-september-16-2020", date(2020, 9, 16)),
    ("https://www.example.com/politics/story-2019-03-10/", date(2019, 3, 10)),
    ("https://www.example.com/news/16-september-2020-council-vote", date(2020, 9, 16)),
])
def test_date_in_url(url, expected):
    assert date_in_url(url) == expected


@pytest.mark.parametrize("url", [
    "https://www.example.com/article/20191399-not-a-date",  # no 99th day
    "https://www.example.com/video/12019121745",  # a longer number, not a date
])
def test_numbers_that_are_not_dates(url):
    assert date_in_url(url) is None


@pytest.mark.parametrize("url,expected", [
    ("https://www.example.com/article/2019/03/fed-holds-rates", (2019, 3)),
    ("https://www.example.com/article/2019/mar/fed-holds-rates", (2019, 3)),
    ("https://www.example.com/news/2019/fed-holds-rates", (2019, None)),
    ("https://www.example.com/news/fed-holds-rates", None),
])
def test_year_in_url(url, expected):
    assert year_in_url(url) == expected


_WIRE = ("Fed holds rates\n\n{url}\n\nWASHINGTON, March 13 (Reuters) - The Federal Reserve held interest rates"
         " steady on Wednesday, officials said in a statement.\n")


@pytest.mark.parametrize("url,expected", [
    ("https://www.example.com/article/2019/03/us-usa-fed-idUSKBN1QU2AB", date(2019, 3, 13)),
    ("https://www.example.com/news/2019/us-usa-fed-idUSKBN1QU2AB", date(2019, 3, 13)),
    ("https://www.example.com/article/2019/04/us-usa-fed-idUSKBN1QU2AB", None),  # the months disagree
    ("https://www.example.com/article/us-usa-fed-idUSKBN1QU2AB", None),  # no year anywhere
])
def test_a_dateline_without_year_takes_the_urls_year(url, expected):
    a = parse_article(_WIRE.format(url=url), "wire.txt")
    assert a.published == expected
    if expected:
        assert a.published_from == "dateline"


def test_front_matter_url_gives_a_datelines_year():
    text = "---\nurl: https://www.example.com/article/2019/us-usa-fed\n---\n" + _WIRE.format(url="")
    assert parse_article(text, "wire.txt").published == date(2019, 3, 13)
