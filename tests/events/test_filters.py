"""events.filters: which date mentions can date an event."""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import make, mention, year

from timeline.events.filters import logistics, not_compared, one_per_interval, real_dates, reported_now, usable_mentions
from timeline.model import Mention
from timeline.text.datelines import prose_start


def test_usable_mentions_drop_chrome_unresolved_and_nested():
    art, _ = make(["Airbus delivered jets in March 2016.", "Subscribe for news from 2015."])
    art = type(art)(**{**art.__dict__, "content": ((0, art.text.index("Subscribe")),)})
    whole = mention(art, "March 2016", date(2016, 3, 1), date(2016, 3, 31))
    inner = mention(art, "2016", **year(2016))
    chrome = mention(art, "2015", **year(2015))
    unresolved = Mention(0, 6, "Airbus", "XXXX")
    assert usable_mentions(art, [inner, chrome, unresolved, whole]) == [whole]


def test_a_span_looking_forward_from_publication_is_a_plans_horizon():
    art, _ = make(["It will buy back shares over the next twelve months."])
    horizon = Mention(art.text.index("the next"), art.text.index(" months") + 7, "the next twelve months", "P12M",
                      type="DURATION", first=date(2016, 11, 10), last=date(2017, 11, 10))
    assert usable_mentions(art, [horizon]) == []


def test_the_events_stage_cuts_a_sentence_at_its_dateline():
    assert prose_start("PARIS, Feb 15 (Reuters) - Airbus said") == len("PARIS, Feb 15 (Reuters) - ")
    assert prose_start("(Bloomberg) -- Shares rose") == len("(Bloomberg) -- ")
    assert prose_start("Airbus said - on the whole - it was fine") == 0


def test_compared_figures_and_what_follows_them_are_dropped():
    art, sents = make(["Its seventh cut since June last year came on Thursday, up from 735 in 2015."])
    sent = sents[0]
    june = mention(art, "June", date(2016, 6, 1), date(2016, 6, 30))
    last_year = mention(art, "last year", **year(2015))
    thursday = mention(art, "on Thursday", date(2016, 11, 10))
    in_2015 = mention(art, "in 2015", **year(2015))
    assert not_compared(art, sent, [june, last_year, thursday, in_2015]) == [thursday]


def test_now_only_without_a_real_date_and_one_mention_per_interval():
    now = Mention(0, 3, "now", "PRESENT_REF", first=date(2016, 11, 10), last=date(2016, 11, 10))
    day = Mention(10, 20, "on Tuesday", "2016-11-08", first=date(2016, 11, 8), last=date(2016, 11, 8))
    again = Mention(30, 40, "that Tuesday", "2016-11-08", first=date(2016, 11, 8), last=date(2016, 11, 8))
    text = "now Apple on Tuesday said it would grow, and that Tuesday it did."
    assert real_dates(text, 0, [now, day]) == [day]
    assert one_per_interval([day, again]) == [day]


def _now_in(text: str, word: str = "now") -> Mention:
    i = text.index(word)
    return Mention(i, i + len(word), word, "PRESENT_REF", first=date(2016, 11, 10), last=date(2016, 11, 10))


# "now" alone (events.filters.real_dates): a state as of writing dates no
# event; the time of a report told before it does. Real sentences of VOA and
# Wikinews (tests/data/stories, semeval-apple).
@pytest.mark.parametrize("sentence, word", [
    ("Until now, contact between the trapped men and their families has been through notes and officials.", "now"),
    ("\"NASA has had a long experience in dealing with isolated environments, in particular currently on the "
     "space station.", "currently"),
    ("That's the best I've got right now,\" he said.", "right now"),
    ("Now, I don't know when that might be.", "Now"),
    ("The iPod nano is now smaller and squarer, adding video playback to its features for the first time.", "now"),
    ("There are currently two models, at 8GB and 16GB of memory capacity.", "currently"),
    # a past verb in a relative clause reports nothing: a state as of writing
    ("The company, which started as a garage shop in Detroit, now employs more than 100,000 people.", "now"),
])
def test_now_of_a_state_dates_nothing(sentence, word):
    now = _now_in(sentence, word)
    assert real_dates(sentence, 0, [now]) == [] and not reported_now(sentence, 0, [now])


@pytest.mark.parametrize("sentence, word", [
    ("Mr. Ban, on a one-day trip to offer support, says, right now, the first priority of the U.N. is to save as "
     "many lives as possible.", "right now"),
    ("After the case closed Apple Computer CEO Steve Jobs extended an invitation to the record label, \" we have "
     "always loved the Beatles, and hopefully we can now work together \".", "now"),
    ("In another move, Jobs announced an updated MacBook Air series of laptops, on sale now.", "now"),
])
def test_now_of_a_report_makes_it_the_days_news(sentence, word):
    # It dates no event itself: the sentence is the day's news (`extract._day_news_kind`).
    now = _now_in(sentence, word)
    assert real_dates(sentence, 0, [now]) == [] and reported_now(sentence, 0, [now])
    day = Mention(0, 5, "today", "2016-11-10", first=date(2016, 11, 10), last=date(2016, 11, 10))
    assert not reported_now(sentence, 0, [now, day])  # beside a real date, "now" gives way to it


