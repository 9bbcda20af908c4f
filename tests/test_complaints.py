"""Complaints: the model, the guarded lifecycle, and deadlines on both sides of every boundary.

Dates are worked out by hand; the 2024 holidays that matter here (SKB 3 Menteri 2024):
Nyepi Monday 11 March and its cuti bersama Tuesday 12 March; Idul Fitri Wednesday 10 and
Thursday 11 April with cuti bersama on 8, 9, 12 and 15 April; Labour Day Wednesday 1 May;
Ascension Thursday 9 May and its cuti bersama Friday 10 May.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import (
    Complaint,
    Duration,
    DurationUnit,
    LoadError,
    PelayananError,
    WorkingCalendar,
    from_json,
    to_json,
)
from pelayanan import strategies as ps
from pelayanan.model.standards import ComplaintChannelKind, ResponseTier
from pelayanan.participation.complaints import (
    COMPLAINT_POLICY,
    ComplaintDeadlineKind,
    ComplaintEvent,
    ComplaintGuard,
    ComplaintStatus,
    ComplaintTimeLimit,
    ComplaintTransitionError,
)
from pelayanan.participation.complaints import (
    TRANSITIONS as COMPLAINT_TRANSITIONS,
)
from pelayanan.participation.complaints import (
    advance as advance_complaint,
)
from pelayanan.participation.complaints import (
    check_history as check_complaint_history,
)
from pelayanan.participation.complaints import (
    deadlines as complaint_deadlines,
)
from pelayanan.participation.complaints import (
    overdue as overdue_complaint_deadlines,
)
from pelayanan.time.calendar import CalendarError

from .conftest import EXAMPLES

WIB = dt.timezone(dt.timedelta(hours=7))
S = ComplaintStatus
K = ComplaintDeadlineKind


def at(day: str, time: str = "09:00") -> dt.datetime:
    """A WIB timestamp: ``at("2024-04-05")`` is 5 April 2024, 09:00 WIB."""
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=WIB)


def complaint(**changes: Any) -> Complaint:
    """A complaint lodged in person on Friday 5 April 2024 at 09:00 WIB, with ``changes``."""
    base = Complaint(
        id="aduan",
        unit_id="dinsos-kota-jambi",
        lodged_at=at("2024-04-05"),
        channel=ComplaintChannelKind.DIRECT,
    )
    return attrs.evolve(base, **changes)


def lapor(**changes: Any) -> Complaint:
    """The same complaint lodged through the SP4N-LAPOR! website."""
    return complaint(channel=ComplaintChannelKind.SP4N_LAPOR_WEB, **changes)


def history(*steps: tuple[ComplaintStatus, str]) -> tuple[ComplaintEvent, ...]:
    """Events from ``(status, "YYYY-MM-DD")`` pairs, each at 09:00 WIB."""
    return tuple(ComplaintEvent(status, at(day)) for status, day in steps)


def deadline(item: Complaint, kind: ComplaintDeadlineKind, as_of: str, **kwargs: Any) -> Any:
    """The deadline of ``kind`` for ``item`` as of ``as_of``."""
    found = complaint_deadlines(item, dt.date.fromisoformat(as_of), **kwargs)
    [result] = [d for d in found if d.kind is kind]
    return result


# --- the model ---------------------------------------------------------------------------------------


def test_the_example_complaints_load_and_round_trip() -> None:
    """The four illustrative complaints load as complaints and survive JSON unchanged."""
    loaded = from_json((EXAMPLES / "dinas-sosial-kota-jambi" / "pengaduan-2024.json").read_bytes())
    assert isinstance(loaded, list)
    assert [type(c) for c in loaded] == [Complaint] * 4
    assert from_json(to_json(loaded)) == loaded
    assert [c.status for c in loaded] == [S.CLOSED, S.DECIDED, S.CLOSED, S.FOLLOWED_UP]


def test_a_complaint_without_a_utc_offset_does_not_load() -> None:
    """A lodging time that cannot be placed in time is refused with its path."""
    text = (
        '{"kind": "complaint", "id": "a", "unit_id": "u", "channel": "direct",'
        ' "lodged_at": "2024-04-05T09:00:00"}'
    )
    with pytest.raises(LoadError, match=r"/lodged_at: timestamp .* has no UTC offset"):
        from_json(text)


def test_a_new_complaint_is_received_and_its_status_follows_its_history() -> None:
    """No events: received; the status on a day counts only the events up to that day."""
    item = complaint(history=history((S.VERIFIED, "2024-04-16"), (S.DECIDED, "2024-04-20")))
    assert complaint().status is S.RECEIVED
    assert item.status is S.DECIDED
    assert item.status_on(dt.date(2024, 4, 15)) is S.RECEIVED
    assert item.status_on(dt.date(2024, 4, 16)) is S.VERIFIED
    assert item.lodged_on == dt.date(2024, 4, 5)


def test_the_lodging_day_is_the_day_in_the_offset_of_the_timestamp() -> None:
    """23:30 WIB on 5 April is 00:30 WITA on 6 April: the day follows the offset written."""
    wita = dt.timezone(dt.timedelta(hours=8))
    late_evening = complaint(lodged_at=dt.datetime(2024, 4, 5, 23, 30, tzinfo=WIB))
    assert late_evening.lodged_on == dt.date(2024, 4, 5)
    assert attrs.evolve(
        late_evening, lodged_at=late_evening.lodged_at.astimezone(wita)
    ).lodged_on == (dt.date(2024, 4, 6))


# --- the transition table ------------------------------------------------------------------------------


def test_the_transition_table_is_the_one_documented() -> None:
    """The allowed moves, written out by hand from the module's documentation."""
    expected = {
        S.RECEIVED: {S.ON_HOLD, S.VERIFIED, S.NOT_COMPETENT, S.ARCHIVED, S.WITHDRAWN},
        S.ON_HOLD: {S.VERIFIED, S.NOT_COMPETENT, S.ARCHIVED, S.WITHDRAWN},
        S.VERIFIED: {S.FORWARDED, S.FOLLOWED_UP, S.DECIDED, S.WITHDRAWN},
        S.FORWARDED: {S.FOLLOWED_UP, S.DECIDED, S.NOT_COMPETENT, S.WITHDRAWN},
        S.FOLLOWED_UP: {S.DECIDED, S.WITHDRAWN},
        S.DECIDED: {S.CLOSED},
        S.NOT_COMPETENT: {S.CLOSED},
        S.ARCHIVED: {S.CLOSED},
        S.WITHDRAWN: {S.CLOSED},
        S.CLOSED: set(),
    }
    assert {k: set(v) for k, v in COMPLAINT_TRANSITIONS.items()} == expected


