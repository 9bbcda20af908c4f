"""Rules for services (*jenis pelayanan*), mostly across documents (UU 25/2009 Pasal 15, 20)."""

from __future__ import annotations

from collections.abc import Iterator

from ...model.services import Service
from ...model.standards import StandardStatus
from .._engine import Context, Issue, Registry, Severity
from ._common import SERVICE, cite

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_UU25 = "uu-25-2009"


@RULES.rule(
    "SV001",
    kinds=SERVICE,
    severity=Severity.ERROR,
    title=("Setiap jenis pelayanan memiliki standar", "Every service has a standard"),
    message=(
        "Layanan {service} tidak memiliki standar pelayanan yang ditetapkan.",
        "Service {service} has no established service standard.",
    ),
    variants={
        "draft": (
            "Standar pelayanan untuk layanan {service} belum ditetapkan ({standards}).",
            "The standard for service {service} is not yet established ({standards}).",
        )
    },
    hint=(
        "Susun standar pelayanan bersama masyarakat dan tetapkan dengan keputusan.",
        "Draft the standard with the public and establish it by decree.",
    ),
    basis=(
        cite(_UU25, article="15", letter="a"),
        cite(_UU25, article="20", paragraph="1"),
        cite("permenpan-rb-15-2014", annex=""),
    ),
    cross_document=True,
)
def every_service_has_a_standard(service: Service, context: Context) -> Iterator[Issue]:
    """SV001 (regulations.md R01); checked when standards are given in the same run."""
    index = context.index
    if index is None or not index.has("service_standard") or service.status.value != "active":
        return
    standards = index.standards_by_service.get(service.id, [])
    if not standards:
        yield Issue((), service=service.name or service.id)
    elif not any(s.status is StandardStatus.ESTABLISHED for s in standards):
        yield Issue(
            (),
            "draft",
            service=service.name or service.id,
            standards=", ".join(s.id for s in standards),
        )


@RULES.rule(
    "SV002",
    kinds=SERVICE,
    severity=Severity.WARNING,
    title=("Layanan merujuk unit yang ada", "The service refers to an existing unit"),
    message=(
        "Layanan merujuk unit '{unit}' yang tidak ada pada penyelenggara dalam data.",
        "The service refers to unit '{unit}', which no provider in the data has.",
    ),
    hint=("Periksa kode unit layanan.", "Check the service's unit id."),
    integrity=True,
    cross_document=True,
)
def service_unit_exists(service: Service, context: Context) -> Iterator[Issue]:
    """SV002: checked when providers are given in the same run."""
    index = context.index
    if index is not None and index.has("provider") and service.unit_id not in index.units:
        yield Issue(("unit_id",), unit=service.unit_id)


@RULES.rule(
    "SV003",
    kinds=SERVICE,
    severity=Severity.WARNING,
    title=("Saluran layanan terdaftar pada unit", "The service's channels belong to its unit"),
    message=(
        "Saluran '{channel}' tidak terdaftar pada unit {unit}.",
        "Channel '{channel}' is not one of unit {unit}'s channels.",
    ),
    hint=(
        "Daftarkan saluran pada unit atau perbaiki kodenya.",
        "Add the channel to the unit or fix the id.",
    ),
    basis=(cite(_UU25, article="15", letter="d"),),
    cross_document=True,
)
def service_channels_belong_to_unit(service: Service, context: Context) -> Iterator[Issue]:
    """SV003: a service's channels are the unit's delivery channels."""
    index = context.index
    found = index.units.get(service.unit_id) if index is not None else None
    if found is None:
        return
    _, unit = found
    known = {c.id for c in unit.channels}
    for position, channel_id in enumerate(service.channel_ids):
        if channel_id not in known:
            yield Issue(("channel_ids", position), channel=channel_id, unit=unit.name or unit.id)
