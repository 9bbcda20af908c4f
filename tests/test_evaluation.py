"""Evaluation inputs: a unit's standards, surveys, complaints and forums for a period."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import attrs

from pelayanan import from_json
from pelayanan.evaluation.inputs import gather_evaluation_inputs
from pelayanan.model.standards import Review, ServiceStandard
from pelayanan.participation.complaints import Complaint, ComplaintEvent, ComplaintStatus
from pelayanan.participation.surveys import (
    QUESTIONNAIRES,
    Grade,
    SatisfactionSurvey,
    SurveyResponse,
)
from pelayanan.time.regions import TimeZone

from .conftest import EXAMPLES, Ran, run_cli

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
UNIT = "dinsos-kota-jambi"
WIB = TimeZone.WIB.tzinfo


def _examples() -> list[Any]:
    docs: list[Any] = []
    for path in sorted(JAMBI.glob("*.json")):
        loaded = from_json(path.read_bytes())
        docs.extend(loaded if isinstance(loaded, list) else [loaded])
    return docs


STANDARD: ServiceStandard = from_json((JAMBI / "sp-dtks.json").read_bytes())  # type: ignore[assignment]


def test_a_standard_is_due_for_review_the_day_after_twelve_months() -> None:
    """Reviewed 2024-05-02: not due at the end of a period ending 2025-05-02, due on 2025-05-03."""
    on_time = gather_evaluation_inputs(
        [STANDARD], UNIT, start=dt.date(2025, 1, 1), end=dt.date(2025, 5, 2)
    )
    late = gather_evaluation_inputs(
        [STANDARD], UNIT, start=dt.date(2025, 1, 1), end=dt.date(2025, 5, 3)
    )
    assert [s.due_for_review for s in on_time.standards] == [False]
    assert [s.due_for_review for s in late.standards] == [True]
    assert late.standards[0].last_settled_on == dt.date(2024, 5, 2)


def test_reviews_after_the_period_do_not_count() -> None:
    """A review dated after the end of the period is not yet known at its end."""
    later = attrs.evolve(STANDARD, reviews=(Review(dt.date(2025, 9, 1)),))
    [status] = gather_evaluation_inputs(
        [later], UNIT, start=dt.date(2025, 1, 1), end=dt.date(2025, 6, 1)
    ).standards
    assert status.last_settled_on == dt.date(2023, 1, 16)  # the establishment
    assert status.due_for_review


def _complaint(
    n: int, lodged: dt.date, complete: dt.date | None, decided: dt.date | None
) -> Complaint:
    history = ()
    if decided is not None:
        at = dt.datetime.combine(decided, dt.time(10), WIB)
        history = (
            ComplaintEvent(ComplaintStatus.VERIFIED, dt.datetime.combine(lodged, dt.time(9), WIB)),
            ComplaintEvent(ComplaintStatus.DECIDED, at),
        )
    return Complaint(
        id=f"c{n}",
        unit_id=UNIT,
        lodged_at=dt.datetime.combine(lodged, dt.time(8), WIB),
        channel=STANDARD.complaint_handling.channels[0].kind,  # type: ignore[union-attr]
        file_complete_on=complete,
        history=history,
    )


def test_complaints_are_counted_by_their_decision_deadline() -> None:
    """Complete 2024-03-01: 60 calendar days run to 2024-04-30 (30 days to 31 March, 30 in April).

    Decided on the 30th is in time; on 1 May it is late; undecided on 1 May it is open past the
    deadline, undecided on the 30th it is not yet.
    """
    complete = dt.date(2024, 3, 1)
    complaints = [
        _complaint(1, dt.date(2024, 2, 20), complete, dt.date(2024, 4, 30)),
        _complaint(2, dt.date(2024, 2, 20), complete, dt.date(2024, 5, 1)),
        _complaint(3, dt.date(2024, 2, 20), complete, None),
    ]
    may_1 = gather_evaluation_inputs(
        complaints, UNIT, start=dt.date(2024, 1, 1), end=dt.date(2024, 5, 1)
    )
    assert (may_1.complaints.received, may_1.complaints.decided) == (3, 2)
    assert may_1.complaints.decided_in_time == 1
    assert may_1.complaints.open_past_deadline == 1
    april_30 = gather_evaluation_inputs(
        complaints[2:], UNIT, start=dt.date(2024, 1, 1), end=dt.date(2024, 4, 30)
    )
    assert april_30.complaints.open_past_deadline == 0


def test_only_documents_of_the_unit_and_the_period_count() -> None:
    """Another unit's standard, and a complaint lodged before the period, are left out."""
    other = attrs.evolve(STANDARD, id="sp-lain", unit_id="dinkes")
    early = _complaint(9, dt.date(2023, 12, 31), None, None)
    inputs = gather_evaluation_inputs(
        [STANDARD, other, early], UNIT, start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31)
    )
    assert [s.standard_id for s in inputs.standards] == ["sp-dtks-2023"]
    assert inputs.complaints.received == 0
    assert not inputs.public_input