def test_only_a_decided_not_competent_archived_or_withdrawn_complaint_can_be_closed() -> None:
    """No close before decided / not competent / archived (or withdrawn)."""
    closable = {s for s, moves in COMPLAINT_TRANSITIONS.items() if S.CLOSED in moves}
    assert closable == {S.DECIDED, S.NOT_COMPETENT, S.ARCHIVED, S.WITHDRAWN}


def _paths() -> dict[ComplaintStatus, list[ComplaintStatus]]:
    """A shortest list of moves from received to every status (breadth first)."""
    paths: dict[ComplaintStatus, list[ComplaintStatus]] = {S.RECEIVED: []}
    queue = deque([S.RECEIVED])
    while queue:
        here = queue.popleft()
        for there in sorted(COMPLAINT_TRANSITIONS[here], key=lambda s: s.value):
            if there not in paths:
                paths[there] = [*paths[here], there]
                queue.append(there)
    return paths


PATHS = _paths()
LEGAL = [(a, b) for a in S for b in sorted(COMPLAINT_TRANSITIONS[a], key=lambda s: s.value)]
ILLEGAL = [(a, b) for a in S for b in S if b not in COMPLAINT_TRANSITIONS[a]]


def test_every_status_can_be_reached_from_received() -> None:
    """No status of the lifecycle is dead code."""
    assert set(PATHS) == set(S)


def _reach(status: ComplaintStatus) -> Complaint:
    """A complaint with a complete file, moved to ``status`` a day at a time from 8 April."""
    item = complaint(file_complete_on=dt.date(2024, 4, 5))
    for offset, step in enumerate(PATHS[status]):
        item, _ = advance_complaint(item, step, at("2024-04-08") + dt.timedelta(days=offset))
    return item


