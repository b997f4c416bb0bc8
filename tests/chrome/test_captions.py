"""Captions, file-photo lines, screenshot captions and embedded media are chrome."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.chrome.lines import chrome_pattern


@pytest.mark.parametrize("line, name", [
    ("This Dec. 2, 2020 file photo shows a Boeing 737 Max jet.", "file-photo caption"),
    ("FILE - In this Oct. 29, 2018 photo, a plane lands.", "file-photo caption"),
    ("Screen Shot 2018-10-29 at 13.51.38", "screenshot caption"),
    ("A Boeing 737 Max 8 airplane, pictured in Moses Lake, Washington in September", "pictured caption"),
    ("Media playback is unsupported on your device", "embedded media"),
    # real lines of the tests/data/stories corpora (VOA, NASA, Wikinews)
    ("In this screen grab taken from video, Florencio Avalos, the first miner to be rescued, center, is greeted "
     "after his rescue Tuesday, Oct. 12, 2010 at San Jose Mine near Copiapo, Chile Photo: AP", "caption with photo credit"),
    ("In this screen grab taken from video, Florencio Avalos, the first miner to be rescued, center, is greeted "
     "after his rescue Tuesday, Oct. 12, 2010", "screenshot caption"),
    ("Relatives of the trapped miners watch the rescue on a screen Photo: Reuters", "caption with photo credit"),
    ("Photograph courtesy NASA Kennedy Space Center", "reporting credit"),
    ("(This item was included in the audio release of Wikinews for 7/2.)", "republication note"),
    ("Tug boats pull a tank, center, containing oil and water skimmed from the surface of the Gulf of Mexico "
     "near the coast of Louisiana, 21 May 2010", "dated photo caption"),
    ("ROV (remote operated vehicle) control room on board the Transocean Discoverer Enterprise, 02 Jun 2010",
     "dated photo caption"),
    # VOA, 16 March 2011 (public domain): the day written month first, still no full stop
    ("Japan's Defense Ministry officials plot possibly radioactive affected areas on a map at the emergency "
     "rescue headquarters monitoring leaked radiation from the Fukushima nuclear facilities, Fukushima city, "
     "Fukushima prefecture, Japan, March 16, 2011", "dated photo caption"),
    # VOA, 29 August 2019 (public domain): agency captions in the present, the day with its year, the place
    ("Shoppers wait in long lines at Costco, Aug. 29, 2019, in Davie, Fla., as they stock up on supplies ahead of "
     "Hurricane Dorian.", "dated photo caption"),
    ("A shopper stands with a dolly of plywood at The Home Depot ahead of Hurricane Dorian on Aug. 29, 2019, in "
     "Pembroke Pines, Fla.", "dated photo caption"),
    ("Rescue workers search a flooded street in Miami, Florida, Sept. 2, 2019.", "dated photo caption"),
    # ShareAmerica, 6 September 2019 (public domain): a caption closing on its copyright credit
    ("USAID deployed a search and rescue team from Fairfax, Virginia. The team is conducting aerial assessments "
     "and supporting search and rescue operations in hard-hit areas. (© Fairfax County Fire and Rescue)",
     "caption with photo credit"),
    # DoD on DVIDS, 7 February 2023 (public domain): a caption opens on its credit and closes on another
    ("Photo By Roland Balik | Members of Urban Search and Rescue Virginia Task Force 1, Fairfax County, Virginia, "
     "board a C-17 Globemaster III at Dover Air Force Base, Delaware, Feb. 7, 2023.", "caption with photo credit"),
    ("The U.S. Agency for International Development (USAID) is mobilizing emergency humanitarian assistance to "
     "respond to the devastating impacts in Türkiye. (U.S. Air Force photo by Roland Balik)", "caption with photo credit"),
    # USAID on Medium, 13 August 2020 (public domain): a caption closing on a slash and its photographer
    ("USAID’s Acting Administrator John Barsa helps remove rubble at the site of a recent explosion in Beirut. "
     "/ Graham Higgins, USAID", "caption with photo credit"),
    # wire formats (sentences of our own in the outlets' styles)
    ("Family members wait at the port in Jakarta, Indonesia, on Monday, Oct. 29, 2018. (AP Photo/Jane Doe)",
     "caption with photo credit"),
    ("A ferry is seen at the port of Merak, Indonesia, October 29, 2018. REUTERS/Jane Doe/File Photo",
     "caption with photo credit"),
    ("Credit...Jane Doe/Agence France-Presse — Getty Images", "photo credit"),
    ("This article was amended on 30 October 2018 to correct the name of the port.", "correction note"),
    ("Register now for FREE unlimited access to Reuters.com", "sign-in prompt"),
])
def test_caption_lines_are_chrome(line, name):
    assert chrome_pattern(line) == name


def test_a_caption_of_any_length_is_told_by_its_credit_at_either_end():
    # DoD on DVIDS, 8 February 2023 (public domain): a 751-character caption paragraph
    path = Path(__file__).parents[1] / "data/stories/turkey-syria-earthquake-2023/dod-2023-02-08-usar-teams-arrive-incirlik.txt"
    caption = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("Photo By"))
    assert len(caption) > 700 and chrome_pattern(caption) == "caption with photo credit"
    assert chrome_pattern(caption.split(" | ", 1)[1]) == "caption with photo credit"  # by its closing credit alone


@pytest.mark.parametrize("line", [
    "The photo by the agency's staff drew wide attention on Monday.",  # no credit line: news about a photo
    "Officials released a video (and a statement) on Tuesday.",
    "The agency released new footage of the eruption on Monday (video).",  # a credit names who took it
    "Officials described the damage in detail (with video)",
    "Sales rose 5% / year in Europe, the company said.",  # a slash inside a sentence credits nobody
])
def test_news_about_a_photo_is_no_caption(line):
    assert chrome_pattern(line) is None


@pytest.mark.parametrize("line", [
    "The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team.",
    "The company filed a screenshot of the message with the court on Monday.",
    "The files were released on Monday.",
    "He showed the judge a photo: it was taken on Monday.",
    "The company said it would close the plant, 21 May 2010.",  # a full stop: a sentence
    "WASHINGTON, 21 May 2010",  # a dateline
    "By Jane Doe, Associated Press Writer, 21 May 2010",  # a byline
    "The company said it would close the plant, March 16, 2011.",
    "WASHINGTON, March 16, 2011",
    "By Jane Doe, Associated Press Writer, March 16, 2011",
    # a full date with its year in prose: a past verb, a modal, no place after it
    "Trump met Kim on June 30, 2019, in Panmunjom.",
    "Voters will go to the polls on Nov. 5, 2019, in Virginia.",
    "The fiscal year ends Sept. 30, 2019.",
    "Voters go to the polls on Nov. 5, 2019, in a special election.",
    "A compilation of brief news reports for Saturday, March 31, 2007.",  # Wikinews Shorts: the weekday is the date's
    "Shares rose 3% on Monday. Reuters/Ipsos polls showed support for the plan.",  # a poll, not a credit
    # a past verb that is also a base form, a saying: news, not a caption
    "Hurricane Dorian hit the Bahamas on Sept. 1, 2019, in Abaco, killing at least five people.",
    "Residents put up shutters on Aug. 30, 2019, in Palm Beach.",
    "The company says it expects to close the deal, March 3, 2020.",
])
def test_prose_is_not(line):
    assert chrome_pattern(line) is None


def test_a_caption_opening_the_body_takes_no_prose_with_it():
    # VOA, 22 May 2010 (public domain): a caption, then the article with no blank line between.
    from timeline.ingest.head import skip_lead_chrome
    from timeline.text.lines import split_lines

    text = ("Tug boats pull a tank, center, containing oil and water skimmed from the surface of the Gulf of Mexico "
            "near the coast of Louisiana, 21 May 2010\n"
            "U.S. President Barack Obama has established a bipartisan commission to investigate the oil leak.\n"
            "In his weekly address Saturday, President Obama criticized the relationship.\n")
    assert skip_lead_chrome(text, split_lines(text)) == 1
    banner = "Enjoying ad-free content?\nSince July 1, 2024, we have disabled all ads.\n\nThe news.\n"
    assert skip_lead_chrome(banner, split_lines(banner)) == 3  # an appeal's block goes with it


def test_a_line_closing_on_file_photo_in_brackets_is_a_caption():
    # VOA, 17 July 2010 (public domain)
    assert chrome_pattern("National Incident Commander Ret. Coast Guard Adm. Thad Allen (file photo)") == "file-photo caption"
    assert chrome_pattern("The court released the files (all of them) on Monday.") is None
