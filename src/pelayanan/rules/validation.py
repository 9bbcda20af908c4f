"""Validation: run the compliance rules over documents and report every finding at once.

:func:`validate` accepts a model object, a dict, a list, or JSON text. Whatever does not load is
reported as a structural finding with its JSON Pointer, and the rules still run on everything that
did load. The check is for a date (``as_of``); no finding ever depends on the clock or on the order
of keys in the data.

Without ``as_of`` the check is for *today* where the documents are: in the time zone of the
provider (a ``provider`` document with a ``region``) when the documents given name providers of
one time zone, and in WIB otherwise. The report says which date was used and why
(:attr:`Report.as_of_reason`, :attr:`Report.time_zone`). A nightly job that runs near midnight
should pass ``as_of`` itself (``pelayanan validate --as-of``): a job started at 23:30 WIB checks a
Papuan provider's documents for the next day, which is already today in WIT.

>>> import datetime as dt
>>> from pelayanan import validate
>>> report = validate(
...     {"kind": "service_standard", "id": "sp", "service_id": "svc", "fee": {"amount": "-"}},
...     as_of=dt.date(2024, 6, 1),
...     lang="en",
... )
>>> report.ok
False
>>> [(f.code, f.path) for f in report.findings][:4]
[('PL001', '/fee/amount'), ('SP001', '/legal_basis'), ('SP002', '/requirements'), ('SP003', '/procedure')]
>>> print(report.findings[1].message)
Component a (Legal basis) is missing.
>>> print(report.findings[1].legal_basis[0])
UU 25/2009 Pasal 21 huruf a

Documents given together are also checked against each other (a standard for every service, a
charter for every unit); a document given alone is checked on its own merits.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal

import attrs
import cattrs
from cattrs.gen import override

from .._base.errors import LoadError, ProblemKind
from .._base.labels import Label, Lang
from .._base.problems import Problem
from ..io._convert import Path, pointer
from ..io._hooks import DETAILED, FAST, layout
from ..io.documents import (
    DOCUMENT_KINDS,
    Document,
    ParsedDocument,
    _parse_document,
    _parse_json,
    kind_of,
    to_dict,
)
from ..io.limits import DEFAULT_LIMITS, Limits
from ..io.schema import DIALECT, schema_id
from ..law import Citation
from ..model.providers import Provider
from ..participation.surveys import QuestionnaireVersion
from ..time.regions import TimeZone
from ._engine import (
    BUILTIN_RULES,
    Context,
    Issue,
    Registry,
    Rule,
    Severity,
    UnknownRuleCodeError,
    ValidationConfig,
    select_rules,
)
from .index import Index, StandardSummary, register_references

__all__ = [
    "RECORD_FIELDS",
    "AsOfReason",
    "DocumentReport",
    "Finding",
    "Index",
    "Report",
    "StandardSummary",
    "Validator",
    "path_sort_key",
    "register_references",
    "report_date",
    "report_schema",
    "today_for",
    "today_in_wib",
    "validate",
]

AsOfReason = Literal["given", "provider_time_zone", "default_time_zone"]
"""Why a report is for its date: ``given`` by the caller; today in the ``provider_time_zone``
(the documents name providers of one time zone); or today in WIB, the ``default_time_zone``."""

_AS_OF_REASONS: Final = (
    "Why the report is for its date: given by the caller; today in the provider_time_zone (the "
    "documents name providers of one time zone); or today in WIB, the default_time_zone."
)

RECORD_FIELDS: Final = (
    "document_id",
    "kind",
    "source",
    "document_path",
    "path",
    "code",
    "severity",
    "title",
    "message",
    "basis",
    "verified",
    "cross_document",
)
"""The keys of :meth:`Finding.to_record`, in column order (``validate --format csv``)."""


def path_sort_key(path: str) -> tuple[tuple[int, int | str], ...]:
    """Order JSON Pointers by their steps, list indices as numbers (``/events/8`` before ``/events/11``).

    >>> sorted(["/events/11", "/events/8", "/events/8/on", "/id"], key=path_sort_key)
    ['/events/8', '/events/8/on', '/events/11', '/id']
    """
    return tuple(
        (0, int(step)) if step.isdigit() and step.isascii() else (1, step)
        for step in path.split("/")[1:]
    )


# The engine names these classes for type checkers only (importing them there would be a cycle).
# Resolved here, so that the configuration and the context can be loaded and generated.
attrs.resolve_types(ValidationConfig, localns={"QuestionnaireVersion": QuestionnaireVersion})
attrs.resolve_types(Context, localns={"QuestionnaireVersion": QuestionnaireVersion, "Index": Index})


def today_in_wib() -> dt.date:
    """Today's date in Western Indonesia Time (UTC+7), the default date of a check."""
    return dt.datetime.now(TimeZone.WIB.tzinfo).date()