def test_the_jambi_examples_give_the_units_2024_inputs() -> None:
    """The illustrative data set: one survey (81.44, B, 2 of 4 follow-ups), four complaints, one FKP.

    Survey: the index is the one the IKM tests compute from the same answers. Of the four actions,
    realised on 2024-12-09, 2024-11-25 and 2025-02-17 and one in progress, two were realised by
    the end of 2024: 2/4 = 50.00%.
    Complaints: two decided in time, one lodged 31 days after the service but decided in time,
    one complete on 2024-04-01 and still undecided at the end of the year.
    Forum of 2 May 2024: six follow-ups, two realised, the other four past their due dates.
    """
    inputs = gather_evaluation_inputs(
        _examples(), UNIT, start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31)
    )
    [survey] = inputs.surveys
    assert (survey.index, survey.grade.value if survey.grade else None) == (Decimal("81.44"), "B")
    assert (survey.follow_up_planned, survey.follow_up_realised) == (4, 2)
    assert survey.realisation_percent == Decimal("50.00")
    c = inputs.complaints
    assert (c.received, c.decided, c.decided_in_time, c.open_past_deadline, c.lodged_late) == (
        4,
        3,
        3,
        1,
        1,
    )
    [forum] = inputs.forums
    assert (forum.follow_ups, forum.realised, forum.overdue) == (6, 2, 4)
    assert inputs.public_input


def test_follow_ups_count_as_realised_only_from_the_day_they_were_realised() -> None:
    """The records are today's; an evaluation of an earlier period sees the actions as they were.

    Survey actions realised 2024-11-25, 2024-12-09, 2025-02-17: 1, 2 and 3 of 4 by the end of
    November 2024, of 2024 and of March 2025. Forum actions tl-01 and tl-02 were completed on
    2024-05-08 and 2024-05-27: by 2024-05-20 only tl-01, and tl-02 (due 2024-05-31) not yet late.
    """
    for end, realised, percent in (
        (dt.date(2024, 11, 30), 1, "25.00"),
        (dt.date(2024, 12, 31), 2, "50.00"),
        (dt.date(2025, 3, 31), 3, "75.00"),
    ):
        inputs = gather_evaluation_inputs(_examples(), UNIT, start=dt.date(2024, 1, 1), end=end)
        [survey] = inputs.surveys
        assert (survey.follow_up_realised, survey.realisation_percent) == (
            realised,
            Decimal(percent),
        )
    inputs = gather_evaluation_inputs(
        _examples(), UNIT, start=dt.date(2024, 1, 1), end=dt.date(2024, 5, 20)
    )
    [forum] = inputs.forums
    assert (forum.follow_ups, forum.realised, forum.overdue) == (6, 1, 0)


def _evaluate(*args: str) -> Ran:
    return run_cli("evaluate", str(EXAMPLES), "--from", "2024-01-01", "--to", "2024-12-31", *args)


