"""Verbs and the words around them that show whether a clause looks back or forward.

The tense rules of the date resolver (`timeline.dates.tense`) read these
tables: the verb nearest a year-less date decides whether it lies before or
after the publication date. The verbs of saying of the event stage sit here
too, beside the tense rules' reporting verbs, each table named for its job. Each table is one job; where one is built from
others, the union is spelled out here.
"""

from __future__ import annotations

# -- words that point forward ---------------------------------------------------
# Modals, verbs and adjectives of intention, expectation and schedule.
FUTURE_WORDS = {
    "will", "'ll", "wo", "shall", "would", "'d", "gonna", "upcoming", "forthcoming",
    "expected", "expects", "expect", "scheduled", "slated", "planned", "plans", "plan",
    "planning", "intends", "intend", "intended", "aims", "aim", "aiming", "hopes", "hope",
    "due", "set", "next", "coming", "could", "might", "should",
    "must", "need", "needs", "likely", "proposed", "propose", "proposes", "await",
    "awaits", "awaiting", "ahead", "deadline", "pending", "tentatively", "may",
    "promise", "promised", "promises", "vowed", "vows", "pledged", "pledges", "wants",
    "want", "seeks", "seek", "seeking", "tomorrow",
}
# Present-tense verbs of schedules: "the summit opens on Monday" looks forward.
SCHEDULE_VERBS = {
    "begins", "starts", "opens", "closes", "ends", "meets", "arrives", "departs", "leaves",
    "travels", "visits", "hosts", "faces", "kicks", "launches", "resumes", "convenes",
    "returns", "expires", "runs", "takes", "comes", "goes", "heads", "lands", "tours",
    "debuts", "premieres", "airs", "reopens", "concludes", "wraps", "sits", "testifies",
    "appears", "speaks", "addresses", "votes", "rules", "decides", "announces", "unveils",
    "releases", "publishes", "hears", "considers", "reconvenes", "tees", "plays",
}
# Every single word that points forward.
FUTURE_CUES = FUTURE_WORDS | SCHEDULE_VERBS
# Multi-word future cues, as word pairs ("going to", "set to").
FUTURE_PHRASES = (("going", "to"), ("is", "to"), ("are", "to"), ("to", "be"),
                  ("set", "to"), ("about", "to"), ("on", "track"), ("has", "until"), ("have", "until"),
                  ("waiting", "for"), ("wait", "for"), ("waits", "for"), ("looking", "ahead"))
# Cue words that open a sentence as names or months as often as as cues
# ("May said on Friday", "Will Smith"): capitalised there, they stay names.
CAPITALISED_NOT_CUES = {"may", "will", "march", "june", "august", "wed", "sat"}
# Future cues that are also nouns ("the plan"): forward only with their content ("the plan for June").
CUES_ALSO_NOUNS = {"plan", "plans", "hope", "hopes", "aim", "aims", "promise", "promises", "need", "needs"}
# Prepositions before such a word make it a noun ("on hopes of a deal", "amid plans for cuts").
PREPOSITIONS_BEFORE_NOUN = {"on", "amid", "amidst", "despite", "with", "over", "about", "of", "without", "against",
                            "after", "by"}
# Words after such a noun that name its content ("the plan for June", "the hope is to").
NOUN_CUE_CONTENT = {"for", "to", "is", "are", "calls"}
# "set" and "due" point forward only before these ("set to", "due on").
SET_DUE_COMPLEMENTS = {"to", "for", "on", "in"}
# After "due", words that keep it a deadline or a schedule ("due out Tuesday",
# "due back Monday", "due by Friday"); "" is the date itself ("is due Tuesday").
DUE_COMPLEMENTS = SET_DUE_COMPLEMENTS | {"out", "back", "by", "before", "home", ""}
# Past forms of "be" before "due": "payment was due Monday" looks back.
PAST_BE = {"was", "were"}
# Words before "set on"/"set in" that make it a schedule ("is set on Monday", not "the target it set in June").
BE_BEFORE_SET = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "now", "already", "tentatively",
                 "currently"}
