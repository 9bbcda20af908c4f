"""*Standar Pelayanan* (UU 25/2009 Pasal 20–21): the 14 components, as typed fields.

A standard is "the benchmark used as the guide for delivering a service and the reference for
assessing its quality, as the provider's obligation and promise to the public" (Pasal 1 angka 7).
Each of the 14 components of Pasal 21 is a field of :class:`ServiceStandard`; a missing component
is ``None``, so an incomplete standard still loads and the validator can say what is missing.

>>> from decimal import Decimal
>>> from pelayanan.time.durations import Duration, DurationUnit
>>> from pelayanan.model.standards import Fee, ServiceStandard, TimeLimit
>>> standard = ServiceStandard(
...     id="sp-dtks",
...     service_id="dinsos-dtks",
...     time_limit=TimeLimit(Duration(5, DurationUnit.WORKING_DAYS)),
...     fee=Fee(Decimal(0)),
... )
>>> standard.fee.is_free
True
>>> [c.letter for c in standard.missing_components()][:4]
['a', 'b', 'c', 'f']
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Collection, Iterable
from typing import Any, Protocol, TypeVar

import attrs

from .._base.labels import LabelledEnum, register_labels
from .._base.text import PLACEHOLDERS, is_placeholder
from .._base.validators import at_least, non_empty, non_negative_decimal, optional, to_decimal
from ..law import Citation
from ..time.durations import Duration
from .components import Component
from .participants import ParticipantCategory, ParticipationForm
from .providers import Competency
from .records import DocumentRef, Establishment, Publication
from .services import VulnerableGroup

__all__ = [
    "ComplaintChannel",
    "ComplaintChannelKind",
    "ComplaintHandling",
    "ConsultationRecord",
    "ExecutorCount",
    "Facility",
    "Fee",
    "Guarantee",
    "InternalSupervision",
    "PerformanceEvaluation",
    "Procedure",
    "ProcedureStep",
    "Product",
    "Requirement",
    "RequirementKind",
    "ResponseTier",
    "Review",
    "ServiceStandard",
    "StaffingLine",
    "StandardStatus",
    "TimeLimit",
    "Versioned",
    "is_in_force",
    "version_in_force",
]

_non_negative = at_least(0)


class RequirementKind(LabelledEnum):
    """Whether a requirement is administrative or technical (Permenpan RB 15/2014)."""

    ADMINISTRATIVE = "administrative"
    TECHNICAL = "technical"


register_labels(
    RequirementKind,
    {
        RequirementKind.ADMINISTRATIVE: ("Persyaratan administratif", "Administrative"),
        RequirementKind.TECHNICAL: ("Persyaratan teknis", "Technical"),
    },
)


@attrs.frozen
class Requirement:
    """One item of *persyaratan* (component b): a document, good or condition to provide."""

    name: str
    kind: RequirementKind = RequirementKind.ADMINISTRATIVE
    mandatory: bool = True
    description: str = ""


@attrs.frozen
class ProcedureStep:
    """One step of the procedure (component c), with who performs it."""

    description: str
    actor: str = ""
    """Who performs the step: ``"Pemohon"``, ``"Petugas loket"``, ``"Kepala Dinas"``."""
    duration: Duration | None = None
    output: str = ""


@attrs.frozen
class Procedure:
    """*Sistem, mekanisme, dan prosedur* (component c): ordered steps plus how the system works."""

    steps: tuple[ProcedureStep, ...] = ()
    system: str = ""
    mechanism: str = ""
    flowchart_url: str | None = None


@attrs.frozen
class TimeLimit:
    """*Jangka waktu penyelesaian* (component d): how long the whole service takes."""

    duration: Duration
    counted_from: str = ""
    """When the clock starts, as written (``"sejak berkas dinyatakan lengkap"``)."""
    note: str = ""


@attrs.frozen
class Fee:
    """*Biaya/tarif* (component e): the charge in rupiah, zero when free, with its legal basis.

    UU 25/2009 Pasal 31 (text UNVERIFIED, regulations.md §1.13) requires a charged tariff to rest on
    law; :attr:`legal_basis` holds those citations.
    """

    amount: decimal.Decimal = attrs.field(converter=to_decimal, validator=non_negative_decimal)
    legal_basis: tuple[Citation, ...] = ()
    note: str = ""

    @property
    def is_free(self) -> bool:
        """Whether the service is free of charge (*tidak dipungut biaya*)."""
        return self.amount == 0


@attrs.frozen
class Product:
    """*Produk pelayanan* (component f): what the user receives."""

    name: str
    description: str = ""


@attrs.frozen
class Facility:
    """*Sarana, prasarana, dan/atau fasilitas* (component g), noting vulnerable groups served."""

    name: str
    description: str = ""
    vulnerable_groups: tuple[VulnerableGroup, ...] = ()
    """Vulnerable groups this facility is for (a ramp, a priority seat, a nursing room)."""


@attrs.frozen
class InternalSupervision:
    """*Pengawasan internal* (component i): who controls the service and how."""

    description: str
    supervisors: tuple[str, ...] = ()


class ComplaintChannelKind(LabelledEnum):
    """Where complaints can be lodged (*sarana pengaduan*)."""

    DIRECT = "direct"
    COMPLAINT_BOX = "complaint_box"
    LETTER = "letter"
    PHONE = "phone"
    EMAIL = "email"
    MESSAGING = "messaging"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    SP4N_LAPOR_WEB = "sp4n_lapor_web"
    SP4N_LAPOR_SMS = "sp4n_lapor_sms"
    SP4N_LAPOR_APP = "sp4n_lapor_app"
    OTHER = "other"

    @property
    def is_sp4n_lapor(self) -> bool:
        """Whether the channel is part of the national SP4N-LAPOR! system."""
        return self.value.startswith("sp4n_lapor")


register_labels(
    ComplaintChannelKind,
    {
        ComplaintChannelKind.DIRECT: ("Langsung/tatap muka", "In person"),
        ComplaintChannelKind.COMPLAINT_BOX: ("Kotak pengaduan", "Complaint box"),
        ComplaintChannelKind.LETTER: ("Surat", "Letter"),
        ComplaintChannelKind.PHONE: ("Telepon", "Telephone"),
        ComplaintChannelKind.EMAIL: ("Surel", "Email"),
        ComplaintChannelKind.MESSAGING: ("Pesan instan (WhatsApp)", "Instant messaging"),
        ComplaintChannelKind.WEBSITE: ("Situs web penyelenggara", "Provider's website"),
        ComplaintChannelKind.SOCIAL_MEDIA: ("Media sosial", "Social media"),
        ComplaintChannelKind.SP4N_LAPOR_WEB: (
            "SP4N-LAPOR! (www.lapor.go.id)",
            "SP4N-LAPOR! website",
        ),
        ComplaintChannelKind.SP4N_LAPOR_SMS: ("SP4N-LAPOR! (SMS 1708)", "SP4N-LAPOR! SMS 1708"),
        ComplaintChannelKind.SP4N_LAPOR_APP: ("Aplikasi SP4N-LAPOR!", "SP4N-LAPOR! app"),
        ComplaintChannelKind.OTHER: ("Lainnya", "Other"),
    },
)


@attrs.frozen
class ComplaintChannel:
    """A channel for complaints, suggestions and input, with where to find it."""

    kind: ComplaintChannelKind
    address: str = ""
    """The room, box location, number, e-mail address or URL."""


@attrs.frozen
class ResponseTier:
    """A response tier of a unit's complaint handling ("ringan: 2 hari kerja")."""

    label: str
    duration: Duration
    description: str = ""