@attrs.frozen
class Finding:
    """One problem found in one document, located, explained and cited."""

    code: str
    severity: Severity
    path: str
    """JSON Pointer into the document (``""`` for the whole document)."""
    message: str
    title: str
    hint: str
    legal_basis: tuple[Citation, ...]
    source: str = ""
    """Where the document came from: a file name, ``file.jsonl:17``, or ``""``."""
    document_path: str = ""
    """JSON Pointer of the document inside its file (``"/3"`` for the fourth of a list)."""
    document_kind: str | None = None
    document_id: str | None = None
    verified: bool = True
    """``False`` when the rule's legal text is UNVERIFIED: every output says so (the text report
    prints *legal text unverified*, JSON ``"verified": false``, SARIF the same property and a note
    in the message)."""
    cross_document: bool = False
    integrity: bool = False
    """Whether the finding comes from an integrity rule (the data contradicts itself; no legal
    basis is cited, see :attr:`pelayanan.rules.Rule.integrity`)."""
    obligation: Citation | None = None
    """The citation in :attr:`legal_basis` that creates the duty (:attr:`pelayanan.rules.Rule.obligation`)."""

    def sort_key(self) -> tuple[int, str, tuple[tuple[int, int | str], ...]]:
        """Errors first, then by code, then by path (list indices in numeric order)."""
        return (-self.severity.rank, self.code, path_sort_key(self.path))

    def to_record(self) -> dict[str, Any]:
        """One flat row: strings, booleans and ``None`` only (see :data:`RECORD_FIELDS`).

        ``basis`` joins the citations with ``"; "``; ``path`` is inside the document and
        ``document_path`` is where the document sits in its file.
        """
        return {
            "document_id": self.document_id,
            "kind": self.document_kind,
            "source": self.source,
            "document_path": self.document_path,
            "path": self.path,
            "code": self.code,
            "severity": self.severity.value,
            "title": self.title,
            "message": self.message,
            "basis": "; ".join(str(c) for c in self.legal_basis),
            "verified": self.verified,
            "cross_document": self.cross_document,
        }

    def cross_document_entry(self) -> dict[str, Any]:
        """Deprecated: the entry of ``pelayanan.to_dict(report)["cross_document"]``.

        Kept for one release (it warns); the converter writes the entry, with the document the
        finding concerns.
        """
        _deprecated("Finding.cross_document_entry()", 'to_dict(report)["cross_document"]')
        return _cross_document_entry(self)

    def to_dict(self) -> dict[str, Any]:
        """Deprecated: ``pelayanan.to_dict(finding)`` gives the same JSON (it warns)."""
        _deprecated("Finding.to_dict()", "to_dict(finding)")
        return to_dict(self)


