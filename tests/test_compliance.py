"""The compliance summary: shares of the 14 components, by standard and unit, as an estimate."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction

import attrs

from pelayanan import Component, ServiceStandard, from_json
from pelayanan.evaluation.compliance import compliance_summary
from pelayanan.model.standards import StandardStatus

from .conftest import EXAMPLES, Ran, run_cli

STANDARD: ServiceStandard = from_json(  # type: ignore[assignment]
    (EXAMPLES / "dinas-sosial-kota-jambi" / "sp-dtks.json").read_bytes()
)
AS_OF = dt.date(2024, 6, 1)


def _without(standard: ServiceStandard, *components: Component) -> ServiceStandard:
    for component in components:
        standard = standard.with_component(component, None)
    return standard


def test_a_standard_missing_two_components_fulfils_twelve_of_fourteen() -> None:
    """12/14 = 85.714...%, shown as 85.71; in 2024 that is category B (78.00–87.99)."""
    summary = compliance_summary(
        [_without(STANDARD, Component.FEE, Component.PRODUCTS)], year=2024, as_of=AS_OF
    )
    [unit] = summary.units
    assert unit.share == Fraction(12, 14)
    assert unit.percent == Decimal("85.71")
    assert unit.estimate is not None
    assert unit.estimate.category is not None
    assert unit.estimate.category.value == "B"
    assert unit.estimate.is_estimate
    assert summary.is_estimate


def test_the_unit_share_is_the_mean_over_its_services() -> None:
    """Services at 14/14 and 7/14 average 75%: category C in 2022, zone kuning in 2021."""
    half = attrs.evolve(
        _without(
            STANDARD,
            Component.LEGAL_BASIS,
            Component.REQUIREMENTS,
            Component.PROCEDURE,
            Component.TIME_LIMIT,
            Component.FEE,
            Component.PRODUCTS,
            Component.FACILITIES,
        ),
        id="sp-half",
        service_id="layanan-lain",
    )
    in_2022 = compliance_summary([STANDARD, half], year=2022, as_of=AS_OF)
    [unit] = in_2022.units
    assert unit.percent == Decimal("75.00")
    assert unit.estimate is not None
    assert unit.estimate.category is not None
    assert unit.estimate.category.value == "C"
    [unit_2021] = compliance_summary([STANDARD, half], year=2021, as_of=AS_OF).units
    assert unit_2021.estimate is not None
    assert unit_2021.estimate.zone.value == "yellow"


def test_a_year_without_an_assessment_has_no_estimate_but_a_reason() -> None:
    """The Ombudsman held no assessment in 2020 (facts.md §6)."""
    [unit] = compliance_summary([STANDARD], year=2020, as_of=AS_OF).units
    assert unit.estimate is None
    assert unit.no_estimate is not None
    assert "2020" in unit.no_estimate.en


def test_placeholder_components_do_not_count() -> None:
    """A guarantee that says only "-" is not fulfilled."""
    dash = attrs.evolve(
        STANDARD, service_guarantee=attrs.evolve(STANDARD.service_guarantee, statement="-")
    )
    [measured] = compliance_summary([dash], year=2024, as_of=AS_OF).standards
    assert measured.missing == (Component.SERVICE_GUARANTEE,)


def test_the_version_in_force_represents_its_service() -> None:
    """An established version beats a newer draft; once it has expired, the latest counts."""
    draft = attrs.evolve(
        _without(STANDARD, Component.FEE), id="sp-v2", version=2, status=StandardStatus.DRAFT
    )
    [chosen] = compliance_summary([STANDARD, draft], year=2024, as_of=AS_OF).standards
    assert chosen.standard_id == STANDARD.id
    expired = attrs.evolve(STANDARD, effective_until=dt.date(2024, 1, 1))
    [later] = compliance_summary([expired, draft], year=2024, as_of=AS_OF).standards
    assert later.standard_id == "sp-v2"


def test_the_command_prints_an_estimate_per_unit() -> None:
    """`pelayanan compliance --format json` marks everything as an estimate."""
    result = run_cli(
        "compliance", str(EXAMPLES), "--year", "2024", "--as-of", "2024-06-01", "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["is_estimate"] is True
    [unit] = data["units"]
    # (14 + 7 + 14) / 42 components over the three example services = 83.33%
    assert unit["percent"] == "83.33"
    assert unit["estimate"]["category"] == "B"
    assert unit["estimate"]["cutoffs_verified"] is True  # 2024's cut-offs were seen (§8.2)


def _compliance(*args: str) -> Ran:
    return run_cli("compliance", str(EXAMPLES), "--lang", "en", *args)


def test_an_estimate_on_assumed_cut_offs_says_so_in_text_and_json() -> None:
    """2018's zones were not seen: they are assumed equal to 2021's (regulations.md §8.1).

    The command prints the "assumed" note it used to hide, and marks the estimate UNVERIFIED.
    """
    text = _compliance("--year", "2018", "--as-of", "2024-06-01").stdout.splitlines()
    [unit] = [line for line in text if line.startswith("dinsos-kota-jambi:")]
    assert unit.endswith("[cut-offs UNVERIFIED]")
    assert text[text.index(unit) + 1] == (
        "  (The 2018 cut-offs are assumed equal to those seen (2021); UNVERIFIED)"
    )
    result = _compliance("--year", "2018", "--as-of", "2024-06-01", "--format", "json")
    [entry] = json.loads(result.stdout)["units"]
    assert entry["estimate"]["cutoffs_verified"] is False
    assert entry["estimate"]["notes"][-1] == (
        "The 2018 cut-offs are assumed equal to those seen (2021); UNVERIFIED"
    )
