"""The iCalendar file is read back by icalendar: one all-day VEVENT per entry, stable UIDs, cited URLs."""

from datetime import date, timedelta

from icalendar import Calendar

from timeline.export.ics import ics


def events(text):
    return [c for c in Calendar.from_ical(text).walk() if c.name == "VEVENT"]


def test_one_all_day_event_per_entry(bundled):
    text = ics(bundled)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    got = events(text)
    assert len(got) == len(bundled.entries)
    for event, entry in zip(got, bundled.entries):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is date and type(end) is date  # all-day, not a moment
        assert (start, end) == (entry.first, entry.last + timedelta(days=1))
        assert str(event["uid"]) == f"{entry.id}@timeline"
        assert str(event["summary"]) == entry.summary
        for required in ("dtstamp", "uid"):
            assert required in event


def test_a_month_entry_spans_its_month_and_urls_are_in_the_description(bundled):
    got = {str(e["uid"]): e for e in events(ics(bundled))}
    month = next(e for e in bundled.entries if e.precision == "month" and e.first.month == 2)
    event = got[f"{month.id}@timeline"]
    assert (event.decoded("dtend") - event.decoded("dtstart")).days in (28, 29)
    described = [str(e["description"]) for e in got.values()]
    assert any("https://www.themoscowtimes.com/" in d for d in described)


def test_the_same_input_gives_the_same_bytes(bundled):
    assert ics(bundled) == ics(bundled)


def test_article_text_stays_in_its_property(hostile):
    got = events(ics(hostile))
    assert len(got) == 2
    assert "\u202e" not in str(got[0]["summary"]) and "<script>" in str(got[0]["summary"])
    assert "url" not in got[0]  # javascript: is no link
    assert str(got[1]["status"]) == "TENTATIVE"
