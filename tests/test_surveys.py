"""The satisfaction survey (SKM) and its index (IKM): versions, exact arithmetic, grades, samples.

Expected values are computed by hand from the regulation's formula and table; each test shows the
arithmetic in a comment.
"""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import (
    CATALOGUE,
    SatisfactionSurvey,
    compute_ikm,
    from_json,
    minimum_sample_size,
    to_json,
)
from pelayanan.law import NoInstrumentInForceError
from pelayanan.model.records import FollowUpStatus
from pelayanan.participation.surveys import (
    KREJCIE_MORGAN_TABLE as BUNDLED_TABLE,
)
from pelayanan.participation.surveys import (
    QUESTIONNAIRES,
    FollowUpAction,
    FollowUpPlan,
    Grade,
    IkmResult,
    IndexNotComputableError,
    KrejcieMorgan,
    QuestionnaireVersion,
    SampleSizeMethod,
    SurveyResponse,
    UnknownQuestionnaireError,
    legacy_index,
    missing_survey_years,
    questionnaire_for,
)
from pelayanan.strategies import satisfaction_surveys

SKM_2017 = QUESTIONNAIRES["permenpan-rb-14-2017"]
SKM_2014 = QUESTIONNAIRES["permenpan-rb-16-2014"]
IKM_2004 = QUESTIONNAIRES["kepmenpan-kep-25-m-pan-2-2004"]
CODES = SKM_2017.codes


def respond(*answers: int, questionnaire: QuestionnaireVersion = SKM_2017) -> SurveyResponse:
    """A response with ``answers`` given in the questionnaire's own order."""
    assert len(answers) == len(questionnaire.elements)
    return SurveyResponse(dict(zip(questionnaire.codes, answers, strict=True)))


def everyone_answers(
    value: int, respondents: int = 3, *, questionnaire: QuestionnaireVersion = SKM_2017
) -> list[SurveyResponse]:
    """``respondents`` identical responses with ``value`` for every element."""
    answers = [value] * len(questionnaire.elements)
    return [respond(*answers, questionnaire=questionnaire)] * respondents


def with_total(respondents: int, total: int) -> list[SurveyResponse]:
    """Complete 14/2017 responses whose answers add up to ``total``.

    The 9 × ``respondents`` answers take two neighbouring values: ``total // n`` and one more for the
    remainder, filled in order.
    """
    n = 9 * respondents
    base, extra = divmod(total, n)
    answers = [base + 1] * extra + [base] * (n - extra)
    return [respond(*answers[i : i + 9]) for i in range(0, n, 9)]


# --- versions and dates ----------------------------------------------------------------------------


def test_there_are_three_versions_with_nine_nine_and_fourteen_elements() -> None:
    """KepMenPAN 25/2004 has 14 elements; Permenpan RB 16/2014 and 14/2017 have nine each."""
    assert [len(v.elements) for v in (IKM_2004, SKM_2014, SKM_2017)] == [14, 9, 9]
    assert set(QUESTIONNAIRES) == {IKM_2004.key, SKM_2014.key, SKM_2017.key}


def test_the_2017_elements_follow_the_lampiran_order() -> None:
    """U8 is complaint handling and U9 facilities in the Lampiran; the questionnaire swaps them."""
    assert [e.label.id for e in SKM_2017.elements] == [
        "Persyaratan",
        "Sistem, mekanisme, dan prosedur",
        "Waktu penyelesaian",
        "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan",
        "Kompetensi pelaksana",
        "Perilaku pelaksana",
        "Penanganan pengaduan, saran dan masukan",
        "Sarana dan prasarana",
    ]
    assert SKM_2017.columns()["U8"] == "complaint_handling"
    assert SKM_2017.columns()["U9"] == "facilities"
    assert sorted(SKM_2017.questionnaire_order) == sorted(SKM_2017.codes)


def test_2014_had_the_service_charter_where_2017_has_facilities() -> None:
    """16/2014 asked about the maklumat pelayanan; 14/2017 replaced it with sarana dan prasarana."""
    assert "service_charter" in SKM_2014.codes
    assert "facilities" not in SKM_2014.codes
    assert "facilities" in SKM_2017.codes
    assert "service_charter" not in SKM_2017.codes
    assert SKM_2014.element("procedure").label.id == "Prosedur"


@pytest.mark.parametrize(
    ("questionnaire", "weight"),
    [(SKM_2017, Fraction(1, 9)), (SKM_2014, Fraction(1, 9)), (IKM_2004, Fraction(1, 14))],
    ids=str,
)
def test_weights_are_exactly_one_over_the_number_of_elements(
    questionnaire: QuestionnaireVersion, weight: Fraction
) -> None:
    """1/9, not 0.111; 1/14, not 0.071; and the weights add up to exactly one."""
    assert questionnaire.weight == weight
    assert questionnaire.weight * len(questionnaire.elements) == 1


