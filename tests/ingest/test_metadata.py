"""Stage 2: title, author, URL, publisher and publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import date_in_url, publisher_for
from timeline.ingest import read_article

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 1, 1)


def sample(name: str):
    return read_article(ROOT / "sources" / name)


def article(tmp_path, text: str, name: str = "a.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return read_article(f, today=TODAY)


SAMPLE_METADATA = {
    "000_e51f28f804a7c517.txt": dict(
        title="Kremlin Courts Trump Behind the Scenes as His Foreign Policy Rhetoric Rattles U.S. Allies",
        author="Pyotr Kozlov",
        publisher="The Moscow Times",
        url="https://www.themoscowtimes.com/2025/01/14/kremlin-courts-trump-behind-the-scenes-as-his-foreign-policy-rhetoric-rattles-us-allies-a87602",
        published=date(2025, 1, 14),
        published_from="dateline",
    ),
    "001_4ab5c311e2438ca4.txt": dict(
        title="Kremlin Officials Hope Trump Will Hand Putin an Advantage in Ukraine – and Europe",
        author="Pyotr Kozlov",
        publisher="The Moscow Times",
        url="https://www.themoscowtimes.com/2024/11/06/kremlin-officials-hope-that-trump-will-hand-putin-an-advantage-in-ukraine-and-europe-a86929",
        published=date(2024, 11, 6),
        published_from="dateline",
    ),
    "002_21935f1ad1f4bdc9.txt": dict(
        title="Putin and Trump’s Connections: Onstage and Behind the Scenes",
        author="Yelena Korshunov",
        publisher=None,
        url=None,  # the links in "Engagement Resources" are references, not the article
        published=date(2024, 8, 5),
        published_from="dateline",
    ),
    "003_a9015e1fb20e6a51.txt": dict(
        title="Kremlin Could Contact Trump Before Inauguration, Says Top Spokesman",
        author=None,
        publisher=None,
        url=None,
        published=None,  # "Since July 1, 2024, we have disabled all ads" is chrome
        published_from="unknown",
    ),
    "004_1c1d40d3d93a2994.txt": dict(
        title="Donald Trump campaign team 'were in contact' with Russian government ahead of shock election as President",
        author="Lizzie Dearden",
        publisher=None,
        url=None,
        published=date(2016, 11, 10),
        published_from="dateline",
    ),
}


@pytest.mark.parametrize("name", sorted(SAMPLE_METADATA))
def test_sample_metadata(name):
    a = sample(name)
    got = {key: getattr(a, key) for key in SAMPLE_METADATA[name]}
    assert got == SAMPLE_METADATA[name]


def test_article_without_a_date_gets_none_and_a_warning_with_the_fix():
    a = sample("003_a9015e1fb20e6a51.txt")
    assert a.published is None
    [warning] = [w for w in map(str, a.warnings) if "publication date" in w]
    assert "003_a9015e1fb20e6a51.txt" in warning
    assert "date: YYYY-MM-DD" in warning


@pytest.mark.parametrize(
    "byline, author",
    [
        ("By Jane Smith", "Jane Smith"),
        ("By: Jane Smith | Reuters", "Jane Smith"),
        ("By [Jane Smith](#)", "Jane Smith"),
        ("**By Jane Smith, Moscow correspondent**", "Jane Smith"),
        ("Analysis | By: Jane Smith | March 3, 2023", "Jane Smith"),
        ("Written by Jane Smith and Tom Jones", "Jane Smith and Tom Jones"),
    ],
)
def test_bylines(tmp_path, byline, author):
    a = article(tmp_path, f"# Ministers meet in Brussels\n\n{byline}\n\nMinisters met on Monday.\n")
    assert a.author == author
    assert byline not in [a.text[s:e] for s, e in a.content]


def test_a_name_line_directly_above_the_dateline_is_the_author(tmp_path):
    text = "Ministers meet in Brussels\n\nA standfirst that sums it up\n\nJane Smith\nMonday 3 March 2023 10:15 GMT\n\nMinisters met.\n"
    a = article(tmp_path, text)
    assert (a.author, a.published, a.published_from) == ("Jane Smith", date(2023, 3, 3), "dateline")


@pytest.mark.parametrize(
    "dateline, published",
    [
        ("January 14, 2025", date(2025, 1, 14)),
        ("Published: 14 Jan. 2025, 09:00", date(2025, 1, 14)),
        ("Updated Tue, Jan 14th 2025 | 10:00 am EST", date(2025, 1, 14)),
        ("2025-01-14", date(2025, 1, 14)),
    ],
)
def test_datelines(tmp_path, dateline, published):
    a = article(tmp_path, f"# Ministers meet\n\n{dateline}\n\nMinisters met.\n")
    assert (a.published, a.published_from) == (published, "dateline")


def test_a_date_in_prose_near_the_top_is_not_a_dateline(tmp_path):
    text = "# Ministers meet\n\nOn March 3, 2023, ministers met in Brussels to discuss the budget for the next year.\n"
    a = article(tmp_path, text)
    assert a.published is None and a.published_from == "unknown"


def test_a_date_in_site_chrome_is_never_the_publication_date(tmp_path):
    text = "×\nEnjoying ad-free content?\nSince July 1, 2024, we have disabled all ads.\nSupport us\n\nMinisters meet\n\nMinisters met.\n"
    a = article(tmp_path, text)
    assert a.title == "Ministers meet"
    assert a.published is None


def test_publication_date_falls_back_to_the_url_path(tmp_path):
    text = "# Ministers meet\n\nMinisters met.\n\nOriginal url: https://www.theguardian.com/world/2023/03/03/ministers-meet\n"
    a = article(tmp_path, text)
    assert (a.published, a.published_from) == (date(2023, 3, 3), "url")
    assert a.publisher == "The Guardian"


def test_dateline_wins_over_url_date(tmp_path):
    text = "# Ministers meet\n\nMarch 4, 2023\n\nMinisters met.\n\n<https://apnews.com/2023/03/03/x>\n"
    a = article(tmp_path, text)
    assert (a.published, a.url, a.publisher) == (date(2023, 3, 4), "https://apnews.com/2023/03/03/x", "Associated Press")


@pytest.mark.parametrize(
    "footer, url",
    [
        ("Original url:\n\n<https://www.reuters.com/world/x-2024-07-04/>", "https://www.reuters.com/world/x-2024-07-04/"),
        ("## Original url:\n\nhttps://www.bbc.co.uk/news/world-1", "https://www.bbc.co.uk/news/world-1"),
        ("Source: [BBC](https://www.bbc.com/news/world-1)", "https://www.bbc.com/news/world-1"),
        ("https://www.nytimes.com/2016/11/10/world/europe/x.html", "https://www.nytimes.com/2016/11/10/world/europe/x.html"),
    ],
)
def test_article_url(tmp_path, footer, url):
    a = article(tmp_path, f"# Ministers meet\n\nMinisters met.\n\n{footer}\n")
    assert a.url == url
    assert a.publisher is not None


def test_photo_links_and_reference_lists_are_not_the_article_url(tmp_path):
    text = (
        "# Ministers meet\n\nFeatured Photo: www.americanprogress.org\n\nMinisters met.\n\n"
        "Resources\n- A report, https://www.justice.gov/archives/report\n"
    )
    a = article(tmp_path, text)
    assert a.url is None and a.publisher is None


def test_a_headline_link_gives_the_url(tmp_path):
    a = article(tmp_path, "# [Ministers meet](https://www.politico.eu/article/ministers-meet/)\n\nMinisters met.\n")
    assert a.url == "https://www.politico.eu/article/ministers-meet/"
    assert a.publisher == "Politico Europe"


def test_publisher_for_hosts():
    assert publisher_for("https://www.independent.co.uk/news/world/x.html") == "The Independent"
    assert publisher_for("https://edition.cnn.com/2024/01/01/x") == "CNN"
    assert publisher_for("https://example.org/x") is None
    assert publisher_for(None) is None


def test_date_in_url():
    assert date_in_url("https://www.themoscowtimes.com/2025/01/14/kremlin-a87602") == date(2025, 1, 14)
    assert date_in_url("https://www.reuters.com/world/putin-says-2024-07-04/") == date(2024, 7, 4)
    assert date_in_url("https://example.org/2025/13/40/x") is None
    assert date_in_url("https://example.org/news/a87602") is None


def test_front_matter_wins_over_detection(tmp_path):
    text = (
        "---\ntitle: The real title\ndate: 2024-05-06\nurl: https://www.ft.com/content/abc\n"
        "author: Ann Author\n---\n# Ministers meet\n\nBy Jane Smith\n\nMarch 4, 2023\n\nMinisters met.\n"
    )
    a = article(tmp_path, text)
    assert (a.title, a.published, a.published_from, a.author, a.url, a.publisher) == (
        "The real title", date(2024, 5, 6), "front-matter", "Ann Author", "https://www.ft.com/content/abc", "Financial Times",
    )  # fmt: skip
    assert a.body_start == text.index("# Ministers")
    assert a.text[a.headline[0] : a.headline[1]] == "Ministers meet"
    assert a.warnings == ()


def test_front_matter_publisher_and_written_date(tmp_path):
    a = article(tmp_path, "---\npublisher: Kyiv Weekly\ndate: 14 January 2025\n---\nMinisters meet\n\nMinisters met.\n")
    assert (a.publisher, a.published) == ("Kyiv Weekly", date(2025, 1, 14))


def test_titles_skip_markdown_and_chrome(tmp_path):
    a = article(tmp_path, "\n\nRead more\n\n## **Ministers meet in Brussels**\n\nMinisters met.\n")
    assert a.title == "Ministers meet in Brussels"
    assert a.text[a.headline[0] : a.headline[1]] == "Ministers meet in Brussels"


def test_markdown_heading_is_the_title_after_a_stray_line(tmp_path):
    text = "Leer en español\n\n# Putin Says He Is Open to Talks\n\nBy [Anton Troianovski](https://x.org/by/a)\n\nDec. 19, 2024, 8:14 a.m. ET\n\nMr. Putin spoke.\n"
    a = article(tmp_path, text)
    assert (a.title, a.author, a.published) == ("Putin Says He Is Open to Talks", "Anton Troianovski", date(2024, 12, 19))
    assert not any(a.text[s:e] == "Leer en español" for s, e in a.content)


def test_name_with_place_above_the_dateline_after_a_blank_line(tmp_path):
    text = (
        "# Zelenskyy says Ukraine will not accept any deal made without it\n\n"
        "Ukrainian president speaks after talks in Kyiv\n\nJane Smith in Kyiv\n\nTue 14 Jan 2025 12.00 GMT\n\nShare\n\nZelenskyy spoke.\n"
    )
    a = article(tmp_path, text)
    assert (a.author, a.published) == ("Jane Smith", date(2025, 1, 14))
    assert [a.text[s:e] for s, e in a.content][1:] == ["Ukrainian president speaks after talks in Kyiv", "Zelenskyy spoke."]


def test_a_short_headline_above_the_dateline_is_not_the_author(tmp_path):
    a = article(tmp_path, "Trump Wins Again\n\nJanuary 14, 2025\n\nTrump won.\n")
    assert (a.title, a.author) == ("Trump Wins Again", None)


def test_header_fields_at_the_top_of_a_scraped_page(tmp_path):
    text = (
        'Title: Kremlin hails Trump call as "constructive"\nAuthor: Jane Smith\nDate: February 13, 2025\n'
        "Source: Example Daily\n\nPosted on February 13, 2025 by admin\n\nThe Kremlin on Wednesday called the call constructive.\n"
    )
    a = article(tmp_path, text)
    assert (a.title, a.author, a.published, a.publisher) == (
        'Kremlin hails Trump call as "constructive"', "Jane Smith", date(2025, 2, 13), "Example Daily",
    )  # fmt: skip
    assert a.text[a.headline[0] : a.headline[1]] == a.title
    assert [a.text[s:e] for s, e in a.content] == [a.title, "The Kremlin on Wednesday called the call constructive."]


def test_posted_on_date_by_author(tmp_path):
    a = article(tmp_path, "Kremlin hails Trump call\n\nPosted on February 13, 2025 by Jane Smith\n\nThe Kremlin spoke.\n")
    assert (a.author, a.published) == ("Jane Smith", date(2025, 2, 13))
    assert [a.text[s:e] for s, e in a.content] == ["Kremlin hails Trump call", "The Kremlin spoke."]


def test_a_second_dateline_is_metadata_too(tmp_path):
    a = article(tmp_path, "# Talks\n\nPublished March 3, 2023\nUpdated March 4, 2023 10:00 GMT\n\nTalks began.\n")
    assert a.published == date(2023, 3, 3)
    assert [a.text[s:e] for s, e in a.content] == ["Talks", "Talks began."]


@pytest.mark.parametrize(
    "byline, author, published",
    [
        ("By ZEKE MILLER and AAMER MADHANI", "Zeke Miller and Aamer Madhani", None),
        ("By Jane Smith Published January 14, 2025", "Jane Smith", date(2025, 1, 14)),
        ("By Jane Smith @jsmith", "Jane Smith", None),
        ("By Jane Smith, Moscow correspondent | Tue 14 Jan 2025 12.00 GMT", "Jane Smith", date(2025, 1, 14)),
        ("World News | Tue 14 Jan 2025 12.00 GMT", None, date(2025, 1, 14)),
    ],
)
def test_more_byline_shapes(tmp_path, byline, author, published):
    a = article(tmp_path, f"# Talks resume\n\n{byline}\n\nTalks resumed.\n")
    assert (a.author, a.published) == (author, published)
    assert [a.text[s:e] for s, e in a.content] == ["Talks resume", "Talks resumed."]


def test_front_matter_url_dates_an_article_without_a_dateline(tmp_path):
    a = article(tmp_path, "---\nurl: https://www.bbc.co.uk/news/2019/06/28/putin-trump\n---\n# Talks\n\nTalks began.\n")
    assert (a.published, a.published_from, a.publisher) == (date(2019, 6, 28), "url", "BBC News")


# --- pages shaped like outlets' (see also tests/test_formats.py) ---------------------


@pytest.mark.parametrize(
    "dateline, published",
    [
        ("Updated 4:31 PM EST, March 5, 2024", date(2024, 3, 5)),  # the time is a mention of its own
        ("Updated 3:15 PM EST, Mon March 4, 2024", date(2024, 3, 4)),
        ("Tue, Mar 5, 2024, 2:13 AM 3 min read", date(2024, 3, 5)),
        ("Posted: 03/04/2024 11:32 AM EST", date(2024, 3, 4)),  # a US zone: month first
        ("Posted 04/03/2024 14:02 GMT", date(2024, 3, 4)),  # a UK zone: day first
        ("04.03.2024", date(2024, 3, 4)),  # dots: day first
        ("25/03/2024", date(2024, 3, 25)),  # a part over 12 decides
        ("March 4, 202410:12 AM GMTUpdated 2 hours ago", date(2024, 3, 4)),  # elements glued by the copy
        ("Published March 4, 2024Updated March 5, 2024, 6:15 p.m. ET", date(2024, 3, 4)),
        ("Mon, March 4, 2024 at 5:00 AM EST·3 min read", date(2024, 3, 4)),
        ("Mar 4, 2024,05:08am EST", date(2024, 3, 4)),
    ],
)
def test_outlet_datelines(tmp_path, dateline, published):
    a = article(tmp_path, f"# Ministers meet\n\n{dateline}\n\nMinisters met.\n")
    assert (a.published, a.published_from) == (published, "dateline")


def test_an_ambiguous_numeric_date_is_left_undated_with_a_warning(tmp_path):
    a = article(tmp_path, "Ministers meet\n05/06/2024\nBy Owen Blake\nMinisters met in the capital to discuss the budget.\n")
    assert a.published is None
    assert any("05/06/2024" in w and "2024-05-06" in w and "2024-06-05" in w for w in map(str, a.warnings))


def test_an_ambiguous_numeric_date_is_read_by_the_sites_country_or_another_date(tmp_path):
    uk = "Ministers meet\n05/06/2024\nMinisters met.\nOriginal URL: https://www.example.co.uk/news/ministers\n"
    assert article(tmp_path, uk).published == date(2024, 6, 5)
    other = "Ministers meet\n05/06/2024\nMinisters met.\nComments closed on 19/06/2024\n"
    assert article(tmp_path, other, "b.txt").published == date(2024, 6, 5)


def test_a_month_name_in_the_url_path_dates_the_article():
    assert date_in_url("https://www.theguardian.com/business/2024/mar/06/easyjet-seats") == date(2024, 3, 6)


@pytest.mark.parametrize(
    "first, publisher, published",
    [
        ("PARIS, March 6, 2024 (AFP) - Airbus warned on Wednesday that engines were late.", "AFP", date(2024, 3, 6)),
        ("LONDON, March 4 (Reuters) - European airline shares fell on Monday after fuel rose.", "Reuters", None),
        ("WASHINGTON (AP) — A Senate panel will question Boeing's safety official next week.", "Associated Press", None),
        ("(Bloomberg) -- Hon Hai reported an unexpected drop in sales for February on Tuesday.", "Bloomberg", None),
        ("SEATTLE, March 7, 2024 -- Northwind Cargo today announced a firm order for freighters.", None, date(2024, 3, 7)),
        ("TOULOUSE, France, March 6, 2024 (Reuters) - Airbus said deliveries rose in February.", "Reuters", date(2024, 3, 6)),
    ],
)
def test_a_wire_dateline_gives_the_date_and_the_publisher(tmp_path, first, publisher, published):
    a = article(tmp_path, f"Airbus warns on engines\n\n{first}\n\nMore prose follows here.\n")
    assert (a.publisher, a.published) == (publisher, published)


def test_a_wire_desk_tag_is_no_part_of_the_title(tmp_path):
    a = article(tmp_path, "UPDATE 1-Cargo airline cuts outlook\n\nFRANKFURT, Oct 17 (Reuters) - Nordfracht cut its forecast.\n")
    assert a.title == "Cargo airline cuts outlook"
    assert a.text[a.headline[0] : a.headline[1]] == "Cargo airline cuts outlook"


def test_a_wire_footer_names_the_reporter(tmp_path):
    text = "Airline cuts outlook\n\nThe airline cut its outlook.\n\n(Reporting by Jonas Keller; Additional reporting by Ruth Adler; Editing by Sonia Marsh)\n"
    assert article(tmp_path, text).author == "Jonas Keller"


def test_a_name_above_a_role_line_is_the_author(tmp_path):
    text = "Share\nAirport hits record\nPublished\n3 hours ago\nHannah Brierley\nBusiness reporter, BBC News\nThe airport said numbers rose.\n"
    a = article(tmp_path, text)
    assert (a.author, a.published) == ("Hannah Brierley", None)
    assert [a.text[s:e] for s, e in a.content] == ["Airport hits record", "The airport said numbers rose."]


@pytest.mark.parametrize("byline", ["Ruth Adeyemi", "Tom Ashby, Lecturer in Air Transport Management"])
def test_a_name_line_under_the_headline_is_the_author(tmp_path, byline):
    a = article(tmp_path, f"EasyJet adds summer seats\n{byline}\nEasyJet is adding more than a million seats to its summer schedule.\n")
    assert a.author == byline.split(",")[0]
    assert byline not in [a.text[s:e] for s, e in a.content]


@pytest.mark.parametrize("line", ["Passenger numbers rose", "Passenger Numbers Rose Sharply", "Rise of the Machines"])
def test_a_headline_like_line_under_the_headline_is_no_author(tmp_path, line):
    a = article(tmp_path, f"Airport hits record\n{line}\nThe airport said numbers rose by a quarter in the year to March.\n")
    assert a.author is None


def test_section_labels_above_the_headline_are_not_the_title(tmp_path):
    text = "Markets\nNvidia's rally pushes its value past $2 trillion\nBy Dana Whitfield, CNN\nNvidia's stock rose again on Monday.\n"
    a = article(tmp_path, text)
    assert (a.title, a.author) == ("Nvidia's rally pushes its value past $2 trillion", "Dana Whitfield")
    assert "Markets" not in [a.text[s:e] for s, e in a.content]


def test_a_footer_gives_the_date_when_the_head_does_not(tmp_path):
    text = "Why regional jets are back\n\nRegional airlines retired their smallest jets.\n\nThis article was first published on 12 March 2024. Read the original article.\n"
    a = article(tmp_path, text)
    assert (a.published, a.published_from) == (date(2024, 3, 12), "footer")


def test_source_of_al_jazeera_and_news_agencies_is_al_jazeera(tmp_path):
    a = article(tmp_path, "Turkish Airlines nears order\nTurkish Airlines is close to an order.\nSource: Al Jazeera and news agencies\n")
    assert a.publisher == "Al Jazeera"


def test_web_clipper_front_matter(tmp_path):
    text = (
        '---\ntitle: "Lufthansa strike"\nsource: "https://www.dw.com/en/lufthansa-strike/a-1"\n'
        'author:\n  - "[[Elena Brandt]]"\n  - "[[Jo Park]]"\npublished: 2024-03-07\ncreated: 2024-11-02\n---\nStaff walked out.\n'
    )
    a = article(tmp_path, text)
    assert (a.author, a.url, a.publisher, a.published, a.published_from) == (
        "Elena Brandt and Jo Park", "https://www.dw.com/en/lufthansa-strike/a-1", "Deutsche Welle", date(2024, 3, 7), "front-matter")


def test_front_matter_source_that_is_no_url_is_the_publisher(tmp_path):
    a = article(tmp_path, "---\ntitle: x\nsource: Reuters\ndate: 2024-03-07\n---\nStaff walked out.\n")
    assert (a.publisher, a.url) == ("Reuters", None)


def test_a_second_dateline_has_no_author_above_it(tmp_path):
    text = "Boeing shares fall\nPUBLISHED MON, MAR 4 2024 9:52 AM EST\nUPDATED MON, MAR 4 2024 5:08 PM EST\nBoeing shares fell sharply on Monday after a delivery warning.\n"
    a = article(tmp_path, text)
    assert (a.author, a.published) == (None, date(2024, 3, 4))


@pytest.mark.parametrize("line", ["Jane Doe March 04, 2024", "By Jane Doe March 4, 2024"])
def test_a_name_and_a_date_on_one_line(tmp_path, line):
    a = article(tmp_path, f"Boeing Shares Fall\n{line}\nBoeing shares fell sharply on Monday after a delivery warning.\n")
    assert (a.author, a.published) == ("Jane Doe", date(2024, 3, 4))
    assert line not in [a.text[s:e] for s, e in a.content]


@pytest.mark.parametrize(
    "head",
    ["Updated: March 5, 2024\nPublished: March 4, 2024", "Last Updated: March 5, 2024 | First Published: March 4, 2024",
     "Published March 4, 2024\nUpdated March 5, 2024"],
)
def test_the_publication_not_the_update_dates_the_article(tmp_path, head):
    a = article(tmp_path, f"Boeing shares fall\n{head}\nBoeing shares fell sharply on Monday after a delivery warning.\n")
    assert a.published == date(2024, 3, 4)
