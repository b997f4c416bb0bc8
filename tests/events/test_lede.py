"""events.lede: the lede and the day's news, dated by publication."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from events_helpers import make

from timeline.events.lede import day_news, headline_of, lede


def test_the_lede_is_the_headline_and_the_first_full_sentence():
    art, sents = make(["Short caption.", "Airbus raised output of its A320neo jets on Thursday in Toulouse."], headline="Airbus Raises Output")
    assert lede(art, sents) == [sents[0], sents[2]]
    assert headline_of(art, lede(art, sents)) == sents[0]


def test_the_days_news_needs_a_named_subject_and_a_day():
    art, _ = make(["x"])
    assert day_news(art, "Shell said its volumes were lower.") == "a named subject's saying in the simple past"
    assert day_news(art, "Novo's shares rose 4.8% in Copenhagen.") == "a move of shares"
    assert day_news(art, "He said its volumes were lower.") is None  # whom "he" means was not said here
    assert day_news(art, "Shell has said its volumes were lower.") is None  # not the simple past
    window = replace(art, published=None, published_window=(date(2016, 11, 1), date(2016, 11, 30)))
    assert day_news(window, "Shell said its volumes were lower.") is None  # not known to the day
