"""*Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik* (PEKPPP) and its index, the IPP.

The Minister of PANRB evaluates service units every year and publishes an *Indeks Pelayanan Publik*
(IPP) on a 0–5 scale (Permenpan RB 17/2017, replaced by Permenpan RB 29/2022 as amended by
Permenpan RB 4/2023; the instrument itself is set by a Pedoman Menteri). The instrument is versioned
data here: an :class:`EvaluationInstrument` has six aspects (:class:`Aspect`) with weights, each
with indicators (:class:`Indicator`) coded like ``"1.a"``, their weights within the aspect and,
where the sources give it, the rubric of levels 0–5.

How the index is computed (regulations.md §6.2–6.3, facts.md §5):

* each indicator gets a score from 0 to 5;
* aspect score = Σ (indicator weight × indicator score), exactly;
* IPP = Σ (aspect weight × aspect score), exactly;
* the IPP is then rounded to two decimals, half up (4,505 → 4,51), and that rounded value is
  classified into nine categories A (Pelayanan Prima, ≥ 4,51) … F (Gagal, ≤ 1,00). Rounding first
  is what makes the published bands (4,51–5,00, 4,01–4,50, …) leave no gaps.

Units in D, E or F (IPP ≤ 2,00) are a *prioritas pembinaan*, a priority for guidance.

>>> from decimal import Decimal
>>> from pelayanan.evaluation.performance import PEKPPP_2022, classify_ipp, compute_ipp
>>> [a.percent for a in PEKPPP_2022.aspects]
['24', '25', '18', '11', '10', '12']
>>> classify_ipp(Decimal("4.51")).label.id, classify_ipp(Decimal("4.50")).label.id
('Pelayanan Prima', 'Sangat Baik')
>>> result = compute_ipp({code: 4 for code in PEKPPP_2022.indicator_codes()})
>>> result.value, result.category.value, result.priority_for_guidance
(Decimal('4.00'), 'B', False)

Every indicator needs a score; a missing one is an error unless the caller asks for it to count as
0 (a lower bound, listed in :attr:`IppResult.missing`):

>>> compute_ipp({"1.a": 5})
Traceback (most recent call last):
...
pelayanan.evaluation.performance.MissingScoresError: no score for 29 indicators: 2.a, 3.a, ...
>>> compute_ipp({"1.a": 5}, missing_as_zero=True).value
Decimal('0.20')

Some figures are UNVERIFIED (from memory, inference or a single secondary source) and are marked
so on the data (``weight_verified``, ``bands_verified``) and listed by
:meth:`EvaluationInstrument.unverified`; the caller can replace them with
:meth:`EvaluationInstrument.with_aspect_weights` and
:meth:`EvaluationInstrument.with_indicator_weights`.

The model can also *derive* the indicators of aspect 1 it has data for (standards, charters) and
say what a unit lacks for each higher level; see :func:`assess_service_policy`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from fractions import Fraction

import attrs

from .._base.exports import adopt
from .._base.labels import Label, Lang
from .._base.numbers import Exact, round_half_up
from ..law import CATALOGUE, NoInstrumentInForceError, Topic
from ..model.charters import ServiceCharter
from ..model.services import Service
from ..model.standards import ServiceStandard
from ..participation.surveys import SatisfactionSurvey
from ._pekppp import INSTRUMENTS, PEKPPP_2017, PEKPPP_2022
from ._pekppp_model import (
    Aspect,
    AspectScore,
    EvaluationInstrument,
    Indicator,
    IndicatorAssessment,
    IndicatorScore,
    InvalidScoreError,
    InvalidWeightsError,
    IppBand,
    IppCategory,
    IppResult,
    LevelGap,
    MissingScoresError,
    RubricLevel,
    UnknownIndicatorError,
    _assess_charter,
    _assess_involvement,
    _assess_publication,
    _assess_reviews,
    _assess_standards_available,
    _current_standards,
    _ipp_value,
)
from ._skm_indicators import assess_surveys

__all__ = [
    "PEKPPP_2017",
    "PEKPPP_2022",
    "PEKPPP_INSTRUMENTS",
    "Aspect",
    "AspectScore",
    "EvaluationInstrument",
    "Indicator",
    "IndicatorAssessment",
    "IndicatorScore",
    "InvalidScoreError",
    "InvalidWeightsError",
    "IppBand",
    "IppCategory",
    "IppResult",
    "LevelGap",
    "MissingScoresError",
    "RubricLevel",
    "ServicePolicyAssessment",
    "UnknownIndicatorError",
    "assess_service_policy",
    "assess_survey_indicators",
    "assess_unit",
    "classify_ipp",
    "compute_ipp",
    "evaluation_instrument_for",
]


PEKPPP_INSTRUMENTS: Mapping[str, EvaluationInstrument] = {i.key: i for i in INSTRUMENTS}
"""The PEKPPP instruments by the catalogue key of the regulation that set them."""

_DERIVED = ("1.a", "2.a", "3.a", "4.a", "5.a")
_FROM_SURVEYS = ("6.a", "7.a", "8.a", "9.a")


@attrs.frozen
class ServicePolicyAssessment:
    """Aspect 1 (*Kebijakan Pelayanan*) of a unit as the model sees it on :attr:`on`.

    :attr:`assessments` holds the derived indicators (1.a–5.a, and 6.a–9.a when surveys are
    given) and any supplied ones, in the instrument's order; :attr:`missing` lists aspect-1
    indicators with no score yet.
    """

    on: dt.date
    assessments: tuple[IndicatorAssessment, ...]
    missing: tuple[str, ...]
    instrument: EvaluationInstrument = PEKPPP_2022

    @property
    def scores(self) -> dict[str, int]:
        """The levels by code, ready to merge with other aspects' scores for :func:`compute_ipp`."""
        return {a.code: a.score for a in self.assessments}

    def assessment(self, code: str) -> IndicatorAssessment:
        """The assessment of indicator ``code``."""
        for assessment in self.assessments:
            if assessment.code == code:
                return assessment
        msg = f"no assessment of {code!r} (missing: {', '.join(self.missing) or 'none'})"
        raise UnknownIndicatorError(msg)

    @property
    def aspect_score(self) -> Fraction | None:
        """Σ (weight × level) over aspect 1, or ``None`` while an indicator is missing."""
        if self.missing:
            return None
        aspect = self.instrument.aspect(1)
        scores = self.scores
        return sum((i.weight * scores[i.code] for i in aspect.indicators), Fraction(0))

    @property
    def unverified(self) -> tuple[Label, ...]:
        """The UNVERIFIED figures behind this aspect-1 estimate, in words, for reports to show.

        The weight of aspect 1 and of its indicators where not seen in a source, the rubrics
        (levels 0–5) of the indicators scored here that come from an unverified source, and the
        catalogue date of the instrument, which decides which instrument applies near 2022.
        """
        aspect = self.instrument.aspect(1)
        found: list[Label] = []
        if not aspect.weight_verified:
            found.append(
                Label(
                    f"Bobot aspek 1 ({aspect.percent}%) belum terverifikasi",
                    f"The weight of aspect 1 ({aspect.percent}%) is UNVERIFIED",
                )
            )
        if not all(i.weight_verified for i in aspect.indicators):
            found.append(
                Label(
                    "Bobot indikator dalam aspek 1 belum terverifikasi",
                    "The indicator weights within aspect 1 are UNVERIFIED",
                )
            )
        scored = {a.code for a in self.assessments}
        rubrics = [
            i.code
            for i in aspect.indicators
            if i.code in scored and i.levels and not i.rubric_verified
        ]
        if rubrics:
            codes = ", ".join(rubrics)
            found.append(
                Label(
                    f"Skala nilai (0–5) indikator {codes} berasal dari sumber yang belum "
                    "terverifikasi",
                    f"The levels (0–5) of indicators {codes} come from a source that is UNVERIFIED",
                )
            )
        regulation = CATALOGUE[self.instrument.key]
        if not regulation.dates_verified:
            found.append(
                Label(
                    f"Tanggal berlaku {regulation} belum terverifikasi",
                    f"The date {regulation} came into force is UNVERIFIED",
                )
            )
        return tuple(found)

    def explain(self, lang: Lang = "id") -> str:
        """Every indicator with its evidence and gaps, then the missing ones."""
        parts = [a.explain(lang) for a in self.assessments]
        if self.missing:
            head = "Belum dinilai" if lang == "id" else "Not yet scored"
            parts.append(f"{head}: {', '.join(self.missing)}")
        return "\n".join(parts)


