"""The `timeline` command's entry point (also `python -m timeline`).

It imports nothing heavy before its handlers are in place, so Ctrl-C at any
moment, imports included, ends the run quietly with exit code 130; a closed
pipe (`timeline show | head -1`) ends it quietly with 141, the code a shell
shows for a process ended by SIGPIPE, so `set -o pipefail` still sees that
the output was cut short.
"""

import os
import signal
import sys

INTERRUPTED = 130
CLOSED_PIPE = 128 + 13  # 128 + SIGPIPE


def quiet_exit(code: int) -> "NoReturn":  # noqa: F821 - typing is not imported, to stay light
    """End now with `code`, printing nothing, and nothing left to fail at exit."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C does not interrupt the exit
    except ValueError:  # not the main thread
        pass
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            try:
                os.dup2(devnull, stream.fileno())  # the final flush writes nowhere, without error
            except (AttributeError, OSError, ValueError):
                pass
        os.close(devnull)
    except OSError:
        pass
    raise SystemExit(code)


def interrupted(err: BaseException) -> bool:
    """Whether Ctrl-C caused `err`: Python wraps an interrupt that lands inside
    some machinery (a class body's `__set_name__`, for one) in another error."""
    seen = set()
    while err is not None and id(err) not in seen:
        if isinstance(err, KeyboardInterrupt):
            return True
        seen.add(id(err))
        err = err.__cause__ or err.__context__
    return False


def main() -> None:
    try:
        from timeline.cli import app

        app(prog_name="timeline")
    except KeyboardInterrupt:
        quiet_exit(INTERRUPTED)
    except BrokenPipeError:
        quiet_exit(CLOSED_PIPE)
    except Exception as err:
        if interrupted(err):
            quiet_exit(INTERRUPTED)
        raise
    finally:
        # The work is done: a Ctrl-C from now on changes nothing. Ignored, it
        # cannot kill the interpreter while it shuts down (CPython restores the
        # default SIGINT action then, unless the signal is ignored).
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        except ValueError:
            pass


if __name__ == "__main__":
    main()
