"""Rules for public consultation forums (*Forum Konsultasi Publik*, Permenpan RB 16/2017).

Codes FK001–FK020. The participation duty is UU 25/2009 Pasal 20 ayat (2) and Pasal 39; the
principles of participation are Pasal 20 ayat (4); the form, topics, modes and stages of a forum are
Permenpan RB 16/2017; the evidence (minutes, attendance list, photographs) and the count of
participant groups come from the PEKPPP instrument (regulations.md §4, §11 R05–R11). Rules about a
forum that has not been held yet on the check date look only at what can exist before it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterator

from ..._base.labels import Label
from ...model.participants import ParticipantCategory
from ...model.records import FollowUpStatus
from ...participation.consultation import (
    ConsultationForum,
    ConsultationPurpose,
    ForumFollowUp,
    ForumStage,
    StageRecord,
)
from .._engine import Context, Issue, Registry, Severity
from ._common import cite, open_status, pekppp_versions

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

FORUM = ("consultation_forum",)

_UU25 = "uu-25-2009"
_FKP = cite("permenpan-rb-16-2017", annex="")
_DUTY = (cite(_UU25, article="20", paragraph="2"), cite(_UU25, article="39", paragraph="1"))
_PRINCIPLES = cite(_UU25, article="20", paragraph="4")
_FOLLOW_UP_NOTE = (
    "Follow-up in the post-implementation stage, and answering each input, are practice: "
    "regulations.md §4 marks the stage sub-steps and a follow-up plan as UNVERIFIED outputs of "
    "Permenpan RB 16/2017."
)


def _held(forum: ConsultationForum, context: Context) -> bool:
    """Whether the forum has taken place by the check date (a forum on that day has)."""
    return forum.held_on <= context.as_of


def _lower(value: ForumStage | FollowUpStatus) -> Label:
    """A stage or status label to use inside a sentence."""
    return Label(value.label.id.lower(), value.label.en.lower())


def _community(forum: ConsultationForum) -> list[ParticipantCategory]:
    """The community groups present, in the order of :class:`ParticipantCategory`."""
    present = forum.community_categories()
    return [c for c in ParticipantCategory.community() if c in present]


# --- participation: UU 25/2009 Pasal 20 ayat (2) and (4) ------------------------------------------


@RULES.rule(
    "FK001",
    kinds=FORUM,
    severity=Severity.ERROR,
    title=("Masyarakat ikut serta dalam forum", "The public took part in the forum"),
    message=(
        "Forum tidak mencatat peserta dari unsur masyarakat; yang tercatat hanya penyelenggara.",
        "The forum records no participant from the public; only the provider took part.",
    ),
    variants={
        "none": ("Forum tidak mencatat pesertanya.", "The forum records no participants."),
    },
    hint=(
        (
            "Catat peserta dan unsurnya: pengguna layanan, ahli/praktisi/akademisi, instansi "
            "terkait, organisasi masyarakat sipil, media massa."
        ),
        (
            "Record the participants and their groups: service users, experts or academics, "
            "related agencies, civil-society organisations, the media."
        ),
    ),
    basis=_DUTY,
)
def public_took_part(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK001 (regulations.md R05): "wajib mengikutsertakan masyarakat dan pihak terkait"."""
    if not _held(forum, context):
        return
    if not forum.participants:
        yield Issue(("participants",), "none")
    elif not forum.community_categories():
        yield Issue(("participants",))


