"""Actors: finding names in a clause, and joining their spellings across a corpus.

Finding (`find_names`) is rule-based, no model:

- a name is a run of capitalised tokens (with "of", "for", "de", "&" allowed
  between them and a model number after them: "Bank of America", "Boeing 777");
- a possessive ends a run ("Putin's team" gives "Putin"), except that a
  place's organisation stays whole ("Russia's Foreign Ministry");
- not names: ordinary words capitalised only because they open a sentence
  (a sentence-initial word counts only if the article also capitalises it
  mid-sentence), months, weekdays, pronouns, lone titles ("President"),
  adjectives of nationality or party before a noun ("Russian officials"),
  a currency's prefix ("NT$430 billion", "US$5 billion", "HK$"), and in headings any word the article never capitalises mid-sentence.

Joining (`resolve_actors`) maps every raw spelling to one canonical name:

- titles and honorifics are stripped ("President Vladimir Putin", "Mr Putin"
  -> "Vladimir Putin" / "Putin"); case, dots and possessives are ignored;
- a one-word name joins the full name whose last word it is, preferring the
  full names of the same article, then a unique one in the corpus; a
  company's short name joins its legal name ("Airbus" -> "Airbus SE") and
  a place's organisation its short form ("the Foreign Ministry");
- a legal name's first word is a short form too ("Novo Nordisk A/S" ->
  "Novo"), as is a hyphenated last word's last part ("A.P. Moller-Maersk"
  -> "Maersk"); an all-capital abbreviation joins the one company of the
  article (else of the corpus) it abbreviates: initials, the letters of its
  one word in order ("VW" -> "Volkswagen AG"), or a ticker ("MAERSKb");
- user aliases (actors.yaml: {canonical: [aliases]}) and a few built-in
  abbreviations ("U.S.") come first;
- names left apart that are near-identical (edit distance) are listed as
  `suggestions` so that `timeline actors` can propose them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from dataclasses import replace
from pathlib import Path

import yaml

from timeline.errors import TimelineError
from timeline.model import Actor, Event
from timeline.vocab_actors import (
    BUILTIN_ALIASES,
    HONORIFICS,
    IRREGULAR_PAST,
    MONTHS,
    NAME_CONNECTORS,
    NOT_NAMES,
    ORG_HEADS,
    PLACES,
    TITLES,
    WEEKDAYS,
)

_TOKEN = re.compile(r"[A-Z]/[A-Z](?![\w/])|[A-Za-z0-9\u00C0-\u024F][\w\u00C0-\u024F.&'’-]*")  # "A/S" is one token
_CURRENCY_PREFIX = re.compile(r"\$\s?\d")  # right after a token: "NT$", "HK$", "A$", "R$"
_POSSESSIVE = re.compile(r"['’]s?$")
_ABBREV = re.compile(r"^(?:[A-Z]\.){1,4}$|^[A-Z][a-z]{0,3}\.$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,4}$")
_ADJ_SUFFIX = re.compile(r"(?:ian|ean|an|ese|ish|ic)$")
_VERBISH = frozenset(
    "said says say has have had is are was were will would could can may might must "
    "did does do told tells added noted warned denied confirmed announced reported "
    "and or but to in on at of for with by as that who which".split()
)
_SORTED_TITLES = sorted(TITLES, key=lambda t: -len(t))
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
_PERSON_WORD = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]*['’-]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?|(?:al|bin|de|van|von|der|da|di|le|la)")
_CORP_SUFFIXES = frozenset(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC PLC Plc plc AG SE SA NV GmbH Group Holdings A/S ASA AB Oyj SpA".split()
)


# ---------------------------------------------------------------- finding

class Vocabulary(set):
    """Words an article capitalises mid-sentence, plus (in `.lower`) the
    words it writes in lower case.

    A sentence-initial word ("Moscow believes", "Psychologically, it") is a
    name if it is also capitalised elsewhere mid-sentence, or if the article
    never writes it in lower case and a verb follows it ("Airbus reported").
    """

    def __init__(self, *args):
        super().__init__(*args)
        self.lower: set[str] = set()
        self.names: set[str] = set()  # names found in the prose (for headings)


def known_capitalised(texts) -> Vocabulary:
    """The `Vocabulary` of an article's sentences."""
    known = Vocabulary()
    for text in texts:
        for i, m in enumerate(_TOKEN.finditer(text)):
            word = _clean(m.group())
            if word[:1].islower():
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
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    names: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []

    def flush():
        if run:
            names.extend(_accept(text, run[:], known, heading))
            run.clear()

    for i, (s, e, raw) in enumerate(tokens):
        word = _clean(raw)
        if raw.endswith(".") and not _ABBREV.match(raw) and raw[:-1] not in ("Mr", "Ms", "Mrs", "Dr", "St"):
            e -= 1
        gap = text[run[-1][1]:s] if run else ""
        joined = run and gap == " "
        if not joined:
            flush()
        capital = word[:1].isupper() and word.rstrip(".") not in MONTHS and word.rstrip(".") not in WEEKDAYS
        if capital and _CURRENCY_PREFIX.match(text, e):
            capital = False  # "NT$430 billion", "US$5 billion", "HK$2": a currency, not a name
        if capital and "-" in word and word.rsplit("-", 1)[1][:1].islower() and word not in _TITLE_WORDS:
            capital = False  # "Kyiv-held", "Moscow-based": adjectives
        model_no = (
            bool(run) and joined and re.fullmatch(r"\d{3,4}\w*", word) is not None
            and not re.fullmatch(r"(?:1[89]|20)\d\d", word)
            and run[-1][2][:1].isupper() and run[-1][2] not in NOT_NAMES and run[-1][2] not in ORG_HEADS
        )
        connector = bool(run) and joined and word in NAME_CONNECTORS and i + 1 < len(tokens) and _clean(tokens[i + 1][2])[:1].isupper()
        if capital or model_no or connector:
            run.append((s, e, word))
            if _POSSESSIVE.search(raw) and raw[-2:] in ("'s", "’s", "s'", "s’"):
                # A place's organisation stays whole: "Russia's Foreign Ministry".
                if not _place_org_follows(tokens, i, text):
                    flush()
        else:
            flush()
    flush()
    return names


