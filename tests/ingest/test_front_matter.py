"""Front matter dates: read by dateparser in the order the site writes them."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from timeline.ingest import parse_article
from timeline.ingest.front_matter import front_matter_date

TODAY = date(2025, 1, 1)
BODY = "Talks resume\n\nThe minister said talks resumed after a long pause.\n"


def test_a_numeric_front_matter_date_on_a_day_first_site_is_read_day_first():
    text = "---\nurl: https://www.example.co.uk/news/talks\ndate: 04/03/2024\n---\n" + BODY
    assert parse_article(text, "a.md", today=TODAY).published == date(2024, 3, 4)


def test_a_numeric_front_matter_date_elsewhere_is_read_month_first_as_before():
    text = "---\nurl: https://www.example.com/news/talks\ndate: 04/03/2024\n---\n" + BODY
    assert parse_article(text, "a.md", today=TODAY).published == date(2024, 4, 3)


def test_dates_that_the_finder_did_not_read_are_read_by_dateparser():
    assert front_matter_date("2024.03.04", TODAY) == (date(2024, 3, 4), None)
    assert front_matter_date("04.03.2024", TODAY) == (date(2024, 3, 4), None)


def test_relative_and_impossible_front_matter_dates_are_still_refused():
    assert front_matter_date("3 hours ago", TODAY) == (None, "is not a date (write YYYY-MM-DD)")
    assert front_matter_date("yesterday", TODAY) == (None, "is not a date (write YYYY-MM-DD)")
    assert front_matter_date("2024-13-45", TODAY) == (None, "is an impossible date")
    assert front_matter_date("13/13/2024", TODAY)[0] is None


def test_dateparser_is_imported_only_when_a_date_string_needs_it():
    code = (
        "import sys; from timeline.ingest import parse_article; "
        "parse_article('---\\ndate: 2024-03-04\\n---\\nTalks\\n\\nMarch 4, 2024\\n\\nThey met.\\n', 'a.md'); "
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_prose_first_line_under_a_front_matter_title_is_the_lede_not_a_headline():
    # Wikinews, "Apple launches 3G iPhone" (CC BY 2.5): the title is in the
    # front matter; the body opens with the lede, whose names are a sentence's.
    text = ("---\ntitle: Apple launches 3G iPhone\ndate: 2008-06-10\n---\n"
            "Apple Computer today launched a 3G version of its iPhone device.\n\n"
            "Steve Jobs announced the development at a developers' conference.\n")
    article = parse_article(text, "x.md")
    assert article.title == "Apple launches 3G iPhone"
    assert article.headline is None
    # A heading line under the same title is still the headline.
    text = "---\ntitle: Apple launches 3G iPhone\n---\nApple launches 3G iPhone\n\nApple Computer launched it.\n"
    assert parse_article(text, "x.md").headline is not None