@RULES.rule(
    "FK002",
    kinds=FORUM,
    severity=Severity.ERROR,
    title=(
        "Forum penyusunan mendahului penetapan standar",
        "A drafting forum comes before the standard is established",
    ),
    message=(
        (
            "Forum pada {held} membahas rancangan standar {standard}, padahal standar itu telah "
            "ditetapkan pada {established}; masyarakat diikutsertakan sebelum penetapan."
        ),
        (
            "The forum of {held} discussed the draft of standard {standard}, which had already "
            "been established on {established}; the public takes part before establishment."
        ),
    ),
    hint=(
        (
            "Jika forum mengevaluasi standar yang berlaku, catat tujuannya sebagai evaluasi; jika "
            "forum menyusun versi baru, rujuk dokumen standar versi baru itu."
        ),
        (
            "If the forum evaluated the standard in force, record the purpose as evaluation; if it "
            "drafted a new version, refer to that version's standard document."
        ),
    ),
    basis=_DUTY,
    cross_document=True,
    note="The order (forum before establishment) is an inference from Pasal 20 ayat (2), "
    '"dalam menyusun dan menetapkan standar pelayanan ... wajib mengikutsertakan masyarakat" '
    "(regulations.md R06). A forum on the day of the decree counts as before it, as in SP034.",
)
def drafting_forum_precedes_establishment(
    forum: ConsultationForum, context: Context
) -> Iterator[Issue]:
    """FK002 (regulations.md R06); checked when the standards are given in the same run."""
    index = context.index
    if index is None:
        return
    for position, ref in enumerate(forum.concerns):
        standard = index.standards.get(ref.standard_id)
        if (
            ref.purpose is not ConsultationPurpose.DRAFTING
            or standard is None
            or (ref.version is not None and ref.version != standard.version)
            or standard.established_on is None
        ):
            continue
        if forum.held_on > standard.established_on:
            yield Issue(
                ("concerns", position),
                held=forum.held_on,
                standard=standard.id,
                established=standard.established_on,
            )


