"""Brands, model numbers and legal forms inside a run of capitalised tokens (`names` asks these).

- a brand written with a small letter before a capital counts as capitalised
  ("iPhone", "iTunes", "eBay", "iOS": `is_brand`);
- a model number after a name is part of it ("Boeing 777", "FTSE 100"), a
  short one too ("iPhone 4", "iPhone 3GS", "Windows 7") unless what follows
  makes it a count or a measure ("Apple 3 percent", "Boeing 10 million");
- a model number right before a capitalised word, after an article, a
  possessive or a name, starts the model's name ("the 737 Max",
  "Boeing's 787 Dreamliner", "an Alaska Airlines 737 MAX 9");
- a legal form ends a company's name ("of Apple Inc. Steve Jobs has died").

Tokens are (start, end, raw) triples as `names` makes them.
"""

from __future__ import annotations

import re

from timeline.lexicon.people import LEGAL_FORM_SUFFIXES

MODEL_NUMBER = re.compile(r"\d{3,4}\w*")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
SPACES = (" ", "\u00a0")  # a no-break space joins a name's words too: "iPhone&nbsp;4"
# A brand's camel case: a small letter or two, then a capital ("iPhone", "eBay", "iOS").
_BRAND = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*\d*")
# A short model number or version after a product's name: "iPhone 4", "iPhone 3GS", "Windows 7".
_SHORT_MODEL_NUMBER = re.compile(r"\d{1,2}[A-Z]{0,3}|\d[A-Z]{1,3}")
# What follows a number that counts or measures: "Apple 3 percent", "Boeing 10 million".
_QUANTITY_AFTER = re.compile(r"\s{0,2}(?:%|[.,]\d|percent\b|per\b|pc\b|points?\b|million\b|billion\b|trillion\b"
                             r"|thousand\b|hundred\b|times\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|[-–]\s*\d)")
# Words after which a model number starts the name of the model it numbers ("the 737 Max").
_BEFORE_A_MODEL = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our)|['’]s?)\s$", re.I)


def is_brand(word: str) -> bool:
    """ "iPhone", "iTunes", "eBay", "iOS 4"'s "iOS"."""
    return _BRAND.fullmatch(word) is not None


def is_model_number(word: str) -> bool:
    """A number of three or four digits, with letters after it, that is no year ("737", "A380"'s kin "777X")."""
    return MODEL_NUMBER.fullmatch(word) is not None and not YEAR.fullmatch(word)


def model_number_after_name(tokens, i: int, word: str, text: str) -> bool:
    """`word` (token `i`) numbers the name before it: a long model number, or a
    short one that no count or measure follows ("iPhone 4", not "Apple 3 percent")."""
    end = tokens[i][1]
    short = (
        _SHORT_MODEL_NUMBER.fullmatch(word) is not None and not _QUANTITY_AFTER.match(text, end)
        and not text[end:end + 1].isdigit()
    )
    return is_model_number(word) or short


def model_starts_name(tokens, i: int, word: str, text: str, next_word: str, previous_capitalised: bool) -> bool:
    """`word` (token `i`), a model number, starts the name of the model
    `next_word` (capitalised, no month or ordinary word: the caller checks)
    names: after an article, a possessive or a capitalised name."""
    if not is_model_number(word) or i + 1 >= len(tokens) or text[tokens[i][1]:tokens[i + 1][0]] not in SPACES:
        return False
    return _BEFORE_A_MODEL.search(text, 0, tokens[i][0]) is not None or (
        i > 0 and text[tokens[i - 1][1]:tokens[i][0]] in SPACES and previous_capitalised)


_LEGAL_FORMS_ENDING_A_NAME = frozenset(LEGAL_FORM_SUFFIXES) - {"Group", "Holdings"}


def legal_form_ends(tokens, i: int, word: str, clean) -> bool:
    """A legal form ("Inc.", "AG", "plc") followed by another capitalised word
    that is no legal form: the company's name ended there. `clean` gives a
    token's word as `names` reads it."""
    if word not in _LEGAL_FORMS_ENDING_A_NAME and tokens[i][2] not in _LEGAL_FORMS_ENDING_A_NAME or i + 1 >= len(tokens):
        return False
    nxt = clean(tokens[i + 1][2])
    return nxt[:1].isupper() and nxt not in LEGAL_FORM_SUFFIXES and tokens[i + 1][2] not in LEGAL_FORM_SUFFIXES
