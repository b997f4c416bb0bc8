"""Long views on a terminal are shown through a pager, as `git` does.

The pager is `$PAGER` when it is set (set it empty, or to `cat`, for none),
else `less -FRX`: `-F` quits at once when the view fits on one screen, `-R`
shows the colours, `-X` leaves the view on the screen after quitting. No
pager is used when stdout is not a terminal, or with `timeline --no-pager`.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess

DEFAULT_PAGER = ["less", "-FRX"]


def pager_command() -> list[str] | None:
    """The pager to run, or None for none."""
    chosen = os.environ.get("PAGER")
    if chosen is not None:
        try:
            command = shlex.split(chosen)
        except ValueError:  # unbalanced quotes: not a command we can run
            return None
        if not command or command[0] == "cat":
            return None
        return command if shutil.which(command[0]) else None
    return DEFAULT_PAGER if shutil.which(DEFAULT_PAGER[0]) else None


def page(data: bytes) -> bool:
    """Show `data` through the pager and wait for the reader to quit it.
    False when there is no pager to run (the caller writes the view itself)."""
    command = pager_command()
    if command is None:
        return False
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # what `less -FRX` means, for a $PAGER of plain `less`
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    try:
        process.stdin.write(data)
        process.stdin.close()
    except (BrokenPipeError, OSError):  # the reader quit before the end ('q'): nothing is wrong
        pass
    while True:
        try:
            process.wait()
            return True
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager while it runs
            continue
