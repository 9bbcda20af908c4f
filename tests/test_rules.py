"""Every compliance rule has a passing and a failing case.

The passing cases are the complete Dinas Sosial examples, which satisfy every rule as of
2024-06-01; each failing case changes one thing in them, as described next to it. A test at the end
checks that no rule in the built-in registry is left without a case here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest

from pelayanan import (
    BUILTIN_RULES,
    CATALOGUE,
    Component,
    Duration,
    DurationUnit,
    Provider,
    Service,
    ServiceCharter,
    ServiceStandard,
    from_json,
    validate,
)
from pelayanan.io.text import parse_fee
from pelayanan.model.charters import CharterStatus
from pelayanan.model.participants import ParticipantCategory
from pelayanan.model.providers import ProviderCategory
from pelayanan.model.records import (
    Establishment,
    OfficeLevel,
    Official,
    Publication,
    PublicationMedium,
)
from pelayanan.model.standards import (
    ComplaintChannel,
    ComplaintChannelKind,
    ConsultationRecord,
    Coverage,
    ExecutorCount,
    Fee,
    Guarantee,
    PayerFee,
    Procedure,
    ProcedurePath,
    ProcedureStep,
    Requirement,
    Review,
    StaffingLine,
    StandardStatus,
    TimeLimit,
)

from .conftest import EXAMPLES

AS_OF = dt.date(2024, 6, 1)
JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"


def _load(name: str) -> Any:
    return from_json((JAMBI / name).read_bytes())


STANDARD: ServiceStandard = _load("sp-dtks.json")
CHARTER: ServiceCharter = _load("maklumat.json")
PROVIDER: Provider = _load("provider.json")
SERVICES: list[Service] = _load("services.json")
SKTM: ServiceStandard = _load("sp-sktm.json")


def codes(documents: object, as_of: dt.date = AS_OF) -> set[str]:
    """The codes of every finding for ``documents`` checked as of ``as_of``."""
    return {f.code for f in validate(documents, as_of=as_of).findings}


def paths(documents: object, code: str, as_of: dt.date = AS_OF) -> list[str]:
    """The paths of the findings with ``code``."""
    return [f.path for f in validate(documents, as_of=as_of).findings if f.code == code]


def test_the_complete_examples_satisfy_every_rule() -> None:
    """The passing case of every rule: the complete data set has no finding at all."""
    everything = [PROVIDER, *SERVICES, STANDARD, SKTM, CHARTER]
    assert validate(everything, as_of=AS_OF).findings == ()


def evolve(value: Any, **changes: Any) -> Any:
    """`attrs.evolve`, typed loosely for the tables below."""
    return attrs.evolve(value, **changes)


# --- single-document rules on standards: (code, how the standard is broken, expected path) --------

UNIT_HEAD = Official("Kepala Dinas", "Kepala Dinas Sosial Kota Jambi", OfficeLevel.UNIT_HEAD)
STAFF = Official("Staf", "Pengadministrasi Umum", OfficeLevel.STAFF)
assert STANDARD.establishment is not None
assert STANDARD.complaint_handling is not None
assert STANDARD.procedure is not None
assert STANDARD.executor_count is not None

STANDARD_CASES: list[tuple[str, Callable[[ServiceStandard], ServiceStandard], str]] = [
    *[
        (f"SP{i + 1:03d}", lambda s, c=c: s.with_component(c, None), f"/{c.value}")
        for i, c in enumerate(Component)
    ],
    ("SP002", lambda s: evolve(s, requirements=(Requirement("-"),)), "/requirements"),
    ("SP003", lambda s: evolve(s, procedure=Procedure()), "/procedure"),
    ("SP006", lambda s: evolve(s, products=()), "/products"),
    ("SP011", lambda s: evolve(s, executor_count=ExecutorCount(0)), "/executor_count"),
    ("SP012", lambda s: evolve(s, service_guarantee=Guarantee(" n/a ")), "/service_guarantee"),
    ("SP013", lambda s: evolve(s, security_guarantee=Guarantee("—")), "/security_guarantee"),
    (
        "SP020",
        lambda s: evolve(s, time_limit=TimeLimit(Duration(0, DurationUnit.WORKING_DAYS))),
        "/time_limit/duration/amount",
    ),
    (
        "SP021",
        lambda s: evolve(s, procedure=Procedure(steps=(ProcedureStep("Serahkan berkas"),))),
        "/procedure/steps/0/actor",
    ),
    ("SP022", lambda s: evolve(s, fee=Fee(Decimal(5000))), "/fee/legal_basis"),
    (
        "SP023",
        lambda s: evolve(s, complaint_handling=evolve(s.complaint_handling, channels=())),
        "/complaint_handling/channels",
    ),
    (
        "SP024",
        lambda s: evolve(s, complaint_handling=evolve(s.complaint_handling, manager=None)),
        "/complaint_handling/manager",
    ),
    (
        "SP025",
        lambda s: evolve(
            s,
            complaint_handling=evolve(
                s.complaint_handling,
                channels=(ComplaintChannel(ComplaintChannelKind.COMPLAINT_BOX, "Lobi"),),
            ),
        ),
        "/complaint_handling/channels",
    ),
    (
        "SP026",
        lambda s: evolve(
            s, facilities=tuple(evolve(f, vulnerable_groups=()) for f in s.facilities)
        ),
        "/facilities",
    ),
    ("SP027", lambda s: evolve(s, establishment=None), "/establishment"),
    (
        "SP028",
        lambda s: evolve(s, establishment=evolve(s.establishment, signatory=STAFF)),
        "/establishment/signatory/level",
    ),
    (
        "SP029",
        lambda s: evolve(s, establishment=evolve(s.establishment, decree_number="-")),
        "/establishment/decree_number",
    ),
    (
        "SP030",
        lambda s: evolve(
            s, publications=(Publication(PublicationMedium.SIPPN, components=(Component.FEE,)),)
        ),
        "/publications",
    ),
    (
        "SP031",
        lambda s: evolve(s, publications=(Publication(PublicationMedium.NOTICE_BOARD),)),
        "/publications",
    ),
    ("SP033", lambda s: evolve(s, consultations=()), "/consultations"),
    (
        "SP033",
        lambda s: evolve(
            s,
            consultations=(
                ConsultationRecord(
                    dt.date(2022, 12, 1), participant_categories=(ParticipantCategory.PROVIDER,)
                ),
            ),
        ),
        "/consultations",
    ),
    (
        "SP034",
        lambda s: evolve(
            s,
            consultations=tuple(evolve(c, held_on=dt.date(2023, 1, 17)) for c in s.consultations),
        ),
        "/consultations",
    ),
    (
        "SP035",
        lambda s: evolve(
            s,
            consultations=tuple(
                evolve(
                    c,
                    participant_categories=(
                        ParticipantCategory.SERVICE_USERS,
                        ParticipantCategory.PROVIDER,
                    ),
                )
                for c in s.consultations
            ),
        ),
        "/consultations",
    ),
    ("SP036", lambda s: evolve(s, reviews=()), "/reviews"),
    (
        "SP037",
        lambda s: evolve(s, reviews=tuple(evolve(r, minutes=None) for r in s.reviews)),
        "/reviews/0/minutes",
    ),
    (
        "SP038",
        lambda s: evolve(s, requirements=(*s.requirements, Requirement("..."))),
        "/requirements/4/name",
    ),
    (
        "SP039",
        lambda s: evolve(s, executor_count=evolve(s.executor_count, total=9)),
        "/executor_count/total",
    ),
    (
        "SP040",
        lambda s: evolve(s, effective_until=dt.date(2022, 12, 31)),
        "/effective_until",
    ),
    (
        "SP041",
        lambda s: evolve(s, reviews=(*s.reviews, Review(dt.date(2024, 6, 2)))),
        "/reviews/1/reviewed_on",
    ),
    ("SP042", lambda s: evolve(s, effective_until=dt.date(2024, 6, 1)), "/status"),
    # A decree known only by its number (as published pages name it): date and signer unknown.
    (
        "SP043",
        lambda s: evolve(s, establishment=Establishment("188.45/123/Dinsos")),
        "/establishment/decided_on",
    ),
    (
        "SP043",
        lambda s: evolve(s, establishment=evolve(s.establishment, signatory=None)),
        "/establishment/signatory",
    ),
    # DPMPTSP Kota Metro's fee: "Retribusi dipungut Berdasarkan Peraturan Daerah" (no number).
    (
        "SP044",
        lambda s: evolve(s, fee=Fee(as_written="Retribusi dipungut Berdasarkan Peraturan Daerah")),
        "/fee",
    ),
    # RSUD dr. Soedarso: "Pasien Umum : Sesuai ketentuan yang mengatur tentang tarif ...".
    (
        "SP044",
        lambda s: evolve(s, fee=Fee(by_payer=(PayerFee("Pasien Umum", note="Sesuai ketentuan"),))),
        "/fee/by_payer/0",
    ),
    # UNM: "Surat permohonan ... di atas materai 6000" (a Rp6.000 stamp, gone since 2021).
    (
        "SP045",
        lambda s: evolve(s, requirements=(Requirement("Surat permohonan di atas materai 6000"),)),
        "/requirements/0/name",
    ),
    (
        "SP045",
        lambda s: evolve(
            s,
            procedure=Procedure(
                steps=(ProcedureStep("Pemohon menandatangani surat bermaterai Rp. 6.000,-"),)
            ),
        ),
        "/procedure/steps/0/description",
    ),
]


@pytest.mark.parametrize(
    ("code", "breaks", "path"),
    STANDARD_CASES,
    ids=[f"{code}-{n}" for n, (code, _, _) in enumerate(STANDARD_CASES)],
)
def test_each_standard_rule_reports_its_failing_case(
    code: str, breaks: Callable[[ServiceStandard], ServiceStandard], path: str
) -> None:
    """The complete standard passes; with one thing broken, the rule fires at the right path."""
    assert code not in codes(STANDARD)
    broken = breaks(STANDARD)
    assert path in paths(broken, code), validate(broken, as_of=AS_OF).findings


@pytest.mark.parametrize(
    "fee",
    [
        Fee(0),  # free
        Fee(Decimal(10000)),  # an amount (SP022 asks for its basis)
        parse_fee("Sesuai Peraturan Daerah Kota Jambi Nomor 5 Tahun 2019"),  # the instrument
        Fee(as_written="-"),  # says nothing: SP005's
        Fee(by_payer=(PayerFee("Pasien BPJS", note="Sesuai dengan tarif Ina-CBG's"),)),  # insured
        Fee(by_payer=(PayerFee("Peserta JKN", note="ditanggung penjamin"),)),
    ],
)
def test_a_fee_with_an_amount_a_basis_or_an_insurer_is_not_sp044(fee: Fee) -> None:
    """SP044 speaks only of a fee that gives the public neither an amount nor an instrument."""
    assert "SP044" not in codes(evolve(STANDARD, fee=fee))


@pytest.mark.parametrize(
    "text",
    [
        "Surat kuasa bermeterai Rp10.000 (apabila diwakilkan)",
        "Surat pernyataan bermaterai 10.000",
        "Fotokopi KTP sebanyak 6.000 lembar",  # an amount, but no stamp
        "Surat pernyataan bermeterai",  # a stamp, but no amount
    ],
)
def test_a_current_stamp_or_no_stamp_amount_is_not_sp045(text: str) -> None:
    """SP045 speaks only of a Rp3.000 or Rp6.000 stamp."""
    assert "SP045" not in codes(evolve(STANDARD, requirements=(Requirement(text),)))


@pytest.mark.parametrize(
    ("on", "reported"), [(dt.date(2020, 12, 31), False), (dt.date(2021, 1, 1), True)]
)
def test_sp045_starts_with_the_single_stamp_duty(on: dt.date, reported: bool) -> None:
    """Rp6.000 stamps were the duty until 31 December 2020; the single Rp10.000 from 2021."""
    standard = evolve(STANDARD, requirements=(Requirement("Surat pernyataan bermaterai 6000"),))
    found = {f.code for f in validate(standard, as_of=on).findings}
    assert ("SP045" in found) is reported


def test_missing_components_cite_pasal_21_with_their_letter() -> None:
    """Deleting component j gives SP010, citing UU 25/2009 Pasal 21 huruf j."""
    [finding] = [
        f
        for f in validate(
            STANDARD.with_component(Component.COMPLAINT_HANDLING, None), as_of=AS_OF
        ).findings
        if f.code == "SP010"
    ]
    assert str(finding.legal_basis[0]) == "UU 25/2009 Pasal 21 huruf j"
    assert finding.severity.value == "error"


def test_each_component_state_gets_its_own_message() -> None:
    """SP001–SP014: absent, a placeholder only, absent from a published part, or not seen."""
    page = evolve(
        STANDARD,
        coverage=Coverage.PUBLISHED_PART,
        legal_basis=None,
        service_guarantee=Guarantee("-"),
        fee=None,
        not_seen=(Component.PRODUCTS,),
        products=None,
    )
    report = validate(page, as_of=AS_OF, lang="en")
    assert sorted(
        (f.code, f.severity.value, f.message) for f in report.findings if f.code <= "SP014"
    ) == [
        (
            "SP001",
            "info",
            (
                "Component a (Legal basis) is not published; as a management component it need "
                "not be, but the established standard must hold it."
            ),
        ),
        ("SP005", "error", "Component e (Fee or tariff) is missing."),
        (
            "SP012",
            "error",
            "Component l (Service guarantee) is empty or holds only a placeholder (such as '-').",
        ),
    ]


# --- boundaries -----------------------------------------------------------------------------------


def test_review_is_due_the_day_after_twelve_months() -> None:
    """Last reviewed 2024-05-02: on 2025-05-02 it is on time, on 2025-05-03 overdue (SP036)."""
    assert "SP036" not in codes(STANDARD, as_of=dt.date(2025, 5, 2))
    assert "SP036" in codes(STANDARD, as_of=dt.date(2025, 5, 3))


def test_a_consultation_on_the_day_of_the_decree_counts_as_before_it() -> None:
    """SP034 accepts a consultation held the morning of the decree, not the day after."""
    decided = STANDARD.establishment.decided_on  # type: ignore[union-attr]
    same_day = evolve(
        STANDARD, consultations=tuple(evolve(c, held_on=decided) for c in STANDARD.consultations)
    )
    next_day = evolve(
        STANDARD,
        consultations=tuple(
            evolve(c, held_on=decided + dt.timedelta(days=1)) for c in STANDARD.consultations
        ),
    )
    assert "SP034" not in codes(same_day)
    assert "SP034" in codes(next_day)


def test_a_standard_ends_on_its_last_day_exclusive() -> None:
    """SP042: effective until 2024-06-02 is fine on 2024-06-01, not on 2024-06-02."""
    until = evolve(STANDARD, effective_until=dt.date(2024, 6, 2))
    assert "SP042" not in codes(until, as_of=dt.date(2024, 6, 1))
    assert "SP042" in codes(until, as_of=dt.date(2024, 6, 2))


def test_two_community_groups_are_enough_for_diversity() -> None:
    """SP035's default minimum is two *unsur masyarakat* (the provider does not count)."""
    two = evolve(
        STANDARD,
        consultations=(
            ConsultationRecord(
                dt.date(2022, 12, 12),
                participant_categories=(
                    ParticipantCategory.SERVICE_USERS,
                    ParticipantCategory.MASS_MEDIA,
                    ParticipantCategory.PROVIDER,
                ),
            ),
        ),
    )
    assert "SP035" not in codes(two)


