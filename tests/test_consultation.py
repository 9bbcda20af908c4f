"""Public consultation forums (FKP): the model, its JSON shape, invariants and the Jambi example."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from pelayanan import (
    ConsultationForum,
    LoadError,
    from_json,
    kind_of,
    parse_document,
    to_dict,
    to_json,
)
from pelayanan.model.participants import ParticipantCategory
from pelayanan.model.records import FollowUpStatus, OfficeLevel
from pelayanan.participation.consultation import (
    Agreement,
    ConsultationPurpose,
    ConsultationTopic,
    ForumFollowUp,
    ForumMode,
    ForumStage,
    InputKind,
    Participant,
    PublicInput,
    StageRecord,
    StandardRef,
)
from pelayanan.strategies import consultation_forums

from .conftest import EXAMPLES

FKP_FILE = EXAMPLES / "dinas-sosial-kota-jambi" / "fkp-2024-05-02.json"
JAMBI_FKP: ConsultationForum = from_json(FKP_FILE.read_bytes())  # type: ignore[assignment]

U, C, P = (
    ParticipantCategory.SERVICE_USERS,
    ParticipantCategory.CIVIL_SOCIETY,
    ParticipantCategory.PROVIDER,
)


# --- the Jambi example -------------------------------------------------------------------------------


def test_the_jambi_forum_keeps_the_facts_of_the_news_report() -> None:
    """Thursday 2 May 2024, Aula Bappeda Kota Jambi, the 2024 theme, opened by the acting mayor."""
    assert isinstance(JAMBI_FKP, ConsultationForum)
    assert JAMBI_FKP.held_on == dt.date(2024, 5, 2)
    assert JAMBI_FKP.held_on.strftime("%A") == "Thursday"
    assert JAMBI_FKP.venue == "Aula Bappeda Kota Jambi"
    assert JAMBI_FKP.theme == "Optimalisasi Layanan Penyelenggaraan Kesejahteraan Sosial Tahun 2024"
    assert JAMBI_FKP.opened_by is not None
    assert JAMBI_FKP.opened_by.name == "Sri Purwaningsih"
    assert "Pj." in JAMBI_FKP.opened_by.position
    assert JAMBI_FKP.opened_by.level is OfficeLevel.PROVIDER_HEAD
    assert JAMBI_FKP.mode is ForumMode.FACE_TO_FACE


def test_the_jambi_forum_says_what_is_illustrative() -> None:
    """The notes separate the reported facts from the illustrative rest and name the finding."""
    assert "ILUSTRATIF" in JAMBI_FKP.notes
    assert "Kabarnegeri" in JAMBI_FKP.notes
    assert "FK014" in JAMBI_FKP.notes


def test_the_jambi_forum_evaluates_the_standards_in_force() -> None:
    """It reviewed version 1 of the DTKS and SKTM standards; it drafted nothing."""
    assert JAMBI_FKP.concerns == (
        StandardRef("sp-dtks-2023", ConsultationPurpose.EVALUATION, version=1),
        StandardRef("sp-sktm-2023", ConsultationPurpose.EVALUATION, version=1),
    )
    assert set(JAMBI_FKP.topics) == {
        ConsultationTopic.POLICY_EVALUATION,
        ConsultationTopic.SERVICE_PROBLEMS,
    }


def test_the_jambi_forum_involves_all_five_community_groups() -> None:
    """Users, civil society, agencies, an academic and the media: PEKPPP's top score."""
    assert JAMBI_FKP.community_categories() == frozenset(ParticipantCategory.community())
    assert all(s is not None for s in map(JAMBI_FKP.stage, ForumStage))


def test_every_input_of_the_jambi_forum_is_answered() -> None:
    """Each proposal, input and suggestion is referred to by an agreement or a follow-up."""
    assert JAMBI_FKP.unanswered_inputs() == ()
    assert {i.kind for i in JAMBI_FKP.inputs} == set(InputKind)


