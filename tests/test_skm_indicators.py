"""PEKPPP indicators 6.a–9.a derived from satisfaction surveys, on both sides of every threshold.

The rubric is the F-02 seed data's (anchors.md §5.6; regulations.md §5.5); the expected levels are
read off it by hand, with the arithmetic in comments.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from pelayanan import SatisfactionSurvey, Service, ServiceCharter, ServiceStandard, from_json
from pelayanan.evaluation.performance import (
    InvalidScoreError,
    assess_service_policy,
    assess_survey_indicators,
    compute_ipp,
)
from pelayanan.model.records import DocumentRef, FollowUpStatus, Publication, PublicationMedium
from pelayanan.participation.surveys import (
    QUESTIONNAIRES,
    FollowUpAction,
    FollowUpPlan,
    SurveyResponse,
)

from .conftest import EXAMPLES

D = dt.date
ON = D(2024, 12, 31)
SKM_2017 = QUESTIONNAIRES["permenpan-rb-14-2017"]
SKM_2014 = QUESTIONNAIRES["permenpan-rb-16-2014"]
ALL_FOURS = SurveyResponse(dict.fromkeys(SKM_2017.codes, 4))
BOARD = Publication(PublicationMedium.NOTICE_BOARD, published_on=D(2024, 10, 16))
WEBSITE = Publication(PublicationMedium.WEBSITE, published_on=D(2024, 10, 16))
REPORT = DocumentRef("Laporan SKM 2024", date=D(2024, 10, 14))


REALISED_ON = D(2024, 11, 1)


def done(on: dt.date | None = REALISED_ON) -> FollowUpAction:
    """An action realised on ``on``."""
    return FollowUpAction("tindak lanjut", status=FollowUpStatus.REALISED, realised_on=on)


TODO = FollowUpAction("belum")


def survey(**changes: object) -> SatisfactionSurvey:
    """A survey of July–September 2024 with 110 answers of 4 from 150 users, published nowhere."""
    base = SatisfactionSurvey(
        "skm-2024",
        "dinsos",
        D(2024, 7, 1),
        D(2024, 9, 30),
        questionnaire=SKM_2017,
        population=150,
        responses=(ALL_FOURS,) * 110,
        report=REPORT,
    )
    return attrs.evolve(base, **changes)


def levels(*surveys: SatisfactionSurvey, on: dt.date = ON) -> dict[str, int]:
    """The levels of 6.a–9.a for ``surveys`` on ``on``."""
    return {a.code: a.score for a in assess_survey_indicators(surveys, on=on)}


def level(code: str, *surveys: SatisfactionSurvey, on: dt.date = ON) -> int:
    """The level of one indicator."""
    return levels(*surveys, on=on)[code]


# --- which survey counts ----------------------------------------------------------------------------


def test_without_any_survey_every_indicator_is_zero_with_what_to_do() -> None:
    """No survey: 0 everywhere, and each gap says what to do."""
    results = assess_survey_indicators([], on=ON)
    assert [(a.code, a.score) for a in results] == [("6.a", 0), ("7.a", 0), ("8.a", 0), ("9.a", 0)]
    assert all(a.gaps and a.derived for a in results)
    assert "hold a satisfaction survey" in results[0].explain("en")


def test_a_survey_counts_as_held_if_it_ended_in_the_twelve_months_up_to_the_evaluation() -> None:
    """Ended 2023-12-31: held on 2024-12-31; ended 2023-12-30: too old; ending 2025: not yet."""
    assert level("6.a", survey(period_start=D(2023, 10, 1), period_end=D(2023, 12, 31))) == 2
    assert level("6.a", survey(period_start=D(2023, 10, 1), period_end=D(2023, 12, 30))) == 0
    assert level("6.a", survey(period_end=D(2025, 1, 1))) == 0
    assert level("6.a", survey(period_end=ON)) == 2


def test_an_old_survey_is_still_judged_on_its_publication_and_follow_up() -> None:
    """Ended 2023-12-30 with two media: 6.a is 0 (not held this year) but 7.a is 2."""
    old = survey(period_end=D(2023, 12, 30), publications=(BOARD, WEBSITE))
    assert levels(old) == {"6.a": 0, "7.a": 2, "8.a": 0, "9.a": 0}
    assert "more than a year before 2024-12-31" in assess_survey_indicators([old], on=ON)[
        0
    ].explain("en")


def test_the_latest_survey_is_the_one_assessed() -> None:
    """Of a published survey and a later unpublished one, the later one sets the levels."""
    early = survey(id="skm-q1", period_end=D(2024, 3, 31), publications=(BOARD, WEBSITE))
    late = survey(id="skm-q3")
    assert level("7.a", early) == 2
    assert level("7.a", early, late) == 0


# --- 6.a --------------------------------------------------------------------------------------------


def test_6a_held_as_the_regulation_requires_needs_its_questionnaire_and_an_index() -> None:
    """14/2017 in force in 2024: the 16/2014 questionnaire, or nothing to compute, is level 1."""
    assert level("6.a", survey()) == 2
    assert level("6.a", survey(questionnaire=SKM_2014, responses=())) == 1
    assert level("6.a", survey(responses=())) == 1
    assert level("6.a", survey(responses=(), reported_index=Decimal("81.44"))) == 2


def test_6a_needs_the_krejcie_morgan_sample_for_the_population() -> None:
    """150 users need 108 respondents (regulations.md §5.4, S(150) = 108): 107 is level 1."""
    assert level("6.a", survey(responses=(ALL_FOURS,) * 108)) == 2
    assert level("6.a", survey(responses=(ALL_FOURS,) * 107)) == 1
    assert level("6.a", survey(responses=(ALL_FOURS,) * 107, population=None)) == 2


def test_6a_publication_on_paper_then_online_then_follow_up_climb_one_level_each() -> None:
    """Cumulative: paper 3, paper and website 4, with a realised action 5; online alone stays 2."""
    assert level("6.a", survey(publications=(WEBSITE,))) == 2
    assert level("6.a", survey(publications=(BOARD,))) == 3
    assert level("6.a", survey(publications=(BOARD, WEBSITE))) == 4
    followed = survey(publications=(BOARD, WEBSITE), follow_up=FollowUpPlan((done(), TODO)))
    assert level("6.a", followed) == 5


def test_6a_counts_only_what_happened_by_the_evaluation_date() -> None:
    """An action realised 2025-01-02 and a post of 2025-01-02 do not count on 2024-12-31."""
    late_post = Publication(PublicationMedium.WEBSITE, published_on=D(2025, 1, 2))
    assert level("6.a", survey(publications=(BOARD, late_post))) == 3
    late_action = survey(
        publications=(BOARD, WEBSITE), follow_up=FollowUpPlan((done(D(2025, 1, 2)),))
    )
    assert level("6.a", late_action) == 4
    assert level("6.a", late_action, on=D(2025, 1, 2)) == 5


# --- 7.a --------------------------------------------------------------------------------------------

MEDIA = [
    PublicationMedium.NOTICE_BOARD,
    PublicationMedium.WEBSITE,
    PublicationMedium.SOCIAL_MEDIA,
    PublicationMedium.BROCHURE,
    PublicationMedium.PRINT_MEDIA,
]


@pytest.mark.parametrize(("count", "expected"), [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)])
def test_7a_is_the_number_of_media_and_more_than_four_is_five(count: int, expected: int) -> None:
    """0 → 0, 1 → 1, …, 4 → 4, more than 4 → 5."""
    publications = tuple(Publication(m) for m in MEDIA[:count])
    assert level("7.a", survey(publications=publications)) == expected


def test_7a_counts_media_not_postings() -> None:
    """Two notice boards are one medium."""
    twice = (BOARD, Publication(PublicationMedium.NOTICE_BOARD, location="Kelurahan"))
    assert level("7.a", survey(publications=twice)) == 1


# --- 8.a --------------------------------------------------------------------------------------------


def plan(realised: int, total: int) -> FollowUpPlan:
    """A plan of ``total`` actions, ``realised`` of them done."""
    return FollowUpPlan(tuple([done()] * realised + [TODO] * (total - realised)))


@pytest.mark.parametrize(
    ("realised", "total", "expected"),
    [
        (0, 3, 1),  # a plan, nothing done
        (1, 100, 2),  # 1 %
        (29, 100, 2),  # 29 % < 30
        (30, 100, 3),  # 30 %: the middle band includes 30
        (4, 5, 3),  # 80 %: and 80
        (81, 100, 4),  # 81 % > 80
        (99, 100, 4),  # 99 %
        (5, 5, 5),  # all
    ],
)
def test_8a_levels_on_both_sides_of_30_and_80_percent(
    realised: int, total: int, expected: int
) -> None:
    """Realised / planned × 100: none 1, < 30 2, 30–80 3, > 80 4, 100 5."""
    assert level("8.a", survey(follow_up=plan(realised, total))) == expected


def test_8a_without_a_plan_is_zero_and_cancelled_actions_still_count_as_planned() -> None:
    """No plan → 0; one done, one cancelled → 1/2 = 50 % → 3."""
    assert level("8.a", survey()) == 0
    assert level("8.a", survey(follow_up=FollowUpPlan())) == 0
    cancelled = FollowUpAction("batal", status=FollowUpStatus.CANCELLED)
    assert level("8.a", survey(follow_up=FollowUpPlan((done(), cancelled)))) == 3
    undated = FollowUpAction("selesai", status=FollowUpStatus.REALISED)
    assert level("8.a", survey(follow_up=FollowUpPlan((undated,)))) == 5


# --- 9.a --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        (D(2024, 11, 14), 5),  # the report of 2024-10-14 + 1 month
        (D(2024, 11, 15), 4),
        (D(2025, 1, 14), 4),  # + 3 months
        (D(2025, 1, 15), 3),
        (D(2025, 4, 14), 3),  # + 6 months
        (D(2025, 4, 15), 2),
        (D(2025, 7, 14), 2),  # + 9 months
        (D(2025, 7, 15), 1),
        (D(2025, 10, 14), 1),  # + 12 months
        (D(2025, 10, 15), 0),
    ],
)
def test_9a_speed_from_the_report_on_both_sides_of_each_month(last: dt.date, expected: int) -> None:
    """All acted on within 1 month 5, 3 months 4, 6 months 3, 9 months 2, a year 1, later 0."""
    followed = survey(follow_up=FollowUpPlan((done(D(2024, 10, 20)), done(last))))
    assert level("9.a", followed, on=D(2026, 1, 1)) == expected


def test_9a_needs_every_action_done_and_dated() -> None:
    """One action left, or one without a date, is level 0."""
    assert level("9.a", survey(follow_up=FollowUpPlan((done(), TODO)))) == 0
    undated = FollowUpAction("selesai", status=FollowUpStatus.REALISED)
    assert level("9.a", survey(follow_up=FollowUpPlan((done(), undated)))) == 0
    assert level("9.a", survey(follow_up=FollowUpPlan((done(),)))) == 5  # 2024-11-01: 18 days


def test_9a_counts_from_the_plan_or_the_end_of_the_survey_without_a_report() -> None:
    """No report: from the plan's date (2024-10-21), else from the end of the period (2024-09-30)."""
    on_time = FollowUpPlan((done(D(2024, 11, 21)),), drawn_up_on=D(2024, 10, 21))
    assert level("9.a", survey(report=None, follow_up=on_time)) == 5
    undated_plan = FollowUpPlan((done(D(2024, 10, 31)),))
    assert level("9.a", survey(report=None, follow_up=undated_plan)) == 4  # 1 month + 1 day
    assert level("9.a", survey(report=None, follow_up=FollowUpPlan((done(D(2024, 10, 30)),)))) == 5


