"""*Pengaduan*: complaints about public service (UU 25/2009 Pasal 40–50; Perpres 76/2013; SP4N-LAPOR!).

The public may complain to the provider, the Ombudsman or the legislature (Pasal 40 ayat (1)); a
complaint is lodged by whoever suffered the loss or by someone holding their power of attorney
(Pasal 42 ayat (1)). Perpres 76/2013 set up complaint management, which runs nationally as
SP4N-LAPOR! (Permenpan RB 62/2018). This module holds:

* :class:`Complaint`, a JSON document of kind ``complaint``: who complains (:class:`Complainant`,
  possibly confidential), about which service and unit, when the service was received and the
  complaint lodged, through which channel, its classification, the content of a written complaint,
  when its file was declared complete, and its history;
* the lifecycle: :class:`ComplaintStatus`, the allowed moves in :data:`TRANSITIONS`, and
  :func:`advance`, which returns the complaint with one more :class:`ComplaintEvent` plus a
  :class:`ComplaintStatusChanged` event, or refuses the move with a
  :class:`ComplaintTransitionError` naming the rule and its basis;
* deadlines as configurable policy (:class:`ComplaintPolicy`): each a
  :class:`~pelayanan.time.durations.Duration` with its unit and its citation, computed on a
  :class:`~pelayanan.time.calendar.WorkingCalendar` by :func:`deadlines`; :func:`overdue` keeps the
  late ones.

A complaint lodged through SP4N-LAPOR! on Monday 4 March 2024, verified and forwarded the next day:

>>> import datetime as dt
>>> from pelayanan.participation.complaints import (
...     Complaint,
...     ComplaintStatus,
...     advance,
...     deadlines,
...     overdue,
... )
>>> from pelayanan.model.standards import ComplaintChannelKind
>>> wib = dt.timezone(dt.timedelta(hours=7))
>>> complaint = Complaint(
...     id="aduan-1",
...     unit_id="dinsos",
...     lodged_at=dt.datetime(2024, 3, 4, 10, 0, tzinfo=wib),
...     channel=ComplaintChannelKind.SP4N_LAPOR_WEB,
...     service_received_on=dt.date(2024, 2, 26),
... )
>>> complaint.status
<ComplaintStatus.RECEIVED: 'received'>
>>> complaint, event = advance(complaint, ComplaintStatus.VERIFIED, dt.datetime(2024, 3, 5, 9, 0, tzinfo=wib))
>>> complaint, event = advance(complaint, ComplaintStatus.FORWARDED, dt.datetime(2024, 3, 5, 11, 0, tzinfo=wib))
>>> event.previous.value, event.status.value
('verified', 'forwarded')

Deciding before the file is declared complete is refused, with the rule that would report it:

>>> advance(complaint, ComplaintStatus.DECIDED, dt.datetime(2024, 3, 6, 9, 0, tzinfo=wib))
Traceback (most recent call last):
...
pelayanan.participation.complaints.ComplaintTransitionError: PG011: aduan-1 cannot be decided at ...: its file was never
declared complete (UU 25/2009 Pasal 50; Perpres 76/2013)

The deadlines as of a date: lodged within 30 days of the service, forwarded within 3 working
days, and the institution's follow-up, 5 working days after forwarding (Nyepi on 11 March and its
cuti bersama on 12 March push it to the 14th), still open:

>>> for d in deadlines(complaint, dt.date(2024, 3, 15)):
...     print(d.kind.value, d.due, d.done_on, d.late)
lodging 2024-03-27 2024-03-04 False
response 2024-03-18 2024-03-05 False
lapor_forwarding 2024-03-07 2024-03-05 False
lapor_follow_up 2024-03-14 None True
>>> [(d.kind.value, d.days_late) for d in overdue(complaint, dt.date(2024, 3, 15))]
[('lapor_follow_up', 1)]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import attrs

from .._base import machine
from .._base.errors import PelayananError
from .._base.labels import Label, LabelledEnum, Lang, register_labels
from .._base.validators import InvalidValueError, non_empty, optional_non_empty
from ..law import CATALOGUE, Citation
from ..model.records import ContactPoint, DocumentRef, PublicationMedium
from ..model.standards import ComplaintChannelKind, ResponseTier
from ..time.calendar import GOVERNMENT_CALENDAR, CalendarWarning, WorkingCalendar
from ..time.durations import Duration, DurationUnit
from ..time.regions import aware

__all__ = [
    "COMPLAINT_POLICY",
    "ELECTRONIC_CHANNELS",
    "FINISHED",
    "TRANSITIONS",
    "Complainant",
    "Complaint",
    "ComplaintClassification",
    "ComplaintContent",
    "ComplaintDeadline",
    "ComplaintDeadlineKind",
    "ComplaintEvent",
    "ComplaintGuard",
    "ComplaintHistoryProblem",
    "ComplaintPolicy",
    "ComplaintPublication",
    "ComplaintStatus",
    "ComplaintStatusChanged",
    "ComplaintTimeLimit",
    "ComplaintTransitionError",
    "advance",
    "check_history",
    "deadlines",
    "overdue",
]


def _cite(key: str, note: str = "", **parts: str) -> Citation:
    return Citation(CATALOGUE[key], note=note, **parts)


_UU25 = "uu-25-2009"
_PERPRES = "perpres-76-2013"
_LAPOR = "permenpan-rb-62-2018"


# --- vocabularies ----------------------------------------------------------------------------------


class ComplaintClassification(LabelledEnum):
    """What a report is: SP4N-LAPOR! sorts reports into these classes (regulations.md §7).

    VERIFIED [secondary]: "aspirasi, pengaduan, permintaan informasi, whistle blowing system".
    """

    ASPIRATION = "aspiration"
    COMPLAINT = "complaint"
    INFORMATION_REQUEST = "information_request"
    WHISTLEBLOWING = "whistleblowing"
    OTHER = "other"


register_labels(
    ComplaintClassification,
    {
        ComplaintClassification.ASPIRATION: ("Aspirasi", "Aspiration"),
        ComplaintClassification.COMPLAINT: ("Pengaduan", "Complaint"),
        ComplaintClassification.INFORMATION_REQUEST: (
            "Permintaan informasi",
            "Request for information",
        ),
        ComplaintClassification.WHISTLEBLOWING: (
            "Whistle Blowing System (WBS)",
            "Whistleblowing report",
        ),
        ComplaintClassification.OTHER: ("Lainnya", "Other"),
    },
)


class ComplaintStatus(LabelledEnum):
    """Where a complaint stands in its handling.

    Perpres 76/2013 names the stages "penerimaan, pemilahan, distribusi ke bagian terkait, dan
    penyelesaian aduan" (VERIFIED [secondary], regulations.md §7); an SP4N-LAPOR! administrator
    verifies, holds (*tunda*), declares a report outside the institution's competence (*bukan
    wewenang*) or archives it (VERIFIED, LAPOR! v3 admin actions A1–A4). LAPOR!'s own status names
    are UNVERIFIED; the values here are this library's.
    """

    RECEIVED = "received"
    """*Diterima*: lodged; every complaint starts here, at :attr:`Complaint.lodged_at`."""
    ON_HOLD = "on_hold"
    """*Ditunda*: held by the administrator (LAPOR! action A2), e.g. waiting for details."""
    VERIFIED = "verified"
    """*Terverifikasi*: checked and accepted for handling (LAPOR! action A1)."""
    FORWARDED = "forwarded"
    """*Diteruskan*: passed to the competent unit or institution (*distribusi*)."""
    FOLLOWED_UP = "followed_up"
    """*Ditindaklanjuti*: the institution has formulated its follow-up."""
    DECIDED = "decided"
    """*Diputuskan*: the complaint is settled by a decision (UU 25/2009 Pasal 50)."""
    NOT_COMPETENT = "not_competent"
    """*Bukan wewenang*: outside the institution's competence (LAPOR! action A3)."""
    ARCHIVED = "archived"
    """*Diarsipkan*: archived without further handling (LAPOR! action A4)."""
    WITHDRAWN = "withdrawn"
    """*Dicabut*: withdrawn by the complainant, or deemed withdrawn when an incomplete complaint
    is not completed in time (Pasal 44 ayat (3), UNVERIFIED)."""
    CLOSED = "closed"
    """*Ditutup*: the case is closed; nothing follows."""


