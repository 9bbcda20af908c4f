"""PEKPPP: the instrument as data, the IPP and its categories, and aspect 1 derived from the model.

Expected values are written out by hand from regulations.md §6 and facts.md §5, never computed by
the code under test.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import (
    CATALOGUE,
    Citation,
    Component,
    Duration,
    DurationUnit,
    Label,
    ServiceCharter,
    ServiceStandard,
    from_json,
)
from pelayanan.evaluation.performance import (
    PEKPPP_2017,
    PEKPPP_2022,
    Aspect,
    Indicator,
    IndicatorAssessment,
    InvalidScoreError,
    InvalidWeightsError,
    IppCategory,
    MissingScoresError,
    UnknownIndicatorError,
    assess_service_policy,
    classify_ipp,
    compute_ipp,
    evaluation_instrument_for,
)
from pelayanan.law import NoInstrumentInForceError
from pelayanan.model.charters import CharterStatus, Commitment, CommitmentKind
from pelayanan.model.participants import ParticipantCategory
from pelayanan.model.providers import Competency
from pelayanan.model.records import (
    Establishment,
    OfficeLevel,
    Official,
    Publication,
    PublicationMedium,
)
from pelayanan.model.standards import (
    ComplaintHandling,
    ConsultationRecord,
    ExecutorCount,
    Facility,
    Fee,
    Guarantee,
    InternalSupervision,
    PerformanceEvaluation,
    Procedure,
    ProcedureStep,
    Product,
    Requirement,
    Review,
    StandardStatus,
    TimeLimit,
)

from .conftest import EXAMPLES

ON = dt.date(2024, 6, 30)

# --- categories ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5.00", IppCategory.A),
        ("4.51", IppCategory.A),
        ("4.50", IppCategory.A_MINUS),
        ("4.01", IppCategory.A_MINUS),
        ("4.00", IppCategory.B),
        ("3.51", IppCategory.B),
        ("3.50", IppCategory.B_MINUS),
        ("3.01", IppCategory.B_MINUS),
        ("3.00", IppCategory.C),
        ("2.51", IppCategory.C),
        ("2.50", IppCategory.C_MINUS),
        ("2.01", IppCategory.C_MINUS),
        ("2.00", IppCategory.D),
        ("1.51", IppCategory.D),
        ("1.50", IppCategory.E),
        ("1.01", IppCategory.E),
        ("1.00", IppCategory.F),
        ("0", IppCategory.F),
    ],
)
def test_each_category_boundary_falls_on_the_published_side(
    value: str, expected: IppCategory
) -> None:
    """The nine bands of regulations.md §6.3, both sides of each of the eight boundaries."""
    assert classify_ipp(Decimal(value)) is expected


def test_the_categories_carry_their_indonesian_predicates() -> None:
    """A is *Pelayanan Prima*, F is *Gagal*, B- is *Baik dengan catatan*."""
    assert IppCategory.A.label.id == "Pelayanan Prima"
    assert IppCategory.B_MINUS.label.id == "Baik dengan catatan"
    assert IppCategory.F.label.id == "Gagal"


def test_priority_for_guidance_starts_at_two_and_below() -> None:
    """*Prioritas pembinaan* is D, E, F: IPP 2,00 is one, 2,01 is not."""
    assert classify_ipp(Decimal("2.00")).priority_for_guidance
    assert not classify_ipp(Decimal("2.01")).priority_for_guidance
    assert {c for c in IppCategory if c.priority_for_guidance} == {
        IppCategory.D,
        IppCategory.E,
        IppCategory.F,
    }


def test_the_ipp_is_rounded_half_up_to_two_decimals_before_classification() -> None:
    """4,505 rounds to 4,51 (A); 4,5049 rounds to 4,50 (A-): no value falls between bands."""
    assert classify_ipp(Decimal("4.505")) is IppCategory.A
    assert classify_ipp(Decimal("4.5049")) is IppCategory.A_MINUS
    assert classify_ipp(Fraction(401, 100)) is IppCategory.A_MINUS


@pytest.mark.parametrize("value", [Decimal("-0.01"), Decimal("5.01"), Decimal("NaN"), "lima"])
def test_scores_outside_zero_to_five_are_meaningless(value: object) -> None:
    """An IPP of 5,01 or -0,01 (or not a number at all) cannot be classified."""
    with pytest.raises((InvalidScoreError, ValueError)):
        classify_ipp(value)  # type: ignore[arg-type]


def test_floats_are_refused_as_inexact() -> None:
    """0.1 + 0.2 is not 0.3: scores and weights must be exact."""
    with pytest.raises(TypeError, match="float"):
        classify_ipp(4.5)  # type: ignore[arg-type]


# --- the instrument --------------------------------------------------------------------------------


def test_the_current_aspect_weights_are_the_verified_ones() -> None:
    """facts.md §5: 24/25/18/11/10/12, all VERIFIED."""
    assert [a.weight for a in PEKPPP_2022.aspects] == [
        Fraction(24, 100),
        Fraction(25, 100),
        Fraction(18, 100),
        Fraction(11, 100),
        Fraction(10, 100),
        Fraction(12, 100),
    ]
    assert all(a.weight_verified for a in PEKPPP_2022.aspects)


def test_the_aspect_one_indicator_weights_are_the_verified_ones() -> None:
    """facts.md §5: 1.a … 9.a weigh 17/14/7/14/10/17/7/7/7 within the aspect."""
    aspect = PEKPPP_2022.aspect(1)
    assert [i.code for i in aspect.indicators] == [f"{n}.a" for n in range(1, 10)]
    assert [i.weight * 100 for i in aspect.indicators] == [17, 14, 7, 14, 10, 17, 7, 7, 7]
    assert all(i.weight_verified for i in aspect.indicators)


@pytest.mark.parametrize("instrument", [PEKPPP_2017, PEKPPP_2022], ids=lambda i: i.key)
def test_weights_sum_to_one_in_every_aspect_and_overall(instrument: object) -> None:
    """Aspect weights sum to 1, and so do the indicator weights of each aspect."""
    assert isinstance(instrument, type(PEKPPP_2022))
    assert sum(a.weight for a in instrument.aspects) == 1
    for aspect in instrument.aspects:
        assert sum(i.weight for i in aspect.indicators) == 1, aspect


def test_unknown_weights_within_an_aspect_are_equal_and_marked_unverified() -> None:
    """Aspect 3 has six indicators and no known weights: 1/6 each, UNVERIFIED."""
    aspect = PEKPPP_2022.aspect(3)
    assert [i.weight for i in aspect.indicators] == [Fraction(1, 6)] * 6
    assert not any(i.weight_verified for i in aspect.indicators)


def test_the_2017_weights_are_marked_unverified() -> None:
    """Permenpan RB 17/2017: 30/18/15/15/15/7 from memory, and bands assumed."""
    assert [a.percent for a in PEKPPP_2017.aspects] == ["30", "18", "15", "15", "15", "7"]
    assert not any(a.weight_verified for a in PEKPPP_2017.aspects)
    assert not PEKPPP_2017.bands_verified
    listed = [label.en for label in PEKPPP_2017.unverified()]
    assert "The weight of aspect 1 (Service policy), 30%, is UNVERIFIED" in listed
    assert "The IPP category bands of this instrument are UNVERIFIED" in listed


def test_the_current_instrument_lists_only_its_unverified_figures() -> None:
    """Aspect weights and aspect 1 are verified; weights within aspects 2-6 are not."""
    listed = [label.en for label in PEKPPP_2022.unverified()]
    assert listed == [
        f"The indicator weights within aspect {n} are UNVERIFIED" for n in range(2, 7)
    ]


def test_weights_that_do_not_sum_to_one_are_an_error_in_data() -> None:
    """Raising aspect 1 to 25 % without lowering another makes 101 %: refused."""
    with pytest.raises(InvalidWeightsError, match="101/100"):
        PEKPPP_2022.with_aspect_weights({1: Decimal("0.25")})
    with pytest.raises(InvalidWeightsError, match="indicator weights of aspect 7"):
        Aspect(
            7,
            Label("Uji", "Test"),
            Decimal(1),
            (Indicator("x", Label("x", "x"), Decimal("0.9")),),
        )


def test_negative_weights_are_refused() -> None:
    """A weight below zero is no weight."""
    with pytest.raises(InvalidWeightsError, match="negative"):
        Indicator("x", Label("x", "x"), Decimal("-0.1"))


def test_the_caller_can_replace_unverified_weights() -> None:
    """Real 17/2017 weights, once found, replace the remembered ones and can be marked verified."""
    corrected = PEKPPP_2017.with_aspect_weights(
        {1: "0.25", 2: "0.20", 3: "0.15", 4: "0.15", 5: "0.15", 6: "0.10"}, verified=True
    )
    assert [a.percent for a in corrected.aspects] == ["25", "20", "15", "15", "15", "10"]
    assert all(a.weight_verified for a in corrected.aspects)
    assert not any(a.weight_verified for a in PEKPPP_2017.aspects)


def test_the_caller_can_replace_the_weights_within_an_aspect() -> None:
    """Aspect 6 has two indicators at 1/2 each; 60/40 replaces them."""
    changed = PEKPPP_2022.with_indicator_weights(6, {"29.f": "0.6", "30.f": "0.4"})
    assert [i.weight for i in changed.aspect(6).indicators] == [
        Fraction(3, 5),
        Fraction(2, 5),
    ]
    with pytest.raises(InvalidWeightsError):
        PEKPPP_2022.with_indicator_weights(6, {"29.f": "0.6"})
    with pytest.raises(UnknownIndicatorError):
        PEKPPP_2022.with_indicator_weights(6, {"1.a": "0.6"})


def test_aspect_one_has_a_six_level_rubric_for_every_indicator() -> None:
    """The rubric of aspect 1 says what each level 0–5 requires."""
    for indicator in PEKPPP_2022.aspect(1).indicators:
        assert [level.score for level in indicator.levels] == [0, 1, 2, 3, 4, 5], indicator
    tersedia = PEKPPP_2022.indicator("1.a").level(2)
    assert tersedia is not None
    assert tersedia.requirement.id == "Tersedia SP yang memenuhi 14 komponen."


def test_only_rubrics_recorded_in_the_sources_are_marked_verified() -> None:
    """anchors.md §5.6 records 1.a, 2.a, 4.a, 5.a; the thresholds of 3.a and 6.a–9.a are not."""
    marks = {i.code: i.rubric_verified for i in PEKPPP_2022.aspect(1).indicators}
    assert [code for code, verified in marks.items() if verified] == ["1.a", "2.a", "4.a", "5.a"]


def test_the_instruments_cite_their_regulations() -> None:
    """29/2022 with its 4/2023 amendment; 17/2017 by its Lampiran."""
    cited = [str(c) for c in PEKPPP_2022.basis]
    assert cited[:2] == ["Permenpan RB 29/2022 Pasal 4", "Permenpan RB 4/2023"]
    assert [str(c) for c in PEKPPP_2017.basis] == ["Permenpan RB 17/2017 Lampiran"]


def test_the_instrument_in_force_follows_the_catalogue() -> None:
    """29/2022 for 2024, 17/2017 for 2019; 1/2015 (2016) is not modelled; nothing in 2010."""
    assert evaluation_instrument_for(dt.date(2024, 1, 1)) is PEKPPP_2022
    assert evaluation_instrument_for(dt.date(2019, 1, 1)) is PEKPPP_2017
    with pytest.raises(NoInstrumentInForceError, match="1/2015"):
        evaluation_instrument_for(dt.date(2016, 1, 1))
    with pytest.raises(NoInstrumentInForceError):
        evaluation_instrument_for(dt.date(2010, 1, 1))


# --- the IPP ---------------------------------------------------------------------------------------


def test_a_hand_computed_ipp_under_the_2017_weights() -> None:
    """Six aspect scores under 30/18/15/15/15/7.

    0,30×4 + 0,18×3 + 0,15×5 + 0,15×2 + 0,15×4 + 0,07×1
    = 1,20 + 0,54 + 0,75 + 0,30 + 0,60 + 0,07 = 3,46 → B- (3,01–3,50).
    """
    result = compute_ipp(
        {"I": 4, "II": 3, "III": 5, "IV": 2, "V": 4, "VI": 1}, instrument=PEKPPP_2017
    )
    assert result.exact == Fraction("3.46")
    assert result.value == Decimal("3.46")
    assert result.category is IppCategory.B_MINUS
    assert result.missing == ()


def test_a_hand_computed_ipp_under_the_current_weights() -> None:
    """Aspect 1 scored 5,4,3,2,5,4,1,0,3; every other indicator 3.

    Aspect 1 = 0,17×5 + 0,14×4 + 0,07×3 + 0,14×2 + 0,10×5 + 0,17×4 + 0,07×1 + 0,07×0 + 0,07×3
             = 0,85 + 0,56 + 0,21 + 0,28 + 0,50 + 0,68 + 0,07 + 0 + 0,21 = 3,36
    Aspects 2–6 = 3 each (weights within an aspect sum to 1).
    IPP = 0,24×3,36 + (0,25 + 0,18 + 0,11 + 0,10 + 0,12)×3 = 0,8064 + 2,28 = 3,0864
        → rounded 3,09 → B- (3,01–3,50).
    """
    scores: dict[str, int] = dict.fromkeys(PEKPPP_2022.indicator_codes(), 3)
    scores.update(
        {"1.a": 5, "2.a": 4, "3.a": 3, "4.a": 2, "5.a": 5, "6.a": 4, "7.a": 1, "8.a": 0, "9.a": 3}
    )
    result = compute_ipp(scores)
    assert result.aspects[0].score == Fraction("3.36")
    assert result.exact == Fraction("3.0864")
    assert result.value == Decimal("3.09")
    assert result.category is IppCategory.B_MINUS
    assert not result.priority_for_guidance
    assert result.text("id") == "IPP 3,09 — B- (Baik dengan catatan)"


def test_the_ipp_is_exact_even_with_thirds_and_sixths() -> None:
    """Only 15.c scored 5 (weight 1/6 in aspect 3): IPP = 0,18 × 5/6 = 0,15 exactly."""
    scores = dict.fromkeys(PEKPPP_2022.indicator_codes(), 0)
    scores["15.c"] = 5
    result = compute_ipp(scores)
    assert result.exact == Fraction(3, 20)
    assert result.category is IppCategory.F
    assert result.priority_for_guidance


def test_a_missing_indicator_is_an_error_that_names_every_missing_one() -> None:
    """Without 6.a–9.a the index is not the IPP; the error lists what is missing."""
    scores = dict.fromkeys(PEKPPP_2022.indicator_codes(), 4)
    for code in ("6.a", "7.a", "8.a", "9.a"):
        del scores[code]
    with pytest.raises(MissingScoresError) as caught:
        compute_ipp(scores)
    assert caught.value.codes == ("6.a", "7.a", "8.a", "9.a")


def test_missing_indicators_can_count_as_zero_for_a_lower_bound() -> None:
    """All 4 except 6.a–9.a (0,17 + 0,07×3 = 0,38 of aspect 1).

    Aspect 1 = 4 × 0,62 = 2,48; IPP = 0,24×2,48 + 0,76×4 = 0,5952 + 3,04 = 3,6352 → 3,64 (B).
    """
    scores = dict.fromkeys(PEKPPP_2022.indicator_codes(), 4)
    for code in ("6.a", "7.a", "8.a", "9.a"):
        del scores[code]
    result = compute_ipp(scores, missing_as_zero=True)
    assert result.missing == ("6.a", "7.a", "8.a", "9.a")
    assert result.exact == Fraction("3.6352")
    assert result.category is IppCategory.B
    assert [s.supplied for s in result.aspects[0].indicators] == [True] * 5 + [False] * 4


def test_a_score_for_an_unknown_indicator_is_refused() -> None:
    """A typo in a code must not vanish silently."""
    with pytest.raises(UnknownIndicatorError, match=r"'1\.z'"):
        compute_ipp({"1.z": 3}, missing_as_zero=True)


def test_indicator_scores_outside_zero_to_five_are_refused() -> None:
    """An indicator cannot score 6."""
    with pytest.raises(InvalidScoreError):
        compute_ipp({"1.a": 6}, missing_as_zero=True)


def test_assessments_can_be_passed_where_scores_are_expected() -> None:
    """compute_ipp takes IndicatorAssessment objects too: 1.a at 5 → 0,24×0,17×5 = 0,204."""
    result = compute_ipp({"1.a": IndicatorAssessment("1.a", 5)}, missing_as_zero=True)
    assert result.exact == Fraction("0.204")
    assert result.value == Decimal("0.20")


@given(st.lists(st.integers(0, 5), min_size=30, max_size=30))
def test_the_ipp_lies_between_the_lowest_and_highest_indicator_score(levels: list[int]) -> None:
    """A weighted mean of scores cannot leave their range; its category is its value's."""
    result = compute_ipp(dict(zip(PEKPPP_2022.indicator_codes(), levels, strict=True)))
    assert min(levels) <= result.exact <= max(levels)
    assert result.category is classify_ipp(result.value)