def test_the_evaluate_command_prints_json() -> None:
    """`pelayanan evaluate --format json` for the example unit."""
    result = _evaluate("--unit", UNIT, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["complaints"]["received"] == 4
    assert data["surveys"][0]["index"] == "81.44"
    assert data["public_input"] is True


def test_the_evaluate_command_estimates_pekppp_aspect_one_as_of_the_end() -> None:
    """The levels of test_performance's hand-worked Jambi example, on 2024-12-31, with surveys.

    1.a 1 (the PBI draft lacks components), 2.a 3 (three community groups), 3.a 0 (the draft is
    not published), 4.a 4 (two of three services reviewed within the year), 5.a 5 (the charter on
    a banner and a website); the 2024 survey: 6.a 5 (held, published on paper and online,
    followed up), 7.a 2 (two media), 8.a 3 (2 of 4 actions by the end of 2024: 50 %, in the
    30-80 % band), 9.a 0 (two actions still undone). With the weights of Permenpan RB 29/2022
    (17, 14, 7, 14, 10, 17, 7, 7, 7 %): 0.17 + 0.42 + 0 + 0.56 + 0.50 + 0.85 + 0.14 + 0.21 + 0
    = 2.85.
    """
    data = json.loads(_evaluate("--unit", UNIT, "--format", "json", "--lang", "en").stdout)
    pekppp = data["pekppp"]
    assert (pekppp["instrument"], pekppp["on"]) == ("permenpan-rb-29-2022", "2024-12-31")
    assert [(i["code"], i["score"]) for i in pekppp["indicators"]] == [
        ("1.a", 1),
        ("2.a", 3),
        ("3.a", 0),
        ("4.a", 4),
        ("5.a", 5),
        ("6.a", 5),
        ("7.a", 2),
        ("8.a", 3),
        ("9.a", 0),
    ]
    assert (pekppp["aspect_score"], pekppp["missing"]) == ("2.85", [])
    assert "estimate" in pekppp["estimate"]
    [gap_to_two, *_] = pekppp["indicators"][0]["gaps"]
    assert gap_to_two["level"] == 2
    assert "Pasal 21 huruf a, i, j, k, l, m, n" in gap_to_two["missing"][0]


def test_the_evaluate_text_says_what_each_indicator_needs_next() -> None:
    """Each indicator below 5 is followed by what it needs for the next level; in Indonesian too."""
    lines = _evaluate("--unit", UNIT, "--lang", "en").stdout.splitlines()
    start = lines.index(
        "PEKPPP aspect 1 as of 2024-12-31, Instrumen PEKPPP (Permenpan RB 29/2022 jo. 4/2023):"
    )
    assert lines[start + 1] == "  (an estimate from the data given, not the Minister's evaluation)"
    gap = "layanan-rekomendasi-pbi: add the missing components (Pasal 21 huruf a, i, j, k, l, m, n)"
    assert lines[start + 2 : start + 4] == [
        "  1.a  1/5  A service standard as the law requires",
        f"        To reach level 2 you need: {gap}",
    ]
    assert "  aspect 1 score: 2.85 / 5" in lines
    indonesian = _evaluate("--unit", UNIT, "--lang", "id").stdout.splitlines()
    assert "  nilai aspek 1: 2,85 / 5" in indonesian


def test_the_evaluate_text_is_said_in_indonesian_with_decimal_commas() -> None:
    """Every word of the inputs part follows --lang; numbers take a decimal comma in Indonesian.

    The Jambi survey has 110 usable respondents, IKM 81.44 (B), one of two follow-ups realised.
    """
    indonesian = _evaluate("--unit", UNIT, "--lang", "id").stdout.splitlines()
    english = _evaluate("--unit", UNIT, "--lang", "en").stdout.splitlines()
    assert indonesian[0] == f"unit {UNIT}, 2024-01-01 sampai 2024-12-31"
    assert english[0] == f"unit {UNIT}, 2024-01-01 to 2024-12-31"
    survey = "  skm-dinsos-2024: 110 {}, {} 81{}44 (B), {}, {} 50{}00%"
    assert survey.format("responden", "indeks", ",", "dipublikasikan", "tindak lanjut", ",") in (
        indonesian
    )
    assert survey.format("respondents", "index", ".", "published", "follow-up", ".") in english
    assert "masukan masyarakat dalam periode: ada" in indonesian
    head = indonesian[: indonesian.index(next(x for x in indonesian if x.startswith("PEKPPP")))]
    for word in ("respondents", "complaints", "received", "never", "published", "standards:"):
        assert not any(word in line for line in head), word


def test_the_evaluate_command_names_the_unverified_figures_of_its_pekppp_estimate() -> None:
    """The rubrics of 3.a and 6.a-9.a come from one unverified source; 29/2022's date is inferred.

    regulations.md §6.2 and facts.md §5 verify the aspect-1 weights (24 % and 17/14/7/14/10/17/7/7/7)
    but not every rubric; the catalogue dates 29/2022 from its gazette number (UNVERIFIED).
    """
    data = json.loads(_evaluate("--unit", UNIT, "--format", "json", "--lang", "en").stdout)
    rubrics = "The levels (0–5) of indicators 3.a, 6.a, 7.a, 8.a, 9.a come from a source that is"
    date = "The date Permenpan RB 29/2022 came into force is UNVERIFIED"
    assert data["pekppp"]["unverified"] == [f"{rubrics} UNVERIFIED", date]
    assert data["surveys"][0]["grade_verified"] is True  # the 2017 band B was seen
    lines = _evaluate("--unit", UNIT, "--lang", "en").stdout.splitlines()
    score = lines.index("  aspect 1 score: 2.85 / 5")
    assert lines[score + 1 :] == ["  unverified:", f"    {rubrics} UNVERIFIED", f"    {date}"]


def test_a_survey_graded_by_the_unverified_2014_table_says_so() -> None:
    """A 2016 survey, all 3s on the nine 16/2014 elements: 75.00, B by a table no source showed."""
    elements = QUESTIONNAIRES["permenpan-rb-16-2014"].codes
    survey = SatisfactionSurvey(
        "skm-2016",
        UNIT,
        dt.date(2016, 7, 1),
        dt.date(2016, 9, 30),
        responses=(SurveyResponse(dict.fromkeys(elements, 3)),),
    )
    inputs = gather_evaluation_inputs(
        [survey], UNIT, start=dt.date(2016, 1, 1), end=dt.date(2016, 12, 31)
    )
    [outcome] = inputs.surveys
    assert (outcome.index, outcome.grade) == (Decimal("75.00"), Grade.B)
    assert [n.en.split(" (")[0] for n in outcome.unverified] == [
        "The index formula of Permenpan RB 16/2014",
        "Grade band B of Permenpan RB 16/2014",
    ]


def test_an_unknown_unit_or_a_reversed_period_is_a_usage_error() -> None:
    """A typo in --unit would otherwise report an empty evaluation with no public input."""
    result = _evaluate("--unit", "dinsos-kota-jamby")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "pelayanan: error: no document of unit 'dinsos-kota-jamby' in the input "
        "(units found: dinsos-kota-jambi)\n"
    )
    reversed_period = run_cli(
        "evaluate", str(EXAMPLES), "--unit", UNIT, "--from", "2024-12-31", "--to", "2024-01-01"
    )
    assert reversed_period.returncode == 2
    assert "is before --from" in reversed_period.stderr
