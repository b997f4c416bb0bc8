"""Events: which clause a date dates, summaries, modality, speakers, actors, lede.

Sentences and mentions are made by hand (the dates are what the date stage
gives for them), so these tests pin the event stage alone.
"""

from __future__ import annotations

import re
from datetime import date

from events_helpers import FILLER, PUB, dated, make, mention, month, year, events_of

from timeline.events import MAX_SUMMARY, extract_events
from timeline.model import Article, Mention, Sentence


def body(events):
    """Events dated by an expression (not the lede)."""
    return [e for e in events if e.citation.expression is not None]


def test_noun_modifier_date_dates_only_its_noun_phrase():
    s = ("The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team "
         "in the lead-up to his Jan. 20 inauguration, Russian government officials told The Moscow Times.")
    art, sents = make([FILLER, s], published=date(2025, 1, 14))
    ev = dated(events_of(art, sents, [mention(art, "Jan. 20", date(2025, 1, 20))]), "Jan. 20")
    assert ev.summary == "President-elect Donald Trump’s Jan. 20 inauguration"
    assert "contact" not in ev.summary
    assert ev.modality == "expected"  # after publication
    assert ev.citation.quote == s
    assert art.text[ev.citation.start:ev.citation.start + len(ev.citation.quote)] == s


def _event_of(s: str, published: date, expression: str, *when, **interval):
    """The event the date `expression` of sentence `s` makes."""
    art, sents = make([FILLER, s], published=published)
    return dated(events_of(art, sents, [mention(art, expression, *when, **interval)]), expression)


def test_the_date_of_an_opening_occasion_dates_the_clause_after_it():
    # SemEval-2015 Apple (Wikinews): the press conference is when Jobs said it.
    s = ("In a July 16 press conference, Jobs said that all iPhone 4 buyers would be eligible to receive "
         "a free case.")
    ev = _event_of(s, date(2010, 8, 9), "July 16", date(2010, 7, 16))
    assert not ev.fragment and "free case" in ev.summary


def test_the_date_of_an_occasion_at_which_the_clause_took_place_dates_the_clause():
    # VOA, 3 Sep 2019 (a Tuesday): the telling was at Monday's news conference.
    s = "He told reporters at a Monday news conference there were five confirmed deaths on Abaco Island."
    ev = _event_of(s, date(2019, 9, 3), "Monday", date(2019, 9, 2))
    assert not ev.fragment and "five confirmed deaths" in ev.summary
    # Without "at"/"during" the date still names only its noun phrase.
    s = "He criticised the Monday decision of the board on Abaco Island."
    assert _event_of(s, date(2019, 9, 3), "Monday", date(2019, 9, 2)).fragment


def test_a_dated_subject_of_a_past_verb_dates_its_clause():
    # USAID, 13 Aug 2020.
    s = "The Aug. 4 explosion killed more than 200 people and injured thousands more."
    ev = _event_of(s, date(2020, 8, 13), "Aug. 4", date(2020, 8, 4))
    assert not ev.fragment and "killed more than 200 people" in ev.summary
    # A present tells no event of that date: the date names only its noun phrase.
    s = "The 2021 settlement requires the company to pay more than 200 families."
    assert _event_of(s, date(2024, 7, 8), "2021", **year(2021)).fragment
    # VOA, 4 Feb 2010: the date after its noun, the verb right after the date.
    s = "A recall late last year involved floor mats that Toyota said could cause the accelerator to get stuck."
    ev = _event_of(s, date(2010, 2, 4), "late last year", **year(2009))
    assert not ev.fragment and "floor mats" in ev.summary
    s = "A recall late last year remains the largest in its history."
    assert _event_of(s, date(2010, 2, 4), "late last year", **year(2009)).fragment
    s = "The plant built in 1998 produced its last car on Friday."  # the date is the participle's
    assert _event_of(s, date(2010, 2, 4), "1998", **year(1998)).fragment


def test_report_date_and_relative_clause_date_go_to_their_clauses():
    s = ("The Washington Post reported in April that Trump had privately spoken about the option of "
         "allowing Putin to keep Crimea, which Moscow annexed from Ukraine in 2014, and the Donbas area "
         "in return for peace.")
    art, sents = make([FILLER, s], published=date(2024, 8, 5))
    events = events_of(art, sents, [
        mention(art, "in April", **month(2024, 4)),
        mention(art, "in 2014", **year(2014)),
    ])
    report = dated(events, "in April")
    annexation = dated(events, "in 2014")
    assert report.summary.startswith("The Washington Post reported in April that Trump")
    assert "2014" not in report.summary
    assert annexation.summary == "Crimea, which Moscow annexed from Ukraine in 2014"
    assert "Moscow" in annexation.actors and "Washington Post" not in annexation.actors
    assert "Washington Post" in report.actors


def test_reported_speech_keeps_its_speaker_and_pronoun_is_resolved():
    art, sents = make([
        FILLER,
        "But Mr Trump did not air concerns over the issues in his campaign, calling him a strong leader.",
        "“I think that I'll be able to get along with [Mr Putin],” he said in September.",
    ])
    ev = dated(events_of(art, sents, [mention(art, "in September", **month(2016, 9))]), "in September")
    assert ev.summary == "“I think that I'll be able to get along with [Mr Putin],” Mr Trump said in September."
    assert "Mr Trump" in ev.actors
    assert ev.modality == "reported"


def test_a_subject_pronoun_after_an_opening_date_is_the_person_just_named():
    # Wikinews, 6 October 2011 (CC BY 2.5).
    art, sents = make([
        FILLER,
        "Steve Jobs co-founded Apple with Steve Wozniak and Ronald Wayne in a garage in Los Altos.",
        "In 1986 he bought Pixar which was acquired by The Walt Disney Company in 2005.",
    ], published=date(2011, 10, 6))
    ev = dated(events_of(art, sents, [mention(art, "In 1986", **year(1986)), mention(art, "in 2005", **year(2005))]), "In 1986")
    assert "Steve Jobs" in ev.actors and "Pixar" in ev.actors


def test_putin_said_in_september_is_putins_event():
    art, sents = make([FILLER, "Putin said in September that relations with Washington were at a low point."])
    ev = dated(events_of(art, sents, [mention(art, "in September", **month(2016, 9))]), "in September")
    assert "Putin" in ev.actors


def test_leading_pronoun_replaced_by_last_person_named():
    art, sents = make([
        FILLER,
        "Guillaume Faury runs the planemaker's commercial division.",
        "He said on Wednesday that deliveries would slow.",
    ])
    ev = dated(events_of(art, sents, [mention(art, "on Wednesday", date(2016, 11, 9))]), "on Wednesday")
    assert ev.summary.startswith("Guillaume Faury said on Wednesday")
    assert "Guillaume Faury" in ev.actors


def test_plans_hopes_and_conditions_are_expected():
    art, sents = make([
        FILLER,
        "“It would be good to reach the administrative borders of the Donetsk and Luhansk regions by January.”",
        "Airbus plans to open a second assembly line in Toulouse in 2015, officials said.",
        "Boeing delivered 40 jets in October.",
    ], published=date(2014, 11, 6))
    events = events_of(art, sents, [
        mention(art, "by January", **month(2015, 1)),
        mention(art, "in 2015", **year(2015)),
        mention(art, "in October", **month(2014, 10)),
    ])
    assert dated(events, "by January").modality == "expected"
    assert dated(events, "in 2015").modality == "expected"
    assert dated(events, "in October").modality == "reported"