def assess_service_policy(
    standards: Iterable[ServiceStandard],
    charters: Iterable[ServiceCharter] = (),
    *,
    on: dt.date,
    service_ids: Iterable[str] = (),
    supplied: Mapping[str, int | IndicatorAssessment] | None = None,
    surveys: Iterable[SatisfactionSurvey] | None = None,
    instrument: EvaluationInstrument | None = None,
) -> ServicePolicyAssessment:
    """Derive the aspect-1 indicators the model supports, for one unit, as of ``on``.

    The instrument is the one in force on ``on`` (:func:`evaluation_instrument_for`: Permenpan RB
    17/2017 before 29/2022 replaced it) unless ``instrument`` is given. Only the indicators the
    instrument defines are derived: 17/2017 scores aspect 1 as one indicator (``I``) by a rubric the
    model does not derive, so for its years every indicator is left to ``supplied``.

    ``standards`` and ``charters`` are the unit's (all versions may be given: for each service the
    version in force on ``on`` is used, established before draft, then the highest version).
    ``service_ids`` names every service the unit offers, so that a service without a standard
    counts (as level 0); services named by a standard are included anyway.

    Derived, each with its evidence and, for every higher level, what is missing:

    * **1.a** standard available: 0 none, 1 not all 14 components, 2 all 14, 3 + established by at
      least the unit head, 4 + drafted with the public, 5 + monitored/reviewed. *Every* service
      must reach a level for the unit to reach it (the weakest service counts), because the law
      asks for a standard for each service (UU 25/2009 Pasal 20 ayat (1)).
    * **2.a** community involvement: the number of distinct community groups (of the five in
      :meth:`ParticipantCategory.community`) in the consultations of all current standards,
      together: 0 → 0, ≥ 1 → 1, …, ≥ 4 → 4, more than 4 → 5.
    * **3.a** publication media for the six service-delivery components (weakest service counts;
      mapping partly UNVERIFIED, see the note on the result).
    * **4.a** review frequency: yearly for all services → 5, for some → 4; every two years for all
      → 3, for some → 2; all reviewed, but longer ago → 1; else 0.
    * **5.a** charter cycle: available → established → three commitments → published on
      non-electronic media → and on electronic media (the best charter counts).

    The satisfaction-survey indicators 6.a–9.a are derived when ``surveys`` is given (the unit's
    :class:`~pelayanan.participation.surveys.SatisfactionSurvey` documents; an empty list means the unit held
    none), by the F-02 rubric whose thresholds are UNVERIFIED (see :func:`assess_survey_indicators`):

    * **6.a** latest survey ended in the twelve months up to ``on`` → as the regulation requires
      → published on non-electronic media → and on electronic media → followed up;
    * **7.a** number of media publishing the results (more than 4 → 5);
    * **8.a** share of the follow-up plan realised: none 1, below 30 % 2, 30–80 % 3, above 80 % 4,
      all 5 (no plan 0);
    * **9.a** speed: every action realised within 1, 3, 6, 9 or 12 months of the report → 5 … 1.

    Without ``surveys``, pass them in ``supplied`` as levels (``{"6.a": 3}``) or as
    :class:`IndicatorAssessment` objects (which carry their own evidence). Those neither derived
    nor supplied are listed in :attr:`ServicePolicyAssessment.missing`.

    >>> import datetime as dt
    >>> from pelayanan import ServiceStandard
    >>> draft = ServiceStandard(id="sp-ktp", service_id="ktp")
    >>> result = assess_service_policy([draft], on=dt.date(2024, 6, 30), supplied={"6.a": 2})
    >>> result.assessment("1.a").score, result.missing
    (1, ('7.a', '8.a', '9.a'))
    >>> print(result.assessment("1.a").gaps[0].text("en"))  # doctest: +ELLIPSIS
    To reach level 2 you need: ktp: add the missing components (Pasal 21 huruf a, b, ...)
    """
    instrument = instrument or evaluation_instrument_for(on)
    aspect = instrument.aspect(1)
    codes = {i.code for i in aspect.indicators}
    given = dict(supplied or {})
    for code, value in given.items():
        if code not in codes:
            msg = f"{code!r} is not an indicator of aspect 1 ({instrument.key})"
            raise UnknownIndicatorError(msg)
        if code in _DERIVED and code in codes:
            msg = f"{code} is derived from the standards and charters; it cannot also be supplied"
            raise InvalidScoreError(msg)
        if surveys is not None and code in _FROM_SURVEYS:
            msg = f"{code} is derived from the surveys given; it cannot also be supplied"
            raise InvalidScoreError(msg)
        if isinstance(value, IndicatorAssessment) and value.code != code:
            msg = f"the assessment given for {code} is of {value.code}"
            raise InvalidScoreError(msg)
    services, current = _current_standards(standards, on)
    services = list(dict.fromkeys([*service_ids, *services]))
    derivers: dict[str, Callable[[], IndicatorAssessment]] = {
        "1.a": lambda: _assess_standards_available(services, current, on),
        "2.a": lambda: _assess_involvement(services, current, on),
        "3.a": lambda: _assess_publication(services, current, on),
        "4.a": lambda: _assess_reviews(services, current, on),
        "5.a": lambda: _assess_charter(charters, on),
    }
    derived = {code: derive() for code, derive in derivers.items() if code in codes}
    if surveys is not None and codes.issuperset(_FROM_SURVEYS):
        derived.update(assess_surveys(surveys, on))
    for code, value in given.items():
        derived[code] = (
            value
            if isinstance(value, IndicatorAssessment)
            else IndicatorAssessment(
                code,
                value,
                (Label("nilai diberikan oleh pemanggil", "level supplied by the caller"),),
            )
        )
    order = [i.code for i in aspect.indicators]
    return ServicePolicyAssessment(
        on=on,
        assessments=tuple(derived[c] for c in order if c in derived),
        missing=tuple(c for c in order if c not in derived),
        instrument=instrument,
    )


