"""Weekdays: news convention, most recent such day unless the clause looks forward."""

from datetime import date

import pytest

from dates_helpers import THU, only, values


@pytest.mark.parametrize("text,value", [
    ("The comments on Thursday came after the warning.", "2016-11-10"),
    ("Ryabkov said on Wednesday that contacts existed.", "2016-11-09"),
    ("The ministers met on Friday.", "2016-11-04"),
    ("Officials said Monday the deal was done.", "2016-11-07"),
    ("The two leaders will meet on Friday.", "2016-11-11"),
    ("Talks are expected to resume on Monday.", "2016-11-14"),
    ("He is set to visit Paris on Saturday.", "2016-11-12"),
    ("He left last Tuesday.", "2016-11-08"),
    ("We meet next Monday.", "2016-11-14"),
    ("The vote is due on Wednesday, officials said.", "2016-11-16"),
    ("The summit opens on Monday.", "2016-11-14"),
    ("The summit, which opened on Monday, ended.", "2016-11-07"),
])
def test_weekday_direction(text, value):
    m = only(text)
    assert m.value == value
    assert m.rule == "weekday"
    assert m.anchor == "publication"
    assert m.precision == "day"
    assert m.first == m.last == date.fromisoformat(value)


def test_weekday_future_flag():
    assert only("They will meet on Friday.").future
    assert not only("They met on Friday.").future


def test_weekday_with_part_of_day_is_time():
    m = only("The blast happened on Friday afternoon.", date(2013, 3, 22))
    assert (m.value, m.type) == ("2013-03-22TAF", "TIME")


def test_weekday_unresolved_without_publication():
    m = only("The ministers met on Friday.", None)
    assert (m.value, m.anchor, m.first, m.last) == ("XXXX-WXX-5", "unresolved", None, None)


def test_holiday_names_are_not_weekdays():
    from dates_helpers import values
    assert values("Super Tuesday results and Ash Wednesday services", THU) == [("Ash Wednesday", "2017-03-01")]


def test_title_case_headline():
    assert only("Putin Will Meet Trump On Friday").value == "2016-11-11"
    assert only("Putin Met Trump On Friday").value == "2016-11-04"


def test_early_and_late_weekdays():
    m = only("The deal was struck late Tuesday.")
    assert (m.text, m.value, m.mod) == ("late Tuesday", "2016-11-08", "END")
    assert only("It happened early Monday morning.").mod == "START"


def test_this_weekday():
    assert only("The summit is this Friday.").value == "2016-11-11"
    assert only("This Friday's attack shocked the city.").value in ("2016-11-04",)


def test_has_until():
    assert only("The company has until Friday to respond.").value == "2016-11-11"


FRI = date(2024, 2, 16)


@pytest.mark.parametrize("text,value", [
    # The weekday attaches to the reporting verb; the future inside the
    # reported complement ("that ... would") says nothing about it.
    ("Airbus forecast on Thursday that deliveries would rise.", "2024-02-15"),
    ("Airbus forecast on Thursday deliveries would rise.", "2024-02-15"),
    ("Airbus forecasts on Thursday that deliveries would rise.", "2024-02-15"),
    ("The company said on Tuesday it will cut jobs.", "2024-02-13"),
    ("Ford announced on Monday plans to build a plant.", "2024-02-12"),
    ("Ryabkov told journalists on Thursday that talks will resume.", "2024-02-15"),
    ("Analysts predicted in a note on Wednesday that prices will fall.", "2024-02-14"),
    # ... but not when the date lies inside the complement or the verb is future.
    ("He said the vote on Thursday will be close.", "2024-02-22"),
    ("He said Thursday's vote will be close.", "2024-02-22"),
    ("He will say on Thursday that deliveries rose.", "2024-02-22"),
    ("Airbus will forecast on Thursday that deliveries would rise.", "2024-02-22"),
])
def test_reported_complement_does_not_govern_the_reporting_date(text, value):
    assert only(text, FRI).value == value


@pytest.mark.parametrize("text,value", [
    # A date fronted before its clause belongs to the clause's reporting verb.
    ("On Tuesday, the company said it will cut jobs.", "2024-02-13"),
    ("On Thursday, Airbus forecast that deliveries would rise.", "2024-02-15"),
    ("On Thursday the central bank said inflation would ease.", "2024-02-15"),
    ("Late on Thursday, officials warned that the storm will hit.", "2024-02-15"),
    # ... not a date inside the subject, nor one before a parenthetical "he said".
    ("The vote on Tuesday, he said, will be close.", "2024-02-20"),
    ("On Friday, the two leaders will meet.", "2024-02-16"),
    ("On Tuesday, leaders who said they would attend will meet.", "2024-02-20"),
])
def test_fronted_date_belongs_to_the_reporting_verb(text, value):
    assert only(text, FRI).value == value


@pytest.mark.parametrize("text,value", [
    ("The forecast on Monday will be revised.", "2024-02-19"),
    ("The company's earnings reports on Tuesday will show the damage.", "2024-02-20"),
    ("Dell raised its annual revenue forecast on Thursday to $105 billion.", "2024-02-15"),
])
def test_noun_forms_of_reporting_verbs_do_not_claim_the_date(text, value):
    assert only(text, FRI).value == value


def test_agent_phrase_between_verb_and_date():
    m = only("Under a deal confirmed by the city council on Monday, the two bus companies will merge.",
             date(2025, 8, 13))
    assert m.value == "2025-08-11"


MON = date(2024, 3, 4)  # a Monday


