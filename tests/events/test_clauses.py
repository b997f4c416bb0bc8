"""events.clauses, detachables, modifiers, frames: the part of a sentence a date governs."""

from __future__ import annotations

from events_helpers import make

from timeline.events.clauses import main_part, split_clause
from timeline.events.detachables import detachables, innermost, relative_antecedent
from timeline.events.discourse import Discourse
from timeline.events.frames import framing_day
from timeline.events.modifiers import is_modifier, modifier_part
from timeline.events.reading import Dated, Reading
from timeline.model import Mention


def reading(text: str) -> Reading:
    art, sents = make([text])
    return Reading(art, sents[0], (), Discourse())


def at(text: str, expr: str) -> Dated:
    s = text.index(expr)
    return Dated(Mention(s, s + len(expr), expr, "X"), s, s + len(expr))


def pieces(text: str, part) -> list[str]:
    return [text[a:b] for a, b in part.pieces]


def test_a_trailing_frame_leaves_the_fact_its_own_clause():
    text = "Airbus delivered 766 jets in 2024, the planemaker said on Thursday."
    d, other = at(text, "in 2024"), at(text, "on Thursday")
    assert framing_day(text, other, [d.span]) == text.index(", the planemaker")
    part = main_part(reading(text), d, [], [other.span])
    assert pieces(text, part) == ["Airbus delivered 766 jets in 2024"]
    assert part.why.endswith("(clauses.split_clause)")


def test_an_opening_participle_phrase_dates_the_saying_not_a_fact_of_its_own():
    # The sentence of a VOA report (2011-03-16): "Speaking ..." is no reported fact.
    text = ("Speaking at a news conference in Vienna Wednesday, IAEA Director-General Yukiya Amano "
            "said he hopes to arrive in Japan as early as Thursday and to stay for a day.")
    d, other = at(text, "Wednesday"), at(text, "Thursday")
    part = main_part(reading(text), d, [], [other.span])
    assert pieces(text, part) == [text[text.index("IAEA"):]]
    # A gerund subject with its own verb is a fact before its frame.
    text = "Spending rose in March, the agency said on Friday."
    d, other = at(text, "in March"), at(text, "on Friday")
    assert pieces(text, main_part(reading(text), d, [], [other.span])) == ["Spending rose in March"]


def test_the_day_of_a_saying_is_taken_out_of_what_was_said():
    text = "Boeing said on Tuesday it would cut jobs this year."
    d, other = at(text, "this year"), at(text, "on Tuesday")
    assert split_clause(text, 0, len(text), *d.span, [other.span]) == ((0, len("Boeing said")), (other.end, len(text)))


def test_coordinated_clauses_each_keep_their_date():
    text = "Sales fell in March, but they recovered in June."
    d, other = at(text, "in June"), at(text, "in March")
    part = main_part(reading(text), d, [], [other.span])
    assert pieces(text, part) == ["they recovered in June."]
    assert part.why == "the date governs its coordinated clause (clauses.main_part)"


def test_a_sole_date_governs_the_main_clause_minus_other_dates_asides():
    text = "Putin wants Crimea, which Moscow annexed in 2014, back by March."
    aside = innermost(detachables(text), *at(text, "in 2014").span)
    assert text[aside[0]:aside[1]] == ", which Moscow annexed in 2014"
    crimea = (text.index("Crimea"), text.index(","), "Crimea")
    assert text[relative_antecedent(text, aside[0], [crimea]):aside[0]] == "Crimea"
    part = main_part(reading(text), at(text, "by March"), [aside], [])
    assert "".join(pieces(text, part)) == "Putin wants Crimea back by March."
    assert part.why == "the date governs the main clause (clauses.main_part)"


def test_a_noun_modifier_dates_its_noun_phrase():
    text = "Officials met before the 2016 presidential election campaign began."
    d = at(text, "2016")
    assert is_modifier(text, *d.span, heading=False)
    assert not is_modifier(text, *at(text, "before").span, heading=False)
    assert pieces(text, modifier_part(reading(text), d)) == ["the 2016 presidential election campaign"]


