"""Rules on the time limits a standard promises (TL).

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
from pelayanan.participation.complaints import COMPLAINT_POLICY, ComplaintDeadlineKind
from pelayanan.rules import BUILTIN_RULES
from pelayanan.time.durations import Duration, DurationUnit

AS_OF = dt.date(2024, 6, 1)


def standard(*tiers: tuple[str, int, str]) -> dict[str, Any]:
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


PUBLISHED = (
    ("Pengaduan ringan", 2, "working_days"),
    ("Pengaduan bersifat normatif", 5, "working_days"),
    ("Tidak berkadar pengawasan", 14, "working_days"),
)


def test_tiers_of_days_and_weeks_are_within_the_law() -> None:
    """TL004: 2, 5 and 14 working days are well inside 60 days."""
    assert found(standard(*PUBLISHED)) == []


def test_a_tier_of_sixty_working_days_is_longer_than_sixty_days() -> None:
    """TL004: 60 working days take at least 60 + 2 × 11 = 82 calendar days."""
    tier = ("Berkadar pengawasan dan memerlukan pemeriksaan", 60, "working_days")
    assert found(standard(*PUBLISHED, tier)) == [
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
    assert bool(found(standard(("Pengaduan berat", amount, unit)))) is longer


def test_a_tier_of_zero_is_reported() -> None:
    """TL004: 'Pengaduan ringan: 0 hari kerja' promises nothing."""
    assert found(standard(("Pengaduan ringan", 0, "working_days"))) == [
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
    assert found(standard(tier), config) == []
    [(_, message)] = found(standard(("Berkadar pengawasan", 61, "working_days")), config)
    assert message.endswith("once its file is complete.")


def test_tl004_rests_on_pasal_50_and_says_what_is_unverified() -> None:
    """The rule cites UU 25/2009 Pasal 50 and Perpres 76/2013, and is marked unverified."""
    rule = next(r for r in BUILTIN_RULES if r.code == "TL004")
    cited = [str(c) for c in rule.basis]
    assert "UU 25/2009 Pasal 50" in cited
    assert "UU 25/2009 Pasal 21 huruf j" in cited
    assert not rule.verified
    assert "calendar" in rule.note
