"""*Siklus kebijakan pelayanan*: a service standard (or any service policy) from drafting to revision.

UU 25/2009 asks the provider to draw up and establish its standards with the public (Pasal 20 ayat
(1)–(2)), to issue a charter (Pasal 15 huruf b, Pasal 22), to apply the standard (Pasal 20 ayat
(3)), and lets the public take part "sejak penyusunan standar pelayanan sampai dengan evaluasi"
(Pasal 39 ayat (1)). Permenpan RB 15/2014 and the practice around it put these in stages
(regulations.md §3.3): a standards team drafts (*penyusunan*), the draft is discussed with the
public (*pembahasan*), the unit head establishes it by decree (*penetapan*), the charter follows
(*maklumat*), the standard is applied — socialised, published (SIPPN among the media), an action
plan drawn up (*penerapan*) — then monitored and evaluated through surveys, complaints and forums
(*pemantauan dan evaluasi*), reviewed (*peninjauan ulang*), and revised into a new version.

Here the cycle is an explicit table, :data:`TRANSITIONS`, of :class:`CycleTransition` from one
:class:`CycleStage` to another by a :class:`CycleAction`. Each action has a function that takes
the current :class:`CycleState` and returns the new state and the :class:`CycleEvent` it made (a
past-tense fact); an illegal move raises :class:`IllegalTransitionError`, which names the rule
(:data:`GUARDS`) and cites the law. A :class:`PolicyCycle` document (kind ``policy_cycle``) keeps
the events, an append-only history from which the state on any date is rebuilt.

>>> import datetime as dt
>>> from pelayanan.model.participants import ParticipantCategory as P
>>> from pelayanan.model.records import Establishment, Official, OfficeLevel
>>> head = Official("Kepala Dinas", "Kepala Dinas Sosial", OfficeLevel.UNIT_HEAD)
>>> decree = Establishment("400/17/2023", dt.date(2023, 1, 16), head)
>>> state, drafted = start_drafting(on=dt.date(2022, 11, 1))
>>> state, discussed = hold_consultation(
...     state, on=dt.date(2022, 12, 12), participant_categories=(P.SERVICE_USERS, P.PROVIDER))
>>> state, established = establish(state, decree)
>>> state.stage.value, state.in_force_version, str(established.on)
('established', 1, '2023-01-16')
>>> replay([drafted, discussed, established]) == state
True

A charter before the standard is established, or an establishment without the public, is refused
with the rule and its legal basis:

>>> state, drafted = start_drafting(on=dt.date(2022, 11, 1))
>>> establish(state, decree)
Traceback (most recent call last):
...
pelayanan.participation.cycle.IllegalTransitionError: PC003: Version 1 was established on 2023-01-16 without ...
... [UU 25/2009 Pasal 20 ayat (2); UU 25/2009 Pasal 39 ayat (1)]
>>> issue_charter(state, on=dt.date(2022, 11, 2))
Traceback (most recent call last):
...
pelayanan.participation.cycle.IllegalTransitionError: PC005: A charter cannot be issued at the Drafting stage: ...
... [UU 25/2009 Pasal 15 huruf b; UU 25/2009 Pasal 22]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

import attrs

from .._base import machine
from .._base.errors import PelayananError
from .._base.labels import Label, LabelledEnum, Lang, register_labels, render_value
from .._base.validators import at_least, non_empty
from ..law import CATALOGUE, Citation
from ..model.participants import ParticipantCategory, ParticipationForm
from ..model.records import DocumentRef, Establishment, OfficeLevel, Publication, PublicationMedium

__all__ = [
    "COMMON_GUARDS",
    "GUARDS",
    "TRANSITIONS",
    "CycleAction",
    "CycleEvent",
    "CycleGuard",
    "CycleStage",
    "CycleState",
    "CycleTransition",
    "IllegalStep",
    "IllegalTransitionError",
    "PolicyCycle",
    "TeamMember",
    "TeamRole",
    "advance",
    "apply_standard",
    "conclude_review",
    "establish",
    "hold_consultation",
    "illegal_steps",
    "issue_charter",
    "legal_actions",
    "record_evaluation",
    "replay",
    "review",
    "revoke",
    "start_drafting",
    "start_revision",
    "state_on",
    "supersede",
]


# --- vocabularies ----------------------------------------------------------------------------------


class CycleStage(LabelledEnum):
    """Where a policy stands in its cycle (Permenpan RB 15/2014 stages; regulations.md §3.3, §10).

    The stage is that of the *current* version: while version 2 is drafted, version 1 stays in force
    (:attr:`CycleState.in_force_version`). ``superseded`` and ``revoked`` end the cycle.
    """

    DRAFTING = "drafting"
    CONSULTATION = "consultation"
    ESTABLISHED = "established"
    CHARTERED = "chartered"
    APPLIED = "applied"
    MONITORING = "monitoring"
    REVIEW = "review"
    SUPERSEDED = "superseded"
    REVOKED = "revoked"

    @property
    def is_final(self) -> bool:
        """Whether the cycle has ended (superseded or revoked): nothing can follow."""
        return self in (CycleStage.SUPERSEDED, CycleStage.REVOKED)

    @property
    def order(self) -> int:
        """The position of the stage in the cycle: 0 for drafting … 6 for review, 7 when ended."""
        return _STAGE_ORDER[self]


_STAGE_ORDER = {stage: min(position, 7) for position, stage in enumerate(CycleStage)}
register_labels(
    CycleStage,
    {
        CycleStage.DRAFTING: ("Penyusunan", "Drafting"),
        CycleStage.CONSULTATION: ("Pembahasan bersama masyarakat", "Consultation with the public"),
        CycleStage.ESTABLISHED: ("Penetapan", "Established"),
        CycleStage.CHARTERED: ("Maklumat", "Charter issued"),
        CycleStage.APPLIED: ("Penerapan", "Applied"),
        CycleStage.MONITORING: ("Pemantauan dan evaluasi", "Monitoring and evaluation"),
        CycleStage.REVIEW: ("Peninjauan ulang", "Review"),
        CycleStage.SUPERSEDED: ("Digantikan", "Superseded"),
        CycleStage.REVOKED: ("Dicabut", "Revoked"),
    },
)


class CycleAction(LabelledEnum):
    """What happened: the past-tense name of each event of the cycle."""

    DRAFTING_STARTED = "drafting_started"
    CONSULTATION_HELD = "consultation_held"
    STANDARD_ESTABLISHED = "standard_established"
    CHARTER_ISSUED = "charter_issued"
    STANDARD_APPLIED = "standard_applied"
    EVALUATION_RECORDED = "evaluation_recorded"
    STANDARD_REVIEWED = "standard_reviewed"
    REVIEW_CONCLUDED_UNCHANGED = "review_concluded_unchanged"
    REVISION_STARTED = "revision_started"
    STANDARD_SUPERSEDED = "standard_superseded"
    STANDARD_REVOKED = "standard_revoked"


register_labels(
    CycleAction,
    {
        CycleAction.DRAFTING_STARTED: ("penyusunan dimulai", "drafting started"),
        CycleAction.CONSULTATION_HELD: (
            "pembahasan bersama masyarakat diadakan",
            "consultation held",
        ),
        CycleAction.STANDARD_ESTABLISHED: ("standar ditetapkan", "standard established"),
        CycleAction.CHARTER_ISSUED: ("maklumat diterbitkan", "charter issued"),
        CycleAction.STANDARD_APPLIED: ("standar diterapkan", "standard applied"),
        CycleAction.EVALUATION_RECORDED: (
            "masukan pemantauan dan evaluasi dicatat",
            "evaluation recorded",
        ),
        CycleAction.STANDARD_REVIEWED: ("standar ditinjau ulang", "standard reviewed"),
        CycleAction.REVIEW_CONCLUDED_UNCHANGED: (
            "peninjauan selesai tanpa perubahan",
            "review concluded without change",
        ),
        CycleAction.REVISION_STARTED: ("revisi dimulai", "revision started"),
        CycleAction.STANDARD_SUPERSEDED: ("standar digantikan", "standard superseded"),
        CycleAction.STANDARD_REVOKED: ("standar dicabut", "standard revoked"),
    },
)


class TeamRole(LabelledEnum):
    """A member's place in the *Tim Standar Pelayanan* that drafts a standard.

    The team is "1. Pimpinan Organisasi Penyelenggara. 2. Pelaksana yang membidangi setiap jenis
    pelayanan. 3. Perwakilan dari petugas yang berhubungan langsung dengan pengguna jasa pelayanan
    (front liner). 4. Perwakilan pelaksana di bidang administratif." (Kemenkumham Juknis after
    Permenpan RB 15/2014; VERIFIED [secondary], regulations.md §3.3).
    """

    LEADER = "leader"
    SERVICE_OFFICER = "service_officer"
    FRONT_LINER = "front_liner"
    ADMINISTRATION = "administration"
    OTHER = "other"


register_labels(
    TeamRole,
    {
        TeamRole.LEADER: ("Pimpinan organisasi penyelenggara", "Head of the organisation"),
        TeamRole.SERVICE_OFFICER: (
            "Pelaksana yang membidangi jenis pelayanan",
            "Officer in charge of the service",
        ),
        TeamRole.FRONT_LINER: ("Petugas garis depan (front liner)", "Front-line officer"),
        TeamRole.ADMINISTRATION: ("Pelaksana bidang administratif", "Administrative officer"),
        TeamRole.OTHER: ("Lainnya", "Other"),
    },
)


# --- the events ------------------------------------------------------------------------------------


@attrs.frozen
class TeamMember:
    """A member of the *Tim Standar Pelayanan* (Permenpan RB 15/2014; regulations.md §3.3)."""

    name: str
    role: TeamRole
    position: str = ""
    """The office as written (*jabatan*)."""


@attrs.frozen
class CycleEvent:
    """One dated fact in a policy's history, named by its :class:`CycleAction`.

    One class for every action: the fields an action does not use stay at their defaults (and are
    left out of the JSON). ``version`` is the version the event is about; a revision names the new
    version. What each action carries:

    * ``drafting_started``, ``revision_started``: ``document_id`` of the new version's document and
      the drafting ``team``;
    * ``consultation_held``: ``form``, ``participant_categories``, the participation records it
      rests on (``forum_ids``, ``survey_ids``, ``complaint_ids``, ``record_ids``), ``minutes``;
    * ``standard_established``: the decree (``establishment``) and ``document_id``;
    * ``charter_issued``: ``charter_id``;
    * ``standard_applied``: ``publications``, ``socialisation`` evidence, the ``action_plan``;
    * ``evaluation_recorded``, ``standard_reviewed``: the inputs (records by id, categories,
      ``public_involved``), and for a review its ``minutes`` and ``outcome``;
    * ``standard_superseded``: ``successor_id``; ``standard_revoked``: the revoking decree.
    """

    action: CycleAction
    on: dt.date
    version: int = attrs.field(validator=at_least(1))
    document_id: str | None = None
    """The document of this version (a ``service_standard`` id such as ``"sp-dtks-2023"``)."""
    team: tuple[TeamMember, ...] = ()
    form: ParticipationForm | None = None
    participant_categories: tuple[ParticipantCategory, ...] = ()
    forum_ids: tuple[str, ...] = ()
    """``consultation_forum`` documents (FKP) the event rests on."""
    survey_ids: tuple[str, ...] = ()
    """``satisfaction_survey`` documents (SKM) the event rests on."""
    complaint_ids: tuple[str, ...] = ()
    """Complaints (*pengaduan*) the event rests on."""
    record_ids: tuple[str, ...] = ()
    """Other participation records: cooperation, an oversight body's report."""
    public_involved: bool = False
    """Whether the public took part in an evaluation or review (UU 25/2009 Pasal 39 ayat (1))."""
    establishment: Establishment | None = None
    """The decree that established (or revoked) the version."""
    charter_id: str | None = None
    """The ``service_charter`` issued for the version."""
    publications: tuple[Publication, ...] = ()
    socialisation: tuple[DocumentRef, ...] = ()
    """Evidence of *sosialisasi dan internalisasi* to staff and the public."""
    action_plan: DocumentRef | None = None
    """The *rencana aksi* for applying the standard."""
    minutes: DocumentRef | None = None
    """The *berita acara* of a consultation or a review."""
    outcome: str = ""
    successor_id: str | None = None
    """The policy that replaced this one (``standard_superseded``)."""
    note: str = ""

    @property
    def has_public_input(self) -> bool:
        """Whether the event records the public's part: a record by id, a community group, or a flag."""
        community = set(ParticipantCategory.community())
        return bool(
            self.public_involved
            or self.forum_ids
            or self.survey_ids
            or self.complaint_ids
            or self.record_ids
            or community.intersection(self.participant_categories)
        )


