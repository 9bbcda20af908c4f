"""Rules for complaints (*pengaduan*, UU 25/2009 Pasal 40–50; Perpres 76/2013; SP4N-LAPOR!).

Codes: PG001–PG007 are the time limits and duties of regulations.md R23–R27 (their figures and
units come from :attr:`ValidationConfig.complaint_policy <pelayanan.ValidationConfig>`), PG008 is
confidentiality (R28), PG009–PG011 check a history loaded from JSON the way
:func:`pelayanan.participation.complaints.advance` guards a new one, PG012 checks the unit's own response tier
from its standard (across documents) and PG013 a proxy's power of attorney.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..._base.labels import Label
from ...law import Citation
from ...model.records import ContactPoint
from ...model.standards import version_in_force
from ...participation.complaints import (
    COMPLAINT_POLICY,
    ELECTRONIC_CHANNELS,
    FINISHED,
    Complaint,
    ComplaintClassification,
    ComplaintDeadline,
    ComplaintDeadlineKind,
    ComplaintGuard,
    ComplaintStatus,
    ComplaintTimeLimit,
    check_history,
    deadlines,
)
from ...time.calendar import GOVERNMENT_CALENDAR
from .._engine import Context, Issue, Registry, Rule, Severity, rule
from ._common import after_transition, cite

if TYPE_CHECKING:
    from ..index import Index, StandardSummary

__all__ = ["RULES", "standard_for"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

COMPLAINT = ("complaint",)
_UU25 = "uu-25-2009"
_K = ComplaintDeadlineKind


def _basis(limit: ComplaintTimeLimit | None) -> tuple[Citation, ...]:
    """The citations of a default limit (every limit of the default policy is set)."""
    if limit is None:  # pragma: no cover  (COMPLAINT_POLICY sets every limit)
        msg = "the default complaint policy lacks a limit"
        raise ValueError(msg)
    return limit.basis


def _deadline(
    complaint: Complaint, context: Context, kind: ComplaintDeadlineKind
) -> ComplaintDeadline | None:
    found = deadlines(complaint, context.as_of, context.config.complaint_policy)
    return next((d for d in found if d.kind is kind), None)


def _uncertain(deadline: ComplaintDeadline) -> Label:
    """A sentence about missing holiday data behind a due date, or nothing."""
    if not deadline.warnings:
        return Label("", "")
    return Label(
        " " + " ".join(w.text("id") for w in deadline.warnings),
        " " + " ".join(w.text("en") for w in deadline.warnings),
    )


def _days(count: int) -> Label:
    """``count`` days, in Indonesian and English ("1 hari", "1 day", "2 days")."""
    return Label(f"{count} hari", f"{count} day" if count == 1 else f"{count} days")


def _params(deadline: ComplaintDeadline) -> dict[str, object]:
    return {
        "limit": deadline.limit.duration,
        "start": deadline.start,
        "due": deadline.due,
        "done": deadline.done_on or "",
        "late": _days(deadline.days_late),
        "uncertain": _uncertain(deadline),
    }


def _event_path(
    complaint: Complaint, statuses: frozenset[ComplaintStatus]
) -> tuple[str | int, ...]:
    for position, event in enumerate(complaint.history):
        if event.status in statuses:
            return ("history", position, "at")
    return ("history",)


def _late(
    complaint: Complaint,
    deadline: ComplaintDeadline | None,
    done_statuses: frozenset[ComplaintStatus],
    open_path: tuple[str | int, ...],
) -> Iterator[Issue]:
    """An issue when ``deadline`` was missed (at the event) or is overdue (at ``open_path``)."""
    if deadline is None or not deadline.late:
        return
    if deadline.open:
        yield Issue(open_path, "open", **_params(deadline))
    else:
        yield Issue(_event_path(complaint, done_statuses), "default", **_params(deadline))


_LATE_HINT = (
    (
        "Catat tanggal setiap langkah penanganan; jika tanggal sudah benar, tangani pengaduan dan "
        "catat alasan keterlambatannya."
    ),
    (
        "Record the date of every step; if the dates are right, handle the complaint and record why "
        "it is late."
    ),
)


# --- R23: lodged within 30 days ---------------------------------------------------------------------


@RULES.rule(
    "PG001",
    kinds=COMPLAINT,
    severity=Severity.WARNING,
    title=(
        "Pengaduan disampaikan dalam batas waktu setelah layanan diterima",
        "The complaint is lodged in time after the service",
    ),
    message=(
        (
            "Pengaduan disampaikan pada {done}, {late} setelah batas {due} ({limit} sejak layanan"
            " diterima pada {start}); pengaduan dapat dinilai melewati batas waktu pengaduan."
        ),
        (
            "The complaint was lodged on {done}, {late} after the limit of {due} ({limit} from"
            " receiving the service on {start}); it may be held out of time."
        ),
    ),
    hint=(
        (
            "Periksa tanggal layanan diterima; penyelenggara tetap dapat menangani pengaduan yang"
            " terlambat dan mencatat alasannya."
        ),
        (
            "Check the date the service was received; the provider may still handle a late complaint"
            " and record why."
        ),
    ),
    basis=_basis(COMPLAINT_POLICY.lodging),
    note="The 30 days are UU 25/2009's (Pasal 42, from 2009-07-18), VERIFIED through Perpres "
    "76/2013, which restates them (secondary); the ayat and whether calendar days are meant are "
    "UNVERIFIED: a warning, with the limit and its unit in ValidationConfig.complaint_policy.",
)
def complaint_lodged_in_time(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG001 (regulations.md R23)."""
    deadline = _deadline(complaint, context, _K.LODGING)
    if deadline is not None and deadline.late and not deadline.open:
        yield Issue(("lodged_at",), "default", **_params(deadline))