def test_plan_cue_counts_even_for_a_past_date():
    art, sents = make([FILLER, "In March the airline was expected to cut 2,000 jobs."], published=date(2020, 6, 1))
    ev = dated(events_of(art, sents, [mention(art, "In March", **month(2020, 3))]), "In March")
    assert ev.modality == "expected"


def test_the_company_refers_back_to_the_named_organisation():
    art, sents = make([
        FILLER,
        "Airbus reported record orders at the Paris Air Show.",
        "The planemaker said on Tuesday that it would raise output of the A320neo.",
    ])
    ev = dated(events_of(art, sents, [mention(art, "on Tuesday", date(2016, 11, 8))]), "on Tuesday")
    assert "Airbus" in ev.actors


def test_the_ministry_needs_a_ministry():
    art, sents = make([
        FILLER,
        "Russia's Foreign Ministry met Airbus executives in Moscow.",
        "The ministry said on Tuesday that talks would continue.",
    ])
    ev = dated(events_of(art, sents, [mention(art, "on Tuesday", date(2016, 11, 8))]), "on Tuesday")
    assert "Russia's Foreign Ministry" in ev.actors
    assert "Airbus" not in ev.actors


def test_lede_is_one_event_dated_by_publication_without_expression():
    art, sents = make(
        ["The Russian government was in contact with Donald Trump’s campaign team ahead of his election victory, a senior politician has said."],
        headline="Kremlin Was in Contact With Trump Team",
    )
    [ev] = events_of(art, sents, [])
    assert ev.citation.expression is None and ev.first == PUB and ev.precision == "day"
    assert ev.summary.startswith("The Russian government")
    assert ev.citation.quote == sents[1].text
    assert "Donald Trump" in ev.actors


def test_headline_alone_is_the_lede_when_no_paragraph_follows():
    art, sents = make(["Short line."], headline="Kremlin Could Contact Trump Before Inauguration")
    [ev] = events_of(art, sents, [])
    assert ev.summary == "Kremlin Could Contact Trump Before Inauguration" and ev.citation.line == 1


def test_headline_title_case_words_are_not_actors_but_names_are():
    art, sents = make(
        ["Donald Trump met Vladimir Putin and discussed sanctions with Russian officials in the Kremlin."],
        headline="Kremlin Courts Trump Behind the Scenes as Rhetoric Rattles Allies",
    )
    [ev] = events_of(art, sents, [])
    assert set(ev.actors) == {"Donald Trump", "Vladimir Putin", "Kremlin", "Trump"}


def test_no_lede_event_when_the_first_paragraph_is_dated_that_day():
    art, sents = make(["Airbus said on Thursday it would raise output of its A320neo jets."], headline="Airbus Raises Output")
    events = events_of(art, sents, [mention(art, "on Thursday", PUB)])
    assert [e.citation.expression for e in events] == ["on Thursday"]


def test_mentions_without_interval_and_plain_durations_make_no_event():
    art, sents = make([FILLER, "The talks lasted two months and resumed for a while."])
    m = Mention(art.text.index("two months"), art.text.index("two months") + 10, "two months", "P2M",
                type="DURATION", first=None, last=None)
    assert body(events_of(art, sents, [m])) == []


def test_anchored_duration_makes_an_event():
    s = "The Kremlin has refrained from disclosing its communications over the past two months."
    art, sents = make([FILLER, s])
    i = art.text.index("the past two months")
    m = Mention(i, i + 19, "the past two months", "P2M", type="DURATION", first=date(2016, 9, 10),
                last=PUB, precision="month")
    ev = dated(events_of(art, sents, [m]), "the past two months")
    assert ev.first == date(2016, 9, 10) and "Kremlin" in ev.actors


def test_one_event_per_distinct_date_in_a_sentence():
    s = "Back in 2020 they tried to win, and the 2020 election still divides Washington."
    art, sents = make([FILLER, s])
    events = events_of(art, sents, [
        mention(art, "2020", **year(2020)),
        mention(art, "2020", nth=1, **year(2020)),
    ])
    assert len([e for e in events if e.citation.expression == "2020"]) == 1


def test_summary_is_trimmed_and_quote_is_whole_sentence():
    s = "On July 4, 2024, Reuters reported " + "that the talks went on and on " * 12 + "until dawn."
    art, sents = make([FILLER, s])
    ev = dated(events_of(art, sents, [mention(art, "On July 4, 2024", date(2024, 7, 4))]), "On July 4, 2024")
    assert len(ev.summary) <= MAX_SUMMARY + 1 and ev.summary.endswith("…")
    assert ev.citation.quote == s


def test_chrome_mentions_are_ignored():
    art, sents = make([FILLER, "Since July 1, 2024, we have disabled all ads."])
    art = Article(path=art.path, text=art.text, published=PUB, content=((0, 12),))
    assert body(events_of(art, sents, [mention(art, "July 1, 2024", date(2024, 7, 1))])) == []


def test_questions_make_no_event():
    art, sents = make([FILLER, "Will Airbus deliver 800 jets in 2025?"])
    assert body(events_of(art, sents, [mention(art, "in 2025", **year(2025))])) == []


def test_relative_clause_on_an_appositive_keeps_the_name():
    s = ("Boris Bondarev, a former Russian diplomat in Geneva who resigned in protest of the invasion "
         "of Ukraine in 2022, warned that the rhetoric could reduce support for Ukraine.")
    art, sents = make([FILLER, s], published=date(2025, 1, 14))
    ev = dated(events_of(art, sents, [mention(art, "in 2022", **year(2022))]), "in 2022")
    assert ev.summary.startswith("Boris Bondarev, a former Russian diplomat in Geneva who resigned")
    assert "Boris Bondarev" in ev.actors


# ------------------------------------------------------------ company news

def test_the_company_is_the_first_company_of_the_nearest_sentence():
    art, sents = make([
        "PARIS, Feb 15 (Reuters) - Airbus on Thursday forecast around 800 jet deliveries, as it seeks to widen its lead over rival Boeing.",
        "The company also said on Thursday it expected operating profit of 7 billion euros.",
    ], published=date(2024, 2, 15))
    events = events_of(art, sents, [mention(art, "on Thursday", date(2024, 2, 15), nth=1)])
    ev = dated(events, "on Thursday")
    assert "Airbus" in ev.actors and "Boeing" not in ev.actors
    assert all("Reuters" not in e.actors for e in events)  # a credit in brackets is no actor


def test_the_planemaker_is_never_a_government_body():
    art, sents = make([
        FILLER,
        "Boeing has been under scrutiny since a door plug blew off a 737 MAX 9 jet.",
        "The Federal Aviation Administration grounded the jets on Jan. 6 and barred the planemaker from expanding production.",
    ], published=date(2024, 2, 15))
    ev = dated(events_of(art, sents, [mention(art, "on Jan. 6", date(2024, 1, 6))]), "on Jan. 6")
    assert set(ev.actors) == {"Federal Aviation Administration", "Boeing"}


def test_opening_it_is_the_company_that_opened_the_previous_sentence():
    art, sents = make([
        FILLER,
        "Airbus plans to raise output of its A320neo family to 75 jets a month.",
        "It had previously targeted 2025 for that goal.",
    ], published=date(2024, 2, 15))
    ev = dated(events_of(art, sents, [mention(art, "2025", **year(2025))]), "2025")
    assert ev.summary == "Airbus had previously targeted 2025 for that goal."
    assert ev.actors == ("Airbus",)


