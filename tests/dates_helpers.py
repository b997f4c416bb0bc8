"""Shared helpers for the date tests (no tests here)."""

from datetime import date

from timeline.dates import find_dates

THU = date(2016, 11, 10)  # a Thursday


def values(text, published=THU):
    ms = find_dates(text, published)
    for m in ms:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.value) for m in ms]


def only(text, published=THU):
    ms = find_dates(text, published)
    assert len(ms) == 1, [(m.text, m.value) for m in ms]
    m = ms[0]
    assert text[m.start:m.end] == m.text
    return m