def _boundaries() -> list[tuple[dt.date, str]]:
    """Each SKM instrument's first day, and the day before it, with what should be in force."""
    cases = []
    for earlier, later in [(IKM_2004, SKM_2014), (SKM_2014, SKM_2017)]:
        starts = CATALOGUE[later.key].starts
        assert starts is not None
        cases += [(starts - dt.timedelta(days=1), earlier.key), (starts, later.key)]
    first = CATALOGUE[IKM_2004.key].starts
    assert first is not None
    return [(first, IKM_2004.key), *cases, (dt.date(2025, 1, 1), SKM_2017.key)]


@pytest.mark.parametrize(("on", "key"), _boundaries(), ids=str)
def test_the_version_is_chosen_by_date_on_both_sides_of_each_boundary(
    on: dt.date, key: str
) -> None:
    """2004-02-24, 2014-05-12 and 2017-06-28 (catalogue dates) switch the questionnaire."""
    assert questionnaire_for(on).key == key


def test_the_catalogue_dates_are_those_of_the_instruments() -> None:
    """The boundaries tested above are the catalogue's (16/2014 and 14/2017 dates unverified)."""
    assert CATALOGUE[IKM_2004.key].starts == dt.date(2004, 2, 24)
    assert CATALOGUE[SKM_2014.key].starts == dt.date(2014, 5, 12)
    assert CATALOGUE[SKM_2017.key].starts == dt.date(2017, 6, 28)


def test_before_2004_no_questionnaire_is_in_force() -> None:
    """There is no SKM instrument before KepMenPAN 25/2004, and the library says so."""
    with pytest.raises(NoInstrumentInForceError):
        questionnaire_for(dt.date(2004, 2, 23))


def test_a_version_missing_from_the_mapping_is_a_lookup_error() -> None:
    """An instrument in force without a questionnaire version is reported, not guessed."""
    with pytest.raises(UnknownQuestionnaireError, match="Permenpan RB 14/2017"):
        questionnaire_for(dt.date(2020, 1, 1), questionnaires={})


# --- verified and unverified data ------------------------------------------------------------------


def test_the_2017_grade_table_is_verified_and_printed_as_in_the_sources() -> None:
    """A 88,31–100,00; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99 (regulations.md §5.3)."""
    table = SKM_2017.grade_table
    assert table.verified
    printed = {b.grade: (b.ni_low, b.ni_high, b.nik_low, b.nik_high) for b in table.bands}
    assert printed == {
        Grade.D: (Decimal("1.00"), Decimal("2.5996"), Decimal("25.00"), Decimal("64.99")),
        Grade.C: (Decimal("2.60"), Decimal("3.064"), Decimal("65.00"), Decimal("76.60")),
        Grade.B: (Decimal("3.0644"), Decimal("3.532"), Decimal("76.61"), Decimal("88.30")),
        Grade.A: (Decimal("3.5324"), Decimal("4.00"), Decimal("88.31"), Decimal("100.00")),
    }


def test_the_2017_ni_bounds_are_the_nik_bounds_divided_by_25() -> None:
    """So grading the converted index also grades the 1–4 value: 88.31 / 25 = 3.5324, and so on."""
    for band in SKM_2017.grade_table.bands:
        assert band.ni_low * 25 == band.nik_low
        assert band.ni_high * 25 == band.nik_high


def test_the_2016_table_is_unverified_and_the_2004_table_verified_up_to_row_three() -> None:
    """16/2014's table was never found; KEP/25/2004's row 4 was only partly legible."""
    assert not any(band.verified for band in SKM_2014.grade_table.bands)
    verified_2004 = {band.perception: band.verified for band in IKM_2004.grade_table.bands}
    assert verified_2004 == {1: True, 2: True, 3: True, 4: False}
    assert "UNVERIFIED" in SKM_2014.grade_table.note


@pytest.mark.parametrize("questionnaire", list(QUESTIONNAIRES.values()), ids=str)
def test_every_table_is_gapless_at_its_rounding(questionnaire: QuestionnaireVersion) -> None:
    """Each band starts one unit in the last place after the previous one ends (64.99 → 65.00)."""
    table = questionnaire.grade_table
    step = Decimal(1).scaleb(-table.places)
    bands = sorted(table.bands, key=lambda band: band.nik_low)
    assert bands[0].nik_low == 25
    assert bands[-1].nik_high == 100
    for lower, upper in itertools.pairwise(bands):
        assert upper.nik_low - lower.nik_high == step