@pytest.mark.parametrize(("start", "to"), LEGAL, ids=[f"{a.value}-{b.value}" for a, b in LEGAL])
def test_every_allowed_move_works_and_returns_a_past_tense_event(
    start: ComplaintStatus, to: ComplaintStatus
) -> None:
    """Each allowed move appends one event and reports what changed; the old value is kept."""
    before = _reach(start)
    when = at("2024-05-01")
    after, event = advance_complaint(before, to, when, by="Pengelola pengaduan", note="catatan")
    assert after.status is to
    assert after.history == (
        *before.history,
        ComplaintEvent(to, when, "Pengelola pengaduan", "catatan"),
    )
    assert (event.complaint_id, event.previous, event.status, event.at) == (
        "aduan",
        start,
        to,
        when,
    )
    assert before.status is start
    assert check_complaint_history(after) == ()


@pytest.mark.parametrize(("start", "to"), ILLEGAL, ids=[f"{a.value}-{b.value}" for a, b in ILLEGAL])
def test_every_other_move_is_refused_naming_pg010_and_its_basis(
    start: ComplaintStatus, to: ComplaintStatus
) -> None:
    """A move the table does not allow raises, naming the rule and citing Perpres 76/2013."""
    before = _reach(start)
    with pytest.raises(ComplaintTransitionError) as caught:
        advance_complaint(before, to, at("2024-05-01"))
    error = caught.value
    assert error.code == "PG010"
    assert error.problem.guard is ComplaintGuard.TRANSITION
    assert str(error).startswith("PG010: aduan cannot go from")
    assert "Perpres 76/2013" in str(error)
    assert [str(c) for c in error.basis] == ["Perpres 76/2013", "Permenpan RB 62/2018 Lampiran"]
    assert isinstance(error, PelayananError)
    assert isinstance(error, ValueError)


def test_a_time_before_the_last_event_is_refused_naming_pg009() -> None:
    """Timestamps must not go backwards: a minute before the last event is refused."""
    verified, _ = advance_complaint(complaint(), S.VERIFIED, at("2024-04-16", "10:00"))
    with pytest.raises(
        ComplaintTransitionError, match=r"^PG009: .*before the one before it"
    ) as caught:
        advance_complaint(verified, S.FORWARDED, at("2024-04-16", "09:59"))
    assert caught.value.problem.guard is ComplaintGuard.ORDER
    same_time, _ = advance_complaint(verified, S.FORWARDED, at("2024-04-16", "10:00"))
    assert same_time.status is S.FORWARDED


def test_a_first_event_before_the_lodging_is_refused() -> None:
    """Nothing happens to a complaint before it is lodged (09:00 on 5 April)."""
    with pytest.raises(ComplaintTransitionError, match="PG009"):
        advance_complaint(complaint(), S.VERIFIED, at("2024-04-05", "08:59"))
    verified, _ = advance_complaint(complaint(), S.VERIFIED, at("2024-04-05", "09:00"))
    assert verified.status is S.VERIFIED


def test_a_decision_before_the_file_is_complete_is_refused_naming_pg011() -> None:
    """No file date: refused; file complete the next day: refused; the same day: allowed."""
    verified, _ = advance_complaint(complaint(), S.VERIFIED, at("2024-04-16"))
    with pytest.raises(ComplaintTransitionError, match="never declared complete") as caught:
        advance_complaint(verified, S.DECIDED, at("2024-04-17"))
    assert caught.value.code == "PG011"
    assert "UU 25/2009 Pasal 50" in str(caught.value)
    complete_later = attrs.evolve(verified, file_complete_on=dt.date(2024, 4, 18))
    with pytest.raises(ComplaintTransitionError, match="declared complete only on 2024-04-18"):
        advance_complaint(complete_later, S.DECIDED, at("2024-04-17", "23:59"))
    complete_same_day = attrs.evolve(verified, file_complete_on=dt.date(2024, 4, 17))
    decided, _ = advance_complaint(complete_same_day, S.DECIDED, at("2024-04-17", "08:00"))
    assert decided.status is S.DECIDED


def test_a_naive_time_is_refused_as_a_calendar_error() -> None:
    """`advance` needs a UTC offset, like every timestamp of the library."""
    with pytest.raises(CalendarError, match="no UTC offset"):
        advance_complaint(complaint(), S.VERIFIED, dt.datetime(2024, 4, 16, 9, 0))  # noqa: DTZ001


