"""Structuring with every problem located, and salvage of what is valid.

The converters and their hooks are in ``_hooks``; the compiled fast path in ``_fast``.
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Iterator, Mapping
from typing import Final, TypeVar

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from .._base.errors import LoadError, PelayananError, Problem, ProblemKind, UnknownInstrumentError
from .._base.labels import Label
from .._base.validators import InvalidValueError
from . import _fast
from ._hooks import DETAILED, DROPPED, FAST, Path, describe, unstructure

__all__ = [
    "DETAILED",
    "FAST",
    "Path",
    "describe",
    "pointer",
    "problems_of",
    "salvage",
    "structure",
    "unstructure",
]

T = TypeVar("T")


# --- errors as problems ----------------------------------------------------------------------------


def pointer(path: Path) -> str:
    """Render ``path`` as a JSON Pointer (RFC 6901).

    >>> pointer(("components", 3, "a/b"))
    '/components/3/a~1b'
    """
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


_NOT_READ: Final = Label(
    "nilai ini tidak sesuai dengan bentuk yang diharapkan (lihat docs/reference/json.md)",
    "this value does not have the expected shape (see docs/reference/json.md)",
)
_MISSING: Final = Label("isian wajib tidak ada", "required field missing")
_TOO_DEEP: Final = Label("data bersarang terlalu dalam", "data nested too deeply")


def _message(exc: BaseException) -> Label:
    """What ``exc`` says, in both languages; never the text of a Python error."""
    label = getattr(exc, "label", None)
    if isinstance(label, Label):
        return label
    if isinstance(exc, PelayananError) and str(exc):
        return Label(str(exc), str(exc))
    return _NOT_READ


def _unknown_key_message(key: str, cls: type | None) -> Label:
    fields = [a.name for a in attrs.fields(cls)] if cls is not None and attrs.has(cls) else []
    close = difflib.get_close_matches(key, fields, n=1)
    hint_en = f"; did you mean {close[0]!r}?" if close else ""
    hint_id = f"; maksudnya {close[0]!r}?" if close else ""
    return Label(f"isian {key!r} tidak dikenal{hint_id}", f"unknown field {key!r}{hint_en}")


def problems_of(exc: BaseException, path: Path = ()) -> Iterator[tuple[Path, ProblemKind, Label]]:
    """Every leaf problem in a cattrs exception group, with its path, kind and message."""
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                if isinstance(sub, KeyError) and not isinstance(sub, UnknownInstrumentError):
                    yield (*path, note.name), "missing", _MISSING
                    continue
                yield from problems_of(sub, (*path, note.name))
            else:
                yield from problems_of(sub, (*path, note.index))
        for sub in without:
            yield from problems_of(sub, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield (*path, key), "unknown", _unknown_key_message(key, exc.cl)
    elif isinstance(exc, InvalidValueError):
        yield (*path, exc.field), "invalid", Label(exc.message_id, str(exc))
    elif isinstance(exc, RecursionError):
        yield path, "invalid", _TOO_DEEP
    else:
        yield path, "invalid", _message(exc)


def _problem(path: Path, message: Label, kind: ProblemKind = "invalid") -> Problem:
    return Problem(pointer(path), message.en, kind, message.id)


def structure(data: object, cls: type[T], base: Path = ()) -> T:
    """Structure ``data`` as ``cls``, raising :class:`LoadError` with *every* problem."""
    with contextlib.suppress(Exception):  # the detailed run below says what was wrong
        return _fast.structure(data, cls)
    try:
        return DETAILED.structure(data, cls)
    except Exception as exc:  # noqa: BLE001
        raise LoadError(
            _problem((*base, *path), message, kind) for path, kind, message in problems_of(exc)
        ) from None


# --- salvage: load what is valid, drop what is not -------------------------------------------------

_MAX_ROUNDS: Final = 64


def _remove(data: object, path: Path) -> object:
    """A copy of ``data`` without the value at ``path`` (copying only the containers on the way)."""
    if not path:
        return DROPPED
    head, rest = path[0], path[1:]
    if isinstance(data, Mapping) and head in data:
        copy = dict(data)
        if rest:
            copy[head] = _remove(data[head], rest)
        else:
            del copy[head]
        return copy
    if isinstance(data, list) and isinstance(head, int) and 0 <= head < len(data):
        items = list(data)
        items[head] = _remove(data[head], rest) if rest else DROPPED
        return items
    return data


def salvage(data: object, cls: type[T], base: Path = ()) -> tuple[T | None, list[Problem]]:
    """Structure as much of ``data`` as is valid.

    Each invalid value is removed: a list item is left out, an optional field falls back to its
    default, and an object that lacks a required field is itself removed from its parent. Returns
    the object (``None`` if nothing could be salvaged) and the problems found, each reported once
    at its path in the original data.
    """
    with contextlib.suppress(Exception):  # the detailed runs below say what was wrong
        return _fast.structure(data, cls), []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for _ in range(_MAX_ROUNDS):
        try:
            return DETAILED.structure(data, cls), problems
        except RecursionError:
            problems.append(_problem(base, _TOO_DEEP))
            return None, problems
        except Exception as exc:  # noqa: BLE001
            found = list(problems_of(exc))
        removals: set[Path] = set()
        for path, kind, message in found:
            if path not in seen:  # a removed value is not reported again as "missing"
                problems.append(_problem((*base, *path), message, kind))
            target = path[:-1] if kind == "missing" else path
            seen.update((path, target))  # removing it is not a new problem in the next round
            removals.add(target)
        if () in removals:
            return None, problems
        for path in sorted(removals, key=lambda p: (len(p), [str(x) for x in p]), reverse=True):
            data = _remove(data, path)
    return None, problems