def test_expletive_it_is_left_alone():
    art, sents = make([FILLER, "Airbus plans more jets.", "It is unclear whether output will rise in 2025."],
                      published=date(2024, 2, 15))
    ev = dated(events_of(art, sents, [mention(art, "in 2025", **year(2025))]), "in 2025")
    assert ev.summary.startswith("It is unclear")


def test_compared_figures_are_not_events():
    art, sents = make([FILLER, "Airbus delivered 800 jets in 2024, up from 735 last year."], published=date(2025, 1, 9))
    events = body(events_of(art, sents, [
        mention(art, "in 2024", **year(2024)), mention(art, "last year", **year(2024)),
    ]))
    assert [e.citation.expression for e in events] == ["in 2024"]
    art, sents = make([FILLER, "In January, Boeing delivered 27 jets, down from 67 in December."], published=date(2024, 2, 15))
    events = body(events_of(art, sents, [
        mention(art, "In January", **month(2024, 1)), mention(art, "in December", **month(2023, 12)),
    ]))
    assert [e.citation.expression for e in events] == ["In January"]


def test_narrative_forward_dates_are_not_expected():
    art, sents = make([FILLER, "Boeing grounded the jets the following day."], published=date(2024, 2, 15))
    m = mention(art, "the following day", date(2024, 1, 6), future=True, anchor="narrative")
    assert dated(events_of(art, sents, [m]), "the following day").modality == "reported"


def test_now_gives_way_to_a_real_date():
    art, sents = make([FILLER, "The 777X is now expected to enter service in 2025."], published=date(2024, 2, 15))
    now = Mention(art.text.index("now"), art.text.index("now") + 3, "now", "PRESENT_REF",
                  first=date(2024, 2, 15), last=date(2024, 2, 15), precision="day")
    events = body(events_of(art, sents, [now, mention(art, "in 2025", **year(2025))]))
    assert [e.citation.expression for e in events] == ["in 2025"]
    assert events[0].modality == "expected"


def test_date_of_the_saying_is_reported_date_of_the_plan_expected():
    art, sents = make([FILLER, "Boeing said on Tuesday it would cut 10% of its workforce this year."],
                      published=date(2024, 2, 15))
    events = events_of(art, sents, [
        mention(art, "on Tuesday", date(2024, 2, 13)), mention(art, "this year", **year(2024)),
    ])
    assert dated(events, "on Tuesday").modality == "reported"
    assert dated(events, "this year").modality == "expected"
    art, sents = make([FILLER, "Airbus on Thursday announced it plans to hire 13,000 people."], published=date(2024, 2, 15))
    ev = dated(events_of(art, sents, [mention(art, "on Thursday", date(2024, 2, 15))]), "on Thursday")
    assert ev.modality == "reported"


def test_date_before_a_noun_after_a_preposition_dates_that_clause():
    art, sents = make([
        FILLER,
        "Embraer SA shares jumped 5% on Friday after the Brazilian planemaker reported a rise in fourth-quarter deliveries.",
    ], published=date(2024, 3, 25))
    q4 = Mention(art.text.index("fourth-quarter"), art.text.index("fourth-quarter") + 14, "fourth-quarter", "2023-Q4",
                 first=date(2023, 10, 1), last=date(2023, 12, 31), precision="quarter")
    events = events_of(art, sents, [mention(art, "on Friday", date(2024, 3, 22)), q4])
    quarter = dated(events, "fourth-quarter")
    assert quarter.summary == "The Brazilian planemaker reported a rise in fourth-quarter deliveries"
    assert quarter.actors == ("Embraer SA",)
    assert "shares jumped" in dated(events, "on Friday").summary


# ------------------------------------------------------------ properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TOKENS = ["Airbus", "said", "on", "Tuesday", "the", "company", "it", "would", "He", "which", ",", "“", "”",
          "Boeing's", "in", "2024", "up", "from", "–", "(", ")", "Mr", "Putin", "who", "and", ";", "his",
          "deliveries", "It", "that", "Jan.", "5", "The", "planemaker", "?", "told", "Reuters", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=25), min_size=1, max_size=6),
       st.lists(st.tuples(st.integers(0, 5), st.integers(0, 24), st.integers(1, 3)), max_size=6))
def test_events_always_cite_exact_quotes(paragraphs, spans):
    art, sents = make([" ".join(p) for p in paragraphs])
    mentions = []
    for si, wi, length in spans:
        s = sents[si % len(sents)]
        words = list(re.finditer(r"\S+", s.text))
        w0 = words[wi % len(words)]
        w1 = words[min(len(words) - 1, wi % len(words) + length - 1)]
        start, end = s.start + w0.start(), s.start + w1.end()
        mentions.append(Mention(start, end, art.text[start:end], "2024-01", first=date(2024, 1, 1),
                                last=date(2024, 1, 31), precision="month"))
    for ev in events_of(art, sents, sorted(mentions, key=lambda m: m.start)):
        c = ev.citation
        assert art.text[c.start:c.start + len(c.quote)] == c.quote
        assert c.file == art.path and 1 <= c.line
        assert ev.first <= ev.last and ev.modality in ("reported", "expected")
        assert 0 < len(ev.summary) <= MAX_SUMMARY + 1
        assert all(a and a.strip() == a for a in ev.actors)


def test_the_month_may_is_no_modal_cue():
    art, sents = make([FILLER, "Airbus opened the plant in May and began production on June 3."], published=date(2024, 7, 1))
    ev = dated(events_of(art, sents, [mention(art, "on June 3", date(2024, 6, 3))]), "on June 3")
    assert ev.modality == "reported"


def test_dateline_is_neither_a_date_nor_an_actor_nor_in_the_summary():
    s = "PARIS, Feb 15 (Reuters) - Airbus on Thursday forecast around 800 jet deliveries for the year."
    art, sents = make([s], published=date(2024, 2, 15))
    events = events_of(art, sents, [mention(art, "Feb 15", date(2024, 2, 15)), mention(art, "on Thursday", date(2024, 2, 15))])
    [ev] = events
    assert ev.citation.expression == "on Thursday"
    assert ev.summary.startswith("Airbus on Thursday forecast")
    assert ev.citation.quote == s and "Reuters" not in ev.actors
    s = "TOULOUSE, France, Feb 16 - Airbus said deliveries rose."
    art, sents = make([s], published=date(2024, 2, 16))
    [ev] = events_of(art, sents, [mention(art, "Feb 16", date(2024, 2, 16))])
    assert ev.citation.expression is None  # the lede, dated by publication
    assert ev.summary == "Airbus said deliveries rose." and ev.actors == ("Airbus",)


def test_a_dash_in_prose_is_no_dateline():
    s = "The deal - signed on Monday in Paris - was approved by Airbus."
    art, sents = make([FILLER, s], published=date(2024, 2, 16))
    ev = dated(events_of(art, sents, [mention(art, "on Monday", date(2024, 2, 12))]), "on Monday")
    assert "Monday" in ev.summary


def test_a_forecast_is_made_on_a_day():
    art, sents = make([FILLER, "Airbus on Thursday forecast around 800 jet deliveries for 2024."], published=date(2024, 2, 16))
    events = events_of(art, sents, [mention(art, "on Thursday", date(2024, 2, 15)), mention(art, "for 2024", **year(2024))])
    assert dated(events, "on Thursday").modality == "reported"
    assert dated(events, "for 2024").modality == "expected"


