"""The command line: exit codes and output, never a traceback."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pytest

import pelayanan
from pelayanan.cli import _rules, main
from pelayanan.cli._common import asked_lang
from pelayanan.cli._main import COMMANDS, _parser
from pelayanan.rules import BUILTIN_RULES

from .conftest import EXAMPLES, run_cli, run_installed


def test_summary_lists_what_each_example_file_holds(capsys: pytest.CaptureFixture[str]) -> None:
    """`pelayanan summary examples/` names each file and counts documents by kind."""
    assert main(["summary", str(EXAMPLES)]) == 0
    out = capsys.readouterr().out
    assert "services.json: 2 service" in out
    total = out.splitlines()[-1]
    assert total.startswith("total: ")
    counts = set(total.removeprefix("total: ").split(", "))
    assert {
        "1 provider",
        "3 service",
        "1 service_charter",
        "1 satisfaction_survey",
        "4 complaint",
    } <= counts
    assert "1 consultation_forum" in counts
    assert "fkp-2024-05-02.json: 1 consultation_forum" in out


def test_a_missing_path_is_a_usage_error_with_one_line() -> None:
    """The installed program: exit code 2 and a one-line message for a path that does not exist."""
    result = run_installed("summary", "no/such/place.json")
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == "pelayanan: error: cannot read no/such/place.json: no such file or directory"
    )
    assert "Traceback" not in result.stderr


def test_broken_documents_exit_with_one(tmp_path: Path) -> None:
    """A file that is not JSON, or a document with problems, makes the exit code 1."""
    (tmp_path / "bad.json").write_bytes(b"\xff{")
    result = run_cli("summary", str(tmp_path))
    assert result.returncode == 1
    assert "not UTF-8" in result.stdout


def test_an_unknown_command_is_a_usage_error() -> None:
    """A usage error (handled by argparse) exits with code 2."""
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr


def test_version_is_printed() -> None:
    """The installed `pelayanan --version` prints the installed package's version."""
    result = run_installed("--version")
    assert result.returncode == 0
    assert result.stdout == f"pelayanan {pelayanan.__version__}\n"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_command_says_the_help_line_the_command_list_shows(lang: str) -> None:
    """The list ``pelayanan --help`` prints without loading a command matches each command's own.

    In both languages: ``--lang id`` gives the Indonesian help.
    """
    token = asked_lang.set(lang)
    try:
        full = _parser()
        listed = {
            action.dest: action.help
            for group in full._actions
            if isinstance(group, argparse._SubParsersAction)
            for action in group._choices_actions
        }
        said = {c.name: c.help_id if lang == "id" else c.help for c in COMMANDS}
        assert listed == said
        assert _parser(()).format_help() == full.format_help()
    finally:
        asked_lang.reset(token)


def test_help_is_in_the_language_the_command_answers_in() -> None:
    """``--help`` follows ``--lang``, else the command's default, as its output does.

    The program itself and ``deadline`` answer in English by default, ``validate`` in Indonesian.
    """
    english = run_cli("--help")
    indonesian = run_cli("--help", "--lang", "id")
    assert "check documents against the rules" in english.stdout
    assert "periksa dokumen terhadap aturan" in indonesian.stdout
    assert "check documents" not in indonesian.stdout
    validate = run_cli("validate", "--help")
    assert validate.stdout.startswith("penggunaan: pelayanan validate")
    assert "tampilkan bantuan ini lalu keluar" in validate.stdout
    assert run_cli("validate", "--help", "--lang", "en").stdout.startswith("usage: ")
    assert run_cli("deadline", "--help").stdout.startswith("usage: pelayanan deadline")


def test_argparse_refusals_are_said_in_the_language_of_the_command() -> None:
    """Argparse's own refusals are translated too; the ``error:`` marker stays for scripts."""
    missing = run_cli("sample-size")
    assert missing.returncode == 2
    assert "pelayanan sample-size: error: argumen berikut wajib diisi: POPULATION" in (
        missing.stderr
    )
    choice = run_cli("rules", "--format", "xml")
    assert "argumen --format: pilihan tidak sah: 'xml'" in choice.stderr
    english = run_cli("rules", "--format", "xml", "--lang", "en")
    assert "argument --format: invalid choice: 'xml'" in english.stderr


