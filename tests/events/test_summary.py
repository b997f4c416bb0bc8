"""events.summary: trimming a summary."""

from __future__ import annotations

from timeline.events.summary import MAX_SUMMARY, trim


def test_trim_drops_markup_openers_and_cuts_at_a_word():
    assert trim("Meanwhile, **Airbus** [raised](http://x) output,") == "Airbus raised output"
    long = trim("word " * 100)
    assert len(long) <= MAX_SUMMARY and long.endswith("…")


def test_a_long_summary_loses_its_trailing_asides_not_its_clause():
    # 41 words: the "which" clause is an aside, the clause before it the statement.
    s = ("The agreement settled a dispute between the companies in 1991, which barred Apple Computer "
         "from using the Apple brand in certain markets and allowed the record label to keep its trademark "
         "for music while the computer maker kept its own for computers.")
    out = trim(s)
    assert out == "The agreement settled a dispute between the companies in 1991."
    assert not out.endswith("…")


def test_an_aside_holding_the_date_stays():
    s = ("NASA has spent an estimated one billion dollars over two years on the work to redesign the "
         "shuttle and its tank, after Columbia was destroyed in February 2003 during its return to Earth "
         "with seven astronauts aboard.")
    assert "February 2003" in trim(s, keep="February 2003")


def test_a_short_summary_is_kept_whole():
    s = "Boeing grounded its fleet on Monday, which surprised airlines."
    assert trim(s) == s


def test_a_parenthesis_goes_but_what_follows_it_stays():
    s = ("On July 4, 2024, the agency reported from the capital (the city where the minister arrived on a "
         "two-day visit) that the minister expressed his belief that the talks would resume within the month.")
    assert trim(s) == ("On July 4, 2024, the agency reported from the capital that the minister expressed his "
                       "belief that the talks would resume within the month.")
