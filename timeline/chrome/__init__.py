"""Chrome: tell article prose from site chrome (part of reading an article).

A scraped news page carries, around the article, ad and donation appeals,
"Read more" links, comment-forum and newsletter prompts, photo credits,
bylines and "Original url" footers. This package finds the paragraphs of
prose (`content_and_dropped`) and returns them as `(start, end)` regions of
the text; everything outside them is chrome and yields no dates or events;
with them come the dropped lines, each with the named pattern or rule that
dropped it.

- `vocabulary`: the tables of `timeline.lexicon.chrome`, compiled, names kept;
- `lines`: is one line chrome, and by which named pattern;
- `regions`: paragraphs, the rules that mark them chrome, the prose regions.

Every pass is line by line with bounded patterns, so a 50 MB article or a
5 MB line without a newline is handled in linear time.
"""

from timeline.chrome.lines import chrome_pattern, is_chrome_line, is_url_line
from timeline.chrome.regions import Content, content_and_dropped
from timeline.chrome.vocabulary import SiteVocabulary, vocabulary

__all__ = [
    "Content",
    "SiteVocabulary",
    "chrome_pattern",
    "content_and_dropped",
    "is_chrome_line",
    "is_url_line",
    "vocabulary",
]