# --- in the aspect-1 assessment, and the example unit ------------------------------------------------


def test_surveys_given_to_assess_service_policy_derive_the_four_indicators() -> None:
    """With surveys, nothing of aspect 1 is missing; supplying 6.a as well is refused."""
    standard = ServiceStandard(id="sp", service_id="svc")
    result = assess_service_policy([standard], on=ON, surveys=[survey()])
    assert result.missing == ()
    assert result.assessment("6.a").derived
    with pytest.raises(InvalidScoreError, match="derived from the surveys"):
        assess_service_policy([standard], on=ON, surveys=[], supplied={"6.a": 3})
    assert assess_service_policy([standard], on=ON, surveys=[]).scores["6.a"] == 0
    assert assess_service_policy([standard], on=ON).missing == ("6.a", "7.a", "8.a", "9.a")


def _jambi() -> tuple[
    list[ServiceStandard], list[ServiceCharter], list[SatisfactionSurvey], list[str]
]:
    documents: list[object] = []
    for path in sorted((EXAMPLES / "dinas-sosial-kota-jambi").glob("*.json")):
        loaded = from_json(path.read_bytes())
        documents += loaded if isinstance(loaded, list) else [loaded]
    return (
        [d for d in documents if isinstance(d, ServiceStandard)],
        [d for d in documents if isinstance(d, ServiceCharter)],
        [d for d in documents if isinstance(d, SatisfactionSurvey)],
        [d.id for d in documents if isinstance(d, Service)],
    )


