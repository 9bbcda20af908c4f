"""Every complaint (PG) and participation (PM) rule has a passing and a failing case.

The passing cases are the illustrative Dinas Sosial complaints handled in time (one through
SP4N-LAPOR!, one confidential on paper) and the two other participation records, which satisfy
every rule as of 2024-06-01; each failing case changes one thing, as described next to it. A test at
the end checks that no PG or PM rule is left without a case here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import (
    BUILTIN_RULES,
    Complaint,
    CooperationAgreement,
    Duration,
    DurationUnit,
    OversightBody,
    PolicyParticipation,
    Severity,
    ValidationConfig,
    WorkingCalendar,
    from_json,
    validate,
)
from pelayanan.model.participants import ParticipantCategory, ParticipationForm
from pelayanan.model.records import ContactPoint, DocumentRef
from pelayanan.participation.complaints import (
    COMPLAINT_POLICY,
    ComplaintDeadlineKind,
    ComplaintEvent,
    ComplaintStatus,
)
from pelayanan.participation.forms import Party
from pelayanan.strategies import models

from .conftest import EXAMPLES

AS_OF = dt.date(2024, 6, 1)
JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
WIB = dt.timezone(dt.timedelta(hours=7))
S = ComplaintStatus


def _load(name: str) -> Any:
    return from_json((JAMBI / name).read_bytes())


COMPLAINTS: dict[str, Complaint] = {c.id: c for c in _load("pengaduan-2024.json")}
LAPOR = COMPLAINTS["pengaduan-2024-001"]  # SP4N-LAPOR!, in time, closed
CONFIDENTIAL = COMPLAINTS["pengaduan-2024-002"]  # complaint box, confidential, decided
LATE = COMPLAINTS["pengaduan-2024-003"]  # lodged 31 days after the service
UNDECIDED = COMPLAINTS["pengaduan-2024-004"]  # complete 2024-04-01, undecided on 2024-06-01
COOPERATION, OVERSIGHT = _load("partisipasi-lain.json")
PARTICIPATION = PolicyParticipation(
    id="pembahasan-sp-sktm-2024",
    policy_id="sp-sktm-2023",
    held_on=dt.date(2024, 5, 2),
    form=ParticipationForm.DISCUSSION,
    policy_version=2,
    participant_categories=(ParticipantCategory.SERVICE_USERS, ParticipantCategory.PROVIDER),
    outcome="Usulan masyarakat dicatat untuk revisi standar.",
)
STANDARDS = [_load("sp-dtks.json"), _load("sp-sktm.json")]
PROVIDER = _load("provider.json")
SERVICES = _load("services.json")


def findings(documents: object, as_of: dt.date = AS_OF, **kwargs: Any) -> set[tuple[str, str]]:
    """The (code, path) of every finding, single-document and cross-document alike."""
    report = validate(documents, as_of=as_of, **kwargs)
    return {(f.code, f.path) for f in report.findings}


def codes(documents: object, as_of: dt.date = AS_OF, **kwargs: Any) -> set[str]:
    """The codes of every finding."""
    return {code for code, _ in findings(documents, as_of, **kwargs)}


def evolve(value: Any, **changes: Any) -> Any:
    """`attrs.evolve`, typed loosely for the tables below."""
    return attrs.evolve(value, **changes)


def at(day: str, time: str = "09:00") -> dt.datetime:
    """A WIB timestamp."""
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=WIB)


def moved(complaint: Complaint, position: int, when: dt.datetime) -> Complaint:
    """``complaint`` with event ``position`` of its history at ``when``."""
    events = list(complaint.history)
    events[position] = evolve(events[position], at=when)
    return evolve(complaint, history=tuple(events))


def test_the_passing_cases_satisfy_every_rule() -> None:
    """The two complaints handled in time and the participation records: no finding at all."""
    documents = [PROVIDER, *SERVICES, *STANDARDS, LAPOR, CONFIDENTIAL]
    assert {c for c in codes(documents) if c.startswith(("PG", "PM"))} == set()
    assert codes([LAPOR, CONFIDENTIAL, COOPERATION, OVERSIGHT, PARTICIPATION]) == set()


# --- single-document rules: (code, the broken document, expected path) ------------------------------

CASES: list[tuple[str, Callable[[], object], str]] = [
    # Service on 2 February 2024: 2 Feb + 30 days = 3 March; lodged 4 March, a day late.
    ("PG001", lambda: evolve(LAPOR, service_received_on=dt.date(2024, 2, 2)), "/lodged_at"),
    (
        "PG002",
        lambda: evolve(LAPOR, content=evolve(LAPOR.content, description=" - ")),
        "/content/description",
    ),
    ("PG002", lambda: evolve(LAPOR, content=evolve(LAPOR.content, loss="")), "/content/loss"),
    (
        "PG002",
        lambda: evolve(LAPOR, content=evolve(LAPOR.content, remedy_requested="")),
        "/content/remedy_requested",
    ),
    (
        "PG002",
        lambda: evolve(LAPOR, complainant=evolve(LAPOR.complainant, name=None)),
        "/complainant/name",
    ),
    (
        "PG002",
        lambda: evolve(LAPOR, complainant=evolve(LAPOR.complainant, address=None)),
        "/complainant/address",
    ),
    # On paper (a complaint box), the place and the signature are asked for too.
    (
        "PG002",
        lambda: evolve(CONFIDENTIAL, content=evolve(CONFIDENTIAL.content, signed=False)),
        "/content/signed",
    ),
    (
        "PG002",
        lambda: evolve(CONFIDENTIAL, content=evolve(CONFIDENTIAL.content, place="")),
        "/content/place",
    ),
    # Lodged 2024-05-01 and never answered: 1 May + 14 days = 15 May, open on 1 June.
    ("PG003", lambda: evolve(LAPOR, lodged_at=at("2024-05-01"), history=()), "/history"),
    # First answered on 20 March, lodged 4 March: 4 + 14 = 18 March.
    (
        "PG003",
        lambda: evolve(
            LAPOR, history=(ComplaintEvent(S.VERIFIED, at("2024-03-20")),), file_complete_on=None
        ),
        "/history/0/at",
    ),
    # File complete 5 March, still only verified on 1 June: 5 March + 60 days = 4 May.
    ("PG004", lambda: evolve(LAPOR, history=LAPOR.history[:1]), "/file_complete_on"),
    # Decided 5 May, a day after 4 May (and closed after it).
    (
        "PG004",
        lambda: moved(moved(LAPOR, 3, at("2024-05-05")), 4, at("2024-05-06")),
        "/history/3/at",
    ),
    ("PG005", lambda: evolve(CONFIDENTIAL, decision_copy_sent_on=None), "/decision_copy_sent_on"),
    (
        "PG005",
        lambda: evolve(CONFIDENTIAL, decision_copy_sent_on=dt.date(2024, 5, 15)),
        "/decision_copy_sent_on",
    ),
    # Lodged Monday 4 March, only verified: 3 working days end on 7 March.
    ("PG006", lambda: evolve(LAPOR, history=LAPOR.history[:1]), "/history"),
    # Forwarded Friday 8 March, a working day after the 3 from Monday 4 March (5, 6, 7 March);
    # followed up and decided the same morning.
    (
        "PG006",
        lambda: moved(moved(LAPOR, 1, at("2024-03-08")), 2, at("2024-03-08", "09:30")),
        "/history/1/at",
    ),
    ("PG007", lambda: evolve(LAPOR, history=LAPOR.history[:2]), "/history"),
    # Forwarded Tuesday 5 March: 11 (Nyepi) and 12 March (cuti bersama) are off, so 5 working
    # days are 6, 7, 8, 13 and 14 March; followed up on the 15th.
    (
        "PG007",
        lambda: moved(
            moved(moved(LAPOR, 2, at("2024-03-15")), 3, at("2024-03-15", "10:00")),
            4,
            at("2024-03-18"),
        ),
        "/history/2/at",
    ),
    (
        "PG008",
        lambda: evolve(
            CONFIDENTIAL,
            publication=evolve(
                CONFIDENTIAL.publication, summary="Pengaduan dari PENGADU B (nama ilustratif)."
            ),
        ),
        "/publication/summary",
    ),
    (
        "PG008",
        lambda: evolve(
            CONFIDENTIAL,
            publication=evolve(CONFIDENTIAL.publication, summary="Hubungi 0812 1111 2222."),
        ),
        "/publication/summary",
    ),
    (
        "PG008",
        lambda: evolve(
            CONFIDENTIAL, publication=evolve(CONFIDENTIAL.publication, shows_complainant=True)
        ),
        "/publication/shows_complainant",
    ),
    # The follow-up dated before the forwarding it follows.
    ("PG009", lambda: moved(LAPOR, 2, at("2024-03-05", "10:00")), "/history/2/at"),
    # Forwarded without being verified first.
    ("PG010", lambda: evolve(LAPOR, history=LAPOR.history[1:]), "/history/0/status"),
    # Closed while only followed up.
    (
        "PG010",
        lambda: evolve(LAPOR, history=(*LAPOR.history[:3], LAPOR.history[4])),
        "/history/3/status",
    ),
    ("PG011", lambda: evolve(LAPOR, file_complete_on=None), "/history/3/at"),
    ("PG011", lambda: evolve(LAPOR, file_complete_on=dt.date(2024, 3, 9)), "/history/3/at"),
    ("PG011", lambda: evolve(LAPOR, file_complete_on=dt.date(2024, 3, 3)), "/file_complete_on"),
    (
        "PG013",
        lambda: evolve(
            UNDECIDED, complainant=evolve(UNDECIDED.complainant, power_of_attorney=None)
        ),
        "/complainant/power_of_attorney",
    ),
    ("PM001", lambda: evolve(COOPERATION, parties=COOPERATION.parties[:1]), "/parties"),
    (
        "PM002",
        lambda: evolve(COOPERATION, service_ids=(), standard_ids=(), policy_ids=()),
        "/service_ids",
    ),
    (
        "PM003",
        lambda: evolve(
            OVERSIGHT,
            members=(Party("Dinas Sosial", ParticipantCategory.PROVIDER),),
            member_categories=(),
        ),
        "/members",
    ),
    (
        "PM004",
        lambda: evolve(PARTICIPATION, participant_categories=(ParticipantCategory.PROVIDER,)),
        "/participant_categories",
    ),
]


@pytest.mark.parametrize(
    ("code", "broken", "path"),
    CASES,
    ids=[f"{code}-{n}" for n, (code, _, _) in enumerate(CASES)],
)
def test_each_rule_reports_its_failing_case(
    code: str, broken: Callable[[], object], path: str
) -> None:
    """The passing case has no finding of the rule; with one thing broken, it fires at its path."""
    document = broken()
    original = next(
        d
        for d in (LAPOR, CONFIDENTIAL, UNDECIDED, COOPERATION, OVERSIGHT, PARTICIPATION)
        if getattr(d, "id", None) == getattr(document, "id", None)
    )
    assert code not in codes(original)
    assert (code, path) in findings(document), validate(document, as_of=AS_OF).findings


# --- PG012: the unit's own tier, across documents ----------------------------------------------------


def _cross(documents: list[Any]) -> list[tuple[str | None, str]]:
    return [
        (f.document_id, f.path)
        for f in validate(documents, as_of=AS_OF).cross_document
        if f.code == "PG012"
    ]


def test_pg012_the_unit_tier_from_the_standard_is_kept() -> None:
    """'Pengaduan yang memerlukan koordinasi', 5 working days from 4 March 2024, is kept.

    5, 6, 7, 8 and 13 March (Nyepi and its cuti bersama on 11 and 12 March); decided on the 8th.
    """
    assert _cross([*STANDARDS, LAPOR]) == []
    assert _cross([PROVIDER, *SERVICES, *STANDARDS, LAPOR, CONFIDENTIAL]) == []


def test_pg012_a_decision_after_the_tier_is_reported_at_the_decision() -> None:
    """'Pengaduan ringan' is 2 working days from 4 March: 6 March; decided on the 8th."""
    light = evolve(LAPOR, tier="Pengaduan ringan")
    assert _cross([*STANDARDS, light]) == [("pengaduan-2024-001", "/history/3/at")]


def test_pg012_an_open_complaint_past_its_tier_is_reported() -> None:
    """Only verified, 'Pengaduan ringan': overdue since 6 March."""
    open_light = evolve(LAPOR, tier="Pengaduan ringan", history=LAPOR.history[:1])
    assert _cross([*STANDARDS, open_light]) == [("pengaduan-2024-001", "/tier")]


def test_pg012_a_tier_the_standard_does_not_have_is_reported() -> None:
    """A label not in component j of the DTKS standard."""
    unknown = evolve(LAPOR, tier="Pengaduan berat")
    assert _cross([*STANDARDS, unknown]) == [("pengaduan-2024-001", "/tier")]
    [finding] = validate([*STANDARDS, unknown], as_of=AS_OF, lang="en").cross_document
    assert "has no complaint response tier 'Pengaduan berat'" in finding.message


def test_pg012_is_not_checked_without_the_standard() -> None:
    """A complaint given alone is checked on its own merits."""
    assert _cross([evolve(LAPOR, tier="Pengaduan berat")]) == []


def test_pg012_uses_the_unit_calendar_when_the_provider_is_given() -> None:
    """'Pengaduan ringan' (2 working days) from Monday 11 March 2024, Nyepi.

    On the government calendar 12 March is cuti bersama, so the days are 13 and 14 March and a
    decision on the 14th is on time; a unit serving every day counts 12 and 13 March, so the same
    decision is a day late.
    """
    light = evolve(
        LAPOR,
        lodged_at=at("2024-03-11", "08:00"),
        service_received_on=dt.date(2024, 3, 1),
        tier="Pengaduan ringan",
        file_complete_on=dt.date(2024, 3, 11),
        history=(
            ComplaintEvent(S.VERIFIED, at("2024-03-11")),
            ComplaintEvent(S.FORWARDED, at("2024-03-11", "10:00")),
            ComplaintEvent(S.DECIDED, at("2024-03-14")),
        ),
        decision_copy_sent_on=dt.date(2024, 3, 14),
    )
    unit = PROVIDER.units[0]
    every_day = evolve(PROVIDER, units=(evolve(unit, calendar=WorkingCalendar.every_day()),))
    assert _cross([*STANDARDS, light]) == []
    assert _cross([PROVIDER, *STANDARDS, light]) == []
    assert _cross([every_day, *STANDARDS, light]) == [("pengaduan-2024-001", "/history/2/at")]


# --- boundaries and configuration ---------------------------------------------------------------------


def test_the_undecided_example_is_an_error_from_the_sixty_first_day() -> None:
    """Complete on 1 April: on 31 May (day 60) nothing; on 1 June (day 61) PG004, an error."""
    assert "PG004" not in codes(UNDECIDED, as_of=dt.date(2024, 5, 31))
    [finding] = [
        f for f in validate(UNDECIDED, as_of=AS_OF, lang="en").findings if f.code == "PG004"
    ]
    assert finding.severity is Severity.ERROR
    assert finding.path == "/file_complete_on"
    assert "passed 1 day ago" in finding.message
    assert [str(c) for c in finding.legal_basis] == ["UU 25/2009 Pasal 50", "Perpres 76/2013"]


def test_the_late_example_is_a_warning_from_the_thirty_first_day() -> None:
    """Service 1 April, lodged 2 May: PG001; lodged 1 May, not."""
    [finding] = [f for f in validate(LATE, as_of=AS_OF, lang="en").findings if f.code == "PG001"]
    assert finding.severity is Severity.WARNING
    assert "1 day after the limit of 2024-05-01" in finding.message
    assert str(finding.legal_basis[0]) == "UU 25/2009 Pasal 42 ayat (2)"
    assert "PG001" not in codes(evolve(LATE, lodged_at=at("2024-05-01")))


def test_the_policy_in_the_configuration_changes_the_limits() -> None:
    """90 days to decide: no PG004 on 1 June; the 14-day response turned off: no PG003."""
    longer = COMPLAINT_POLICY.with_duration(
        ComplaintDeadlineKind.DECISION, Duration(90, DurationUnit.CALENDAR_DAYS)
    )
    assert "PG004" not in codes(UNDECIDED, config=ValidationConfig(complaint_policy=longer))
    unanswered = evolve(LAPOR, lodged_at=at("2024-05-01"), history=())
    quiet = COMPLAINT_POLICY.with_duration(ComplaintDeadlineKind.RESPONSE, None)
    assert "PG003" in codes(unanswered)
    assert "PG003" not in codes(unanswered, config=ValidationConfig(complaint_policy=quiet))


def test_unverified_rules_say_so_and_the_response_rule_is_information_only() -> None:
    """PG002 (Pasal 43), PG003 (the 14 days) and PG008 (confidentiality) rest on unverified text.

    Errors are the 60-day decision and the copy of the decision (verified texts that say
    *paling lambat* and *berkewajiban*) and PG009, a history out of time order (integrity).
    """
    rules = {r.code: r for r in BUILTIN_RULES if r.code.startswith(("PG", "PM"))}
    assert {c for c, r in rules.items() if not r.verified} == {"PG002", "PG003", "PG008"}
    assert rules["PG003"].severity is Severity.INFO
    assert {c for c, r in rules.items() if r.severity is Severity.ERROR} == {
        "PG004",
        "PG005",
        "PG009",
    }
    assert rules["PG009"].integrity
    assert all(r.basis and r.note for c, r in rules.items() if not r.verified)


def test_a_confidential_complainant_need_not_give_name_and_address() -> None:
    """PG002 does not ask a confidential complainant for identity in the complaint's record."""
    anonymous = evolve(
        CONFIDENTIAL, complainant=evolve(CONFIDENTIAL.complainant, name=None, address=None)
    )
    assert "PG002" not in codes(anonymous)


