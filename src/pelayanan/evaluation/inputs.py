"""Evaluation inputs in one place: what a unit's evaluation of its standards should look at.

The law asks providers to evaluate their performance periodically against their standards, with
the public taking part "from drafting to evaluation" (UU 25/2009 Pasal 39 ayat (1); the
performance assessment of Pasal 38, article number UNVERIFIED, regulations.md §1.14). For a unit
and a period, :func:`gather_evaluation_inputs` collects from the documents at hand:

* each service's standard: the version in force, when it was last established or reviewed, and
  whether it is due for review (``ValidationConfig.review_interval_months``, default 12);
* each satisfaction survey (SKM) of the period: respondents, index, grade, publication and the
  realisation of its follow-up plan;
* the complaints lodged in the period: how many, how many decided, decided in time, still open
  past the decision deadline, lodged late (the 60- and 30-day limits of ``ComplaintPolicy``);
* the consultation forums (FKP) held in the period and the state of their follow-ups;

and says whether the public had any input at all (a survey, a complaint or a forum).

>>> import datetime as dt
>>> from pathlib import Path
>>> from pelayanan import from_json
>>> docs = []
>>> for path in sorted(Path("examples/dinas-sosial-kota-jambi").glob("*.json")):
...     loaded = from_json(path.read_bytes())
...     docs.extend(loaded if isinstance(loaded, list) else [loaded])
>>> inputs = gather_evaluation_inputs(
...     docs, "dinsos-kota-jambi", start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31)
... )
>>> [(s.survey_id, str(s.index), s.grade.value) for s in inputs.surveys]
[('skm-dinsos-2024', '81.44', 'B')]
>>> c = inputs.complaints
>>> (c.received, c.decided, c.decided_in_time, c.open_past_deadline, c.lodged_late)
(4, 3, 3, 1, 1)
>>> inputs.public_input
True
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal

import attrs
from dateutil.relativedelta import relativedelta

from .._base.labels import Label
from ..model.standards import ServiceStandard, StandardStatus, version_in_force
from ..participation.complaints import (
    COMPLAINT_POLICY,
    Complaint,
    ComplaintDeadlineKind,
    ComplaintPolicy,
    deadlines,
)
from ..participation.consultation import ConsultationForum
from ..participation.surveys import Grade, IndexNotComputableError, SatisfactionSurvey
from ..rules import ValidationConfig
from ..time.calendar import GOVERNMENT_CALENDAR, WorkingCalendar

__all__ = [
    "ComplaintStatistics",
    "EvaluationInputs",
    "ForumFollowUps",
    "StandardReviewStatus",
    "SurveyOutcome",
    "gather_evaluation_inputs",
]


@attrs.frozen
class StandardReviewStatus:
    """One service's standard as the evaluation finds it."""

    standard_id: str
    service_id: str
    version: int
    status: StandardStatus
    last_settled_on: dt.date | None
    """The later of its establishment and its last review, or ``None`` if neither."""
    due_for_review: bool
    """Established, and not established or reviewed within the review interval before the end of
    the period (a draft is not yet due: it is not in force)."""


@attrs.frozen
class SurveyOutcome:
    """One satisfaction survey (SKM) of the period."""

    survey_id: str
    period_start: dt.date
    period_end: dt.date
    respondents: int
    index: Decimal | None
    """The 25–100 index, or ``None`` when it cannot be computed (no responses)."""
    grade: Grade | None
    published: bool
    follow_up_planned: int
    follow_up_realised: int
    realisation_percent: Decimal | None
    unverified: tuple[Label, ...] = ()
    """What in the index and grade is UNVERIFIED (the grade band, the formula of the instrument),
    from :attr:`IkmResult.unverified <pelayanan.participation.surveys.IkmResult.unverified>`."""


@attrs.frozen
class ComplaintStatistics:
    """The complaints lodged in the period, as of the end of the period."""

    received: int = 0
    decided: int = 0
    """Decided, or closed after a decision or another final disposition."""
    decided_in_time: int = 0
    """Decided within the decision limit (60 days after the complete file, by default)."""
    open_past_deadline: int = 0
    """Not decided although the decision limit has passed."""
    lodged_late: int = 0
    """Lodged after the lodging window (30 days after the service, by default)."""
    by_channel: Mapping[str, int] = attrs.field(factory=dict)


@attrs.frozen
class ForumFollowUps:
    """One consultation forum of the period and its follow-up actions."""

    forum_id: str
    held_on: dt.date
    inputs: int
    follow_ups: int
    realised: int
    overdue: int


@attrs.frozen
class EvaluationInputs:
    """Everything a unit's evaluation of its standards should consider, for one period."""

    unit_id: str
    start: dt.date
    end: dt.date
    standards: tuple[StandardReviewStatus, ...]
    surveys: tuple[SurveyOutcome, ...]
    complaints: ComplaintStatistics
    forums: tuple[ForumFollowUps, ...]

    @property
    def public_input(self) -> bool:
        """Whether the public took part in the period: a survey, a complaint, or a forum."""
        return bool(self.surveys or self.complaints.received or self.forums)

    @property
    def due_for_review(self) -> tuple[StandardReviewStatus, ...]:
        """The standards due for review at the end of the period."""
        return tuple(s for s in self.standards if s.due_for_review)