def test_first_paragraph_dated_on_another_day_is_no_lede():
    art, sents = make(["Boeing on Tuesday said it would cut 10% of its workforce, its chief executive told staff."],
                      headline="Boeing To Cut Jobs", published=date(2024, 10, 16))
    events = events_of(art, sents, [mention(art, "on Tuesday", date(2024, 10, 15))])
    assert [(e.value, e.citation.expression) for e in events] == [("2024-10-15", "on Tuesday")]


def test_first_paragraph_with_only_a_modifier_date_keeps_its_lede():
    s = ("The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team in the "
         "lead-up to his Jan. 20 inauguration, Russian government officials told The Moscow Times.")
    art, sents = make([s], published=date(2025, 1, 14))
    events = events_of(art, sents, [mention(art, "Jan. 20", date(2025, 1, 20))])
    assert sorted(e.value for e in events) == ["2025-01-14", "2025-01-20"]


def test_compared_figures_with_thousands_percentages_and_since_baselines():
    cases = [
        ("Airbus booked 878 gross orders in 2024, down from a record 2,319 the year before.",
         [("in 2024", year(2024)), ("the year before", year(2023))], ["in 2024"]),
        ("The company reported revenue on Wednesday, up 56% from a year earlier.",
         [("on Wednesday", dict(first=date(2025, 8, 27))), ("a year earlier", year(2024))], ["on Wednesday"]),
        ("Inflation fell to 1.9% in May, below target for the first time since September.",
         [("in May", month(2025, 5)), ("September", month(2024, 9))], ["in May"]),
        # "since June last year": two mentions side by side make one expression.
        ("The bank cut rates on Thursday, its seventh reduction since June last year.",
         [("on Thursday", dict(first=date(2025, 4, 17))), ("June", month(2024, 6)), ("last year", year(2024))],
         ["on Thursday"]),
    ]
    for text, specs, kept in cases:
        art, sents = make([FILLER, text], published=date(2025, 9, 4))
        events = body(events_of(art, sents, [mention(art, e, **kw) for e, kw in specs]))
        assert [e.citation.expression for e in events] == kept, text


def test_period_modifier_of_a_figure_in_a_clause_dated_to_the_day_makes_no_second_event():
    q3 = dict(first=date(2025, 7, 1), last=date(2025, 9, 30), value="2025-Q3", precision="quarter")
    art, sents = make([FILLER, "Nvidia forecast third-quarter revenue of about $54 billion on Wednesday."],
                      published=date(2025, 8, 28))
    events = body(events_of(art, sents, [
        mention(art, "third-quarter", **q3), mention(art, "on Wednesday", date(2025, 8, 27)),
    ]))
    assert [e.citation.expression for e in events] == ["on Wednesday"]
    art, sents = make([FILLER, "The planemaker is due to report third-quarter results on Oct. 29."],
                      published=date(2025, 9, 4))
    events = body(events_of(art, sents, [
        mention(art, "third-quarter", **q3), mention(art, "Oct. 29", date(2025, 10, 29)),
    ]))
    assert [e.citation.expression for e in events] == ["Oct. 29"]


def test_headings_other_than_the_headline_make_no_event():
    art, sents = make([FILLER, "Suspected Russian Interference in the 2016 U.S. Presidential Election",
                       "In 2017 The New York Times revealed the connections."],
                      published=date(2024, 8, 5), headline="Putin and Trump: Onstage and Behind the Scenes")
    sents[2] = Sentence(sents[2].start, sents[2].end, sents[2].text, sents[2].line, heading=True)
    events = body(events_of(art, sents, [mention(art, "2016", **year(2016)), mention(art, "2017", **year(2017))]))
    assert [e.citation.expression for e in events] == ["2017"]


def test_dated_headline_repeating_a_body_event_of_that_date_gives_way_to_it():
    art, sents = make([FILLER, "Chief Executive Guillaume Faury said Airbus aims to hand over around 820 jets this year."],
                      published=date(2025, 1, 9), headline="Airbus Sets Sights on 820 Jets in 2025")
    events = body(events_of(art, sents, [mention(art, "2025", **year(2025)), mention(art, "this year", **year(2025))]))
    assert [e.citation.expression for e in events] == ["this year"]
    # A headline date the body does not give stays.
    art, sents = make([FILLER, "Airbus said it delivered more jets than planned."],
                      published=date(2025, 1, 9), headline="Airbus Sets Sights on 820 Jets in 2025")
    events = body(events_of(art, sents, [mention(art, "2025", **year(2025))]))
    assert [e.citation.expression for e in events] == ["2025"]


def test_actors_stop_at_a_trailing_adjunct_and_skip_rivals():
    cases = [
        ("Shares in Airbus rose 1.2% in Paris on Thursday, while Boeing stock was flat in New York.",
         "on Thursday", {"Airbus"}, {"Boeing", "New York"}),
        ("Dell Technologies raised its revenue forecast on Thursday, citing strong demand for servers built around Nvidia's processors.",
         "on Thursday", {"Dell Technologies"}, {"Nvidia"}),
        ("The company cut its delivery goal in June, blaming late engines from CFM International and Pratt & Whitney.",
         "in June", set(), {"CFM International", "Pratt"}),
        ("Airbus delivered 766 jets on Thursday, well ahead of U.S. rival Boeing.",
         "on Thursday", {"Airbus"}, {"Boeing"}),
        ("Airbus extended its lead over rival Boeing on Thursday.", "on Thursday", {"Airbus"}, {"Boeing"}),
        ("European shares ended higher on Thursday, with the STOXX 600 index gaining after the European Central Bank cut rates.",
         "on Thursday", set(), {"European Central Bank", "STOXX 600"}),
        ("Chinese authorities urged Tencent to avoid Nvidia's chips, people said on Wednesday, days after Washington agreed to sales.",
         "on Wednesday", {"Tencent", "Nvidia"}, {"Washington"}),
        ("Hapag-Lloyd kept its profit forecast unchanged on Friday, a day after partner Maersk lifted its own outlook.",
         "on Friday", {"Hapag-Lloyd"}, {"Maersk"}),
        ("Boeing cut its goal on Friday, two weeks after Airbus raised its own.",
         "on Friday", {"Boeing"}, {"Airbus"}),
    ]
    for text, expr, wanted, unwanted in cases:
        art, sents = make([FILLER, text], published=date(2025, 9, 4))
        events = events_of(art, sents, [mention(art, expr, date(2025, 9, 3))])
        ev = dated([e for e in events if e.value == "2025-09-03"], expr)  # not a clause counted from it
        assert wanted <= set(ev.actors), (text, ev.actors)
        assert not unwanted & set(ev.actors), (text, ev.actors)
    # The adjunct holds the date: its names stay.
    text = "Airbus had a strong year, helped by a big order from IndiGo in June."
    art, sents = make([FILLER, text], published=date(2025, 9, 4))
    ev = dated(events_of(art, sents, [mention(art, "in June", **month(2025, 6))]), "in June")
    assert {"Airbus", "IndiGo"} <= set(ev.actors)


