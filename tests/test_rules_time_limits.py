"""Rules on the time limits a standard promises (TL001–TL004).

TL001–TL003 read the completion times real standards print, through the reader an import uses
(:func:`pelayanan.io.text.parse_time_limit`); the source of each is named beside it.

TL004 compares a unit's complaint tiers with the 60 days UU 25/2009 Pasal 50 gives a provider to
settle a complaint (regulations.md §1.16). The tiers are those published standards print
(sippn.menpan.go.id/pelayanan-publik/8304801, biroadpem.kalbarprov.go.id, regulations.md §7):
"ringan ... 2 hari kerja; bersifat normatif ... 5 hari kerja; tidak berkadar pengawasan ... 14 hari
kerja; berkadar pengawasan dan memerlukan pemeriksaan ... 60 hari kerja".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pelayanan import ValidationConfig, validate
from pelayanan.io.text import parse_time_limit
from pelayanan.model.standards import (
    ComplaintHandling,
    Procedure,
    ProcedurePath,
    ProcedureStep,
    ResponseTier,
    ServiceStandard,
)
from pelayanan.participation.complaints import COMPLAINT_POLICY, ComplaintDeadlineKind
from pelayanan.rules import BUILTIN_RULES
from pelayanan.time.durations import Duration, DurationUnit, TimeLimit, TimeLimitCase

AS_OF = dt.date(2024, 6, 1)


def standard_with_tiers(*tiers: tuple[str, int, str]) -> dict[str, Any]:
    """A standard whose complaint handling has ``(label, amount, unit)`` tiers."""
    return {
        "kind": "service_standard",
        "id": "sp-pengaduan",
        "service_id": "pengaduan",
        "complaint_handling": {
            "channels": [{"kind": "direct", "address": "Ruang pengaduan"}],
            "tiers": [
                {"label": label, "duration": {"amount": amount, "unit": unit}}
                for label, amount, unit in tiers
            ],
        },
    }


def found(
    document: dict[str, Any], config: ValidationConfig | None = None
) -> list[tuple[str, str]]:
    """``(path, English message)`` of each TL004 finding."""
    report = validate(document, as_of=AS_OF, lang="en", select=["TL004"], config=config)
    return [(f.path, f.message) for f in report.findings]


def completion(text: str) -> ServiceStandard:
    """A standard whose component d is ``text`` as printed."""
    return ServiceStandard(id="sp-waktu", service_id="s", time_limit=parse_time_limit(text))


def messages(standard: ServiceStandard, code: str) -> list[tuple[str, str]]:
    """``(path, English message)`` of each finding with ``code``."""
    report = validate(standard, as_of=AS_OF, lang="en", select=[code])
    return [(f.path, f.message) for f in report.findings]


# --- TL001 -------------------------------------------------------------------------------------------


def test_five_working_days_say_their_kind() -> None:
    """TL001: '5 (lima) hari kerja', '12 (dua belas) hari kerja' (Inspektorat Deli Serdang)."""
    assert messages(completion("5 (lima) hari kerja"), "TL001") == []
    assert messages(completion("12 (dua belas) hari kerja"), "TL001") == []


def test_days_of_an_unstated_kind_are_reported() -> None:
    """TL001: '1 hari' (Dinas Sosial Garut, dinsos.garutkab.go.id/penerimaan-pengaduan)."""
    assert messages(completion("1 hari"), "TL001") == [
        (
            "/time_limit/duration",
            (
                "The completion time 1 day does not say working or calendar days; its deadline is "
                "counted in calendar days, the earlier of the two."
            ),
        )
    ]


def test_days_of_an_unstated_kind_are_reported_in_a_range_and_a_tier() -> None:
    """TL001 on '1 (satu) hari maksimal 14 (empat belas) hari kerja' (Way Kanan) and a tier."""
    standard = completion("1 (satu) hari maksimal 14 (empat belas) hari kerja")
    assert [p for p, _ in messages(standard, "TL001")] == ["/time_limit/minimum"]
    tiered = validate(standard_with_tiers(("Pengaduan ringan", 3, "days")), as_of=AS_OF)
    assert [f.path for f in tiered.findings if f.code == "TL001"] == [
        "/complaint_handling/tiers/0/duration"
    ]


def test_days_of_an_unstated_kind_are_reported_wherever_a_standard_states_a_duration() -> None:
    """TL001 in sub-cases, shared steps, a path's steps and tiers; in no other unit."""
    days, working = Duration(2, DurationUnit.DAYS), Duration(2, DurationUnit.WORKING_DAYS)
    standard = ServiceStandard(
        id="sp-hari",
        service_id="s",
        time_limit=TimeLimit(
            cases=(TimeLimitCase("Baru", working, minimum=days), TimeLimitCase("Ulang", days))
        ),
        procedure=Procedure(
            steps=(
                ProcedureStep("Daftar", duration=working),
                ProcedureStep("Periksa", duration=days),
            ),
            paths=(ProcedurePath("Daring", (ProcedureStep("Unggah", duration=days),)),),
        ),
        complaint_handling=ComplaintHandling(
            tiers=(ResponseTier("ringan", working), ResponseTier("berat", days))
        ),
    )
    assert sorted(messages(standard, "TL001")) == sorted(
        (
            path,
            (
                f"{what} 2 days does not say working or calendar days; its deadline is counted "
                "in calendar days, the earlier of the two."
            ),
        )
        for path, what in [
            ("/time_limit/cases/0/minimum", "The completion time for 'Baru'"),
            ("/time_limit/cases/1/duration", "The completion time for 'Ulang'"),
            ("/procedure/steps/1/duration", "Step 2 of the procedure"),
            ("/procedure/paths/0/steps/0/duration", "Step 1 of the procedure"),
            ("/complaint_handling/tiers/1/duration", "The complaint tier 'berat'"),
        ]
    )


