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
import json
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import override
from cattrs.gen._consts import AttributeOverride

from .._base.errors import PelayananError, UnknownInstrumentError
from .._base.labels import Label, LabelledEnum, Lang
from .._base.validators import InvalidValueError
from ..law import CATALOGUE, Citation, Instrument
from ..model.records import Establishment
from ..model.standards import (
    ComplaintHandling,
    ExecutorCount,
    Fee,
    Guarantee,
    InternalSupervision,
    PerformanceEvaluation,
    Procedure,
    ProcedureStep,
    ServiceHours,
    TimeLimit,
    TimeLimitForm,
)
from ..participation.surveys import QUESTIONNAIRES, QuestionnaireVersion
from ..time.durations import UNIT_WORDS, Duration, DurationUnit
from .limits import LimitError, _current
from .text import (
    parse_citations,
    parse_contacts,
    parse_executor_count,
    parse_fee,
    parse_service_hours,
    parse_time_limit,
    split_items,
)

__all__ = [
    "DETAILED",
    "FAST",
    "FieldLimitError",
    "OutOfLimits",
    "Path",
    "ReadableError",
    "TypeMismatchError",
    "check_duration",
    "layout",
    "shown",
    "unstructure",
]

T = TypeVar("T")

Path = tuple[str | int, ...]
"""A location in JSON data: object keys and list indices from the root."""


class ReadableError(ValueError):
    """A value that does not load, said in Indonesian and English (:attr:`label`)."""

    def __init__(self, label: Label) -> None:
        super().__init__(label.en)
        self.label = label
        """The message in both languages."""


class TypeMismatchError(TypeError):
    """A JSON value of the wrong type for the field it is in.

    ``expected`` names the shape wanted (in both languages); ``suggestion`` says, when the value
    is a text that could be read, what it would become.
    """

    def __init__(
        self, expected: Label | str, value: object, suggestion: Label | None = None
    ) -> None:
        wanted = expected if isinstance(expected, Label) else Label(expected, expected)
        id_ = f"seharusnya {wanted.id}, tetapi berisi {describe(value, 'id')}"
        en = f"expected {wanted.en}, got {describe(value)}"
        if suggestion is not None:
            id_, en = f"{id_}; {suggestion.id}", f"{en}; {suggestion.en}"
        super().__init__(en)
        self.label = Label(id_, en)
        """The message in both languages."""


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


def _close(value: str, candidates: list[str], cutoff: float = 0.6) -> list[str]:
    """A near spelling of ``value`` among ``candidates``; none for a long text (difflib is slow)."""
    if len(value) > 100:  # no one misspells a key as a paragraph; spare difflib the work
        return []
    return difflib.get_close_matches(value, candidates, n=1, cutoff=cutoff)


_KINDS_OF_VALUE: Final = {
    type(None): Label("null", "null"),
    bool: Label("nilai benar/salah", "a boolean"),
    int: Label("angka", "a number"),
    float: Label("angka", "a number"),
    decimal.Decimal: Label("angka", "a number"),
    str: Label("teks", "a string"),
    list: Label("daftar", "a list"),
    dict: Label("objek", "an object"),
    OutOfLimits: Label("angka di luar batas masukan", "a number beyond the input limits"),
}


def describe(value: object, lang: Lang = "en") -> str:
    """Name a JSON value for an error message without printing all of it.

    >>> describe("Gratis"), describe("Gratis", "id"), describe([1, 2], "id")
    ("a string ('Gratis')", "teks ('Gratis')", 'daftar')
    """
    found = _KINDS_OF_VALUE.get(type(value))
    kind = found.text(lang) if found is not None else type(value).__name__
    if isinstance(value, (bool, int, float, decimal.Decimal, str)):
        shown = repr(value) if not isinstance(value, decimal.Decimal) else str(value)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        return f"{kind} ({shown})" if not isinstance(value, bool) else f"{kind} ({shown.lower()})"
    return kind


def _said(en: str, id_: str) -> Label:
    return Label(id_, en)


