"""When two reports tell the same event: content words, their weights, the
kind of event, and one score.

Content words are a summary's words, lower-cased, without stop words, month
and weekday names, numbers under 100 and years, and the words of the
actors' names (shared actors are counted apart; counting the name
again would join any two things the same person did), each reduced by a
light suffix stemmer ("spoke"/"speaks" do not join, "contacts"/"contact"
do).

The measure (`score`) has three parts:

* *words*: the mean of the overlap coefficient of the two statements'
  content words, |A & B| / min(|A|, |B|), and its IDF-weighted form,
  sum(idf(w) for w in A & B) / min(sum idf(A), sum idf(B)),
  where idf(w) = ln((N + 1) / (df(w) + 1)) + 1 over the N statements of the
  build (`Weights`, counted once per merge), df leaving out the two compared
  statements' own uses (a word two reports share is not made common by
  them): a word every report of a story
  uses ("plane", "crash") counts less than the rare one two reports share
  ("Java", "antenna"); the mean, because the words of a corpus's central
  event are common in it precisely because every report of it uses them
  (the weighted form alone pulls them apart). The overlap coefficient
  rather than Jaccard, because
  one source's summary is often a shorter clause of the same statement.
* *kind*: the kinds of event each statement names (`kinds`, from
  `timeline.lexicon.events.EVENT_KINDS`: crash, ground, resign,
  congratulate, settle, ...). The same kind adds ``KIND_BONUS`` (0.25);
  two statements that both name kinds and share none are different events
  (a crash and a grounding of one day) unless their words are almost the
  same (words >= ``DISPUTED`` 0.75).
* *actors*: the joined actors they share (two reports that both name
  actors and share none are not scored at all, `reports.score_pair`); with
  the same kind, every shared actor past the first adds ``ACTOR_BONUS``
  (0.1), at most two (participants alone join nothing: one person does
  many things).

Two reports are one event (`Score.same`) when their words alone reach
``SAME_STATEMENT`` (0.5) with at least ``MIN_SHARED`` (2) shared content
words; or when they name the same kind, the total (words + kind + actors)
reaches 0.5 and they share two words or two actors ("Putin congratulated
Trump" / "Putin has congratulated Trump on his victory"); or when their
content words are the very same, however few. Two statements of one article are
held to the stricter ``DISPUTED`` (0.75) with ``DISPUTED_MIN_SHARED`` (3)
words, unless one is the article's lede or the day's news (then their
words alone must reach 0.5 with 2 shared: the lede tells in short what the
body tells with its date; a shared kind alone joins a detail to the news).

`timeline.infer` uses `content_words` and `similarity` to match a sentence
across articles.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from timeline.lexicon.events import EVENT_KINDS, STOPWORDS

SAME_STATEMENT = 0.5  # total score for two reports of one event
MIN_SHARED = 2  # ... with at least this many content words in common (or the kind)
DISPUTED = 0.75  # a stricter overlap: the same statement told with another date, or twice in one article
DISPUTED_MIN_SHARED = 3
KIND_BONUS = 0.25
ACTOR_BONUS = 0.1

_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")
_KINDS = tuple((kind, re.compile(r"\b(?:" + pattern + r")")) for kind, pattern in EVENT_KINDS.items())


def content_words(summary: str, actors=()) -> frozenset[str]:
    """The stemmed content words of a summary, minus the actors' names.

    >>> sorted(content_words("Putin praised Trump's victory on Thursday", ["Vladimir Putin", "Donald Trump"]))
    ['prais', 'victory']
    """
    return _words(summary, actors, False)


@lru_cache(maxsize=65536)
def gist_words(summary: str, actors=()) -> frozenset[str]:
    """`content_words` with each word that names a kind of event replaced by
    that kind ("destroyed", "disintegrated" -> "~destroy"): what the
    statement says, whichever word it says it with. `reports` asks whether
    one statement's gist is inside another's.

    >>> sorted(gist_words("Columbia disintegrated during re-entry", ("Columbia",)))
    ['entry', 're', '~destroy']
    """
    return _words(summary, actors, True)


def _words(summary: str, actors, by_kind: bool) -> frozenset[str]:
    names = _name_words(tuple(actors))
    text = summary.casefold().replace("’", "'")
    named = _kind_spans(text) if by_kind else ()
    out = set()
    for m in _WORD.finditer(text):
        w = m.group()
        kind = next((k for a, b, k in named if a <= m.start() < b), None)
        if kind:
            out.add("~" + kind)
            continue
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 2 or w in STOPWORDS or w in names or (w.isdigit() and (len(w) < 3 or _YEAR.fullmatch(w))):
            continue
        out.add(_stem(w))
    return frozenset(out)


def _kind_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end of the word or words, kind) of each kind of event the text names."""
    spans = []
    for kind, pattern in _KINDS:
        for m in pattern.finditer(text):
            end = re.match(r"[\w'-]*", text[m.end():]).end() + m.end()  # to the end of the word: "destroy" -> "destroyed"
            spans.append((m.start(), end, kind))
    return spans


