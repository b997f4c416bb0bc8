"""Word tables for finding people and organisations and joining their names (data only).

`timeline.actors` reads these (and `timeline.events` a few of them): a new
title, organisation word or country is one line here, not a new branch in the
code. Each table is defined once, under a name that says its job.
"""

from __future__ import annotations

from timeline.lexicon.calendar import MONTHS, WEEKDAYS

# Titles and honorifics written before a name. Multi-word titles first, so
# the longest one is stripped. Matched case-sensitively on capitalised forms.
TITLES_BEFORE_A_NAME = (
    "Vice President-Elect", "Vice President-elect", "Vice President",
    "President-Elect", "President-elect", "President",
    "Deputy Prime Minister", "Prime Minister", "Deputy Foreign Minister",
    "Foreign Minister", "Defence Minister", "Defense Minister", "Finance Minister",
    "Deputy Minister", "Minister", "Secretary of State", "Secretary-General",
    "Secretary General", "Secretary", "Chancellor", "Senator", "Sen.", "Rep.",
    "Representative", "Congressman", "Congresswoman", "Governor", "Gov.",
    "Mayor", "Judge", "Justice", "Attorney General", "Lieutenant General", "Lt. Gen.",
    "Major General", "Maj. Gen.", "Brigadier General", "Brig. Gen.", "General", "Gen.",
    "Rear Admiral", "Rear Adm.", "Vice Admiral", "Vice Adm.", "Admiral", "Adm.",
    "Lieutenant Colonel", "Lt. Col.", "Colonel", "Col.", "Commander", "Cmdr.",
    "Lieutenant", "Lt.", "Captain", "Capt.", "Sergeant", "Sgt.",
    "Assistant Secretary", "Assistant", "Deputy Secretary", "Under Secretary", "Undersecretary", "Administrator", "Chief Executive Officer", "Chief Executive", "CEO", "Chief Financial Officer",
    "Chief Operating Officer", "Chief Scientific Officer", "Chief Technology Officer",
    "Chief Economist", "CFO", "COO", "Chairman",
    "Chairwoman", "Chair", "Director", "Spokesman", "Spokeswoman",
    "Ambassador", "Special Envoy", "Envoy", "Commissioner", "Premier", "King", "Queen", "Prince",
    "Princess", "Pope", "Sheikh", "Crown Prince", "Speaker", "Leader",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Prof",
    "Sir", "Dame", "Lord", "Lady",
)

# What an office is of, for or to, written between the title and the
# holder's name ("Secretary of Defense Lloyd Austin", "Minister for Foreign
# Affairs Marise Payne", "Ambassador to Lebanon Dorothy Shea"): a portfolio
# here, or a place (`PLACE_NAMES`). Part of the title, not of the name.
PORTFOLIOS_OF_AN_OFFICE = (
    "Foreign Affairs", "Home Affairs", "Veterans Affairs", "Homeland Security", "Foreign Trade",
    "Defense", "Defence", "State", "Finance", "Health", "Energy", "Justice", "Interior",
    "Commerce", "Labor", "Labour", "Education", "Agriculture", "Transportation", "Transport",
    "Treasury", "Trade", "Economy", "Environment", "Culture", "Tourism", "Industry",
    "Information", "Communications", "Housing", "Immigration", "Infrastructure", "Security",
    "United Nations", "U.N.", "UN", "NATO", "Vatican",  # bodies an envoy is sent to
)

# Titles of an envoy, whose office is "to" a place ("Ambassador to Japan Rahm Emanuel").
TITLES_OF_AN_ENVOY = frozenset(("Ambassador", "Envoy", "Special Envoy", "Representative"))

# Abbreviations a name may hold or end in, with their full stop ("Dow Jones &
# Co.", "Kenneth F. McKenzie Jr.", "St. Louis"); besides these, the titles'
# and legal forms' own ("Gen.", "Corp."). At a sentence's end any other word
# loses its full stop ("New York.", "Labor Day.").
NAME_ABBREVIATIONS = frozenset("""
Jr. Sr. St. Ste. Mt. Ft. Pt. Bros. No. Nos. Cos. Pty. Bhd. Assn. Dept. Univ. Ave. Blvd. Rd.
Inst. Intl. Natl. Mfg. Ind. Cie. Cia. Dist. Div. Gov't. Esq. Hon. Rev. Fr. Msgr. Sgt. Cpl. Pvt.
""".split())

# Honorifics that make the following name certainly a person.
HONORIFICS_OF_A_PERSON = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady")

