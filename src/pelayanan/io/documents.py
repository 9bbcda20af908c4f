"""JSON documents: every top-level record carries a ``kind`` and converts losslessly to and from JSON.

A file holds one document or a list of documents. Documents refer to each other by ``id``
(a standard names its ``service_id``, a charter its ``unit_id`` and ``standard_ids``), so each can
stand alone.

>>> from pelayanan import Service, from_json, to_json
>>> from pelayanan.model.services import ServiceScope
>>> service = Service(
...     id="dinsos-dtks", name="Pendaftaran DTKS", provider_id="pemkot-jambi",
...     unit_id="dinsos", scope=ServiceScope.ADMINISTRATIVE,
... )
>>> print(to_json(service))
{
  "kind": "service",
  "id": "dinsos-dtks",
  "name": "Pendaftaran DTKS",
  "provider_id": "pemkot-jambi",
  "unit_id": "dinsos",
  "scope": "administrative"
}
>>> from_json(to_json(service)) == service
True

Loading bad data raises one :class:`~pelayanan.LoadError` that lists every problem with its JSON
Pointer:

>>> from_json('{"kind": "service", "id": "x", "name": 5, "scope": "jasa"}')
Traceback (most recent call last):
...
pelayanan.LoadError: 4 problems in the data:
  /name: expected a string, got a number (5)
  /provider_id: required field missing
  /scope: 'jasa' is not one of: public_goods, public_services, administrative
  /unit_id: required field missing
"""

from __future__ import annotations

import decimal
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, TypeAlias, TypeVar, overload

import attrs
import cattrs

from .._base.errors import LoadError
from .._base.labels import Label
from .._base.problems import Problem
from ..model.charters import ServiceCharter
from ..model.providers import Provider
from ..model.services import Service
from ..model.standards import ServiceStandard
from ..participation.complaints import Complaint
from ..participation.consultation import ConsultationForum
from ..participation.cycle import PolicyCycle
from ..participation.forms import CooperationAgreement, OversightBody, PolicyParticipation
from ..participation.surveys import SatisfactionSurvey
from . import _convert
from ._convert import OutOfLimits, Path, pointer
from ._hooks import DETAILED, FAST, TypeMismatchError, shown
from .limits import DEFAULT_LIMITS, Limits

__all__ = [
    "DOCUMENT_KINDS",
    "Document",
    "ParsedDocument",
    "from_dict",
    "from_json",
    "kind_of",
    "parse_document",
    "parse_documents",
    "to_dict",
    "to_json",
]

Document: TypeAlias = (
    Provider
    | Service
    | ServiceStandard
    | ServiceCharter
    | SatisfactionSurvey
    | Complaint
    | CooperationAgreement
    | OversightBody
    | PolicyParticipation
    | ConsultationForum
    | PolicyCycle
)
"""Any top-level document."""

DOCUMENT_KINDS: Final[Mapping[str, type[Document]]] = {
    "provider": Provider,
    "service": Service,
    "service_standard": ServiceStandard,
    "service_charter": ServiceCharter,
    "satisfaction_survey": SatisfactionSurvey,
    "consultation_forum": ConsultationForum,
    "complaint": Complaint,
    "cooperation_agreement": CooperationAgreement,
    "oversight_body": OversightBody,
    "policy_participation": PolicyParticipation,
    "policy_cycle": PolicyCycle,
}
"""The ``kind`` value of each document class."""

_KIND_OF: Final = {cls: kind for kind, cls in DOCUMENT_KINDS.items()}

T = TypeVar("T")


def kind_of(document: object) -> str:
    """The ``kind`` of a document object (``"service_standard"`` for a standard).

    >>> from pelayanan import ServiceCharter
    >>> kind_of(ServiceCharter(id="m", unit_id="u"))
    'service_charter'
    """
    try:
        return _KIND_OF[type(document)]  # type: ignore[index]
    except KeyError:
        msg = f"{type(document).__name__} is not a document kind"
        raise TypeError(msg) from None


def to_dict(value: object) -> dict[str, Any]:
    """JSON-ready data for a model object; documents get their ``kind`` first.

    Results are written by the same converter: a validation report (and one document's report,
    or one finding) as ``pelayanan validate --format json`` prints it, with the hooks the rules
    wing registers.
    """
    if not attrs.has(type(value)):
        msg = f"to_dict needs a pelayanan model object, not {type(value).__name__}"
        raise TypeError(msg)
    data: dict[str, Any] = _convert.unstructure(value)
    if type(value) in _KIND_OF:
        return {"kind": _KIND_OF[type(value)], **data}  # type: ignore[index]
    return data


