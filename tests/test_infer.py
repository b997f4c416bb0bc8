"""Publication windows for undated articles: only from strong evidence.

The sentence splitter and date finder are replaced by tiny fakes so these
tests pin the inference alone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.infer import _us_presidential_transition, infer_publication_windows
from timeline.pipeline import analysis_of
from timeline.model import Analysis, Article, Mention, Sentence

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def split(article: Article) -> list[Sentence]:
    out = []
    for m in re.finditer(r"[^\n]+", article.text):
        out.append(Sentence(m.start(), m.end(), m.group(), article.text.count("\n", 0, m.start()) + 1))
    return out


def find_dates(text: str, published: date | None, regions=None) -> list[Mention]:
    """Weekdays (the latest such day up to publication) and 'Month YYYY'."""
    out = []
    for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r")\b", text):
        if published is None:
            out.append(Mention(m.start(), m.end(), m.group(), "XXXX-WXX", first=None, last=None,
                               anchor="unresolved", rule="weekday"))
        else:
            back = (published.weekday() - WEEKDAYS.index(m.group())) % 7
            d = published - timedelta(days=back)
            out.append(Mention(m.start(), m.end(), m.group(), d.isoformat(), first=d, last=d,
                               precision="day", anchor="publication", rule="weekday"))
    for m in re.finditer(r"\b(January|November) (\d{4})\b", text):
        month = 1 if m.group(1) == "January" else 11
        y = int(m.group(2))
        first = date(y, month, 1)
        last = date(y, month, 31 if month == 1 else 30)
        out.append(Mention(m.start(), m.end(), m.group(), f"{y}-{month:02d}", first=first, last=last,
                           precision="month", anchor="absolute", rule="month_year"))
    if regions:
        out = [x for x in out if any(a <= x.start and x.end <= b for a, b in regions)]
    return sorted(out, key=lambda x: x.start)


def article(path, text, published=None) -> Article:
    return Article(path=path, text=text, published=published, content=((0, len(text)),))


DATED = article("dated.txt", (
    "Sergei Ryabkov, Russia's deputy foreign minister, was quoted as telling the news agency there were contacts.\n"
    "Officials did not comment further.\n"
    "The comments on Thursday came after a warning from Washington.\n"
), date(2016, 11, 10))

UNDATED = article("undated.txt", (
    "Deputy Foreign Minister Sergei Ryabkov told journalists on Thursday there were contacts with the news agency team.\n"
))


def analysed(a: Article) -> Analysis:
    return analysis_of(a, split(a), find_dates(a.text, a.published, a.content or None))


def run(*articles):
    analyses = [analysed(a) for a in articles]
    return {a.path: a for a in infer_publication_windows(analyses, find_dates=find_dates)}


def test_shared_statement_gives_a_window_after_the_named_day():
    out = run(DATED, UNDATED)
    u = out["undated.txt"]
    assert u.published is None
    assert u.published_from == "inferred"
    assert u.published_window == (date(2016, 11, 10), date(2016, 11, 16))
    assert "Sergei Ryabkov" in u.published_evidence and "dated.txt" in u.published_evidence


def test_dated_articles_are_unchanged():
    out = run(DATED, UNDATED)
    assert out["dated.txt"] == DATED


def test_no_shared_person_no_window():
    other = article("other.txt", "Deputy Foreign Minister Ivan Petrov told journalists on Thursday there were contacts.\n")
    out = run(DATED, other)
    assert out["other.txt"].published_window is None
    assert out["other.txt"].published_from == "unknown"


def test_same_person_different_statement_no_window():
    other = article("other.txt", "Sergei Ryabkov played chess on Thursday.\n")
    assert run(DATED, other)["other.txt"].published_window is None


def test_title_period_president_elect():
    text = "The Kremlin could reach out to President-elect Donald Trump before he takes office in January 2017.\n"
    u = run(article("u.txt", text))["u.txt"]
    assert u.published_window == (date(2016, 11, 8), date(2017, 1, 20))
    assert "President-elect" in u.published_evidence


def test_title_period_needs_a_date_in_a_transition():
    text = "President-elect Donald Trump spoke about January 2019 plans.\n"
    assert run(article("u.txt", text))["u.txt"].published_window is None


def test_title_period_cancelled_by_a_later_date():
    text = "President-elect Trump took office in January 2017, as everyone recalled in November 2019.\n"
    assert run(article("u.txt", text))["u.txt"].published_window is None


def test_both_kinds_of_evidence_intersect():
    text = UNDATED.text + "The Kremlin could reach out to President-elect Donald Trump before January 2017.\n"
    u = run(DATED, article("undated.txt", text))["undated.txt"]
    assert u.published_window == (date(2016, 11, 10), date(2016, 11, 16))
    assert "President-elect" in u.published_evidence and "Ryabkov" in u.published_evidence


def test_dates_in_chrome_are_not_evidence():
    text = "Since November 2016 we show no ads.\nPresident-elect Trump was praised.\n"
    a = Article(path="u.txt", text=text, content=((text.index("President"), len(text)),))
    assert run(a)["u.txt"].published_window is None


def test_us_transition_dates():
    assert _us_presidential_transition(2016) == (date(2016, 11, 8), date(2017, 1, 20))
    assert _us_presidential_transition(2024) == (date(2024, 11, 5), date(2025, 1, 20))
    assert _us_presidential_transition(2018) is None


def test_wire_dateline_takes_the_year_of_the_corpus():
    wire = article("wire.txt", "WOLFSBURG, Germany, March 11 (Reuters) - The carmaker said on Tuesday it would recall cars.\n")
    other = article("other.txt", "Officials did not comment further.\n", date(2025, 3, 12))
    assert run(other, wire)["wire.txt"].published_window == (date(2025, 3, 11), date(2025, 3, 11))
    # A weekday that the day does not fall on in that year: no inference.
    wrong = article("wrong.txt", "HAMBURG, March 11 (Reuters) - The carmaker said on Friday it would recall cars.\n")
    assert run(other, wrong)["wrong.txt"].published_window is None
    # No dated article to take the year from: nothing.
    assert run(wire)["wire.txt"].published_window is None
    # Prose that merely starts with a capitalised place is no dateline.
    prose = article("prose.txt", "Germany said on Tuesday, March 11, it would act.\n")
    assert run(other, prose)["prose.txt"].published_window is None
