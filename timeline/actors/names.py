"""Finding names in a sentence, by rule (no model).

- a name is a run of capitalised tokens (with "of", "for", "de", "&" allowed
  between them and a model number after them: "Bank of America", "Boeing 777",
  "iPhone 4", "FTSE 100"); a brand written with a small letter before a
  capital ("iPhone", "iTunes", "eBay") counts as capitalised, and a model
  number after "the", "a" or a possessive starts the name of the model it
  numbers ("the 737 Max", "Boeing's 787 Dreamliner");
- a possessive ends a run ("Putin's team" gives "Putin"), except that a
  place's organisation stays whole ("Russia's Foreign Ministry");
- not names: ordinary words capitalised only because they open a sentence
  (unless the article also capitalises them mid-sentence; a lone one is a
  name only before a verb, and not as a plural before a plural verb:
  "Engineers say", "Rescuers have"), months, weekdays,
  pronouns, lone titles ("President"), a last noun of an event ("the BP Oil
  Spill" gives BP), a currency's prefix ("NT$430 billion", "HK$"), and in
  headings any word the article never capitalises mid-sentence.

Brands and model numbers are read by `models`, titles and their holders
("U.S. Ambassador to Lebanon Dorothy Shea") by `titles`, runs naming nothing
("Board", "X", "Russian officials") by `not_names`; `spelling` gives the
spelling joining compares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from timeline.lexicon.people import (
    BUILT_IN_ALIASES,
    CAPITALISED_NON_NAMES,
    EVENT_NOUNS_ENDING_A_NAME,
    HEADS_OF_A_NAME_WITH_AND,
    GENERIC_ORGANISATION_NOUNS,
    IRREGULAR_PAST_VERBS,
    LEGAL_FORM_SUFFIXES,
    LOWER_CASE_NAME_CONNECTORS,
    MONTH_NAMES,
    NAME_ABBREVIATIONS,
    ORGANISATION_HEAD_WORDS,
    PLACE_NAMES,
    QUALIFIER_ENDINGS,
    TITLES_BEFORE_A_NAME,
    VERBS_AFTER_A_PLURAL,
    VERBS_AFTER_A_SUBJECT,
    WEEKDAY_NAMES,
)
from timeline.lexicon.calendar import TEENS, TENS, UNITS
from timeline.lexicon.products import MARKET_INDICES
from timeline.actors.models import SPACES as _SPACES
from timeline.actors.models import is_brand, is_model_number, legal_form_ends, model_number_after_name, model_starts_name
from timeline.actors.not_names import RULES, adjective_like
from timeline.actors.spelling import strip_titles
from timeline.actors.titles import TITLE_WORDS as _TITLE_WORDS
from timeline.actors.titles import drop_qualifier_of_title, lone_title, of_after_person, office_of_title, title_inside
from timeline.text.datelines import in_place, prose_start

_TOKEN = re.compile(r"[A-Z]/[A-Z](?![\w/])|[A-Za-z0-9\u00C0-\u024F][\w\u00C0-\u024F.&'’-]*")  # "A/S" is one token
_CURRENCY_PREFIX = re.compile(r" ?\$\s?\d")  # right after a token: "NT$", "HK$", "A$", "R$", "US $99"
_POSSESSIVE = re.compile(r"['’]s?$")
_DOTTED = re.compile(r"(?:[A-Z]\.){1,4}")  # "U.S.", "F."
# Words whose full stop is their own (a name's abbreviation); any other loses it.
_ABBREVIATIONS = NAME_ABBREVIATIONS | {w for t in (*TITLES_BEFORE_A_NAME, *LEGAL_FORM_SUFFIXES) for w in t.split() if w.endswith(".")}
_QUALIFIER = re.compile(rf"[A-Z][a-z]+(?:{'|'.join(QUALIFIER_ENDINGS)})")
_COUNT_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS)  # "two", "twelve", "twenty"


class CapitalisedWords(set):
    """Words an article capitalises mid-sentence, plus (in `.lower`) the
    words it writes in lower case, and (in `.names`) the names found in its
    prose, which headings are checked against.

    A sentence-initial word ("Moscow believes", "Psychologically, it") is a
    name if it is also capitalised elsewhere mid-sentence, or if the article
    never writes it in lower case and a verb follows it ("Airbus reported").
    """

    def __init__(self, *args):
        super().__init__(*args)
        self.lower: set[str] = set()
        self.names: set[str] = set()  # names found in the prose (for headings)


def known_capitalised(texts) -> CapitalisedWords:
    """The `CapitalisedWords` of an article's sentences."""
    known = CapitalisedWords()
    for text in texts:
        for i, m in enumerate(_TOKEN.finditer(text)):
            word = _clean(m.group())
            if is_brand(word):
                known.add(word)  # "iPhone": written so wherever it is
            elif word[:1].islower():
                known.lower.add(word)
            elif i > 0 and word[:1].isupper() and not _after_opening(text, m.start()):
                known.add(word)
    return known


