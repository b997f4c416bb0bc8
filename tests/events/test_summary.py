"""events.summary: trimming a summary."""

from __future__ import annotations

from timeline.events.summary import MAX_SUMMARY, trim


def test_trim_drops_markup_openers_and_cuts_at_a_word():
    assert trim("Meanwhile, **Airbus** [raised](http://x) output,") == "Airbus raised output"
    long = trim("word " * 100)
    assert len(long) <= MAX_SUMMARY and long.endswith("…")
