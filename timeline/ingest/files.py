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

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")  # pages: see `html`

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

    Folders are searched recursively for `*.txt`, `*.md`, `*.markdown`,
    `*.html` and `*.htm`
    (hidden files and folders skipped); a file named explicitly is taken
    whatever its suffix. The list is sorted and holds each real file once
    (a symlink to a file already listed is dropped). Warnings name the path:
    missing, a folder without supported files, a symlink loop, a symlink to a
    folder outside the folder given (not followed), a folder that cannot be read.

    >>> find_sources(["sources"])[0][0]
    PosixPath('sources/000_e51f28f804a7c517.txt')
    """
    named, warnings = find_named_sources(paths)
    return [path for path, _ in named], warnings


def find_named_sources(paths: Sequence[str | Path]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """`find_sources`, each file with its name relative to the folder given
    (for a file given by itself, its own name): what identifies it whatever
    the folder is called or how it was written (`sources`, `$PWD/sources`)."""
    found: list[tuple[Path, str]] = []
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
            found.extend((f, f.relative_to(path).as_posix()) for f in files)
        else:
            found.append((path, path.name))
    unique: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for path, name in sorted(found, key=lambda f: str(f[0])):
        try:
            real = os.path.realpath(path)
        except OSError:
            real = os.path.abspath(path)
        if real in seen:
            continue
        seen.add(real)
        unique.append((path, name))
    return unique, warnings


def _outside(folder: Path, root: str) -> bool:
    """`folder` (a symlink) leads out of the real folder `root`."""
    try:
        real = os.path.realpath(folder)
    except OSError:
        return True
    return real != root and not real.startswith(root.rstrip(os.sep) + os.sep)


def _walk(root: Path, warnings: list[Problem]) -> list[Path]:
    """Supported files under `root`, depth first in name order.

    A stack rather than recursion: a folder nested thousands deep is no
    reason to crash.
    """
    files: list[Path] = []
    visited: set[tuple[int, int]] = set()
    real_root = os.path.realpath(root)
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
            if is_dir and entry.is_symlink() and _outside(child, real_root):
                what = "symlink to a folder outside the folder given; not followed"
                warnings.append(problem(shown(child), "outside-folder", what))
            elif is_dir:
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


def _sniff(head: bytes, path: str) -> None:
    """Raise SourceError when the first bytes of a file show it is binary:
    the same tests as `decode`, made before the rest is read."""
    if head.startswith(tuple(bom for bom, _, _ in _BOMS)):
        return  # decode reads it by its mark
    cut = len(head) & ~3  # a whole number of UTF-16/32 units ...
    try:
        decode(head[:cut], path)
    except SourceError:
        decode(head[: cut - 2], path)  # ... or a UTF-16 surrogate pair cut in two


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


# A source is read up to this many bytes (the rest is left out, with a warning);
# the first SNIFF bytes are looked at for a binary file before the rest is read.
MAX_BYTES = 50 * 1024 * 1024
SNIFF = 65536


def read_bytes(path: Path, limit: int = MAX_BYTES, sniff=None) -> tuple[bytes, bool]:
    """The first `limit` bytes of the regular file at `path`, and whether it
    holds more; `sniff(head)` sees the first `SNIFF` bytes before the rest is
    read, and may raise to stop it (a binary file of gigabytes is never read).

    Raises `SourceError` for a folder or anything that is not a regular file
    (a FIFO would block, a device never ends): the kind is checked on the
    open file, so a file swapped for a FIFO after a check cannot hang us.
    """
    name = shown(path)
    try:
        if stat.S_ISDIR(os.stat(path).st_mode):
            raise SourceError(name, "is a folder, not a file")
        f = open(path, "rb", buffering=0, opener=_opener)
    except OSError as e:
        raise SourceError(name, f"cannot read ({_reason(e)})") from None
    with f:
        try:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise SourceError(name, "not a regular file")
            head = f.read(min(SNIFF, limit)) or b""
            if sniff is not None and st.st_size > len(head):  # (a smaller file is decoded whole at once)
                sniff(head)
            return _read_rest(f, head, st.st_size, limit)
        except OSError as e:
            raise SourceError(name, f"cannot read ({_reason(e)})") from None


def _opener(path, flags: int) -> int:
    """Open without blocking on a FIFO and without taking a terminal."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))


def _read_rest(f, head: bytes, size: int, limit: int) -> tuple[bytes, bool]:
    """`head` and what follows it in `f`, at most `limit` bytes in all, and whether more was left."""
    chunks = [head]
    total = len(head)
    want = max(0, min(size, limit) - total)
    while total < limit:
        chunk = f.read(want or min(1 << 20, limit - total))
        want = 0
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)
        total += len(chunk)
    more = bool(f.read(1))
    return b"".join(chunks)[:limit], more


def read_text(path: Path) -> tuple[str, list[Problem]]:
    """The decoded text of the file at `path`, and the problems decoding it.

    Raises `SourceError` when the file cannot be used: unreadable, a folder,
    not a regular file, binary, empty or whitespace only. A file over
    `MAX_BYTES` is read up to its last line break within them, with a warning.
    """
    name = shown(path)
    data, cut = read_bytes(path, MAX_BYTES, lambda head: _sniff(head, name))
    problems = []
    if cut:
        data = data[: data.rfind(b"\n") + 1] or data
        size = MAX_BYTES // (1024 * 1024)
        problems.append(problem(name, "too-large", f"larger than {size} MB; read only its first {size} MB"))
    text, decoded = decode(data, name)
    if not text.strip():
        raise SourceError(name, "empty file" if not text else "file holds only whitespace")
    return text, problems + decoded