def test_an_unverified_table_can_be_replaced() -> None:
    """Versions are data: a user who finds the real 16/2014 table swaps it in with attrs.evolve."""
    all_3 = everyone_answers(3, questionnaire=SKM_2014)
    # IKM 3 → 75.00, which the inferred 2004-style bands grade B (62.51–81.25) ...
    assert compute_ikm(all_3, SKM_2014).grade is Grade.B
    # ... and the 2017 bands grade C (65.00–76.60).
    with_2017_table = attrs.evolve(SKM_2014, grade_table=SKM_2017.grade_table)
    assert compute_ikm(all_3, with_2017_table).grade is Grade.C


# --- the index -------------------------------------------------------------------------------------


def test_every_answer_4_gives_100_and_grade_a() -> None:
    """NRR 4 everywhere: IKM = 9 × 4 × 1/9 = 4; index = 4 × 25 = 100.00; A, Sangat Baik."""
    result = compute_ikm(everyone_answers(4), SKM_2017)
    assert result.ikm == 4
    assert result.index == Decimal("100.00")
    assert str(result.index) == "100.00"
    assert result.grade is Grade.A
    assert result.label.id == "Sangat Baik"


def test_every_answer_1_gives_25_and_grade_d() -> None:
    """NRR 1 everywhere: IKM = 1; index = 1 × 25 = 25.00; D, Tidak Baik."""
    result = compute_ikm(everyone_answers(1), SKM_2017)
    assert (result.ikm, result.index, result.grade) == (1, Decimal("25.00"), Grade.D)
    assert result.label.id == "Tidak Baik"


def test_every_answer_3_gives_75_which_is_grade_c_in_2017() -> None:
    """IKM 3 → 75.00 < 76.61, so "all good" answers grade Kurang Baik under 14/2017 (facts.md §4.1)."""
    result = compute_ikm(everyone_answers(3), SKM_2017)
    assert (result.index, result.grade) == (Decimal("75.00"), Grade.C)


def test_every_answer_3_gives_75_which_is_grade_b_in_2004() -> None:
    """Under KEP/25/2004 (14 elements) 75.00 lies in 62.51–81.25: B, Baik."""
    result = compute_ikm(everyone_answers(3, questionnaire=IKM_2004), IKM_2004)
    assert (result.index, result.grade) == (Decimal("75.00"), Grade.B)


def test_a_small_survey_computed_by_hand() -> None:
    """Four respondents; every NRR, the IKM, the index and the grade worked out by hand."""
    responses = [
        respond(4, 4, 3, 4, 3, 3, 4, 3, 2),
        respond(3, 4, 3, 4, 3, 4, 4, 3, 3),
        respond(3, 3, 2, 4, 3, 3, 4, 2, 2),
        respond(4, 3, 3, 4, 4, 3, 3, 3, 2),
    ]
    result = compute_ikm(responses, SKM_2017)
    # Column sums 14, 14, 11, 16, 13, 13, 15, 11, 9 over 4 respondents.
    expected_nrr = [
        Fraction(14, 4),  # U1 3.50
        Fraction(14, 4),  # U2 3.50
        Fraction(11, 4),  # U3 2.75
        Fraction(16, 4),  # U4 4.00
        Fraction(13, 4),  # U5 3.25
        Fraction(13, 4),  # U6 3.25
        Fraction(15, 4),  # U7 3.75
        Fraction(11, 4),  # U8 2.75
        Fraction(9, 4),  # U9 2.25
    ]
    assert [result.nrr[code] for code in CODES] == expected_nrr
    # Σ NRR = 29; IKM = 29 × 1/9 = 3.2222…; index = 29/9 × 25 = 725/9 = 80.5555… → 80.56 → B.
    assert result.ikm == Fraction(29, 9)
    assert result.exact_index == Fraction(725, 9)
    assert result.index == Decimal("80.56")
    assert result.grade is Grade.B
    assert result.respondents == 4
    # A tool weighting by 0.111 reports 29 × 0.111 × 25 = 80.475 → 80.48.
    assert legacy_index(result, "0.111") == Decimal("80.48")


def test_the_golden_nrr_example_of_the_research_notes() -> None:
    """facts.md §4.1: NRR summing to 30.07 give 30.07/9 × 25 = 83.5277… → 83.53 (B); 0.111 gives 83.44."""
    values = ["3.52", "3.40", "3.10", "3.95", "3.20", "3.30", "3.45", "3.00", "3.15"]
    nrr = {code: Fraction(v) for code, v in zip(CODES, values, strict=True)}
    result = IkmResult.from_nrr(nrr, SKM_2017)
    assert result.ikm == Fraction("30.07") / 9
    assert result.index == Decimal("83.53")
    assert result.grade is Grade.B
    # 30.07 × 0.111 × 25 = 83.44425 → 83.44
    assert legacy_index(nrr, "0.111") == Decimal("83.44")


