"""The types of the PEKPPP evaluation and the aspect-1 ladders; :mod:`pelayanan.evaluation.performance` is public.

The instrument data (``_pekppp``) and the survey indicators (``_skm_indicators``) import this
module; the public module imports all three.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from .._base.errors import PelayananError
from .._base.labels import Label, LabelledEnum, Lang, register_labels
from .._base.numbers import Exact, round_half_up, to_fraction
from .._base.validators import non_empty, to_decimal
from ..law import Citation
from ..model.charters import CharterStatus, ServiceCharter
from ..model.components import Component
from ..model.participants import ParticipantCategory
from ..model.records import OfficeLevel, Publication, PublicationMedium
from ..model.standards import ServiceStandard, StandardStatus, version_in_force

__all__ = [
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
    "UnknownIndicatorError",
]

MAX_SCORE = 5
"""The top of the PEKPPP scale (skala 0–5; regulations.md §6.2)."""


# --- errors ----------------------------------------------------------------------------------------


class InvalidWeightsError(PelayananError, ValueError):
    """Weights that cannot be weights: negative, or not summing to exactly 1 (an error in data)."""


class InvalidScoreError(PelayananError, ValueError):
    """A score outside its scale (0–5 for PEKPPP, 0–100 for the Ombudsman): it means nothing."""


class MissingScoresError(PelayananError, ValueError):
    """Indicators of the instrument have no score; :attr:`codes` lists every one of them."""

    codes: tuple[str, ...]

    def __init__(self, codes: Iterable[str]) -> None:
        self.codes = tuple(codes)
        count = len(self.codes)
        super().__init__(
            f"no score for {count} indicator{'s' if count != 1 else ''}: {', '.join(self.codes)}"
            " (pass missing_as_zero=True to count them as 0)"
        )


class UnknownIndicatorError(PelayananError, LookupError):
    """A score was given for an indicator code the instrument does not have."""


# --- categories ------------------------------------------------------------------------------------


class IppCategory(LabelledEnum):
    """The nine IPP categories (*kategori*), A (*Pelayanan Prima*) to F (*Gagal*).

    Values are the category as written, with an ASCII hyphen for the minus (``"A-"``).
    """

    A = "A"
    A_MINUS = "A-"
    B = "B"
    B_MINUS = "B-"
    C = "C"
    C_MINUS = "C-"
    D = "D"
    E = "E"
    F = "F"

    @property
    def priority_for_guidance(self) -> bool:
        """Whether the unit is a *prioritas pembinaan*: categories D, E and F (IPP ≤ 2,00)."""
        return self in _PRIORITY_FOR_GUIDANCE


_PRIORITY_FOR_GUIDANCE = frozenset({IppCategory.D, IppCategory.E, IppCategory.F})

register_labels(
    IppCategory,
    {
        IppCategory.A: ("Pelayanan Prima", "Excellent service"),
        IppCategory.A_MINUS: ("Sangat Baik", "Very good"),
        IppCategory.B: ("Baik", "Good"),
        IppCategory.B_MINUS: ("Baik dengan catatan", "Good, with notes"),
        IppCategory.C: ("Cukup", "Fair"),
        IppCategory.C_MINUS: ("Cukup dengan catatan", "Fair, with notes"),
        IppCategory.D: ("Buruk", "Poor"),
        IppCategory.E: ("Sangat Buruk", "Very poor"),
        IppCategory.F: ("Gagal", "Failed"),
    },
)


@attrs.frozen
class IppBand:
    """One row of the category table: the lowest IPP (two decimals, inclusive) of a category."""

    category: IppCategory
    minimum: Decimal = attrs.field(converter=to_decimal)


# --- weights ---------------------------------------------------------------------------------------


def _weight(value: Exact) -> Fraction:
    weight = to_fraction(value, "weight")
    if weight < 0:
        msg = f"a weight cannot be negative, not {value}"
        raise InvalidWeightsError(msg)
    return weight


def _percent(weight: Fraction) -> str:
    hundredths = weight * 100
    if hundredths.denominator == 1:
        return str(hundredths.numerator)
    return str(round_half_up(hundredths))


def _check_sum(weights: Iterable[Fraction], what: str) -> None:
    total = sum(weights, Fraction(0))
    if total != 1:
        msg = f"{what} sum to {total} ({_percent(total)}%), not 1"
        raise InvalidWeightsError(msg)


# --- the instrument --------------------------------------------------------------------------------


@attrs.frozen
class RubricLevel:
    """What one level (0–5) of an indicator's rubric requires, as the evaluator's form words it."""

    score: int
    requirement: Label


def _check_levels(_: object, __: attrs.Attribute[Any], levels: tuple[RubricLevel, ...]) -> None:
    if levels and [level.score for level in levels] != list(range(MAX_SCORE + 1)):
        msg = "a rubric has the levels 0 to 5, in order"
        raise ValueError(msg)


@attrs.frozen(repr=False)
class Indicator:
    """One indicator (*indikator*) of an aspect, e.g. ``1.a`` *Tersedia Standar Pelayanan*.

    ``weight`` is the weight *within* its aspect; its effective weight in the IPP is the aspect's
    weight times this one (facts.md §5: 24% × 17% = 4,08% for 1.a).
    """

    code: str = attrs.field(validator=non_empty)
    name: Label
    weight: Fraction = attrs.field(converter=_weight)
    weight_verified: bool = False
    """``False`` where the weight is assumed (equal weights) or from a single unconfirmed source."""
    levels: tuple[RubricLevel, ...] = attrs.field(default=(), validator=_check_levels)
    """The rubric, levels 0 to 5; empty where the sources do not give it."""
    rubric_verified: bool = False
    """Whether the project's sources (``docs/sources``) record the rubric's levels.

    ``False`` where the thresholds come only from one application's seed data, or where reading
    them needs an interpretation (3.a: whether SIPPN counts among the media).
    """
    note: str = ""

    def __repr__(self) -> str:
        return f"<Indicator {self.code} {self.name.id!r}>"

    def level(self, score: int) -> RubricLevel | None:
        """The rubric level for ``score``, or ``None`` when the rubric is not known."""
        return self.levels[score] if self.levels and 0 <= score <= MAX_SCORE else None


def _check_indicators(
    instance: Aspect, _: attrs.Attribute[Any], indicators: tuple[Indicator, ...]
) -> None:
    if not indicators:
        msg = f"aspect {instance.number} has no indicators"
        raise InvalidWeightsError(msg)
    _check_sum((i.weight for i in indicators), f"the indicator weights of aspect {instance.number}")


@attrs.frozen(repr=False)
class Aspect:
    """One of the six aspects (*aspek*) of PEKPPP, with its weight in the IPP and its indicators.

    The indicator weights of an aspect must sum to exactly 1; anything else is an error in data.
    """

    number: int
    name: Label
    weight: Fraction = attrs.field(converter=_weight)
    indicators: tuple[Indicator, ...] = attrs.field(validator=_check_indicators)
    weight_verified: bool = False
    indicators_verified: bool = False
    """Whether the list of indicators (codes and names) was seen in a source."""
    note: str = ""

    def __repr__(self) -> str:
        return f"<Aspect {self.number} {self.name.id!r}>"

    @property
    def percent(self) -> str:
        """The weight as a percentage, for display (``"24"``, ``"16.67"``)."""
        return _percent(self.weight)


def _check_aspects(
    instance: EvaluationInstrument, _: attrs.Attribute[Any], aspects: tuple[Aspect, ...]
) -> None:
    _check_sum((a.weight for a in aspects), f"the aspect weights of {instance.key}")
    codes = [i.code for a in aspects for i in a.indicators]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        msg = f"indicator codes appear twice in {instance.key}: {', '.join(duplicates)}"
        raise ValueError(msg)


def _check_bands(_: object, __: attrs.Attribute[Any], bands: tuple[IppBand, ...]) -> None:
    minimums = [b.minimum for b in bands]
    if not bands or minimums != sorted(minimums, reverse=True) or minimums[-1] != 0:
        msg = "IPP bands run from the highest minimum down to a last band starting at 0"
        raise ValueError(msg)


@attrs.frozen(repr=False)
class EvaluationInstrument:
    """One version of the PEKPPP instrument: aspects, indicators, weights and category bands.

    ``key`` is the catalogue key of the regulation that set it (``"permenpan-rb-29-2022"``) and
    ``basis`` cites that regulation and what amended or implemented it.
    """

    key: str = attrs.field(validator=non_empty)
    name: Label
    basis: tuple[Citation, ...]
    aspects: tuple[Aspect, ...] = attrs.field(validator=_check_aspects)
    bands: tuple[IppBand, ...] = attrs.field(validator=_check_bands)
    bands_verified: bool = False
    note: str = ""

    def __repr__(self) -> str:
        return f"<EvaluationInstrument {self.key!r}>"

    def __str__(self) -> str:
        return self.name.id

    def aspect(self, number: int) -> Aspect:
        """The aspect numbered ``number`` (1 to 6)."""
        for aspect in self.aspects:
            if aspect.number == number:
                return aspect
        msg = f"{self.key} has no aspect {number}"
        raise LookupError(msg)

    def indicator_codes(self) -> tuple[str, ...]:
        """Every indicator code, in the instrument's order."""
        return tuple(i.code for a in self.aspects for i in a.indicators)

    def indicator(self, code: str) -> Indicator:
        """The indicator with ``code``; :class:`UnknownIndicatorError` if there is none."""
        for aspect in self.aspects:
            for indicator in aspect.indicators:
                if indicator.code == code:
                    return indicator
        msg = f"{self.key} has no indicator {code!r}"
        raise UnknownIndicatorError(msg)

    def classify(self, value: Exact) -> IppCategory:
        """The category of an IPP ``value`` (rounded half up to two decimals first)."""
        exact = _ipp_value(value)
        rounded = round_half_up(exact)
        return next(b.category for b in self.bands if rounded >= b.minimum)

    def with_aspect_weights(
        self, weights: Mapping[int, Exact], *, verified: bool = False
    ) -> EvaluationInstrument:
        """A copy with the aspect weights in ``weights`` (by aspect number) replaced.

        The new weights must still sum to 1 with the others. They are marked ``verified`` as the
        caller says (unverified unless told).

        >>> from decimal import Decimal
        >>> from pelayanan.evaluation.performance import PEKPPP_2017
        >>> old = PEKPPP_2017.with_aspect_weights(
        ...     {1: Decimal("0.25"), 2: Decimal("0.20"), 3: Decimal("0.15"),
        ...      4: Decimal("0.15"), 5: Decimal("0.15"), 6: Decimal("0.10")})
        >>> [a.percent for a in old.aspects]
        ['25', '20', '15', '15', '15', '10']
        """
        unknown = sorted(set(weights) - {a.number for a in self.aspects})
        if unknown:
            msg = f"{self.key} has no aspect {', '.join(map(str, unknown))}"
            raise LookupError(msg)
        aspects = tuple(
            attrs.evolve(a, weight=weights[a.number], weight_verified=verified)
            if a.number in weights
            else a
            for a in self.aspects
        )
        return attrs.evolve(self, aspects=aspects)

    def with_indicator_weights(
        self, aspect: int, weights: Mapping[str, Exact], *, verified: bool = False
    ) -> EvaluationInstrument:
        """A copy with the weights of indicators of aspect number ``aspect`` replaced (by code)."""
        old = self.aspect(aspect)
        unknown = sorted(set(weights) - {i.code for i in old.indicators})
        if unknown:
            msg = f"aspect {aspect} of {self.key} has no indicator {', '.join(unknown)}"
            raise UnknownIndicatorError(msg)
        indicators = tuple(
            attrs.evolve(i, weight=weights[i.code], weight_verified=verified)
            if i.code in weights
            else i
            for i in old.indicators
        )
        new = attrs.evolve(old, indicators=indicators)
        return attrs.evolve(self, aspects=tuple(new if a is old else a for a in self.aspects))

    def unverified(self) -> tuple[Label, ...]:
        """Every UNVERIFIED figure this instrument uses, in words, for reports to show."""
        found: list[Label] = []
        for a in self.aspects:
            if not a.weight_verified:
                found.append(
                    Label(
                        f"Bobot aspek {a.number} ({a.name.id}) {a.percent}% belum terverifikasi",
                        f"The weight of aspect {a.number} ({a.name.en}), {a.percent}%, "
                        "is UNVERIFIED",
                    )
                )
            if not all(i.weight_verified for i in a.indicators):
                found.append(
                    Label(
                        f"Bobot indikator dalam aspek {a.number} belum terverifikasi",
                        f"The indicator weights within aspect {a.number} are UNVERIFIED",
                    )
                )
        if not self.bands_verified:
            found.append(
                Label(
                    "Batas kategori IPP untuk instrumen ini belum terverifikasi",
                    "The IPP category bands of this instrument are UNVERIFIED",
                )
            )
        return tuple(found)


