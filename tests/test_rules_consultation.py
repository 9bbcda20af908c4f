"""Every FK rule (public consultation forums) has a passing and a failing case.

The passing case is the Jambi FKP example checked as of 2024-05-31, the last day before its one
intended finding (follow-up tl-03 falls due on 2024-05-31); each failing case changes one thing in
it. A test at the end checks that no FK rule is left without a case here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from pelayanan import (
    BUILTIN_RULES,
    ConsultationForum,
    ServiceStandard,
    Severity,
    ValidationConfig,
    from_json,
    to_dict,
    validate,
)
from pelayanan.model.participants import ParticipantCategory
from pelayanan.model.records import FollowUpStatus
from pelayanan.model.standards import StandardStatus
from pelayanan.participation.consultation import (
    ConsultationPurpose,
    ForumStage,
    InputKind,
    ParticipantSelection,
    PublicInput,
    StageRecord,
    StandardRef,
)

from .conftest import EXAMPLES, run_cli

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
FORUM: ConsultationForum = from_json((JAMBI / "fkp-2024-05-02.json").read_bytes())  # type: ignore[assignment]
DTKS: ServiceStandard = from_json((JAMBI / "sp-dtks.json").read_bytes())  # type: ignore[assignment]
SKTM: ServiceStandard = from_json((JAMBI / "sp-sktm.json").read_bytes())  # type: ignore[assignment]
AS_OF = dt.date(2024, 5, 31)
ESTABLISHED = dt.date(2023, 1, 16)
"""Both example standards were established on 16 January 2023 (sp-dtks.json, sp-sktm.json)."""


def evolve(value: Any, **changes: Any) -> Any:
    """`attrs.evolve`, typed loosely for the tables below."""
    return attrs.evolve(value, **changes)


def codes(
    documents: object, as_of: dt.date = AS_OF, config: ValidationConfig | None = None
) -> set[str]:
    """The codes of every finding for ``documents`` checked as of ``as_of``."""
    return {f.code for f in validate(documents, as_of=as_of, config=config).findings}


def paths(documents: object, code: str, as_of: dt.date = AS_OF) -> list[str]:
    """The paths of the findings with ``code``."""
    return [f.path for f in validate(documents, as_of=as_of).findings if f.code == code]


def test_the_example_forum_satisfies_every_rule_the_day_before_its_finding() -> None:
    """The passing case of every FK rule: no finding, alone or with the standards it concerns."""
    assert validate(FORUM, as_of=AS_OF).findings == ()
    assert validate([FORUM, DTKS, SKTM], as_of=AS_OF).findings == ()


# --- helpers that break one thing -------------------------------------------------------------------


def _replace(items: tuple[Any, ...], position: int, **changes: Any) -> tuple[Any, ...]:
    """``items`` with the one at ``position`` changed."""
    return tuple(evolve(x, **changes) if n == position else x for n, x in enumerate(items))


def _without(forum: ConsultationForum, *categories: ParticipantCategory) -> ConsultationForum:
    """The forum without participants of ``categories``."""
    kept = tuple(p for p in forum.participants if p.category not in categories)
    return evolve(forum, participants=kept)


def _only(forum: ConsultationForum, *categories: ParticipantCategory) -> ConsultationForum:
    """The forum with participants of ``categories`` only."""
    kept = tuple(p for p in forum.participants if p.category in categories)
    return evolve(forum, participants=kept)


U = ParticipantCategory.SERVICE_USERS
P = ParticipantCategory.PROVIDER
M = ParticipantCategory.MASS_MEDIA
PRE = ForumStage.PRE_IMPLEMENTATION

# --- single-document rules: (code, how the forum is broken, expected path) ----------------------------

CASES: list[tuple[str, Callable[[ConsultationForum], ConsultationForum], str]] = [
    ("FK001", lambda f: evolve(f, participants=()), "/participants"),
    ("FK001", lambda f: _only(f, P), "/participants"),
    ("FK003", lambda f: _only(f, U, P), "/participants"),
    ("FK004", lambda f: _without(f, U), "/participants"),
    ("FK005", lambda f: evolve(f, agreements=()), "/agreements"),
    ("FK006", lambda f: evolve(f, participant_selection=None), "/participant_selection"),
    (
        "FK006",
        lambda f: evolve(f, participant_selection=ParticipantSelection(criteria=" - ")),
        "/participant_selection",
    ),
    ("FK007", lambda f: _without(f, M), "/participants"),
    ("FK008", lambda f: evolve(f, minutes=None), "/minutes"),
    ("FK008", lambda f: evolve(f, attendance_list=None), "/attendance_list"),
    ("FK009", lambda f: evolve(f, documentation=()), "/documentation"),
    ("FK010", lambda f: evolve(f, topics=()), "/topics"),
    ("FK010", lambda f: evolve(f, mode=None), "/mode"),
    ("FK011", lambda f: evolve(f, stages=()), "/stages"),
    (
        "FK011",
        lambda f: evolve(f, stages=_replace(f.stages, 0, ended_on=dt.date(2024, 4, 14))),
        "/stages/0/ended_on",
    ),
    (
        "FK011",
        # Post-implementation cannot start before the forum (implementation) has ended.
        lambda f: evolve(f, stages=_replace(f.stages, 2, started_on=dt.date(2024, 5, 1))),
        "/stages/2/started_on",
    ),
    ("FK011", lambda f: evolve(f, stages=(*f.stages, f.stages[0])), "/stages/3/stage"),
    ("FK011", lambda f: evolve(f, held_on=dt.date(2024, 5, 3)), "/held_on"),
    ("FK012", lambda f: evolve(f, inputs=()), "/inputs"),
    (
        "FK013",
        lambda f: evolve(f, inputs=(*f.inputs, PublicInput("saran-04", InputKind.SUGGESTION, "x"))),
        "/inputs/7",
    ),
    (
        "FK014",
        lambda f: evolve(f, follow_ups=_replace(f.follow_ups, 2, due_on=dt.date(2024, 5, 30))),
        "/follow_ups/2/due_on",
    ),
    (
        "FK015",
        lambda f: evolve(f, follow_ups=_replace(f.follow_ups, 0, completed_on=None)),
        "/follow_ups/0/completed_on",
    ),
    (
        "FK015",
        lambda f: evolve(
            f, follow_ups=_replace(f.follow_ups, 2, completed_on=dt.date(2024, 5, 20))
        ),
        "/follow_ups/2/status",
    ),
    (
        "FK015",
        lambda f: evolve(f, follow_ups=_replace(f.follow_ups, 3, due_on=dt.date(2024, 5, 1))),
        "/follow_ups/3/due_on",
    ),
    (
        "FK015",
        lambda f: evolve(f, follow_ups=_replace(f.follow_ups, 0, completed_on=dt.date(2024, 6, 1))),
        "/follow_ups/0/completed_on",
    ),
    (
        "FK016",
        lambda f: evolve(f, participants=(*f.participants, f.participants[0])),
        "/participants/13/id",
    ),
    (
        "FK016",
        lambda f: evolve(f, inputs=_replace(f.inputs, 0, given_by="tamu")),
        "/inputs/0/given_by",
    ),
    (
        "FK016",
        lambda f: evolve(f, agreements=_replace(f.agreements, 0, input_ids=("usul-99",))),
        "/agreements/0/input_ids/0",
    ),
    (
        "FK016",
        lambda f: evolve(f, follow_ups=_replace(f.follow_ups, 0, agreement_ids=("kes-99",))),
        "/follow_ups/0/agreement_ids/0",
    ),
    (
        "FK016",
        lambda f: evolve(f, follow_ups=_replace(f.follow_ups, 1, input_ids=("saran-99",))),
        "/follow_ups/1/input_ids/0",
    ),
    ("FK017", lambda f: evolve(f, concerns=()), "/concerns"),
    ("FK018", lambda f: evolve(f, provider_id=None, unit_id=None), "/unit_id"),
    ("FK020", lambda f: evolve(f, publications=()), "/publications"),
]


@pytest.mark.parametrize(
    ("code", "breaks", "path"),
    CASES,
    ids=[f"{code}-{n}" for n, (code, _, _) in enumerate(CASES)],
)
def test_each_forum_rule_reports_its_failing_case(
    code: str, breaks: Callable[[ConsultationForum], ConsultationForum], path: str
) -> None:
    """The example passes; with one thing broken, the rule fires at the right path."""
    assert code not in codes(FORUM)
    broken = breaks(FORUM)
    assert path in paths(broken, code), validate(broken, as_of=AS_OF).findings


# --- across documents: the forum and the standards it concerns ---------------------------------------


def _cross(forum: ConsultationForum, code: str, *standards: ServiceStandard) -> list[str]:
    """The paths of cross-document findings with ``code`` for the forum and ``standards``."""
    report = validate([forum, *(standards or (DTKS, SKTM))], as_of=AS_OF)
    return [f.path for f in report.cross_document if f.code == code]


def _concerning(*refs: StandardRef, held_on: dt.date = FORUM.held_on) -> ConsultationForum:
    return evolve(FORUM, concerns=refs, held_on=held_on, stages=())


def test_fk002_a_forum_that_drafted_an_established_version_after_its_decree_is_an_error() -> None:
    """Drafting sp-dtks-2023 on 2024-05-02, long after its decree of 2023-01-16: FK002."""
    drafting = StandardRef("sp-dtks-2023", ConsultationPurpose.DRAFTING, version=1)
    assert _cross(_concerning(drafting), "FK002") == ["/concerns/0"]
    evaluating = evolve(drafting, purpose=ConsultationPurpose.EVALUATION)
    assert _cross(_concerning(evaluating), "FK002") == []


def test_fk002_the_day_of_the_decree_still_counts_as_before_it() -> None:
    """A drafting forum on 2023-01-16 passes; on 2023-01-17 it is reported (as SP034 does)."""
    drafting = StandardRef("sp-sktm-2023", ConsultationPurpose.DRAFTING)
    assert _cross(_concerning(drafting, held_on=ESTABLISHED), "FK002") == []
    next_day = ESTABLISHED + dt.timedelta(days=1)
    assert _cross(_concerning(drafting, held_on=next_day), "FK002") == ["/concerns/0"]


def test_fk002_cites_pasal_20_ayat_2_as_an_error() -> None:
    """The finding is an error and its first citation is UU 25/2009 Pasal 20 ayat (2)."""
    drafting = _concerning(StandardRef("sp-dtks-2023", ConsultationPurpose.DRAFTING))
    [finding] = [f for f in validate([drafting, DTKS], as_of=AS_OF).findings if f.code == "FK002"]
    assert finding.severity is Severity.ERROR
    assert str(finding.legal_basis[0]) == "UU 25/2009 Pasal 20 ayat (2)"
    assert finding.document_id == FORUM.id


def test_fk002_needs_the_standard_and_matching_version() -> None:
    """Without the standard in the run, or for another version number, FK002 cannot tell."""
    drafting = StandardRef("sp-dtks-2023", ConsultationPurpose.DRAFTING, version=2)
    assert "FK002" not in codes(_concerning(drafting))
    assert _cross(_concerning(drafting), "FK002") == []
    draft = evolve(DTKS, status=StandardStatus.DRAFT, establishment=None)
    assert _cross(_concerning(evolve(drafting, version=None)), "FK002", draft) == []


def test_fk019_a_forum_must_refer_to_standards_in_the_run() -> None:
    """An unknown id is reported when standards are given; alone, the forum is not."""
    unknown = _concerning(StandardRef("sp-tidak-ada", ConsultationPurpose.EVALUATION))
    assert _cross(unknown, "FK019") == ["/concerns/0"]
    assert "FK019" not in codes(unknown)


def test_fk019_the_version_number_must_match_the_document() -> None:
    """Version 2 of sp-dtks-2023 does not exist: that document is version 1."""
    wrong = _concerning(StandardRef("sp-dtks-2023", ConsultationPurpose.EVALUATION, version=2))
    assert _cross(wrong, "FK019") == ["/concerns/0/version"]


def test_fk019_an_evaluation_needs_a_standard_already_established() -> None:
    """Evaluating a draft, or a standard established after the forum, is reported."""
    evaluating = StandardRef("sp-dtks-2023", ConsultationPurpose.EVALUATION)
    draft = evolve(DTKS, status=StandardStatus.DRAFT, establishment=None)
    assert _cross(_concerning(evaluating), "FK019", draft) == ["/concerns/0/purpose"]
    before = ESTABLISHED - dt.timedelta(days=1)
    assert _cross(_concerning(evaluating, held_on=before), "FK019") == ["/concerns/0/purpose"]
    assert _cross(_concerning(evaluating, held_on=ESTABLISHED), "FK019") == []


CROSS_CODES = {"FK002", "FK019"}


# --- boundaries and thresholds ---------------------------------------------------------------------


def test_fk014_a_follow_up_is_overdue_the_day_after_its_due_date() -> None:
    """tl-03 is due on 2024-05-31: no finding that day, FK014 on 2024-06-01."""
    assert "FK014" not in codes(FORUM, as_of=dt.date(2024, 5, 31))
    assert paths(FORUM, "FK014", as_of=dt.date(2024, 6, 1)) == ["/follow_ups/2/due_on"]


def test_fk014_closed_actions_are_never_overdue() -> None:
    """Dropping tl-03 with a reason removes the finding."""
    dropped = evolve(
        FORUM, follow_ups=_replace(FORUM.follow_ups, 2, status=FollowUpStatus.CANCELLED)
    )
    assert "FK014" not in codes(dropped, as_of=dt.date(2024, 6, 1))


def test_fk014_an_action_completed_after_the_check_date_was_still_open_on_it() -> None:
    """tl-02 (due 2024-05-31) recorded as completed on 2024-06-10: late on 2024-06-05, not after."""
    late = evolve(
        FORUM, follow_ups=_replace(FORUM.follow_ups, 1, completed_on=dt.date(2024, 6, 10))
    )
    found = [
        f
        for f in validate(late, as_of=dt.date(2024, 6, 5), lang="en").findings
        if f.code == "FK014"
    ]
    assert [f.path for f in found] == ["/follow_ups/1/due_on", "/follow_ups/2/due_on"]
    assert found[0].message == (
        "Follow-up 'tl-02' (Bidang Perlindungan dan Jaminan Sosial, Dinas Sosial Kota Jambi "
        "(ilustratif)) was due on "
        "2024-05-31 and is still not realised on 2024-06-05."
    )
    assert paths(late, "FK014", as_of=dt.date(2024, 6, 10)) == ["/follow_ups/2/due_on"]


def test_fk014_names_the_action_its_owner_and_the_dates() -> None:
    """The message says which action, who owns it, when it was due and its status."""
    [finding] = [
        f
        for f in validate(FORUM, as_of=dt.date(2024, 6, 1), lang="en").findings
        if f.code == "FK014"
    ]
    assert finding.message == (
        "Follow-up 'tl-03' (Sekretariat Dinas Sosial Kota Jambi (ilustratif)) was due on "
        "2024-05-31 and is still in progress on 2024-06-01."
    )
    assert finding.severity is Severity.WARNING
    assert finding.verified is False


def test_fk011_the_post_implementation_stage_is_expected_from_the_next_day() -> None:
    """Without its third stage the forum passes on its own day, not the day after."""
    two_stages = evolve(FORUM, stages=FORUM.stages[:2], follow_ups=(), publications=())
    assert "FK011" not in codes(two_stages, as_of=FORUM.held_on)
    assert paths(two_stages, "FK011", as_of=FORUM.held_on + dt.timedelta(days=1)) == ["/stages"]


def test_fk011_a_stage_may_start_the_day_the_previous_one_ends() -> None:
    """Pre-implementation ending on the forum's day is in order; ending the day after is not."""
    same_day = evolve(FORUM, stages=_replace(FORUM.stages, 0, ended_on=FORUM.held_on))
    assert "FK011" not in codes(same_day)
    late = evolve(FORUM, stages=_replace(FORUM.stages, 0, ended_on=dt.date(2024, 5, 3)))
    assert paths(late, "FK011") == ["/stages/1/started_on"]


