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
    standard = str(EXAMPLES / "dinas-sosial-kota-jambi" / "sp-dtks.json")
    result = run_cli("cycle", standard, "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.strip() == "pelayanan: error: no policy_cycle document in the input"
    result = run_cli("cycle", standard)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "pelayanan: error: tidak ada dokumen policy_cycle dalam masukan"
    )


def test_cycle_text_is_indonesian_by_default_and_english_with_lang_en() -> None:
    """The same state on 2024-06-01 in both languages; no English word in the Indonesian text."""
    indonesian = run_cli("cycle", str(CYCLE), "--on", "2024-06-01")
    assert run_cli("cycle", str(CYCLE), "--on", "2024-06-01", "--lang", "id") == indonesian
    english = run_cli("cycle", str(CYCLE), "--on", "2024-06-01", "--lang", "en")
    assert indonesian.returncode == english.returncode == 0
    assert indonesian.stdout.splitlines()[1:] == [
        "  Pembahasan bersama masyarakat, versi 2 (versi 1 berlaku)",
        "  ditetapkan (versi 1): 2023-01-16",
        "  maklumat: maklumat-dinsos-2023",
        "  peninjauan terakhir: 2024-05-02",
        (
            "  berikutnya: pembahasan bersama masyarakat diadakan, standar ditetapkan, "
            "standar digantikan, standar dicabut"
        ),
    ]
    assert english.stdout.splitlines()[2] == "  established (version 1): 2023-01-16"
    for word in ("version", "in force", "established", "charter", "reviewed", "next", "standard "):
        assert word not in indonesian.stdout


def test_a_skipped_input_is_named_in_the_language_of_lang(tmp_path: Path) -> None:
    """A file that is not JSON is skipped with a warning on standard error, in --lang."""
    (tmp_path / "a-rusak.json").write_text("{", "utf-8")
    (tmp_path / "b-siklus.json").write_text(CYCLE.read_text("utf-8"), "utf-8")
    indonesian = run_cli("cycle", str(tmp_path))
    english = run_cli("cycle", str(tmp_path), "--lang", "en")
    assert indonesian.returncode == english.returncode == 1
    [id_line] = indonesian.stderr.splitlines()
    [en_line] = english.stderr.splitlines()
    assert id_line.startswith(f"pelayanan: peringatan: {tmp_path / 'a-rusak.json'}: bukan JSON")
    assert id_line.endswith("; dilewati")
    assert en_line.startswith(f"pelayanan: warning: {tmp_path / 'a-rusak.json'}: not valid JSON")
    assert en_line.endswith("; skipped")
    assert "siklus-sp-dtks" in indonesian.stdout