def test_legacy_constant_weights_cannot_reach_100() -> None:
    """anchors.md §5.5: 4 × 0.111 × 9 × 25 = 99.90; 4 × 0.071 × 9 × 25 = 63.90 (grade D!)."""
    result = compute_ikm(everyone_answers(4), SKM_2017)
    assert legacy_index(result, "0.111") == Decimal("99.90")
    assert legacy_index(result, Decimal("0.071")) == Decimal("63.90")
    assert legacy_index(result, "1/9") == Decimal("100.00")


def test_legacy_index_can_round_each_nrr_first() -> None:
    """Reports that sum NRR printed to two decimals: 9 × 3.33 × 0.111 × 25 = 83.16675."""
    nrr = dict.fromkeys(CODES, Fraction(10, 3))
    # exact: 10/3 × 25 = 83.333… → 83.33; rounded NRR 3.33: 29.97 × 0.111 × 25 = 83.16675 → 83.17
    assert IkmResult.from_nrr(nrr, SKM_2017).index == Decimal("83.33")
    assert legacy_index(nrr, "0.111", nrr_places=2) == Decimal("83.17")


@pytest.mark.parametrize(
    ("respondents", "total", "index", "grade"),
    [
        # 25 × 763 / (9 × 24) = 19075/216 = 88.3101… → 88.31: A (IKM 763/216 = 3.53240…)
        (24, 763, "88.31", Grade.A),
        # 25 × 604 / (9 × 19) = 15100/171 = 88.3040… → 88.30: B
        (19, 604, "88.30", Grade.B),
        # 25 × 524 / (9 × 19) = 13100/171 = 76.6081… → 76.61: B (unrounded it sits in the gap)
        (19, 524, "76.61", Grade.B),
        # 25 × 717 / (9 × 26) = 17925/234 = 76.6025… → 76.60: C
        (26, 717, "76.60", Grade.C),
        # 25 × 117 / (9 × 5) = 2925/45 = 65 exactly: C (IKM 117/45 = 2.60)
        (5, 117, "65.00", Grade.C),
        # 25 × 889 / (9 × 38) = 22225/342 = 64.9853… → 64.99: D
        (38, 889, "64.99", Grade.D),
    ],
)
def test_surveys_on_both_sides_of_each_grade_boundary(
    respondents: int, total: int, index: str, grade: Grade
) -> None:
    """Real response sets whose index lands just above and just below 88.31, 76.61 and 65.00."""
    responses = with_total(respondents, total)
    assert sum(sum(r.answers.values()) for r in responses) == total
    result = compute_ikm(responses, SKM_2017)
    assert result.exact_index == Fraction(25 * total, 9 * respondents)
    assert (result.index, result.grade) == (Decimal(index), grade)


@pytest.mark.parametrize(
    ("index", "grade"),
    [
        ("100", Grade.A),
        ("88.31", Grade.A),
        ("88.305", Grade.A),  # half-up: 88.305 → 88.31
        ("88.30499", Grade.B),  # → 88.30
        ("88.30", Grade.B),
        ("76.61", Grade.B),
        ("76.605", Grade.B),  # the gap 76.60|76.61: → 76.61
        ("76.60499", Grade.C),
        ("76.60", Grade.C),
        ("65.00", Grade.C),
        ("64.995", Grade.C),  # the gap 64.99|65.00: → 65.00
        ("64.99499", Grade.D),
        ("64.99", Grade.D),
        ("25", Grade.D),
    ],
)
def test_the_rounding_step_closes_the_gaps_of_the_table(index: str, grade: Grade) -> None:
    """Index rounded half-up to 2 decimals, then lower bounds ≥88.31 A, ≥76.61 B, ≥65.00 C, else D."""
    assert SKM_2017.grade_table.classify(Fraction(index)) is grade