@pytest.mark.parametrize(("description", "reported"), [("-", False), ("Ambil antrean", True)])
def test_a_step_that_says_nothing_is_not_asked_for_its_actor(
    description: str, reported: bool
) -> None:
    """Balai Layanan Perpustakaan DIY's procedure is "-": SP003 reports it, SP021 stays quiet."""
    procedure = Procedure(steps=(ProcedureStep(description),))
    report = validate(evolve(STANDARD, procedure=procedure), as_of=AS_OF)
    assert ("SP021" in {f.code for f in report.findings}) is reported


def test_a_step_of_a_path_without_an_actor_is_numbered_within_its_path() -> None:
    """SP021 numbers the steps of a path "2.1", after the path; shared steps by themselves."""
    procedure = Procedure(
        steps=(ProcedureStep("Ambil antrean"),),
        paths=(
            ProcedurePath("Loket", (ProcedureStep("Serahkan berkas", actor="Pemohon"),)),
            ProcedurePath("Daring", (ProcedureStep("Unggah berkas", actor="-"),)),
        ),
    )
    report = validate(evolve(STANDARD, procedure=procedure), as_of=AS_OF, lang="en")
    assert sorted((f.path, f.message) for f in report.findings if f.code == "SP021") == [
        (
            "/procedure/paths/1/steps/0/actor",
            "Step 2.1 of the procedure does not say who performs it.",
        ),
        ("/procedure/steps/0/actor", "Step 1 of the procedure does not say who performs it."),
    ]


