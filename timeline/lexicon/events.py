"""Vocabulary of event extraction (data only, no logic).

Cue words for modality, clause openers and the words
that stop a noun phrase. `timeline.events` reads these; adding a cue is one
line. `STOPWORDS` is read by `timeline.merge`. The verbs of saying are in
`timeline.lexicon.verbs`, beside the tense rules' reporting verbs.
"""

from __future__ import annotations

from timeline.lexicon.calendar import MONTHS, WEEKDAYS_FULL
from timeline.lexicon.verbs import FINITE_PAST, PAST_CUES

# A clause stating a plan, hope, expectation or condition is `expected`.
# Matched as whole words (lower case) inside the clause that carries the date.
EXPECTED_CUES = (
    "will", "'ll", "won't", "shall", "would", "wouldn't", "expected to", "expects to",
    "expect to", "is expected", "are expected", "plans to", "plan to", "planned to",
    "planning to", "intends to", "intend to", "aims to", "aim to", "hopes to",
    "hope to", "hoped to", "hope", "hopes", "hoping", "is set to", "are set to",
    "is due to", "are due to", "is scheduled to", "are scheduled to", "scheduled for",
    "is likely to", "are likely to", "likely", "could", "might", "may", "should",
    "if", "unless", "provided", "going to", "forecast", "forecasts", "projected",
    "target", "targets", "aims", "seeks to", "proposed", "upcoming", "next",
    "deadline", "by the end of", "expected", "expects", "guidance", "outlook",
)
# Of them, the nouns of a prediction, no cue as the object of a past verb: the
# prediction was changed or kept, and that is what happened ("raised its
# full-year forecast on Thursday", "Maersk lifted its own outlook", "kept its
# guidance unchanged").
PREDICTION_NOUNS = frozenset({"forecast", "forecasts", "target", "targets", "guidance", "outlook"})

# Words that end a noun phrase built around a date ("his Jan. 20 inauguration").
NP_STOP_WORDS = frozenset("""
a an the and or but nor of to in on at by for from with without into onto over under
after before since until while when where which who whom whose that this these those
is are was were be been being has have had do does did will would could should can
may might must shall said says told as than then so if not no also its his her their
our my your he she it they we i you there here
following amid despite during against among through across toward towards within including
""".split())

# Nouns of an arrangement or a course of events: a relative clause after
# "<noun> with/between/of <Name>" hangs on the noun, not the name ("its
# partnership with MSC, which ended in January").
ARRANGEMENT_NOUNS = frozenset("""
partnership partnerships alliance alliances agreement agreements deal deals contract contracts
merger mergers venture ventures tie-up tie-ups cooperation collaboration pact pacts accord
accords talks negotiations arrangement arrangements relationship dispute disputes feud
takeover takeovers acquisition acquisitions lawsuit lawsuits litigation investigation
probe probes settlement truce ceasefire war conflict rivalry sponsorship licence license
""".split())

# Words before a date that make it a noun modifier ("the 2016 election").
DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())

# Nouns of time before "of" and a date: "the end of March", "the week of May 5",
# "the morning of July 4" name a time, not an event the date modifies.
TIME_NOUNS_BEFORE_OF = frozenset("""
end start beginning middle rest remainder part half quarter first last week weekend month year day night
morning afternoon evening summer winter spring fall autumn season anniversary date time period eve
""".split())

# Determiners of an occasion an opening adjunct names ("In a July 16 press
# conference, ..."): its date is the clause's (`events.modifiers`, `dates.tense`).
OCCASION_DETERMINERS = ("a", "an", "the", "his", "her", "its", "their")
# Nouns of an occasion something is said or done at: "told reporters at a
# Monday news conference" dates the telling (`events.modifiers`).
OCCASION_NOUNS = frozenset("""
conference briefing meeting hearing rally protest summit session speech address interview ceremony
debate appearance visit event forum gathering vigil funeral parade march demonstration launch
""".split())

# Prepositions a date expression can start with; a date they open is adverbial.
DATE_PREPOSITIONS = frozenset("in on at by since until till from during after before through throughout over for between around about last next this".split())

# Function words ignored when comparing what two events state.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves said says say told tell according
mr mrs ms dr one two three first last next week month year years months weeks day days today
yesterday tomorrow ago earlier later since
""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS_FULL)  # and the calendar's months and weekday names

