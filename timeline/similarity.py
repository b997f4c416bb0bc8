"""When two statements say the same thing: content words and their overlap.

Content words are a summary's words, lower-cased, without stop words, month
and weekday names, numbers under 100 and years, and the words of the
actors' names (the merge already requires a shared actor; counting the name
again would join any two things the same person did), each reduced by a
light suffix stemmer ("spoke"/"speaks" do not join, "contacts"/"contact"
do). Two statements are compared by the overlap coefficient of their
content words, |A ∩ B| / min(|A|, |B|), rather than Jaccard, because one
source's summary is often a shorter clause of the same statement.

`same_statement` is the test `timeline.merge` joins two reports by;
`timeline.infer` uses the same words to match a sentence across articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.lexicon.events import STOPWORDS

SAME_STATEMENT = 0.5  # overlap coefficient for two reports of one statement
MIN_SHARED = 2  # ... with at least this many content words in common
DISPUTED = 0.75  # a stricter overlap: the same statement told with another date
DISPUTED_MIN_SHARED = 3

_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")

def content_words(summary: str, actors=()) -> frozenset[str]:
    """The stemmed content words of a summary, minus the actors' names.

    >>> sorted(content_words("Putin praised Trump's victory on Thursday", ["Vladimir Putin", "Donald Trump"]))
    ['prais', 'victory']
    """
    names = _name_words(tuple(actors))
    out = set()
    for w in _WORD.findall(summary.casefold().replace("’", "'")):
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 2 or w in STOPWORDS or w in names or (w.isdigit() and (len(w) < 3 or _YEAR.fullmatch(w))):
            continue
        out.add(_stem(w))
    return frozenset(out)


@lru_cache(maxsize=65536)
def _name_words(actors: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for a in actors for w in _WORD.findall(a.casefold()))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    if word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def similarity(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    """(overlap coefficient, number of shared words)."""
    if not a or not b:
        return 0.0, 0
    shared = len(a & b)
    return shared / min(len(a), len(b)), shared


def same_statement(a: frozenset[str], b: frozenset[str]) -> float:
    """The score of two statements as reports of one, or 0.0 when they are not."""
    if a == b and a:
        return 1.0  # the very same words, however few ("Today, they earned it.")
    coeff, shared = similarity(a, b)
    return coeff if coeff >= SAME_STATEMENT and shared >= MIN_SHARED else 0.0


def same_statement_strict(a: frozenset[str], b: frozenset[str]) -> float:
    """As `same_statement`, for two statements of one article (its lede and its body)."""
    coeff, shared = similarity(a, b)
    return coeff if coeff >= DISPUTED and shared >= DISPUTED_MIN_SHARED else 0.0