@attrs.frozen
class ComplaintHandling:
    """*Penanganan pengaduan, saran, dan masukan* (component j)."""

    channels: tuple[ComplaintChannel, ...] = ()
    manager: str | None = None
    """Who manages complaints (*pengelola pengaduan*), as a name or an office."""
    tiers: tuple[ResponseTier, ...] = ()
    procedure: str = ""


@attrs.frozen
class StaffingLine:
    """Part of the executor count: how many people do one job."""

    role: str
    count: int = attrs.field(validator=_non_negative)


@attrs.frozen
class ExecutorCount:
    """*Jumlah pelaksana* (component k): how many executors serve, by role."""

    total: int = attrs.field(validator=_non_negative)
    breakdown: tuple[StaffingLine, ...] = ()
    note: str = ""


@attrs.frozen
class Guarantee:
    """A guarantee statement (components l and m)."""

    statement: str


@attrs.frozen
class PerformanceEvaluation:
    """*Evaluasi kinerja pelaksana* (component n): how executors are evaluated, and how often."""

    method: str
    interval_months: int | None = attrs.field(default=None, validator=optional(at_least(1)))
    evaluator: str = ""


class StandardStatus(LabelledEnum):
    """Where a standard stands: draft, established, superseded by a newer version, or revoked."""

    DRAFT = "draft"
    ESTABLISHED = "established"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"