def test_check_history_reports_what_advance_would_refuse() -> None:
    """A history written by hand: a step skipped, a time going back, a decision without a file."""
    item = complaint(
        history=history(
            (S.FORWARDED, "2024-04-16"),  # received -> forwarded skips verification
            (S.FOLLOWED_UP, "2024-04-15"),  # before the event before it
            (S.DECIDED, "2024-04-17"),  # no file_complete_on
        )
    )
    found = [(p.guard.code, p.position) for p in check_complaint_history(item)]
    assert found == [("PG010", 0), ("PG009", 1), ("PG011", 2)]


def test_a_file_complete_before_the_complaint_was_lodged_is_reported() -> None:
    """A file cannot be complete before there is a complaint (lodged 5 April)."""
    early = complaint(file_complete_on=dt.date(2024, 4, 4))
    [problem] = check_complaint_history(early)
    assert (problem.guard, problem.position) == (ComplaintGuard.FILE_COMPLETE, None)
    assert check_complaint_history(complaint(file_complete_on=dt.date(2024, 4, 5))) == ()


moves = st.lists(
    st.tuples(st.sampled_from(list(S)), st.integers(-3 * 24 * 60, 10 * 24 * 60)), max_size=12
)


@given(moves, st.booleans())
def test_random_moves_either_work_or_are_refused_for_a_reason_the_rules_report(
    steps: list[tuple[ComplaintStatus, int]], file_complete: bool
) -> None:
    """Any moves: what advance accepts stays clean; what it refuses, check_history reports.

    A refused move appended by hand is reported under the rule the error names.
    """
    item = complaint(file_complete_on=dt.date(2024, 4, 5) if file_complete else None)
    when = item.lodged_at
    for status, minutes in steps:
        when += dt.timedelta(minutes=minutes)
        refused: ComplaintTransitionError | None = None
        try:
            moved, event = advance_complaint(item, status, when)
        except ComplaintTransitionError as error:
            refused = error
        if refused is not None:
            forced = attrs.evolve(item, history=(*item.history, ComplaintEvent(status, when)))
            assert refused.code in {p.guard.code for p in check_complaint_history(forced)}
            continue
        item = moved
        assert event.status is status
        assert check_complaint_history(item) == ()


@given(ps.complaints())
def test_generated_complaints_have_histories_advance_accepts(item: Complaint) -> None:
    """The shipped strategy only builds lawful histories, and they survive JSON."""
    assert check_complaint_history(item) == ()
    assert from_json(to_json(item)) == item


# --- deadlines: lodging ------------------------------------------------------------------------------


def test_thirty_days_to_lodge_end_on_the_thirtieth_day() -> None:
    """Service on 1 April 2024: 1 April + 30 days = 1 May (April has 30 days)."""
    on_time = complaint(service_received_on=dt.date(2024, 4, 1), lodged_at=at("2024-05-01"))
    late = complaint(service_received_on=dt.date(2024, 4, 1), lodged_at=at("2024-05-02"))
    first = deadline(on_time, K.LODGING, "2024-06-01")
    assert (first.start, first.due, first.done_on, first.late) == (
        dt.date(2024, 4, 1),
        dt.date(2024, 5, 1),
        dt.date(2024, 5, 1),
        False,
    )
    second = deadline(late, K.LODGING, "2024-06-01")
    assert (second.late, second.days_late) == (True, 1)


def test_the_lodging_window_unit_is_configurable() -> None:
    """As 3 working days from Friday 5 April 2024, the window ends on 18 April.

    8, 9, 12 and 15 April are cuti bersama, 10 and 11 April Idul Fitri; then 16, 17, 18 April.
    """
    policy = COMPLAINT_POLICY.with_duration(K.LODGING, Duration(3, DurationUnit.WORKING_DAYS))
    service = dt.date(2024, 4, 5)
    on_time = complaint(service_received_on=service, lodged_at=at("2024-04-18", "15:00"))
    late = complaint(service_received_on=service, lodged_at=at("2024-04-19"))
    assert deadline(on_time, K.LODGING, "2024-06-01", policy=policy).late is False
    assert deadline(late, K.LODGING, "2024-06-01", policy=policy).due == dt.date(2024, 4, 18)
    assert deadline(late, K.LODGING, "2024-06-01", policy=policy).late is True


