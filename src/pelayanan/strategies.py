"""Hypothesis strategies for every public model, for users' tests and ours.

Needs `hypothesis <https://hypothesis.readthedocs.io/>`_ (``pip install pelayanan[strategies]``).
Every strategy yields objects that satisfy the model's invariants and survive a JSON round trip;
they are *not* necessarily compliant with the law (use them to test that your code copes with
anything the model allows).

>>> from hypothesis import given
>>> from pelayanan import from_json, to_json
>>> from pelayanan.strategies import service_standards
>>> @given(service_standards())
... def test_round_trip(standard):
...     assert from_json(to_json(standard)) == standard
>>> test_round_trip()
"""

from __future__ import annotations

import collections
import collections.abc
import datetime as dt
import decimal
import enum
import types
import typing
from fractions import Fraction
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from ._base.numbers import ROUNDING_MODES
from ._base.validators import non_empty, optional_non_empty
from .evaluation.ombudsman import OMBUDSMAN_SCHEMES, OmbudsmanScheme
from .evaluation.performance import (
    PEKPPP_INSTRUMENTS,
    Aspect,
    EvaluationInstrument,
    Indicator,
    IndicatorAssessment,
)
from .io.documents import DOCUMENT_KINDS, Document
from .io.limits import LATEST_YEAR, Limits
from .law import CATALOGUE, Citation, Instrument, InstrumentKind
from .model.charters import ServiceCharter
from .model.participants import ParticipantCategory
from .model.providers import Provider
from .model.records import DocumentRef, Establishment, OfficeLevel, Official, Publication
from .model.services import Service
from .model.standards import ServiceStandard
from .participation.complaints import (
    TRANSITIONS,
    Complaint,
    ComplaintStatus,
    ComplaintTimeLimit,
    advance,
)
from .participation.consultation import ConsultationForum
from .participation.cycle import (
    CycleAction,
    CycleEvent,
    CycleState,
    IllegalStep,
    PolicyCycle,
    TeamMember,
    apply_standard,
    conclude_review,
    establish,
    hold_consultation,
    illegal_steps,
    issue_charter,
    legal_actions,
    record_evaluation,
    review,
    revoke,
    start_drafting,
    start_revision,
    supersede,
)
from .participation.forms import (
    CooperationAgreement,
    OversightBody,
    PolicyParticipation,
)
from .participation.surveys import (
    QUESTIONNAIRES,
    QuestionnaireVersion,
    SatisfactionSurvey,
    SurveyResponse,
)
from .rules import BUILTIN_RULES, Issue, Rule
from .rules.index import Index
from .time.calendar import LabelledDate, Weekday, WorkingCalendar
from .time.durations import Duration, DurationUnit, LimitBound, TimeLimit, TimeLimitCase
from .time.hours import OpeningHours, SpecialPeriod, TimeWindow, WeeklyHours
from .time.regions import TimeZone

__all__ = [
    "citations",
    "complaints",
    "consultation_forums",
    "cooperation_agreements",
    "documents",
    "durations",
    "identifiers",
    "instruments",
    "models",
    "opening_hours",
    "oversight_bodies",
    "policy_cycles",
    "policy_participations",
    "providers",
    "questionnaires",
    "satisfaction_surveys",
    "service_charters",
    "service_standards",
    "services",
    "survey_responses",
    "texts",
    "working_calendars",
]

T = TypeVar("T")

_MAX_ITEMS = 3


