"""The actor word tables under their former names, for modules not yet moved.

The tables live in `timeline.lexicon.people`, each under a name saying its
job; import them from there. This module only maps the old names to them.
"""

from __future__ import annotations

from timeline.lexicon.people import (  # noqa: F401
    BUILT_IN_ALIASES as BUILTIN_ALIASES,
    CAPITALISED_NON_NAMES as NOT_NAMES,
    HONORIFICS_OF_A_PERSON as HONORIFICS,
    IRREGULAR_PAST_VERBS as IRREGULAR_PAST,
    LOWER_CASE_NAME_CONNECTORS as NAME_CONNECTORS,
    MONTH_NAMES as MONTHS,
    NON_COMPANY_HEAD_WORDS as NOT_COMPANY_HEADS,
    NOUNS_FOR_AN_EARLIER_ORGANISATION as NOMINAL_ANTECEDENTS,
    ORGANISATION_HEAD_WORDS as ORG_HEADS,
    PLACE_NAMES as PLACES,
    TITLES_BEFORE_A_NAME as TITLES,
    WEEKDAY_NAMES as WEEKDAYS,
)