def test_fk003_two_community_groups_are_enough_by_default() -> None:
    """Users and the media make two groups; a configured minimum of three reports them."""
    two = _only(FORUM, U, M, P)
    assert "FK003" not in codes(two)
    assert "FK003" in codes(two, config=ValidationConfig(min_community_categories=3))


def test_fk007_pekppp_scores_the_number_of_groups_up_to_four() -> None:
    """Four groups score 4 with the missing one named; five score 5 and are not reported."""
    [finding] = [
        f
        for f in validate(_without(FORUM, M), as_of=AS_OF, lang="en").findings
        if f.code == "FK007"
    ]
    assert finding.message == (
        "The forum involved 4 community group(s); PEKPPP scores this 4 and gives its top score "
        "(5) for more than 4. Not involved: Mass media."
    )
    assert finding.severity is Severity.INFO
    assert "FK007" not in codes(FORUM)


def test_fk001_is_an_error_but_fk003_does_not_repeat_it() -> None:
    """A forum of provider staff only is FK001's error; FK003 and FK007 stay silent."""
    found = codes(_only(FORUM, P))
    assert "FK001" in found
    assert not found & {"FK003", "FK004", "FK007"}


def test_an_open_call_alone_records_how_participants_were_chosen() -> None:
    """FK006 accepts an open call without written criteria."""
    open_call = evolve(FORUM, participant_selection=ParticipantSelection(open_call=True))
    assert "FK006" not in codes(open_call)


