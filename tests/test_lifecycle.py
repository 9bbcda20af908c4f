"""The policy cycle: its table, its guards, and the history that rebuilds its state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import PelayananError, from_dict, from_json, to_dict, to_json
from pelayanan.model.participants import ParticipantCategory
from pelayanan.model.records import (
    DocumentRef,
    Establishment,
    OfficeLevel,
    Official,
    Publication,
    PublicationMedium,
)
from pelayanan.participation.cycle import (
    COMMON_GUARDS,
    GUARDS,
    TRANSITIONS,
    CycleAction,
    CycleEvent,
    CycleStage,
    CycleState,
    IllegalTransitionError,
    PolicyCycle,
    TeamMember,
    TeamRole,
    advance,
    apply_standard,
    conclude_review,
    establish,
    hold_consultation,
    illegal_steps,
    issue_charter,
    legal_actions,
    record_evaluation,
    replay,
    review,
    revoke,
    start_drafting,
    start_revision,
    state_on,
    supersede,
)
from pelayanan.strategies import models, policy_cycles

from .conftest import EXAMPLES

A, S = CycleAction, CycleStage
D = dt.date
HEAD = Official("Kepala Dinas", "Kepala Dinas Sosial Kota Jambi", OfficeLevel.UNIT_HEAD)
STAFF = Official("Staf", "Pengadministrasi Umum", OfficeLevel.STAFF)
USERS = (ParticipantCategory.SERVICE_USERS, ParticipantCategory.PROVIDER)
PASAL_20_2 = "UU 25/2009 Pasal 20 ayat (2)"


def decree(on: dt.date, signatory: Official = HEAD) -> Establishment:
    """A decree of ``on`` signed by ``signatory``."""
    return Establishment("400/1/2023", on, signatory)


_TAKE: dict[CycleAction, Any] = {
    A.DRAFTING_STARTED: lambda state, on: start_drafting(state, on=on),
    A.CONSULTATION_HELD: lambda state, on: hold_consultation(
        state, on=on, participant_categories=USERS
    ),
    A.STANDARD_ESTABLISHED: lambda state, on: establish(state, decree(on)),
    A.CHARTER_ISSUED: lambda state, on: issue_charter(state, on=on, charter_id="maklumat"),
    A.STANDARD_APPLIED: lambda state, on: apply_standard(state, on=on),
    A.EVALUATION_RECORDED: lambda state, on: record_evaluation(state, on=on, survey_ids=["skm"]),
    A.STANDARD_REVIEWED: lambda state, on: review(state, on=on, public_involved=True),
    A.REVIEW_CONCLUDED_UNCHANGED: lambda state, on: conclude_review(state, on=on),
    A.REVISION_STARTED: lambda state, on: start_revision(state, on=on),
    A.STANDARD_SUPERSEDED: lambda state, on: supersede(state, on=on, successor_id="sp-baru"),
    A.STANDARD_REVOKED: lambda state, on: revoke(state, on=on),
}


def take(state: CycleState | None, action: CycleAction, on: dt.date) -> tuple[CycleState, Any]:
    """Take ``action`` with the least contents that make it legal when the stage allows it."""
    result: tuple[CycleState, Any] = _TAKE[action](state, on)
    return result


# How to reach each stage from nothing, one action a day from 2023-01-02.
ROUTE = [
    A.DRAFTING_STARTED,
    A.CONSULTATION_HELD,
    A.STANDARD_ESTABLISHED,
    A.CHARTER_ISSUED,
    A.STANDARD_APPLIED,
    A.EVALUATION_RECORDED,
    A.STANDARD_REVIEWED,
]
START = D(2023, 1, 2)


def history(*actions: CycleAction, start: dt.date = START) -> tuple[CycleState, list[CycleEvent]]:
    """Take ``actions`` in turn, one a day."""
    state: CycleState | None = None
    events = []
    for day, action in enumerate(actions):
        state, event = take(state, action, start + dt.timedelta(days=day))
        events.append(event)
    assert state is not None
    return state, events


def at(stage: CycleStage | None, *, revising: bool = False) -> CycleState | None:
    """A state at ``stage`` (``None`` before the cycle); ``revising`` drafts version 2."""
    if stage is None:
        return None
    if revising:
        route = [*ROUTE, A.REVISION_STARTED]
        if stage is S.CONSULTATION:
            route.append(A.CONSULTATION_HELD)
        return history(*route)[0]
    if stage.is_final:
        ending = A.STANDARD_SUPERSEDED if stage is S.SUPERSEDED else A.STANDARD_REVOKED
        return history(*ROUTE[:5], ending)[0]
    position = [s for s in CycleStage if not s.is_final].index(stage)
    return history(*ROUTE[: position + 1])[0]


LATER = D(2024, 1, 2)
"""A date after every state built by :func:`at`."""


# --- the table --------------------------------------------------------------------------------------


def test_each_action_has_one_target_and_every_guard_is_defined() -> None:
    """An action always leads to the same stage; guards name rules in GUARDS."""
    targets: dict[CycleAction, set[CycleStage]] = {}
    for t in TRANSITIONS:
        targets.setdefault(t.action, set()).add(t.target)
        assert set(t.guards) <= set(GUARDS)
        assert t.basis
    assert set(targets) == set(CycleAction)
    assert all(len(found) == 1 for found in targets.values())
    assert set(COMMON_GUARDS) <= set(GUARDS)


def test_every_stage_but_the_ends_has_a_way_out_and_the_ends_have_none() -> None:
    """Superseded and revoked are final; every other stage leads somewhere."""
    sources = {t.source for t in TRANSITIONS}
    assert sources == {None, *(s for s in CycleStage if not s.is_final)}


def test_transitions_expose_values_and_labels_for_the_documentation() -> None:
    """The documentation renders the table from `.value` and `.label` of stages and actions."""
    first = TRANSITIONS[0]
    assert first.source is None
    assert (first.action.value, first.target.value) == ("drafting_started", "drafting")
    assert first.target.label.id == "Penyusunan"
    assert A.STANDARD_ESTABLISHED.label.en == "standard established"


@pytest.mark.parametrize(
    "transition",
    TRANSITIONS,
    ids=[f"{t.source.value if t.source else 'start'}-{t.action.value}" for t in TRANSITIONS],
)
def test_every_transition_in_the_table_works(transition: Any) -> None:
    """From a state at its source, the action reaches its target, and replay agrees."""
    # Superseding or revoking during drafting needs an earlier version in force.
    revising = transition.source in (S.DRAFTING, S.CONSULTATION) and transition.action in (
        A.STANDARD_SUPERSEDED,
        A.STANDARD_REVOKED,
    )
    before = at(transition.source, revising=revising)
    after, event = take(before, transition.action, LATER)
    assert after.stage is transition.target
    assert event.action is transition.action
    assert after.events == (0 if before is None else before.events) + 1


def _paths(state: CycleState | None, events: list[CycleEvent], depth: int) -> Iterator[Any]:
    yield state, events
    if depth == 0:
        return
    on = START if state is None else state.updated_on + dt.timedelta(days=1)
    for action in legal_actions(state):
        after, event = take(state, action, on)
        yield from _paths(after, [*events, event], depth - 1)


def test_every_legal_path_of_up_to_twelve_steps_works_and_replays() -> None:
    """Every path the table allows, up to twelve events, is accepted; replay rebuilds its state.

    Twelve steps cover a whole cycle and a revision up to the new version's application.
    """
    count = 0
    stages: set[CycleStage] = set()
    for state, events in _paths(None, [], 12):
        if state is None:
            continue
        count += 1
        stages.add(state.stage)
        assert replay(events) == state
        assert illegal_steps(events) == ()
    assert stages == set(CycleStage)
    assert count > 500


# --- illegal moves --------------------------------------------------------------------------------

# Expected refusals for every (stage, action) outside the table, by hand from the guards' meaning:
# an establishment without consultation is PC003, a consultation after establishment is PC003 too
# (the public takes part before), a charter before establishment PC005, an application before the
# charter PC006, a review before monitoring PC007, a revision without review PC008; anything else
# is out of order (PC002).
EXPECTED = {
    S.DRAFTING: {
        A.STANDARD_ESTABLISHED: "PC003",
        A.CHARTER_ISSUED: "PC005",
        A.STANDARD_APPLIED: "PC006",
        A.STANDARD_REVIEWED: "PC007",
        A.REVISION_STARTED: "PC008",
    },
    S.CONSULTATION: {
        A.CHARTER_ISSUED: "PC005",
        A.STANDARD_APPLIED: "PC006",
        A.STANDARD_REVIEWED: "PC007",
        A.REVISION_STARTED: "PC008",
    },
    S.ESTABLISHED: {
        A.CONSULTATION_HELD: "PC003",
        A.STANDARD_APPLIED: "PC006",
        A.STANDARD_REVIEWED: "PC007",
        A.REVISION_STARTED: "PC008",
    },
    S.CHARTERED: {
        A.CONSULTATION_HELD: "PC003",
        A.STANDARD_REVIEWED: "PC007",
        A.REVISION_STARTED: "PC008",
    },
    S.APPLIED: {
        A.CONSULTATION_HELD: "PC003",
        A.STANDARD_REVIEWED: "PC007",
        A.REVISION_STARTED: "PC008",
    },
    S.MONITORING: {A.CONSULTATION_HELD: "PC003", A.REVISION_STARTED: "PC008"},
    S.REVIEW: {A.CONSULTATION_HELD: "PC003"},
}
IN_TABLE = {(t.source, t.action) for t in TRANSITIONS}
COMPLEMENT = [
    (stage, action)
    for stage in [None, *CycleStage]
    for action in CycleAction
    if (stage, action) not in IN_TABLE
]


def expected_code(stage: CycleStage | None, action: CycleAction) -> str:
    """The refusal expected for ``action`` at ``stage`` (PC002 unless listed)."""
    return EXPECTED.get(stage, {}).get(action, "PC002") if stage is not None else "PC002"


@pytest.mark.parametrize(
    ("stage", "action"),
    COMPLEMENT,
    ids=[f"{s.value if s else 'start'}-{a.value}" for s, a in COMPLEMENT],
)
def test_every_illegal_transition_is_refused_naming_its_rule_and_citation(
    stage: CycleStage | None, action: CycleAction
) -> None:
    """Outside the table, the function raises with the rule code and the law it cites."""
    before = at(stage)
    with pytest.raises(IllegalTransitionError) as caught:
        take(before, action, LATER)
    error = caught.value
    assert error.code == expected_code(stage, action)
    assert error.basis
    assert error.code in str(error)
    assert str(error.basis[0]) in str(error)
    assert error.action is action
    assert error.stage is stage


def test_the_complement_is_not_empty_and_covers_the_final_stages() -> None:
    """Every action from a final stage is refused as out of order."""
    assert len(COMPLEMENT) == (len(CycleStage) + 1) * len(CycleAction) - len(TRANSITIONS)
    for stage in (S.SUPERSEDED, S.REVOKED):
        with pytest.raises(IllegalTransitionError, match="PC002: The cycle has ended"):
            take(at(stage), A.EVALUATION_RECORDED, LATER)


def test_an_illegal_transition_is_a_pelayanan_error_and_a_value_error() -> None:
    """One root for every error, with the builtin base that fits."""
    assert issubclass(IllegalTransitionError, PelayananError)
    assert issubclass(IllegalTransitionError, ValueError)


def test_establishment_without_a_consultation_cites_pasal_20_ayat_2_in_both_languages() -> None:
    """Drafting straight to a decree is refused: the public must take part first."""
    state, _ = start_drafting(on=D(2022, 11, 1))
    with pytest.raises(IllegalTransitionError) as caught:
        establish(state, decree(D(2023, 1, 16)))
    error = caught.value
    assert error.code == "PC003"
    assert [str(c) for c in error.basis] == [PASAL_20_2, "UU 25/2009 Pasal 39 ayat (1)"]
    assert error.text("id").startswith(
        "PC003: Standar versi 1 ditetapkan pada 2023-01-16 tanpa pembahasan bersama masyarakat"
    )
    assert "without an earlier consultation with the public" in error.text("en")


def test_a_consultation_of_the_provider_alone_does_not_allow_establishment() -> None:
    """Pasal 20 ayat (2) asks for the public and stakeholders, not the provider itself."""
    state, _ = start_drafting(on=D(2022, 11, 1))
    state, _ = hold_consultation(
        state, on=D(2022, 12, 1), participant_categories=[ParticipantCategory.PROVIDER]
    )
    with pytest.raises(IllegalTransitionError, match="PC003: Only the provider"):
        establish(state, decree(D(2023, 1, 16)))
    state, _ = hold_consultation(
        state, on=D(2022, 12, 12), participant_categories=[ParticipantCategory.MASS_MEDIA]
    )
    assert establish(state, decree(D(2023, 1, 16)))[0].stage is S.ESTABLISHED


def test_a_consultation_without_recorded_participants_is_given_the_benefit_of_the_doubt() -> None:
    """As in rule SP033, unrecorded participants do not block establishment."""
    state, _ = start_drafting(on=D(2022, 11, 1))
    state, _ = hold_consultation(state, on=D(2022, 12, 12))
    assert establish(state, decree(D(2023, 1, 16)))[0].in_force_version == 1


def test_establishment_on_the_day_of_the_consultation_is_allowed_but_not_the_day_before() -> None:
    """Both sides of the date boundary: an establishment dated before its consultation is PC003."""
    state, _ = start_drafting(on=D(2022, 11, 1))
    state, _ = hold_consultation(state, on=D(2022, 12, 12), participant_categories=USERS)
    assert establish(state, decree(D(2022, 12, 12)))[0].established_on == D(2022, 12, 12)
    early = CycleEvent(
        A.STANDARD_ESTABLISHED, D(2022, 12, 11), 1, establishment=decree(D(2022, 12, 11))
    )
    with pytest.raises(IllegalTransitionError) as caught:
        advance(state, early)
    assert caught.value.code == "PC003"
    assert caught.value.variant == "predates"
    assert caught.value.field == ("on",)
    assert PASAL_20_2 in str(caught.value)


def test_a_decree_below_the_unit_head_is_refused_citing_the_pekppp_instrument_of_its_date() -> None:
    """PC004 cites Permenpan RB 17/2017 before 29/2022 came into force, 29/2022 after.

    29/2022 is dated 2022-07-20 in the catalogue, inferred from its gazette number (UNVERIFIED).
    """
    state, _ = start_drafting(on=D(2022, 6, 1))
    state, _ = hold_consultation(state, on=D(2022, 7, 4), participant_categories=USERS)
    for on, instrument in [
        (D(2022, 7, 19), "Permenpan RB 17/2017 Lampiran"),
        (D(2022, 7, 20), "Permenpan RB 29/2022 Lampiran"),
    ]:
        with pytest.raises(IllegalTransitionError) as caught:
            establish(state, decree(on, STAFF))
        assert caught.value.code == "PC004"
        assert caught.value.field == ("establishment", "signatory", "level")
        assert [str(c) for c in caught.value.basis][-1] == instrument
    assert establish(state, decree(D(2023, 1, 16), HEAD))[0].stage is S.ESTABLISHED
    head_of_city = Official("Wali Kota", "Wali Kota Jambi", OfficeLevel.PROVIDER_HEAD)
    assert establish(state, decree(D(2023, 1, 16), head_of_city))[0].stage is S.ESTABLISHED


def test_an_establishment_event_without_its_decree_is_refused() -> None:
    """The decree is what makes an establishment (PC004, no_decree)."""
    state, _ = history(A.DRAFTING_STARTED, A.CONSULTATION_HELD)
    with pytest.raises(IllegalTransitionError) as caught:
        advance(state, CycleEvent(A.STANDARD_ESTABLISHED, LATER, 1))
    assert (caught.value.code, caught.value.variant) == ("PC004", "no_decree")


def test_events_may_share_a_day_but_not_go_back_in_time() -> None:
    """PC001: the same date is fine, the day before the last event is not."""
    state, _ = start_drafting(on=D(2023, 1, 2))
    assert hold_consultation(state, on=D(2023, 1, 2))[0].stage is S.CONSULTATION
    with pytest.raises(IllegalTransitionError) as caught:
        hold_consultation(state, on=D(2023, 1, 1))
    assert (caught.value.code, caught.value.field) == ("PC001", ("on",))


def test_an_event_naming_the_wrong_version_is_refused() -> None:
    """PC009: events name the current version, a revision the next one."""
    state, _ = history(*ROUTE)
    with pytest.raises(IllegalTransitionError, match="PC009"):
        advance(state, CycleEvent(A.REVISION_STARTED, LATER, 3))
    with pytest.raises(IllegalTransitionError, match="PC009"):
        advance(state, CycleEvent(A.REVIEW_CONCLUDED_UNCHANGED, LATER, 2))
    assert advance(state, CycleEvent(A.REVISION_STARTED, LATER, 2)).version == 2


def test_a_second_review_needs_a_new_evaluation_input() -> None:
    """PC007: after a review kept the standard, monitoring starts again from nothing."""
    state, _ = history(*ROUTE, A.REVIEW_CONCLUDED_UNCHANGED)
    assert state.stage is S.MONITORING
    assert A.STANDARD_REVIEWED not in legal_actions(state)
    with pytest.raises(IllegalTransitionError) as caught:
        review(state, on=LATER)
    assert (caught.value.code, caught.value.variant) == ("PC007", "no_input")
    state, _ = record_evaluation(state, on=LATER, complaint_ids=["lapor-1"])
    assert review(state, on=LATER)[0].reviews == 2


def test_nothing_can_be_revoked_or_superseded_before_a_first_establishment() -> None:
    """PC002: a first draft is not in force; a revision's draft has its predecessor in force."""
    state, _ = history(A.DRAFTING_STARTED, A.CONSULTATION_HELD)
    for end in (revoke, supersede):
        with pytest.raises(IllegalTransitionError, match="no version has been established"):
            end(state, on=LATER)
    revising = at(S.DRAFTING, revising=True)
    assert revoke(revising, on=LATER)[0].stage is S.REVOKED