# Present verbs that announce a scheduled event in news when they are verbs,
# not nouns or reports: "the company reports results on Thursday", "the bank
# holds its meeting on Wednesday" (checked by `tense.grammar.scheduled`).
SCHEDULE_OR_REPORT_VERBS = {"reports", "holds", "delivers", "unveils", "publishes", "announces"}
# Words before "reports" that make it a noun ("media reports on Monday said").
REPORT_NOUN_BEFORE = {"media", "news", "press", "local", "state", "earlier", "recent", "several",
                      "other", "unconfirmed", "multiple", "many", "some", "initial", "early",
                      "separate", "conflicting", "police", "intelligence", "quarterly", "annual"}
# Verbs and adjectives that take a "to"-infinitive pointing forward
# ("agreed to step down in January", "is likely to fall in March").
INFINITIVE_TAKERS = {
    "plans", "plan", "planning", "wants", "want", "hopes", "hope", "expects", "expected", "expect",
    "promises", "vows", "aims", "intends", "pledges", "threatens", "seeks", "set", "due", "going",
    "likely", "unlikely", "ready", "poised", "scheduled", "slated", "preparing", "is", "are", "needs",
    "need", "has", "have", "tends", "attempts", "tries", "try", "trying", "sets", "moves", "moving",
    "proposes", "expecting", "decides", "agrees", "agree", "votes", "offers",
}
# Verbs of aspect or appearance in the present, whose "to"-infinitive tells
# what goes on or begins now, not a later event ("stocks continue to trend
# lower", "the index seems to recover"): no direction of their own.
ASPECT_VERBS = {"continue", "continues", "continuing", "begin", "begins", "beginning", "start", "starts",
                "starting", "seem", "seems", "appear", "appears"}
# Nouns whose content an infinitive gives ("an offer to take part", "permission
# to compete"): in the object of a past verb, the infinitive tells a later
# event, not one after publication ("accepted an invitation to visit in March").
INFINITIVE_NOUNS = {"offer", "offers", "invitation", "invitations", "proposal", "proposals", "bid", "request",
                    "requests", "permission", "approval", "agreement", "deal", "decision", "chance", "opportunity",
                    "right", "go-ahead", "green", "light", "clearance", "invite", "call", "calls", "appeal",
                    "demand", "demands", "pledge", "promise", "commitment"}
# Words before "to" that make it a preposition, not an infinitive ("according to", "due to").
NOT_INFINITIVE = {"according", "due", "up", "close", "next", "back", "compared", "relative", "prior",
                  "thanks", "owing", "opposed", "similar", "equal", "home", "addition", "contrast",
                  "closer", "nearer", "tied", "linked", "related", "used"}

# -- verbs that move an event later -----------------------------------------------
# "postponed until Saturday" looks forward when the date is where the event
# moves to (after one of POSTPONING_TARGETS); otherwise the date is when it
# was moved ("suspended its dividend in December") and they are past verbs
# like any other.
POSTPONING_VERBS = {"postponed", "delayed", "adjourned", "deferred", "rescheduled", "pushed",
                    "extended", "suspended", "moved", "bumped", "shifted"}
POSTPONING_TARGETS = {"until", "till", "to", "for", "into", "through", "past", "beyond"}
# Verbs whose past is their base form that postpone with a particle ("put off until March").
POSTPONING_PARTICLES = {("put", "off"), ("put", "back")}

# -- words that point back ----------------------------------------------------------
PAST_CUES = {
    "was", "were", "had", "did", "been", "ago", "yesterday", "last", "earlier",
    "previously", "since", "went", "came", "saw", "took", "made", "gave", "began",
    "became", "met", "won", "lost", "fell", "rose", "sold", "bought", "left", "held",
    "found", "got", "ran", "spent", "paid", "led", "built", "brought", "thought", "kept",
    "broke", "chose", "drove", "ate", "flew", "forgot", "grew", "knew", "rode",
    "sang", "sank", "shook", "spoke", "stole", "struck", "swore", "threw", "understood",
    "woke", "wore", "wrote", "fought", "caught", "taught", "sought", "sent", "lent",
    "dealt", "felt", "meant", "slept", "fled", "hid", "stood", "sat", "lay", "laid",
    "told", "said", "heard", "withdrew", "overtook", "undertook", "drew",
    "dove", "froze", "hung", "swung",
    # regular pasts too short for the "-ed" rule
    "died", "tied", "lied", "owed", "eyed", "axed",
    "tore", "underwent", "upheld", "wound", "forbade", "oversaw", "rang",
    "arose", "awoke", "bore", "bound", "bred", "clung", "crept", "dug", "fed",
    "forgave", "ground", "leapt", "lit", "mistook", "rebuilt", "sped", "spun",
    "stuck", "stung", "strove", "swam", "wept", "didn't", "wasn't", "weren't",
    "hadn't", "former", "then",
}
# Past cues that are finite past forms or past adverbs, never a base form
# after a modal ("will ground" is a base form, "will was" is nothing).
FINITE_PAST = {"was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "since",
               "previously", "didn't", "wasn't", "weren't", "hadn't"}