def test_one_jambi_follow_up_is_overdue_from_june_2024() -> None:
    """tl-03 was due on 2024-05-31: on time that day, overdue the next."""
    assert JAMBI_FKP.overdue_follow_ups(dt.date(2024, 5, 31)) == ()
    assert [f.id for f in JAMBI_FKP.overdue_follow_ups(dt.date(2024, 6, 1))] == ["tl-03"]
    # By mid-2025 every action still open has passed its due date.
    assert [f.id for f in JAMBI_FKP.overdue_follow_ups(dt.date(2025, 7, 1))] == [
        "tl-03",
        "tl-04",
        "tl-05",
        "tl-06",
    ]


# --- the model --------------------------------------------------------------------------------------


def _forum(**changes: object) -> ConsultationForum:
    """A small forum; keyword arguments replace its fields."""
    fields: dict[str, object] = {"id": "fkp", "theme": "Evaluasi", "held_on": dt.date(2024, 5, 2)}
    fields.update(changes)
    return ConsultationForum(**fields)  # type: ignore[arg-type]


def test_only_id_theme_and_date_are_required() -> None:
    """An incomplete record loads; the rules, not the loader, say what is missing."""
    forum = from_json(
        '{"kind": "consultation_forum", "id": "f", "theme": "T", "held_on": "2024-05-02"}'
    )
    assert forum == _forum(id="f", theme="T")
    with pytest.raises(LoadError) as raised:
        from_json('{"kind": "consultation_forum", "id": "f", "theme": "T"}')
    assert [p.path for p in raised.value.problems] == ["/held_on"]


def test_the_json_shape_names_enumerations_by_their_values() -> None:
    """The canonical shape: kind first, ISO dates, enum values, defaults left out."""
    forum = _forum(
        unit_id="dinsos",
        topics=(ConsultationTopic.DRAFT_POLICY,),
        mode=ForumMode.NOT_FACE_TO_FACE,
        concerns=(StandardRef("sp-v2", ConsultationPurpose.DRAFTING),),
        stages=(StageRecord(ForumStage.IMPLEMENTATION, dt.date(2024, 5, 2)),),
        participants=(Participant("w", "Warga", U, confidential=True),),
        inputs=(PublicInput("i1", InputKind.SUGGESTION, "Buka Sabtu", "w"),),
        follow_ups=(ForumFollowUp("t1", "Kaji", "Sekretariat", status=FollowUpStatus.REALISED),),
    )
    assert to_dict(forum) == {
        "kind": "consultation_forum",
        "id": "fkp",
        "theme": "Evaluasi",
        "held_on": "2024-05-02",
        "unit_id": "dinsos",
        "topics": ["draft_policy"],
        "mode": "not_face_to_face",
        "concerns": [{"standard_id": "sp-v2", "purpose": "drafting"}],
        "stages": [{"stage": "implementation", "started_on": "2024-05-02"}],
        "participants": [
            {"id": "w", "name": "Warga", "category": "service_users", "confidential": True}
        ],
        "inputs": [{"id": "i1", "kind": "suggestion", "text": "Buka Sabtu", "given_by": "w"}],
        "follow_ups": [
            {"id": "t1", "action": "Kaji", "owner": "Sekretariat", "status": "realised"}
        ],
    }
    assert from_json(to_json(forum)) == forum
    assert kind_of(forum) == "consultation_forum"


@given(consultation_forums())
def test_every_generated_forum_round_trips_through_json(forum: ConsultationForum) -> None:
    """`strategies.consultation_forums()` yields forums that survive JSON unchanged."""
    assert isinstance(forum, ConsultationForum)
    assert from_json(to_json(forum)) == forum


def test_the_example_round_trips_through_json() -> None:
    """The worked example survives to_json/from_json."""
    assert from_json(to_json(JAMBI_FKP)) == JAMBI_FKP