def find_names(text: str, known: set[str] | None = None, heading: bool = False) -> list[tuple[int, int, str]]:
    """Names in `text` as (start, end, name) with the possessive dropped.

    >>> [n for _, _, n in find_names("Mr Putin's aides met Airbus in Toulouse.", {"Putin"})]
    ['Mr Putin', 'Airbus', 'Toulouse']
    """
    known = known if known is not None else set()
    found = [name for run in _capitalised_runs(text) for name in _accept(text, run, known, heading)]
    whole = [(m.start(), m.end(), m.group()) for m in _WHOLE_NAMES.finditer(text)]
    if not whole:
        return found
    apart = [n for n in found if not any(s < n[1] and n[0] < e for s, e, _ in whole)]
    return sorted(apart + whole)


# Names the tables know whose words a run of capitalised words would cut, at a
# lower-case "and" or a possessive ("the Standard and Poor's 500 was down"):
# found whole wherever they are written.
_CUT_FORMS = sorted({f for table in (BUILT_IN_ALIASES, MARKET_INDICES) for canon, forms in table.items()
                     for f in (canon, *forms) if " and " in f or "'s" in f}, key=len, reverse=True)
_WHOLE_NAMES = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(f).replace("'", "['’]") for f in _CUT_FORMS) + r")(?![\w&])")


# ---------------------------------------------------------------- runs of capitalised tokens

def _capitalised_runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens one space apart, as (start, end, word) lists."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    run: list[tuple[int, int, str]] = []
    for i, (s, e, raw) in enumerate(tokens):
        word = _clean(raw)
        if raw.endswith(".") and not _abbreviation(raw):
            e -= 1  # a full stop is no part of the name ("Mr." and "U.S." keep theirs)
        joined = bool(run) and text[run[-1][1]:s] in _SPACES  # a no-break space too: "iPhone&nbsp;4"
        # "Wal - Mart": tokenised text spaces a hyphen; one name, as "Wal-Mart" (not a dateline's "Texas - Dell").
        joined = joined or (len(run) == 1 and text[run[0][1]:s] == " - " and word[:1].isupper() and not word.isupper()
                            and not run[0][2].isupper() and s > prose_start(text))
        if run and not joined:
            yield run
            run = []
        if not (_capital(text, word, e) or (joined and _continues_run(tokens, i, word, run, text))) and \
                _model_before_name(tokens, i, word, text):
            if run:
                yield run
            run, joined = [], False  # "an Alaska Airlines 737 MAX 9": the number starts the model's name
        if _capital(text, word, e) or (joined and _continues_run(tokens, i, word, run, text)) or (
                not run and _model_before_name(tokens, i, word, text)):
            run.append((s, e, word))
            # A place's organisation stays whole: "Russia's Foreign Ministry".
            if _is_possessive(raw) and not _place_org_follows(tokens, i, text):
                yield run
                run = []
            elif legal_form_ends(tokens, i, word, _clean):
                yield run  # "... of Apple Inc. Steve Jobs has died": a legal form ends a company's name
                run = []
        elif run:
            yield run
            run = []
    if run:
        yield run


def _capital(text: str, word: str, end: int) -> bool:
    """A capitalised word that may be part of a name."""
    if is_brand(word):
        return True  # "iPhone", "iTunes", "eBay"
    if not word[:1].isupper() or word.rstrip(".") in MONTH_NAMES or word.rstrip(".") in WEEKDAY_NAMES:
        return False
    if _CURRENCY_PREFIX.match(text, end) and (text[end:end + 1] == "$" or word.isupper() and len(word) <= 3):
        return False  # "NT$430 billion", "US$5 billion", "HK$2": a currency, not a name
    if "-" in word and all(p in MONTH_NAMES or p in WEEKDAY_NAMES for p in (word.split("-")[0], word.rstrip(".").split("-")[-1])):
        return False  # "January-to-March", "Monday-Friday": a span of the calendar
    if "-" in word and word.rsplit("-", 1)[1][:1].islower() and word not in _TITLE_WORDS:
        return False  # "Kyiv-held", "Moscow-based": adjectives
    return True