# --- aspect 1 from the model -----------------------------------------------------------------------

HEAD = Official("Kepala", "Kepala Dinas", OfficeLevel.UNIT_HEAD)
CLERK = Official("Staf", "Staf seksi", OfficeLevel.STAFF)
DECREE = Establishment("SK-1", dt.date(2024, 1, 15), HEAD)


def _complete(service_id: str = "ktp", **changes: object) -> ServiceStandard:
    """A draft standard of ``service_id`` with all 14 components."""
    standard = ServiceStandard(
        id=f"sp-{service_id}",
        service_id=service_id,
        legal_basis=(Citation(CATALOGUE["uu-25-2009"]),),
        requirements=(Requirement("KTP-el"),),
        procedure=Procedure(steps=(ProcedureStep("Pemohon menyerahkan berkas"),)),
        time_limit=TimeLimit(Duration(5, DurationUnit.WORKING_DAYS)),
        fee=Fee(0),
        products=(Product("Surat keterangan"),),
        facilities=(Facility("Ruang tunggu"),),
        executor_competencies=(Competency("Administrasi"),),
        internal_supervision=InternalSupervision("Kepala seksi"),
        complaint_handling=ComplaintHandling(manager="Petugas pengaduan"),
        executor_count=ExecutorCount(total=2),
        service_guarantee=Guarantee("Sesuai standar"),
        security_guarantee=Guarantee("Aman"),
        performance_evaluation=PerformanceEvaluation("Evaluasi tahunan"),
    )
    return attrs.evolve(standard, **changes)


