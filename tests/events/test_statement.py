"""events.statement: who did what opening an undated sentence, and in which tense.

Sentences from the Wikinews articles of SemEval-2015 Task 4 (CC BY 2.5) and
VOA (public domain); names given as the name finder gives them."""

from __future__ import annotations

import pytest

from timeline.events.statement import main_statement


def _names(text: str, *names: str):
    return [(text.index(n), text.index(n) + len(n), n) for n in names]


def test_a_named_subject_in_the_simple_past_after_an_opening_adjunct():
    text = "During the keynote, Jobs demoed the device's new internal gyroscope as well."
    said = main_statement(text, _names(text, "Jobs"))
    assert (said.subject, said.by, said.verb, said.form) == ("Jobs", "name", "demoed", "past")
    text = "In addition to its design features, Jobs showed off iPhone 4's new video calling abilities."
    assert main_statement(text, _names(text, "Jobs", "iPhone 4")).verb == "showed"
    text = "While introducing iPhone 4, at the annual conference, Jobs started by hinting at the incident."
    assert main_statement(text, _names(text, "iPhone 4", "Jobs")).verb == "started"  # two adjuncts, the second lower case
    text = "However, Jobs admitted that the percentage of calls dropped on the iPhone 4 was slightly greater."
    assert main_statement(text, _names(text, "Jobs", "iPhone 4")).verb == "admitted"


def test_titles_and_names_before_the_verb_are_one_subject():
    text = "Apple CEO Steve Jobs unveiled the device by walking onto the stage."
    said = main_statement(text, _names(text, "Apple", "Steve Jobs"))
    assert (said.subject, said.verb) == ("Steve Jobs", "unveiled")
    said = main_statement(text, _names(text, "Apple", "CEO Steve Jobs"))  # as the name finder splits it
    assert (said.subject, said.verb) == ("CEO Steve Jobs", "unveiled")
    text = "Dr. Michael Duncan, deputy chief medical officer in the Space Life Sciences Directorate at Johnson, led the team."
    assert main_statement(text, _names(text, "Dr. Michael Duncan", "Space Life Sciences Directorate")).verb == "led"


@pytest.mark.parametrize("text, name, expected", [
    # VOA, 6 October 2004 (public domain): an appositive may hold a place with its own comma
    ("Company spokesman Bill Wertz, speaking to VOA from Walmart corporate headquarters in Bentonville, "
     "Arkansas, says the same business model is applied overseas.", "Bill Wertz", ("Bill Wertz", "says", "present")),
    # a second comma that opens no place closes nothing: no verb after the subject
    ("Bill Wertz, a spokesman, a father of three, says it is rare.", "Bill Wertz", None),
    # VOA, 25 November 2005: a role of the organisation's, then the name in commas
    ("Its chief executive officer, Rick Wagoner, says the cuts are necessary for the company to compete.",
     "Rick Wagoner", ("Rick Wagoner", "says", "present")),
    ("Its chief executive officer, Rick Wagoner, a veteran of the firm, says it is true.", "Rick Wagoner", None),
    # VOA, 25 November 2005: people of a named organisation make its statement, in the plural
    ("G.M. officials say they want to reduce employee numbers mainly through retirements.", "G.M.",
     ("G.M.", "say", "present")),
    # the plural saying only after a plural of people: "report" after a name is a noun
    ("Toyota report says sales fell.", "Toyota", None),
])
def test_subjects_before_the_verb(text, name, expected):
    said = main_statement(text, _names(text, name))
    assert (said and (said.subject, said.verb, said.form)) == expected


def test_a_pronoun_or_a_nominal_subject_and_the_passive():
    said = main_statement("He showed videos demonstrating a drop in signal strength.", [])
    assert (said.subject, said.by, said.form) == ("He", "pronoun", "past")
    text = "The new iPhone was praised by Jobs as the biggest leap."
    said = main_statement(text, _names(text, "iPhone", "Jobs"))
    assert (said.subject, said.verb, said.form) == ("iPhone", "was praised", "passive")
    said = main_statement("The company reported a quarterly loss.", [])
    assert (said.subject, said.by) == ("company", "nominal")


def test_no_statement_of_the_day_in_a_state_a_background_a_negation_or_a_condition():
    cases = [
        ("It is only 9.3 millimetres thick.", ()),  # a state in the present
        ("It comes in two colors - black and white - and two storage capacities.", ()),  # present
        ("This was Jobs' third period of medical leave.", ("Jobs",)),  # a copula
        ("Jobs had undergone a liver transplant.", ("Jobs",)),  # past perfect: background
        ("Jobs has not yet mentioned what prompted his decision.", ("Jobs",)),  # a negation
        ("If Apple resigned, Jobs said he would stay.", ("Apple", "Jobs")),  # a condition
        ("When Apple CEO Steve Jobs first introduced iPhone 4, he praised the design.", ("Apple", "Steve Jobs")),
        ("iPhone 4 will be available on June 24 in the United States.", ("iPhone 4",)),  # a modal
        ("Both countries have taken a combative stance.", ()),  # no name
    ]
    for text, names in cases:
        assert main_statement(text, _names(text, *names)) is None, text


def test_an_owner_before_a_name_and_a_kind_noun_after_it_are_one_subject():
    # VOA, 15 July 2008 and 30 March 2020 (public domain; tests/data/entities/hang-seng).
    text = ("Hong Kong's Hang Seng index plummeted nearly four percent, while Japan's benchmark Nikkei 225 index fell "
            "two percent to its lowest level in more than three months.")
    said = main_statement(text, _names(text, "Hong Kong", "Hang Seng", "Japan", "Nikkei 225"))
    assert (said.subject, said.verb, said.form, text[said.start:said.end]) == (
        "Hang Seng", "plummeted", "past", "Hong Kong's Hang Seng index")
    text = "Japan's benchmark Nikkei 225 index fell two percent."
    assert main_statement(text, _names(text, "Japan", "Nikkei 225")).subject == "Nikkei 225"
    # An owner's thing that is no name stays no statement of the owner's: "Apple's shares" is for lede's share moves.
    text = "Apple's new phone sold well."
    assert main_statement(text, _names(text, "Apple")) is None


@pytest.mark.parametrize("text, names, verb", [
    # VOA (public domain; tests/data/entities/sp-500, hang-seng).
    ("The S&P 500 was also down 1%, while a boost in some tech stocks sent the Nasdaq Composite up.", ("S&P 500",),
     "was also down"),
    ("In late afternoon trading, Hong Kong’s Hang Seng index is 1.8% higher, while Mumbai’s Sensex is up.",
     ("Hong Kong", "Hang Seng"), "is 1.8% higher"),
    ("The S&P 500 was 1% higher.", ("S&P 500",), "was 1% higher"),
])
def test_a_rise_or_fall_told_with_the_copula_is_a_move(text, names, verb):
    said = main_statement(text, _names(text, *names))
    assert (said.verb, said.form) == (verb, "move")


def test_a_copula_without_a_move_is_no_statement():
    text = "The Nasdaq was a bright spot."
    assert main_statement(text, _names(text, "Nasdaq")) is None
    text = "Jobs was uplifted by the crowd."
    assert main_statement(text, _names(text, "Jobs")).form == "passive"
