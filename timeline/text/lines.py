"""Lines of an article's text, with exact offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

# Lines longer than this are never exact-line chrome, headings or bylines;
# skipping the markup clean-up for them keeps huge lines cheap.
SHORT_LINE = 300


class Line(NamedTuple):
    """One line of the text: `start`/`end` exclude the line break."""

    start: int
    end: int
    number: int  # 1-based


_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str, start: int = 0) -> list[Line]:
    """Lines of `text` from offset `start`; CRLF, CR and LF all end a line.

    >>> [(l.start, l.end, l.number) for l in split_lines("a\\r\\nb\\rc")]
    [(0, 1, 1), (3, 4, 2), (5, 6, 3)]
    """
    number = text.count("\n", 0, start) + text.count("\r", 0, start) - text.count("\r\n", 0, start) + 1
    lines = []
    pos = start
    for m in _BREAK.finditer(text, start):
        lines.append(Line(pos, m.start(), number))
        number += 1
        pos = m.end()
    if pos < len(text) or not lines or pos == len(text):
        lines.append(Line(pos, len(text), number))
    return lines