def _clean(raw: str) -> str:
    word = raw.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    elif word.endswith("s'"):
        word = word[:-1]
    if word.endswith(".") and not _ABBREV.match(word):
        word = word[:-1]
    return word


def _after_opening(text: str, pos: int) -> bool:
    """True when `pos` opens a sentence or a quotation."""
    before = text[:pos].rstrip(" \"“‘'([")
    return before == "" or before[-1] in ".!?:\n"


def _place_org_follows(tokens, i, text) -> bool:
    possessor = _clean(tokens[i][2])
    if possessor not in PLACES:
        return False
    j = i + 1
    while j < len(tokens) and _clean(tokens[j][2])[:1].isupper() and text[tokens[j - 1][1]:tokens[j][0]] == " ":
        if _clean(tokens[j][2]) in ORG_HEADS:
            return True
        j += 1
    return False


def _accept(text: str, run, known: set[str], heading: bool):
    """Trim a run of capitalised tokens to the name(s) it holds."""
    # Leading ordinary words, months and connectors are not part of a name.
    while run and (run[0][2] in NOT_NAMES or run[0][2] in NAME_CONNECTORS or not run[0][2][:1].isalnum()):
        run = run[1:]
    while run and (run[-1][2] in NAME_CONNECTORS or run[-1][2] in NOT_NAMES):
        run = run[:-1]
    if not run:
        return []
    if heading:
        # Title Case headings capitalise everything: keep only known names.
        out, part = [], []
        names = getattr(known, "names", None)
        for tok in run + [None]:
            if tok is not None and (tok[2] in known or tok[2] in PLACES):
                part.append(tok)
                continue
            if part:
                for found in _accept(text, part, known, False):
                    bare = strip_titles(found[2]) or found[2]
                    if names is None or bare in names or found[2] in names or bare in PLACES:
                        out.append(found)
            part = []
        return out
    if _dateline(text, run):
        return []  # "NEW YORK, June 13 -": where the story was filed
    split = _title_inside(text, run)
    if split:
        # The words before a title name the person's organisation.
        org, person = run[:split], run[split:]
        org_names = _accept(text, org, _Always(known), False)
        return org_names + _accept(text, person, known, False)
    first = run[0]
    if _after_opening(text, first[0]) and first[2] not in known and first[2] not in PLACES:
        if len(run) == 1:
            lower = getattr(known, "lower", set())
            follower = text[first[1]:].split(None, 1)
            verb = follower[0].strip(",.;:").lower() if follower and text[first[1]:first[1] + 1] == " " else ""
            third_person = re.fullmatch(r"[a-z]{3,}[^s]s", verb) and not re.search(r"(?:er|est|ly|ing|ed)$", first[2])
            if first[2].lower() in lower or first[2] in NOT_NAMES or not (_is_verbish(verb) or third_person):
                return []
            return [(first[0], first[1], text[first[0]:first[1]])]
        if first[2] not in _TITLE_WORDS and first[2].lower() in getattr(known, "lower", ()):
            run = run[1:]  # "Shares Boeing ..." is rare; "Spirit AeroSystems" is a name
    # "U.S. President-elect Donald Trump": the country only qualifies the title.
    # "Russian President Vladimir Putin": likewise a nationality before a title.
    if len(run) > 1 and (run[0][2] in PLACES or _INITIALS.match(run[0][2]) or _ADJ_SUFFIX.search(run[0][2])):
        rest = text[run[1][0]:run[-1][1]].replace("’", "'")
        rest = rest[:-2] if rest.endswith("'s") else rest
        if strip_titles(rest) != rest:
            run = run[1:]
    words = [t[2] for t in run]
    name = text[run[0][0]:run[-1][1]]
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    elif name.endswith(("s'", "s’")):
        name = name[:-1]
    if len(words) == 1:
        word = words[0]
        after = text[run[0][1]:].lstrip(" ")
        next_word = after.split(" ", 1)[0].strip(",.;:") if after else ""
        if (
            _ADJ_SUFFIX.search(word)
            and word not in PLACES
            and next_word[:1].islower()
            and next_word not in _VERBISH
        ):
            return []  # "Russian officials", "Republican presidential candidate"
    if (len(words) == 1 and words[0].isupper() and words[0].isalpha() and re.search(r"\d\s*$", text[:run[0][0]])
            and not re.search(r"(?:^|[^\w,.])(?:1[89]|20)\d\d,?\s*$", text[:run[0][0]])):
        return []  # "737 MAX": the model's suffix, not a name on its own
    if len(words) == 1 and re.search(r"(?:ian|ean|an|ese)s$", words[0]) and words[0] not in PLACES:
        return []  # "the Russians", "Americans": peoples, not actors
    if strip_titles(name) == "":
        return []  # a lone title: "President", "Secretary of State"
    return [(run[0][0], run[-1][1], name)]


