"""events.lede: the lede and the day's news, dated by publication."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from events_helpers import events_of, make, mention

from timeline.events.discourse import Discourse
from timeline.events.lede import day_news, headline_of, lede
from timeline.trace import explained


def test_the_lede_is_the_headline_and_the_first_full_sentence():
    art, sents = make(["Short caption.", "Airbus raised output of its A320neo jets on Thursday in Toulouse."], headline="Airbus Raises Output")
    assert lede(art, sents) == [sents[0], sents[2]]
    assert headline_of(art, lede(art, sents)) == sents[0]


def test_the_days_news_needs_a_named_subject_and_a_day():
    art, _ = make(["x"])
    assert day_news(art, "Shell said its volumes were lower.") == "a named subject's saying in the simple past"
    assert day_news(art, "Novo's shares rose 4.8% in Copenhagen.") == "a move of shares"
    # A market index's move told with the copula (VOA, tests/data/entities/sp-500); a
    # person's or a thing's "was up" is no move of the market.
    text = "The S&P 500 was also down 1%, while a boost in some tech stocks sent the Nasdaq Composite up."
    assert day_news(art, text, ((4, 11, "S&P 500"), (73, 89, "Nasdaq Composite"))) == "a market index's move"
    assert day_news(art, "Smith was up early.", ((0, 5, "Smith"),)) is None
    assert day_news(art, "He said its volumes were lower.") is None  # whom "he" means was not said here
    assert day_news(art, "Shell has said its volumes were lower.") is None  # not the simple past
    window = replace(art, published=None, published_window=(date(2016, 11, 1), date(2016, 11, 30)))
    assert day_news(window, "Shell said its volumes were lower.") is None  # not known to the day


def test_a_named_subjects_passive_saying_or_present_perfect_is_the_days_news():
    art, _ = make(["x"])
    ryabkov = ("Sergei Ryabkov, Russia's deputy foreign minister, was quoted as telling the Interfax news agency "
               "“there were contacts” with influential people in the President-elect’s circle.")
    assert day_news(art, ryabkov, [(0, 14, "Sergei Ryabkov")]) == "a named subject's saying in the passive"
    congratulated = "Vladimir Putin has congratulated Donald Trump on his election victory."
    assert day_news(art, congratulated, [(0, 14, "Vladimir Putin")]) == "a named subject's statement in the present perfect"
    kremlin = "The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team."
    assert day_news(art, kremlin, [(4, 11, "Kremlin")]) == "a named subject's statement in the present perfect"
    # "The company" standing for the company named before is named.
    after_boeing = Discourse(orgs=(("Boeing",),))
    cut = "The company has cut its delivery goal for the year."
    assert day_news(art, cut, [], after_boeing) == "a named subject's statement in the present perfect"
    assert day_news(art, cut, [], Discourse()) is None  # no company named before
    # Not a name ("Both countries"), a standing position, a "yet to": no news of the day.
    assert day_news(art, "Both countries have taken a combative stance.", []) is None
    assert day_news(art, "Trump has said he would end the war.", [(0, 5, "Donald Trump")]) is None
    assert day_news(art, "Putin has yet to congratulate Trump.", [(0, 5, "Vladimir Putin")]) is None


def test_a_named_subjects_saying_in_the_present_is_the_days_news():
    # VOA radio copy tells the day's statements in the present.
    art, _ = make(["x"])
    present = "a named subject's saying in the present"
    assert day_news(art, "Toyota says the problem is rare.", [(0, 6, "Toyota")]) == present
    # The subject of a perfect holds no verb of saying: Smith's saying, not a perfect of "Smith says he".
    assert day_news(art, "Smith says he has lived in Flint for 40 years.", [(0, 5, "Smith")]) == present
    assert day_news(art, "Fritz Henderson tells reporters the company will be smaller.", [(0, 15, "Fritz Henderson")]) == present
    # No name, another present, or not known to the day: none.
    assert day_news(art, "Toyota makes cars in Kentucky.", [(0, 6, "Toyota")]) is None
    # A habit, a standing text, a noun: none.
    assert day_news(art, "GM reports sales every month.", [(0, 2, "GM")]) is None
    assert day_news(art, "Toyota notes on its website that the cars are safe.", [(0, 6, "Toyota")]) is None
    assert day_news(art, "Toyota reports are expected to show a loss.", [(0, 6, "Toyota")]) is None
    window = replace(art, published=None, published_window=(date(2010, 2, 1), date(2010, 2, 28)))
    assert day_news(window, "Toyota says the problem is rare.", [(0, 6, "Toyota")]) is None


def test_a_pronoun_is_the_days_news_only_when_the_sentences_before_named_whom_it_means():
    from timeline.events.discourse import Discourse

    art, _ = make(["x"])
    text = "He showed videos demonstrating a drop in signal strength."
    assert day_news(art, text, [], None) is None
    assert day_news(art, text, [], Discourse(person="Steve Jobs")) == "a named subject's act in the simple past"
    text = "During the keynote, Jobs demoed the device's new internal gyroscope as well."
    assert day_news(art, text, [(20, 24, "Jobs")]) == "a named subject's act in the simple past"
    assert day_news(art, "He was trapped in an area.\"", [], Discourse(person="Christensen")) is None  # inside a quotation


def test_the_days_news_after_a_lede_dated_to_a_day_takes_that_day():
    # Wikinews, 17 July 2010 (CC BY 2.5): the lede's "Friday" is the story's day.
    lines = [
        "Apple Inc. announced Friday that it will give owners of its new iPhone 4 a free case.",
        "Jobs also said that those who had already purchased a bumper will receive a full refund for the accessory.",
        "Jobs attributed the small increase to fewer iPhone 4 users putting cases on their devices.",
        "Shell has congratulated the company on its new phone.",
    ]
    art, sents = make(lines, published=date(2010, 7, 17))
    events = events_of(art, sents, [mention(art, "Friday", date(2010, 7, 16))])
    assert [(e.first, e.summary.split()[0]) for e in events] == [
        (date(2010, 7, 16), "Apple"), (date(2010, 7, 16), "Jobs"), (date(2010, 7, 16), "Jobs"),
        (date(2010, 7, 17), "Shell"),  # a present perfect: as of publication
    ]
    # A lede dated weeks before publication tells background: the day's news keeps the publication day.
    art, sents = make(lines, published=date(2010, 8, 17))
    events = events_of(art, sents, [mention(art, "Friday", date(2010, 7, 16))])
    assert [e.first for e in events][1:3] == [date(2010, 8, 17)] * 2


def test_a_heading_below_the_first_paragraph_is_no_headline():
    art, sents = make(["Yesterday, at the conference, company CEO Steve Jobs unveiled iPhone 4 to developers.",
                       "Jobs called the new software great"])
    sents[1] = replace(sents[1], heading=True)
    assert lede(art, sents) == [sents[0]]


def _paragraph(*sentences: str, before: str):
    """An article of a first paragraph `before` and one paragraph of these sentences."""
    from timeline.model import Article, Sentence

    text = before + "\n\n" + " ".join(sentences) + "\n"
    sents, pos = [Sentence(0, len(before), before, 1)], len(before) + 2
    for s in sentences:
        sents.append(Sentence(pos, pos + len(s), s, 3))
        pos += len(s) + 1
    return Article(path="src/a.txt", text=text, published=date(2024, 11, 7), content=((0, len(text)),)), sents


def test_a_sentence_inside_a_quotation_running_over_sentences_is_no_days_news():
    # The Moscow Times / VPost, November 2024: the middle sentence is the official's words.
    lede_ = "Kremlin officials expressed enthusiasm for Trump's victory in conversations with reporters."
    art, sents = _paragraph('A high-ranking government official added: "I am a bureaucrat, and I welcome it.',
                            "Trump won despite the falsifications.",
                            'I think his arrival will not affect Russia-U.S. relations in any significant way."',
                            before=lede_)
    assert [e.citation.quote for e in events_of(art, sents, [])] == [lede_]


def test_he_after_an_unnamed_speaker_is_nobody_named_before():
    # The Moscow Times / VPost, November 2024: "He" is the source, not Trump.
    art, sents = make([
        "While President Vladimir Putin has yet to officially congratulate Donald Trump on his victory, officials are expressing cautious optimism.",
        "In conversations with VPost, Kremlin officials expressed enthusiasm for Trump's victory but remained critical of the U.S. electoral process.",
        '"One feels a human satisfaction," one source said, echoing the theory that the 2020 U.S. election was rigged against Trump.',
        "He noted that Russia has often found it easier to find common ground with Republicans than Democrats.",
    ], published=date(2024, 11, 7))
    assert not any(e.citation.quote.startswith("He noted") for e in events_of(art, sents, []))


def _story(lines, published, expression=None, day=None):
    """The events of an article of these sentences, with one date mention if given."""
    art, sents = make(lines, published=published)
    return events_of(art, sents, [mention(art, expression, day)] if expression else [])


def test_after_an_undated_lede_a_dated_saying_just_after_it_sets_the_storys_day():
    # VOA, 17 July 2010 (public domain): the lede dates nothing; "said Friday" does.
    lines = [
        "Oil company BP says the giant cap it placed over a blown-out well appears to be holding.",
        "The U.S. official overseeing the government's response said Friday pressure tests on the well will continue.",
        "Retired Coast Guard Admiral Thad Allen said pressure readings have been rising slowly.",
    ]
    events = _story(lines, date(2010, 7, 17), "Friday", date(2010, 7, 16))
    assert [(e.first, e.summary.split()[0]) for e in events] == [
        (date(2010, 7, 17), "Oil"), (date(2010, 7, 16), "The"), (date(2010, 7, 16), "Retired")]
    # A dated act, not a saying, is told as background: the day's news keeps the publication day.
    lines[1] = "On Friday, BP tested the pressure of the well."
    events = _story(lines, date(2010, 7, 17), "Friday", date(2010, 7, 16))
    assert [e.first for e in events][-1] == date(2010, 7, 17)


def test_the_days_news_of_a_saying_is_reported_whatever_it_says():
    # VOA, 17 July 2010 (public domain): the saying took place; the guess is what was said.
    lines = ["Oil company BP says the giant cap it placed over a blown-out well appears to be holding.",
             "Retired Coast Guard Admiral Thad Allen said the readings could signal a depletion in the reservoir.",
             "He said there may be a leak that has not been discovered."]
    events = _story(lines, date(2010, 7, 17))
    assert [e.modality for e in events[1:]] == ["reported", "reported"]
    assert events[2].summary.startswith("Admiral Thad Allen said")  # "he" is the admiral, not the Coast Guard


def test_a_saying_on_an_occasion_with_its_day_sets_the_storys_day():
    # AFPS, 27 April 2010 (public domain): "said on a conference call yesterday".
    lines = [
        "Though oil still continues to leak, officials in charge of clean-up operations say they are doing their best.",
        "Rear Adm. Mary E. Landry said on a conference call yesterday that all possible measures are being taken.",
        "Landry cautioned people not to be overly concerned with the area covered by the spill.",
    ]
    events = _story(lines, date(2010, 4, 27), "yesterday", date(2010, 4, 26))
    assert events[-1].summary.startswith("Landry cautioned") and events[-1].first == date(2010, 4, 26)


def test_a_report_told_as_of_now_is_the_days_news_of_the_storys_day():
    # After Wikinews, 23 October 2010 (CC BY 2.5): the first paragraph dates
    # the news to Wednesday; "on sale now" is the present of that day's
    # report (its subject no name, so no other rule of the day's news reads it).
    lines = ["In a Wednesday media event, Apple Inc. released a new lineup of MacBook Air laptops.",
             "Several stores opened early, with the laptops on sale now."]
    art, sents = make(lines, published=date(2010, 10, 23))
    with explained():
        events = events_of(art, sents, [mention(art, "Wednesday", date(2010, 10, 20)),
                                        mention(art, "now", date(2010, 10, 23), value="PRESENT_REF")])
    jobs = [e for e in events if e.summary.startswith("Several stores")]
    assert jobs and jobs[0].value == "2010-10-20" and "a report told as of now" in jobs[0].why[0]


def test_a_products_description_in_the_present_is_an_event_of_the_publication_day():
    # After Wikinews, 8 June 2010 (CC BY 2.5): what the new phone has and comes in.
    lines = ["Yesterday, Apple CEO Steve Jobs unveiled iPhone 4 at the conference.",
             "Structure-wise, iPhone 4 has a new stainless steel frame, which acts as an antenna.",
             "It comes in two colors - black and white - and two storage capacities.",
             "It is the thinnest smartphone on the planet.",  # a judgement, not its make-up
             "Jobs later left the stage."]
    art, sents = make(lines, published=date(2010, 6, 8))
    events = events_of(art, sents, [mention(art, "Yesterday", date(2010, 6, 7))])
    described = [e for e in events if e.value == "2010-06-08"]
    assert [e.summary.split()[0] for e in described] == ["Structure-wise,", "iPhone"]
    assert all("iPhone 4" in e.actors for e in described)


def test_now_in_the_first_paragraph_sets_no_story_day():
    # VOA, 17 September 2010 (public domain): "now" is PRESENT_REF, not a day;
    # the day's news after it is dated by the publication day.
    lines = ["Rescuers in Chile have achieved a breakthrough, reaching the miners with a bore hole that now must be widened.",
             "Rescue leader Andre Sougarret said the work will take weeks."]
    art, sents = make(lines, published=date(2010, 9, 17))
    events = events_of(art, sents, [mention(art, "now", date(2010, 9, 17), value="PRESENT_REF")])
    said = [e for e in events if e.summary.startswith("Rescue leader")]
    assert said and said[0].value == "2010-09-17"


def test_a_broadcast_sign_on_is_no_lede():
    # VOA Special English, 4 February 2010 (public domain; tests/data/entities/toyota): the first
    # paragraph after the sign-on is the lede.
    art, sents = make(["This is the VOA Special English Economics Report.",
                       "Toyota is recalling millions of cars and trucks around the world because of cases "
                       "where vehicles have sped up unexpectedly."], published=date(2010, 2, 4))
    assert lede(art, sents) == [sents[1]]
    assert [e.citation.quote for e in events_of(art, sents, [])] == [sents[1].text]


def test_the_days_news_after_a_lede_dated_to_a_week_takes_that_week():
    lines = [
        "The envoy visited Lebanon this week to meet the new government.",
        "Shea announced a new aid package for the port.",
    ]
    week = dict(value="2016-W45", last=date(2016, 11, 13), precision="week")
    art, sents = make(lines)
    with explained():
        events = events_of(art, sents, [mention(art, "this week", date(2016, 11, 7), **week)])
    assert [(e.value, e.precision) for e in events] == [("2016-W45", "week")] * 2
    assert any("the story's week" in why for why in events[1].why)
    # A week well before publication is background: the day's news keeps the publication day.
    art, sents = make(lines, published=date(2016, 12, 10))
    events = events_of(art, sents, [mention(art, "this week", date(2016, 11, 7), **week)])
    assert events[1].first == date(2016, 12, 10)


def test_a_ledes_opening_clause_with_its_own_date_is_left_to_its_event():
    # American Forces Press Service, 27 April 2010 (public domain; tests/data/stories/deepwater-horizon-2010).
    lines = ["Though oil still continues to leak into the Gulf of Mexico after an oil rig off the Louisiana coast "
             "exploded April 20, officials in charge of clean-up operations say they're doing the best they can "
             "to contain the spill."]
    art, sents = make(lines, published=date(2010, 4, 27))
    with explained():
        events = events_of(art, sents, [mention(art, "April 20", date(2010, 4, 20))])
    assert [(e.value, e.summary.split(",")[0][:40]) for e in events] == [
        ("2010-04-20", "An oil rig off the Louisiana coast explo"),
        ("2010-04-27", "Officials in charge of clean-up operatio"),
    ]
    assert "Louisiana" not in events[1].actors
    assert any("lede.told_opening" in why for why in events[1].why)
    # With no date in it, the opening clause is part of the lede's news.
    art, sents = make(["Though oil still leaks into the Gulf, officials say they are doing their best."], published=date(2010, 4, 27))
    assert events_of(art, sents, [])[0].summary.startswith("Though oil")