# --- the guards ------------------------------------------------------------------------------------

_UU25 = CATALOGUE["uu-25-2009"]
_GUIDE = Citation(CATALOGUE["permenpan-rb-15-2014"], annex="")
_PP96 = Citation(CATALOGUE["pp-96-2012"])
_PEKPPP = ("permenpan-rb-17-2017", "permenpan-rb-29-2022")


def _uu(article: str, paragraph: str | None = None, letter: str | None = None) -> Citation:
    return Citation(_UU25, article=article, paragraph=paragraph, letter=letter)


@attrs.frozen
class CycleGuard:
    """One check of the cycle: a stable rule code, its messages, and its legal basis.

    The same code names the refusal of a transition function (:class:`IllegalTransitionError`) and
    the finding of ``pelayanan validate`` on a history that breaks it. ``messages`` are templates
    by variant (``"default"`` always exists); ``pekppp`` adds the PEKPPP instrument in force on the
    date of the event to :attr:`basis`.
    """

    code: str
    title: Label
    messages: Mapping[str, Label]
    hint: Label
    basis: tuple[Citation, ...]
    verified: bool = True
    """``False`` when the rule rests on practice or an UNVERIFIED text (see :attr:`note`)."""
    note: str = ""
    pekppp: bool = False
    binding: bool = False
    """Whether a verified text of the law makes the step unlawful (*wajib* or a prohibition): the
    validator reports it as an error, and every other guard as a warning."""
    integrity: bool = False
    """Whether the guard keeps a history consistent with itself (dates, version numbers) rather
    than applying the law: the validator reports it as an integrity rule (an error, no citation);
    :attr:`basis` only names where the stages come from."""
    obligation: Citation | None = None
    """The citation that creates the obligation, when it is not the first of :attr:`basis` (it
    sets the date from which the rule applies)."""

    def basis_on(self, on: dt.date) -> tuple[Citation, ...]:
        """The citations for an event on ``on``: :attr:`basis`, plus the PEKPPP instrument then.

        Before Permenpan RB 17/2017 (the first instrument modelled) it is cited all the same.
        """
        if not self.pekppp:
            return self.basis
        key = _PEKPPP[0]
        for candidate in _PEKPPP:
            starts = CATALOGUE[candidate].starts
            if starts is not None and starts <= on:
                key = candidate
        return (*self.basis, Citation(CATALOGUE[key], annex=""))