# Titles a person is named with ("President Putin"); "the Russian President"
# then refers back to the person last named with that title.
TITLE_WORDS = (
    "President", "Prime Minister", "Chancellor", "Foreign Minister", "Minister", "King", "Queen", "Pope",
    "Governor", "Mayor", "Chief Executive", "CEO", "Chairman",
)

# Past-tense verbs that look like nouns after a date ("in 2016 went"): no noun phrase follows.
NOT_NOUNS = frozenset("went came began took made saw got gave held left led met ran rose fell won lost paid sold bought grew became".split())

# Prepositions before a date + noun that make the date a noun modifier ("a rise in fourth-quarter deliveries").
NP_PREPOSITIONS = frozenset("in of for at with from by during over to".split())

# A sentence opening on one of these speaks to the reader of the page ("Watch this
# timelapse of Dorian from Aug. 29 ...", "See the full list ..."): it points to
# media and tells no event, though its clauses of time may.
READER_IMPERATIVES = ("watch", "see", "view", "listen to", "click", "explore", "check out", "take a look at")
READER_OBJECTS = ("this", "these", "the", "our", "a", "an", "how", "more", "here", "live", "below", "above")

# Sentence openers dropped from a summary ("Meanwhile, ...").
DISCOURSE_OPENERS = ("Later", "Meanwhile", "However", "Moreover", "Also", "Still", "Yet", "But", "And", "So", "Then")

# -- the main statement of an undated sentence (`timeline.events.statement`) --
# Sentence adverbs that open a sentence before a comma ("However, Jobs said").
OPENING_ADVERBS = (*DISCOURSE_OPENERS, "Moving on", "Separately", "Instead", "Nonetheless", "Nevertheless",
                   "Afterwards", "Additionally", "Furthermore", "In turn", "In addition", "Elsewhere")
# Prepositions (and "While") opening an adjunct before the subject ("During
# the keynote, Jobs demoed ..."). Not "If"/"Unless" (a condition) nor "When"
# (a clause that sets its own time).
OPENING_PREPOSITIONS = (
    "In addition to", "In response to", "According to", "As part of", "Along with", "Apart from", "Aside from",
    "Together with", "Rather than", "Instead of", "In", "On", "At", "During", "For", "With", "Without",
    "Alongside", "Despite", "Amid", "Under", "Through", "Throughout", "From", "By", "After", "Following",
    "Before", "Like", "Unlike", "Besides", "Within", "Against", "Upon", "Over", "While", "Since",
)
# Words of a title or role between names or before one, as a subject is
# named ("Apple CEO Steve Jobs", "company CEO Steve Jobs", "Presiding Judge
# Martin Mann"); matched in any case.
SUBJECT_TITLES = (
    "ceo", "chief executive", "chief executive officer", "chief operating officer", "chief financial officer",
    "chairman", "chairwoman", "president", "vice president", "founder", "co-founder", "spokesman",
    "spokeswoman", "spokesperson", "executive", "head", "boss", "director", "senator", "judge", "justice",
    "presiding", "company", "former", "then", "new", "current", "interim",
)
# People speaking for the organisation named before them: "G.M. officials
# say ...", "Toyota executives said ...": the organisation's statement.
# Their plurals take the plural saying ("say").
PEOPLE_OF_AN_ORGANISATION = ("official", "executive", "spokesman", "spokeswoman", "spokesperson", "leader",
                             "representative", "manager")
PEOPLE_OF_AN_ORGANISATION_PLURAL = ("officials", "executives", "spokesmen", "spokeswomen", "spokespeople", "leaders",
                                    "representatives", "managers")
# Capitalised words that open a clause but never a subject's name: with
# them the sentence opens with a condition, a question or a subordinate
# clause ("If Jobs resigned, ..."), not with who did what.
NOT_SUBJECT_OPENERS = (
    "If", "Unless", "When", "Whenever", "Although", "Though", "Because", "As", "Whether", "Once", "Until",
    "Where", "What", "How", "Why", "Who", "Should", "Had", "Were", "Do", "Does", "Did", "Is", "Are", "Was",
    "Can", "Could", "Would", "Will", "And", "But", "Or", "So", "Yet", "This", "That", "These", "Those",
    "There", "Here", "Some", "Many", "Most", "All", "Both", "Each", "No", "A", "An", "Only", "Even",
)