def _ipp_value(value: object) -> Fraction:
    exact = to_fraction(value, "score")
    if not 0 <= exact <= MAX_SCORE:
        msg = f"an IPP or indicator score runs from 0 to 5, not {value}"
        raise InvalidScoreError(msg)
    return exact


# --- scoring ---------------------------------------------------------------------------------------


@attrs.frozen
class IndicatorScore:
    """An indicator's score as used in an IPP; ``supplied`` is ``False`` when it was missing (0)."""

    indicator: Indicator
    score: Fraction
    supplied: bool = True


@attrs.frozen
class AspectScore:
    """An aspect's exact score, Σ (indicator weight × score), with the scores it came from."""

    aspect: Aspect
    score: Fraction
    indicators: tuple[IndicatorScore, ...]

    @property
    def weighted(self) -> Fraction:
        """The aspect's contribution to the IPP: aspect weight × aspect score."""
        return self.aspect.weight * self.score


@attrs.frozen
class IppResult:
    """An IPP: the exact value, the value rounded for classification, and the category."""

    instrument: EvaluationInstrument
    aspects: tuple[AspectScore, ...]
    exact: Fraction
    """Σ (aspect weight × aspect score), before rounding."""
    value: Decimal
    """:attr:`exact` rounded half up to two decimals; this is the published IPP."""
    category: IppCategory
    missing: tuple[str, ...] = ()
    """Indicators that had no score and were counted as 0 (the IPP is then a lower bound)."""
    unverified: tuple[Label, ...] = ()
    """UNVERIFIED figures of the instrument that went into this result."""

    @property
    def priority_for_guidance(self) -> bool:
        """Whether the unit is a *prioritas pembinaan* (category D, E or F; IPP ≤ 2,00)."""
        return self.category.priority_for_guidance

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The legal basis of the instrument used."""
        return self.instrument.basis

    def text(self, lang: Lang = "id") -> str:
        """One line for people: ``"IPP 3,62 — B (Baik)"``."""
        value = str(self.value).replace(".", ",") if lang == "id" else str(self.value)
        return f"IPP {value} — {self.category.value} ({self.category.label.text(lang)})"


# --- deriving aspect-1 indicators from the model ---------------------------------------------------


@attrs.frozen
class LevelGap:
    """What a unit still lacks to reach ``level`` of an indicator."""

    level: int
    missing: tuple[Label, ...]

    def text(self, lang: Lang = "id") -> str:
        """``"Untuk mencapai nilai 5: …"`` / ``"To reach level 5 you need: …"``."""
        items = "; ".join(m.text(lang) for m in self.missing)
        if lang == "en":
            return f"To reach level {self.level} you need: {items}"
        return f"Untuk mencapai nilai {self.level}: {items}"


def _check_level(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SCORE:
        msg = f"{attribute.name} must be a whole number from 0 to 5, not {value!r}"
        raise InvalidScoreError(msg)


@attrs.frozen
class IndicatorAssessment:
    """The level (0–5) of one indicator, the evidence for it, and what each higher level needs.

    :func:`assess_service_policy` derives some from the model (``derived=True``); others are
    supplied by the caller or by another module (the satisfaction survey, for 6.a–9.a).
    """

    code: str = attrs.field(validator=non_empty)
    score: int = attrs.field(validator=_check_level)
    evidence: tuple[Label, ...] = ()
    gaps: tuple[LevelGap, ...] = ()
    """For each level above :attr:`score`, what is missing to reach it."""
    derived: bool = False
    notes: tuple[Label, ...] = ()

    def explain(self, lang: Lang = "id") -> str:
        """The score, its evidence and the gaps, one per line."""
        head = "nilai" if lang == "id" else "level"
        lines = [f"{self.code}: {head} {self.score}/{MAX_SCORE}"]
        lines += [f"  + {e.text(lang)}" for e in self.evidence]
        lines += [f"  - {g.text(lang)}" for g in self.gaps]
        lines += [f"  ! {n.text(lang)}" for n in self.notes]
        return "\n".join(lines)


_NOTHING = Label("", "")


@attrs.frozen
class _Step:
    """One condition of a cumulative rubric: the evidence when met, what to do when not."""

    met: bool
    evidence: Label
    need: Label


def _prefixed(prefix: str, label: Label) -> Label:
    return Label(f"{prefix}: {label.id}", f"{prefix}: {label.en}")


def _ladder_assessment(code: str, ladders: Mapping[str, list[_Step]]) -> IndicatorAssessment:
    """Score cumulative rubrics (levels 1–5 in order); the weakest item sets the level.

    The gap for each higher level lists, item by item, the unmet conditions up to that level.
    """
    if not ladders:
        gaps = tuple(LevelGap(level, (_NO_SERVICES,)) for level in range(1, MAX_SCORE + 1))
        return IndicatorAssessment(code, 0, (), gaps, derived=True)
    levels = {name: _leading(steps) for name, steps in ladders.items()}
    score = min(levels.values())
    evidence = tuple(
        _prefixed(name, step.evidence)
        for name, steps in ladders.items()
        for step in steps[: levels[name]]
    )
    gaps = tuple(
        LevelGap(
            level,
            tuple(
                _prefixed(name, step.need)
                for name, steps in ladders.items()
                for step in steps[levels[name] : level]
                if not step.met
            ),
        )
        for level in range(score + 1, MAX_SCORE + 1)
    )
    return IndicatorAssessment(code, score, evidence, gaps, derived=True)


def _leading(steps: list[_Step]) -> int:
    """How many conditions are met before the first unmet one."""
    score = 0
    for step in steps:
        if not step.met:
            break
        score += 1
    return score


_NO_SERVICES = Label("tidak ada standar pelayanan yang diberikan", "no service standard was given")


def _current_standards(
    standards: Iterable[ServiceStandard], on: dt.date
) -> tuple[list[str], dict[str, ServiceStandard]]:
    """Each service's standard on ``on``: the version in force, else its highest draft.

    The version in force is :func:`~pelayanan.model.standards.version_in_force`; a service still
    being drafted shows its progress through its draft. Superseded and revoked versions, and
    versions outside their effective dates, do not count.
    """
    by_service: dict[str, list[ServiceStandard]] = {}
    for standard in standards:
        by_service.setdefault(standard.service_id, []).append(standard)
    current: dict[str, ServiceStandard] = {}
    for service_id, versions in by_service.items():
        chosen = version_in_force(versions, on) or max(
            (s for s in versions if s.status is StandardStatus.DRAFT),
            key=lambda s: s.version,
            default=None,
        )
        if chosen is not None:
            current[service_id] = chosen
    return list(by_service), current


def _letters(components: Iterable[Component]) -> str:
    return ", ".join(c.letter for c in components)


def _names(items: Iterable[LabelledEnum], lang: Lang) -> str:
    return ", ".join(i.label.text(lang) for i in items)


def _ordered(categories: Iterable[ParticipantCategory]) -> list[ParticipantCategory]:
    chosen = set(categories)
    return [c for c in ParticipantCategory if c in chosen]


def _community_in(standard: ServiceStandard, on: dt.date) -> list[ParticipantCategory]:
    """The community groups (not the provider) in the consultations held by ``on``."""
    community = set(ParticipantCategory.community())
    return _ordered(
        category
        for consultation in standard.consultations
        if consultation.held_on <= on
        for category in consultation.participant_categories
        if category in community
    )


_NEED_STANDARD = Label("susun standar pelayanan", "draw up a service standard")
_NEED_COMPONENTS = Label(
    "lengkapi ke-14 komponen Pasal 21", "give it all 14 components of Pasal 21"
)
_NEED_ESTABLISH = Label(
    "tetapkan standar dengan keputusan minimal pimpinan unit penyelenggara",
    "have the standard established by decree of at least the unit head",
)
_NEED_INVOLVE = Label(
    "libatkan masyarakat dalam penyusunan dan catat unsur masyarakat yang hadir",
    "involve the public in drafting it and record which community groups took part",
)
_NEED_MONITOR = Label(
    "lakukan monitoring dan evaluasi (peninjauan ulang) standar, dengan berita acara",
    "monitor and evaluate (review) the standard, with minutes",
)


def _standard_steps(standard: ServiceStandard | None, on: dt.date) -> list[_Step]:
    """The cumulative rubric of 1.a for one service (regulations.md §6.2; anchors.md §5.6)."""
    if standard is None:
        needs = (_NEED_STANDARD, _NEED_COMPONENTS, _NEED_ESTABLISH, _NEED_INVOLVE, _NEED_MONITOR)
        return [_Step(False, _NOTHING, need) for need in needs]
    missing = standard.missing_components()
    decree = standard.establishment
    # A decree without a known date or signatory is no evidence that the unit head established
    # the standard by the date of the evaluation.
    established = (
        decree is not None
        and decree.decided_on is not None
        and decree.decided_on <= on
        and decree.signatory is not None
        and decree.signatory.level >= OfficeLevel.UNIT_HEAD
    )
    if decree is None:
        shown, need_establish = _NOTHING, _NEED_ESTABLISH
    else:
        shown = Label(
            f"ditetapkan dengan {decree.text('id')}", f"established by {decree.text('en')}"
        )
        need_establish = Label(
            f"tetapkan oleh minimal pimpinan unit paling lambat {on.isoformat()} "
            f"({decree.text('id')})",
            f"have it established by at least the unit head by {on.isoformat()} "
            f"({decree.text('en')})",
        )
    community = _community_in(standard, on)
    reviews = [r.reviewed_on for r in standard.reviews if r.reviewed_on <= on]
    last = max(reviews).isoformat() if reviews else ""
    return [
        _Step(
            True,
            Label(
                f"tersedia standar {standard.id} versi {standard.version}",
                f"standard {standard.id} version {standard.version} exists",
            ),
            _NEED_STANDARD,
        ),
        _Step(
            not missing,
            Label("memuat ke-14 komponen Pasal 21", "has all 14 components of Pasal 21"),
            Label(
                f"lengkapi komponen Pasal 21 huruf {_letters(missing)}",
                f"add the missing components (Pasal 21 huruf {_letters(missing)})",
            ),
        ),
        _Step(established, shown, need_establish),
        _Step(
            bool(community),
            Label(
                f"penyusunan melibatkan {_names(community, 'id')}",
                f"drafted with {_names(community, 'en')}",
            ),
            _NEED_INVOLVE,
        ),
        _Step(
            bool(reviews),
            Label(
                f"dimonitor dan dievaluasi (peninjauan terakhir {last})",
                f"monitored and evaluated (last review {last})",
            ),
            _NEED_MONITOR,
        ),
    ]


def _assess_standards_available(
    services: list[str], current: Mapping[str, ServiceStandard], on: dt.date
) -> IndicatorAssessment:
    """1.a: the cumulative rubric per service; the weakest service sets the unit's level."""
    return _ladder_assessment("1.a", {s: _standard_steps(current.get(s), on) for s in services})


