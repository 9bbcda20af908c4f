"""Rules for service standards (*Standar Pelayanan*, UU 25/2009 Pasal 15, 20, 21).

Codes: SP001–SP014 are the 14 components of Pasal 21 (huruf a–n), one rule each; SP020 and up
check the content of components, establishment, participation, publication and review.

The component rules read a document as the law does (:meth:`ServiceStandard.component_state`): a
component the copy did not show is never reported; on a published part, an absent management
component is an *info* finding, because Permenpan RB 15/2014 publishes only the six
service-delivery components and the established standard holds the other eight.

The duties of UU 25/2009 bind from the day it was promulgated, 2009-07-18 (Pasal 62); the
guidelines that detail them (Permenpan RB 15/2014, PEKPPP) are cited as support, and only a rule
whose duty comes from a guideline starts with it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from typing import Final

from dateutil.relativedelta import relativedelta

from ..._base.labels import Label
from ..._base.numbers import format_number
from ..._base.text import is_placeholder
from ...law import CATALOGUE, Topic
from ...model.components import Component
from ...model.participants import ParticipantCategory
from ...model.providers import Competency
from ...model.records import OfficeLevel, PublicationMedium
from ...model.standards import (
    ComplaintChannelKind,
    ComponentState,
    Facility,
    FeeForm,
    PayerFee,
    Product,
    Requirement,
    ServiceStandard,
    StandardStatus,
    Tariff,
)
from .._engine import Context, Issue, Registry, Rule, Severity, ValidationConfig, rule
from ._common import (
    STANDARD,
    by_instrument_versions,
    cite,
    pekppp_versions,
    requirement_and_step_texts,
    text_place,
)

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_UU25 = "uu-25-2009"
_SERVICE_DELIVERY = Component.service_delivery()
_GUIDE = cite("permenpan-rb-15-2014", annex="")


def _said(text: str | None, config: ValidationConfig) -> bool:
    return text is not None and not config.is_placeholder(text)


# --- SP001–SP014: the 14 components ---------------------------------------------------------------


_VARIANTS = {
    ComponentState.NOT_STATED: "default",
    ComponentState.NOT_APPLICABLE: "blank",
    ComponentState.NOT_PUBLISHED: "not_published",
}
"""The message variant of a component rule for each state it reports."""


def _component_rule(component: Component) -> Rule[ServiceStandard]:
    field, letter = component.value, component.letter

    # A plain function, not a generator: nearly every standard has nearly every component, and
    # the 14 rules run on each document, so an empty tuple is cheaper than an empty generator.
    def check(standard: ServiceStandard, context: Context) -> tuple[Issue, ...]:
        state = standard.component_state(component, context.config.placeholders)
        if state is ComponentState.PRESENT or state is ComponentState.NOT_SEEN:
            return ()
        return (Issue((field,), _VARIANTS[state], letter=letter, component=component),)

    number = "abcdefghijklmn".index(component.letter) + 1
    return rule(
        f"SP{number:03d}",
        kinds=STANDARD,
        severity=Severity.ERROR,
        title=(
            f"Komponen {component.letter}: {component.label.id}",
            f"Component {component.letter}: {component.label.en}",
        ),
        message=(
            "Komponen {letter} ({component}) tidak ada.",
            "Component {letter} ({component}) is missing.",
        ),
        variants={
            "blank": (
                (
                    "Komponen {letter} ({component}) kosong atau hanya berisi isian tanpa makna "
                    "(misalnya '-')."
                ),
                (
                    "Component {letter} ({component}) is empty or holds only a placeholder "
                    "(such as '-')."
                ),
            ),
            "not_published": (
                (
                    "Komponen {letter} ({component}) tidak dipublikasikan; komponen pengelolaan ini "
                    "tidak wajib dipublikasikan, tetapi standar pelayanan yang ditetapkan harus "
                    "memuatnya."
                ),
                (
                    "Component {letter} ({component}) is not published; as a management component "
                    "it need not be, but the established standard must hold it."
                ),
            ),
        },
        variant_severities={"not_published": Severity.INFO},
        hint=(
            f"Lengkapi komponen ini: {component.description.id}",
            f"Fill in this component: {component.description.en}",
        ),
        basis=(cite(_UU25, article="21", letter=component.letter), _GUIDE),
    )(check)


for _component in Component:
    RULES.add(_component_rule(_component))


# --- SP020 and up -------------------------------------------------------------------------------


@RULES.rule(
    "SP020",
    kinds=STANDARD,
    severity=Severity.ERROR,
    title=(
        "Jangka waktu penyelesaian harus lebih dari nol",
        "The completion time must be positive",
    ),
    message=(
        "Jangka waktu penyelesaian {duration} tidak dapat dipenuhi; sebutkan waktu yang nyata.",
        "A completion time of {duration} cannot be kept; state a real time.",
    ),
    hint=(
        "Tetapkan jangka waktu dengan satuan yang jelas, misalnya '5 hari kerja'.",
        "State the time with an explicit unit, for example '5 working days'.",
    ),
    basis=(cite(_UU25, article="21", letter="d"), cite(_UU25, article="4", letter="k")),
)
def time_limit_is_positive(standard: ServiceStandard, _: Context) -> Iterator[Issue]:
    """SP020 (regulations.md R18): the promised value, and each sub-case's."""
    limit = standard.time_limit
    if limit is None:
        return
    if limit.duration is not None and limit.duration.amount <= 0:
        yield Issue(("time_limit", "duration", "amount"), duration=limit.duration)
    for index, case in enumerate(limit.cases):
        if case.duration is not None and case.duration.amount <= 0:
            yield Issue(
                ("time_limit", "cases", index, "duration", "amount"), duration=case.duration
            )