@attrs.frozen
class DocumentReport:
    """The findings for one document (or for one unreadable text)."""

    source: str
    path: str
    """JSON Pointer of the document inside its file."""
    kind: str | None
    id: str | None
    loaded: bool
    """Whether a document object could be built (possibly without its invalid parts)."""
    findings: tuple[Finding, ...]

    def to_dict(self) -> dict[str, Any]:
        """Deprecated: ``pelayanan.to_dict(document_report)`` gives the same JSON (it warns)."""
        _deprecated("DocumentReport.to_dict()", "to_dict(document_report)")
        return to_dict(self)


def _count(findings: Iterable[Finding]) -> dict[str, int]:
    counts = Counter(f.severity for f in findings)
    return {s.value: counts.get(s, 0) for s in Severity}


@attrs.frozen
class Report:
    """Everything a validation run found, per document and across documents."""

    as_of: dt.date
    lang: Lang
    documents: tuple[DocumentReport, ...]
    cross_document: tuple[Finding, ...] = ()
    """Findings of rules that compare documents (each names the document it concerns)."""
    as_of_reason: AsOfReason = "given"
    """Why the check is for :attr:`as_of` (see :data:`AsOfReason`)."""
    time_zone: TimeZone | None = None
    """The time zone whose today :attr:`as_of` is, when it was not given."""

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding: per document in input order, then the cross-document ones."""
        return tuple(f for d in self.documents for f in d.findings) + self.cross_document

    @property
    def counts(self) -> dict[str, int]:
        """Number of findings by severity (``{"error": 2, "warning": 1, "info": 0}``)."""
        return _count(self.findings)

    @property
    def ok(self) -> bool:
        """Whether there is no error-severity finding."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def findings_for(self, document_id: str) -> tuple[Finding, ...]:
        """All findings about the document with ``document_id``, including cross-document ones."""
        return tuple(f for f in self.findings if f.document_id == document_id)

    def to_dict(self) -> dict[str, Any]:
        """Deprecated: ``pelayanan.to_dict(report)`` gives the same JSON (it warns)."""
        _deprecated("Report.to_dict()", "to_dict(report)")
        return to_dict(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per finding (:meth:`Finding.to_record`), for tables.

        ``pandas.DataFrame(report.to_records())`` gives one row per finding, with the columns of
        :data:`RECORD_FIELDS`.
        """
        return [f.to_record() for f in self.findings]


def report_date(as_of: dt.date, reason: AsOfReason, time_zone: TimeZone | None) -> dict[str, Any]:
    """Deprecated: the date keys of ``pelayanan.to_dict(report)`` (it warns)."""
    _deprecated("report_date()", "to_dict(report)")
    data = to_dict(Report(as_of, "id", (), as_of_reason=reason, time_zone=time_zone))
    return {key: data[key] for key in ("as_of", "as_of_reason", "time_zone")}


def _deprecated(old: str, new: str) -> None:
    warnings.warn(
        f"{old} is deprecated: use pelayanan.{new}, the converter that writes documents "
        "(the old name goes in the next release)",
        DeprecationWarning,
        stacklevel=3,
    )


# --- the JSON of a report: declared on the converter that writes documents ----------------------------

_FINDING_KEYS: Final = (
    "code",
    "severity",
    "path",
    "message",
    "title",
    "hint",
    "legal_basis",
    "obligation",
    "verified",
    "integrity",
    "document_id",
)
"""The keys of a finding, in order (``report_schema()``'s ``Finding``); ``obligation`` and
``integrity`` only when there is one, ``document_id`` only for a cross-document finding."""

_REPORT_KEYS: Final = (
    "documents",
    "cross_document",
    "as_of",
    "as_of_reason",
    "time_zone",
    "lang",
    "counts",
    "ok",
)
"""The keys of a report, in order (``report_schema()``)."""

_KEPT: Final = override(omit_if_default=False)


def _register_report_hooks(converter: cattrs.Converter) -> Callable[[Finding], dict[str, Any]]:
    """Write findings, document reports and reports with ``converter``; the cross-document entry.

    A citation in a finding is written for a reader (the citation as text, its instrument's key
    and title), not as in a document, where it is data to load back.
    """
    citation = layout(
        Citation,
        converter,
        ("citation", "instrument", "title", "note"),
        computed={
            "citation": str,
            "instrument": lambda c: c.instrument.key,
            "title": lambda c: c.instrument.title,
        },
    )
    finding = {
        "legal_basis": override(unstruct_hook=lambda basis: [citation(c) for c in basis]),
        "obligation": override(unstruct_hook=str),
        "verified": _KEPT,
        "document_id": _KEPT,
    }
    converter.register_unstructure_hook(
        Finding,
        layout(
            Finding,
            converter,
            _FINDING_KEYS,
            only_when={"document_id": lambda f: f.cross_document},
            overrides=finding,
        ),
    )
    cross = layout(
        Finding,
        converter,
        ("source", "document_path", "kind", "id", *_FINDING_KEYS),
        computed={"id": lambda f: f.document_id},
        overrides={
            **finding,
            "source": _KEPT,
            "document_path": _KEPT,
            "document_kind": override(rename="kind", omit_if_default=False),
        },
    )
    converter.register_unstructure_hook(
        DocumentReport,
        layout(DocumentReport, converter, ("source", "path", "kind", "id", "loaded", "findings")),
    )
    converter.register_unstructure_hook(
        Report,
        layout(
            Report,
            converter,
            _REPORT_KEYS,
            computed={"counts": lambda r: r.counts, "ok": lambda r: r.ok},
            overrides={
                "cross_document": override(
                    omit_if_default=False, unstruct_hook=lambda found: [cross(f) for f in found]
                ),
                "as_of_reason": _KEPT,
                "time_zone": _KEPT,
            },
        ),
    )
    return cross


_cross_document_entry: Final = _register_report_hooks(FAST)
"""A cross-document finding as an entry of a report's ``cross_document`` list, with the document
it concerns (``report_schema()``'s ``CrossDocumentFinding``)."""
_register_report_hooks(DETAILED)


# --- the JSON Schema of the report -----------------------------------------------------------------------


def _closed(properties: dict[str, Any], *, optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def report_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of a report, as ``pelayanan validate --format json`` prints it.

    The same JSON is ``pelayanan.to_dict(report)`` and the answer of the HTTP service's ``POST
    /validate``. Its ``$id`` follows the scheme of :mod:`pelayanan.io.schema`.

    >>> report_schema()["$id"]
    'https://pelayanan.readthedocs.io/schema/0.x/report.json'
    """
    text = {"type": "string"}
    nullable_text = {"type": ["string", "null"]}
    citation = _closed(
        {
            "citation": {**text, "description": "The citation as written: UU 25/2009 Pasal 21."},
            "instrument": {**text, "description": "The instrument's catalogue key."},
            "title": {**text, "description": "The instrument's title."},
            "note": text,
        },
        optional=("note",),
    )
    finding_properties: dict[str, Any] = {
        "code": {**text, "description": "The rule's code (PL001–PL005, PL900 for loading)."},
        "severity": {"enum": [s.value for s in Severity]},
        "path": {**text, "description": "JSON Pointer inside the document."},
        "message": text,
        "title": text,
        "hint": text,
        "legal_basis": {"type": "array", "items": {"$ref": "#/$defs/Citation"}},
        "verified": {
            "type": "boolean",
            "description": "False when the rule's legal text is UNVERIFIED.",
        },
        "obligation": {
            **text,
            "description": "The citation that creates the duty the rule checks (absent for "
            "loading problems and integrity rules).",
        },
        "integrity": {
            "const": True,
            "description": "Present on a finding of an integrity rule (no legal basis needed).",
        },
    }
    extras = ("obligation", "integrity")
    finding = _closed(finding_properties, optional=extras)
    cross = _closed(
        {
            "source": text,
            "document_path": {**text, "description": "JSON Pointer of the document in its file."},
            "kind": nullable_text,
            "id": nullable_text,
            **finding_properties,
            "document_id": nullable_text,
        },
        optional=extras,
    )
    document = _closed(
        {
            "source": {**text, "description": "A file name, file.jsonl:17, or empty."},
            "path": {**text, "description": "JSON Pointer of the document in its file."},
            "kind": nullable_text,
            "id": nullable_text,
            "loaded": {"type": "boolean"},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/Finding"}},
        }
    )
    body = _closed(
        {
            "documents": {"type": "array", "items": {"$ref": "#/$defs/DocumentReport"}},
            "cross_document": {"type": "array", "items": {"$ref": "#/$defs/CrossDocumentFinding"}},
            "as_of": {**text, "format": "date", "description": "The date the check is for."},
            "as_of_reason": {
                "enum": ["given", "provider_time_zone", "default_time_zone"],
                "description": _AS_OF_REASONS,
            },
            "time_zone": {"enum": [*(z.value for z in TimeZone), None]},
            "lang": {"enum": ["id", "en"]},
            "counts": _closed({s.value: {"type": "integer", "minimum": 0} for s in Severity}),
            "ok": {"type": "boolean", "description": "Whether no finding is an error."},
        }
    )
    return {
        "$schema": DIALECT,
        "$id": schema_id("report"),
        "title": "Laporan validasi / Validation report",
        "description": " ".join((Report.__doc__ or "").split()),
        **body,
        "$defs": {
            "Citation": citation,
            "CrossDocumentFinding": cross,
            "DocumentReport": document,
            "Finding": finding,
        },
    }


# --- running the rules ------------------------------------------------------------------------------

_STRUCTURAL: Final[Mapping[ProblemKind, tuple[str, Label, Label, Label]]] = {
    "invalid": (
        "PL001",
        Label("Nilai tidak sah", "Invalid value"),
        Label("Nilai tidak sah: {detail}", "Invalid value: {detail}"),
        Label(
            "Perbaiki nilai ini sesuai format dokumen (docs/reference/json.md).",
            "Fix this value to match the document format (docs/reference/json.md).",
        ),
    ),
    "missing": (
        "PL002",
        Label("Isian wajib tidak ada", "Required field missing"),
        Label("Isian wajib tidak ada ({detail})", "Required field missing ({detail})"),
        Label("Tambahkan isian ini.", "Add this field."),
    ),
    "unknown": (
        "PL003",
        Label("Isian tidak dikenal", "Unknown field"),
        Label("Isian tidak dikenal: {detail}", "Unknown field: {detail}"),
        Label(
            "Periksa ejaan nama isian; isian yang tidak dikenal tidak dimuat.",
            "Check the field's spelling; unknown fields are not loaded.",
        ),
    ),
    "unreadable": (
        "PL004",
        Label("Berkas tidak dapat dibaca", "Unreadable input"),
        Label("Berkas tidak dapat dibaca: {detail}", "Unreadable input: {detail}"),
        Label("Simpan berkas sebagai JSON dengan pengodean UTF-8.", "Save the file as UTF-8 JSON."),
    ),
    "not_a_document": (
        "PL005",
        Label("Bukan dokumen", "Not a document"),
        Label("Bukan dokumen pelayanan: {detail}", "Not a pelayanan document: {detail}"),
        Label(
            "Setiap dokumen adalah objek JSON dengan isian 'kind'.",
            "Every document is a JSON object with a 'kind' field.",
        ),
    ),
    "limit": (
        "PL006",
        Label("Nilai melampaui batas masukan", "Value beyond the input limits"),
        Label("Nilai melampaui batas masukan: {detail}", "Value beyond the input limits: {detail}"),
        Label(
            "Periksa nilai ini; batas masukan dijelaskan di pelayanan.io.limits.",
            "Check this value; the input limits are described in pelayanan.io.limits.",
        ),
    ),
}

_RULE_FAILED: Final = "PL900"
_STRUCTURAL_CODES: Final = (*(entry[0] for entry in _STRUCTURAL.values()), _RULE_FAILED)
"""Codes of findings that come from no rule: data that does not load, a rule that failed."""


class Validator:
    """Runs rules over documents one at a time (for streaming) and across documents at the end.

    :func:`validate` is the convenient entry point; the command line uses this class directly so
    that JSON Lines input is checked a record at a time.
    """

    def __init__(
        self,
        *,
        as_of: dt.date | None = None,
        lang: Lang = "id",
        rules: Registry | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        config: ValidationConfig | None = None,
    ) -> None:
        self.as_of = as_of if as_of is not None else today_in_wib()
        self.lang: Lang = lang
        self.registry = rules if rules is not None else BUILTIN_RULES
        self.config = config if config is not None else ValidationConfig()
        self._select = tuple(select) if select is not None else None
        self._ignore = tuple(ignore or ())
        known = (*self.registry.codes(), *_STRUCTURAL_CODES)
        for parameter, prefixes in (("select", self._select or ()), ("ignore", self._ignore)):
            unknown = [
                p for p in prefixes if not any(k.startswith(p.strip().upper()) for k in known)
            ]
            if unknown:
                raise UnknownRuleCodeError(parameter, unknown)
        self._context = Context(as_of=self.as_of, config=self.config)
        self._rules: dict[tuple[str, bool], list[Rule[Any]]] = {}

    def rules_for(self, kind: str, *, cross_document: bool = False) -> list[Rule[Any]]:
        """The selected rules in force on the check date for documents of ``kind``."""
        key = (kind, cross_document)
        if key not in self._rules:
            found = self.registry.applicable(kind, self.as_of, cross_document=cross_document)
            self._rules[key] = select_rules(found, self._select, self._ignore)
        return self._rules[key]

    @functools.cached_property
    def cross_document_kinds(self) -> frozenset[str]:
        """Kinds the command line keeps until the end, for the cross-document rules.

        Every kind that has a cross-document rule in force (whatever ``select`` and ``ignore``
        say: a selected rule may look at documents of a kind whose own rules are not selected),
        plus providers and services, whose units and ids many rules look up.
        """
        return frozenset(
            kind
            for kind in DOCUMENT_KINDS
            if kind in ("provider", "service")
            or self.registry.applicable(kind, self.as_of, cross_document=True)
        )

    def _ignored(self, code: str) -> bool:
        return any(code.startswith(i.strip().upper()) for i in self._ignore if i.strip())

    def _severity(self, rule: Rule[Any], issue: Issue) -> Severity:
        """A variant's own severity (set by the law) first, then the configured override."""
        if issue.variant in rule.variant_severities:
            return rule.variant_severities[issue.variant]
        return self.config.severity_overrides.get(rule.code, rule.severity)

    def structural(
        self, problems: Iterable[Problem], source: str, parsed: ParsedDocument | None = None
    ) -> list[Finding]:
        """Findings for problems met while reading or loading."""
        findings = []
        doc_path = pointer(parsed.path) if parsed is not None else ""
        for problem in problems:
            code, title, message, hint = _STRUCTURAL[problem.kind]
            if self._ignored(code):
                continue
            path = problem.path.removeprefix(doc_path)
            findings.append(
                Finding(
                    code=code,
                    severity=Severity.ERROR,
                    path=path,
                    message=message.text(self.lang).format(detail=problem.text(self.lang)),
                    title=title.text(self.lang),
                    hint=hint.text(self.lang),
                    legal_basis=(),
                    source=source,
                    document_path=doc_path,
                    document_kind=parsed.kind if parsed else None,
                    document_id=parsed.id if parsed else None,
                )
            )
        return findings

    def _run(
        self,
        rules: Sequence[Rule[Any]],
        document: Document,
        context: Context,
        *,
        source: str,
        document_path: str,
        cross_document: bool,
    ) -> Iterator[Finding]:
        doc_id = getattr(document, "id", None)
        kind = kind_of(document)
        for rule in rules:
            try:
                issues = list(rule.check(document, context))
            except Exception as exc:  # noqa: BLE001  (a broken rule must not stop the run)
                issues = [Issue((), _FAILED, error=_error(exc))]
            for issue in issues:
                failed = issue.variant == _FAILED
                if failed:
                    message = f"rule {rule.code} could not run: {issue.params['error']}"
                else:
                    try:
                        message = rule.message(issue, self.lang)
                    except Exception as exc:  # noqa: BLE001  (nor may a message that cannot be written)
                        failed = True
                        message = f"rule {rule.code} could not write its message: {_error(exc)}"
                yield Finding(
                    code=_RULE_FAILED if failed else rule.code,
                    severity=Severity.ERROR if failed else self._severity(rule, issue),
                    path=_issue_pointer(issue.path),
                    message=message,
                    title=rule.title.text(self.lang),
                    hint=rule.hint.text(self.lang),
                    legal_basis=rule.basis,
                    source=source,
                    document_path=document_path,
                    document_kind=kind,
                    document_id=doc_id,
                    verified=rule.verified,
                    integrity=rule.integrity and not failed,
                    cross_document=cross_document,
                    obligation=rule.obligation,
                )

    def check(self, parsed: ParsedDocument, source: str = "") -> DocumentReport:
        """Structural findings plus every single-document rule, for one parsed document."""
        findings = self.structural(parsed.problems, source, parsed)
        if parsed.document is not None and parsed.kind is not None:
            findings.extend(
                self._run(
                    self.rules_for(parsed.kind),
                    parsed.document,
                    self._context,
                    source=source,
                    document_path=pointer(parsed.path),
                    cross_document=False,
                )
            )
        findings.sort(key=Finding.sort_key)
        return DocumentReport(
            source=source,
            path=pointer(parsed.path),
            kind=parsed.kind,
            id=parsed.id,
            loaded=parsed.document is not None,
            findings=tuple(findings),
        )

    def unreadable(self, problems: Sequence[Problem], source: str) -> DocumentReport:
        """The report for a text that is not JSON at all."""
        return DocumentReport(
            source, "", None, None, False, tuple(self.structural(problems, source))
        )

    def check_across(
        self, documents: Iterable[tuple[str, str, Document]], index: Index
    ) -> list[Finding]:
        """Run cross-document rules over ``(source, document_path, document)`` triples."""
        context = attrs.evolve(self._context, index=index)
        findings: list[Finding] = []
        for source, document_path, document in documents:
            rules = self.rules_for(kind_of(document), cross_document=True)
            findings.extend(
                sorted(
                    self._run(
                        rules,
                        document,
                        context,
                        source=source,
                        document_path=document_path,
                        cross_document=True,
                    ),
                    key=Finding.sort_key,
                )
            )
        return findings


_FAILED: Final = "__failed__"
"""The variant of the issue that stands for a rule that raised."""


def _error(exc: BaseException) -> str:
    """An exception in one line of reasonable length, for a PL900 finding."""
    try:
        text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    except Exception:  # noqa: BLE001  (an exception whose message itself cannot be made)
        text = type(exc).__name__
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."


def _issue_pointer(path: Sequence[str | int]) -> str:
    try:
        return pointer(tuple(path))
    except Exception:  # noqa: BLE001  (a rule that yields a path of the wrong shape)
        return ""


_DOCUMENT_CLASSES: Final = frozenset(DOCUMENT_KINDS.values())


def _parsed(item: object, path: Path, limits: Limits, *, checked: bool) -> ParsedDocument:
    if type(item) in _DOCUMENT_CLASSES:
        return ParsedDocument(path, kind_of(item), getattr(item, "id", None), item, ())  # type: ignore[arg-type]
    return _parse_document(item, path, limits, checked=checked)


def _parsed_items(data: object, limits: Limits, *, checked: bool) -> list[ParsedDocument]:
    """Parse data that may mix model objects and JSON-like dicts."""
    if isinstance(data, (list, tuple)):
        return [_parsed(item, (index,), limits, checked=checked) for index, item in enumerate(data)]
    return [_parsed(data, (), limits, checked=checked)]


def today_for(
    documents: Iterable[object], now: dt.datetime | None = None
) -> tuple[dt.date, AsOfReason, TimeZone]:
    """Today where ``documents`` are: in their providers' time zone if they name one, else WIB.

    Only ``provider`` documents with a ``region`` say where they are; when they name several time
    zones, or none, the date is today in WIB (``default_time_zone``). ``now`` (default: the
    clock) is for tests and replays.

    >>> from pelayanan.model.providers import Provider, ProviderCategory
    >>> from pelayanan.time.regions import Province, Region
    >>> papua = Provider(id="p", name="Pemprov Papua", category=ProviderCategory.STATE_INSTITUTION,
    ...                  region=Region(Province.PAPUA))
    >>> late = dt.datetime(2024, 6, 1, 23, 30, tzinfo=TimeZone.WIB.tzinfo)
    >>> today_for([papua], late)
    (datetime.date(2024, 6, 2), 'provider_time_zone', <TimeZone.WIT: 'WIT'>)
    >>> today_for([], late)
    (datetime.date(2024, 6, 1), 'default_time_zone', <TimeZone.WIB: 'WIB'>)
    """
    zones = {d.region.time_zone for d in documents if isinstance(d, Provider) and d.region}
    if len(zones) == 1:
        (zone,) = zones
        return zone.today(now), "provider_time_zone", zone
    return TimeZone.WIB.today(now), "default_time_zone", TimeZone.WIB


def validate(
    documents: object,
    *,
    as_of: dt.date | None = None,
    lang: Lang = "id",
    rules: Registry | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: ValidationConfig | None = None,
    source: str = "",
    limits: Limits = DEFAULT_LIMITS,
) -> Report:
    """Check documents against the rules in force on ``as_of`` and report every finding.

    ``documents`` may be a model object, a dict, a list of either, or JSON text (``str``/``bytes``).
    ``select`` and ``ignore`` are code prefixes (``["SP"]``, ``["SP022", "MK"]``) that filter the
    rules; loading problems (``PL`` codes) are always reported unless ignored. A prefix that starts
    no code raises :class:`~pelayanan.rules.UnknownRuleCodeError`. A value beyond ``limits``
    (see :mod:`pelayanan.io.limits`) is a ``PL006`` finding. Never raises for bad data.

    Without ``as_of`` the check is for today in the time zone of the providers given, else in WIB
    (:func:`today_for`); :attr:`Report.as_of_reason` says which. Jobs that must give the same
    answer whenever they run (a nightly check) pass ``as_of``.
    """
    parsed: list[ParsedDocument] = []
    unreadable: Sequence[Problem] = ()
    data: object = documents
    checked = False
    if isinstance(documents, (str, bytes)):
        try:
            data, checked = _parse_json(documents, limits)
        except LoadError as exc:
            unreadable = exc.problems
    if not unreadable:
        parsed = _parsed_items(data, limits, checked=checked)
    reason: AsOfReason = "given"
    zone: TimeZone | None = None
    if as_of is None:
        as_of, reason, zone = today_for(p.document for p in parsed)
    validator = Validator(
        as_of=as_of, lang=lang, rules=rules, select=select, ignore=ignore, config=config
    )
    if unreadable:
        report = validator.unreadable(unreadable, source)
        return Report(as_of, lang, (report,), (), reason, zone)
    index = Index()
    for p in parsed:
        index.count(p.kind)
        if p.document is not None:
            index.add(p.document)
    reports = tuple(validator.check(p, source) for p in parsed)
    across = validator.check_across(
        ((source, pointer(p.path), p.document) for p in parsed if p.document is not None), index
    )
    return Report(as_of, lang, reports, tuple(across), reason, zone)
