"""Compliance summary: the share of the 14 Pasal 21 components each standard and unit fulfils.

A component counts as fulfilled when it is present and substantive (not blank, not "-"), as rules
SP001–SP014 check. Each standard says on what basis it was counted
(:meth:`StandardCompliance.basis`): all 14 components of a full standard; for the published part of
a standard, the components it shows, without the management components that Permenpan RB 15/2014
does not publish; for a partial copy, the components it shows.

Each unit's share is the mean over its services (one standard per service: the version in force
on the date, else the latest), and is mapped onto the Ombudsman assessment scheme
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

:meth:`ComplianceSummary.to_records` gives one flat row per standard, for a table:

>>> row = summary.to_records()[0]
>>> row["standard_id"], row["percent"], row["missing"], row["estimate"]
('sp-dtks-2023', Decimal('85.71'), 'e, f', 'B')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

import attrs

from .._base.labels import Label, Lang
from .._base.numbers import format_number, round_half_up
from ..model.components import Component
from ..model.standards import (
    ComponentState,
    Coverage,
    ServiceStandard,
    StandardStatus,
    version_in_force,
)
from ..rules import ValidationConfig
from ..rules.validation import today_in_wib
from .ombudsman import (
    NoAssessmentError,
    NoVerifiedBandsError,
    OmbudsmanGrade,
    estimate_ombudsman_grade,
)

__all__ = [
    "RECORD_FIELDS",
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


RECORD_FIELDS: Final = (
    "year",
    "as_of",
    "unit_id",
    "unit_percent",
    "estimate",
    "zone",
    "standard_id",
    "service_id",
    "status",
    "fulfilled",
    "missing",
    "percent",
)
"""The keys of :meth:`ComplianceSummary.to_records`, in column order."""


def _predicate(grade: OmbudsmanGrade | None) -> str | None:
    """The category (A–E) or the compliance level of an estimate, as its value."""
    if grade is None:
        return None
    found = grade.category or grade.compliance
    return found.value if found is not None else None


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
    coverage: Coverage = Coverage.FULL
    not_counted: tuple[Component, ...] = ()
    """Components left out of the count: not seen in a partial copy, or management components
    a published part does not show."""

    @property
    def counted(self) -> int:
        """How many components the share counts over (14 for a full standard)."""
        return len(self.fulfilled) + len(self.missing)

    @property
    def share(self) -> Fraction:
        """Fulfilled components out of those counted, exactly."""
        return Fraction(len(self.fulfilled), self.counted) if self.counted else Fraction(0)

    @property
    def basis(self) -> Label:
        """On what basis the share was counted, in both languages.

        >>> page = ServiceStandard(id="sp", service_id="s", coverage=Coverage.PUBLISHED_PART)
        >>> print(standard_compliance(page).basis.en)
        6 of 14 components: the published part; not counted: a, g, h, i, k, l, m, n
        """
        if not self.not_counted:
            return Label(
                f"{_COMPONENTS} komponen ({self.coverage.label.id.lower()})",
                f"all {_COMPONENTS} components ({self.coverage.label.en.lower()})",
            )
        letters = ", ".join(c.letter for c in self.not_counted)
        what = {
            Coverage.FULL: Label("standar lengkap", "the full standard"),
            Coverage.PUBLISHED_PART: Label("bagian yang dipublikasikan", "the published part"),
            Coverage.PARTIAL_COPY: Label("salinan sebagian", "a partial copy"),
        }[self.coverage]
        return Label(
            f"{self.counted} dari {_COMPONENTS} komponen: {what.id}; tidak dihitung: {letters}",
            f"{self.counted} of {_COMPONENTS} components: {what.en}; not counted: {letters}",
        )

    @property
    def percent(self) -> Decimal:
        """The share in percent, rounded half up to two decimals."""
        return _percent(self.share)


def standard_compliance(
    standard: ServiceStandard, config: ValidationConfig | None = None
) -> StandardCompliance:
    """Measure one standard against the 14 components of UU 25/2009 Pasal 21, as the law reads it.

    Components the document could not show (:meth:`ServiceStandard.component_state`) are not
    counted; :attr:`StandardCompliance.basis` says so.
    """
    config = config or ValidationConfig()
    states = {c: standard.component_state(c, config.placeholders) for c in Component}
    return StandardCompliance(
        standard.id,
        standard.service_id,
        standard.unit_id,
        standard.status,
        tuple(c for c, s in states.items() if s is ComponentState.PRESENT),
        tuple(c for c, s in states.items() if s.is_missing),
        standard.coverage,
        tuple(c for c, s in states.items() if not s.is_assessed),
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

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per standard, with its unit's figures (see :data:`RECORD_FIELDS`).

        ``pandas.DataFrame(summary.to_records())`` gives one row per standard. Percentages stay
        exact :class:`~decimal.Decimal` values; ``fulfilled`` is a count of the 14 components,
        ``missing`` their letters (``"e, f"``); ``estimate`` is the estimated Ombudsman category
        (A–E) or compliance level of the year's scheme and ``zone`` its colour (both ``None``
        when the year has no estimate).
        """
        return [
            {
                "year": self.year,
                "as_of": self.as_of,
                "unit_id": unit.unit_id,
                "unit_percent": unit.percent,
                "estimate": _predicate(unit.estimate),
                "zone": unit.estimate.zone.value if unit.estimate else None,
                "standard_id": standard.standard_id,
                "service_id": standard.service_id,
                "status": standard.status.value,
                "fulfilled": len(standard.fulfilled),
                "missing": ", ".join(c.letter for c in standard.missing),
                "percent": standard.percent,
            }
            for unit in self.units
            for standard in unit.standards
        ]

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
            lines.append(
                f"{unit.unit_id or '?'}: {format_number(unit.percent, lang)}% -> {grade}{flag}"
            )
            if estimate is not None:
                # The first note of an estimate repeats the summary's; the others are the caveats.
                lines.extend(f"  ({n.text(lang)})" for n in estimate.notes[1:])
            for standard in unit.standards:
                missing = ", ".join(c.letter for c in standard.missing) or "-"
                word = "tidak ada" if lang == "id" else "missing"
                # The note above says a full standard's basis (all 14); any other is said here.
                basis = f"; {standard.basis.text(lang)}" if standard.not_counted else ""
                lines.append(
                    f"  {standard.standard_id}: {format_number(standard.percent, lang)}%"
                    f" ({word}: {missing}{basis})"
                )
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
