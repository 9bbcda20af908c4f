"""``pelayanan compliance PATH...``: the share of Pasal 21 components per standard and unit.

Mapped onto the Ombudsman scheme of the assessment year, and always labelled an estimate; where
the year's cut-offs were not seen in a source (assumed from another year, or an inferred band) the
estimate says so, in the text and in the JSON (``cutoffs_verified``, ``notes``).
"""

from __future__ import annotations

import argparse
from typing import Any, Final

from ..evaluation.compliance import ComplianceSummary, compliance_summary
from ..io._sources import iter_sources
from ..io.documents import parse_documents
from ..model.standards import ServiceStandard
from ..rules.validation import today_in_wib
from ._common import (
    EXIT_OK,
    add_as_of_option,
    add_format_option,
    add_lang_option,
    add_paths_argument,
    describe,
    print_json,
    said,
)

_DESCRIPTION_ID: Final = (
    "pelayanan compliance PATH...: persentase komponen Pasal 21 per standar dan per unit, "
    "dipetakan ke skema Ombudsman tahun penilaian dan selalu diberi label perkiraan. Bila batas "
    "nilai tahun itu tidak terlihat dalam sumber (diambil dari tahun lain, atau rentang yang "
    "disimpulkan), perkiraan menyebutkannya, dalam teks dan dalam JSON (cutoffs_verified, notes)."
)


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``compliance`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "compliance",
        help=said(
            "perkiraan pemenuhan 14 komponen Pasal 21 oleh setiap unit",
            "estimate each unit's fulfilment of the 14 Pasal 21 components",
        ),
        description=said(_DESCRIPTION_ID, describe(__doc__) or ""),
    )
    add_paths_argument(parser)
    parser.add_argument(
        "--year",
        type=int,
        help=said(
            "tahun penilaian (bawaan: tahun dari --as-of)",
            "assessment year (default: the year of --as-of)",
        ),
    )
    add_as_of_option(
        parser,
        said(
            "tanggal untuk menentukan versi yang berlaku (YYYY-MM-DD; bawaan: hari ini di WIB)",
            "which versions are in force (YYYY-MM-DD; default: today in WIB)",
        ),
    )
    add_format_option(parser, "text", "json")
    add_lang_option(parser, "labels", "label")
    parser.set_defaults(handler=run)


def summary_to_dict(summary: ComplianceSummary, lang: str) -> dict[str, Any]:
    """The JSON form printed by ``pelayanan compliance --format json``."""
    return {
        "year": summary.year,
        "as_of": summary.as_of.isoformat(),
        "is_estimate": True,
        "note": summary.note.text("en" if lang == "en" else "id"),
        "units": [
            {
                "unit_id": unit.unit_id,
                "percent": str(unit.percent),
                "estimate": None
                if unit.estimate is None
                else {
                    "score": str(unit.estimate.score),
                    "zone": unit.estimate.zone.value,
                    "category": unit.estimate.category.value if unit.estimate.category else None,
                    "label": unit.estimate.label.text("en" if lang == "en" else "id"),
                    "scheme": str(unit.estimate.scheme),
                    "cutoffs_verified": unit.estimate.cutoffs_verified,
                    "notes": [n.text("en" if lang == "en" else "id") for n in unit.estimate.notes],
                },
                "no_estimate": unit.no_estimate.en if unit.no_estimate else None,
                "standards": [
                    {
                        "standard_id": s.standard_id,
                        "service_id": s.service_id,
                        "status": s.status.value,
                        "percent": str(s.percent),
                        "missing": [c.letter for c in s.missing],
                        "coverage": s.coverage.value,
                        "not_counted": [c.letter for c in s.not_counted],
                        "basis": s.basis.text("en" if lang == "en" else "id"),
                    }
                    for s in unit.standards
                ],
            }
            for unit in summary.units
        ],
    }


def run(args: argparse.Namespace) -> int:
    """Print the summary (exit 0: it is an estimate, not a verdict)."""
    standards = [
        parsed.document
        for source in iter_sources(args.paths)
        if source.readable
        for parsed in parse_documents(source.data)
        if isinstance(parsed.document, ServiceStandard)
    ]
    summary = compliance_summary(standards, year=args.year, as_of=args.as_of or today_in_wib())
    if args.format == "json":
        print_json(summary_to_dict(summary, args.lang))
    else:
        print(summary.text(args.lang))
    return EXIT_OK