# "caught fire after an explosion and sank", "Shares fell after the crash":
# a kind named after these tells the earlier event, not the report's own.
_EARLIER = re.compile(r"\b(?:after|before|following|since|amid)\s+(?:(?:an?|the|its|their|his|her|this|that)\s+)?"
                      r"(?:(?!(?:and|or|but|then)\b)[\w'-]+\s+){0,2}$")


@lru_cache(maxsize=65536)
def kinds(summary: str) -> frozenset[str]:
    """The kinds of event a summary names ("crashed into the sea" -> {"crash"}),
    less those it names as an earlier event ("sank after an explosion": {"sink"})."""
    text = summary.casefold().replace("’", "'")
    return frozenset(kind for kind, pattern in _KINDS
                     if any(not _EARLIER.search(text, max(0, m.start() - 60), m.start()) for m in pattern.finditer(text)))


@lru_cache(maxsize=65536)
def _name_words(actors: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for a in actors for w in _WORD.findall(a.casefold()))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    if word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix == "ly" else 3):  # "early" is no "ear"
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


class Weights:
    """idf(w) = ln((N + 1) / (df(w) + 1)) + 1 over the statements of one build."""

    def __init__(self, statements):
        df: Counter[str] = Counter()
        n = 0
        for words in statements:
            df.update(words)
            n += 1
        self.n = n
        self._df = df
        self._idf: dict[tuple[str, int], float] = {}  # (word, own) -> idf, computed once

    def idf(self, word: str, own: int = 0) -> float:
        """The word's weight; `own` of its uses are the compared pair's
        own, left out: rare beyond the pair is what counts."""
        return math.log((self.n + 1) / (max(self._df.get(word, 0) - own, 0) + 1)) + 1.0

    def mass(self, words, a=frozenset(), b=frozenset()) -> float:
        """The summed idf of `words`, the uses in `a` and `b` left out (see `idf`)."""
        known, total = self._idf, 0.0
        for w in words:
            key = (w, (w in a) + (w in b))
            value = known.get(key)
            if value is None:
                value = known[key] = self.idf(*key)
            total += value
        return total


@dataclass(frozen=True)
class Score:
    """The score of two reports as one event, with its parts (shown under --explain)."""

    total: float
    words: float  # IDF-weighted overlap coefficient
    shared: int  # content words in common
    kind: str  # the shared kind, "" for none, "differ" when both name kinds and share none
    actors: int  # joined actors in common
    same: bool

    def __str__(self) -> str:
        kind = f"kind {self.kind}" if self.kind and self.kind != "differ" else ("kinds differ" if self.kind else "no shared kind")
        return (f"score {self.total:.2f} = words {self.words:.2f} ({self.shared} shared; mean of plain and IDF-weighted overlap)"
                f" + {kind} + {self.actors} shared actor{'s' if self.actors != 1 else ''}")


NO_SCORE = Score(0.0, 0.0, 0, "", 0, False)


def score(a: frozenset[str], b: frozenset[str], kinds_a, kinds_b, actors: int, weights: Weights,
          strict: bool = False) -> Score:
    """How much two statements look like reports of one event (see the module)."""
    shared_words = a & b
    shared = len(shared_words)
    smaller = min(weights.mass(a, a, b), weights.mass(b, a, b))
    plain = shared / min(len(a), len(b)) if a and b else 0.0
    weighted = weights.mass(shared_words, a, b) / smaller if smaller else 0.0
    words = (plain + weighted) / 2 + 1e-9  # 3/6 is 0.5, not 0.49999
    common = kinds_a & kinds_b
    kind = min(common) if common else ("differ" if kinds_a and kinds_b else "")
    total = words + ((KIND_BONUS + ACTOR_BONUS * min(max(actors - 1, 0), 2)) if common else 0.0)
    if a == b and a:
        same = True  # the very same words, however few ("Today, they earned it.")
    elif strict:
        same = words >= DISPUTED and shared >= DISPUTED_MIN_SHARED and kind != "differ"
    elif kind == "differ":
        same = words >= DISPUTED and shared >= MIN_SHARED
    else:
        enough = (shared >= MIN_SHARED and words >= SAME_STATEMENT) or (common and (shared >= MIN_SHARED or actors >= 2))
        same = bool(enough) and total >= SAME_STATEMENT
    return Score(total, words, shared, kind, actors, same)


def similarity(a: frozenset[str], b: frozenset[str]) -> tuple[float, int]:
    """(overlap coefficient, number of shared words), unweighted."""
    if not a or not b:
        return 0.0, 0
    shared = len(a & b)
    return shared / min(len(a), len(b)), shared