def assess_unit(
    documents: Iterable[object], unit_id: str, *, on: dt.date
) -> ServicePolicyAssessment:
    """Aspect 1 of unit ``unit_id`` on ``on``, from a data set of any documents.

    Picks out the unit's services, standards, charters and satisfaction surveys (by their
    ``unit_id``) and passes them to :func:`assess_service_policy`, surveys included, so that 6.a–9.a
    are derived too (the unit held none if none is given). Everything else is ignored. This is
    what ``pelayanan evaluate`` prints: an estimate from the data given, not the Minister's
    evaluation, which scores from evidence the model does not hold.

    >>> import datetime as dt
    >>> from pelayanan import Service, ServiceStandard
    >>> from pelayanan.model.services import ServiceScope
    >>> def service(id: str, name: str) -> Service:
    ...     return Service(id, name, "pemkot", "disdukcapil", ServiceScope.ADMINISTRATIVE)
    >>> documents = [
    ...     service("ktp", "KTP-el"),
    ...     service("kk", "Kartu Keluarga"),
    ...     ServiceStandard(id="sp-ktp", service_id="ktp", unit_id="disdukcapil"),
    ... ]
    >>> result = assess_unit(documents, "disdukcapil", on=dt.date(2024, 6, 30))
    >>> result.assessment("1.a").score  # the KK service has no standard at all
    0
    >>> result.assessment("6.a").score  # and the unit held no survey
    0
    """
    services: list[str] = []
    standards: list[ServiceStandard] = []
    charters: list[ServiceCharter] = []
    surveys: list[SatisfactionSurvey] = []
    for document in documents:
        if isinstance(document, Service) and document.unit_id == unit_id:
            services.append(document.id)
        elif isinstance(document, ServiceStandard) and document.unit_id == unit_id:
            standards.append(document)
        elif isinstance(document, ServiceCharter) and document.unit_id == unit_id:
            charters.append(document)
        elif isinstance(document, SatisfactionSurvey) and document.unit_id == unit_id:
            surveys.append(document)
    return assess_service_policy(standards, charters, on=on, service_ids=services, surveys=surveys)