register_labels(
    ComplaintStatus,
    {
        ComplaintStatus.RECEIVED: ("Diterima", "Received"),
        ComplaintStatus.ON_HOLD: ("Ditunda", "On hold"),
        ComplaintStatus.VERIFIED: ("Terverifikasi", "Verified"),
        ComplaintStatus.FORWARDED: (
            "Diteruskan ke unit/instansi berwenang",
            "Forwarded to the competent unit",
        ),
        ComplaintStatus.FOLLOWED_UP: ("Ditindaklanjuti", "Followed up"),
        ComplaintStatus.DECIDED: ("Diputuskan", "Decided"),
        ComplaintStatus.NOT_COMPETENT: ("Bukan wewenang", "Not competent"),
        ComplaintStatus.ARCHIVED: ("Diarsipkan", "Archived"),
        ComplaintStatus.WITHDRAWN: ("Dicabut", "Withdrawn"),
        ComplaintStatus.CLOSED: ("Ditutup", "Closed"),
    },
)

_S = ComplaintStatus

TRANSITIONS: Final[Mapping[ComplaintStatus, frozenset[ComplaintStatus]]] = {
    _S.RECEIVED: frozenset({_S.ON_HOLD, _S.VERIFIED, _S.NOT_COMPETENT, _S.ARCHIVED, _S.WITHDRAWN}),
    _S.ON_HOLD: frozenset({_S.VERIFIED, _S.NOT_COMPETENT, _S.ARCHIVED, _S.WITHDRAWN}),
    _S.VERIFIED: frozenset({_S.FORWARDED, _S.FOLLOWED_UP, _S.DECIDED, _S.WITHDRAWN}),
    _S.FORWARDED: frozenset({_S.FOLLOWED_UP, _S.DECIDED, _S.NOT_COMPETENT, _S.WITHDRAWN}),
    _S.FOLLOWED_UP: frozenset({_S.DECIDED, _S.WITHDRAWN}),
    _S.DECIDED: frozenset({_S.CLOSED}),
    _S.NOT_COMPETENT: frozenset({_S.CLOSED}),
    _S.ARCHIVED: frozenset({_S.CLOSED}),
    _S.WITHDRAWN: frozenset({_S.CLOSED}),
    _S.CLOSED: frozenset(),
}
"""The moves a complaint may make, from each status to the next.

Received complaints are sorted first (verified, held, not competent, archived); a verified one is
forwarded or handled by the unit itself, followed up and decided; only a decided, not-competent,
archived or withdrawn complaint may be closed, and a closed one stays closed. A complainant may
withdraw at any time before a decision.
"""