def _consulted(
    *categories: ParticipantCategory, held_on: dt.date = dt.date(2024, 1, 5)
) -> tuple[ConsultationRecord, ...]:
    return (ConsultationRecord(held_on, participant_categories=categories),)


FULL = _complete(
    status=StandardStatus.ESTABLISHED,
    establishment=DECREE,
    consultations=_consulted(ParticipantCategory.SERVICE_USERS),
    reviews=(Review(dt.date(2024, 3, 1)),),
)


def _level(code: str, standards: list[ServiceStandard], **kwargs: object) -> int:
    result = assess_service_policy(standards, on=ON, **kwargs)  # type: ignore[arg-type]
    return result.assessment(code).score


def test_no_standard_at_all_is_level_zero_of_indicator_one() -> None:
    """1.a = 0 for a service without a standard; the first step is to draw one up."""
    result = assess_service_policy([], on=ON, service_ids=["ktp"])
    assessment = result.assessment("1.a")
    assert assessment.score == 0
    assert assessment.gaps[0].level == 1
    assert assessment.gaps[0].missing[0].en == "ktp: draw up a service standard"


def test_an_incomplete_standard_reaches_level_one_and_is_told_the_missing_letters() -> None:
    """A standard without components a–n is level 1; level 2 needs them all."""
    assessment = assess_service_policy(
        [ServiceStandard(id="sp", service_id="ktp", fee=Fee(0))], on=ON
    ).assessment("1.a")
    assert assessment.score == 1
    assert assessment.gaps[0].text("en") == (
        "To reach level 2 you need: ktp: add the missing components "
        "(Pasal 21 huruf a, b, c, d, f, g, h, i, j, k, l, m, n)"
    )


