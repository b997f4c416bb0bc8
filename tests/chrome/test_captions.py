"""Captions, file-photo lines, screenshot captions and embedded media are chrome."""

from __future__ import annotations

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
])
def test_caption_lines_are_chrome(line, name):
    assert chrome_pattern(line) == name


@pytest.mark.parametrize("line", [
    "The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team.",
    "The company filed a screenshot of the message with the court on Monday.",
    "The files were released on Monday.",
    "He showed the judge a photo: it was taken on Monday.",
])
def test_prose_is_not(line):
    assert chrome_pattern(line) is None