def test_the_rule_list_in_json_is_what_the_rules_say() -> None:
    """``rules --format json`` reads an index; the index is the rules' own JSON, rule for rule.

    After adding or changing a rule, write it again:
    ``python -c "from pelayanan.cli._rules import write_index; write_index()"``.
    """
    assert _rules.INDEX.read_text(encoding="utf-8") == _rules.index_text() + "\n"


@pytest.mark.parametrize(
    "day", ["2009-07-17", "2009-07-18", "2014-01-01", "2022-06-30", "2026-12-03"]
)
def test_the_rules_listed_in_force_on_a_date_are_those_the_engine_applies(day: str) -> None:
    """``--as-of`` picks from the index the rules :meth:`Rule.in_force` picks from the engine.

    UU 25/2009 took effect on 2009-07-18, so the day before and that day list different rules.
    """
    listed = json.loads(run_cli("rules", "--format", "json", "--as-of", day).stdout)
    engine = [r.code for r in BUILTIN_RULES if r.in_force(dt.date.fromisoformat(day))]
    assert [r["code"] for r in listed] == engine


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["sample-size", "abc"], "'abc' bukan jumlah pengguna layanan; tulis bilangan bulat"),
        (
            ["sample-size", "abc", "--lang", "en"],
            "'abc' is not a number of service users; write a whole number",
        ),
        (["validate", "--as-of", "2024-13-01", "x.json"], "'2024-13-01' bukan tanggal"),
        (["validate", "--as-of", "2024-13-01", "--lang=en", "x.json"], "is not a date"),
        (["validate", "--jobs", "999", "x.json"], "'999' bukan jumlah proses pekerja"),
        (["deadline", "2024-01-01", "abc"], "'abc' is not a number of days or a time limit"),
        (["deadline", "2024-01-01", "abc", "--lang", "id"], "'abc' bukan jumlah hari"),
        (
            ["deadline", "2024-01-01", "200000", "--lang", "id"],
            "200.000 hari melebihi batas 100.000",
        ),
    ],
)
def test_a_bad_value_is_refused_in_the_language_of_the_command(
    argv: list[str], expected: str
) -> None:
    """A bad value is refused in the language of ``--lang``, or of the command's default.

    The default is Indonesian (English for ``deadline``); argparse checks the values before the
    command runs, so the command line reads ``--lang`` first.
    """
    ran = run_cli(*argv)
    assert ran.returncode == 2
    assert expected in ran.stderr


def test_a_path_that_cannot_be_read_is_said_in_the_language_asked_for() -> None:
    """The one-line error for a missing path follows ``--lang`` like the report would."""
    indonesian = run_cli("validate", "no/such/file.json")
    english = run_cli("validate", "--lang", "en", "no/such/file.json")
    assert (indonesian.returncode, english.returncode) == (2, 2)
    assert indonesian.stderr == (
        "pelayanan: error: tidak dapat membaca no/such/file.json: berkas atau folder tidak ada\n"
    )
    assert english.stderr == (
        "pelayanan: error: cannot read no/such/file.json: no such file or directory\n"
    )


# --help in Indonesian: validate, import, ikm, deadline, export, serve, schema


@pytest.mark.parametrize(
    ("command", "indonesian", "english"),
    [
        ("validate", "periksa dokumen terhadap aturan", "check documents against the rules"),
        ("import", "berkas CSV, XLSX, DOCX", "CSV, XLSX, DOCX or HTML files"),
        ("ikm", "Hitung NRR per unsur", "Compute NRR per element"),
        ("deadline", "Cetak tanggal jatuh tempo", "Print the due date"),
        ("export", "layanan sebagai data tertaut", "services as linked data"),
        ("serve", "alamat yang didengarkan", "address to listen on"),
        ("schema", "salah satu dari: provider", "one of: provider"),
    ],
)
def test_a_command_s_help_is_in_indonesian_with_lang_id(
    command: str, indonesian: str, english: str
) -> None:
    """``--help --lang id`` describes the command and its options in Indonesian.

    ``--lang=en`` gives the English help. The text is compared with its line breaks undone, so
    that the width of the terminal does not matter.
    """
    asked = run_cli(command, "--help", "--lang", "id")
    plain = run_cli(command, "--help", "--lang=en")
    assert (asked.returncode, plain.returncode) == (0, 0)
    assert indonesian in " ".join(asked.stdout.split())
    assert english not in " ".join(asked.stdout.split())
    assert english in " ".join(plain.stdout.split())
    assert indonesian not in " ".join(plain.stdout.split())