def _dateline(text: str, run) -> bool:
    words = [t[2] for t in run]
    return (
        text[: run[0][0]].strip() == ""
        and all(w.isupper() and len(w) > 1 for w in words)
        and (len(words) > 1 or len(words[0]) > 4)
        and re.match(r"\s*[,(–—-]", text[run[-1][1]:]) is not None
    )


def _title_inside(text: str, run) -> int:
    """Index of a title followed by a name inside the run ("Emirates President Tim Clark"), else 0."""
    for k in range(1, len(run) - 1):
        rest = text[run[k][0]:run[-1][1]]
        if run[k][2] in _TITLE_WORDS and strip_titles(rest) not in ("", rest):
            before = text[run[0][0]:run[k - 1][1]]
            if before in PLACES or _ADJ_SUFFIX.search(run[k - 1][2]) or _INITIALS.match(run[k - 1][2]):
                return 0  # "Russian President Vladimir Putin": handled as a nationality
            if any(t[2] in _TITLE_WORDS for t in run[:k]):
                continue  # inside a multi-word title: "Deputy Foreign Minister"
            return k
    return 0


class _Always(set):
    """A vocabulary in which every word is known (the run is a name by position)."""

    def __init__(self, known):
        super().__init__()
        self.lower = set()
        self.names = getattr(known, "names", set())

    def __contains__(self, item):
        return True


