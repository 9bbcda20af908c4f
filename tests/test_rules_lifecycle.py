"""Rules PC001–PC015 on policy cycles: a passing and a failing case each, and the command line.

The passing case is the Dinas Sosial example cycle (examples/dinas-sosial-kota-jambi/
siklus-sp-dtks.json), which has no finding on its own as of 2024-12-31. Each failing case changes
one thing in its JSON, as described next to it. Event indices of the example: 0 drafting
(2022-11-01), 1 consultation (2022-12-12), 2 establishment (2023-01-16), 3 charter (2023-01-20),
4–5 application (2023-01-23, 2023-02-01), 6 evaluation and 7 review (2024-05-02), 8 revision into
version 2, 9–10 consultations (2024-05-02, 2024-10-21), 11 establishment (2024-11-01), 12 charter
(2024-11-04), 13 application (2024-11-18).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from pelayanan import BUILTIN_RULES, from_json, validate

from .conftest import EXAMPLES, run_cli

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
CYCLE_JSON: dict[str, Any] = json.loads((JAMBI / "siklus-sp-dtks.json").read_text("utf-8"))
END_OF_2024 = dt.date(2024, 12, 31)
PASAL_20_2 = "UU 25/2009 Pasal 20 ayat (2)"

STANDARD = from_json((JAMBI / "sp-dtks.json").read_bytes())
CHARTER = from_json((JAMBI / "maklumat.json").read_bytes())
SURVEY = from_json((JAMBI / "skm-2024.json").read_bytes())


def cycle(change: Callable[[list[dict[str, Any]]], object] | None = None) -> dict[str, Any]:
    """A copy of the example cycle's JSON, its event list changed in place by ``change``."""
    data = copy.deepcopy(CYCLE_JSON)
    if change is not None:
        change(data["events"])
    return data


def findings(documents: object, code: str, as_of: dt.date = END_OF_2024) -> list[str]:
    """The paths of the findings with ``code``."""
    return [f.path for f in validate(documents, as_of=as_of).findings if f.code == code]


def test_the_example_cycle_alone_has_no_finding_at_the_end_of_2024() -> None:
    """The passing case of every single-document PC rule."""
    assert validate(cycle(), as_of=END_OF_2024).findings == ()


# --- PC001–PC009: the guards, replayed -------------------------------------------------------------


def _set(index: int, **changes: object) -> Callable[[list[dict[str, Any]]], None]:
    def change(events: list[dict[str, Any]]) -> None:
        events[index].update(changes)

    return change


def _drop(index: int) -> Callable[[list[dict[str, Any]]], None]:
    def change(events: list[dict[str, Any]]) -> None:
        del events[index]

    return change


def _insert(index: int, event: dict[str, Any]) -> Callable[[list[dict[str, Any]]], None]:
    def change(events: list[dict[str, Any]]) -> None:
        events.insert(index, event)

    return change


def _staff(events: list[dict[str, Any]]) -> None:
    events[2]["establishment"]["signatory"]["level"] = "staff"


def _establish_first(events: list[dict[str, Any]]) -> None:
    events[1], events[2] = events[2], events[1]


GUARD_CASES: list[tuple[str, Callable[[list[dict[str, Any]]], object], list[str]]] = [
    # The application of 2023-01-23 moved to 2023-01-19, before the charter of 2023-01-20.
    ("PC001", _set(4, on="2023-01-19"), ["/events/4/on"]),
    # An evaluation while the first version is still being drafted.
    (
        "PC002",
        _insert(1, {"action": "evaluation_recorded", "on": "2022-11-02", "version": 1}),
        ["/events/1"],
    ),
    # The decree listed before the consultation: refused, and the late consultation too.
    ("PC003", _establish_first, ["/events/1", "/events/2"]),
    # The decree signed by a member of staff.
    ("PC004", _staff, ["/events/2/establishment/signatory/level"]),
    # No establishment of version 1: the charter follows the consultation.
    ("PC005", _drop(2), ["/events/2"]),
    # No charter for version 1: the standard is applied straight after its establishment.
    ("PC006", _drop(3), ["/events/3"]),
    # No evaluation input before the review of 2024-05-02.
    ("PC007", _drop(6), ["/events/6"]),
    # No review before the revision.
    ("PC008", _drop(7), ["/events/7"]),
    # The charter of version 1 labelled version 2.
    ("PC009", _set(3, version=2), ["/events/3/version"]),
]


