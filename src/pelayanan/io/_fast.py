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

Building objects. The converter builds a model object by calling its attrs ``__init__``, which
converts each value (a field's ``converter``), stores it in its slot and then runs the field's
validators. A compiled function does the same without the call, which was half its time: it makes
the bare object with ``object.__new__``, stores each value through the slot's own descriptor
(bound once, at compile time), and checks the values itself. The validators of
``pelayanan._base.validators`` whose meaning is plain (:func:`~.validators.non_empty`,
:func:`~.validators.optional_non_empty`, :func:`~.validators.at_least`,
:func:`~.validators.in_range` and :func:`~.validators.optional` of these) are written out inline as
the same comparison, raising :class:`_Reject` where the validator would raise; any other validator
is called as attrs calls it, ``validator(obj, attribute, value)``, once every slot is set, and
converters are called as attrs calls them, on given and default values alike. The result is the
object ``__init__`` would have made: the same slots holding the same values. This is done only for
a class whose ``__init__`` is attrs' own and does nothing more (see :func:`_slot_setters`); any
other class is built by calling it, as before.

One difference is deliberate: attrs lets validators be switched off for the whole process
(``attrs.validators.set_disabled``); the compiled functions check regardless. That is within the
contract: with validators off the converter accepts *more*, never less, and whatever the compiled
function still refuses goes to the converter, which then builds it without checking.

The input limits (``limits._current``) are read once per call of :func:`structure` and handed
down to every nested function as ``L``; the converter's hooks, where called, read them
themselves.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import inspect
import itertools
import types
import typing
from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs

from .._base import validators
from ..law import CATALOGUE, Citation, Instrument
from ..time.durations import Duration
from . import _hooks
from .limits import Limits, _current

__all__ = ["structure"]

T = TypeVar("T")


class _Reject(Exception):  # noqa: N818  (a control-flow signal, not an error to report)
    """The data is not on the fast path; the caller falls back to the converter."""


_Structure = Callable[[Any, Limits], Any]
"""A compiled function: the data, and the limits of the load in progress."""

_CONVERTER_CLASSES: Final[tuple[type, ...]] = tuple(
    c for c in [getattr(attrs, "Converter", None)] if isinstance(c, type)
)
"""``attrs.Converter`` (attrs 24.1 and later): a converter that may need the object or the field."""

_compiled: dict[type[Any], _Structure] = {}
_counter = itertools.count()

# Value types whose converter hook is called as is (rare in documents, or already cheap).
_HOOKED: Final = (decimal.Decimal, dt.datetime, dt.time)


def structure(data: object, cls: type[T]) -> T:
    """Build ``cls`` from ``data`` on the fast path; raises if the data is not plainly valid."""
    function = _compiled.get(cls) or _compiled_for(cls)
    result: T = function(data, _current.get())
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
    """Statements that check ``var`` against ``tp`` and replace it by its structured value.

    The statements may read ``L``, the limits of the load in progress.
    """
    pad = "    " * indent
    if tp is str:
        hook = _name("h", _hooks._structure_str, ns)
        return [
            f"{pad}if {var}.__class__ is not str or not {var}.isascii(): {var} = {hook}({var}, None)"
        ]
    if tp is int:  # the hook for anything but a plain int, or one beyond the limits
        hook = _name("h", _hooks._structure_int, ns)
        return [
            f"{pad}if {var}.__class__ is not int or not -L.max_integer <= {var} <= L.max_integer:",
            f"{pad}    {var} = {hook}({var}, None)",
        ]
    if tp is bool:
        return [f"{pad}if {var}.__class__ is not bool: raise _Reject"]
    if tp is Instrument:  # a catalogue key, or an instrument written out
        catalogue = _name("c", dict(CATALOGUE), ns)
        nested = _name("s", _compiled_for(Instrument), ns)
        return [
            f"{pad}{var} = {catalogue}[{var}] if {var}.__class__ is str else {nested}({var}, L)"
        ]
    if tp is Citation:  # text such as "UU 25/2009 Pasal 21", or an object
        hook = _name("h", _hooks.FAST.get_structure_hook(Citation), ns)
        nested = _name("s", _compiled_for(Citation), ns)
        return [
            f"{pad}{var} = {hook}({var}, None) if {var}.__class__ is str else {nested}({var}, L)"
        ]
    if tp is dt.date:  # fromisoformat on text, then the years the limits allow
        parse = _name("p", dt.date.fromisoformat, ns)
        return [
            f"{pad}{var} = {parse}({var})",
            f"{pad}if not L.earliest_year <= {var}.year <= L.latest_year: raise _Reject",
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
        each = _item_expression(args[0], ns) or f"{_name('f', _item_function(args[0]), ns)}(x, L)"
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
            f"{pad}{var} = {nested}({var}, L) if {var}.__class__ is dict else {hook}({var}, {kind})"
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
        return f"({hook}(x, None) if x.__class__ is str else {nested}(x, L))"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return f"{_name('e', {m.value: m for m in tp}, ns)}[x]"
    if isinstance(tp, type) and attrs.has(tp) and tp is not Instrument:
        nested = _name("s", _compiled_for(tp), ns)
        hook = _name("h", _hooks.FAST.get_structure_hook(tp), ns)
        kind = _name("t", tp, ns)
        return f"({nested}(x, L) if x.__class__ is dict else {hook}(x, {kind}))"
    return None


def _item_function(tp: Any) -> _Structure:  # noqa: ANN401
    """A function that structures one list item of type ``tp``."""
    ns: dict[str, Any] = {"_Reject": _Reject}
    body = _lines(tp, "x", ns, 1)
    source = "def item(x, L):\n" + "\n".join(body) + "\n    return x\n"
    exec(compile(source, f"<pelayanan fast item {tp!r}>", "exec"), ns)  # noqa: S102  (generated above)
    function: _Structure = ns["item"]
    return function


_compiling: set[type[Any]] = set()


def _compiled_for(cls: type[Any]) -> _Structure:
    """The compiled function for ``cls``, compiling it now (or later, if it refers to itself)."""
    if cls in _compiled:
        return _compiled[cls]
    if cls in _compiling:  # a class that contains itself: look it up when called

        def later(data: Any, limits: Limits) -> Any:  # noqa: ANN401
            return _compiled[cls](data, limits)

        return later
    _compiling.add(cls)
    try:
        _compiled[cls] = _compile(cls)
    finally:
        _compiling.discard(cls)
    return _compiled[cls]


def _slot_setters(cls: type[Any]) -> dict[str, Callable[[Any, Any], None]] | None:
    """The ``__set__`` of each field's slot, if objects of ``cls`` can be built without ``__init__``.

    That is so when ``__init__`` is attrs' own and all it does is convert, store and validate:
    no ``__attrs_pre_init__`` or ``__attrs_post_init__``, no field left out of ``__init__``, no
    default or converter that needs the object, and no slot but the fields' (a cached hash has
    one). Storing through the slot's descriptor is what attrs' ``object.__setattr__`` comes to,
    minus the name lookup, and bypasses ``on_setattr`` hooks and frozenness the same way.
    """
    init = cls.__dict__.get("__init__")
    code = getattr(init, "__code__", None)
    if (
        code is None
        or not code.co_filename.startswith("<attrs generated")
        or cls.__new__ is not _OBJECT_NEW
        or hasattr(cls, "__attrs_pre_init__")
        or hasattr(cls, "__attrs_post_init__")
    ):
        return None
    fields = attrs.fields(cls)
    for field in fields:
        default = field.default
        if (
            not field.init
            or (isinstance(default, attrs.Factory) and default.takes_self)  # type: ignore[arg-type]
            or isinstance(field.converter, _CONVERTER_CLASSES)
        ):
            return None
    slots = {
        name
        for klass in cls.__mro__
        for name in (
            [klass.__dict__["__slots__"]]
            if isinstance(klass.__dict__.get("__slots__"), str)
            else klass.__dict__.get("__slots__", ())
        )
    }
    names = {field.name for field in fields}
    if "__slots__" not in cls.__dict__ or slots - {"__weakref__"} != names:
        return None
    setters = {}
    for name in names:
        descriptor = next(k.__dict__[name] for k in cls.__mro__ if name in k.__dict__)
        if not isinstance(descriptor, types.MemberDescriptorType):
            return None
        setters[name] = descriptor.__set__
    return setters


_OBJECT_NEW: Final[Any] = object.__new__

# The code of the validators that ``pelayanan._base.validators`` makes, to recognise them by.
_AT_LEAST: Final = validators.at_least(0).__code__
_IN_RANGE: Final = validators.in_range(0, 0).__code__
_OPTIONAL: Final = validators.optional(validators.non_empty).__code__


def _refusal(validator: Any, var: str, ns: dict[str, Any]) -> str | None:  # noqa: ANN401
    """A condition that holds exactly when ``validator`` would refuse ``var``, if it is plain.

    The conditions are the validators' own comparisons, on the same values; ``None`` means the
    validator is called instead.
    """
    if validator is validators.non_empty:
        return f"not {var}.strip()"
    if validator is validators.optional_non_empty:
        return f"{var} is not None and not {var}.strip()"
    code = getattr(validator, "__code__", None)
    if code is not _AT_LEAST and code is not _IN_RANGE and code is not _OPTIONAL:
        return None
    given = inspect.getclosurevars(validator).nonlocals
    if code is _AT_LEAST:
        return f"{var} < {_name('m', given['minimum'], ns)}"
    if code is _IN_RANGE:
        low, high = _name("m", given["minimum"], ns), _name("m", given["maximum"], ns)
        return f"not {low} <= {var} <= {high}"
    inner = _refusal(given["validator"], var, ns)
    return None if inner is None else f"{var} is not None and ({inner})"


def _compile(cls: type[Any]) -> _Structure:
    """Generate the structuring function for an attrs class."""
    hints = typing.get_type_hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    setters = _slot_setters(cls)
    ns: dict[str, Any] = {"_Reject": _Reject, "_cls": cls}
    # Keys other than the fields' are refused: ``n`` counts the fields found (a required one is
    # there, else o[name] raised), and the object must hold no more keys than that. This is
    # cheaper than comparing the keys with the set of names, and an optional field costs a key
    # lookup (``in``), not a call of ``o.get``, when it is absent, as most are.
    lines = [
        "def structure(o, L):",
        "    if o.__class__ is not dict: raise _Reject",
        f"    n = {sum(f.default is attrs.NOTHING for f in fields)}",
    ]
    positional: list[str] = []
    keywords: list[str] = []
    stores: list[str] = []
    calls: list[str] = []
    try:
        for index, field in enumerate(fields):
            var = f"v{index}"
            lines.extend(_value_lines(field, hints[field.name], var, ns))
            if field.kw_only:
                keywords.append(f"{field.alias}={var}")
            else:
                positional.append(var)
            if setters is not None:
                lines.extend(_init_lines(field, var, ns, calls))
                stores.append(f"    {_name('s', setters[field.name], ns)}(obj, {var})")
    except _Reject:
        return _reject_always
    lines.append("    if len(o) != n: raise _Reject")
    if cls is Duration:  # the amount the limits allow, as the converter's hook checks it
        amount = f"v{[f.name for f in fields].index('amount')}"
        lines.append(f"    if {amount} > L.max_duration_amount: raise _Reject")
    if setters is None:
        lines.append(f"    return _cls({', '.join([*positional, *keywords])})")
    else:
        new = _name("n", object.__new__, ns)
        lines.extend([f"    obj = {new}(_cls)", *stores, *calls, "    return obj"])
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<pelayanan fast {cls.__qualname__}>", "exec"), ns)  # noqa: S102
    function: _Structure = ns["structure"]
    return function


def _value_lines(field: attrs.Attribute[Any], tp: Any, var: str, ns: dict[str, Any]) -> list[str]:  # noqa: ANN401
    """Statements that set ``var`` to the field's structured value from ``o``, or its default."""
    if field.default is attrs.NOTHING:
        return [f"    {var} = o[{field.name!r}]", *_lines(tp, var, ns, 1)]
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:  # made from the object being built: left to the converter
            raise _Reject
        otherwise = f"{_name('d', default.factory, ns)}()"
    else:
        otherwise = _name("d", default, ns)
    return [
        f"    if {field.name!r} in o:",
        "        n += 1",
        f"        {var} = o[{field.name!r}]",
        *_lines(tp, var, ns, 2),
        "    else:",
        f"        {var} = {otherwise}",
    ]


def _init_lines(
    field: attrs.Attribute[Any], var: str, ns: dict[str, Any], calls: list[str]
) -> list[str]:
    """Statements that do to ``var`` what ``__init__`` does: convert it, then validate it.

    A validator that cannot be written out is called once the object is built: its call is
    appended to ``calls``.
    """
    lines = []
    if field.converter is not None:
        lines.append(f"    {var} = {_name('c', field.converter, ns)}({var})")
    if field.validator is not None:
        refusal = _refusal(field.validator, var, ns)
        if refusal is not None:
            lines.append(f"    if {refusal}: raise _Reject")
        else:
            validator = _name("v", field.validator, ns)
            calls.append(f"    {validator}(obj, {_name('a', field, ns)}, {var})")
    return lines


def _reject_always(_: Any, __: Limits) -> Any:  # noqa: ANN401
    raise _Reject