def test_the_jambi_unit_gets_all_nine_indicators_of_aspect_one_at_the_end_of_2024() -> None:
    """Worked out by hand for 2024-12-31.

    1.a–5.a as in test_performance (the PBI draft pulls 1.a to 1 and 3.a to 0; 4.a 4; 2.a 3;
    5.a 5). The SKM of July–September 2024: 14/2017 questionnaire, 110 answers ≥ S(150) = 108,
    on a notice board and a website, two of four actions realised by 2024-12-31 → 6.a 5; two
    media → 7.a 2; 2/4 = 50 % → 8.a 3; not all realised → 9.a 0.
    """
    standards, charters, surveys, services = _jambi()
    result = assess_service_policy(
        standards, charters, on=ON, service_ids=services, surveys=surveys
    )
    assert result.scores == {
        "1.a": 1,
        "2.a": 3,
        "3.a": 0,
        "4.a": 4,
        "5.a": 5,
        "6.a": 5,
        "7.a": 2,
        "8.a": 3,
        "9.a": 0,
    }
    # 0.17×1 + 0.14×3 + 0.07×0 + 0.14×4 + 0.10×5 + 0.17×5 + 0.07×2 + 0.07×3 + 0.07×0
    # = 0.17 + 0.42 + 0 + 0.56 + 0.50 + 0.85 + 0.14 + 0.21 + 0 = 2.85
    assert result.aspect_score == Fraction("2.85")


def test_the_jambi_unit_gets_a_pekppp_estimate() -> None:
    """Aspect 1 from the model; the other five aspects are not in the model.

    Counting them as 0 gives a lower bound: 0.24 × 2.85 = 0.684 → 0.68, category F. With an
    illustrative 3 for every indicator of aspects 2–6 (weights 0.25 + 0.18 + 0.11 + 0.10 + 0.12 =
    0.76): 0.684 + 0.76 × 3 = 2.964 → 2.96, category C (2.51–3.00).
    """
    standards, charters, surveys, services = _jambi()
    aspect_one = assess_service_policy(
        standards, charters, on=ON, service_ids=services, surveys=surveys
    ).scores
    lower = compute_ipp(aspect_one, missing_as_zero=True)
    assert (lower.value, lower.category.value, len(lower.missing)) == (Decimal("0.68"), "F", 21)
    others = dict.fromkeys(lower.missing, 3)
    estimate = compute_ipp({**aspect_one, **others})
    assert (estimate.value, estimate.category.value) == (Decimal("2.96"), "C")
    assert estimate.exact == Fraction("2.964")
