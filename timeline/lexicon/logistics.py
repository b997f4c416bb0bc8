"""Sentences that tell how to follow the news, not news (data only).

`timeline.events.filters.logistics` searches each pattern in a sentence;
a sentence matching one makes no event and is no lede. A new kind is one
(name, pattern) line here.
"""

from __future__ import annotations

# A sentence of a press advisory telling the press how to attend or follow
# an event, not what happened (`events.filters.logistics`): each (name,
# pattern) is searched in the sentence, case-insensitively.
LOGISTICS_SENTENCES = (
    # contact details inside a sentence: "by calling 281-483-5111", "e-mail press@agency.gov"
    ("contact details", r"(?<!\d)(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}(?!\d)|[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,6}\b"),
    # the press told what to do: "Reporters interested in ... must contact", "Media wishing to attend should register"
    ("instructions to the press", r"\b(?:journalists|reporters|(?:news )?media(?: representatives| members)?|members of the (?:news )?(?:media|press)|correspondents|photographers|camera crews)\b"
     r"[^.;]{0,80}?\b(?:must|should|need to|are (?:asked|required|requested|invited|encouraged|reminded) to)\s+(?:first\s+)?"
     r"(?:contact|call|register|apply|submit|rsvp|e-?mail|request|arrive|sign up|present|obtain|bring|confirm|check in)\b"),
    ("press accreditation", r"\b(?:media|press|news) (?:accreditation|credentials?|badges?)\b|\baccreditation (?:requests?|deadline|applications?)\b"),
    # a channel as the subject: "NASA Television will broadcast the landing live", "Coverage will begin at 5 a.m."
    ("broadcast notice", r"^(?:[\w.'’-]+\s){0,3}(?:television|tv|webcast|website|web site|live ?stream|channel|radio)\s+(?:will\s+|also\s+will\s+)?"
     r"(?:broadcast|air|carry|stream|provide (?:live )?coverage|offer (?:live )?coverage)\b"
     r"|^(?:live\s+)?(?:television\s+|tv\s+)?coverage\b[^.;]{0,80}\bwill (?:begin|start|air|be (?:available|broadcast|carried|streamed))\b"),
    # what a picture on the page shows: "Pictures from just after Wednesday's quake show distressed ... survivors"
    ("picture description", r"^(?:these |the |new )?(?:pictures|photos|photographs|images)\b[^.;]{0,80}?\bshow\b"),
    # a transcript's sound-bite time code: "(:21) NASA's input into the rescue effort ..."
    ("sound-bite time code", r"^\((?:\d{1,2})?:\d\d\)"),
    # a broadcast script's hand-off to its reporter: "VOA's Laurel Bowman has this report."
    ("broadcast hand-off", r"^[^.;]{1,60}\b(?:has|have|files|filed|sends) (?:this|that|the following|more in this) (?:report|story)\b"),
    # a broadcast's sign-on: the programme, perhaps after its presenter ("This is IN THE NEWS in VOA
    # Special English.", "I'm Steve Ember with the VOA Special English ECONOMICS REPORT.")
    ("broadcast sign-on", r"^(?:(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}):\s*)?(?:this is|i['’]m|i am)\s+"
     r"(?:(?-i:[A-Z][\w.'’-]+)(?:\s(?-i:[A-Z][\w.'’-]+)){0,2}\s+with\s+)?(?:the\s+)?(?-i:[A-Z][\w.'’&-]*)"
     r"(?:\s+(?:(?-i:[A-Z][\w.'’&-]*)|in|of|on|the|program|programme|report))*+\s*[.!]?$"),
    # a briefing transcript's greeting or thanks, after its speaker's label: "Moderator: Good afternoon to
    # everyone from the Department of State's Dubai Regional Media Hub", "Thank you for joining us",
    # "I would like to welcome our participants dialing in"
    ("transcript formality", r"^(?:(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}):\s*)?(?:(?:i would|i['’]d|we would|we['’]d) like to |let me )?"
     r"(?:good (?:morning|afternoon|evening)|hello|thank you|thanks(?!\s+to\b)|welcome)\b(?!\s+news)"),
)