def test_a_complaint_without_a_service_date_has_no_lodging_deadline() -> None:
    """The 30 days need the day the service was received."""
    assert all(
        d.kind is not K.LODGING for d in complaint_deadlines(complaint(), dt.date(2024, 6, 1))
    )


# --- deadlines: response (UNVERIFIED) ----------------------------------------------------------------


def test_a_written_complaint_is_answered_within_fourteen_days() -> None:
    """Lodged 5 April: 5 + 14 = 19 April. A first event on the 19th is on time, the 20th late."""
    in_time = complaint(history=history((S.VERIFIED, "2024-04-19")))
    late = complaint(history=history((S.VERIFIED, "2024-04-20")))
    assert deadline(in_time, K.RESPONSE, "2024-06-01").due == dt.date(2024, 4, 19)
    assert deadline(in_time, K.RESPONSE, "2024-06-01").late is False
    assert deadline(late, K.RESPONSE, "2024-06-01").days_late == 1
    assert deadline(complaint(), K.RESPONSE, "2024-04-19").late is False
    assert deadline(complaint(), K.RESPONSE, "2024-04-20").late is True
    assert deadline(late, K.RESPONSE, "2024-06-01").limit.verified is False


def test_an_oral_complaint_has_no_written_response_deadline() -> None:
    """The 14 days are about written complaints."""
    oral = complaint(written=False)
    assert all(d.kind is not K.RESPONSE for d in complaint_deadlines(oral, dt.date(2024, 6, 1)))


def test_the_response_limit_can_be_turned_off() -> None:
    """`with_duration(kind, None)` removes a limit from the policy."""
    policy = COMPLAINT_POLICY.with_duration(K.RESPONSE, None)
    assert all(
        d.kind is not K.RESPONSE
        for d in complaint_deadlines(complaint(), dt.date(2024, 6, 1), policy=policy)
    )
    back = policy.with_duration(K.RESPONSE, Duration(10, DurationUnit.CALENDAR_DAYS))
    assert back.response is not None
    assert [str(c) for c in back.response.basis] == ["UU 25/2009 Pasal 44 ayat (1)"]


# --- deadlines: decision -----------------------------------------------------------------------------


def test_sixty_days_to_decide_run_from_the_complete_file() -> None:
    """File complete 1 April 2024: + 60 days = 31 May (29 days to 30 April, 31 more to 31 May)."""
    item = complaint(lodged_at=at("2024-03-25"), file_complete_on=dt.date(2024, 4, 1))
    on_the_day = deadline(item, K.DECISION, "2024-05-31")
    assert (on_the_day.due, on_the_day.open, on_the_day.late) == (dt.date(2024, 5, 31), True, False)
    day_after = deadline(item, K.DECISION, "2024-06-01")
    assert (day_after.late, day_after.days_late) == (True, 1)


def test_a_decision_on_the_sixtieth_day_is_on_time_and_the_next_day_late() -> None:
    """Decided 31 May: on time; decided 1 June: one day late, even checked weeks later."""
    base = complaint(lodged_at=at("2024-03-25"), file_complete_on=dt.date(2024, 4, 1))
    on_time = attrs.evolve(
        base, history=history((S.VERIFIED, "2024-03-26"), (S.DECIDED, "2024-05-31"))
    )
    late = attrs.evolve(
        base, history=history((S.VERIFIED, "2024-03-26"), (S.DECIDED, "2024-06-01"))
    )
    assert deadline(on_time, K.DECISION, "2024-07-01").late is False
    assert deadline(late, K.DECISION, "2024-07-01").days_late == 1


def test_a_not_competent_or_withdrawn_complaint_owes_no_decision() -> None:
    """A final status other than decided stops the decision clock."""
    base = complaint(file_complete_on=dt.date(2024, 4, 5))
    withdrawn = attrs.evolve(base, history=history((S.WITHDRAWN, "2024-04-16")))
    assert deadline(withdrawn, K.DECISION, "2024-12-31").late is False


def test_events_after_the_check_date_do_not_count_yet() -> None:
    """Decided on 1 June: checked as of 31 May the decision is still open."""
    item = complaint(
        file_complete_on=dt.date(2024, 4, 5),
        history=history((S.VERIFIED, "2024-04-16"), (S.DECIDED, "2024-06-01")),
    )
    assert deadline(item, K.DECISION, "2024-05-31").open is True
    assert deadline(item, K.DECISION, "2024-06-01").done_on == dt.date(2024, 6, 1)