@pytest.mark.parametrize(
    ("code", "change", "expected"), GUARD_CASES, ids=[c for c, _, _ in GUARD_CASES]
)
def test_each_guard_rule_reports_its_failing_history_at_the_offending_event(
    code: str, change: Callable[[list[dict[str, Any]]], object], expected: list[str]
) -> None:
    """The example passes; with one step broken, the guard fires there, and only there.

    Only PC003 (a verified *wajib*) and the integrity guards PC001 and PC009 are errors; the others
    are warnings, and no other rule reports an error.
    """
    assert findings(cycle(), code) == []
    report = validate(cycle(change), as_of=END_OF_2024)
    assert [f.path for f in report.findings if f.code == code] == expected
    errors = {f.code for f in report.findings if f.severity.value == "error"}
    assert errors == ({code} if code in {"PC001", "PC003", "PC009"} else set())


def test_an_establishment_predating_its_consultation_is_reported_citing_pasal_20_ayat_2() -> None:
    """Consultation on 2023-02-01 recorded before a decree of 2023-01-16: PC003 at the decree."""
    late = cycle(_set(1, on="2023-02-01"))
    report = validate(late, as_of=END_OF_2024, lang="en")
    [finding] = [f for f in report.findings if f.code == "PC003"]
    assert finding.path == "/events/2/on"
    assert finding.message == (
        "Version 1 was established on 2023-01-16, before its consultation with the public "
        "(2023-02-01)."
    )
    assert [str(c) for c in finding.legal_basis] == [PASAL_20_2, "UU 25/2009 Pasal 39 ayat (1)"]
    assert not report.ok


# --- PC010–PC013: the state on the check date and the events' contents ----------------------------


def _first(count: int) -> Callable[[list[dict[str, Any]]], None]:
    def change(events: list[dict[str, Any]]) -> None:
        del events[count:]

    return change


def test_pc010_a_version_not_reviewed_for_twelve_months_is_due_on_both_sides_of_the_day() -> None:
    """Established 2023-01-16 and never reviewed: due on 2024-01-17, not on 2024-01-16."""
    applied = cycle(_first(6))
    assert findings(applied, "PC010", dt.date(2024, 1, 16)) == []
    assert findings(applied, "PC010", dt.date(2024, 1, 17)) == ["/events/2"]


def test_pc010_a_review_restarts_the_interval() -> None:
    """Reviewed 2024-05-02 (and revising): due on 2025-05-03, not on 2025-05-02."""
    reviewed = cycle(_first(9))
    assert findings(reviewed, "PC010", dt.date(2025, 5, 2)) == []
    assert findings(reviewed, "PC010", dt.date(2025, 5, 3)) == ["/events/7"]


def test_pc010_follows_the_configured_interval_and_ignores_ended_cycles() -> None:
    """24 months instead of 12; a revoked policy is not due for anything."""
    from pelayanan import ValidationConfig

    applied = cycle(_first(6))
    config = ValidationConfig(review_interval_months=24)
    report = validate(applied, as_of=dt.date(2024, 1, 17), config=config)
    assert [f for f in report.findings if f.code == "PC010"] == []
    revoked = cycle(
        lambda e: (
            _first(6)(e),
            e.append({"action": "standard_revoked", "on": "2023-06-01", "version": 1}),
        )
    )
    assert findings(revoked, "PC010", dt.date(2024, 6, 1)) == []


def test_pc011_an_evaluation_without_public_input_is_reported() -> None:
    """The evaluation of 2024-05-02 without its forum or the public's part."""

    def silent(events: list[dict[str, Any]]) -> None:
        del events[6]["forum_ids"], events[6]["public_involved"], events[6]["form"]

    assert findings(cycle(), "PC011") == []
    assert findings(cycle(silent), "PC011") == ["/events/6"]
    flagged = cycle(lambda e: (silent(e), e[6].update(public_involved=True)))
    assert findings(flagged, "PC011") == []


