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
    _export,
    _ikm,
    _import,
    _rules,
    _sample_size,
    _schema,
    _serve,
    _summary,
    _validate,
)
from ._common import EXIT_USAGE

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
    _schema,
    _export,
    _serve,
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
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code.

    Errors of the operating system on the command's own streams (standard output closed or on a
    full disk, a reader that went away, standard input closed) end the command with one line on
    standard error and exit code 2, never a traceback.
    """
    if sys.stdout is None or sys.stdout.closed:
        _say("standard output is closed")
        return EXIT_USAGE
    # Text from the data is written as it is; anything the terminal cannot encode is escaped
    # rather than raising in the middle of a report.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    try:
        status: int = args.handler(args)
        sys.stdout.flush()  # a full disk shows here, not in the interpreter's last flush
    except PelayananError as exc:
        _say(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        _say("cannot write the output: the reader closed the pipe")
        return EXIT_USAGE
    except OSError as exc:
        _quiet_stdout()
        _say(f"cannot write the output: {exc.strerror or exc}")
        return EXIT_USAGE
    return status


def _say(message: str) -> None:
    """Write one error line to standard error, if there is one to write to."""
    if sys.stderr is None:
        return
    try:
        print(f"pelayanan: error: {message}", file=sys.stderr)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # nowhere left to say it


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush succeeds."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's StringIO): nothing will be flushed to it at exit