# --- the state --------------------------------------------------------------------------------------


def test_a_revision_drafts_the_next_version_while_the_previous_stays_in_force() -> None:
    """Version 2 starts in drafting; version 1 keeps its decree and charter until replaced."""
    state, _ = history(*ROUTE, A.REVISION_STARTED)
    assert (state.stage, state.version, state.in_force_version) == (S.DRAFTING, 2, 1)
    assert state.charter_id == "maklumat"
    assert state.consultations == 0
    assert state.describe("en") == "Drafting, version 2 (version 1 in force)"
    state, _ = history(*ROUTE, A.REVISION_STARTED, A.CONSULTATION_HELD, A.STANDARD_ESTABLISHED)
    assert (state.version, state.in_force_version, state.charter_id) == (2, 2, None)
    assert state.established_on == START + dt.timedelta(days=9)


def test_the_state_counts_public_input_and_media() -> None:
    """Evaluations with public input are counted apart; media are those of the publications."""
    state, _ = history(*ROUTE[:5])
    state, _ = apply_standard(
        state,
        on=LATER,
        publications=[Publication(PublicationMedium.SIPPN), Publication(PublicationMedium.BANNER)],
    )
    state, _ = record_evaluation(state, on=LATER)
    state, _ = record_evaluation(state, on=LATER, public_involved=True)
    assert (state.evaluations, state.public_evaluations) == (2, 1)
    assert state.media == (PublicationMedium.BANNER, PublicationMedium.SIPPN)


