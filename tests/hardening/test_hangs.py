"""Hangs and blow-ups (issue 11, points 5-7): no input makes a stage hang or
grow faster than its input. A hang is the bug here, so the time bounds are
generous (seconds); speed targets live in benchmarks/hardening_scale.py."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import signal
import sys
import time
from contextlib import contextmanager
from datetime import date, timedelta

import pytest

import timeline
from timeline.model import Article
from timeline.sentences import split_sentences

# The candidate sentence end before the fix: exponential on a run of dots.
_OLD_CANDIDATE = re.compile(r"(?:\.\.\.|[.!?…])+(['\"’”)\]]*)(\s+)")


@contextmanager
def deadline(seconds: float):
    """Fail (instead of hanging the suite) if the block runs longer; re checks signals."""
    def expired(*_):
        raise TimeoutError(f"took more than {seconds} s")
    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(Article(path="x", text=text, content=((0, len(text)),)))]


# --- point 5: the sentence splitter --------------------------------------

@pytest.mark.parametrize("run", [".", "…", "!", "?", ".!?", ". .", "..."])
@pytest.mark.parametrize("n", [45, 301, 20_000])
def test_punctuation_runs_split_at_once(run, n):
    leader = (run * n)[: max(n, len(run))]
    text = f"Contents{leader}12 The report begins. It ends here."
    with deadline(5):
        found = _sentences(text)
    assert found[-1] == "It ends here."
    assert "".join(found).replace(" ", "") == text.replace(" ", "")


def test_dot_leaders_between_words_and_quotes():
    text = "Chapter one" + "." * 5000 + "”" * 3000 + "x. Then it went on."
    with deadline(5):
        assert _sentences(text)[-1] == "Then it went on."


def test_splitter_same_as_before_on_short_text():
    """The old pattern on texts short enough for it: same sentences."""
    import random

    from timeline import sentences as mod

    rng = random.Random(11)
    pieces = list("..!?…'\"’”)] \naAbZ3") + ["Mr.", " The", " he", "...", "Jan. ", "U.S.", " A", "“He"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        old = []
        begin = 0
        for m in _OLD_CANDIDATE.finditer(text, 0, len(text)):
            if m.end() >= len(text):
                break
            if mod._ends_sentence(text, m.start(), bool(m.group(1)), m.end(), len(text)):
                old.append((begin, m.start(2)))
                begin = m.end()
        if begin < len(text):
            old.append((begin, len(text)))
        assert list(mod._spans(text, 0, len(text))) == old, text


# --- point 5: every pattern of the package --------------------------------

def _walk(obj, found: dict, seen: set, where: str, depth: int = 0) -> None:
    if depth > 6 or id(obj) in seen:
        return
    seen.add(id(obj))
    inner = []
    if isinstance(obj, re.Pattern):
        found.setdefault((obj.pattern, obj.flags), (obj, where))
    elif isinstance(obj, dict):
        inner = [*obj.keys(), *obj.values()]
    elif isinstance(obj, (list, tuple, set, frozenset)):
        inner = list(obj)
    elif isinstance(obj, type):
        inner = list(vars(obj).values()) if obj.__module__.startswith("timeline") else []
    elif dataclasses.is_dataclass(obj):
        inner = [getattr(obj, f.name, None) for f in dataclasses.fields(obj)]
    elif type(obj).__module__.startswith("timeline") and hasattr(obj, "__dict__"):
        inner = list(vars(obj).values())
    for v in inner:
        _walk(v, found, seen, where, depth + 1)


def _module_patterns() -> dict:
    """Every compiled pattern reachable from a module of the package: globals,
    tables (dicts, tuples, NamedTuples, dataclasses) and class attributes."""
    found: dict = {}
    modules = [timeline] + [importlib.import_module(i.name) for i in pkgutil.walk_packages(timeline.__path__, "timeline.")]
    for module in modules:
        seen: set = set()
        for name, value in vars(module).items():
            _walk(value, found, seen, f"{module.__name__}.{name}")
    return found


def _runtime_patterns() -> dict:
    """Patterns compiled inside functions (re.search(r"...")) while the whole
    pipeline runs on the bundled sources."""
    from pathlib import Path

    from timeline.pipeline import build_timeline

    root = Path(__file__).resolve().parents[2]
    found: dict = {}
    real = re._compile

    def ours() -> bool:
        """Was the pattern compiled by timeline's code (not by a library it calls,
        such as tzlocal, whose patterns are theirs to audit)?"""
        frame = sys._getframe(2)
        while frame is not None and frame.f_globals.get("__name__", "").split(".")[0] in ("re", "functools"):
            frame = frame.f_back
        return frame is not None and frame.f_globals.get("__name__", "").startswith("timeline")

    def spy(pattern, flags):
        compiled = real(pattern, flags)
        if isinstance(compiled, re.Pattern) and ours():
            found.setdefault((compiled.pattern, compiled.flags), (compiled, "compiled at run time"))
        return compiled

    re.purge()
    re._compile = spy
    try:
        for folder in (root / "sources", root / "tests" / "data" / "formats"):
            build_timeline([folder])
    finally:
        re._compile = real
    return found


UNITS = [".", " ", "\n", "\t", " \n", "a", "A", "1", "-", "—", "'", '"', "“", "”", "’", "…", "(", ")", "[",
         ",", ":", "/", "*", "#", "|", "@", "_", "a.", "A.", "1.", ". ", "a ", "A ", "Aa ", "1 ", "1,", "a, ",
         "A. ", "a-", "a'", "a1", "A1", "AB ", "Aa", ", ", "' ", '" ', ".a", "!?", "é", "中", "http://",
         "Mr. ", "Jan ", "on ", "the ", "The ", "and ", "2019 ", "a the "]
RUN = 10_000
BOUND = 1.0


@pytest.fixture(scope="module")
def every_pattern():
    found = _module_patterns()
    for key, value in _runtime_patterns().items():
        found.setdefault(key, value)
    return found


def test_the_audit_sees_the_patterns(every_pattern):
    where = {w for _, w in every_pattern.values()}
    assert "timeline.sentences._PUNCT_RUN" in where
    assert any(w.startswith("timeline.dates") for w in where)  # the parsers' table
    assert "compiled at run time" in where
    assert len(every_pattern) > 150


def test_no_pattern_rescans_a_run(every_pattern):
    """search and finditer of every pattern on 10,000 characters of each
    kind: a nested or overlapping quantifier, or a leading one retried from
    every character of a run, takes seconds to forever here."""
    slow = []
    for pattern, where in every_pattern.values():
        for unit in UNITS:
            text = (unit * (RUN // len(unit) + 1))[:RUN]
            started = time.perf_counter()
            try:
                with deadline(BOUND * 3):
                    pattern.search(text)
                    for _ in pattern.finditer(text):
                        pass
            except TimeoutError:
                pass
            took = time.perf_counter() - started
            if took > BOUND:
                slow.append(f"{where} {pattern.pattern[:60]!r} on {unit!r}: {took:.1f} s")
    assert not slow


# --- point 6: dispute marking ---------------------------------------------

def _similar_reports(n: int, seed: int = 3):
    """n reports of five sentences about the same two people, the same few
    statements with many dates: every bucket of the sketch is crowded."""
    import random

    from timeline.model import Citation, Event

    rng = random.Random(seed)
    verbs = ["discussed", "negotiated", "signed", "praised", "rejected"]
    topics = ["arms control treaty", "trade tariff deal", "grain export corridor", "prisoner exchange plan"]
    events = []
    for k in range(n):
        for s in range(5):
            d = date(2018, 1, 1) + timedelta(days=rng.randrange(900))
            summary = f"Vladimir Putin and Donald Trump {rng.choice(verbs)} the {rng.choice(topics)} in Geneva"
            c = Citation(file=f"r{k:05d}.txt", line=s + 1, quote=summary, start=s * 100, expression=d.isoformat())
            events.append(Event(value=d.isoformat(), first=d, last=d, precision="day", summary=summary,
                                actors=("Vladimir Putin", "Donald Trump"), modality="reported", citation=c))
    return events


def test_disputes_of_many_similar_reports_are_bounded():
    from timeline.merge import merge_events

    with deadline(60):
        started = time.perf_counter()
        entries = merge_events(_similar_reports(2000))
        took = time.perf_counter() - started
    assert any(e.disputed_with for e in entries)
    assert took < 30
    assert max(len(e.disputed_with) for e in entries) < 2000


def test_disputes_found_as_before_in_a_small_corpus():
    """Below the crowding threshold every pair sharing a bucket is compared."""
    from timeline.merge import merge_events

    entries = merge_events(_similar_reports(4))
    by_id = {e.id: e for e in entries}
    for e in entries:
        for other in e.disputed_with:
            assert e.id in by_id[other].disputed_with
    assert sum(len(e.disputed_with) for e in entries) > 0


# --- point 7: window inference --------------------------------------------

def test_many_undated_files_infer_in_linear_time(tmp_path):
    import timeline.infer as infer
    from timeline.pipeline import analyse, read_corpus

    def run(n: int) -> float:
        folder = tmp_path / str(n)
        folder.mkdir()
        for i in range(n):
            (folder / f"u{i:05d}.txt").write_text(f"Note {i}\n\nVladimir Putin told journalists on Thursday that talks {i} went well.\n")
        for i in range(n // 10):
            (folder / f"d{i:05d}.txt").write_text(f"---\ndate: 2020-05-0{1 + i % 9}\n---\nReport {i}\n\nVladimir Putin told journalists on Thursday that talks {i} went well.\n")
        analyses = [analyse(a) for a in read_corpus([folder]).articles]
        started = time.perf_counter()
        with deadline(60):
            infer.infer_publication_windows(analyses)
        return time.perf_counter() - started

    small, large = run(300), run(2400)
    assert large < 10
    assert large < 30 * max(small, 0.01)  # 8x the files, far from 64x


def test_a_present_tense_paragraph_is_tested_for_a_caption_at_once():
    """Articles before words gave the caption rule two ways to read each word
    (`lexicon/chrome._PRESENT_TOKEN`): 72 characters took 20 s."""
    from timeline.chrome.lines import chrome_pattern

    for text in ("a the " * 12, "a the " * 2000, "The storm moves north as a the residents of a town watch the sea. " * 40):
        started = time.perf_counter()
        chrome_pattern(text)
        assert time.perf_counter() - started < BOUND