def _guard(
    code: str,
    title: tuple[str, str],
    messages: Mapping[str, tuple[str, str]],
    hint: tuple[str, str],
    basis: tuple[Citation, ...],
    *,
    verified: bool = True,
    note: str = "",
    pekppp: bool = False,
    binding: bool = False,
    integrity: bool = False,
    obligation: Citation | None = None,
) -> CycleGuard:
    return CycleGuard(
        code,
        Label(*title),
        MappingProxyType({k: Label(*v) for k, v in messages.items()}),
        Label(*hint),
        basis,
        verified,
        note,
        pekppp,
        binding,
        integrity,
        obligation,
    )


_STAGES_NOTE = (
    "The order of the stages is that of Permenpan RB 15/2014 as described in secondary sources "
    "(regulations.md §3.3); the law itself sets no such order, so a step out of order is a "
    "warning, from 15/2014's promulgation (2014-05-09)."
)

GUARDS: Final[Mapping[str, CycleGuard]] = MappingProxyType(
    {
        g.code: g
        for g in (
            _guard(
                "PC001",
                ("Peristiwa berurutan menurut tanggal", "Events follow each other in time"),
                {
                    "default": (
                        (
                            "Peristiwa '{action}' bertanggal {on}, sebelum peristiwa sebelumnya "
                            "({previous})."
                        ),
                        (
                            "The '{action}' event is dated {on}, before the event before it "
                            "({previous})."
                        ),
                    )
                },
                (
                    "Urutkan peristiwa menurut tanggal, atau perbaiki tanggalnya.",
                    "Put the events in date order, or correct the date.",
                ),
                (_GUIDE,),
                verified=False,
                note="A history cannot go back in time: the data contradicts itself, so the "
                "validator reports it as an integrity error; the citation is only the source of "
                "the stages, not an article about dates.",
                integrity=True,
            ),
            _guard(
                "PC002",
                ("Tahapan siklus berurutan", "The stages of the cycle follow in order"),
                {
                    "default": (
                        (
                            "'{action}' tidak dapat dilakukan pada tahap {stage}; dari tahap ini "
                            "siklus hanya memungkinkan: {allowed}."
                        ),
                        (
                            "'{action}' cannot follow the {stage} stage; from it the cycle allows: "
                            "{allowed}."
                        ),
                    ),
                    "start": (
                        "Siklus belum dimulai; peristiwa pertamanya '{first}', bukan '{action}'.",
                        "The cycle has not started; its first event is '{first}', not '{action}'.",
                    ),
                    "restart": (
                        "Siklus sudah dimulai; versi baru disusun melalui '{revision}'.",
                        "The cycle has already started; a new version begins with '{revision}'.",
                    ),
                    "ended": (
                        "Siklus sudah berakhir (tahap {stage}); '{action}' tidak dapat dilakukan.",
                        "The cycle has ended (stage {stage}); '{action}' cannot follow.",
                    ),
                    "nothing_in_force": (
                        "'{action}' tidak dapat dilakukan: belum ada versi yang ditetapkan.",
                        "'{action}' is impossible: no version has been established.",
                    ),
                },
                (
                    (
                        "Catat tahapan sesuai urutannya: penyusunan, pembahasan bersama masyarakat, "
                        "penetapan, maklumat, penerapan, pemantauan dan evaluasi, peninjauan ulang."
                    ),
                    (
                        "Record the stages in order: drafting, consultation, establishment, charter, "
                        "application, monitoring and evaluation, review."
                    ),
                ),
                (_GUIDE, _PP96),
                verified=False,
                note=_STAGES_NOTE,
            ),
            _guard(
                "PC003",
                (
                    "Penetapan sesudah masyarakat diikutsertakan",
                    "Establishment follows public participation",
                ),
                {
                    "default": (
                        (
                            "Standar versi {version} ditetapkan pada {on} tanpa pembahasan bersama "
                            "masyarakat sebelumnya."
                        ),
                        (
                            "Version {version} was established on {on} without an earlier "
                            "consultation with the public."
                        ),
                    ),
                    "provider_only": (
                        (
                            "Pembahasan standar versi {version} hanya melibatkan penyelenggara; "
                            "masyarakat dan pihak terkait wajib diikutsertakan sebelum penetapan."
                        ),
                        (
                            "Only the provider took part in discussing version {version}; the public "
                            "and stakeholders must take part before it is established."
                        ),
                    ),
                    "late": (
                        (
                            "Pembahasan pada {on} dicatat sesudah standar versi {version} "
                            "ditetapkan ({established}); masyarakat diikutsertakan sebelum "
                            "penetapan, dan masukan sesudahnya dicatat sebagai evaluasi."
                        ),
                        (
                            "The consultation of {on} comes after version {version} was "
                            "established ({established}); the public takes part before "
                            "establishment, and later input is recorded as an evaluation."
                        ),
                    ),
                    "predates": (
                        (
                            "Standar versi {version} ditetapkan pada {on}, sebelum pembahasan "
                            "bersama masyarakat ({consulted})."
                        ),
                        (
                            "Version {version} was established on {on}, before its consultation with "
                            "the public ({consulted})."
                        ),
                    ),
                },
                (
                    (
                        "Libatkan masyarakat dan pihak terkait (misalnya melalui FKP) sebelum standar "
                        "ditetapkan."
                    ),
                    (
                        "Consult the public and stakeholders (in an FKP, for example) before "
                        "establishing the standard."
                    ),
                ),
                (_uu("20", "2"), _uu("39", "1")),
                note="regulations.md R05, R06: the order (consultation before establishment) is "
                "an inference from 'dalam menyusun dan menetapkan ... wajib mengikutsertakan', a "
                "VERIFIED text that says wajib: an error.",
                binding=True,
            ),
            _guard(
                "PC004",
                (
                    "Penetapan dengan keputusan minimal pimpinan unit",
                    "Established by decree of at least the unit head",
                ),
                {
                    "default": (
                        (
                            "Standar versi {version} ditetapkan oleh {position} ({level}); penetapan "
                            "minimal oleh pimpinan unit penyelenggara pelayanan."
                        ),
                        (
                            "Version {version} was established by {position} ({level}); it must be "
                            "established by at least the head of the service unit."
                        ),
                    ),
                    "no_decree": (
                        "Penetapan standar versi {version} tidak menyebut keputusannya.",
                        "The establishment of version {version} names no decree.",
                    ),
                },
                (
                    (
                        "Catat keputusan penetapan (nomor, tanggal, penandatangan) oleh pimpinan unit "
                        "atau pejabat di atasnya."
                    ),
                    (
                        "Record the decree (number, date, signatory) of the unit head or a more "
                        "senior official."
                    ),
                ),
                (_uu("15", letter="a"), _uu("20", "1")),
                note="regulations.md R12: 'minimal oleh pimpinan Unit Penyelenggara Pelayanan' "
                "is the PEKPPP evaluation form (F-02, VERIFIED [secondary]), a scoring form, not "
                "UU 25/2009: a warning, in force with each PEKPPP instrument.",
                pekppp=True,
            ),
            _guard(
                "PC005",
                ("Maklumat sesudah standar ditetapkan", "The charter follows the establishment"),
                {
                    "default": (
                        (
                            "Maklumat tidak dapat diterbitkan pada tahap {stage}: standar versi "
                            "{version} belum ditetapkan."
                        ),
                        (
                            "A charter cannot be issued at the {stage} stage: version {version} is "
                            "not established yet."
                        ),
                    )
                },
                (
                    (
                        "Tetapkan standar lebih dahulu; maklumat menyatakan kesanggupan menjalankan "
                        "standar yang telah ditetapkan."
                    ),
                    (
                        "Establish the standard first: a charter pledges to deliver an established "
                        "standard."
                    ),
                ),
                (_uu("15", letter="b"), _uu("22")),
                verified=False,
                note="The order is practice ('Disusun setelah standar pelayanan ditetapkan', "
                "regulations.md §1.10, a weak secondary source) and the text of Pasal 22 is "
                "UNVERIFIED; within a cycle a charter for a version that does not exist yet is "
                "impossible, so the step is refused.",
            ),
            _guard(
                "PC006",
                (
                    "Penerapan sesudah penetapan dan maklumat",
                    "Application follows establishment and the charter",
                ),
                {
                    "default": (
                        (
                            "Standar versi {version} belum disertai maklumat pelayanan, sehingga "
                            "belum dapat diterapkan."
                        ),
                        "Version {version} has no service charter yet, so it cannot be applied.",
                    ),
                    "not_established": (
                        (
                            "Standar versi {version} belum ditetapkan (tahap {stage}), sehingga belum "
                            "dapat diterapkan."
                        ),
                        (
                            "Version {version} is not established (stage {stage}), so it cannot be "
                            "applied."
                        ),
                    ),
                },
                (
                    (
                        "Tetapkan standar dan terbitkan maklumatnya sebelum sosialisasi, publikasi, "
                        "dan rencana aksi penerapan."
                    ),
                    (
                        "Establish the standard and issue its charter before socialising, publishing "
                        "and planning its application."
                    ),
                ),
                (_uu("20", "3"), _GUIDE),
                verified=False,
                note=_STAGES_NOTE,
                obligation=_GUIDE,
            ),
            _guard(
                "PC007",
                (
                    "Peninjauan ulang berdasarkan pemantauan dan evaluasi",
                    "A review rests on monitoring and evaluation",
                ),
                {
                    "default": (
                        (
                            "Peninjauan ulang pada {on} tidak didahului pemantauan dan evaluasi "
                            "(tahap {stage})."
                        ),
                        (
                            "The review of {on} is not preceded by monitoring and evaluation (stage "
                            "{stage})."
                        ),
                    ),
                    "no_input": (
                        (
                            "Peninjauan ulang pada {on} tidak didahului masukan evaluasi sejak "
                            "peninjauan sebelumnya ({since})."
                        ),
                        (
                            "The review of {on} has no evaluation input since the previous review "
                            "({since})."
                        ),
                    ),
                },
                (
                    (
                        "Catat masukan pemantauan dan evaluasi (SKM, pengaduan, FKP) sebelum "
                        "peninjauan ulang."
                    ),
                    (
                        "Record the monitoring and evaluation inputs (surveys, complaints, forums) "
                        "before the review."
                    ),
                ),
                (_PP96, _uu("39", "1")),
                verified=False,
                note="Peninjauan ulang is required by PP 96/2012 according to the PEKPPP "
                "instrument (article UNVERIFIED, regulations.md §2); that it rests on monitoring "
                "is practice (Permen ATR/BPN 3/2025 Pasal 12, a mirror): a warning, from PP "
                "96/2012's promulgation (2012-10-30).",
            ),
            _guard(
                "PC008",
                ("Revisi sesudah peninjauan ulang", "A revision follows a review"),
                {
                    "default": (
                        (
                            "Revisi menjadi versi {next} dimulai pada tahap {stage}, tanpa peninjauan "
                            "ulang."
                        ),
                        (
                            "The revision into version {next} starts at the {stage} stage, without a "
                            "review."
                        ),
                    )
                },
                (
                    "Tinjau ulang standar (dengan berita acara) sebelum merevisinya.",
                    "Review the standard (with minutes) before revising it.",
                ),
                (_GUIDE, _PP96),
                verified=False,
                note=_STAGES_NOTE,
            ),
            _guard(
                "PC009",
                ("Nomor versi berurutan", "Version numbers follow the revisions"),
                {
                    "default": (
                        (
                            "Peristiwa '{action}' menyebut versi {given}; siklus berada pada versi "
                            "{expected}."
                        ),
                        (
                            "The '{action}' event names version {given}; the cycle is at version "
                            "{expected}."
                        ),
                    )
                },
                (
                    (
                        "Setiap revisi menaikkan nomor versi satu; peristiwa lain menyebut versi "
                        "yang sedang berjalan."
                    ),
                    "Each revision adds one to the version; other events name the current version.",
                ),
                (_GUIDE,),
                verified=False,
                note="Keeps a history consistent with itself, so the validator reports it as an "
                "integrity error; the citation is only the source of the stages, not an article "
                "about version numbers.",
                integrity=True,
            ),
        )
    }
)
"""The checks of the cycle by rule code; ``pelayanan validate`` reports each as a finding."""

