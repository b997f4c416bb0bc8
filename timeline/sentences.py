"""Sentences: split article prose into sentences (the first step of analysing an article).

Works inside the `content` regions of an `Article` only, so a sentence never
crosses a paragraph or runs into site chrome. A heading (the headline, a
Markdown heading, a short line without closing punctuation) is one sentence
with `heading=True`.

A full stop ends a sentence unless the word before it is an abbreviation:
titles before names ("Mr.", "Gen.", "Sen.") never end one; "Jan.", "No.",
"Art." end none before a number ("Jan. 20", "No. 5"); other abbreviations
("U.S.", "Inc.") end one only when the next word commonly opens a sentence
("the U.S. The next day ..."). Initials ("George W. Bush"), decimals ("3.5")
and punctuation followed by a lowercase word ("“Is it?” he asked") never
end one. A sentence may end inside closing
quotes or brackets ('... a personal relationship.”').
"""

from __future__ import annotations

import re
from bisect import bisect_right

from timeline.text.lines import SHORT_LINE, split_lines
from timeline.text.markup import MARKDOWN_HEADING, is_heading_like
from timeline.model import Article, Sentence

# The abbreviation tables below are public and this is their single home:
# code that asks whether a full stop ends a sentence imports them from here.
# (TITLES are abbreviated titles before a name, not `lexicon.people.TITLES_BEFORE_A_NAME`,
# the spelled-out titles of people; `lexicon.calendar.CALENDAR_ABBREVIATIONS` are the
# month and weekday abbreviations of the date parser.)
__all__ = ["ABBREVIATIONS", "BEFORE_NUMBER", "MAX_SENTENCE", "SENTENCE_STARTERS", "TITLES", "split_sentences"]

# Abbreviations written before a name: a full stop after them never ends a sentence.
TITLES = frozenset(
    """mr mrs ms messrs mme dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr
    brig sen rep gov pres supt insp det rev fr sr sra hon amb atty mt ft st""".split()
)
# Abbreviations written before a number ("Jan. 20", "No. 5", "Art. 5"): a
# full stop after them ends no sentence when a number follows.
BEFORE_NUMBER = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols art arts p pp fig figs ch sec secs para op""".split()
)
# Other abbreviations: a full stop after them ends a sentence only before a
# word from SENTENCE_STARTERS. Dotted acronyms (U.S., F.B.I., a.m.) count too.
ABBREVIATIONS = frozenset(
    """mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd plc llc bros assn dept govt univ intl natl ed eds
    jr sr esq etc vs v approx est ca cf al ibid
    ave blvd rd hwy""".split()
)
SENTENCE_STARTERS = frozenset(
    """the a an this that these those there then thus so but and or yet however
    he she it they we i you his her its their our my your
    in on at for from after before when while as if although though since during
    meanwhile moreover still also later earlier now today yesterday
    some many most several all both each no none one two three
    what who why how where which""".split()
)

# A sentence longer than this is cut at a space: downstream stages should
# never see a 5 MB "sentence" from a file without punctuation.
MAX_SENTENCE = 2000

# A candidate sentence end: a run of closing punctuation, then any closing
# quotes or brackets, then whitespace. Found in two steps, the run and then
# what follows it, so each character is looked at a bounded number of times:
# one pattern with the run quantified inside an alternation re-split a run of
# full stops not followed by whitespace every way (a dot leader hung it).
_PUNCT_RUN = re.compile(r"[.!?…]+")
_CLOSING = re.compile(r"(?<!['\"’”)\]])(['\"’”)\]]*)\s+")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "U.S", "F.B.I", "a.m" before the final dot
_WORD_AFTER = re.compile(r"(?<![\"'“‘(\[])[\"'“‘(\[]*([A-Za-z][\w'’-]*)")
_OPENING = "\"'“‘([«"


def split_sentences(article: Article) -> list[Sentence]:
    """The sentences of the article's prose, in order.

    >>> from timeline.model import Article
    >>> text = "Mr. Putin met Gen. Gerasimov on Jan. 5 in the U.S. capital. He left."
    >>> [s.text for s in split_sentences(Article(path="x", text=text, content=((0, len(text)),)))]
    ['Mr. Putin met Gen. Gerasimov on Jan. 5 in the U.S. capital.', 'He left.']
    """
    text = article.text
    if not article.content:
        return []
    line_starts = [ln.start for ln in split_lines(text)]
    sentences: list[Sentence] = []

    def add(start: int, end: int, heading: bool = False) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return
        line = bisect_right(line_starts, start)
        sentences.append(Sentence(start, end, text[start:end], line, heading))

    for start, end in article.content:
        if _is_heading(text, start, end, article.headline, line_starts):
            add(start, end, heading=True)
            continue
        for a, b in _spans(text, start, end):
            for a2, b2 in _cap(text, a, b):
                add(a2, b2)
    return sentences


def _is_heading(text: str, start: int, end: int, headline, line_starts) -> bool:
    if headline is not None and (start, end) == tuple(headline):
        return True
    if end - start > SHORT_LINE or "\n" in text[start:end] or "\r" in text[start:end]:
        return False
    line_start = line_starts[bisect_right(line_starts, start) - 1]
    if MARKDOWN_HEADING.match(text, line_start, end):
        return True
    return is_heading_like(text[start:end])


def _spans(text: str, start: int, end: int):
    """(start, end) of each sentence in the region text[start:end]."""
    begin = start
    for run in _PUNCT_RUN.finditer(text, start, end):
        m = _CLOSING.match(text, run.end(), end)
        if m is None:
            continue
        stop = m.end(1)  # after the punctuation and any closing quotes
        after = m.end()
        if after >= end:
            break
        if _ends_sentence(text, run.start(), bool(m.group(1)), after, end):
            yield begin, stop
            begin = after
    if begin < end:
        yield begin, end


def _ends_sentence(text: str, dot: int, quoted: bool, after: int, end: int) -> bool:
    """Whether the punctuation run at `dot` (closed by quotes if `quoted`),
    followed by whitespace up to `after`, ends a sentence."""
    nxt = text[after]
    if nxt.islower():
        return False
    if nxt.isalpha() and not nxt.isupper():
        return False  # a letter without case: CJK and the like, no boundary signal
    if text[dot] != "." or quoted or text[dot + 1] == ".":
        return True  # "?", "!", "…", "...", or a full stop inside closing quotes
    space = max(text.rfind(" ", max(0, dot - 40), dot), text.rfind("\n", max(0, dot - 40), dot))
    word = text[space + 1 : dot].lstrip(_OPENING)
    if not word:
        return True
    low = word.lower()
    if low in TITLES:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "George W. Bush"
    if low in BEFORE_NUMBER and word[0].isupper() or low in ("p", "pp"):
        return not (nxt.isdigit() or nxt == "#")
    if low in ABBREVIATIONS or _DOTTED.fullmatch(word):
        following = _WORD_AFTER.match(text, after, min(end, after + 40))
        return bool(following) and following.group(1).lower() in SENTENCE_STARTERS
    return True


def _cap(text: str, start: int, end: int):
    """Cut a sentence longer than MAX_SENTENCE at spaces."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut < 0:
            cut = start + MAX_SENTENCE
        yield start, cut
        start = cut
    yield start, end