def test_two_dates_in_one_clause_never_give_two_events_with_one_summary():
    # A reporting frame: the saying keeps the sentence, the reported fact its own clause.
    text = ("Airbus delivered 766 commercial aircraft in 2024, the European planemaker said on Thursday, "
            "slightly above the reduced target it set in the summer.")
    art, sents = make([FILLER, text], published=date(2025, 1, 9))
    summer = dict(first=date(2024, 6, 21), last=date(2024, 9, 22), value="2024-SU", precision="season")
    events = body(events_of(art, sents, [
        mention(art, "2024", **year(2024)), mention(art, "Thursday", date(2025, 1, 9)),
        mention(art, "the summer", **summer),
    ]))
    summaries = [e.summary for e in events]
    assert len(set(summaries)) == len(summaries), summaries
    assert dated(events, "2024").summary == "Airbus delivered 766 commercial aircraft in 2024"
    assert dated(events, "Thursday").summary.startswith("Airbus delivered 766")
    assert "Airbus" in dated(events, "2024").actors
    # A subordinate clause with its own verb keeps its own date.
    text = ("Boeing handed over 348 jets last year after the Federal Aviation Administration capped "
            "production of the 737 MAX in January 2024.")
    art, sents = make([FILLER, text], published=date(2025, 1, 9))
    events = body(events_of(art, sents, [
        mention(art, "last year", **year(2024)), mention(art, "January 2024", **month(2024, 1)),
    ]))
    assert dated(events, "last year").summary == "Boeing handed over 348 jets last year"
    cap = dated(events, "January 2024")
    assert cap.summary.startswith("The Federal Aviation Administration capped production")
    assert "Boeing" not in cap.actors and "Federal Aviation Administration" in cap.actors
    # Leading frame: the fact is the statement without the day it was made.
    text = "Faury said on Thursday that deliveries of engines had improved in October."
    art, sents = make([FILLER, text], published=date(2025, 1, 9))
    events = body(events_of(art, sents, [
        mention(art, "Thursday", date(2025, 1, 9)), mention(art, "October", **month(2024, 10)),
    ]))
    assert dated(events, "Thursday").summary == text
    october = dated(events, "October")
    assert october.summary == "Faury said that deliveries of engines had improved in October."
    assert "Faury" in october.actors


def test_the_dash_of_a_dateline_opens_no_aside():
    text = ("TOULOUSE, France — Airbus delivered 766 commercial aircraft in 2024, "
            "the European planemaker said on Thursday.")
    art, sents = make([text], published=date(2025, 1, 9))
    events = body(events_of(art, sents, [mention(art, "2024", **year(2024)),
                                              mention(art, "Thursday", date(2025, 1, 9))]))
    assert dated(events, "2024").summary == "Airbus delivered 766 commercial aircraft in 2024"


def test_coordinated_verb_phrases_keep_their_own_dates_and_the_subject():
    text = ("Airbus opened a second final assembly line in Tianjin in 2023 and has said it wants "
            "to build 75 jets a month by 2027.")
    art, sents = make([FILLER, text], published=date(2025, 3, 1))
    events = body(events_of(art, sents, [mention(art, "in 2023", **year(2023)), mention(art, "by 2027", **year(2027))]))
    assert dated(events, "in 2023").summary == "Airbus opened a second final assembly line in Tianjin in 2023"
    later = dated(events, "by 2027")
    assert later.summary == "Airbus has said it wants to build 75 jets a month by 2027."
    assert "Airbus" in later.actors and later.modality == "expected"


def test_relative_clause_after_a_date_hangs_on_the_noun_phrase_not_the_date():
    text = ("Airbus commercial chief Christian Scherer told reporters that the planemaker would stick to its goal "
            "of about 820 deliveries in 2025, which it first announced in January, despite delays to engines.")
    art, sents = make([FILLER, "Airbus raised its output.", text], published=date(2025, 6, 17))
    events = body(events_of(art, sents, [mention(art, "in 2025", **year(2025)), mention(art, "in January", **month(2025, 1))]))
    ev = dated(events, "in January")
    assert ev.summary == "Airbus’s goal of about 820 deliveries in 2025, which it first announced in January"
    assert "Airbus" in ev.actors


def test_a_coordinated_part_does_not_open_with_its_conjunction():
    text = "The Bank of England is expected to keep its rate on June 19, while the Federal Reserve meets on June 17."
    art, sents = make([FILLER, text], published=date(2025, 6, 5))
    events = body(events_of(art, sents, [mention(art, "June 19", date(2025, 6, 19)), mention(art, "June 17", date(2025, 6, 17))]))
    assert dated(events, "June 17").summary == "The Federal Reserve meets on June 17."
    assert "Bank of England" not in dated(events, "June 17").actors  # the speaker of the other part
    assert dated(events, "June 19").summary == "The Bank of England is expected to keep its rate on June 19"


def test_an_opening_its_is_the_organisation_that_opened_the_previous_sentence():
    art, sents = make([FILLER, "Airbus booked 878 gross orders in 2024.",
                       "Its shares rose 2% in Paris on Thursday."], published=date(2025, 1, 9))
    ev = dated(events_of(art, sents, [mention(art, "on Thursday", date(2025, 1, 9))]), "on Thursday")
    assert ev.summary == "Airbus’s shares rose 2% in Paris on Thursday."
    assert "Airbus" in ev.actors


def test_coordinated_months_make_one_event_spanning_both():
    s = ("President Vladimir Putin and Trump's teams were in contact in November and December 2024, "
         "two Russian government officials told reporters.")
    art, sents = make([FILLER, s], published=date(2025, 1, 14))
    nov = mention(art, "November", **month(2024, 11))
    dec = mention(art, "December 2024", **month(2024, 12))
    [ev] = [e for e in events_of(art, sents, [nov, dec]) if e.citation.expression is not None]
    assert (ev.first, ev.last, ev.precision) == (date(2024, 11, 1), date(2024, 12, 31), "month")
    assert ev.citation.expression == "November and December 2024"
    assert ev.citation.expression in art.text


def test_lede_of_an_article_inferred_to_one_day_is_dated_that_day():
    from dataclasses import replace

    art, sents = make(
        ["The carmaker is recalling about 140,000 electric cars because a battery module can overheat."],
        published=None, headline="Carmaker Recalls Electric Cars",
    )
    art = replace(art, published_window=(date(2025, 3, 11), date(2025, 3, 11)), published_from="inferred")
    [ev] = events_of(art, sents, [])
    assert (ev.first, ev.last, ev.precision, ev.value) == (date(2025, 3, 11), date(2025, 3, 11), "day", "2025-03-11")


def test_a_figure_in_line_with_a_period_is_compared_not_dated():
    art, sents = make([FILLER, "The group expected an operating margin of 6% in 2025, roughly in line with last year."],
                      published=date(2025, 3, 12))
    events = body(events_of(art, sents, [
        mention(art, "in 2025", **year(2025)), mention(art, "last year", **year(2024)),
    ]))
    assert [e.citation.expression for e in events] == ["in 2025"]


def test_a_fronted_date_is_no_fact_of_a_reporting_frame():
    art, sents = make([FILLER, "In December, VW agreed with the union to cut 35,000 jobs by 2030, ending weeks of strikes."],
                      published=date(2025, 3, 12))
    events = body(events_of(art, sents, [
        mention(art, "December", **month(2024, 12)), mention(art, "2030", **year(2030)),
    ]))
    december = [e for e in events if e.value == "2024-12"]
    assert december and all("agreed with the union" in e.summary for e in december)