COMMON_GUARDS: Final = ("PC001", "PC009")
"""Checks every transition makes: dates do not go back (PC001), versions follow (PC009)."""


# --- the table -------------------------------------------------------------------------------------


@attrs.frozen
class CycleTransition:
    """One row of :data:`TRANSITIONS`: from ``source`` by ``action`` to ``target``.

    ``source`` is ``None`` for the first event of a cycle. ``guards`` are the rule codes checked on
    this transition besides :data:`COMMON_GUARDS`; ``basis`` cites the law for the step itself.
    """

    source: CycleStage | None
    action: CycleAction
    target: CycleStage
    guards: tuple[str, ...] = ()
    basis: tuple[Citation, ...] = ()


S, A = CycleStage, CycleAction

_ACTION_BASIS: Mapping[CycleAction, tuple[Citation, ...]] = {
    A.DRAFTING_STARTED: (_uu("20", "1"), _GUIDE),
    A.CONSULTATION_HELD: (
        _uu("20", "2"),
        _uu("39", "1"),
        Citation(CATALOGUE["permenpan-rb-16-2017"]),
    ),
    A.STANDARD_ESTABLISHED: (_uu("15", letter="a"), _uu("20", "1"), _uu("20", "2")),
    A.CHARTER_ISSUED: (_uu("15", letter="b"), _uu("22")),
    A.STANDARD_APPLIED: (_uu("20", "3"), _GUIDE, Citation(CATALOGUE["permenpan-rb-13-2017"])),
    A.EVALUATION_RECORDED: (_uu("39", "1"), Citation(CATALOGUE["permenpan-rb-14-2017"])),
    A.STANDARD_REVIEWED: (_PP96, _GUIDE),
    A.REVIEW_CONCLUDED_UNCHANGED: (_PP96,),
    A.REVISION_STARTED: (_uu("20", "1"), _PP96, _GUIDE),
    A.STANDARD_SUPERSEDED: (_uu("15", letter="a"),),
    A.STANDARD_REVOKED: (_uu("15", letter="a"),),
}

_TARGET: Mapping[CycleAction, CycleStage] = {
    A.DRAFTING_STARTED: S.DRAFTING,
    A.CONSULTATION_HELD: S.CONSULTATION,
    A.STANDARD_ESTABLISHED: S.ESTABLISHED,
    A.CHARTER_ISSUED: S.CHARTERED,
    A.STANDARD_APPLIED: S.APPLIED,
    A.EVALUATION_RECORDED: S.MONITORING,
    A.STANDARD_REVIEWED: S.REVIEW,
    A.REVIEW_CONCLUDED_UNCHANGED: S.MONITORING,
    A.REVISION_STARTED: S.DRAFTING,
    A.STANDARD_SUPERSEDED: S.SUPERSEDED,
    A.STANDARD_REVOKED: S.REVOKED,
}