@pytest.mark.parametrize(
    "count",
    [
        ExecutorCount(9, (StaffingLine("Petugas loket", 2), StaffingLine("Operator"))),
        ExecutorCount(9, (StaffingLine("Petugas loket", 2),), at_least=True),
        ExecutorCount(None, (StaffingLine("Petugas loket", 2),)),
    ],
    ids=["a role without a number", "a floor", "no total"],
)
def test_an_executor_breakdown_that_cannot_be_added_up_is_not_compared(
    count: ExecutorCount,
) -> None:
    """SP039 compares only a total with a breakdown whose every line has a number."""
    assert "SP039" not in codes(evolve(STANDARD, executor_count=count))
    added_up = ExecutorCount(9, (StaffingLine("Petugas loket", 2),))  # 2 is not 9
    assert "SP039" in codes(evolve(STANDARD, executor_count=added_up))


def test_a_draft_standard_is_not_asked_for_publication_or_participation() -> None:
    """Publication and participation rules apply once a standard is established."""
    draft = evolve(STANDARD, status=StandardStatus.DRAFT, publications=(), consultations=())
    found = codes(draft)
    assert not found & {"SP030", "SP031", "SP033", "SP036"}


# --- charters ---------------------------------------------------------------------------------------

CHARTER_CASES: list[tuple[str, Callable[[ServiceCharter], ServiceCharter], str]] = [
    ("MK002", lambda c: evolve(c, signatory=None), "/signatory"),
    ("MK002", lambda c: evolve(c, signatory=STAFF), "/signatory/level"),
    ("MK002", lambda c: evolve(c, signed_on=None), "/signed_on"),
    ("MK004", lambda c: evolve(c, publications=()), "/publications"),
    (
        "MK005",
        lambda c: evolve(c, publications=(Publication(PublicationMedium.WEBSITE),)),
        "/publications",
    ),
    (
        "MK006",
        lambda c: evolve(c, commitments=c.commitments[:1], statement="Kami sanggup melayani."),
        "/commitments",
    ),
    ("MK007", lambda c: evolve(c, statement=" - "), "/statement"),
    ("MK008", lambda c: evolve(c, status=CharterStatus.DRAFT), "/status"),
]