@pytest.mark.parametrize(
    ("nrr", "index", "grade"),
    [
        ("3.5324", "88.31", Grade.A),  # printed lower NI bound of A: × 25 = 88.31
        ("3.5322", "88.31", Grade.A),  # in the gap 3.532|3.5324: × 25 = 88.305 → 88.31
        ("3.532", "88.30", Grade.B),  # printed upper NI bound of B
        ("3.0644", "76.61", Grade.B),
        ("3.0642", "76.61", Grade.B),  # × 25 = 76.605 → 76.61
        ("3.064", "76.60", Grade.C),
        ("2.60", "65.00", Grade.C),
        ("2.5998", "65.00", Grade.C),  # × 25 = 64.995 → 65.00
        ("2.5996", "64.99", Grade.D),
    ],
)
def test_both_sides_of_the_ni_bounds(nrr: str, index: str, grade: Grade) -> None:
    """The 1–4 bounds (2.5996|2.60, 3.064|3.0644, 3.532|3.5324) and values in their gaps."""
    result = IkmResult.from_nrr(dict.fromkeys(CODES, Fraction(nrr)), SKM_2017)
    assert result.ikm == Fraction(nrr)
    assert (result.index, result.grade) == (Decimal(index), grade)


@pytest.mark.parametrize(
    ("index", "grade"),
    [
        ("81.26", Grade.A),
        ("81.25", Grade.B),
        ("62.51", Grade.B),
        ("62.50", Grade.C),
        ("43.76", Grade.C),
        ("43.755", Grade.C),  # → 43.76
        ("43.75", Grade.D),
    ],
)
def test_both_sides_of_the_2004_boundaries(index: str, grade: Grade) -> None:
    """KEP/25/2004: 81.26 A, 62.51 B, 43.76 C (NIK lower bounds), graded by the same rule."""
    assert IKM_2004.grade_table.classify(Fraction(index)) is grade


def test_nrr_divides_by_the_answers_given_to_each_element() -> None:
    """Two respondents, one skipped facilities: NRR facilities = 4/1; the others (4 + 2)/2 = 3."""
    full = respond(4, 4, 4, 4, 4, 4, 4, 4, 4)
    partial = SurveyResponse({code: 2 for code in CODES if code != "facilities"})
    result = compute_ikm([full, partial], SKM_2017)
    assert result.nrr["facilities"] == 4
    assert result.nrr["requirements"] == 3
    # IKM = (8 × 3 + 4) / 9 = 28/9; index = 700/9 = 77.77… → 77.78 → B
    assert (result.ikm, result.index, result.grade) == (Fraction(28, 9), Decimal("77.78"), Grade.B)


def test_no_responses_give_no_index() -> None:
    """An empty survey has no index; the error says why."""
    with pytest.raises(IndexNotComputableError, match="no responses"):
        compute_ikm([], SKM_2017)


def test_an_element_nobody_answered_gives_no_index() -> None:
    """Without any answer to facilities its NRR, and so the IKM, is undefined."""
    partial = SurveyResponse({code: 3 for code in CODES if code != "facilities"})
    with pytest.raises(IndexNotComputableError, match="nobody answered facilities"):
        compute_ikm([partial], SKM_2017)


def test_answers_to_elements_of_another_version_are_refused() -> None:
    """A 16/2014 response (with the service charter) does not fit 14/2017."""
    old = respond(3, 3, 3, 3, 3, 3, 3, 3, 3, questionnaire=SKM_2014)
    with pytest.raises(IndexNotComputableError, match="service_charter"):
        compute_ikm([old], SKM_2017)


def test_answers_off_the_scale_are_meaningless() -> None:
    """A response object cannot hold a 0, a 5 or a boolean."""
    for bad in (0, 5, True):
        with pytest.raises(ValueError, match="must be 1, 2, 3 or 4"):
            SurveyResponse({"requirements": bad})


def test_responses_cannot_be_changed_through_their_answers() -> None:
    """Values are frozen: the answers mapping is read-only."""
    response = respond(3, 3, 3, 3, 3, 3, 3, 3, 3)
    with pytest.raises(TypeError):
        response.answers["requirements"] = 4  # type: ignore[index]


def test_the_report_keys_nrr_by_column() -> None:
    """The JSON report keys NRR by U1..U9 and shows the index with two decimals."""
    result = compute_ikm(everyone_answers(4), SKM_2017)
    report = result.to_report()
    assert list(report["nrr"]) == [f"U{i}" for i in range(1, 10)]
    assert report["elements"]["U9"]["code"] == "facilities"
    assert report["weight"] == "1/9"
    assert '"index": 100.00' in result.to_json()
    assert str(result) == "IKM 100.00 (A, Sangat Baik)"


# --- properties ------------------------------------------------------------------------------------

complete_answers = st.lists(st.integers(1, 4), min_size=9, max_size=9)
surveys = st.lists(complete_answers, min_size=1, max_size=12)


