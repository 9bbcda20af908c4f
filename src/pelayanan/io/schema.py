"""JSON Schema (2020-12) for every document kind, generated from the model.

The schemas are made by walking the attrs classes of :data:`~pelayanan.io.documents.DOCUMENT_KINDS`
and their type hints, so they cannot drift from what :func:`~pelayanan.from_json` loads. They
describe what the loader *accepts*, not only the canonical form it writes: a citation may be text
or an object, a built-in instrument or questionnaire its catalogue key, an amount a number or a
numeric string, a ratio a number or ``"211/60"``. Every object is closed
(``additionalProperties: false``), since the loader refuses unknown fields; every enumeration lists
its values, with their Indonesian and English labels in the description.

Identifiers
    Each schema has a stable ``$id``: ``https://pelayanan.readthedocs.io/schema/<series>/<name>.json``,
    where ``<name>`` is the document kind (``service_standard``), ``document`` (any document, or a
    list of documents, as a file holds) or ``report`` (what ``pelayanan validate --format json``
    prints; see :func:`pelayanan.rules.validation.report_schema`). ``<series>`` is the major
    version followed by ``.x`` (``0.x``, later ``1.x``): a schema keeps its ``$id`` as long as
    documents valid under it stay valid. Before 1.0 the changelog names every change that refuses
    what an earlier 0.x release accepted.

What the schema does not check
    Constraints between fields (a period whose end precedes its start), the text of a citation,
    the Unicode validity of strings, and every compliance rule. A document the schema accepts can
    still have findings; one it refuses is refused by the loader too (a ``PL`` finding).

>>> schema = document_schema("service")
>>> schema["$id"]
'https://pelayanan.readthedocs.io/schema/0.x/service.json'
>>> schema["properties"]["kind"], schema["additionalProperties"]
({'const': 'service'}, False)
>>> schema["$defs"]["ServiceScope"]["enum"]
['public_goods', 'public_services', 'administrative']
"""

from __future__ import annotations

import ast
import datetime as dt
import decimal
import enum
import functools
import inspect
import itertools
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any, Final

import attrs

from .._base.labels import LabelledEnum
from .._base.validators import SCHEMA_KEYWORDS
from .._base.version import __version__
from ..law import CATALOGUE, Citation, Instrument
from ..participation.surveys import QUESTIONNAIRES, QuestionnaireVersion
from ._hooks import unstructure
from .documents import DOCUMENT_KINDS

__all__ = [
    "DIALECT",
    "SCHEMA_BASE",
    "SCHEMA_SERIES",
    "UnknownKindError",
    "document_schema",
    "documents_schema",
    "schema_id",
    "schema_names",
]

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every schema (``$schema``)."""

SCHEMA_SERIES: Final = f"{__version__.split('.')[0]}.x"
"""The release series the schemas belong to (``0.x``): part of every ``$id``."""

SCHEMA_BASE: Final = f"https://pelayanan.readthedocs.io/schema/{SCHEMA_SERIES}/"
"""Where the schemas' ``$id`` values start."""

_DECIMAL_TEXT: Final = r"^\s*[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?\s*$"
_FRACTION_TEXT: Final = (
    r"^\s*[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?"
    r"(\s*/\s*\d(_?\d)*)?\s*$"
)


class UnknownKindError(LookupError):
    """A schema was asked for a name that is not a document kind (nor ``document``)."""


def schema_id(name: str) -> str:
    """The ``$id`` of the schema called ``name`` (a document kind, ``document`` or ``report``).

    >>> schema_id("report")
    'https://pelayanan.readthedocs.io/schema/0.x/report.json'
    """
    return f"{SCHEMA_BASE}{name}.json"


def schema_names() -> tuple[str, ...]:
    """The names of the document schemas: every kind, then ``document`` (any of them)."""
    return (*DOCUMENT_KINDS, "document")


# --- text from docstrings ----------------------------------------------------------------------------

_ROLE: Final = re.compile(r":[a-z]+:`~?([^`<]*?)(?:\s*<[^>]*>)?`")


def _plain(text: str) -> str:
    """Docstring markup as plain text: roles by their last name, literals without backquotes."""

    def role(match: re.Match[str]) -> str:
        target = match.group(1)
        return target.rsplit(".", 1)[-1] if "." in target and " " not in target else target

    return _ROLE.sub(role, text).replace("``", "`")