# Negated auxiliaries: these look back, those forward; other "n't" forms show no tense.
NEGATED_PAST = {"didn't", "wasn't", "weren't", "hadn't", "couldn't"}
NEGATED_FUTURE = {"won't", "wouldn't"}
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

# -- verbs whose past is their base form ---------------------------------------------
# "cut", "hit": past only where the grammar says so (`tense.grammar.same_past`).
PAST_AS_BASE = {"cut", "put", "set", "hit", "let", "shut", "spread", "cost", "quit", "split", "bet",
                "bid", "broadcast", "hurt", "upset", "forecast", "read", "beat", "cast", "burst",
                "slit", "thrust", "shed", "rid", "wed"}
# Of them, those whose object is a prediction ("forecast third-quarter revenue",
# "bet on a cut in June"): a date after them is what is predicted, and their
# own tense says nothing about it.
PREDICTING_VERBS = {"forecast", "bet"}
# Words that make a present tense habitual ("they usually cut rates in June"):
# with them a verb that may be present shows no past.
HABITUAL_WORDS = {"every", "each", "usually", "often", "always", "typically", "normally",
                  "generally", "annually", "regularly", "traditionally", "routinely", "sometimes",
                  "customarily", "habitually"}
# Subjects after which a base-form past can only be the past ("it cut").
SINGULAR_PRONOUNS = {"he", "she", "it"}
# Subjects after which it is past or a present habit ("they cut").
OTHER_PRONOUNS = {"they", "we", "i", "you"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
# Adverbs between a subject and its verb ("the bank also cut").
SUBJECT_ADVERBS = {"also", "just", "then", "still", "already", "again", "later", "first", "even",
                   "only", "further", "once", "jointly", "previously", "swiftly"}
# Words after a verb that are no object of it ("cut in June", not "cut rates").
NOT_OBJECT = {"in", "on", "at", "by", "for", "to", "from", "during", "after", "before", "since",
              "until", "till", "with", "of", "as", "and", "or", "but", "into", "over", "through",
              "than", "when", "while", "because", "if", "that", "which", "who", "last", "this",
              "next", "earlier", "later", "again", "back"}

# -- auxiliaries and modals ----------------------------------------------------------
# Auxiliaries, modals and "to": a base form after them is no past tense, the
# auxiliary decides ("will cut", "to cut", "was cut").
AUXILIARIES = {"will", "'ll", "would", "'d", "shall", "should", "can", "could", "may", "might",
               "must", "to", "do", "does", "did", "don't", "doesn't", "didn't", "won't", "wouldn't",
               "can't", "cannot", "couldn't", "shouldn't", "be", "is", "are", "am", "was", "were",
               "been", "being", "'s", "'re", "'m", "let", "make", "makes", "help", "helps", "not",
               "never", "gonna"}
# Perfect auxiliaries: "has cut" is a past event.
PERFECT_AUXILIARIES = {"has", "have", "had", "'ve", "hasn't", "haven't", "hadn't"}
# Modals and "to": a past-looking form right after them is a base form ("will ground the jets").
MODALS = {"will", "'ll", "would", "'d", "shall", "should", "can", "could", "may", "might", "must",
          "to", "do", "does", "did", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't",
          "cannot", "couldn't", "shouldn't"}
# Adverbs that may stand between a modal and its verb ("will not find", "could also ground").
ADVERBS_AFTER_MODAL = {"not", "also", "then", "still", "even", "only", "just", "never", "again", "first"}
# Forms of "be" before a participle: "will be held" looks forward.
BE_BEFORE_PARTICIPLE = {"be", "being"}
# Present forms before a participle: "is held" is a present passive or an adjective.
PRESENT_BEFORE_PARTICIPLE = {"is", "are", "am", "'s", "'re", "get", "gets", "stay", "stays", "remain",
                             "remains", "become", "becomes", "seem", "seems", "keep", "keeps"}

# -- verbs of saying: three tables, three jobs -----------------------------------------
# Each smaller table is a subset of the next (DAY_NEWS_SAYING_VERBS <=
# REPORTING_VERBS <= SPEAKER_VERBS), but each is tuned to its own rule, so
# they stay apart:
# - SPEAKER_VERBS (timeline.events): any verb introducing reported speech, in
#   all its forms; its subject is the event's speaker, a date next to it dates
#   the saying, and a trailing ", X said on Monday" is a reporting frame.
# - REPORTING_VERBS (timeline.dates.tense): verbs that report speech; they
#   govern a date only when right next to it ("said Friday"), otherwise the
#   date belongs to the reported clause (rules `reporting_verb`,
#   `distant_reporting_verb`, `distant_report_after`).
# - DAY_NEWS_SAYING_VERBS (timeline.events.lede): verbs of saying in the
#   simple past that make an undated sentence the day's news ("Shell said its
#   volumes were lower").
SPEAKER_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes",
    "reported", "reports", "announced", "announces", "confirmed", "confirms",
    "acknowledged", "acknowledges", "declared", "declares", "stated", "states",
    "warned", "warns", "claimed", "claims", "revealed", "reveals", "denied",
    "denies", "insisted", "insists", "argued", "argues", "wrote", "writes",
    "tweeted", "explained", "explains", "emphasized", "emphasised", "stressed",
    "predicted", "predict", "predicts", "suggested", "suggests", "believes",
    "believed", "expects", "expected", "estimated", "estimates", "maintained",
    "maintains", "recalled", "disclosed", "indicated", "indicates", "admitted",
    "agreed", "replied", "asked", "according",
    # Statements about the future are still made on a day: "forecast on Thursday".
    "forecast", "forecasts", "projected", "projects", "pledged", "pledges",
    "promised", "promises", "vowed", "vows", "unveiled", "unveils", "outlined",
)
REPORTING_VERBS = {"said", "says", "say", "told", "tells", "added", "adds", "according",
                   "announced", "reported", "stated", "wrote", "explained", "noted",
                   "confirmed", "claimed", "insisted", "argued", "warned", "revealed"}