@RULES.rule(
    "SP021",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Setiap langkah prosedur menyebut pelakunya", "Each procedure step names its actor"),
    message=(
        "Langkah {number} prosedur tidak menyebut siapa yang melaksanakannya.",
        "Step {number} of the procedure does not say who performs it.",
    ),
    hint=(
        "Sebutkan pelaku setiap langkah (pemohon, petugas loket, kepala bidang, ...).",
        "Name who performs each step (applicant, counter officer, head of division, ...).",
    ),
    basis=(cite(_UU25, article="21", letter="c"), _GUIDE),
    obligation=_GUIDE,
    note="Naming the actor of each step is Permenpan RB 15/2014's way of writing the procedure "
    "(its flowcharts), not a requirement of Pasal 21 huruf c: from 2014-05-09, a warning.",
)
def procedure_steps_name_their_actor(
    standard: ServiceStandard, context: Context
) -> Iterator[Issue]:
    """SP021: "ordered steps with actor" (Permenpan RB 15/2014 flowcharts name each actor).

    A step that itself says nothing ("-") is not asked for its actor: SP003 and SP038 speak of it.
    """
    procedure = standard.procedure
    if procedure is None:
        return
    placeholders = context.config.placeholders
    # The walk of Procedure.all_steps, building a step's path only when it is reported.
    # An actor of None (only in an object built by hand) names no one, as before.
    for n, step in enumerate(procedure.steps):
        if is_placeholder(step.actor or "", placeholders) and not is_placeholder(
            step.description or "", placeholders
        ):
            yield Issue(("procedure", "steps", n, "actor"), number=str(n + 1))
    for p, way in enumerate(procedure.paths):
        for n, step in enumerate(way.steps):
            if is_placeholder(step.actor or "", placeholders) and not is_placeholder(
                step.description or "", placeholders
            ):
                where = ("procedure", "paths", p, "steps", n, "actor")
                yield Issue(where, number=f"{p + 1}.{n + 1}")