FINISHED: Final = frozenset({_S.DECIDED, _S.NOT_COMPETENT, _S.ARCHIVED, _S.WITHDRAWN, _S.CLOSED})
"""Statuses after which no decision is owed: reaching one stops the decision and tier clocks."""

ELECTRONIC_CHANNELS: Final = frozenset(
    {
        ComplaintChannelKind.EMAIL,
        ComplaintChannelKind.MESSAGING,
        ComplaintChannelKind.WEBSITE,
        ComplaintChannelKind.SOCIAL_MEDIA,
        ComplaintChannelKind.SP4N_LAPOR_WEB,
        ComplaintChannelKind.SP4N_LAPOR_SMS,
        ComplaintChannelKind.SP4N_LAPOR_APP,
    }
)
"""Channels on which a complaint carries no place or handwritten signature (rule PG002 asks for
those only on paper and in person)."""


# --- the lifecycle guards --------------------------------------------------------------------------

_LIFECYCLE_BASIS: Final = (
    _cite(
        _PERPRES,
        note="Stages penerimaan, pemilahan, distribusi, penyelesaian (regulations.md §7, "
        "VERIFIED secondary).",
    ),
    _cite(_LAPOR, annex="", note="SP4N-LAPOR! administrator actions (regulations.md §7)."),
)
_DECISION_BASIS: Final = (
    _cite(
        _UU25,
        article="50",
        note="60 hari sejak berkas dinyatakan lengkap; the number is VERIFIED through Perpres "
        "76/2013 (secondary), the ayat is UNVERIFIED (regulations.md §1.16).",
    ),
    _cite(_PERPRES, note="Restates the 60 days after the file is complete (regulations.md §7)."),
)


class ComplaintGuard(LabelledEnum):
    """What a complaint's history must respect; each guard is also a rule (its :attr:`code`).

    :func:`advance` refuses a move that breaks a guard; the rules report the same problems in a
    history loaded from JSON.
    """

    ORDER = "order"
    """Events are in time order, none before the complaint was lodged (rule PG009)."""
    TRANSITION = "transition"
    """Each move is one :data:`TRANSITIONS` allows (rule PG010)."""
    FILE_COMPLETE = "file_complete"
    """A decision comes on or after the day the file was declared complete, which is not before
    the complaint was lodged (rule PG011)."""

    @property
    def code(self) -> str:
        """The code of the rule that reports a history breaking this guard."""
        return _GUARD_CODES[self]

    @property
    def basis(self) -> tuple[Citation, ...]:
        """The legal basis of the guard."""
        return _DECISION_BASIS if self is ComplaintGuard.FILE_COMPLETE else _LIFECYCLE_BASIS


_GUARD_CODES: Final = {
    ComplaintGuard.ORDER: "PG009",
    ComplaintGuard.TRANSITION: "PG010",
    ComplaintGuard.FILE_COMPLETE: "PG011",
}
register_labels(
    ComplaintGuard,
    {
        ComplaintGuard.ORDER: ("Riwayat pengaduan urut waktu", "The history is in time order"),
        ComplaintGuard.TRANSITION: (
            "Perpindahan status pengaduan yang diizinkan",
            "Only allowed status changes",
        ),
        ComplaintGuard.FILE_COMPLETE: (
            "Keputusan setelah berkas pengaduan lengkap",
            "A decision only once the file is complete",
        ),
    },
)


def _aware(instance: object, attribute: attrs.Attribute[Any], value: dt.datetime) -> None:
    """Refuse a timestamp without a UTC offset: it cannot be placed in time."""
    if value.utcoffset() is None:
        msg = f"{attribute.name} needs a UTC offset, e.g. +07:00 for WIB"
        raise InvalidValueError(attribute.name, msg)


def _day(moment: dt.datetime) -> dt.date:
    """The date of ``moment`` in its own UTC offset (as :meth:`Duration.due` counts)."""
    return moment.date()


# --- the model -------------------------------------------------------------------------------------


@attrs.frozen
class Complainant:
    """*Pengadu*: who complains (UU 25/2009 Pasal 42 ayat (1)).

    "Pengaduan ... diajukan oleh setiap orang yang dirugikan atau oleh pihak lain yang menerima
    kuasa untuk mewakilinya" (VERIFIED, regulations.md §1.16): :attr:`represented_by` names the
    proxy. :attr:`confidential` asks that the complainant's identity be kept confidential
    (Perpres 76/2013, VERIFIED [secondary]; UU 25/2009 Pasal 43, UNVERIFIED): the provider may
    know it, the public may not (rule PG008).
    """

    name: str | None = None
    address: str | None = None
    contact: ContactPoint | None = None
    confidential: bool = False
    represented_by: str | None = None
    """The person or body holding the complainant's power of attorney (*kuasa*), if any."""
    power_of_attorney: DocumentRef | None = None
    """The *surat kuasa*, when a proxy lodged the complaint."""

    def identity_texts(self) -> tuple[str, ...]:
        """The texts that identify the complainant: name, address, phone numbers, e-mails."""
        texts = [self.name, self.address]
        if self.contact is not None:
            texts.extend([*self.contact.phones, *self.contact.emails, self.contact.address])
        return tuple(t.strip() for t in texts if t is not None and t.strip())


