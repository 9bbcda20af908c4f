"""Reports as tables, as JSON matching their schema, and for the right date."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import ServiceStandard, from_json, to_dict, to_json, validate
from pelayanan.cli import main
from pelayanan.evaluation.compliance import RECORD_FIELDS as COMPLIANCE_FIELDS
from pelayanan.evaluation.compliance import compliance_summary
from pelayanan.law import CATALOGUE, Citation
from pelayanan.model.providers import Provider, ProviderCategory
from pelayanan.rules import Severity
from pelayanan.rules._formats import make_writer
from pelayanan.rules.validation import (
    RECORD_FIELDS,
    DocumentReport,
    Finding,
    Report,
    path_sort_key,
    report_date,
    report_schema,
    today_for,
)
from pelayanan.strategies import models
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


def _written_report() -> Report:
    """A report with every kind of finding: per document, across documents, unverified, integrity."""
    law = CATALOGUE["uu-25-2009"]
    duty = Citation(law, "21", letter="a")
    with_duty = Finding(
        "SP001",
        Severity.ERROR,
        "/legal_basis",
        "Komponen a tidak ada.",
        "Dasar hukum",
        "Tambahkan dasar hukum.",
        (duty, Citation(law, "15", note="kewajiban penyelenggara")),
        source="sp.json",
        document_path="/0",
        document_kind="service_standard",
        document_id="sp",
        obligation=duty,
    )
    unverified = Finding(
        "SP040", Severity.WARNING, "/fee", "Tarif tanpa dasar.", "Tarif", "", (Citation(law, "31"),),
        document_id="sp", verified=False,
    )  # fmt: skip
    integrity = Finding(
        "SP039", Severity.ERROR, "/procedure/steps/1", "Langkah ganda.", "Integritas", "", (),
        document_id="sp", integrity=True,
    )  # fmt: skip
    across = Finding(
        "XD001", Severity.INFO, "/service_id", "Tidak ada layanan 'svc'.", "Rujukan", "Periksa.",
        (Citation(law, "22"),), source="sp.json", document_path="/0",
        document_kind="service_standard", document_id="sp", cross_document=True,
    )  # fmt: skip
    return Report(
        AS_OF,
        "id",
        (
            DocumentReport(
                "sp.json", "/0", "service_standard", "sp", True, (with_duty, unverified)
            ),
            DocumentReport("sp.json", "/1", None, None, False, (integrity,)),
        ),
        (across,),
        as_of_reason="provider_time_zone",
        time_zone=TimeZone.WIT,
    )


_UU = {"instrument": "uu-25-2009", "title": "Pelayanan Publik"}

WRITTEN: dict[str, Any] = {
    "documents": [
        {
            "source": "sp.json",
            "path": "/0",
            "kind": "service_standard",
            "id": "sp",
            "loaded": True,
            "findings": [
                {
                    "code": "SP001",
                    "severity": "error",
                    "path": "/legal_basis",
                    "message": "Komponen a tidak ada.",
                    "title": "Dasar hukum",
                    "hint": "Tambahkan dasar hukum.",
                    "legal_basis": [
                        {"citation": "UU 25/2009 Pasal 21 huruf a", **_UU},
                        {
                            "citation": "UU 25/2009 Pasal 15",
                            **_UU,
                            "note": "kewajiban penyelenggara",
                        },
                    ],
                    "obligation": "UU 25/2009 Pasal 21 huruf a",
                    "verified": True,
                },
                {
                    "code": "SP040",
                    "severity": "warning",
                    "path": "/fee",
                    "message": "Tarif tanpa dasar.",
                    "title": "Tarif",
                    "hint": "",
                    "legal_basis": [{"citation": "UU 25/2009 Pasal 31", **_UU}],
                    "verified": False,
                },
            ],
        },
        {
            "source": "sp.json",
            "path": "/1",
            "kind": None,
            "id": None,
            "loaded": False,
            "findings": [
                {
                    "code": "SP039",
                    "severity": "error",
                    "path": "/procedure/steps/1",
                    "message": "Langkah ganda.",
                    "title": "Integritas",
                    "hint": "",
                    "legal_basis": [],
                    "verified": True,
                    "integrity": True,
                }
            ],
        },
    ],
    "cross_document": [
        {
            "source": "sp.json",
            "document_path": "/0",
            "kind": "service_standard",
            "id": "sp",
            "code": "XD001",
            "severity": "info",
            "path": "/service_id",
            "message": "Tidak ada layanan 'svc'.",
            "title": "Rujukan",
            "hint": "Periksa.",
            "legal_basis": [{"citation": "UU 25/2009 Pasal 22", **_UU}],
            "verified": True,
            "document_id": "sp",
        }
    ],
    "as_of": "2024-06-01",
    "as_of_reason": "provider_time_zone",
    "time_zone": "WIT",
    "lang": "id",
    "counts": {"error": 2, "warning": 1, "info": 1},
    "ok": False,
}
"""The JSON of ``_written_report()``, written out by hand from report.json and the CHANGELOG."""


def test_a_report_is_written_key_for_key_as_the_schema_says() -> None:
    """to_dict gives the hand-written JSON, keys in order; it is valid under report.json."""
    report = _written_report()
    data = to_dict(report)
    assert json.dumps(data, ensure_ascii=False) == json.dumps(WRITTEN, ensure_ascii=False)
    assert to_json(report) == json.dumps(WRITTEN, indent=2, ensure_ascii=False)
    assert to_dict(report.documents[0]) == WRITTEN["documents"][0]
    assert to_dict(report.findings[0]) == WRITTEN["documents"][0]["findings"][0]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(report_schema()).validate(data)


def test_the_json_writer_streams_the_same_report() -> None:
    """`validate --format json` writes a document at a time, and the same JSON in the end."""
    report = _written_report()
    out = io.StringIO()
    writer = make_writer(
        "json",
        out,
        lang=report.lang,
        as_of=report.as_of,
        colour=False,
        as_of_reason=report.as_of_reason,
        time_zone=report.time_zone,
    )
    for document in report.documents:
        writer.document(document)
    writer.finish(list(report.cross_document))
    assert json.dumps(json.loads(out.getvalue())) == json.dumps(WRITTEN)


@given(st.data())
def test_any_report_is_written_as_the_schema_says(data: st.DataObject) -> None:
    """What the strategies build (reports are output-only: no round trip) passes report.json."""
    jsonschema = pytest.importorskip("jsonschema")
    drawn = data.draw(models(Report))
    # As the validator makes them: a document's own findings are not cross-document ones.
    report = attrs.evolve(
        drawn,
        documents=tuple(
            attrs.evolve(
                d, findings=tuple(attrs.evolve(f, cross_document=False) for f in d.findings)
            )
            for d in drawn.documents
        ),
    )
    jsonschema.Draft202012Validator(report_schema()).validate(json.loads(to_json(report)))


def test_the_old_to_dict_methods_warn_and_give_the_converter_s_json() -> None:
    """Report.to_dict() and the others still work for one release, with a DeprecationWarning."""
    report = _written_report()
    across = report.cross_document[0]
    old: list[tuple[Callable[[], object], object]] = [
        (report.to_dict, WRITTEN),
        (report.documents[0].to_dict, WRITTEN["documents"][0]),
        (report.findings[0].to_dict, WRITTEN["documents"][0]["findings"][0]),
        (across.to_dict, {k: v for k, v in WRITTEN["cross_document"][0].items() if k not in (
            "source", "document_path", "kind", "id")}),
        (across.cross_document_entry, WRITTEN["cross_document"][0]),
        (lambda: report_date(AS_OF, "provider_time_zone", TimeZone.WIT), {
            "as_of": "2024-06-01", "as_of_reason": "provider_time_zone", "time_zone": "WIT"}),
    ]  # fmt: skip
    for call, expected in old:
        with pytest.deprecated_call(match=r"pelayanan\.to_dict"):
            assert call() == expected


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
