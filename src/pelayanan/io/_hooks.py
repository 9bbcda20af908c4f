"""The library's one private cattrs converter (in a fast and a detailed variant) and its error walk.

The canonical JSON shape is documented in ``docs/reference/json.md``. In short:

* attrs classes become objects with their field names as keys; fields equal to their default are
  omitted; ``tuple`` fields become lists;
* enumerations are their ASCII values; dates are ``YYYY-MM-DD``; timestamps are ISO 8601 with a UTC
  offset (naive timestamps are refused); times of day are ``HH:MM``;
* money (:class:`~decimal.Decimal`) is a string such as ``"15000"`` so that no amount is rounded;
  numbers and numeric strings are accepted when loading;
* exact ratios (:class:`~fractions.Fraction`, e.g. an NRR) are strings such as ``"211/60"`` or
  ``"4"``; whole numbers, decimals and numeric strings are accepted when loading;
* mappings (a respondent's answers by element code) are objects; their keys are strings;
* an instrument of the built-in catalogue is written as its key (``"uu-25-2009"``); any other
  instrument as an object. The same holds for a built-in SKM questionnaire version
  (``"permenpan-rb-14-2017"``). A citation may also be given as text (``"UU 25/2009 Pasal 21 huruf j"``).

Loading is strict: a value of the wrong type is an error, never silently converted, and unknown keys
are errors (with a "did you mean" hint), because a misspelt component name would otherwise vanish.

Two converters share the same hooks: the *fast* one (no detailed validation) is tried first; when it
fails, the *detailed* one runs again to locate every problem. :func:`salvage` goes further and
removes each invalid part, so that everything valid in a document still loads.
"""

from __future__ import annotations

import datetime as dt
import decimal
import difflib
import enum
import functools
import types
import typing
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    IterableValidationError,
    IterableValidationNote,
)

from .._base.errors import UnknownInstrumentError
from .._base.labels import LabelledEnum
from .._base.validators import InvalidValueError
from ..law import CATALOGUE, Citation, Instrument
from ..participation.surveys import QUESTIONNAIRES, QuestionnaireVersion
from ..time.durations import Duration
from .limits import LimitError, _current

__all__ = [
    "DETAILED",
    "FAST",
    "FieldLimitError",
    "OutOfLimits",
    "Path",
    "TypeMismatchError",
    "check_duration",
    "shown",
    "unstructure",
]

T = TypeVar("T")

Path = tuple[str | int, ...]
"""A location in JSON data: object keys and list indices from the root."""


class TypeMismatchError(TypeError):
    """A JSON value of the wrong type for the field it is in."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"expected {expected}, got {describe(value)}")


class FieldLimitError(InvalidValueError, LimitError):
    """A field of a built object beyond the limits (located at the field, like an invariant)."""


class OutOfLimits:
    """What the JSON parser puts in place of a number beyond the limits (reported when loading)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def shown(value: str, width: int = 60) -> str:
    """``repr(value)``, shortened to about ``width`` characters for an error message."""
    if len(value) <= width:
        return repr(value)
    return repr(value[: width - 3]) + f"... ({len(value):,} characters)"


