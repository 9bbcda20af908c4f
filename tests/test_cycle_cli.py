"""`pelayanan cycle`: the state of a policy cycle on a date and the actions allowed next."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import EXAMPLES, run_cli

CYCLE = EXAMPLES / "dinas-sosial-kota-jambi" / "siklus-sp-dtks.json"


def test_cycle_prints_the_state_after_the_may_2024_forum_and_what_may_follow() -> None:
    """On 2024-06-01 version 2 is in consultation while version 1 is in force."""
    result = run_cli("cycle", str(CYCLE), "--on", "2024-06-01", "--lang", "en")
    assert result.returncode == 0
    assert result.stdout.splitlines()[1:] == [
        "  Consultation with the public, version 2 (version 1 in force)",
        "  established (version 1): 2023-01-16",
        "  charter: maklumat-dinsos-2023",
        "  last reviewed: 2024-05-02",
        "  next: consultation held, standard established, standard superseded, standard revoked",
    ]


def test_cycle_takes_as_of_like_the_other_commands() -> None:
    """`--as-of` is another name for `--on`: on 2024-06-01 version 1 is still in force."""
    result = run_cli("cycle", str(CYCLE), "--as-of", "2024-06-01", "--lang", "en")
    assert result.returncode == 0
    assert result.stdout.splitlines()[1] == (
        "  Consultation with the public, version 2 (version 1 in force)"
    )


def test_cycle_in_json_gives_stage_versions_and_next_actions() -> None:
    """Without --on every event counts: version 2 applied since November 2024."""
    result = run_cli("cycle", "--format", "json", str(CYCLE))
    assert result.returncode == 0
    [report] = json.loads(result.stdout)["cycles"]
    assert (report["stage"], report["version"], report["in_force_version"]) == ("applied", 2, 2)
    assert report["next"] == [
        "standard_applied",
        "evaluation_recorded",
        "standard_superseded",
        "standard_revoked",
    ]
    assert report["illegal_steps"] == []


def test_cycle_lists_illegal_steps_with_their_citation_and_exits_one(tmp_path: Path) -> None:
    """An establishment dated before its consultation: PC003, UU 25/2009 Pasal 20 ayat (2)."""
    data = json.loads(CYCLE.read_text("utf-8"))
    data["events"][1]["on"] = "2023-02-01"
    source = tmp_path / "siklus.json"
    source.write_text(json.dumps(data), "utf-8")
    result = run_cli("cycle", str(source), "--on", "2023-12-31")
    assert result.returncode == 1
    assert "/events/2: PC003" in result.stdout
    assert "UU 25/2009 Pasal 20 ayat (2)" in result.stdout


def test_cycle_without_any_cycle_in_the_input_is_a_usage_error() -> None:
    """A standard alone: exit 2 and one line on standard error."""
    result = run_cli("cycle", str(EXAMPLES / "dinas-sosial-kota-jambi" / "sp-dtks.json"))
    assert result.returncode == 2
    assert result.stderr.strip() == "pelayanan: error: no policy_cycle document in the input"