def assess_survey_indicators(
    surveys: Iterable[SatisfactionSurvey], *, on: dt.date
) -> tuple[IndicatorAssessment, ...]:
    """Indicators 6.a–9.a of one unit on ``on``, derived from its satisfaction surveys.

    The latest survey that ended by ``on`` is assessed (none: every level is 0); for 6.a it must
    have ended in the twelve months up to ``on``. Each result carries its evidence and, for every
    higher level, what is missing. The rubric comes from a single secondary source and its
    thresholds are UNVERIFIED; so are the readings made here, listed in the module
    ``pelayanan.evaluation._skm_indicators``:

    >>> import datetime as dt
    >>> from pelayanan import SatisfactionSurvey
    >>> from pelayanan.model.records import FollowUpStatus
    >>> from pelayanan.participation.surveys import FollowUpAction, FollowUpPlan
    >>> plan = FollowUpPlan((
    ...     FollowUpAction("a", status=FollowUpStatus.REALISED, realised_on=dt.date(2024, 11, 1)),
    ...     FollowUpAction("b"),
    ... ), drawn_up_on=dt.date(2024, 10, 21))
    >>> skm = SatisfactionSurvey("skm", "u", dt.date(2024, 7, 1), dt.date(2024, 9, 30), follow_up=plan)
    >>> [(a.code, a.score) for a in assess_survey_indicators([skm], on=dt.date(2024, 12, 31))]
    [('6.a', 1), ('7.a', 0), ('8.a', 3), ('9.a', 0)]
    """
    found = assess_surveys(surveys, on)
    return tuple(found[code] for code in _FROM_SURVEYS)