@attrs.frozen
class ComplaintContent:
    """*Isi pengaduan tertulis*: what a written complaint states (UU 25/2009 Pasal 43, UNVERIFIED).

    Per regulations.md §1.16 (UNVERIFIED): the complainant's name and address (on
    :class:`Complainant`); a description of the service that did not conform to the standard and
    of the material or immaterial loss; the remedy requested; and the place, time (the lodging
    time) and signature. Evidence may be attached.
    """

    description: str = ""
    """*Uraian pelayanan yang tidak sesuai dengan standar pelayanan*."""
    loss: str = ""
    """*Uraian kerugian materiil atau immateriil*."""
    remedy_requested: str = ""
    """*Permintaan penyelesaian*: what the complainant asks for (compensation among it)."""
    place: str = ""
    """Where the complaint was written (*tempat penyampaian*)."""
    signed: bool = False
    """Whether the written complaint is signed (*tanda tangan*)."""
    evidence: tuple[DocumentRef, ...] = ()


@attrs.frozen
class ComplaintEvent:
    """One step of a complaint's handling: the status it entered, when, and by whom."""

    status: ComplaintStatus
    at: dt.datetime = attrs.field(validator=_aware)
    """When, with its UTC offset."""
    by: str = ""
    """Who acted: ``"Admin SP4N-LAPOR! Kota Jambi"``, ``"Bidang Linjamsos"``."""
    note: str = ""


@attrs.frozen
class ComplaintPublication:
    """What the provider published about a complaint and how it was handled.

    Perpres 76/2013: handling is "terdokumentasi dan terbuka bagi publik" (VERIFIED [secondary],
    regulations.md §7), while a confidential complainant's identity stays out of it (rule PG008).
    """

    summary: str
    medium: PublicationMedium = PublicationMedium.WEBSITE
    published_on: dt.date | None = None
    url: str | None = None
    shows_complainant: bool = False
    """Whether the publication shows who complained (a name, a photo of the letter)."""


@attrs.frozen
class Complaint:
    """*Pengaduan* (UU 25/2009 Pasal 40–50; Perpres 76/2013): a JSON document of kind ``complaint``.

    The history is append-only: each :class:`ComplaintEvent` records the status entered; the
    complaint was received at :attr:`lodged_at`. Build it with :func:`advance`, which refuses
    moves :data:`TRANSITIONS` does not allow; a history loaded from JSON is checked by rules
    PG009–PG011 instead, so that a wrong history still loads and is reported.
    """

    id: str = attrs.field(validator=non_empty)
    unit_id: str = attrs.field(validator=non_empty)
    """The unit that handles the complaint."""
    lodged_at: dt.datetime = attrs.field(validator=_aware)
    """When the complaint was lodged (received), with its UTC offset."""
    channel: ComplaintChannelKind
    classification: ComplaintClassification = ComplaintClassification.COMPLAINT
    complainant: Complainant = attrs.field(factory=Complainant)
    provider_id: str | None = attrs.field(default=None, validator=optional_non_empty)
    service_id: str | None = attrs.field(default=None, validator=optional_non_empty)
    """The service complained about (a ``service`` document's id)."""
    standard_id: str | None = attrs.field(default=None, validator=optional_non_empty)
    """The standard whose complaint tiers apply, if not the one in force for the service."""
    reference: str | None = None
    """The tracking number, e.g. the SP4N-LAPOR! report number."""
    subject: str = ""
    service_received_on: dt.date | None = None
    """When the complainant received (used) the service; the 30 days to lodge run from here."""
    written: bool = True
    """Whether the complaint was made in writing (a letter, a form, a web report)."""
    content: ComplaintContent = attrs.field(factory=ComplaintContent)
    tier: str | None = None
    """The label of the unit's response tier it was sorted into (component j of the standard)."""
    file_complete_on: dt.date | None = None
    """*Berkas pengaduan dinyatakan lengkap*: the 60 days to decide run from here (Pasal 50)."""
    history: tuple[ComplaintEvent, ...] = ()
    decision_summary: str = ""
    decision_copy_sent_on: dt.date | None = None
    """When the complainant was given a copy (*tembusan*) of the decision (Pasal 50 ayat (9))."""
    publication: ComplaintPublication | None = None
    notes: str = ""

    @property
    def status(self) -> ComplaintStatus:
        """The current status: that of the last event, or received."""
        return self.history[-1].status if self.history else ComplaintStatus.RECEIVED

    @property
    def lodged_on(self) -> dt.date:
        """The day the complaint was lodged, in the offset of :attr:`lodged_at`."""
        return _day(self.lodged_at)

    def status_on(self, day: dt.date) -> ComplaintStatus:
        """The status at the end of ``day`` (events dated later do not count yet)."""
        status = ComplaintStatus.RECEIVED
        for event in self.history:
            if _day(event.at) <= day:
                status = event.status
        return status

    def first(
        self, statuses: frozenset[ComplaintStatus] | ComplaintStatus
    ) -> ComplaintEvent | None:
        """The first event entering one of ``statuses``, if any."""
        wanted = statuses if isinstance(statuses, frozenset) else frozenset({statuses})
        return next((e for e in self.history if e.status in wanted), None)


# --- moving a complaint on -------------------------------------------------------------------------


