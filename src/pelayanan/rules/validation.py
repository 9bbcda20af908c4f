"""Validation: run the compliance rules over documents and report every finding at once.

:func:`validate` accepts a model object, a dict, a list, or JSON text. Whatever does not load is
reported as a structural finding with its JSON Pointer, and the rules still run on everything that
did load. The check is for a date (``as_of``, default today in WIB); no finding ever depends on the
clock or on the order of keys in the data.

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
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

import attrs

from .._base.errors import LoadError, Problem, ProblemKind
from .._base.labels import Label, Lang
from ..io._convert import Path, pointer
from ..io.documents import DOCUMENT_KINDS, Document, ParsedDocument, _loads, kind_of, parse_document
from ..law import Citation
from ..time.regions import TimeZone
from ._builtin import BUILTIN_RULES
from ._engine import (
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
    "DocumentReport",
    "Finding",
    "Index",
    "Report",
    "StandardSummary",
    "Validator",
    "register_references",
    "today_in_wib",
    "validate",
]


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

    def sort_key(self) -> tuple[int, str, str]:
        """Errors first, then by code, then by path."""
        return (-self.severity.rank, self.code, self.path)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, as ``pelayanan validate --format json`` prints it."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "path": self.path,
            "message": self.message,
            "title": self.title,
            "hint": self.hint,
            "legal_basis": [
                {
                    "citation": str(c),
                    "instrument": c.instrument.key,
                    "title": c.instrument.title,
                    **({"note": c.note} if c.note else {}),
                }
                for c in self.legal_basis
            ],
            **({"obligation": str(self.obligation)} if self.obligation is not None else {}),
            "verified": self.verified,
            **({"integrity": True} if self.integrity else {}),
            **({"document_id": self.document_id} if self.cross_document else {}),
        }


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
        """JSON-ready form."""
        return {
            "source": self.source,
            "path": self.path,
            "kind": self.kind,
            "id": self.id,
            "loaded": self.loaded,
            "findings": [f.to_dict() for f in self.findings],
        }


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
        """JSON-ready form, as ``pelayanan validate --format json`` prints it."""
        return {
            "as_of": self.as_of.isoformat(),
            "lang": self.lang,
            "ok": self.ok,
            "counts": self.counts,
            "documents": [d.to_dict() for d in self.documents],
            "cross_document": [
                {
                    "source": f.source,
                    "path": f.document_path,
                    "kind": f.document_kind,
                    "id": f.document_id,
                    **f.to_dict(),
                }
                for f in self.cross_document
            ],
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

    @property
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

    def _severity(self, rule: Rule[Any]) -> Severity:
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
                    message=message.text(self.lang).format(detail=problem.message),
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
                issues = [Issue((), "__failed__", error=f"{type(exc).__name__}: {exc}")]
            for issue in issues:
                failed = issue.variant == "__failed__"
                yield Finding(
                    code=_RULE_FAILED if failed else rule.code,
                    severity=Severity.ERROR if failed else self._severity(rule),
                    path=pointer(issue.path),
                    message=(
                        f"rule {rule.code} could not run: {issue.params['error']}"
                        if failed
                        else rule.message(issue, self.lang)
                    ),
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


_DOCUMENT_CLASSES: Final = frozenset(DOCUMENT_KINDS.values())


def _parsed(item: object, path: Path) -> ParsedDocument:
    if type(item) in _DOCUMENT_CLASSES:
        return ParsedDocument(path, kind_of(item), getattr(item, "id", None), item, ())  # type: ignore[arg-type]
    return parse_document(item, path)


def _parsed_items(data: object) -> list[ParsedDocument]:
    """Parse data that may mix model objects and JSON-like dicts."""
    if isinstance(data, (list, tuple)):
        return [_parsed(item, (index,)) for index, item in enumerate(data)]
    return [_parsed(data, ())]


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
) -> Report:
    """Check documents against the rules in force on ``as_of`` and report every finding.

    ``documents`` may be a model object, a dict, a list of either, or JSON text (``str``/``bytes``).
    ``select`` and ``ignore`` are code prefixes (``["SP"]``, ``["SP022", "MK"]``) that filter the
    rules; loading problems (``PL`` codes) are always reported unless ignored. A prefix that starts
    no code raises :class:`~pelayanan.rules.UnknownRuleCodeError`. Never raises for bad data.
    """
    validator = Validator(
        as_of=as_of, lang=lang, rules=rules, select=select, ignore=ignore, config=config
    )
    if isinstance(documents, (str, bytes)):
        try:
            documents = _loads(documents)
        except LoadError as exc:
            report = validator.unreadable(exc.problems, source)
            return Report(validator.as_of, lang, (report,))
    parsed = _parsed_items(documents)
    index = Index()
    for p in parsed:
        index.count(p.kind)
        if p.document is not None:
            index.add(p.document)
    reports = tuple(validator.check(p, source) for p in parsed)
    across = validator.check_across(
        ((source, pointer(p.path), p.document) for p in parsed if p.document is not None), index
    )
    return Report(validator.as_of, lang, reports, tuple(across))
