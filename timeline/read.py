"""Stage 1: find the source files and read each into an `Article`.

Bytes are decoded here (UTF-8, UTF-8/UTF-16/UTF-32 with a byte-order mark,
else Windows-1252 with a warning), line endings are kept as they are so that
every quote is an exact substring of the file, and the metadata and prose
regions are worked out by `timeline.metadata` and `timeline.chrome`.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from timeline.chrome import content_regions
from timeline.text.lines import split_lines
from timeline.text.markup import trim
from timeline.errors import SourceError
from timeline.metadata import date_in_url, detect, parse_front_matter, publisher_for
from timeline.model import Article

SUFFIXES = (".txt", ".md", ".markdown")

# Byte-order marks, longest first (the UTF-32 LE mark starts with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Leading bytes of common binary formats that are sometimes misnamed .txt.
_MAGIC = (
    b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b",
    b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"MZ", b"SQLite format 3",
    b"\xd0\xcf\x11\xe0", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00",
)  # fmt: skip


def find_sources(paths: Sequence[str | Path]) -> tuple[list[Path], list[str]]:
    """The supported files under `paths`, and warnings about the paths.

    Folders are searched recursively for `*.txt`, `*.md` and `*.markdown`
    (hidden files and folders skipped); a file named explicitly is taken
    whatever its suffix. The list is sorted and holds each real file once
    (a symlink to a file already listed is dropped). Warnings name the path:
    missing, a folder without supported files, a symlink loop, a folder that
    cannot be read.

    >>> find_sources(["sources"])[0][0]
    PosixPath('sources/000_e51f28f804a7c517.txt')
    """
    found: list[Path] = []
    warnings: list[str] = []
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            warnings.append(f"{shown(path)}: no such file or folder")
            continue
        if not os.path.exists(path):
            warnings.append(f"{shown(path)}: broken symlink or symlink loop; skipped")
            continue
        if path.is_dir():
            files = _walk(path, warnings)
            if not files:
                warnings.append(f"{shown(path)}: no {', '.join('*' + s for s in SUFFIXES)} files in this folder")
            found.extend(files)
        else:
            found.append(path)
    unique: list[Path] = []
    seen: set[str] = set()
    for path in sorted(found, key=str):
        try:
            real = os.path.realpath(path)
        except OSError:
            real = os.path.abspath(path)
        if real in seen:
            continue
        seen.add(real)
        unique.append(path)
    return unique, warnings


def _walk(root: Path, warnings: list[str]) -> list[Path]:
    """Supported files under `root`, depth first in name order.

    A stack rather than recursion: a folder nested thousands deep is no
    reason to crash.
    """
    files: list[Path] = []
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as e:
            warnings.append(f"{shown(folder)}: cannot read folder ({_reason(e)})")
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            warnings.append(f"{shown(folder)}: symlink loop (folder already visited); skipped")
            continue
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            warnings.append(f"{shown(folder)}: cannot read folder ({_reason(e)})")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = folder / entry.name
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError as e:
                what = "symlink loop or broken symlink" if entry.is_symlink() else "cannot read"
                warnings.append(f"{shown(child)}: {what} ({_reason(e)}); skipped")
                continue
            if is_dir:
                subfolders.append(child)
            elif is_file:
                if entry.name.lower().endswith(SUFFIXES):
                    files.append(child)
            elif entry.is_symlink() and entry.name.lower().endswith(SUFFIXES):
                warnings.append(f"{shown(child)}: broken symlink or symlink loop; skipped")
        stack.extend(reversed(subfolders))
    return files


def shown(path: str | Path) -> str:
    """A path as text that can be printed and encoded: a file name that is not
    valid UTF-8 (bytes from another system) keeps its odd bytes as `\\xe9`.

    >>> shown(Path(b"caf\\xe9.txt".decode("utf-8", "surrogateescape")))
    'caf\\\\xe9.txt'
    """
    name = str(path)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        try:
            return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _reason(e: OSError) -> str:
    return (e.strerror or type(e).__name__).lower()


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """The text of a file's bytes, and a warning when it was not UTF-8.

    Raises SourceError for a binary file.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), []
            except UnicodeDecodeError as e:
                if name == "UTF-8":
                    break  # a UTF-8 BOM over other bytes: fall through to the guess below
                # a file cut at an odd byte, or a lone surrogate: keep the rest, as for UTF-8
                lenient = data[len(bom) :].decode(codec, errors="replace")
                bad = lenient.count("\ufffd") - data[len(bom) :].decode(codec, errors="ignore").count("\ufffd")
                if bad == 1 or bad * 200 <= len(lenient):  # random bytes after a BOM have ~3% bad
                    return lenient, [f"{path}: {bad} invalid {name} sequence(s) replaced with U+FFFD"]
                raise SourceError(path, f"not valid {name} despite its byte-order mark (byte {e.start})") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    sample = data[:65536]
    if sample.startswith(_MAGIC) and _looks_binary(sample[:1024]):
        # (a headline may start "MZ", "RIFF" or "ID3" too: the magic alone is not enough)
        raise SourceError(path, "binary file, not text")
    # A few stray NULs or control bytes in a scraped page are still text (the
    # display layer neutralises them); a file made largely of them is not.
    if sample.count(0) > len(sample) // 5:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            return guessed, [f"{path}: read as UTF-16 without a byte-order mark"]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if sample and controls / len(sample) > 0.05:
        raise SourceError(path, "binary file, not text (mostly NUL and control bytes)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few bad bytes (a truncated scrape): keep it UTF-8 so
    # its quotes and dashes are not turned into "â€œ"; else it is a legacy encoding.
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    bad = replaced - data.count("\ufffd".encode())
    good = len(lenient) - len(lenient.encode("ascii", "ignore")) - replaced  # valid non-ASCII characters
    if good > 4 * bad:
        return lenient, [f"{path}: {bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    try:
        return data.decode("cp1252"), [f"{path}: not valid UTF-8; read as Windows-1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [f"{path}: not valid UTF-8; read as Latin-1"]


def _looks_binary(head: bytes) -> bool:
    """Control bytes (other than whitespace and ESC) or bytes that are not UTF-8."""
    if any(b < 32 and b not in (9, 10, 12, 13, 27) for b in head):
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start < len(head) - 3  # not merely a character cut at the end of the sample
    return False


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    codec = "utf-16-le" if odd > 0.4 and even < 0.05 else "utf-16-be" if even > 0.4 and odd < 0.05 else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    head = text[:2048]
    controls = sum(1 for c in head if c < " " and c not in "\t\n\r\x0c\x1b")
    return text if head and controls / len(head) <= 0.05 else None


def read_article(path: Path, today: date | None = None) -> Article:
    """Read one source file into a complete `Article`.

    Raises `SourceError` when the file cannot be used: unreadable, a folder,
    binary, empty or whitespace only. Other problems (encoding, front matter,
    no publication date) are warnings on the article that name the file.
    """
    name = shown(path)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError
        if not stat.S_ISREG(mode):
            # checked before opening: opening a FIFO blocks, reading a device never ends
            raise SourceError(name, "not a regular file")
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        raise SourceError(name, "is a folder, not a file") from None
    except OSError as e:
        raise SourceError(name, f"cannot read ({_reason(e)})") from None
    text, warnings = decode(data, name)
    if not text.strip():
        raise SourceError(name, "empty file" if not text else "file holds only whitespace")
    return parse_article(text, name, today=today, warnings=warnings)


def no_date_warning(path: str, window: tuple[date, date] | None = None) -> str:
    """The warning for an article that states no publication date.

    Reading gives it without `window`; once a publication window has been
    inferred (`timeline.infer`), the pipeline can replace it with the wording
    for that window, since relative dates are then dated within it.

    >>> no_date_warning("a.txt", (date(2016, 11, 10), date(2016, 11, 16)))
    'a.txt: no publication date found; inferred to lie between 2016-11-10 and 2016-11-16, so relative dates are dated only as closely as that window allows (add `date: YYYY-MM-DD` front matter to fix)'
    """
    if window is None:
        consequence = "relative dates stay unresolved"
    elif window[0] == window[1]:
        consequence = f"inferred to be {window[0].isoformat()}"
    else:
        consequence = (
            f"inferred to lie between {window[0].isoformat()} and {window[1].isoformat()}, "
            "so relative dates are dated only as closely as that window allows"
        )
    return f"{path}: no publication date found; {consequence} (add `date: YYYY-MM-DD` front matter to fix)"


def parse_article(text: str, path: str, *, today: date | None = None, warnings: Sequence[str] = ()) -> Article:
    """An `Article` from decoded text: front matter, metadata, prose regions.

    `path` names the source in the article and in its warnings; `warnings`
    (from decoding) come first among the article's warnings.

    >>> a = parse_article("# Talks resume\\n\\nBy Ann Lee\\n\\nMay 6, 2024\\n\\nTalks resumed.\\n", "x.md")
    >>> a.title, a.author, a.published, [a.text[s:e] for s, e in a.content]
    ('Talks resume', 'Ann Lee', datetime.date(2024, 5, 6), ['Talks resume', 'Talks resumed.'])
    """
    name = path
    warnings = list(warnings)
    today = today or date.today()

    lines = split_lines(text)
    fm = parse_front_matter(text, lines, name, today)
    warnings.extend(fm.warnings)
    body_lines = split_lines(text, fm.body_start) if fm.body_start else lines
    if fm.body_start and not text[fm.body_start :].strip():
        warnings.append(f"{name}: nothing after the front matter")
    found = detect(text, body_lines, name, today)
    warnings.extend(found.warnings)

    fields = fm.fields
    url = fields.get("url") or found.url
    published, published_from = found.published, found.published_from
    if "date" in fields:
        published, published_from = fields["date"], "front-matter"
    if published is None and url:
        # the URL may come from front matter, which detection did not see
        in_url = date_in_url(url)
        if in_url is not None and in_url <= today:
            published, published_from = in_url, "url"
    if published is None:
        warnings.append(no_date_warning(name))

    headline = found.headline
    if headline is None and found.title_line is not None:
        ln = body_lines[found.title_line]
        start, end = trim(text, ln.start, ln.end)
        if end > start:
            headline = (start, end)
    content = content_regions(
        text,
        body_lines,
        skip=set(found.meta_lines),
        first_content=found.first_content,
        standalone={found.title_line} if found.title_line is not None else set(),
        headline=headline,
    )
    if not content:
        warnings.append(f"{name}: no article prose found (only site chrome)")

    return Article(
        path=name,
        text=text,
        title=fields.get("title") or found.title,
        author=fields.get("author") or found.author,
        publisher=fields.get("publisher") or publisher_for(url) or found.publisher,
        url=url,
        published=published,
        published_from=published_from,
        body_start=fm.body_start,
        content=content,
        headline=headline,
        warnings=tuple(warnings),
    )