@pytest.mark.parametrize(
    ("code", "breaks", "path"),
    CHARTER_CASES,
    ids=[f"{code}-{n}" for n, (code, _, _) in enumerate(CHARTER_CASES)],
)
def test_each_charter_rule_reports_its_failing_case(
    code: str, breaks: Callable[[ServiceCharter], ServiceCharter], path: str
) -> None:
    """The example charter passes; with one thing broken, the rule fires at the right path."""
    assert code not in codes(CHARTER)
    assert path in paths(breaks(CHARTER), code)


# --- providers --------------------------------------------------------------------------------------

UNIT = PROVIDER.units[0]
PROVIDER_CASES: list[tuple[str, Callable[[Provider], Provider], str]] = [
    ("PV001", lambda p: evolve(p, units=()), "/units"),
    ("PV002", lambda p: evolve(p, units=(evolve(UNIT, head=None),)), "/units/0/head"),
    (
        "PV003",
        lambda p: evolve(
            p,
            units=(
                evolve(
                    UNIT,
                    executors=tuple(e for e in UNIT.executors if e.id != "pengelola-pengaduan"),
                ),
            ),
        ),
        "/units/0/executors",
    ),
    ("PV004", lambda p: evolve(p, units=(UNIT, UNIT)), "/units/1/id"),
    (
        "PV004",
        lambda p: evolve(p, units=(evolve(UNIT, executors=UNIT.executors[:1] * 2),)),
        "/units/0/executors/1/id",
    ),
    ("PV005", lambda p: evolve(p, level=None), "/level"),
]