# Adverbs between a subject and its verb ("Jobs also said", "He then demoed").
VERB_ADVERBS = frozenset("""
also then later first just again finally quickly personally publicly reportedly officially formally
recently now already only jointly swiftly immediately subsequently eventually initially briefly
""".split())
# Auxiliaries between a speaker and the verb of saying ("Obama has said", "Allen would say").
SAYING_AUXILIARIES = frozenset("has have had is was will would could did does".split())
# Simple past forms that are not "-ed" ("Jobs left Cook in charge", "Apple
# sold 3 million"): the past cues of the tense rules that are verbs, less
# "was"/"were"/"had"/"did" (a copula, background, an auxiliary).
NARRATIVE_PASTS = frozenset(PAST_CUES - FINITE_PAST - {"been", "former", "then"})

# Verbs of a move of shares that make an undated sentence the day's news ("Novo's shares rose 4.8%").
SHARE_MOVE_VERBS = (
    "rose", "fell", "jumped", "gained", "dropped", "slid", "slipped", "climbed", "surged", "tumbled", "sank",
    "added", "lost", "edged", "plunged", "soared", "rallied", "closed", "ended",
)

# What happened, by kind: the verbs and nouns a report names its event with
# ("crashed into the Java Sea" / "went down shortly after take-off" are one
# kind). Each pattern is matched at word starts in a lower-cased summary.
# Two reports naming kinds and sharing none tell different events (a crash
# and a grounding of one day); sharing one is evidence of one event.
EVENT_KINDS = {
    "crash": r"crash|went down|go(?:es)? down|plung(?:ed|es) into|plummet|came down",
    "ground": r"grounded|grounding|grounds? (?:all|the|its|their)",
    "fire": r"fired|sack(?:ed|s|ing)|dismiss|ousted|ouster",
    "resign": r"resign|stepp(?:ed|ing) down|steps? down|quit",
    "congratulate": r"congratulat",
    "settle": r"settle|settlement",
    "plea": r"plea\b|plead|guilty",
    "charge": r"charged|indict|prosecut",
    "convict": r"convicted|conviction|verdict",
    "sentence": r"sentenced to|jailed",
    "sue": r"sued|sues|lawsuit|filed suit",
    "arrest": r"arrest|detained",
    "die": r"died|death of|dies\b|killed|passed away",
    "elect": r"elected|won the|wins the|election victory|victory in the",
    "launch": r"launch|unveil|introduc|debut|lift(?:ed|s)? off|liftoff|blast(?:ed|s)? off",
    "land": r"\blanded|\blands\b|touch(?:ed|es)? down|touchdown",
    "delay": r"postpon|delay|scrub|cancel|call(?:ed|s)? off|put off",
    "collapse": r"collaps|cave-in|caved in",
    "quake": r"earthquake|\bquake|tremor|temblor",
    "destroy": r"destroy|disintegrat|broke (?:up|apart)|breaks? (?:up|apart)",
    "explode": r"explo(?:ded|des|sion)|blew up",
    "sink": r"sank\b|sunk\b|sinking|capsiz",
    "spill": r"spill|leak(?:ed|ing|s)?\b|gush",
    "evacuate": r"evacuat",
    "deploy": r"deploy|dispatch(?:ed|es|ing)\b",
    "injure": r"injur|wounded",
    "arrive": r"arriv",
    "depart": r"(?:pull(?:ed|s|ing)?|mov(?:e|es|ed|ing)|head(?:ed|s|ing)?) (?:away|out to sea)|(?:started|began|begins|starts) moving|depart",
    "emergency": r"state of emergency|declared (?:an? )?(?:major )?(?:disaster|emergency)",
    "rescue": r"rescued|\bfreed\b|brought to the surface|pulled (?:alive )?from the rubble",
    "acquire": r"acquir|acquisition|takeover|bought|buys",
    "merge": r"merger|merged|merges",
    "meet": r"\bmet\b|meets|meeting with|summit",
    "sign": r"signed|signs|signing",
    "recall": r"recall",
    "approve": r"approv|cleared|clears|certif",
    "strike": r"strike|walkout|walked out",
    "attack": r"attack|bomb|struck|shelling",
    "cut": r"\bcut|lower(?:ed|s) (?:its|the|interest)",
    "raise": r"\brais(?:ed|es)|hik(?:ed|es)|lift(?:ed|s)? (?:its |the |their )?(?:own )?(?:[\w-]+ )?(?:outlook|forecast|guidance|target|rates?|dividend)",
    "report": r"preliminary report|final report|interim report",
}
