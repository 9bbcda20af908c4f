"""Compliance summary: the share of the 14 Pasal 21 components each standard and unit fulfils.

A component counts as fulfilled when it is present and substantive (not blank, not "-"), as rules
SP001–SP014 check. Each unit's share is the mean over its services (one standard per service: the
version in force on the date, else the latest), and is mapped onto the Ombudsman assessment scheme
of the assessment year as an **estimate** (:func:`pelayanan.evaluation.ombudsman.estimate_ombudsman_grade`):
the Ombudsman observes many more items, so the figure shows where a unit stands on the standard's
components, not what the Ombudsman will find.

>>> import datetime as dt
>>> from pathlib import Path
>>> from pelayanan import Component, from_json
>>> standard = from_json(Path("examples/dinas-sosial-kota-jambi/sp-dtks.json").read_bytes())
>>> two_missing = standard.with_component(Component.FEE, None).with_component(Component.PRODUCTS, None)
>>> summary = compliance_summary([two_missing], year=2024, as_of=dt.date(2024, 6, 1))
>>> unit = summary.units[0]
>>> unit.unit_id, unit.percent, unit.estimate.category.value, unit.estimate.is_estimate
('dinsos-kota-jambi', Decimal('85.71'), 'B', True)
>>> [c.letter for c in summary.standards[0].missing]
['e', 'f']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from .._base.labels import Label, Lang
from .._base.numbers import round_half_up
from ..model.components import Component
from ..model.standards import ServiceStandard, StandardStatus, version_in_force
from ..rules import ValidationConfig
from ..rules.validation import today_in_wib
from .ombudsman import (
    NoAssessmentError,
    NoVerifiedBandsError,
    OmbudsmanGrade,
    estimate_ombudsman_grade,
)

__all__ = [
    "ComplianceSummary",
    "StandardCompliance",
    "UnitCompliance",
    "compliance_summary",
    "standard_compliance",
]

_COMPONENTS = len(Component)
_NOTE = Label(
    "PERKIRAAN berdasarkan 14 komponen standar pelayanan (UU 25/2009 Pasal 21), bukan hasil "
    "penilaian Ombudsman.",
    "ESTIMATE from the 14 service-standard components (UU 25/2009 Pasal 21), not an "
    "Ombudsman result.",
)


def _percent(share: Fraction) -> Decimal:
    return round_half_up(share * 100)


@attrs.frozen
class StandardCompliance:
    """Which of the 14 components one standard fulfils."""

    standard_id: str
    service_id: str
    unit_id: str | None
    status: StandardStatus
    fulfilled: tuple[Component, ...]
    missing: tuple[Component, ...]
    """Components absent or without real content, in Pasal 21 order."""

    @property
    def share(self) -> Fraction:
        """Fulfilled components out of 14, exactly."""
        return Fraction(len(self.fulfilled), _COMPONENTS)

    @property
    def percent(self) -> Decimal:
        """The share in percent, rounded half up to two decimals."""
        return _percent(self.share)


def standard_compliance(
    standard: ServiceStandard, config: ValidationConfig | None = None
) -> StandardCompliance:
    """Measure one standard against the 14 components of UU 25/2009 Pasal 21."""
    config = config or ValidationConfig()
    fulfilled = tuple(c for c in Component if standard.fulfils(c, config.placeholders))
    missing = tuple(c for c in Component if c not in fulfilled)
    return StandardCompliance(
        standard.id, standard.service_id, standard.unit_id, standard.status, fulfilled, missing
    )


@attrs.frozen
class UnitCompliance:
    """A unit's share of components over its services, and the estimated Ombudsman grade."""

    unit_id: str | None
    """``None`` gathers standards that name no unit."""
    standards: tuple[StandardCompliance, ...]
    """One per service: the version in force on the date, else the latest."""
    share: Fraction
    estimate: OmbudsmanGrade | None
    """``None`` when the year has no assessment or no known bands (see :attr:`no_estimate`)."""
    no_estimate: Label | None = None

    @property
    def percent(self) -> Decimal:
        """The share in percent, rounded half up to two decimals."""
        return _percent(self.share)


@attrs.frozen
class ComplianceSummary:
    """Per standard and per unit, for one assessment year; always labelled an estimate."""

    year: int
    as_of: dt.date
    standards: tuple[StandardCompliance, ...]
    units: tuple[UnitCompliance, ...]
    is_estimate: bool = True
    note: Label = attrs.field(factory=lambda: _NOTE)

    def text(self, lang: Lang = "id") -> str:
        """A readable table: one line per unit, its estimate's notes, then one line per standard.

        The notes say when the cut-offs of the year were not seen in a source (assumed from
        another year, or an inferred band): such an estimate is marked UNVERIFIED.
        """
        lines = [self.note.text(lang)]
        unverified = Label("batas BELUM TERVERIFIKASI", "cut-offs UNVERIFIED").text(lang)
        for unit in self.units:
            estimate = unit.estimate
            grade = (
                estimate.text(lang)
                if estimate is not None
                else (unit.no_estimate.text(lang) if unit.no_estimate else "-")
            )
            flag = (
                f" [{unverified}]" if estimate is not None and not estimate.cutoffs_verified else ""
            )
            lines.append(f"{unit.unit_id or '?'}: {unit.percent}% -> {grade}{flag}")
            if estimate is not None:
                # The first note of an estimate repeats the summary's; the others are the caveats.
                lines.extend(f"  ({n.text(lang)})" for n in estimate.notes[1:])
            for standard in unit.standards:
                missing = ", ".join(c.letter for c in standard.missing) or "-"
                lines.append(f"  {standard.standard_id}: {standard.percent}% (missing: {missing})")
        return "\n".join(lines)


def _current(standards: list[ServiceStandard], on: dt.date) -> ServiceStandard:
    """The version in force on ``on`` if any (:func:`version_in_force`), else the latest version."""
    return version_in_force(standards, on) or max(standards, key=lambda s: s.version)


def compliance_summary(
    standards: Iterable[ServiceStandard],
    *,
    year: int | None = None,
    as_of: dt.date | None = None,
    config: ValidationConfig | None = None,
) -> ComplianceSummary:
    """Summarise standards by unit for the assessment ``year`` (default: the year of ``as_of``)."""
    as_of = as_of or today_in_wib()
    year = year or as_of.year
    by_service: dict[str, list[ServiceStandard]] = {}
    for standard in standards:
        by_service.setdefault(standard.service_id, []).append(standard)
    chosen = [standard_compliance(_current(group, as_of), config) for group in by_service.values()]
    chosen.sort(key=lambda s: (s.unit_id or "", s.standard_id))
    by_unit: dict[str | None, list[StandardCompliance]] = {}
    for measured in chosen:
        by_unit.setdefault(measured.unit_id, []).append(measured)
    units = []
    for unit_id, measured_list in by_unit.items():
        share = sum((m.share for m in measured_list), Fraction(0)) / len(measured_list)
        try:
            estimate, reason = estimate_ombudsman_grade(share, year), None
        except (NoAssessmentError, NoVerifiedBandsError) as exc:
            estimate, reason = None, Label(str(exc), str(exc))
        units.append(UnitCompliance(unit_id, tuple(measured_list), share, estimate, reason))
    return ComplianceSummary(year, as_of, tuple(chosen), tuple(units))