@pytest.mark.parametrize(
    ("code", "breaks", "path"),
    PROVIDER_CASES,
    ids=[f"{code}-{n}" for n, (code, _, _) in enumerate(PROVIDER_CASES)],
)
def test_each_provider_rule_reports_its_failing_case(
    code: str, breaks: Callable[[Provider], Provider], path: str
) -> None:
    """The example provider passes; with one thing broken, the rule fires at the right path."""
    assert code not in codes(PROVIDER)
    assert path in paths(breaks(PROVIDER), code)


def test_a_corporation_needs_no_level_of_government() -> None:
    """PV005 only asks state institutions for their level."""
    corporation = evolve(PROVIDER, category=ProviderCategory.CORPORATION, level=None)
    assert "PV005" not in codes(corporation)


# --- across documents -----------------------------------------------------------------------------


def _cross(documents: list[Any], code: str) -> list[tuple[str | None, str]]:
    return [
        (f.document_id, f.path)
        for f in validate(documents, as_of=AS_OF).cross_document
        if f.code == code
    ]


DTKS, SKTM_SERVICE = SERVICES


def test_sv001_every_service_needs_an_established_standard() -> None:
    """Without the SKTM standard, its service is reported; a draft one is not enough either."""
    assert _cross([*SERVICES, STANDARD, SKTM], "SV001") == []
    assert _cross([*SERVICES, STANDARD], "SV001") == [("layanan-sktm", "")]
    draft = evolve(SKTM, status=StandardStatus.DRAFT)
    assert _cross([*SERVICES, STANDARD, draft], "SV001") == [("layanan-sktm", "")]


