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
    changes: int = 0
    """How many times what the index wants of standards has grown (see :meth:`offer`)."""
    partial_since: int | None = None
    """The :attr:`changes` count when a standard was first offered and not kept in full."""
    _representatives: dict[str, StandardSummary] = attrs.Factory(dict)

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
        before = (
            len(self.services),
            len(self.units),
            len(self.referenced_standards),
            len(self.referenced_units),
        )
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
        after = (
            len(self.services),
            len(self.units),
            len(self.referenced_standards),
            len(self.referenced_units),
        )
        if after != before:
            self.changes += 1

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
        return self.wants_in_full(summary) or (
            summary.unit_id is not None and summary.unit_id in self.units
        )

    def wants_in_full(self, summary: StandardSummary) -> bool:
        """Whether a cross-document rule may ask about this standard itself.

        A rule may ask about the standards of a service or a unit the run refers to, and about a
        standard named by id. A provider's unit alone asks less: only whether the unit has an
        established standard (MK001), which one standard per unit can answer.
        """
        return (
            summary.service_id in self.services
            or summary.id in self.referenced_standards
            or (summary.unit_id is not None and summary.unit_id in self.referenced_units)
        )

    def offer(self, summary: StandardSummary) -> None:
        """Keep what cross-document rules may ask about ``summary``, as the index stands now.

        Memory stays flat however many standards are offered: a standard nothing refers to is not
        kept, and of the standards of a provider's unit only one is (an established one, if
        any). Documents indexed later may want more of a standard offered earlier;
        :attr:`incomplete` then says so, and the standards are offered again after
        :meth:`clear_standards` (the command line reads its files a second time).
        """
        if self.wants_in_full(summary):
            self.add_standard(summary)
            return
        if self.partial_since is None:
            self.partial_since = self.changes
        unit_id = summary.unit_id
        if unit_id is None or unit_id not in self.units:
            return
        kept = self._representatives.get(unit_id)
        if kept is None:
            self._representatives[unit_id] = summary
            self.standards_by_unit.setdefault(unit_id, []).append(summary)
        elif (
            kept.status is not StandardStatus.ESTABLISHED
            and summary.status is StandardStatus.ESTABLISHED
        ):
            self._representatives[unit_id] = summary
            listed = self.standards_by_unit[unit_id]
            listed[listed.index(kept)] = summary

    @property
    def incomplete(self) -> bool:
        """Whether a standard was offered before the index wanted all that it now wants of it."""
        return self.partial_since is not None and self.partial_since < self.changes

    def clear_standards(self) -> None:
        """Forget every standard kept, to offer them all again (see :meth:`offer`)."""
        self.standards.clear()
        self.standards_by_service.clear()
        self.standards_by_unit.clear()
        self._representatives.clear()
        self.partial_since = None

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