# Words that head an organisation's name; a name ending in one is an
# organisation (and a candidate antecedent of "the ministry", "the company").
ORGANISATION_HEAD_WORDS = (
    "Ministry", "Department", "Office", "Agency", "Administration", "Commission",
    "Committee", "Council", "Parliament", "Senate", "Congress", "Court",
    "Government", "Kremlin", "Pentagon", "Bank", "Fund", "Group", "Holdings",
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Incorporated", "Limited", "Co", "Co.", "Company", "Ltd",
    "Ltd.", "LLC", "PLC", "plc", "AG", "SE", "SA", "NV", "GmbH", "A/S", "ASA", "AB", "Oyj", "SpA", "Airlines",
    "Airways", "Air", "Aerospace", "Aviation", "Motors", "Systems",
    "Technologies", "Technology", "Industries", "Partners", "Capital",
    "Securities", "Exchange", "Authority", "Board", "Service", "Services",
    "Bureau", "Institute", "Center", "Centre", "University", "Party", "Union",
    "Organization", "Organisation", "Association", "Federation", "Times",
    "Post", "News", "Journal", "Network", "Reserve", "Treasury",
    "Guard", "Army", "Navy", "Force", "Corps", "Police", "Marines",
)

# Within one article, "the <nominal>" refers back to the most recent
# organisation whose name fits it. None means any organisation fits;
# a tuple lists the name words one of which the antecedent must contain.
NOUNS_FOR_AN_EARLIER_ORGANISATION = {
    "company": None, "firm": None, "group": None, "planemaker": None,
    "plane maker": None, "manufacturer": None, "automaker": None,
    "carmaker": None, "chipmaker": None, "drugmaker": None, "drug maker": None,
    "shipper": None, "oil major": None, "retailer": None, "insurer": None,
    "conglomerate": None, "startup": None, "lender": None, "bank": None,
    "carrier": ("Airlines", "Airways", "Air"),
    "airline": ("Airlines", "Airways", "Air"),
    "ministry": ("Ministry",), "agency": ("Agency", "Administration", "Bureau"),
    "regulator": ("Authority", "Commission", "Administration", "Agency"),
    "court": ("Court",), "committee": ("Committee",), "party": ("Party",),
    "stock": None,
}

# Organisations that are not companies: "the company" never refers to them.
NON_COMPANY_HEAD_WORDS = frozenset("""
Ministry Department Office Agency Administration Commission Committee Council
Parliament Senate Congress Court Government Kremlin Pentagon Union Party Bureau
Board Reserve Treasury Authority Times Post News Journal Network University
Institute Center Centre Organization Organisation Association Federation
Guard Army Navy Force Corps Police Marines
""".split())

# Countries, blocs and a few capitals: names but never companies, so they are
# skipped when resolving "the company". Also joined by the aliases below.
PLACE_NAMES = frozenset("""
Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan
Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia
Cameroon Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark
Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece
Greenland Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan
Jordan Kazakhstan Kenya Korea Kosovo Kuwait Kyrgyzstan Latvia Lebanon Libya
Lithuania Luxembourg Malaysia Mexico Moldova Mongolia Morocco Netherlands
Nigeria Norway Oman Pakistan Palestine Panama Peru Philippines Poland Portugal
Qatar Romania Russia Serbia Singapore Slovakia Slovenia Somalia Spain Sudan
Sweden Switzerland Syria Taiwan Tajikistan Thailand Tunisia Turkey Turkmenistan
Uganda Ukraine Uzbekistan Venezuela Vietnam Yemen Zimbabwe Europe Asia Africa
America Britain England Scotland Wales Crimea Donbas Kyiv Kiev Moscow Washington
London Paris Berlin Beijing Tokyo Brussels Geneva Astana Osaka Toulouse Seattle
Chicago Montreal Madrid Rome Delhi Dubai Singapore Seoul Hamburg Munich
Frankfurt Zurich Istanbul Ankara Tehran Riyadh Doha Minsk Warsaw Vienna
""".split()) | frozenset((
    "United States", "United Kingdom", "European Union", "Middle East",
    "Saudi Arabia", "South Africa", "South Korea", "North Korea", "New Zealand",
    "Hong Kong", "St. Petersburg", "New York", "Taiwan Strait",
    "US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "EU", "E.U.",
))

