"""The timeline as an iCalendar file (RFC 5545), one all-day or multi-day VEVENT per entry.

Written with the `icalendar` library, which folds lines, escapes commas,
semicolons and newlines and encodes dates as RFC 5545 requires. Each event:

- `DTSTART`/`DTEND` are all-day dates (`VALUE=DATE`) spanning the entry's
  interval, DTEND exclusive as the RFC says: a day is one day, a week seven,
  a month entry the whole month, a season or quarter its months, a year the
  whole year (see `timeline.export.periods` for weeks, seasons, PRESENT_REF
  and anchored durations);
- `UID` is the entry id `@timeline`, so re-importing updates, not duplicates;
- `SUMMARY` is the entry's summary; `DESCRIPTION` the date in words and the
  citations, each with outlet, title, date and URL; `URL` the first link;
  `CATEGORIES` the actors; `STATUS` TENTATIVE for what was expected at the
  time of writing, CONFIRMED for what was reported;
- `DTSTAMP` (required) is the latest publication day of the sources, not the
  clock, so the same input gives the same bytes.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from timeline.export.cited import Source, clean, entry_sources, sources
from timeline.export.periods import when
from timeline.model import Entry, Timeline


def description(entry: Entry, cited: list[Source]) -> str:
    lines = [when(entry) + (" (expected)" if entry.modality == "expected" else "")]
    for s in cited:
        lines.append(f"[{s.number}] {s.credit()}" + (f" {s.url}" if s.url else f" ({s.file})"))
    return "\n".join(lines)


def vevent(entry: Entry, by_path: dict[str, Source], stamp: datetime):
    from icalendar import Event

    cited = entry_sources(entry, by_path)
    event = Event()
    event.add("uid", f"{entry.id}@timeline")
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.first)
    event.add("dtend", entry.last + timedelta(days=1))
    event.add("summary", clean(entry.summary))
    event.add("description", description(entry, cited))
    urls = [s.url for s in cited if s.url]
    if urls:
        event.add("url", urls[0])
    if entry.actors:
        event.add("categories", [clean(a) for a in entry.actors])
    event.add("status", "TENTATIVE" if entry.modality == "expected" else "CONFIRMED")
    event.add("transp", "TRANSPARENT")  # a past event does not make anyone busy
    return event


def ics(timeline: Timeline) -> str:
    from icalendar import Calendar

    by_path = sources(timeline)
    days = [a.published for a in timeline.sources if a.published]
    days += [a.published_window[1] for a in timeline.sources if a.published_window]
    stamp = datetime.combine(max(days), time(0), timezone.utc) if days else datetime(1970, 1, 1, tzinfo=timezone.utc)
    calendar = Calendar()
    calendar.add("prodid", "-//timeline//cited chronology//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Chronology")
    for entry in timeline.entries:
        calendar.add_component(vevent(entry, by_path, stamp))
    return calendar.to_ical().decode("utf-8")