def to_json(value: object | Sequence[object], *, indent: int | None = 2) -> str:
    """JSON text for a model object or a list of documents (UTF-8, not ASCII-escaped)."""
    if isinstance(value, Sequence) and not isinstance(value, str):
        data: object = [to_dict(v) for v in value]
    else:
        data = to_dict(value)
    return json.dumps(data, indent=indent, ensure_ascii=False)


def _document_class(data: Mapping[str, Any], base: Path) -> type[Document]:
    kind = data.get("kind")
    if kind is None:
        raise LoadError(
            [
                Problem(
                    pointer((*base, "kind")),
                    "required field missing",
                    "not_a_document",
                    "isian wajib tidak ada",
                )
            ]
        )
    cls = DOCUMENT_KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        allowed = ", ".join(DOCUMENT_KINDS)
        what = (
            shown(kind)
            if isinstance(kind, str)
            else repr(kind)
            if isinstance(kind, (int, float)) and len(str(kind)) <= 40
            else _convert.describe(kind)
        )
        raise LoadError(
            [
                Problem(
                    pointer((*base, "kind")),
                    f"{what} is not a document kind; use one of: {allowed}",
                    "not_a_document",
                    f"{kind!r} bukan jenis dokumen; gunakan salah satu dari: {allowed}",
                )
            ]
        )
    return cls


def _without_kind(data: Mapping[str, Any]) -> dict[str, Any]:
    stripped = dict(data)  # copied in C, in order: a third of a comprehension's time
    stripped.pop("kind", None)
    return stripped


@overload
def from_dict(data: object, *, limits: Limits = ...) -> Document: ...
@overload
def from_dict(data: object, cls: type[T], *, limits: Limits = ...) -> T: ...
def from_dict(
    data: object, cls: type[Any] | None = None, *, limits: Limits = DEFAULT_LIMITS
) -> Any:
    """Build a model object from JSON-like data.

    Without ``cls`` the data must be a document whose ``kind`` says what it is. With ``cls`` any
    model class can be loaded; a ``kind`` in the data must then match it. Raises
    :class:`~pelayanan.LoadError` listing every problem, including every value beyond
    ``limits`` (see :mod:`pelayanan.io.limits`).
    """
    return _from_dict(data, cls, (), limits, checked=False)


def _from_dict(
    data: object, cls: type[Any] | None, base: Path, limits: Limits, *, checked: bool
) -> Any:  # noqa: ANN401
    beyond = _scalar_beyond(data, base, limits)
    if beyond:  # a number or a text beyond the limits, in place of a document
        raise LoadError(beyond)
    if cls is not None and cls not in _KIND_OF:
        return _convert.structure(data, cls, base, limits, checked=checked)
    if not isinstance(data, Mapping):
        raise LoadError(
            [
                Problem(
                    pointer(base),
                    f"expected an object, got {_convert.describe(data)}",
                    "not_a_document",
                    f"seharusnya objek, tetapi berisi {_convert.describe(data, 'id')}",
                )
            ]
        )
    if cls is None or "kind" in data:
        found = _document_class(data, base)
        if cls is not None and found is not cls:
            expected = _KIND_OF[cls]
            raise LoadError(
                [
                    Problem(
                        pointer((*base, "kind")),
                        f"expected kind {expected!r}",
                        message_id=f"seharusnya jenis {expected!r}",
                    )
                ]
            )
        cls = found
    return _convert.structure(_without_kind(data), cls, base, limits, checked=checked)


def _scalar_beyond(data: object, base: Path, limits: Limits) -> list[Problem]:
    """The problem with a number or text beyond the limits where a document should be."""
    if isinstance(data, (Mapping, list)):
        return []
    return [
        Problem(pointer(base), message, "limit")
        for _, _, message in _convert.limit_problems(data, limits)
    ]


def _loads(text: str | bytes, limits: Limits = DEFAULT_LIMITS) -> object:
    """Parse JSON, keeping every number exact; raise :class:`LoadError` on unreadable input."""
    return _parse_json(text, limits)[0]