DAY_NEWS_SAYING_VERBS = ("said", "told", "added", "warned", "noted", "confirmed", "announced", "reported")
# Verbs of a saying that goes on with what the same speaker was saying ("He
# said the readings could signal ...", "She added ..."), not one that tells
# something new ("He announced ...", "He also said ...": another item).
CONTINUING_SAYING_VERBS = ("said", "says", "told", "tells", "added", "adds", "noted", "notes", "warned", "warns",
                           "cautioned", "explained", "stressed", "insisted", "argued")
# The same sayings in the present, as radio and wire copy tells today's
# statements ("The company says it will close twelve factories", "Toyota
# says the problem is rare"): the day's news of a named subject as much as
# "said" (`events.statement`, form "present").
DAY_NEWS_PRESENT_SAYING_VERBS = ("says", "tells", "adds", "warns", "notes", "confirms", "announces", "reports")
# What a product is and does, told in the present as of the story ("iPhone 4
# has a new stainless steel frame", "It comes in two colors"): a product's
# description is an event of the publication day (`events.lede.day_news`).
# Only verbs of its make-up and offer: "It is the best phone yet" is a judgement.
PRODUCT_STATE_VERBS = ("has", "comes", "features", "includes", "offers", "weighs", "measures", "runs", "supports",
                       "costs", "sports")
# ... after a plural subject of people ("G.M. officials say ...", `statement.main_statement`).
DAY_NEWS_PRESENT_SAYING_VERBS_PLURAL = ("say", "tell", "add", "warn", "note", "confirm", "announce", "report")
# A saying told in the passive ("Sergei Ryabkov ... was quoted as telling the
# Interfax news agency"): the day's news as much as "said".
DAY_NEWS_PASSIVE_SAYING = ("quoted as saying", "quoted as telling", "quoted as stating", "cited as saying",
                           "reported as saying", "heard saying", "heard telling")
# Sayings whose present perfect is a standing position, not the day's news
# ("Trump has said he would ...", "Shell has argued that ...").
STANDING_SAYING_VERBS = ("said", "told", "argued", "insisted", "claimed", "maintained", "stated", "suggested",
                         "warned", "repeatedly", "long", "always", "never", "not", "yet", "often")
