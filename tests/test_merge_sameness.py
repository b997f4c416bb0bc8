"""Event identity across sources: the measure (similarity.score), approximate
publication days, fragments, headlines and independent sources. Sentences
from the issue and from the SemEval-2015 Apple articles (real Wikinews)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_merge import ev

from timeline.merge import merge_events
from timeline.model import Citation, Entry
from timeline.similarity import Weights, content_words, kinds, score

JOBS = ("Steve Jobs", "Apple")
CASE_1 = "Jobs said yesterday that Apple will offer a free case to anyone who has purchased an iPhone 4"
CASE_2 = "In a July 16 press conference, Jobs said that all iPhone 4 buyers would be eligible to receive a free case"


def test_kinds_name_what_happened():
    assert kinds("Lion Air flight JT610 crashed into the Java Sea") == {"crash"}
    assert kinds("The plane went down shortly after take-off") == {"crash"}
    assert kinds("Putin has congratulated Trump on his victory") >= {"congratulate"}
    assert kinds("Regulators grounded the 737 Max fleet") == {"ground"}
    # "lifted" an outlook is raising it; a ban lifted is no raise
    assert kinds("Maersk lifted its own outlook") == kinds("Maersk raised its full-year forecast") == {"raise"}
    assert "raise" not in kinds("The city lifted its curfew")
    # leaving a place, however told (NASA, NOAA, VOA on Dorian, 3 Sep 2019)
    assert kinds("Hurricane Dorian has started moving north-northwest toward the United States") == {"depart"}
    assert kinds("the dangerous storm began to pull away from the Bahamas") == {"depart"}
    assert kinds("Forecasters expect the storm to finally move away during the day Tuesday") == {"depart"}
    assert kinds("The storm is moving slowly") == set()


def test_rare_shared_words_count_more_than_common_ones():
    statements = [content_words(s) for s in ("the plane crashed", "the plane landed", "the plane took off", "antenna design praised")]
    w = Weights(statements)
    assert w.idf("antenna") > w.idf(min(content_words("plane")))


def test_two_reports_of_one_statement_by_two_outlets_merge():
    a = ev("2010-07-16", CASE_1, JOBS, file="17036.md")
    b = ev("2010-07-16", CASE_2, JOBS, file="17174.md")
    entries = merge_events([a, b])
    assert len(entries) == 1 and entries[0].sources_count == 2


def test_a_different_kind_of_event_the_same_day_stays_apart():
    a = ev("2019-03-13", "The FAA grounded the 737 Max after the Ethiopian crash", ("Boeing",), file="a.txt")
    b = ev("2019-03-13", "Boeing shares fell after the Ethiopian crash", ("Boeing",), file="b.txt")
    sc = score(content_words(a.summary), content_words(b.summary), kinds(a.summary), kinds(b.summary), 1,
               Weights([content_words(a.summary), content_words(b.summary)]))
    assert sc.kind == "crash" or not sc.same or sc.words >= 0.5  # parts are reported
    assert len(merge_events([
        ev("2018-10-29", "Lion Air flight 610 crashed into the Java Sea", ("Lion Air",), file="a.txt"),
        ev("2019-03-10", "Ethiopian Airlines flight 302 crashed near Addis Ababa", ("Lion Air",), file="b.txt"),
    ])) == 2


def test_a_publication_day_may_be_the_day_before():
    # The issue's case: "on Thursday" by one outlet, a present-perfect lede
    # published the next day by another (another time zone): one event.
    dated = ev("2024-11-07", "Putin congratulated Trump on his election victory", ("Vladimir Putin", "Donald Trump"), file="a.txt")
    lede = ev("2024-11-08", "Vladimir Putin has congratulated Donald Trump on winning the US presidential election",
              ("Vladimir Putin", "Donald Trump"), file="b.txt", expression=None)
    entries = merge_events([lede, dated])
    assert len(entries) == 1 and entries[0].value == "2024-11-07"  # the explicit date wins
    # Two explicit dates a day apart are two entries.
    other = ev("2024-11-08", "Putin congratulated Trump on his election victory", ("Vladimir Putin", "Donald Trump"), file="c.txt")
    assert len(merge_events([dated, other])) == 2


def test_the_lede_and_a_dated_body_sentence_of_one_article_are_one_event():
    lede = ev("2016-11-10", "The Russian government was in contact with Donald Trump's campaign team ahead of his election victory",
              ("Donald Trump",), file="a.txt", expression=None)
    body = ev("2016-11-10", "The Russian government was in contact with Trump's campaign team before the election, Ryabkov said on Thursday",
              ("Donald Trump",), file="a.txt")
    assert len(merge_events([lede, body])) == 1


def test_a_noun_phrase_naming_an_event_never_makes_an_entry():
    fragment = replace(ev("2024-11-05", "Trump's Nov. 5 election victory", ("Donald Trump",), file="a.txt"), fragment=True)
    assert merge_events([fragment]) == []
    won = ev("2024-11", "Trump claimed victory in the presidential election in November", ("Donald Trump",), file="b.txt")
    entries = merge_events([fragment, won])
    assert len(entries) == 1 and entries[0].summary == won.summary and len(entries[0].citations) == 2


def test_the_headline_is_the_report_closest_to_the_others():
    reports = [
        ev("2010-07-16", CASE_2, JOBS, file="a.md"),
        ev("2010-07-16", "Jobs said Apple will offer a free case to iPhone 4 buyers", JOBS, file="b.md"),
        ev("2010-07-16", CASE_1, JOBS, file="c.md"),
    ]
    # ... in a corpus that tells other things too (the IDF is the corpus's)
    others = [ev("2010-06-07", s, ("Apple",), file=f"o{i}.md") for i, s in enumerate((
        "Apple unveiled the iPhone 4 at its developers conference", "Apple shares rose after the launch",
        "Apple sold 1.7 million iPhones in three days", "Consumer Reports said it could not recommend the phone"))]
    entry = next(e for e in merge_events(reports + others) if e.value == "2010-07-16")
    assert entry.summary == "Jobs said Apple will offer a free case to iPhone 4 buyers"
    assert [c.file for c in entry.citations] == ["a.md", "b.md", "c.md"]  # grouped by source


def test_syndicated_copies_count_as_one_source():
    quote = "Apple will offer a free case to anyone who has purchased an iPhone 4, Jobs said."
    cites = tuple(Citation(f, 1, quote, 0, None) for f in ("ap.txt", "copy.txt")) + (Citation("own.txt", 1, "Jobs offered cases.", 0, None),)
    e = Entry("x", "2010", date(2010, 1, 1), date(2010, 12, 31), "year", "s", (), "reported", cites)
    assert e.sources_count == 2


def test_a_publication_day_at_the_calendars_start_is_not_widened():
    first = ev("0001-01-01", "Airbus delivered jets", ("Airbus",), expression=None)
    assert len(merge_events([first, ev("0001-01-01", "Airbus delivered jets", ("Airbus",), file="b.txt", expression=None)])) == 1


def test_the_merge_does_not_depend_on_the_order_of_its_input():
    # Three reports of one statement and one of another, in every order: the
    # same entries, with the same ids and citations.
    import itertools

    evs = [
        ev("2010-07-16", CASE_1, JOBS, file="17036.md"),
        ev("2010-07-16", CASE_2, JOBS, file="17174.md"),
        ev("2010-07", "Jobs said Apple will give iPhone 4 buyers a free case", JOBS, file="17200.md"),
        ev("2010-07-16", "Apple shares rose after Jobs spoke", JOBS, file="17201.md"),
    ]
    seen = {tuple((e.id, e.citations) for e in merge_events(list(order))) for order in itertools.permutations(evs)}
    assert len(seen) == 1


def test_reports_naming_no_actor_join_by_their_words():
    # Real sentences (tests/data/stories/chile-miners-2010, VOA and NASA): the
    # two name no actor the tool can read, yet tell one fact of one day.
    a = ev("2010-08-05", "The miners have been trapped in a gold and copper mine in Chile's remote north since a "
           "cave-in on August 5th", ("Chile",), file="voa.txt")
    b = ev("2010-08-05", "The 33 miners have been trapped since August 5", (), file="nasa.txt")
    assert len(merge_events([a, b])) == 1


def test_a_join_that_would_hold_two_clearly_different_events_is_refused():
    # The lede names both; the crash and the grounding stay two entries.
    lede = ev("2019-03-13", "Regulators grounded the 737 Max days after the Ethiopian Airlines jet crashed",
              ("Boeing",), file="a.txt", expression=None)
    crash = ev("2019-03-12", "The Ethiopian Airlines jet crashed shortly after take-off", ("Boeing",), file="b.txt")
    ground = ev("2019-03-13", "Regulators grounded the 737 Max fleet", ("Boeing",), file="c.txt")
    entries = merge_events([lede, crash, ground])
    assert not any({c.file for c in e.citations} >= {"b.txt", "c.txt"} for e in entries)


def test_the_headline_is_the_report_closest_to_the_others_not_the_shortest():
    # Real reports of the Chile mine collapse (Wikinews, VOA x2, NASA).
    reports = [
        ev("2010-08-05", "The 33 miners have been trapped since August 5", (), file="nasa.txt"),
        ev("2010-08-05", "The miners have been trapped in a gold and copper mine in Chile's remote north since a "
           "cave-in on August 5th", ("Chile",), file="voa1.txt"),
        ev("2010-08", "The 33 men have been trapped since the mine collapsed in early August", (), file="voa2.txt"),
        ev("2010-08-05", "A gold mine collapse in Copiapó, Atacama Region, Chile has trapped 33 miners since last "
           "Thursday", ("Chile", "Copiapó"), file="wikinews.txt", expression="last Thursday"),
    ]
    [entry] = merge_events(reports)
    assert entry.summary.startswith("A gold mine collapse in Copiapó")


def test_a_statement_saying_nothing_the_other_does_not_joins_it():
    # Real sentences of the SemEval-2015 Apple articles (Wikinews 4596 and 10718).
    short = ev("2003", "Launched the iTunes Music Store in 2003.", ("iTunes Music Store",), file="4596.md")
    long = ev("2003-04-28", "Apple is the producer of the world's most-sold MP3 Player, the iPod and launched the "
              "iTunes Music Store, a online music store", ("Apple", "MP3 Player", "iPod", "iTunes Music Store"),
              file="10718.md")
    assert len(merge_events([short, long])) == 1
    # ... but not when the shorter names a participant the other does not.
    other = ev("2003", "Launched the iPod Mini in 2003.", ("iPod Mini",), file="4597.md")
    assert len(merge_events([other, long])) == 2


def test_one_doer_one_kind_one_day_is_one_event_however_told():
    # SemEval-2015 Apple (Wikinews): a lede dated by its publication day (the
    # 25th) and another outlet's "On August 24": Jobs, resigning, that day.
    letter = ev("2011-08-25", "Jobs resigned in a letter to Apple's board of directors stating that he could no longer "
                "meet his duties", ("Steve Jobs", "Apple"), file="18315.md", expression=None)
    dated = ev("2011-08-24", "On August 24, Jobs resigned from his post as CEO.", ("Steve Jobs",), file="18355.md",
               expression="On August 24")
    [entry] = merge_events([letter, dated])
    assert entry.value == "2011-08-24" and entry.sources_count == 2


def test_one_kind_one_day_but_another_participant_stays_apart():
    a = ev("2010-06-07", "Apple unveiled the iPhone 4 at its developers conference.", ("Apple", "iPhone 4"), file="a.md")
    b = ev("2010-06-07", "Apple introduced FaceTime, a video calling service.", ("Apple", "FaceTime"), file="b.md")
    assert len(merge_events([a, b])) == 2


def test_the_date_expression_is_no_word_of_what_happened():
    from timeline.reports import Report

    r = Report(ev("2010-08", "The 33 men have been trapped since the mine collapsed in early August.", (),
                  expression="early August"))
    assert "early" not in r.words and "ear" not in r.words and "collaps" in r.words


def test_kinds_of_disasters_and_their_synonyms():
    assert kinds("the launch was canceled") == kinds("NASA called off the launch") >= {"delay"}
    assert "destroy" in kinds("Columbia was destroyed") and "destroy" in kinds("Columbia disintegrated during re-entry")
    assert kinds("the rig exploded") == {"explode"} and kinds("the rig sank") == {"sink"}
    assert "quake" in kinds("Tuesday's 7.0-magnitude temblor")


def test_naming_an_event_of_the_day_is_not_reporting_it():
    # "He called the quake a major catastrophe": one kind, one actor, one day, no word shared.
    lede = ev("2010-01-12", "A 7.0 magnitude earthquake has struck off the coast of Haiti", ("Haiti",), file="a.txt")
    aside = ev("2010-01-12", "He called the quake a major catastrophe, calling on friends of Haiti to help", ("Haiti",),
               file="b.txt", expression=None)
    assert len(merge_events([lede, aside])) == 2


def test_a_kind_of_event_named_by_another_word_is_the_same_gist():
    # VOA and NASA, 2005 (public domain): two words for one loss.
    a = ev("2003-02", "Columbia was destroyed in February 2003", ("Space Shuttle Columbia",), file="a.txt",
           expression="in February 2003")
    b = ev("2003-02", "The space shuttle Columbia disintegrated during re-entry in February, 2003",
           ("Space Shuttle Columbia",), file="b.txt", expression="in February, 2003")
    assert len(merge_events([a, b])) == 1
    c = replace(b, summary="The space shuttle Columbia was repaired in February, 2003")  # another kind: another event
    assert len(merge_events([a, c])) == 2


def test_a_kind_named_as_the_earlier_event_is_not_the_reports_own():
    # American Forces Press Service, 27 April 2010 (public domain).
    assert kinds("The Deepwater Horizon caught fire after an explosion and sank last week") == {"sink"}
    assert kinds("Shares fell after the crash") == frozenset()
    assert kinds("The plane crashed after take-off") == {"crash"}


def test_a_place_is_no_participant_two_reports_must_share():
    # AFPS, 27 April 2010, and VOA, 17 July 2010 (public domain): "Louisiana"
    # is where, so the two reports of the explosion are one entry.
    a = ev("2010-04-20", "An oil rig off the Louisiana coast exploded April 20", ("Louisiana",), file="afps.txt")
    b = ev("2010-04-20", "Mr. Obama has faced criticism that his administration was slow to respond to the initial "
           "explosion of the BP-leased Deepwater Horizon oil rig on April 20", ("Barack Obama", "Deepwater Horizon"), file="voa.txt")
    assert len(merge_events([a, b])) == 1
    c = ev("2010-04-20", "An oil rig off the Louisiana coast exploded April 20", ("Transocean",), file="afps.txt")
    assert len(merge_events([c, b])) == 2  # two named participants, none shared


def test_reports_of_one_day_naming_other_participants_join_only_when_told_alike():
    # VOA, 13 and 14 July 2005 (public domain): one outlet names NASA, the other the Space Station.
    a = ev("2005-07-13", "The fuel sensor problem canceled Wednesday's planned shuttle launch to the International Space Station",
           ("International Space Station",), file="a.txt")
    b = ev("2005-07-13", "A faulty fuel sensor forced NASA to postpone the launch of the shuttle", ("NASA",), file="b.txt")
    assert len(merge_events([a, b])) == 1
    lion = ev("2018-10-29", "Lion Air flight 610 crashed into the Java Sea", ("Lion Air",), file="c.txt")
    ethiopian = ev("2018-10-29", "Ethiopian Airlines flight 302 crashed near Addis Ababa", ("Ethiopian Airlines",), file="d.txt")
    assert len(merge_events([lion, ethiopian])) == 2  # one kind, one word: two crashes


def test_a_report_dated_to_a_week_joins_one_of_a_day_in_it_when_told_alike():
    # VOA, 14 and 26 July 2005 (public domain): "two weeks ago" in the later report is the week of the scrub.
    day = ev("2005-07-13", "The fuel sensor problem canceled Wednesday's planned shuttle launch to the International Space Station",
             ("International Space Station",), file="a.txt")
    week = replace(ev("2005-07-11", "A malfunctioning fuel sensor grounded Discovery's launch two weeks ago",
                      ("Space Shuttle Discovery",), file="b.txt"),
                   value="2005-W28", last=date(2005, 7, 17), precision="week")
    entries = merge_events([day, week])
    assert len(entries) == 1 and entries[0].value == "2005-07-13"
    later = replace(week, value="2005-W29", first=date(2005, 7, 18), last=date(2005, 7, 24))
    assert len(merge_events([day, later])) == 2  # the day is not in that week


def test_a_deployment_told_by_the_agency_and_by_the_state_department_is_one_event():
    # USAID, 3 September 2019 (a present-perfect lede, publication-dated), and ShareAmerica, 6 September 2019.
    assert kinds("USAID deployed a Disaster Assistance Response Team to the Bahamas") == {"deploy"}
    lede = ev("2019-09-03", "The U.S. Agency for International Development has deployed a Disaster Assistance Response "
              "Team to The Bahamas as Hurricane Dorian continues to bring life-threatening wind, rain",
              ("USAID", "Disaster Assistance Response Team", "Bahamas"), file="usaid.txt", expression=None)
    dated = ev("2019-09-02", "USAID deployed a Disaster Assistance Response Team to the Bahamas on September 2 to "
               "coordinate the humanitarian response", ("USAID", "Disaster Assistance Response Team", "Bahamas"), file="state.txt")
    entries = merge_events([lede, dated])
    assert len(entries) == 1 and entries[0].value == "2019-09-02"


def test_incidents_told_alike_in_two_places_stay_apart():
    a = ev("2019-08-04", "A gunman attacked a crowded bar, killing nine people, police said", ("Dayton Police", "Ohio"), file="a.txt")
    b = ev("2019-08-04", "A gunman attacked a crowded store, killing twenty people, police said", ("El Paso Police", "Texas"), file="b.txt")
    assert len(merge_events([a, b])) == 2
