"""Every satisfaction-survey rule (SK) has a passing and a failing case, and both sides of its edges.

The passing case is the example survey of Dinas Sosial Kota Jambi (``skm-2024.json``) checked as of
2025-03-31: the survey of July–September 2024 is over, published on paper and online, its follow-up
plan drawn up, and no action is overdue yet. Each failing case changes one thing in it. Cases across
documents (SK001, SK002) use small surveys of one unit. A test at the end checks that no SK rule is
left without a case here.

Expected values are worked out by hand from the regulation (arithmetic in the comments).
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import (
    BUILTIN_RULES,
    Finding,
    SatisfactionSurvey,
    ValidationConfig,
    from_json,
    validate,
)
from pelayanan.model.records import FollowUpStatus, Publication, PublicationMedium
from pelayanan.participation.surveys import QUESTIONNAIRES, SurveyFrequency, SurveyResponse
from pelayanan.strategies import satisfaction_surveys

from .conftest import EXAMPLES, run_cli

AS_OF = dt.date(2025, 3, 31)
JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
EXAMPLE_PATH = JAMBI / "skm-2024.json"
SURVEY: SatisfactionSurvey = from_json(EXAMPLE_PATH.read_bytes())
PROVIDER = from_json((JAMBI / "provider.json").read_bytes())
SKM_2017 = QUESTIONNAIRES["permenpan-rb-14-2017"]
SKM_2014 = QUESTIONNAIRES["permenpan-rb-16-2014"]
UNIT = "dinsos-kota-jambi"


def evolve(value: Any, **changes: Any) -> Any:
    """`attrs.evolve`, typed loosely for the tables below."""
    return attrs.evolve(value, **changes)


def found(documents: object, code: str, as_of: dt.date = AS_OF) -> list[Finding]:
    """The findings with ``code`` for ``documents`` checked as of ``as_of``, in English."""
    return [f for f in validate(documents, as_of=as_of, lang="en").findings if f.code == code]


def paths(documents: object, code: str, as_of: dt.date = AS_OF) -> list[str]:
    """The paths of the findings with ``code``."""
    return [f.path for f in found(documents, code, as_of)]


def respond(*answers: int) -> SurveyResponse:
    """A 14/2017 response with ``answers`` in the Lampiran's order of the nine elements."""
    return SurveyResponse(dict(zip(SKM_2017.codes, answers, strict=True)))


def held(
    survey_id: str,
    start: dt.date,
    end: dt.date,
    *,
    unit: str = UNIT,
    **changes: Any,
) -> SatisfactionSurvey:
    """A bare survey record of ``unit`` (no responses, no publication, no plan)."""
    return evolve(SatisfactionSurvey(survey_id, unit, start, end), **changes)


def yearly(year: int, unit: str = UNIT) -> SatisfactionSurvey:
    """A bare survey of ``unit`` held in the third quarter of ``year``."""
    return held(f"skm-{unit}-{year}", dt.date(year, 7, 1), dt.date(year, 9, 30), unit=unit)


def test_the_example_survey_satisfies_every_rule_on_the_last_day_of_march_2025() -> None:
    """The passing case of every SK rule: no finding at all as of 2025-03-31."""
    assert validate(SURVEY, as_of=AS_OF).findings == ()


# --- single-document rules: (code, how the survey is broken, expected path) -----------------------

assert SURVEY.follow_up is not None
_WITHOUT_FEE = SurveyResponse({code: 3 for code in SKM_2017.codes if code != "fee"})