# Spellings that rules cannot join, for common abbreviations only.
BUILT_IN_ALIASES = {
    "United States": ["US", "U.S.", "USA", "U.S.A."],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "European Union": ["EU", "E.U."],
    "Federal Bureau of Investigation": ["FBI", "F.B.I."],
    "Central Intelligence Agency": ["CIA"],
    "North Atlantic Treaty Organization": ["NATO", "Nato"],
    "United Nations": ["UN", "U.N."],
    "Federal Reserve": ["Fed", "U.S. Federal Reserve", "US Federal Reserve"],
    "European Central Bank": ["ECB"],
    "Federal Aviation Administration": ["FAA"],
    "Securities and Exchange Commission": ["SEC"],
    "International Monetary Fund": ["IMF"],
    "Organization of the Petroleum Exporting Countries": ["OPEC"],
}

# The head of a public body's name that may hold "and": "the National Oceanic
# and Atmospheric Administration", "the Department of Health and Human Services",
# "Urban Search and Rescue".
HEADS_OF_A_NAME_WITH_AND = frozenset("""
Administration Commission Committee Council Agency Department Ministry Office Bureau Institute
Organization Organisation Association Federation Authority Board Service Services Foundation Rescue
""".split())

# A country's initials opening a longer name, spelt out for comparing names
# ("U.S. Agency for International Development" = "United States Agency ...").
COUNTRY_INITIALS = {"us": ["united", "states"], "uk": ["united", "kingdom"]}

# Capitalised words that are never names on their own.
CAPITALISED_NON_NAMES = frozenset("""
I I'm I'll I've I'd We You He She It They This That These Those There Here
The A An And But Or Nor So Yet For Of In On At By To From With Without Into
Onto Over Under After Before Since Until While When Where Why How What Which
Who Whom Whose If Then Than As Also Although Though Because Despite However
Meanwhile Moreover Furthermore Still Even Just Only Not No Yes All Both Each
Every Some Any Many Much More Most Few Several Other Another Such Later Earlier
Now Today Tomorrow Yesterday Tonight Once Twice According Following Speaking
Asked Told Said Says Read Related Join Please Thank Support Enjoying Since Our
Their His Her Its My Your Mine Ours Theirs Let Is Are Was Were Be Been Being
Has Have Had Do Does Did Will Would Could Should Can May Might Must Shall
Clearly Psychologically Throughout Whether Should Last Next First Second Third
Part Breaking Update Updated Photo Photos Video Watch Listen Advertisement
Original Featured Engagement Resources Chapter Section Note Editor Editors
Dear Everything Nothing Someone Anyone Everyone Nobody Somebody Mostly Yet
Within Amid Amidst Among Amongst During Across Against Along Around Behind
Beyond Inside Outside Toward Towards Upon Via Unlike Besides
Instead Overall Already Again Indeed Perhaps Maybe Finally Currently Recently
Analysts Officials Investors Shares Stocks Experts Sources Critics Residents
Authorities Police Prosecutors Lawmakers Economists Traders Markets Prices
Sales Revenue Profits Profit Earnings Passengers Regulators Executives
Employees Workers Unions Protesters Voters Diplomats Observers Researchers
Scientists Doctors Officers Soldiers Troops Forces Leaders Members Customers
Users Companies Firms Banks Governments Countries People Many Others Demand
Production Deliveries Orders Output Inflation Growth Oil Gas Policymakers
Lawmakers Bondholders Shareholders Consumers Buyers Sellers Retailers
Suppliers Manufacturers Yields Equities Stocks Rival Rivals Competitor Competitors
Former Retired Ret. Acting Interim Outgoing No. Nos.
""".split())

# Nouns of what happened that end the name of an event, not of an actor:
# "the BP Oil Spill" names a spill (its actor is BP), "the Lion Air Crash" a crash.
EVENT_NOUNS_ENDING_A_NAME = frozenset("""
Spill Crash Disaster Explosion Blast Attack Attacks Bombing Bombings Shooting Earthquake Quake Tsunami
Collapse Sinking Outbreak Tragedy Accident Massacre Scandal
""".split())

# Calendar words that name nothing alone: what is left of a title such as
# ABC's "This Week" once its opening "This" is set aside ("Fashion Week"
# keeps its name).
CALENDAR_WORDS = frozenset("Week Weekend Month Year Decade Century Morning Afternoon Evening Night".split())
# Time zones written after a clock time ("at noon CDT", "1000 GMT"): no actor.
TIME_ZONES = frozenset("GMT UTC BST CET CEST EET EEST IST JST AEST AEDT SAST MSK EST EDT CST CDT MST MDT PST PDT "
                       "ET CT MT PT AKST HST".split())