def test_a_sole_date_in_a_clause_of_time_dates_that_clause_not_the_main_one():
    # VOA, 2005 and 2010 (public domain)
    text = "NASA has spent an estimated $1 billion to redesign the shuttle after Columbia was destroyed in February 2003."
    part = main_part(reading(text), at(text, "in February 2003"), [], [])
    assert pieces(text, part) == ["Columbia was destroyed in February 2003"]
    assert not part.whole  # the main clause is not this date's event
    text = "This was the first shuttle landing since the space shuttle Columbia disintegrated during re-entry in February, 2003."
    part = main_part(reading(text), at(text, "in February, 2003"), [], [])
    assert pieces(text, part) == ["the space shuttle Columbia disintegrated during re-entry in February, 2003"]
    # No verb of its own, or a saying (the news the main clause reacts to): the main clause's.
    text = "Shares fell 5% after the vote on Tuesday."
    assert pieces(text, main_part(reading(text), at(text, "on Tuesday"), [], [])) == [text]
    text = "Shares fell 5% after Boeing said on Tuesday it would cut output."
    assert pieces(text, main_part(reading(text), at(text, "on Tuesday"), [], [])) == [text]
    # "after" governing a moment of the day is a preposition: no clause, though a participle follows.
    # VOA, 12 October 2010 (public domain)
    text = ("Florencio Avalos, a 31-year-old miner, was brought to the surface shortly after midnight "
            "Wednesday in a metal capsule called Phoenix.")
    part = main_part(reading(text), at(text, "Wednesday"), [], [])
    assert pieces(text, part) == [text] and part.whole


def test_a_date_counted_from_now_is_no_adjective_and_a_relative_clause_ends_before_the_main_verb():
    # VOA, 26 July 2005 (public domain): "two weeks ago" dates the relative clause's grounding.
    text = "Fears of a malfunctioning fuel sensor that grounded Discovery's launch two weeks ago failed to materialize."
    s = text.index("two weeks ago")
    assert not is_modifier(text, s, s + len("two weeks ago"), False)
    assert is_modifier("Discovery's 2005 launch failed.", 12, 16, False)  # a year is one
    spans = detachables(text)
    assert [text[a:b] for a, b, _ in spans] == [" that grounded Discovery's launch two weeks ago"]


def test_a_date_after_its_noun_and_of_modifies_that_noun():
    # NASA, 27 July 2005 (public domain)
    text = ("Space Shuttle Discovery lifted off, returning to flight more than two years "
            "after the Space Shuttle Columbia tragedy of February 1, 2003.")
    d = at(text, "February 1, 2003")
    assert is_modifier(text, d.start, d.end, False)
    assert pieces(text, modifier_part(reading(text), d)) == ["the Space Shuttle Columbia tragedy of February 1, 2003"]
    for text, expr in (("Sales rose at the end of March.", "March"), ("It was closed that as of February.", "February"),
                       ("It opened on the morning of July 4.", "July 4")):
        d = at(text, expr)
        assert not is_modifier(text, d.start, d.end, False), text  # a noun of time, or no noun: the date's own phrase


def test_a_relative_clause_hangs_on_the_object_not_the_verb_before_it():
    # SemEval-2015 Apple (Wikinews): no comma before "which".
    text = "In 1986 he bought Pixar which was acquired by The Walt Disney Company in 2005."
    assert text[relative_antecedent(text, text.index(" which"), ()):text.index(" which")] == "Pixar"
    # a participle after a determiner or an adverb is the noun phrase's adjective
    text = "They sold the newly acquired unit which had lost money in 2005."
    assert text[relative_antecedent(text, text.index(" which"), ()):text.index(" which")] == "the newly acquired unit"