def _close_match(value: str, candidates: list[str]) -> str:
    """A "did you mean" hint for a short misspelling, or nothing."""
    if len(value) > 100:  # no one misspells a key as a paragraph; spare difflib the work
        return ""
    close = difflib.get_close_matches(value, candidates, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def describe(value: object) -> str:
    """Name a JSON value for an error message without printing all of it."""
    kind = {
        type(None): "null",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        decimal.Decimal: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
        OutOfLimits: "a number beyond the input limits",
    }.get(type(value), type(value).__name__)
    if isinstance(value, (bool, int, float, decimal.Decimal, str)):
        shown = repr(value) if not isinstance(value, decimal.Decimal) else str(value)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        return f"{kind} ({shown})" if not isinstance(value, bool) else f"{kind} ({shown.lower()})"
    return kind


# --- primitive hooks (strict: no silent conversion) ------------------------------------------------


def _structure_str(value: object, _: type) -> str:
    if value.__class__ is str and value.isascii():
        return value
    if not isinstance(value, str):
        raise TypeMismatchError("a string", value)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            msg = f"text {describe(value)} holds an unpaired surrogate, which is not valid Unicode"
            raise ValueError(msg) from None
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool):
        raise TypeMismatchError("a whole number", value)
    limits = _current.get()
    if isinstance(value, int):
        limits.check_integer(value)
        return value
    # 5.0 (or Decimal("5.0") from our JSON parser) is accepted as 5: rejecting a valid value is
    # worse than accepting an unusual spelling of it.
    if isinstance(value, float) and value.is_integer():
        value = decimal.Decimal(value)
    if (
        isinstance(value, decimal.Decimal)
        and value.is_finite()
        and value == value.to_integral_value()
    ):
        # Checked before int(), which for 1e999999999 would run for minutes.
        if value and value.adjusted() >= len(str(limits.max_integer)):
            msg = f"a whole number of {value.adjusted() + 1:,} digits; the limit is "
            raise LimitError(msg + f"{limits.max_integer:,}")
        result = int(value)
        limits.check_integer(result)
        return result
    raise TypeMismatchError("a whole number", value)


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeMismatchError("true or false", value)
    return value


def _structure_decimal(value: object, _: type) -> decimal.Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, decimal.Decimal, str)):
        raise TypeMismatchError("an amount (a number or a numeric string)", value)
    limits = _current.get()
    if isinstance(value, str):
        limits.check_number_text(value)
    try:
        result = decimal.Decimal(str(value) if isinstance(value, float) else value)
    except decimal.InvalidOperation:
        raise TypeMismatchError("an amount (a number or a numeric string)", value) from None
    if not result.is_finite():
        raise TypeMismatchError("a finite amount", value)
    problem = limits.number_problem(result)
    if problem is not None:
        raise LimitError(problem)
    return result


def _unstructure_decimal(value: decimal.Decimal) -> str:
    return str(value)


def _structure_fraction(value: object, _: type) -> Fraction:
    expected = "an exact number (a number, or text such as '211/60')"
    if isinstance(value, Fraction):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float, decimal.Decimal, str)):
        raise TypeMismatchError(expected, value)
    limits = _current.get()
    if isinstance(value, str):
        limits.check_number_text(value)  # Fraction("1e999999999") would take minutes
    elif isinstance(value, int):
        limits.check_integer(value)
    if isinstance(value, decimal.Decimal | float):
        number = decimal.Decimal(repr(value) if isinstance(value, float) else value)
        if not number.is_finite():
            raise TypeMismatchError(expected, value)
        problem = limits.number_problem(number)
        if problem is not None:
            raise LimitError(problem)
    try:
        return Fraction(str(value) if isinstance(value, float) else value)
    except (ValueError, ZeroDivisionError):
        raise TypeMismatchError(expected, value) from None


def _unstructure_fraction(value: Fraction) -> str:
    return str(value)


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str):
        raise TypeMismatchError("a date (YYYY-MM-DD)", value)
    try:
        result = dt.date.fromisoformat(value)
    except ValueError:
        raise TypeMismatchError("a date (YYYY-MM-DD)", value) from None
    _current.get().check_year(result.year)
    return result


def _structure_datetime(value: object, _: type) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeMismatchError("a timestamp (ISO 8601 with a UTC offset)", value)
    try:
        result = dt.datetime.fromisoformat(value)
    except ValueError:
        raise TypeMismatchError("a timestamp (ISO 8601 with a UTC offset)", value) from None
    if result.utcoffset() is None:
        msg = f"timestamp {shown(value)} has no UTC offset; add one, e.g. +07:00 for WIB"
        raise ValueError(msg)
    _current.get().check_year(result.year, "timestamp")
    return result


