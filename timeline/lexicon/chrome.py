"""Site chrome: text that scraped news pages carry around the article proper.

None of it is article prose, so none of it yields dates or events. Every
pattern has a NAME, the reason `--explain` gives for a line it drops
(`timeline.chrome` compiles and applies these tables).

Matching is case-insensitive and done on a line with its Markdown markup
(#, **, links, <u>) removed. Keep entries general to English news sites.
Regular expressions keep every repetition bounded ({0,60}, not .*) so a 5 MB
line is still scanned in linear time.
"""

from timeline.lexicon.people import IRREGULAR_PAST_VERBS
from timeline.lexicon.verbs import PAST_AS_BASE, PAST_CUES

# A line that is exactly one of these (trailing punctuation ignored), by name.
CHROME_LINES = {
    "sharing button": (
        "share", "share this article", "share on facebook", "share on twitter", "tweet", "email",
        "print", "copy link", "link copied", "save", "save article", "gift this article",
        "give this article", "share full article", "reuse this content", "resize",
    ),
    "advertisement": (
        "advertisement", "sponsored", "skip advertisement", "advertisement - scroll to continue",
        "story continues below advertisement", "article continues below", "ad feedback",
        "supported by", "enjoying ad-free content",
    ),
    "page navigation": (
        "×", "x", "close", "menu", "skip to content", "skip to main content", "read more",
        "read more below", "show more", "load more", "see more", "listen to this article", "listen",
        "follow", "key events", "show key events only", "live", "watch live", "watch now",
        "leer en español", "read in english", "read in russian", "view in english", "published",
        "for immediate release", "—", "–",
    ),
    "donation appeal": (
        "support us", "donate", "donate now", "once", "monthly", "annual", "annually", "yearly",
        "one-time", "continue", "remind me later", "maybe later", "not now", "payment methods",
        "paiment methods", "not ready to support today", "dear readers", "dear reader",
    ),
    "sign-in prompt": (
        "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "thank you for registering",
    ),
    "comment prompt": ("comments", "view comments", "join our commenting forum", "leave a comment", "leave a reply"),
    "related-links heading": (
        "most read", "most popular", "trending", "related", "related articles", "related stories",
        "more on this story", "you may also like", "recommended", "related topics", "more on this topic",
        "explore more on these topics",
    ),
    "photo caption label": ("image source", "image caption", "getty images", "media caption"),
    "cookie banner": ("accept all cookies", "accept cookies", "reject all", "manage preferences", "cookie settings"),
}

# A word that is no past verb, no verb of saying and no modal (for captions told in the present,
# below); an "-ed" word after an article is an adjective ("a flooded street"). The choice is atomic
# and the word possessive, so a line is split into words in one way only (no backtracking blow-up).
_NOT_PRESENT = sorted(
    {w for w in PAST_CUES if w.isalpha()} | IRREGULAR_PAST_VERBS | PAST_AS_BASE
    | {"said", "says", "say", "told", "tells", "will", "would", "could", "should", "might", "must", "shall"},
    key=len, reverse=True)
_PRESENT_TOKEN = (r"(?>(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s)|(?!(?:[\w'’-]*ed|" + "|".join(_NOT_PRESENT) + r")\b))[^\s,]++")
# "for Saturday, March 31, 2007": a weekday before the date is part of it, not a caption's place.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,"
# "Aug. 29, 2019", "September 2, 2019": a day with its month and year, as US captions write it.
_US_DATE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d{1,2},[ \t](?:19|20)\d\d"