register_labels(
    StandardStatus,
    {
        StandardStatus.DRAFT: ("Rancangan", "Draft"),
        StandardStatus.ESTABLISHED: ("Ditetapkan", "Established"),
        StandardStatus.SUPERSEDED: ("Digantikan versi baru", "Superseded"),
        StandardStatus.REVOKED: ("Dicabut", "Revoked"),
    },
)


@attrs.frozen
class ConsultationRecord:
    """A record that the public took part in drafting or reviewing a standard (Pasal 20 ayat (2)).

    ``forum_id`` may point at a ``consultation_forum`` document holding the full record.
    """

    held_on: dt.date
    form: ParticipationForm = ParticipationForm.CONSULTATION_FORUM
    participant_categories: tuple[ParticipantCategory, ...] = ()
    forum_id: str | None = None
    description: str = ""
    minutes: DocumentRef | None = None


@attrs.frozen
class Review:
    """*Peninjauan ulang*: a periodic review of the standard."""

    reviewed_on: dt.date
    outcome: str = ""
    minutes: DocumentRef | None = None
    """The *berita acara peninjauan* (PEKPPP asks for it as evidence)."""
    public_involved: bool = False


@attrs.frozen
class ServiceStandard:
    """*Standar Pelayanan* (UU 25/2009 Pasal 21): a JSON document of kind ``service_standard``.

    The 14 components are keyword-only fields named after :class:`~pelayanan.model.components.Component`
    values; ``None`` means the component is missing.
    """

    id: str = attrs.field(validator=non_empty)
    service_id: str = attrs.field(validator=non_empty)
    title: str = ""
    version: int = attrs.field(default=1, validator=at_least(1))
    status: StandardStatus = StandardStatus.DRAFT
    provider_id: str | None = None
    unit_id: str | None = None

    legal_basis: tuple[Citation, ...] | None = attrs.field(default=None, kw_only=True)
    """a. *Dasar hukum*."""
    requirements: tuple[Requirement, ...] | None = attrs.field(default=None, kw_only=True)
    """b. *Persyaratan*."""
    procedure: Procedure | None = attrs.field(default=None, kw_only=True)
    """c. *Sistem, mekanisme, dan prosedur*."""
    time_limit: TimeLimit | None = attrs.field(default=None, kw_only=True)
    """d. *Jangka waktu penyelesaian*."""
    fee: Fee | None = attrs.field(default=None, kw_only=True)
    """e. *Biaya/tarif*."""
    products: tuple[Product, ...] | None = attrs.field(default=None, kw_only=True)
    """f. *Produk pelayanan*."""
    facilities: tuple[Facility, ...] | None = attrs.field(default=None, kw_only=True)
    """g. *Sarana, prasarana, dan/atau fasilitas*."""
    executor_competencies: tuple[Competency, ...] | None = attrs.field(default=None, kw_only=True)
    """h. *Kompetensi pelaksana*."""
    internal_supervision: InternalSupervision | None = attrs.field(default=None, kw_only=True)
    """i. *Pengawasan internal*."""
    complaint_handling: ComplaintHandling | None = attrs.field(default=None, kw_only=True)
    """j. *Penanganan pengaduan, saran, dan masukan*."""
    executor_count: ExecutorCount | None = attrs.field(default=None, kw_only=True)
    """k. *Jumlah pelaksana*."""
    service_guarantee: Guarantee | None = attrs.field(default=None, kw_only=True)
    """l. *Jaminan pelayanan*."""
    security_guarantee: Guarantee | None = attrs.field(default=None, kw_only=True)
    """m. *Jaminan keamanan dan keselamatan pelayanan*."""
    performance_evaluation: PerformanceEvaluation | None = attrs.field(default=None, kw_only=True)
    """n. *Evaluasi kinerja pelaksana*."""

    consultations: tuple[ConsultationRecord, ...] = attrs.field(default=(), kw_only=True)
    """How the public took part in drafting this version (Pasal 20 ayat (2))."""
    establishment: Establishment | None = attrs.field(default=None, kw_only=True)
    """*Penetapan*: the decree that established this version."""
    effective_from: dt.date | None = attrs.field(default=None, kw_only=True)
    """The first day this version is in force (default: the day its decree was decided)."""
    effective_until: dt.date | None = attrs.field(default=None, kw_only=True)
    """The last day this version is in force, inclusive (``None``: until replaced)."""
    publications: tuple[Publication, ...] = attrs.field(default=(), kw_only=True)
    reviews: tuple[Review, ...] = attrs.field(default=(), kw_only=True)
    supersedes: str | None = attrs.field(default=None, kw_only=True)
    """The id of the version this one replaced."""
    notes: str = attrs.field(default="", kw_only=True)

    def component(self, component: Component) -> object:
        """The value of ``component``, or ``None`` if it is missing."""
        value: object = getattr(self, component.value)
        return value

    def fulfils(self, component: Component, placeholders: Collection[str] = PLACEHOLDERS) -> bool:
        """Whether ``component`` is present *and* says something (not blank, "-" or "tidak ada").

        This is the one definition of a fulfilled component: the component rules (SP001–SP014),
        :meth:`missing_components`, the compliance summary and PEKPPP indicator 1.a all use it.

        >>> from pelayanan.model.standards import Guarantee
        >>> sp = ServiceStandard(id="sp", service_id="s", service_guarantee=Guarantee("-"))
        >>> sp.fulfils(Component.SERVICE_GUARANTEE)
        False
        """
        return _SUBSTANTIVE[component](self, placeholders)

    def missing_components(
        self, placeholders: Collection[str] = PLACEHOLDERS
    ) -> tuple[Component, ...]:
        """The components not fulfilled (absent, or only a placeholder), in Pasal 21 order."""
        return tuple(c for c in Component if not self.fulfils(c, placeholders))

    @property
    def established_on(self) -> dt.date | None:
        """The day the establishing decree was decided, if known."""
        return self.establishment.decided_on if self.establishment is not None else None

    def in_force(self, on: dt.date) -> bool:
        """Whether this version is the law of the service on ``on``; see :func:`is_in_force`."""
        return is_in_force(self, on)

    def with_component(self, component: Component, value: object) -> ServiceStandard:
        """A copy with ``component`` set to ``value`` (``None`` removes it)."""
        changes: dict[str, Any] = {component.value: value}
        return attrs.evolve(self, **changes)