def test_state_on_a_date_replays_the_events_up_to_that_day() -> None:
    """Before the first event there is no state; on an event's day the event counts."""
    _, events = history(*ROUTE)
    assert state_on(events, START - dt.timedelta(days=1)) is None
    on_third = state_on(events, START + dt.timedelta(days=2))
    assert on_third is not None
    assert on_third.stage is S.ESTABLISHED
    cycle = PolicyCycle("siklus", "sp", events=tuple(events))
    assert cycle.state() == replay(events)
    assert cycle.state(START) == state_on(events, START)


def test_with_event_appends_a_legal_event_and_refuses_an_illegal_one() -> None:
    """The history is append-only and never accepts an illegal step."""
    _, events = history(A.DRAFTING_STARTED)
    cycle = PolicyCycle("siklus", "sp", events=tuple(events))
    longer = cycle.with_event(CycleEvent(A.CONSULTATION_HELD, START, 1))
    assert longer.events[:1] == cycle.events
    assert len(longer.events) == 2
    with pytest.raises(IllegalTransitionError, match="PC005"):
        cycle.with_event(CycleEvent(A.CHARTER_ISSUED, START, 1))


def test_illegal_steps_reports_each_mistake_and_replays_on() -> None:
    """A late consultation after an early establishment: two findings, both citing Pasal 20 (2)."""
    _, events = history(A.DRAFTING_STARTED, A.CONSULTATION_HELD, A.STANDARD_ESTABLISHED)
    drafted, consulted, established = events
    steps = illegal_steps([drafted, established, consulted])
    assert [(s.index, s.error.code, s.error.variant) for s in steps] == [
        (1, "PC003", "default"),
        (2, "PC003", "late"),
    ]
    assert all(PASAL_20_2 in str(s.error) for s in steps)
    lenient = replay([drafted, established, consulted], lenient=True)
    assert lenient is not None
    assert lenient.stage is S.ESTABLISHED
    with pytest.raises(IllegalTransitionError):
        replay([drafted, established, consulted])