def test_an_aspiration_or_an_oral_complaint_needs_no_written_content() -> None:
    """PG002 applies to written complaints classified as *pengaduan* only."""
    bare = evolve(LAPOR, content=evolve(LAPOR.content, description="", loss=""))
    assert "PG002" in codes(bare)
    assert "PG002" not in codes(evolve(bare, written=False))
    assert "PG002" not in codes(evolve(bare, classification=bare.classification.ASPIRATION))


def test_a_short_or_unrelated_text_does_not_count_as_revealing_identity() -> None:
    """PG008 matches whole words of the name and long digit runs only."""
    person = evolve(
        CONFIDENTIAL.complainant,
        name="Ani",
        contact=ContactPoint(phones=("0812-1111-2222",), emails=("ani@contoh.invalid",)),
    )
    kept = evolve(CONFIDENTIAL, complainant=person)
    for summary, revealed in [
        ("Pengaduan tentang pelayanan SKTM (Anita bukan pengadu).", False),
        ("Nomor layanan 1111 dan 2222.", False),
        ("Pengaduan Ani telah selesai.", True),
        ("Surel: ANI@contoh.invalid", True),
    ]:
        item = evolve(kept, publication=evolve(kept.publication, summary=summary))
        assert ("PG008" in codes(item)) is revealed, summary


