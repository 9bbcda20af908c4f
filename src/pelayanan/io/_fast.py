"""A faster way to load *valid* data: structuring functions compiled per class.

The cattrs converter in ``pelayanan.io._hooks`` is the reference: it loads, checks every value,
and says what is wrong. Validating large files spends most of its time there, calling a hook per
field. For data that is valid (almost all of it, in practice) this module generates one plain
Python function per model class that checks and converts each field inline, the same way the
converter's hooks do, and builds the object.

The contract is one-sided and simple: a compiled function either returns exactly what the
converter would return, or raises; it never accepts what the converter would refuse. Callers fall
back to the converter whenever it raises, so any gap here costs time, never correctness. The
equivalence is checked by property tests over every model (``tests/test_fast.py``).
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import itertools
import types
import typing
from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs

from ..law import CATALOGUE, Citation, Instrument
from ..time.durations import Duration
from . import _hooks
from .limits import _current

__all__ = ["structure"]

T = TypeVar("T")


class _Reject(Exception):  # noqa: N818  (a control-flow signal, not an error to report)
    """The data is not on the fast path; the caller falls back to the converter."""


_MISSING: Final = object()
_compiled: dict[type[Any], Callable[[Any], Any]] = {}
_counter = itertools.count()

# Value types whose converter hook is called as is (rare in documents, or already cheap).
_HOOKED: Final = (decimal.Decimal, dt.datetime, dt.time)


def structure(data: object, cls: type[T]) -> T:
    """Build ``cls`` from ``data`` on the fast path; raises if the data is not plainly valid."""
    function = _compiled.get(cls) or _compiled_for(cls)
    result: T = function(data)
    return result


def _name(prefix: str, value: object, namespace: dict[str, Any]) -> str:
    key = f"_{prefix}{next(_counter)}"
    namespace[key] = value
    return key


def _is_optional(tp: Any) -> bool:  # noqa: ANN401
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _lines(tp: Any, var: str, ns: dict[str, Any], indent: int) -> list[str]:  # noqa: ANN401, PLR0911
    """Statements that check ``var`` against ``tp`` and replace it by its structured value."""
    pad = "    " * indent
    if tp is str:
        hook = _name("h", _hooks._structure_str, ns)
        return [
            f"{pad}if {var}.__class__ is not str or not {var}.isascii(): {var} = {hook}({var}, None)"
        ]
    if tp is int:  # the hook for anything but a plain int, or one beyond the limits
        hook = _name("h", _hooks._structure_int, ns)
        limits = _name("l", _current.get, ns)
        largest = f"{limits}().max_integer"
        return [
            f"{pad}if {var}.__class__ is not int or not -{largest} <= {var} <= {largest}:",
            f"{pad}    {var} = {hook}({var}, None)",
        ]
    if tp is bool:
        return [f"{pad}if {var}.__class__ is not bool: raise _Reject"]
    if tp is Instrument:  # a catalogue key, or an instrument written out
        catalogue = _name("c", dict(CATALOGUE), ns)
        nested = _name("s", _compiled_for(Instrument), ns)
        return [f"{pad}{var} = {catalogue}[{var}] if {var}.__class__ is str else {nested}({var})"]
    if tp is Citation:  # text such as "UU 25/2009 Pasal 21", or an object
        hook = _name("h", _hooks.FAST.get_structure_hook(Citation), ns)
        nested = _name("s", _compiled_for(Citation), ns)
        return [f"{pad}{var} = {hook}({var}, None) if {var}.__class__ is str else {nested}({var})"]
    if tp is dt.date:  # fromisoformat on text, then the years the limits allow
        parse = _name("p", dt.date.fromisoformat, ns)
        limits = _name("l", _current.get, ns)
        year = f"{var}.year"
        return [
            f"{pad}{var} = {parse}({var})",
            f"{pad}if {year} > {limits}().latest_year or {year} < {limits}().earliest_year:",
            f"{pad}    raise _Reject",
        ]
    if tp in _HOOKED:
        hook = _name("h", _hooks.FAST.get_structure_hook(tp), ns)
        kind = _name("t", tp, ns)
        return [f"{pad}{var} = {hook}({var}, {kind})"]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        members = _name("e", {m.value: m for m in tp}, ns)
        return [f"{pad}{var} = {members}[{var}]"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Literal:
        allowed = _name("l", frozenset(args), ns)
        return [f"{pad}if {var}.__class__ is not str or {var} not in {allowed}: raise _Reject"]
    if _is_optional(tp):
        inner = next(a for a in args if a is not type(None))
        return [f"{pad}if {var} is not None:", *_lines(inner, var, ns, indent + 1)]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        each = _item_expression(args[0], ns) or f"{_name('f', _item_function(args[0]), ns)}(x)"
        return [
            f"{pad}if {var}.__class__ is not list: raise _Reject",
            f"{pad}{var} = tuple([{each} for x in {var}])",
        ]
    if isinstance(tp, type) and attrs.has(tp):
        # Objects take the compiled path; anything else (a catalogue key for a referenced table,
        # say) goes to the converter's hook for the class, which accepts or refuses it.
        nested = _name("s", _compiled_for(tp), ns)
        hook = _name("h", _hooks.FAST.get_structure_hook(tp), ns)
        kind = _name("t", tp, ns)
        return [
            f"{pad}{var} = {nested}({var}) if {var}.__class__ is dict else {hook}({var}, {kind})"
        ]
    # Any other type (fractions, mappings, referenced tables): the converter's own hook, as is.
    hook = _name("h", _hooks.FAST.get_structure_hook(tp), ns)
    kind = _name("t", tp, ns)
    return [f"{pad}{var} = {hook}({var}, {kind})"]


def _item_expression(tp: Any, ns: dict[str, Any]) -> str | None:  # noqa: ANN401
    """One expression of ``x`` that does what ``_lines`` does for a list item, if there is one.

    Lists of objects (and of texts, citations and enumeration members) are then built without a
    function call per item; other item types get a function (:func:`_item_function`).
    """
    if tp is str:
        hook = _name("h", _hooks._structure_str, ns)
        return f"(x if x.__class__ is str and x.isascii() else {hook}(x, None))"
    if tp is Citation:
        hook = _name("h", _hooks.FAST.get_structure_hook(Citation), ns)
        nested = _name("s", _compiled_for(Citation), ns)
        return f"({hook}(x, None) if x.__class__ is str else {nested}(x))"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return f"{_name('e', {m.value: m for m in tp}, ns)}[x]"
    if isinstance(tp, type) and attrs.has(tp) and tp is not Instrument:
        nested = _name("s", _compiled_for(tp), ns)
        hook = _name("h", _hooks.FAST.get_structure_hook(tp), ns)
        kind = _name("t", tp, ns)
        return f"({nested}(x) if x.__class__ is dict else {hook}(x, {kind}))"
    return None


def _item_function(tp: Any) -> Callable[[Any], Any]:  # noqa: ANN401
    """A function that structures one list item of type ``tp``."""
    ns: dict[str, Any] = {"_Reject": _Reject}
    body = _lines(tp, "x", ns, 1)
    source = "def item(x):\n" + "\n".join(body) + "\n    return x\n"
    exec(compile(source, f"<pelayanan fast item {tp!r}>", "exec"), ns)  # noqa: S102  (generated above)
    function: Callable[[Any], Any] = ns["item"]
    return function


_compiling: set[type[Any]] = set()


def _compiled_for(cls: type[Any]) -> Callable[[Any], Any]:
    """The compiled function for ``cls``, compiling it now (or later, if it refers to itself)."""
    if cls in _compiled:
        return _compiled[cls]
    if cls in _compiling:  # a class that contains itself: look it up when called

        def later(data: Any) -> Any:  # noqa: ANN401
            return structure(data, cls)

        return later
    _compiling.add(cls)
    try:
        _compiled[cls] = _compile(cls)
    finally:
        _compiling.discard(cls)
    return _compiled[cls]


def _compile(cls: type[Any]) -> Callable[[Any], Any]:
    """Generate the structuring function for an attrs class."""
    hints = typing.get_type_hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    ns: dict[str, Any] = {"_Reject": _Reject, "_MISSING": _MISSING, "_cls": cls}
    keys = _name("k", frozenset(f.name for f in fields), ns)
    lines = [
        "def structure(o):",
        "    if o.__class__ is not dict: raise _Reject",
        f"    if not {keys}.issuperset(o): raise _Reject",
    ]
    positional, keywords = [], []
    try:
        for index, field in enumerate(fields):
            var = f"v{index}"
            if field.default is attrs.NOTHING:
                lines.append(f"    {var} = o[{field.name!r}]")
                lines.extend(_lines(hints[field.name], var, ns, 1))
            else:
                lines.append(f"    {var} = o.get({field.name!r}, _MISSING)")
                lines.append(f"    if {var} is _MISSING:")
                default = field.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    factory = _name("d", default.factory, ns)
                    lines.append(f"        {var} = {factory}()")
                else:
                    constant = _name("d", default, ns)
                    lines.append(f"        {var} = {constant}")
                lines.append("    else:")
                lines.extend(_lines(hints[field.name], var, ns, 2))
            if field.kw_only:
                keywords.append(f"{field.alias}={var}")
            else:
                positional.append(var)
    except _Reject:
        return _reject_always
    if cls is Duration:  # the amount the limits allow, as the converter's hook checks it
        limits = _name("l", _current.get, ns)
        amount = f"v{[f.name for f in fields].index('amount')}"
        lines.append(f"    if {amount} > {limits}().max_duration_amount: raise _Reject")
    lines.append(f"    return _cls({', '.join([*positional, *keywords])})")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<pelayanan fast {cls.__qualname__}>", "exec"), ns)  # noqa: S102
    function: Callable[[Any], Any] = ns["structure"]
    return function


def _reject_always(_: Any) -> Any:  # noqa: ANN401
    raise _Reject