def _structure_time(value: object, _: type) -> dt.time:
    if not isinstance(value, str):
        raise TypeMismatchError("a time of day (HH:MM)", value)
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise TypeMismatchError("a time of day (HH:MM)", value) from None


def _unstructure_time(value: dt.time) -> str:
    exact = value.second or value.microsecond
    return value.isoformat() if exact else value.isoformat(timespec="minutes")


@functools.cache
def _enum_values(cls: type[enum.Enum]) -> tuple[dict[object, enum.Enum], str]:
    by_value = {m.value: m for m in cls}
    return by_value, ", ".join(str(v) for v in by_value)


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    by_value, allowed = _enum_values(cls)
    if isinstance(value, str):
        member = by_value.get(value)
        if member is not None:
            return member
        hint = _close_match(value, [str(v) for v in by_value])
        msg = f"{shown(value)} is not one of: {allowed}{hint}"
        raise ValueError(msg)
    expected = f"one of: {allowed}"
    raise TypeMismatchError(expected, value)


def _is_optional(cls: object) -> bool:
    args = typing.get_args(cls)
    return (
        typing.get_origin(cls) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, type], object]]:
    """``X | None`` with the hook for ``X`` looked up once, not on every value."""

    def factory(cls: Any) -> Callable[[object, type], object]:  # noqa: ANN401
        inner = next(a for a in typing.get_args(cls) if a is not type(None))
        handler = converter.get_structure_hook(inner)

        def structure(value: object, _: type) -> object:
            return None if value is None else handler(value, inner)

        return structure

    return factory


def _union_members(cls: object) -> frozenset[object]:
    if typing.get_origin(cls) in (typing.Union, types.UnionType):
        return frozenset(typing.get_args(cls))
    return frozenset()


def _is_key(cls: object) -> bool:
    """``str | int``: a step of a JSON path, an object key or a list index."""
    return _union_members(cls) == {str, int}


def _structure_key(value: object, _: type) -> str | int:
    if isinstance(value, str):
        return _structure_str(value, str)
    if isinstance(value, int) and not isinstance(value, bool):
        return _structure_int(value, int)
    raise TypeMismatchError("an object key or a list index", value)


def _is_day_or_moment(cls: object) -> bool:
    """``date | datetime`` (possibly ``| None``): a due date, or a due time for hour limits."""
    return _union_members(cls) - {type(None)} == {dt.date, dt.datetime}


def _structure_day_or_moment(value: object, cls: type) -> dt.date | dt.datetime | None:
    if value is None and type(None) in typing.get_args(cls):
        return None
    if isinstance(value, str) and len(value) <= 10:  # YYYY-MM-DD; a timestamp is longer
        return _structure_date(value, dt.date)
    if isinstance(value, str):
        return _structure_datetime(value, dt.datetime)
    raise TypeMismatchError("a date (YYYY-MM-DD) or a timestamp (ISO 8601)", value)


def _is_variadic_tuple(cls: object) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


DROPPED: Final = object()
"""Marks a list item that :func:`salvage` removed; skipped when structuring so indices stay put."""


def _tuple_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, type], tuple[Any, ...]]]:
    detailed = converter.detailed_validation

    def factory(cls: Any) -> Callable[[object, type], tuple[Any, ...]]:  # noqa: ANN401
        inner = typing.get_args(cls)[0]
        handler = converter.get_structure_hook(inner)

        def structure(value: object, _: type) -> tuple[Any, ...]:
            if not isinstance(value, (list, tuple)):
                raise TypeMismatchError("a list", value)
            if not detailed:  # salvage's DROPPED markers only ever reach the detailed converter
                return tuple([handler(v, inner) for v in value])
            result, errors = [], []
            for index, item in enumerate(value):
                if item is DROPPED:
                    continue
                try:
                    result.append(handler(item, inner))
                except Exception as exc:  # noqa: BLE001  (collected and re-raised as a group)
                    exc.add_note(IterableValidationNote(f"@ index {index}", index, inner))
                    # Only the message and the notes are read; the frames of a traceback would
                    # keep every item's locals alive (16,000 bad items: seconds of GC).
                    errors.append(exc.with_traceback(None))
            if errors:
                msg = f"While structuring {cls!r}"
                raise IterableValidationError(msg, errors, cls)
            return tuple(result)

        return structure

    return factory


