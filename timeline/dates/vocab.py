"""Vocabulary of English news dates, kept as data apart from the engine.

Each table maps a lower-cased surface form to what it means. The parsers build
their regular expressions from these tables (longest alternatives first), so
adding a spelling means adding one entry here. Calendar words (month names,
weekdays, seasons, parts of the day) are shared with other stages: they live
in `timeline.lexicon.calendar`, and the parsers import them from there.
"""

from __future__ import annotations

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "a half": 0.5, "a dozen": 12, "dozen": 12,
}
# Quantities without a number: the TIMEX3 value gets an X ("several days" -> PXD).
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "recent", "the past few",
                    "a number of", "numerous", "countless", "multiple")

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "thirteenth": 13, "13th": 13, "fourteenth": 14, "14th": 14,
    "fifteenth": 15, "15th": 15, "sixteenth": 16, "16th": 16, "seventeenth": 17, "17th": 17,
    "eighteenth": 18, "18th": 18, "nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20,
    "twenty-first": 21, "21st": 21, "last": 4, "final": 4,
}

DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

# Calendar units: surface form -> (unit, TIMEX3 duration letter, multiplier).
UNITS = {
    "day": ("day", "D", 1), "days": ("day", "D", 1),
    "week": ("week", "W", 1), "weeks": ("week", "W", 1),
    "fortnight": ("day", "D", 14), "fortnights": ("day", "D", 14),
    "month": ("month", "M", 1), "months": ("month", "M", 1),
    "year": ("year", "Y", 1), "years": ("year", "Y", 1),
    "decade": ("year", "Y", 10), "decades": ("year", "Y", 10),
    "century": ("year", "Y", 100), "centuries": ("year", "Y", 100),
    "quarter": ("quarter", "Q", 1), "quarters": ("quarter", "Q", 1),
    "hour": ("hour", "TH", 1), "hours": ("hour", "TH", 1),
    "minute": ("minute", "TM", 1), "minutes": ("minute", "TM", 1),
    "second": ("second", "TS", 1), "seconds": ("second", "TS", 1),
}
# Units that name a calendar period after last/this/next ("last week").
CALENDAR_UNITS = {"day": "day", "week": "week", "weekend": "weekend", "month": "month",
                  "year": "year", "quarter": "quarter", "decade": "decade", "century": "century"}

# Nouns that make a preceding number a count, not a year ("2,000 troops").
COUNT_NOUNS = {
    "people", "troops", "soldiers", "votes", "jobs", "workers", "employees", "deaths",
    "cases", "patients", "children", "students", "residents", "members", "units",
    "homes", "houses", "cars", "vehicles", "shares", "points", "miles", "kilometres",
    "kilometers", "km", "feet", "metres", "meters", "tons", "tonnes", "barrels",
    "dollars", "euros", "pounds", "yuan", "yen", "rupees", "acres", "hectares", "words",
    "pages", "times", "percent", "per", "pc", "million", "billion", "trillion", "thousand",
    "hundred", "mph", "kg", "lbs", "calories", "steps", "rounds", "runs", "goals",
    "seats", "flights", "passengers", "refugees", "migrants", "civilians", "protesters",
    "prisoners", "officers", "police", "staff", "users", "customers", "subscribers",
    "copies", "signatures", "firms", "companies", "stores", "schools", "hospitals",
    "bed", "beds", "rooms", "items", "bottles", "guns", "weapons", "missiles", "rockets",
    "drones", "planes", "aircraft", "ships", "boats", "tanks", "km/h", "gb", "mb",
    "degrees", "hours", "minutes", "seconds", "days", "weeks", "months", "years",
    "tweets", "posts", "emails", "messages", "calls", "visits", "views", "fans",
}

# The verbs and cue words of tense live in `timeline.lexicon.verbs`.

# Words around a weekday that make it a name ("Black Friday", "the Sunday Times").
WEEKDAY_NAME_BEFORE = {"black", "good", "super", "cyber", "ash", "easter", "palm", "holy", "maundy",
                       "bloody", "fat", "giving", "maundy", "shrove", "whit", "manic",
                       "small", "mad", "blue", "big"}
# Newspaper titles after a weekday: a name only when capitalised ("the Sunday
# People", but "said Sunday people are anxious").
WEEKDAY_TITLES_AFTER = {"times", "telegraph", "mirror", "express", "post", "herald", "people", "independent",
                        "tribune", "mail"}
WEEKDAY_NAME_AFTER = WEEKDAY_TITLES_AFTER | {"sport", "night football", "edition", "school", "league"}
TODAY_NAME_BEFORE = {"russia", "usa", "psychology", "marketing", "management", "nursing",
                     "physics", "pakistan", "india", "china", "vietnam", "kenya", "egypt",
                     "mexico", "sky", "turkey", "uganda", "the"}
TODAY_NAME_AFTER = {"show", "programme", "program", "newspaper", "paper", "presenter",
                    "host", "anchor", "co-host", "segment", "interview", "staff"}

