"""Reports as tables, as JSON matching their schema, and for the right date."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from pelayanan import ServiceStandard, from_json, to_dict, validate
from pelayanan.cli import main
from pelayanan.evaluation.compliance import RECORD_FIELDS as COMPLIANCE_FIELDS
from pelayanan.evaluation.compliance import compliance_summary
from pelayanan.law import CATALOGUE, Citation
from pelayanan.model.providers import Provider, ProviderCategory
from pelayanan.rules import Severity
from pelayanan.rules.validation import (
    RECORD_FIELDS,
    Finding,
    path_sort_key,
    report_schema,
    today_for,
)
from pelayanan.time.regions import Province, Region, TimeZone

from .conftest import EXAMPLES

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
AS_OF = dt.date(2024, 6, 1)


def _documents() -> list[Any]:
    found: list[Any] = []
    for path in sorted(JAMBI.glob("*.json")):
        loaded = from_json(path.read_bytes())
        found.extend(loaded if isinstance(loaded, list) else [loaded])
    return found


def _finding(code: str, path: str, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(code, severity, path, "m", "t", "h", ())


# --- records -----------------------------------------------------------------------------------------


def test_each_finding_is_one_flat_record_with_the_documented_columns() -> None:
    """to_records gives a dict per finding: plain values only, the columns of RECORD_FIELDS."""
    standard = ServiceStandard(id="sp", service_id="svc")
    report = validate(standard, as_of=AS_OF, lang="en")
    records = report.to_records()
    assert len(records) == len(report.findings) > 0
    for record in records:
        assert tuple(record) == RECORD_FIELDS
        assert all(isinstance(v, (str, bool, type(None))) for v in record.values())
    first = records[0]
    assert (first["document_id"], first["kind"], first["code"], first["path"]) == (
        "sp",
        "service_standard",
        "SP001",
        "/legal_basis",
    )
    assert first["basis"].startswith("UU 25/2009 Pasal 21 huruf a; ")
    assert first["severity"] == "error"
    assert first["verified"] is True


def test_a_finding_with_two_citations_joins_them_in_one_cell() -> None:
    """``basis`` is every citation, separated by a semicolon."""
    law = CATALOGUE["uu-25-2009"]
    finding = Finding(
        "X001", Severity.INFO, "", "m", "t", "h", (Citation(law, "21"), Citation(law, "22"))
    )
    assert finding.to_record()["basis"] == "UU 25/2009 Pasal 21; UU 25/2009 Pasal 22"


def test_records_make_a_data_frame() -> None:
    """pandas.DataFrame(report.to_records()) has one row per finding, one column per field."""
    pandas = pytest.importorskip("pandas")
    report = validate(_documents(), as_of=AS_OF)
    frame = pandas.DataFrame(report.to_records())
    assert list(frame.columns) == list(RECORD_FIELDS)
    assert len(frame) == len(report.findings)
    assert set(frame["severity"]) <= {"error", "warning", "info"}


def test_compliance_summaries_give_one_record_per_standard() -> None:
    """A standard missing two components of fourteen is at 12/14 = 85.71 %, category B."""
    standards = [d for d in _documents() if isinstance(d, ServiceStandard)]
    summary = compliance_summary(standards, year=2024, as_of=AS_OF)
    records = summary.to_records()
    assert [tuple(r) for r in records] == [COMPLIANCE_FIELDS] * len(records)
    by_id = {r["standard_id"]: r for r in records}
    assert by_id["sp-dtks-2023"]["fulfilled"] == 14
    assert by_id["sp-dtks-2023"]["missing"] == ""
    assert len(records) == len(summary.standards)


# --- order ------------------------------------------------------------------------------------------------


def test_paths_sort_as_numbers_not_as_text() -> None:
    """/events/8 comes before /events/11, and a document's own field after its list entries."""
    paths = ["/events/11", "/id", "/events/8/on", "/events/8", "", "/events/10"]
    assert sorted(paths, key=path_sort_key) == [
        "",
        "/events/8",
        "/events/8/on",
        "/events/10",
        "/events/11",
        "/id",
    ]


def test_findings_of_one_code_are_listed_by_numeric_path() -> None:
    """Errors first, then by code, then index 8 before index 11."""
    findings = [
        _finding("CY001", "/events/11"),
        _finding("CY001", "/events/8"),
        _finding("CY000", "/events/9", Severity.WARNING),
        _finding("CY002", "/events/2"),
    ]
    ordered = sorted(findings, key=Finding.sort_key)
    assert [(f.code, f.path) for f in ordered] == [
        ("CY001", "/events/8"),
        ("CY001", "/events/11"),
        ("CY002", "/events/2"),
        ("CY000", "/events/9"),
    ]


# --- the date of a check ----------------------------------------------------------------------------------


def _provider(province: Province) -> Provider:
    return Provider(
        id=f"p-{province.value}",
        name="Penyelenggara",
        category=ProviderCategory.STATE_INSTITUTION,
        region=Region(province),
    )


LATE_EVENING = dt.datetime(2024, 6, 1, 23, 30, tzinfo=TimeZone.WIB.tzinfo)


def test_today_is_taken_in_the_provider_s_time_zone() -> None:
    """At 23:30 WIB it is already 2 June in Papua (WIT, UTC+9) and in Bali (WITA, UTC+8)."""
    assert today_for([_provider(Province.PAPUA)], LATE_EVENING) == (
        dt.date(2024, 6, 2),
        "provider_time_zone",
        TimeZone.WIT,
    )
    assert today_for([_provider(Province.BALI)], LATE_EVENING)[0] == dt.date(2024, 6, 2)
    assert today_for([_provider(Province.JAMBI)], LATE_EVENING)[0] == dt.date(2024, 6, 1)