_A_STRING: Final = _said("a string", "teks")
_A_WHOLE_NUMBER: Final = _said("a whole number", "bilangan bulat")
_TRUE_OR_FALSE: Final = _said("true or false", "true atau false")
_AN_AMOUNT: Final = _said(
    "an amount (a number or a numeric string)", "nominal (angka atau teks angka)"
)
_A_FINITE_AMOUNT: Final = _said("a finite amount", "nominal yang terhingga")
_AN_EXACT_NUMBER: Final = _said(
    "an exact number (a number, or text such as '211/60')",
    "bilangan eksak (angka, atau teks seperti '211/60')",
)
_A_DATE: Final = _said("a date (YYYY-MM-DD)", "tanggal (YYYY-MM-DD)")
_A_TIMESTAMP: Final = _said(
    "a timestamp (ISO 8601 with a UTC offset)", "waktu (ISO 8601 dengan selisih UTC)"
)
_A_TIME: Final = _said("a time of day (HH:MM)", "jam (HH:MM)")
_A_LIST: Final = _said("a list", "daftar")
_AN_OBJECT: Final = _said("an object", "objek")


# --- primitive hooks (strict: no silent conversion) ------------------------------------------------


def _structure_str(value: object, _: type) -> str:
    if value.__class__ is str and value.isascii():
        return value
    if not isinstance(value, str):
        raise TypeMismatchError(_A_STRING, value)
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ReadableError(
                _said(
                    f"text {describe(value)} holds an unpaired surrogate, which is not valid"
                    " Unicode",
                    f"{describe(value, 'id')} memuat surrogate tanpa pasangan, bukan Unicode yang"
                    " sah",
                )
            ) from None
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool):
        raise TypeMismatchError(_A_WHOLE_NUMBER, value)
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
    raise TypeMismatchError(_A_WHOLE_NUMBER, value)


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeMismatchError(_TRUE_OR_FALSE, value)
    return value


def _structure_decimal(value: object, _: type) -> decimal.Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, decimal.Decimal, str)):
        raise TypeMismatchError(_AN_AMOUNT, value)
    limits = _current.get()
    if isinstance(value, str):
        limits.check_number_text(value)
    try:
        result = decimal.Decimal(str(value) if isinstance(value, float) else value)
    except decimal.InvalidOperation:
        raise TypeMismatchError(_AN_AMOUNT, value) from None
    if not result.is_finite():
        raise TypeMismatchError(_A_FINITE_AMOUNT, value)
    problem = limits.number_problem(result)
    if problem is not None:
        raise LimitError(problem)
    return result


def _unstructure_decimal(value: decimal.Decimal) -> str:
    return str(value)


def _structure_fraction(value: object, _: type) -> Fraction:
    expected = _AN_EXACT_NUMBER
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
        raise TypeMismatchError(_A_DATE, value)
    try:
        result = dt.date.fromisoformat(value)
    except ValueError:
        raise TypeMismatchError(_A_DATE, value) from None
    _current.get().check_year(result.year)
    return result


def _structure_datetime(value: object, _: type) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeMismatchError(_A_TIMESTAMP, value)
    try:
        result = dt.datetime.fromisoformat(value)
    except ValueError:
        raise TypeMismatchError(_A_TIMESTAMP, value) from None
    if result.utcoffset() is None:
        raise ReadableError(
            _said(
                f"timestamp {shown(value)} has no UTC offset; add one, e.g. +07:00 for WIB",
                f"waktu {shown(value)} tidak menyebut selisih UTC; tambahkan, misalnya +07:00 "
                "untuk WIB",
            )
        )
    _current.get().check_year(result.year, "timestamp")
    return result


def _structure_time(value: object, _: type) -> dt.time:
    if not isinstance(value, str):
        raise TypeMismatchError(_A_TIME, value)
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise TypeMismatchError(_A_TIME, value) from None


def _unstructure_time(value: dt.time) -> str:
    exact = value.second or value.microsecond
    return value.isoformat() if exact else value.isoformat(timespec="minutes")


@functools.cache
def _enum_values(cls: type[enum.Enum]) -> tuple[dict[object, enum.Enum], str]:
    by_value = {m.value: m for m in cls}
    return by_value, ", ".join(str(v) for v in by_value)


