"""events.appearance: one speaker's sayings in a row are one event; whom a
speaker's title stands for. Real
sentences: Voice of America, 17 July and 5 August 2010 (public domain), and
Wikinews, 6 June 2005 (CC BY 2.5), the White House, 16 July 2010 (public
domain)."""

from __future__ import annotations

from pathlib import Path

from timeline.events.discourse import Discourse, speaker
from timeline.pipeline import build_timeline

CAP_HOLDS = """---
title: "BP Oil Well Cap Holds as Scientists Analyze Test Results"
date: 2010-07-17
---
Oil company BP says the giant cap it placed over a blown-out well appears to be holding, as engineers work around the clock to analyze pressure readings, temperature gauges and underwater images.  The U.S. official overseeing the government's response to the Gulf of Mexico oil spill said Friday pressure tests on the ruptured well will continue, as initial readings were not conclusive.  Retired Coast Guard Admiral Thad Allen said pressure readings, while rising slowly, have not reached the level that would show there are no new leaks in the well.  He said the readings could signal a depletion in the reservoir that is the source of the oil, or that there may be a leak that has not been discovered. BP executive Kent Wells said later there is no indication any oil is leaking.
"""

KEYNOTE = """---
title: "Apple Computer CEO Steve Jobs gives opening keynote to WWDC 2005"
date: 2005-06-06
---
Apple Computer CEO and co-founder Steve Jobs gave his annual opening keynote to the World Wide Developers Conference (WWDC) at Moscone Center in San Francisco, California on Monday.

Steve Jobs announced that automatic podcasting subscription would be built in to iTunes and iPod seamlessly.

He also announced that QuickTime 7 would be soon available for Windows.
"""


def _entries(tmp_path: Path, text: str):
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    return build_timeline([tmp_path]).entries


def test_a_speakers_saying_and_the_he_said_after_it_are_one_entry(tmp_path):
    entries = _entries(tmp_path, CAP_HOLDS)
    allen = [e for e in entries if "readings" in e.summary and "Thad Allen" in e.actors]
    assert len(allen) == 1
    quotes = [c.quote for c in allen[0].citations]
    assert any(q.startswith("He said the readings could signal") for q in quotes)
    assert any(q.startswith("Retired Coast Guard Admiral Thad Allen said") for q in quotes)
    # Another speaker right after is another statement.
    wells = [e for e in entries if "Kent Wells" in e.actors]
    assert len(wells) == 1 and len(wells[0].citations) == 1


def test_he_also_announced_is_another_item_of_the_same_speaker(tmp_path):
    entries = _entries(tmp_path, KEYNOTE)
    podcasting = [e for e in entries if any("podcasting subscription" in c.quote for c in e.citations)]
    quicktime = [e for e in entries if any("QuickTime 7" in c.quote for c in e.citations)]
    assert podcasting and quicktime and podcasting[0] is not quicktime[0]


def test_the_speaker_is_not_a_name_modifying_the_subject_noun():
    # "the Gulf of Mexico oil spill said": the speaker is the official, not the Gulf.
    text = "The U.S. official overseeing the government's response to the Gulf of Mexico oil spill said Friday pressure tests will continue."
    at = text.index("Gulf")
    assert speaker(text, [(at, at + len("Gulf of Mexico"), "Gulf of Mexico")], Discourse()) is None
    text = "The NOAA administrator said the amount of oil released has already impacted shorelines."
    assert speaker(text, [(4, 8, "NOAA")], Discourse()) is None
    assert speaker("Allen also said the well was holding.", [(0, 5, "Allen")], Discourse()) == "Allen"


def test_he_said_is_the_person_before_not_a_name_after_the_verb():
    text = "He said BP will continue to be held accountable."
    at = text.index("BP")
    assert speaker(text, [(at, at + 2, "BP")], Discourse(person="Barack Obama")) == "Barack Obama"
    quote = "“The cap is holding,” said Allen."
    at = quote.index("Allen")
    assert speaker(quote, [(at, at + 5, "Allen")], Discourse()) == "Allen"


WHITE_HOUSE = """---
title: "President Obama on BP Oil Spill Situation"
date: 2010-07-16
---
The President speaks to the press about recent developments with the BP Oil Spill, saying that he is pleased that a new cap appears to be working to capture the oil until relief wells can be completed.
"""


def test_a_title_in_front_matter_says_whom_the_president_of_the_body_is(tmp_path):
    # The White House, 16 July 2010 (public domain): the body only says "The President".
    entries = _entries(tmp_path, WHITE_HOUSE)
    assert len(entries) == 1 and any(a.endswith("Obama") for a in entries[0].actors)


def test_a_bare_quotation_of_the_speaker_keeps_the_run_open(tmp_path):
    text = ("---\ntitle: t\ndate: 2010-07-17\n---\n"
            "Oil company BP says the giant cap it placed over the well appears to be holding after a week of tests.\n\n"
            "Retired Coast Guard Admiral Thad Allen said pressure readings have not reached the expected level.\n\n"
            "“We are not there yet.”\n\n"
            "He said the readings could signal a depletion in the reservoir.\n")
    entries = _entries(tmp_path, text)
    allen = [e for e in entries if "Thad Allen" in e.actors]
    assert len(allen) == 1 and len(allen[0].citations) == 2
