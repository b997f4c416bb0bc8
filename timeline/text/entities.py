"""HTML character references in pasted or scraped text: `&#39;` -> `'`.

Only complete references (ending in `;`) are decoded, so "AT&T" and
"R&D" stay as they are; a reference HTML does not know stays as written.
"""

from __future__ import annotations

import html
import re

_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """`text` with its HTML character references decoded.

    >>> decode_entities("MAX&#39;s &amp; Co.&nbsp;said AT&T &bogus;")
    "MAX's & Co.\\xa0said AT&T &bogus;"
    """
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda m: html.unescape(m.group()), text)
