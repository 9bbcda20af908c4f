"""The Ombudsman's assessment schemes by year (regulations.md §8, facts.md §6).

Expected values are the published cut-offs and data points, written out by hand.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from pelayanan.evaluation.ombudsman import (
    OMBUDSMAN_SCHEMES,
    NoAssessmentError,
    NoVerifiedBandsError,
    OmbudsmanBand,
    OmbudsmanCategory,
    OmbudsmanCompliance,
    OmbudsmanDimension,
    OmbudsmanZone,
    classify,
    estimate_ombudsman_grade,
    scheme_for,
)
from pelayanan.evaluation.ombudsman import (
    classify as classify_ombudsman,
)
from pelayanan.evaluation.ombudsman import (
    scheme_for as ombudsman_scheme_for,
)
from pelayanan.evaluation.performance import InvalidScoreError

GREEN, YELLOW, RED = OmbudsmanZone.GREEN, OmbudsmanZone.YELLOW, OmbudsmanZone.RED

# --- which scheme, which year ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "key"),
    [
        (2013, "kepatuhan-2013"),
        (2017, "kepatuhan-2013"),
        (2019, "kepatuhan-2013"),
        (2021, "kepatuhan-2013"),
        (2022, "kepatuhan-opini-2022"),
        (2024, "kepatuhan-opini-2022"),
        (2025, "maladministrasi-2025"),
        (2026, "maladministrasi-2025"),
    ],
)
def test_each_year_has_the_scheme_of_its_time(year: int, key: str) -> None:
    """2013–2021 compliance zones, 2022–2024 opini categories, 2025 onwards maladministration."""
    assert scheme_for(year).key == key


def test_there_was_no_assessment_in_2020() -> None:
    """facts.md §6: "(2020 tidak ada penilaian)"; asking for it is an error, not a guess."""
    with pytest.raises(NoAssessmentError, match="no assessment in 2020"):
        scheme_for(2020)
    with pytest.raises(NoAssessmentError):
        classify(Decimal("75.00"), 2020)


def test_there_was_no_assessment_before_2013() -> None:
    """The official siaran pers says "sejak 2013"."""
    with pytest.raises(NoAssessmentError):
        scheme_for(2012)


def test_the_top_level_names_are_the_module_functions() -> None:
    """`pelayanan.evaluation.ombudsman.classify` is `pelayanan.evaluation.ombudsman.classify`."""
    assert classify_ombudsman is classify
    assert ombudsman_scheme_for is scheme_for


# --- boundaries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "zone", "compliance"),
    [
        ("100", GREEN, OmbudsmanCompliance.HIGH),
        ("81.00", GREEN, OmbudsmanCompliance.HIGH),
        ("80.99", YELLOW, OmbudsmanCompliance.MEDIUM),
        ("51.00", YELLOW, OmbudsmanCompliance.MEDIUM),
        ("50.99", RED, OmbudsmanCompliance.LOW),
        ("0", RED, OmbudsmanCompliance.LOW),
    ],
)
def test_the_2021_zones_fall_on_the_published_side_of_each_boundary(
    score: str, zone: OmbudsmanZone, compliance: OmbudsmanCompliance
) -> None:
    """Hijau 81,00–100, kuning 51,00–80,99, merah 0–50,99 (langgam.id, 2021 round)."""
    grade = classify(Decimal(score), 2021)
    assert grade.zone is zone
    assert grade.compliance is compliance
    assert grade.category is None
    assert grade.verified


@pytest.mark.parametrize("year", [2022, 2023, 2024])
@pytest.mark.parametrize(
    ("score", "category", "zone"),
    [
        ("100", OmbudsmanCategory.A, GREEN),
        ("88.00", OmbudsmanCategory.A, GREEN),
        ("87.99", OmbudsmanCategory.B, GREEN),
        ("78.00", OmbudsmanCategory.B, GREEN),
        ("77.99", OmbudsmanCategory.C, YELLOW),
        ("54.00", OmbudsmanCategory.C, YELLOW),
        ("53.99", OmbudsmanCategory.D, RED),
        ("32.00", OmbudsmanCategory.D, RED),
        ("31.99", OmbudsmanCategory.E, RED),
        ("0", OmbudsmanCategory.E, RED),
    ],
)
def test_the_2022_to_2024_categories_fall_on_the_published_side_of_each_boundary(
    year: int, score: str, category: OmbudsmanCategory, zone: OmbudsmanZone
) -> None:
    """A ≥ 88, B ≥ 78 (hijau), C ≥ 54 (kuning), D ≥ 32 and E below (merah)."""
    grade = classify(Decimal(score), year)
    assert grade.category is category
    assert grade.zone is zone
    assert grade.compliance is None


def test_the_e_band_is_marked_as_inferred() -> None:
    """The E band, Kualitas Terendah 0–31,99, was never seen in a source: the result says so."""
    grade = classify(Decimal("31.99"), 2023)
    assert grade.label.id == "Kualitas Terendah"
    assert not grade.verified
    assert grade.notes[0].en == "The Lowest quality band (from 0) is inferred, UNVERIFIED"
    assert classify(Decimal("32.00"), 2023).verified


def test_scores_are_rounded_half_up_before_classification() -> None:
    """80,995 is published as 81,00 (hijau); 80,994 as 80,99 (kuning)."""
    assert classify(Decimal("80.995"), 2021).zone is GREEN
    assert classify(Decimal("80.994"), 2021).zone is YELLOW
    assert classify(Decimal("80.995"), 2021).score == Decimal("81.00")


@pytest.mark.parametrize("score", [Decimal("-0.01"), Decimal("100.01"), "delapan puluh"])
def test_scores_outside_zero_to_one_hundred_are_meaningless(score: object) -> None:
    """A score below 0 or above 100, or not a number, cannot be classified."""
    with pytest.raises((InvalidScoreError, ValueError)):
        classify(score, 2022)  # type: ignore[arg-type]


def test_float_scores_are_refused_as_inexact() -> None:
    """80.99 as a float is 80.98999999999999…, not 80.99."""
    with pytest.raises(TypeError, match="float"):
        classify(80.99, 2021)  # type: ignore[arg-type]


# --- published data points -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "year", "expected"),
    [
        ("89.59", 2022, "A"),  # Jambi 2022
        ("87.43", 2022, "B"),
        ("79.8", 2022, "B"),
        ("73.88", 2022, "C"),
        ("58.99", 2022, "C"),  # Kendari 2022
        ("88.51", 2023, "A"),  # Muara Enim 2023
        ("86.2", 2023, "B"),
        ("80.58", 2023, "B"),
        ("76.74", 2023, "C"),  # Pagaralam 2023
    ],
)
def test_published_categories_are_reproduced(score: str, year: int, expected: str) -> None:
    """Data points of regulations.md §8.2 and facts.md §6."""
    assert classify(Decimal(score), year).category is OmbudsmanCategory(expected)


@pytest.mark.parametrize(
    ("score", "year", "zone"),
    [
        ("55.09", 2023, YELLOW),  # Maluku Tenggara 2023
        ("52.86", 2023, RED),
        ("49.85", 2023, RED),
        ("47.80", 2017, RED),  # Kendari 2017
        ("35.97", 2017, RED),  # Bombana 2017
    ],
)
def test_published_zones_are_reproduced(score: str, year: int, zone: OmbudsmanZone) -> None:
    """Kuning and merah data points of 2017 and 2023."""
    assert classify(Decimal(score), year).zone is zone


def test_cut_offs_before_2021_are_assumed_and_say_so() -> None:
    """2017 uses the 2021 cut-offs, UNVERIFIED; the result carries a note."""
    grade = classify(Decimal("47.80"), 2017)
    assert not grade.verified
    assert (
        grade.notes[0].en == "The 2017 cut-offs are assumed equal to those seen (2021); UNVERIFIED"
    )


# --- from 2025 -------------------------------------------------------------------------------------


def test_the_2025_scheme_describes_itself_without_bands() -> None:
    """Peraturan Ombudsman 61/2025: six things assessed, no numeric bands known."""
    scheme = scheme_for(2025)
    assert scheme.bands == ()
    assert [str(c) for c in scheme.basis][-1] == "Peraturan Ombudsman 61/2025"
    assert {d.dimension for d in scheme.dimensions} == set(OmbudsmanDimension)
    assert all(d.weight is None for d in scheme.dimensions)


def test_classifying_a_2025_score_without_bands_is_a_clear_error() -> None:
    """No verified bands: refuse, and say how to supply them."""
    with pytest.raises(NoVerifiedBandsError, match="pass bands="):
        classify(Decimal("65.98"), 2025)


def test_the_caller_can_classify_against_bands_of_their_own() -> None:
    """User-supplied bands work for any year and are never marked verified."""
    bands = (
        OmbudsmanBand(Decimal(80), GREEN),
        OmbudsmanBand(Decimal(60), YELLOW),
        OmbudsmanBand(Decimal(0), RED),
    )
    grade = classify(Decimal("65.98"), 2025, bands=bands)
    assert grade.zone is YELLOW
    assert grade.label.id == "Zona kuning"
    assert not grade.verified
    assert grade.notes[0].en == "Bands supplied by the caller"
    assert classify(Decimal(81), 2021, bands=bands).zone is GREEN


def test_supplied_bands_must_run_down_to_zero() -> None:
    """Bands in the wrong order, or leaving low scores unplaced, are refused."""
    with pytest.raises(ValueError, match="starting at 0"):
        classify(Decimal(50), 2025, bands=(OmbudsmanBand(Decimal(40), RED),))
    with pytest.raises(ValueError, match="at least one band"):
        classify(Decimal(50), 2025, bands=())


# --- weights, citations ----------------------------------------------------------------------------


def test_the_2022_dimension_weights_are_verified_and_later_ones_assumed() -> None:
    """Input 21,85, proses 32,37, output 24,24, pengaduan 21,54 (2022 deck); 2023 unverified."""
    weights_2022 = scheme_for(2022).dimension_weights(2022)
    assert [(d.dimension, d.weight) for d in weights_2022] == [
        (OmbudsmanDimension.INPUT, Decimal("21.85")),
        (OmbudsmanDimension.PROCESS, Decimal("32.37")),
        (OmbudsmanDimension.OUTPUT, Decimal("24.24")),
        (OmbudsmanDimension.COMPLAINTS, Decimal("21.54")),
    ]
    assert all(d.verified for d in weights_2022)
    assert not any(d.verified for d in scheme_for(2022).dimension_weights(2023))


def test_every_scheme_cites_its_legal_basis() -> None:
    """Scheme 1 cites Peraturan Ombudsman 17/2015, scheme 2 22/2016, scheme 3 61/2025."""
    cited = [[str(c) for c in scheme.basis] for scheme in OMBUDSMAN_SCHEMES]
    assert "Peraturan Ombudsman 17/2015" in cited[0]
    assert "UU 25/2009 Pasal 21" in cited[0]
    assert "Peraturan Ombudsman 22/2016" in cited[1]
    assert "Peraturan Ombudsman 61/2025" in cited[2]
    assert classify(Decimal("89.59"), 2022).citations == OMBUDSMAN_SCHEMES[1].basis


def test_a_grade_reads_as_one_line_in_both_languages() -> None:
    """The Indonesian line uses a decimal comma."""
    grade = classify(Decimal("89.59"), 2022)
    assert grade.text("id") == "2022: 89,59 — A, Kualitas Tertinggi (Zona hijau)"
    assert grade.text("en") == "2022: 89.59 — A, Highest quality (Green zone)"


# --- the estimate ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("share", "year", "score", "zone", "category"),
    [
        (Fraction(13, 14), 2021, "92.86", GREEN, None),  # 92,857… → 92,86
        (Fraction(13, 14), 2022, "92.86", GREEN, OmbudsmanCategory.A),
        (Fraction(11, 14), 2023, "78.57", GREEN, OmbudsmanCategory.B),  # 78,571…
        (Fraction(1, 2), 2021, "50.00", RED, None),
        (Fraction(1), 2024, "100.00", GREEN, OmbudsmanCategory.A),
        (Fraction(0), 2019, "0.00", RED, None),
    ],
)
def test_the_estimate_scales_the_share_of_components_onto_the_years_scheme(
    share: Fraction,
    year: int,
    score: str,
    zone: OmbudsmanZone,
    category: OmbudsmanCategory | None,
) -> None:
    """Share × 100, rounded half up, on the scheme in force in the year."""
    estimate = estimate_ombudsman_grade(share, year)
    assert estimate.score == Decimal(score)
    assert estimate.zone is zone
    assert estimate.category is category


def test_the_estimate_is_labelled_as_an_estimate() -> None:
    """is_estimate, never verified, and a note that the real assessment weighs more."""
    estimate = estimate_ombudsman_grade(Fraction(12, 14), 2022)
    assert estimate.is_estimate
    assert not estimate.verified
    assert estimate.notes[0].en.startswith("ESTIMATE from the 85.71% of Pasal 21 components")
    assert "weighs many more items" in estimate.notes[0].en
    assert estimate.text("en") == "2022: estimate 85.71 — B, High quality (Green zone)"


def test_the_estimate_follows_the_gaps_of_the_schemes() -> None:
    """No estimate for 2020 (no assessment) nor for 2025 without bands."""
    with pytest.raises(NoAssessmentError):
        estimate_ombudsman_grade(Fraction(1, 2), 2020)
    with pytest.raises(NoVerifiedBandsError):
        estimate_ombudsman_grade(Fraction(1, 2), 2025)


@pytest.mark.parametrize("share", [Fraction(15, 14), Fraction(-1, 14)])
def test_a_share_outside_zero_to_one_is_meaningless(share: Fraction) -> None:
    """Fifteen of fourteen components cannot be fulfilled."""
    with pytest.raises(InvalidScoreError):
        estimate_ombudsman_grade(share, 2022)
