"""Tuning and checking halves of an evaluation set, by a hash of document ids.

Rules are developed on the tuning half; a rule lands only when the checking
half does not drop. A document's half depends only on its id (its file name
without the folder), so it never changes as sets grow:

    >>> half("APW19980227.0489"), half("APW19980227.0494")
    ('checking', 'tuning')
"""

from __future__ import annotations

import hashlib

HALVES = ("tuning", "checking")


def half(doc_id: str) -> str:
    """"tuning" or "checking": the low bit of the SHA-1 of the id."""
    return HALVES[hashlib.sha1(doc_id.encode("utf-8")).digest()[0] & 1]


def keep(doc_id: str, wanted: str | None) -> bool:
    """True when the document belongs to the `wanted` half, or when no half is asked."""
    return wanted is None or half(doc_id) == wanted