def _assess_involvement(
    services: list[str], current: Mapping[str, ServiceStandard], on: dt.date
) -> IndicatorAssessment:
    """2.a: distinct community groups over the drafting of all the unit's current standards."""
    where: dict[ParticipantCategory, list[str]] = {}
    for sid in services:
        standard = current.get(sid)
        if standard is not None:
            for category in _community_in(standard, on):
                where.setdefault(category, []).append(standard.id)
    involved = _ordered(where)
    score = min(len(involved), MAX_SCORE)
    evidence = tuple(
        Label(
            f"{c.label.id}: terlibat dalam penyusunan {', '.join(where[c])}",
            f"{c.label.en}: took part in drafting {', '.join(where[c])}",
        )
        for c in involved
    )
    others = [c for c in ParticipantCategory.community() if c not in where]
    gaps = tuple(
        LevelGap(
            level,
            (
                Label(
                    f"libatkan {level - len(involved)} unsur masyarakat lagi, dari: "
                    f"{_names(others, 'id')}",
                    f"involve {_more(level - len(involved), 'community group')}, from: "
                    f"{_names(others, 'en')}",
                ),
            ),
        )
        for level in range(score + 1, MAX_SCORE + 1)
    )
    return IndicatorAssessment("2.a", score, evidence, gaps, derived=True)