# --- properties -------------------------------------------------------------------------------------

actions = st.sampled_from(list(CycleAction))
steps = st.lists(st.tuples(actions, st.integers(-3, 60)), max_size=30)


@given(steps)
def test_random_sequences_rebuild_from_their_history(moves: list[tuple[CycleAction, int]]) -> None:
    """Whatever is tried, the accepted events replay to the state reached; refusals change nothing.

    An action is accepted exactly when `legal_actions` lists it and its date does not go back.
    """
    state: CycleState | None = None
    events: list[CycleEvent] = []
    day = START
    for action, shift in moves:
        on = day + dt.timedelta(days=shift)
        allowed = action in legal_actions(state) and (state is None or on >= state.updated_on)
        if not allowed:
            with pytest.raises(IllegalTransitionError):
                take(state, action, on)
            continue
        state, event = take(state, action, on)
        events.append(event)
        day = max(day, on)
    assert replay(events) == state
    assert illegal_steps(events) == ()


@given(policy_cycles(), st.data())
def test_state_on_is_monotone_in_the_date(cycle: PolicyCycle, data: st.DataObject) -> None:
    """Later dates never see fewer events; the last event's date sees them all."""
    first, last = cycle.events[0].on, cycle.events[-1].on
    one = data.draw(st.dates(first - dt.timedelta(days=5), last + dt.timedelta(days=5)))
    two = data.draw(st.dates(one, last + dt.timedelta(days=10)))
    before, after = state_on(cycle, one), state_on(cycle, two)
    assert (0 if before is None else before.events) <= (0 if after is None else after.events)
    assert state_on(cycle, last) == cycle.state()


