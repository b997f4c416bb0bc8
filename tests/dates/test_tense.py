"""The tense rules, one row per rule: (sentence with [the date], direction, deciding rule, rule exercised).

The deciding rule is the name `tense` returns; the rule exercised is the
rule function that must have fired (decided, or passed over a word) for the
row to come out so. Every rule of `CLAUSE_RULES`, `LEFT_RULES`,
`RIGHT_RULES`, `verbless_phrase` and `no_cue` is exercised by some row.
"""

import re
from datetime import date

import pytest

import timeline.dates.tense as tense_pkg
from timeline.dates import find_dates
from timeline.dates.tense import CLAUSE_RULES, tense
from timeline.dates.tense.rules import LEFT_RULES, RIGHT_RULES, SKIP
from timeline.trace import explained

ROWS = [
    # words before the date
    ("The company, which reports on [Thursday], is expected to beat estimates.", 1, "schedule_verb", "schedule_verb"),
    ("He said [Friday] that prices fell.", -1, "reporting_verb", "reporting_verb"),
    ("Officials told journalists on [Thursday] the vote would be close.", -1, "reporting_verb", "reporting_verb"),
    ("The president told reporters at the White House [Wednesday] that the talks would cover trade.", -1,
     "reporting_verb", "reporting_verb"),  # the addressee, then the place of the telling
    ("She told the crowd at the rally on [Friday] that she will win.", -1, "reporting_verb", "reporting_verb"),
    ("He told reporters the vote in the Senate [Friday] would be close.", 1, "future_word", "right_cue"),
    ("He said the new talks on [Friday] are key.", 0, "no_cue", "distant_reporting_verb"),
    ("Officials plan to vote on [Tuesday].", 1, "infinitive", "infinitive"),
    ("They decided to leave on [Friday].", -1, "infinitive", "infinitive"),
    # an infinitive of aspect tells what goes on now (VOA, 9 June 2020: tests/data/entities/sp-500)
    ("The Dow Jones, S&P 500 and Nasdaq continue to trend lower in futures trading, despite finishing "
     "[Monday]’s trading day with solid gains.", 0, "aspect_infinitive", "infinitive"),
    # "to" before a figure is a preposition: the change's end value, no infinitive (BLS, 1998)
    ("The number unemployed increased by 218,000 to 2.9 million in [October].", -1, "regular_past", "left_cue"),
    # an infinitive with its own subject, in the object of a past verb: after that event, not after publication
    ("The minister accepted an offer for the team to play in [February]'s final.", 0, "infinitive_in_past_clause",
     "infinitive"),
    ("The company announced plans to open a store in [March].", 1, "infinitive", "infinitive"),
    ("He said athletes to compete in [February] would be named.", 1, "infinitive", "infinitive"),
    ("The club accepted an invitation to play in [March].", 0, "infinitive_in_past_clause", "infinitive"),
    ("The club accepted an invitation to play on [Friday].", 1, "infinitive", "infinitive"),  # the coming days
    ("The president urged lawmakers to vote in [March].", 1, "infinitive", "infinitive"),  # what the object is to do
    ("The summit will open on [Monday].", 1, "future_word", "left_cue"),
    ("Prices fell in [March].", -1, "past_word", "left_cue"),
    ("Sales jumped in [March].", -1, "regular_past", "left_cue"),
    ("He couldn't call on [Monday].", -1, "negated_past", "left_cue"),
    ("He won't call on [Monday].", 1, "negated_future", "left_cue"),
    ("The company has until [Friday] to respond.", 1, "future_phrase", "left_cue"),
    ("The union threatens to, on [Monday], walk out.", 1, "infinitive_taker", "left_cue"),
    ("The vote was postponed until [March].", 1, "postponed_until", "left_cue"),
    ("The company put off the vote until [March].", 1, "postponing_particle", "left_cue"),
    ("The meeting will be held on [Monday].", 1, "future_passive", "left_cue"),
    ("The meeting is held on [Monday].", 0, "no_cue", "no_cue"),  # a present passive says nothing
    ("The regulator will ground the jets on [Friday].", 1, "future_word", "left_cue"),  # "ground": a base form
    ("The bill, passed [Tuesday] by the Senate, will go to the House.", -1, "reduced_relative", "reduced_relative"),
    ("The envoy, speaking [Tuesday] in Geneva, said talks would resume.", -1, "participle_phrase", "participle_phrase"),
    # issue 13: the outcome of an event is spoken of after it
    ("Markets will react to the outcome of [Friday]'s summit.", -1, "outcome_of", "outcome_of"),
    ("Shares fell in the wake of [Tuesday]'s vote, and will fall further.", -1, "outcome_of", "outcome_of"),
    ("Analysts will watch [Friday]'s jobs report.", 1, "future_word", "left_cue"),
    # verbs whose past is their base form
    ("The company cut its goal in [June].", -1, "noun_subject_base_form", "left_cue"),
    ("The bank has cut rates in [June].", -1, "perfect_base_form", "left_cue"),
    ("This is the target it set in [the summer].", -1, "singular_subject_base_form", "left_cue"),
    ("They cut rates in [June].", -1, "pronoun_subject_base_form", "left_cue"),
    ("They usually cut rates in [June].", 0, "no_cue", "no_cue"),  # a habit
    ("Investors bet on a cut in [June].", 0, "no_cue", "no_cue"),  # a prediction
    ("They set [Friday] as the deadline.", 1, "future_word", "right_cue"),  # a target, not a past
    ("They put the plan on hold in [December].", -1, "pronoun_subject_base_form", "left_cue"),  # "plan": a noun
    ("The vote is set for [Monday].", 1, "future_word", "left_cue"),
    # the reporting verb the date belongs to showed no tense
    ("Nvidia forecast [third-quarter] revenue above estimates.", 0, "reported_clause", "reported_clause"),
    # words after the date
    ("On [Tuesday], the company said it will cut jobs.", -1, "fronted_report", "fronted_report"),
    # the date of an opening occasion is when it was said (SemEval-2015 Apple, Wikinews)
    ("In a [July 16] press conference, Jobs said that all buyers would be eligible.", -1, "fronted_report", "fronted_report"),
    ("On [Friday], he said, talks will resume.", 1, "future_word", "parenthetical_report"),
    ("The vote on [Monday] is key, officials said.", 0, "no_cue", "distant_report_after"),
    ("[Friday]'s meeting will decide.", 1, "future_word", "right_cue"),
    ("The deal on [Monday] has been signed, officials said.", -1, "past_word", "right_of_date"),
    # a relative clause on the date's noun (tests/data/business voa-2014-10-09)
    ("It's certainly nice to see a rebound after the disastrous [first quarter] that we had.",
     -1, "relative_clause", "relative_clause"),
    ("The company will report results for [the quarter] that ended Sept. 30.", -1, "relative_clause", "relative_clause"),
    ("He said [Friday] that it will close.", -1, "reporting_verb", "reporting_verb"),  # "that" opens the report
    ("The court ruled [Monday] that it will hear the case.", -1, "regular_past", "left_cue"),  # the verb's complement
    # the whole clause
    ("Ryanair would fly the new route to Faro three times a week from April, but not for [the winter].",
     1, "verbless_phrase", "verbless_phrase"),
    ("The meeting is on [Monday].", 0, "no_cue", "no_cue"),
    ("Prices fell in [March].", -1, "past_word", "left_of_date"),
]