def _more(count: int, noun: str) -> str:
    """``"1 more medium"``, ``"2 more media"``, ``"2 more community groups"``."""
    if count == 1:
        return f"1 more {noun}"
    return f"{count} more {'media' if noun == 'medium' else noun + 's'}"


def _published(publications: Iterable[Publication], on: dt.date) -> list[Publication]:
    return [p for p in publications if p.published_on is None or p.published_on <= on]


def _full_media(publications: Iterable[Publication]) -> set[PublicationMedium]:
    """Media showing all six service-delivery components (over all publications on each)."""
    shown: dict[PublicationMedium, set[Component]] = {}
    for publication in publications:
        covered = shown.setdefault(publication.medium, set())
        covered.update(c for c in Component.service_delivery() if publication.covers(c))
    return {m for m, covered in shown.items() if covered >= set(Component.service_delivery())}


def _publication_level(full: set[PublicationMedium], published: bool) -> int:
    others = len(full - {PublicationMedium.SIPPN})
    if PublicationMedium.SIPPN in full and others >= 2:
        return min(others + 1, MAX_SCORE)
    if len(full) >= 2:
        return 2
    return 1 if published else 0


_SD_LETTERS = _letters(Component.service_delivery())


def _publication_needs(full: set[PublicationMedium], level: int) -> list[Label]:
    if level == 1:
        return [Label("publikasikan standar pelayanan", "publish the standard")]
    if level == 2:
        more = 2 - len(full)
        return [
            Label(
                f"publikasikan keenam komponen service delivery (huruf {_SD_LETTERS}) pada "
                f"{more} media lagi",
                f"publish all six service-delivery components (huruf {_SD_LETTERS}) on "
                f"{_more(more, 'medium')}",
            )
        ]
    needs = []
    if PublicationMedium.SIPPN not in full:
        needs.append(
            Label(
                "publikasikan keenam komponen service delivery di SIPP Nasional",
                "publish all six service-delivery components on SIPPN",
            )
        )
    more = level - 1 - len(full - {PublicationMedium.SIPPN})
    if more > 0:
        needs.append(
            Label(
                f"publikasikan keenam komponen service delivery pada {more} media lagi selain "
                "SIPPN",
                f"publish all six service-delivery components on {_more(more, 'medium')} besides "
                "SIPPN",
            )
        )
    return needs


