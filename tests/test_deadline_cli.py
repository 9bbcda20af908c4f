"""`pelayanan deadline START DAYS`: the due date, its warnings, and clean errors."""

from __future__ import annotations

import json
import re

import pytest

from pelayanan.cli import main

from .conftest import run_cli


@pytest.mark.parametrize(
    ("args", "due"),
    [
        (["2024-04-05", "5"], "2024-04-22"),  # Idul Fitri 1445 H and its cuti bersama
        (["2024-04-05", "5", "--cuti-bersama-is-workday"], "2024-04-16"),
        (["2024-04-05", "30", "--calendar-days"], "2024-05-05"),
        (["2025-08-15", "1"], "2025-08-19"),  # the cuti bersama added in August 2025
        (["2024-04-10", "0"], "2024-04-10"),
    ],
)
def test_the_due_date_is_printed_in_iso_8601(
    args: list[str], due: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line on standard output, nothing on standard error, exit 0."""
    assert main(["deadline", *args]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{due}\n"
    assert captured.err == ""


def test_json_output_names_the_inputs_and_the_due_date(capsys: pytest.CaptureFixture[str]) -> None:
    """`--format json` gives the inputs, the due date and an empty warning list."""
    assert main(["deadline", "2024-04-05", "5", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "start": "2024-04-05",
        "days": 5,
        "unit": "working_days",
        "cuti_bersama_is_workday": False,
        "due": "2024-04-22",
        "warnings": [],
    }


def test_missing_cuti_bersama_data_is_warned_on_standard_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The date still goes to standard output; the warning to standard error."""
    assert main(["deadline", "2099-03-02", "3"]) == 0
    captured = capsys.readouterr()
    # Some 2099 holidays are estimates, so only the shape of the date is pinned.
    assert re.fullmatch(r"2099-03-\d\d\n", captured.out)
    assert "pelayanan: warning: No cuti bersama data for 2099" in captured.err


def test_missing_cuti_bersama_data_is_in_the_json(capsys: pytest.CaptureFixture[str]) -> None:
    """In JSON the warnings are part of the answer, in both languages."""
    assert main(["deadline", "2099-03-02", "3", "--format", "json"]) == 0
    captured = capsys.readouterr()
    warnings = json.loads(captured.out)["warnings"]
    missing = [w for w in warnings if w["kind"] == "no_cuti_bersama_data"]
    assert [w["year"] for w in missing] == [2099]
    assert missing[0]["message_id"].startswith("Data cuti bersama tahun 2099")
    assert captured.err == ""


def test_warnings_over_many_years_are_one_line_per_span(capsys: pytest.CaptureFixture[str]) -> None:
    """A deadline decades ahead does not print one warning per year."""
    assert main(["deadline", "2090-01-01", "2600"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert any("No cuti bersama data for 2090–2100 yet" in line for line in lines)
    assert len(lines) <= 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2024-02-30", "5"], "'2024-02-30' is not a date"),
        (["05/04/2024", "5"], "is not a date"),
        (["2024-04-05", "-3"], "'-3' is not a number of days"),
        (["2024-04-05", "lima"], "'lima' is not a number of days"),
        (["2024-04-05", "5.5"], "is not a number of days"),
        (["2024-04-05"], "required"),
        (["2024-04-05", "5", "--format", "xml"], "invalid choice"),
        (["9999-12-30", "5"], "outside the years 1 to 9998"),
        (["9998-12-30", "500"], "beyond the last date"),
        (["2024-04-05", "100000000"], "more than the limit of 100,000"),
        (["2024-01-01", "2900000"], "more than the limit of 100,000"),
    ],
)
def test_bad_arguments_are_a_usage_error_without_a_traceback(args: list[str], message: str) -> None:
    """Exit code 2 and an error line that says what is wrong; never a traceback."""
    result = run_cli("deadline", *args)
    assert result.returncode == 2
    assert message in result.stderr.splitlines()[-1]
    assert result.stdout == ""


def test_the_command_is_listed_in_help() -> None:
    """`pelayanan --help` names the new command."""
    result = run_cli("--help")
    assert result.returncode == 0
    assert "deadline" in result.stdout
