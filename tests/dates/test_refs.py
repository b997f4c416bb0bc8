"""Reference words and recurrences."""

from dates_helpers import THU, only, values


def test_now_is_present_ref_with_the_publication_day():
    m = only("The company is now worth more.")
    assert (m.value, m.first, m.last, m.anchor) == ("PRESENT_REF", THU, THU, "publication")


def test_past_and_future_refs():
    assert values("He recently left. In the past it was worse. In the future it will be fine.") == [
        ("recently", "PAST_REF"), ("the past", "PAST_REF"), ("the future", "FUTURE_REF")]
    assert only("in the future").first is None


def test_currently():
    assert values("It is currently closed.") == [("currently", "PRESENT_REF")]


def test_sets():
    assert [(m.value, m.type) for m in __import__("timeline.dates", fromlist=["x"]).find_dates("They meet every week and every Monday.", THU)] == [
        ("P1W", "SET"), ("XXXX-WXX-1", "SET")]


def test_frequencies():
    assert values("The board meets twice a year and reports three times a month.") == [
        ("twice a year", "P1Y"), ("three times a month", "P1M")]


def test_near_and_short_term_are_future_refs():
    assert values("In the near term, growth will slow. Over the short term, prices may rise.") == [
        ("the near term", "FUTURE_REF"), ("the short term", "FUTURE_REF")]
    assert values("Short-term rates fell. The near-term outlook is weak. The short term of the loan ended.") == []
