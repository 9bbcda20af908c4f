"""The command line: exit codes and output, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

import pelayanan
from pelayanan.cli import main

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