@attrs.frozen
class ComplaintHistoryProblem:
    """A place where a complaint's history breaks a :class:`ComplaintGuard`."""

    guard: ComplaintGuard
    position: int | None
    """The index of the offending event in the history; ``None`` for the complaint's dates."""
    previous: ComplaintStatus
    status: ComplaintStatus | None
    at: dt.datetime | None
    earlier: dt.datetime | dt.date | None = None
    """What the event was compared with: the previous time, or the file-complete date."""

    def text(self, lang: Lang = "id") -> str:
        """The problem as a sentence."""
        return _problem_text(self).text(lang)

    def __str__(self) -> str:
        return self.text("en")


def _stamp(moment: dt.datetime | dt.date | None) -> str:
    return "" if moment is None else moment.isoformat()


def _problem_text(problem: ComplaintHistoryProblem) -> Label:
    status = problem.status.label if problem.status else Label("", "")
    at = _stamp(problem.at)
    if problem.guard is ComplaintGuard.ORDER:
        return Label(
            f"peristiwa '{status.id}' pada {at} tercatat sebelum peristiwa sebelumnya"
            f" ({_stamp(problem.earlier)})",
            f"the '{status.en}' event at {at} is dated before the one before it"
            f" ({_stamp(problem.earlier)})",
        )
    if problem.guard is ComplaintGuard.TRANSITION:
        allowed = sorted(TRANSITIONS[problem.previous], key=lambda s: s.value)
        return Label(
            f"status tidak dapat berpindah dari '{problem.previous.label.id}' ke '{status.id}'"
            f" (yang diizinkan: {', '.join(s.label.id for s in allowed) or 'tidak ada'})",
            f"cannot go from '{problem.previous.label.en}' to '{status.en}'"
            f" (allowed: {', '.join(s.label.en for s in allowed) or 'none'})",
        )
    if problem.position is None:
        return Label(
            f"berkas dinyatakan lengkap ({_stamp(problem.earlier)}) sebelum pengaduan diterima"
            f" ({at})",
            f"the file was declared complete ({_stamp(problem.earlier)}) before the complaint"
            f" was lodged ({at})",
        )
    if problem.earlier is None:
        return Label(
            f"diputuskan pada {at} padahal berkas belum pernah dinyatakan lengkap",
            f"decided at {at} but its file was never declared complete",
        )
    return Label(
        f"diputuskan pada {at}, sebelum berkas dinyatakan lengkap ({_stamp(problem.earlier)})",
        f"decided at {at}, before its file was declared complete ({_stamp(problem.earlier)})",
    )


@attrs.frozen
class _Walk:
    """Where a complaint's history stands: the status reached and the latest time seen."""

    status: ComplaintStatus
    latest: dt.datetime
    position: int = 0


def _guards(
    complaint: Complaint,
) -> Callable[[_Walk, ComplaintEvent], list[ComplaintHistoryProblem]]:
    def check(walk: _Walk, event: ComplaintEvent) -> list[ComplaintHistoryProblem]:
        problems = []
        previous, position = walk.status, walk.position
        if event.at < walk.latest:
            problems.append(
                ComplaintHistoryProblem(
                    ComplaintGuard.ORDER, position, previous, event.status, event.at, walk.latest
                )
            )
        if event.status not in TRANSITIONS[previous]:
            problems.append(
                ComplaintHistoryProblem(
                    ComplaintGuard.TRANSITION, position, previous, event.status, event.at
                )
            )
        if event.status is ComplaintStatus.DECIDED:
            complete = complaint.file_complete_on
            if complete is None or complete > _day(event.at):
                problems.append(
                    ComplaintHistoryProblem(
                        ComplaintGuard.FILE_COMPLETE,
                        position,
                        previous,
                        event.status,
                        event.at,
                        complete,
                    )
                )
        return problems

    return check


def _moved(walk: _Walk, event: ComplaintEvent) -> _Walk:
    return _Walk(event.status, max(walk.latest, event.at), walk.position + 1)


def _start(complaint: Complaint) -> _Walk:
    return _Walk(ComplaintStatus.RECEIVED, complaint.lodged_at)


def check_history(complaint: Complaint) -> tuple[ComplaintHistoryProblem, ...]:
    """Every place where the complaint's history breaks a :class:`ComplaintGuard`.

    Each event is checked against the status before it and the latest time seen so far, so one
    wrong event is reported once rather than spoiling the rest (the walk is the state machine
    shared with the policy cycle).
    """
    problems: list[ComplaintHistoryProblem] = []
    complete = complaint.file_complete_on
    if complete is not None and complete < complaint.lodged_on:
        problems.append(
            ComplaintHistoryProblem(
                ComplaintGuard.FILE_COMPLETE,
                None,
                ComplaintStatus.RECEIVED,
                None,
                complaint.lodged_at,
                complete,
            )
        )
    _, refusals = machine.replay(_start(complaint), complaint.history, _guards(complaint), _moved)
    problems.extend(refusal.problem for refusal in refusals)
    return tuple(problems)


