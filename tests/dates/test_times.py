"""Clock times take the day written next to them, else the story's, else publication's."""

from datetime import date

from dates_helpers import values

WED = date(2024, 11, 6)


def test_time_before_a_date():
    assert values("Voting ends at 8 p.m. local time on Nov. 5.", WED) == [
        ("8 p.m. local time", "2024-11-05T20:00"), ("Nov. 5", "2024-11-05")]


def test_time_after_a_day():
    assert values("He spoke yesterday at 3pm.", WED) == [("yesterday", "2024-11-05"), ("3pm", "2024-11-05T15:00")]


def test_time_with_weekday():
    assert values("The match was postponed until 15:00 GMT Saturday.", date(2013, 3, 22)) == [
        ("15:00 GMT Saturday", "2013-03-23T15:00")]


def test_bare_time_uses_publication():
    assert values("The blast came at 10:30 a.m.", WED) == [("10:30 a.m.", "2024-11-06T10:30")]


def test_scores_and_ratios_are_not_times():
    assert values("The score was 2:1 and the ratio 3:2.", WED) == []


def test_elapsed_time_is_a_duration():
    assert values("He won the marathon, finishing in 3:07:35.", WED) == [("3:07:35", "PT3H7M35S")]


def test_timestamp_is_not_elapsed():
    assert values("2025-01-14 09:00:00", None) == [("2025-01-14", "2025-01-14")]