def test_undated_statements_and_share_moves_of_a_news_article_are_the_days_news():
    lines = [
        FILLER,
        "Chief Executive Wael Sawan told analysts the company would keep cutting costs.",
        "Novo's shares rose 4.8% in Copenhagen.",
        "Dr. Karen Whitfield, who directs the agency's office, said the agency had asked Novo for a study.",
        "“We are not complacent,” he said.",
        "Shell has said it wants to grow.",
        "Demand for gas rose sharply.",
        "He noted that the company found it easier to deal with regulators.",
    ]
    art, sents = make(lines, published=date(2025, 5, 2))
    events = [e for e in events_of(art, sents, []) if e.citation.quote != FILLER]
    # "He noted ..." is the person just named: her saying of the day too.
    assert [e.summary.split()[0] for e in events] == ["Chief", "Novo's", "Dr.", "Dr."]
    assert events[-1].actors[0] == "Dr. Karen Whitfield"
    assert all(e.first == e.last == date(2025, 5, 2) and e.citation.expression is None for e in events)
    undated, sents = make(lines, published=None)
    assert events_of(undated, sents, []) == []


def test_a_past_some_span_ago_is_no_days_news():
    # VOA, 4 November 2009 (public domain; tests/data/entities/ford).
    from timeline.model import Mention

    def vague(art, expr):
        i = art.text.index(expr)
        return Mention(i, i + len(expr), expr, "PAST_REF", first=None, last=None, precision=None)

    ago = "Ford began cutting costs and slashing jobs several years ago."
    art, sents = make([FILLER, ago], published=date(2009, 11, 4))
    assert [e for e in events_of(art, sents, [vague(art, "several years ago")]) if e.citation.quote == ago] == []
    # Without the span back it is the day's news; "recently" is no span back.
    told = "Ford began cutting costs and slashing jobs, recently."
    art, sents = make([FILLER, told], published=date(2009, 11, 4))
    assert [e.first for e in events_of(art, sents, [vague(art, "recently")]) if e.citation.quote == told] == [
        date(2009, 11, 4)]


def test_a_days_news_sentence_whose_only_date_is_a_comparison_is_the_days_news():
    art, sents = make([FILLER, "Novo's shares rose 4.8% in Copenhagen, their biggest one-day gain since November."],
                      published=date(2025, 2, 14))
    events = [e for e in events_of(art, sents, [mention(art, "November", **month(2024, 11))])
              if e.citation.quote != FILLER]
    assert [(e.first, e.citation.expression) for e in events] == [(date(2025, 2, 14), None)]


def test_the_nominal_may_take_two_modifiers():
    art, sents = make(["Maersk raised its forecast on Thursday.",
                       "The Danish shipping group now expects a profit of $9 billion in 2025."], published=date(2025, 8, 7))
    ev = dated(events_of(art, sents, [mention(art, "on Thursday", date(2025, 8, 7)),
                                           mention(art, "in 2025", **year(2025))]), "in 2025")
    assert "Maersk" in ev.actors


def test_a_two_word_name_whose_first_word_stands_alone_is_a_company():
    art, sents = make([
        "For most of its history, Novo Nordisk was known as an insulin maker.",
        "Then came semaglutide.",
        "The Danish company won approval for Ozempic in December 2017.",
        "Novo has spent heavily to keep up.",
    ], published=None)
    ev = dated(events_of(art, sents, [mention(art, "in December 2017", **month(2017, 12))]), "in December 2017")
    assert "Novo Nordisk" in ev.actors


def test_the_company_is_the_organisation_the_article_names_most_in_the_nearest_sentence():
    art, sents = make([
        "Maersk raised its outlook on Thursday.",
        "Maersk also bought back shares.",
        "Analysts at Jefferies expect Maersk's operating profit to fall.",
        "The company will publish third-quarter results on Nov. 6.",
    ], published=date(2025, 10, 2))
    ev = dated(events_of(art, sents, [mention(art, "on Thursday", date(2025, 10, 2)),
                                           mention(art, "on Nov. 6", date(2025, 11, 6))]), "on Nov. 6")
    assert "Maersk" in ev.actors and "Jefferies" not in ev.actors


def test_names_in_an_undated_relative_aside_are_not_actors():
    art, sents = make(["Analysts watched Porsche and Volkswagen closely for the whole of the week.",
                       "Porsche, in which Volkswagen holds a majority stake, cut its margin forecast last month."],
                      published=date(2025, 3, 12))
    ev = dated(events_of(art, sents, [mention(art, "last month", **month(2025, 2))]), "last month")
    assert "Porsche" in ev.actors and "Volkswagen" not in ev.actors
    # The aside holding the date keeps its names.
    art, sents = make([FILLER, "The plant, which Volkswagen opened in 2023, makes batteries."], published=date(2025, 3, 12))
    ev = dated(events_of(art, sents, [mention(art, "in 2023", **year(2023))]), "in 2023")
    assert "Volkswagen" in ev.actors


def test_a_forward_span_from_publication_is_a_plans_horizon_not_its_date():
    pub = date(2025, 8, 7)
    art, sents = make([FILLER, "The group also said it would buy back shares over the next twelve months."], published=pub)
    span = mention(art, "over the next twelve months", pub, date(2026, 8, 7), value="P12M", precision="month",
                   type="DURATION")
    events = [e for e in events_of(art, sents, [span]) if e.citation.quote != FILLER]
    assert [(e.first, e.last, e.citation.expression) for e in events] == [(pub, pub, None)]
    # A span looking back is when it happened.
    art, sents = make([FILLER, "The group bought back shares over the past two months."], published=pub)
    back = mention(art, "over the past two months", date(2025, 6, 7), pub, value="P2M", precision="month",
                   type="DURATION")
    assert dated(events_of(art, sents, [back]), "over the past two months").value == "P2M"


def test_the_spokesperson_is_of_the_organisation_named_with_a_spokesperson_before():
    art, sents = make([
        "A VW spokesperson said no injuries had been reported.",
        "The recall covers cars built in 2023, the KBA said.",
        "“We are contacting every customer,” the spokesperson said, adding that repairs would start in April.",
    ], published=date(2025, 3, 11))
    ev = dated(events_of(art, sents, [mention(art, "in 2023", **year(2023)),
                                           mention(art, "in April", **month(2025, 4))]), "in April")
    assert "VW" in ev.actors and "KBA" not in ev.actors


def test_it_after_a_sentence_opened_by_a_nominal_is_that_organisation():
    art, sents = make([
        "Maersk said volumes held up on Thursday.",
        "Clerc's group has meanwhile tried to reduce its dependence on ocean freight.",
        "It bought U.S. logistics firm LF Logistics in 2022.",
    ], published=date(2025, 10, 2))
    ev = dated(events_of(art, sents, [mention(art, "on Thursday", date(2025, 10, 2)),
                                           mention(art, "in 2022", **year(2022))]), "in 2022")
    assert "Maersk" in ev.actors and ev.summary.startswith("Maersk bought")


def test_a_wire_credit_opening_the_lede_is_no_part_of_its_summary_nor_a_second_event():
    for credit in ("(Bloomberg) -- ", "(Reuters) - ", "LONDON, March 4 (Reuters) - ", "WASHINGTON (AP) — ",
                   "PARIS, March 6, 2024 (AFP) - "):
        art, sents = make([credit + "Hon Hai reported an unexpected drop in sales for February as demand cooled."],
                          published=date(2024, 3, 5), headline="Foxconn Posts Surprise Sales Drop")
        events = events_of(art, sents, [mention(art, "February", **month(2024, 2))])
        assert [e.value for e in events] == ["2024-02"], [(e.value, e.summary) for e in events]
        assert events[0].summary.startswith("Hon Hai reported"), events[0].summary