def test_a_planned_forum_is_not_asked_for_what_only_a_held_forum_has() -> None:
    """A forum announced for 2024-07-10, checked on 2024-06-01, with its preparation under way."""
    planned = ConsultationForum(
        id="fkp-2024-07",
        theme="Rancangan perubahan standar pelayanan SKTM",
        held_on=dt.date(2024, 7, 10),
        provider_id="pemkot-jambi",
        unit_id="dinsos-kota-jambi",
        topics=(FORUM.topics[0],),
        mode=FORUM.mode,
        concerns=(StandardRef("sp-sktm-2024", ConsultationPurpose.DRAFTING, version=2),),
        stages=(StageRecord(PRE, dt.date(2024, 6, 1)),),
        participant_selection=ParticipantSelection(open_call=True),
    )
    assert validate(planned, as_of=dt.date(2024, 6, 1)).findings == ()
    held = codes(planned, as_of=dt.date(2024, 7, 10))
    assert {"FK001", "FK005", "FK008", "FK009", "FK011", "FK012", "FK020"} <= held


def test_the_participation_rules_cite_pasal_20_and_the_fkp_rules_the_guideline() -> None:
    """Bases as in regulations.md §11: R05/R06 Pasal 20 ayat (2); R07 ayat (4); R10/R11 16/2017."""
    on = dt.date(2024, 6, 1)

    def basis(code: str) -> list[str]:
        found = BUILTIN_RULES.get(code, on)
        assert found is not None, code
        return [str(c) for c in found.basis]

    assert basis("FK001")[0] == "UU 25/2009 Pasal 20 ayat (2)"
    assert basis("FK002")[0] == "UU 25/2009 Pasal 20 ayat (2)"
    for code in ("FK003", "FK004", "FK005", "FK006"):
        assert basis(code)[0] == "UU 25/2009 Pasal 20 ayat (4)", code
    for code in ("FK010", "FK011"):
        assert basis(code) == ["Permenpan RB 16/2017 Lampiran"], code
    for code in ("FK007", "FK008", "FK009"):
        assert "Permenpan RB 29/2022 Lampiran" in basis(code), code