# --- TL002 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("Sesuai kasus", "/time_limit/no_fixed_time"),  # Puskesmas Guguk Panjang, UGD
        ("sesuai dengan kebutuhan", "/time_limit/no_fixed_time"),  # Kantor Bahasa Jambi, SIPPN
        ("1", "/time_limit"),  # a number without a unit
    ],
)
def test_a_completion_time_without_a_fixed_time_is_reported(text: str, path: str) -> None:
    """TL002: 'Sesuai kasus', 'sesuai dengan kebutuhan', '1' promise no time (Pasal 21 huruf d)."""
    [(found, _)] = messages(completion(text), "TL002")
    assert found == path


def test_a_sub_case_without_a_fixed_time_is_reported() -> None:
    """TL002 on the one sub-case of several that has no time ('tergantung tingkat kegawatan')."""
    limit = TimeLimit(
        cases=(
            TimeLimitCase("Pasien baru", Duration(10, DurationUnit.MINUTES)),
            TimeLimitCase("Gawat darurat", no_fixed_time="tergantung tingkat kegawatan"),
        )
    )
    standard = ServiceStandard(id="sp-ugd", service_id="ugd", time_limit=limit)
    assert messages(standard, "TL002") == [
        (
            "/time_limit/cases/1",
            (
                "The completion time for 'Gawat darurat' gives no fixed time ('tergantung tingkat "
                "kegawatan')."
            ),
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "5 (lima) hari kerja",
        "Paling lambat 3 (tiga) hari",  # an upper bound is a fixed time (Disdukcapil Lamongan)
        "3 s/d 14 hari kerja",
        "STNK Baru: 120 menit; STNK Pengesahan: 30 menit",  # by sub-case (Ditlantas Sulsel)
    ],
)
def test_a_value_a_bound_a_range_or_sub_cases_are_fixed_times(text: str) -> None:
    """TL002 passes every form that states a time."""
    assert messages(completion(text), "TL002") == []


# --- TL003 -------------------------------------------------------------------------------------------


def test_a_range_is_noted_with_its_upper_end() -> None:
    """TL003: '3-5 menit' (UPT Puskesmas Maridan, scribd 422751158) promises 5 minutes."""
    assert messages(completion("3-5 menit"), "TL003") == [
        (
            "/time_limit/minimum",
            (
                "The completion time is the range 3 to 5 minutes; what the public is promised is its "
                "upper end, 5 minutes."
            ),
        )
    ]
    [finding] = validate(completion("3-5 menit"), as_of=AS_OF, select=["TL003"]).findings
    assert finding.severity.value == "info"