_PROVIDER = ParticipantCategory.PROVIDER
_IN_FORCE = (S.ESTABLISHED, S.CHARTERED, S.APPLIED, S.MONITORING, S.REVIEW)


def _row(source: CycleStage | None, action: CycleAction, *guards: str) -> CycleTransition:
    return CycleTransition(source, action, _TARGET[action], guards, _ACTION_BASIS[action])


TRANSITIONS: Final[tuple[CycleTransition, ...]] = (
    _row(None, A.DRAFTING_STARTED),
    _row(S.DRAFTING, A.CONSULTATION_HELD),
    _row(S.CONSULTATION, A.CONSULTATION_HELD),
    _row(S.CONSULTATION, A.STANDARD_ESTABLISHED, "PC003", "PC004"),
    _row(S.ESTABLISHED, A.CHARTER_ISSUED),
    _row(S.CHARTERED, A.STANDARD_APPLIED),
    _row(S.APPLIED, A.STANDARD_APPLIED),
    _row(S.APPLIED, A.EVALUATION_RECORDED),
    _row(S.MONITORING, A.EVALUATION_RECORDED),
    _row(S.MONITORING, A.STANDARD_REVIEWED, "PC007"),
    _row(S.REVIEW, A.REVIEW_CONCLUDED_UNCHANGED),
    _row(S.REVIEW, A.REVISION_STARTED),
    *(_row(s, A.STANDARD_SUPERSEDED) for s in _IN_FORCE),
    *(_row(s, A.STANDARD_SUPERSEDED, "PC002") for s in (S.DRAFTING, S.CONSULTATION)),
    *(_row(s, A.STANDARD_REVOKED) for s in _IN_FORCE),
    *(_row(s, A.STANDARD_REVOKED, "PC002") for s in (S.DRAFTING, S.CONSULTATION)),
)
"""The cycle as an explicit table; anything not in it is refused (see :data:`GUARDS`).

Superseding or revoking from drafting or consultation is only possible while an earlier version
is in force (a revision being drafted), hence the guard PC002 on those rows.
"""

_TABLE: Mapping[tuple[CycleStage | None, CycleAction], CycleTransition] = {
    (t.source, t.action): t for t in TRANSITIONS
}


# --- the state -------------------------------------------------------------------------------------


@attrs.frozen
class CycleState:
    """Where a policy stands after its history so far; rebuilt from the events by :func:`replay`.

    ``version`` is the current version (the one drafted during a revision); ``in_force_version`` the
    latest established one, which stays in force while its successor is drafted. Counts and dates
    of consultations are those of the current version; evaluation counts run since the version was
    established or last reviewed.
    """

    stage: CycleStage
    version: int
    started_on: dt.date
    """The date of the first event."""
    updated_on: dt.date
    """The date of the latest event."""
    events: int
    """How many events led here."""
    drafting_since: dt.date
    """When the current version's drafting started."""
    document_id: str | None = None
    consultations: int = 0
    community: tuple[ParticipantCategory, ...] = ()
    """The community groups consulted on the current version (the provider is not one)."""
    community_consulted_on: dt.date | None = None
    """The first consultation with the public on the current version (PC003)."""
    last_consulted_on: dt.date | None = None
    in_force_version: int | None = None
    established_on: dt.date | None = None
    """When the version in force was established."""
    establishment: Establishment | None = None
    charter_id: str | None = None
    chartered_on: dt.date | None = None
    applied_on: dt.date | None = None
    media: tuple[PublicationMedium, ...] = ()
    """Where the version in force was published."""
    evaluations: int = 0
    """Evaluation inputs since the version was established or last reviewed."""
    public_evaluations: int = 0
    """Of :attr:`evaluations`, those with the public's input."""
    last_evaluated_on: dt.date | None = None
    reviews: int = 0
    last_reviewed_on: dt.date | None = None
    ended_on: dt.date | None = None
    successor_id: str | None = None

    @property
    def last_established_or_reviewed(self) -> dt.date | None:
        """The later of :attr:`established_on` and :attr:`last_reviewed_on` (for review intervals)."""
        dates = [d for d in (self.established_on, self.last_reviewed_on) if d is not None]
        return max(dates, default=None)

    def describe(self, lang: Lang = "id") -> str:
        """One line for people: stage, version, and the version in force."""
        if lang == "en":
            line = f"{self.stage.label.en}, version {self.version}"
            if self.in_force_version is not None and self.in_force_version != self.version:
                line += f" (version {self.in_force_version} in force)"
            return line
        line = f"{self.stage.label.id}, versi {self.version}"
        if self.in_force_version is not None and self.in_force_version != self.version:
            line += f" (versi {self.in_force_version} berlaku)"
        return line


# --- the error -------------------------------------------------------------------------------------


class IllegalTransitionError(PelayananError, ValueError):
    """A move the cycle does not allow; names the rule (:attr:`code`) and cites the law.

    :attr:`field` locates the offending value inside the event (``("establishment", "signatory",
    "level")``); :attr:`variant` and :attr:`params` fill the guard's message template.
    """

    code: str
    variant: str
    params: Mapping[str, object]
    basis: tuple[Citation, ...]
    action: CycleAction
    stage: CycleStage | None
    on: dt.date
    field: tuple[str, ...]

    def __init__(
        self,
        code: str,
        event: CycleEvent,
        source: CycleStage | None,
        variant: str = "default",
        field: tuple[str, ...] = (),
        /,
        **params: object,
    ) -> None:
        guard = GUARDS[code]
        self.code, self.variant, self.field = code, variant, field
        self.action, self.stage, self.on = event.action, source, event.on
        self.params = MappingProxyType(params)
        self.basis = guard.basis_on(event.on)
        super().__init__(self.text("en"))

    @property
    def guard(self) -> CycleGuard:
        """The guard that refused the move."""
        return GUARDS[self.code]

    @property
    def message(self) -> Label:
        """What went wrong, in Indonesian and English."""
        template = self.guard.messages.get(self.variant, self.guard.messages["default"])
        return Label(
            template.id.format_map({k: render_value(v, "id") for k, v in self.params.items()}),
            template.en.format_map({k: render_value(v, "en") for k, v in self.params.items()}),
        )

    def text(self, lang: Lang = "id") -> str:
        """``"PC003: <message> [<citations>]"`` in ``lang``."""
        citations = "; ".join(str(c) for c in self.basis)
        return f"{self.code}: {self.message.text(lang)} [{citations}]"


# --- moving through the table ----------------------------------------------------------------------


def _allowed(stage: CycleStage) -> tuple[CycleAction, ...]:
    return tuple(t.action for t in TRANSITIONS if t.source is stage)