def _written_as(value: str, cls: type[enum.Enum]) -> str | None:
    """The value ``value`` means when it is a label or a word for a member (``"minggu"``: weeks)."""
    words = " ".join(value.lower().replace("_", " ").replace("-", " ").split())
    if cls is DurationUnit and words in UNIT_WORDS:
        return UNIT_WORDS[words].value
    for member in cls:
        label = member.label if isinstance(member, LabelledEnum) else None
        names = {str(member.value).replace("_", " ")}
        if label is not None:
            names |= {label.id.lower(), label.en.lower()}
        if words in names:
            return str(member.value)
    return None


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    by_value, allowed = _enum_values(cls)
    if isinstance(value, str):
        member = by_value.get(value)
        if member is not None:
            return member
        id_ = f"{value!r} bukan salah satu dari: {allowed}"
        en = f"{value!r} is not one of: {allowed}"
        meant = _written_as(value, cls)
        # Only a near-identical spelling is suggested: a suggestion must never change the
        # meaning of a value ("minggu" is a week, not "minutes").
        close = _close(value, [str(v) for v in by_value], cutoff=0.85)
        if meant is not None:
            id_, en = f"{id_}; {value!r} ditulis {meant!r}", f"{en}; {value!r} is written {meant!r}"
        elif close:
            id_, en = f"{id_}; maksudnya {close[0]!r}?", f"{en}; did you mean {close[0]!r}?"
        raise ReadableError(Label(id_, en))
    raise TypeMismatchError(Label(f"salah satu dari: {allowed}", f"one of: {allowed}"), value)


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
                raise TypeMismatchError(_A_LIST, value, _list_suggestion(inner, value))
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
                raise TypeMismatchError(_AN_OBJECT, value)
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
    converter: cattrs.Converter, cls: type[K], table: Mapping[str, K], what: Label
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
            close = _close(value, list(table))
            hint_en = f"; did you mean {close[0]!r}?" if close else ""
            hint_id = f"; maksudnya {close[0]!r}?" if close else ""
            raise ReadableError(
                Label(
                    f"{value!r} bukan kunci {what.id} bawaan{hint_id}",
                    f"{value!r} is not the key of a built-in {what.en}{hint_en}",
                )
            )
        if isinstance(value, Mapping):
            return generated_structure(value, cls)
        expected = Label(
            f"kunci {what.id} bawaan atau objek {what.id}", f"a {what.en} key or a {what.en} object"
        )
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
            except (UnknownInstrumentError, PelayananError):
                raise ReadableError(_citation_not_read(value)) from None
        if isinstance(value, Mapping):
            return generated(value, Citation)
        raise TypeMismatchError(
            _said("a citation (text or object)", "kutipan (teks atau objek)"), value
        )

    return structure


def _citation_not_read(text: str) -> Label:
    """Why a citation written as text did not load, and the object it would be written as."""
    id_ = (
        f"{text!r} bukan kutipan peraturan dalam katalog bawaan (tulis 'UU 25/2009 Pasal 21 huruf"
        " j'); peraturan lain ditulis sebagai objek"
    )
    en = (
        f"{text!r} is not a citation of a catalogue instrument (write 'UU 25/2009 Pasal 21 huruf"
        " j'); write any other instrument as an object"
    )
    found = parse_citations(text)
    if len(found) == 1:
        shown = _json(found[0])
        return Label(f"{id_}: {shown}", f"{en}: {shown}")
    return Label(id_, en)


def _json(value: object) -> str:
    return json.dumps(FAST.unstructure(value), ensure_ascii=False)


# --- objects: a value of another shape is said so, with what a text would become -------------------

_SHAPES: Final[Mapping[type, Label]] = {
    Fee: _said(
        'a fee object, e.g. {"amount": "0"} for a free service',
        'objek biaya, misalnya {"amount": "0"} untuk layanan gratis',
    ),
    TimeLimit: _said(
        'a time-limit object, e.g. {"duration": {"amount": 5, "unit": "working_days"}}',
        'objek jangka waktu, misalnya {"duration": {"amount": 5, "unit": "working_days"}}',
    ),
    Duration: _said(
        'a duration object, e.g. {"amount": 5, "unit": "working_days"}',
        'objek durasi, misalnya {"amount": 5, "unit": "working_days"}',
    ),
}


def _duration_from(text: str) -> Duration | None:
    try:
        return Duration.parse(text)
    except PelayananError:
        return None