# A line matching one of these (whole line, case-insensitive) is chrome.
CHROME_LINE_PATTERNS = (
    ("reading time", r"\d{1,3} ?min(?:ute)?s? read"),
    ("comment count", r"(?:(?:read|view|see|show)(?: all)? )?\d[\d,]{0,8} comments?"),
    ("comment or share count", r"(?:comments?|share)\s?\(?\d{1,6}\)?"),
    ("time ago", r"(?:(?:updated|posted|published) )?\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago"),
    ("video length", r"\(\d{1,3} ?min(?:ute)?s?\)"),
    # a time alone: a live blog's entry stamp ("13.30 BST", "2:05 p.m. ET")
    ("live-blog time stamp", r"\d{1,2}[:.]\d\d\s?(?:am|pm|a\.m\.|p\.m\.)?\s?(?:gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt)?"),
    # breadcrumbs and section labels: "Home > News > Air Transport", "BUSINESS | AEROSPACE & DEFENSE"
    ("breadcrumb", r"[\w&'’ -]{1,40}(?:\s?[|>›»]\s?[\w&'’ -]{1,40}){1,6}"),
    # blog navigation: "« Previous post | Next post »"
    ("blog navigation", r"[«‹<\s]{0,3}(?:previous|next|older|newer) (?:post|article|story|entry)(?:\s?[|·•]\s?(?:previous|next|older|newer) (?:post|article|story|entry))?[»›>\s]{0,3}"),
    # wire-copy update notes: "(Adds analyst comment in paragraph 4)"
    ("wire update note", r"\((?:adds|updates|recasts|changes|corrects|refiles|fixes|rewrites|releads|writes through|repeats)\b[^()]{0,200}\)"),
    # agency slugs closing a wire story: "pmr/gil/rl"
    ("agency slug", r"[a-z]{2,4}(?:/[a-z]{2,4}){1,5}"),
    # copyright lines: "©2024 Bloomberg L.P.", "Copyright 2024 The Associated Press"
    ("copyright line", r"(?:copyright\s?)?(?:©|\(c\)\s?(?:19|20)\d\d\b).{0,160}"),
    ("copyright line", r"copyright\s?\d{4}\b.{0,160}"),
    ("most-read heading", r"most (?:read|popular|viewed|shared) (?:from|on|in|at) .{1,40}"),
    # contact details alone on a line: an e-mail address, a phone number
    ("e-mail address", r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"),
    ("phone number", r"(?:(?:tel|phone|mobile|t)\s?[:.]?\s?|\+)[\d() .-]{7,20}"),
    ("gallery counter", r"(?:image|photo|video) \d{1,3} (?:of|/) \d{1,3}"),
    ("photo caption label", r"(?:image|media|video) (?:caption|source)\s*[,:].{0,300}"),
    ("caption with photo credit", r".{0,400}[.!?]\s+(?:photograph|photo|image|picture|illustration|video)\s*:\s*[^.!?]{1,80}"),
    # "FILE - In this Oct. 29 photo ...", "This Dec. 2, 2020 file photo shows ...": a file picture's caption
    ("file-photo caption", r"file(?: photo| picture| image)?\s?[-–—:]\s?.{1,290}"),
    ("file-photo caption", r"(?:in )?(?:this|a|an|the) (?:[\w.,'’-]{1,20} ){0,6}file (?:photo|picture|image|handout|photograph)\b.{0,290}"),
    # "National Incident Commander Thad Allen (file photo)": a file picture's caption closing on its label
    ("file-photo caption", r".{3,290}\((?:file|archive)(?: photo| picture| image| photograph)?\)"),
    # "Screen Shot 2018-10-29 at 13.51.38", "A screenshot of the flight's track"
    ("screenshot caption", r"(?:in )?(?:a |an |this |the )?screen ?(?:shot|grab|capture)s?\b.{0,290}"),
    # a caption closing on its credit without a full stop: "... near Copiapo, Chile Photo: AP"
    ("caption with photo credit", r".{10,400}\s(?:photograph|photo|image|picture|video)\s?:\s?(?-i:[A-Z][\w.'’&/-]*(?:\s[A-Z][\w.'’&/-]*){0,4})"),
    # "Tug boats pull a tank ... near the coast of Louisiana, 21 May 2010", "... Fukushima prefecture,
    # Japan, March 16, 2011": a wire photo's caption closes on the day it was taken after a comma, with
    # no full stop, the day written either way; a sentence ends with one, a dateline is a place and a
    # date alone, a byline opens with "By"
    ("dated photo caption", r"(?!by\s)(?!.*[.!?]\s*$)(?:[^\s,]+[ \t,]+){5,60}?[^\s,]+,[ \t]?(?:\d{1,2}[ \t](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?[ \t](?:19|20)\d\d|"
     + _US_DATE + ")"),
    # "Shoppers wait in long lines at Costco, Aug. 29, 2019, in Davie, Fla., as they stock up ...",
    # "Strong winds ... blow the tops of trees ... in Freeport, Grand Bahama, Bahamas, Sept. 2, 2019.":
    # an agency photo's caption tells in the present what it shows, with the day it was taken, year and
    # all, and the place; news prose tells the day's news in the past and names the day without its year.
    # So: no past verb before a full date that closes the line after a comma, or that a place follows.
    ("dated photo caption", r"(?!by\s)(?:" + _PRESENT_TOKEN + r",?[ \t]+){4,60}?(?!" + _WEEKDAY + r")" + _PRESENT_TOKEN
     + r",[ \t]" + _US_DATE + r"\.?"),
    ("dated photo caption", r"(?!by\s)(?:" + _PRESENT_TOKEN + r",?[ \t]+){3,60}?(?:on[ \t]|[^\s,]+,[ \t])" + _US_DATE
     + r",[ \t]in[ \t](?-i:[A-Z]).{0,250}"),
    # "... on Monday, Oct. 29, 2018. (AP Photo/Achmad Ibrahim)", "... Oct. 29, 2018. REUTERS/Willy Kurniawan":
    # a caption closing on its agency's photographer credit
    ("caption with photo credit", r".{10,600}\((?:AP|AFP|EPA|Reuters|Xinhua|UPI|Getty Images)(?: Photo)?/[^()]{1,80}\)"),
    ("caption with photo credit", r".{10,600}[.!?]\s+(?-i:REUTERS|AFP|EPA|ANTARA FOTO|XINHUA)/(?-i:[A-Z])[^/]{1,60}(?:/(?:file photo|pool))?"),
    # "Credit...Adek Berry/Agence France-Presse — Getty Images": a picture's credit
    ("photo credit", r"credit\s?(?:\.\.\.|…)\s?.{1,160}"),
    # "USAID deployed a search and rescue team ... in hard-hit areas. (© Fairfax County Fire and Rescue)":
    # a paragraph closing on a copyright credit in brackets is a picture's caption
    ("caption with photo credit", r".{10,600}(?:\((?:©|copyright\b)[^()]{1,100}\)|\(c\)[^()\n]{1,100})"),
    # "The aircraft, pictured in Moses Lake, Washington in September": in news only captions say "pictured"
    ("pictured caption", r".{0,250}\bpictured\b.{0,250}"),
)

# A paragraph of any length that opens or closes on a picture's credit is
# that picture's caption (`chrome.lines.chrome_pattern`): "Photo By Roland
# Balik | Members of ... board a C-17 ..." (DVIDS), "... the worst earthquake
# to hit the region in almost a century. (U.S. Air Force photo by Roland
# Balik)", "... (NASA photo)", "... in their time of need. / Graham Higgins,
# USAID": a credit names who took it; "(with video)",
# "(photo)" name nobody. A file photo's label in brackets is its own pattern
# ("file-photo caption").
CAPTION_CREDIT_OPENING = r"(?:photo|image|video|photograph) by [^|\n]{1,80}\|"
_CREDIT_NAME = r"(?-i:[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})"
CAPTION_CREDIT_CLOSING = (r"\((?![^()]*\b(?:file|archive)\b)(?:[^()]{0,60}\b(?:photo|photograph|image|video) by [^()]{1,80}"
                          r"|(?-i:[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})\s(?:photo|photograph|image|video))\)\s*$"
                          # "... in their time of need. / Graham Higgins, USAID": a slash and a name after the last sentence
                          rf"|[.!?][\"”’]?\s/\s?{_CREDIT_NAME}(?:,\s?{_CREDIT_NAME})?\s*$")

# A line that starts with one of these labels and a colon is chrome (the label
# and what follows it): link lists, photo credits, "Original url" footers.
CHROME_LABELS = {
    "link label": ("original url", "original article", "source url", "url", "link", "canonical"),
    "photo label": (
        "featured photo", "featured image", "photo", "photograph", "photo credit", "image", "image credit",
        "image source", "credit", "caption", "illustration", "video", "watch", "listen",
    ),
    "related-link label": (
        "related article", "related", "our standards", "more from", "recommended", "most read", "read more",
        "read also", "also read", "see also", "more",
    ),
    "tag label": ("tags", "topics", "filed under"),
    "advertisement label": ("advertisement",),
    "press contact label": (
        "media contact", "media contacts", "press contact", "press contacts", "media inquiries", "media enquiries",
    ),
}

# Photo agencies: a line that is one of them ("Getty Images", "AP / TASS"),
# or a caption ending in one in brackets ("... at the Kremlin (Reuters)"),
# is a photo credit.
PHOTO_AGENCIES = (
    "Getty Images", "Getty", "AFP", "Reuters", "AP", "Associated Press", "EPA", "EPA-EFE",
    "TASS", "PA", "PA Media", "PA Wire", "Shutterstock", "Alamy", "Bloomberg", "Sputnik", "Kremlin.ru",
    "ANP", "DPA", "Xinhua", "Anadolu", "Zuma", "ZUMA Press", "Rex Features", "SIPA", "Pool", "UPI",
    "NurPhoto", "SOPA Images", "Wikimedia Commons", "Flickr", "Unsplash", "CNN", "BBC", "BBC News",
)

# A line starting with one of these is a photo or reporting credit.
CREDIT_PREFIXES = (
    "photo by", "photos by", "photograph by", "image by", "picture by", "illustration by",
    "photo courtesy", "photograph courtesy", "image courtesy", "picture courtesy", "video courtesy",
    "photo courtesy of", "image courtesy of", "courtesy of", "reporting by", "additional reporting by",
    "writing by", "editing by", "edited by", "compiled by",
)

# A phrase anywhere in a short paragraph (under PHRASE_MAX_CHARS) makes the
# paragraph chrome: donation and ad appeals, newsletter and comment prompts.
PHRASE_MAX_CHARS = 700
CHROME_PHRASES = (
    ("ad-free prompt", r"ad-free"),
    ("ad-blocker prompt", r"disabled (?:all )?ads"),
    ("ad-blocker prompt", r"ad[- ]blocker"),
    ("donation appeal", r"your support (?:can|is|helps|will|makes|matters|means|, no matter)"),
    ("donation appeal", r"support (?:us|our (?:journalism|work|reporting|newsroom)) (?:today|monthly|from|with|now|by)"),
    ("donation appeal", r"please (?:consider )?(?:support|donat|contribut|subscrib)"),
    ("donation appeal", r"consider (?:donating|supporting|subscribing|a contribution)"),
    ("donation appeal", r"we need your help"),
    ("donation appeal", r"make a (?:donation|contribution)"),
    ("donation appeal", r"every contribution"),
    ("donation appeal", r"become a (?:member|subscriber|supporter|patron)"),
    ("newsletter prompt", r"subscrib(?:e|ing) to (?:the |our )?.{0,60}newsletter"),
    ("newsletter prompt", r"sign up (?:for|to) .{0,60}(?:newsletter|emails?|alerts?)"),
    ("newsletter prompt", r"our (?:free |daily |weekly |morning |evening ){0,2}newsletter"),
    ("newsletter prompt", r"(?:get|receive) (?:our|the) .{0,40}newsletter"),
    ("comment prompt", r"join (?:our|the) comment"),
    ("comment prompt", r"join thought-provoking conversations"),
    ("sign-in prompt", r"please refresh (?:the page|your browser)"),
    ("sign-in prompt", r"to be (?:automatically )?logged in"),
    ("sign-in prompt", r"thank you for registering"),
    ("sign-in prompt", r"already (?:a subscriber|registered|have an account)"),
    ("link to other coverage", r"read our (?:full |latest )?(?:analysis|coverage|story|report|explainer|live blog)"),
    ("link to other coverage", r"click here to"),
    ("social media prompt", r"follow us on"),
    ("copyright notice", r"all rights reserved"),
    ("republication note", r"this (?:article|story) (?:was |has been )?(?:originally |first )?(?:published|appeared)"),
    ("cookie notice", r"we use cookies"),
    ("cookie notice", r"use of cookies"),
    ("newsletter prompt", r"(?:straight |directly )?to your inbox"),
    ("article age warning", r"this article is more than \d{1,3} (?:days?|weeks?|months?|years?) old"),
    ("tip line", r"have a (?:confidential )?(?:news )?tip"),
    ("newsletter prompt", r"sign up here"),
    ("contributor note", r"contributed (?:reporting )?to this (?:report|story|article)"),
    ("javascript notice", r"(?:turn on|enable) javascript"),
    ("republication note", r"appears? in print on"),
    # "This item was included in the audio release of ...": another format of the same story
    ("republication note", r"this (?:item|story|article|report) (?:was |is |has been )?(?:included|available|featured) in (?:the|our|an?) (?:audio|video|podcast|radio|print)"),
    ("republication note", r"appeared in the .{0,40}print edition"),
    ("reporter contact", r"write to [^.]{1,60} at [\w.+-]{1,64}@"),
    ("reporter contact", r"contact the (?:author|reporter|writer)s? at"),
    ("sign-in prompt", r"register (?:now )?for (?:free|free,|unlimited)"),
    ("sign-in prompt", r"create (?:a|your) free account"),
    # "This article was amended on 30 October 2018 to correct ...": a note on the page, not news
    ("correction note", r"this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected|updated|changed) (?:on|to|since|at)"),
    ("embedded media", r"media playback is (?:unsupported|not supported)"),
    ("embedded media", r"this (?:video|content|media) (?:can ?not|is not available|is unavailable|could not)"),
    ("embedded media", r"your browser does not support"),
    ("embedded media", r"view this post on (?:instagram|facebook|x|twitter|tiktok)"),
    ("embedded media", r"a post shared by"),
    ("embedded media", r"click to (?:play|watch|expand|enlarge)"),
    ("embedded media", r"embedded (?:video|content|tweet|post|media)"),
)

# A paragraph matching one of these (whole) starts a block (typically the
# donation box at the end of a page); the block runs to the last paragraph in
# BLOCK_END within BLOCK_MAX_PARAGRAPHS or, failing that, to the end of the
# article if it is near, else it is only that paragraph.
BLOCK_STARTS = (
    ("appeal block", r"a message from .{1,60}"),
    ("appeal block", r"dear readers?"),
    ("appeal block", r"before you go"),
    ("appeal block", r"a note to our readers"),
    # a press release's closing boilerplate: "About Northwind Cargo" (a name, not "About the deal")
    ("boilerplate block", r"about (?!us\b|me\b|our\b|this\b)(?-i:[A-Z][\w&.'’-]{0,30}(?:\s[A-Z][\w&.'’-]{0,30}){0,5})"),
    ("boilerplate block", r"forward-looking statements"),
)
BLOCK_ENDS = ("remind me later", "maybe later", "not now", "continue", "read more")
BLOCK_MAX_PARAGRAPHS = 40

# Headings that introduce a list of references, topic tags or other stories'
# headlines, not prose: the list items and headline-like lines without closing
# punctuation ("Ukraine", "Council approves new town centre car park") that
# follow them are chrome, up to the first paragraph that is neither.
REFERENCE_HEADINGS = (
    "engagement resources", "resources", "references", "sources", "further reading", "related links",
    "related reading", "external links", "see also", "notes", "more reading", "related topics",
    "more on this topic", "explore more on these topics", "topics", "tags", "most popular", "most read",
    "most viewed", "related stories", "related articles", "related content", "more stories", "top stories",
    "latest news", "read next", "you may also like", "more on this story", "recommended", "trending",
)

# Words that are never the last word of an English sentence; a paragraph
# ending with one of them continues in the next paragraph (a scraper broke it).
DANGLING_WORDS = frozenset(
    """a an the of on in to for with by at from into onto about and or but nor that
    which who whom whose have has had is are was were be been being will would could should can may
    might must shall as than its their his her our your my not no very such these those this both either
    neither between among over under after before during since until while if because although though""".split()
)

# --- used by the metadata stage (site facts, not chrome; kept here from chrome.yaml) ---

# Hosts of news publishers, for naming the publisher of an article from its
# URL. A host matches itself and its subdomains.
PUBLISHERS = {
    "themoscowtimes.com": "The Moscow Times",
    "independent.co.uk": "The Independent",
    "reuters.com": "Reuters",
    "nytimes.com": "The New York Times",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "washingtonpost.com": "The Washington Post",
    "apnews.com": "Associated Press",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "npr.org": "NPR",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "bloomberg.com": "Bloomberg",
    "economist.com": "The Economist",
    "telegraph.co.uk": "The Telegraph",
    "thetimes.co.uk": "The Times",
    "dailymail.co.uk": "Daily Mail",
    "latimes.com": "Los Angeles Times",
    "usatoday.com": "USA Today",
    "axios.com": "Axios",
    "thehill.com": "The Hill",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "Deutsche Welle",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "rferl.org": "Radio Free Europe/Radio Liberty",
    "meduza.io": "Meduza",
    "novayagazeta.eu": "Novaya Gazeta Europe",
    "kyivindependent.com": "The Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "themoscowtimes.ru": "The Moscow Times",
    "tass.com": "TASS",
    "rt.com": "RT",
    "theatlantic.com": "The Atlantic",
    "newyorker.com": "The New Yorker",
    "time.com": "Time",
    "newsweek.com": "Newsweek",
    "vox.com": "Vox",
    "vanityfair.com": "Vanity Fair",
    "motherjones.com": "Mother Jones",
    "theintercept.com": "The Intercept",
    "businessinsider.com": "Business Insider",
    "cnbc.com": "CNBC",
    "msnbc.com": "MSNBC",
    "americanprogress.org": "Center for American Progress",
    "foreignpolicy.com": "Foreign Policy",
    "foreignaffairs.com": "Foreign Affairs",
    "usresistnews.org": "U.S. Resist News",
}

# A line naming a reporter's role ("Business reporter, BBC News", "Lecturer in
# Air Transport Management") is chrome, and the name line above it, or the name
# before it on the same line ("Tom Ashby, Lecturer in ..."), is the author.
AUTHOR_ROLES = (
    "reporter", "correspondent", "editor", "writer", "columnist", "contributor",
    "lecturer", "professor", "analyst", "producer", "journalist", "presenter",
)

# The credit of a wire dateline ("LONDON, March 4 (Reuters) -",
# "(Bloomberg) --") names the publisher of a copy without a known URL.
WIRE_CREDITS = {
    "Reuters": "Reuters", "AP": "Associated Press", "Associated Press": "Associated Press", "AFP": "AFP",
    "Bloomberg": "Bloomberg", "dpa": "dpa", "UPI": "UPI", "PA": "PA Media", "CNN": "CNN", "Xinhua": "Xinhua",
    "Kyodo": "Kyodo News", "Yonhap": "Yonhap", "Interfax": "Interfax", "TASS": "TASS",
}

# Wire-desk tags in front of a headline ("UPDATE 1-", "EXCLUSIVE-"): not part
# of the title. Case-sensitive: desks write them in capitals.
TITLE_PREFIXES = (
    r"UPDATE \d{1,2}\s?-",
    r"(?:EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER|COLUMN|BREAKINGVIEWS|CORRECTED|REFILE|RPT|WRAPUP \d{1,2}|BREAKING)\s?[-:]",
)

# A numeric date whose day and month are both 12 or under (04/03/2024) is read
# day first on a site under one of these country domains or beside one of
# these zones, month first beside a US zone; otherwise by another numeric date
# of the page that shows the order (15/03/2024); else it is left undated.
# (chrome.yaml listed "no", which YAML read as the boolean false, so Norway's
# .no was never day-first: "false" keeps that behaviour until it is fixed on purpose.)
DAY_FIRST_DOMAINS = frozenset(
    """uk ie au nz in za sg my hk pk ng ke eu fr de es it nl be pt pl se dk false fi at ch br ar mx ru ua tr
    il ae""".split()
)
DAY_FIRST_ZONES = frozenset("gmt bst cet cest eet eest ist aest aedt sast msk".split())
MONTH_FIRST_ZONES = frozenset("est edt cst cdt mst mdt pst pdt et ct mt pt akst hst".split())

# A footer line giving the date the article was first published, when its head
# gives none ("This article was first published on 12 March 2024").
FOOTER_DATE_PHRASES = (
    r"(?:this|the) (?:article|story|piece|post|report|column) (?:was|is|has been) (?:originally |first )?(?:published|posted)",
    r"(?:first|originally) published (?:on|in)",
)