SINGLE_CASES: list[tuple[str, Callable[[SatisfactionSurvey], SatisfactionSurvey], str]] = [
    # A 2024 survey on the 16/2014 questionnaire, which 14/2017 replaced.
    ("SK003", lambda s: evolve(s, questionnaire=SKM_2014), "/questionnaire"),
    # The fourth respondent skips *fee*.
    (
        "SK004",
        lambda s: evolve(s, responses=(*s.responses[:3], _WITHOUT_FEE, *s.responses[4:])),
        "/responses/3/answers",
    ),
    # The first respondent's answers are keyed by column name, not by element.
    (
        "SK004",
        lambda s: evolve(
            s, responses=(SurveyResponse({**s.responses[0].answers, "U1": 3}), *s.responses[1:])
        ),
        "/responses/0/answers",
    ),
    # Nobody answered *fee*.
    ("SK005", lambda s: evolve(s, responses=(_WITHOUT_FEE,) * 110), "/responses"),
    # Population 160 → S = 3.841·160·0.25 / (0.0025·159 + 0.96025) = 153.64 / 1.35775 = 113.16
    # → 113 respondents, more than the 110 the example has.
    ("SK006", lambda s: evolve(s, population=160), "/responses"),
    # A ×20 conversion: Σ answers 3225 over 110 → Σ NRR = 29.3181…; / 9 × 20 = 65.1515… → 65.15.
    ("SK007", lambda s: evolve(s, reported_index=Decimal("65.15")), "/reported_index"),
    ("SK008", lambda s: evolve(s, publications=()), "/publications"),
    ("SK009", lambda s: evolve(s, publications=s.publications[1:]), "/publications"),
    ("SK010", lambda s: evolve(s, follow_up=None), "/follow_up"),
    ("SK010", lambda s: evolve(s, follow_up=evolve(s.follow_up, actions=())), "/follow_up"),
    # The ramp was due on 2025-03-30 instead of 2025-03-31, and is still in progress.
    (
        "SK011",
        lambda s: evolve(
            s,
            follow_up=evolve(
                s.follow_up,
                actions=tuple(
                    evolve(a, due_on=dt.date(2025, 3, 30)) if n == 1 else a
                    for n, a in enumerate(s.follow_up.actions)
                ),
            ),
        ),
        "/follow_up/actions/1",
    ),
    ("SK012", lambda s: evolve(s, period_end=dt.date(2024, 6, 30)), "/period_end"),
    (
        "SK013",
        lambda s: evolve(s, period_start=dt.date(2025, 4, 1), period_end=dt.date(2025, 6, 30)),
        "/period_start",
    ),
    # 0.111 instead of 1/9: Σ NRR = 29.3181… × 0.111 × 25 = 81.3579… → 81.36, not 81.44.
    ("SK014", lambda s: evolve(s, reported_index=Decimal("81.36")), "/reported_index"),
]


@pytest.mark.parametrize(
    ("code", "breaks", "path"),
    SINGLE_CASES,
    ids=[f"{code}-{n}" for n, (code, _, _) in enumerate(SINGLE_CASES)],
)
def test_each_survey_rule_reports_its_failing_case(
    code: str, breaks: Callable[[SatisfactionSurvey], SatisfactionSurvey], path: str
) -> None:
    """The example passes; with one thing broken, the rule fires at the right path."""
    assert found(SURVEY, code) == []
    broken = breaks(SURVEY)
    assert path in paths(broken, code), validate(broken, as_of=AS_OF).findings


# --- SK001: every year ---------------------------------------------------------------------------


def _cross(documents: list[Any], code: str, as_of: dt.date = AS_OF) -> list[tuple[str, str]]:
    return [
        (f.document_id or "", f.message)
        for f in validate(documents, as_of=as_of, lang="en").cross_document
        if f.code == code
    ]


def test_sk001_a_year_without_a_survey_is_an_error_a_year_with_one_is_not() -> None:
    """2022 and 2024 but not 2023, checked in 2025: 2023 is reported, on the 2022 survey."""
    assert _cross([yearly(2022), yearly(2023), yearly(2024)], "SK001") == []
    [(document, message)] = _cross([yearly(2022), yearly(2024)], "SK001")
    assert document == f"skm-{UNIT}-2022"
    assert message == (
        f"Unit {UNIT} held no satisfaction survey in 2023; Permenpan RB 14/2017 requires one at "
        "least once a year."
    )
    [finding] = found([yearly(2022), yearly(2024)], "SK001")
    assert finding.severity.value == "error"
    assert [str(c) for c in finding.legal_basis] == ["Permenpan RB 14/2017 Pasal 1 ayat (1)"]


def test_sk001_checks_up_to_the_last_full_year_before_the_check() -> None:
    """Only a 2024 survey: on 2025-12-31 the year 2025 is not over; on 2026-01-01 it is missing."""
    assert _cross([SURVEY], "SK001", dt.date(2025, 12, 31)) == []
    assert [d for d, _ in _cross([SURVEY], "SK001", dt.date(2026, 1, 1))] == ["skm-dinsos-2024"]
    assert "in 2025;" in _cross([SURVEY], "SK001", dt.date(2026, 1, 1))[0][1]


def test_sk001_starts_at_the_units_first_survey() -> None:
    """Years before the unit's first survey in the data are not asked about."""
    assert _cross([yearly(2023), yearly(2024)], "SK001") == []


def test_sk001_a_survey_over_new_year_counts_for_both_years() -> None:
    """December 2022 to January 2023 covers 2022 and 2023."""
    across = held("skm-across", dt.date(2022, 12, 1), dt.date(2023, 1, 31))
    assert _cross([yearly(2021), across, yearly(2024)], "SK001") == []