def test_a_complete_draft_reaches_level_two_and_needs_establishing() -> None:
    """All 14 components: level 2; level 3 needs a decree of at least the unit head."""
    assessment = assess_service_policy([_complete()], on=ON).assessment("1.a")
    assert assessment.score == 2
    assert assessment.gaps[0].missing[0].en == (
        "ktp: have the standard established by decree of at least the unit head"
    )


def test_a_standard_established_by_the_unit_head_reaches_level_three() -> None:
    """Penetapan by the unit head: level 3; level 4 needs the public in the drafting."""
    standard = _complete(status=StandardStatus.ESTABLISHED, establishment=DECREE)
    assessment = assess_service_policy([standard], on=ON).assessment("1.a")
    assert assessment.score == 3
    assert [g.level for g in assessment.gaps] == [4, 5]
    assert [m.en for m in assessment.gaps[1].missing] == [
        "ktp: involve the public in drafting it and record which community groups took part",
        "ktp: monitor and evaluate (review) the standard, with minutes",
    ]


def test_a_standard_signed_by_staff_is_not_established() -> None:
    """A decree below the unit head does not count as penetapan (R12)."""
    standard = _complete(establishment=Establishment("SK-2", dt.date(2024, 1, 15), CLERK))
    assert _level("1.a", [standard]) == 2


