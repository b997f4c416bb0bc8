"""The progress bar of a build: articles done, per second, and the time left.

Shown on stderr only when it is a terminal, and only once the build has
taken a second (a short one stays quiet).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

DELAY = 1.0


@contextmanager
def progress_bar(console) -> Iterator[Callable[[int, int], None] | None]:
    """A function to call with (done, total) after each file; None when stderr is no terminal."""
    if console is None or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    started = time.monotonic()
    shown: list[Progress] = []

    def step(done: int, total: int) -> None:
        if not shown:
            if time.monotonic() - started < DELAY:
                return
            bar = Progress(
                TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} articles/s"), TimeRemainingColumn(),
                console=console, transient=True,
            )  # fmt: skip
            bar.add_task("build", total=total, rate="-")
            bar.start()
            shown.append(bar)
        rate = done / max(time.monotonic() - started, 1e-9)
        shown[0].update(shown[0].task_ids[0], completed=done, total=total, rate=f"{rate:,.0f}")

    try:
        yield step
    finally:
        if shown:
            shown[0].stop()