def _refusal(state: CycleState | None, event: CycleEvent) -> IllegalTransitionError:  # noqa: PLR0911  (one per refusal)
    """Why ``event`` cannot follow ``state`` by the table alone (the stage is wrong)."""
    action = event.action
    if state is None:
        return IllegalTransitionError(
            "PC002", event, None, "start", first=A.DRAFTING_STARTED, action=action
        )
    stage = state.stage
    params: dict[str, object] = {"action": action, "stage": stage, "version": state.version}
    before = stage.order
    if stage.is_final:
        return IllegalTransitionError("PC002", event, stage, "ended", **params)
    if action is A.DRAFTING_STARTED:
        return IllegalTransitionError(
            "PC002", event, stage, "restart", revision=A.REVISION_STARTED, **params
        )
    if action is A.CONSULTATION_HELD and stage in _IN_FORCE:
        return IllegalTransitionError(
            "PC003", event, stage, "late", on=event.on, established=state.established_on, **params
        )
    if action is A.STANDARD_ESTABLISHED and stage is S.DRAFTING:
        return IllegalTransitionError("PC003", event, stage, on=event.on, **params)
    if action is A.CHARTER_ISSUED and before < S.ESTABLISHED.order:
        return IllegalTransitionError("PC005", event, stage, **params)
    if action is A.STANDARD_APPLIED and before < S.ESTABLISHED.order:
        return IllegalTransitionError("PC006", event, stage, "not_established", **params)
    if action is A.STANDARD_APPLIED and stage is S.ESTABLISHED:
        return IllegalTransitionError("PC006", event, stage, **params)
    if action is A.STANDARD_REVIEWED and before < S.MONITORING.order:
        return IllegalTransitionError("PC007", event, stage, on=event.on, **params)
    if action is A.REVISION_STARTED:
        return IllegalTransitionError("PC008", event, stage, next=state.version + 1, **params)
    return IllegalTransitionError("PC002", event, stage, allowed=_allowed(stage), **params)


def _is_community(categories: tuple[ParticipantCategory, ...]) -> bool:
    """Whether a consultation involved the public: a community group, or groups not recorded.

    As in rule SP033, a consultation whose participants are not recorded is given the benefit of
    the doubt ("wrongly rejecting a valid value is worse than accepting an invalid one").
    """
    return not categories or any(c is not ParticipantCategory.PROVIDER for c in categories)


def _guard_checks(state: CycleState, event: CycleEvent) -> IllegalTransitionError | None:  # noqa: PLR0911
    """The checks of the transition itself (its ``guards``), for a move the table allows."""
    action, stage = event.action, state.stage
    params: dict[str, object] = {"action": action, "stage": stage, "version": state.version}
    if action in (A.STANDARD_SUPERSEDED, A.STANDARD_REVOKED) and state.in_force_version is None:
        return IllegalTransitionError("PC002", event, stage, "nothing_in_force", **params)
    if action is A.STANDARD_ESTABLISHED:
        consulted = state.community_consulted_on
        if state.consultations and consulted is None:
            return IllegalTransitionError("PC003", event, stage, "provider_only", **params)
        if consulted is None:
            return IllegalTransitionError("PC003", event, stage, on=event.on, **params)
        if consulted > event.on:
            return IllegalTransitionError(
                "PC003",
                event,
                stage,
                "predates",
                ("on",),
                on=event.on,
                consulted=consulted,
                **params,
            )
        decree = event.establishment
        if decree is None:
            return IllegalTransitionError(
                "PC004", event, stage, "no_decree", ("establishment",), **params
            )
        signatory = decree.signatory
        # A decree whose signatory is not recorded cannot be shown to be below the unit head;
        # refusing it would reject a valid establishment (rule SP043 asks for the signatory).
        if signatory is not None and signatory.level < OfficeLevel.UNIT_HEAD:
            return IllegalTransitionError(
                "PC004",
                event,
                stage,
                "default",
                ("establishment", "signatory", "level"),
                position=signatory.position or signatory.name or "?",
                level=signatory.level,
                **params,
            )
    if action is A.STANDARD_REVIEWED and state.evaluations == 0:
        since = state.last_reviewed_on or state.established_on or state.started_on
        return IllegalTransitionError(
            "PC007", event, stage, "no_input", on=event.on, since=since, **params
        )
    return None


def _expected_version(state: CycleState, action: CycleAction) -> int:
    return state.version + 1 if action is A.REVISION_STARTED else state.version


def _check(state: CycleState | None, event: CycleEvent) -> IllegalTransitionError | None:
    """The first reason ``event`` cannot follow ``state``, or ``None`` if it may."""
    source = None if state is None else state.stage
    if (source, event.action) not in _TABLE:
        return _refusal(state, event)
    if state is None:
        return None
    refused = _guard_checks(state, event)
    if refused is not None:
        return refused
    expected = _expected_version(state, event.action)
    if event.version != expected:
        return IllegalTransitionError(
            "PC009",
            event,
            state.stage,
            "default",
            ("version",),
            action=event.action,
            given=event.version,
            expected=expected,
        )
    if event.on < state.updated_on:
        return IllegalTransitionError(
            "PC001",
            event,
            state.stage,
            "default",
            ("on",),
            action=event.action,
            on=event.on,
            previous=state.updated_on,
        )
    return None


def _ordered(categories: Iterable[ParticipantCategory]) -> tuple[ParticipantCategory, ...]:
    chosen = set(categories)
    return tuple(c for c in ParticipantCategory if c in chosen)


def _media(media: Iterable[PublicationMedium]) -> tuple[PublicationMedium, ...]:
    chosen = set(media)
    return tuple(m for m in PublicationMedium if m in chosen)


def _effect(state: CycleState | None, event: CycleEvent) -> CycleState:  # noqa: PLR0911  (one per action)
    """The state after ``event``, without any check (the checks are :func:`_check`'s)."""
    on, action = event.on, event.action
    if state is None:
        return CycleState(S.DRAFTING, event.version, on, on, 1, on, document_id=event.document_id)
    base = attrs.evolve(state, stage=_TARGET[action], updated_on=on, events=state.events + 1)
    if action is A.DRAFTING_STARTED:
        return attrs.evolve(base, stage=state.stage)
    if action is A.CONSULTATION_HELD:
        community = _is_community(event.participant_categories)
        return attrs.evolve(
            base,
            consultations=state.consultations + 1,
            community=_ordered(
                [
                    *state.community,
                    *(c for c in event.participant_categories if c is not _PROVIDER),
                ]
            ),
            community_consulted_on=(
                state.community_consulted_on
                if state.community_consulted_on is not None or not community
                else on
            ),
            last_consulted_on=on,
        )
    if action is A.STANDARD_ESTABLISHED:
        return attrs.evolve(
            base,
            in_force_version=state.version,
            established_on=on,
            establishment=event.establishment,
            document_id=event.document_id or state.document_id,
            charter_id=None,
            chartered_on=None,
            applied_on=None,
            media=(),
            evaluations=0,
            public_evaluations=0,
        )
    if action is A.CHARTER_ISSUED:
        return attrs.evolve(base, charter_id=event.charter_id, chartered_on=on)
    if action is A.STANDARD_APPLIED:
        return attrs.evolve(
            base,
            applied_on=state.applied_on or on,
            media=_media([*state.media, *(p.medium for p in event.publications)]),
        )
    if action is A.EVALUATION_RECORDED:
        return attrs.evolve(
            base,
            evaluations=state.evaluations + 1,
            public_evaluations=state.public_evaluations + event.has_public_input,
            last_evaluated_on=on,
        )
    if action is A.STANDARD_REVIEWED:
        return attrs.evolve(base, reviews=state.reviews + 1, last_reviewed_on=on)
    if action is A.REVIEW_CONCLUDED_UNCHANGED:
        return attrs.evolve(base, evaluations=0, public_evaluations=0)
    if action is A.REVISION_STARTED:
        return attrs.evolve(
            base,
            version=state.version + 1,
            drafting_since=on,
            document_id=event.document_id,
            consultations=0,
            community=(),
            community_consulted_on=None,
            last_consulted_on=None,
        )
    return attrs.evolve(base, ended_on=on, successor_id=event.successor_id)


