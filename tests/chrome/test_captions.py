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
])
def test_caption_lines_are_chrome(line, name):
    assert chrome_pattern(line) == name


@pytest.mark.parametrize("line", [
    "The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team.",
    "The company filed a screenshot of the message with the court on Monday.",
    "The files were released on Monday.",
])
def test_prose_is_not(line):
    assert chrome_pattern(line) is None