@given(policy_cycles())
def test_generated_legal_cycles_round_trip_and_replay_the_same(cycle: PolicyCycle) -> None:
    """Lossless JSON: the loaded history is equal and rebuilds the same state."""
    loaded = from_json(to_json(cycle))
    assert loaded == cycle
    assert isinstance(loaded, PolicyCycle)
    assert replay(loaded.events) == replay(cycle.events)
    assert illegal_steps(loaded.events) == ()


@given(models(PolicyCycle))
def test_arbitrary_cycles_round_trip_and_never_break_the_lenient_replay(cycle: Any) -> None:
    """Any event list loads back equal, and illegal_steps always answers."""
    assert from_json(to_json(cycle)) == cycle
    steps_found = illegal_steps(cycle.events)
    assert all(s.error.code in GUARDS for s in steps_found)


# --- JSON shape and the example --------------------------------------------------------------------


def test_an_event_has_a_small_canonical_json_shape() -> None:
    """Action, date and version, then only the fields the action uses."""
    event = establish(
        hold_consultation(start_drafting(on=D(2022, 11, 1))[0], on=D(2022, 12, 12))[0],
        decree(D(2023, 1, 16)),
    )[1]
    assert to_dict(event) == {
        "action": "standard_established",
        "on": "2023-01-16",
        "version": 1,
        "establishment": {
            "decree_number": "400/1/2023",
            "decided_on": "2023-01-16",
            "signatory": {
                "name": "Kepala Dinas",
                "position": "Kepala Dinas Sosial Kota Jambi",
                "level": "unit_head",
            },
        },
    }
    assert from_dict(to_dict(event), CycleEvent) == event