def _docstring(obj: object) -> tuple[str, str]:
    """Title (the first line) and description (the rest) of ``obj``'s docstring."""
    doc = inspect.getdoc(obj) or ""
    # Doctest examples show Python, not JSON: leave them out of the schema.
    kept = []
    for paragraph in doc.split("\n\n"):
        if paragraph.lstrip().startswith(">>>"):
            break
        kept.append(paragraph)
    first, _, rest = "\n\n".join(kept).partition("\n")
    return _plain(first.strip()), _plain(inspect.cleandoc(rest)).strip()


@functools.cache
def _field_docs(cls: type) -> Mapping[str, str]:
    """The docstrings written under the fields of an attrs class (``x: int`` then ``\"\"\"...\"\"\"``)."""
    try:
        source = inspect.getsource(sys.modules[cls.__module__])
    except (OSError, TypeError, KeyError):  # pragma: no cover  (no source shipped)
        return {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            docs: dict[str, str] = {}
            body = node.body
            for statement, following in itertools.pairwise(body):
                if (
                    isinstance(statement, ast.AnnAssign)
                    and isinstance(statement.target, ast.Name)
                    and isinstance(following, ast.Expr)
                    and isinstance(following.value, ast.Constant)
                    and isinstance(following.value.value, str)
                ):
                    docs[statement.target.id] = _plain(inspect.cleandoc(following.value.value))
            return docs
    return {}  # pragma: no cover  (every model class is defined at module level)


# --- the walk ------------------------------------------------------------------------------------------


def _is_optional(tp: object) -> bool:
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _validator_keywords(validator: object) -> tuple[dict[str, Any], dict[str, Any]]:
    """JSON Schema keywords of an attrs validator: for any value, and for a value not ``null``."""
    if validator is None:
        return {}, {}
    parts = getattr(validator, "_validators", None)  # attrs.validators.and_
    always: dict[str, Any] = {}
    present: dict[str, Any] = {}
    for part in parts if parts is not None else (validator,):
        keywords = dict(getattr(part, SCHEMA_KEYWORDS, {}))
        present.update(keywords.pop("optional", {}))
        always.update(keywords)
    return always, present


class _Builder:
    """Collects ``$defs`` while turning type hints into schemas."""

    def __init__(self, ref_prefix: str) -> None:
        self.ref_prefix = ref_prefix
        self.defs: dict[str, dict[str, Any]] = {}

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"{self.ref_prefix}{name}"}

    def of(self, tp: Any) -> dict[str, Any]:  # noqa: ANN401, PLR0911, PLR0912  (a branch per kind of hint)
        """The schema of a value of type ``tp``, as the loader accepts it."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if _is_optional(tp):
            inner = next(a for a in args if a is not type(None))
            return {"anyOf": [self.of(inner), {"type": "null"}]}
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.of(args[0])}
        if origin in (dict, Mapping) and len(args) == 2:
            return {"type": "object", "additionalProperties": self.of(args[1])}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is decimal.Decimal:
            return {
                "anyOf": [{"type": "number"}, {"type": "string", "pattern": _DECIMAL_TEXT}],
                "description": 'An exact amount: a number, or a numeric string such as "15000".',
            }
        if tp is Fraction:
            return {
                "anyOf": [{"type": "number"}, {"type": "string", "pattern": _FRACTION_TEXT}],
                "description": 'An exact number: a number, or text such as "211/60" or "4.5".',
            }
        if tp is dt.datetime:
            return {"type": "string", "format": "date-time"}
        if tp is dt.date:
            return {"type": "string", "format": "date"}
        if tp is dt.time:
            return {"type": "string", "description": "A time of day, HH:MM (or HH:MM:SS)."}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self._named(tp, self._enum)
        if isinstance(tp, type) and attrs.has(tp):
            return self._named(tp, self._class)
        msg = f"no JSON Schema for the type {tp!r}"
        raise TypeError(msg)

    def _named(self, cls: type, make: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserved first, so that a recursive type ends here
            self.defs[name] = make(cls)
        return self.ref(name)

    def _enum(self, cls: type[enum.Enum]) -> dict[str, Any]:
        title, description = _docstring(cls)
        values = [member.value for member in cls]
        if issubclass(cls, LabelledEnum):
            lines = [f"- `{m.value}`: {m.label.id} / {m.label.en}" for m in cls]
            description = "\n\n".join(x for x in (description, "\n".join(lines)) if x)
        schema: dict[str, Any] = {"title": title, "type": "string", "enum": values}
        if description:
            schema["description"] = description
        return schema

    def _object(self, cls: type, *, kind: str | None = None) -> dict[str, Any]:
        """A closed object with the fields of ``cls`` (and a ``kind`` for a document)."""
        title, description = _docstring(cls)
        hints = typing.get_type_hints(cls)
        docs = _field_docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if kind is not None:
            properties["kind"] = {"const": kind}
            required.append("kind")
        for field in attrs.fields(cls):
            schema = self.of(hints[field.name])
            always, present = _validator_keywords(field.validator)
            if present:
                schema = {**schema, "anyOf": [{**schema["anyOf"][0], **present}, {"type": "null"}]}
            schema = {**schema, **always}
            if field.name in docs:
                schema["description"] = docs[field.name]
            if field.default is attrs.NOTHING:
                required.append(field.name)
            else:
                default = (
                    field.default.factory()
                    if isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
                    else field.default
                )
                schema["default"] = unstructure(default)
            properties[field.name] = schema
        result: dict[str, Any] = {"title": title}
        if description:
            result["description"] = description
        result.update({"type": "object", "properties": properties, "additionalProperties": False})
        if required:
            result["required"] = required
        return result

    def _class(self, cls: type) -> dict[str, Any]:
        if cls is Instrument or cls is QuestionnaireVersion:
            table: Mapping[str, object] = CATALOGUE if cls is Instrument else QUESTIONNAIRES
            what = "instrument" if cls is Instrument else "SKM questionnaire"
            obj = self._object(cls)
            return {
                "title": obj.pop("title"),
                "description": obj.pop("description", ""),
                "anyOf": [
                    {
                        "type": "string",
                        "enum": sorted(table),
                        "description": f"The key of a built-in {what}.",
                    },
                    obj,
                ],
            }
        if cls is Citation:
            obj = self._object(cls)
            return {
                "title": obj.pop("title"),
                "description": obj.pop("description", ""),
                "anyOf": [
                    {
                        "type": "string",
                        "minLength": 1,
                        "description": (
                            "A citation written the usual way, for an instrument of the "
                            'catalogue: "UU 25/2009 Pasal 21 huruf j".'
                        ),
                    },
                    obj,
                ],
            }
        return self._object(cls)


def _root(name: str, title: str, body: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = {"$schema": DIALECT, "$id": schema_id(name), "title": title}
    schema.update(body)
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def document_schema(kind: str, *, ref_prefix: str = "#/$defs/") -> dict[str, Any]:
    """The JSON Schema of documents of ``kind`` (or ``"document"`` for any document or a list).

    Each schema stands alone: the classes it uses are in its ``$defs``. ``ref_prefix`` is where
    references point (``"#/components/schemas/"`` when the definitions are moved into an
    OpenAPI document). Raises :class:`UnknownKindError` for any other name.

    >>> document_schema("servis")
    Traceback (most recent call last):
    ...
    pelayanan.io.schema.UnknownKindError: 'servis' is not a document kind; use one of: provider, ...
    """
    if kind == "document":
        return documents_schema(ref_prefix=ref_prefix)
    cls = DOCUMENT_KINDS.get(kind)
    if cls is None:
        msg = f"{kind!r} is not a document kind; use one of: {', '.join(schema_names())}"
        raise UnknownKindError(msg)
    builder = _Builder(ref_prefix)
    body = builder._object(cls, kind=kind)
    title = body.pop("title")
    return _root(kind, title, body, builder.defs)


def documents_schema(*, ref_prefix: str = "#/$defs/") -> dict[str, Any]:
    """The schema of a file or request body: one document of any kind, or a list of documents.

    Each kind's document is in ``$defs`` under its kind (``service_standard``).
    """
    builder = _Builder(ref_prefix)
    kinds: dict[str, Any] = {}
    for kind, cls in DOCUMENT_KINDS.items():
        kinds[kind] = builder._object(cls, kind=kind)
    one = {"anyOf": [builder.ref(kind) for kind in DOCUMENT_KINDS]}
    body = {
        "description": (
            "One pelayanan document, of the kind its `kind` names, or a list of documents."
        ),
        "anyOf": [*one["anyOf"], {"type": "array", "items": one}],
    }
    return _root("document", "Dokumen pelayanan / pelayanan document", body, builder.defs | kinds)