@RULES.rule(
    "SP022",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Biaya yang dipungut berdasar hukum", "A fee is charged on a legal basis"),
    message=(
        "Biaya Rp{amount} dipungut tanpa dasar hukum tarif.",
        "A fee of Rp{amount} is charged without a legal basis for the tariff.",
    ),
    hint=(
        "Sebutkan peraturan yang menetapkan tarif (misalnya Perda retribusi) dalam komponen biaya.",
        "Cite the regulation that sets the tariff (for example a retribution Perda) in the fee.",
    ),
    basis=(cite(_UU25, article="31"), cite(_UU25, article="21", letter="e")),
    verified=False,
    note="UU 25/2009 Pasal 31 (tariffs need a legal basis) is quoted from memory; regulations.md "
    "§1.13 marks its text UNVERIFIED, so the rule is a warning.",
)
def charged_fee_has_legal_basis(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP022 (regulations.md R17)."""
    fee = standard.fee
    charged = fee.charged() if fee is not None else ()
    if fee is not None and charged and not fee.has_legal_basis():
        # Rupiah are written the Indonesian way in both languages ("Rp25.000"), as on the page.
        rupiah = format_number(charged[0], "id")
        return [Issue(("fee", "legal_basis"), amount=Label(rupiah, rupiah))]
    return ()


_COMPLAINT_BASIS = (
    cite(_UU25, article="21", letter="j"),
    cite(_UU25, article="36"),
    cite("perpres-76-2013"),
)


@RULES.rule(
    "SP023",
    kinds=STANDARD,
    severity=Severity.ERROR,
    title=("Pengaduan dapat disampaikan melalui sarana tertentu", "Complaints have a channel"),
    message=(
        "Penanganan pengaduan tidak menyebut satu pun sarana pengaduan.",
        "Complaint handling names no channel for complaints.",
    ),
    hint=(
        "Sebutkan sarana pengaduan: tatap muka, kotak pengaduan, telepon, SP4N-LAPOR!, ...",
        "List the complaint channels: in person, complaint box, telephone, SP4N-LAPOR!, ...",
    ),
    basis=_COMPLAINT_BASIS,
    obligation=_COMPLAINT_BASIS[1],
    note="UU 25/2009 Pasal 36 obliges the provider to provide means of complaint (VERIFIED through "
    "the Menimbang of Perpres 76/2013, regulations.md §1.14), from 2009-07-18; Perpres 76/2013 "
    "implements it.",
)
def complaints_have_a_channel(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP023 (regulations.md R20): a provider must provide means of complaint (Pasal 36)."""
    handling = standard.complaint_handling
    if handling is not None and not handling.channels:
        return [Issue(("complaint_handling", "channels"))]
    return ()


@RULES.rule(
    "SP024",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Pengelola pengaduan ditunjuk", "A complaint manager is named"),
    message=(
        "Penanganan pengaduan tidak menyebut pengelola pengaduan.",
        "Complaint handling names no complaint manager.",
    ),
    hint=(
        "Sebutkan pejabat atau pelaksana yang ditunjuk sebagai pengelola pengaduan.",
        "Name the official or executor assigned to manage complaints.",
    ),
    basis=(
        cite(_UU25, article="21", letter="j"),
        cite(_UU25, article="37"),
        cite("perpres-76-2013"),
    ),
    obligation=cite(_UU25, article="37"),
    note="UU 25/2009 Pasal 37 obliges the provider to assign competent complaint managers "
    "(VERIFIED through the Menimbang of Perpres 76/2013, regulations.md §1.14), from 2009-07-18; "
    "Perpres 76/2013 implements it. The duty is the provider's: neither Pasal 21 huruf j nor "
    "Permenpan RB 15/2014 (component j: the procedure of complaint handling) asks the standard to "
    "name the managers, so a standard that does not is a warning (the public cannot see who "
    "handles complaints), not an error.",
)
def complaint_manager_is_named(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP024 (regulations.md R20): competent complaint managers must be assigned (Pasal 37)."""
    handling = standard.complaint_handling
    if handling is not None and not _said(handling.manager, context.config):
        yield Issue(("complaint_handling", "manager"))


@by_instrument_versions(
    RULES,
    "SP025",
    tuple(i.key for i in CATALOGUE.chain(Topic.COMPLAINT_MANAGEMENT)),
    common=(cite("perpres-76-2013"),),
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Pengaduan terhubung ke SP4N-LAPOR!", "Complaints reach SP4N-LAPOR!"),
    message=(
        "Sarana pengaduan tidak mencakup SP4N-LAPOR! (www.lapor.go.id, SMS 1708, atau aplikasinya).",
        "The complaint channels do not include SP4N-LAPOR! (www.lapor.go.id, SMS 1708 or its app).",
    ),
    hint=(
        "Tambahkan SP4N-LAPOR! sebagai sarana pengaduan.",
        "Add SP4N-LAPOR! as a complaint channel.",
    ),
)
def complaints_reach_lapor(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP025 (regulations.md R20, warning part): the national complaint system."""
    handling = standard.complaint_handling
    if handling is None or not handling.channels:
        return ()
    for channel in handling.channels:
        if channel.kind in _SP4N_LAPOR:
            return ()
    return [Issue(("complaint_handling", "channels"))]


_SP4N_LAPOR = frozenset(k for k in ComplaintChannelKind if k.is_sp4n_lapor)
"""The channels of SP4N-LAPOR!, as a set: ``is_sp4n_lapor`` reads the member's value each time."""


@RULES.rule(
    "SP026",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Fasilitas bagi kelompok rentan", "Facilities for vulnerable groups"),
    message=(
        "Tidak ada sarana atau fasilitas yang disebut untuk kelompok rentan.",
        "No facility is listed for vulnerable groups.",
    ),
    hint=(
        (
            "Sebutkan fasilitas bagi penyandang disabilitas, lansia, ibu hamil, dan anak-anak "
            "(jalur landai, kursi prioritas, ruang laktasi, ...)."
        ),
        (
            "List facilities for persons with disabilities, the elderly, pregnant women and "
            "children (ramps, priority seats, a nursing room, ...)."
        ),
    ),
    basis=(cite(_UU25, article="4", letter="j"), cite(_UU25, article="29")),
)
def facilities_for_vulnerable_groups(standard: ServiceStandard, _: Context) -> Iterator[Issue]:
    """SP026 (regulations.md R21)."""
    facilities = standard.facilities
    if facilities and not any(f.vulnerable_groups for f in facilities):
        yield Issue(("facilities",))


_ESTABLISH_BASIS = (cite(_UU25, article="15", letter="a"), cite(_UU25, article="20", paragraph="1"))


@RULES.rule(
    "SP027",
    kinds=STANDARD,
    severity=Severity.ERROR,
    title=(
        "Standar yang berlaku ditetapkan dengan keputusan",
        "An established standard has a decree",
    ),
    message=(
        "Standar berstatus ditetapkan tetapi tidak menyebut keputusan penetapannya.",
        "The standard is marked established but names no establishing decree.",
    ),
    hint=(
        "Catat nomor, tanggal, dan penandatangan keputusan penetapan.",
        "Record the decree's number, date and signatory.",
    ),
    basis=_ESTABLISH_BASIS,
)
def established_standard_has_decree(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP027: Pasal 15 huruf a, the provider must *establish* (menetapkan) its standards."""
    if standard.status is StandardStatus.ESTABLISHED and standard.establishment is None:
        return [Issue(("establishment",))]
    return ()


@pekppp_versions(
    RULES,
    "SP028",
    common=(cite(_UU25, article="20", paragraph="1"),),
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=(
        "Penetapan minimal oleh pimpinan unit penyelenggara",
        "Established by at least the head of the unit",
    ),
    message=(
        (
            "Standar ditetapkan oleh {position} ({level}); penetapan minimal oleh pimpinan unit "
            "penyelenggara pelayanan."
        ),
        (
            "The standard was established by {position} ({level}); it must be established by at "
            "least the head of the service unit."
        ),
    ),
    hint=(
        "Tetapkan ulang standar dengan keputusan pimpinan unit atau pejabat di atasnya.",
        "Re-establish the standard by decree of the unit head or a more senior official.",
    ),
    note="'Penetapan Standar Pelayanan dilakukan minimal oleh pimpinan Unit Penyelenggara "
    "Pelayanan' is the PEKPPP evaluation form (F-02, VERIFIED [secondary], regulations.md §3.3), "
    "a scoring form, not UU 25/2009: a warning.",
)
def established_by_unit_head(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP028 (regulations.md R12): "minimal oleh pimpinan Unit Penyelenggara Pelayanan"."""
    establishment = standard.establishment
    signatory = establishment.signatory if establishment is not None else None
    if signatory is not None and signatory.level < OfficeLevel.UNIT_HEAD:
        return [
            Issue(
                ("establishment", "signatory", "level"),
                position=signatory.position or signatory.name or "?",
                level=signatory.level,
            )
        ]
    return ()


@RULES.rule(
    "SP029",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Keputusan penetapan bernomor", "The establishing decree has a number"),
    message=(
        "Keputusan penetapan standar tidak bernomor.",
        "The decree establishing the standard has no number.",
    ),
    hint=("Catat nomor keputusan penetapan.", "Record the decree's number."),
    basis=_ESTABLISH_BASIS,
)
def decree_has_a_number(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP029: a decree without a number cannot be cited or checked."""
    establishment = standard.establishment
    if establishment is not None and not _said(establishment.decree_number, context.config):
        yield Issue(("establishment", "decree_number"))


def _is_in_force(standard: ServiceStandard, context: Context) -> bool:
    """Established, and not expired on the check date."""
    until = standard.effective_until
    return standard.status is StandardStatus.ESTABLISHED and (
        until is None or context.as_of < until
    )


@pekppp_versions(
    RULES,
    "SP030",
    common=(_GUIDE,),
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=(
        "Komponen penyampaian pelayanan dipublikasikan",
        "Service-delivery components are published",
    ),
    message=(
        "Komponen penyampaian pelayanan belum dipublikasikan: {missing}.",
        "Service-delivery components not published: {missing}.",
    ),
    hint=(
        (
            "Publikasikan keenam komponen penyampaian pelayanan (persyaratan, prosedur, jangka "
            "waktu, biaya, produk, pengaduan) dan catat media publikasinya."
        ),
        (
            "Publish the six service-delivery components (requirements, procedure, time, fee, "
            "products, complaints) and record where."
        ),
    ),
    note="'Komponen Service Delivery wajib dipublikasikan' is the PEKPPP instrument's (VERIFIED "
    "[secondary], regulations.md §1.9); a duty to publish in the text of the law was not seen: a "
    "warning.",
)
def service_delivery_components_are_published(
    standard: ServiceStandard, context: Context
) -> Iterator[Issue]:
    """SP030 (regulations.md R04): "Komponen Service Delivery wajib dipublikasikan"."""
    if not _is_in_force(standard, context):
        return
    publications = standard.publications
    if any(not p.components for p in publications):
        return  # a publication of the whole standard covers every component
    missing = [c for c in _SERVICE_DELIVERY if not any(p.covers(c) for p in publications)]
    if missing:
        yield Issue(("publications",), missing=missing)


@pekppp_versions(
    RULES,
    "SP031",
    common=(cite("permenpan-rb-13-2017"),),
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=(
        "Publikasi pada beberapa media, termasuk SIPPN",
        "Published on several media, SIPPN among them",
    ),
    message=(
        (
            "Standar dipublikasikan pada {count} media{sippn}; PEKPPP mengharapkan paling sedikit "
            "{minimum} media termasuk SIPPN."
        ),
        (
            "The standard is published on {count} media{sippn}; PEKPPP expects at least {minimum}, "
            "SIPPN among them."
        ),
    ),
    hint=(
        "Tambahkan media publikasi, dan unggah komponen penyampaian pelayanan ke SIPPN.",
        "Add publication media, and upload the service-delivery components to SIPPN.",
    ),
    verified=False,
    note="PEKPPP scores the number of media (indicator 3.a.T, VERIFIED [secondary]), but its "
    "rubric, the minimum of two and whether SIPPN counts among the media were not seen "
    "(UNVERIFIED, evaluation/_pekppp.py); the minimum is ValidationConfig.min_publication_media.",
)
def published_on_several_media(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP031 (regulations.md R04, warning part)."""
    if not _is_in_force(standard, context) or not standard.publications:
        return
    media = {p.medium for p in standard.publications}
    has_sippn = PublicationMedium.SIPPN in media
    if len(media) < context.config.min_publication_media or not has_sippn:
        yield Issue(
            ("publications",),
            count=len(media),
            minimum=context.config.min_publication_media,
            sippn=Label("", "") if has_sippn else Label(", tanpa SIPPN", ", without SIPPN"),
        )


_PARTICIPATION_BASIS = (
    cite(_UU25, article="20", paragraph="2"),
    cite(_UU25, article="39", paragraph="1"),
    cite("pp-96-2012"),
)


@RULES.rule(
    "SP033",
    kinds=STANDARD,
    severity=Severity.ERROR,
    title=("Masyarakat diikutsertakan dalam penyusunan", "The public took part in drafting"),
    message=(
        "Tidak ada catatan keikutsertaan masyarakat dalam penyusunan standar ini.",
        "There is no record of the public taking part in drafting this standard.",
    ),
    hint=(
        (
            "Catat forum konsultasi publik atau pembahasan bersama masyarakat: tanggal, unsur "
            "peserta, berita acara."
        ),
        "Record the public consultation: its date, the participant groups, the minutes.",
    ),
    basis=_PARTICIPATION_BASIS,
)
def public_took_part(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP033 (regulations.md R05): "wajib mengikutsertakan masyarakat dan pihak terkait"."""
    if standard.status is not StandardStatus.ESTABLISHED:
        return ()
    community = [
        c
        for c in standard.consultations
        if not c.participant_categories
        or any(p is not ParticipantCategory.PROVIDER for p in c.participant_categories)
    ]
    if not community:
        return [Issue(("consultations",))]
    return ()


@RULES.rule(
    "SP034",
    kinds=STANDARD,
    severity=Severity.ERROR,
    title=(
        "Konsultasi publik sebelum penetapan",
        "Public consultation comes before establishment",
    ),
    message=(
        (
            "Standar ditetapkan pada {decided} sebelum masyarakat diikutsertakan (konsultasi pertama "
            "{first})."
        ),
        (
            "The standard was established on {decided} before the public took part (first "
            "consultation {first})."
        ),
    ),
    hint=(
        "Masyarakat diikutsertakan dalam penyusunan, yaitu sebelum standar ditetapkan.",
        "The public takes part in drafting, that is before the standard is established.",
    ),
    basis=_PARTICIPATION_BASIS[:2],
)
def consultation_before_establishment(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP034 (regulations.md R06). A consultation on the day of the decree counts as before it."""
    decided = standard.established_on
    if decided is None or not standard.consultations:
        return ()
    first = min(c.held_on for c in standard.consultations)
    if first > decided:
        return [Issue(("consultations",), decided=decided, first=first)]
    return ()


@pekppp_versions(
    RULES,
    "SP035",
    common=(cite(_UU25, article="20", paragraph="4"),),
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Peserta konsultasi beragam", "Consultation participants are diverse"),
    message=(
        (
            "Konsultasi melibatkan {count} unsur masyarakat; asas keberagaman menghendaki paling "
            "sedikit {minimum} (PEKPPP memberi nilai tertinggi untuk lebih dari 4 unsur)."
        ),
        (
            "The consultation involved {count} community groups; diversity asks for at least "
            "{minimum} (PEKPPP's top score needs more than 4)."
        ),
    ),
    hint=(
        (
            "Undang pengguna layanan, ahli/akademisi, instansi terkait, organisasi masyarakat sipil, "
            "dan media massa."
        ),
        (
            "Invite service users, experts or academics, related agencies, civil-society "
            "organisations and the media."
        ),
    ),
)
def participants_are_diverse(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP035 (regulations.md R07, R08); the minimum is ``ValidationConfig.min_community_categories``."""
    if not standard.consultations:
        return
    groups = {p for c in standard.consultations for p in c.participant_categories}
    groups.discard(ParticipantCategory.PROVIDER)
    if len(groups) < context.config.min_community_categories:
        yield Issue(
            ("consultations",), count=len(groups), minimum=context.config.min_community_categories
        )


@functools.lru_cache(maxsize=64)
def _review_cutoff(as_of: dt.date, months: int) -> dt.date:
    """The earliest last-review date that is not overdue on ``as_of``.

    A standard is overdue when ``last + months < as_of`` (month arithmetic clamps to month ends,
    as dateutil does); the cut-off is found once per check date instead of once per standard.
    """
    guess = as_of - relativedelta(months=months) - dt.timedelta(days=4)
    while guess + relativedelta(months=months) < as_of:
        guess += dt.timedelta(days=1)
    return guess


@pekppp_versions(
    RULES,
    "SP036",
    common=(cite("pp-96-2012"),),
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Standar ditinjau ulang secara berkala", "The standard is reviewed periodically"),
    message=(
        (
            "Standar terakhir ditetapkan atau ditinjau pada {last}, lebih dari {months} bulan sebelum "
            "{as_of}."
        ),
        (
            "The standard was last established or reviewed on {last}, more than {months} months "
            "before {as_of}."
        ),
    ),
    hint=(
        (
            "Tinjau ulang standar bersama masyarakat dan catat berita acaranya (PEKPPP: setiap tahun "
            "bernilai 5, dua tahun 3, tiga tahun atau lebih 1)."
        ),
        (
            "Review the standard with the public and record the minutes (PEKPPP: yearly scores 5, "
            "every two years 3, three years or more 1)."
        ),
    ),
    verified=False,
    note="No statutory maximum interval was found (regulations.md §3.3); the default 12 months is "
    "PEKPPP's top score and is set by ValidationConfig.review_interval_months.",
)
def reviewed_periodically(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP036 (regulations.md R22)."""
    if not _is_in_force(standard, context):
        return
    dates = [r.reviewed_on for r in standard.reviews if r.reviewed_on <= context.as_of]
    if standard.established_on is not None:
        dates.append(standard.established_on)
    if not dates:
        return
    last = max(dates)
    months = context.config.review_interval_months
    if last < _review_cutoff(context.as_of, months):
        yield Issue(("reviews",), last=last, months=months, as_of=context.as_of)


@pekppp_versions(
    RULES,
    "SP037",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Peninjauan ulang berberita acara", "Each review has its minutes"),
    message=(
        "Peninjauan ulang pada {date} tidak disertai berita acara.",
        "The review of {date} has no minutes.",
    ),
    hint=(
        "Lampirkan berita acara peninjauan ulang standar pelayanan.",
        "Attach the minutes (berita acara) of the review.",
    ),
)
def reviews_have_minutes(standard: ServiceStandard, _: Context) -> Iterator[Issue]:
    """SP037 (regulations.md R22: "each review has a BA peninjauan")."""
    for index, review in enumerate(standard.reviews):
        if review.minutes is None:
            yield Issue(("reviews", index, "minutes"), date=review.reviewed_on)


@RULES.rule(
    "SP038",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Isian komponen bermakna", "Component entries say something"),
    message=(
        "Isian {field} nomor {number} kosong atau hanya berisi '{text}'.",
        "Entry {number} of {field} is empty or only says '{text}'.",
    ),
    hint=(
        "Hapus isian kosong atau tuliskan isinya.",
        "Remove the empty entry or write what it means.",
    ),
    basis=(cite(_UU25, article="21"), _GUIDE),
)
def entries_say_something(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP038: list entries such as a requirement named "-" are placeholders."""
    placeholders = context.config.placeholders
    for component, field in _LISTS:
        entries: tuple[Requirement | Product | Facility | Competency, ...] | None
        entries = getattr(standard, field)
        if not entries:
            continue
        for index, entry in enumerate(entries):
            name = entry.name or ""  # None only in an object built by hand: it says nothing
            if is_placeholder(name, placeholders):
                yield Issue(
                    (field, index, "name"), field=component, number=index + 1, text=name.strip()
                )


_LISTS = tuple(
    (c, c.value)
    for c in (
        Component.REQUIREMENTS,
        Component.PRODUCTS,
        Component.FACILITIES,
        Component.EXECUTOR_COMPETENCIES,
    )
)
"""The components SP038 reads, with their fields (looked up once: ``Component.value`` is slow)."""


@RULES.rule(
    "SP039",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Rincian jumlah pelaksana sesuai total", "Executor breakdown matches the total"),
    message=(
        "Jumlah pelaksana {total}, tetapi rinciannya berjumlah {sum}.",
        "The executor count is {total} but its breakdown adds up to {sum}.",
    ),
    hint=("Samakan total dengan rinciannya.", "Make the total match its breakdown."),
    integrity=True,
)
def executor_breakdown_adds_up(standard: ServiceStandard, _: Context) -> Iterator[Issue]:
    """SP039: the total of component k and its lines must agree."""
    count = standard.executor_count
    if count is None or not count.breakdown or count.total is None or count.at_least:
        return  # nothing to compare: no breakdown, no total, or a floor
    total = 0
    for line in count.breakdown:
        if line.count is None:
            return  # a role without a number
        total += line.count
    if total != count.total:
        yield Issue(("executor_count", "total"), total=count.total, sum=total)


@RULES.rule(
    "SP040",
    kinds=STANDARD,
    severity=Severity.ERROR,
    title=("Masa berlaku masuk akal", "The validity period makes sense"),
    message=(
        "Standar berakhir ({until}) sebelum mulai berlaku ({start}).",
        "The standard ends ({until}) before it starts ({start}).",
    ),
    hint=("Periksa tanggal mulai dan akhir berlaku.", "Check the start and end dates."),
    integrity=True,
)
def validity_period_makes_sense(standard: ServiceStandard, _: Context) -> Iterator[Issue]:
    """SP040: effective_until must not precede effective_from."""
    start, until = standard.effective_from, standard.effective_until
    if start is not None and until is not None and until < start:
        yield Issue(("effective_until",), start=start, until=until)


@RULES.rule(
    "SP041",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Tanggal tidak melewati tanggal pemeriksaan", "Dates are not after the check date"),
    message=(
        "{what} bertanggal {date}, sesudah tanggal pemeriksaan {as_of}.",
        "{what} is dated {date}, after the check date {as_of}.",
    ),
    hint=(
        "Periksa tanggalnya, atau periksa ulang dengan tanggal pemeriksaan yang lebih akhir.",
        "Check the date, or check again with a later check date.",
    ),
    basis=_ESTABLISH_BASIS,
)
def dates_not_after_check(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP041: a record dated after ``as_of`` cannot have happened yet on the check date."""
    as_of = context.as_of
    decided = standard.established_on
    if decided is not None and decided > as_of:
        yield Issue(
            ("establishment", "decided_on"),
            what=Label("Penetapan", "The establishment"),
            date=decided,
            as_of=as_of,
        )
    for index, consultation in enumerate(standard.consultations):
        if consultation.held_on > as_of:
            yield Issue(
                ("consultations", index, "held_on"),
                what=Label("Konsultasi", "A consultation"),
                date=consultation.held_on,
                as_of=as_of,
            )
    for index, review in enumerate(standard.reviews):
        if review.reviewed_on > as_of:
            yield Issue(
                ("reviews", index, "reviewed_on"),
                what=Label("Peninjauan", "A review"),
                date=review.reviewed_on,
                as_of=as_of,
            )


@RULES.rule(
    "SP042",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Standar kedaluwarsa ditandai", "An expired standard is marked so"),
    message=(
        "Standar berakhir berlaku pada {until} tetapi masih berstatus ditetapkan.",
        "The standard ended on {until} but is still marked established.",
    ),
    hint=(
        "Tandai standar sebagai digantikan atau dicabut, dan tetapkan standar penggantinya.",
        "Mark the standard superseded or revoked, and establish its successor.",
    ),
    basis=_ESTABLISH_BASIS,
)
def expired_standard_is_marked(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP042: status and validity period must agree on the check date."""
    until = standard.effective_until
    if (
        standard.status is StandardStatus.ESTABLISHED
        and until is not None
        and until <= context.as_of
    ):
        yield Issue(("status",), until=until)


@RULES.rule(
    "SP043",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=(
        "Keputusan penetapan dicatat lengkap",
        "The establishing decree is recorded in full",
    ),
    message=(
        "Tanggal keputusan penetapan standar tidak diketahui.",
        "The date of the decree establishing the standard is not known.",
    ),
    variants={
        "no_signatory": (
            (
                "Penandatangan keputusan penetapan tidak diketahui, sehingga tidak dapat diperiksa "
                "apakah standar ditetapkan minimal oleh pimpinan unit."
            ),
            (
                "The signatory of the establishing decree is not known, so it cannot be checked "
                "that at least the head of the unit established the standard."
            ),
        ),
    },
    hint=(
        "Catat tanggal dan penandatangan keputusan penetapan (lihat salinan keputusannya).",
        "Record the decree's date and signatory (see a copy of the decree).",
    ),
    basis=_ESTABLISH_BASIS,
)
def decree_is_recorded_in_full(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP043: a decree known only in part (a published page names its number alone)."""
    establishment = standard.establishment
    if establishment is None or (
        establishment.decided_on is not None and establishment.signatory is not None
    ):
        return ()
    issues = []
    if establishment.decided_on is None:
        issues.append(Issue(("establishment", "decided_on")))
    if establishment.signatory is None:
        issues.append(Issue(("establishment", "signatory"), "no_signatory"))
    return issues


# --- SP044 -------------------------------------------------------------------------------------------


@RULES.rule(
    "SP044",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=(
        "Biaya menyebut nominal, gratis, atau peraturan yang menetapkannya",
        "The fee states an amount, that it is free, or the instrument that sets it",
    ),
    message=(
        (
            "Biaya '{text}' tidak menyebut nominal, tidak menyatakan gratis, dan tidak menyebut "
            "peraturan yang menetapkan tarifnya."
        ),
        (
            "The fee '{text}' states no amount, does not say it is free, and cites no instrument "
            "that sets the tariff."
        ),
    ),
    variants={
        "row": (
            (
                "Biaya untuk '{row}' ('{text}') tidak menyebut nominal dan tidak menyebut peraturan "
                "yang menetapkannya."
            ),
            "The fee for '{row}' ('{text}') states no amount and cites no instrument that sets it.",
        )
    },
    hint=(
        (
            "Tuliskan besarnya biaya (atau 'tidak dipungut biaya'), atau sebutkan nomor dan tahun "
            "peraturan yang menetapkan tarifnya, misalnya 'Perda Kota Metro Nomor 1 Tahun 2024'."
        ),
        (
            "State the amount (or 'free of charge'), or cite the number and year of the instrument "
            "that sets the tariff, for example 'Perda Kota Metro Nomor 1 Tahun 2024'."
        ),
    ),
    basis=(cite(_UU25, article="21", letter="e"), _GUIDE),
    note="Pasal 21 huruf e makes the fee a component of every standard (regulations.md R16: the "
    "component is explicit, an amount or 'tidak dipungut biaya'). A fee that only says 'sesuai "
    "ketentuan' or 'berdasarkan Peraturan Daerah' tells the public neither what they pay nor where "
    "to find it. A warning, because the instrument may be named elsewhere in the decree.",
)
def fee_states_amount_or_instrument(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """SP044: "Retribusi dipungut berdasarkan Peraturan Daerah", "Sesuai ketentuan ..."."""
    fee = standard.fee
    if fee is None or fee.legal_basis:
        return
    if fee.form is FeeForm.BY_REFERENCE:
        text = " ".join((fee.as_written or fee.note).split())
        if not context.config.is_placeholder(text):  # "-" is SP005's
            yield Issue(("fee",), text=text)
        return
    rows: tuple[tuple[str, int, str, str], ...] = (
        *(("tariffs", n, t.item, t.note) for n, t in enumerate(fee.tariffs) if _unset(t)),
        *(
            ("by_payer", n, p.payer, p.note)
            for n, p in enumerate(fee.by_payer)
            if _unset(p) and not _INSURED.search(f"{p.payer} {p.note}")
        ),
    )
    for field, n, name, note in rows:
        yield Issue(("fee", field, n), "row", row=name, text=" ".join(note.split()) or "-")


def _unset(row: Tariff | PayerFee) -> bool:
    return row.amount is None and not row.legal_basis


_INSURED: Final = re.compile(
    r"(?i)\b(?:bpjs|jkn|kis|ina[-\s]?cbgs?|jamkes\w*|asuransi|ditanggung|penjamin)\b"
)
"""A class of payer whose fee an insurer or a guarantor pays ("Pasien BPJS: sesuai tarif INA-CBG")."""


# --- SP045 -------------------------------------------------------------------------------------------

_STAMP: Final = re.compile(r"(?i)\b(?:ber)?m[ae]t[ae]?rai\b")
_OLD_STAMP: Final = re.compile(r"(?i)(?<![\d.,])(?:rp\.?\s*)?([36])\s*[.,]?\s*000(?![\d.,]*\d)")
_STAMP_REACH: Final = 25
"""How far from the word "meterai" its amount may be written ("di atas materai Rp. 6.000")."""


def _old_stamp(text: str) -> str | None:
    """The amount of a Rp3.000 or Rp6.000 stamp that ``text`` asks for, as written."""
    for word in _STAMP.finditer(text):
        start, end = max(0, word.start() - _STAMP_REACH), word.end() + _STAMP_REACH
        amount = _OLD_STAMP.search(text, start, end)
        if amount is not None:
            return f"Rp{amount[1]}.000"
    return None


@RULES.rule(
    "SP045",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Meterai yang diminta masih berlaku", "The revenue stamp asked for is still valid"),
    message=(
        (
            "{what} '{text}' meminta meterai {amount}; sejak 1 Januari 2021 bea meterai bertarif "
            "tunggal Rp10.000, dan meterai lama hanya dapat dipakai sampai 31 Desember 2021 dengan "
            "nilai paling sedikit Rp9.000."
        ),
        (
            "{what} '{text}' asks for a {amount} stamp; since 1 January 2021 stamp duty is a single "
            "Rp10.000, and old stamps could be used only until 31 December 2021, worth at least "
            "Rp9.000 together."
        ),
    ),
    hint=(
        "Ganti dengan 'bermeterai Rp10.000'.",
        "Write 'with a Rp10.000 stamp' instead.",
    ),
    basis=(cite("uu-10-2020"), cite(_UU25, article="21", letter="b")),
    verified=False,
    note="UU 10/2020 (Bea Meterai) set a single rate of Rp10.000 from 2021-01-01; its dates and "
    "articles are seen in secondary sources only (the catalogue says so), so the rule is a "
    "warning. A standard that still asks for a Rp6.000 stamp asks the public for a stamp that no "
    "longer pays the duty (UNM's 'di atas materai 6000').",
)
def stamp_duty_is_current(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """SP045: requirements and steps that ask for a Rp3.000 or Rp6.000 meterai."""
    texts, requirements = requirement_and_step_texts(standard)
    # Most standards name no stamp at all: one test over all their text, in C, decides that.
    if "rai" not in "\n".join(texts).casefold():
        return ()
    issues = []
    for index, text in enumerate(texts):
        amount = _old_stamp(text)
        if amount is not None:
            where, requirement = text_place(index, requirements)
            what = _REQUIREMENT_WORD if requirement else _STEP_WORD
            issues.append(Issue(where, what=what, text=" ".join(text.split()), amount=amount))
    return issues


_REQUIREMENT_WORD: Final = Label("Persyaratan", "The requirement")
_STEP_WORD: Final = Label("Langkah prosedur", "The procedure step")