def _decree_from(text: str) -> Establishment:
    number = re.search(r"(?:nomor|no\.?)\s*:?\s*(\S+(?:\s+tahun\s+\d{4})?)", text, re.IGNORECASE)
    return Establishment(number[1] if number else "", as_written=text)


def _channels_from(text: str) -> ComplaintHandling | None:
    channels = parse_contacts(text)
    return ComplaintHandling(channels) if channels else None


def _steps_from(text: str) -> Procedure:
    return Procedure(tuple(ProcedureStep(item.text) for item in split_items(text)))


def _time_limit_from(text: str) -> TimeLimit | None:
    limit = parse_time_limit(text)
    return limit if limit.form is not TimeLimitForm.NOT_READ else None


def _executors_from(text: str) -> ExecutorCount | None:
    count = parse_executor_count(text)
    return count if count.count is not None else None


_READERS: Final[Mapping[type, Callable[[str], object]]] = {
    Fee: parse_fee,
    TimeLimit: _time_limit_from,
    Duration: _duration_from,
    ExecutorCount: _executors_from,
    ComplaintHandling: _channels_from,
    Establishment: _decree_from,
    Procedure: _steps_from,
    ServiceHours: parse_service_hours,
    Guarantee: Guarantee,
    InternalSupervision: InternalSupervision,
    PerformanceEvaluation: PerformanceEvaluation,
}
"""How a text given where an object is expected would be read, to say so in the message."""


def _as_object(cls: type, text: str) -> object | None:
    """The value ``text`` would be as ``cls``, if it can be read as one."""
    reader = _READERS.get(cls)
    if reader is None:
        fields = attrs.fields(cls) if attrs.has(cls) else ()
        if not fields or fields[0].type not in (str, "str"):
            return None
        reader = cls
    try:
        return reader(text)
    except (PelayananError, ValueError, TypeError):
        return None


def _would_be(data: object) -> Label:
    shown = json.dumps(data, ensure_ascii=False)
    return Label(f"teks ini akan ditulis {shown}", f"the text would be written {shown}")


def _read_as(cls: type, text: str) -> Label | None:
    """What ``text`` would become as ``cls``, in both languages, if it can be read."""
    value = _as_object(cls, text)
    return None if value is None else _would_be(FAST.unstructure(value))


def _shape(cls: type) -> Label:
    known = _SHAPES.get(cls)
    if known is not None:
        return known
    fields = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING][:4]
    fields = fields or [f.name for f in attrs.fields(cls)][:3]
    listed = ", ".join(f'"{name}"' for name in fields)
    return _said(f"an object with {listed}", f"objek dengan {listed}")


def check_duration(duration: Duration) -> Duration:
    """Refuse a time limit above the amount the limits allow (at its ``amount`` field)."""
    try:
        _current.get().check_duration(duration.amount)
    except LimitError as exc:
        raise FieldLimitError("amount", str(exc)) from None
    return duration


POST_CHECKS: Final[Mapping[type[Any], Callable[[Any], Any]]] = {Duration: check_duration}
"""Checks run on a built object, by class (the compiled fast path runs them too)."""


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
    raise TypeMismatchError(_said("an object key or a list index", "kunci atau indeks"), value)


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
    raise TypeMismatchError(
        _said("a date (YYYY-MM-DD) or a timestamp (ISO 8601)", "tanggal atau waktu"), value
    )


def _object_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, type], object]]:
    """Model classes from JSON objects; any other value is said to be of the wrong shape."""

    def factory(cls: Any) -> Callable[[object, type], object]:  # noqa: ANN401
        generated = cattrs.gen.make_dict_structure_fn(cls, converter)

        def structure(value: object, _: type) -> object:
            if isinstance(value, cls):
                return value
            if not isinstance(value, Mapping):
                suggestion = _read_as(cls, value) if isinstance(value, str) else None
                raise TypeMismatchError(_shape(cls), value, suggestion)
            result = generated(value, cls)
            check = POST_CHECKS.get(cls)
            return check(result) if check is not None else result

        return structure

    return factory