def _is_set(cls: object) -> bool:
    return typing.get_origin(cls) in (frozenset, set) or cls in (frozenset, set)


def _set_unstructure_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[Any], list[Any]]]:
    """Sets as JSON lists, in a fixed order (so that the same set is always the same text)."""

    def factory(cls: Any) -> Callable[[Any], list[Any]]:  # noqa: ANN401
        args = typing.get_args(cls)
        item = converter.get_unstructure_hook(args[0]) if args else converter.unstructure

        def unstructure(value: Any) -> list[Any]:  # noqa: ANN401
            return sorted((item(v) for v in value), key=repr)

        return unstructure

    return factory


def _is_mapping(cls: object) -> bool:
    origin = typing.get_origin(cls)
    return origin in (dict, Mapping) and len(typing.get_args(cls)) == 2


def _mapping_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, type], dict[Any, Any]]]:
    """Mappings from JSON objects: a non-object is a type error, and every bad value is located."""
    detailed = converter.detailed_validation

    def factory(cls: Any) -> Callable[[object, type], dict[Any, Any]]:  # noqa: ANN401
        key_type, value_type = typing.get_args(cls)
        key_handler = converter.get_structure_hook(key_type)
        value_handler = converter.get_structure_hook(value_type)

        def structure(value: object, _: type) -> dict[Any, Any]:
            if not isinstance(value, Mapping):
                raise TypeMismatchError("an object", value)
            if not detailed:
                return {
                    key_handler(k, key_type): value_handler(v, value_type) for k, v in value.items()
                }
            result, errors = {}, []
            for key, item in value.items():
                try:
                    result[key_handler(key, key_type)] = value_handler(item, value_type)
                except Exception as exc:  # noqa: BLE001  (collected and re-raised as a group)
                    exc.add_note(IterableValidationNote(f"@ key {key!r}", key, value_type))
                    errors.append(exc.with_traceback(None))
            if errors:
                msg = f"While structuring {cls!r}"
                raise IterableValidationError(msg, errors, cls)
            return result

        return structure

    return factory


# --- instruments, citations and questionnaires -----------------------------------------------------


K = TypeVar("K")


def _keyed_hooks(
    converter: cattrs.Converter, cls: type[K], table: Mapping[str, K], what: str
) -> tuple[Callable[[object, type], K], Callable[[K], object]]:
    """Hooks for a class with built-in instances (the catalogue, the questionnaires).

    A built-in instance is written as its key (``"uu-25-2009"``); any other as an object. Loading
    accepts either, and an unknown key is refused with a "did you mean" hint.
    """
    generated_structure = cattrs.gen.make_dict_structure_fn(cls, converter)
    generated_unstructure = cattrs.gen.make_dict_unstructure_fn(
        cls, converter, _cattrs_omit_if_default=True
    )

    def structure(value: object, _: type) -> K:
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            found = table.get(value)
            if found is not None:
                return found
            hint = _close_match(value, list(table))
            msg = f"{shown(value)} is not the key of a built-in {what}{hint}"
            raise ValueError(msg)
        if isinstance(value, Mapping):
            return generated_structure(value, cls)
        expected = f"a {what} key or a {what} object"
        raise TypeMismatchError(expected, value)

    def unstructure(value: K) -> object:
        key = value.key  # type: ignore[attr-defined]
        if table.get(key) == value:
            return key
        return generated_unstructure(value)

    return structure, unstructure


