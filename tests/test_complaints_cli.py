"""Complaints on the command line: `pelayanan validate` and `pelayanan complaint-deadlines`."""

from __future__ import annotations

import json
from typing import Any

from .conftest import EXAMPLES, run_cli

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
COMPLAINTS = str(JAMBI / "pengaduan-2024.json")


def by_document(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The findings of a `validate --format json` report, by document id."""
    return {d["id"]: d["findings"] for d in report["documents"]}


def test_validate_reports_the_late_and_the_undecided_complaint_citing_their_basis() -> None:
    """The 31-day and the 61-day complaints are reported, each citing its basis.

    Lodged 31 days after the service: PG001 (a warning); complete and undecided 61 days later:
    PG004 (an error). Each cites UU 25/2009 and Perpres 76/2013; the run exits 1.
    """
    result = run_cli("validate", "--format", "json", "--as-of", "2024-06-01", COMPLAINTS)
    assert result.returncode == 1
    findings = by_document(json.loads(result.stdout))
    assert findings["pengaduan-2024-001"] == []
    assert findings["pengaduan-2024-002"] == []
    [late] = findings["pengaduan-2024-003"]
    [undecided] = findings["pengaduan-2024-004"]
    assert (late["code"], late["severity"], late["path"]) == ("PG001", "warning", "/lodged_at")
    assert [b["citation"] for b in late["legal_basis"]] == [
        "UU 25/2009 Pasal 42 ayat (2)",
        "Perpres 76/2013",
    ]
    assert (undecided["code"], undecided["severity"]) == ("PG004", "error")
    assert [b["citation"] for b in undecided["legal_basis"]] == [
        "UU 25/2009 Pasal 50",
        "Perpres 76/2013",
    ]
    assert "UNVERIFIED" in undecided["legal_basis"][0]["note"]


def test_validate_text_names_the_rules_and_their_basis() -> None:
    """The text report shows both complaints with their codes and citations."""
    result = run_cli("validate", "--lang", "en", "--as-of", "2024-06-01", COMPLAINTS)
    assert "[complaint pengaduan-2024-003]" in result.stdout
    assert "PG001 /lodged_at" in result.stdout
    assert "PG004 /file_complete_on" in result.stdout
    assert "legal basis: UU 25/2009 Pasal 50; Perpres 76/2013" in result.stdout


def test_the_day_before_the_sixty_first_no_error_is_reported() -> None:
    """As of 31 May 2024 the undecided complaint is on its 60th day: warnings only, exit 0."""
    result = run_cli("validate", "--format", "json", "--as-of", "2024-05-31", COMPLAINTS)
    assert result.returncode == 0
    codes = {f["code"] for found in by_document(json.loads(result.stdout)).values() for f in found}
    assert codes == {"PG001"}


def test_complaint_deadlines_lists_each_limit_and_what_is_overdue() -> None:
    """Text: one line per limit; the undecided complaint's decision is overdue by a day."""
    result = run_cli("complaint-deadlines", "--as-of", "2024-06-01", "--lang", "en", COMPLAINTS)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[-1] == "4 complaints, 2 deadlines missed or overdue (as of 2024-06-01)"
    assert (
        "  decision          60 calendar days  due 2024-05-31  open             OVERDUE by 1 day"
        in lines
    )
    assert any(line.startswith("  lodging ") and "LATE by 1 day" in line for line in lines)


def test_complaint_deadlines_text_is_in_indonesian_or_english_by_lang() -> None:
    """--lang id (the default) and --lang en say the same: stages, days, dates, what is late.

    Complaint 003 was lodged on 2 May 2024, a day after its 30-day limit ran out on 1 May;
    complaint 004's file was complete on 1 April, so its decision was due 60 days later, on
    31 May, and is still open on 1 June: overdue by one day.
    """
    args = ("complaint-deadlines", "--as-of", "2024-06-01", COMPLAINTS)
    indonesian = run_cli(*args)
    assert run_cli(*args, "--lang", "id").stdout == indonesian.stdout
    english = run_cli(*args, "--lang", "en")
    assert indonesian.returncode == english.returncode == 0
    id_lines, en_lines = indonesian.stdout.splitlines(), english.stdout.splitlines()
    assert id_lines[-1] == "4 pengaduan, 2 batas waktu terlampaui (per tanggal 2024-06-01)"
    assert en_lines[-1] == "4 complaints, 2 deadlines missed or overdue (as of 2024-06-01)"
    assert "pengaduan-2024-003 [ditutup]" in indonesian.stdout
    assert "pengaduan-2024-003 [closed]" in english.stdout
    assert (
        "  penyampaian           30 hari kalender  tenggat 2024-05-01  selesai 2024-05-02"
        "  TERLAMBAT 1 hari" in id_lines
    )
    assert (
        "  tanggapan             14 hari kalender  tenggat 2024-05-16  selesai 2024-05-03"
        "  (belum terverifikasi)" in id_lines
    )
    assert (
        "  keputusan             60 hari kalender  tenggat 2024-05-31  belum selesai       "
        "LEWAT WAKTU 1 hari" in id_lines
    )
    assert "  penerusan LAPOR!      3 hari kerja      tenggat 2024-03-28  selesai 2024-03-27" in (
        id_lines
    )
    assert (
        "  lodging           30 calendar days  due 2024-05-01  done 2024-05-02  LATE by 1 day"
        in en_lines
    )
    for word in ("due", "done", "open", "calendar", "working", "LATE", "OVERDUE", "unverified"):
        assert word not in indonesian.stdout
    for word in ("lodging", "response", "decision", "closed", "complaints", "as of"):
        assert word not in indonesian.stdout


def test_complaint_deadlines_json_with_the_unit_tiers_from_the_standards() -> None:
    """Given the whole example directory, each complaint's tier from its standard is listed."""
    result = run_cli("complaint-deadlines", "--format", "json", "--as-of", "2024-06-01", str(JAMBI))
    report = json.loads(result.stdout)
    assert report["late"] == 2
    complaints = {c["id"]: c for c in report["complaints"]}
    assert complaints["pengaduan-2024-004"]["status"] == "followed_up"
    [decision] = [
        d for d in complaints["pengaduan-2024-004"]["deadlines"] if d["kind"] == "decision"
    ]
    assert (decision["due"], decision["done_on"], decision["days_late"]) == ("2024-05-31", None, 1)
    [tier] = [d for d in complaints["pengaduan-2024-002"]["deadlines"] if d["kind"] == "tier"]
    # 14 working days from Thursday 25 April 2024, without 1 May, 9 May and 10 May: 20 May.
    assert (tier["tier"], tier["due"], tier["late"]) == (
        "Pengaduan yang memerlukan pemeriksaan",
        "2024-05-20",
        False,
    )
    assert tier["legal_basis"] == ["UU 25/2009 Pasal 21 huruf j", "UU 25/2009 Pasal 15 huruf f"]


def test_complaint_deadlines_without_standards_lists_no_tier() -> None:
    """The complaint file alone has no standard to take tiers from."""
    result = run_cli("complaint-deadlines", "--format", "json", "--as-of", "2024-06-01", COMPLAINTS)
    kinds = {d["kind"] for c in json.loads(result.stdout)["complaints"] for d in c["deadlines"]}
    assert "tier" not in kinds


def test_complaint_deadlines_usage_errors_exit_two() -> None:
    """A path that does not exist, or a bad date: one line on standard error, exit 2."""
    missing = run_cli("complaint-deadlines", "no/such/file.json")
    assert missing.returncode == 2
    assert "tidak dapat membaca no/such/file.json" in missing.stderr
    missing = run_cli("complaint-deadlines", "--lang", "en", "no/such/file.json")
    assert "cannot read no/such/file.json" in missing.stderr
    bad_date = run_cli("complaint-deadlines", "--as-of", "2024-02-30", COMPLAINTS)
    assert bad_date.returncode == 2
    assert "bukan tanggal" in bad_date.stderr