_PUBLICATION_NOTE = Label(
    "Rubrik F-02 (sumber sekunder): 1 = sebagian komponen service delivery; 2 = seluruhnya pada "
    "≥ 2 media tanpa SIPPN; 3/4/5 = pada 2/3/≥ 4 media dan SIPPN. Di sini SIPPN dihitung terpisah "
    "untuk nilai 3–5 dan seluruh komponen pada satu media saja bernilai 1; pembacaan ini belum "
    "terverifikasi.",
    "F-02 rubric (secondary source): 1 = some service-delivery components; 2 = all of them on "
    "≥ 2 media without SIPPN; 3/4/5 = on 2/3/≥ 4 media and SIPPN. Here SIPPN is counted apart "
    "for levels 3–5 and all components on a single medium score 1; this reading is UNVERIFIED.",
)


def _assess_publication(
    services: list[str], current: Mapping[str, ServiceStandard], on: dt.date
) -> IndicatorAssessment:
    """3.a: media showing all six service-delivery components; the weakest service counts."""
    levels: dict[str, int] = {}
    media: dict[str, set[PublicationMedium]] = {}
    evidence: list[Label] = []
    for sid in services:
        standard = current.get(sid)
        publications = [] if standard is None else _published(standard.publications, on)
        media[sid] = _full_media(publications)
        levels[sid] = _publication_level(media[sid], bool(publications))
        if media[sid]:
            shown = [m for m in PublicationMedium if m in media[sid]]
            evidence.append(
                Label(
                    f"{sid}: keenam komponen service delivery tampil di {_names(shown, 'id')}",
                    f"{sid}: all six service-delivery components shown on {_names(shown, 'en')}",
                )
            )
        elif publications:
            evidence.append(
                Label(
                    f"{sid}: dipublikasikan, tetapi belum ada media yang memuat keenam komponen "
                    "service delivery",
                    f"{sid}: published, but no medium shows all six service-delivery components",
                )
            )
    score = min(levels.values(), default=0)
    gaps = tuple(
        LevelGap(
            level,
            tuple(
                _prefixed(sid, need)
                for sid in services
                if levels[sid] < level
                for need in _publication_needs(media[sid], level)
            )
            or (_NO_SERVICES,),
        )
        for level in range(score + 1, MAX_SCORE + 1)
    )
    return IndicatorAssessment(
        "3.a", score, tuple(evidence), gaps, derived=True, notes=(_PUBLICATION_NOTE,)
    )


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February, in a year without one
        return day.replace(year=day.year - years, day=28)