def classify_ipp(value: Exact, instrument: EvaluationInstrument = PEKPPP_2022) -> IppCategory:
    """The IPP category of ``value`` (0–5), rounded half up to two decimals first.

    >>> from decimal import Decimal
    >>> classify_ipp(Decimal("2.00")).priority_for_guidance
    True
    >>> classify_ipp(Decimal("4.505")).value
    'A'
    >>> classify_ipp(Decimal("5.01"))
    Traceback (most recent call last):
    ...
    pelayanan.evaluation.performance.InvalidScoreError: an IPP or indicator score runs from 0 to 5, not 5.01
    """
    return instrument.classify(value)


def compute_ipp(
    scores: Mapping[str, Exact | IndicatorAssessment],
    *,
    instrument: EvaluationInstrument = PEKPPP_2022,
    missing_as_zero: bool = False,
) -> IppResult:
    """The IPP of one unit from its indicator scores (by code), exactly, then rounded and classified.

    Every score must lie in 0–5 (:class:`InvalidScoreError`) and every code must belong to the
    instrument (:class:`UnknownIndicatorError`). A missing indicator is an error
    (:class:`MissingScoresError`, listing all of them) unless ``missing_as_zero``: then it counts
    as 0 and is listed in :attr:`IppResult.missing`, and the IPP is a lower bound.
    """
    unknown = sorted(set(scores) - set(instrument.indicator_codes()))
    if unknown:
        msg = f"{instrument.key} has no indicator {', '.join(map(repr, unknown))}"
        raise UnknownIndicatorError(msg)
    exact = {
        code: _ipp_value(value.score if isinstance(value, IndicatorAssessment) else value)
        for code, value in scores.items()
    }
    missing = tuple(c for c in instrument.indicator_codes() if c not in exact)
    if missing and not missing_as_zero:
        raise MissingScoresError(missing)
    aspects = []
    for aspect in instrument.aspects:
        parts = tuple(
            IndicatorScore(i, exact.get(i.code, Fraction(0)), i.code in exact)
            for i in aspect.indicators
        )
        total = sum((p.indicator.weight * p.score for p in parts), Fraction(0))
        aspects.append(AspectScore(aspect, total, parts))
    ipp = sum((a.weighted for a in aspects), Fraction(0))
    return IppResult(
        instrument=instrument,
        aspects=tuple(aspects),
        exact=ipp,
        value=round_half_up(ipp),
        category=instrument.classify(ipp),
        missing=missing,
        unverified=instrument.unverified(),
    )


def evaluation_instrument_for(on: dt.date) -> EvaluationInstrument:
    """The PEKPPP instrument of the regulation in force on ``on`` (by the catalogue's dates).

    The catalogue's dates for these regulations are UNVERIFIED (``dates_verified=False``), so
    near a changeover pass the instrument explicitly instead.

    >>> import datetime as dt
    >>> evaluation_instrument_for(dt.date(2024, 1, 1))
    <EvaluationInstrument 'permenpan-rb-29-2022'>
    """
    regulation = CATALOGUE.in_force_for(Topic.PERFORMANCE_EVALUATION, on)
    try:
        return PEKPPP_INSTRUMENTS[regulation.key]
    except KeyError:
        msg = f"{regulation} was in force on {on.isoformat()}, but its instrument is not modelled"
        raise NoInstrumentInForceError(msg) from None


adopt(globals(), __all__)
