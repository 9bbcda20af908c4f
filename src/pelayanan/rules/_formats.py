"""Writing validation results as text, JSON, CSV or SARIF 2.1.0, one document at a time.

The writers take :class:`~pelayanan.rules.validation.DocumentReport` objects as they are produced, so
that a JSON Lines file of any size is reported without holding all results in memory, and finish
with the cross-document findings and the counts.

Each document's part of the output is made in full before any of it is written. If it cannot be
made (a finding the format cannot hold), the document is reported with one ``PL900`` finding
that says so, and the other documents are written as usual.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final, TextIO

from .._base.labels import Label, Lang
from .._base.version import __version__
from ..io._locate import JsonLines
from ..io.documents import to_dict
from ..time.regions import TimeZone
from ._engine import Registry, Severity
from .validation import (
    RECORD_FIELDS,
    AsOfReason,
    DocumentReport,
    Finding,
    Report,
    _cross_document_entry,
    _error,
)

__all__ = ["CsvWriter", "JsonWriter", "SarifWriter", "TextWriter", "Writer", "make_writer"]

_HOMEPAGE: Final = "https://github.com/pelayanan/pelayanan"


_UNWRITABLE: Final = (
    Label("Laporan tidak dapat ditulis", "Report could not be written"),
    Label(
        "Temuan dokumen ini tidak dapat ditulis dalam format ini: {error}",
        "The findings of this document could not be written in this format: {error}",
    ),
    Label(
        "Coba format lain (--format json), atau laporkan galat ini.",
        "Try another format (--format json), or report this as a bug.",
    ),
)


def _unwritable_finding(
    exc: BaseException,
    lang: Lang,
    *,
    source: str,
    document_path: str,
    kind: str | None,
    doc_id: str | None,
    cross_document: bool = False,
) -> Finding:
    title, message, hint = _UNWRITABLE
    return Finding(
        code="PL900",
        severity=Severity.ERROR,
        path="",
        message=message.text(lang).format(error=_error(exc)),
        title=title.text(lang),
        hint=hint.text(lang),
        legal_basis=(),
        source=source,
        document_path=document_path,
        document_kind=kind,
        document_id=doc_id,
        cross_document=cross_document,
    )


def _unwritable(report: DocumentReport, exc: BaseException, lang: Lang) -> DocumentReport:
    """``report`` with its findings replaced by one that says they could not be written."""
    finding = _unwritable_finding(
        exc,
        lang,
        source=report.source,
        document_path=report.path,
        kind=report.kind,
        doc_id=report.id,
    )
    return DocumentReport(
        _text(report.source), _text(report.path), report.kind, report.id, report.loaded, (finding,)
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


class Writer:
    """Collects counts; subclasses write documents as they come and a summary at the end.

    Subclasses make a document's text in :meth:`render` and a cross-document finding's in
    :meth:`render_finding`; this class writes them, or a ``PL900`` finding for the document when
    making them failed.
    """

    def __init__(
        self,
        out: TextIO,
        *,
        lang: Lang,
        as_of: dt.date,
        colour: bool = False,
        as_of_reason: AsOfReason = "given",
        time_zone: TimeZone | None = None,
    ) -> None:
        self.out = out
        self.lang: Lang = lang
        self.as_of = as_of
        self.as_of_reason: AsOfReason = as_of_reason
        self.time_zone = time_zone
        self.colour = colour
        self.counts: Counter[Severity] = Counter()
        self.documents = 0
        self.documents_with_findings = 0

    def _count(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.counts[finding.severity] += 1

    def document(self, report: DocumentReport) -> None:
        """Write one document's report (nothing, in this base class) and count its findings."""
        try:
            text = self.render(report)
        except Exception as exc:  # noqa: BLE001  (one document must not stop the report)
            report = _unwritable(report, exc, self.lang)
            text = self.render(report)
        self.documents += 1
        if report.findings:
            self.documents_with_findings += 1
        self._count(report.findings)
        if text:
            self.out.write(text)

    def render(self, report: DocumentReport) -> str:
        """The output for one document's report."""
        return ""

    def render_finding(self, finding: Finding) -> str:
        """The output for one cross-document finding, alone."""
        return ""

    def writable(self, cross_document: list[Finding]) -> list[Finding]:
        """The cross-document findings, each that cannot be written replaced by a PL900 one."""
        result = []
        for finding in cross_document:
            try:
                self.render_finding(finding)
            except Exception as exc:  # noqa: BLE001  (one finding must not stop the report)
                finding = _unwritable_finding(  # noqa: PLW2901  (the replacement)
                    exc,
                    self.lang,
                    source=_text(finding.source),
                    document_path=_text(finding.document_path),
                    kind=finding.document_kind,
                    doc_id=finding.document_id,
                    cross_document=True,
                )
            result.append(finding)
        return result

    def finish(self, cross_document: list[Finding]) -> None:
        """Record the cross-document findings and write the end of the output."""
        self._count(cross_document)

    @property
    def errors(self) -> int:
        """How many error-severity findings were written."""
        return self.counts[Severity.ERROR]

    def count_dict(self) -> dict[str, int]:
        """Counts by severity value."""
        return {s.value: self.counts.get(s, 0) for s in Severity}