# --- deadlines: SP4N-LAPOR! working days across Idul Fitri 2024 ---------------------------------------


def test_lapor_forwarding_three_working_days_across_idul_fitri() -> None:
    """Lodged Friday 5 April: 3 working days are 16, 17 and 18 April (8–15 April off)."""
    on_time = lapor(history=history((S.VERIFIED, "2024-04-16"), (S.FORWARDED, "2024-04-18")))
    late = lapor(history=history((S.VERIFIED, "2024-04-16"), (S.FORWARDED, "2024-04-19")))
    assert deadline(on_time, K.LAPOR_FORWARDING, "2024-06-01").due == dt.date(2024, 4, 18)
    assert deadline(on_time, K.LAPOR_FORWARDING, "2024-06-01").late is False
    assert deadline(late, K.LAPOR_FORWARDING, "2024-06-01").days_late == 1
    assert deadline(lapor(), K.LAPOR_FORWARDING, "2024-04-18").late is False
    assert deadline(lapor(), K.LAPOR_FORWARDING, "2024-04-19").late is True


def test_holding_a_report_does_not_stop_the_forwarding_clock() -> None:
    """On hold (*tunda*) on 8 April, still not forwarded on 19 April: late."""
    held = lapor(history=history((S.ON_HOLD, "2024-04-08")))
    assert deadline(held, K.LAPOR_FORWARDING, "2024-04-19").late is True
    archived = lapor(history=history((S.ARCHIVED, "2024-04-16")))
    assert deadline(archived, K.LAPOR_FORWARDING, "2024-04-19").late is False


def test_lapor_follow_up_five_working_days_from_forwarding() -> None:
    """Forwarded Friday 5 April: 16, 17, 18, 19 and 22 April; the 22nd on time, the 23rd late."""
    steps = ((S.VERIFIED, "2024-04-05"), (S.FORWARDED, "2024-04-05"))
    on_time = lapor(history=history(*steps, (S.FOLLOWED_UP, "2024-04-22")))
    late = lapor(history=history(*steps, (S.FOLLOWED_UP, "2024-04-23")))
    first = deadline(on_time, K.LAPOR_FOLLOW_UP, "2024-06-01")
    assert (first.start, first.due, first.late) == (
        dt.date(2024, 4, 5),
        dt.date(2024, 4, 22),
        False,
    )
    assert deadline(late, K.LAPOR_FOLLOW_UP, "2024-06-01").days_late == 1


def test_a_unit_that_serves_on_cuti_bersama_counts_those_days() -> None:
    """With cuti bersama as working days, 5 working days after 5 April end on 16 April.

    8, 9, 12, 15 and 16 April; only 10 and 11 April, Idul Fitri itself, are off.
    """
    forwarded = lapor(history=history((S.VERIFIED, "2024-04-05"), (S.FORWARDED, "2024-04-05")))
    calendar = WorkingCalendar(cuti_bersama_is_workday=True)
    assert deadline(forwarded, K.LAPOR_FOLLOW_UP, "2024-06-01", calendar=calendar).due == (
        dt.date(2024, 4, 16)
    )


def test_no_follow_up_deadline_before_the_report_is_forwarded() -> None:
    """The 5 working days count from forwarding."""
    verified = lapor(history=history((S.VERIFIED, "2024-04-16")))
    kinds = {d.kind for d in complaint_deadlines(verified, dt.date(2024, 6, 1))}
    assert K.LAPOR_FOLLOW_UP not in kinds
    assert K.LAPOR_FORWARDING in kinds


def test_lapor_limits_apply_only_to_lapor_channels() -> None:
    """A complaint lodged in person has no SP4N-LAPOR! deadlines."""
    kinds = {d.kind for d in complaint_deadlines(complaint(), dt.date(2024, 6, 1))}
    assert kinds == {K.RESPONSE}


def test_missing_holiday_data_is_carried_with_the_due_date() -> None:
    """A report lodged in 2099, a year without cuti bersama data: the due date warns."""
    future = lapor(lodged_at=dt.datetime(2099, 3, 2, 9, 0, tzinfo=WIB))
    forwarding = deadline(future, K.LAPOR_FORWARDING, "2099-03-02")
    assert "no_cuti_bersama_data" in [w.kind.value for w in forwarding.warnings]
    assert deadline(lapor(), K.LAPOR_FORWARDING, "2024-04-05").warnings == ()