def test_its_is_not_the_prefix_of_a_currency_amount():
    art, sents = make([
        "Hon Hai reported an unexpected drop in sales for February as demand cooled.",
        "Revenue fell 19% to about NT$430 billion, the Taiwanese company said in a filing on Tuesday.",
        "Its shares fell as much as 2.4% in Taipei trading.",
    ], published=date(2024, 3, 5))
    events = events_of(art, sents, [mention(art, "February", **month(2024, 2)),
                                         mention(art, "on Tuesday", date(2024, 3, 5))])
    assert not any("NT" in e.actors or e.summary.startswith("NT") for e in events), [(e.summary, e.actors) for e in events]


def test_a_past_period_a_figure_is_measured_against_is_no_event_date():
    pub = date(2024, 3, 6)
    cases = [
        ("Bookings for the peak months ran well ahead of last year, the airline said on Wednesday.", "last year", year(2023)),
        ("Winter bookings were behind last year, the airline said on Wednesday.", "last year", year(2023)),
        ("Revenue rose to 5 billion pounds from a year earlier, the airline said on Wednesday.", "a year earlier", year(2023)),
        ("Capacity was up on the same period last year, the airline said on Wednesday.", "last year", year(2023)),
        ("Passenger numbers were below 2023, the airline said on Wednesday.", "2023", year(2023)),
    ]
    for text, expr, when in cases:
        art, sents = make([FILLER, text], published=pub)
        events = body(events_of(art, sents, [mention(art, expr, **when), mention(art, "on Wednesday", pub)]))
        assert [e.citation.expression for e in events] == ["on Wednesday"], (text, [(e.citation.expression, e.summary) for e in events])


def test_a_future_date_after_ahead_of_is_a_deadline_and_a_possessive_a_noun():
    pub = date(2024, 3, 6)
    art, sents = make([FILLER, "The group plans to finish the terminal ahead of 2026."], published=pub)
    assert [e.citation.expression for e in body(events_of(art, sents, [mention(art, "2026", **year(2026))]))] == ["2026"]
    art, sents = make([FILLER, "Shares fell ahead of Tuesday's vote on the merger."], published=pub)
    events = body(events_of(art, sents, [mention(art, "Tuesday", date(2024, 3, 5))]))
    assert [e.citation.expression for e in events] == ["Tuesday"]


def test_the_day_of_a_trailing_reporting_frame_is_no_event_beside_the_dated_fact():
    pub = date(2025, 1, 9)
    for text, fact in [
        ("Airbus delivered 766 jets in 2024, the planemaker said on Thursday.", "Airbus delivered 766 jets in 2024"),
        ("Sales rose 5% in the fourth quarter, Airbus said in a statement on Thursday.", "Sales rose 5% in the fourth quarter"),
    ]:
        # As the lede too: the fact is the news, the publication date no second event.
        for paragraphs in ([FILLER, text], [text]):
            art, sents = make(paragraphs, published=pub)
            when = year(2024) if "2024" in text else dict(first=date(2024, 10, 1), last=date(2024, 12, 31),
                                                            value="2024-Q4", precision="quarter")
            expr = "in 2024" if "2024" in text else "in the fourth quarter"
            events = [e for e in events_of(art, sents, [mention(art, expr, **when), mention(art, "Thursday", pub)])
                      if e.citation.quote != FILLER]
            assert [(e.citation.expression, e.summary) for e in events] == [(expr, fact)]
            assert "Airbus" in events[0].actors
    # A saying whose day opens the statement keeps both: what was said, and the saying.
    art, sents = make([FILLER, "Airbus said on Thursday it would cut jobs this year."], published=pub)
    events = body(events_of(art, sents, [mention(art, "Thursday", pub), mention(art, "this year", **year(2025))]))
    assert sorted(e.citation.expression for e in events) == ["Thursday", "this year"]


def test_the_day_of_a_frame_around_a_plan_stays_the_announcement():
    pub = date(2024, 3, 5)
    art, sents = make([FILLER, "A Senate panel will question Boeing's safety official next week, the chairman said Tuesday."],
                      published=pub)
    week = dict(first=date(2024, 3, 11), last=date(2024, 3, 17), value="2024-W11", precision="week")
    events = body(events_of(art, sents, [mention(art, "next week", **week), mention(art, "Tuesday", pub)]))
    assert sorted(e.citation.expression for e in events) == ["Tuesday", "next week"]


def test_a_relative_clause_after_an_arrangement_with_a_name_hangs_on_the_arrangement():
    pub = date(2025, 8, 7)
    text = ("Hapag-Lloyd and Maersk started their Gemini Cooperation on Feb. 1, replacing Maersk's earlier "
            "2M partnership with MSC, which ended in January.")
    art, sents = make([FILLER, text], published=pub)
    ev = dated(events_of(art, sents, [mention(art, "Feb. 1", date(2025, 2, 1)),
                                           mention(art, "in January", **month(2025, 1))]), "in January")
    assert ev.summary == "Maersk's earlier 2M partnership with MSC ended in January"
    assert {"Maersk", "MSC"} <= set(ev.actors)
    # A name that is no arrangement's partner stays the antecedent.
    art, sents = make([FILLER, "Volkswagen holds a stake in Porsche, which cut its forecast in January."], published=pub)
    ev = dated(events_of(art, sents, [mention(art, "in January", **month(2025, 1))]), "in January")
    assert ev.summary == "Porsche cut its forecast in January", ev.summary  # an irregular past is a verb too


def test_the_speaker_of_a_dropped_frame_stops_at_an_adjunct_after_it():
    pub = date(2025, 3, 12)
    text = ("Volkswagen's operating profit fell 15% last year, Europe's biggest carmaker said on Wednesday, "
            "hit by weak demand in China.")
    art, sents = make([FILLER, text], published=pub)
    events = body(events_of(art, sents, [mention(art, "last year", **year(2024)), mention(art, "Wednesday", pub)]))
    assert [e.citation.expression for e in events] == ["last year"]
    assert "China" not in events[0].actors


def test_a_dated_phrase_after_behind_is_a_time_not_a_baseline():
    art, sents = make([FILLER, "The group left its supply problems behind in 2023, the chief executive said."],
                      published=date(2024, 3, 6))
    events = body(events_of(art, sents, [mention(art, "in 2023", **year(2023))]))
    assert [e.citation.expression for e in events] == ["in 2023"]


def test_a_relative_clause_on_its_subject_is_told_as_a_clause():
    # Real sentence (tests/data/stories/chile-miners-2010, NASA, 7 Sep 2010); an
    # object relative keeps its antecedent and pronoun ("Crimea, which Moscow annexed").
    s = ("During the briefing, the group answered questions and talked with reporters about their efforts "
         "to help the 33 miners who have been trapped since August 5.")
    art, sents = make([FILLER, s], published=date(2010, 9, 7))
    ev = dated(events_of(art, sents, [mention(art, "August 5", date(2010, 8, 5))]), "August 5")
    assert ev.summary == "The 33 miners have been trapped since August 5"


def test_a_press_advisory_line_makes_no_event_even_as_the_lede():
    # Real lines of a NASA media advisory and a NASA audio transcript (tests/data/stories/chile-miners-2010).
    s = "Reporters interested in a one-on-one interview must contact the Johnson newsroom by 11:30 a.m. Tuesday."
    art, sents = make([FILLER, s], published=date(2010, 9, 3))
    assert body(events_of(art, sents, [mention(art, "Tuesday", date(2010, 9, 7))])) == []
    lede = ("(:21) NASA’s input into the rescue effort for the miners was primarily related to medical aspects, "
            "behavioral health support, also looking at areas in sanitation and hygiene.")
    art, sents = make([lede], published=date(2010, 9, 7))
    assert events_of(art, sents, []) == []