class ComplaintTransitionError(PelayananError, ValueError):
    """:func:`advance` refused a move; names the rule it breaks and that rule's basis."""

    def __init__(self, complaint_id: str, problem: ComplaintHistoryProblem) -> None:
        self.complaint_id = complaint_id
        self.problem = problem
        """What was wrong, as a value."""
        self.code = problem.guard.code
        """The code of the rule that reports the same problem in loaded data."""
        self.basis = problem.guard.basis
        citations = "; ".join(str(c) for c in self.basis)
        detail = problem.text("en")
        if problem.guard is ComplaintGuard.FILE_COMPLETE and problem.at is not None:
            detail = f"cannot be decided at {problem.at.isoformat()}: " + (
                "its file was never declared complete"
                if problem.earlier is None
                else f"its file was declared complete only on {_stamp(problem.earlier)}"
            )
        super().__init__(f"{self.code}: {complaint_id} {detail} ({citations})")


@attrs.frozen
class ComplaintStatusChanged:
    """A complaint moved to a new status: the event :func:`advance` returns."""

    complaint_id: str
    previous: ComplaintStatus
    status: ComplaintStatus
    at: dt.datetime
    by: str = ""
    note: str = ""


def advance(
    complaint: Complaint,
    status: ComplaintStatus,
    at: dt.datetime,
    *,
    by: str = "",
    note: str = "",
) -> tuple[Complaint, ComplaintStatusChanged]:
    """Move ``complaint`` to ``status`` at ``at``: the new complaint and what happened.

    Refused with a :class:`ComplaintTransitionError` when :data:`TRANSITIONS` does not allow the
    move (PG010), when ``at`` is before the last event or the lodging (PG009), or when a decision
    comes before the day the file was declared complete (PG011; set
    :attr:`Complaint.file_complete_on` with :func:`attrs.evolve` first). ``at`` needs a UTC offset
    (:class:`~pelayanan.time.calendar.CalendarError` if not).
    """
    aware(at)
    event = ComplaintEvent(status, at, by, note)
    latest = max([complaint.lodged_at, *(e.at for e in complaint.history)])
    previous = complaint.status
    walk = _Walk(previous, latest, len(complaint.history))
    try:
        machine.step(walk, event, _guards(complaint), _moved)
    except machine.GuardBroken as refused:
        raise ComplaintTransitionError(complaint.id, refused.problems[0]) from None
    changed = ComplaintStatusChanged(complaint.id, previous, status, at, by, note)
    return attrs.evolve(complaint, history=(*complaint.history, event)), changed


# --- deadlines -------------------------------------------------------------------------------------


class ComplaintDeadlineKind(LabelledEnum):
    """The time limits on a complaint, from lodging to decision."""

    LODGING = "lodging"
    """Lodge within 30 days of receiving the service (Pasal 42 ayat (2); rule PG001)."""
    RESPONSE = "response"
    """Respond to a written complaint within 14 days (Pasal 44 ayat (1), UNVERIFIED; PG003)."""
    DECISION = "decision"
    """Decide within 60 days of the file being complete (Pasal 50; rule PG004)."""
    LAPOR_FORWARDING = "lapor_forwarding"
    """SP4N-LAPOR!: verify and forward within 3 working days (rule PG006)."""
    LAPOR_FOLLOW_UP = "lapor_follow_up"
    """SP4N-LAPOR!: the institution formulates its follow-up within 5 working days (PG007)."""
    TIER = "tier"
    """The unit's own response tier from its standard (component j; rule PG012)."""


register_labels(
    ComplaintDeadlineKind,
    {
        ComplaintDeadlineKind.LODGING: (
            "Batas waktu penyampaian pengaduan",
            "Time limit to lodge the complaint",
        ),
        ComplaintDeadlineKind.RESPONSE: (
            "Batas waktu tanggapan atas pengaduan tertulis",
            "Time limit to respond to a written complaint",
        ),
        ComplaintDeadlineKind.DECISION: (
            "Batas waktu keputusan atas pengaduan",
            "Time limit to decide the complaint",
        ),
        ComplaintDeadlineKind.LAPOR_FORWARDING: (
            "Verifikasi dan penerusan laporan SP4N-LAPOR!",
            "SP4N-LAPOR! verification and forwarding",
        ),
        ComplaintDeadlineKind.LAPOR_FOLLOW_UP: (
            "Perumusan tindak lanjut laporan SP4N-LAPOR!",
            "SP4N-LAPOR! follow-up formulated",
        ),
        ComplaintDeadlineKind.TIER: (
            "Jangka waktu penanganan pengaduan menurut standar pelayanan unit",
            "Response time under the unit's service standard",
        ),
    },
)


def _in_days(instance: object, attribute: attrs.Attribute[Any], value: Duration) -> None:
    """Complaint time limits count whole days (working or calendar)."""
    if not value.unit.is_days:
        msg = f"{attribute.name} must be in working or calendar days, not {value.unit.value}"
        raise InvalidValueError(attribute.name, msg)


@attrs.frozen
class ComplaintTimeLimit:
    """A time limit on one step of complaint handling: its duration and unit, and its basis."""

    duration: Duration = attrs.field(validator=_in_days)
    basis: tuple[Citation, ...]
    verified: bool = True
    """``False`` when the figure or its article is UNVERIFIED."""
    note: str = ""


