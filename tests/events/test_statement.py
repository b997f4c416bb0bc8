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