# "the challenges of tomorrow", "tomorrow's leaders": nouns of which "of
# tomorrow" or "tomorrow's" says the future in general (TimeML's FUTURE_REF),
# not the next day ("the agenda of tomorrow", "tomorrow's meeting" are the day).
GENERIC_TOMORROW_NOUNS = {"challenges", "leaders", "world", "workforce", "workers", "generation", "generations",
                          "technologies", "technology", "threats", "problems", "jobs", "economy", "wars",
                          "cities", "children", "scientists", "engineers", "needs"}

# Holidays on a fixed day: name -> (month, day).
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "valentine's day": (2, 14), "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
    "halloween": (10, 31), "independence day": (7, 4), "bastille day": (7, 14),
    "may day": (5, 1), "armistice day": (11, 11), "veterans day": (11, 11),
    "veteran's day": (11, 11), "veterans' day": (11, 11),
    "remembrance day": (11, 11), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    "juneteenth": (6, 19), "all saints' day": (11, 1), "epiphany": (1, 6),
    "international women's day": (3, 8), "labour day": (5, 1), "anzac day": (4, 25),
    "australia day": (1, 26), "canada day": (7, 1), "victory day": (5, 9),
}
# Holidays on a weekday rule: name -> (month, weekday, n-th; -1 = last), or "easter" offsets.
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3),
    "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3), "columbus day": (10, 0, 2), "black friday": (11, 4, 4),
    "cyber monday": (11, 0, 5), "election day": (11, 1, 1),
}
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2,
                   "easter monday": 1, "palm sunday": -7, "ash wednesday": -46,
                   "maundy thursday": -3, "pentecost": 49, "whit sunday": 49}


# Reference words and their TIMEX3 values.
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "the present day": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF", "at the time": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    # "in the near term", "over the short term": the coming period, as TimeML tags it
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}

# Days relative to publication: "yesterday", "last night", "this morning".
DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last": -1, "this": 0}

# Words that make a year a company's fiscal year ("the fiscal year", "next
# financial year"): valued FY2011 as "fiscal 2011" is.
FISCAL_WORDS = {"fiscal", "financial"}

# "last/this/next" and friends before a unit: the shift they apply ("last week").
RELATIVE_WORDS = {"last": -1, "past": -1, "the past": -1, "the last": -1, "this past": -1,
                  "this": 0, "current": 0, "the current": 0,
                  "next": 1, "coming": 1, "the coming": 1, "this coming": 1}

# Words that shift from the story's last date ("the following week", "that month").
NARRATIVE_SHIFT = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
                   "the prior": -1, "the same": 0, "that": 0, "this same": 0}

# Words before a four-digit number that make it a label or a quantity, not a year.
# A four-digit number between one of CLOCK_BEFORE and one of CLOCK_AFTER is a
# clock time, not a year ("down 0.8% by 1000 GMT", "at 1430 hrs").
CLOCK_BEFORE = {"at", "by", "before", "after", "until", "till", "around", "from", "since", "to"}
CLOCK_AFTER = {"gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst",
               "mdt", "pt", "pst", "pdt", "ist", "jst", "hrs", "hrs.", "z"}
YEAR_LABELS_BEFORE = {"no", "no.", "number", "nos", "room", "flight", "route", "page", "pages", "pp",
                 "chapter", "section", "article", "model", "version", "code", "item", "suite",
                 "unit", "highway", "interstate", "hr", "h.r.", "bill", "exactly", "nearly", "almost",
                 "approximately", "than", "roughly", "about", "over", "under", "some", "total",
                 "additional", "another", "extra", "least", "all", "score", "scored", "beat",
                 "tel", "phone", "call", "fax", "ext", "p.o.", "box", "ranked", "at", "top", "exit",
                 "junction", "gate", "platform", "terminal", "channel", "windows", "office", "iphone",
                 "galaxy", "agent", "jersey", "lot", "batch", "serial", "order", "case", "docket"}

# Words only a game report uses: a quarter or half without a year in their
# sentence is a period of play, not of the calendar ("threw a touchdown pass
# in the quarter"). Words markets share ("points", "rebound", "scored gains",
# "goal") are left out.
GAME_WORDS = {"touchdown", "touchdowns", "halftime", "half-time", "quarterback", "interception", "interceptions",
              "three-pointer", "three-pointers", "buzzer", "referee", "playoff", "playoffs", "yards", "innings",
              "field-goal", "free-throw", "turnovers", "rushing", "goalkeeper", "penalty-kick"}

# What a results headline reports for its period ("Fourth Quarter Net Income
# of $40.8 Billion"): a capitalised quarter or half without an article is a
# period only before one of these (`parsers/quarter`), not in a game
# ("Celtics Rally in Fourth Quarter").
RESULTS_WORDS = {"net", "income", "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues",
                 "sales", "results", "gdp", "growth", "output", "deliveries", "dividend", "dividends"}

# Nouns of what follows an event: "the outcome of Friday's summit" names an
# event already held, so its day lies back (`tense.rules.outcome_of`).
OUTCOME_NOUNS = {"outcome", "outcomes", "result", "results", "aftermath", "wake", "fallout", "verdict",
                 "findings", "lessons", "success", "failure", "collapse", "impact", "effects", "repercussions"}

