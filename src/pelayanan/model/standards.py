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

from .._base.labels import LabelledEnum, Lang, register_labels
from .._base.text import PLACEHOLDERS, is_placeholder
from .._base.validators import at_least, non_empty, non_negative_decimal, optional, to_decimal
from ..law import Citation
from ..time.durations import Duration, LimitBound, TimeLimit, TimeLimitCase, TimeLimitForm
from ..time.hours import WeeklyHours
from .components import Component, ComponentGroup
from .participants import ParticipantCategory, ParticipationForm
from .providers import Competency
from .records import DocumentRef, Establishment, Publication
from .services import VulnerableGroup

__all__ = [
    "ComplaintChannel",
    "ComplaintChannelKind",
    "ComplaintHandling",
    "ComponentState",
    "ConsultationRecord",
    "Coverage",
    "ExecutorCount",
    "Facility",
    "Fee",
    "FeeForm",
    "Guarantee",
    "InternalSupervision",
    "LimitBound",
    "PayerFee",
    "PerformanceEvaluation",
    "Procedure",
    "ProcedurePath",
    "ProcedureStep",
    "Product",
    "Requirement",
    "RequirementKind",
    "ResponseTier",
    "Review",
    "ServiceHours",
    "ServiceStandard",
    "StaffingLine",
    "StandardStatus",
    "Tariff",
    "TimeLimit",
    "TimeLimitCase",
    "TimeLimitForm",
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
    condition: str = ""
    """When the requirement applies, as written (``"bagi pemohon yang diwakilkan"``); empty when
    it always applies."""


@attrs.frozen
class ProcedureStep:
    """One step of the procedure (component c), with who performs it."""

    description: str
    actor: str = ""
    """Who performs the step: ``"Pemohon"``, ``"Petugas loket"``, ``"Kepala Dinas"``."""
    duration: Duration | None = None
    output: str = ""


@attrs.frozen
class ProcedurePath:
    """One alternative way through the procedure: online, or at the counter (*loket*)."""

    name: str
    """The path as written (``"Daring"``, ``"Datang langsung ke loket"``)."""
    steps: tuple[ProcedureStep, ...] = ()
    description: str = ""


@attrs.frozen
class Procedure:
    """*Sistem, mekanisme, dan prosedur* (component c): ordered steps plus how the system works.

    A procedure with alternative ways through it (apply online or at the counter) lists them in
    :attr:`paths`; :attr:`steps` then holds the steps every path shares, if any.
    """

    steps: tuple[ProcedureStep, ...] = ()
    system: str = ""
    mechanism: str = ""
    flowchart_url: str | None = None
    paths: tuple[ProcedurePath, ...] = attrs.field(default=(), kw_only=True)

    def all_steps(self) -> tuple[tuple[tuple[str | int, ...], ProcedureStep], ...]:
        """Every step with its JSON path inside the procedure: shared steps, then each path's."""
        shared = tuple((("steps", i), step) for i, step in enumerate(self.steps))
        return shared + tuple(
            (("paths", p, "steps", i), step)
            for p, path in enumerate(self.paths)
            for i, step in enumerate(path.steps)
        )


def _optional_amount(value: decimal.Decimal | int | str | None) -> decimal.Decimal | None:
    return None if value is None else to_decimal(value)


def _optional_non_negative(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    if value is not None:
        non_negative_decimal(instance, attribute, value)


def _rupiah(amount: decimal.Decimal) -> str:
    """Rupiah as Indonesian texts write them: ``Rp1.500.000``, ``Rp2.500,50``."""
    text = f"{amount:,f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"Rp{text}"


def _row_amount(amount: decimal.Decimal | None, unit: str, lang: Lang) -> str:
    if amount is None:
        return "tanpa nominal" if lang == "id" else "no amount stated"
    shown = ("gratis" if lang == "id" else "free") if amount == 0 else _rupiah(amount)
    return f"{shown} ({unit})" if unit else shown


@attrs.frozen
class Tariff:
    """One row of a tariff table: the item, its amount in rupiah, per what, and notes."""

    item: str
    """What is charged for, as written (``"STNK Baru/Perpanjangan untuk Roda 2 atau Roda 3"``)."""
    amount: decimal.Decimal | None = attrs.field(
        default=None, converter=_optional_amount, validator=_optional_non_negative
    )
    """The amount; ``None`` when the row gives none (set by another instrument)."""
    unit: str = ""
    """Per what, as written (``"per orang per ujian"``, ``"per halaman"``)."""
    note: str = ""
    legal_basis: tuple[Citation, ...] = ()


@attrs.frozen
class PayerFee:
    """What one class of payer pays ("Pasien umum: Rp7.000"; "Peserta JKN: ditanggung penjamin")."""

    payer: str
    """The class of payer, as written (``"Pasien Umum"``, ``"Pasien JKN"``)."""
    amount: decimal.Decimal | None = attrs.field(
        default=None, converter=_optional_amount, validator=_optional_non_negative
    )
    """The amount; ``None`` when the row gives none (by reference, or paid by an insurer)."""
    unit: str = ""
    note: str = ""
    legal_basis: tuple[Citation, ...] = ()


class FeeForm(LabelledEnum):
    """Which form a fee takes; derived from its fields, never stored."""

    FREE = "free"
    AMOUNT = "amount"
    TARIFF_TABLE = "tariff_table"
    BY_PAYER = "by_payer"
    BY_REFERENCE = "by_reference"
    """No amount: the fee is set by an instrument or an authority the text names."""
    NOT_READ = "not_read"


register_labels(
    FeeForm,
    {
        FeeForm.FREE: ("Gratis", "Free"),
        FeeForm.AMOUNT: ("Satu nominal", "One amount"),
        FeeForm.TARIFF_TABLE: ("Tabel tarif", "Tariff table"),
        FeeForm.BY_PAYER: ("Menurut golongan pembayar", "By class of payer"),
        FeeForm.BY_REFERENCE: ("Merujuk peraturan, tanpa nominal", "By reference, no amount"),
        FeeForm.NOT_READ: ("Hanya teks", "Text only"),
    },
)


@attrs.frozen
class Fee:
    """*Biaya/tarif* (component e): the charge in rupiah, zero when free, with its legal basis.

    The forms real standards use (:attr:`form`): free (``amount`` 0); one amount; a tariff table
    (:attr:`tariffs`); amounts by class of payer (:attr:`by_payer`); or no amount, by reference to
    the instrument that sets it (:attr:`legal_basis` only, "sesuai tarif PNBP yang berlaku").
    :attr:`as_written` keeps the source text.

    UU 25/2009 Pasal 31 (text UNVERIFIED, regulations.md §1.13) requires a charged tariff to rest on
    law; :attr:`legal_basis` holds those citations.
    """

    amount: decimal.Decimal | None = attrs.field(
        default=None, converter=_optional_amount, validator=_optional_non_negative
    )
    """The one amount in rupiah (``0`` when free); ``None`` when the fee takes another form."""
    legal_basis: tuple[Citation, ...] = ()
    note: str = ""
    tariffs: tuple[Tariff, ...] = attrs.field(default=(), kw_only=True)
    by_payer: tuple[PayerFee, ...] = attrs.field(default=(), kw_only=True)
    as_written: str = attrs.field(default="", kw_only=True)
    """The text of the source, word for word."""

    @property
    def form(self) -> FeeForm:
        """Which form the fee takes.

        >>> Fee(0).form, Fee(as_written="Sesuai Perda").form
        (<FeeForm.FREE: 'free'>, <FeeForm.BY_REFERENCE: 'by_reference'>)
        """
        if self.tariffs:
            return FeeForm.TARIFF_TABLE
        if self.by_payer:
            return FeeForm.BY_PAYER
        if self.amount is not None:
            return FeeForm.FREE if self.amount == 0 else FeeForm.AMOUNT
        if self.legal_basis or self.as_written.strip() or self.note.strip():
            return FeeForm.BY_REFERENCE
        return FeeForm.NOT_READ

    @property
    def is_free(self) -> bool:
        """Whether the service is free of charge (*tidak dipungut biaya*) for everyone."""
        return self.form is FeeForm.FREE

    def text(self, lang: Lang = "id") -> str:
        """The fee in words; rupiah are written the Indonesian way ("Rp7.000") in both languages.

        >>> Fee(0).text("en"), Fee(7000).text()
        ('Free of charge', 'Rp7.000')
        >>> Fee(by_payer=(PayerFee("Pasien Umum", 7000), PayerFee("Pasien JKN"))).text("en")
        'Pasien Umum: Rp7.000; Pasien JKN: no amount stated'
        """
        form = self.form
        if form is FeeForm.FREE:
            return "Gratis" if lang == "id" else "Free of charge"
        if form is FeeForm.AMOUNT and self.amount is not None:
            return _rupiah(self.amount)
        if form in (FeeForm.TARIFF_TABLE, FeeForm.BY_PAYER):
            rows: list[tuple[str, decimal.Decimal | None, str]] = [
                *((t.item, t.amount, t.unit) for t in self.tariffs),
                *((p.payer, p.amount, p.unit) for p in self.by_payer),
            ]
            return "; ".join(
                f"{name}: {_row_amount(amount, unit, lang)}" for name, amount, unit in rows
            )
        if form is FeeForm.BY_REFERENCE and self.legal_basis:
            basis = ", ".join(str(c) for c in self.legal_basis)
            return f"sesuai {basis}" if lang == "id" else f"as set by {basis}"
        return self.as_written

    def charged(self) -> tuple[decimal.Decimal, ...]:
        """Every amount above zero the fee states: its own, its tariffs', its payers'."""
        amounts = [self.amount]
        if self.tariffs:  # most fees are one amount: no generators for empty tables
            amounts += [t.amount for t in self.tariffs]
        if self.by_payer:
            amounts += [p.amount for p in self.by_payer]
        return tuple([a for a in amounts if a is not None and a > 0])

    def has_legal_basis(self) -> bool:
        """Whether every charged amount rests on a citation (the fee's own, or its row's)."""
        if self.legal_basis:
            return True
        rows: tuple[Tariff | PayerFee, ...] = (*self.tariffs, *self.by_payer)
        own = self.amount is not None and self.amount > 0
        return not own and all(r.legal_basis for r in rows if r.amount is not None and r.amount > 0)


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
    COMPLAINT_BOOK = "complaint_book"
    LETTER = "letter"
    PHONE = "phone"
    FAX = "fax"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    MESSAGING = "messaging"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    X = "x"
    SP4N_LAPOR = "sp4n_lapor"
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
        ComplaintChannelKind.COMPLAINT_BOX: ("Kotak pengaduan/saran", "Complaint box"),
        ComplaintChannelKind.COMPLAINT_BOOK: ("Buku pengaduan/keluhan", "Complaint book"),
        ComplaintChannelKind.LETTER: ("Surat", "Letter"),
        ComplaintChannelKind.PHONE: ("Telepon", "Telephone"),
        ComplaintChannelKind.FAX: ("Faksimile", "Fax"),
        ComplaintChannelKind.SMS: ("SMS", "SMS"),
        ComplaintChannelKind.WHATSAPP: ("WhatsApp", "WhatsApp"),
        ComplaintChannelKind.EMAIL: ("Surel", "Email"),
        ComplaintChannelKind.MESSAGING: ("Pesan instan", "Instant messaging"),
        ComplaintChannelKind.WEBSITE: ("Situs web penyelenggara", "Provider's website"),
        ComplaintChannelKind.SOCIAL_MEDIA: ("Media sosial", "Social media"),
        ComplaintChannelKind.INSTAGRAM: ("Instagram", "Instagram"),
        ComplaintChannelKind.FACEBOOK: ("Facebook", "Facebook"),
        ComplaintChannelKind.X: ("X (Twitter)", "X (Twitter)"),
        ComplaintChannelKind.SP4N_LAPOR: ("SP4N-LAPOR!", "SP4N-LAPOR!"),
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
    """The contact value: the room, box location, number, e-mail address, account or URL."""
    label: str = ""
    """The channel's label as written (``"Media Whatsapp Konsultasi dan Pengaduan"``)."""
    note: str = ""
    """What the source adds, as written (``"jam kerja"``)."""

    def text(self, lang: Lang = "id") -> str:
        """The channel and its contact value: ``"WhatsApp: 0813-6422-1212 (jam kerja)"``."""
        shown = self.kind.label.text(lang)
        if self.address:
            shown = f"{shown}: {self.address}"
        return f"{shown} ({self.note})" if self.note else shown


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
    count: int | None = attrs.field(default=None, validator=optional(_non_negative))
    """How many; ``None`` when the source names the role without a number."""
    at_least: bool = False
    """Whether the count is a floor ("minimal 1 orang")."""


@attrs.frozen
class ExecutorCount:
    """*Jumlah pelaksana* (component k): how many executors serve, by role.

    :attr:`total` is ``None`` when the source states no total (only roles, or counts per role).
    """

    total: int | None = attrs.field(default=None, validator=optional(_non_negative))
    breakdown: tuple[StaffingLine, ...] = ()
    note: str = ""
    at_least: bool = attrs.field(default=False, kw_only=True)
    """Whether the total is a floor ("minimal 2 orang")."""
    as_written: str = attrs.field(default="", kw_only=True)
    """The text of the source, word for word."""

    @property
    def count(self) -> int | None:
        """The total, or the sum of the breakdown when every line has a count, else ``None``."""
        if self.total is not None:
            return self.total
        counts = [line.count for line in self.breakdown]
        if counts and all(c is not None for c in counts):
            return sum(c for c in counts if c is not None)
        return None


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
class ServiceHours:
    """*Jam pelayanan* of one service, when its standard states them (an extra row of the table).

    The unit's own hours are :attr:`pelayanan.model.providers.Unit.opening_hours`; a service may
    keep other hours (an emergency department "1x 24 jam dan 7 hari seminggu").
    """

    weekly: WeeklyHours | None = None
    """The hours as days and time windows, when they could be read."""
    as_written: str = ""
    """The text of the source, word for word."""


class Coverage(LabelledEnum):
    """What a standard document is: the whole standard, the published part, or a partial copy.

    Permenpan RB 15/2014 splits the 14 components into six service-delivery components, which must
    be published, and eight management components, which are internal (regulations.md §1.9, §3.1).
    A published page shows the first six only; a copy of a decree's annex may be cut short.
    """

    FULL = "full"
    """The standard as established, with all 14 components."""
    PUBLISHED_PART = "published_part"
    """The published service-delivery part; management components are not expected in it."""
    PARTIAL_COPY = "partial_copy"
    """A copy that shows only some components; :attr:`ServiceStandard.not_seen` lists the rest."""


register_labels(
    Coverage,
    {
        Coverage.FULL: ("Standar pelayanan lengkap yang ditetapkan", "The full standard"),
        Coverage.PUBLISHED_PART: (
            "Bagian yang dipublikasikan (komponen penyampaian pelayanan)",
            "The published part (service-delivery components)",
        ),
        Coverage.PARTIAL_COPY: ("Salinan sebagian", "A partial copy"),
    },
)


class ComponentState(LabelledEnum):
    """What a document says about one component (:meth:`ServiceStandard.component_state`)."""

    PRESENT = "present"
    """The component is there and says something."""
    NOT_APPLICABLE = "not_applicable"
    """The component is there but says only "tidak ada", "-" or nothing."""
    NOT_STATED = "not_stated"
    """The document could show the component and does not."""
    NOT_PUBLISHED = "not_published"
    """A management component absent from the published part: the established standard holds it."""
    NOT_SEEN = "not_seen"
    """The copy did not show the component; nothing can be said about it."""

    @property
    def is_missing(self) -> bool:
        """Whether the document lacks the component where it should have it."""
        return self in (ComponentState.NOT_APPLICABLE, ComponentState.NOT_STATED)

    @property
    def is_assessed(self) -> bool:
        """Whether the component counts in a share of fulfilled components."""
        return self not in (ComponentState.NOT_PUBLISHED, ComponentState.NOT_SEEN)


register_labels(
    ComponentState,
    {
        ComponentState.PRESENT: ("Ada", "Present"),
        ComponentState.NOT_APPLICABLE: (
            "Dinyatakan tidak ada ('-', 'tidak ada')",
            "Stated as not applicable ('-', 'tidak ada')",
        ),
        ComponentState.NOT_STATED: ("Tidak dicantumkan", "Not stated"),
        ComponentState.NOT_PUBLISHED: (
            "Tidak dipublikasikan (komponen pengelolaan)",
            "Not published (management component)",
        ),
        ComponentState.NOT_SEEN: ("Tidak terlihat pada salinan", "Not seen in the copy"),
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
    coverage: Coverage = attrs.field(default=Coverage.FULL, kw_only=True)
    """What the document is: the full standard, its published part, or a partial copy."""
    not_seen: tuple[Component, ...] = attrs.field(default=(), kw_only=True)
    """Components the source did not show (a cut page, a missing annex sheet)."""
    service_hours: ServiceHours | None = attrs.field(default=None, kw_only=True)
    """*Jam pelayanan* of this service, when the standard states them."""

    def component(self, component: Component) -> object:
        """The value of ``component``, or ``None`` if it is missing."""
        value: object = getattr(self, component.value)
        return value

    def fulfils(self, component: Component, placeholders: Collection[str] = PLACEHOLDERS) -> bool:
        """Whether ``component`` is present *and* says something (not blank, "-" or "tidak ada").

        This is the one definition of a fulfilled component: the component rules (SP001–SP014),
        :meth:`component_state`, :meth:`missing_components`, the compliance summary and PEKPPP
        indicator 1.a all use it.

        >>> from pelayanan.model.standards import Guarantee
        >>> sp = ServiceStandard(id="sp", service_id="s", service_guarantee=Guarantee("-"))
        >>> sp.fulfils(Component.SERVICE_GUARANTEE)
        False
        """
        return _SUBSTANTIVE[component](self, placeholders)

    def component_state(
        self, component: Component, placeholders: Collection[str] = PLACEHOLDERS
    ) -> ComponentState:
        """What the document says about ``component``, reading it as the law does.

        A component the copy did not show is ``not_seen``; on a published part, an absent
        management component is ``not_published`` (Permenpan RB 15/2014 publishes only the
        service-delivery components); otherwise ``present``, ``not_applicable`` (only "-" or
        "tidak ada") or ``not_stated``.

        >>> page = ServiceStandard(id="sp", service_id="s", coverage=Coverage.PUBLISHED_PART)
        >>> page.component_state(Component.LEGAL_BASIS), page.component_state(Component.FEE)
        (<ComponentState.NOT_PUBLISHED: 'not_published'>, <ComponentState.NOT_STATED: 'not_stated'>)
        """
        if component in self.not_seen:
            return ComponentState.NOT_SEEN
        if _SUBSTANTIVE[component](self, placeholders):  # self.fulfils(), without one more call
            return ComponentState.PRESENT
        if self.component(component) is not None:
            return ComponentState.NOT_APPLICABLE
        if (
            self.coverage is Coverage.PUBLISHED_PART
            and component.group is ComponentGroup.MANAGEMENT
        ):
            return ComponentState.NOT_PUBLISHED
        return ComponentState.NOT_STATED

    def missing_components(
        self, placeholders: Collection[str] = PLACEHOLDERS
    ) -> tuple[Component, ...]:
        """The components the document lacks where it should have them, in Pasal 21 order.

        Absent or only a placeholder; a component not seen in a partial copy, or a management
        component absent from a published part, is not missing (see :meth:`component_state`).
        """
        return tuple(c for c in Component if self.component_state(c, placeholders).is_missing)

    def assessed_components(
        self, placeholders: Collection[str] = PLACEHOLDERS
    ) -> tuple[Component, ...]:
        """The components a share of fulfilled components counts over, in Pasal 21 order.

        All 14 for a full standard; without those not seen, and without the management components
        a published part does not show.
        """
        return tuple(c for c in Component if self.component_state(c, placeholders).is_assessed)

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


# The helpers below loop instead of calling any() on a generator: every rule run asks them about
# all 14 components of each document, and most answer on the first entry.


def _any_named(entries: tuple[Any, ...] | None, placeholders: Collection[str]) -> bool:
    if entries:
        for entry in entries:
            name = entry.name  # None only in an object built by hand: it says nothing
            if name is not None and not is_placeholder(name, placeholders):
                return True
    return False


def _procedure(s: ServiceStandard, placeholders: Collection[str]) -> bool:
    p = s.procedure
    if p is None:
        return False
    # The steps of Procedure.all_steps(), without their paths: only whether one says something.
    for step in p.steps:
        if not is_placeholder(step.description or "", placeholders):  # None: built by hand
            return True
    for path in p.paths:
        for step in path.steps:
            if not is_placeholder(step.description or "", placeholders):  # None: built by hand
                return True
    return _said(p.system, placeholders) or _said(p.mechanism, placeholders)


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
    return n is not None and (
        (n.total or 0) > 0 or any((line.count or 0) > 0 for line in n.breakdown)
    )


def _time_limit(s: ServiceStandard, placeholders: Collection[str]) -> bool:
    t = s.time_limit
    return t is not None and (
        t.duration is not None
        or bool(t.cases)
        or t.no_fixed_time is not None
        or _said(t.as_written, placeholders)
    )


def _fee(s: ServiceStandard, placeholders: Collection[str]) -> bool:
    f = s.fee
    return f is not None and (
        f.amount is not None
        or bool(f.tariffs or f.by_payer or f.legal_basis)
        or _said(f.as_written, placeholders)
        or _said(f.note, placeholders)
    )


def _evaluation(s: ServiceStandard, placeholders: Collection[str]) -> bool:
    e = s.performance_evaluation
    return e is not None and (_said(e.method, placeholders) or _said(e.evaluator, placeholders))


# What "substantive" means for each component. A time limit or a fee is substantive when it
# states any value or text (its values have rules of their own).
_SUBSTANTIVE: dict[Component, Callable[[ServiceStandard, Collection[str]], bool]] = {
    Component.LEGAL_BASIS: lambda s, _: bool(s.legal_basis),
    Component.REQUIREMENTS: lambda s, c: _any_named(s.requirements, c),
    Component.PROCEDURE: _procedure,
    Component.TIME_LIMIT: _time_limit,
    Component.FEE: _fee,
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
