"""The `--explain` collector: why each decision was made, kept only when asked.

A stage that makes a decision attaches its reasons to the value it returns,
in the `why` field that `Mention`, `Event`, `Entry`, `Article` and `Actor`
carry: short strings such as ``"weekday: past, cue 'said' (simple past)"``.
Reasons are recorded only inside ``with explained():``; outside it
`because()` returns ``()`` and costs one context-variable read, so analysis
without `--explain` does no extra work. Build a costly reason behind
``if explaining():``.

The switch is a context variable, not a parameter, so that the rules deep in
a stage need no extra argument to say why they fired.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_ON: ContextVar[bool] = ContextVar("timeline_explain", default=False)


def explaining() -> bool:
    """True inside `explained()`: reasons are being recorded."""
    return _ON.get()


@contextmanager
def explained(on: bool = True) -> Iterator[None]:
    """Record reasons (or, with `on=False`, not) for the duration of the block."""
    token = _ON.set(on)
    try:
        yield
    finally:
        _ON.reset(token)


def because(*reasons: str) -> tuple[str, ...]:
    """`reasons` as a tuple when explaining, else the empty tuple."""
    return reasons if _ON.get() else ()