def _continues_run(tokens, i: int, word: str, run, text: str = "") -> bool:
    """A model number after a name ("Boeing 777", "iPhone 4", "FTSE 100": `models`),
    or a connector between two names ("Bank of America")."""
    last = run[-1][2]
    named = (last[:1].isupper() or is_brand(last)) and last not in CAPITALISED_NON_NAMES \
        and last not in ORGANISATION_HEAD_WORDS and last not in _TITLE_WORDS
    model_no = named and model_number_after_name(tokens, i, word, text)
    connector = word in LOWER_CASE_NAME_CONNECTORS and i + 1 < len(tokens) and _clean(tokens[i + 1][2])[:1].isupper()
    return model_no or connector or (word == "and" and named and _public_body_after(tokens, i, last)) \
        or office_of_title(tokens, i, word, run, text)


def _public_body_after(tokens, i: int, last: str) -> bool:
    """ "and" inside a public body's name: the capitalised words after it end
    in its head ("... Oceanic and Atmospheric Administration"); not after a
    name of its own ("the Kremlin and Russia's Foreign Ministry")."""
    k = i + 2  # "Search and Rescue (USAR)": the name ends before the bracket
    while k < min(i + 4, len(tokens)) and tokens[k][0] == tokens[k - 1][1] + 1:
        k += 1
    raw = [t[2] for t in tokens[i + 1:k]]
    caps = list(takewhile(lambda w: w[:1].isupper() and not _is_possessive(w), raw))
    return bool(caps) and _clean(caps[-1]) in HEADS_OF_A_NAME_WITH_AND and last not in PLACE_NAMES


def _model_before_name(tokens, i: int, word: str, text: str) -> bool:
    """ "the 737 Max", "an Alaska Airlines 737 MAX 9": the number starts the model's name (`models`)."""
    if i + 1 >= len(tokens) or not is_model_number(word):
        return False
    nxt = _clean(tokens[i + 1][2])
    ordinary = nxt in CAPITALISED_NON_NAMES or nxt.rstrip(".") in MONTH_NAMES or nxt.rstrip(".") in WEEKDAY_NAMES
    previous = i > 0 and _clean(tokens[i - 1][2])[:1].isupper()
    return nxt[:1].isupper() and not ordinary and model_starts_name(tokens, i, word, text, nxt, previous)


def _is_possessive(raw: str) -> bool:
    return bool(_POSSESSIVE.search(raw)) and raw[-2:] in ("'s", "’s", "s'", "s’")


def _clean(raw: str) -> str:
    word = raw.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("s'"):
        word = word[:-1]
    if word.endswith(".") and not _abbreviation(word):
        word = word[:-1]
    return word


def _abbreviation(word: str) -> bool:
    """Is the full stop ending `word` its own ("U.S.", "Inc.", "Jr."), not the sentence's?"""
    return word in _ABBREVIATIONS or _DOTTED.fullmatch(word) is not None


def _after_opening(text: str, pos: int, dateline: bool = True) -> bool:
    """True when `pos` opens a sentence or a quotation, or (with `dateline`)
    the prose after a dateline ("CHICAGO (Reuters) - Embattled Boeing ...")."""
    before = text[:pos].rstrip(" \"“‘'([")
    if before == "" or before[-1] in ".!?:\n":
        return True
    return dateline and before[-1] in "-—–" and prose_start(text) == pos


def _place_org_follows(tokens, i, text) -> bool:
    possessor = _clean(tokens[i][2])
    if possessor not in PLACE_NAMES:
        return False
    j = i + 1
    while j < len(tokens) and _clean(tokens[j][2])[:1].isupper() and text[tokens[j - 1][1]:tokens[j][0]] == " ":
        if _clean(tokens[j][2]) in ORGANISATION_HEAD_WORDS:
            return True
        j += 1
    return False


# ---------------------------------------------------------------- a run to its names