# Words before "Time" in a time zone spelled out ("Universal Time", "Eastern
# Daylight Time", "Greenwich Mean Time"): no actor either.
ZONE_WORDS_BEFORE_TIME = frozenset("Universal Coordinated Daylight Standard Mean Summer Local Greenwich".split())
# Words that, with a number after them, name a class on a scale ("a Category 4
# hurricane", "a Level 3 advisory", "Phase 2 trials"), not an actor.
SCALE_CLASS_WORDS = frozenset("Category Level Phase Stage Grade".split())

# Organisation nouns that name no organisation by themselves: "the Board
# said", "Board members met", "the Ministry" refer to one named elsewhere
# (unlike "Congress", "Parliament", "the Kremlin", "the Pentagon").
GENERIC_ORGANISATION_NOUNS = frozenset("""
Ministry Department Office Agency Administration Commission Committee Council
Court Government Bank Fund Group Holdings Company Corporation Authority Board
Service Services Bureau Institute Center Centre University Party Union
Organization Organisation Association Federation Network Exchange Airlines
Airways Industries Partners Systems Technologies Technology Securities Store
Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC PLC Plc plc AG SE SA NV GmbH
""".split())

# Endings of words that describe or qualify rather than name ("Embattled",
# "Struggling", "Reportedly", "Beleaguered"): such a word opening a sentence
# before a name, and capitalised nowhere else in the article, is no part of it.
QUALIFIER_ENDINGS = ("ed", "ing", "ly", "ful", "less", "ous", "ive")

# Irregular past tenses: a capitalised word opening a sentence before one is a
# name ("Airbus overtook Boeing"), as before a regular "-ed" verb.
IRREGULAR_PAST_VERBS = frozenset("""
overtook took won lost made cut set beat sold bought paid grew fell rose held led met ran
saw gave got left became began struck hit kept spent sent built brought bore drew drove
fought forgave froze hid lent rode sought shook shut sank sprang stood stole swore swept
swung threw underwent undertook withdrew wrote wound upheld overthrew oversaw outsold
""".split())

# The calendar's month and weekday names as a name finder meets them,
# capitalised ("March", "Sept", "Thurs"): capitalised words that are no names.
MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS)
WEEKDAY_NAMES = frozenset(w.capitalize() for w in WEEKDAYS)

# Lower-case words allowed inside a capitalised name ("Bank of America").
LOWER_CASE_NAME_CONNECTORS = frozenset(("of", "for", "de", "del", "der", "du", "au", "van", "von", "al", "bin", "la", "le", "&"))


# Legal-form suffixes of a company's name ("Volkswagen AG", "Ryanair Holdings
# Plc"): dropped to give its short name, skipped when abbreviating it.
LEGAL_FORM_SUFFIXES = frozenset(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC PLC Plc plc AG SE SA NV GmbH Group Holdings A/S ASA AB Oyj SpA".split()
)
# The same forms spelt out, as radio and Special English copy writes them
# ("Walmart Stores Incorporated", "Toyota Motor Corporation"): dropped to give
# a short name, but kept in the initials ("Federal Deposit Insurance
# Corporation" is the FDIC; `actors.forms.labelled_short_forms`).
SPELLED_LEGAL_FORMS = frozenset(("Incorporated", "Corporation", "Limited"))

# Lower-case particles inside a person's name ("Mohammed bin Salman",
# "Ursula von der Leyen"): a name made of these and capitalised words has a surname.
SURNAME_PARTICLES = ("al", "bin", "de", "van", "von", "der", "da", "di", "le", "la")

# Verbs that follow a subject ("Airbus said", "Boeing has"): a capitalised word
# opening a sentence before one is a name.
VERBS_AFTER_A_SUBJECT = frozenset(
    "said says say has have had is are was were will would could can may might must "
    "did does do told tells added noted warned denied confirmed announced reported".split()
)

# Verbs in the plural: a capitalised plural before one opening a sentence
# ("Engineers say", "Rescuers have") is a common noun, no name.
VERBS_AFTER_A_PLURAL = frozenset("say have are do were indicate show".split())

# Function words that may follow a name but are no verb: after a capitalised
# adjective they show it is a name ("Russian and"), not a noun's modifier.
FUNCTION_WORDS_AFTER_A_NAME = frozenset(
    "and or but to in on at of for with by as that who which".split()
)

# Endings of an adjective of nationality or party ("Russian", "Chinese",
# "British", "Republican", "Democratic"): such a word before a lower-case noun
# is no name ("Russian officials").
ADJECTIVE_ENDINGS = ("ian", "ean", "an", "ese", "ish", "ic")

# Endings of a people's name before its plural "s" ("the Russians",
# "Americans", "the Europeans"): peoples are not actors.
PEOPLE_PLURAL_ENDINGS = ("ian", "ean", "an", "ese")
