"""The ``pelayanan`` command line.

Every command answers bad input with findings or a one-line error and a non-zero exit code, never
a traceback: 0 means success, 1 means the data has errors, 2 means the command itself was wrong
(a bad option, a path that cannot be read).

Each command lives in its own module under ``pelayanan.cli``; :data:`COMMANDS` lists them in
the order ``pelayanan --help`` shows them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .._base.errors import PelayananError
from .._base.version import __version__
from . import (
    _complaint_deadlines,
    _compliance,
    _cycle,
    _deadline,
    _evaluate,
    _ikm,
    _import,
    _rules,
    _sample_size,
    _summary,
    _validate,
)
from ._common import EXIT_OK, EXIT_USAGE

__all__ = ["main"]

COMMANDS = [
    _validate,
    _import,
    _rules,
    _compliance,
    _evaluate,
    _deadline,
    _complaint_deadlines,
    _ikm,
    _sample_size,
    _summary,
    _cycle,
]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pelayanan",
        description="Indonesian public-service law as code: load, validate and compute.",
    )
    parser.add_argument("--version", action="version", version=f"pelayanan {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    # Text from the data is written as it is; anything the terminal cannot encode is escaped
    # rather than raising in the middle of a report.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    try:
        status: int = args.handler(args)
    except PelayananError as exc:
        print(f"pelayanan: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`pelayanan ... | head`): silence the interpreter's final flush.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return status
