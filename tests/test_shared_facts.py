"""One answer everywhere: each shared legal fact has one home that every caller uses.

These are the divergences the architecture issue found, pinned: the version of a standard in
force on a date, whether a component is fulfilled, and which PEKPPP instrument a date falls under.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from pelayanan import ServiceStandard, validate
from pelayanan.evaluation.compliance import compliance_summary
from pelayanan.evaluation.inputs import gather_evaluation_inputs
from pelayanan.evaluation.performance import PEKPPP_2017, PEKPPP_2022, assess_service_policy
from pelayanan.law import CATALOGUE, Citation, Topic
from pelayanan.model.components import Component
from pelayanan.model.providers import Competency
from pelayanan.model.records import Establishment, OfficeLevel, Official
from pelayanan.model.standards import (
    ComplaintHandling,
    ExecutorCount,
    Facility,
    Fee,
    Guarantee,
    InternalSupervision,
    PerformanceEvaluation,
    Procedure,
    ProcedureStep,
    Product,
    Requirement,
    StandardStatus,
    TimeLimit,
    is_in_force,
    version_in_force,
)
from pelayanan.rules.index import Index, StandardSummary
from pelayanan.time.durations import Duration, DurationUnit

LAST_DAY_OF_V1 = dt.date(2024, 6, 1)
FIRST_DAY_OF_V2 = dt.date(2024, 6, 2)
HEAD = Official(
    "Dr. Contoh", "Kepala Dinas Kependudukan dan Pencatatan Sipil", OfficeLevel.UNIT_HEAD
)


def _complete(**changes: object) -> ServiceStandard:
    """A standard with all 14 components, each with real content."""
    standard = ServiceStandard(
        id="sp",
        service_id="ktp",
        unit_id="disdukcapil",
        legal_basis=(Citation(CATALOGUE["uu-25-2009"]),),
        requirements=(Requirement("KTP-el"),),
        procedure=Procedure(steps=(ProcedureStep("Pemohon menyerahkan berkas"),)),
        time_limit=TimeLimit(Duration(5, DurationUnit.WORKING_DAYS)),
        fee=Fee(Decimal(0)),
        products=(Product("KTP-el"),),
        facilities=(Facility("Ruang tunggu"),),
        executor_competencies=(Competency("Administrasi kependudukan"),),
        internal_supervision=InternalSupervision("Kepala seksi"),
        complaint_handling=ComplaintHandling(manager="Petugas pengaduan"),
        executor_count=ExecutorCount(total=2),
        service_guarantee=Guarantee("Pelayanan sesuai standar"),
        security_guarantee=Guarantee("Data pemohon dijaga kerahasiaannya"),
        performance_evaluation=PerformanceEvaluation("Evaluasi tahunan"),
    )
    return attrs.evolve(standard, **changes)


V1 = _complete(
    id="sp-v1",
    version=1,
    status=StandardStatus.ESTABLISHED,
    establishment=Establishment("1/2023", dt.date(2023, 1, 2), HEAD),
    effective_until=LAST_DAY_OF_V1,
)
V2 = _complete(
    id="sp-v2",
    version=2,
    status=StandardStatus.ESTABLISHED,
    establishment=Establishment("7/2024", dt.date(2024, 5, 20), HEAD),
    effective_from=FIRST_DAY_OF_V2,
)


# --- the version in force ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"), [(LAST_DAY_OF_V1, "sp-v1"), (FIRST_DAY_OF_V2, "sp-v2")]
)
def test_the_version_in_force_is_the_same_for_every_caller(day: dt.date, expected: str) -> None:
    """effective_until is the last day in force: v1 on 1 June, v2 from 2 June, everywhere."""
    assert version_in_force([V1, V2], day).id == expected  # type: ignore[union-attr]
    summary = compliance_summary([V1, V2], as_of=day)
    assert [s.standard_id for s in summary.standards] == [expected]
    policy = assess_service_policy([V1, V2], on=day)
    evidence = policy.assessment("1.a").evidence[0].en
    assert f"standard {expected} " in evidence
    inputs = gather_evaluation_inputs([V1, V2], "disdukcapil", start=day, end=day)
    assert [s.standard_id for s in inputs.standards] == [expected]
    summaries = [StandardSummary.of(V1), StandardSummary.of(V2)]
    assert version_in_force(summaries, day).id == expected  # type: ignore[union-attr]


def test_a_version_is_not_in_force_before_its_decree_or_as_a_draft() -> None:
    """Without effective_from, the decree's date starts it; a draft is never in force."""
    assert not is_in_force(V1, dt.date(2023, 1, 1))
    assert is_in_force(V1, dt.date(2023, 1, 2))
    assert not is_in_force(attrs.evolve(V1, status=StandardStatus.DRAFT), dt.date(2024, 1, 1))