@given(surveys)
def test_the_index_is_always_between_25_and_100(rows: list[list[int]]) -> None:
    """Whatever the answers, 25.00 ≤ index ≤ 100.00 and the grade is that of the rounded index."""
    result = compute_ikm([respond(*row) for row in rows], SKM_2017)
    assert Decimal(25) <= result.index <= Decimal(100)
    assert 1 <= result.ikm <= 4
    assert result.grade is SKM_2017.grade_table.classify(result.index)
    assert result.index.as_tuple().exponent == -2


@given(surveys, st.data())
def test_raising_an_answer_never_lowers_the_index(
    rows: list[list[int]], data: st.DataObject
) -> None:
    """Monotonic: one answer up by one raises the exact index, and never lowers the rounded one."""
    row = data.draw(st.integers(0, len(rows) - 1))
    column = data.draw(st.sampled_from([i for i, v in enumerate(rows[row]) if v < 4] or [None]))
    if column is None:
        return
    before = compute_ikm([respond(*r) for r in rows], SKM_2017)
    raised = [list(r) for r in rows]
    raised[row][column] += 1
    after = compute_ikm([respond(*r) for r in raised], SKM_2017)
    assert after.ikm > before.ikm
    assert after.index >= before.index
    order = [Grade.D, Grade.C, Grade.B, Grade.A]
    assert order.index(after.grade) >= order.index(before.grade)


@given(surveys, st.data())
def test_the_order_of_respondents_does_not_matter(
    rows: list[list[int]], data: st.DataObject
) -> None:
    """Permutation-invariant: shuffling the respondents gives the same result."""
    shuffled = data.draw(st.permutations(rows))
    assert compute_ikm([respond(*r) for r in shuffled], SKM_2017) == compute_ikm(
        [respond(*r) for r in rows], SKM_2017
    )


@given(surveys)
def test_a_0111_weight_never_reports_more_than_the_exact_index(rows: list[list[int]]) -> None:
    """0.111 < 1/9, so the legacy figure is at most the exact one."""
    result = compute_ikm([respond(*r) for r in rows], SKM_2017)
    assert legacy_index(result, "0.111") <= result.index


@given(satisfaction_surveys())
def test_surveys_round_trip_through_json(survey: SatisfactionSurvey) -> None:
    """from_json(to_json(x)) == x for any survey document."""
    assert from_json(to_json(survey)) == survey


# --- sample size -----------------------------------------------------------------------------------

# Krejcie & Morgan (1970), Table 1, as in regulations.md §5.4: population N → sample S.
KREJCIE_MORGAN_TABLE = [
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44),
    (55, 48), (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76),
    (100, 80), (110, 86), (120, 92), (130, 97), (140, 103), (150, 108), (160, 113), (170, 118),
    (180, 123), (190, 127), (200, 132), (210, 136), (220, 140), (230, 144), (240, 148), (250, 152),
    (260, 155), (270, 159), (280, 162), (290, 165), (300, 169), (320, 175), (340, 181), (360, 186),
    (380, 191), (400, 196), (420, 201), (440, 205), (460, 210), (480, 214), (500, 217), (550, 226),
    (600, 234), (650, 242), (700, 248), (750, 254), (800, 260), (850, 265), (900, 269), (950, 274),
    (1000, 278), (1100, 285), (1200, 291), (1300, 297), (1400, 302), (1500, 306), (1600, 310),
    (1700, 313), (1800, 317), (1900, 320), (2000, 322), (2200, 327), (2400, 331), (2600, 335),
    (2800, 338), (3000, 341), (3500, 346), (4000, 351), (4500, 354), (5000, 357), (6000, 361),
    (7000, 364), (8000, 367), (9000, 368), (10000, 370), (15000, 375), (20000, 377), (30000, 379),
    (40000, 380), (50000, 381), (75000, 382), (1000000, 384),
]  # fmt: skip


@pytest.mark.parametrize(("population", "sample"), KREJCIE_MORGAN_TABLE)
def test_the_sample_size_reproduces_the_krejcie_morgan_table(population: int, sample: int) -> None:
    """Every printed row, from the bundled table and from the formula alike.

    The formula S = 3.841·N·0.25 / (0.0025·(N−1) + 3.841·0.25), rounded half-up, gives each row.
    """
    assert minimum_sample_size(population) == sample
    assert KrejcieMorgan(method=SampleSizeMethod.FORMULA).minimum(population) == sample


def test_the_bundled_table_is_the_published_one() -> None:
    """The 90 rows of Krejcie & Morgan (1970) Table 1, as this file lists them by hand."""
    assert list(BUNDLED_TABLE) == KREJCIE_MORGAN_TABLE
    assert len(BUNDLED_TABLE) == 90