def test_sv001_is_not_checked_when_no_standards_are_given() -> None:
    """Services given alone are checked on their own merits."""
    assert _cross(SERVICES, "SV001") == []


def test_sv002_a_service_must_name_a_unit_of_the_provider() -> None:
    """A service of an unknown unit is reported when the provider is given."""
    stray = evolve(DTKS, unit_id="dinkes")
    assert _cross([PROVIDER, DTKS], "SV002") == []
    assert _cross([PROVIDER, stray], "SV002") == [("layanan-dtks", "/unit_id")]


def test_sv003_a_service_uses_its_units_channels() -> None:
    """A channel id the unit does not have is reported."""
    odd = evolve(DTKS, channel_ids=("loket-dinsos", "drive-thru"))
    assert _cross([PROVIDER, DTKS], "SV003") == []
    assert _cross([PROVIDER, odd], "SV003") == [("layanan-dtks", "/channel_ids/1")]


def test_mk001_a_unit_with_established_standards_needs_a_charter() -> None:
    """Provider and standards without a charter: the unit is reported."""
    assert _cross([PROVIDER, STANDARD, CHARTER], "MK001") == []
    assert _cross([PROVIDER, STANDARD], "MK001") == [("pemkot-jambi", "/units/0")]


def test_mk003_a_charter_signed_before_its_standard_was_established_is_reported() -> None:
    """Charter of 2023-01-20 after standards of 2023-01-16 is fine; of 2023-01-15, not."""
    early = evolve(CHARTER, signed_on=dt.date(2023, 1, 15))
    assert _cross([STANDARD, SKTM, CHARTER], "MK003") == []
    assert _cross([STANDARD, SKTM, early], "MK003") == [
        ("maklumat-dinsos-2023", "/signed_on"),
        ("maklumat-dinsos-2023", "/signed_on"),
    ]


def test_mk003_on_the_day_of_establishment_is_in_order() -> None:
    """A charter signed the day its standard was established follows it."""
    same_day = evolve(CHARTER, signed_on=dt.date(2023, 1, 16))
    assert _cross([STANDARD, SKTM, same_day], "MK003") == []


def test_mk009_a_charter_must_cover_established_standards_of_the_run() -> None:
    """A covered standard that is a draft, or absent from the data, is reported."""
    draft = evolve(SKTM, status=StandardStatus.DRAFT)
    assert _cross([STANDARD, SKTM, CHARTER], "MK009") == []
    assert _cross([STANDARD, draft, CHARTER], "MK009") == [
        ("maklumat-dinsos-2023", "/standard_ids/1")
    ]
    assert _cross([STANDARD, CHARTER], "MK009") == [("maklumat-dinsos-2023", "/standard_ids/1")]


CROSS_CODES = {"SV001", "SV002", "SV003", "MK001", "MK003", "MK009"}


PREFIXES_HERE = ("SP", "MK", "PV", "SV")
"""The subjects whose rules are tested in this file; the others have test files of their own."""


def test_every_rule_has_a_case_in_this_file() -> None:
    """No standard, charter, provider or service rule is left without a passing and a failing case.

    Rules of other subjects (PC policy cycles, ...) are checked by their own test files.
    """
    covered = (
        {code for code, _, _ in STANDARD_CASES}
        | {code for code, _, _ in CHARTER_CASES}
        | {code for code, _, _ in PROVIDER_CASES}
        | CROSS_CODES
    )
    assert {c for c in BUILTIN_RULES.codes() if c.startswith(PREFIXES_HERE)} == covered


def test_every_rule_cites_the_law_or_is_an_integrity_rule() -> None:
    """A rule rests on a citation, or is one of the integrity rules that need none."""
    for rule in BUILTIN_RULES:
        assert bool(rule.basis) != rule.integrity, rule.code


