"""Stage 3: article prose is content; site chrome is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.chrome import is_chrome_line
from timeline.ingest import read_article

ROOT = Path(__file__).resolve().parent.parent.parent


def sample(name: str):
    return read_article(ROOT / "sources" / name)


def article(tmp_path, text: str):
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    return read_article(f)


def in_content(a, needle: str) -> bool:
    """True when the first occurrence of `needle` lies inside a content region."""
    at = a.text.index(needle)
    return any(s <= at and at + len(needle) <= e for s, e in a.content)


def paragraphs(a) -> list[str]:
    return [a.text[s:e] for s, e in a.content]


CHROME = {
    "000_e51f28f804a7c517.txt": [
        "By Pyotr Kozlov",
        "January 14, 2025",
        "Face masks depicting Donald Trump",  # caption ending in a bold photo credit
        "Anatoly Maltsev / EPA / TASS",
        "Related article:",
        "Original url:",
        "https://www.themoscowtimes.com/2025/01/14/",
    ],
    "001_4ab5c311e2438ca4.txt": [
        "By [Pyotr Kozlov](#)",
        "November 06, 2024",
        "Evan Vucci / AP / TASS",
        "Related article: [Putin Won’t Congratulate",
        "Related article: [Will a Second Trump",
        "This article was first",
        "Original url:",
        "<https://www.themoscowtimes.com/2024/11/06/",
    ],
    "002_21935f1ad1f4bdc9.txt": [
        "Foreign Policy Brief #151",
        "Featured Photo:",
        "________",
        "Engagement Resources",
        "- Russian Interference in 2016 U.S. Elections",
        "- Putin Says He Thinks Trump is Sincere",
        "Stay informed with the latest insights",
        "please consider donating",
    ],
    "003_a9015e1fb20e6a51.txt": [
        "×",
        "Enjoying ad-free content?",
        "Since July 1, 2024, we have disabled all ads",
        "This commitment costs us",
        "Support us",
        "Our journalism is banned in Russia.",
        "AP/Evan Vucci",
        "Read our analysis",
        "A Message from The Moscow Times:",
        "Dear readers,",
        "We are facing unprecedented challenges.",
        "These actions are direct attempts",
        "please support us monthly",
        "By supporting The Moscow Times",
        "Once\nMonthly\nAnnual\nContinue",
        "paiment methods",
        "Not ready to support today?",
        "Remind me later.",
        "Read more",
    ],
    "004_1c1d40d3d93a2994.txt": [
        "Lizzie Dearden",
        "Thursday 10 November 2016 09:27 GMT",
        "Russia's President Vladimir Putin holds a glass",  # duplicated image caption
        "Join our commenting forum",
        "Join thought-provoking conversations",
        "Thank you for registering",
        "Please refresh the page",
    ],
}

PROSE = {
    "000_e51f28f804a7c517.txt": [
        "The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team",
        "President Vladimir Putin and Trump's teams were in contact in November and December 2024",
        "Last week, the Kremlin <u>acknowledged</u> that Putin was open",
        '"We view all of this very positively," the official said.',
    ],
    "001_4ab5c311e2438ca4.txt": [
        "While President Vladimir Putin has yet to officially congratulate Donald Trump",
        "As the U.S. continued to tally votes for the presidential election on Wednesday",
        "But not everyone in Moscow shares this optimism.",
    ],
    "002_21935f1ad1f4bdc9.txt": [
        "Part 1: The Russian Trace",
        "In November 2023 CBS News declared",
        "On July 4, 2024, Reuters reported from Astana",
        "Part 2 of this brief may bring us closer to the answer.",
    ],
    "003_a9015e1fb20e6a51.txt": [
        "The Kremlin could hold talks with U.S. President-elect Donald Trump",
        "before he takes office in January 2017.",
        "Deputy Foreign Minister Sergei Ryabkov told journalists on Thursday",
        "“We need to be patient and see how the new U.S. administration will behave.”",
    ],
    "004_1c1d40d3d93a2994.txt": [
        "President-elect warned not to alienate European allies in favour of Vladimir Putin",
        "The Russian government was in contact with Donald Trump’s campaign team",
        "“Today, they earned it.”",
        "As Secretary of State, she was critical of Russia's flawed 2011 parliamentary elections",
    ],
}


@pytest.mark.parametrize("name, needle", [(n, s) for n, xs in CHROME.items() for s in xs])
def test_site_chrome_is_outside_content(name, needle):
    assert not in_content(sample(name), needle)


@pytest.mark.parametrize("name, needle", [(n, s) for n, xs in PROSE.items() for s in xs])
def test_prose_is_content(name, needle):
    assert in_content(sample(name), needle)


def test_no_content_after_the_appeal_block_in_003():
    a = sample("003_a9015e1fb20e6a51.txt")
    assert a.content[-1][1] < a.text.index("A Message from The Moscow Times")


def test_the_headline_is_content_and_recorded():
    a = sample("000_e51f28f804a7c517.txt")
    assert a.headline in a.content
    assert a.text[a.headline[0] : a.headline[1]].startswith("Kremlin Courts Trump")  # "## " left out


def test_a_paragraph_broken_across_a_blank_line_is_joined():
    a = sample("000_e51f28f804a7c517.txt")
    assert any(p.endswith("these comments have\n\ncreated.") for p in paragraphs(a))
    assert any(p.endswith("imposing budget-straining sanctions on\n\nRussia's shadow fleet and oil and gas companies.") for p in paragraphs(a))


def test_a_broken_paragraph_with_a_lowercase_continuation_is_joined(tmp_path):
    text = "Headline\n\nWith Republicans possibly holding both chambers, there will effectively be no divided\n\ngovernment, so there is no fear.\n"
    assert paragraphs(article(tmp_path, text))[1].endswith("no divided\n\ngovernment, so there is no fear.")


def test_headings_and_short_lines_are_not_joined_to_what_follows(tmp_path):
    text = "Headline of the story\n\nA subheading about the talks\n\nthe lowercase start of a paragraph.\n"
    assert paragraphs(article(tmp_path, text)) == [
        "Headline of the story", "A subheading about the talks", "the lowercase start of a paragraph.",
    ]  # fmt: skip


def test_single_newline_paragraphs_are_separate(tmp_path):
    text = "Headline\nFirst paragraph ends here.\nSecond paragraph ends here.\n"
    assert paragraphs(article(tmp_path, text)) == ["Headline", "First paragraph ends here.", "Second paragraph ends here."]


def test_markdown_markers_are_left_out_of_regions(tmp_path):
    text = "# Headline\n\n## A section\n\n- a listed point of the story.\n\n> A quoted paragraph.\n"
    assert paragraphs(article(tmp_path, text)) == ["Headline", "A section", "a listed point of the story.", "A quoted paragraph."]


@pytest.mark.parametrize(
    "line",
    [
        "Read more",
        "Related article: Putin Says",
        "#### **Related article: [Putin Won’t Congratulate Trump Just Yet](#)**",
        "Support us",
        "Sign up to our Morning Briefing newsletter for the day's top stories.",
        "Subscribe to our newsletter",
        "Thank you for registering",
        "Photo: Getty Images",
        "AP/Evan Vucci",
        "**Evan Vucci / AP / TASS**",
        "(Reuters)",
        "_______________",
        "https://www.example.com/story",
        "<https://www.example.com/story>",
        "Advertisement",
        "If you value our reporting, please consider supporting us with a donation.",
    ],
)
def test_chrome_lines(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Kremlin said it would continue to support Ukraine talks.",
        "Mr Putin read more than a dozen reports, officials said.",
        "Russian parliament bursts into applause upon announcement of US election result",
        "He said the newsletter was leaked on Monday.",
        "Donald Trump/Vladimir Putin summit talks resumed on Thursday in Helsinki, officials said.",
    ],
)
def test_prose_lines_are_not_chrome(line):
    assert not is_chrome_line(line)


def test_a_repeated_paragraph_is_kept_once(tmp_path):
    text = "Headline\n\nThe same paragraph of prose, twice.\n\nThe same paragraph of prose, twice.\n\nEnd of story.\n"
    assert paragraphs(article(tmp_path, text)) == ["Headline", "The same paragraph of prose, twice.", "End of story."]


def test_wire_and_topic_footers_are_chrome(tmp_path):
    text = (
        "Russia says it is ready for talks\n\n4 min read\n\nRussia said on Tuesday it was ready.\n\n"
        "Reporting by Guy Faulconbridge; Editing by Andrew Osborn\n\nOur Standards: The Thomson Reuters Trust Principles.\n\n"
        "Sign up for First Edition, our free daily newsletter – every weekday morning at 7am GMT\n\n"
        "Related Topics\nVladimir Putin\nDonald Trump\n\nSkip advertisement\n"
    )
    assert paragraphs(article(tmp_path, text)) == ["Russia says it is ready for talks", "Russia said on Tuesday it was ready."]


def test_a_hard_wrapped_paragraph_is_one_region(tmp_path):
    text = (
        "Ministers agree budget\n\n"
        "Finance ministers from the European Union agreed on Monday to a new\n"
        "budget framework after talks that lasted well into the night, officials\n"
        "said. The deal must still be approved by the European Parliament.\n\n"
        "A second paragraph is here and it is\nwrapped at a narrower width.\n"
    )
    assert paragraphs(article(tmp_path, text))[1:] == [
        text[text.index("Finance") : text.index("Parliament.") + len("Parliament.")],
        "A second paragraph is here and it is\nwrapped at a narrower width.",
    ]


def test_separators_never_join_the_following_paragraph(tmp_path):
    text = "Intro line\n\n---\n\nBody here. More.\n\n* * *\n\nEnd.\n"
    assert paragraphs(article(tmp_path, text)) == ["Intro line", "Body here. More.", "End."]


@pytest.mark.parametrize(
    "line",
    [
        "Volodymyr Zelenskyy in Kyiv on Monday. Photograph: Efrem Lukatsky/AP",
        "Image caption, Putin and Trump met in Helsinki in 2018",
        "Image source, Getty Images",
        "Photo by John Smith/Getty Images",
        "4 min read",
        "Reporting by Guy Faulconbridge; Editing by Andrew Osborn",
    ],
)
def test_caption_and_credit_lines(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Jonas Keller; Additional reporting by Ruth Adler; Editing by Sonia Marsh)",
        "(Adds analyst comment, share move in paragraphs 4-5)",
        "pmr/gil/rl",
        "©2024 Bloomberg L.P.",
        "Copyright 2024 The Associated Press. All Rights Reserved.",
        "Most Read from Bloomberg",
        "Read 1,234 comments",
        "Comments (3)",
        "share2",
        "3 hours ago",
        "Published",
        "Supported by",
        "Ad Feedback",
        "Link Copied!",
        "13.30 BST",
        "2:05 p.m. ET",
        "Home > News > Air Transport",
        "BUSINESS | AEROSPACE & DEFENSE",
        "News|Aviation",
        "« [Previous post](/a/) | [Next post](/b/) »",
        "Business reporter, BBC News",
        "Associated Press writer Tom Reyes in Chicago contributed to this report.",
        "Get a look at the day ahead in markets with our Morning Bid newsletter. Sign up here.",
        "Please turn on JavaScript to use this feature",
        "A version of this article appears in print on March 13, 2024, Section B, Page 1 of the New York edition.",
        "Appeared in the March 7, 2024, print edition as 'Spirit Weighs Belfast Sale'.",
        "Write to Sarah Lindqvist at sarah.lindqvist@example.com",
        "press@northwindcargo.example",
        "+1 206 555 0142",
        "FOR IMMEDIATE RELEASE",
        "Media contact:",
        "Accept all cookies",
        "We use cookies to give you the best experience. By continuing to browse you agree to our use of cookies.",
    ],
)
def test_outlet_chrome_lines(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "2025-01-14",
        "Copyright claims against the chatbot maker rose sharply last year, lawyers said.",
        "About 200 people attended the meeting.",
        "The editor resigned on Monday after the row.",
        "(c) the lender may call the loan if the covenant is breached",
        "Boeing burned $3.9 billion in the quarter, compared with forecasts of $4.5 billion.",
    ],
)
def test_outlet_prose_lines_are_not_chrome(line):
    assert not is_chrome_line(line)


def test_headlines_under_most_popular_and_related_stories_are_chrome(tmp_path):
    text = (
        "Airport adds a route\n\nThe airport added a route to Lisbon.\n\n"
        "Most popular\n1. Council approves new town centre car park\n2. Police appeal after crash\n\n"
        "Related stories\nAirport reports record summer\nAirline pulls out of regional airport\n"
    )
    assert paragraphs(article(tmp_path, text)) == ["Airport adds a route", "The airport added a route to Lisbon."]


def test_a_press_release_boilerplate_block_is_chrome(tmp_path):
    text = (
        "Northwind Orders Freighters\n\nNorthwind today announced an order for 12 freighters.\n\n"
        "About Northwind Cargo\n\nNorthwind Cargo is an airline founded in 1998.\n\nMedia contact:\nJane Roe\n+1 206 555 0142\n\n###\n"
    )
    assert paragraphs(article(tmp_path, text)) == ["Northwind Orders Freighters", "Northwind today announced an order for 12 freighters."]


def test_an_about_us_menu_line_starts_no_boilerplate_block(tmp_path):
    text = "Talks resume\n\nAbout Us\n\nTalks resumed on Monday.\n\nThe deal is worth $5 billion.\n"
    assert "The deal is worth $5 billion." in paragraphs(article(tmp_path, text))


def test_a_subheading_starting_with_about_is_no_boilerplate(tmp_path):
    text = "Talks resume\n\nTalks resumed on Monday.\n\nAbout the deal\n\nThe deal is worth $5 billion.\n"
    assert "The deal is worth $5 billion." in paragraphs(article(tmp_path, text))


def test_a_header_line_below_a_wrapped_block_stays_its_own_region(tmp_path):
    # found by the property test: "title: x" was joined into the hard-wrapped block above it
    text = "The Kremlin said. The Kremlin said. Jan. 5, 2025\nThe Kremlin said. The Kremlin said. Jan. 5, 2025\ntitle: x"
    a = article(tmp_path, text)
    assert a.headline in a.content


def test_a_caption_under_a_photo_credit_is_chrome(tmp_path):
    text = "Heathrow hits record\n\nGetty Images\n\nHeathrow handled 6.7 million passengers last month\n\nHeathrow Airport reported its busiest February.\n"
    assert paragraphs(article(tmp_path, text)) == ["Heathrow hits record", "Heathrow Airport reported its busiest February."]


def test_images_and_lists_of_anchor_links_are_chrome(tmp_path):
    text = (
        "# Boeing earnings live\n\n![A Boeing jet](https://i.example.org/b.jpg)\n\n**Key events**\n\n"
        "- [Boeing chief says 'painful' quarter](#block-1)\n- [Shares open higher](#block-2)\n\nBoeing shares opened higher.\n"
    )
    assert paragraphs(article(tmp_path, text)) == ["Boeing earnings live", "Boeing shares opened higher."]


@pytest.mark.parametrize(
    "line",
    ["(2 min)", "—", "CNN", "Share full article", "Get the latest business news sent to your inbox every morning.",
     "This article is more than 1 month old"],
)
def test_more_outlet_chrome_lines(line):
    assert is_chrome_line(line)