def _accept(text: str, run, known: set[str], heading: bool):
    """Trim a run of capitalised tokens to the name(s) it holds.

    In order: ordinary words at its ends go first (so the rest sees the
    name's own first word); a heading keeps only names known from the prose;
    a dateline is no name; words before a title are the person's
    organisation; a sentence's first word must prove it is a name; a country
    or nationality before a title goes; what is left must still look like a name.
    """
    run = _trim_ordinary_words(run)
    if not run:
        return []
    if heading:
        return _heading_names(text, run, known)
    if in_place(text, run[0][0], run[-1][1]):
        return []  # "NEW YORK, June 13 -": where the story was filed
    split = title_inside(text, run)
    if split:
        # The words before a title name the person's organisation.
        org_names = _accept(text, run[:split], _Always(known), False)
        return org_names + _accept(text, run[split:], known, False)
    first = run[0]
    if _after_opening(text, first[0], dateline=len(run) > 1) and first[2] not in known and first[2] not in PLACE_NAMES:
        # After a dateline a lone word is a name as mid-sentence ("PARIS (Reuters) - Airbus on
        # Thursday ..."); only a qualifier before a name goes ("- Embattled Boeing said").
        if len(run) == 1:
            return _sentence_opening_word(text, first, known)
        qualifier = (  # not "Boeing Co.": before a legal form or an organisation noun alone, the word is the name
            _QUALIFIER.fullmatch(first[2]) and run[1][2] in known
            and not all(t[2] in LEGAL_FORM_SUFFIXES or t[2] in ORGANISATION_HEAD_WORDS for t in run[1:])
        )
        if first[2] not in _TITLE_WORDS and (first[2].lower() in getattr(known, "lower", ()) or qualifier
                                             or first[2].lower() in _COUNT_WORDS):  # "Two Urban Search ...": a count
            run = run[1:]  # "Shares Boeing ..." is rare; "Embattled Boeing": a qualifier; "Spirit AeroSystems" is a name
    run = drop_qualifier_of_title(text, run)
    name = _spelling(text, run)
    cut = of_after_person(run, name)
    if cut:  # "Senator David Vitter of Louisiana": the person, then what he is of
        return _accept(text, run[:cut], known, heading) + _accept(text, run[cut + 1:], known, heading)
    if any(rule(text, run, name) for rule in _NOT_A_NAME):
        return []
    return [(run[0][0], run[-1][1], name)]


def _trim_ordinary_words(run):
    """Ordinary words, months and connectors at either end are not part of a name, nor a last noun of an event ("BP Oil Spill")."""
    while run and (run[0][2] in CAPITALISED_NON_NAMES or run[0][2] in LOWER_CASE_NAME_CONNECTORS or not run[0][2][:1].isalnum()):
        run = run[1:]
    while run and (run[-1][2] in LOWER_CASE_NAME_CONNECTORS or run[-1][2] in CAPITALISED_NON_NAMES
                   or (len(run) > 1 and run[-1][2] in EVENT_NOUNS_ENDING_A_NAME)):
        run = run[:-1]
    return run


def _heading_names(text: str, run, known: set[str]):
    """Title Case headings capitalise everything: keep only known names."""
    out, part = [], []
    names = getattr(known, "names", None)
    for tok in run + [None]:
        if tok is not None and (tok[2] in known or tok[2] in PLACE_NAMES):
            part.append(tok)
            continue
        if part:
            for found in _accept(text, part, known, False):
                bare = strip_titles(found[2]) or found[2]
                if names is None or bare in names or found[2] in names or bare in PLACE_NAMES:
                    out.append(found)
        part = []
    return out


class _Always(set):
    """A vocabulary in which every word is known (the run is a name by position)."""

    def __init__(self, known):
        super().__init__()
        self.lower = set()
        self.names = getattr(known, "names", set())

    def __contains__(self, item):
        return True


def _sentence_opening_word(text: str, first, known: set[str]):
    """A lone word opening a sentence is a name only before a verb, and if never written in lower case."""
    lower = getattr(known, "lower", set())
    follower = text[first[1]:].split(None, 1)
    verb = follower[0].strip(",.;:").lower() if follower and text[first[1]:first[1] + 1] == " " else ""
    third_person = re.fullmatch(r"(?<![a-z])[a-z]{3,}[^s]s", verb) and not re.search(r"(?:er|est|ly|ing|ed)$", first[2])
    if first[2] in GENERIC_ORGANISATION_NOUNS or len(first[2]) == 1:
        return []  # "Board approved", "X said": no name by itself
    if first[2].lower() in lower or first[2] in CAPITALISED_NON_NAMES or not (_is_verbish(verb) or third_person):
        return []
    if verb in VERBS_AFTER_A_PLURAL and re.search(r"[^s]s$", first[2]):
        return []  # "Engineers say", "Rescuers have": a plural common noun, not a name
    return [(first[0], first[1], text[first[0]:first[1]])]


def _is_verbish(word: str) -> bool:
    if re.fullmatch(r"(?<![a-z])[a-z]{3,}ed", word) or word in IRREGULAR_PAST_VERBS:
        return True  # "Emirates ordered", "Airbus delivered", "Airbus overtook"
    return word in VERBS_AFTER_A_SUBJECT


def _spelling(text: str, run) -> str:
    """The run's text without a trailing possessive (a no-break space as a space)."""
    name = text[run[0][0]:run[-1][1]].replace("\u00a0", " ").replace(" - ", "-")
    if name.endswith(("'s", "’s")):
        return name[:-2]
    if name.endswith(("s'", "s’")):
        return name[:-1]
    return name


_NOT_A_NAME = (*RULES, lone_title)  # the rest are in `not_names`
