"""The index of one validation run: what cross-document rules look up.

Documents given together are checked against each other (a standard for every service, a
charter for every unit); the :class:`Index` holds what those rules need, and only that.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from ..io.documents import Document, kind_of
from ..law import Instrument, InstrumentKind
from ..model.charters import ServiceCharter
from ..model.providers import Provider, Unit
from ..model.services import Service
from ..model.standards import ResponseTier, ServiceStandard, StandardStatus
from ..participation.complaints import Complaint
from ..participation.consultation import ConsultationForum
from ..participation.cycle import PolicyCycle

__all__ = ["Index", "StandardSummary", "register_references"]


# --- the index of a run, for cross-document rules ---------------------------------------------------


@attrs.frozen
class StandardSummary:
    """What cross-document rules need to know about a standard, without keeping all of it."""

    id: str
    service_id: str
    unit_id: str | None
    version: int
    status: StandardStatus
    established_on: dt.date | None
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    complaint_tiers: tuple[ResponseTier, ...] = ()
    """The unit's own complaint response tiers, from component j."""
    provider_id: str | None = None
    regional_basis: tuple[Instrument, ...] = ()
    """The Perda and Perkada the standard cites (legal basis and fee), for rule LB005."""

    @classmethod
    def of(cls, standard: ServiceStandard) -> StandardSummary:
        """Summarise ``standard``."""
        fee_basis = standard.fee.legal_basis if standard.fee else ()
        return cls(
            standard.id,
            standard.service_id,
            standard.unit_id,
            standard.version,
            standard.status,
            standard.establishment.decided_on if standard.establishment else None,
            standard.effective_from,
            standard.effective_until,
            standard.complaint_handling.tiers if standard.complaint_handling else (),
            standard.provider_id,
            tuple(
                c.instrument
                for c in (*(standard.legal_basis or ()), *fee_basis)
                if c.instrument.kind in _REGIONAL_KINDS
            ),
        )


_REGIONAL_KINDS = frozenset(
    {
        InstrumentKind.PROVINCIAL_REGULATION,
        InstrumentKind.REGENCY_CITY_REGULATION,
        InstrumentKind.REGIONAL_HEAD_REGULATION,
    }
)


References = Callable[[Any], Iterable[str]]
_STANDARD_REFERENCES: dict[type[Any], References] = {}
_UNIT_REFERENCES: dict[type[Any], References] = {}


def register_references(
    cls: type[Any], *, standards: References | None = None, units: References | None = None
) -> None:
    """Say which standards and units documents of ``cls`` refer to.

    Cross-document rules can only ask about standards the run kept; when a large input is
    streamed, standards are kept only if a kept document refers to them (by id, or through its
    unit). A module that adds a document kind with cross-document rules registers its references
    here.
    """
    if standards is not None:
        _STANDARD_REFERENCES[cls] = standards
    if units is not None:
        _UNIT_REFERENCES[cls] = units


@attrs.define
class Index:
    """The documents of one run, as cross-document rules look them up."""

    kinds: Counter[str] = attrs.Factory(Counter)
    """How many documents of each kind the run holds (loaded or not)."""
    documents: dict[str, list[Document]] = attrs.Factory(dict)
    """The kept documents by kind (all kinds but standards, which are summarised)."""
    units: dict[str, tuple[Provider, Unit]] = attrs.Factory(dict)
    services: dict[str, Service] = attrs.Factory(dict)
    standards: dict[str, StandardSummary] = attrs.Factory(dict)
    standards_by_service: dict[str, list[StandardSummary]] = attrs.Factory(dict)
    standards_by_unit: dict[str, list[StandardSummary]] = attrs.Factory(dict)
    referenced_standards: set[str] = attrs.Factory(set)
    referenced_units: set[str] = attrs.Factory(set)

    def count(self, kind: str | None) -> None:
        """Note that the run holds a document of ``kind``."""
        if kind is not None:
            self.kinds[kind] += 1

    def has(self, kind: str) -> bool:
        """Whether the run holds any document of ``kind``."""
        return self.kinds[kind] > 0

    def add(self, document: Document) -> None:
        """Index a loaded document (its kind must already be counted)."""
        if isinstance(document, ServiceStandard):
            self.add_standard(StandardSummary.of(document))
            return
        self.documents.setdefault(kind_of(document), []).append(document)
        if isinstance(document, Service):
            self.services[document.id] = document
        elif isinstance(document, Provider):
            for unit in document.units:
                self.units[unit.id] = (document, unit)
        standards = _STANDARD_REFERENCES.get(type(document))
        if standards is not None:
            self.referenced_standards.update(standards(document))
        units = _UNIT_REFERENCES.get(type(document))
        if units is not None:
            self.referenced_units.update(units(document))

    def of_kind(self, kind: str) -> list[Any]:
        """The kept documents of ``kind``."""
        return self.documents.get(kind, [])

    def add_standard(self, summary: StandardSummary) -> None:
        """Index a standard by its summary."""
        self.standards[summary.id] = summary
        self.standards_by_service.setdefault(summary.service_id, []).append(summary)
        if summary.unit_id is not None:
            self.standards_by_unit.setdefault(summary.unit_id, []).append(summary)

    def wants_standard(self, summary: StandardSummary) -> bool:
        """Whether a cross-document rule may ask about this standard (to keep memory bounded)."""
        return (
            summary.service_id in self.services
            or summary.id in self.referenced_standards
            or (
                summary.unit_id is not None
                and (summary.unit_id in self.units or summary.unit_id in self.referenced_units)
            )
        )

    @property
    def charters(self) -> list[ServiceCharter]:
        """The charters of the run."""
        return self.of_kind("service_charter")

    def charters_for_unit(self, unit_id: str) -> list[ServiceCharter]:
        """The charters of ``unit_id`` in the run."""
        return [c for c in self.charters if c.unit_id == unit_id]


register_references(
    ServiceCharter,
    standards=lambda c: c.standard_ids,
    units=lambda c: () if c.standard_ids else (c.unit_id,),
)
register_references(ConsultationForum, standards=lambda f: [r.standard_id for r in f.concerns])
register_references(
    Complaint,
    standards=lambda c: (c.standard_id,) if c.standard_id else (),
    units=lambda c: (c.unit_id,),
)
register_references(
    PolicyCycle,
    standards=lambda c: [e.document_id for e in c.events if e.document_id is not None],
)