_INPUTS = (A.DRAFTING_STARTED, A.CONSULTATION_HELD, A.EVALUATION_RECORDED)


def _forced(state: CycleState | None, event: CycleEvent) -> CycleState:
    """The state after an *illegal* event, so that replay can go on and judge the next one.

    The event's facts are kept and its date becomes the latest. A milestone (establishment,
    charter, application, review, revision, end) moves the stage to its target, since it did
    happen, but never back and never out of an ended cycle; an input (a consultation, an
    evaluation, a second start) leaves the stage where it was. Later events are then judged on
    what happened, so one mistake does not make every later step illegal.
    """
    if state is None:
        start = _effect(None, event)
        if event.action in _INPUTS:
            return start
        return attrs.evolve(_effect(start, event), events=1)
    after = _effect(state, event)
    keep = (
        state.stage.is_final
        or event.action in _INPUTS
        or (event.action is not A.REVISION_STARTED and after.stage.order < state.stage.order)
    )
    return attrs.evolve(after, stage=state.stage) if keep else after


def advance(state: CycleState | None, event: CycleEvent) -> CycleState:
    """The state after ``event``, or :class:`IllegalTransitionError` if the cycle forbids it.

    The transition functions (:func:`establish`, ...) build the event and call this; use it
    directly to re-apply recorded events.
    """
    try:
        return machine.step(state, event, _refusals, _effect)
    except machine.GuardBroken as broken:
        raise broken.problems[0] from None


@attrs.frozen
class IllegalStep:
    """An event of a recorded history that the cycle forbids, with its position and the refusal."""

    index: int
    event: CycleEvent
    error: IllegalTransitionError = attrs.field(eq=False)


def _replay(
    events: Iterable[CycleEvent], *, lenient: bool
) -> tuple[CycleState | None, tuple[IllegalStep, ...]]:
    if not lenient:
        state: CycleState | None = None
        for event in events:
            state = advance(state, event)
        return state, ()
    final, refusals = machine.replay(None, events, _refusals, _effect, _forced)
    return final, tuple(IllegalStep(r.index, r.event, r.problem) for r in refusals)


def _refusals(state: CycleState | None, event: CycleEvent) -> list[IllegalTransitionError]:
    """The guard the event breaks, as a list for the shared state machine (empty: allowed)."""
    refused = _check(state, event)
    return [] if refused is None else [refused]


def replay(events: Iterable[CycleEvent], *, lenient: bool = False) -> CycleState | None:
    """The state a history leads to (``None`` for an empty one).

    Raises :class:`IllegalTransitionError` at the first illegal event unless ``lenient``; then
    illegal events are applied as far as they make sense (see :func:`illegal_steps`).
    """
    return _replay(events, lenient=lenient)[0]


def illegal_steps(events: Iterable[CycleEvent]) -> tuple[IllegalStep, ...]:
    """Every event of a history that the cycle forbids, each with its refusal.

    After an illegal event the replay goes on as if it had happened, without moving the stage back,
    so that one mistake does not make every later step illegal.

    >>> events = [
    ...     CycleEvent(CycleAction.DRAFTING_STARTED, dt.date(2023, 1, 2), 1),
    ...     CycleEvent(CycleAction.CHARTER_ISSUED, dt.date(2023, 1, 9), 1),
    ... ]
    >>> [(step.index, step.error.code) for step in illegal_steps(events)]
    [(1, 'PC005')]
    """
    return _replay(events, lenient=True)[1]


def _events_of(cycle: PolicyCycle | Iterable[CycleEvent]) -> Iterable[CycleEvent]:
    return cycle.events if isinstance(cycle, PolicyCycle) else cycle


def state_on(
    cycle: PolicyCycle | Iterable[CycleEvent], on: dt.date, *, lenient: bool = False
) -> CycleState | None:
    """The state on ``on``: the events dated on or before it, replayed (``None`` before the first).

    >>> events = [
    ...     CycleEvent(CycleAction.DRAFTING_STARTED, dt.date(2023, 1, 2), 1),
    ...     CycleEvent(CycleAction.CONSULTATION_HELD, dt.date(2023, 2, 1), 1),
    ... ]
    >>> state_on(events, dt.date(2023, 1, 31)).stage.value
    'drafting'
    >>> state_on(events, dt.date(2023, 1, 1)) is None
    True
    """
    return replay((e for e in _events_of(cycle) if e.on <= on), lenient=lenient)


def _state_permits(state: CycleState, transition: CycleTransition) -> bool:
    """The guards of ``transition`` that depend on the state alone (not on the event's contents)."""
    action = transition.action
    if action in (A.STANDARD_SUPERSEDED, A.STANDARD_REVOKED):
        return state.in_force_version is not None
    if action is A.STANDARD_ESTABLISHED:
        return state.community_consulted_on is not None
    if action is A.STANDARD_REVIEWED:
        return state.evaluations > 0
    return True


def legal_actions(state: CycleState | None) -> tuple[CycleAction, ...]:
    """The actions that may follow ``state``, in table order.

    An event may still be refused for what it carries (a decree signed by staff, PC004) or its
    date (PC001).

    >>> [a.value for a in legal_actions(None)]
    ['drafting_started']
    """
    if state is None:
        return (A.DRAFTING_STARTED,)
    return tuple(
        t.action for t in TRANSITIONS if t.source is state.stage and _state_permits(state, t)
    )


# --- one function per action -----------------------------------------------------------------------


def _version(state: CycleState | None, action: CycleAction) -> int:
    return 1 if state is None else _expected_version(state, action)


def _move(state: CycleState | None, event: CycleEvent) -> tuple[CycleState, CycleEvent]:
    return advance(state, event), event


def start_drafting(
    state: CycleState | None = None,
    *,
    on: dt.date,
    version: int = 1,
    document_id: str | None = None,
    team: Iterable[TeamMember] = (),
    note: str = "",
) -> tuple[CycleState, CycleEvent]:
    """Start a cycle: a standards team begins drafting (``drafting_started``).

    ``version`` may be above 1 when the history of earlier versions is not recorded.
    """
    event = CycleEvent(
        A.DRAFTING_STARTED, on, version, document_id=document_id, team=tuple(team), note=note
    )
    return _move(state, event)


def hold_consultation(
    state: CycleState | None,
    *,
    on: dt.date,
    form: ParticipationForm | None = ParticipationForm.CONSULTATION_FORUM,
    participant_categories: Iterable[ParticipantCategory] = (),
    forum_ids: Iterable[str] = (),
    survey_ids: Iterable[str] = (),
    complaint_ids: Iterable[str] = (),
    record_ids: Iterable[str] = (),
    minutes: DocumentRef | None = None,
    note: str = "",
) -> tuple[CycleState, CycleEvent]:
    """The draft was discussed with the public and stakeholders (``consultation_held``).

    UU 25/2009 Pasal 20 ayat (2): "dalam menyusun dan menetapkan standar pelayanan ...
    penyelenggara wajib mengikutsertakan masyarakat dan pihak terkait".
    """
    event = CycleEvent(
        A.CONSULTATION_HELD,
        on,
        _version(state, A.CONSULTATION_HELD),
        form=form,
        participant_categories=tuple(participant_categories),
        forum_ids=tuple(forum_ids),
        survey_ids=tuple(survey_ids),
        complaint_ids=tuple(complaint_ids),
        record_ids=tuple(record_ids),
        minutes=minutes,
        note=note,
    )
    return _move(state, event)


