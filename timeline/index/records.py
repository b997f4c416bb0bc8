"""Per-article results to and from plain data (JSON), read from the dataclasses of `timeline.model`.

A value is written by its declared type: a dataclass as the list of its
fields' values in field order (`dataclasses.fields`, so a field added to a
model type is carried with no edit here), a date as its ISO string, a tuple,
list or frozenset as a list (a frozenset sorted, so the bytes are the same in
every run), None, str, int, float, bool as themselves. Reading walks the same
types back: only the model's types, only values of the declared type, so an
index file (untrusted input) can build nothing else; anything that does not
fit raises `RecordError`. JSON, never pickle: loading a pickle runs code.

The converters for a type are made once and kept (`_reader`, `_writer`).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
import zlib
from datetime import date
from functools import lru_cache
from typing import Any

from timeline import model


class RecordError(ValueError):
    """Stored data that does not fit the type it is read as: a corrupt or foreign index."""


def dumps(value: Any, kind: Any) -> bytes:
    """`value`, of type `kind`, as compressed JSON bytes."""
    text = json.dumps(_writer(kind)(value), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def loads(data: bytes, kind: Any) -> Any:
    """The value of type `kind` that `dumps` wrote; RecordError for anything else."""
    try:
        plain = json.loads(zlib.decompress(data).decode("utf-8", "surrogatepass"))
        return _reader(kind)(plain)
    except RecordError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, zlib.error) as err:
        raise RecordError(f"{type(err).__name__}: {err}") from None


def dumps_without(value: Any, kind: type, field: str) -> bytes:
    """A dataclass `value` without its field `field` (stored elsewhere), as `dumps` would write the rest."""
    text = json.dumps(_writer(kind, field)(value), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def loads_with(data: bytes, kind: type, field: str, given: Any, empty: tuple[str, ...] = ()) -> Any:
    """What `dumps_without` wrote, with `given` as the value of `field`; the collections
    named in `empty` are left empty (not read: a stage that does not need them)."""
    try:
        plain = json.loads(zlib.decompress(data).decode("utf-8", "surrogatepass"))
        if empty:
            names = [name for name, _ in _hints(kind) if name != field]
            for name in empty:
                _sized(plain, len(names))[names.index(name)] = []
        return _dataclass_reader(kind, field)(plain, given)
    except RecordError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, zlib.error) as err:
        raise RecordError(f"{type(err).__name__}: {err}") from None


def _hints(cls: type) -> list[tuple[str, Any]]:
    """(name, type) of each field of a model dataclass, in order."""
    hints = typing.get_type_hints(cls, vars(model))
    return [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]


def _parts(kind: Any) -> tuple[Any, tuple]:
    origin = typing.get_origin(kind)
    if origin is typing.Union or origin is types.UnionType:
        return typing.Union, typing.get_args(kind)
    return origin, typing.get_args(kind)


@lru_cache(maxsize=None)
def _writer(kind: Any, skip: str = ""):
    """A function turning a value of type `kind` into plain JSON data (a dataclass without field `skip`)."""
    if dataclasses.is_dataclass(kind):
        fields = [(name, _writer(t)) for name, t in _hints(kind) if name != skip]
        return lambda v: [w(getattr(v, name)) for name, w in fields]
    if kind is date:
        return date.isoformat
    origin, args = _parts(kind)
    if origin is typing.Union:
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"cannot store {kind}")
        write = _writer(inner[0])
        return lambda v: None if v is None else write(v)
    if origin in (tuple, list):
        if len(args) == 2 and args[1] is Ellipsis or origin is list:
            write = _writer(args[0])
            return lambda v: [write(x) for x in v]
        writes = [_writer(a) for a in args]
        return lambda v: [w(x) for w, x in zip(writes, v)]
    if origin is frozenset:
        write = _writer(args[0])
        return lambda v: sorted(write(x) for x in v)
    if kind in (str, int, float, bool):
        return lambda v: v
    raise TypeError(f"cannot store {kind}")


@lru_cache(maxsize=None)
def _reader(kind: Any):
    """A function turning plain JSON data back into a value of type `kind`, checking it fits."""
    if dataclasses.is_dataclass(kind):
        return _dataclass_reader(kind)
    if kind is date:
        return lambda v: date.fromisoformat(_exactly(str, v))
    origin, args = _parts(kind)
    if origin is typing.Union:
        (inner,) = [a for a in args if a is not type(None)]
        read = _reader(inner)
        return lambda v: None if v is None else read(v)
    if origin in (tuple, list):
        if len(args) == 2 and args[1] is Ellipsis or origin is list:
            read, make = _reader(args[0]), origin
            return lambda v: make([read(x) for x in _exactly(list, v)])
        reads = [_reader(a) for a in args]
        return lambda v: tuple(r(x) for r, x in zip(reads, _sized(v, len(reads))))
    if origin is frozenset:
        read = _reader(args[0])
        return lambda v: frozenset(read(x) for x in _exactly(list, v))
    if kind in (str, int, float, bool):
        return lambda v: _exactly(kind, v)
    raise TypeError(f"cannot read {kind}")


@lru_cache(maxsize=None)
def _dataclass_reader(cls: type, skip: str = ""):
    """A reader of the dataclass `cls`; with `skip`, one taking that field's value as a second argument."""
    if cls.__module__ != model.__name__:
        raise TypeError(f"only the model's types are read, not {cls.__name__}")
    names = [name for name, _ in _hints(cls)]
    reads = [_reader(t) for name, t in _hints(cls) if name != skip]
    if not skip:
        return lambda v: cls(*[r(x) for r, x in zip(reads, _sized(v, len(reads)))])
    at = names.index(skip)

    def read(v, given):
        values = [r(x) for r, x in zip(reads, _sized(v, len(reads)))]
        values.insert(at, given)
        return cls(*values)

    return read


def _exactly(kind: type, v: Any) -> Any:
    # bool is an int in Python, not in a record: True is no offset.
    if type(v) is not kind and not (kind is float and type(v) is int):
        raise RecordError(f"expected {kind.__name__}, found {type(v).__name__}")
    return v


def _sized(v: Any, n: int) -> list:
    if type(v) is not list or len(v) != n:
        raise RecordError(f"expected a list of {n} values")
    return v
