"""``pelayanan summary PATH...``: load documents and say what each file holds."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from .._base.labels import Lang
from ..io._sources import iter_sources
from ..io.documents import parse_documents
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_format_option,
    add_lang_option,
    add_paths_argument,
    print_json,
    said,
)


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``summary`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "summary",
        help=said(
            "muat dokumen dan sebutkan isi setiap berkas",
            "load documents and list what each file holds",
        ),
    )
    add_paths_argument(parser)
    add_format_option(parser, "text", "json")
    add_lang_option(parser, "words and load problems", "kata dan masalah pemuatan", default="en")
    parser.set_defaults(handler=run)


def _files(paths: list[str], lang: Lang = "en") -> list[dict[str, Any]]:
    """Per input: its name, the documents by kind, the problems, or why it could not be read."""
    files: list[dict[str, Any]] = []
    for source in iter_sources(paths):
        if not source.readable:
            files.append(
                {
                    "source": source.name,
                    "documents": {},
                    "problems": len(source.problems),
                    "broken": 1,
                    "error": source.problems[0].text(lang),
                }
            )
            continue
        parsed = list(parse_documents(source.data))
        kinds = Counter(p.kind or "unknown" for p in parsed)
        files.append(
            {
                "source": source.name,
                "documents": dict(sorted(kinds.items())),
                "problems": sum(len(p.problems) for p in parsed),
                "broken": sum(1 for p in parsed if p.problems),
                "error": None,
            }
        )
    return files


def run(args: argparse.Namespace) -> int:
    """Print one line per input and a total; exit 1 if anything could not be loaded.

    ``--format json`` prints ``{"files": [...], "total": {kind: count}, "ok": bool}``, each file
    with its ``documents`` by kind, its ``problems``, the number of ``broken`` documents, and the
    ``error`` that kept it from being read (``null`` if it was read).
    """
    files = _files(args.paths, args.lang)
    total: Counter[str] = Counter()
    for entry in files:
        total.update(entry["documents"])
    broken = sum(entry["broken"] for entry in files)
    if args.format == "json":
        print_json({"files": files, "total": dict(sorted(total.items())), "ok": not broken})
        return EXIT_FINDINGS if broken else EXIT_OK
    for entry in files:
        if entry["error"] is not None:
            print(f"{entry['source']}: {entry['error']}")
            continue
        listing = ", ".join(f"{n} {k}" for k, n in entry["documents"].items())
        problems = entry["problems"]
        suffix = f" ({problems} problem{'s' if problems != 1 else ''})" if problems else ""
        print(f"{entry['source']}: {listing}{suffix}")
    listing = ", ".join(f"{n} {k}" for k, n in sorted(total.items())) or "no documents"
    print(f"total: {listing}")
    return EXIT_FINDINGS if broken else EXIT_OK
