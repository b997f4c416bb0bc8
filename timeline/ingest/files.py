"""Finding the source files and reading each one's bytes into text.

Bytes are decoded here (UTF-8, UTF-8/UTF-16/UTF-32 with a byte-order mark,
else Windows-1252 with a warning); line endings are kept as they are so that
every quote is an exact substring of the file. A file that cannot be used
at all (binary, empty, unreadable) raises `SourceError`; lesser problems are
`Problem` values naming the file.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from timeline.errors import SourceError
from timeline.ingest.problems import problem
from timeline.model import Problem

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


def find_sources(paths: Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
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
    warnings: list[Problem] = []
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            warnings.append(problem(shown(path), "missing-path", "no such file or folder"))
            continue
        if not os.path.exists(path):
            warnings.append(problem(shown(path), "broken-symlink", "broken symlink or symlink loop; skipped"))
            continue
        if path.is_dir():
            files = _walk(path, warnings)
            if not files:
                what = f"no {', '.join('*' + s for s in SUFFIXES)} files in this folder"
                warnings.append(problem(shown(path), "no-sources", what))
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


def _walk(root: Path, warnings: list[Problem]) -> list[Path]:
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
            warnings.append(problem(shown(folder), "unreadable-folder", f"cannot read folder ({_reason(e)})"))
            continue
        key = (st.st_dev, st.st_ino)
        if key in visited:
            warnings.append(problem(shown(folder), "broken-symlink", "symlink loop (folder already visited); skipped"))
            continue
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            warnings.append(problem(shown(folder), "unreadable-folder", f"cannot read folder ({_reason(e)})"))
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
                kind = "broken-symlink" if entry.is_symlink() else "unreadable"
                warnings.append(problem(shown(child), kind, f"{what} ({_reason(e)}); skipped"))
                continue
            if is_dir:
                subfolders.append(child)
            elif is_file:
                if entry.name.lower().endswith(SUFFIXES):
                    files.append(child)
            elif entry.is_symlink() and entry.name.lower().endswith(SUFFIXES):
                warnings.append(problem(shown(child), "broken-symlink", "broken symlink or symlink loop; skipped"))
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


def decode(data: bytes, path: str) -> tuple[str, list[Problem]]:
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
                    return lenient, [problem(path, "encoding", f"{bad} invalid {name} sequence(s) replaced with U+FFFD")]
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
            return guessed, [problem(path, "encoding", "read as UTF-16 without a byte-order mark")]
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
        return lenient, [problem(path, "encoding", f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")]
    try:
        return data.decode("cp1252"), [problem(path, "encoding", "not valid UTF-8; read as Windows-1252")]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [problem(path, "encoding", "not valid UTF-8; read as Latin-1")]


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


def read_text(path: Path) -> tuple[str, list[Problem]]:
    """The decoded text of the file at `path`, and the problems decoding it.

    Raises `SourceError` when the file cannot be used: unreadable, a folder,
    not a regular file, binary, empty or whitespace only.
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
    text, problems = decode(data, name)
    if not text.strip():
        raise SourceError(name, "empty file" if not text else "file holds only whitespace")
    return text, problems
