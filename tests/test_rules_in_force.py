"""When each rule applies, and how serious it is: the law's own dates and words (issue 15).

A rule is in force from the day the instrument that *creates* the obligation binds, not from the
latest guideline it also cites: UU 25/2009 was promulgated and came into force on 18 July 2009
(Pasal 62; peraturan.go.id/id/uu-no-25-tahun-2009), PP 96/2012 on 30 October 2012 (Pasal 51;
peraturan.go.id/id/pp-no-96-tahun-2012), Permenpan RB 15/2014 on 9 May 2014
(peraturan.go.id/id/permenpanrb-no-15-tahun-2014), and Perpres 76/2013, promulgated on
6 December 2013, gave providers one year to set up complaint handling (Pasal 20). Every date
below is pinned on both sides.

Severity follows the text: an error only where a verified text says *wajib* or forbids, or where
the data contradicts itself; a rule on UNVERIFIED text is at most a warning unless configured.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from pelayanan import (
    BUILTIN_RULES,
    Complaint,
    Component,
    Service,
    ServiceCharter,
    ServiceStandard,
    Severity,
    ValidationConfig,
    from_json,
    to_json,
    validate,
)
from pelayanan.model.records import OfficeLevel, Official
from pelayanan.model.standards import ComplaintHandling
from pelayanan.rules import Issue, RuleDefinitionError, cite, rule

from .conftest import EXAMPLES, ROOT

DAY = dt.timedelta(days=1)
UU25 = dt.date(2009, 7, 18)
PP96 = dt.date(2012, 10, 30)
GUIDE_2014 = dt.date(2014, 5, 9)
PERPRES_AFTER_TRANSITION = dt.date(2014, 12, 7)  # 6 December 2013 + 1 year, the day after
PEKPPP_2022 = dt.date(2022, 7, 20)  # Permenpan RB 29/2022, inferred from BN 2022/672 (UNVERIFIED)
JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
COMPONENT_CODES = {f"SP{n:03d}" for n in range(1, 15)}


def _load(name: str) -> Any:
    return from_json((JAMBI / name).read_bytes())


def codes(documents: object, as_of: dt.date, **kwargs: Any) -> set[str]:
    """The codes of every finding for ``documents`` checked as of ``as_of``."""
    return {f.code for f in validate(documents, as_of=as_of, **kwargs).findings}


# --- the issue's own check ---------------------------------------------------------------------------


def test_a_standard_with_no_components_gets_sp001_to_sp014_in_2012_and_not_before_uu_25() -> None:
    """As of 2012-06-01 it gets SP001–SP014; as of 2009-07-17, before UU 25/2009, it does not.

    Permenpan RB 15/2014 only details Pasal 21, which binds since 2009-07-18.
    """
    empty = ServiceStandard(id="sp-kosong", service_id="layanan")
    assert codes(empty, dt.date(2012, 6, 1)) >= COMPONENT_CODES
    assert not COMPONENT_CODES & codes(empty, UU25 - DAY)
    assert codes(empty, UU25) >= COMPONENT_CODES


# --- both sides of every start that moved -------------------------------------------------------------

STARTS: list[tuple[str, dt.date]] = [
    *((code, UU25) for code in sorted(COMPONENT_CODES)),  # Pasal 21 huruf a–n
    ("SV001", UU25),  # Pasal 15 huruf a, Pasal 20 ayat (1): a standard for every service
    ("SP023", UU25),  # Pasal 36: means of complaint
    ("SP024", UU25),  # Pasal 37: competent complaint managers
    ("PV003", UU25),  # Pasal 37 again, on the unit
    ("SP033", UU25),  # Pasal 20 ayat (2): wajib mengikutsertakan masyarakat
    ("SP038", UU25),  # Pasal 21: entries that say something
    ("PM004", UU25),  # Pasal 39 ayat (2): peran aktif dalam penyusunan kebijakan
    ("PG001", UU25),  # Pasal 42: 30 days to complain
    ("PG004", UU25),  # Pasal 50: 60 days to decide
    ("PG008", UU25),  # Pasal 43: confidentiality (UNVERIFIED)
    ("PG011", UU25),  # Pasal 50: the decision follows the complete file
    ("PC007", PP96),  # peninjauan ulang under PP 96/2012
    ("PC012", PP96),
    ("SP021", GUIDE_2014),  # the actor of each step is 15/2014's flowchart
    ("PC002", GUIDE_2014),  # the order of the stages is 15/2014's
    ("PC006", GUIDE_2014),
    ("PC008", GUIDE_2014),
    ("PG010", PERPRES_AFTER_TRANSITION),  # the handling stages of Perpres 76/2013
]


@pytest.mark.parametrize(("code", "first_day"), STARTS, ids=[f"{c}-{d}" for c, d in STARTS])
def test_each_rule_starts_on_the_day_its_obligation_binds(code: str, first_day: dt.date) -> None:
    """In force on the first day, not on the day before."""
    assert BUILTIN_RULES.get(code, first_day) is not None
    assert BUILTIN_RULES.get(code, first_day - DAY) is None


def test_no_rule_of_uu_25_2009_starts_with_a_later_guideline() -> None:
    """Every rule whose obligation is UU 25/2009 is in force from 2009-07-18."""
    for r in BUILTIN_RULES:
        if r.obligation is not None and r.obligation.instrument.key == "uu-25-2009":
            assert r.in_force_from == UU25, r.code


@pytest.mark.parametrize("code", ["SP028", "SP030", "SK008", "FK007", "PC004"])
def test_a_pekppp_rule_cites_29_2022_from_its_inferred_date(code: str) -> None:
    """The 17/2017 version until 2022-07-19, the 29/2022 version from 2022-07-20 (UNVERIFIED)."""
    before = BUILTIN_RULES.get(code, PEKPPP_2022 - DAY)
    after = BUILTIN_RULES.get(code, PEKPPP_2022)
    assert before is not None
    assert after is not None
    assert before.obligation is not None
    assert after.obligation is not None
    assert before.obligation.instrument.key == "permenpan-rb-17-2017"
    assert after.obligation.instrument.key == "permenpan-rb-29-2022"
    assert not after.dates_verified


@pytest.mark.parametrize("code", ["PC001", "PC009", "PG009", "SK012", "SP040"])
def test_integrity_rules_apply_on_any_date(code: str) -> None:
    """A history out of time order or a period that ends before it starts: no date, no basis."""
    found = BUILTIN_RULES.get(code, dt.date(1990, 1, 1))
    assert found is not None
    assert found.integrity
    assert found.basis == ()
    assert found.severity is Severity.ERROR


def test_a_standard_without_a_complaint_channel_is_reported_from_2009() -> None:
    """SP023 (Pasal 36) and SP024 (Pasal 37) before Perpres 76/2013 existed: 2010-01-01."""
    handling = ServiceStandard(
        id="sp", service_id="s", complaint_handling=ComplaintHandling(channels=())
    )
    assert {"SP023", "SP024"} <= codes(handling, dt.date(2010, 1, 1))
    assert not {"SP023", "SP024"} & codes(handling, UU25 - DAY)


def test_a_service_without_a_standard_is_reported_from_2009() -> None:
    """SV001 on 2009-07-18, not on 2009-07-17: the SKTM service has no standard in this run."""
    services: list[Service] = _load("services.json")
    dtks: ServiceStandard = _load("sp-dtks.json")
    assert "SV001" in codes([*services, dtks], UU25)
    assert "SV001" not in codes([*services, dtks], UU25 - DAY)


def test_a_complaint_decided_late_in_2011_is_an_error() -> None:
    """PG004 applies before Perpres 76/2013: the 60 days are UU 25/2009 Pasal 50's."""
    complaints: list[Complaint] = _load("pengaduan-2024.json")
    undecided = next(c for c in complaints if c.id == "pengaduan-2024-004")
    shift = dt.date(2024, 6, 1) - dt.date(2011, 6, 1)
    back = _shifted(undecided, shift)
    report = validate(back, as_of=dt.date(2011, 6, 1))
    assert [f.severity for f in report.findings if f.code == "PG004"] == [Severity.ERROR]