def _citation_hook(converter: cattrs.Converter) -> Callable[[object, type], Citation]:
    generated = cattrs.gen.make_dict_structure_fn(Citation, converter)

    def structure(value: object, _: type) -> Citation:
        if isinstance(value, str):
            try:
                return Citation.parse(value)
            except (UnknownInstrumentError, ValueError) as exc:
                raise ValueError(str(exc)) from None
        if isinstance(value, Mapping):
            return generated(value, Citation)
        raise TypeMismatchError("a citation (text or object)", value)

    return structure


def _duration_hook(converter: cattrs.Converter) -> Callable[[object, type], Duration]:
    generated = cattrs.gen.make_dict_structure_fn(Duration, converter)

    def structure(value: object, _: type) -> Duration:
        if not isinstance(value, Mapping):
            raise TypeMismatchError("an object", value)
        result = generated(value, Duration)
        check_duration(result)
        return result

    return structure


def check_duration(duration: Duration) -> Duration:
    """Refuse a time limit above the amount the limits allow (at its ``amount`` field)."""
    try:
        _current.get().check_duration(duration.amount)
    except LimitError as exc:
        raise FieldLimitError("amount", str(exc)) from None
    return duration


def _attrs_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, type], object]]:
    """Model classes from JSON objects; anything else is a type error, not a cattrs message."""

    def factory(cls: Any) -> Callable[[object, type], object]:  # noqa: ANN401
        generated = converter.gen_structure_attrs_fromdict(cls)

        def structure(value: object, _: type) -> object:
            if not isinstance(value, Mapping):
                raise TypeMismatchError("an object", value)
            return generated(value, cls)

        return structure

    return factory


# --- the converters --------------------------------------------------------------------------------


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    converter = cattrs.Converter(
        omit_if_default=True, forbid_extra_keys=True, detailed_validation=detailed
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(decimal.Decimal, _structure_decimal)
    converter.register_unstructure_hook(decimal.Decimal, _unstructure_decimal)
    converter.register_structure_hook(Fraction, _structure_fraction)
    converter.register_unstructure_hook(Fraction, _unstructure_fraction)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.datetime, _structure_datetime)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_structure_hook(dt.time, _structure_time)
    converter.register_unstructure_hook(dt.time, _unstructure_time)
    # Registered on the base class, not as a predicate, so that it wins over cattrs' own enum
    # hook in every supported cattrs version.
    converter.register_structure_hook(LabelledEnum, _structure_enum)
    converter.register_structure_hook_factory(attrs.has, _attrs_hook_factory(converter))
    converter.register_structure_hook_factory(_is_variadic_tuple, _tuple_hook_factory(converter))
    converter.register_structure_hook_factory(_is_optional, _optional_hook_factory(converter))
    converter.register_structure_hook_factory(_is_mapping, _mapping_hook_factory(converter))
    converter.register_unstructure_hook_factory(_is_set, _set_unstructure_factory(converter))
    converter.register_structure_hook_func(_is_key, _structure_key)
    converter.register_structure_hook_func(_is_day_or_moment, _structure_day_or_moment)
    structure_instrument, unstructure_instrument = _keyed_hooks(
        converter, Instrument, CATALOGUE, "instrument"
    )
    converter.register_structure_hook(Instrument, structure_instrument)
    converter.register_unstructure_hook(Instrument, unstructure_instrument)
    converter.register_structure_hook(Citation, _citation_hook(converter))
    converter.register_structure_hook(Duration, _duration_hook(converter))
    structure_questionnaire, unstructure_questionnaire = _keyed_hooks(
        converter, QuestionnaireVersion, QUESTIONNAIRES, "questionnaire"
    )
    converter.register_structure_hook(QuestionnaireVersion, structure_questionnaire)
    converter.register_unstructure_hook(QuestionnaireVersion, unstructure_questionnaire)
    return converter


FAST: Final = _make_converter(detailed=False)
DETAILED: Final = _make_converter(detailed=True)


def unstructure(value: object) -> Any:  # noqa: ANN401  (JSON-like data)
    """Turn a model object into JSON-like data (dicts, lists, strings, numbers, booleans)."""
    return FAST.unstructure(value)