def test_a_team_member_names_a_role_of_the_standards_team() -> None:
    """The Tim Standar Pelayanan: leader, service officer, front liner, administration."""
    member = TeamMember("Kabid", TeamRole.SERVICE_OFFICER, "Kepala Bidang")
    assert to_dict(member) == {
        "name": "Kabid",
        "role": "service_officer",
        "position": "Kepala Bidang",
    }
    assert TeamRole.FRONT_LINER.label.en == "Front-line officer"


EXAMPLE = EXAMPLES / "dinas-sosial-kota-jambi" / "siklus-sp-dtks.json"


def test_the_example_cycle_is_legal_and_ends_with_version_two_applied() -> None:
    """Drafting in 2022 to version 2 applied in November 2024, with no illegal step."""
    cycle = from_json(EXAMPLE.read_bytes())
    assert isinstance(cycle, PolicyCycle)
    assert illegal_steps(cycle.events) == ()
    end = cycle.state()
    assert end is not None
    assert (end.stage, end.version, end.in_force_version) == (S.APPLIED, 2, 2)
    assert end.established_on == D(2024, 11, 1)
    assert end.last_reviewed_on == D(2024, 5, 2)
    assert end.charter_id == "maklumat-dinsos-2024"
    assert end.media == (
        PublicationMedium.NOTICE_BOARD,
        PublicationMedium.WEBSITE,
        PublicationMedium.SIPPN,
    )