def test_pc012_a_draft_older_than_the_review_interval_is_worth_a_look() -> None:
    """Drafting since 2022-11-01 (consulted, not established): noted on 2023-11-02, not 2023-11-01."""
    drafted = cycle(_first(2))
    assert findings(drafted, "PC012", dt.date(2023, 11, 1)) == []
    assert findings(drafted, "PC012", dt.date(2023, 11, 2)) == ["/events/0"]
    [finding] = [
        f for f in validate(drafted, as_of=dt.date(2023, 11, 2)).findings if f.code == "PC012"
    ]
    assert finding.severity.value == "info"


def test_pc013_events_after_the_check_date_are_reported_on_both_sides_of_the_day() -> None:
    """The last event is dated 2024-11-18: fine on that day, reported the day before."""
    assert findings(cycle(), "PC013", dt.date(2024, 11, 18)) == []
    assert findings(cycle(), "PC013", dt.date(2024, 11, 17)) == ["/events/13/on"]


def test_checked_in_june_2024_the_example_has_four_events_still_to_come() -> None:
    """As of 2024-06-01 (the date of the other rule tests) only PC013 warnings, no error."""
    report = validate(cycle(), as_of=dt.date(2024, 6, 1))
    assert report.ok
    assert [(f.code, f.path) for f in report.findings] == [
        ("PC013", f"/events/{i}/on") for i in (10, 11, 12, 13)
    ]


# --- PC014–PC015: across documents -----------------------------------------------------------------


def _cross(documents: list[Any], code: str) -> list[tuple[str | None, str]]:
    return [
        (f.document_id, f.path)
        for f in validate(documents, as_of=END_OF_2024).cross_document
        if f.code == code
    ]


def test_pc014_documents_the_cycle_names_but_the_run_lacks_are_noted() -> None:
    """Version 2's standard and charter are not in the examples; version 1's are."""
    assert _cross([cycle()], "PC014") == []
    assert _cross([cycle(_first(8)), STANDARD, CHARTER, SURVEY], "PC014") == []
    assert _cross([cycle(), STANDARD, CHARTER, SURVEY], "PC014") == [
        ("siklus-sp-dtks", "/events/8/document_id"),  # paths sort as numbers: 8 before 11
        ("siklus-sp-dtks", "/events/11/document_id"),
        ("siklus-sp-dtks", "/events/12/charter_id"),
    ]


def test_pc014_a_misspelt_survey_is_noted_when_surveys_are_in_the_run() -> None:
    """skm-dinsos-2042 is not the example survey."""
    wrong = cycle(_set(10, survey_ids=["skm-dinsos-2042"]))
    assert _cross([wrong], "PC014") == []
    assert _cross([wrong, SURVEY], "PC014") == [("siklus-sp-dtks", "/events/10/survey_ids/0")]


def test_pc015_the_example_agrees_with_its_standard_charter_and_survey() -> None:
    """The passing case across documents."""
    assert _cross([cycle(), STANDARD, CHARTER, SURVEY], "PC015") == []


def test_pc015_a_decree_date_that_differs_from_the_standard_is_reported() -> None:
    """The standard says 2023-01-17, the cycle 2023-01-16."""
    assert STANDARD.establishment is not None
    moved = attrs.evolve(
        STANDARD,
        establishment=attrs.evolve(STANDARD.establishment, decided_on=dt.date(2023, 1, 17)),
    )
    assert _cross([cycle(), moved], "PC015") == [("siklus-sp-dtks", "/events/2/document_id")]
    undecided = attrs.evolve(STANDARD, establishment=None)
    assert _cross([cycle(), undecided], "PC015") == [("siklus-sp-dtks", "/events/2/document_id")]


def test_pc015_a_standard_of_another_version_is_reported_at_each_event_naming_it() -> None:
    """sp-dtks-2023 marked version 3: the drafting and the establishment disagree."""
    third = attrs.evolve(STANDARD, version=3)
    assert _cross([cycle(), third], "PC015") == [
        ("siklus-sp-dtks", "/events/0/document_id"),
        ("siklus-sp-dtks", "/events/2/document_id"),
    ]


