"""``pelayanan import FILE...``: read standard tables (CSV, XLSX, DOCX, HTML) into JSON documents.

Each file holds one table per standard or several (a workbook's sheets, a page's tables, a table
split by headings). The service_standard documents are written as JSON to standard output or to
``-o`` (one document, or a list when there are several); what could not be read is reported as
import findings (IM001 …) on standard error. With ``--validate`` the output is instead the
validation report of the imported documents, the import findings included. Exit 0 when clean, 1
when there are import findings (warnings or errors) or validation errors, 2 when a file cannot be
read. PDF is not read.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any, Final, TextIO

from .._base.labels import Lang
from ..io.documents import ParsedDocument, kind_of, to_dict
from ..io.tables import FORMATS, ImportFinding, TableImport, TableReadError, read_standard_table
from ..rules._engine import Severity
from ..rules.validation import DocumentReport, Finding, Index, Validator, today_in_wib
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    add_as_of_option,
    add_format_option,
    add_lang_option,
    describe,
    print_json,
    said,
    use_colour,
)

_SEVERITY: Final = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}

_DESCRIPTION_ID: Final = (
    "pelayanan import FILE...: baca tabel standar (CSV, XLSX, DOCX, HTML) menjadi dokumen JSON."
)
"""The first paragraph of the module's docstring in Indonesian, for ``--help --lang id``."""


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``import`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import",
        help=said(
            "baca tabel standar (CSV, XLSX, DOCX, HTML) menjadi JSON service_standard",
            "read standard tables (CSV, XLSX, DOCX, HTML) into service_standard JSON",
        ),
        description=said(_DESCRIPTION_ID, describe(__doc__) or ""),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=said("berkas CSV, XLSX, DOCX, atau HTML", "CSV, XLSX, DOCX or HTML files"),
    )
    add_format_option(parser, "json", "text")
    add_lang_option(parser, "findings", "temuan")
    parser.add_argument(
        "--provider",
        metavar="ID",
        help=said("provider_id setiap standar", "the provider_id of every standard"),
    )
    parser.add_argument(
        "--unit", metavar="ID", help=said("unit_id setiap standar", "the unit_id of every standard")
    )
    parser.add_argument(
        "--service",
        metavar="NAME",
        help=said(
            "nama layanan bila tabel tidak menyebutkannya (sekaligus menjadi dasar id)",
            "the service's name when the table does not give it (it also gives the ids)",
        ),
    )
    parser.add_argument(
        "--scope",
        choices=("full", "published"),
        help=said(
            "jenis isi tabel (bawaan: bagian yang dipublikasikan bila sebuah tabel hanya memuat "
            "komponen penyampaian pelayanan, paling sedikit tiga, dengan atau tanpa dasar hukum, "
            "selain itu standar lengkap)",
            "what the tables are (default: the published part when a table holds only "
            "service-delivery components, at least three, with or without the legal basis, "
            "else the full standard)",
        ),
    )
    parser.add_argument(
        "--input-format",
        choices=FORMATS,
        metavar="FORMAT",
        help=said(
            f"baca setiap berkas dalam format ini ({', '.join(FORMATS)}; bawaan: dikenali "
            "otomatis)",
            f"read every file as this format ({', '.join(FORMATS)}; default: detected)",
        ),
    )
    parser.add_argument(
        "--validate",
        action="store_true",
        help=said(
            "tulis laporan pemeriksaan dokumen hasil impor, bukan dokumennya",
            "write the validation report of the imported documents instead of the documents",
        ),
    )
    add_as_of_option(
        parser,
        said(
            "dengan --validate: tanggal yang menjadi acuan pemeriksaan (bawaan: hari ini dalam "
            "WIB)",
            "with --validate: the date the check is for (default: today in WIB)",
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=said(
            "tulis ke berkas ini, bukan ke keluaran standar", "write to this file, not to stdout"
        ),
    )
    parser.set_defaults(handler=run)


def _read(path: str, args: argparse.Namespace) -> TableImport:
    if path == "-":
        return read_standard_table(
            sys.stdin.buffer.read(),
            name="<stdin>",
            format=args.input_format,
            provider_id=args.provider,
            unit_id=args.unit,
            service=args.service,
            scope=args.scope,
        )
    if Path(path).is_dir():
        msg = f"{path}: a directory; name the files to import"
        raise TableReadError(msg)
    return read_standard_table(
        path,
        format=args.input_format,
        provider_id=args.provider,
        unit_id=args.unit,
        service=args.service,
        scope=args.scope,
    )


def _finding_line(finding: ImportFinding, lang: Lang) -> str:
    severity = _SEVERITY[finding.severity].label.text(lang)
    return f"{finding.source}: {severity} {finding.code} {finding.message(lang)}"


def _as_finding(
    found: ImportFinding, lang: Lang, document_path: str, doc_id: str | None
) -> Finding:
    return Finding(
        code=found.code,
        severity=_SEVERITY[found.severity],
        path=found.path,
        message=found.message(lang),
        title=found.kind.title.text(lang),
        hint=found.kind.hint.text(lang),
        legal_basis=(),
        source=found.source,
        document_path=document_path,
        document_kind="service_standard" if doc_id is not None else None,
        document_id=doc_id,
    )


def validate_imports(imports: list[TableImport], args: argparse.Namespace, out: TextIO) -> int:
    """Write the validation report of the imported standards, import findings included."""
    from ..rules._formats import make_writer  # noqa: PLC0415  (only --validate needs it)

    validator = Validator(as_of=args.as_of or today_in_wib(), lang=args.lang)
    lang: Lang = args.lang
    writer = make_writer(args.format, out, lang=lang, as_of=validator.as_of, colour=use_colour(out))
    index = Index()
    anchors = []
    for imported in imports:
        for document in imported.documents:
            index.count(kind_of(document))
            index.add(document)
    import_problems = 0
    for imported in imports:
        if imported.file_findings:
            findings = tuple(_as_finding(f, lang, "", None) for f in imported.file_findings)
            writer.document(DocumentReport(imported.source, "", None, None, False, findings))
        several = len(imported.standards) > 1
        for position, item in enumerate(imported.standards):
            path = (position,) if several else ()
            parsed = ParsedDocument(path, "service_standard", item.standard.id, item.standard, ())
            report = validator.check(parsed, imported.source)
            document_path = f"/{position}" if several else ""
            extra = tuple(
                _as_finding(f, lang, document_path, item.standard.id) for f in item.findings
            )
            merged = tuple(sorted((*report.findings, *extra), key=Finding.sort_key))
            writer.document(
                DocumentReport(report.source, report.path, report.kind, report.id, True, merged)
            )
            anchors.append((imported.source, document_path, item.standard))
        import_problems += sum(1 for f in imported.findings if f.severity != "info")
    writer.finish(validator.check_across(anchors, index))
    return EXIT_FINDINGS if writer.errors or import_problems else EXIT_OK


def _documents(imports: list[TableImport], args: argparse.Namespace, out: TextIO) -> int:
    documents = [to_dict(d) for imported in imports for d in imported.documents]
    print_json(documents[0] if len(documents) == 1 else documents, out)
    lang: Lang = args.lang
    findings = [f for imported in imports for f in imported.findings]
    if args.format == "json":
        if findings:
            print_json([f.to_dict(lang) for f in findings], sys.stderr)
    else:
        for finding in findings:
            print(_finding_line(finding, lang), file=sys.stderr)
    return EXIT_FINDINGS if any(f.severity != "info" for f in findings) else EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Import every file; write the documents (or, with --validate, the report)."""
    imports: list[TableImport] = []
    failed = False
    for path in args.files:
        try:
            imports.append(_read(path, args))
        except TableReadError as exc:
            print(f"pelayanan import: error: {exc}", file=sys.stderr)
            failed = True
    if failed:
        return EXIT_USAGE
    buffer = io.StringIO()
    status = (
        validate_imports(imports, args, buffer)
        if args.validate
        else _documents(imports, args, buffer)
    )
    if args.output:
        try:
            Path(args.output).write_text(buffer.getvalue(), encoding="utf-8")
        except OSError as exc:
            print(
                f"pelayanan import: error: cannot write {args.output}: {exc.strerror}",
                file=sys.stderr,
            )
            return EXIT_USAGE
    else:
        sys.stdout.write(buffer.getvalue())
    return status
