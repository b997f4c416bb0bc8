"""Under `explained()`, each event says what made it an event and what dated it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from events_helpers import FILLER, PUB, dated, make, mention, month, year, events_of

from timeline.events import extract_events
from timeline.trace import explained


def explain(art, sents, mentions):
    with explained():
        return events_of(art, sents, mentions)


def test_a_date_governing_the_main_clause_says_so_and_what_dated_it():
    art, sents = make([FILLER, "Airbus delivered 40 jets on Thursday."])
    ev = dated(explain(art, sents, [mention(art, "on Thursday", PUB)]), "on Thursday")
    assert ev.why[0] == "event: the date governs the main clause (clauses.main_part)"
    assert ev.why[1] == "dated: 'on Thursday' -> 2016-11-10"
    assert ev.why[2].startswith("modality: reported")


def test_the_mentions_own_reasons_come_after_the_events():
    art, sents = make([FILLER, "Airbus delivered 40 jets on Thursday."])
    m = replace(mention(art, "on Thursday", PUB), why=("weekday: past, cue 'delivered' (simple past)",))
    ev = dated(explain(art, sents, [m]), "on Thursday")
    assert ev.why[-1] == "weekday: past, cue 'delivered' (simple past)"
    assert ev.why[0].startswith("event: ")


def test_no_reasons_when_not_explaining():
    art, sents = make([FILLER, "Airbus delivered 40 jets on Thursday."])
    m = replace(mention(art, "on Thursday", PUB), why=("weekday: past",))
    assert all(ev.why == () for ev in events_of(art, sents, [m]))


def test_noun_modifier_names_its_rule():
    s = "Officials met in the lead-up to his Jan. 20 inauguration, the agency reported."
    art, sents = make([FILLER, s], published=date(2025, 1, 14))
    ev = dated(explain(art, sents, [mention(art, "Jan. 20", date(2025, 1, 20))]), "Jan. 20")
    assert "event: the date modifies a noun phrase and dates only it (modifiers.modifier_part)" in ev.why
    assert "modality: expected, the date lies after publication (modality.modality_of)" in ev.why


def test_relative_clause_names_its_rule():
    s = "Putin wants to keep Crimea, which Moscow annexed from Ukraine in 2014, and more."
    art, sents = make([FILLER, s], published=date(2024, 8, 5))
    ev = dated(explain(art, sents, [mention(art, "in 2014", **year(2014))]), "in 2014")
    assert ev.why[0] == "event: the date lies in a relative clause and dates it with its antecedent (detachables.detached_part)"


def test_split_clause_and_frame_speaker_are_named():
    s = "Airbus delivered 766 jets in 2024, the planemaker said on Thursday."
    art, sents = make([FILLER, s], published=date(2025, 1, 10))
    events = explain(art, sents, [mention(art, "in 2024", **year(2024)), mention(art, "on Thursday", date(2025, 1, 9))])
    ev = dated(events, "in 2024")
    assert ev.why[0] == "event: the date governs its own part of a clause with other dates (clauses.split_clause)"
    assert all(e.citation.expression != "on Thursday" for e in events)  # the frame's day: no event, no reasons


def test_expected_cue_is_quoted():
    art, sents = make([FILLER, "Airbus plans to open a second line in Toulouse in 2015, officials said."], published=date(2014, 11, 6))
    ev = dated(explain(art, sents, [mention(art, "in 2015", **year(2015))]), "in 2015")
    assert any(w.startswith("modality: expected") for w in ev.why)


def test_pronoun_resolution_is_explained():
    art, sents = make([FILLER, "Guillaume Faury runs the division.", "He said on Wednesday that deliveries would slow."])
    ev = dated(explain(art, sents, [mention(art, "on Wednesday", date(2016, 11, 9))]), "on Wednesday")
    assert "summary: pronoun -> Guillaume Faury (discourse.resolve_pronoun)" in ev.why


def test_lede_event_is_dated_by_publication():
    art, sents = make(
        ["The Russian government was in contact with Donald Trump’s campaign team ahead of his election victory, a senior politician has said."],
        headline="Kremlin Was in Contact With Trump Team",
    )
    [ev] = explain(art, sents, [])
    assert ev.why[:2] == (
        "event: lede of the article, dated by its publication day (lede.lede_event)",
        "dated: publication day -> 2016-11-10",
    )


def test_day_news_names_its_kind():
    art, sents = make([FILLER, "Shell said its volumes were lower than analysts had forecast."])
    [ev] = [e for e in explain(art, sents, []) if e.citation.quote.startswith("Shell")]
    assert ev.why[0] == "event: the day's news (a named subject's saying in the simple past), reported with no date of its own (lede.day_news)"


def test_coordinated_dates_spanning_both_are_explained():
    art, sents = make([FILLER, "Deliveries slowed in November and December 2015."], published=date(2016, 1, 5))
    events = explain(art, sents, [mention(art, "November", **month(2015, 11)), mention(art, "December 2015", **month(2015, 12))])
    [ev] = [e for e in events if e.citation.expression]
    assert ev.why[0] == "event: two coordinated dates with one summary, spanning both (build.spanning)"
    assert "dated: 'November' -> 2015-11" in ev.why and "dated: 'December 2015' -> 2015-12" in ev.why