BUILTIN_CODES = {
    # Written out by hand from the rule modules in src/pelayanan/rules/_builtin/, by subject.
    # standards.py: SP001-SP014 are the 14 components of Pasal 21 (one rule each), then
    # SP020-SP031 and SP033-SP045 (there is no SP032).
    "SP": [*range(1, 15), *range(20, 32), *range(33, 46)],
    "MK": range(1, 10),  # charters.py: MK001-MK009
    "PV": range(1, 6),  # providers.py: PV001-PV005
    "SV": range(1, 4),  # services.py: SV001-SV003
    "SK": range(1, 15),  # surveys.py: SK001-SK014
    "FK": range(1, 21),  # consultation.py: FK001-FK020
    "PM": range(1, 5),  # participation.py: PM001-PM004
    # complaints.py: PG001-PG008, PG012, PG013; PG009-PG011 are the guards of
    # participation/complaints.py (order, transition, complete file).
    "PG": range(1, 14),
    # lifecycle.py: PC010-PC015; PC001-PC009 are the guards of participation/cycle.py.
    "PC": range(1, 16),
    "LB": range(1, 6),  # legal_basis.py: LB001-LB005
    "CT": range(1, 5),  # contacts.py: CT001-CT004 (integrity rules)
    "CO": range(1, 4),  # consistency.py: CO001-CO003 (integrity rules)
    "TL": range(1, 5),  # time_limits.py: TL001-TL004
}


@pytest.mark.parametrize(("subject", "numbers"), BUILTIN_CODES.items(), ids=list(BUILTIN_CODES))
def test_the_built_in_rules_of_each_subject_are_exactly_these(
    subject: str, numbers: range | list[int]
) -> None:
    """Each subject has exactly the codes its module defines: none lost, none added unnoticed."""
    expected = [f"{subject}{number:03d}" for number in numbers]
    assert [code for code in BUILTIN_RULES.codes() if code.startswith(subject)] == expected


def test_there_is_no_rule_of_another_subject() -> None:
    """The codes of the subjects above, no other prefix.

    122 codes of the first subjects (39 SP, 9 MK, 5 PV, 3 SV, 14 SK, 20 FK, 4 PM, 13 PG, 15 PC)
    and 16 for the defects of real standards (5 LB, 4 CT, 3 CO, 4 TL): 138.
    """
    assert {code[:2] for code in BUILTIN_RULES.codes()} == set(BUILTIN_CODES)
    assert len(BUILTIN_RULES.codes()) == 122 + 5 + 4 + 3 + 4


def test_every_rule_version_cites_an_instrument_of_the_catalogue() -> None:
    """Built-in rules rest on national law that the catalogue describes, never on a made-up one."""
    for version in BUILTIN_RULES:
        assert version.basis or version.integrity, version.code
        for citation in version.basis:
            assert CATALOGUE[citation.instrument.key] == citation.instrument, version.code


def test_sp025_changed_its_basis_when_permenpan_rb_62_2018_replaced_24_2014() -> None:
    """Two versions of SP025 (SP4N-LAPOR! as a complaint channel), one after the other.

    Permenpan RB 62/2018 replaced 24/2014 (regulations.md §7): the first version ends the day the
    second begins, each citing its own regulation.
    """
    first, second = [version for version in BUILTIN_RULES if version.code == "SP025"]
    assert first.in_force_until == second.in_force_from
    assert second.in_force_until is None
    assert "permenpan-rb-24-2014" in {c.instrument.key for c in first.basis}
    assert "permenpan-rb-62-2018" in {c.instrument.key for c in second.basis}


def test_hand_built_entries_without_text_are_read_as_saying_nothing() -> None:
    """A ``None`` where the model has text (only possible by hand) is empty, not a failed rule."""
    standard = ServiceStandard(
        id="sp",
        service_id="s",
        requirements=(Requirement(None),),  # type: ignore[arg-type]
        procedure=Procedure((ProcedureStep(None, actor=None),)),  # type: ignore[arg-type]
    )
    codes = [f.code for f in validate(standard, as_of=dt.date(2024, 6, 1)).findings]
    assert {"SP002", "SP003"} <= set(codes)
    assert "SP021" not in codes  # a step that says nothing is SP003's, not asked for its actor
    assert not [c for c in codes if c.startswith("PL")], codes  # PL900: a rule could not run