def establish(
    state: CycleState | None,
    establishment: Establishment,
    *,
    on: dt.date | None = None,
    document_id: str | None = None,
    note: str = "",
) -> tuple[CycleState, CycleEvent]:
    """The version was established by decree (``standard_established``; *penetapan*).

    ``on`` defaults to the decree's date; a decree without a date needs ``on``. Refused without an
    earlier consultation with the public (PC003) or with a decree below the unit head (PC004).
    """
    day = on or establishment.decided_on
    if day is None:
        msg = "the decree has no date: give the day of establishment as on=..."
        raise PelayananError(msg)
    event = CycleEvent(
        A.STANDARD_ESTABLISHED,
        day,
        _version(state, A.STANDARD_ESTABLISHED),
        document_id=document_id,
        establishment=establishment,
        note=note,
    )
    return _move(state, event)


def issue_charter(
    state: CycleState | None, *, on: dt.date, charter_id: str | None = None, note: str = ""
) -> tuple[CycleState, CycleEvent]:
    """The charter (*maklumat*) for the established version was issued (``charter_issued``)."""
    event = CycleEvent(
        A.CHARTER_ISSUED,
        on,
        _version(state, A.CHARTER_ISSUED),
        charter_id=charter_id,
        note=note,
    )
    return _move(state, event)


def apply_standard(
    state: CycleState | None,
    *,
    on: dt.date,
    publications: Iterable[Publication] = (),
    socialisation: Iterable[DocumentRef] = (),
    action_plan: DocumentRef | None = None,
    note: str = "",
) -> tuple[CycleState, CycleEvent]:
    """The standard was applied (``standard_applied``; *penerapan*): socialised, published, planned.

    May be recorded again while applied (a later publication, on SIPPN for instance).
    """
    event = CycleEvent(
        A.STANDARD_APPLIED,
        on,
        _version(state, A.STANDARD_APPLIED),
        publications=tuple(publications),
        socialisation=tuple(socialisation),
        action_plan=action_plan,
        note=note,
    )
    return _move(state, event)


def record_evaluation(
    state: CycleState | None,
    *,
    on: dt.date,
    form: ParticipationForm | None = None,
    survey_ids: Iterable[str] = (),
    complaint_ids: Iterable[str] = (),
    forum_ids: Iterable[str] = (),
    record_ids: Iterable[str] = (),
    participant_categories: Iterable[ParticipantCategory] = (),
    public_involved: bool = False,
    note: str = "",
) -> tuple[CycleState, CycleEvent]:
    """An input to monitoring and evaluation was recorded (``evaluation_recorded``).

    Surveys, complaints and forums are named by id. The public takes part "sampai dengan
    evaluasi" (UU 25/2009 Pasal 39 ayat (1)).
    """
    event = CycleEvent(
        A.EVALUATION_RECORDED,
        on,
        _version(state, A.EVALUATION_RECORDED),
        form=form,
        participant_categories=tuple(participant_categories),
        forum_ids=tuple(forum_ids),
        survey_ids=tuple(survey_ids),
        complaint_ids=tuple(complaint_ids),
        record_ids=tuple(record_ids),
        public_involved=public_involved,
        note=note,
    )
    return _move(state, event)


def review(
    state: CycleState | None,
    *,
    on: dt.date,
    minutes: DocumentRef | None = None,
    outcome: str = "",
    public_involved: bool = False,
    forum_ids: Iterable[str] = (),
    survey_ids: Iterable[str] = (),
    complaint_ids: Iterable[str] = (),
    participant_categories: Iterable[ParticipantCategory] = (),
    note: str = "",
) -> tuple[CycleState, CycleEvent]:
    """The standard was reviewed (``standard_reviewed``; *peninjauan ulang*), with its minutes.

    Refused without an evaluation input since the version was established or last reviewed (PC007).
    """
    event = CycleEvent(
        A.STANDARD_REVIEWED,
        on,
        _version(state, A.STANDARD_REVIEWED),
        participant_categories=tuple(participant_categories),
        forum_ids=tuple(forum_ids),
        survey_ids=tuple(survey_ids),
        complaint_ids=tuple(complaint_ids),
        public_involved=public_involved,
        minutes=minutes,
        outcome=outcome,
        note=note,
    )
    return _move(state, event)


def conclude_review(
    state: CycleState | None, *, on: dt.date, outcome: str = "", note: str = ""
) -> tuple[CycleState, CycleEvent]:
    """The review kept the standard as it is (``review_concluded_unchanged``); monitoring goes on."""
    event = CycleEvent(
        A.REVIEW_CONCLUDED_UNCHANGED,
        on,
        _version(state, A.REVIEW_CONCLUDED_UNCHANGED),
        outcome=outcome,
        note=note,
    )
    return _move(state, event)


def start_revision(
    state: CycleState | None,
    *,
    on: dt.date,
    document_id: str | None = None,
    team: Iterable[TeamMember] = (),
    note: str = "",
) -> tuple[CycleState, CycleEvent]:
    """The review led to a revision (``revision_started``): the next version is drafted.

    The version number goes up by one; the version in force stays in force until its successor
    is established.
    """
    event = CycleEvent(
        A.REVISION_STARTED,
        on,
        _version(state, A.REVISION_STARTED),
        document_id=document_id,
        team=tuple(team),
        note=note,
    )
    return _move(state, event)


def supersede(
    state: CycleState | None, *, on: dt.date, successor_id: str | None = None, note: str = ""
) -> tuple[CycleState, CycleEvent]:
    """Another policy replaced this one (``standard_superseded``); the cycle ends."""
    event = CycleEvent(
        A.STANDARD_SUPERSEDED,
        on,
        _version(state, A.STANDARD_SUPERSEDED),
        successor_id=successor_id,
        note=note,
    )
    return _move(state, event)


def revoke(
    state: CycleState | None,
    *,
    on: dt.date,
    establishment: Establishment | None = None,
    note: str = "",
) -> tuple[CycleState, CycleEvent]:
    """The policy was revoked (``standard_revoked``), by ``establishment`` if given; the cycle ends."""
    event = CycleEvent(
        A.STANDARD_REVOKED,
        on,
        _version(state, A.STANDARD_REVOKED),
        establishment=establishment,
        note=note,
    )
    return _move(state, event)


# --- the document ----------------------------------------------------------------------------------


@attrs.frozen
class PolicyCycle:
    """*Siklus kebijakan*: the history of a standard or policy, a JSON document of kind ``policy_cycle``.

    ``events`` load whatever the data holds, in its order; whether they form a legal history is for
    ``pelayanan validate`` (rules PC001–PC015) and :func:`illegal_steps` to say.
    """

    id: str = attrs.field(validator=non_empty)
    subject: str = attrs.field(validator=non_empty)
    """A stable name for the policy across its versions (each version's document is named in the
    events' ``document_id``)."""
    title: str = ""
    service_id: str | None = None
    unit_id: str | None = None
    provider_id: str | None = None
    events: tuple[CycleEvent, ...] = ()
    notes: str = ""

    def state(self, on: dt.date | None = None) -> CycleState | None:
        """The state after every event, or on ``on`` (see :func:`state_on`); strict."""
        return replay(self.events) if on is None else state_on(self, on)

    def with_event(self, event: CycleEvent) -> PolicyCycle:
        """A copy with ``event`` appended, if the cycle allows it (else the refusal is raised)."""
        advance(replay(self.events), event)
        return attrs.evolve(self, events=(*self.events, event))