def _is_verbish(word: str) -> bool:
    if re.fullmatch(r"[a-z]{3,}ed", word) or word in IRREGULAR_PAST:
        return True  # "Emirates ordered", "Airbus delivered", "Airbus overtook"
    return word in _VERBISH and word not in ("and", "or", "but", "to", "in", "on", "at", "of", "for", "with", "by", "as", "that", "who", "which")


# ---------------------------------------------------------------- joining

@lru_cache(maxsize=65536)
def strip_titles(name: str) -> str:
    """The name without leading titles, honorifics, article or possessive.

    >>> strip_titles("President Vladimir Putin's")
    'Vladimir Putin'
    """
    name = name.replace("’", "'").strip()
    if name.endswith("'s"):
        name = name[:-2]
    original = name
    changed = True
    while changed:
        changed = False
        for prefix in ("the ", "The "):
            if name.startswith(prefix):
                name, changed = name[len(prefix):], True
        for title in _SORTED_TITLES:
            if name == title:
                return ""
            if name.startswith(title + " "):
                name, changed = name[len(title) + 1:], True
                break
    name = name.strip()
    if name.split() and name.split()[-1] in ORG_HEADS and len(name.split()) < len(original.split()):
        # "Justice Department": a word that is also a title names the body.
        for prefix in ("the ", "The "):
            if original.startswith(prefix):
                original = original[len(prefix):]
        return original.strip()
    return name


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Comparison key: case, dots, apostrophes and middle initials ignored."""
    bare = strip_titles(name) or name
    bare = bare.replace(".", "").replace("'", "").replace("-", " ").casefold()
    words = bare.split()
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


def _short_forms(bare: str) -> list[str]:
    """Shorter spellings a full name is referred to by."""
    words = bare.split()
    forms = []
    if "'s " in bare:  # "Russia's Foreign Ministry" -> "Foreign Ministry"
        forms.append(bare.split("'s ", 1)[1])
    if len(words) >= 2 and words[-1] in _CORP_SUFFIXES:
        while len(words) >= 2 and words[-1] in _CORP_SUFFIXES:
            words = words[:-1]
            forms.append(" ".join(words))  # "Ryanair Holdings Plc" -> "Ryanair Holdings", "Ryanair"
        # A legal name's first word is its short name ("Novo Nordisk A/S" -> "Novo"),
        # unless the name is a noun phrase about it ("Deutsche Bank AG" is no "Deutsche").
        if (
            len(words) >= 2 and words[-1] not in ORG_HEADS and words[0] not in PLACES
            and words[0] not in NAME_CONNECTORS and re.fullmatch(r"[A-Z][a-z]{2,}", words[0])
            and not _ADJ_SUFFIX.search(words[0])
        ):
            forms.append(words[0])
    elif len(words) >= 2 and words[-1] not in ORG_HEADS and words[0] not in PLACES and all(_PERSON_WORD.fullmatch(w) for w in words):
        forms.append(words[-1])  # surname
    last = words[-1] if len(words) >= 2 else ""
    if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]{2,}", last):
        forms.append(last.rsplit("-", 1)[1])  # "A.P. Moller-Maersk" -> "Maersk"
    return forms


def _abbreviates(short: str, full: str) -> bool:
    """Whether an all-capital `short` ("VW", "MAERSKb") abbreviates the
    company name `full` ("Volkswagen AG", "A.P. Moller-Maersk"): the initials
    of its words, the letters of its one word in order from its first (a
    word of 6 letters or more), or its last word in capitals (a ticker, with
    an optional share-class letter)."""
    words = [w for w in full.split() if w not in _CORP_SUFFIXES]
    if not words:
        return False
    letters = short.rstrip("abcdefghijklmnopqrstuvwxyz") if len(short) > 3 else short
    head = words[-1].rsplit("-", 1)[-1]
    if len(letters) >= 4 and letters.casefold() == head.casefold():
        return True  # a ticker
    if not (2 <= len(letters) <= 4 and letters.isupper() and letters == short):
        return False
    initials = "".join(w[0] for w in words if w not in NAME_CONNECTORS and w[:1].isupper())
    if len(words) >= 2 and initials == letters:
        return True
    if len(words) == 1 and len(words[0]) >= 6 and words[0][0] == letters[0]:
        rest = iter(words[0][1:].upper())
        return all(ch in rest for ch in letters[1:])
    return False


def load_alias_file(path: Path) -> dict[str, list[str]]:
    """Read an actors.yaml of {canonical name: [aliases]}.

    Raises TimelineError naming the file and the problem when it is missing,
    not YAML, or not a mapping of names to lists of names.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TimelineError(f"{path}: alias file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineError(f"{path}: cannot read alias file ({exc})") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise TimelineError(f"{path}: not valid YAML{line}; expected 'Canonical Name: [alias, alias]'") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TimelineError(f"{path}: expected a mapping 'Canonical Name: [alias, alias]', got {type(data).__name__}")
    aliases: dict[str, list[str]] = {}
    for canonical, values in data.items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise TimelineError(f"{path}: actor name {canonical!r} is not a non-empty string")
        if values is None:
            values = []
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise TimelineError(f"{path}: aliases of {canonical!r} must be a list of names")
        aliases[canonical.strip()] = [v.strip() for v in values]
    return aliases


def resolve_actors(
    events: list[Event],
    user_aliases: dict[str, list[str]] | None = None,
    names: dict[str, list[str]] | None = None,
) -> tuple[list[Event], list[Actor]]:
    """Replace raw actor spellings by canonical names and list the actors.

    Returns the events (same order) with canonical, de-duplicated actors, and
    the actors sorted by number of events (descending) then name.

    `names` (optional, {file: [raw names]}, see `timeline.events.article_names`)
    are names seen anywhere in the prose, dated or not: they let a surname
    join a full name given only in an undated sentence, and near-identical
    spellings seen there become suggestions.
    """
    seen_names = names or {}
    fixed: dict[str, str] = {}  # key -> canonical, from alias files
    for table in (BUILTIN_ALIASES, user_aliases or {}):
        for canonical, aliases in table.items():
            for spelling in [canonical, *aliases]:
                fixed[name_key(spelling)] = canonical
    # A user who names "Konstantin Kilimnik" means his surname too.
    for canonical, aliases in (user_aliases or {}).items():
        for spelling in [canonical, *aliases]:
            for short in _short_forms(spelling):
                fixed.setdefault(name_key(short), canonical)

    raw_by_file: dict[str, Counter] = defaultdict(Counter)
    for ev in events:
        for raw in ev.actors:
            raw_by_file[ev.citation.file][raw] += 1
    for file, seen in seen_names.items():
        for raw in seen:
            raw_by_file[file][raw] += 0 if raw in raw_by_file[file] else 1

    # Full names (several words) and the short forms pointing at them.
    full_display: dict[str, Counter] = defaultdict(Counter)  # key -> bare spellings
    short_corpus: dict[str, set[str]] = defaultdict(set)
    short_file: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for file, counts in raw_by_file.items():
        for raw, n in counts.items():
            bare = strip_titles(raw) or raw
            key = name_key(bare)
            if key in fixed:
                continue
            if len(bare.split()) >= 2:
                full_display[key][bare] += n
                for short in _short_forms(bare):
                    skey = name_key(short)
                    short_corpus[skey].add(key)
                    short_file[(file, skey)][key] += n

    def canonical_key(raw: str, file: str) -> tuple[str, str | None]:
        bare = strip_titles(raw) or raw
        key = name_key(bare)
        if key in fixed:
            return "fixed:" + fixed[key], fixed[key]
        if key in full_display and key not in short_corpus:
            return key, None
        local = short_file.get((file, key))
        if local:
            return local.most_common(1)[0][0], None
        targets = short_corpus.get(key, set())
        if len(targets) == 1:
            return next(iter(targets)), None
        if re.fullmatch(r"[A-Z]{2,}[a-z]?", bare) and bare not in PLACES:
            # "VW" for "Volkswagen AG", "MAERSKb" for "A.P. Moller-Maersk":
            # a company of the same article, else the only one of the corpus.
            for pool in (raw_by_file.get(file, {}), None):
                found = {
                    k for k, spellings in full_display.items()
                    if (pool is None or any(name_key(strip_titles(r) or r) == k for r in pool))
                    and any((is_org_like(sp) or len(bare) >= 4) and _abbreviates(bare, sp) for sp in spellings)
                }
                if len(found) == 1:
                    return next(iter(found)), None
                if found:
                    break
        return key, None

    group_spellings: dict[str, Counter] = defaultdict(Counter)
    group_fixed: dict[str, str] = {}
    group_events: Counter = Counter()
    resolved_events = []
    mapping_cache: dict[tuple[str, str], str] = {}
    for ev in events:
        keys = []
        for raw in ev.actors:
            ck = mapping_cache.get((raw, ev.citation.file))
            if ck is None:
                ck, canonical = canonical_key(raw, ev.citation.file)
                if canonical:
                    group_fixed[ck] = canonical
                mapping_cache[(raw, ev.citation.file)] = ck
            group_spellings[ck][raw] += 1
            if ck not in keys:
                keys.append(ck)
        for k in keys:
            group_events[k] += 1
        resolved_events.append((ev, keys))

    display: dict[str, str] = {}
    for k, spellings in group_spellings.items():
        if k in group_fixed:
            display[k] = group_fixed[k]
        elif k in full_display:
            display[k] = _best_display(full_display[k])
        else:
            bares = Counter()
            for raw, n in spellings.items():
                bares[strip_titles(raw) or raw] += n
            display[k] = _best_display(bares)

    out_events = []
    for ev, keys in resolved_events:
        names = []
        for k in keys:
            if display[k] not in names:
                names.append(display[k])
        out_events.append(replace(ev, actors=tuple(names)))

    actors = []
    # Names seen only outside events take part in suggestions, not in the list.
    seen_only: dict[str, str] = {}
    for file, seen in seen_names.items():
        for raw in seen:
            ck, canonical = canonical_key(raw, file)
            if ck not in display:
                seen_only[ck] = canonical or strip_titles(raw) or raw
    suggestions = _near_identical({**seen_only, **display})
    for k, name in display.items():
        aliases = set()
        for raw in group_spellings[k]:
            for form in (raw, strip_titles(raw) or raw):
                if form != name:
                    aliases.add(form)
        aliases.update((user_aliases or {}).get(name, ()))  # so --actor finds every listed spelling
        actors.append(
            Actor(
                name=name,
                aliases=tuple(sorted(aliases)),
                events=group_events[k],
                suggestions=tuple(sorted(suggestions.get(k, ()))),
            )
        )
    # Two groups can share a display name (an alias file naming an existing
    # actor); fold them so each name is listed once.
    merged: dict[str, Actor] = {}
    for a in actors:
        if a.name in merged:
            b = merged[a.name]
            merged[a.name] = Actor(
                a.name,
                tuple(sorted(set(a.aliases) | set(b.aliases))),
                a.events + b.events,
                tuple(sorted(set(a.suggestions) | set(b.suggestions))),
            )
        else:
            merged[a.name] = a
    ordered = sorted(merged.values(), key=lambda a: (-a.events, a.name))
    return out_events, ordered


def _best_display(spellings: Counter) -> str:
    return sorted(spellings.items(), key=lambda kv: (-len(kv[0].split()), -kv[1], kv[0]))[0][0]


def _near_identical(display: dict[str, str]) -> dict[str, set[str]]:
    """Names that differ by a typo ("Kilimnik" / "Klimnik"), by group key.

    Candidates share a one-deletion variant (so the cost grows with the
    number of names, not its square); each is then checked by edit distance
    (at most 1 under 8 letters, 2 from 8 on).
    """
    out: dict[str, set[str]] = defaultdict(set)
    forms = []  # (comparable word, group key)
    for k, name in display.items():
        words = name_key(name).split()
        forms.append((" ".join(words), k))
        if len(words) >= 2:
            forms.append((words[-1], k))
    variants: dict[str, set[int]] = defaultdict(set)
    for n, (form, _) in enumerate(forms):
        if len(form) < 5:
            continue
        variants[form].add(n)
        for i in range(len(form)):
            variants[form[:i] + form[i + 1:]].add(n)
    checked: set[tuple[int, int]] = set()
    for members in variants.values():
        if len(members) < 2:
            continue
        for a in members:
            for b in members:
                if a >= b or (a, b) in checked:
                    continue
                checked.add((a, b))
                (fa, ka), (fb, kb) = forms[a], forms[b]
                if ka == kb or fa == fb:
                    continue
                limit = 1 if min(len(fa), len(fb)) < 8 else 2
                if _edit_distance(fa, fb, limit) <= limit:
                    out[ka].add(display[kb])
                    out[kb].add(display[ka])
    return out


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up early once it exceeds `limit`."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def actor_matches(actor: Actor, query: str) -> bool:
    """Whether a user's `--actor` query designates this actor.

    Case-insensitive; matches any alias, or any run of whole words of the
    canonical name ("putin", "Vladimir Putin", "Carlson" for "Tucker Carlson").
    """
    q = _query_key(query)
    if not q:
        return False
    if q in {name_key(actor.name), *(name_key(a) for a in actor.aliases)}:
        return True
    q_words = q.split()
    for candidate in (actor.name, *actor.aliases):
        words = name_key(candidate).split()
        n = len(q_words)
        if any(words[i:i + n] == q_words for i in range(len(words) - n + 1)):
            return True
    return False


_LOWER_TITLES = sorted({t.casefold() for t in TITLES}, key=len, reverse=True)


def _query_key(query: str) -> str:
    """name_key for what a user types: titles recognised in any case."""
    q = query.strip().casefold()
    changed = True
    while changed:
        changed = False
        for title in _LOWER_TITLES:
            if q.startswith(title + " "):
                q, changed = q[len(title) + 1:], True
                break
    return name_key(q) if q else ""


@lru_cache(maxsize=65536)
def is_person_like(name: str) -> bool:
    """Titled, honorific or two-to-three-word names that are not organisations."""
    first = name.split()[0] if name.split() else ""
    if first.rstrip(".") in HONORIFICS or any(name.startswith(t + " ") for t in TITLES if t not in ("former",)):
        return True
    bare = strip_titles(name)
    words = bare.split()
    return 2 <= len(words) <= 3 and words[-1] not in ORG_HEADS and words[-1] not in _CORP_SUFFIXES and bare not in PLACES and "'s" not in bare


@lru_cache(maxsize=65536)
def is_org_like(name: str) -> bool:
    """Names ending in an organisation word, or a bare name that is no person or place."""
    bare = strip_titles(name) or name
    words = bare.split()
    if not words:
        return False
    if words[-1] in ORG_HEADS or words[-1] in _CORP_SUFFIXES:
        return True
    return bare not in PLACES and not is_person_like(name) and not _ADJ_SUFFIX.search(words[-1])