def test_a_single_value_is_no_range() -> None:
    """TL003 says nothing of '5 (lima) hari kerja'."""
    assert messages(completion("5 (lima) hari kerja"), "TL003") == []


# --- TL004 -------------------------------------------------------------------------------------------


PUBLISHED = (
    ("Pengaduan ringan", 2, "working_days"),
    ("Pengaduan bersifat normatif", 5, "working_days"),
    ("Tidak berkadar pengawasan", 14, "working_days"),
)


def test_tiers_of_days_and_weeks_are_within_the_law() -> None:
    """TL004: 2, 5 and 14 working days are well inside 60 days."""
    assert found(standard_with_tiers(*PUBLISHED)) == []


def test_a_tier_of_sixty_working_days_is_longer_than_sixty_days() -> None:
    """TL004: 60 working days take at least 60 + 2 × 11 = 82 calendar days."""
    tier = ("Berkadar pengawasan dan memerlukan pemeriksaan", 60, "working_days")
    assert found(standard_with_tiers(*PUBLISHED, tier)) == [
        (
            "/complaint_handling/tiers/3/duration",
            (
                "The complaint tier 'Berkadar pengawasan dan memerlukan pemeriksaan' (60 working days) "
                "is longer than the 60 calendar days UU 25/2009 Pasal 50 gives for settling a "
                "complaint once its file is complete. The limit is read in calendar days; the sources "
                "say only '60 hari' (unverified)."
            ),
        )
    ]


@pytest.mark.parametrize(
    ("amount", "unit", "longer"),
    [
        (60, "calendar_days", False),
        (61, "calendar_days", True),
        # 43 working days take at least 43 + 2 × 8 = 59 calendar days; 44 take at least 60.
        (43, "working_days", False),
        (44, "working_days", False),
        (45, "working_days", True),
    ],
)
def test_both_sides_of_the_sixty_days(amount: int, unit: str, longer: bool) -> None:
    """TL004 reports a tier only when it is longer than 60 days whatever day it starts."""
    assert bool(found(standard_with_tiers(("Pengaduan berat", amount, unit)))) is longer


def test_a_tier_of_zero_is_reported() -> None:
    """TL004: 'Pengaduan ringan: 0 hari kerja' promises nothing."""
    assert found(standard_with_tiers(("Pengaduan ringan", 0, "working_days"))) == [
        (
            "/complaint_handling/tiers/0/duration",
            (
                "The complaint tier 'Pengaduan ringan' has a time limit of 0 working days: no "
                "complaint can be settled in no time."
            ),
        )
    ]


def test_a_limit_configured_in_working_days_is_compared_as_such() -> None:
    """TL004 follows ValidationConfig: read as 60 working days, a 60-working-day tier is within."""
    policy = COMPLAINT_POLICY.with_duration(
        ComplaintDeadlineKind.DECISION, Duration(60, DurationUnit.WORKING_DAYS)
    )
    config = ValidationConfig(complaint_policy=policy)
    tier = ("Berkadar pengawasan", 60, "working_days")
    assert found(standard_with_tiers(tier), config) == []
    [(_, message)] = found(standard_with_tiers(("Berkadar pengawasan", 61, "working_days")), config)
    assert message.endswith("once its file is complete.")


def test_the_time_limit_rules_cite_pasal_21_huruf_d() -> None:
    """TL001–TL003 rest on UU 25/2009 Pasal 21 huruf d; TL003 is information."""
    rules = {r.code: r for r in BUILTIN_RULES if r.code in ("TL001", "TL002", "TL003")}
    for rule in rules.values():
        assert "UU 25/2009 Pasal 21 huruf d" in [str(c) for c in rule.basis]
    assert [r.severity.value for _, r in sorted(rules.items())] == ["warning", "warning", "info"]


def test_tl004_rests_on_pasal_50_and_says_what_is_unverified() -> None:
    """The rule cites UU 25/2009 Pasal 50 and Perpres 76/2013, and is marked unverified."""
    rule = next(r for r in BUILTIN_RULES if r.code == "TL004")
    cited = [str(c) for c in rule.basis]
    assert "UU 25/2009 Pasal 50" in cited
    assert "UU 25/2009 Pasal 21 huruf j" in cited
    assert not rule.verified
    assert "calendar" in rule.note