def test_a_decree_after_the_evaluation_date_does_not_count() -> None:
    """Evidence must exist on the evaluation date."""
    standard = _complete(establishment=Establishment("SK-3", dt.date(2024, 7, 1), HEAD))
    assert _level("1.a", [standard]) == 2


def test_public_involvement_lifts_an_established_standard_to_level_four() -> None:
    """One community group in the drafting: level 4; only the provider itself: still 3."""
    involved = _complete(
        establishment=DECREE, consultations=_consulted(ParticipantCategory.SERVICE_USERS)
    )
    alone = _complete(establishment=DECREE, consultations=_consulted(ParticipantCategory.PROVIDER))
    assert _level("1.a", [involved]) == 4
    assert _level("1.a", [alone]) == 3


def test_monitoring_lifts_the_standard_to_level_five() -> None:
    """Established, drafted with the public, and reviewed: level 5, nothing missing."""
    assessment = assess_service_policy([FULL], on=ON).assessment("1.a")
    assert assessment.score == 5
    assert assessment.gaps == ()
    assert assessment.evidence[-1].en == "ktp: monitored and evaluated (last review 2024-03-01)"


def test_the_weakest_service_sets_the_units_level() -> None:
    """One service at 5 and one at 2: the unit is at 2, and the gaps name the weaker service."""
    weaker = _complete("kk")
    assessment = assess_service_policy([FULL, weaker], on=ON).assessment("1.a")
    assert assessment.score == 2
    assert all(m.en.startswith("kk: ") for gap in assessment.gaps for m in gap.missing)


def test_a_service_listed_without_a_standard_pulls_the_unit_to_zero() -> None:
    """service_ids names services the standards do not cover."""
    assert _level("1.a", [FULL], service_ids=["ktp", "akta"]) == 0