_REVIEW_NOTE = Label(
    "Frekuensi dibaca sebagai jarak dari peninjauan terakhir sampai tanggal evaluasi: ≤ 1 tahun = "
    "tahunan, ≤ 2 tahun = dua tahunan, lebih lama = '3 tahun atau lebih'; pembacaan ini belum "
    "terverifikasi.",
    "Frequency is read as the time from the last review to the evaluation date: ≤ 1 year = "
    "yearly, ≤ 2 years = every two years, longer = 'three years or more'; this reading is "
    "UNVERIFIED.",
)


def _assess_reviews(
    services: list[str], current: Mapping[str, ServiceStandard], on: dt.date
) -> IndicatorAssessment:
    """4.a: how recently each service's standard was reviewed, as of ``on``.

    Rubric (anchors.md §5.6): yearly or faster for all services 5, for some 4; every two years
    for all 3, for some 2; three years or more for all 1; otherwise 0.
    """
    last: dict[str, dt.date] = {}
    for sid in services:
        standard = current.get(sid)
        reviews = [] if standard is None else [r.reviewed_on for r in standard.reviews]
        reviews = [day for day in reviews if day <= on]
        if reviews:
            last[sid] = max(reviews)
    yearly = [s for s, day in last.items() if day >= _years_before(on, 1)]
    two_yearly = [s for s, day in last.items() if day >= _years_before(on, 2)]
    if not services:
        score = 0
    elif len(yearly) == len(services):
        score = 5
    elif yearly:
        score = 4
    elif len(two_yearly) == len(services):
        score = 3
    elif two_yearly:
        score = 2
    else:
        score = 1 if len(last) == len(services) else 0

    def each(done: list[str], id_text: str, en_text: str) -> tuple[Label, ...]:
        return tuple(
            Label(
                f"{s}: {id_text} (terakhir {_last(last, s, 'id')})",
                f"{s}: {en_text} (last {_last(last, s, 'en')})",
            )
            for s in services
            if s not in done
        )

    def one(id_text: str, en_text: str) -> tuple[Label, ...]:
        return (Label(f"minimal satu layanan: {id_text}", f"at least one service: {en_text}"),)

    needs = {
        5: each(yearly, "tinjau ulang dalam 12 bulan terakhir", "review within the last year"),
        4: one("tinjau ulang dalam 12 bulan terakhir", "review within the last year"),
        3: each(two_yearly, "tinjau ulang dalam 2 tahun terakhir", "review within 2 years"),
        2: one("tinjau ulang dalam 2 tahun terakhir", "review within 2 years"),
        1: each(list(last), "lakukan peninjauan ulang", "review the standard"),
    }
    gaps = tuple(
        LevelGap(level, needs[level] if services else (_NO_SERVICES,))
        for level in range(score + 1, MAX_SCORE + 1)
    )
    evidence = tuple(
        Label(f"{s}: peninjauan terakhir {day.isoformat()}", f"{s}: last reviewed {day}")
        for s, day in last.items()
    )
    return IndicatorAssessment("4.a", score, evidence, gaps, derived=True, notes=(_REVIEW_NOTE,))