# --- text ------------------------------------------------------------------------------------------

_STYLE: Final = {
    Severity.ERROR: "\033[1;31m",
    Severity.WARNING: "\033[33m",
    Severity.INFO: "\033[36m",
}
_DIM: Final = "\033[2m"
_BOLD: Final = "\033[1m"
_RESET: Final = "\033[0m"

_PLURAL: Final = {
    Severity.ERROR: Label("kesalahan", "errors"),
    Severity.WARNING: Label("peringatan", "warnings"),
    Severity.INFO: Label("informasi", "info"),
}
_WORDS: Final = {
    "basis": Label("dasar hukum", "legal basis"),
    "hint": Label("saran", "hint"),
    "across": Label("Temuan antardokumen", "Across documents"),
    "documents": Label("dokumen diperiksa", "documents checked"),
    "with_findings": Label("dengan temuan", "with findings"),
    "as_of": Label("per tanggal", "as of"),
    "clean": Label("tidak ada temuan", "no findings"),
    "unverified": Label("dasar hukum belum terverifikasi", "legal text unverified"),
    "integrity": Label(
        "integritas data (data saling bertentangan; tidak perlu dasar hukum)",
        "data integrity (the data contradicts itself; no legal basis needed)",
    ),
}


class TextWriter(Writer):
    """Readable text, coloured only on a terminal."""

    def _paint(self, text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if self.colour else text

    def _word(self, key: str) -> str:
        return _WORDS[key].text(self.lang)

    def render_finding(self, f: Finding) -> str:
        """A finding as indented lines."""
        severity = self._paint(f"{f.severity.label.text(self.lang):<10}", _STYLE[f.severity])
        where = f.path or "/"
        lines = [f"  {severity} {self._paint(f.code, _BOLD)} {where}\n", f"      {f.message}\n"]
        if f.legal_basis:
            basis = "; ".join(str(c) for c in f.legal_basis)
            flag = "" if f.verified else f" ({self._word('unverified')})"
            lines.append(self._paint(f"      {self._word('basis')}: {basis}{flag}\n", _DIM))
        elif f.integrity:
            lines.append(
                self._paint(f"      {self._word('basis')}: {self._word('integrity')}\n", _DIM)
            )
        if f.hint:
            lines.append(self._paint(f"      {self._word('hint')}: {f.hint}\n", _DIM))
        return "".join(lines)

    def _heading(self, source: str, path: str, kind: str | None, doc_id: str | None) -> str:
        where = f"{source}#{path}" if path else source
        what = " ".join(x for x in (kind, doc_id) if x)
        return self._paint(where or "<input>", _BOLD) + (f"  [{what}]" if what else "") + "\n"

    def render(self, report: DocumentReport) -> str:
        """The document's findings under a heading, if it has any."""
        if not report.findings:
            return ""
        heading = self._heading(report.source, report.path, report.kind, report.id)
        return heading + "".join(self.render_finding(f) for f in report.findings)

    def finish(self, cross_document: list[Finding]) -> None:
        """Write the cross-document findings and a summary line."""
        cross_document = self.writable(cross_document)
        super().finish(cross_document)
        if cross_document:
            self.out.write(self._paint(f"{self._word('across')}\n", _BOLD))
            last: tuple[str, str, str | None] | None = None
            for f in cross_document:
                key = (f.source, f.document_path, f.document_id)
                if key != last:
                    self.out.write(
                        self._heading(f.source, f.document_path, f.document_kind, f.document_id)
                    )
                    last = key
                self.out.write(self.render_finding(f))
        counts = ", ".join(
            f"{self.counts.get(s, 0)} {_PLURAL[s].text(self.lang)}" for s in Severity
        )
        self.out.write(
            f"{self.documents} {self._word('documents')}, {self.documents_with_findings} "
            f"{self._word('with_findings')}: {counts} ({self._word('as_of')} "
            f"{self.as_of.isoformat()})\n"
        )


# --- JSON ------------------------------------------------------------------------------------------


class JsonWriter(Writer):
    """One JSON object: per document its source and findings, then cross-document findings.

    The same JSON as ``pelayanan.to_dict(report)``, key for key, made by the same converter a
    document at a time; its schema is :func:`~pelayanan.rules.validation.report_schema`.
    """

    def __init__(self, out: TextIO, **settings: Any) -> None:  # noqa: ANN401  (Writer's keywords)
        super().__init__(out, **settings)
        self.out.write('{\n  "documents": [')

    def render(self, report: DocumentReport) -> str:
        """The document's entry in the list."""
        entry = json.dumps(to_dict(report), ensure_ascii=False)
        return ("," if self.documents else "") + "\n    " + entry

    def render_finding(self, finding: Finding) -> str:
        """A cross-document finding's entry."""
        return json.dumps(_cross_document_entry(finding), ensure_ascii=False)

    def finish(self, cross_document: list[Finding]) -> None:
        """Close the list and write the cross-document findings and counts."""
        cross_document = self.writable(cross_document)
        super().finish(cross_document)
        # The documents were written as they came: the rest is a report without them, with the
        # counts of everything written.
        rest = Report(
            self.as_of, self.lang, (), tuple(cross_document), self.as_of_reason, self.time_zone
        )
        tail = to_dict(rest)
        del tail["documents"]
        tail.update(counts=self.count_dict(), ok=self.errors == 0)
        body = json.dumps(tail, indent=2, ensure_ascii=False)
        self.out.write("\n  ],\n" + body[2:] + "\n")


# --- CSV -------------------------------------------------------------------------------------------


class CsvWriter(Writer):
    """One row per finding (RFC 4180), with the columns of :meth:`Finding.to_record`.

    Cross-document findings follow the documents' own; a document without findings has no row.
    """

    def __init__(self, out: TextIO, **settings: Any) -> None:  # noqa: ANN401  (Writer's keywords)
        super().__init__(out, **settings)
        out.write(self._rows([dict(zip(RECORD_FIELDS, RECORD_FIELDS, strict=True))]))

    @staticmethod
    def _rows(records: Iterable[dict[str, Any]]) -> str:
        buffer = io.StringIO()
        csv.DictWriter(buffer, fieldnames=RECORD_FIELDS).writerows(records)
        return buffer.getvalue()

    def render(self, report: DocumentReport) -> str:
        """A row per finding."""
        return self._rows(f.to_record() for f in report.findings)

    def render_finding(self, finding: Finding) -> str:
        """A cross-document finding's row."""
        return self._rows([finding.to_record()])

    def finish(self, cross_document: list[Finding]) -> None:
        """Write the cross-document rows."""
        cross_document = self.writable(cross_document)
        super().finish(cross_document)
        self.out.write(self._rows(f.to_record() for f in cross_document))


# --- SARIF -----------------------------------------------------------------------------------------

_SARIF_LEVEL: Final = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_LARGEST_FOR_LINES: Final = 64 * 2**20
"""Files larger than this are not scanned for line numbers (results point at line 1)."""


def _unverified(lang: Lang) -> str:
    return Label(
        "Dasar hukum aturan ini belum terverifikasi: teksnya tidak terlihat dalam sumber yang "
        "diperiksa. Aturan ini paling berat peringatan, kecuali dinaikkan melalui konfigurasi.",
        "The legal text behind this rule is unverified: it was not seen in a source checked. The "
        "rule is at most a warning unless configuration raises it.",
    ).text(lang)


class SarifWriter(Writer):
    """SARIF 2.1.0, so that code-hosting and CI tools show findings at their file and line."""

    def __init__(
        self,
        out: TextIO,
        *,
        lang: Lang,
        as_of: dt.date,
        colour: bool = False,
        registry: Registry | None = None,
        **settings: Any,  # noqa: ANN401  (Writer's keywords)
    ) -> None:
        super().__init__(out, lang=lang, as_of=as_of, colour=colour, **settings)
        self.registry = registry
        self._rules: dict[str, int] = {}
        self._rule_entries: list[dict[str, Any]] = []
        self._lines: dict[str, JsonLines] = {}
        self.out.write(
            '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n'
            '  "version": "2.1.0",\n  "runs": [\n    {\n      "results": ['
        )
        self._results = 0

    def _rule_index(self, f: Finding) -> int:
        if f.code not in self._rules:
            self._rules[f.code] = len(self._rule_entries)
            entry: dict[str, Any] = {
                "id": f.code,
                "shortDescription": {"text": f.title or f.code},
                "defaultConfiguration": {"level": _SARIF_LEVEL[f.severity]},
                "properties": {
                    "legal_basis": [str(c) for c in f.legal_basis],
                    "obligation": None if f.obligation is None else str(f.obligation),
                    "verified": f.verified,
                    "integrity": f.integrity,
                },
            }
            if not f.verified:
                entry["fullDescription"] = {"text": _unverified(self.lang)}
            if f.hint:
                entry["help"] = {"text": f.hint}
            self._rule_entries.append(entry)
        return self._rules[f.code]

    def _location(self, f: Finding) -> dict[str, Any]:
        source = f.source
        line = 1
        if ":" in source and source.rsplit(":", 1)[1].isdigit():
            source, number = source.rsplit(":", 1)
            line = int(number)
        elif source and Path(source).is_file():
            line = self._lines_of(source).line_of(f.document_path + f.path)
        pointer = f.document_path + f.path
        return {
            "physicalLocation": {
                "artifactLocation": {"uri": Path(source).as_posix() if source else "<input>"},
                "region": {"startLine": line},
            },
            "logicalLocations": [{"fullyQualifiedName": pointer or "/", "kind": "object"}],
        }

    def _lines_of(self, source: str) -> JsonLines:
        """The line finder of a file, read once (only the last file's is kept)."""
        if source not in self._lines:
            self._lines.clear()  # documents come file by file: keep one file's lines
            try:
                size = Path(source).stat().st_size
                text = Path(source).read_text("utf-8") if size <= _LARGEST_FOR_LINES else ""
            except (OSError, UnicodeDecodeError):
                text = ""
            self._lines[source] = JsonLines(text)
        return self._lines[source]

    def _result(self, f: Finding) -> str:
        text = f.message if f.verified else f"{f.message} ({_WORDS['unverified'].text(self.lang)})"
        result = {
            "ruleId": f.code,
            "ruleIndex": self._rule_index(f),
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": text},
            "locations": [self._location(f)],
            "properties": {
                "json_pointer": f.path,
                "document_id": f.document_id,
                "document_kind": f.document_kind,
                "legal_basis": [str(c) for c in f.legal_basis],
                "verified": f.verified,
            },
        }
        return json.dumps(result, ensure_ascii=False)

    def _results_text(self, findings: Iterable[Finding]) -> str:
        parts = [self._result(f) for f in findings]
        text = "".join(
            ("," if self._results + n else "") + "\n        " + part for n, part in enumerate(parts)
        )
        self._results += len(parts)
        return text

    def render(self, report: DocumentReport) -> str:
        """A result per finding."""
        return self._results_text(report.findings)

    def render_finding(self, finding: Finding) -> str:
        """A cross-document finding's result, alone."""
        return self._result(finding)

    def finish(self, cross_document: list[Finding]) -> None:
        """Write cross-document results and the tool description."""
        cross_document = self.writable(cross_document)
        super().finish(cross_document)
        self.out.write(self._results_text(cross_document))
        tool = {
            "driver": {
                "name": "pelayanan",
                "version": __version__,
                "informationUri": _HOMEPAGE,
                "rules": self._rule_entries,
            }
        }
        tail = json.dumps(
            {"tool": tool, "properties": {"as_of": self.as_of.isoformat(), "lang": self.lang}},
            indent=2,
            ensure_ascii=False,
        )
        indented = "\n".join("      " + line for line in tail.splitlines()[1:-1])
        self.out.write("\n      ],\n" + indented + "\n    }\n  ]\n}\n")


def make_writer(
    fmt: str,
    out: TextIO,
    *,
    lang: Lang,
    as_of: dt.date,
    colour: bool,
    registry: Registry | None = None,
    as_of_reason: AsOfReason = "given",
    time_zone: TimeZone | None = None,
) -> Writer:
    """The writer for ``fmt`` (``text``, ``json``, ``csv`` or ``sarif``)."""
    date: dict[str, Any] = {
        "lang": lang,
        "as_of": as_of,
        "as_of_reason": as_of_reason,
        "time_zone": time_zone,
    }
    if fmt == "json":
        return JsonWriter(out, **date)
    if fmt == "csv":
        return CsvWriter(out, **date)
    if fmt == "sarif":
        return SarifWriter(out, registry=registry, **date)
    return TextWriter(out, colour=colour, **date)