def test_superseded_and_future_versions_are_not_the_current_standard() -> None:
    """Version 2 superseded and version 3 effective next year leave version 1 in force."""
    old = attrs.evolve(FULL, id="v2", version=2, status=StandardStatus.SUPERSEDED)
    future = attrs.evolve(FULL, id="v3", version=3, effective_from=dt.date(2025, 1, 1))
    draft = ServiceStandard(id="v4", service_id="ktp", version=4)
    assert _level("1.a", [FULL, old, future, draft]) == 5


@pytest.mark.parametrize(
    ("categories", "expected"),
    [
        ((), 0),
        ((ParticipantCategory.PROVIDER,), 0),
        ((ParticipantCategory.SERVICE_USERS,), 1),
        ((ParticipantCategory.SERVICE_USERS, ParticipantCategory.EXPERTS), 2),
        (
            (
                ParticipantCategory.SERVICE_USERS,
                ParticipantCategory.EXPERTS,
                ParticipantCategory.MASS_MEDIA,
            ),
            3,
        ),
        (
            (
                ParticipantCategory.SERVICE_USERS,
                ParticipantCategory.EXPERTS,
                ParticipantCategory.MASS_MEDIA,
                ParticipantCategory.CIVIL_SOCIETY,
            ),
            4,
        ),
        (tuple(ParticipantCategory), 5),
    ],
)
def test_involvement_counts_distinct_community_groups(
    categories: tuple[ParticipantCategory, ...], expected: int
) -> None:
    """2.a: 0, ≥ 1, ≥ 2, ≥ 3, ≥ 4, more than 4 groups → 0 … 5; the provider is not the public."""
    standard = _complete(consultations=_consulted(*categories))
    assert _level("2.a", [standard]) == expected


def test_involvement_is_counted_over_all_the_units_standards_once_each() -> None:
    """Users in two standards count once; experts in the second make two groups."""
    first = _complete("ktp", consultations=_consulted(ParticipantCategory.SERVICE_USERS))
    second = _complete(
        "kk",
        consultations=_consulted(ParticipantCategory.SERVICE_USERS, ParticipantCategory.EXPERTS),
    )
    assessment = assess_service_policy([first, second], on=ON).assessment("2.a")
    assert assessment.score == 2
    assert assessment.gaps[0].missing[0].en == (
        "involve 1 more community group, from: Related agencies, Civil-society organisations, "
        "Mass media"
    )


def test_a_consultation_after_the_evaluation_date_does_not_count() -> None:
    """Held in July, evaluated in June: no involvement yet."""
    standard = _complete(
        consultations=_consulted(ParticipantCategory.EXPERTS, held_on=dt.date(2024, 7, 1))
    )
    assert _level("2.a", [standard]) == 0


NOTICE = Publication(PublicationMedium.NOTICE_BOARD)
WEBSITE = Publication(PublicationMedium.WEBSITE)
SIPPN = Publication(PublicationMedium.SIPPN)
BROCHURE = Publication(PublicationMedium.BROCHURE)
SOCIAL = Publication(PublicationMedium.SOCIAL_MEDIA)


@pytest.mark.parametrize(
    ("publications", "expected"),
    [
        ((), 0),
        ((Publication(PublicationMedium.NOTICE_BOARD, components=(Component.FEE,)),), 1),
        ((NOTICE,), 1),
        ((NOTICE, WEBSITE), 2),
        ((SIPPN, WEBSITE), 2),
        ((NOTICE, WEBSITE, SIPPN), 3),
        ((NOTICE, WEBSITE, BROCHURE, SIPPN), 4),
        ((NOTICE, WEBSITE, BROCHURE, SOCIAL, SIPPN), 5),
    ],
)
def test_publication_counts_media_showing_all_service_delivery_components(
    publications: tuple[Publication, ...], expected: int
) -> None:
    """3.a: 2 media without SIPPN → 2; SIPPN and 2/3/4 other media → 3/4/5."""
    assert _level("3.a", [_complete(publications=publications)]) == expected


def test_components_split_over_one_medium_still_count_as_that_medium() -> None:
    """Two notice boards showing three service-delivery components each make one full medium."""
    first, second = Component.service_delivery()[:3], Component.service_delivery()[3:]
    split = (
        Publication(PublicationMedium.NOTICE_BOARD, components=first),
        Publication(PublicationMedium.NOTICE_BOARD, components=second),
        WEBSITE,
    )
    assert _level("3.a", [_complete(publications=split)]) == 2