def test_the_complaint_rules_pick_the_version_in_force_on_the_day_lodged() -> None:
    """A complaint lodged on v1's last day is judged by v1's tiers (PG012's standard_for)."""
    from pelayanan.model.standards import ComplaintChannelKind
    from pelayanan.participation.complaints import Complaint
    from pelayanan.rules._builtin.complaints import standard_for

    index = Index()
    for version in (V1, V2):
        index.count("service_standard")
        index.add(version)
    lodged = dt.datetime(2024, 6, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    complaint = Complaint(
        id="c",
        unit_id="disdukcapil",
        lodged_at=lodged,
        channel=ComplaintChannelKind.DIRECT,
        service_id="ktp",
    )
    assert standard_for(complaint, index).id == "sp-v1"  # type: ignore[union-attr]


# --- a fulfilled component ----------------------------------------------------------------------


def test_a_dash_is_not_a_component_for_any_caller() -> None:
    """A service guarantee of "-": SP012 fires, 13 of 14 counted, PEKPPP 1.a below "all 14"."""
    dash = attrs.evolve(V2, service_guarantee=Guarantee("-"))
    on = dt.date(2024, 7, 1)
    assert dash.missing_components() == (Component.SERVICE_GUARANTEE,)
    assert not dash.fulfils(Component.SERVICE_GUARANTEE)
    report = validate(dash, as_of=on, select=["SP012"])
    assert [(f.code, f.path) for f in report.findings] == [("SP012", "/service_guarantee")]
    measured = compliance_summary([dash], as_of=on).standards[0]
    assert measured.share == Fraction(13, 14)
    assert measured.percent == Decimal("92.86")  # 13 / 14 = 0.928571… → 92.86
    # Level 2 of 1.a needs all 14 components; the dash keeps the service at level 1.
    assert assess_service_policy([dash], on=on).assessment("1.a").score == 1
    assert assess_service_policy([V2], on=on).assessment("1.a").score >= 2


# --- the instrument in force ---------------------------------------------------------------------


def test_pekppp_for_2019_uses_the_2017_instrument() -> None:
    """Permenpan RB 17/2017 governs 2019; 29/2022 governs 2024 (catalogue replacement links)."""
    assert assess_service_policy([V1], on=dt.date(2019, 6, 30)).instrument is PEKPPP_2017
    assert assess_service_policy([V1], on=dt.date(2024, 6, 30)).instrument is PEKPPP_2022


def test_the_2017_instrument_leaves_its_single_aspect_one_indicator_to_the_caller() -> None:
    """17/2017 scores aspect 1 as one indicator (I), which the model does not derive."""
    result = assess_service_policy([V1], on=dt.date(2019, 6, 30))
    assert result.assessments == ()
    assert result.missing == ("I",)
    supplied = assess_service_policy([V1], on=dt.date(2019, 6, 30), supplied={"I": 4})
    assert supplied.scores == {"I": 4}


def test_version_chains_come_from_the_catalogue_replacement_links() -> None:
    """Each topic's versions, oldest first, as regulations.md §0.1 lists them."""
    assert [i.key for i in CATALOGUE.chain(Topic.SATISFACTION_SURVEY)] == [
        "kepmenpan-kep-25-m-pan-2-2004",
        "permenpan-rb-16-2014",
        "permenpan-rb-14-2017",
    ]
    assert [i.key for i in CATALOGUE.chain(Topic.PERFORMANCE_EVALUATION)] == [
        "permenpan-rb-1-2015",
        "permenpan-rb-17-2017",
        "permenpan-rb-29-2022",
    ]
    assert [i.key for i in CATALOGUE.chain(Topic.COMPLAINT_MANAGEMENT)] == [
        "permenpan-rb-24-2014",
        "permenpan-rb-62-2018",
    ]