# --- R24: the content of a written complaint --------------------------------------------------------

_CONTENT_ITEMS: tuple[tuple[tuple[str, ...], Label], ...] = (
    (
        ("content", "description"),
        Label(
            "uraian pelayanan yang tidak sesuai standar",
            "a description of the service that fell short of the standard",
        ),
    ),
    (
        ("content", "loss"),
        Label(
            "uraian kerugian materiil atau immateriil",
            "a description of the material or immaterial loss",
        ),
    ),
    (("content", "remedy_requested"), Label("permintaan penyelesaian", "the remedy requested")),
)


def _missing_content(
    complaint: Complaint, context: Context
) -> Iterator[tuple[tuple[str, ...], Label]]:
    config = context.config
    person = complaint.complainant
    if not person.confidential:
        if person.name is None or config.is_placeholder(person.name):
            yield ("complainant", "name"), Label("nama pengadu", "the complainant's name")
        addresses = [person.address, person.contact.address if person.contact else None]
        if not any(a is not None and not config.is_placeholder(a) for a in addresses):
            yield ("complainant", "address"), Label("alamat pengadu", "the complainant's address")
    for path, item in _CONTENT_ITEMS:
        if config.is_placeholder(getattr(complaint.content, path[1])):
            yield path, item
    if complaint.channel not in ELECTRONIC_CHANNELS:
        if config.is_placeholder(complaint.content.place):
            yield ("content", "place"), Label("tempat penyampaian", "the place it was written")
        if not complaint.content.signed:
            yield (
                ("content", "signed"),
                Label("tanda tangan pengadu", "the complainant's signature"),
            )


