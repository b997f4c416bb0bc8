"""Regular-expression fragments built from the vocabulary (`dates/vocab.py`, `lexicon/calendar.py`).

Month and weekday names must be capitalised ("May", "MAY", not "may"): in
English news that one rule removes the verbs "may" and "march". Cue words
(modifiers, "last", "next") are matched in any case.
"""

from __future__ import annotations

from timeline.lexicon.calendar import CALENDAR_ABBREVIATIONS, MONTHS, WEEKDAYS, WEEKDAYS_FULL

from .. import vocab


def _alt(words) -> str:
    """Alternation of `words`, longest first, with spaces matching any blank run."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+").replace(".", r"\.") if " " in w or "." in w else w for w in parts)


def _cap_alt(words) -> str:
    """Alternation of Title-case and UPPER-case forms of `words`."""
    forms = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return _alt(forms)


def _names(name: str, words) -> str:
    full = [w for w in words if w not in CALENDAR_ABBREVIATIONS]
    abbr = [w for w in words if w not in full]
    if not abbr:
        return rf"(?P<{name}>(?:{_cap_alt(full)})\b)"
    return rf"(?P<{name}>(?:{_cap_alt(full)})\b|(?:{_cap_alt(abbr)})(?:\.|\b))"


def month(name: str = "month") -> str:
    """A month name, abbreviations with an optional full stop ("Nov.")."""
    return _names(name, MONTHS)


def weekday(name: str = "weekday", abbreviations: bool = False) -> str:
    return _names(name, WEEKDAYS if abbreviations else WEEKDAYS_FULL)


def month_number(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def weekday_number(raw: str) -> int:
    return WEEKDAYS[raw.lower().rstrip(".")]


def ci(words) -> str:
    """Case-insensitive alternation of `words`."""
    return rf"(?i:{_alt(words)})"


_NUMBER_WORDS = [w for w in vocab.NUMBER_WORDS if w not in ("a", "an")]
# The second word of a compound number ("twenty-five", "two hundred"); a short
# list keeps "five ten-year bonds" apart and the patterns small (they are
# compiled at every start-up).
_NUMBER_TAILS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "hundred"]
NUMBER = rf"(?:\d+(?:\.\d+)?|{ci(_NUMBER_WORDS)}(?:[\s-]+{ci(_NUMBER_TAILS)})?|(?i:an?))"
VAGUE = ci(vocab.VAGUE_QUANTITIES)
ORDINAL = ci(vocab.ORDINALS)

# early/mid/late and their phrasal forms, before a month, season or year.
MOD = (r"(?P<mod>(?i:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|start|beginning|end|close|"
       r"latter\s+part|early\s+part|first\s+half|second\s+half)(?:\s+of)?|"
       r"about|around|approximately|roughly|circa|c\.|nearly))(?:\s+|-)")
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[0-9]\d\d|20\d\d)"


def mod_value(raw: str | None) -> str | None:
    """TIMEX3 mod of a modifier phrase ("late" -> END)."""
    if not raw:
        return None
    w = raw.lower().replace("the ", "").replace("very ", "").strip()
    w = w.removesuffix(" of").strip()
    if w in ("early", "start", "beginning", "early part", "first half"):
        return "START"
    if w in ("mid", "middle"):
        return "MID"
    if w in ("late", "end", "close", "latter part", "second half"):
        return "END"
    return "APPROX"


def number_value(raw: str) -> float | None:
    """Numeric value of "3", "three", "twenty-five", "a couple of"; None if vague."""
    raw = " ".join(raw.strip().lower().split())
    if raw in vocab.NUMBER_WORDS:
        return float(vocab.NUMBER_WORDS[raw])
    try:
        return float(raw)
    except ValueError:
        pass
    total = 0.0
    for part in raw.replace("-", " ").split():
        if part in ("a", "an") and total == 0 and raw not in ("a", "an"):
            continue
        n = vocab.NUMBER_WORDS.get(part)
        if n is None:
            n = vocab.NUMBER_WORDS.get(raw)
            return float(n) if n is not None else None
        total = total * n if n == 100 and total else total + n  # "two hundred" is 200
    return total or vocab.NUMBER_WORDS.get(raw)
