"""Structuring with every problem located, and salvage of what is valid.

The converters and their hooks are in ``_hooks``; the compiled fast path in ``_fast``.
"""

from __future__ import annotations

import contextlib
import decimal
import difflib
import functools
import gc
import math
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, TypeAlias, TypeVar, cast

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from .._base.errors import LoadError, PelayananError, ProblemKind, UnknownInstrumentError
from .._base.labels import Label
from .._base.problems import Problem
from .._base.validators import InvalidValueError
from . import _fast
from ._hooks import DETAILED, DROPPED, FAST, OutOfLimits, Path, describe, unstructure
from .limits import DEFAULT_LIMITS, LimitError, Limits, _current

__all__ = [
    "DETAILED",
    "FAST",
    "OutOfLimits",
    "Path",
    "describe",
    "limit_problems",
    "model_depth",
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


_LONGEST_MESSAGE: Final = 500
_NOT_READ: Final = Label(
    "nilai ini tidak sesuai dengan bentuk yang diharapkan (lihat docs/reference/json.md)",
    "this value does not have the expected shape (see docs/reference/json.md)",
)
_MISSING: Final = Label("isian wajib tidak ada", "required field missing")
_TOO_DEEP: Final = Label("data bersarang terlalu dalam", "data nested too deeply")


def _cut(text: str) -> str:
    """A message quoting a huge value stays readable."""
    return text if len(text) <= _LONGEST_MESSAGE else text[: _LONGEST_MESSAGE - 3] + "..."


def _message(exc: BaseException) -> Label:
    """What ``exc`` says, in both languages; never the text of a Python error."""
    label = getattr(exc, "label", None)
    if isinstance(label, Label):
        return Label(_cut(label.id), _cut(label.en))
    if isinstance(exc, PelayananError) and str(exc):
        return Label(_cut(str(exc)), _cut(str(exc)))
    return _NOT_READ


def _unknown_key_message(key: str, cls: type | None) -> Label:
    fields = [a.name for a in attrs.fields(cls)] if cls is not None and attrs.has(cls) else []
    close = difflib.get_close_matches(key, fields, n=1) if len(key) <= 100 else []
    hint_en = f"; did you mean {close[0]!r}?" if close else ""
    hint_id = f"; maksudnya {close[0]!r}?" if close else ""
    shown_key = _cut(repr(key))
    return Label(f"isian {shown_key} tidak dikenal{hint_id}", f"unknown field {shown_key}{hint_en}")


def problems_of(exc: BaseException, path: Path = ()) -> Iterator[tuple[Path, ProblemKind, Label]]:
    """Every leaf problem in a cattrs exception group, with its path, kind and message."""
    for where, kind, message, _ in _leaves(exc, path, None):
        yield where, kind, message


def _required(owner: object, name: str) -> bool:
    """Whether ``name`` is a field of the attrs class ``owner`` without a default."""
    if not (isinstance(owner, type) and attrs.has(owner)):
        return False
    field = getattr(attrs.fields(owner), name, None)
    return field is not None and field.default is attrs.NOTHING


def _leaves(
    exc: BaseException, path: Path, owner: object
) -> Iterator[tuple[Path, ProblemKind, Label, Path]]:
    """Each leaf problem with what :func:`salvage` removes for it.

    ``owner`` is the class being built at ``path``. A missing field, or an invalid value of a
    required field, removes the object that holds it (the next round would find it missing).
    """
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                if isinstance(sub, KeyError) and not isinstance(sub, UnknownInstrumentError):
                    yield (*path, note.name), "missing", _MISSING, path
                    continue
                yield from _leaves(sub, (*path, note.name), note.type)
            else:
                yield from _leaves(sub, (*path, note.index), note.type)
        for sub in without:
            yield from _leaves(sub, path, owner)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            where = (*path, key)
            yield where, "unknown", _unknown_key_message(key, exc.cl), where
    elif isinstance(exc, InvalidValueError):
        kind: ProblemKind = "limit" if isinstance(exc, LimitError) else "invalid"
        where = (*path, exc.field)
        said = Label(_cut(exc.message_id), _cut(str(exc)))
        yield where, kind, said, path if _required(owner, exc.field) else where
    elif isinstance(exc, LimitError):
        yield path, "limit", _message(exc), path
    elif isinstance(exc, RecursionError):
        yield path, "invalid", _TOO_DEEP, path
    else:
        yield path, "invalid", _message(exc), path


# --- the input limits --------------------------------------------------------------------------------


LimitProblem: TypeAlias = tuple[Path, Path, str]
"""A value beyond the limits: where to report it, what to remove, and why."""


def _scalar_problem(value: object, limits: Limits) -> str | None:  # noqa: PLR0911  (one per type)
    if isinstance(value, str):
        if len(value) > limits.max_string_length:
            return f"a text of {len(value):,} characters; the limit is {limits.max_string_length:,}"
    elif isinstance(value, bool):
        return None
    elif isinstance(value, int):
        try:
            limits.check_integer(value)
        except LimitError as exc:
            return str(exc)
    elif isinstance(value, decimal.Decimal):
        return limits.number_problem(value)
    elif isinstance(value, float):
        if math.isfinite(value) and value:
            return limits.number_problem(decimal.Decimal(repr(value)))
    elif isinstance(value, OutOfLimits):
        return value.message
    return None


_MOST_LIMIT_PROBLEMS: Final = 100
"""After this many values beyond the limits, a document is refused whole, unread further."""


def limit_problems(data: object, limits: Limits) -> list[LimitProblem]:
    """Every value in ``data`` beyond ``limits``, without recursion (any depth is fine).

    A container too deep or too long is reported once and not looked into. Run on every document,
    so the common values (short text, small whole numbers, booleans) are checked inline. A
    document with more than a hundred such values is not a document that went slightly wrong:
    the walk stops there, and the last problem (at the root) refuses the whole document.
    """
    problems: list[LimitProblem] = []
    if not isinstance(data, (dict, list)):
        problem = _scalar_problem(data, limits)
        return [((), (), problem)] if problem is not None else []
    longest, deepest, most = limits.max_string_length, limits.max_depth, limits.max_list_length
    largest = limits.max_integer
    # Each entry: a container, its depth, and its path (a chain of (parent chain, key)).
    stack: list[tuple[Any, int, Any]] = [(data, 1, None)]
    pop, push = stack.pop, stack.append
    while stack and len(problems) < _MOST_LIMIT_PROBLEMS:
        container, depth, chain = pop()
        if depth > deepest or len(container) > most:
            problems.append(_container_problem(container, depth, chain, limits))
            continue
        items = container.items() if container.__class__ is dict else enumerate(container)
        for key, value in items:
            cls = value.__class__
            short_key = key.__class__ is not str or len(key) <= longest
            if cls is dict or cls is list:
                if short_key:
                    push((value, depth + 1, (chain, key)))
                    continue
            elif short_key and (
                (cls is str and len(value) <= longest)
                or cls is bool
                or value is None
                or (cls is int and -largest <= value <= largest)
            ):
                continue
            if not short_key:
                path = _path_of(chain)
                message = f"an object key of {len(str(key)):,} characters; the limit is {longest:,}"
                problems.append((path, (*path, key), message))
            else:
                problem = _scalar_problem(value, limits)
                if problem is None:
                    continue
                path = (*_path_of(chain), key)
                problems.append((path, path, problem))
            if len(problems) >= _MOST_LIMIT_PROBLEMS:
                break
    if len(problems) >= _MOST_LIMIT_PROBLEMS:
        message = f"more than {_MOST_LIMIT_PROBLEMS - 1} values beyond the input limits"
        problems = [*problems[: _MOST_LIMIT_PROBLEMS - 1], ((), (), f"{message}; not loaded")]
    return problems


def _container_problem(container: Any, depth: int, chain: Any, limits: Limits) -> LimitProblem:  # noqa: ANN401
    path = _path_of(chain)
    if depth > limits.max_depth:
        message = f"data nested more than {limits.max_depth} levels deep"
    else:
        what, unit = (
            ("an object of", "keys") if isinstance(container, dict) else ("a list of", "items")
        )
        message = f"{what} {len(container):,} {unit}; the limit is {limits.max_list_length:,}"
    return (path, path, message)


def _fast_or_none(data: object, cls: type[T]) -> T | None:
    """The object the fast path builds, or ``None`` if it refuses the data (no model is None)."""
    try:
        return _fast.structure(data, cls)
    except Exception:  # noqa: BLE001  (any refusal: the caller falls back)
        return None


def _trusted(cls: type[Any], limits: Limits, *, checked: bool) -> bool:
    """Whether valid ``cls`` data needs no walk: checked at parsing, and not too deep by type."""
    return checked and limits.max_depth >= model_depth(cast("Any", cls))


_UNBOUNDED: Final = 1 << 30


@functools.cache
def model_depth(cls: Any) -> int:  # noqa: ANN401  (any class or annotation)
    """How deeply the JSON of ``cls`` can nest (an object is one level, a list another).

    Data that the fast path accepts as ``cls`` nests no deeper than this, so when the limits
    allow as much, the walk need not look at the depth of valid data. A type that accepts any
    JSON value, or that contains itself, has no bound.
    """
    return _depth(cls, frozenset())


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The field types of an attrs class; a name only a type checker sees counts as ``Any``."""
    try:
        return typing.get_type_hints(cls)
    except NameError:  # resolved by attrs.resolve_types, if at all
        return {f.name: Any if isinstance(f.type, str) else f.type for f in attrs.fields(cls)}


def _depth(tp: Any, outer: frozenset[Any]) -> int:  # noqa: ANN401  (one return per kind)
    if tp in outer or tp is Any or tp is object:
        return _UNBOUNDED
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if isinstance(tp, type) and attrs.has(tp):
        hints = _hints(tp)
        inner = outer | {tp}
        fields = [_depth(hints[f.name], inner) for f in attrs.fields(tp) if f.init]
        return 1 + max(fields, default=0)
    if origin in (tuple, list, frozenset, set):
        return 1 + max((_depth(a, outer) for a in args if a is not Ellipsis), default=0)
    if origin in (dict, Mapping):
        return 1 + _depth(args[1], outer)
    if origin in (typing.Union, types.UnionType):
        return max(_depth(a, outer) for a in args)
    return 0


def _path_of(chain: Any) -> Path:  # noqa: ANN401  (nested tuples)
    steps: list[str | int] = []
    while chain is not None:
        chain, key = chain
        steps.append(key)
    return tuple(reversed(steps))


def _within_limits(
    data: object, limits: Limits, base: Path
) -> tuple[object, list[Problem], set[Path]]:
    """``data`` without the values beyond ``limits``, the problems, and the paths removed."""
    found = limit_problems(data, limits)
    if not found:
        return data, [], set()
    problems = [
        Problem(pointer((*base, *shown)), message, "limit", f"melampaui batas masukan: {message}")
        for shown, _, message in found
    ]
    removed = {path for _, path, _ in found}
    return _remove_all(data, removed), problems, removed


def _problem(path: Path, message: Label, kind: ProblemKind = "invalid") -> Problem:
    return Problem(pointer(path), message.en, kind, message.id)


def structure(
    data: object,
    cls: type[T],
    base: Path = (),
    limits: Limits = DEFAULT_LIMITS,
    *,
    checked: bool = False,
) -> T:
    """Structure ``data`` as ``cls``, raising :class:`LoadError` with *every* problem.

    ``checked`` says that the numbers, texts and lists of ``data`` are already known to be
    within ``limits`` (see ``documents._parse_json``): data that the fast path accepts then needs
    no walk, its depth being that of ``cls`` at most.
    """
    token = _current.set(limits)
    try:
        # The walk and the detailed run below say what was wrong when the fast path fails.
        trusted = _trusted(cls, limits, checked=checked)
        built = _fast_or_none(data, cls) if trusted else None
        if built is None:
            data, problems, removed = _within_limits(data, limits, base)
            if not problems and not trusted:
                built = _fast_or_none(data, cls)
        if built is not None:
            return built
        if () in removed:
            raise LoadError(problems)
        try:
            result: T = DETAILED.structure(data, cls)
        except Exception as exc:  # noqa: BLE001
            problems.extend(
                _problem((*base, *path), message, kind)
                for path, kind, message in problems_of(exc)
                if not (kind == "missing" and path in removed)  # reported as beyond the limits
            )
            raise LoadError(problems) from None
        if problems:
            raise LoadError(problems)
        return result
    finally:
        _current.reset(token)


# --- salvage: load what is valid, drop what is not -------------------------------------------------

_MAX_ROUNDS: Final = 64


_END: Final = object()
"""Marks the end of a removal path in the trie of :func:`_remove_all`."""


def _remove_all(data: object, paths: Iterable[Path]) -> object:
    """A copy of ``data`` without the values at ``paths``, copying each container once at most.

    A removed list item becomes ``DROPPED`` (so that the indices of the others stay put); a
    removed object entry is deleted; a removed root is ``DROPPED``. The work is linear in the
    number of paths and the size of the containers on the way, however many items one list loses.
    """
    trie: dict[Any, Any] = {}
    for path in paths:
        node = trie
        for step in path:
            node = node.setdefault(step, {})
        node[_END] = True
    return _prune(data, trie)


def _prune(data: object, trie: dict[Any, Any]) -> object:
    if _END in trie:
        return DROPPED
    if isinstance(data, Mapping):
        copy = dict(data)
        for key, sub in trie.items():
            if key in copy:
                pruned = _prune(copy[key], sub)
                if pruned is DROPPED:
                    del copy[key]
                else:
                    copy[key] = pruned
        return copy
    if isinstance(data, list):
        items = list(data)
        for key, sub in trie.items():
            if isinstance(key, int) and 0 <= key < len(items):
                items[key] = _prune(items[key], sub)
        return items
    return data


def salvage(
    data: object,
    cls: type[T],
    base: Path = (),
    limits: Limits = DEFAULT_LIMITS,
    *,
    checked: bool = False,
) -> tuple[T | None, list[Problem]]:
    """Structure as much of ``data`` as is valid.

    Each invalid value is removed: a list item is left out, an optional field falls back to its
    default, and an object that lacks a required field is itself removed from its parent. A value
    beyond ``limits`` is removed in the same way. Returns the object (``None`` if nothing could
    be salvaged) and the problems found, each reported once at its path in the original data.
    ``checked`` is as for :func:`structure`.
    """
    token = _current.set(limits)
    try:
        return _salvage(data, cls, base, limits, checked=checked)
    finally:
        _current.reset(token)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a document with many problems is salvaged.

    Every invalid value raises an exception that lives until the round ends; with tens of
    thousands of them the collector's full passes made salvage grow faster than the number of
    problems (16,000 bad survey responses: 3.7 s instead of 1.4 s). Nothing salvage creates
    needs the collector: it runs again, as before, when salvage returns. The collector is left
    as it was found (paused already, it stays paused).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _salvage(
    data: object, cls: type[T], base: Path, limits: Limits, *, checked: bool
) -> tuple[T | None, list[Problem]]:
    # The walk and the detailed runs below say what was wrong when the fast path fails.
    trusted = _trusted(cls, limits, checked=checked)
    built = _fast_or_none(data, cls) if trusted else None
    problems: list[Problem] = []
    removed: set[Path] = set()
    if built is None:
        data, problems, removed = _within_limits(data, limits, base)
        if not problems and not trusted:
            built = _fast_or_none(data, cls)
    if built is not None:
        return built, []
    if () in removed:
        return None, problems
    with _collector_paused():
        return _salvage_rounds(data, cls, base, problems, removed)


def _salvage_rounds(
    data: object, cls: type[T], base: Path, problems: list[Problem], removed: set[Path]
) -> tuple[T | None, list[Problem]]:
    """Structure, remove what was invalid, and again, until what is left loads."""
    seen: set[Path] = set(removed)  # a value removed for its size is not "missing" as well
    for _ in range(_MAX_ROUNDS):
        try:
            return DETAILED.structure(data, cls), problems
        except RecursionError:
            problems.append(_problem(base, _TOO_DEEP))
            return None, problems
        except Exception as exc:  # noqa: BLE001
            found = list(_leaves(exc, (), cls))
        removals: set[Path] = set()
        for path, kind, message, target in found:
            if path not in seen:  # a removed value is not reported again as "missing"
                problems.append(_problem((*base, *path), message, kind))
            seen.update((path, target))  # removing it is not a new problem in the next round
            removals.add(target)
        if () in removals:
            return None, problems
        data = _remove_all(data, removals)
    return None, problems