def _last(last: Mapping[str, dt.date], service: str, lang: Lang) -> str:
    if service in last:
        return last[service].isoformat()
    return "belum pernah" if lang == "id" else "never"


_NEED_CHARTER = (
    Label("susun maklumat pelayanan", "draw up a service charter"),
    Label(
        "tetapkan maklumat (ditandatangani dan diberi tanggal oleh minimal pimpinan unit)",
        "establish the charter (signed and dated by at least the unit head)",
    ),
    Label(
        "muat ketiga pernyataan maklumat (Pasal 22)",
        "make the three commitments of a charter (Pasal 22)",
    ),
    Label(
        "publikasikan di media non-elektronik (papan informasi, banner, brosur)",
        "publish it on non-electronic media (notice board, banner, brochure)",
    ),
    Label(
        "publikasikan juga di media elektronik (situs web, media sosial, SIPPN)",
        "publish it on electronic media too (website, social media, SIPPN)",
    ),
)


def _charter_steps(charter: ServiceCharter | None, on: dt.date) -> list[_Step]:
    """The cumulative rubric of 5.a for one charter (regulations.md §1.10; anchors.md §5.6)."""
    if charter is None:
        return [_Step(False, _NOTHING, need) for need in _NEED_CHARTER]
    decree, signatory = charter.establishment, charter.signatory
    if decree is not None and decree.decided_on is not None and decree.decided_on <= on:
        established = True
        how = Label(
            f"ditetapkan dengan keputusan {decree.decree_number}",
            f"established by decree {decree.decree_number}",
        )
    else:
        established = (
            signatory is not None
            and charter.signed_on is not None
            and charter.signed_on <= on
            and signatory.level >= OfficeLevel.UNIT_HEAD
        )
        position = "" if signatory is None else signatory.position
        how = Label(
            f"ditandatangani {position} pada {charter.signed_on}",
            f"signed by {position} on {charter.signed_on}",
        )
    missing = charter.missing_commitments()
    published = _published(charter.publications, on)
    media = [m for m in PublicationMedium if any(p.medium is m for p in published)]
    offline = [m for m in media if not m.is_electronic]
    online = [m for m in media if m.is_electronic]
    return [
        _Step(True, Label("tersedia maklumat", "a charter exists"), _NEED_CHARTER[0]),
        _Step(established, how, _NEED_CHARTER[1]),
        _Step(
            not missing,
            Label("memuat ketiga pernyataan maklumat", "makes all three commitments"),
            Label(
                f"tambahkan pernyataan: {_names(missing, 'id')}",
                f"add the commitments: {_names(missing, 'en')}",
            ),
        ),
        _Step(
            bool(offline),
            Label(
                f"dipublikasikan di media non-elektronik: {_names(offline, 'id')}",
                f"published on non-electronic media: {_names(offline, 'en')}",
            ),
            _NEED_CHARTER[3],
        ),
        _Step(
            bool(online),
            Label(
                f"dipublikasikan di media elektronik: {_names(online, 'id')}",
                f"published on electronic media: {_names(online, 'en')}",
            ),
            _NEED_CHARTER[4],
        ),
    ]


def _assess_charter(charters: Iterable[ServiceCharter], on: dt.date) -> IndicatorAssessment:
    """5.a: the maklumat cycle; where a unit has several charters, the best one counts."""
    ladders = {
        c.id: _charter_steps(c, on) for c in charters if c.status is not CharterStatus.SUPERSEDED
    }
    if not ladders:
        return _ladder_assessment("5.a", {"maklumat": _charter_steps(None, on)})
    best = max(ladders, key=lambda name: _leading(ladders[name]))
    return _ladder_assessment("5.a", {best: ladders[best]})