_LODGING: Final = ComplaintTimeLimit(
    Duration(30, DurationUnit.CALENDAR_DAYS),
    (
        _cite(
            _UU25,
            article="42",
            paragraph="2",
            note="Article number UNVERIFIED; the 30 days are VERIFIED through Perpres 76/2013 "
            "(secondary, regulations.md §1.16).",
        ),
        _cite(_PERPRES, note='"paling lambat 30 hari setelah menggunakan layanan publik".'),
    ),
    note="The sources say '30 hari'; calendar days are this library's reading (regulations.md "
    "§1.16), configurable.",
)
_RESPONSE: Final = ComplaintTimeLimit(
    Duration(14, DurationUnit.CALENDAR_DAYS),
    (
        _cite(
            _UU25,
            article="44",
            paragraph="1",
            note="14 hari and the article are UNVERIFIED (regulations.md §1.16).",
        ),
    ),
    verified=False,
    note="UNVERIFIED: the response (complete/incomplete notice) within 14 days of receipt.",
)
_DECISION: Final = ComplaintTimeLimit(
    Duration(60, DurationUnit.CALENDAR_DAYS),
    _DECISION_BASIS,
    note="The sources say '60 hari'; calendar days are this library's reading, configurable.",
)
_LAPOR_NOTE: Final = (
    "SP4N-LAPOR! procedure (regulations.md §7, VERIFIED secondary: the LAPOR! FAQ and app "
    "description); the article of Permenpan RB 62/2018 is UNVERIFIED."
)
_LAPOR_FORWARDING: Final = ComplaintTimeLimit(
    Duration(3, DurationUnit.WORKING_DAYS),
    (_cite(_LAPOR, annex="", note=_LAPOR_NOTE),),
    note='"diverifikasi ... paling lambat 3 (tiga) hari kerja" and forwarded.',
)
_LAPOR_FOLLOW_UP: Final = ComplaintTimeLimit(
    Duration(5, DurationUnit.WORKING_DAYS),
    (_cite(_LAPOR, annex="", note=_LAPOR_NOTE),),
    note='"paling lambat 5 hari kerja untuk melakukan koordinasi internal dan perumusan tindak '
    'lanjut", from forwarding.',
)
_TIER_BASIS: Final = (
    _cite(_UU25, article="21", letter="j"),
    _cite(_UU25, article="15", letter="f"),
)


@attrs.frozen
class ComplaintPolicy:
    """The time limits applied to complaints; change any with :meth:`with_duration`.

    The defaults follow regulations.md §1.16 and §7: 30 and 60 days (calendar days, as the
    sources say only "hari"), the UNVERIFIED 14-day response, and LAPOR!'s 3 and 5 working days.
    ``None`` turns a limit off.

    >>> policy = COMPLAINT_POLICY.with_duration(
    ...     ComplaintDeadlineKind.DECISION, Duration(60, DurationUnit.WORKING_DAYS))
    >>> str(policy.decision.duration), str(policy.decision.basis[0])
    ('60 hari kerja', 'UU 25/2009 Pasal 50')
    >>> COMPLAINT_POLICY.with_duration(ComplaintDeadlineKind.RESPONSE, None).response is None
    True
    """

    lodging: ComplaintTimeLimit | None = _LODGING
    response: ComplaintTimeLimit | None = _RESPONSE
    decision: ComplaintTimeLimit | None = _DECISION
    lapor_forwarding: ComplaintTimeLimit | None = _LAPOR_FORWARDING
    lapor_follow_up: ComplaintTimeLimit | None = _LAPOR_FOLLOW_UP

    def limit(self, kind: ComplaintDeadlineKind) -> ComplaintTimeLimit | None:
        """The limit of ``kind`` (``None`` for tiers, which come from the unit's standard)."""
        if kind is ComplaintDeadlineKind.TIER:
            return None
        limit: ComplaintTimeLimit | None = getattr(self, kind.value)
        return limit

    def with_duration(
        self, kind: ComplaintDeadlineKind, duration: Duration | None
    ) -> ComplaintPolicy:
        """A copy with the limit of ``kind`` set to ``duration`` (``None`` turns it off).

        The basis stays; a limit that was off gets the default basis back.
        """
        if kind is ComplaintDeadlineKind.TIER:
            msg = "tiers come from the unit's standard, not from the policy"
            raise PelayananError(msg)
        changes: dict[str, Any] = {kind.value: None}
        if duration is not None:
            base = self.limit(kind) or _DEFAULT_LIMITS[kind]
            changes[kind.value] = attrs.evolve(base, duration=duration)
        return attrs.evolve(self, **changes)


_DEFAULT_LIMITS: Final = {
    ComplaintDeadlineKind.LODGING: _LODGING,
    ComplaintDeadlineKind.RESPONSE: _RESPONSE,
    ComplaintDeadlineKind.DECISION: _DECISION,
    ComplaintDeadlineKind.LAPOR_FORWARDING: _LAPOR_FORWARDING,
    ComplaintDeadlineKind.LAPOR_FOLLOW_UP: _LAPOR_FOLLOW_UP,
}

COMPLAINT_POLICY: Final = ComplaintPolicy()
"""The default :class:`ComplaintPolicy`."""