def test_the_example_after_the_may_2024_forum_is_revising_with_version_one_in_force() -> None:
    """On 2024-06-01 version 2 is in consultation; version 1 (2023-01-16) is still in force."""
    cycle = from_json(EXAMPLE.read_bytes())
    assert isinstance(cycle, PolicyCycle)
    june = cycle.state(D(2024, 6, 1))
    assert june is not None
    assert (june.stage, june.version, june.in_force_version) == (S.CONSULTATION, 2, 1)
    assert june.established_on == D(2023, 1, 16)
    assert june.charter_id == "maklumat-dinsos-2023"
    assert june.describe() == "Pembahasan bersama masyarakat, versi 2 (versi 1 berlaku)"


def test_every_event_of_the_example_cites_records_or_the_public_where_it_should() -> None:
    """The evaluation and the review of May 2024 rest on the FKP of 2024-05-02."""
    cycle = from_json(EXAMPLE.read_bytes())
    assert isinstance(cycle, PolicyCycle)
    inputs = [e for e in cycle.events if e.action in (A.EVALUATION_RECORDED, A.STANDARD_REVIEWED)]
    assert [e.forum_ids for e in inputs] == [("fkp-dinsos-kota-jambi-2024-05-02",)] * 2
    assert all(e.has_public_input for e in inputs)
    review_event = inputs[1]
    assert review_event.minutes == DocumentRef(
        "Berita Acara Peninjauan Ulang Standar Pelayanan", date=D(2024, 5, 2)
    )


def test_the_state_is_frozen() -> None:
    """States are values: changing one makes a new one."""
    state = at(S.DRAFTING)
    assert state is not None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        state.version = 2  # type: ignore[misc]