def _parse_json(text: str | bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[object, bool]:
    """Parse JSON text; also say whether the data is already known to be within ``limits``.

    Numbers that cannot be built within the limits (a 5,000-digit integer is refused by Python
    itself, ``1e999999999`` as a whole number takes minutes) are not: an :class:`OutOfLimits`
    marker takes their place, and loading reports it at its path; other whole numbers are
    checked where they are loaded. A text no longer than the longest string and list allowed
    cannot hold a string or a list beyond them: then (the second value is ``True``) loading looks
    no further at valid data, whose depth its type bounds. Raises :class:`LoadError` on
    unreadable input.
    """
    if len(text) > limits.max_text_bytes:
        message = f"a JSON text of {len(text):,} bytes; the limit is {limits.max_text_bytes:,}"
        raise LoadError([Problem("", message, "limit")])
    refused = False

    def parse_int(token: str) -> object:
        nonlocal refused
        digits = len(token) - token.startswith("-")
        if digits > limits.max_number_digits:
            refused = True
            return OutOfLimits(
                f"a number of {digits:,} digits; the limit is {limits.max_number_digits}"
            )
        return int(token)

    def parse_float(token: str) -> object:
        nonlocal refused
        if len(token) > 4 * limits.max_number_digits:  # digits, point and exponent
            refused = True
            return OutOfLimits(f"a number written with {len(token):,} characters")
        try:
            value = decimal.Decimal(token)
        except decimal.InvalidOperation:  # an exponent beyond what Decimal holds
            refused = True
            return OutOfLimits(f"a number written with an exponent of {len(token):,} characters")
        problem = limits.number_problem(value)
        if problem is not None:
            refused = True
            return OutOfLimits(problem)
        return value

    data = _parse(text, parse_int, parse_float)
    size = len(text)
    checked = not refused and size <= limits.max_string_length and size <= limits.max_list_length
    return data, checked


def _parse(
    text: str | bytes,
    parse_int: Callable[[str], object],
    parse_float: Callable[[str], object],
) -> object:
    """Parse JSON; whole numbers are Python's own, unless one has more digits than it allows.

    Python's parser makes whole numbers fastest; a number too large for it (more than 4,300
    digits) raises, and only then is the text parsed again with ``parse_int``, which puts a
    marker in its place. The loaders check every other whole number against the limits.
    """
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")
        try:
            return json.loads(text, parse_float=parse_float)
        except json.JSONDecodeError:
            raise
        except ValueError:  # a whole number with more digits than Python turns into an int
            return json.loads(text, parse_float=parse_float, parse_int=parse_int)
    except UnicodeDecodeError as exc:
        raise LoadError(
            [
                Problem(
                    "",
                    f"not UTF-8 text (byte {exc.start})",
                    "unreadable",
                    f"bukan teks UTF-8 (bita ke-{exc.start})",
                )
            ]
        ) from None
    except json.JSONDecodeError as exc:
        what = _json_error(exc.msg)
        raise LoadError(
            [
                Problem(
                    "",
                    f"not valid JSON: {what.en} at line {exc.lineno} column {exc.colno}",
                    "unreadable",
                    f"bukan JSON yang sah: {what.id} pada baris {exc.lineno} kolom {exc.colno}",
                )
            ]
        ) from None
    except RecursionError:
        raise LoadError(
            [
                Problem(
                    "",
                    "not readable: JSON nested too deeply",
                    "unreadable",
                    "tidak dapat dibaca: JSON bersarang terlalu dalam",
                )
            ]
        ) from None
    except ValueError:  # e.g. an integer with more digits than Python allows
        raise LoadError(
            [
                Problem(
                    "",
                    "not readable: a number has too many digits",
                    "unreadable",
                    "tidak dapat dibaca: sebuah angka terlalu banyak digitnya",
                )
            ]
        ) from None


_JSON_ERRORS: Final = {
    "Expecting value": Label("nilai diharapkan", "a value was expected"),
    "Expecting ',' delimiter": Label("tanda koma diharapkan", "a comma was expected"),
    "Expecting ':' delimiter": Label("tanda titik dua diharapkan", "a colon was expected"),
    "Expecting property name enclosed in double quotes": Label(
        "nama isian harus diapit tanda kutip ganda", "a field name in double quotes was expected"
    ),
    "Unterminated string starting at": Label("teks tidak ditutup", "a text is not closed"),
    "Extra data": Label("ada data lebih setelah akhir JSON", "there is more data after the JSON"),
    "Invalid control character at": Label(
        "karakter kendali tidak sah dalam teks", "an invalid control character in a text"
    ),
    "Invalid \\escape": Label("urutan escape tidak sah", "an invalid escape sequence"),
}


def _json_error(message: str) -> Label:
    """The JSON parser's message in words a reader can use, in both languages."""
    return _JSON_ERRORS.get(message, Label("susunan JSON salah", "the JSON is malformed"))


@overload
def from_json(text: str | bytes, *, limits: Limits = ...) -> Document | list[Document]: ...
@overload
def from_json(text: str | bytes, cls: type[T], *, limits: Limits = ...) -> T | list[T]: ...
def from_json(
    text: str | bytes, cls: type[Any] | None = None, *, limits: Limits = DEFAULT_LIMITS
) -> Any:
    """Load a document, or a list of documents, from JSON text.

    Raises :class:`~pelayanan.LoadError` listing every problem in every document, including every
    value beyond ``limits`` (see :mod:`pelayanan.io.limits`).
    """
    data, checked = _parse_json(text, limits)
    if isinstance(data, list):
        results: list[Any] = []
        problems: list[Problem] = []
        for index, item in enumerate(data):
            try:
                results.append(_from_dict(item, cls, (index,), limits, checked=checked))
            except LoadError as exc:
                problems.extend(exc.problems)
        if problems:
            raise LoadError(problems)
        return results
    return _from_dict(data, cls, (), limits, checked=checked)


# --- documents inside other values (a ParsedDocument's document) ------------------------------------


def _is_document_field(cls: object) -> bool:
    return cls == Document or cls == Document | None


def _document_field_hook(
    converter: cattrs.Converter,
) -> Callable[[object, type], Document | None]:
    def structure(value: object, cls: type) -> Document | None:
        if value is None and cls != Document:
            return None
        if not isinstance(value, Mapping):
            raise TypeMismatchError("a document object with its kind", value)
        try:
            found = _document_class(value, ())
        except LoadError as exc:
            raise ValueError(exc.problems[0].message) from None
        result: Document = converter.structure(_without_kind(value), found)
        return result

    return structure


def _unstructure_document_field(value: object) -> object:
    return None if value is None else to_dict(value)


for _converter in (FAST, DETAILED):
    _converter.register_structure_hook_func(_is_document_field, _document_field_hook(_converter))
    _converter.register_unstructure_hook_func(_is_document_field, _unstructure_document_field)


@attrs.frozen
class ParsedDocument:
    """What could be made of one document in a file: the object (if any) and the problems found.

    ``document`` is ``None`` when the data was too broken to build anything; otherwise it holds
    everything that was valid, with invalid parts left out (see :func:`parse_documents`).
    """

    path: Path
    """Where the document sits in the file: ``()`` for a lone document, ``(3,)`` for the 4th."""
    kind: str | None
    id: str | None
    document: Document | None
    problems: tuple[Problem, ...]


def parse_document(
    data: object, path: Path = (), *, limits: Limits = DEFAULT_LIMITS
) -> ParsedDocument:
    """Load one document, keeping whatever is valid (see :func:`parse_documents`).

    ``path`` is where the document sits in its file; problems are reported under it.
    """
    return _parse_document(data, path, limits, checked=False)


def _parse_document(data: object, path: Path, limits: Limits, *, checked: bool) -> ParsedDocument:
    base = path
    beyond = _scalar_beyond(data, base, limits)
    if beyond:
        return ParsedDocument(base, None, None, None, tuple(beyond))
    if not isinstance(data, Mapping):
        message = f"expected a document object, got {_convert.describe(data)}"
        message_id = f"seharusnya objek dokumen, tetapi berisi {_convert.describe(data, 'id')}"
        return ParsedDocument(
            base,
            None,
            None,
            None,
            (Problem(pointer(base), message, "not_a_document", message_id),),
        )
    raw_id = data.get("id")
    doc_id = raw_id if isinstance(raw_id, str) and len(raw_id) <= limits.max_string_length else None
    try:
        cls = _document_class(data, base)
    except LoadError as exc:
        return ParsedDocument(base, None, doc_id, None, exc.problems)
    document, problems = _convert.salvage(_without_kind(data), cls, base, limits, checked=checked)
    return ParsedDocument(base, _KIND_OF[cls], doc_id, document, tuple(problems))


def parse_documents(data: object, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[ParsedDocument]:
    """Load every document in parsed JSON data, keeping whatever is valid.

    Unlike :func:`from_dict`, never raises for bad data: each invalid value is left out (a list
    item dropped, an optional field reset to its default, an object without a required field
    removed) and reported as a problem with its JSON Pointer. A list yields one result per item.

    >>> [p] = parse_documents({"kind": "service", "id": "s", "name": "Layanan",
    ...     "provider_id": "p", "unit_id": "u", "scope": "administrative", "sector": 7})
    >>> p.document.sector, [str(x) for x in p.problems]
    (None, ['/sector: expected one of: education, ..., other, got a number (7)'])
    """
    return _parse_documents(data, limits, checked=False)


def _parse_documents(data: object, limits: Limits, *, checked: bool) -> Iterator[ParsedDocument]:
    """:func:`parse_documents`; ``checked`` as for ``_convert.structure``."""
    items: Iterable[tuple[Path, object]] = (
        (((i,), item) for i, item in enumerate(data)) if isinstance(data, list) else [((), data)]
    )
    for base, item in items:
        yield _parse_document(item, base, limits, checked=checked)
