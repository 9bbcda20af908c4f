"""``pelayanan schema [KIND] [-o DIR]``: the JSON Schemas of the documents and of the report.

KIND is a document kind (``service_standard``), ``document`` (any document, or a list of them, as
a file holds) or ``report`` (what ``pelayanan validate --format json`` prints). Without ``-o`` the
schema is printed; without KIND every schema is printed, as one object keyed by name. With ``-o
DIR`` each schema is written to ``DIR/<name>.json`` (the last part of its ``$id``), and the files
written are listed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, Final

from ..io.schema import document_schema, schema_names
from ..rules.validation import report_schema
from ._common import EXIT_OK, UsageError, describe, print_json, said

NAMES = (*schema_names(), "report")
"""Every schema the command knows, in the order it writes them."""

_DESCRIPTION_ID: Final = "pelayanan schema [KIND] [-o DIR]: JSON Schema dokumen dan laporan."
"""The first paragraph of the module's docstring in Indonesian, for ``--help --lang id``."""


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``schema`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "schema",
        help=said(
            "cetak atau tulis JSON Schema dokumen dan laporan",
            "print or write the JSON Schemas of the documents and of the report",
        ),
        description=said(_DESCRIPTION_ID, describe(__doc__) or ""),
    )
    parser.add_argument(
        "kind",
        nargs="?",
        choices=NAMES,
        metavar="KIND",
        help=said(
            f"salah satu dari: {', '.join(NAMES)} (bawaan: semua)",
            f"one of: {', '.join(NAMES)} (default: all)",
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help=said(
            "tulis ke DIR/<name>.json alih-alih mencetaknya",
            "write DIR/<name>.json instead of printing",
        ),
    )
    parser.set_defaults(handler=run)


def schema(name: str) -> dict[str, Any]:
    """The schema called ``name`` (one of :data:`NAMES`)."""
    return report_schema() if name == "report" else document_schema(name)


def run(args: argparse.Namespace) -> int:
    """Print the schemas, or write them to a directory."""
    names = (args.kind,) if args.kind else NAMES
    if args.output is None:
        print_json(schema(args.kind) if args.kind else {name: schema(name) for name in names})
        return EXIT_OK
    directory = Path(args.output)
    written = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name in names:
            path = directory / f"{name}.json"
            text = json.dumps(schema(name), indent=2, ensure_ascii=False) + "\n"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    except OSError as exc:
        msg = f"cannot write to {args.output}: {exc.strerror or exc}"
        raise UsageError(msg) from None
    for path in written:
        print(path)
    return EXIT_OK
