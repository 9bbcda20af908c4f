"""What every command shares: exit codes, usage errors, and output helpers.

Imports nothing of the model: every command module imports this one, and ``pelayanan --version``
or ``pelayanan rules --format json`` must start at once.
"""

from __future__ import annotations

import argparse
import contextvars
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TextIO

from .._base.errors import PelayananError

if TYPE_CHECKING:
    from .._base.labels import Lang

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_OK",
    "EXIT_USAGE",
    "Handler",
    "UsageError",
    "add_as_of_option",
    "add_format_option",
    "add_lang_option",
    "add_paths_argument",
    "asked_lang",
    "describe",
    "parse_date",
    "print_json",
    "said",
    "use_colour",
]

EXIT_OK: Final = 0
"""The command ran and found nothing wrong."""
EXIT_FINDINGS: Final = 1
"""The command ran and the data has at least one error."""
EXIT_USAGE: Final = 2
"""The command itself was wrong: a bad option, a path that cannot be read."""

Handler = Callable[[argparse.Namespace], int]


asked_lang: contextvars.ContextVar[str] = contextvars.ContextVar("asked_lang", default="en")
"""The language of the command line's own messages while it reads its arguments.

Set by :func:`pelayanan.cli.main` from ``--lang`` (or the command's default) before argparse
checks the values, so that a bad ``--as-of`` is refused in the language the report would have.
"""


def said(indonesian: str, english: str) -> str:
    """``indonesian`` or ``english``, as :data:`asked_lang` says."""
    return indonesian if asked_lang.get() == "id" else english


class UsageError(PelayananError):
    """The command line asked for something impossible; reported in one line, exit code 2."""


def describe(docstring: str | None) -> str | None:
    """The first paragraph of a command module's docstring, as plain text for ``--help``."""
    if not docstring:
        return None
    return " ".join(docstring.split("\n\n")[0].split()).replace("``", "")


def parse_date(text: str) -> dt.date:
    """An argparse type for ISO dates (``2024-05-02``)."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        msg = said(
            f"{text[:40]!r} bukan tanggal; tulis YYYY-MM-DD",
            f"{text[:40]!r} is not a date; write YYYY-MM-DD",
        )
        raise argparse.ArgumentTypeError(msg) from None
    from ..io.limits import DEFAULT_LIMITS  # noqa: PLC0415  (the limits load with the model)

    limits = DEFAULT_LIMITS
    if not limits.earliest_year <= day.year <= limits.latest_year:
        msg = said(
            f"{text!r} di luar tahun {limits.earliest_year} sampai {limits.latest_year} "
            "(batas masukan menyisakan satu tahun untuk perhitungan)",
            f"{text!r} is outside the years {limits.earliest_year} to {limits.latest_year} "
            "(the input limits leave a year of room for the calculations)",
        )
        raise argparse.ArgumentTypeError(msg)
    return day


def add_paths_argument(parser: argparse.ArgumentParser) -> None:
    """Add the positional ``PATH`` arguments every data command takes."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=said(
            "berkas JSON atau JSON Lines, folder, atau - (masukan standar)",
            "JSON or JSON Lines files, directories, or -",
        ),
    )


def add_format_option(parser: argparse.ArgumentParser, *choices: str) -> None:
    """Add ``--format`` with ``choices`` (the first is the default)."""
    parser.add_argument(
        "--format",
        choices=choices,
        default=choices[0],
        help=said(
            f"format keluaran (bawaan: {choices[0]})", f"output format (default: {choices[0]})"
        ),
    )


def add_as_of_option(parser: argparse.ArgumentParser, help: str, *aliases: str) -> None:  # noqa: A002
    """Add ``--as-of DATE`` (and ``aliases``) as ``args.as_of``, ``None`` when not given.

    ``help`` is said in the language asked for: ``said("tanggal ...", "the date ...")``.
    """
    parser.add_argument(
        "--as-of",
        *aliases,
        dest="as_of",
        type=parse_date,
        metavar="DATE",
        help=help,
    )


def add_lang_option(
    parser: argparse.ArgumentParser, what: str, what_id: str, default: Lang = "id"
) -> None:
    """Add ``--lang id|en``, the language of ``what`` (``"messages"``; ``what_id``: ``"pesan"``)."""
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default=default,
        help=said(
            f"bahasa {what_id} (bawaan: {default})", f"language of the {what} (default: {default})"
        ),
    )


def print_json(data: Any, stream: TextIO | None = None) -> None:  # noqa: ANN401  (JSON-like data)
    """Write ``data`` as indented JSON, keeping non-ASCII text readable."""
    out = stream or sys.stdout
    out.write(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    out.write("\n")


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (https://no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")