# Press logistics (events.filters.logistics): real sentences of a NASA media
# advisory (tests/data/stories/chile-miners-2010) and of VOA.
@pytest.mark.parametrize("sentence, name", [
    ("For journalists not able to attend at a NASA center, a limited number of phone lines are available by "
     "calling 281-483-5111 by 11:45 a.m. on Tuesday.", "contact details"),
    ("U.S. news media planning to attend the briefing in person must contact the Johnson newsroom at "
     "281-483-5111 by 10 a.m. Tuesday.", "contact details"),
    ("Reporters interested in a one-on-one interview must contact the Johnson newsroom by 11:30 a.m. Tuesday.",
     "instructions to the press"),
    ("NASA Television will broadcast the landing live beginning at 7 a.m. EDT.", "broadcast notice"),
    ("VOA's Laurel Bowman has this report.", "broadcast hand-off"),
    ("Pictures from just after Wednesday's quake show distressed but mostly calm, survivors in shelters in the "
     "capital Port au Prince.", "picture description"),
    ("(:21) NASA’s input into the rescue effort for the miners…that input was primarily related to medical aspects.",
     "sound-bite time code"),
    # State Department briefing transcript, 13 August 2020 (public domain)
    ("Moderator: Good afternoon to everyone from the Department of State’s Dubai Regional Media Hub.",
     "transcript formality"),
    ("Thank you for joining us today.", "transcript formality"),
    ("I would like to welcome our participants dialing in from the Middle East and around the world.",
     "transcript formality"),
    # VOA Special English sign-ons (tests/data/stories/japan-earthquake-2011, tests/data/entities/toyota, wal-mart)
    ("This is IN THE NEWS in VOA Special English.", "broadcast sign-on"),
    ("This is the VOA Special English Economics Report.", "broadcast sign-on"),
    ("This is Bob Doughty with the VOA Special English Economics Report.", "broadcast sign-on"),
    ("I'm Steve Ember with the VOA Special English ECONOMICS REPORT.", "broadcast sign-on"),
])
def test_press_logistics_dates_nothing(sentence, name):
    assert logistics(sentence) == name


@pytest.mark.parametrize("sentence", [
    "A NASA team sent to Chile to aid trapped miners will hold a news conference about their work at the San Jose "
    "gold and copper mine near Copiapo at noon CDT, Tuesday, Sept. 7.",
    "The participants also will answer questions from reporters at participating NASA centers.",
    "The conference will be at NASA's Johnson Space Center in Houston, and it will air live on NASA Television "
    "and the agency's website.",
    "Reporters were told on Monday that the launch had been delayed.",
    "Satellite pictures showed on Tuesday that the dam had burst.",
    "Engineers say a drilling machine has broken through to a work area in the tunnel where the miners are holed up.",
    "Thanks to the rescuers, all 33 miners survived.",  # "thanks to": because of
    "Mr. Barsa said: thank you to the people of Lebanon.",  # a saying, no speaker's label
    "This is the worst economic news in years.",  # a judgement, no programme
    "This is a big day for Toyota.",
])
def test_events_are_not_logistics(sentence):
    assert logistics(sentence) is None


def test_a_bound_a_negation_sets_dates_nothing_but_the_statement_is_the_days_news():
    # VOA, 13 July 2005 (public domain)
    from datetime import date

    from events_helpers import events_of, make, mention

    lines = ["The shuttle Discovery stayed on its launch pad in Florida after a sensor failed during the countdown.",
             "NASA officials say they are evaluating the problem but no shuttle launch will occur before Saturday."]
    art, sents = make(lines, published=date(2005, 7, 13))
    events = events_of(art, sents, [mention(art, "Saturday", date(2005, 7, 16))])
    last = events[-1]
    assert last.summary.startswith("NASA officials say") and last.first == date(2005, 7, 13)  # not Saturday
    from timeline.events.filters import not_negated_bounds
    text = "The law will not take effect until January."  # "not ... until": it happens in January
    m = mention(*make([text])[:1], "January", date(2006, 1, 1))
    assert not_negated_bounds(text, 0, [m]) == [m]


def test_a_question_ruling_out_a_time_is_no_news_of_the_day():
    # The question asks; it tells nothing ruled out (the rule of the day's news: `lede.may_be_day_news`).
    from datetime import date

    from events_helpers import events_of, make, mention

    lines = ["The shuttle Discovery stayed on its launch pad in Florida after a sensor failed during the countdown.",
             "Will no shuttle launch occur before Saturday?"]
    art, sents = make(lines, published=date(2005, 7, 13))
    events = events_of(art, sents, [mention(art, "Saturday", date(2005, 7, 16))])
    assert not any(e.summary.startswith("Will no") for e in events)
