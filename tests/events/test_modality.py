"""events.modality: reported or expected, and why."""

from __future__ import annotations

from datetime import date

from events_helpers import make

from timeline.events.modality import first_cue, modality_of, speculation
from timeline.events.reading import Dated
from timeline.model import Mention


def judge(text: str, expr: str, first: date, **kw):
    art, _ = make([text], published=date(2016, 11, 10))
    s = text.index(expr)
    m = Mention(s, s + len(expr), expr, first.isoformat(), first=first, last=first, **kw)
    return modality_of(art, text, Dated(m, s, s + len(expr)))


def test_a_date_after_publication_is_expected():
    assert judge("Boeing delivers jets on Monday.", "on Monday", date(2016, 11, 14)) == (
        "expected", "modality: expected, the date lies after publication (modality.modality_of)")


def test_the_small_hours_after_publication_told_in_the_past_are_reported():
    # The finder dates "shortly after midnight Friday" in a past clause of a Thursday story to Friday, not looking forward.
    text = "The miner was brought up shortly after midnight Friday."
    assert judge(text, "Friday", date(2016, 11, 11), anchor="publication")[0] == "reported"
    assert judge(text, "Friday", date(2016, 11, 11), anchor="publication", future=True)[0] == "expected"
    assert judge(text, "Friday", date(2016, 11, 12), anchor="publication")[0] == "expected"


def test_a_cue_in_the_clause_is_quoted():
    mood, why = judge("Boeing plans to cut jobs in October.", "in October", date(2016, 10, 1))
    assert mood == "expected" and "cue 'plans to'" in why


def test_the_day_of_a_saying_is_reported_even_of_a_plan():
    assert judge("Boeing said on Tuesday it would cut jobs.", "on Tuesday", date(2016, 11, 8))[0] == "reported"


def test_may_mid_clause_is_the_month():
    assert first_cue("deliveries in May rose") is None
    assert first_cue("May rise") == "May"


def _speculates(text: str, expr: str, first: date) -> bool:
    art, _ = make([text], published=date(2019, 8, 29))
    s = text.index(expr)
    m = Mention(s, s + len(expr), expr, first.isoformat(), first=first, last=first)
    return speculation(art, text, Dated(m, s, s + len(expr)))


def test_a_guess_at_what_may_happen_with_no_one_saying_it_is_no_event():
    # VOA, 29 Aug 2019.
    assert _speculates("The storm could slam into southeastern Florida early Monday as a Category 4 hurricane.",
                       "early Monday", date(2019, 9, 2))
    assert _speculates("Prices may well rise next week.", "next week", date(2019, 9, 2))
    assert _speculates("The United States could impose sanctions on Friday.", "on Friday", date(2019, 8, 30))


def test_a_guess_someone_tells_a_plan_or_a_past_possibility_stays():
    assert not _speculates("The Kremlin could hold talks with Trump on Monday, Peskov has confirmed.",
                           "on Monday", date(2019, 9, 2))
    assert not _speculates("The agency will open its offices on Monday.", "on Monday", date(2019, 9, 2))
    assert not _speculates("Rescuers could see the miners on Tuesday.", "on Tuesday", date(2019, 8, 27))
    assert not _speculates("Officials could not reach the island on Monday.", "on Monday", date(2019, 9, 2))
    assert not _speculates("A storm that could slam into Florida formed on Monday.", "on Monday", date(2019, 9, 2))
    # "may" granting leave, a modal inside a "whether" clause, a guess about the publication day itself.
    assert not _speculates("Residents may return to their homes on Friday.", "on Friday", date(2019, 8, 30))
    assert not _speculates("NASA will decide whether it could launch on Friday.", "on Friday", date(2019, 8, 30))
    assert not _speculates("Rescuers could see the miners on Thursday.", "on Thursday", date(2019, 8, 29))


def test_a_prediction_changed_or_kept_is_what_happened_not_a_plan():
    assert first_cue("The group raised its full-year earnings forecast on Thursday") is None
    assert first_cue("The carrier kept its profit forecast unchanged") is None
    assert first_cue("Toyota cut its annual sales target") is None
    # a prediction the clause still makes, or a change still to come, is a cue
    assert first_cue("The forecast calls for rain") == "forecast"
    assert first_cue("The group plans to raise its forecast") == "plans to"
