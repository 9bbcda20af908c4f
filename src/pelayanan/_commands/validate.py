"""``pelayanan validate PATH...``: check documents against the rules in force on a date.

Reads JSON files (one document or a list), JSON Lines files (a document per line), directories
(every ``.json``, ``.jsonl`` and ``.ndjson`` file below, in sorted order) and ``-`` for standard
input. Each document is checked as soon as it is read; documents that cross-document rules look at
(providers, services, charters) are kept until the end, and standards are summarised for them in a
second reading of the files, so that memory does not grow with the number of standards. Standard
input cannot be read twice, so for it the summaries are kept as they come.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from .._convert import pointer
from .._sources import iter_sources
from ..documents import Document, parse_documents
from ..standards import ServiceStandard, StandardStatus
from ..validation import Index, StandardSummary, Validator
from ._common import EXIT_FINDINGS, EXIT_OK, add_format_option, parse_date, use_colour


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``validate`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help="check documents against the rules in force on a date",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="JSON or JSON Lines files, directories, or -"
    )
    parser.add_argument(
        "--as-of",
        type=parse_date,
        metavar="DATE",
        help="the date the check is for (YYYY-MM-DD; default: today in WIB)",
    )
    add_format_option(parser, "text", "json", "sarif")
    parser.add_argument("--lang", choices=("id", "en"), default="id", help="message language")
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="only rules whose code starts with one of these (comma-separated, e.g. SP,MK001)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="skip rules whose code starts with one of these (comma-separated)",
    )
    parser.set_defaults(handler=run)


def _codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def _raw_summary(data: object) -> StandardSummary | None:
    """A standard's summary read straight from its JSON data, skipping anything malformed."""
    if not isinstance(data, Mapping) or data.get("kind") != "service_standard":
        return None
    fields = {name: data.get(name) for name in ("id", "service_id", "unit_id", "version", "status")}
    if not isinstance(fields["id"], str) or not isinstance(fields["service_id"], str):
        return None
    try:
        status = StandardStatus(fields["status"] or "draft")
    except ValueError:
        status = StandardStatus.DRAFT
    establishment = data.get("establishment")
    decided = establishment.get("decided_on") if isinstance(establishment, Mapping) else None
    try:
        import datetime as dt  # noqa: PLC0415

        decided_on = dt.date.fromisoformat(decided) if isinstance(decided, str) else None
    except ValueError:
        decided_on = None
    unit_id = fields["unit_id"] if isinstance(fields["unit_id"], str) else None
    version = fields["version"] if isinstance(fields["version"], int) else 1
    return StandardSummary(fields["id"], fields["service_id"], unit_id, version, status, decided_on)


def _raw_documents(data: object) -> Iterator[object]:
    yield from data if isinstance(data, list) else [data]


def run(args: argparse.Namespace) -> int:
    """Validate every input and write the report; exit 1 if any error-severity finding."""
    validator = Validator(
        as_of=args.as_of, lang=args.lang, select=_codes(args.select), ignore=_codes(args.ignore)
    )
    from .._report_formats import make_writer  # noqa: PLC0415  (only this command needs it)

    out = sys.stdout
    writer = make_writer(
        args.format,
        out,
        lang=args.lang,
        as_of=validator.as_of,
        colour=use_colour(out),
        registry=validator.registry,
    )
    keep = validator.cross_document_kinds
    rereadable = "-" not in args.paths
    index = Index()
    anchors: list[tuple[str, str, Document]] = []
    for source in iter_sources(args.paths):
        if not source.readable:
            writer.document(validator.unreadable(source.problems, source.name))
            continue
        for parsed in parse_documents(source.data):
            index.count(parsed.kind)
            writer.document(validator.check(parsed, source.name))
            document = parsed.document
            if document is None:
                continue
            if parsed.kind in keep:
                anchors.append((source.name, pointer(parsed.path), document))
                index.add(document)
            elif isinstance(document, ServiceStandard) and not rereadable:
                index.add_standard(StandardSummary.of(document))
    if anchors and rereadable and index.has("service_standard"):
        for source in iter_sources(args.paths):
            for data in _raw_documents(source.data):
                summary = _raw_summary(data)
                if summary is not None and index.wants_standard(summary):
                    index.add_standard(summary)
    writer.finish(validator.check_across(anchors, index))
    return EXIT_FINDINGS if writer.errors else EXIT_OK
