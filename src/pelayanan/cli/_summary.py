"""``pelayanan summary PATH...``: load documents and say what each file holds."""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from ..io._sources import iter_sources
from ..io.documents import parse_documents
from ._common import EXIT_FINDINGS, EXIT_OK, add_lang_option, add_paths_argument


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``summary`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "summary", help="load documents and list what each file holds"
    )
    add_paths_argument(parser)
    add_lang_option(parser, "words and load problems", default="en")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print one line per input and a total; exit 1 if anything could not be loaded."""
    indonesian = args.lang == "id"
    kinds: Counter[str] = Counter()
    broken = 0
    for source in iter_sources(args.paths):
        if not source.readable:
            broken += 1
            print(f"{source.name}: {source.problems[0].text(args.lang)}")
            continue
        parsed = list(parse_documents(source.data))
        here = Counter(p.kind or "unknown" for p in parsed)
        kinds.update(here)
        problems = sum(len(p.problems) for p in parsed)
        broken += sum(1 for p in parsed if p.problems)
        listing = ", ".join(f"{n} {k}" for k, n in sorted(here.items()))
        word = "masalah" if indonesian else f"problem{'s' if problems != 1 else ''}"
        suffix = f" ({problems} {word})" if problems else ""
        print(f"{source.name}: {listing}{suffix}")
    nothing = "tidak ada dokumen" if indonesian else "no documents"
    total = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or nothing
    print(f"{'jumlah' if indonesian else 'total'}: {total}")
    return EXIT_FINDINGS if broken else EXIT_OK