SEVERITIES = {
    # regulations.md §11: R05 and R06 are errors; R07, R09, R10, R11 warnings; R08's top score is
    # information here (the five groups are typed, so only the score is left to tell).
    "FK001": Severity.ERROR,
    "FK002": Severity.ERROR,
    "FK003": Severity.WARNING,
    "FK004": Severity.WARNING,
    "FK005": Severity.WARNING,
    "FK006": Severity.INFO,
    "FK007": Severity.INFO,
    "FK008": Severity.WARNING,
    "FK009": Severity.INFO,
    "FK010": Severity.WARNING,
    "FK011": Severity.WARNING,
    "FK012": Severity.WARNING,
    "FK013": Severity.WARNING,
    "FK014": Severity.WARNING,
    "FK015": Severity.WARNING,
    "FK016": Severity.ERROR,
    "FK017": Severity.WARNING,
    "FK018": Severity.WARNING,
    "FK019": Severity.WARNING,
    "FK020": Severity.INFO,
}
UNVERIFIED = {"FK005", "FK013", "FK014", "FK015", "FK020"}
"""Rules resting on what regulations.md §4 marks UNVERIFIED (stage sub-steps, follow-up, publication)."""


def test_each_fk_rule_has_its_severity_and_verification_status() -> None:
    """Severities follow regulations.md §11; rules on unverified practice say so."""
    fk = [r for r in BUILTIN_RULES if r.code.startswith("FK")]
    assert {r.code: r.severity for r in fk} == SEVERITIES
    assert {r.code for r in fk if not r.verified} == UNVERIFIED
    assert all(r.note for r in fk if not r.verified)