def test_a_number_kept_in_e164_is_found_as_it_is_published() -> None:
    """PG008: the record holds +6281211112222; the summary prints the number as people write it."""
    person = evolve(CONFIDENTIAL.complainant, contact=ContactPoint(phones=("0812-1111-2222",)))
    assert person.contact is not None
    assert person.contact.phones == ("+6281211112222",)
    kept = evolve(CONFIDENTIAL, complainant=person)
    for summary in ("Hubungi 0812-1111-2222.", "WA +62 812 1111 2222"):
        item = evolve(kept, publication=evolve(kept.publication, summary=summary))
        assert "PG008" in codes(item), summary


def test_a_proxy_with_a_power_of_attorney_is_in_order() -> None:
    """PG013 is satisfied by recording the surat kuasa."""
    proxy = evolve(
        LAPOR,
        complainant=evolve(
            LAPOR.complainant,
            represented_by="Kuasa hukum",
            power_of_attorney=DocumentRef("Surat kuasa"),
        ),
    )
    assert "PG013" not in codes(proxy)
    assert "PG013" in codes(
        evolve(proxy, complainant=evolve(proxy.complainant, power_of_attorney=None))
    )


def test_participation_records_count_listed_categories_too() -> None:
    """An oversight body may list its *unsur* instead of its members (PM003)."""
    by_category = evolve(
        OVERSIGHT, members=(), member_categories=(ParticipantCategory.CIVIL_SOCIETY,)
    )
    assert "PM003" not in codes(by_category)
    assert isinstance(COOPERATION, CooperationAgreement)
    assert isinstance(OVERSIGHT, OversightBody)


CROSS_CODES = {"PG012"}


def test_every_complaint_and_participation_rule_has_a_case_in_this_file() -> None:
    """No PG or PM rule is left without a passing and a failing case."""
    covered = {code for code, _, _ in CASES} | CROSS_CODES
    assert {c for c in BUILTIN_RULES.codes() if c.startswith(("PG", "PM"))} == covered


@given(
    st.one_of(
        [
            models(Complaint),
            models(CooperationAgreement),
            models(OversightBody),
            models(PolicyParticipation),
        ]
    ),
    st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
)
def test_no_rule_breaks_on_anything_the_model_allows(document: Any, as_of: dt.date) -> None:
    """Arbitrary histories, dates and texts, with the standards in the run: no rule crashes."""
    report = validate([*STANDARDS, document], as_of=as_of)
    assert "PL900" not in {f.code for f in report.findings}