@RULES.rule(
    "FK003",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Peserta forum beragam", "Forum participants are diverse"),
    message=(
        (
            "Forum melibatkan {count} unsur masyarakat ({groups}); asas keberagaman menghendaki "
            "paling sedikit {minimum}."
        ),
        (
            "The forum involved {count} community group(s) ({groups}); diversity asks for at "
            "least {minimum}."
        ),
    ),
    hint=(
        (
            "Undang pula unsur lain: pengguna layanan, ahli/akademisi, instansi terkait, "
            "organisasi masyarakat sipil, media massa."
        ),
        (
            "Invite other groups as well: service users, experts or academics, related agencies, "
            "civil-society organisations, the media."
        ),
    ),
    basis=(_PRINCIPLES,),
    note='Pasal 20 ayat (4) "memperhatikan keberagaman" is verified text; the minimum number of '
    "groups is a design choice (ValidationConfig.min_community_categories, default 2; "
    "regulations.md R07).",
)
def participants_are_diverse(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK003 (regulations.md R07). A forum without any community group is FK001's case."""
    groups = _community(forum)
    minimum = context.config.min_community_categories
    if _held(forum, context) and 0 < len(groups) < minimum:
        yield Issue(("participants",), count=len(groups), groups=groups, minimum=minimum)


@RULES.rule(
    "FK004",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Pengguna layanan ikut serta", "Service users took part"),
    message=(
        (
            "Tidak ada peserta dari masyarakat pengguna layanan; pengikutsertaan masyarakat "
            "terkait langsung dengan jenis pelayanan."
        ),
        (
            "No participant is a user of the service; the public involved is to be directly "
            "concerned by the service."
        ),
    ),
    hint=(
        "Undang pengguna layanan yang dibahas, atau wakil mereka.",
        "Invite users of the service discussed, or their representatives.",
    ),
    basis=(_PRINCIPLES,),
    note='Reading Pasal 20 ayat (4) "terkait langsung dengan jenis pelayanan" as "users of the '
    "service are among the participants\" is this library's interpretation.",
)
def service_users_took_part(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK004: Pasal 20 ayat (4), *terkait langsung dengan jenis pelayanan*."""
    groups = forum.community_categories()
    if _held(forum, context) and groups and ParticipantCategory.SERVICE_USERS not in groups:
        yield Issue(("participants",))


@RULES.rule(
    "FK005",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Forum mencapai kesepakatan", "The forum reached agreements"),
    message=(
        ("Forum tidak mencatat kesepakatan; pengikutsertaan masyarakat mengutamakan musyawarah."),
        (
            "The forum records no agreement; involving the public puts deliberation "
            "(musyawarah) first."
        ),
    ),
    hint=(
        "Catat kesepakatan yang dicapai bersama peserta, sebagaimana dituangkan dalam berita acara.",
        "Record the agreements reached with the participants, as written in the minutes.",
    ),
    basis=(_PRINCIPLES, _FKP),
    obligation=_FKP,
    verified=False,
    note='Pasal 20 ayat (4) "mengutamakan musyawarah" is verified text; agreements (kesepakatan) as '
    "the outcome of the forum are a stage sub-step regulations.md §4 marks UNVERIFIED.",
)
def forum_reached_agreements(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK005: Pasal 20 ayat (4), *mengutamakan musyawarah*."""
    if _held(forum, context) and not forum.agreements:
        yield Issue(("agreements",))


@RULES.rule(
    "FK006",
    kinds=FORUM,
    severity=Severity.INFO,
    title=("Cara memilih peserta tercatat", "How participants were chosen is recorded"),
    message=(
        (
            "Forum tidak mencatat bagaimana peserta dipilih; hanya catatan itu yang menunjukkan "
            "peserta dipilih tanpa diskriminasi dan karena kompetensinya."
        ),
        (
            "The forum does not record how participants were chosen; only such a record shows "
            "they were chosen without discrimination and for their competence."
        ),
    ),
    hint=(
        "Catat apakah forum diumumkan terbuka dan kriteria pemilihan undangan.",
        "Record whether the forum was announced publicly and how invitees were chosen.",
    ),
    basis=(_PRINCIPLES,),
)
def selection_is_recorded(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK006: Pasal 20 ayat (4), *tidak diskriminatif* and *memiliki kompetensi*."""
    selection = forum.participant_selection
    if selection is None or (
        not selection.open_call and context.config.is_placeholder(selection.criteria)
    ):
        yield Issue(("participant_selection",))


@pekppp_versions(
    RULES,
    "FK007",
    kinds=FORUM,
    severity=Severity.INFO,
    title=(
        "Nilai PEKPPP untuk unsur peserta",
        "PEKPPP score for the participant groups",
    ),
    message=(
        (
            "Forum melibatkan {count} unsur masyarakat; PEKPPP memberi nilai {score}, dan nilai "
            "tertinggi (5) untuk lebih dari 4 unsur. Belum terlibat: {missing}."
        ),
        (
            "The forum involved {count} community group(s); PEKPPP scores this {score} and gives "
            "its top score (5) for more than 4. Not involved: {missing}."
        ),
    ),
    hint=(
        (
            "Libatkan kelima unsur: pengguna layanan, ahli/praktisi/akademisi, instansi terkait, "
            "organisasi masyarakat sipil, media massa."
        ),
        (
            "Involve all five groups: service users, experts or academics, related agencies, "
            "civil-society organisations, the media."
        ),
    ),
)
def pekppp_counts_five_groups(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK007 (regulations.md R08): skala 1–4 "minimal N unsur", 5 "lebih dari 4 unsur"."""
    groups = _community(forum)
    count = len(groups)
    if _held(forum, context) and 0 < count <= 4:
        missing = [c for c in ParticipantCategory.community() if c not in groups]
        yield Issue(("participants",), count=count, score=count, missing=missing)


# --- evidence, topic, mode, stages: Permenpan RB 16/2017 and PEKPPP -------------------------------


@pekppp_versions(
    RULES,
    "FK008",
    common=(_FKP,),
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Berita acara dan daftar hadir", "Minutes and attendance list"),
    message=(
        "Forum tidak disertai berita acara.",
        "The forum has no minutes (berita acara).",
    ),
    variants={
        "attendance": (
            "Forum tidak disertai daftar hadir.",
            "The forum has no attendance list (daftar hadir).",
        ),
    },
    hint=(
        "Lampirkan berita acara yang ditandatangani dan daftar hadir peserta.",
        "Attach the signed minutes and the participants' attendance list.",
    ),
)
def minutes_and_attendance_list(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK008 (regulations.md R09): PEKPPP asks for "Berita Acara" and "Daftar Hadir"."""
    if not _held(forum, context):
        return
    if forum.minutes is None:
        yield Issue(("minutes",))
    if forum.attendance_list is None:
        yield Issue(("attendance_list",), "attendance")


@pekppp_versions(
    RULES,
    "FK009",
    kinds=FORUM,
    severity=Severity.INFO,
    title=("Dokumentasi kegiatan", "Documentation of the forum"),
    message=(
        "Forum tidak disertai dokumentasi (foto kegiatan).",
        "The forum has no documentation (photographs).",
    ),
    hint=(
        "Lampirkan foto atau dokumentasi lain dari kegiatan forum.",
        "Attach photographs or other documentation of the forum.",
    ),
)
def forum_is_documented(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK009 (regulations.md R09, "+ dokumentasi"): PEKPPP lists "Foto Kegiatan"."""
    if _held(forum, context) and not forum.documentation:
        yield Issue(("documentation",))


@RULES.rule(
    "FK010",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Topik dan bentuk forum tercatat", "The forum's topic and mode are recorded"),
    message=(
        (
            "Forum tidak menyebut topiknya (rancangan kebijakan, penerapan kebijakan, dampak "
            "kebijakan, evaluasi kebijakan, atau permasalahan pelayanan)."
        ),
        (
            "The forum does not say its topic (a draft policy, the application, impact or "
            "evaluation of a policy, or problems with the service)."
        ),
    ),
    variants={
        "mode": (
            "Forum tidak menyebut apakah diselenggarakan tatap muka atau non tatap muka.",
            "The forum does not say whether it met face to face or not.",
        ),
    },
    hint=("Catat topik dan bentuk forum.", "Record the forum's topic and mode."),
    basis=(_FKP,),
)
def topic_and_mode_are_recorded(forum: ConsultationForum, _: Context) -> Iterator[Issue]:
    """FK010 (regulations.md R10)."""
    if not forum.topics:
        yield Issue(("topics",))
    if forum.mode is None:
        yield Issue(("mode",), "mode")


def _last_day(record: StageRecord) -> dt.date:
    return record.ended_on or record.started_on


@RULES.rule(
    "FK011",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=(
        "Tiga tahap forum berurutan",
        "The three stages of the forum, in order",
    ),
    message=(
        "Tahap forum belum dicatat: {stages}.",
        "Stages of the forum not recorded: {stages}.",
    ),
    variants={
        "duplicate": (
            "Tahap {stage} dicatat lebih dari sekali.",
            "The {stage} stage is recorded more than once.",
        ),
        "reversed": (
            "Tahap {stage} berakhir ({end}) sebelum dimulai ({start}).",
            "The {stage} stage ends ({end}) before it starts ({start}).",
        ),
        "order": (
            "Tahap {stage} dimulai ({start}) sebelum tahap {previous} selesai ({previous_end}).",
            "The {stage} stage starts ({start}) before the {previous} stage ends ({previous_end}).",
        ),
        "held_on": (
            "Forum diadakan pada {held}, di luar tahap pelaksanaan yang tercatat ({start}–{end}).",
            (
                "The forum was held on {held}, outside the recorded implementation stage "
                "({start}–{end})."
            ),
        ),
    },
    hint=(
        (
            "Catat tahap pra pelaksanaan, pelaksanaan, dan pasca pelaksanaan dengan tanggalnya, "
            "berurutan."
        ),
        "Record the pre-implementation, implementation and post-implementation stages in order.",
    ),
    basis=(_FKP,),
)
def stages_are_in_order(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK011 (regulations.md R11): "pra pelaksanaan, pelaksanaan, dan pasca pelaksanaan".

    A stage may start the day the one before it ends. Once the forum is held, the first two stages
    are expected; from the next day on, the third as well.
    """
    if _held(forum, context):
        expected = [ForumStage.PRE_IMPLEMENTATION, ForumStage.IMPLEMENTATION]
        if forum.held_on < context.as_of:
            expected.append(ForumStage.POST_IMPLEMENTATION)
        missing = [s for s in expected if forum.stage(s) is None]
        if missing:
            yield Issue(("stages",), stages=[_lower(s) for s in missing])
    seen: set[ForumStage] = set()
    for position, record in enumerate(forum.stages):
        if record.stage in seen:
            yield Issue(("stages", position, "stage"), "duplicate", stage=_lower(record.stage))
        seen.add(record.stage)
        if record.ended_on is not None and record.ended_on < record.started_on:
            yield Issue(
                ("stages", position, "ended_on"),
                "reversed",
                stage=_lower(record.stage),
                start=record.started_on,
                end=record.ended_on,
            )
    ordered = sorted(enumerate(forum.stages), key=lambda pair: pair[1].stage.order)
    for (_, previous), (position, record) in itertools.pairwise(ordered):
        if previous.stage is not record.stage and record.started_on < _last_day(previous):
            yield Issue(
                ("stages", position, "started_on"),
                "order",
                stage=_lower(record.stage),
                start=record.started_on,
                previous=_lower(previous.stage),
                previous_end=_last_day(previous),
            )
    implementation = forum.stage(ForumStage.IMPLEMENTATION)
    if implementation is not None:
        start, end = implementation.started_on, _last_day(implementation)
        if not start <= forum.held_on <= end:
            yield Issue(("held_on",), "held_on", held=forum.held_on, start=start, end=end)


@RULES.rule(
    "FK012",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Masukan masyarakat tercatat", "The public's input is recorded"),
    message=(
        (
            "Forum tidak mencatat usulan, masukan, atau saran dari masyarakat; FKP adalah dialog "
            "dua arah."
        ),
        (
            "The forum records no proposal, input or suggestion from the public; an FKP is a "
            "two-way dialogue."
        ),
    ),
    hint=(
        "Catat setiap usulan, masukan, dan saran beserta pemberinya.",
        "Record each proposal, input and suggestion and who gave it.",
    ),
    basis=(_FKP, cite(_UU25, article="39", paragraph="2")),
)
def inputs_are_recorded(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK012: the FKP is "dialog, diskusi pertukaran opini secara partisipatif" (§4, VERIFIED)."""
    if _held(forum, context) and not forum.inputs:
        yield Issue(("inputs",))


# --- follow-up: the post-implementation stage ------------------------------------------------------


@RULES.rule(
    "FK013",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Setiap masukan ditanggapi", "Each input is answered"),
    message=(
        "{kind} '{id}' tidak ditanggapi dengan kesepakatan atau tindak lanjut.",
        "{kind} '{id}' is answered by no agreement and no follow-up action.",
    ),
    hint=(
        (
            "Rujuk masukan ini dari kesepakatan atau tindak lanjut, termasuk bila masukan tidak "
            "dapat dipenuhi (dengan alasannya)."
        ),
        (
            "Refer to this input from an agreement or a follow-up action, also when it cannot be "
            "met (saying why)."
        ),
    ),
    basis=(_FKP,),
    verified=False,
    note=_FOLLOW_UP_NOTE,
)
def inputs_are_answered(forum: ConsultationForum, _: Context) -> Iterator[Issue]:
    """FK013: the public's input must be answered (two-way dialogue)."""
    unanswered = {i.id for i in forum.unanswered_inputs()}
    for position, given in enumerate(forum.inputs):
        if given.id in unanswered:
            yield Issue(("inputs", position), kind=given.kind, id=given.id)


@RULES.rule(
    "FK014",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Tindak lanjut tepat waktu", "Follow-up actions are on time"),
    message=(
        "Tindak lanjut '{id}' ({owner}) jatuh tempo {due} dan masih {status} pada {as_of}.",
        "Follow-up '{id}' ({owner}) was due on {due} and is still {status} on {as_of}.",
    ),
    hint=(
        (
            "Selesaikan tindak lanjut dan perbarui statusnya, atau tetapkan tanggal baru beserta "
            "alasannya."
        ),
        "Complete the action and update its status, or set a new date and say why.",
    ),
    basis=(_FKP,),
    verified=False,
    note=_FOLLOW_UP_NOTE,
)
def follow_ups_are_on_time(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK014: an open action due before the check date is overdue (due that day is on time)."""
    for position, action in enumerate(forum.follow_ups):
        if action.is_overdue(context.as_of):
            yield Issue(
                ("follow_ups", position, "due_on"),
                id=action.id,
                owner=action.owner or "?",
                due=action.due_on,
                status=open_status(action.status),
                as_of=context.as_of,
            )


def _follow_up_dates(
    position: int, action: ForumFollowUp, forum: ConsultationForum, context: Context
) -> Iterator[Issue]:
    done = action.status is FollowUpStatus.REALISED
    if done and action.completed_on is None:
        yield Issue(("follow_ups", position, "completed_on"), id=action.id)
    if not done and action.completed_on is not None:
        yield Issue(
            ("follow_ups", position, "status"),
            "not_done",
            id=action.id,
            completed=action.completed_on,
            status=_lower(action.status),
        )
    for field, date, what in (
        ("due_on", action.due_on, Label("jatuh tempo", "is due")),
        ("completed_on", action.completed_on, Label("selesai", "was completed")),
    ):
        if date is not None and date < forum.held_on:
            yield Issue(
                ("follow_ups", position, field),
                "before_forum",
                id=action.id,
                what=what,
                date=date,
                held=forum.held_on,
            )
    if action.completed_on is not None and action.completed_on > context.as_of:
        yield Issue(
            ("follow_ups", position, "completed_on"),
            "after_check",
            id=action.id,
            completed=action.completed_on,
            as_of=context.as_of,
        )


@RULES.rule(
    "FK015",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Catatan tindak lanjut runtut", "Follow-up records are consistent"),
    message=(
        "Tindak lanjut '{id}' berstatus selesai tanpa tanggal selesai.",
        "Follow-up '{id}' is marked done without a completion date.",
    ),
    variants={
        "not_done": (
            "Tindak lanjut '{id}' bertanggal selesai {completed} tetapi berstatus {status}.",
            "Follow-up '{id}' has a completion date ({completed}) but is {status}.",
        ),
        "before_forum": (
            "Tindak lanjut '{id}' {what} pada {date}, sebelum forum diadakan ({held}).",
            "Follow-up '{id}' {what} on {date}, before the forum was held ({held}).",
        ),
        "after_check": (
            "Tindak lanjut '{id}' selesai pada {completed}, sesudah tanggal pemeriksaan {as_of}.",
            "Follow-up '{id}' was completed on {completed}, after the check date {as_of}.",
        ),
    },
    hint=(
        "Samakan status dan tanggal tindak lanjut.",
        "Make the follow-up's status and dates agree.",
    ),
    basis=(_FKP,),
    verified=False,
    note=_FOLLOW_UP_NOTE,
)
def follow_ups_are_consistent(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK015: status and dates of each follow-up action agree with each other and the forum."""
    for position, action in enumerate(forum.follow_ups):
        yield from _follow_up_dates(position, action, forum, context)


# --- the record itself --------------------------------------------------------------------------------

_PARTICIPANT = Label("peserta", "participant")
_INPUT = Label("masukan", "input")
_AGREEMENT = Label("kesepakatan", "agreement")
_FOLLOW_UP = Label("tindak lanjut", "follow-up")


@RULES.rule(
    "FK016",
    kinds=FORUM,
    severity=Severity.ERROR,
    title=("Rujukan dalam catatan forum sah", "References within the forum record resolve"),
    message=(
        "Kode {what} '{id}' dipakai lebih dari sekali.",
        "The {what} id '{id}' is used more than once.",
    ),
    variants={
        "unknown": (
            "Rujukan ke {what} '{id}' tidak ditemukan dalam catatan forum.",
            "The reference to {what} '{id}' is not found in the forum record.",
        ),
    },
    hint=(
        (
            "Beri setiap peserta, masukan, kesepakatan, dan tindak lanjut kode yang berbeda, dan "
            "rujuk dengan kode itu."
        ),
        (
            "Give every participant, input, agreement and follow-up its own id, and refer to "
            "them by it."
        ),
    ),
    integrity=True,
)
def references_resolve(forum: ConsultationForum, _: Context) -> Iterator[Issue]:
    """FK016: who gave an input, and what answers it, must be unambiguous."""
    groups: tuple[tuple[str, Label, tuple[str, ...]], ...] = (
        ("participants", _PARTICIPANT, tuple(p.id for p in forum.participants)),
        ("inputs", _INPUT, tuple(i.id for i in forum.inputs)),
        ("agreements", _AGREEMENT, tuple(a.id for a in forum.agreements)),
        ("follow_ups", _FOLLOW_UP, tuple(f.id for f in forum.follow_ups)),
    )
    for field, what, ids in groups:
        seen: Counter[str] = Counter()
        for position, identifier in enumerate(ids):
            seen[identifier] += 1
            if seen[identifier] == 2:
                yield Issue((field, position, "id"), what=what, id=identifier)
    participants = set(groups[0][2])
    inputs, agreements = set(groups[1][2]), set(groups[2][2])
    for position, given in enumerate(forum.inputs):
        if given.given_by is not None and given.given_by not in participants:
            yield Issue(
                ("inputs", position, "given_by"), "unknown", what=_PARTICIPANT, id=given.given_by
            )
    for position, agreement in enumerate(forum.agreements):
        for number, ref in enumerate(agreement.input_ids):
            if ref not in inputs:
                yield Issue(
                    ("agreements", position, "input_ids", number), "unknown", what=_INPUT, id=ref
                )
    for position, action in enumerate(forum.follow_ups):
        for field, what, known, refs in (
            ("input_ids", _INPUT, inputs, action.input_ids),
            ("agreement_ids", _AGREEMENT, agreements, action.agreement_ids),
        ):
            for number, ref in enumerate(refs):
                if ref not in known:
                    yield Issue(
                        ("follow_ups", position, field, number), "unknown", what=what, id=ref
                    )


@RULES.rule(
    "FK017",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Pokok bahasan forum tercatat", "What the forum discussed is recorded"),
    message=(
        "Forum tidak menyebut standar pelayanan atau kebijakan yang dibahasnya.",
        "The forum names no service standard or policy that it discussed.",
    ),
    hint=(
        (
            "Rujuk standar yang dibahas (dan apakah forum menyusun atau mengevaluasinya), atau sebut "
            "kebijakannya."
        ),
        (
            "Refer to the standards discussed (and whether the forum drafted or evaluated them), or "
            "name the policy."
        ),
    ),
    basis=(_FKP,),
)
def subject_is_recorded(forum: ConsultationForum, _: Context) -> Iterator[Issue]:
    """FK017: an FKP discusses a policy or a service problem (the FKP definition, §4)."""
    if not forum.concerns and not forum.policies:
        yield Issue(("concerns",))


@RULES.rule(
    "FK018",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=("Penyelenggara forum tercatat", "The forum's organiser is recorded"),
    message=(
        "Forum tidak menyebut penyelenggara atau unit penyelenggaranya.",
        "The forum names neither its provider nor its organising unit.",
    ),
    hint=(
        "Catat kode penyelenggara dan unit yang menyelenggarakan forum.",
        "Record the ids of the provider and the unit that organised the forum.",
    ),
    basis=(_FKP,),
)
def organiser_is_recorded(forum: ConsultationForum, _: Context) -> Iterator[Issue]:
    """FK018: an FKP is held "di lingkungan unit penyelenggara pelayanan publik"."""
    if forum.provider_id is None and forum.unit_id is None:
        yield Issue(("unit_id",))


@RULES.rule(
    "FK019",
    kinds=FORUM,
    severity=Severity.WARNING,
    title=(
        "Standar yang dibahas sesuai data",
        "The standards discussed match the data",
    ),
    message=(
        "Forum merujuk standar {standard} yang tidak ada dalam data yang diperiksa.",
        "The forum refers to standard {standard}, which is not in the data checked.",
    ),
    variants={
        "version": (
            "Forum merujuk standar {standard} versi {version}, tetapi dokumen itu versi {actual}.",
            (
                "The forum refers to version {version} of standard {standard}, but that document is "
                "version {actual}."
            ),
        ),
        "not_in_force": (
            (
                "Forum pada {held} ({purpose}) membahas standar {standard} yang {state}; forum yang "
                "menyusun standar dicatat dengan tujuan penyusunan."
            ),
            (
                "The forum of {held} ({purpose}) discussed standard {standard}, which {state}; a forum "
                "that drafted a standard is recorded with the purpose drafting."
            ),
        ),
    },
    hint=(
        "Periksa kode, versi, dan tujuan setiap standar yang dirujuk forum.",
        "Check the id, version and purpose of each standard the forum refers to.",
    ),
    basis=_DUTY,
    cross_document=True,
)
def concerned_standards_match(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK019: checked when standards are given in the same run."""
    index = context.index
    if index is None or not index.has("service_standard"):
        return
    for position, ref in enumerate(forum.concerns):
        path = ("concerns", position)
        standard = index.standards.get(ref.standard_id)
        if standard is None:
            yield Issue(path, standard=ref.standard_id)
            continue
        if ref.version is not None and ref.version != standard.version:
            yield Issue(
                (*path, "version"),
                "version",
                standard=standard.id,
                version=ref.version,
                actual=standard.version,
            )
            continue
        established = standard.established_on
        if ref.purpose is ConsultationPurpose.DRAFTING:
            continue
        if established is None:
            state = Label("belum ditetapkan", "was not established")
        elif forum.held_on < established:
            state = Label(
                f"baru ditetapkan pada {established.isoformat()}",
                f"was only established on {established.isoformat()}",
            )
        else:
            continue
        yield Issue(
            (*path, "purpose"),
            "not_in_force",
            held=forum.held_on,
            purpose=ref.purpose,
            standard=standard.id,
            state=state,
        )


@RULES.rule(
    "FK020",
    kinds=FORUM,
    severity=Severity.INFO,
    title=("Hasil forum dipublikasikan", "The results of the forum are published"),
    message=(
        "Hasil forum belum dipublikasikan.",
        "The results of the forum have not been published.",
    ),
    hint=(
        "Umumkan hasil forum dan tindak lanjutnya, lalu catat media publikasinya.",
        "Announce the forum's results and follow-up, and record where.",
    ),
    basis=(_FKP,),
    verified=False,
    note="Publishing the results in the post-implementation stage is practice; regulations.md §4 "
    "marks it UNVERIFIED.",
)
def results_are_published(forum: ConsultationForum, context: Context) -> Iterator[Issue]:
    """FK020: *publikasi hasil* (pasca pelaksanaan, UNVERIFIED)."""
    if _held(forum, context) and not forum.publications:
        yield Issue(("publications",))