def texts(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Unicode text without surrogates (which no JSON encoder can write as UTF-8)."""
    return st.text(st.characters(exclude_categories=["Cs"]), min_size=min_size, max_size=max_size)


def identifiers() -> st.SearchStrategy[str]:
    """Identifiers as people write them: ``dinsos-jambi``, ``sp-2024-01``."""
    return st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)


def _non_blank() -> st.SearchStrategy[str]:
    return texts(min_size=1).filter(lambda s: bool(s.strip()))


def _dates() -> st.SearchStrategy[dt.date]:
    return st.dates(dt.date(1945, 8, 17), dt.date(2100, 12, 31))


def _datetimes() -> st.SearchStrategy[dt.datetime]:
    zones = st.sampled_from([z.tzinfo for z in TimeZone] + [dt.UTC])
    # Hypothesis bounds are naive by its API; the zones make every value aware.
    low, high = dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1)  # noqa: DTZ001
    return st.datetimes(low, high, timezones=zones)


def _amounts() -> st.SearchStrategy[decimal.Decimal]:
    return st.decimals(
        min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False
    )


def _element_codes() -> st.SearchStrategy[str]:
    known = sorted({code for version in QUESTIONNAIRES.values() for code in version.codes})
    return st.sampled_from(known) | identifiers()


# Fields whose invariants the type alone does not express, in one class only.
_CLASS_FIELD_OVERRIDES: dict[tuple[type[Any], str], st.SearchStrategy[Any]] = {}

# Fields whose invariants the type alone does not express.
_FIELD_OVERRIDES: dict[str, st.SearchStrategy[Any]] = {
    "id": identifiers(),
    "version": st.integers(1, 50),
    "year": st.integers(1945, 2100),
    "interval_months": st.none() | st.integers(1, 60),
    # SKM: answers are on the 1–4 scale; rounding is a decimal mode; places stay reasonable.
    "answers": st.dictionaries(_element_codes(), st.integers(1, 4), max_size=9),
    "rounding": st.sampled_from(sorted(ROUNDING_MODES)),
    "places": st.integers(0, 6),
    "ni_places": st.integers(0, 6),
    "printed_weight": st.none()
    | st.decimals(decimal.Decimal("0.001"), decimal.Decimal(1), places=3),
}


def _instruments() -> st.SearchStrategy[Instrument]:
    return (
        st.sampled_from(list(CATALOGUE.values()))
        | models(Instrument)
        | st.deferred(_instruments_as_written)
    )


def _times() -> st.SearchStrategy[dt.time]:
    return st.times().map(lambda t: t.replace(microsecond=0))


def _time_windows() -> st.SearchStrategy[TimeWindow]:
    # Two distinct times make a window, in order; 00:00 as the end means midnight.
    pairs = st.lists(_times(), min_size=2, max_size=2, unique=True).map(sorted)
    return pairs.map(lambda p: TimeWindow(p[0], p[1])) | _times().map(
        lambda t: TimeWindow(t, dt.time(0, 0))
    )


def _special_periods() -> st.SearchStrategy[SpecialPeriod]:
    def build(name: str, first: dt.date, second: dt.date, hours: WeeklyHours) -> SpecialPeriod:
        return SpecialPeriod(name, min(first, second), max(first, second), hours)

    return st.builds(build, texts(), _dates(), _dates(), st.deferred(lambda: models(WeeklyHours)))


def _working_calendars() -> st.SearchStrategy[WorkingCalendar]:
    labelled = st.lists(st.builds(LabelledDate, _dates(), texts()), max_size=_MAX_ITEMS).map(tuple)
    # A date cannot be both closed and an extra working day: drop such pairs before building.
    closed_and_open = st.tuples(labelled, labelled).filter(
        lambda pair: not {d.date for d in pair[0]} & {d.date for d in pair[1]}
    )
    return st.builds(
        lambda weekdays, national, cuti, dates, extra_cuti: WorkingCalendar(
            weekdays, national, cuti, dates[0], dates[1], extra_cuti
        ),
        st.lists(st.sampled_from(Weekday), max_size=7, unique=True).map(tuple),
        st.booleans(),
        st.booleans(),
        closed_and_open,
        labelled,
    )


def _time_limit_values() -> st.SearchStrategy[dict[str, Any]]:
    """The value part of a time limit or a sub-case, in each form a standard writes."""
    duration = st.deferred(lambda: models(Duration))
    return st.one_of(
        st.builds(lambda d, b: {"duration": d, "bound": b}, duration, st.sampled_from(LimitBound)),
        st.builds(lambda lo, hi: {"duration": hi, "minimum": lo}, duration, duration),
        texts().map(lambda reason: {"no_fixed_time": reason}),
        st.just({}),
    )


def _time_limit_cases() -> st.SearchStrategy[TimeLimitCase]:
    return st.builds(
        lambda case, value: TimeLimitCase(case, **value), texts(), _time_limit_values()
    )


def _time_limits() -> st.SearchStrategy[TimeLimit]:
    """Every form of component d: a value, a range, a bound, no fixed time, sub-cases, text only."""
    cases = st.lists(st.deferred(_time_limit_cases), min_size=1, max_size=_MAX_ITEMS).map(tuple)
    values = _time_limit_values() | cases.map(lambda c: {"cases": c})
    return st.builds(
        lambda value, counted_from, note, written: TimeLimit(
            counted_from=counted_from, note=note, as_written=written, **value
        ),
        values,
        texts(max_size=20),
        texts(max_size=20),
        texts(max_size=20),
    )


def _instruments_as_written() -> st.SearchStrategy[Instrument]:
    """Instruments cited with only some of their facts: no year, no title, no number (UUD 1945)."""
    return st.builds(
        Instrument,
        st.sampled_from(InstrumentKind),
        st.none() | _non_blank(),
        st.none() | st.integers(1945, 2100),
        texts(max_size=20),
    )


def _questionnaires() -> st.SearchStrategy[QuestionnaireVersion]:
    return st.sampled_from(list(QUESTIONNAIRES.values())) | models(QuestionnaireVersion)


# Values whose invariants span many objects (weights that sum to one, rubrics of six levels,
# bands in order) are drawn from the built-in data, which satisfies them by construction.
_ASPECTS = [a for i in PEKPPP_INSTRUMENTS.values() for a in i.aspects]
_INDICATORS = [x for a in _ASPECTS for x in a.indicators]


def _issues() -> st.SearchStrategy[Issue]:
    params = st.dictionaries(identifiers(), _scalars(), max_size=_MAX_ITEMS)
    path = st.lists(identifiers() | st.integers(0, 20), max_size=_MAX_ITEMS)
    return st.builds(
        lambda path, variant, params: Issue(path, variant, **params),
        path,
        st.sampled_from(["default", "draft"]),
        params,
    )


def _illegal_steps() -> st.SearchStrategy[IllegalStep]:
    """Real illegal steps: a history that starts with anything but drafting (PC002)."""

    def build(index: int, event: CycleEvent) -> IllegalStep:
        [step] = illegal_steps([event])
        return attrs.evolve(step, index=index)

    events = st.deferred(lambda: models(CycleEvent)).filter(
        lambda e: e.action is not CycleAction.DRAFTING_STARTED
    )
    return st.builds(build, st.integers(0, 50), events)


def _limits() -> st.SearchStrategy[Limits]:
    def build(limits: Limits, years: list[int]) -> Limits:
        first, last = sorted(years)
        return attrs.evolve(limits, earliest_year=first, latest_year=last)

    sizes = st.integers(1, 10**9)
    limits = st.builds(
        Limits,
        max_integer=sizes,
        max_number_digits=sizes,
        max_exponent=sizes,
        max_string_length=sizes,
        max_depth=sizes,
        max_list_length=sizes,
        max_text_bytes=sizes,
        max_duration_amount=sizes,
        earliest_year=st.just(1),
        latest_year=st.just(LATEST_YEAR),
    )
    years = st.lists(st.integers(1, LATEST_YEAR), min_size=2, max_size=2)
    return st.builds(build, limits, years)


def _scalars() -> st.SearchStrategy[object]:
    """What a field typed ``object`` holds in practice: a message parameter, a JSON scalar."""
    return st.none() | st.booleans() | st.integers(-1000, 1000) | texts(max_size=10) | _dates()


def _in_days() -> st.SearchStrategy[Duration]:
    days = st.sampled_from([DurationUnit.WORKING_DAYS, DurationUnit.CALENDAR_DAYS])
    return st.builds(Duration, st.integers(0, 400), days)


# Types written as a key when they are built in, and as an object otherwise.
_REFERENCED: dict[Any, Any] = {Instrument: _instruments, QuestionnaireVersion: _questionnaires}

_TYPE_STRATEGIES: dict[Any, st.SearchStrategy[Any]] = {
    str: texts(),
    int: st.integers(0, 10_000),
    bool: st.booleans(),
    dt.date: _dates(),
    dt.datetime: _datetimes(),
    dt.time: _times(),
    decimal.Decimal: _amounts(),
    # Models whose invariants span two fields.
    TimeWindow: st.deferred(_time_windows),
    TimeLimit: st.deferred(_time_limits),
    TimeLimitCase: st.deferred(_time_limit_cases),
    SpecialPeriod: st.deferred(_special_periods),
    WorkingCalendar: st.deferred(_working_calendars),
    Fraction: st.fractions(min_value=0, max_value=10**6, max_denominator=10**6),
    EvaluationInstrument: st.sampled_from(list(PEKPPP_INSTRUMENTS.values())),
    Aspect: st.sampled_from(_ASPECTS),
    Indicator: st.sampled_from(_INDICATORS),
    OmbudsmanScheme: st.sampled_from(OMBUDSMAN_SCHEMES),
    Rule: st.sampled_from(list(BUILTIN_RULES)),
    Issue: st.deferred(_issues),
    IllegalStep: st.deferred(_illegal_steps),
    Limits: st.deferred(_limits),
    Index: st.builds(Index),
    object: st.deferred(_scalars),
}
_CLASS_FIELD_OVERRIDES.update(
    {
        (IndicatorAssessment, "score"): st.integers(0, 5),
        (ComplaintTimeLimit, "duration"): st.deferred(_in_days),
    }
)


def _for_container(tp: Any) -> st.SearchStrategy[Any] | None:  # noqa: ANN401  (any annotation)
    """Variadic tuples and mappings, or ``None`` for any other type."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return st.lists(_for_type(args[0]), max_size=_MAX_ITEMS).map(tuple)
    if origin is frozenset and len(args) == 1:
        return st.frozensets(_for_type(args[0]), max_size=_MAX_ITEMS)
    if origin is collections.Counter and len(args) == 1:
        return st.dictionaries(_for_type(args[0]), st.integers(0, 100), max_size=_MAX_ITEMS).map(
            collections.Counter
        )
    if origin in (dict, collections.abc.Mapping) and len(args) == 2:
        return st.dictionaries(_for_type(args[0]), _for_type(args[1]), max_size=_MAX_ITEMS)
    return None


def _for_type(tp: Any) -> st.SearchStrategy[Any]:  # noqa: ANN401, PLR0911  (any annotation; one return per kind)
    if tp in _TYPE_STRATEGIES:
        return _TYPE_STRATEGIES[tp]
    if tp in _REFERENCED:
        return st.deferred(_REFERENCED[tp])
    container = _for_container(tp)
    if container is not None:
        return container
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([st.none() if a is type(None) else _for_type(a) for a in args])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and attrs.has(tp):
        return st.deferred(lambda: models(tp))
    msg = f"no strategy for {tp!r}"
    raise TypeError(msg)


_MODELS: dict[type[Any], st.SearchStrategy[Any]] = {}


def models(cls: type[T]) -> st.SearchStrategy[T]:
    """A strategy for any :mod:`pelayanan` model class, built from its fields' types.

    >>> from hypothesis import given
    >>> from pelayanan import Duration
    >>> @given(models(Duration))
    ... def test_durations_are_never_negative(duration):
    ...     assert duration.amount >= 0
    >>> test_durations_are_never_negative()
    """
    if cls not in _MODELS:
        custom = attrs.has(cls) and cls in _TYPE_STRATEGIES
        _MODELS[cls] = _TYPE_STRATEGIES[cls] if custom else _build(cls)
    strategy: st.SearchStrategy[T] = _MODELS[cls]
    return strategy


def _build(cls: type[Any]) -> st.SearchStrategy[Any]:
    if not attrs.has(cls):
        msg = f"{cls!r} is not a pelayanan model class"
        raise TypeError(msg)
    hints = typing.get_type_hints(cls, localns=_LATE_NAMES)
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        if (cls, field.name) in _CLASS_FIELD_OVERRIDES:
            fields[field.name] = _CLASS_FIELD_OVERRIDES[cls, field.name]
        elif field.name in _FIELD_OVERRIDES:
            override = _FIELD_OVERRIDES[field.name]
            optional = type(None) in typing.get_args(hints[field.name])
            fields[field.name] = st.none() | override if optional else override
        elif field.validator is non_empty:
            fields[field.name] = identifiers() if field.name.endswith("id") else _non_blank()
        elif field.validator is optional_non_empty:
            fields[field.name] = st.none() | _non_blank()
        else:
            fields[field.name] = _for_type(hints[field.name])
    return st.builds(cls, **fields)


_LATE_NAMES: dict[str, Any] = {"QuestionnaireVersion": QuestionnaireVersion, "Index": Index}
"""Names that modules import for type checking only (to avoid a cycle), for their hints."""


def instruments() -> st.SearchStrategy[Instrument]:
    """Legal instruments: catalogue entries and made-up ones."""
    return _instruments()


def citations() -> st.SearchStrategy[Citation]:
    """Citations into catalogue and made-up instruments."""
    return models(Citation)


def durations() -> st.SearchStrategy[Duration]:
    """Durations in every unit."""
    return models(Duration)


def working_calendars() -> st.SearchStrategy[WorkingCalendar]:
    """Working calendars with any weekdays, flags, closures and extra days."""
    return models(WorkingCalendar)


def opening_hours() -> st.SearchStrategy[OpeningHours]:
    """Opening hours with weekly windows, special periods and exceptions."""
    return models(OpeningHours)


def providers() -> st.SearchStrategy[Provider]:
    """Providers with units, executors and channels."""
    return models(Provider)


def services() -> st.SearchStrategy[Service]:
    """Services."""
    return models(Service)


def service_standards() -> st.SearchStrategy[ServiceStandard]:
    """Service standards, complete or not."""
    return models(ServiceStandard)


def service_charters() -> st.SearchStrategy[ServiceCharter]:
    """Service charters."""
    return models(ServiceCharter)


def questionnaires() -> st.SearchStrategy[QuestionnaireVersion]:
    """SKM questionnaire versions: the built-in ones and made-up ones."""
    return _questionnaires()


def survey_responses() -> st.SearchStrategy[SurveyResponse]:
    """Respondents' questionnaires: answers from 1 to 4 by element code, with or without a profile."""
    return models(SurveyResponse)


def satisfaction_surveys() -> st.SearchStrategy[SatisfactionSurvey]:
    """Satisfaction surveys (SKM), with responses, publications and follow-up plans."""
    return models(SatisfactionSurvey)


def consultation_forums() -> st.SearchStrategy[ConsultationForum]:
    """Public consultation forums (FKP), complete or not."""
    return models(ConsultationForum)


@st.composite
def _complaints(draw: st.DrawFn, max_steps: int) -> Complaint:
    complaint = attrs.evolve(draw(models(Complaint)), history=(), file_complete_on=None)
    at = complaint.lodged_at
    for _ in range(draw(st.integers(0, max_steps))):
        moves = sorted(TRANSITIONS[complaint.status], key=lambda s: s.value)
        if not moves:
            break
        status = draw(st.sampled_from(moves))
        at += dt.timedelta(minutes=draw(st.integers(0, 20 * 24 * 60)))
        if status is ComplaintStatus.DECIDED and complaint.file_complete_on is None:
            complaint = attrs.evolve(complaint, file_complete_on=complaint.lodged_on)
        complaint, _ = advance(complaint, status, at)
    return complaint


def complaints(*, max_steps: int = 6) -> st.SearchStrategy[Complaint]:
    """Complaints whose history was built by :func:`~pelayanan.participation.complaints.advance`.

    Every history is in time order and makes only allowed moves (so rules PG009–PG011 find
    nothing); the other fields are anything the model allows. ``models(Complaint)`` gives
    arbitrary histories instead, as a JSON file may hold.
    """
    return _complaints(max_steps)


def cooperation_agreements() -> st.SearchStrategy[CooperationAgreement]:
    """Cooperation agreements with the public (UU 25/2009 Pasal 39 ayat (2))."""
    return models(CooperationAgreement)


def oversight_bodies() -> st.SearchStrategy[OversightBody]:
    """Community oversight bodies (UU 25/2009 Pasal 39 ayat (3))."""
    return models(OversightBody)


def policy_participations() -> st.SearchStrategy[PolicyParticipation]:
    """Records of the public taking part in drafting a service policy."""
    return models(PolicyParticipation)


def documents() -> st.SearchStrategy[Document]:
    """Documents of every kind."""
    classes: list[type[Any]] = list(DOCUMENT_KINDS.values())
    return st.one_of([models(cls) for cls in classes])


def _ids(draw: st.DrawFn) -> tuple[str, ...]:
    return tuple(draw(st.lists(identifiers(), max_size=2)))


def _step(  # noqa: PLR0911  (one return per action)
    draw: st.DrawFn, state: CycleState, action: CycleAction, on: dt.date
) -> tuple[CycleState, CycleEvent]:
    """Take ``action`` (legal from ``state``) on ``on``, with contents drawn at random."""
    minutes = draw(st.none() | models(DocumentRef))
    categories = draw(st.lists(st.sampled_from(ParticipantCategory), max_size=3, unique=True))
    if action is CycleAction.CONSULTATION_HELD:
        return hold_consultation(
            state,
            on=on,
            participant_categories=categories,
            forum_ids=_ids(draw),
            survey_ids=_ids(draw),
            minutes=minutes,
        )
    if action is CycleAction.STANDARD_ESTABLISHED:
        level = draw(st.sampled_from([OfficeLevel.UNIT_HEAD, OfficeLevel.PROVIDER_HEAD]))
        signatory = Official(draw(texts()), draw(texts()), level)
        return establish(
            state,
            Establishment(draw(texts()), on, signatory),
            document_id=draw(st.none() | identifiers()),
        )
    if action is CycleAction.CHARTER_ISSUED:
        return issue_charter(state, on=on, charter_id=draw(st.none() | identifiers()))
    if action is CycleAction.STANDARD_APPLIED:
        publications = draw(st.lists(models(Publication), max_size=2))
        return apply_standard(state, on=on, publications=publications, action_plan=minutes)
    if action is CycleAction.EVALUATION_RECORDED:
        return record_evaluation(
            state,
            on=on,
            survey_ids=_ids(draw),
            complaint_ids=_ids(draw),
            forum_ids=_ids(draw),
            participant_categories=categories,
            public_involved=draw(st.booleans()),
        )
    if action is CycleAction.STANDARD_REVIEWED:
        return review(
            state,
            on=on,
            minutes=minutes,
            outcome=draw(texts()),
            public_involved=draw(st.booleans()),
        )
    if action is CycleAction.REVIEW_CONCLUDED_UNCHANGED:
        return conclude_review(state, on=on, outcome=draw(texts()))
    if action is CycleAction.REVISION_STARTED:
        return start_revision(state, on=on, document_id=draw(st.none() | identifiers()))
    if action is CycleAction.STANDARD_SUPERSEDED:
        return supersede(state, on=on, successor_id=draw(st.none() | identifiers()))
    return revoke(state, on=on)


_ENDINGS = (CycleAction.STANDARD_SUPERSEDED, CycleAction.STANDARD_REVOKED)


@st.composite
def _policy_cycles(draw: st.DrawFn, max_events: int) -> PolicyCycle:
    on = draw(st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)))
    team = draw(st.lists(models(TeamMember), max_size=3))
    state, first = start_drafting(
        on=on,
        version=draw(st.integers(1, 5)),
        document_id=draw(st.none() | identifiers()),
        team=team,
    )
    events = [first]
    for _ in range(draw(st.integers(0, max_events - 1))):
        actions = legal_actions(state)
        if not actions:
            break
        # Ending the cycle is one choice in ten when another exists, so that histories get far.
        going_on = [a for a in actions if a not in _ENDINGS]
        if going_on and draw(st.integers(0, 9)) > 0:
            actions = tuple(going_on)
        action = draw(st.sampled_from(actions))
        on = state.updated_on + dt.timedelta(days=draw(st.integers(0, 400)))
        state, event = _step(draw, state, action, on)
        events.append(event)
    return PolicyCycle(
        id=draw(identifiers()),
        subject=draw(identifiers()),
        title=draw(texts()),
        service_id=draw(st.none() | identifiers()),
        unit_id=draw(st.none() | identifiers()),
        events=tuple(events),
    )


def policy_cycles(*, max_events: int = 16) -> st.SearchStrategy[PolicyCycle]:
    """*Legal* policy cycles: histories made by the transition functions, each step allowed.

    Every history starts with drafting and takes up to ``max_events`` steps, each drawn from
    :func:`~pelayanan.participation.cycle.legal_actions` with random contents and non-decreasing dates; so
    :func:`~pelayanan.participation.cycle.illegal_steps` finds nothing in them. ``models(PolicyCycle)``
    gives arbitrary (mostly illegal) histories instead.
    """
    return _policy_cycles(max_events)