@pytest.mark.parametrize(
    ("population", "sample"),
    [
        (101, 86),  # between 100 and 110: the row of 110
        (105, 86),
        (110, 86),
        (1000, 278),
        (10_000, 370),
        (100_000, 384),  # between 75,000 and 1,000,000: the row of 1,000,000
        (5_000_000, 384),  # above the last row
        (11, 11),  # the row of 15 says 14, but only 11 people can answer
        (0, 0),
    ],
)
def test_the_table_is_read_at_the_next_row_up(population: int, sample: int) -> None:
    """A population between two rows takes the next row up; above the last row, 384."""
    assert minimum_sample_size(population) == sample


@pytest.mark.parametrize(
    ("population", "sample"),
    [
        # 3.841 × 101 × 0.25 / (0.0025 × 100 + 0.96025) = 96.98525 / 1.21025 = 80.13… → 80
        (101, 80),
        # 3.841 × 105 × 0.25 / (0.0025 × 104 + 0.96025) = 100.82625 / 1.22025 = 82.62… → 83
        (105, 83),
        # 3.841 × 100000 × 0.25 / (0.0025 × 99999 + 0.96025) = 96025 / 250.95775 = 382.63… → 383
        (100_000, 383),
    ],
)
def test_the_formula_is_an_option_that_is_not_the_table(population: int, sample: int) -> None:
    """Between rows the formula asks for fewer respondents than the table's next row."""
    formula = KrejcieMorgan(method=SampleSizeMethod.FORMULA)
    assert formula.minimum(population) == sample
    assert formula.minimum(population) < minimum_sample_size(population)
    assert "not the published table" in SampleSizeMethod.FORMULA.label.en


def test_the_sample_size_for_100_worked_by_hand() -> None:
    """N = 100: 3.841 × 100 × 0.25 / (0.0025 × 99 + 0.96025) = 96.025 / 1.20775 = 79.507… → 80."""
    rule = KrejcieMorgan()
    assert rule.exact(100) == Fraction("96.025") / Fraction("1.20775")
    assert rule.minimum(100) == 80


def test_rounding_up_instead_of_to_nearest_would_not_match_the_table() -> None:
    """N = 15: S = 14.40375 / 0.99525 = 14.47…; the table says 14, so S rounds to nearest, not up."""
    assert KrejcieMorgan().exact(15) == Fraction("14.40375") / Fraction("0.99525")
    assert KrejcieMorgan().exact(15) < Fraction(29, 2)
    assert minimum_sample_size(15) == 14


@given(st.integers(0, 10**7))
def test_the_sample_never_exceeds_the_population_nor_384(population: int) -> None:
    """As N grows S approaches 3.841 × 0.25 / 0.0025 = 384.1, and S ≤ N."""
    sample = minimum_sample_size(population)
    assert 0 <= sample <= min(population, 384)
    assert minimum_sample_size(population + 1) >= sample


def test_a_negative_population_is_refused() -> None:
    """There is no sample for −1 service users."""
    with pytest.raises(ValueError, match="at least 0"):
        minimum_sample_size(-1)


def test_only_2017_defines_the_sample_rule() -> None:
    """14/2017 uses Krejcie–Morgan; the 2004 and 2014 methods were not found (None, not a guess)."""
    assert SKM_2017.sample_size is not None
    assert SKM_2014.sample_size is None
    assert IKM_2004.sample_size is None


# --- the survey document: frequency, sample, publication, follow-up --------------------------------