def test_every_fk_rule_has_a_case_in_this_file() -> None:
    """No FK rule is left without a passing and a failing case."""
    covered = {code for code, _, _ in CASES} | CROSS_CODES
    assert {c for c in BUILTIN_RULES.codes() if c.startswith("FK")} == covered


# --- the command line --------------------------------------------------------------------------------


def _drafting_forum_data() -> dict[str, Any]:
    """The example forum, recorded as if it had drafted the DTKS standard of 2023."""
    forum = evolve(FORUM, concerns=(StandardRef("sp-dtks-2023", ConsultationPurpose.DRAFTING),))
    return to_dict(forum)


def test_validate_reports_a_forum_held_after_the_standard_it_drafted(tmp_path: Path) -> None:
    """`pelayanan validate` on an FKP file and its standard: FK002, citing Pasal 20 ayat (2)."""
    (tmp_path / "fkp.json").write_text(json.dumps(_drafting_forum_data()), "utf-8")
    (tmp_path / "sp-dtks.json").write_bytes((JAMBI / "sp-dtks.json").read_bytes())
    result = run_cli("validate", "--format", "json", "--as-of", "2024-05-31", str(tmp_path))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    [finding] = report["cross_document"]
    assert (finding["code"], finding["severity"], finding["id"]) == ("FK002", "error", FORUM.id)
    assert finding["path"] == "/concerns/0"
    assert finding["legal_basis"][0]["citation"] == "UU 25/2009 Pasal 20 ayat (2)"
    text = run_cli("validate", "--as-of", "2024-05-31", "--lang", "en", str(tmp_path)).stdout
    assert "UU 25/2009 Pasal 20 ayat (2)" in text
    assert "which had already been established on 2023-01-16" in text