def test_sk001_another_units_survey_does_not_fill_the_gap() -> None:
    """Unit B's 2023 survey does not count for unit A (B also surveyed in 2024)."""
    other = [yearly(2023, unit="dukcapil"), yearly(2024, unit="dukcapil")]
    reported = _cross([yearly(2022), *other, yearly(2024)], "SK001")
    assert [d for d, _ in reported] == [f"skm-{UNIT}-2022"]


def test_sk001_reports_each_missing_year_once_on_the_latest_survey_before_it() -> None:
    """Two 2021 surveys, then 2024: 2022 and 2023 once each, on the later 2021 survey."""
    first = held("skm-2021-q1", dt.date(2021, 1, 4), dt.date(2021, 3, 31))
    second = held("skm-2021-q3", dt.date(2021, 7, 1), dt.date(2021, 9, 30))
    reported = _cross([second, first, yearly(2024)], "SK001")
    assert [d for d, _ in reported] == ["skm-2021-q3", "skm-2021-q3"]
    assert ["2022" in m for _, m in reported] == [True, False]
    assert ["2023" in m for _, m in reported] == [False, True]


def test_sk001_names_the_unit_when_its_provider_is_in_the_run() -> None:
    """With provider.json the unit is named as the provider names it."""
    [(_, message)] = _cross([PROVIDER, yearly(2022), yearly(2024)], "SK001")
    assert message.startswith("Unit Dinas Sosial Kota Jambi held no satisfaction survey in 2023")


def test_sk001_holds_a_year_to_the_instrument_in_force_that_year() -> None:
    """2015 and 2017 checked in 2018: 2016 was a 16/2014 year, and the message says so."""
    [(_, message)] = _cross([yearly(2015), yearly(2017)], "SK001", dt.date(2018, 1, 1))
    assert "in 2016; Permenpan RB 16/2014 requires one" in message


def test_sk001_asks_nothing_of_years_that_began_under_the_2004_decree() -> None:
    """2012 and 2016 checked on 2017-01-01: of 2013–2015 only 2015 began under 16/2014.

    16/2014 began on 2014-05-12 (catalogue, date UNVERIFIED): 2013 and 2014 began under
    KEP/25/M.PAN/2/2004, whose frequency is not known.
    """
    documents = [yearly(2012), yearly(2016)]
    reported = _cross(documents, "SK001", dt.date(2017, 1, 1))
    assert [m.split(";")[0][-4:] for _, m in reported] == ["2015"]
    [finding] = found(documents, "SK001", dt.date(2017, 1, 1))
    assert [str(c) for c in finding.legal_basis] == ["Permenpan RB 16/2014"]


def test_sk001_is_in_force_from_16_2014_and_cites_pasal_1_from_14_2017() -> None:
    """No version before 2014-05-12; 16/2014 until 2017-06-27; 14/2017 Pasal 1 ayat (1) after."""
    cases = [
        (dt.date(2014, 5, 11), None),
        (dt.date(2014, 5, 12), "Permenpan RB 16/2014"),
        (dt.date(2017, 6, 27), "Permenpan RB 16/2014"),
        (dt.date(2017, 6, 28), "Permenpan RB 14/2017 Pasal 1 ayat (1)"),
    ]
    for day, citation in cases:
        version = BUILTIN_RULES.get("SK001", day)
        assert (str(version.basis[0]) if version else None) == citation, day


# --- SK002: the declared frequency ---------------------------------------------------------------


def _quarterly(survey_id: str, start: dt.date, end: dt.date) -> SatisfactionSurvey:
    return held(survey_id, start, end, frequency=SurveyFrequency.QUARTERLY)


