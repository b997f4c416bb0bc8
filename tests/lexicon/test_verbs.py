"""lexicon.verbs: the three tables of verbs of saying, one job each, documented side by side."""

from timeline.lexicon.verbs import DAY_NEWS_SAYING_VERBS, REPORTING_VERBS, SPEAKER_VERBS


def test_each_table_of_saying_verbs_is_a_subset_of_the_next():
    assert set(DAY_NEWS_SAYING_VERBS) <= REPORTING_VERBS <= set(SPEAKER_VERBS)


def test_the_tables_stay_apart_for_their_rules():
    # "forecast on Thursday" dates a saying (events) but reports no clause for the tense rules.
    assert "forecast" in SPEAKER_VERBS and "forecast" not in REPORTING_VERBS
    # "says" frames a reported clause, but only the simple past makes the day's news.
    assert "says" in REPORTING_VERBS and "says" not in DAY_NEWS_SAYING_VERBS
