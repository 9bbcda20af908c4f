"""The ``pelayanan`` command line.

Every command answers bad input with findings or a one-line error and a non-zero exit code, never
a traceback: 0 means success, 1 means the data has errors, 2 means the command itself was wrong
(a bad option, a path that cannot be read).

Each command lives in its own module under ``pelayanan.cli``; :data:`COMMANDS` lists them in
the order ``pelayanan --help`` shows them, with the line of help that list prints. Only the module
of the command being run is imported (``pelayanan --version`` imports none, ``pelayanan deadline``
does not load the rules), so that a CI job calling the command once per file starts at once.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from collections.abc import Collection, Iterable, Sequence
from typing import Any, Final, NamedTuple, NoReturn

from .._base.errors import PelayananError, SaidError
from .._base.version import __version__
from ._common import EXIT_USAGE, asked_lang, said

__all__ = ["main"]


class Command(NamedTuple):
    """A command of the command line: its name, its module, and its line in ``--help``."""

    name: str
    module: str
    """The module under ``pelayanan.cli`` whose ``register(subparsers)`` adds the command."""
    help: str
    """The summary ``pelayanan --help`` shows; the module's own parser must say the same."""
    help_id: str
    """The same in Indonesian (``pelayanan --help --lang id``)."""


COMMANDS: Final = (
    Command(
        "validate",
        "_validate",
        "check documents against the rules in force on a date",
        "periksa dokumen terhadap aturan yang berlaku pada suatu tanggal",
    ),
    Command(
        "import",
        "_import",
        "read standard tables (CSV, XLSX, DOCX, HTML) into service_standard JSON",
        "baca tabel standar (CSV, XLSX, DOCX, HTML) menjadi JSON service_standard",
    ),
    Command(
        "rules",
        "_rules",
        "list the compliance rules with their legal basis and period in force",
        "daftar aturan kepatuhan beserta dasar hukum dan masa berlakunya",
    ),
    Command(
        "compliance",
        "_compliance",
        "estimate each unit's fulfilment of the 14 Pasal 21 components",
        "perkiraan pemenuhan 14 komponen Pasal 21 oleh setiap unit",
    ),
    Command(
        "evaluate",
        "_evaluate",
        "gather a unit's evaluation inputs for a period",
        "kumpulkan bahan evaluasi suatu unit untuk suatu periode",
    ),
    Command(
        "deadline",
        "_deadline",
        "the due date of a time limit: DAYS working days, or '3 s/d 14 hari kerja'",
        "tanggal jatuh tempo suatu jangka waktu: DAYS hari kerja, atau '3 s/d 14 hari kerja'",
    ),
    Command(
        "complaint-deadlines",
        "_complaint_deadlines",
        "each complaint's time limits as of a date, and what is overdue",
        "batas waktu setiap pengaduan per suatu tanggal, dan yang terlewati",
    ),
    Command(
        "ikm",
        "_ikm",
        "compute the satisfaction index (IKM) from survey answers in a CSV file",
        "hitung indeks kepuasan masyarakat (IKM) dari jawaban survei dalam berkas CSV",
    ),
    Command(
        "sample-size",
        "_sample_size",
        "minimum number of survey respondents for a population (Krejcie-Morgan)",
        "jumlah responden survei minimal untuk suatu populasi (Krejcie-Morgan)",
    ),
    Command(
        "summary",
        "_summary",
        "load documents and list what each file holds",
        "muat dokumen dan sebutkan isi setiap berkas",
    ),
    Command(
        "cycle",
        "_cycle",
        "the state of each policy cycle on a date, and the next legal actions",
        "keadaan setiap siklus kebijakan pada suatu tanggal, dan tindakan sah berikutnya",
    ),
    Command(
        "schema",
        "_schema",
        "print or write the JSON Schemas of the documents and of the report",
        "cetak atau tulis JSON Schema dokumen dan laporan",
    ),
    Command(
        "export",
        "_export",
        "write services as CPSV-AP 3.2 or schema.org JSON-LD",
        "tulis layanan sebagai JSON-LD CPSV-AP 3.2 atau schema.org",
    ),
    Command(
        "serve",
        "_serve",
        "run the HTTP service (POST /validate, /ikm; GET /deadline, /rules, /schema)",
        "jalankan layanan HTTP (POST /validate, /ikm; GET /deadline, /rules, /schema)",
    ),
)
"""The commands, in the order ``pelayanan --help`` lists them."""