def test_pc015_a_charter_signed_on_another_day_is_reported() -> None:
    """The charter signed 2023-01-21, the cycle says 2023-01-20."""
    later = attrs.evolve(CHARTER, signed_on=dt.date(2023, 1, 21))
    assert _cross([cycle(), later], "PC015") == [("siklus-sp-dtks", "/events/3/charter_id")]


def test_pc015_a_survey_that_ended_after_the_event_citing_it_is_reported() -> None:
    """The survey ends 2024-10-31, after the consultation of 2024-10-21 that used its results."""
    longer = attrs.evolve(SURVEY, period_end=dt.date(2024, 10, 31))
    on_the_day = attrs.evolve(SURVEY, period_end=dt.date(2024, 10, 21))
    assert _cross([cycle(), on_the_day], "PC015") == []
    assert _cross([cycle(), longer], "PC015") == [("siklus-sp-dtks", "/events/10/survey_ids/0")]


PC_CODES = {code for code, _, _ in GUARD_CASES} | {f"PC{n:03d}" for n in range(10, 16)}


def test_every_pc_rule_has_a_case_in_this_file() -> None:
    """No policy-cycle rule is left without a passing and a failing case."""
    assert {c for c in BUILTIN_RULES.codes() if c.startswith("PC")} == PC_CODES


def test_every_pc_rule_cites_the_law_and_says_whether_it_is_verified() -> None:
    """Each rule has a basis, or is an integrity rule; the guards' rules carry their titles and notes."""
    from pelayanan.participation.cycle import GUARDS

    for rule in BUILTIN_RULES:
        if rule.code.startswith("PC"):
            assert rule.basis or (rule.integrity and GUARDS[rule.code].integrity)
            if rule.code in GUARDS:
                assert rule.title == GUARDS[rule.code].title
                assert rule.verified is (GUARDS[rule.code].verified or rule.integrity)
                assert rule.note == GUARDS[rule.code].note


# --- the command line --------------------------------------------------------------------------------


def test_validate_reports_an_establishment_predating_its_consultation_citing_pasal_20_2(
    tmp_path: Path,
) -> None:
    """A JSON history loaded from a file: exit 1, PC003 with its citation, in JSON and text."""
    bad = cycle(_set(1, on="2023-02-01"))
    source = tmp_path / "siklus.json"
    source.write_text(json.dumps(bad), "utf-8")
    result = run_cli("validate", "--format", "json", "--as-of", "2024-12-31", str(source))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    [finding] = [f for d in report["documents"] for f in d["findings"] if f["code"] == "PC003"]
    assert finding["path"] == "/events/2/on"
    assert finding["severity"] == "error"
    assert PASAL_20_2 in [b["citation"] for b in finding["legal_basis"]]
    text = run_cli("validate", "--lang", "en", "--as-of", "2024-12-31", str(source))
    assert text.returncode == 1
    assert "PC003" in text.stdout
    assert PASAL_20_2 in text.stdout


def test_validate_accepts_the_example_cycle_with_the_other_complete_examples() -> None:
    """Exit 0: no error as of 2024-12-31; the only PC findings are the three notes of PC014."""
    names = ["provider.json", "services.json", "sp-dtks.json", "sp-sktm.json", "maklumat.json"]
    paths = [str(JAMBI / n) for n in [*names, "skm-2024.json", "siklus-sp-dtks.json"]]
    result = run_cli("validate", "--format", "json", "--as-of", "2024-12-31", *paths)
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["counts"]["error"] == 0
    pc = [
        (f["code"], f["severity"], f["path"])
        for f in report["cross_document"] + [g for d in report["documents"] for g in d["findings"]]
        if f["code"].startswith("PC")
    ]
    assert sorted(pc) == [
        ("PC014", "info", "/events/11/document_id"),
        ("PC014", "info", "/events/12/charter_id"),
        ("PC014", "info", "/events/8/document_id"),
    ]
