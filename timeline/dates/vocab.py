"""Vocabulary of English news dates, kept as data apart from the engine.

Each table maps a lower-cased surface form to what it means. The parsers build
their regular expressions from these tables (longest alternatives first), so
adding a spelling means adding one entry here.
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
AMBIGUOUS_MONTHS = {"may", "march", "mar", "april", "june", "august", "jan", "jun", "sep", "oct", "dec", "nov", "aug", "apr", "feb", "jul", "sept"}

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# Abbreviations: these may take a full stop ("Nov.", "Thu.").
ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                 "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
# Abbreviated weekdays are only read before a date ("Thu, 10 Nov 2016").
WEEKDAYS_FULL = {k: v for k, v in WEEKDAYS.items() if len(k) > 4}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# Parts of the day, as TIMEX3 time-of-day codes.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

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

# Tense and aspect cues: the verb governing an expression decides whether a
# year-less date lies before or after the publication date.
FUTURE_CUES = {
    "will", "'ll", "wo", "shall", "would", "'d", "gonna", "upcoming", "forthcoming",
    "expected", "expects", "expect", "scheduled", "slated", "planned", "plans", "plan",
    "planning", "intends", "intend", "intended", "aims", "aim", "aiming", "hopes", "hope",
    "due", "set", "next", "coming", "could", "might", "should",
    "must", "need", "needs", "likely", "proposed", "propose", "proposes", "await",
    "awaits", "awaiting", "ahead", "deadline", "pending", "tentatively", "may",
    "promise", "promised", "promises", "vowed", "vows", "pledged", "pledges", "wants",
    "want", "seeks", "seek", "seeking", "tomorrow",
}
# Verbs that move an event later: "postponed until Saturday" looks forward
# when the date is where the event moves to (after one of POSTPONING_TARGETS);
# otherwise the date is when it was moved ("suspended its dividend in
# December") and they are past verbs like any other.
POSTPONING_VERBS = {"postponed", "delayed", "adjourned", "deferred", "rescheduled", "pushed",
                    "extended", "suspended", "moved", "bumped", "shifted"}
POSTPONING_TARGETS = {"until", "till", "to", "for", "into", "through", "past", "beyond"}
# Present-tense verbs of schedules: "the summit opens on Monday" looks forward.
FUTURE_CUES |= {
    "begins", "starts", "opens", "closes", "ends", "meets", "arrives", "departs", "leaves",
    "travels", "visits", "hosts", "faces", "kicks", "launches", "resumes", "convenes",
    "returns", "expires", "runs", "takes", "comes", "goes", "heads", "lands", "tours",
    "debuts", "premieres", "airs", "opens", "reopens", "concludes", "wraps", "sits", "testifies",
    "appears", "speaks", "addresses", "votes", "rules", "decides", "announces", "unveils",
    "releases", "publishes", "hears", "considers", "reconvenes", "tees", "plays",
}
# Multi-word future cues, as word tuples.
FUTURE_PHRASES = (("going", "to"), ("is", "to"), ("are", "to"), ("to", "be"),
                  ("set", "to"), ("about", "to"), ("on", "track"), ("has", "until"), ("have", "until"))
PAST_CUES = {
    "was", "were", "had", "did", "been", "ago", "yesterday", "last", "earlier",
    "previously", "since", "went", "came", "saw", "took", "made", "gave", "began",
    "became", "met", "won", "lost", "fell", "rose", "sold", "bought", "left", "held",
    "found", "got", "ran", "spent", "paid", "led", "built", "brought", "thought", "kept",
    "broke", "chose", "drove", "ate", "flew", "forgot", "grew", "knew", "rode",
    "sang", "sank", "shook", "spoke", "stole", "struck", "swore", "threw", "understood",
    "woke", "wore", "wrote", "fought", "caught", "taught", "sought", "sent", "lent",
    "dealt", "felt", "meant", "slept", "fled", "hid", "stood", "sat", "lay", "laid",
    "told", "said", "heard", "won", "withdrew", "overtook", "undertook", "drew",
    "dove", "froze", "hung", "struck", "swung",
    "tore", "underwent", "upheld", "wound", "became", "forbade", "oversaw", "rang",
    "arose", "awoke", "bore", "bound", "bred", "clung", "crept", "dug", "fed",
    "forgave", "ground", "leapt", "lit", "mistook", "rebuilt", "sped", "spun",
    "stuck", "stung", "strove", "swam", "wept", "didn't", "wasn't", "weren't",
    "hadn't", "former", "then",
}
# Verbs whose past tense is their base form ("cut", "hit"): past only where
# the grammar says so; see `tense._same_past`.
PAST_AS_BASE = {"cut", "put", "set", "hit", "let", "shut", "spread", "cost", "quit", "split", "bet",
                "bid", "broadcast", "hurt", "upset", "forecast", "read", "beat", "cast", "burst",
                "slit", "thrust", "shed", "rid", "wed"}
# Of them, those whose object is a prediction ("forecast third-quarter revenue",
# "bet on a cut in June"): a date after them is what is predicted, and their
# own tense says nothing about it.
PREDICTING_VERBS = {"forecast", "bet"}
# Of them, those that move an event later with a particle ("put off until March").
POSTPONING_PARTICLES = {("put", "off"), ("put", "back")}
# Words that make a present tense habitual ("they usually cut rates in June"):
# with them a verb that may be present shows no past.
HABITUAL_WORDS = {"every", "each", "usually", "often", "always", "typically", "normally",
                  "generally", "annually", "regularly", "traditionally", "routinely", "sometimes",
                  "customarily", "habitually"}
# Auxiliaries, modals and "to": a base form after them is no past tense, the
# auxiliary decides ("will cut", "to cut", "was cut").
AUXILIARIES = {"will", "'ll", "would", "'d", "shall", "should", "can", "could", "may", "might",
               "must", "to", "do", "does", "did", "don't", "doesn't", "didn't", "won't", "wouldn't",
               "can't", "cannot", "couldn't", "shouldn't", "be", "is", "are", "am", "was", "were",
               "been", "being", "'s", "'re", "'m", "let", "make", "makes", "help", "helps", "not",
               "never", "gonna"}
# Perfect auxiliaries: "has cut" is a past event.
PERFECT_AUXILIARIES = {"has", "have", "had", "'ve", "hasn't", "haven't", "hadn't"}

# "-ed" words that are not past tense verbs, or that point forward.
NOT_PAST_ED = {"need", "needed", "speed", "feed", "seed", "indeed", "bed", "red", "hundred",
               "united", "based", "proposed", "expected", "scheduled", "planned", "intended",
               "slated", "shed", "bred", "wed", "fled", "led", "fed", "bleed", "breed",
               "creed", "greed", "heed", "reed", "weed", "embed", "sled", "shred", "ted",
               "ed", "fred", "ned", "med", "ahmed", "mohammed", "muhammad", "mohamed",
               "interested", "concerned", "related", "limited", "advanced", "detailed",
               "experienced", "qualified", "talented", "skilled", "armed", "unrelated",
               "unexpected", "unprecedented", "so-called", "alleged", "supposed",
               "promised", "pledged", "vowed", "sacred", "wicked", "naked", "rugged",
               "beloved", "crooked", "learned", "aged", "kindred", "hatred", "biased"}

# Verbs that report speech: they govern a date only when right next to it
# ("said Friday"), otherwise the date belongs to the reported clause.
REPORTING_VERBS = {"said", "says", "say", "told", "tells", "added", "adds", "according",
                   "announced", "reported", "stated", "wrote", "explained", "noted",
                   "confirmed", "claimed", "insisted", "argued", "warned", "revealed"}
# Verbs that take a reported complement ("forecast on Thursday that sales
# would rise"): a date between them and the complement is theirs.
COMPLEMENT_VERBS = REPORTING_VERBS | {
    "forecast", "forecasts", "predicted", "predicts", "projected", "projects", "estimated",
    "estimates", "disclosed", "discloses", "acknowledged", "admitted", "denied", "denies",
    "suggested", "suggests", "indicated", "indicates", "signalled", "signaled", "hinted",
    "cautioned", "reiterated", "conceded", "tweeted", "informed", "assured", "reminded",
    "announces", "reports", "states", "writes", "notes", "confirms", "claims", "insists",
    "argues", "warns", "reveals",
}
# Those of them whose addressee comes first ("told journalists on Thursday that").
ADDRESSEE_VERBS = {"told", "tells", "tell", "informed", "assured", "reminded", "warned", "warns"}

# Words around a weekday that make it a name ("Black Friday", "the Sunday Times").
WEEKDAY_NAME_BEFORE = {"black", "good", "super", "cyber", "ash", "easter", "palm", "holy", "maundy",
                       "bloody", "fat", "giving", "maundy", "shrove", "whit", "manic",
                       "small", "mad", "blue", "big"}
WEEKDAY_NAME_AFTER = {"times", "telegraph", "mirror", "express", "post", "herald", "sport",
                      "people", "independent", "tribune", "night football", "mail", "edition",
                      "school", "league"}
TODAY_NAME_BEFORE = {"russia", "usa", "psychology", "marketing", "management", "nursing",
                     "physics", "pakistan", "india", "china", "vietnam", "kenya", "egypt",
                     "mexico", "sky", "turkey", "uganda", "the"}
TODAY_NAME_AFTER = {"show", "programme", "program", "newspaper", "paper", "presenter",
                    "host", "anchor", "co-host", "segment", "interview", "staff"}

# Verbs and adjectives that take a "to"-infinitive pointing forward
# ("agreed to step down in January", "is likely to fall in March").
INFINITIVE_TAKERS = {
    "plans", "plan", "planning", "wants", "want", "hopes", "hope", "expects", "expected", "expect",
    "promises", "vows", "aims", "intends", "pledges", "threatens", "seeks", "set", "due", "going",
    "likely", "unlikely", "ready", "poised", "scheduled", "slated", "preparing", "is", "are", "needs",
    "need", "has", "have", "tends", "attempts", "tries", "try", "trying", "sets", "moves", "moving",
    "proposes", "expecting", "decides", "agrees", "agree", "votes", "offers",
}

# Holidays on a fixed day: name -> (month, day).
FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "valentine's day": (2, 14), "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
    "halloween": (10, 31), "independence day": (7, 4), "bastille day": (7, 14),
    "may day": (5, 1), "armistice day": (11, 11), "veterans day": (11, 11),
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
}

# Days relative to publication: "yesterday", "last night", "this morning".
DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last": -1, "this": 0}

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
