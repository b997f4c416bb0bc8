"""The `timeline` command line: each command parses options and calls the library.

Results go to stdout, messages (warnings, notes, progress) to stderr. Exit
codes: 0 success (warnings allowed), 1 nothing to show (no readable
sources, or the environment failed: a full disk, an I/O error), 2 usage error, 3 internal error (a bug:
please report it), 130 interrupted (Ctrl-C), 141 stdout closed by its reader (`| head`), quietly.
User and environment errors never print a traceback; `--debug` does. Output is written by
`timeline.output`: checked byte writes, data formats always UTF-8.
Heavy imports wait inside the commands so `--help` stays instant.

One module per command (`show.py`, `export.py`, ...), each registering on
the application of `app.py`; `common.py` holds what they share.
"""

from timeline.cli import actors, add, build, dates, export, show, sources  # noqa: F401  (each registers its command)
from timeline.cli.app import app

__all__ = ["app"]
