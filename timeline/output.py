"""Writing results: bytes in a checked loop, files atomically, nothing left behind on a signal.

- Every write goes through `write_all`, which loops until each byte is taken
  and raises on a short or failed write (a full disk, an I/O error), so output
  is never silently truncated.
- Data formats (YAML, JSON) are always UTF-8 bytes, whatever the locale says;
  terminal views are encoded for stdout's encoding, degrading characters it
  cannot show (accents dropped, else `?`).
- `write_output` takes the bytes whole or in pieces (an export written as it
  is made, never whole in memory), treats `-` as stdout, writes straight into a device or FIFO,
  follows a symlink and atomically replaces the file it names, and replaces
  a regular file atomically: a temporary file beside it, flushed, renamed.
- A terminating signal (SIGTERM, SIGHUP, ...) while the temporary file exists
  removes it and is then delivered as before; the old file stays intact.
"""

from __future__ import annotations

import codecs
import errno
import os
import signal
import stat
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline.errors import TimelineError, UsageError

STDOUT = "-"

# Signals whose default action ends the process and which a process may catch.
_TERMINATING = tuple(
    getattr(signal, name)
    for name in ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGXCPU", "SIGVTALRM", "SIGPROF")
    if hasattr(signal, name)
)


class OutputError(TimelineError):
    """The result cannot be written (disk full, I/O error): an environment failure, exit code 1."""


def _degrade(err: UnicodeEncodeError) -> tuple[str, int]:
    """Codec error handler: a character without its accents if that can be shown, else `?`."""
    out = []
    for ch in err.object[err.start:err.end]:
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        try:
            base.encode(err.encoding)
            out.append(base or "?")
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out), err.end


codecs.register_error("timeline-degrade", _degrade)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data` to `fd`, checking each write; OSError on a failed or stalled one."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)  # EINTR is retried by Python itself (PEP 475)
        if written <= 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def write_stdout(data: bytes) -> None:
    """Write bytes to stdout. A closed pipe raises BrokenPipeError; other failures OutputError."""
    stream = sys.stdout
    try:
        stream.flush()  # anything already written as text goes first
        try:
            fd = stream.fileno()
        except (AttributeError, OSError, ValueError):  # a stand-in stream (tests, embedding)
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                stream.write(data.decode("utf-8"))
            else:
                buffer.write(data)
            stream.flush()
            return
        write_all(fd, data)
    except BrokenPipeError:
        raise
    except OSError as err:
        raise OutputError(f"cannot write to stdout: {err.strerror or err}") from err


def view_bytes(text: str) -> bytes:
    """A terminal view in the characters stdout's encoding can show."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return text.encode(encoding, "timeline-degrade")


def write_view(text: str) -> None:
    """A terminal view on stdout, in the characters stdout's encoding can show."""
    write_stdout(view_bytes(text))


class ViewSink:
    """What a rich Console is given as its file: stdout's looks (terminal or not, encoding, size),
    but it writes nothing, so the only way out is `write_view` after a capture."""

    def __init__(self, stream=None):
        self._stream = stream if stream is not None else sys.stdout

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"

    def isatty(self) -> bool:
        try:
            return self._stream.isatty()
        except (AttributeError, OSError, ValueError):
            return False

    def fileno(self) -> int:
        return self._stream.fileno()

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def write_output(target: str | Path, data: bytes | Iterable[bytes]) -> None:
    """Write `data` (bytes, or pieces of them) to `target`: `-` is stdout; see the module docstring for the rest."""
    if isinstance(data, (bytes, bytearray)):
        data = (data,)
    if str(target) == STDOUT:
        for piece in data:
            write_stdout(piece)
        return
    path = Path(target)
    try:
        st = os.stat(path)  # follows symlinks: what the name finally points at
    except (FileNotFoundError, NotADirectoryError):
        st = None  # a new file; a missing folder is named below
    except OSError as err:
        raise UsageError(f"cannot write {path}: {err.strerror or err}") from err
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise UsageError(f"cannot write {path}: it is a folder")
    if st is not None and not stat.S_ISREG(st.st_mode):
        _write_into(path, data)  # a device, FIFO, terminal: never replaced by a file
        return
    real = Path(os.path.realpath(path))
    if st is not None and not _names(real, st):
        _write_into(path, data)  # a name the file cannot be reached by again (/dev/stdout, /proc/self/fd/N)
        return
    _replace_atomically(real, data, shown=path)


def refuse_inputs(target: Path | None, paths, actors_file: Path | None) -> None:
    """`-o` naming one of the files read (an article, the alias file) is refused, not overwritten."""
    if target is None or str(target) == STDOUT or not target.is_file():
        return
    from timeline.ingest import find_sources
    from timeline.pipeline import alias_file_for

    alias = alias_file_for(paths, actors_file)
    for source in [*find_sources(paths)[0], *([alias] if alias else [])]:
        try:
            if _names(Path(source), target.stat()):
                raise UsageError(f"cannot write {target}: it is an input file ({source}); choose another -o")
        except OSError:
            continue


def _names(path: Path, st: os.stat_result) -> bool:
    try:
        other = os.stat(path)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino)


def _write_into(path: Path, data: Iterable[bytes]) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise UsageError(f"cannot write {path}: {err.strerror or err}") from err
    try:
        for piece in data:
            write_all(fd, piece)
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from err
    finally:
        os.close(fd)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual rw-r--r--."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def _replace_atomically(path: Path, data: Iterable[bytes], shown: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        shown_folder = shown.parent if str(shown.parent) else Path(".")
        problem = "is not a folder" if folder.exists() else "does not exist"
        raise UsageError(f"cannot write {shown}: {shown_folder} {problem}")
    with _signals_remove_temporary():
        tmp = None
        try:
            with _blocked():  # no signal between creating the file and knowing its name
                try:
                    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
                except OSError as err:
                    raise UsageError(f"cannot write {shown}: {err.strerror or err}") from err
            try:
                os.fchmod(fd, _mode_for(path))
                for piece in data:  # a failure making a piece leaves the old file, as a failed write does
                    write_all(fd, piece)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
            tmp = None
        except OSError as err:
            raise OutputError(f"cannot write {shown}: {err.strerror or err}") from err
        finally:
            if tmp is not None:
                with _blocked():
                    try:
                        os.unlink(tmp)
                    except OSError:
                        pass


class _Signalled(BaseException):
    """A terminating signal arrived; raised so that `finally` clauses clean up."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_signalled(signum, frame) -> None:
    raise _Signalled(signum)


@contextmanager
def _blocked() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    mask = set(_TERMINATING) | {signal.SIGINT}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, mask)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextmanager
def _signals_remove_temporary() -> Iterator[None]:
    """While inside, a terminating signal left at its default raises, so cleanup runs; then it is delivered."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in _TERMINATING:
        if signal.getsignal(signum) is signal.SIG_DFL:  # a handler someone else installed stays theirs
            previous[signum] = signal.signal(signum, _raise_signalled)
    try:
        yield
    except _Signalled as caught:
        _restore(previous)
        os.kill(os.getpid(), caught.signum)  # the default action: the process ends by this signal
        raise SystemExit(128 + caught.signum) from None  # should the signal be blocked
    finally:
        _restore(previous)


def _restore(previous: dict) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)