def test_publication_gaps_say_what_is_missing_for_each_level() -> None:
    """Notice board and website: level 3 needs SIPPN, level 5 also two more media."""
    assessment = assess_service_policy(
        [_complete(publications=(NOTICE, WEBSITE))], on=ON
    ).assessment("3.a")
    assert [m.en for m in assessment.gaps[-1].missing] == [
        "ktp: publish all six service-delivery components on SIPPN",
        "ktp: publish all six service-delivery components on 2 more media besides SIPPN",
    ]
    assert "UNVERIFIED" in assessment.notes[0].en


def _reviewed(service_id: str, *days: dt.date) -> ServiceStandard:
    return _complete(service_id, reviews=tuple(Review(day) for day in days))


@pytest.mark.parametrize(
    ("ktp", "kk", "expected"),
    [
        ((dt.date(2024, 1, 10),), (dt.date(2023, 6, 30),), 5),
        ((dt.date(2024, 1, 10),), (dt.date(2023, 6, 29),), 4),
        ((dt.date(2024, 1, 10),), (), 4),
        ((dt.date(2022, 6, 30),), (dt.date(2023, 1, 1),), 3),
        ((dt.date(2022, 6, 29),), (dt.date(2023, 1, 1),), 2),
        ((dt.date(2023, 1, 1),), (), 2),
        ((dt.date(2020, 1, 1),), (dt.date(2021, 1, 1),), 1),
        ((dt.date(2020, 1, 1),), (), 0),
        ((), (), 0),
    ],
)
def test_review_frequency_is_read_from_the_last_review_of_each_service(
    ktp: tuple[dt.date, ...], kk: tuple[dt.date, ...], expected: int
) -> None:
    """4.a on 2024-06-30, by the time since each service's last review.

    Within a year for all → 5, some → 4; two years all → 3, some → 2; all reviewed but longer ago
    → 1; else 0. A review on 2023-06-30 is within the year.
    """
    assert _level("4.a", [_reviewed("ktp", *ktp), _reviewed("kk", *kk)]) == expected


def test_reviews_after_the_evaluation_date_do_not_count() -> None:
    """A review planned for July is no review in June."""
    assert _level("4.a", [_reviewed("ktp", dt.date(2024, 7, 1))]) == 0


def test_review_gaps_name_the_services_to_review() -> None:
    """One service reviewed this year, one never: level 5 needs the other reviewed."""
    assessment = assess_service_policy(
        [_reviewed("ktp", dt.date(2024, 1, 10)), _reviewed("kk")], on=ON
    ).assessment("4.a")
    assert assessment.score == 4
    assert [m.en for m in assessment.gaps[0].missing] == [
        "kk: review within the last year (last never)"
    ]


COMMITMENTS = tuple(Commitment(kind) for kind in CommitmentKind)


def _charter(**changes: object) -> ServiceCharter:
    charter = ServiceCharter(id="maklumat", unit_id="dukcapil")
    return attrs.evolve(charter, **changes)


@pytest.mark.parametrize(
    ("charters", "expected"),
    [
        ((), 0),
        ((_charter(),), 1),
        ((_charter(signatory=CLERK, signed_on=dt.date(2024, 1, 20)),), 1),
        ((_charter(signatory=HEAD, signed_on=dt.date(2024, 7, 20)),), 1),
        ((_charter(signatory=HEAD, signed_on=dt.date(2024, 1, 20)),), 2),
        ((_charter(establishment=DECREE, commitments=COMMITMENTS),), 3),
        ((_charter(establishment=DECREE, commitments=COMMITMENTS, publications=(WEBSITE,)),), 3),
        ((_charter(establishment=DECREE, commitments=COMMITMENTS, publications=(NOTICE,)),), 4),
        (
            (
                _charter(
                    establishment=DECREE, commitments=COMMITMENTS, publications=(NOTICE, WEBSITE)
                ),
            ),
            5,
        ),
    ],
)
def test_the_charter_cycle_climbs_one_level_per_step(
    charters: tuple[ServiceCharter, ...], expected: int
) -> None:
    """5.a: each step of the charter cycle adds one level.

    Available → established (by the unit head) → three commitments → published on non-electronic
    media → and on electronic media.
    """
    assert _level("5.a", [FULL], charters=charters) == expected


def test_the_best_of_several_charters_counts_and_superseded_ones_do_not() -> None:
    """An old superseded charter at level 5 does not count; the current one at level 2 does."""
    old = _charter(
        id="old",
        status=CharterStatus.SUPERSEDED,
        establishment=DECREE,
        commitments=COMMITMENTS,
        publications=(NOTICE, WEBSITE),
    )
    draft = _charter(id="draft")
    signed = _charter(id="signed", establishment=DECREE)
    assessment = assess_service_policy([FULL], [old, draft, signed], on=ON).assessment("5.a")
    assert assessment.score == 2
    assert assessment.gaps[0].missing[0].en.startswith("signed: add the commitments:")


