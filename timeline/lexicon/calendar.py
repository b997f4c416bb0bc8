"""Calendar words of English: month names, weekdays, seasons, parts of the day.

Each table maps a lower-cased surface form to what it means. The date
parsers (`timeline.dates`) build their patterns from these tables, so adding
a spelling means adding one entry here.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Month names that are also common words or given names: alone (no day, no
# year) they count as a month only after a temporal cue ("in May", "last March").
AMBIGUOUS_MONTHS = {"may", "march", "mar", "april", "june", "august", "jan", "jun", "sep", "oct", "dec", "nov",
                    "aug", "apr", "feb", "jul", "sept"}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# Abbreviated month and weekday names: these may take a full stop ("Nov.", "Thu.").
CALENDAR_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                          "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
# Abbreviated weekdays are only read before a date ("Thu, 10 Nov 2016").
WEEKDAYS_FULL = {k: v for k, v in WEEKDAYS.items() if len(k) > 4}

# Seasons, as TIMEX3 season codes.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Nouns that make a season word before them part of an event's name, not a
# date: "the Winter Olympics", "the summer games", "the Winter Paralympics".
SEASON_EVENT_NOUNS = {"olympics", "olympic", "games", "paralympics", "paralympic", "olympiad", "universiade",
                      "x-games"}

# Moments of the day that "after", "before" or "until" may govern as a
# preposition ("shortly after midnight Wednesday", "before dawn Sunday"): a
# time, not the start of a clause of time.
MOMENTS_OF_THE_DAY = frozenset("midnight noon midday dawn daybreak sunrise sunset dusk nightfall".split())

# Parts of the day, as TIMEX3 time-of-day codes.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

# Number words, for years and days written out ("nineteen ninety-six",
# "two thousand four", "January twenty-sixth"): broadcast scripts and
# transcripts spell them.
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9}
ORDINAL_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                 "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                 "twentieth": 20, "thirtieth": 30}