# --- deadlines: the unit's own tiers ------------------------------------------------------------------

TIERS = (
    ResponseTier("Pengaduan ringan", Duration(2, DurationUnit.WORKING_DAYS)),
    ResponseTier("Pengaduan segera", Duration(3, DurationUnit.HOURS)),
)


def test_a_tier_from_the_standard_counts_from_lodging() -> None:
    """A tier of 2 working days from Wednesday 8 May 2024 ends on Tuesday 14 May.

    9 May (Ascension) and 10 May (cuti bersama) are off; decided on the 14th is on time, the
    15th late. The label is matched ignoring case and spacing.
    """
    base = complaint(
        lodged_at=at("2024-05-08"), tier="pengaduan  RINGAN", file_complete_on=dt.date(2024, 5, 8)
    )
    on_time = attrs.evolve(
        base, history=history((S.VERIFIED, "2024-05-08"), (S.DECIDED, "2024-05-14"))
    )
    late = attrs.evolve(
        base, history=history((S.VERIFIED, "2024-05-08"), (S.DECIDED, "2024-05-15"))
    )
    first = deadline(on_time, K.TIER, "2024-06-01", tiers=TIERS)
    assert (first.due, first.late, first.tier) == (dt.date(2024, 5, 14), False, "Pengaduan ringan")
    assert deadline(late, K.TIER, "2024-06-01", tiers=TIERS).late is True


def test_tiers_in_hours_and_unknown_tiers_give_no_deadline() -> None:
    """Hours need opening hours; an unknown label matches nothing."""
    for label in ("Pengaduan segera", "Pengaduan berat"):
        found = complaint_deadlines(complaint(tier=label), dt.date(2024, 6, 1), tiers=TIERS)
        assert all(d.kind is not K.TIER for d in found)


# --- overdue and the policy ---------------------------------------------------------------------------


def test_overdue_keeps_only_the_late_deadlines() -> None:
    """The undecided example complaint, as of 1 June 2024: only the decision is overdue."""
    loaded = from_json((EXAMPLES / "dinas-sosial-kota-jambi" / "pengaduan-2024.json").read_bytes())
    undecided = next(c for c in loaded if c.id == "pengaduan-2024-004")
    [late] = overdue_complaint_deadlines(undecided, dt.date(2024, 6, 1))
    assert (late.kind, late.due, late.days_late) == (K.DECISION, dt.date(2024, 5, 31), 1)
    assert overdue_complaint_deadlines(undecided, dt.date(2024, 5, 31)) == ()


def test_the_default_policy_cites_each_limit() -> None:
    """30 and 60 calendar days, 14 (unverified), LAPOR! 3 and 5 working days, each cited."""
    policy = COMPLAINT_POLICY
    limits = {kind: policy.limit(kind) for kind in K if kind is not K.TIER}
    assert {k.value: str(v.duration) for k, v in limits.items() if v} == {
        "lodging": "30 hari kalender",
        "response": "14 hari kalender",
        "decision": "60 hari kalender",
        "lapor_forwarding": "3 hari kerja",
        "lapor_follow_up": "5 hari kerja",
    }
    assert str(policy.limit(K.LODGING).basis[0]) == "UU 25/2009 Pasal 42 ayat (2)"  # type: ignore[union-attr]
    assert str(policy.limit(K.DECISION).basis[0]) == "UU 25/2009 Pasal 50"  # type: ignore[union-attr]
    assert str(policy.limit(K.LAPOR_FORWARDING).basis[0]) == "Permenpan RB 62/2018 Lampiran"  # type: ignore[union-attr]
    assert [v.verified for v in limits.values() if v] == [True, False, True, True, True]
    assert policy.limit(K.TIER) is None


def test_tiers_cannot_be_set_in_the_policy_and_limits_count_whole_days() -> None:
    """Tiers belong to the unit's standard; a complaint limit in hours is refused."""
    with pytest.raises(PelayananError, match="unit's standard"):
        COMPLAINT_POLICY.with_duration(K.TIER, Duration(2, DurationUnit.WORKING_DAYS))
    with pytest.raises(ValueError, match="working or calendar days"):
        ComplaintTimeLimit(Duration(3, DurationUnit.HOURS), ())