# --- what makes a component fulfilled: one definition for rules, counts and scores -------------


def _said(text: str | None, placeholders: Collection[str]) -> bool:
    return text is not None and not is_placeholder(text, placeholders)


def _any_named(entries: tuple[Any, ...] | None, placeholders: Collection[str]) -> bool:
    return any(_said(e.name, placeholders) for e in entries or ())


def _procedure(s: ServiceStandard, placeholders: Collection[str]) -> bool:
    p = s.procedure
    return p is not None and (
        any(_said(step.description, placeholders) for step in p.steps)
        or _said(p.system, placeholders)
        or _said(p.mechanism, placeholders)
    )


def _supervision(s: ServiceStandard, placeholders: Collection[str]) -> bool:
    i = s.internal_supervision
    return i is not None and (
        _said(i.description, placeholders) or any(_said(x, placeholders) for x in i.supervisors)
    )


def _complaints(s: ServiceStandard, placeholders: Collection[str]) -> bool:
    c = s.complaint_handling
    return c is not None and (
        bool(c.channels)
        or bool(c.tiers)
        or _said(c.manager, placeholders)
        or _said(c.procedure, placeholders)
    )


def _executors(s: ServiceStandard, _: Collection[str]) -> bool:
    n = s.executor_count
    return n is not None and (n.total > 0 or any(line.count > 0 for line in n.breakdown))