def _parse(marked: str) -> tuple[str, int, int]:
    m = re.search(r"\[(.+?)\]", marked)
    text = marked[:m.start()] + m.group(1) + marked[m.end():]
    return text, m.start(), m.start() + len(m.group(1))


@pytest.fixture
def fired(monkeypatch):
    """The names of the rules that fired (returned a decision or passed over a word)."""
    names: set[str] = set()

    def record(rule):
        def wrapped(*args):
            out = rule(*args)
            if out is not None:
                names.add(rule.__name__)
            return out
        wrapped.__name__ = rule.__name__
        return wrapped

    monkeypatch.setattr(tense_pkg, "LEFT_RULES", tuple(record(r) for r in LEFT_RULES))
    monkeypatch.setattr(tense_pkg, "RIGHT_RULES", tuple(record(r) for r in RIGHT_RULES))
    monkeypatch.setattr(tense_pkg, "CLAUSE_RULES", tuple(record(r) for r in CLAUSE_RULES))
    monkeypatch.setattr(tense_pkg, "verbless_phrase", record(tense_pkg.verbless_phrase))
    monkeypatch.setattr(tense_pkg, "no_cue", record(tense_pkg.no_cue))
    return names


@pytest.mark.parametrize("marked,direction,rule,exercised", ROWS)
def test_rule(marked, direction, rule, exercised, fired):
    text, start, end = _parse(marked)
    t = tense(text, start, end)
    assert (t.direction, t.rule) == (direction, rule), t
    assert exercised in fired, fired


def test_every_rule_has_a_row():
    rules = {r.__name__ for r in (*CLAUSE_RULES, *LEFT_RULES, *RIGHT_RULES)} | {"verbless_phrase", "no_cue"}
    assert rules <= {row[3] for row in ROWS}


def test_the_rule_names_its_cue_word():
    text, start, end = _parse("He said [Friday] that prices fell.")
    t = tense(text, start, end)
    assert (t.cue, t.word, t.describe()) == ("said", "past", "cue 'said' (reporting_verb)")
    text, start, end = _parse("The meeting is on [Monday].")
    assert tense(text, start, end).describe() == "no cue in the clause (no_cue)"


def test_skip_passes_over_a_word():
    from timeline.dates.tense.clause import read_clause
    from timeline.dates.tense.rules import distant_reporting_verb

    text, start, end = _parse("He said the new talks on [Friday] are key.")
    cl = read_clause(text, start, end)
    said = [w for w, _ in cl.left].index("said")
    assert distant_reporting_verb(cl, said) is SKIP


def test_title_case_headline_is_read_in_lower_case():
    text, start, end = _parse("Putin Will Meet Trump On [Friday]")
    assert (tense(text, start, end).direction, tense(text, start, end).cue) == (1, "will")


THU = date(2016, 11, 10)


@pytest.mark.parametrize("text,reason", [
    ("He said on Friday that prices fell.", "weekday: past, cue 'said' (reporting_verb)"),
    ("The company will report on Friday.", "weekday: future, cue 'will' (future_word)"),
    ("They met on Friday, it is thought.", None),
    ("December sales were strong.", "month: past, cue 'were' (past_word)"),
    ("The plant closes by January.", "month: future, a deadline or coming day looks forward (deadline)"),
    ("He saw the figures for March.", "month: past, cue 'saw' (past_word)"),
    ("Sales figures for March are good.", "month: no tense, no cue in the clause (no_cue)"),
    ("Last May, they met.", "month: past, stated in 'Last May' (stated_direction)"),
])
def test_the_direction_of_a_weekday_or_month_is_explained(text, reason):
    with explained():
        m = find_dates(text, THU)[0]
    assert m.why[0].startswith("found: ")
    if reason is not None:
        assert reason in m.why, m.why
    assert m.why[-1].startswith("resolved: "), m.why


def test_no_reasons_outside_explained():
    assert all(m.why == () for m in find_dates("He said on Friday that prices fell last week.", THU))