def test_sk002_a_quarterly_survey_is_followed_in_the_next_quarter() -> None:
    """Q1 then Q2 2024 is quarterly; Q1 then Q3 skips Q2 (one period)."""
    q1 = _quarterly("skm-q1", dt.date(2024, 1, 2), dt.date(2024, 3, 31))
    q2 = _quarterly("skm-q2", dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    q3 = _quarterly("skm-q3", dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    assert _cross([q1, q2], "SK002") == []
    [(document, message)] = _cross([q1, q3], "SK002")
    assert document == "skm-q1"
    assert message == (
        "This survey declares a quarterly schedule, but the unit's next survey (skm-q3) only "
        "starts on 2024-07-01: 1 period(s) without a survey."
    )


def test_sk002_a_yearly_survey_may_be_followed_any_time_next_year() -> None:
    """Yearly: July 2023 then December 2024 is fine; July 2023 then January 2025 skips 2024."""
    annual = SurveyFrequency.ANNUAL
    y2023 = held("skm-2023", dt.date(2023, 7, 1), dt.date(2023, 9, 30), frequency=annual)
    december = held("skm-2024", dt.date(2024, 12, 1), dt.date(2024, 12, 31))
    january = held("skm-2025", dt.date(2025, 1, 2), dt.date(2025, 1, 31))
    assert _cross([y2023, december], "SK002") == []
    assert [d for d, _ in _cross([y2023, january], "SK002")] == ["skm-2023"]


def test_sk002_asks_nothing_without_a_declared_frequency_or_a_later_survey() -> None:
    """No frequency, or no later survey in the run: nothing to compare."""
    q1 = _quarterly("skm-q1", dt.date(2024, 1, 2), dt.date(2024, 3, 31))
    q4 = held("skm-q4", dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert _cross([evolve(q1, frequency=None), q4], "SK002") == []
    assert _cross([q1], "SK002") == []


# --- SK003–SK005: the questionnaire --------------------------------------------------------------


def test_sk003_the_2014_questionnaire_is_fine_until_the_day_14_2017_began() -> None:
    """16/2014's questionnaire for a survey starting 2017-06-27 is fine; from 2017-06-28, not."""
    before = held("skm", dt.date(2017, 6, 27), dt.date(2017, 7, 31), questionnaire=SKM_2014)
    after = held("skm", dt.date(2017, 6, 28), dt.date(2017, 7, 31), questionnaire=SKM_2014)
    assert found(before, "SK003") == []
    [finding] = found(after, "SK003")
    assert finding.message == (
        "The survey starting on 2017-06-28 uses the Permenpan RB 16/2014 questionnaire; "
        "Permenpan RB 14/2017 was in force."
    )


def test_sk004_names_the_skipped_elements_and_the_foreign_ones() -> None:
    """The messages list the elements by name, and the codes the version does not have."""
    responses = (_WITHOUT_FEE, SurveyResponse({**SURVEY.responses[0].answers, "U1": 3}))
    messages = [f.message for f in found(evolve(SURVEY, responses=responses), "SK004")]
    assert messages == [
        "Response 1 does not answer: Fees and charges.",
        "Response 2 answers elements that Permenpan RB 14/2017 does not have: U1.",
    ]


def test_a_2016_survey_is_held_to_the_2014_elements() -> None:
    """A survey that began in 2016 without a declared questionnaire uses 16/2014's nine elements.

    2017-style answers lack 2014's *maklumat pelayanan* and answer *facilities*, which it lacks.
    """
    survey = held(
        "skm-2016", dt.date(2016, 7, 1), dt.date(2016, 9, 30), responses=(respond(*[3] * 9),)
    )
    assert [f.message for f in found(survey, "SK004")] == [
        "Response 1 does not answer: Service charter.",
        "Response 1 answers elements that Permenpan RB 16/2014 does not have: facilities.",
    ]


def test_sk005_is_silent_for_a_survey_recorded_without_answers() -> None:
    """A record of a survey without its responses is not checked for answers."""
    assert found(yearly(2024), "SK005") == []
    assert found(yearly(2024), "SK004") == []


# --- SK006: the sample ----------------------------------------------------------------------------

# Population 100 → S = 3.841·100·0.25 / (0.0025·99 + 3.841·0.25) = 96.025 / 1.20775 = 79.507…
# → 80 respondents (the published table's row for N = 100 says 80).
MINIMUM_FOR_100 = 80


def _sampled(complete: int, incomplete: int = 0) -> SatisfactionSurvey:
    responses = (respond(*[3] * 9),) * complete + (_WITHOUT_FEE,) * incomplete
    return held(
        "skm", dt.date(2024, 7, 1), dt.date(2024, 9, 30), population=100, responses=responses
    )


def test_sk006_exactly_the_minimum_sample_is_enough_one_fewer_is_not() -> None:
    """80 complete responses for 100 users pass; 79 do not."""
    assert found(_sampled(MINIMUM_FOR_100), "SK006") == []
    [finding] = found(_sampled(MINIMUM_FOR_100 - 1), "SK006")
    assert finding.severity.value == "warning"
    assert finding.message == (
        "Of 79 responses, 79 are complete: fewer than the minimum sample of 80 for a population "
        "of 100 (Krejcie–Morgan)."
    )
    assert finding.verified is False


def test_sk006_counts_only_complete_questionnaires() -> None:
    """80 responses of which one skips an element: 79 valid respondents."""
    [finding] = found(_sampled(MINIMUM_FOR_100 - 1, incomplete=1), "SK006")
    assert finding.message.startswith("Of 80 responses, 79 are complete")


def test_sk006_asks_nothing_without_a_population_or_before_14_2017() -> None:
    """No population, or a 16/2014 survey (no known sample rule): no finding."""
    assert found(evolve(_sampled(1), population=None), "SK006") == []
    old = evolve(_sampled(1), period_start=dt.date(2016, 7, 1), period_end=dt.date(2016, 9, 30))
    assert found(old, "SK006") == []


# --- SK007: the reported index --------------------------------------------------------------------

# One respondent answering 4 on six elements and 3 on three: Σ NRR = 6·4 + 3·3 = 33.
# IKM = 33 / 9 = 3.6666…; × 25 = 91.6666… → 91.67 (half up), 91.66 cut off.
# With 0.111: 33 × 0.111 × 25 = 91.575 → 91.58.  With 0.11: 33 × 0.11 × 25 = 90.75.
# With 2004's 0.071: 33 × 0.071 × 25 = 58.575 → 58.58.  With × 20: 33 / 9 × 20 = 73.333… → 73.33.
# Unconverted: 3.6666… → 3.67.  To one decimal: 91.7.
ONE_RESPONSE = (respond(4, 4, 4, 4, 4, 4, 3, 3, 3),)


def _reported(
    value: str, responses: tuple[SurveyResponse, ...] = ONE_RESPONSE
) -> SatisfactionSurvey:
    return held(
        "skm",
        dt.date(2024, 7, 1),
        dt.date(2024, 9, 30),
        responses=responses,
        reported_index=Decimal(value),
    )


@pytest.mark.parametrize("reported", ["91.67", "91.670", "91.6667", "91.6666"])
def test_sk007_the_index_by_the_formula_passes_at_any_precision_that_agrees(reported: str) -> None:
    """91.67, or a value with more decimals that rounds half up to it (91.6667, 91.6666)."""
    assert found(_reported(reported), "SK007") == []


@pytest.mark.parametrize(
    ("reported", "explanation"),
    [
        ("91.68", None),  # 0.01 above: no known formula gives it
        ("58.58", "the 0.071 weight of KepMenPAN KEP/25/M.PAN/2/2004 (1/14), not 1/9"),
        ("73.33", "a ×20 conversion, not ×25"),
        ("3.67", "the index on the 1–4 scale, before ×25"),
        ("91.6649", None),  # four decimals that round to 91.66, not 91.67
    ],
)
def test_sk007_a_different_index_is_an_error_explained_when_a_known_mistake_gives_it(
    reported: str, explanation: str | None
) -> None:
    """Each wrong value is reported with the computed 91.67, and what gives it when known."""
    assert found(_reported(reported), "SK014") == []
    [finding] = found(_reported(reported), "SK007")
    assert finding.severity.value == "error"
    assert finding.message.startswith(
        f"The reported index, {reported}, differs from the formula of Permenpan RB 14/2017 over "
        "1 responses (weight 1/9, ×25, rounded half up to 2 decimals): 91.67."
    )
    if explanation is None:
        assert finding.message.endswith(": 91.67.")
    else:
        assert finding.message.endswith(f" {reported} matches {explanation}.")


@pytest.mark.parametrize(
    ("reported", "explanation"),
    [
        ("91.66", "the index cut off at 2 decimals, not rounded"),  # 0.01 below
        ("91.58", "the 0.111 weight, not 1/9"),
        ("90.75", "the 0.11 weight, not 1/9"),
        ("91.7", "the index rounded to 1 decimal, not 2"),
    ],
)
def test_sk014_a_difference_that_rounding_explains_is_a_warning_with_both_computations(
    reported: str, explanation: str
) -> None:
    """A rounded weight, a cut-off or fewer decimals: no SK007 error, an SK014 warning instead."""
    assert found(_reported(reported), "SK007") == []
    [finding] = found(_reported(reported), "SK014")
    assert finding.severity.value == "warning"
    assert finding.message == (
        f"The reported index, {reported}, differs from the formula of Permenpan RB 14/2017 over "
        "1 responses (weight 1/9, ×25, rounded half up to 2 decimals), which gives 91.67, only "
        f"by rounding: {reported} matches {explanation}."
    )


def test_sk014_names_nrrs_rounded_before_weighting() -> None:
    """Two respondents answering 4 and one 3 everywhere: each NRR is 11/3 = 3.6666….

    Exact: Σ NRR = 33 → 91.67. With NRRs rounded to 3.67 first: 9 × 3.67 = 33.03;
    33.03 / 9 × 25 = 91.75.
    """
    responses = (respond(*[4] * 9), respond(*[4] * 9), respond(*[3] * 9))
    [finding] = found(_reported("91.75", responses), "SK014")
    assert finding.message.endswith("91.75 matches NRRs rounded to 2 decimals first.")


def test_sk014_speaks_indonesian_with_decimal_commas() -> None:
    """The example's 81.36 in Indonesian: the weight 0,111, not 1/9, and the computed 81,44."""
    survey = evolve(SURVEY, reported_index=Decimal("81.36"))
    [finding] = [f for f in validate(survey, as_of=AS_OF).findings if f.code == "SK014"]
    assert finding.message == (
        "Indeks yang dilaporkan, 81,36, berbeda dari hasil rumus Permenpan RB 14/2017 atas 110 "
        "responden (bobot 1/9, ×25, dibulatkan setengah ke atas ke 2 desimal), yaitu 81,44, "
        "hanya karena pembulatan: angka 81,36 cocok dengan bobot 0,111 per unsur, bukan 1/9."
    )


# KEP/25/M.PAN/2/2004 prints the weight "1/14 = 0,071" (facts.md §4.3). One respondent answering 4
# on all fourteen elements: exact 14 × 4 / 14 × 25 = 100.00; printed 14 × 4 × 0.071 × 25 = 99.40.
_KEP_2004 = QUESTIONNAIRES["kepmenpan-kep-25-m-pan-2-2004"]


def _reported_2004(value: str) -> SatisfactionSurvey:
    answers = SurveyResponse(dict.fromkeys(_KEP_2004.codes, 4))
    return held(
        "skm-2010",
        dt.date(2010, 7, 1),
        dt.date(2010, 9, 30),
        responses=(answers,),
        reported_index=Decimal(value),
    )


@pytest.mark.parametrize("reported", ["99.40", "99.4", "100.00"])
def test_a_2004_questionnaire_report_that_used_0_071_gets_no_error_from_sk007(
    reported: str,
) -> None:
    """99,40 is the decree's own arithmetic (0,071 as printed); 100,00 the exact 1/14."""
    survey = _reported_2004(reported)
    as_of = dt.date(2011, 1, 1)
    assert found(survey, "SK007", as_of) == []
    assert found(survey, "SK014", as_of) == []


def test_a_2004_report_off_both_readings_shows_both_computations() -> None:
    """99.41 is neither 100.00 (1/14) nor 99.40 (0,071): an error naming both."""
    [finding] = found(_reported_2004("99.41"), "SK007", dt.date(2011, 1, 1))
    assert finding.message == (
        "The reported index, 99.41, differs from the formula of KepMenPAN KEP/25/M.PAN/2/2004 "
        "over 1 responses (weight 1/14 or 0.071 as printed, ×25, rounded half up to 2 decimals): "
        "100.00 (99.40 with the printed weight)."
    )


def test_the_16_2014_index_rules_are_unverified_warnings() -> None:
    """The 16/2014 Lampiran was not found: its SK007 and SK014 versions say so, as warnings."""
    for code in ("SK007", "SK014"):
        version = BUILTIN_RULES.get(code, dt.date(2016, 1, 1))
        assert version is not None
        assert (version.severity.value, version.verified) == ("warning", False)
    assert not QUESTIONNAIRES["permenpan-rb-16-2014"].formula_verified
    verified = BUILTIN_RULES.get("SK007", dt.date(2018, 1, 1))
    assert verified is not None
    assert (verified.severity.value, verified.verified) == ("error", True)


def test_sk007_leaves_an_index_that_cannot_be_computed_to_sk005() -> None:
    """Nobody answered *fee*: no index to compare, SK005 says why."""
    survey = _reported("91.67", (_WITHOUT_FEE,))
    assert found(survey, "SK007") == []
    assert paths(survey, "SK005") == ["/responses"]


def test_sk007_follows_a_configured_rounding() -> None:
    """A version that cuts the index off accepts 91.66; 91.67 differs from it only by rounding."""
    table = attrs.evolve(SKM_2017.grade_table, rounding=decimal.ROUND_DOWN)
    config = ValidationConfig(
        survey_questionnaires={SKM_2017.key: attrs.evolve(SKM_2017, grade_table=table)}
    )

    def findings(reported: str) -> list[tuple[str, str]]:
        report = validate(_reported(reported), as_of=AS_OF, config=config, lang="en")
        return [(f.code, f.message) for f in report.findings if f.code in {"SK007", "SK014"}]

    assert findings("91.66") == []
    [(code, message)] = findings("91.67")
    assert code == "SK014"
    assert message.endswith("91.67 matches the index rounded half up, not cut off.")
    assert [code for code, _ in findings("91.68")] == ["SK007"]


# --- SK008–SK011: publication and follow-up ------------------------------------------------------


def test_sk008_and_sk010_are_asked_the_day_after_the_period_ends() -> None:
    """The example ends on 2024-09-30: no publication and no plan are fine that day, not the next."""
    bare = evolve(SURVEY, publications=(), follow_up=None)
    assert found(bare, "SK008", dt.date(2024, 9, 30)) == []
    assert found(bare, "SK010", dt.date(2024, 9, 30)) == []
    assert paths(bare, "SK008", dt.date(2024, 10, 1)) == ["/publications"]
    assert paths(bare, "SK010", dt.date(2024, 10, 1)) == ["/follow_up"]


def test_sk009_paper_only_is_information_too() -> None:
    """A notice board alone: PEKPPP's top score needs electronic media as well."""
    paper = evolve(SURVEY, publications=(Publication(PublicationMedium.NOTICE_BOARD),))
    [finding] = found(paper, "SK009")
    assert finding.severity.value == "info"
    assert "non-electronic media only" in finding.message


def test_sk011_an_action_is_overdue_the_day_after_its_due_date_with_the_realisation() -> None:
    """The ramp, due 2025-03-31 and in progress: on time that day, overdue on 2025-04-01.

    Realisation: 3 of the 4 actions are realised → 3 / 4 × 100 = 75.00 %.
    """
    assert found(SURVEY, "SK011", dt.date(2025, 3, 31)) == []
    [finding] = found(SURVEY, "SK011", dt.date(2025, 4, 1))
    assert finding.path == "/follow_up/actions/1"
    assert finding.message == (
        "Follow-up action 2 (Menyediakan jalur landai (ramp) dan kursi roda bagi penyandang "
        "disabilitas) was due on 2025-03-31 and is still in progress on 2025-04-01; 3 of 4 "
        "planned actions realised (75.00 %)."
    )


def test_sk011_an_action_realised_after_the_check_date_was_still_open_on_it() -> None:
    """The SKTM action, due 2025-02-28, recorded as realised on 2025-03-05; checked on 2025-03-01.

    Realised by 2025-03-01: the actions of 2024-11-25 and 2024-12-09 → 2 / 4 × 100 = 50.00 %.
    """
    assert SURVEY.follow_up is not None
    actions = SURVEY.follow_up.actions
    late = evolve(
        SURVEY,
        follow_up=evolve(
            SURVEY.follow_up,
            actions=(*actions[:3], evolve(actions[3], realised_on=dt.date(2025, 3, 5))),
        ),
    )
    [finding] = found(late, "SK011", dt.date(2025, 3, 1))
    assert finding.path == "/follow_up/actions/3"
    assert finding.message == (
        "Follow-up action 4 (Menyederhanakan alur pelayanan SKTM dalam satu loket) was due on "
        "2025-02-28 and is still not realised on 2025-03-01; 2 of 4 planned actions realised "
        "(50.00 %)."
    )
    assert found(late, "SK011", dt.date(2025, 3, 5)) == []


def test_sk011_does_not_chase_realised_or_cancelled_actions() -> None:
    """Long after every due date, a realised plan and a cancelled action give nothing."""
    assert SURVEY.follow_up is not None
    settled = evolve(
        SURVEY,
        follow_up=evolve(
            SURVEY.follow_up,
            actions=tuple(
                a if a.is_realised else evolve(a, status=FollowUpStatus.CANCELLED)
                for a in SURVEY.follow_up.actions
            ),
        ),
    )
    assert found(settled, "SK011", dt.date(2030, 1, 1)) == []


# --- SK012, SK013: the period ---------------------------------------------------------------------


def test_sk012_a_one_day_survey_is_in_order() -> None:
    """Start and end on the same day is a period; the end a day before the start is not."""
    one_day = held("skm", dt.date(2024, 7, 1), dt.date(2024, 7, 1))
    assert found(one_day, "SK012") == []
    assert paths(evolve(one_day, period_end=dt.date(2024, 6, 30)), "SK012") == ["/period_end"]


def test_sk013_a_survey_with_results_may_not_start_after_the_check() -> None:
    """The example starts 2024-07-01: reported as of 2024-06-30, not as of 2024-07-01."""
    assert paths(SURVEY, "SK013", dt.date(2024, 6, 30)) == ["/period_start"]
    assert found(SURVEY, "SK013", dt.date(2024, 7, 1)) == []


def test_sk013_a_planned_survey_without_results_is_not_reported() -> None:
    """A bare record of next year's survey is a plan, not a result."""
    assert found(yearly(2026), "SK013") == []


# --- the command line -----------------------------------------------------------------------------


def test_validate_reports_a_rounded_reported_index_as_a_warning_citing_permenpan_rb_14_2017(
    tmp_path: Path,
) -> None:
    """`pelayanan validate` on the example with 81.36 reported: a warning, exit 0, 14/2017.

    The example's 990 answers add up to 3225 (counted below), so Σ NRR = 3225 / 110 = 29.3181…;
    by 1/9: 29.3181… / 9 × 25 = 81.4393… → 81.44; by 0.111: 29.3181… × 0.111 × 25 = 81.3579…
    → 81.36. With ×20 instead of ×25: 29.3181… / 9 × 20 = 65.15, an error (exit 1).
    """
    data = json.loads(EXAMPLE_PATH.read_text("utf-8"))
    assert sum(v for r in data["responses"] for v in r["answers"].values()) == 3225
    data["reported_index"] = "81.36"
    path = tmp_path / "skm.json"
    path.write_text(json.dumps(data), "utf-8")
    result = run_cli(
        "validate", "--format", "json", "--as-of", "2025-03-31", "--lang", "en", str(path)
    )
    assert result.returncode == 0
    report = json.loads(result.stdout)
    [finding] = [f for d in report["documents"] for f in d["findings"]]
    assert (finding["code"], finding["severity"], finding["path"]) == (
        "SK014",
        "warning",
        "/reported_index",
    )
    assert [b["citation"] for b in finding["legal_basis"]] == ["Permenpan RB 14/2017 Lampiran"]
    assert finding["message"].endswith(
        "(weight 1/9, ×25, rounded half up to 2 decimals), which gives 81.44, only by rounding: "
        "81.36 matches the 0.111 weight, not 1/9."
    )
    data["reported_index"] = "65.15"
    path.write_text(json.dumps(data), "utf-8")
    result = run_cli(
        "validate", "--format", "json", "--as-of", "2025-03-31", "--lang", "en", str(path)
    )
    assert result.returncode == 1
    [finding] = [f for d in json.loads(result.stdout)["documents"] for f in d["findings"]]
    assert (finding["code"], finding["severity"]) == ("SK007", "error")


# --- the rules themselves -------------------------------------------------------------------------

CROSS_CODES = {"SK001", "SK002"}


def test_every_survey_rule_has_a_case_in_this_file() -> None:
    """No SK rule is left without a passing and a failing case."""
    covered = {code for code, _, _ in SINGLE_CASES} | CROSS_CODES
    assert {code for code in BUILTIN_RULES.codes() if code.startswith("SK")} == covered


def test_every_survey_rule_speaks_both_languages_and_cites_the_law() -> None:
    """Title, messages and hint in Indonesian and English; at least one citation each."""
    rules = [r for r in BUILTIN_RULES if r.code.startswith("SK")]
    assert rules
    for r in rules:
        texts = [r.title, r.hint, *r.messages.values()]
        assert all(t.id.strip() and t.en.strip() and t.id != t.en for t in texts), r.code
        assert r.basis or r.integrity, r.code
        assert r.kinds == frozenset({"satisfaction_survey"})
        assert r.verified or r.note, r.code


@pytest.mark.parametrize(
    ("code", "severity"),
    [
        ("SK001", "error"),  # R29: E
        ("SK003", "error"),  # R30: E
        ("SK004", "warning"),  # an incomplete questionnaire is not counted, nothing forbids it
        ("SK005", "error"),
        ("SK006", "warning"),  # R31: W
        ("SK007", "error"),  # R32: E
        ("SK008", "warning"),  # R33: W
        ("SK010", "warning"),
        ("SK011", "warning"),
    ],
)
def test_severities_follow_the_domain_reference(code: str, severity: str) -> None:
    """regulations.md §11 gives R29, R30 and R32 as errors, R31 and R33 as warnings.

    SK004 is a warning: an incomplete response is left out of the count, and no text forbids it.
    """
    version = BUILTIN_RULES.get(code, AS_OF)
    assert version is not None
    assert version.severity.value == severity


@given(st.lists(satisfaction_surveys(), max_size=3), st.dates(dt.date(2000, 1, 1)))
def test_no_survey_the_model_allows_breaks_a_rule(
    surveys: list[SatisfactionSurvey], as_of: dt.date
) -> None:
    """Any surveys, checked together on any date: findings, never a rule that could not run."""
    report = validate(surveys, as_of=as_of)
    assert not [f for f in report.findings if f.code == "PL900"]