def _in(day: dt.date, start: dt.date, end: dt.date) -> bool:
    return start <= day <= end


def _standards(
    standards: list[ServiceStandard], end: dt.date, config: ValidationConfig
) -> tuple[StandardReviewStatus, ...]:
    by_service: dict[str, list[ServiceStandard]] = {}
    for standard in standards:
        by_service.setdefault(standard.service_id, []).append(standard)
    found = []
    for service_id in sorted(by_service):
        versions = by_service[service_id]
        current = version_in_force(versions, end) or max(versions, key=lambda s: s.version)
        dates = [r.reviewed_on for r in current.reviews if r.reviewed_on <= end]
        decided = current.establishment.decided_on if current.establishment else None
        if decided is not None and decided <= end:
            dates.append(decided)
        last = max(dates, default=None)
        due = current.status is StandardStatus.ESTABLISHED and (
            last is None or last + relativedelta(months=config.review_interval_months) < end
        )
        found.append(
            StandardReviewStatus(current.id, service_id, current.version, current.status, last, due)
        )
    return tuple(found)


def _survey(survey: SatisfactionSurvey, as_of: dt.date) -> SurveyOutcome:
    unverified: tuple[Label, ...] = ()
    try:
        result = survey.result()
        index, grade, respondents = result.index, result.grade, result.respondents
        unverified = result.unverified
    except IndexNotComputableError:
        index, grade, respondents = None, None, len(survey.responses)
    plan = survey.follow_up
    return SurveyOutcome(
        survey.id,
        survey.period_start,
        survey.period_end,
        respondents,
        index,
        grade,
        bool(survey.publications),
        plan.planned if plan else 0,
        plan.realised_by(as_of) if plan else 0,
        plan.realisation_percentage(on=as_of) if plan else None,
        unverified,
    )


def _complaints(
    complaints: list[Complaint],
    as_of: dt.date,
    policy: ComplaintPolicy,
    calendar: WorkingCalendar,
) -> ComplaintStatistics:
    decided = in_time = open_late = lodged_late = 0
    channels: Counter[str] = Counter()
    for complaint in complaints:
        channels[complaint.channel.value] += 1
        limits = {d.kind: d for d in deadlines(complaint, as_of, policy, calendar)}
        decision = limits.get(ComplaintDeadlineKind.DECISION)
        lodging = limits.get(ComplaintDeadlineKind.LODGING)
        if decision is not None and decision.done_on is not None:
            decided += 1
            in_time += not decision.late
        elif decision is not None and decision.late:
            open_late += 1
        elif complaint.status_on(as_of).value in ("decided", "closed"):
            decided += 1
        if lodging is not None and lodging.late:
            lodged_late += 1
    return ComplaintStatistics(
        len(complaints), decided, in_time, open_late, lodged_late, dict(sorted(channels.items()))
    )


def _forum(forum: ConsultationForum, as_of: dt.date) -> ForumFollowUps:
    return ForumFollowUps(
        forum.id,
        forum.held_on,
        len(forum.inputs),
        len(forum.follow_ups),
        sum(1 for f in forum.follow_ups if f.is_realised_by(as_of)),
        sum(1 for f in forum.follow_ups if f.is_overdue(as_of)),
    )


def gather_evaluation_inputs(
    documents: Iterable[object],
    unit_id: str,
    *,
    start: dt.date,
    end: dt.date,
    config: ValidationConfig | None = None,
    policy: ComplaintPolicy = COMPLAINT_POLICY,
    calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
) -> EvaluationInputs:
    """Gather the evaluation inputs of ``unit_id`` for the period ``start`` to ``end`` (inclusive).

    Standards count whatever their date (the one in force at the end is reported); surveys whose
    period overlaps the evaluation period, complaints lodged in it and forums held in it count.
    Everything is judged as of ``end``.
    """
    config = config or ValidationConfig()
    standards, surveys, complaints, forums = [], [], [], []
    for document in documents:
        if isinstance(document, ServiceStandard) and document.unit_id == unit_id:
            standards.append(document)
        elif isinstance(document, SatisfactionSurvey) and document.unit_id == unit_id:
            if document.period_start <= end and document.period_end >= start:
                surveys.append(document)
        elif (
            isinstance(document, Complaint)
            and document.unit_id == unit_id
            and _in(document.lodged_at.date(), start, end)
        ):
            complaints.append(document)
        elif (
            isinstance(document, ConsultationForum)
            and document.unit_id == unit_id
            and _in(document.held_on, start, end)
        ):
            forums.append(document)
    return EvaluationInputs(
        unit_id,
        start,
        end,
        _standards(standards, end, config),
        tuple(_survey(s, end) for s in sorted(surveys, key=lambda s: (s.period_start, s.id))),
        _complaints(complaints, end, policy, calendar),
        tuple(_forum(f, end) for f in sorted(forums, key=lambda f: (f.held_on, f.id))),
    )