_NAMES: Final = frozenset(command.name for command in COMMANDS)


_ARGPARSE_ID: Final = (
    (re.compile(r"the following arguments are required: (.*)"), r"argumen berikut wajib diisi: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"argumen tidak dikenal: \1"),
    (
        re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)"),
        r"argumen \1: pilihan tidak sah: \2 (pilih dari \3)",
    ),
    (re.compile(r"argument (\S+): expected one argument"), r"argumen \1: memerlukan satu nilai"),
    (
        re.compile(r"argument (\S+): invalid (\w+) value: (.*)"),
        r"argumen \1: bukan \2 yang sah: \3",
    ),
    (re.compile(r"argument (\S+): (.*)"), r"argumen \1: \2"),
)
"""argparse's own refusals, in Indonesian (``--lang id``); the first pattern that matches is used."""


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, with the usage line headed in the language asked for."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        """As argparse's; ``penggunaan:`` under ``--lang id`` (wrapped lines aligned to it)."""
        if prefix is None and asked_lang.get() == "id":
            prefix = "penggunaan: "
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose own words (headings, ``--help``, refusals) follow ``--lang``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401  (argparse's own)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        if asked_lang.get() == "id":
            self._positionals.title = "argumen posisi"
            self._optionals.title = "opsi"
            for action in self._actions:
                if isinstance(action, argparse._HelpAction):
                    action.help = "tampilkan bantuan ini lalu keluar"

    def error(self, message: str) -> NoReturn:
        """Refuse the command line in the language asked for, with exit code 2."""
        if asked_lang.get() == "id":
            for pattern, indonesian in _ARGPARSE_ID:
                if pattern.fullmatch(message):
                    message = pattern.sub(indonesian, message)
                    break
        super().error(message)


def _parser(load: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser, with the full parsers of the commands in ``load`` (default: all).

    The other commands get a parser with their name and help line only: enough for
    ``pelayanan --help`` and for argparse to name the choices when a command is misspelt.
    """
    parser = _Parser(
        prog="pelayanan",
        description=said(
            "Hukum pelayanan publik Indonesia sebagai kode: muat, periksa, dan hitung.",
            "Indonesian public-service law as code: load, validate and compute.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pelayanan {__version__}",
        help=said("tampilkan versi program lalu keluar", "show program's version number and exit"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        if load is None or command.name in load:
            module = importlib.import_module(f"{__package__}.{command.module}")
            module.register(subparsers)
        else:
            subparsers.add_parser(command.name, help=said(command.help_id, command.help))
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option, if it is a command."""
    for word in argv:
        if not word.startswith("-"):
            return word if word in _NAMES else None
    return None


def _lang_asked(words: Sequence[str]) -> str | None:
    """The language ``--lang`` asks for on the command line, if it does."""
    for n, word in enumerate(words):
        if word == "--lang" and n + 1 < len(words) and words[n + 1] in ("id", "en"):
            return words[n + 1]
        if word in ("--lang=id", "--lang=en"):
            return word.removeprefix("--lang=")
    return None


def _default_lang(parser: argparse.ArgumentParser, command: str | None) -> str:
    """The default of the command's ``--lang``, English for a command without one."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            return str(action.choices[command].get_default("lang") or "en")
    return "en"


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
    words = sys.argv[1:] if argv is None else list(argv)
    command = _command_in(words)
    # Everything argparse says (help, usage, refusals) is in the language the command answers in:
    # its --lang, else its default (English for the program itself and for a command without one).
    asked = _lang_asked(words)
    load = () if command is None else (command,)
    token = asked_lang.set(asked or "en")
    try:
        parser = _parser(load)
        lang = asked or _default_lang(parser, command)
        if lang != asked_lang.get():  # the default is only known once the command is loaded
            asked_lang.set(lang)
            parser = _parser(load)
        args = parser.parse_args(words)
    finally:
        asked_lang.reset(token)
    try:
        status: int = args.handler(args)
        sys.stdout.flush()  # a full disk shows here, not in the interpreter's last flush
    except PelayananError as exc:
        _say(
            exc.text("id" if getattr(args, "lang", "en") == "id" else "en")
            if isinstance(exc, SaidError)
            else str(exc)
        )
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