@RULES.rule(
    "PG002",
    kinds=COMPLAINT,
    severity=Severity.WARNING,
    title=("Isi pengaduan tertulis lengkap", "A written complaint states what it must"),
    message=(
        "Pengaduan tertulis tidak memuat {item}.",
        "The written complaint does not state {item}.",
    ),
    hint=(
        "Lengkapi isi pengaduan; identitas boleh dirahasiakan bila pengadu memintanya.",
        "Complete the complaint; the identity may be kept confidential if the complainant asks.",
    ),
    basis=(cite(_UU25, article="43"),),
    verified=False,
    note="The list of what a written complaint contains (Pasal 43) is UNVERIFIED "
    "(regulations.md §1.16). Place and signature are asked only on paper and in person.",
)
def written_complaint_content(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG002 (regulations.md R24): for written complaints classified as *pengaduan*."""
    if not complaint.written or complaint.classification is not ComplaintClassification.COMPLAINT:
        return
    for path, item in _missing_content(complaint, context):
        yield Issue(path, item=item)


# --- R25: response within 14 days (UNVERIFIED) ------------------------------------------------------


@RULES.rule(
    "PG003",
    kinds=COMPLAINT,
    severity=Severity.INFO,
    title=(
        "Tanggapan atas pengaduan tertulis dalam batas waktu",
        "A written complaint is answered in time",
    ),
    message=(
        (
            "Tanggapan pertama atas pengaduan tertulis diberikan pada {done}, {late} setelah"
            " batas {due} ({limit} sejak diterima).{uncertain}"
        ),
        (
            "The first response to the written complaint came on {done}, {late} after the limit"
            " of {due} ({limit} from receipt).{uncertain}"
        ),
    ),
    variants={
        "open": (
            (
                "Pengaduan tertulis belum ditanggapi; batas {due} ({limit} sejak diterima) sudah"
                " lewat {late}.{uncertain}"
            ),
            (
                "The written complaint has not been answered; the limit of {due} ({limit} from"
                " receipt) passed {late} ago.{uncertain}"
            ),
        )
    },
    hint=(
        "Beri tahu pengadu apakah pengaduannya lengkap atau perlu dilengkapi.",
        "Tell the complainant whether the complaint is complete or needs completing.",
    ),
    basis=_basis(COMPLAINT_POLICY.response),
    verified=False,
    note="The 14-day response and its article (Pasal 44 ayat (1)) are UNVERIFIED "
    "(regulations.md §1.16): reported as information only; turn it off with "
    "ComplaintPolicy.with_duration(ComplaintDeadlineKind.RESPONSE, None).",
)
def written_complaint_answered(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG003 (regulations.md R25)."""
    deadline = _deadline(complaint, context, _K.RESPONSE)
    if deadline is not None and deadline.late:
        if deadline.open:
            yield Issue(("history",), "open", **_params(deadline))
        else:
            yield Issue(("history", 0, "at"), "default", **_params(deadline))


# --- R26: decision within 60 days of a complete file, and its copy ----------------------------------


@RULES.rule(
    "PG004",
    kinds=COMPLAINT,
    severity=Severity.ERROR,
    title=(
        "Pengaduan diputuskan dalam batas waktu sejak berkas lengkap",
        "The complaint is decided in time after its file is complete",
    ),
    message=(
        (
            "Pengaduan diputuskan pada {done}, {late} setelah batas {due} ({limit} sejak berkas"
            " dinyatakan lengkap pada {start}).{uncertain}"
        ),
        (
            "The complaint was decided on {done}, {late} after the limit of {due} ({limit} from"
            " the file being declared complete on {start}).{uncertain}"
        ),
    ),
    variants={
        "open": (
            (
                "Pengaduan belum diputuskan; batas {due} ({limit} sejak berkas dinyatakan lengkap pada"
                " {start}) sudah lewat {late}.{uncertain}"
            ),
            (
                "The complaint is still undecided; the limit of {due} ({limit} from the file being"
                " declared complete on {start}) passed {late} ago.{uncertain}"
            ),
        )
    },
    hint=_LATE_HINT,
    basis=_basis(COMPLAINT_POLICY.decision),
    note="The duty to decide 'paling lambat 60 hari' after the file is complete is UU 25/2009's "
    "(Pasal 50, from 2009-07-18), VERIFIED through Perpres 76/2013, which restates it "
    "(secondary); the ayat of Pasal 50 and whether calendar days are meant are UNVERIFIED "
    "(regulations.md §1.16).",
)
def complaint_decided_in_time(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG004 (regulations.md R26)."""
    deadline = _deadline(complaint, context, _K.DECISION)
    yield from _late(complaint, deadline, FINISHED, ("file_complete_on",))


@RULES.rule(
    "PG005",
    kinds=COMPLAINT,
    severity=Severity.ERROR,
    title=(
        "Tembusan keputusan disampaikan kepada pengadu",
        "The complainant is given a copy of the decision",
    ),
    message=(
        (
            "Pengaduan diputuskan pada {decided}, tetapi tembusan keputusan kepada pengadu tidak"
            " tercatat."
        ),
        (
            "The complaint was decided on {decided}, but no copy of the decision to the complainant"
            " is recorded."
        ),
    ),
    variants={
        "early": (
            (
                "Tembusan keputusan tercatat dikirim pada {sent}, sebelum pengaduan diputuskan"
                " ({decided})."
            ),
            (
                "The copy of the decision is recorded as sent on {sent}, before the complaint was"
                " decided ({decided})."
            ),
        )
    },
    hint=(
        "Kirim tembusan keputusan kepada pengadu dan catat tanggalnya (decision_copy_sent_on).",
        "Send the complainant a copy of the decision and record the date (decision_copy_sent_on).",
    ),
    basis=(
        cite(
            _UU25,
            article="50",
            paragraph="9",
            note='"Penyelenggara berkewajiban memberikan tembusan keputusan kepada pengadu" '
            "(VERIFIED primary copy, regulations.md §1.16).",
        ),
        cite(_UU25, article="54", paragraph="2"),
    ),
)
def decision_copy_sent(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG005 (regulations.md R26, tembusan)."""
    decision = complaint.first(ComplaintStatus.DECIDED)
    if decision is None or decision.at.date() > context.as_of:
        return
    decided, sent = decision.at.date(), complaint.decision_copy_sent_on
    if sent is None or sent > context.as_of:
        yield Issue(("decision_copy_sent_on",), decided=decided)
    elif sent < decided:
        yield Issue(("decision_copy_sent_on",), "early", decided=decided, sent=sent)


# --- R27: SP4N-LAPOR! 3 and 5 working days ----------------------------------------------------------

_FORWARDED = FINISHED | {ComplaintStatus.FORWARDED, ComplaintStatus.FOLLOWED_UP}


@RULES.rule(
    "PG006",
    kinds=COMPLAINT,
    severity=Severity.WARNING,
    title=(
        "Laporan SP4N-LAPOR! diverifikasi dan diteruskan dalam 3 hari kerja",
        "An SP4N-LAPOR! report is verified and forwarded within 3 working days",
    ),
    message=(
        (
            "Laporan diteruskan pada {done}, {late} setelah batas {due} ({limit} sejak"
            " dilaporkan pada {start}).{uncertain}"
        ),
        (
            "The report was forwarded on {done}, {late} after the limit of {due} ({limit} from"
            " being lodged on {start}).{uncertain}"
        ),
    ),
    variants={
        "open": (
            (
                "Laporan belum diteruskan; batas {due} ({limit} sejak dilaporkan pada {start}) sudah"
                " lewat {late}.{uncertain}"
            ),
            (
                "The report has not been forwarded; the limit of {due} ({limit} from being lodged on"
                " {start}) passed {late} ago.{uncertain}"
            ),
        )
    },
    hint=_LATE_HINT,
    basis=_basis(COMPLAINT_POLICY.lapor_forwarding),
    note="Working days of the government calendar (Perpres 21/2023). The 3 working days are "
    "VERIFIED from LAPOR!'s FAQ and app description (secondary); the article is UNVERIFIED.",
)
def lapor_report_forwarded_in_time(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG006 (regulations.md R27)."""
    deadline = _deadline(complaint, context, _K.LAPOR_FORWARDING)
    yield from _late(complaint, deadline, _FORWARDED, ("history",))


@RULES.rule(
    "PG007",
    kinds=COMPLAINT,
    severity=Severity.WARNING,
    title=(
        "Tindak lanjut laporan SP4N-LAPOR! dirumuskan dalam 5 hari kerja",
        "The follow-up to an SP4N-LAPOR! report is formulated within 5 working days",
    ),
    message=(
        (
            "Tindak lanjut dirumuskan pada {done}, {late} setelah batas {due} ({limit} sejak"
            " diteruskan pada {start}).{uncertain}"
        ),
        (
            "The follow-up was formulated on {done}, {late} after the limit of {due} ({limit}"
            " from forwarding on {start}).{uncertain}"
        ),
    ),
    variants={
        "open": (
            (
                "Tindak lanjut belum dirumuskan; batas {due} ({limit} sejak diteruskan pada {start})"
                " sudah lewat {late}.{uncertain}"
            ),
            (
                "No follow-up has been formulated; the limit of {due} ({limit} from forwarding on"
                " {start}) passed {late} ago.{uncertain}"
            ),
        )
    },
    hint=_LATE_HINT,
    basis=_basis(COMPLAINT_POLICY.lapor_follow_up),
    note="Working days of the government calendar (Perpres 21/2023). The 5 working days are "
    "VERIFIED from LAPOR!'s app description (secondary); the article is UNVERIFIED.",
)
def lapor_follow_up_in_time(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG007 (regulations.md R27)."""
    deadline = _deadline(complaint, context, _K.LAPOR_FOLLOW_UP)
    if deadline is None or not deadline.late:
        return
    if deadline.open:
        yield Issue(("history",), "open", **_params(deadline))
        return
    forwarded = next(
        i for i, e in enumerate(complaint.history) if e.status is ComplaintStatus.FORWARDED
    )
    for position in range(forwarded + 1, len(complaint.history)):
        if complaint.history[position].status in FINISHED | {ComplaintStatus.FOLLOWED_UP}:
            yield Issue(("history", position, "at"), "default", **_params(deadline))
            return


# --- R28: a confidential complainant stays out of what is published ---------------------------------


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _revealed(identity: str, summary: str, *, number: bool = False) -> bool:
    """Whether ``identity`` appears in ``summary``.

    A phone ``number`` is compared by its digits after the country code or trunk zero (six or
    more), so that ``+6281211112222`` in the record is found as ``0812-1111-2222`` in the summary;
    any other text as whole words, ignoring case.
    """
    if number:
        digits = _digits(identity)
        national = digits[2:] if digits.startswith("62") else digits.lstrip("0")
        return len(national) >= 6 and national in _digits(summary)
    if len(identity) < 3:
        return False
    pattern = r"(?<!\w)" + re.escape(identity.casefold()) + r"(?!\w)"
    return re.search(pattern, summary.casefold()) is not None


@RULES.rule(
    "PG008",
    kinds=COMPLAINT,
    severity=Severity.WARNING,
    title=(
        "Identitas pengadu yang dirahasiakan tidak dipublikasikan",
        "A confidential complainant's identity is not published",
    ),
    message=(
        (
            "Publikasi pengaduan memuat identitas pengadu ({item}) padahal pengadu meminta identitasnya"
            " dirahasiakan."
        ),
        (
            "The published complaint shows the complainant's identity ({item}) although the"
            " complainant asked for it to be kept confidential."
        ),
    ),
    hint=(
        "Hapus nama, alamat, dan kontak pengadu dari publikasi.",
        "Remove the complainant's name, address and contacts from the publication.",
    ),
    basis=(
        cite(
            "perpres-76-2013",
            note="Kerahasiaan identitas pengadu: seen only in an AI summary of the Perpres "
            "(meridianhukum.com, regulations.md §7).",
        ),
        cite(_UU25, article="43", note="Identity may be kept confidential: UNVERIFIED (§1.16)."),
    ),
    obligation=cite(
        _UU25, article="43", note="Identity may be kept confidential: UNVERIFIED (§1.16)."
    ),
    verified=False,
    note="That a complainant's identity may be kept confidential is UU 25/2009 Pasal 43 from "
    "memory (UNVERIFIED, regulations.md §1.16) and Perpres 76/2013 only through an AI summary: "
    "a warning until someone has checked the text.",
)
def confidential_identity_not_published(complaint: Complaint, _: Context) -> Iterator[Issue]:
    """PG008 (regulations.md R28)."""
    publication = complaint.publication
    if not complaint.complainant.confidential or publication is None:
        return
    if publication.shows_complainant:
        yield Issue(
            ("publication", "shows_complainant"),
            item=Label("ditampilkan", "shown"),
        )
    person = complaint.complainant
    contact = person.contact or ContactPoint()
    texts = [
        (person.name, False, Label("nama", "name")),
        (person.address, False, Label("alamat", "address")),
        (contact.address, False, Label("alamat", "address")),
        *((email, False, Label("surel", "e-mail")) for email in contact.emails),
        *((phone, True, Label("nomor telepon", "phone number")) for phone in contact.phones),
    ]
    shown: list[Label] = []
    for text, number, label in texts:
        if text is None or not text.strip() or label in shown:
            continue
        if _revealed(text.strip(), publication.summary, number=number):
            shown.append(label)
    for label in shown:
        yield Issue(("publication", "summary"), item=label)


# --- the lifecycle, as advance() guards it ----------------------------------------------------------


# How each guard of advance() is reported: PG009 keeps a history consistent with itself (an
# integrity rule); the allowed moves of PG010 are the handling stages of Perpres 76/2013 and the
# LAPOR! administrator's actions, which bind once the Perpres's one-year transition (Pasal 20) has
# run; deciding only once the file is complete (PG011) reads UU 25/2009 Pasal 50, whose 60 days
# run from the complete file. Neither PG010 nor PG011 is a prohibition in a verified text.
_GUARD_RULES: dict[ComplaintGuard, dict[str, Any]] = {
    ComplaintGuard.ORDER: {
        "severity": Severity.ERROR,
        "integrity": True,
        "note": "A history cannot go back in time, nor start before the complaint was lodged: "
        "the data contradicts itself (an integrity check, no legal basis).",
    },
    ComplaintGuard.TRANSITION: {
        "severity": Severity.WARNING,
        "basis": ComplaintGuard.TRANSITION.basis,
        "in_force_from": after_transition("perpres-76-2013", years=1),
        "note": "The stages penerimaan, pemilahan, distribusi, penyelesaian are Perpres 76/2013's "
        "(VERIFIED secondary, regulations.md §7), which gave providers one year to set up the "
        "mechanism (Pasal 20): the rule applies from 2014-12-07. The table of allowed moves is "
        "this library's reading of those stages and of LAPOR!'s administrator actions: a warning.",
    },
    ComplaintGuard.FILE_COMPLETE: {
        "severity": Severity.WARNING,
        "basis": ComplaintGuard.FILE_COMPLETE.basis,
        "note": "UU 25/2009 Pasal 50 counts the 60 days to a decision from the complete file "
        "(from 2009-07-18; the ayat is UNVERIFIED); that no decision comes before the file is "
        "complete is a reading of it, not a prohibition in the text: a warning.",
    },
}


def _guard_rule(
    guard: ComplaintGuard, title: tuple[str, str], hint: tuple[str, str]
) -> Rule[Complaint]:
    def check(complaint: Complaint, _: Context) -> Iterator[Issue]:
        for problem in check_history(complaint):
            if problem.guard is not guard:
                continue
            if problem.position is None:
                path: tuple[str | int, ...] = ("file_complete_on",)
            elif guard is ComplaintGuard.TRANSITION:
                path = ("history", problem.position, "status")
            else:
                path = ("history", problem.position, "at")
            yield Issue(path, problem=problem)

    check.__name__ = f"complaint_history_{guard.value}"
    check.__doc__ = f"{guard.code}: the history respects the {guard.value} guard of advance()."
    options: dict[str, Any] = dict(_GUARD_RULES[guard])
    return rule(
        guard.code,
        kinds=COMPLAINT,
        title=title,
        message=("Riwayat pengaduan: {problem}.", "Complaint history: {problem}."),
        hint=hint,
        **options,
    )(check)


RULES.add(
    _guard_rule(
        ComplaintGuard.ORDER,
        ("Riwayat pengaduan urut waktu", "The complaint's history is in time order"),
        (
            "Perbaiki waktu peristiwa; riwayat hanya ditambah, tidak ditulis ulang.",
            "Fix the event's time; a history is only appended to, never rewritten.",
        ),
    )
)
RULES.add(
    _guard_rule(
        ComplaintGuard.TRANSITION,
        (
            "Perpindahan status pengaduan yang diizinkan",
            "The complaint moves only between allowed statuses",
        ),
        (
            "Catat langkah yang terlewat (mis. verifikasi sebelum penerusan).",
            "Record the step that is missing (e.g. verification before forwarding).",
        ),
    )
)
RULES.add(
    _guard_rule(
        ComplaintGuard.FILE_COMPLETE,
        (
            "Keputusan diambil setelah berkas pengaduan lengkap",
            "The complaint is decided only once its file is complete",
        ),
        (
            "Catat tanggal berkas pengaduan dinyatakan lengkap (file_complete_on).",
            "Record the day the file was declared complete (file_complete_on).",
        ),
    )
)


# --- the unit's own tiers, from its standard (across documents) -------------------------------------


def standard_for(complaint: Complaint, index: Index) -> StandardSummary | None:
    """The standard whose tiers apply: the one named, else the service's one in force."""
    if complaint.standard_id is not None:
        return index.standards.get(complaint.standard_id)
    if complaint.service_id is None:
        return None
    candidates = index.standards_by_service.get(complaint.service_id, [])
    in_force = version_in_force(candidates, complaint.lodged_on)
    return in_force or max(candidates, key=lambda s: s.version, default=None)


@RULES.rule(
    "PG012",
    kinds=COMPLAINT,
    severity=Severity.WARNING,
    title=(
        "Pengaduan ditangani dalam jangka waktu standar pelayanan unit",
        "The complaint is handled within the unit's own standard",
    ),
    message=(
        (
            "Pengaduan ({tier}) selesai pada {done}, {late} setelah batas {due} ({limit} menurut"
            " standar {standard}).{uncertain}"
        ),
        (
            "The complaint ({tier}) was settled on {done}, {late} after the limit of {due}"
            " ({limit} under standard {standard}).{uncertain}"
        ),
    ),
    variants={
        "open": (
            (
                "Pengaduan ({tier}) belum selesai; batas {due} ({limit} menurut standar {standard})"
                " sudah lewat {late}.{uncertain}"
            ),
            (
                "The complaint ({tier}) is not settled; the limit of {due} ({limit} under standard"
                " {standard}) passed {late} ago.{uncertain}"
            ),
        ),
        "unknown": (
            (
                "Standar {standard} tidak memiliki tingkatan penanganan pengaduan '{tier}'"
                " (yang ada: {tiers})."
            ),
            "Standard {standard} has no complaint response tier '{tier}' (it has: {tiers}).",
        ),
    },
    hint=(
        "Gunakan label tingkatan dari komponen penanganan pengaduan standar pelayanan.",
        "Use a tier label from the standard's complaint-handling component.",
    ),
    basis=(cite(_UU25, article="21", letter="j"), cite(_UU25, article="15", letter="f")),
    cross_document=True,
)
def complaint_within_unit_tier(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG012: checked when the service's standard is in the run; tiers in days only."""
    index = context.index
    if index is None or complaint.tier is None:
        return
    standard = standard_for(complaint, index)
    if standard is None:
        return
    tiers = standard.complaint_tiers
    wanted = " ".join(complaint.tier.split()).casefold()
    if not any(" ".join(t.label.split()).casefold() == wanted for t in tiers):
        yield Issue(
            ("tier",),
            "unknown",
            tier=complaint.tier,
            standard=standard.id,
            tiers=", ".join(t.label for t in tiers) or "-",
        )
        return
    found = index.units.get(complaint.unit_id)
    calendar = found[1].calendar if found is not None else GOVERNMENT_CALENDAR
    policy = context.config.complaint_policy
    deadline = next(
        (
            d
            for d in deadlines(complaint, context.as_of, policy, calendar, tiers)
            if d.kind is _K.TIER
        ),
        None,
    )
    for issue in _late(complaint, deadline, FINISHED, ("tier",)):
        yield Issue(
            issue.path, issue.variant, **issue.params, tier=complaint.tier, standard=standard.id
        )


# --- Pasal 42 ayat (1): a proxy holds a power of attorney -------------------------------------------


@RULES.rule(
    "PG013",
    kinds=COMPLAINT,
    severity=Severity.WARNING,
    title=(
        "Pengaduan oleh kuasa disertai surat kuasa",
        "A complaint lodged by a proxy records the power of attorney",
    ),
    message=(
        "Pengaduan diajukan oleh {proxy} sebagai kuasa, tetapi surat kuasanya tidak tercatat.",
        "The complaint was lodged by {proxy} as a proxy, but no power of attorney is recorded.",
    ),
    hint=(
        "Lampirkan surat kuasa dari pihak yang dirugikan (power_of_attorney).",
        "Attach the power of attorney from the person who suffered the loss (power_of_attorney).",
    ),
    basis=(cite(_UU25, article="42", paragraph="1"),),
)
def proxy_has_power_of_attorney(complaint: Complaint, context: Context) -> Iterator[Issue]:
    """PG013: "oleh pihak lain yang menerima kuasa untuk mewakilinya" (Pasal 42 ayat (1))."""
    person = complaint.complainant
    proxy = person.represented_by
    if (
        proxy is not None
        and not context.config.is_placeholder(proxy)
        and person.power_of_attorney is None
    ):
        yield Issue(("complainant", "power_of_attorney"), proxy=proxy)