def _evaluation(s: ServiceStandard, placeholders: Collection[str]) -> bool:
    e = s.performance_evaluation
    return e is not None and (_said(e.method, placeholders) or _said(e.evaluator, placeholders))


# What "substantive" means for each component; time limit and fee are substantive when present
# (their values have rules of their own).
_SUBSTANTIVE: dict[Component, Callable[[ServiceStandard, Collection[str]], bool]] = {
    Component.LEGAL_BASIS: lambda s, _: bool(s.legal_basis),
    Component.REQUIREMENTS: lambda s, c: _any_named(s.requirements, c),
    Component.PROCEDURE: _procedure,
    Component.TIME_LIMIT: lambda s, _: s.time_limit is not None,
    Component.FEE: lambda s, _: s.fee is not None,
    Component.PRODUCTS: lambda s, c: _any_named(s.products, c),
    Component.FACILITIES: lambda s, c: _any_named(s.facilities, c),
    Component.EXECUTOR_COMPETENCIES: lambda s, c: _any_named(s.executor_competencies, c),
    Component.INTERNAL_SUPERVISION: _supervision,
    Component.COMPLAINT_HANDLING: _complaints,
    Component.EXECUTOR_COUNT: _executors,
    Component.SERVICE_GUARANTEE: lambda s, c: (
        s.service_guarantee is not None and _said(s.service_guarantee.statement, c)
    ),
    Component.SECURITY_GUARANTEE: lambda s, c: (
        s.security_guarantee is not None and _said(s.security_guarantee.statement, c)
    ),
    Component.PERFORMANCE_EVALUATION: _evaluation,
}


# --- which version is in force: one definition for every caller -----------------------------------


class Versioned(Protocol):
    """What :func:`is_in_force` reads: a standard, or a summary of one."""

    @property
    def status(self) -> StandardStatus:
        """The version's status."""

    @property
    def version(self) -> int:
        """The version number."""

    @property
    def effective_from(self) -> dt.date | None:
        """The first day in force, if the decree says."""

    @property
    def effective_until(self) -> dt.date | None:
        """The last day in force (inclusive), if the decree says."""

    @property
    def established_on(self) -> dt.date | None:
        """The day the decree was decided, if known."""


V = TypeVar("V", bound=Versioned)


def is_in_force(standard: Versioned, on: dt.date) -> bool:
    """Whether ``standard`` is the version in force on ``on``.

    A version is in force when it is established (not a draft, not superseded or revoked), has
    started (``effective_from``, or the day its decree was decided when no start is given) and has
    not ended: ``effective_until`` is the **last day in force**, inclusive, as decrees write it
    ("berlaku sampai dengan tanggal ...").

    >>> v1 = ServiceStandard(id="v1", service_id="s", status=StandardStatus.ESTABLISHED,
    ...                      effective_from=dt.date(2023, 1, 2), effective_until=dt.date(2024, 6, 1))
    >>> is_in_force(v1, dt.date(2024, 6, 1)), is_in_force(v1, dt.date(2024, 6, 2))
    (True, False)
    """
    if standard.status is not StandardStatus.ESTABLISHED:
        return False
    starts = standard.effective_from or standard.established_on
    until = standard.effective_until
    return (starts is None or starts <= on) and (until is None or on <= until)


def version_in_force(standards: Iterable[V], on: dt.date) -> V | None:
    """The version of one service's standard in force on ``on`` (the highest if several), or ``None``.

    >>> v1 = ServiceStandard(id="v1", service_id="s", version=1, status=StandardStatus.ESTABLISHED,
    ...                      effective_until=dt.date(2024, 6, 1))
    >>> v2 = ServiceStandard(id="v2", service_id="s", version=2, status=StandardStatus.ESTABLISHED,
    ...                      effective_from=dt.date(2024, 6, 2))
    >>> version_in_force([v1, v2], dt.date(2024, 6, 1)).id, version_in_force([v1, v2], dt.date(2024, 6, 2)).id
    ('v1', 'v2')
    """
    return max((s for s in standards if is_in_force(s, on)), key=lambda s: s.version, default=None)
