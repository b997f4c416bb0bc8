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


def test_a_named_subjects_passive_saying_or_present_perfect_is_the_days_news():
    art, _ = make(["x"])
    ryabkov = ("Sergei Ryabkov, Russia's deputy foreign minister, was quoted as telling the Interfax news agency "
               "“there were contacts” with influential people in the President-elect’s circle.")
    assert day_news(art, ryabkov, [(0, 14, "Sergei Ryabkov")]) == "a named subject's saying in the passive"
    congratulated = "Vladimir Putin has congratulated Donald Trump on his election victory."
    assert day_news(art, congratulated, [(0, 14, "Vladimir Putin")]) == "a named subject's statement in the present perfect"
    kremlin = "The Kremlin has been in direct contact with U.S. President-elect Donald Trump's team."
    assert day_news(art, kremlin, [(4, 11, "Kremlin")]) == "a named subject's statement in the present perfect"
    # Not a name ("Both countries"), a standing position, a "yet to": no news of the day.
    assert day_news(art, "Both countries have taken a combative stance.", []) is None
    assert day_news(art, "Trump has said he would end the war.", [(0, 5, "Donald Trump")]) is None
    assert day_news(art, "Putin has yet to congratulate Trump.", [(0, 5, "Vladimir Putin")]) is None
