"""Writing validation results as text, JSON or SARIF 2.1.0, one document at a time.

The writers take :class:`~pelayanan.rules.validation.DocumentReport` objects as they are produced, so
that a JSON Lines file of any size is reported without holding all results in memory, and finish
with the cross-document findings and the counts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final, TextIO

from .._base.labels import Label, Lang
from .._base.version import __version__
from ..io._locate import JsonLines
from ._engine import Registry, Severity
from .validation import DocumentReport, Finding

__all__ = ["JsonWriter", "SarifWriter", "TextWriter", "Writer", "make_writer"]

_HOMEPAGE: Final = "https://github.com/pelayanan/pelayanan"


class Writer:
    """Collects counts; subclasses write documents as they come and a summary at the end."""

    def __init__(self, out: TextIO, *, lang: Lang, as_of: dt.date, colour: bool = False) -> None:
        self.out = out
        self.lang: Lang = lang
        self.as_of = as_of
        self.colour = colour
        self.counts: Counter[Severity] = Counter()
        self.documents = 0
        self.documents_with_findings = 0

    def _count(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.counts[finding.severity] += 1

    def document(self, report: DocumentReport) -> None:
        """Record one document's report."""
        self.documents += 1
        if report.findings:
            self.documents_with_findings += 1
        self._count(report.findings)

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

    def _finding(self, f: Finding) -> None:
        severity = self._paint(f"{f.severity.label.text(self.lang):<10}", _STYLE[f.severity])
        where = f.path or "/"
        self.out.write(f"  {severity} {self._paint(f.code, _BOLD)} {where}\n")
        self.out.write(f"      {f.message}\n")
        if f.legal_basis:
            basis = "; ".join(str(c) for c in f.legal_basis)
            flag = "" if f.verified else f" ({self._word('unverified')})"
            self.out.write(self._paint(f"      {self._word('basis')}: {basis}{flag}\n", _DIM))
        elif f.integrity:
            self.out.write(
                self._paint(f"      {self._word('basis')}: {self._word('integrity')}\n", _DIM)
            )
        if f.hint:
            self.out.write(self._paint(f"      {self._word('hint')}: {f.hint}\n", _DIM))

    def _heading(self, source: str, path: str, kind: str | None, doc_id: str | None) -> None:
        where = f"{source}#{path}" if path else source
        what = " ".join(x for x in (kind, doc_id) if x)
        self.out.write(
            self._paint(where or "<input>", _BOLD) + (f"  [{what}]" if what else "") + "\n"
        )

    def document(self, report: DocumentReport) -> None:
        """Write the document's findings, if it has any."""
        super().document(report)
        if report.findings:
            self._heading(report.source, report.path, report.kind, report.id)
            for finding in report.findings:
                self._finding(finding)

    def finish(self, cross_document: list[Finding]) -> None:
        """Write the cross-document findings and a summary line."""
        super().finish(cross_document)
        if cross_document:
            self.out.write(self._paint(f"{self._word('across')}\n", _BOLD))
            last: tuple[str, str, str | None] | None = None
            for f in cross_document:
                key = (f.source, f.document_path, f.document_id)
                if key != last:
                    self._heading(f.source, f.document_path, f.document_kind, f.document_id)
                    last = key
                self._finding(f)
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
    """One JSON object: per document its source and findings, then cross-document findings."""

    def __init__(self, out: TextIO, *, lang: Lang, as_of: dt.date, colour: bool = False) -> None:
        super().__init__(out, lang=lang, as_of=as_of, colour=colour)
        self.out.write('{\n  "documents": [')

    def document(self, report: DocumentReport) -> None:
        """Write the document's entry."""
        if self.documents:
            self.out.write(",")
        super().document(report)
        self.out.write("\n    " + json.dumps(report.to_dict(), ensure_ascii=False))

    def finish(self, cross_document: list[Finding]) -> None:
        """Close the list and write the cross-document findings and counts."""
        super().finish(cross_document)
        entries = [
            {
                "source": f.source,
                "path": f.document_path,
                "kind": f.document_kind,
                "id": f.document_id,
                **f.to_dict(),
            }
            for f in cross_document
        ]
        tail = {
            "cross_document": entries,
            "as_of": self.as_of.isoformat(),
            "lang": self.lang,
            "counts": self.count_dict(),
            "ok": self.errors == 0,
        }
        body = json.dumps(tail, indent=2, ensure_ascii=False)
        self.out.write("\n  ],\n" + body[2:] + "\n")


# --- SARIF -----------------------------------------------------------------------------------------

_SARIF_LEVEL: Final = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


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
    ) -> None:
        super().__init__(out, lang=lang, as_of=as_of, colour=colour)
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
            if source not in self._lines:
                try:
                    self._lines[source] = JsonLines(Path(source).read_text("utf-8"))
                except (OSError, UnicodeDecodeError):
                    self._lines[source] = JsonLines("")
            line = self._lines[source].line_of(f.document_path + f.path)
        pointer = f.document_path + f.path
        return {
            "physicalLocation": {
                "artifactLocation": {"uri": Path(source).as_posix() if source else "<input>"},
                "region": {"startLine": line},
            },
            "logicalLocations": [{"fullyQualifiedName": pointer or "/", "kind": "object"}],
        }

    def _result(self, f: Finding) -> None:
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
        if self._results:
            self.out.write(",")
        self._results += 1
        self.out.write("\n        " + json.dumps(result, ensure_ascii=False))

    def document(self, report: DocumentReport) -> None:
        """Write a result per finding."""
        super().document(report)
        for finding in report.findings:
            self._result(finding)

    def finish(self, cross_document: list[Finding]) -> None:
        """Write cross-document results and the tool description."""
        super().finish(cross_document)
        for finding in cross_document:
            self._result(finding)
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
) -> Writer:
    """The writer for ``fmt`` (``text``, ``json`` or ``sarif``)."""
    if fmt == "json":
        return JsonWriter(out, lang=lang, as_of=as_of)
    if fmt == "sarif":
        return SarifWriter(out, lang=lang, as_of=as_of, registry=registry)
    return TextWriter(out, lang=lang, as_of=as_of, colour=colour)
