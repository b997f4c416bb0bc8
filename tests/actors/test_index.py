"""The index joining looks spellings up in, and its rules, against a scan of every name."""

import random

from actors_helpers import event

from timeline.actors.aliases import fixed_spellings
from timeline.actors.forms import abbreviates
from timeline.actors.index import build_index
from timeline.actors.join import RULES, abbreviation_of_company, group_of
from timeline.actors.kinds import is_org_like, looks_like_abbreviation
from timeline.actors.spelling import name_key, strip_titles


def test_index_files_full_names_under_their_short_forms():
    index = build_index([event(["President Vladimir Putin"], "a"), event(["Airbus SE"], "b")], {}, fixed_spellings(None))
    assert index.full["vladimir putin"] == {"Vladimir Putin": 1}
    assert index.short_in_corpus["putin"] == {"vladimir putin"}
    assert index.short_in_file[("b", "airbus")] == {"airbus se": 1}
    assert index.abbreviated == {}  # no spelling looks like an abbreviation: nothing to look up


def test_names_seen_outside_events_count_once():
    index = build_index([event(["Putin"], "a")], {"a": ["Putin", "Vladimir Putin", "Vladimir Putin"]}, {})
    assert index.by_file["a"] == {"Putin": 1, "Vladimir Putin": 1}


def test_rules_are_tried_in_order():
    assert [r.__name__ for r in RULES] == [
        "alias_spelling", "full_name", "short_form_in_article", "short_form_in_corpus", "abbreviation_of_company",
    ]


def _scan(bare, file, index):
    """What `abbreviation_of_company` decides, found by comparing `bare` with every full name."""
    def fits(keys):
        return {k for k in keys for sp in index.full[k] if (is_org_like(sp) or len(bare) >= 4) and abbreviates(bare, sp)}
    in_file = {name_key(strip_titles(r) or r) for r in index.by_file.get(file, {})}
    for found in (fits(k for k in index.full if k in in_file), fits(index.full)):
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None
    return None


def test_abbreviation_look_up_decides_as_a_scan_of_every_name():
    rng = random.Random(11)
    companies = ["Volkswagen AG", "Vestwind AG", "Bank of America Corp", "A.P. Moller-Maersk", "British Airways",
                 "Boeing Co.", "Vanguard Group", "Vivendi SE", "Vladimir Putin", "Valentina Wolff"]
    shorts = ["VW", "VA", "BA", "BAC", "MAERSKb", "VG", "VP", "BOEING", "VV", "AB"]
    for _ in range(60):
        files = [f"f{i}" for i in range(rng.randint(1, 4))]
        events = [event(rng.sample(companies + shorts, rng.randint(1, 3)), rng.choice(files)) for _ in range(8)]
        index = build_index(events, {}, {})
        for ev in events:
            for raw in ev.actors:
                if looks_like_abbreviation(raw):
                    found = abbreviation_of_company(raw, name_key(raw), ev.citation.file, index)
                    assert (found.key if found else None) == _scan(raw, ev.citation.file, index), (raw, events)


def test_group_of_falls_back_to_the_spelling_itself():
    index = build_index([event(["Clinton"], "a")], {}, {})
    assert group_of("Ms Clinton", "a", index).key == "clinton"


def test_a_dotted_initial_gives_every_letter_and_initials_may_run_to_six():
    # USAID statement, 3 September 2019, and ShareAmerica, 6 September 2019 (public domain).
    assert abbreviates("USAID", "U.S. Agency for International Development")
    assert abbreviates("NOAA", "National Oceanic and Atmospheric Administration")
    assert not abbreviates("USAID", "United Airlines")
    assert name_key("U.S. Agency for International Development") == name_key("United States Agency for International Development")
    assert name_key("US") == "us"  # a country alone is joined by the alias tables, not here