def test_a_streamed_run_keeps_the_standards_a_forum_refers_to(tmp_path: Path) -> None:
    """In JSON Lines, unrelated standards are dropped but the one the forum drafted is kept."""
    unrelated = [
        {**to_dict(SKTM), "id": f"sp-lain-{n}", "unit_id": f"unit-{n}", "service_id": f"svc-{n}"}
        for n in range(3)
    ]
    lines = [*unrelated, _drafting_forum_data(), to_dict(DTKS)]
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", "utf-8")
    result = run_cli("validate", "--format", "json", "--as-of", "2024-05-31", str(path))
    report = json.loads(result.stdout)
    assert [(f["code"], f["id"]) for f in report["cross_document"]] == [("FK002", FORUM.id)]


def test_the_forum_rules_are_listed_with_their_basis() -> None:
    """`pelayanan rules` lists FK002 with UU 25/2009 Pasal 20 ayat (2)."""
    rules = json.loads(run_cli("rules", "--format", "json").stdout)
    [fk002] = [r for r in rules if r["code"] == "FK002"]
    assert fk002["severity"] == "error"
    assert "UU 25/2009 Pasal 20 ayat (2)" in json.dumps(fk002["legal_basis"])


def test_an_input_answered_only_by_a_follow_up_counts_as_answered() -> None:
    """FK013 accepts a follow-up action as the answer, without an agreement."""
    answered = evolve(
        FORUM,
        inputs=(*FORUM.inputs, PublicInput("saran-04", InputKind.SUGGESTION, "x")),
        follow_ups=_replace(FORUM.follow_ups, 0, input_ids=("saran-02", "saran-04")),
    )
    assert "FK013" not in codes(answered)
