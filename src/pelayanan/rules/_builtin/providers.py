"""Rules for providers (*penyelenggara*) and their units (UU 25/2009 Pasal 1, 8, 15, 37)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..._base.labels import Label
from ...model.providers import ExecutorRole, Provider, ProviderCategory
from .._engine import Context, Issue, Registry, Severity
from ._common import PROVIDER, cite

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_UU25 = "uu-25-2009"


@RULES.rule(
    "PV001",
    kinds=PROVIDER,
    severity=Severity.WARNING,
    title=("Penyelenggara memiliki unit pelayanan", "The provider has service units"),
    message=(
        "Penyelenggara tidak mencantumkan organisasi penyelenggara (unit) pelayanan.",
        "The provider lists no service unit (organisasi penyelenggara).",
    ),
    hint=(
        "Cantumkan unit yang menyelenggarakan pelayanan, misalnya dinas atau UPTD.",
        "List the units that deliver services, such as offices or technical units.",
    ),
    basis=(cite(_UU25, article="8"),),
)
def provider_has_units(provider: Provider, _: Context) -> Iterator[Issue]:
    """PV001: Pasal 8, the organisation delivers the services."""
    if not provider.units:
        yield Issue(("units",))


@RULES.rule(
    "PV002",
    kinds=PROVIDER,
    severity=Severity.WARNING,
    title=("Pimpinan unit tercatat", "The unit head is recorded"),
    message=(
        "Unit {unit} tidak mencatat pimpinannya.",
        "Unit {unit} does not record its head.",
    ),
    hint=(
        "Catat pimpinan unit: dialah yang menetapkan standar dan menandatangani maklumat.",
        "Record the unit head, who establishes the standards and signs the charter.",
    ),
    basis=(cite(_UU25, article="15", letter="j"),),
)
def unit_head_is_recorded(provider: Provider, context: Context) -> Iterator[Issue]:
    """PV002: the head is who R12 and R13 ask about."""
    for position, unit in enumerate(provider.units):
        if unit.head is None or context.config.is_placeholder(unit.head.name):
            yield Issue(("units", position, "head"), unit=unit.name or unit.id)


@RULES.rule(
    "PV003",
    kinds=PROVIDER,
    severity=Severity.WARNING,
    title=("Unit menugaskan pengelola pengaduan", "The unit assigns a complaint manager"),
    message=(
        "Unit {unit} tidak mencatat pelaksana yang bertugas mengelola pengaduan.",
        "Unit {unit} records no executor assigned to manage complaints.",
    ),
    hint=(
        "Tugaskan pelaksana yang kompeten sebagai pengelola pengaduan (peran complaint_manager).",
        "Assign a competent executor as complaint manager (role complaint_manager).",
    ),
    basis=(cite(_UU25, article="37"), cite("perpres-76-2013")),
)
def unit_has_complaint_manager(provider: Provider, _: Context) -> Iterator[Issue]:
    """PV003 (regulations.md §1.14: Pasal 36–37, competent complaint managers)."""
    for position, unit in enumerate(provider.units):
        if unit.executors and not any(
            ExecutorRole.COMPLAINT_MANAGER in e.roles for e in unit.executors
        ):
            yield Issue(("units", position, "executors"), unit=unit.name or unit.id)


@RULES.rule(
    "PV004",
    kinds=PROVIDER,
    severity=Severity.ERROR,
    title=("Kode unit dan pelaksana unik", "Unit and executor ids are unique"),
    message=(
        "Kode {what} '{id}' dipakai lebih dari sekali.",
        "The {what} id '{id}' is used more than once.",
    ),
    hint=(
        "Beri setiap unit dan pelaksana kode yang berbeda; dokumen lain merujuk dengan kode ini.",
        "Give every unit and executor its own id; other documents refer to them by it.",
    ),
    integrity=True,
)
def ids_are_unique(provider: Provider, _: Context) -> Iterator[Issue]:
    """PV004: references by id are ambiguous otherwise."""
    seen: Counter[str] = Counter()
    for position, unit in enumerate(provider.units):
        seen[unit.id] += 1
        if seen[unit.id] == 2:
            yield Issue(("units", position, "id"), what=Label("unit", "unit"), id=unit.id)
        executors: Counter[str] = Counter()
        for number, executor in enumerate(unit.executors):
            executors[executor.id] += 1
            if executors[executor.id] == 2:
                yield Issue(
                    ("units", position, "executors", number, "id"),
                    what=Label("pelaksana", "executor"),
                    id=executor.id,
                )


@RULES.rule(
    "PV005",
    kinds=PROVIDER,
    severity=Severity.INFO,
    title=("Tingkat pemerintahan tercatat", "The level of government is recorded"),
    message=(
        "Institusi penyelenggara negara ini tidak mencatat tingkat pemerintahannya.",
        "This state institution does not record its level of government.",
    ),
    hint=(
        "Catat apakah penyelenggara di tingkat pusat, provinsi, kabupaten, atau kota.",
        "Record whether the provider is central, provincial, regency or city government.",
    ),
    basis=(cite(_UU25, article="1", item="2"),),
)
def level_is_recorded(provider: Provider, _: Context) -> Iterator[Issue]:
    """PV005: needed to know the supervisor (*pembina*) and the assessment scheme."""
    if provider.category is ProviderCategory.STATE_INSTITUTION and provider.level is None:
        yield Issue(("level",))