def test_a_that_relative_clause_with_a_past_verb_dates_its_own_event_and_the_main_clause_is_the_days_news():
    # VOA, 14 July 2005 (public domain): the cancellation was Wednesday's; the saying is the day's news.
    s = ("Deputy shuttle manager Wayne Hale said NASA is beginning a nationwide effort to troubleshoot "
         "the fuel sensor problem that canceled Wednesday's planned shuttle launch.")
    art, sents = make([FILLER, s], published=date(2005, 7, 14))
    events = events_of(art, sents, [mention(art, "Wednesday", date(2005, 7, 13))])
    cancel = dated(events, "Wednesday")
    assert cancel.summary.startswith("The fuel sensor problem canceled Wednesday's")
    saying = [e for e in events if e.citation.expression is None and e.summary.startswith("Deputy shuttle manager")]
    assert saying and saying[0].first == date(2005, 7, 14)
    # "said that ..." opens no relative clause.
    s2 = "NASA said that engineers replaced the sensor on Friday."
    art2, sents2 = make([FILLER, s2], published=date(2005, 7, 16))
    fri = dated(events_of(art2, sents2, [mention(art2, "Friday", date(2005, 7, 15))]), "Friday")
    assert fri.summary.startswith("NASA said that engineers replaced")


def test_a_that_relative_clause_with_an_irregular_past_ends_before_the_main_verb():
    # Wikinews, 15 March 2011 (CC BY 2.5; tests/data/stories/japan-earthquake-2011): the
    # earthquake hit on Friday; the toll "is now nearing 1,900" is the day's news, and the
    # "will" of the police's estimate after ", while" makes the lede no plan.
    s = ("The official death toll from the devastating Japanese earthquake that hit on Friday is now nearing 1,900, "
         "while police officials say that it is all but certain the final toll will be over 9000.")
    art, sents = make([s, FILLER], published=date(2011, 3, 15))
    events = events_of(art, sents, [mention(art, "Friday", date(2011, 3, 11))])
    quake = dated(events, "Friday")
    assert quake.summary == "The devastating Japanese earthquake hit on Friday"
    lede = [e for e in events if e.citation.expression is None]
    assert [(e.first, e.modality) for e in lede] == [(date(2011, 3, 15), "reported")]
    # A past main verb before its object ends the clause too (VOA Special English, 12 March 2011);
    # a participle after a possessive does not ("Wednesday's planned shuttle launch").
    s = "The earthquake that shook Japan with historic strength on Friday created a tsunami wave ten meters high."
    art, sents = make([FILLER, s], published=date(2011, 3, 12))
    quake = dated(events_of(art, sents, [mention(art, "Friday", date(2011, 3, 11))]), "Friday")
    assert quake.summary == "The earthquake shook Japan with historic strength on Friday"
    # A pronoun before "was" keeps it inside the clause.
    from timeline.events.detachables import detachables

    t = "The firm that announced on Monday it was cutting jobs is based in Ohio."
    (start, end, body_start), = detachables(t)
    assert t[body_start:end] == "that announced on Monday it was cutting jobs"


def test_a_when_clause_after_a_date_is_what_happened_then():
    # NOAA NESDIS, 6 September 2019 (public domain).
    s = ("Watch this GOES East timelapse of Dorian until Sept. 3, 2019, when the dangerous storm began to pull away "
         "from the Bahamas and headed for the U.S. mainland.")
    art, sents = make([FILLER, s], published=date(2019, 9, 6))
    ev = dated(events_of(art, sents, [mention(art, "Sept. 3, 2019", date(2019, 9, 3))]), "Sept. 3, 2019")
    assert ev.summary.startswith("The dangerous storm began to pull away from the Bahamas")


def test_after_in_march_when_the_main_clause_keeps_its_date():
    s = "The ECB had already lowered rates in March, when it signalled that policy was becoming less restrictive."
    art, sents = make([FILLER, s], published=date(2025, 4, 17))
    ev = dated(events_of(art, sents, [mention(art, "March", date(2025, 3, 1), date(2025, 3, 31), value="2025-03",
                                              precision="month")]), "March")
    assert ev.summary.startswith("The ECB had already lowered rates")


def test_that_after_a_verb_opens_no_relative_clause():
    from timeline.events.detachables import detachables

    assert detachables("Officials warned that displaced families would need shelter on Friday.") == []
    assert detachables("He denied that was the reason for the delay on Friday.") == []
    assert detachables("The report showed that planned cuts would hit jobs in 2020.") == []
    assert detachables("NASA will fix the sensor problem that canceled Wednesday's launch.")


def test_its_before_a_relative_clause_told_as_a_clause_is_its_organisation():
    # VOA, 5 August 2010 (public domain).
    s = ("The U.S. official in charge of the response has authorized BP to cement its ruptured oil well, which has "
         "gushed crude into the waters since an oil rig explosion in April.")
    art, sents = make([FILLER, s], published=date(2010, 8, 5))
    ev = dated(events_of(art, sents, [mention(art, "April", date(2010, 4, 1), date(2010, 4, 30), value="2010-04",
                                              precision="month")]), "April")
    assert ev.summary.startswith("BP’s ruptured oil well has gushed crude") and "BP" in ev.actors


def test_a_clause_counted_in_days_from_a_date_is_an_event_of_its_own_day():
    # "a day after" the date: the day before it; "two days before": two days after it.
    s = "The shipping group kept its forecast unchanged on Friday, a day after its Danish rival lifted its outlook."
    art, sents = make([FILLER, s], published=date(2025, 8, 16))
    events = body(events_of(art, sents, [mention(art, "Friday", date(2025, 8, 15))]))
    assert sorted(e.value for e in events) == ["2025-08-14", "2025-08-15"]
    counted = next(e for e in events if e.value == "2025-08-14")
    assert "rival lifted its outlook" in counted.summary and "forecast" not in counted.summary
    main = next(e for e in events if e.value == "2025-08-15")
    assert "forecast" in main.summary and "rival" not in main.summary
    s = "The software will be available on June 17, two days before the phone reached the shops."
    art, sents = make([FILLER, s], published=date(2025, 6, 1))
    values = {e.value for e in body(events_of(art, sents, [mention(art, "June 17", date(2025, 6, 17))]))}
    assert values == {"2025-06-17", "2025-06-19"}
    # A noun after "a day after" is no clause: no event of its own.
    s = "Rescuers reached the town on Tuesday, a day after the earthquake."
    art, sents = make([FILLER, s], published=date(2025, 6, 1))
    assert [e.value for e in body(events_of(art, sents, [mention(art, "Tuesday", date(2025, 5, 27))]))] == ["2025-05-27"]


def test_a_sentence_speaking_to_the_reader_tells_no_event_but_its_clauses_of_time_may():
    s = ("Watch this satellite timelapse of the storm from Aug. 29, 2019, until Sept. 3, 2019, "
         "when the storm began to pull away from the islands.")
    art, sents = make([FILLER, s], published=date(2019, 9, 6))
    events = body(events_of(art, sents, [mention(art, "Aug. 29, 2019", date(2019, 8, 29)),
                                          mention(art, "Sept. 3, 2019", date(2019, 9, 3))]))
    assert [(e.value, e.summary) for e in events] == [
        ("2019-09-03", "The storm began to pull away from the islands")]