def _list_suggestion(inner: object, value: object) -> Label | None:
    """For a text where a list is expected: the list it would be written as."""
    if not isinstance(value, str) or not isinstance(inner, type):
        return None
    if inner is Citation:
        citations = parse_citations(value)
        return _would_be([FAST.unstructure(c) for c in citations]) if citations else None
    values = [_as_object(inner, item.text) for item in split_items(value)]
    if not values or any(v is None for v in values):
        return None
    return _would_be([FAST.unstructure(v) for v in values])


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
    converter.register_structure_hook_factory(_is_variadic_tuple, _tuple_hook_factory(converter))
    converter.register_structure_hook_factory(_is_optional, _optional_hook_factory(converter))
    converter.register_structure_hook_factory(_is_mapping, _mapping_hook_factory(converter))
    converter.register_structure_hook_factory(attrs.has, _object_hook_factory(converter))
    converter.register_unstructure_hook_factory(_is_set, _set_unstructure_factory(converter))
    converter.register_structure_hook_func(_is_key, _structure_key)
    converter.register_structure_hook_func(_is_day_or_moment, _structure_day_or_moment)
    structure_instrument, unstructure_instrument = _keyed_hooks(
        converter, Instrument, CATALOGUE, Label("peraturan", "instrument")
    )
    converter.register_structure_hook(Instrument, structure_instrument)
    converter.register_unstructure_hook(Instrument, unstructure_instrument)
    converter.register_structure_hook(Citation, _citation_hook(converter))
    structure_questionnaire, unstructure_questionnaire = _keyed_hooks(
        converter, QuestionnaireVersion, QUESTIONNAIRES, Label("kuesioner", "questionnaire")
    )
    converter.register_structure_hook(QuestionnaireVersion, structure_questionnaire)
    converter.register_unstructure_hook(QuestionnaireVersion, unstructure_questionnaire)
    return converter


FAST: Final = _make_converter(detailed=False)
DETAILED: Final = _make_converter(detailed=True)


def unstructure(value: object) -> Any:  # noqa: ANN401  (JSON-like data)
    """Turn a model object into JSON-like data (dicts, lists, strings, numbers, booleans)."""
    return FAST.unstructure(value)


_PLAIN: Final = frozenset({str, int, bool, type(None)})
"""Values that are already JSON: a computed key's value of these types is written as it is."""


def layout(
    cls: type[T],
    converter: cattrs.Converter,
    keys: Sequence[str],
    *,
    computed: Mapping[str, Callable[[T], object]] | None = None,
    only_when: Mapping[str, Callable[[T], bool]] | None = None,
    overrides: Mapping[str, AttributeOverride] | None = None,
) -> Callable[[T], dict[str, Any]]:
    """An unstructure hook that writes ``cls`` as an object with ``keys``, in that order.

    For a class whose JSON is not its fields in field order (a validation report: keys in the
    order of its schema, properties such as its counts). It is declared, not written by hand:

    * a field's value is what cattrs generates for it on ``converter`` (the converter's hooks for
      dates, enumerations, nested classes). A field equal to its default is omitted, as in a
      document; ``overrides`` are those of :func:`cattrs.gen.make_dict_unstructure_fn`
      (``override(omit_if_default=False)`` always writes it, ``rename``, ``unstruct_hook``);
    * a key of ``computed`` is the converter's form of what its function reads from the object
      (a property, or a field written a second time under another name);
    * a key of ``only_when`` is written only for an object its test holds for;
    * a field whose key is not in ``keys`` is not written.
    """
    extra = dict(computed or {})
    written = set(keys) - set(extra)  # a computed key replaces the field of its name
    overrides = dict(overrides or {})
    fields: dict[str, Any] = {
        field.name: overrides.get(field.name, override(omit=True))
        for field in attrs.fields(typing.cast("type[attrs.AttrsInstance]", cls))
        if field.name in overrides or field.name not in written
    }
    generated = cattrs.gen.make_dict_unstructure_fn(
        cls, converter, _cattrs_omit_if_default=True, **fields
    )
    tests = dict(only_when or {})

    def unstructure(value: T) -> dict[str, Any]:
        data = generated(value)
        for key, read in extra.items():
            found = read(value)
            data[key] = found if type(found) in _PLAIN else converter.unstructure(found)
        return {
            key: data[key]
            for key in keys
            if key in data and (key not in tests or tests[key](value))
        }

    return unstructure