def _shifted(complaint: Complaint, by: dt.timedelta) -> Complaint:
    """``complaint`` with every date moved ``by`` earlier."""
    return attrs.evolve(
        complaint,
        lodged_at=complaint.lodged_at - by,
        service_received_on=(
            None if complaint.service_received_on is None else complaint.service_received_on - by
        ),
        file_complete_on=(
            None if complaint.file_complete_on is None else complaint.file_complete_on - by
        ),
        history=tuple(attrs.evolve(e, at=e.at - by) for e in complaint.history),
    )


# --- severity follows the text -----------------------------------------------------------------------


def _rules_json() -> list[dict[str, Any]]:
    """What `pelayanan rules --format json` prints."""
    result = subprocess.run(
        [sys.executable, "-m", "pelayanan", "rules", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    rules: list[dict[str, Any]] = json.loads(result.stdout)
    return rules


def test_no_rule_on_unverified_text_is_an_error_in_pelayanan_rules_json() -> None:
    """`pelayanan rules --format json`: every unverified rule is a warning or information."""
    rules = _rules_json()
    unverified = [r for r in rules if not r["verified"]]
    assert unverified
    assert all(r["severity"] != "error" for r in unverified)
    for entry in rules:
        cited = [b["citation"] for b in entry["legal_basis"]]
        assert entry["obligation"] in cited or (entry["integrity"] and entry["obligation"] is None)


@pytest.mark.parametrize(
    ("code", "severity", "verified"),
    [
        ("PC002", Severity.WARNING, False),  # the order of stages is 15/2014 practice
        ("PC004", Severity.WARNING, True),  # "minimal oleh pimpinan unit": a PEKPPP form
        ("SP028", Severity.WARNING, True),  # the same form
        ("SP030", Severity.WARNING, True),  # "wajib dipublikasikan" is the PEKPPP instrument's
        ("PC005", Severity.WARNING, False),
        ("PC006", Severity.WARNING, False),
        ("PC007", Severity.WARNING, False),
        ("PC008", Severity.WARNING, False),
        ("MK002", Severity.WARNING, False),  # one village website
        ("SK004", Severity.WARNING, True),  # an incomplete questionnaire is not counted
        ("PG008", Severity.WARNING, False),  # Pasal 43 from memory, the Perpres by AI summary
        ("SP031", Severity.WARNING, False),  # PEKPPP's rubric for the media was not seen
        ("PG010", Severity.WARNING, True),  # the table of moves is this library's reading
        ("PG011", Severity.WARNING, True),
        ("SP001", Severity.ERROR, True),  # Pasal 21: "sekurang-kurangnya meliputi"
        ("SP033", Severity.ERROR, True),  # Pasal 20 ayat (2): "wajib mengikutsertakan"
        ("PC003", Severity.ERROR, True),
        ("MK004", Severity.ERROR, True),  # Pasal 15 huruf b: "memublikasikan"
        ("PG004", Severity.ERROR, True),  # "paling lambat 60 hari"
        ("PG005", Severity.ERROR, True),  # Pasal 50 ayat (9): "berkewajiban memberikan tembusan"
    ],
)
def test_severity_follows_what_the_text_says(code: str, severity: Severity, verified: bool) -> None:
    """As of 2024-06-01: errors for verified *wajib*, warnings for forms, practice and memory."""
    found = BUILTIN_RULES.get(code, dt.date(2024, 6, 1))
    assert found is not None
    assert (found.severity, found.verified) == (severity, verified)


def test_an_unverified_rule_cannot_be_defined_as_an_error() -> None:
    """The engine refuses it; the way to an error is the configuration."""

    def check(_: ServiceStandard, __: object) -> list[Issue]:
        return []

    with pytest.raises(RuleDefinitionError, match="UNVERIFIED"):
        rule(
            "KC001",
            kinds=("service_standard",),
            severity=Severity.ERROR,
            title=("Judul", "Title"),
            message=("Pesan.", "Message."),
            basis=(cite("uu-25-2009", article="22"),),
            verified=False,
        )(check)


def _mk002_case() -> ServiceCharter:
    """The example charter, signed by a member of staff instead of the unit head."""
    charter: ServiceCharter = _load("maklumat.json")
    return attrs.evolve(charter, signatory=Official("Staf", "Staf Umum", OfficeLevel.STAFF))


def test_severity_overrides_raise_an_unverified_rule_for_whoever_checked_the_text() -> None:
    """MK002 is a warning; configured as an error it is one, and still says it is unverified."""
    charter = _mk002_case()
    plain = [f for f in validate(charter, as_of=dt.date(2024, 6, 1)).findings if f.code == "MK002"]
    assert [(f.severity, f.verified) for f in plain] == [(Severity.WARNING, False)]
    strict = ValidationConfig(severity_overrides={"MK002": Severity.ERROR})
    report = validate(charter, as_of=dt.date(2024, 6, 1), config=strict)
    raised = [f for f in report.findings if f.code == "MK002"]
    assert [(f.severity, f.verified) for f in raised] == [(Severity.ERROR, False)]
    assert not report.ok


def _validate_cli(fmt: str, path: str) -> str:
    """What `pelayanan validate` prints in ``fmt``, in English, as of 2024-06-01."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelayanan",
            "validate",
            "--format",
            fmt,
            "--lang",
            "en",
            "--as-of",
            "2024-06-01",
            path,
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", "PATH": ""},
    )
    assert "Traceback" not in result.stderr
    return result.stdout


def test_every_output_format_says_a_finding_rests_on_unverified_text(tmp_path: Path) -> None:
    """MK002 in text (*legal text unverified*), JSON (``verified: false``) and SARIF."""
    path = tmp_path / "maklumat.json"
    path.write_text(to_json(_mk002_case()), "utf-8")
    text = _validate_cli("text", str(path))
    assert "MK002 /signatory/level" in text
    assert (
        "legal basis: UU 25/2009 Pasal 15 huruf b; UU 25/2009 Pasal 22 (legal text unverified)"
        in text
    )
    report = json.loads(_validate_cli("json", str(path)))
    [finding] = [f for d in report["documents"] for f in d["findings"] if f["code"] == "MK002"]
    assert finding["verified"] is False
    assert finding["severity"] == "warning"
    sarif = json.loads(_validate_cli("sarif", str(path)))
    [run] = sarif["runs"]
    [result] = [r for r in run["results"] if r["ruleId"] == "MK002"]
    assert result["properties"]["verified"] is False
    assert result["message"]["text"].endswith("(legal text unverified)")
    [entry] = [r for r in run["tool"]["driver"]["rules"] if r["id"] == "MK002"]
    assert entry["properties"]["verified"] is False
    assert "unverified" in entry["fullDescription"]["text"]


def test_a_component_rule_names_pasal_21_as_its_obligation() -> None:
    """SP001 cites UU 25/2009 Pasal 21 huruf a (the obligation) and Permenpan RB 15/2014."""
    found = BUILTIN_RULES.get("SP001", dt.date(2024, 6, 1))
    assert found is not None
    assert str(found.obligation) == "UU 25/2009 Pasal 21 huruf a"
    assert [str(c) for c in found.basis] == [
        "UU 25/2009 Pasal 21 huruf a",
        "Permenpan RB 15/2014 Lampiran",
    ]
    assert Component.LEGAL_BASIS.letter == "a"
