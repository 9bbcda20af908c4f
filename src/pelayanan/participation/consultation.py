"""*Forum Konsultasi Publik* (FKP): the public consultation forum (Permenpan RB 16/2017).

UU 25/2009 obliges providers to involve the public and related parties when they draft and
establish a service standard (Pasal 20 ayat (2)), by principles set in ayat (4): "tidak
diskriminatif, terkait langsung dengan jenis pelayanan, memiliki kompetensi dan mengutamakan
musyawarah, serta memperhatikan keberagaman". Participation runs "sejak penyusunan standar pelayanan
sampai dengan evaluasi dan pemberian penghargaan" (Pasal 39 ayat (1)). Permenpan RB 16/2017 gives it
a form: the FKP, "kegiatan dialog, diskusi pertukaran opini secara partisipatif antara penyelenggara
layanan publik dengan publik" about a draft policy, its application, its impact, its evaluation, or
problems with the service; face to face or not; in three stages (pre-implementation,
implementation, post-implementation). PEKPPP counts five groups of participants (*unsur masyarakat*)
and asks for minutes (*berita acara*), an attendance list (*daftar hadir*) and photographs as
evidence. Sources and what is verified: ``docs/sources/regulations.md`` §1.8, §1.15, §3.3 and §4.

A :class:`ConsultationForum` is a JSON document of kind ``consultation_forum``. It says what it
concerns: each :class:`StandardRef` names a standard version and whether the forum *drafted* it
(then the forum must come before the version's establishment, Pasal 20 ayat (2)) or *evaluated* or
discussed the *application* of a version already in force (then it comes after).

>>> import datetime as dt
>>> from pelayanan.model.participants import ParticipantCategory
>>> from pelayanan.participation.consultation import (
...     ConsultationForum,
...     ConsultationPurpose,
...     ForumFollowUp,
...     FollowUpStatus,
...     Participant,
...     PublicInput,
...     InputKind,
...     StandardRef,
... )
>>> forum = ConsultationForum(
...     id="fkp-2024",
...     theme="Evaluasi standar pelayanan DTKS",
...     held_on=dt.date(2024, 5, 2),
...     concerns=(StandardRef("sp-dtks-2023", ConsultationPurpose.EVALUATION, version=1),),
...     participants=(
...         Participant("warga-1", "Warga", ParticipantCategory.SERVICE_USERS),
...         Participant("tksk-1", "TKSK", ParticipantCategory.CIVIL_SOCIETY),
...         Participant("kadis", "Kepala Dinas", ParticipantCategory.PROVIDER),
...     ),
...     inputs=(PublicInput("usul-1", InputKind.PROPOSAL, "Pendaftaran daring", "warga-1"),),
...     follow_ups=(
...         ForumFollowUp("tl-1", "Kaji pendaftaran daring", "Sekretariat",
...                        due_on=dt.date(2024, 5, 31), input_ids=("usul-1",)),
...     ),
... )
>>> sorted(c.value for c in forum.community_categories())
['civil_society', 'service_users']
>>> [f.id for f in forum.overdue_follow_ups(dt.date(2024, 5, 31))]
[]
>>> [f.id for f in forum.overdue_follow_ups(dt.date(2024, 6, 1))]
['tl-1']
>>> forum.unanswered_inputs()
()

UNVERIFIED (regulations.md §4): the sub-steps of each stage (identify the issue, invite
participants, present, discuss, agree, sign the minutes, follow up, publish the results), minutes
(*notulen*), the publication of results and a follow-up plan as mandatory outputs. The model records
them; the rules that rest on them are warnings or information, marked unverified.
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._base.labels import LabelledEnum, register_labels
from .._base.validators import at_least, non_empty, optional, optional_non_empty
from ..model.components import Component
from ..model.participants import ParticipantCategory
from ..model.records import DocumentRef, FollowUpStatus, Official, Publication

__all__ = [
    "Agreement",
    "ConsultationForum",
    "ConsultationPurpose",
    "ConsultationTopic",
    "ForumFollowUp",
    "ForumMode",
    "ForumStage",
    "InputKind",
    "Participant",
    "ParticipantSelection",
    "PublicInput",
    "StageRecord",
    "StandardRef",
]


class ConsultationTopic(LabelledEnum):
    """What an FKP discusses: the five topics of the FKP definition (regulations.md §4, VERIFIED).

    "membahas, antara lain: rancangan kebijakan; penerapan kebijakan; dampak kebijakan; evaluasi
    pelaksanaan kebijakan, ataupun permasalahan terkait pelayanan publik".
    """

    DRAFT_POLICY = "draft_policy"
    POLICY_APPLICATION = "policy_application"
    POLICY_IMPACT = "policy_impact"
    POLICY_EVALUATION = "policy_evaluation"
    SERVICE_PROBLEMS = "service_problems"


register_labels(
    ConsultationTopic,
    {
        ConsultationTopic.DRAFT_POLICY: ("Rancangan kebijakan", "Draft policy"),
        ConsultationTopic.POLICY_APPLICATION: ("Penerapan kebijakan", "Application of a policy"),
        ConsultationTopic.POLICY_IMPACT: ("Dampak kebijakan", "Impact of a policy"),
        ConsultationTopic.POLICY_EVALUATION: (
            "Evaluasi pelaksanaan kebijakan",
            "Evaluation of a policy",
        ),
        ConsultationTopic.SERVICE_PROBLEMS: (
            "Permasalahan terkait pelayanan publik",
            "Problems with the public service",
        ),
    },
)


class ForumMode(LabelledEnum):
    """*Tatap muka* or *non tatap muka*: whether the forum met face to face.

    "FKP ini dapat berupa pertemuan tatap muka dan non tatap muka" (menpan.go.id; regulations.md §4,
    VERIFIED).
    """

    FACE_TO_FACE = "face_to_face"
    NOT_FACE_TO_FACE = "not_face_to_face"


register_labels(
    ForumMode,
    {
        ForumMode.FACE_TO_FACE: ("Tatap muka", "Face to face"),
        ForumMode.NOT_FACE_TO_FACE: ("Non tatap muka", "Not face to face (online or in writing)"),
    },
)


class ForumStage(LabelledEnum):
    """The three stages (*tahap*) of an FKP, in order (Permenpan RB 16/2017).

    "3 (tiga) tahap, yaitu: tahap pra pelaksanaan, tahap pelaksanaan, dan pasca pelaksanaan"
    (hukumonline; regulations.md §4, VERIFIED).

    What each stage holds is UNVERIFIED (from memory): preparing the issue, the materials and the
    invitations; the forum itself; follow-up, publication of the results and monitoring.
    """

    PRE_IMPLEMENTATION = "pre_implementation"
    IMPLEMENTATION = "implementation"
    POST_IMPLEMENTATION = "post_implementation"

    @property
    def order(self) -> int:
        """1 for pre-implementation, 2 for implementation, 3 for post-implementation."""
        return list(ForumStage).index(self) + 1


register_labels(
    ForumStage,
    {
        ForumStage.PRE_IMPLEMENTATION: ("Pra pelaksanaan", "Pre-implementation"),
        ForumStage.IMPLEMENTATION: ("Pelaksanaan", "Implementation"),
        ForumStage.POST_IMPLEMENTATION: ("Pasca pelaksanaan", "Post-implementation"),
    },
)


@attrs.frozen
class StageRecord:
    """One stage of the forum (*tahap*): when it ran and what was done."""

    stage: ForumStage
    started_on: dt.date
    ended_on: dt.date | None = None
    """The last day of the stage; ``None`` for a one-day stage or one still running."""
    activities: tuple[str, ...] = ()
    """What was done, as written (``"Menyusun daftar undangan"``)."""


class ConsultationPurpose(LabelledEnum):
    """Why a forum concerns a standard version: it drafted it, or it discussed one in force.

    The difference decides the order of dates (regulations.md R06): the public takes part in
    *drafting* before the version is established (UU 25/2009 Pasal 20 ayat (2)), while an
    evaluation or a discussion of its application looks back at a version already in force (Pasal 39
    ayat (1): participation runs "sampai dengan evaluasi").
    """

    DRAFTING = "drafting"
    APPLICATION = "application"
    EVALUATION = "evaluation"


register_labels(
    ConsultationPurpose,
    {
        ConsultationPurpose.DRAFTING: (
            "Penyusunan (pembahasan rancangan)",
            "Drafting (discussion of the draft)",
        ),
        ConsultationPurpose.APPLICATION: ("Penerapan", "Application"),
        ConsultationPurpose.EVALUATION: (
            "Evaluasi atau peninjauan ulang",
            "Evaluation or review",
        ),
    },
)


@attrs.frozen
class StandardRef:
    """A standard version the forum concerns, and whether it drafted or reviewed that version."""

    standard_id: str = attrs.field(validator=non_empty)
    """The id of the ``service_standard`` document (one document per version)."""
    purpose: ConsultationPurpose
    version: int | None = attrs.field(default=None, validator=optional(at_least(1)))
    """The version number, if the record gives it; checked against the standard when given."""


@attrs.frozen
class Participant:
    """A participant (*peserta*) of the forum, with the group (*unsur*) they belong to."""

    id: str = attrs.field(validator=non_empty)
    """Referred to by the inputs the participant gave."""
    name: str
    category: ParticipantCategory
    """One of the five *unsur masyarakat* of PEKPPP, or the provider itself."""
    organisation: str = ""
    """Where the participant comes from (``"Dinas Kesehatan Kota Jambi"``)."""
    represents: str = ""
    """Whom the participant speaks for (``"warga lanjut usia Kecamatan Jambi Timur"``)."""
    role: str = ""
    """The part played at the forum: ``"peserta"``, ``"narasumber"``, ``"moderator"``."""
    confidential: bool = False
    """The name is withheld when the record is published (a service user who asked for it)."""


@attrs.frozen
class ParticipantSelection:
    """How participants were chosen, so that the Pasal 20 ayat (4) principles can be shown.

    An open call lets anyone concerned take part (*tidak diskriminatif*); the criteria say why those
    invited are directly concerned and competent (*terkait langsung*, *memiliki kompetensi*).
    """

    open_call: bool = False
    """Whether the forum was announced to the public, besides the invitations."""
    criteria: str = ""
    """How invitees were chosen, as written."""


class InputKind(LabelledEnum):
    """What the public brings to the forum: *usulan, masukan, saran*.

    The FKP is two-way: "masyarakat dapat mengusulkan, memberikan masukan dan saran kepada
    penyelenggara" (the Pj. Wali Kota Jambi opening the Dinas Sosial FKP, 2 May 2024; seed article).
    """

    PROPOSAL = "proposal"
    INPUT = "input"
    SUGGESTION = "suggestion"


register_labels(
    InputKind,
    {
        InputKind.PROPOSAL: ("Usulan", "Proposal"),
        InputKind.INPUT: ("Masukan", "Input"),
        InputKind.SUGGESTION: ("Saran", "Suggestion"),
    },
)


@attrs.frozen
class PublicInput:
    """A proposal, input or suggestion from the public (*usulan, masukan, saran*), and who gave it."""

    id: str = attrs.field(validator=non_empty)
    kind: InputKind
    text: str
    given_by: str | None = attrs.field(default=None, validator=optional_non_empty)
    """The id of the participant who gave it; ``None`` for an unsigned written input."""
    standard_id: str | None = attrs.field(default=None, validator=optional_non_empty)
    """The standard the input is about, if any."""
    components: tuple[Component, ...] = ()
    """The Pasal 21 components it is about (``requirements``, ``procedure``, ...)."""


@attrs.frozen
class Agreement:
    """An agreement reached at the forum (*kesepakatan*), and the inputs it answers."""

    id: str = attrs.field(validator=non_empty)
    text: str
    input_ids: tuple[str, ...] = ()


@attrs.frozen
class ForumFollowUp:
    """A follow-up action (*rencana tindak lanjut*): what, who, by when, and how far it got.

    A follow-up plan as an output of the FKP is practice, UNVERIFIED as a legal requirement
    (regulations.md §4).
    """

    id: str = attrs.field(validator=non_empty)
    action: str
    owner: str
    """Who is responsible (``"Bidang Perlindungan dan Jaminan Sosial"``)."""
    due_on: dt.date | None = None
    status: FollowUpStatus = FollowUpStatus.PLANNED
    completed_on: dt.date | None = None
    input_ids: tuple[str, ...] = ()
    """The public inputs this action answers."""
    agreement_ids: tuple[str, ...] = ()
    """The agreements this action carries out."""
    note: str = ""

    def is_realised_by(self, on: dt.date) -> bool:
        """Whether the action was completed by ``on`` (a completion without a date counts).

        The record is a snapshot of today; judged as of an earlier day, an action completed later
        was still open then.
        """
        return self.status is FollowUpStatus.REALISED and (
            self.completed_on is None or self.completed_on <= on
        )

    def is_overdue(self, on: dt.date) -> bool:
        """Whether the action is still open on ``on`` although its due date has passed.

        Due on the 31st, it is on time on the 31st and overdue on the 1st. A cancelled action is
        never overdue; one completed after ``on`` was overdue on ``on`` if its due date had passed.
        """
        return (
            self.status is not FollowUpStatus.CANCELLED
            and not self.is_realised_by(on)
            and self.due_on is not None
            and self.due_on < on
        )


@attrs.frozen
class ConsultationForum:
    """*Forum Konsultasi Publik* (Permenpan RB 16/2017): a document of kind ``consultation_forum``.

    Only :attr:`id`, :attr:`theme` and :attr:`held_on` are required, so that an incomplete record
    still loads; the rules say what is missing.
    """

    id: str = attrs.field(validator=non_empty)
    theme: str
    """The forum's theme (*tema*), as announced."""
    held_on: dt.date
    """The day the forum was held (the first day if it ran longer)."""
    provider_id: str | None = attrs.field(default=None, validator=optional_non_empty)
    unit_id: str | None = attrs.field(default=None, validator=optional_non_empty)
    """The organising unit (*unit penyelenggara pelayanan publik*)."""
    topics: tuple[ConsultationTopic, ...] = ()
    mode: ForumMode | None = None
    venue: str = ""
    """Where it was held (``"Aula Bappeda Kota Jambi"``), or the platform for an online forum."""
    opened_by: Official | None = None

    concerns: tuple[StandardRef, ...] = attrs.field(default=(), kw_only=True)
    """The standard versions discussed, and whether the forum drafted or reviewed each."""
    policies: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    """Other policies discussed, by name or id (a draft Perwal, a maklumat, a programme)."""
    stages: tuple[StageRecord, ...] = attrs.field(default=(), kw_only=True)
    participant_selection: ParticipantSelection | None = attrs.field(default=None, kw_only=True)
    participants: tuple[Participant, ...] = attrs.field(default=(), kw_only=True)
    inputs: tuple[PublicInput, ...] = attrs.field(default=(), kw_only=True)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), kw_only=True)
    follow_ups: tuple[ForumFollowUp, ...] = attrs.field(default=(), kw_only=True)
    minutes: DocumentRef | None = attrs.field(default=None, kw_only=True)
    """The *berita acara* (PEKPPP evidence)."""
    attendance_list: DocumentRef | None = attrs.field(default=None, kw_only=True)
    """The *daftar hadir* (PEKPPP evidence)."""
    documentation: tuple[DocumentRef, ...] = attrs.field(default=(), kw_only=True)
    """Photographs and other documentation of the forum (*dokumentasi, foto kegiatan*)."""
    publications: tuple[Publication, ...] = attrs.field(default=(), kw_only=True)
    """Where the results were published (practice, UNVERIFIED as a duty)."""
    notes: str = attrs.field(default="", kw_only=True)

    def stage(self, stage: ForumStage) -> StageRecord | None:
        """The first record of ``stage``, if any."""
        return next((s for s in self.stages if s.stage is stage), None)

    def participant(self, participant_id: str) -> Participant | None:
        """The participant with ``participant_id``, if any."""
        return next((p for p in self.participants if p.id == participant_id), None)

    def community_categories(self) -> frozenset[ParticipantCategory]:
        """The *unsur masyarakat* present: every participant's category except the provider."""
        return frozenset(
            p.category for p in self.participants if p.category is not ParticipantCategory.PROVIDER
        )

    def unanswered_inputs(self) -> tuple[PublicInput, ...]:
        """The inputs no agreement and no follow-up action refers to."""
        answered = {i for a in self.agreements for i in a.input_ids} | {
            i for f in self.follow_ups for i in f.input_ids
        }
        return tuple(i for i in self.inputs if i.id not in answered)

    def overdue_follow_ups(self, on: dt.date) -> tuple[ForumFollowUp, ...]:
        """The follow-up actions still open on ``on`` after their due date."""
        return tuple(f for f in self.follow_ups if f.is_overdue(on))
