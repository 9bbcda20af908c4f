"""The ``pelayanan`` command line.

Every command answers bad input with findings or a one-line error and a non-zero exit code, never
a traceback: 0 means success, 1 means the data has errors, 2 means the command itself was wrong
(a bad option, a path that cannot be read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence

from ._errors import PelayananError
from ._sources import iter_sources
from ._version import __version__
from .documents import parse_documents

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]


def _summary(args: argparse.Namespace) -> int:
    """Load documents and say what each file holds."""
    kinds: Counter[str] = Counter()
    broken = 0
    for source in iter_sources(args.paths):
        if not source.readable:
            broken += 1
            print(f"{source.name}: {source.problems[0].message}")
            continue
        parsed = list(parse_documents(source.data))
        here = Counter(p.kind or "unknown" for p in parsed)
        kinds.update(here)
        problems = sum(len(p.problems) for p in parsed)
        broken += sum(1 for p in parsed if p.problems)
        listing = ", ".join(f"{n} {k}" for k, n in sorted(here.items()))
        suffix = f" ({problems} problem{'s' if problems != 1 else ''})" if problems else ""
        print(f"{source.name}: {listing}{suffix}")
    total = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no documents"
    print(f"total: {total}")
    return EXIT_FINDINGS if broken else EXIT_OK


def _parser() -> tuple[argparse.ArgumentParser, dict[str, Command]]:
    parser = argparse.ArgumentParser(
        prog="pelayanan",
        description="Indonesian public-service law as code: load, validate and compute.",
    )
    parser.add_argument("--version", action="version", version=f"pelayanan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    handlers: dict[str, Command] = {}

    summary = commands.add_parser("summary", help="load documents and list what each file holds")
    summary.add_argument(
        "paths", nargs="+", metavar="PATH", help="JSON/JSON Lines files, directories, or -"
    )
    handlers["summary"] = _summary
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    parser, handlers = _parser()
    args = parser.parse_args(argv)
    try:
        return handlers[args.command](args)
    except PelayananError as exc:
        print(f"pelayanan: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