@attrs.frozen
class ComplaintDeadline:
    """One time limit on a complaint, as of a date: when it was due and whether it was kept.

    A step done on its due date is on time; :attr:`days_late` counts calendar days after the due
    date, whatever the limit's unit.
    """

    kind: ComplaintDeadlineKind
    limit: ComplaintTimeLimit
    start: dt.date
    """The day the limit counts from (the service, the lodging, the complete file, ...)."""
    due: dt.date
    """The last day on which the step is on time."""
    done_on: dt.date | None
    """The day the step was taken, or ``None`` if not yet as of :attr:`as_of`."""
    as_of: dt.date
    warnings: tuple[CalendarWarning, ...] = ()
    """Missing or estimated holiday data behind :attr:`due` (working-day limits)."""
    tier: str | None = None
    """The tier label, for :attr:`ComplaintDeadlineKind.TIER`."""

    @property
    def late(self) -> bool:
        """Whether the step came after the due date, or is still open after it."""
        return (self.done_on or self.as_of) > self.due

    @property
    def open(self) -> bool:
        """Whether the step is still to be taken as of :attr:`as_of`."""
        return self.done_on is None

    @property
    def days_late(self) -> int:
        """Calendar days after the due date the step came (or, if open, :attr:`as_of` is)."""
        return max(0, ((self.done_on or self.as_of) - self.due).days)


_HANDLED_BY_LAPOR: Final = FINISHED | {_S.FORWARDED, _S.FOLLOWED_UP}
_FOLLOWED_UP: Final = FINISHED | {_S.FOLLOWED_UP}


def _done(
    complaint: Complaint,
    statuses: frozenset[ComplaintStatus],
    as_of: dt.date,
    after: int = 0,
) -> dt.date | None:
    for event in complaint.history[after:]:
        if event.status in statuses:
            day = _day(event.at)
            return day if day <= as_of else None
    return None


def _tier(tiers: Sequence[ResponseTier], label: str | None) -> ResponseTier | None:
    if label is None:
        return None
    wanted = " ".join(label.split()).casefold()
    return next((t for t in tiers if " ".join(t.label.split()).casefold() == wanted), None)


def deadlines(
    complaint: Complaint,
    as_of: dt.date,
    policy: ComplaintPolicy = COMPLAINT_POLICY,
    calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
    tiers: Sequence[ResponseTier] = (),
) -> tuple[ComplaintDeadline, ...]:
    """Every time limit that applies to ``complaint``, as of ``as_of``, in a fixed order.

    * lodging: from :attr:`~Complaint.service_received_on` to the lodging day;
    * response (written complaints): from lodging to the first event of the history;
    * SP4N-LAPOR! channels: forwarding, from lodging to forwarding (or to a final disposition:
      not competent, archived, withdrawn; holding does not stop it); follow-up, from forwarding to
      the follow-up or a final status;
    * decision: from :attr:`~Complaint.file_complete_on` to a decision (or another final status);
    * the unit's tier named by :attr:`~Complaint.tier`, from lodging to a final status, when
      ``tiers`` (component j of the unit's standard) has it in days; tiers in minutes or hours
      need opening hours and are not computed here.

    Working days are counted on ``calendar``; events dated after ``as_of`` do not count yet.
    """
    found: list[ComplaintDeadline] = []
    lodged = complaint.lodged_on

    def add(
        kind: ComplaintDeadlineKind,
        limit: ComplaintTimeLimit | None,
        start: dt.date,
        done: dt.date | None,
        tier: str | None = None,
    ) -> None:
        if limit is None:
            return
        deadline = limit.duration.due(start, calendar=calendar)
        due = deadline.due
        if isinstance(due, dt.datetime):  # pragma: no cover  (limits are in days: _in_days)
            due = due.date()
        found.append(
            ComplaintDeadline(kind, limit, start, due, done, as_of, deadline.warnings, tier)
        )

    kinds = ComplaintDeadlineKind
    if complaint.service_received_on is not None:
        add(
            kinds.LODGING,
            policy.lodging,
            complaint.service_received_on,
            lodged if lodged <= as_of else None,
        )
    if complaint.written:
        first = _day(complaint.history[0].at) if complaint.history else None
        add(kinds.RESPONSE, policy.response, lodged, first if first and first <= as_of else None)
    if complaint.channel.is_sp4n_lapor:
        add(
            kinds.LAPOR_FORWARDING,
            policy.lapor_forwarding,
            lodged,
            _done(complaint, _HANDLED_BY_LAPOR, as_of),
        )
        forwarded = next(
            (i for i, e in enumerate(complaint.history) if e.status is _S.FORWARDED), None
        )
        if forwarded is not None and _day(complaint.history[forwarded].at) <= as_of:
            add(
                kinds.LAPOR_FOLLOW_UP,
                policy.lapor_follow_up,
                _day(complaint.history[forwarded].at),
                _done(complaint, _FOLLOWED_UP, as_of, forwarded + 1),
            )
    if complaint.file_complete_on is not None:
        add(
            kinds.DECISION,
            policy.decision,
            complaint.file_complete_on,
            _done(complaint, FINISHED, as_of),
        )
    tier = _tier(tiers, complaint.tier)
    if tier is not None and tier.duration.unit.is_days:
        add(
            kinds.TIER,
            ComplaintTimeLimit(tier.duration, _TIER_BASIS),
            lodged,
            _done(complaint, FINISHED, as_of),
            tier.label,
        )
    return tuple(found)


def overdue(
    complaint: Complaint,
    as_of: dt.date,
    policy: ComplaintPolicy = COMPLAINT_POLICY,
    calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
    tiers: Sequence[ResponseTier] = (),
) -> tuple[ComplaintDeadline, ...]:
    """The deadlines of :func:`deadlines` that were missed or are overdue as of ``as_of``."""
    return tuple(d for d in deadlines(complaint, as_of, policy, calendar, tiers) if d.late)