# Irregular past participles after "has"/"have" ("has spoken", "have met"):
# the present perfect of the day's news ("Putin has congratulated Trump").
IRREGULAR_PARTICIPLES = (
    "met", "won", "lost", "sent", "held", "made", "told", "said", "left", "spoken", "written", "taken",
    "given", "seen", "done", "gone", "chosen", "known", "shown", "drawn", "begun", "brought", "bought",
    "sold", "paid", "found", "led", "fled", "struck", "sought", "thrown", "withdrawn", "come", "become",
    "put", "set", "cut", "hit", "quit", "shut", "spent", "built", "kept", "taught", "caught", "fought",
    "agreed", "grown", "risen", "fallen", "flown", "broken", "overtaken", "undergone", "upheld",
)
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
# Words right after a scheduling verb that make it report a clause ("reports that ...").
REPORTED_CLAUSE_START = {"that", "it", "he", "she", "they"}
# Words between a scheduling verb and its date that make it report ("reports on Thursday that").
REPORT_MARKERS = {"that", "said", "says"}
# Verb forms that are also nouns ("its annual revenue forecast on Thursday").
VERBS_ALSO_NOUNS = {"forecast", "forecasts", "estimates", "projects", "reports", "claims", "notes", "states"}

# -- noun phrases, clauses and prepositions ------------------------------------------
# Words that open a noun phrase before such a noun ("the forecast", "its sales forecast").
NOUN_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
                    "these", "those", "whose", "new", "latest", "annual", "earnings", "revenue", "profit", "sales"}
# Words that may stand between a determiner and such a noun ("its full year guidance forecast").
NOUN_MODIFIERS = {"full", "year", "quarterly", "monthly", "weekly", "official", "updated", "revised",
                  "previous", "prior", "initial", "preliminary", "final", "current", "guidance", "outlook",
                  "growth", "price", "inflation", "weather", "budget", "economic", "delivery", "deliveries",
                  "production", "output", "demand", "income", "margin", "spending", "cost", "costs"}
# Words that open a noun phrase ("the", "another", "every").
NOUN_PHRASE_START = NOUN_DETERMINERS - {"earnings", "revenue", "profit", "sales", "new", "latest", "annual"} | {
    "another", "each", "every", "no", "some", "any", "both", "all"}
# Words that introduce a subordinate clause.
CLAUSE_OPENERS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because"}
# Words that start a clause, so a noun after them may be its subject.
CLAUSE_START = CLAUSE_OPENERS | {"after", "before", "as", "since", "and", "but", "though",
                                 "although", "so", "once", "until", "then", "meanwhile"}
# Words right before a date that tie it to the verb further left ("said on Thursday").
# Words in "-ing" that open a phrase but are no present participle of an
# event: prepositions ("during Thursday's session", "following Monday's
# vote", "starting Monday") and nouns of the day ("morning").
NOT_ING_PARTICIPLES = {"during", "following", "including", "excluding", "according", "regarding", "concerning",
                       "pending", "notwithstanding", "starting", "beginning", "ending", "morning", "evening",
                       "nothing", "something", "anything", "everything", "spring", "string", "king", "thing"}
# Prepositions opening the place of a telling ("told reporters at the White House Wednesday").
PLACE_PREPOSITIONS = {"at", "in", "outside", "inside", "aboard"}
DATE_PREPOSITIONS = {"on", "in", "at", "during", "late", "early", "earlier", "last", "this", "via",
                     "overnight", "from", "after", "before", "through"}
# Words after "to" that are no bare infinitive ("to the", "to court", "to him").
NOT_BASE_VERBS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                  "these", "those", "be", "date", "power", "office", "court", "prison", "jail", "work",
                  "school", "hospital", "church", "bed", "market", "death", "life", "war", "him", "them",
                  "us", "me", "it", "you", "what", "which", "where", "whom", "some", "all", "any", "each",
                  "every", "no", "one", "two", "three", "about", "around", "nearly", "more", "less",
                  "in", "on", "at", "for", "from", "with", "by", "of", "into", "over", "under", "after",
                  "before", "during", "since", "until", "and", "or", "but", "as", "than", "then", "there",
                  "here", "now", "today", "go", "come"}
# Words that cannot be the subject of a verb.
NOT_SUBJECT = NOT_BASE_VERBS | NOUN_PHRASE_START | DATE_PREPOSITIONS | {"to", "than", "per", "via", "like"}