def test_without_a_charter_every_step_is_listed() -> None:
    """Level 5 needs all five steps when there is no charter at all."""
    assessment = assess_service_policy([FULL], on=ON).assessment("5.a")
    assert len(assessment.gaps[-1].missing) == 5


def test_survey_indicators_are_supplied_by_the_caller_and_listed_when_missing() -> None:
    """6.a–9.a come from outside; those not given are listed and the aspect score waits."""
    result = assess_service_policy([FULL], on=ON, supplied={"6.a": 3, "7.a": 2})
    assert result.missing == ("8.a", "9.a")
    assert result.aspect_score is None
    assert not result.assessment("6.a").derived
    assert result.assessment("1.a").derived


def test_a_full_aspect_one_score_once_everything_is_supplied() -> None:
    """FULL with a complete charter: 1.a 5, 2.a 1, 3.a 0, 4.a 5, 5.a 5; survey 4, 3, 2, 1.

    0,17×5 + 0,14×1 + 0,07×0 + 0,14×5 + 0,10×5 + 0,17×4 + 0,07×3 + 0,07×2 + 0,07×1
    = 0,85 + 0,14 + 0 + 0,70 + 0,50 + 0,68 + 0,21 + 0,14 + 0,07 = 3,29.
    """
    charter = _charter(establishment=DECREE, commitments=COMMITMENTS, publications=(NOTICE, SIPPN))
    survey = IndicatorAssessment("6.a", 4, (Label("SKM 2024", "SKM 2024"),))
    result = assess_service_policy(
        [FULL], [charter], on=ON, supplied={"6.a": survey, "7.a": 3, "8.a": 2, "9.a": 1}
    )
    assert [a.score for a in result.assessments] == [5, 1, 0, 5, 5, 4, 3, 2, 1]
    assert result.aspect_score == Fraction("3.29")
    assert result.assessment("6.a") is survey


def test_derived_and_unknown_indicators_cannot_be_supplied() -> None:
    """1.a is derived; 10.b is not in aspect 1; 6.5 is not a level; the codes must agree."""
    with pytest.raises(InvalidScoreError, match="derived"):
        assess_service_policy([FULL], on=ON, supplied={"1.a": 5})
    with pytest.raises(UnknownIndicatorError, match=r"10\.b"):
        assess_service_policy([FULL], on=ON, supplied={"10.b": 5})
    with pytest.raises(InvalidScoreError):
        assess_service_policy([FULL], on=ON, supplied={"6.a": 6})
    with pytest.raises(InvalidScoreError, match=r"is of 7\.a"):
        assess_service_policy([FULL], on=ON, supplied={"6.a": IndicatorAssessment("7.a", 1)})


def test_the_assessment_explains_itself_in_both_languages() -> None:
    """Each indicator shows its level, its evidence (+) and what is missing (-)."""
    text = assess_service_policy([_complete()], on=ON).assessment("1.a").explain("en")
    assert text.splitlines()[:3] == [
        "1.a: level 2/5",
        "  + ktp: standard sp-ktp version 1 exists",
        "  + ktp: has all 14 components of Pasal 21",
    ]
    assert "Untuk mencapai nilai 3: ktp: tetapkan standar" in (
        assess_service_policy([_complete()], on=ON).explain("id")
    )


def test_the_jambi_example_is_assessed_as_worked_out_by_hand() -> None:
    """Dinas Sosial Kota Jambi on 2024-06-30 (examples/), worked out by hand.

    The PBI draft pulls 1.a to 1 and 3.a to 0; two of three services reviewed in May make 4.a 4;
    users, agencies and civil society make 2.a 3; the signed, complete maklumat on a banner and a
    website makes 5.a 5. Without the draft, 1.a is 5, 3.a is 3 and 4.a is 5.
    """
    documents = []
    for path in sorted((EXAMPLES / "dinas-sosial-kota-jambi").glob("*.json")):
        loaded = from_json(path.read_bytes())
        documents += loaded if isinstance(loaded, list) else [loaded]
    standards = [d for d in documents if isinstance(d, ServiceStandard)]
    charters = [d for d in documents if isinstance(d, ServiceCharter)]
    result = assess_service_policy(standards, charters, on=ON)
    assert [result.assessment(c).score for c in ("1.a", "2.a", "3.a", "4.a", "5.a")] == [
        1,
        3,
        0,
        4,
        5,
    ]
    established = [s for s in standards if s.status is StandardStatus.ESTABLISHED]
    result = assess_service_policy(established, charters, on=ON)
    assert [result.assessment(c).score for c in ("1.a", "2.a", "3.a", "4.a", "5.a")] == [
        5,
        3,
        3,
        5,
        5,
    ]