@pytest.mark.parametrize(
    "build",
    [
        lambda: _forum(id="  "),
        lambda: Participant(" ", "Warga", U),
        lambda: PublicInput("", InputKind.INPUT, "Teks"),
        lambda: PublicInput("i", InputKind.INPUT, "Teks", given_by=" "),
        lambda: Agreement("", "Sepakat"),
        lambda: ForumFollowUp("\t", "Kaji", "Sekretariat"),
        lambda: StandardRef("", ConsultationPurpose.EVALUATION),
        lambda: StandardRef("sp", ConsultationPurpose.EVALUATION, version=0),
    ],
    ids=[
        "forum-id",
        "participant-id",
        "input-id",
        "given-by",
        "agreement-id",
        "follow-up-id",
        "standard-id",
        "version-0",
    ],
)
def test_blank_ids_and_version_zero_are_meaningless(build: object) -> None:
    """Identifiers of only spaces and a version below one are refused when built."""
    with pytest.raises(ValueError, match="must"):
        build()  # type: ignore[operator]


def test_a_bad_value_is_left_out_and_reported_while_the_rest_loads() -> None:
    """An unknown topic and an unknown category are problems; the forum still loads."""
    parsed = parse_document(
        {
            "kind": "consultation_forum",
            "id": "f",
            "theme": "T",
            "held_on": "2024-05-02",
            "topics": ["policy_evaluation", "sosialisasi"],
            "participants": [{"id": "p", "name": "P", "category": "warga"}],
        }
    )
    assert parsed.document is not None
    assert sorted(p.path for p in parsed.problems) == ["/participants/0/category", "/topics/1"]


def test_stages_are_numbered_in_the_order_of_the_regulation() -> None:
    """Pra pelaksanaan, pelaksanaan, pasca pelaksanaan (Permenpan RB 16/2017)."""
    assert [s.order for s in ForumStage] == [1, 2, 3]
    assert [s.label.id for s in ForumStage] == [
        "Pra pelaksanaan",
        "Pelaksanaan",
        "Pasca pelaksanaan",
    ]


def test_the_five_topics_follow_the_fkp_definition() -> None:
    """Rancangan, penerapan, dampak, evaluasi kebijakan, permasalahan pelayanan (regulations.md §4)."""
    assert [t.label.id for t in ConsultationTopic] == [
        "Rancangan kebijakan",
        "Penerapan kebijakan",
        "Dampak kebijakan",
        "Evaluasi pelaksanaan kebijakan",
        "Permasalahan terkait pelayanan publik",
    ]
    assert [k.label.id for k in InputKind] == ["Usulan", "Masukan", "Saran"]


@pytest.mark.parametrize(
    ("status", "overdue"),
    [
        (FollowUpStatus.PLANNED, True),
        (FollowUpStatus.IN_PROGRESS, True),
        (FollowUpStatus.REALISED, False),
        (FollowUpStatus.CANCELLED, False),
    ],
)
def test_only_open_actions_can_be_overdue(status: FollowUpStatus, overdue: bool) -> None:
    """Done and dropped actions are closed; the others are overdue after their due date."""
    action = ForumFollowUp("t", "Kaji", "Sekretariat", due_on=dt.date(2024, 5, 31), status=status)
    assert action.is_overdue(dt.date(2024, 6, 1)) is overdue
    assert action.is_overdue(dt.date(2024, 5, 31)) is False
    assert status.is_closed is not overdue


def test_an_action_without_a_due_date_is_never_overdue() -> None:
    """No due date, no lateness (the rules do not invent one)."""
    assert not ForumFollowUp("t", "Kaji", "Sekretariat").is_overdue(dt.date(2100, 1, 1))


def test_the_provider_is_not_a_community_group() -> None:
    """community_categories() leaves out the provider's own staff."""
    forum = _forum(participants=(Participant("a", "A", P), Participant("b", "B", C)))
    assert forum.community_categories() == frozenset({C})
    assert forum.participant("a") == Participant("a", "A", P)
    assert forum.participant("zz") is None


def test_an_input_is_answered_by_an_agreement_or_a_follow_up() -> None:
    """unanswered_inputs() lists inputs that nothing refers to, in record order."""
    inputs = tuple(PublicInput(f"i{n}", InputKind.INPUT, "x") for n in range(3))
    forum = _forum(
        inputs=inputs,
        agreements=(Agreement("a", "Sepakat", input_ids=("i0",)),),
        follow_ups=(ForumFollowUp("t", "Kaji", "S", input_ids=("i2",)),),
    )
    assert forum.unanswered_inputs() == (inputs[1],)