@pytest.mark.parametrize("text,value", [
    # a present verb of a schedule with a weekday is the coming day
    ("The carmaker reports its annual results on Wednesday.", "2024-03-06"),
    ("The company reports results on Thursday.", "2024-03-07"),
    ("The central bank holds its policy meeting on Thursday.", "2024-03-07"),
    ("The company, which reports on Thursday, declined to comment.", "2024-03-07"),
    ("The fair opens on Friday.", "2024-03-08"),
    ("The vote is due on Thursday.", "2024-03-07"),
    # past verbs, reporting verbs and nouns stay past
    ("It reported on Wednesday that profit rose.", "2024-02-28"),
    ("The company said on Wednesday that profit rose.", "2024-02-28"),
    ("The carmaker reported its annual results on Wednesday.", "2024-02-28"),
    ("Earnings reports on Thursday showed a drop.", "2024-02-29"),
    ("The central bank held its meeting on Thursday.", "2024-02-29"),
])
def test_present_schedule_verbs_look_forward(text, value):
    assert only(text, MON).value == value


@pytest.mark.parametrize("text", [
    "Media reports on Thursday said the plant would close.",
    "Local media reports on Thursday said the plant would close.",
    "Reports on Thursday showed the plant would close.",
    "Unconfirmed reports on Thursday suggested a deal.",
])
def test_reports_as_a_noun_stays_past(text):
    assert only(text, MON).value == "2024-02-29"


# A past participle opening a phrase set off by a comma (a reduced relative)
# reports a done event: the clause's own future verb does not move the day on.
@pytest.mark.parametrize("text,value,rule", [
    ("A communique, read Wednesday night at a rally, calls for a strike.", "2016-11-09TNI", "reduced_relative"),
    ("The vote, cast Friday, will decide the race.", "2016-11-04", "reduced_relative"),
    ("The contract, set Monday, will cost millions.", "2016-11-07", "reduced_relative"),
    ("Prices, cut Monday by the ministry, will stay low.", "2016-11-07", "reduced_relative"),
    ("The plan, unveiled Monday by the minister, would cut taxes.", "2016-11-07", "reduced_relative"),
    ("The strike, begun Monday, will continue.", "2016-11-07", "reduced_relative"),
    # without a comma: an irregular participle right after a noun phrase
    ("The speech given Tuesday will be studied closely.", "2016-11-08", "reduced_relative"),
    ("The letter written Monday will be read aloud.", "2016-11-07", "reduced_relative"),
    ("The meeting, scheduled for Friday, will decide.", "2016-11-11", "future_word"),
    ("The talks, to be held Tuesday in Geneva, will cover trade.", "2016-11-15", "future_passive"),
])
def test_reduced_relative(text, value, rule):
    from timeline.trace import explained
    with explained():
        m = only(text)
    assert m.value == value
    assert any(f"({rule})" in w for w in m.why), m.why


def test_cue_noun_after_preposition_is_no_future():
    # A clause without a finite verb: "hopes" is a noun here, so the day is the latest one.
    assert only("Stocks sharply higher Monday on hopes of a deal.").value == "2016-11-07"


@pytest.mark.parametrize("text,expected", [
    ("President Donald Trump said Sunday people are anxious to eat out.", [("Sunday", "2016-11-06")]),
    ("He told the Sunday People that he would quit.", []),
    ("He wrote in the Sunday Times.", []),
])
def test_newspaper_titles_are_capitalised(text, expected):
    from dates_helpers import values
    assert values(text) == expected


def test_small_hours_of_the_day_after_publication():
    # tests/data/stories/chile-miners-2010, VOA story of Tuesday 2010-10-12
    text = ("Florencio Avalos, a 31-year-old miner, was brought to the surface shortly after midnight "
            "Wednesday in a metal capsule called Phoenix.")
    assert values(text, date(2010, 10, 12)) == [("Wednesday", "2010-10-13")]
    # without the small hours, the news convention: the most recent Wednesday
    assert values("He was brought to the surface Wednesday.", date(2010, 10, 12)) == [("Wednesday", "2010-10-06")]
    # a weekday further off is not pulled forward
    assert values("Rescuers arrived shortly after midnight Friday.", date(2010, 10, 12)) == [("Friday", "2010-10-08")]


# A present participle opening a phrase set off by a comma is adverbial: the
# verb of the clause it is set into decides, not that verb's complement.
@pytest.mark.parametrize("text,value", [
    ("Clinton, speaking Wednesday at the White House, said the talks would continue.", "2016-11-09"),
    ("Speaking on Wednesday in Paris, the minister said prices would fall.", "2016-11-09"),
    ("The minister, speaking on Tuesday, will say the plan is ready.", "2016-11-15"),
    ("The talks, resuming Monday, will focus on trade.", "2016-11-14"),
])
def test_participle_phrase_takes_the_clause_tense(text, value):
    from timeline.trace import explained
    with explained():
        m = only(text)
    assert m.value == value
    assert any("(participle_phrase)" in w for w in m.why), m.why


@pytest.mark.parametrize("text,value", [
    ("The report is due Tuesday.", "2016-11-15"),
    ("Results are due out Tuesday.", "2016-11-15"),
    ("The data are due by Tuesday.", "2016-11-15"),
    ("Payment was due Tuesday.", "2016-11-08"),  # a past "be" decides
])
def test_due_before_the_day_looks_forward(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text,value", [
    # a cue word opening the sentence is read as one; its capital says nothing
    ("Ahead of Tuesday's vote, candidates held rallies.", "2016-11-15"),
    ("Investors are waiting for Friday's jobs report.", "2016-11-11"),
    ("May said on Tuesday that talks would go on.", "2016-11-08"),  # a name, not the modal
])
def test_story_relative_days_ahead(text, value):
    assert only(text).value == value
