"""``pelayanan export --to cpsv-ap|schema-org PATH...``: services as linked data (JSON-LD).

``cpsv-ap`` describes providers, services and their standards in the EU Core Public Service
Vocabulary Application Profile 3.2 (it passes the profile's SHACL shapes); ``schema-org`` writes a
``GovernmentService`` per service, to embed in a unit's web page. Every service needs its provider
among the inputs, and every standard its service; other kinds of document are left out. What goes
where, and how working days are carried (never as an ``xsd:duration``), is in the documentation of
``pelayanan.io.linked_data``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Final

from ..io._sources import iter_sources
from ..io.documents import Document, parse_documents
from ..io.linked_data import to_cpsv_ap, to_schema_org
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    add_lang_option,
    add_paths_argument,
    describe,
    said,
)

_DESCRIPTION_ID: Final = (
    "pelayanan export --to cpsv-ap|schema-org PATH...: layanan sebagai data tertaut (JSON-LD)."
)
"""The first paragraph of the module's docstring in Indonesian, for ``--help --lang id``."""


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``export`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help=said(
            "tulis layanan sebagai JSON-LD CPSV-AP 3.2 atau schema.org",
            "write services as CPSV-AP 3.2 or schema.org JSON-LD",
        ),
        description=said(_DESCRIPTION_ID, describe(__doc__) or ""),
    )
    add_paths_argument(parser)
    parser.add_argument(
        "--to",
        required=True,
        choices=("cpsv-ap", "schema-org"),
        help=said(
            "kosakata: cpsv-ap (katalog) atau schema-org (halaman web)",
            "the vocabulary: cpsv-ap (catalogues) or schema-org (web pages)",
        ),
    )
    parser.add_argument(
        "--base",
        default="urn:pelayanan:",
        metavar="IRI",
        help=said(
            "awalan IRI simpul yang diekspor (bawaan: urn:pelayanan:)",
            "where the IRIs of the exported nodes start (default: urn:pelayanan:)",
        ),
    )
    add_lang_option(parser, "schema.org text", "teks schema.org")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=said("tulis ke FILE (bawaan: keluaran standar)", "write to FILE (default: stdout)"),
    )
    parser.set_defaults(handler=run)


def _load(paths: list[str]) -> tuple[list[Document], int]:
    """The documents that load whole, and how many did not (each named on standard error)."""
    documents: list[Document] = []
    broken = 0
    for source in iter_sources(paths):
        if not source.readable:
            broken += 1
            print(f"pelayanan: {source.name}: {source.problems[0].message}", file=sys.stderr)
            continue
        for parsed in parse_documents(source.data):
            if parsed.problems or parsed.document is None:
                broken += 1
                where = (
                    f"{source.name}#{parsed.problems[0].path}" if parsed.problems else source.name
                )
                message = parsed.problems[0].message if parsed.problems else "not loaded"
                print(f"pelayanan: {where}: {message}", file=sys.stderr)
                continue
            documents.append(parsed.document)
    return documents, broken


def run(args: argparse.Namespace) -> int:
    """Write the JSON-LD; exit 1 (and write nothing) if any document does not load."""
    documents, broken = _load(args.paths)
    if broken:
        these = "document does" if broken == 1 else "documents do"
        print(
            f"pelayanan: error: {broken} {these} not load; `pelayanan validate` lists the problems",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    if args.to == "cpsv-ap":
        data: object = to_cpsv_ap(documents, base=args.base)
    else:
        data = to_schema_org(documents, lang=args.lang, base=args.base)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as exc:
        msg = f"cannot write {args.output}: {exc.strerror or exc}"
        raise UsageError(msg) from None
    return EXIT_OK