def _survey(**changes: object) -> SatisfactionSurvey:
    survey = SatisfactionSurvey("skm", "dinsos", dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    return attrs.evolve(survey, **changes)  # type: ignore[misc]


def test_a_survey_without_a_questionnaire_uses_the_one_in_force_when_it_started() -> None:
    """The start date picks the version: 2017-06-27 is still 16/2014, 2017-06-28 is 14/2017."""
    before = _survey(period_start=dt.date(2017, 6, 27), period_end=dt.date(2017, 7, 31))
    after = _survey(period_start=dt.date(2017, 6, 28), period_end=dt.date(2017, 7, 31))
    assert before.questionnaire_version() is SKM_2014
    assert after.questionnaire_version() is SKM_2017
    assert _survey(questionnaire=IKM_2004).questionnaire_version() is IKM_2004


def test_the_survey_computes_its_own_index() -> None:
    """SatisfactionSurvey.result() is compute_ikm over its responses."""
    survey = _survey(responses=tuple(everyone_answers(4)))
    assert survey.result().index == Decimal("100.00")


def test_the_required_sample_follows_the_population() -> None:
    """Population 150 → 108 respondents; no population, no requirement."""
    assert _survey(population=150).required_sample_size() == 108
    assert _survey().required_sample_size() is None


def test_years_without_a_survey_are_found() -> None:
    """At least one survey a year (Pasal 1 ayat (1)); a survey over New Year counts for both years."""
    across = _survey(period_start=dt.date(2022, 12, 1), period_end=dt.date(2023, 1, 31))
    later = _survey(period_start=dt.date(2025, 3, 1), period_end=dt.date(2025, 3, 31))
    assert missing_survey_years([across, later], range(2021, 2026)) == (2021, 2024)
    assert SKM_2017.minimum_frequency is not None
    assert SKM_2017.minimum_frequency.months == 12
    assert str(SKM_2017.frequency_basis) == "Permenpan RB 14/2017 Pasal 1 ayat (1)"


@pytest.mark.parametrize(
    ("statuses", "percentage"),
    [
        ([], None),
        ([FollowUpStatus.REALISED], Decimal("100.00")),
        # 1 / 3 × 100 = 33.333… → 33.33
        ([FollowUpStatus.REALISED, FollowUpStatus.PLANNED, FollowUpStatus.IN_PROGRESS], "33.33"),
        # 2 / 3 × 100 = 66.666… → 66.67 (half-up)
        ([FollowUpStatus.REALISED, FollowUpStatus.REALISED, FollowUpStatus.CANCELLED], "66.67"),
        ([FollowUpStatus.CANCELLED, FollowUpStatus.PLANNED], "0.00"),
    ],
)
def test_realisation_is_realised_over_planned_times_100(
    statuses: list[FollowUpStatus], percentage: str | Decimal | None
) -> None:
    """PEKPPP: (realisasi RTL : jumlah RTL) × 100; a cancelled action still counts as planned."""
    plan = FollowUpPlan(
        tuple(FollowUpAction(f"aksi {i}", status=s) for i, s in enumerate(statuses))
    )
    expected = None if percentage is None else Decimal(percentage)
    assert plan.realisation_percentage() == expected


def test_a_response_names_the_elements_it_skips_and_those_it_should_not_answer() -> None:
    """Skipping *fee* and answering 2014's *service_charter*: one missing, one unknown."""
    answers = {code: 3 for code in CODES if code != "fee"} | {"service_charter": 4}
    response = SurveyResponse(answers)
    assert response.missing(SKM_2017) == ("fee",)
    assert response.unknown(SKM_2017) == ("service_charter",)
    assert not response.is_complete(SKM_2017)
    assert respond(*[3] * 9).is_complete(SKM_2017)
    assert not respond(*[3] * 9).is_complete(SKM_2014)  # facilities is not a 2014 element


def test_only_complete_responses_are_valid_respondents() -> None:
    """Three responses, one without *fee*: two complete ones."""
    skipping = SurveyResponse({code: 4 for code in CODES if code != "fee"})
    survey = _survey(responses=(*everyone_answers(3, 2), skipping))
    assert len(survey.complete_responses()) == 2


@pytest.mark.parametrize(
    ("status", "due_on", "overdue_on_1_april"),
    [
        (FollowUpStatus.PLANNED, dt.date(2025, 3, 31), True),
        (FollowUpStatus.IN_PROGRESS, dt.date(2025, 3, 31), True),
        (FollowUpStatus.IN_PROGRESS, dt.date(2025, 4, 1), False),  # due today: not yet late
        (FollowUpStatus.REALISED, dt.date(2025, 3, 31), False),
        (FollowUpStatus.CANCELLED, dt.date(2025, 3, 31), False),
        (FollowUpStatus.PLANNED, None, False),
    ],
)
def test_an_action_is_overdue_the_day_after_it_was_due_unless_done_or_cancelled(
    status: FollowUpStatus, due_on: dt.date | None, overdue_on_1_april: bool
) -> None:
    """Overdue on 2025-04-01 means due on 2025-03-31 or before and still planned or in progress."""
    action = FollowUpAction("ramp", due_on=due_on, status=status)
    plan = FollowUpPlan((action, FollowUpAction("kursi")))
    on = dt.date(2025, 4, 1)
    assert action.is_overdue(on) is overdue_on_1_april
    assert plan.overdue(on) == ((action,) if overdue_on_1_april else ())


@given(satisfaction_surveys())
def test_surveys_survive_pickling_for_worker_processes(survey: SatisfactionSurvey) -> None:
    """`pelayanan validate --jobs` returns surveys from its workers by pickle; they come back equal."""
    again = pickle.loads(pickle.dumps(survey))  # noqa: S301  (our own object, just pickled)
    assert again == survey
    if survey.responses:
        with pytest.raises(TypeError):
            again.responses[0].answers["fee"] = 4  # type: ignore[index]