def test_without_a_known_zone_or_with_several_today_is_in_wib() -> None:
    """No provider, or providers in WIB and WIT together: the default, WIB."""
    for documents in ([], [_provider(Province.PAPUA), _provider(Province.JAMBI)]):
        assert today_for(documents, LATE_EVENING) == (
            dt.date(2024, 6, 1),
            "default_time_zone",
            TimeZone.WIB,
        )


def test_the_report_says_which_date_it_is_for_and_why() -> None:
    """A given date is ``given``; without one, the report names the provider's zone."""
    given = validate(_provider(Province.PAPUA), as_of=AS_OF)
    assert (given.as_of, given.as_of_reason, given.time_zone) == (AS_OF, "given", None)
    today = validate(_provider(Province.PAPUA))
    assert (today.as_of_reason, today.time_zone) == ("provider_time_zone", TimeZone.WIT)
    assert today.as_of == TimeZone.WIT.today()
    alone = validate(ServiceStandard(id="sp", service_id="s"))
    assert (alone.as_of_reason, alone.time_zone) == ("default_time_zone", TimeZone.WIB)
    assert to_dict(alone)["as_of_reason"] == "default_time_zone"
    assert to_dict(alone)["time_zone"] == "WIB"


# --- the JSON report and its schema -------------------------------------------------------------------------


def _cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    main(["validate", "--format", "json", *args])
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_the_cli_prints_exactly_the_report_s_dict(capsys: pytest.CaptureFixture[str]) -> None:
    """`validate --format json` and to_dict(report) give the same JSON, key for key and in order."""
    paths = sorted(JAMBI.glob("*.json"))
    printed = _cli_json(capsys, "--as-of", AS_OF.isoformat(), *map(str, paths))
    documents: list[Any] = []
    for path in paths:
        data = json.loads(path.read_text("utf-8"))
        documents.extend(data if isinstance(data, list) else [data])
    report = to_dict(validate(documents, as_of=AS_OF))
    assert list(printed) == list(report)
    assert printed["cross_document"] != []
    # The library is given one list, the CLI reads files: sources and positions differ.
    for key in ("documents", "cross_document"):
        for entry in (*printed[key], *report[key]):
            for name in ("source", "path", "document_path"):
                entry.pop(name, None)
    assert printed == report


def test_every_json_report_matches_the_report_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI's JSON, with and without cross-document findings, is valid under report.json."""
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(report_schema())
    jsonschema.Draft202012Validator.check_schema(report_schema())
    validator.validate(_cli_json(capsys, "--as-of", AS_OF.isoformat(), str(EXAMPLES)))
    validator.validate(_cli_json(capsys, str(JAMBI / "sp-dtks.json")))
    validator.validate(to_dict(validate(b"{not json", as_of=AS_OF)))
    validator.validate(to_dict(validate(_documents())))


def test_a_report_with_an_extra_key_fails_the_schema() -> None:
    """The report schema is closed, so a client can rely on its keys."""
    jsonschema = pytest.importorskip("jsonschema")
    data = to_dict(validate(ServiceStandard(id="sp", service_id="s"), as_of=AS_OF))
    data["documents"][0]["findings"][0]["extra"] = 1
    assert not jsonschema.Draft202012Validator(report_schema()).is_valid(data)


# --- the command line --------------------------------------------------------------------------------------


def test_validate_writes_one_csv_row_per_finding(capsys: pytest.CaptureFixture[str]) -> None:
    """`validate --format csv` has a header and a row per finding, as to_records gives them."""
    path = JAMBI / "rekomendasi-pbi-tidak-lengkap.json"
    status = main(["validate", "--format", "csv", "--as-of", AS_OF.isoformat(), str(path)])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert status == 1
    expected = validate(json.loads(path.read_text("utf-8")), as_of=AS_OF).to_records()
    assert len(rows) == len(expected) > 0
    assert [r["code"] for r in rows] == [r["code"] for r in expected]
    assert rows[0].keys() == set(RECORD_FIELDS)
    assert {r["source"] for r in rows} == {str(path)}


def test_summary_in_json_counts_documents_by_kind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`summary --format json` lists each file and a total; a broken file makes it not ok."""
    assert main(["summary", "--format", "json", str(JAMBI / "services.json")]) == 0
    data = json.loads(capsys.readouterr().out)
    services = len(json.loads((JAMBI / "services.json").read_text("utf-8")))
    assert data["total"] == {"service": services}
    assert data["ok"] is True
    assert data["files"][0]["error"] is None
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["summary", "--format", "json", str(broken)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    assert data["files"][0]["error"].startswith("not valid JSON")


def test_evaluate_speaks_indonesian_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    """Like every other command, `evaluate` defaults to --lang id."""
    args = ["evaluate", str(EXAMPLES), "--unit", "dinsos-kota-jambi"]
    args += ["--from", "2024-01-01", "--to", "2024-12-31"]
    main(args)
    assert "PEKPPP aspek 1 per 2024-12-31" in capsys.readouterr().out
    main([*args, "--lang", "en"])
    assert "PEKPPP aspect 1 as of 2024-12-31" in capsys.readouterr().out
