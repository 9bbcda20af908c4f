"""`pelayanan.model.standards`: the 14 components of UU 25/2009 Pasal 21 as a typed document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import Component, LoadError, ServiceStandard, from_json, to_dict, to_json
from pelayanan.law import CATALOGUE, Citation
from pelayanan.model.providers import Competency
from pelayanan.model.standards import (
    ComplaintChannel,
    ComplaintChannelKind,
    ComplaintHandling,
    Coverage,
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
    Review,
    StaffingLine,
    StandardStatus,
    TimeLimit,
)
from pelayanan.strategies import models
from pelayanan.time.durations import Duration, DurationUnit

FIVE_WORKING_DAYS = TimeLimit(Duration(5, DurationUnit.WORKING_DAYS))


# --- invariants: what makes a standard meaningless ------------------------------------------------


@pytest.mark.parametrize("blank", ["", " \t"])
def test_a_standard_without_a_service_is_meaningless(blank: str) -> None:
    """A standard is the standard *of a service*: a blank ``service_id`` is refused."""
    with pytest.raises(ValueError, match="service_id must not be empty"):
        ServiceStandard(id="sp", service_id=blank)


def test_the_first_version_is_one_and_version_zero_is_refused() -> None:
    """Versions count from 1: version 1 is the default, 0 does not exist."""
    assert ServiceStandard(id="sp", service_id="s").version == 1
    assert ServiceStandard(id="sp", service_id="s", version=2).version == 2
    with pytest.raises(ValueError, match="version must be at least 1, not 0"):
        ServiceStandard(id="sp", service_id="s", version=0)


def test_a_new_standard_is_a_draft_until_established() -> None:
    """Permenpan RB 15/2014 drafts a standard before it is established (penetapan)."""
    assert ServiceStandard(id="sp", service_id="s").status is StandardStatus.DRAFT


def test_staffing_lines_may_be_zero_but_not_negative() -> None:
    """Nobody in a role is a fact (and a compliance question); minus one person is meaningless."""
    assert StaffingLine("Petugas loket", 0).count == 0
    with pytest.raises(ValueError, match="count must be at least 0, not -1"):
        StaffingLine("Petugas loket", -1)


def test_an_evaluation_interval_is_at_least_a_month_when_given() -> None:
    """Component n: evaluating executors every 0 months means nothing; no interval is allowed."""
    assert PerformanceEvaluation("Penilaian SKP").interval_months is None
    assert PerformanceEvaluation("Penilaian SKP", interval_months=1).interval_months == 1
    with pytest.raises(ValueError, match="interval_months must be at least 1, not 0"):
        PerformanceEvaluation("Penilaian SKP", interval_months=0)


def test_fees_keep_their_amount_exactly() -> None:
    """Rp 2.500,50 stays 2500.50: the amount is a Decimal built from the string, not a float."""
    fee = Fee("2500.50")
    assert fee.amount == Decimal("2500.50")
    assert str(fee.amount) == "2500.50"
    assert not fee.is_free


# --- the components --------------------------------------------------------------------------------


SAYS_SOMETHING: dict[Component, object] = {
    Component.LEGAL_BASIS: (Citation(CATALOGUE["uu-25-2009"]),),
    Component.REQUIREMENTS: (Requirement("KTP-el"),),
    Component.PROCEDURE: Procedure(steps=(ProcedureStep("Pemohon menyerahkan berkas"),)),
    Component.TIME_LIMIT: FIVE_WORKING_DAYS,
    Component.FEE: Fee(0),
    Component.PRODUCTS: (Product("KTP-el"),),
    Component.FACILITIES: (Facility("Ruang tunggu"),),
    Component.EXECUTOR_COMPETENCIES: (Competency("Administrasi kependudukan"),),
    Component.INTERNAL_SUPERVISION: InternalSupervision("Kepala seksi"),
    Component.COMPLAINT_HANDLING: ComplaintHandling(manager="Petugas pengaduan"),
    Component.EXECUTOR_COUNT: ExecutorCount(total=2),
    Component.SERVICE_GUARANTEE: Guarantee("Pelayanan sesuai standar."),
    Component.SECURITY_GUARANTEE: Guarantee("Data pemohon dijaga."),
    Component.PERFORMANCE_EVALUATION: PerformanceEvaluation("Evaluasi tahunan"),
}
"""For each component a value that says something (what SP001-SP014 accept)."""


@pytest.mark.parametrize("component", list(Component), ids=lambda c: c.letter)
def test_each_component_can_be_set_alone_and_is_then_the_only_one_fulfilled(
    component: Component,
) -> None:
    """Setting one of the 14 components leaves the other 13 missing, in Pasal 21 order."""
    value = SAYS_SOMETHING[component]
    standard = ServiceStandard(id="sp", service_id="s").with_component(component, value)
    assert standard.component(component) is value
    assert getattr(standard, component.value) is value
    assert standard.fulfils(component)
    assert standard.missing_components() == tuple(c for c in Component if c is not component)


def test_missing_components_are_listed_in_pasal_21_order() -> None:
    """With d (jangka waktu) and e (biaya) given and j left empty, all but d and e are missing."""
    standard = ServiceStandard(
        id="sp",
        service_id="s",
        time_limit=FIVE_WORKING_DAYS,
        fee=Fee(0),
        complaint_handling=ComplaintHandling(),
    )
    assert [c.letter for c in standard.missing_components()] == list("abcfghijklmn")


def test_a_component_written_but_empty_is_present_yet_not_fulfilled() -> None:
    """An empty list of requirements was written down but says nothing: present, not fulfilled."""
    standard = ServiceStandard(id="sp", service_id="s", requirements=())
    assert standard.component(Component.REQUIREMENTS) == ()
    assert not standard.fulfils(Component.REQUIREMENTS)
    assert Component.REQUIREMENTS in standard.missing_components()
    dash = standard.with_component(Component.REQUIREMENTS, (Requirement("-"),))
    assert Component.REQUIREMENTS in dash.missing_components()


def test_with_component_returns_a_new_standard_and_leaves_the_old_one() -> None:
    """Standards are values: changing a component gives a copy."""
    original = ServiceStandard(id="sp", service_id="s")
    changed = original.with_component(Component.SERVICE_GUARANTEE, Guarantee("Dijamin."))
    assert original.service_guarantee is None
    assert changed.service_guarantee == Guarantee("Dijamin.")
    assert changed != original


@pytest.mark.parametrize(
    ("kind", "is_lapor"),
    [
        (ComplaintChannelKind.SP4N_LAPOR_WEB, True),
        (ComplaintChannelKind.SP4N_LAPOR_SMS, True),
        (ComplaintChannelKind.SP4N_LAPOR_APP, True),
        (ComplaintChannelKind.WEBSITE, False),
        (ComplaintChannelKind.MESSAGING, False),
        (ComplaintChannelKind.COMPLAINT_BOX, False),
        (ComplaintChannelKind.OTHER, False),
    ],
)
def test_the_three_sp4n_lapor_channels_are_recognised(
    kind: ComplaintChannelKind, is_lapor: bool
) -> None:
    """lapor.go.id, SMS 1708 and the app are SP4N-LAPOR! (Perpres 76/2013); a unit's own site is not."""
    assert kind.is_sp4n_lapor is is_lapor


def test_exactly_four_channel_kinds_are_sp4n_lapor() -> None:
    """SP4N-LAPOR! by web, SMS and app, and as real pages name it without saying which."""
    lapor = {kind.value for kind in ComplaintChannelKind if kind.is_sp4n_lapor}
    assert lapor == {"sp4n_lapor", "sp4n_lapor_web", "sp4n_lapor_sms", "sp4n_lapor_app"}


# --- JSON ------------------------------------------------------------------------------------------


def test_a_standard_is_written_with_its_components_and_without_its_defaults() -> None:
    """The canonical shape (docs/reference/json.md): money as a string, absent components left out."""
    standard = ServiceStandard(
        id="sp-sktm",
        service_id="layanan-sktm",
        version=2,
        status=StandardStatus.ESTABLISHED,
        time_limit=FIVE_WORKING_DAYS,
        fee=Fee(0),
        complaint_handling=ComplaintHandling(
            channels=(ComplaintChannel(ComplaintChannelKind.SP4N_LAPOR_WEB, "www.lapor.go.id"),)
        ),
        executor_count=ExecutorCount(3, (StaffingLine("Petugas loket", 2),)),
        reviews=(Review(dt.date(2024, 5, 2), public_involved=True),),
    )
    assert to_dict(standard) == {
        "kind": "service_standard",
        "id": "sp-sktm",
        "service_id": "layanan-sktm",
        "version": 2,
        "status": "established",
        "time_limit": {"duration": {"amount": 5, "unit": "working_days"}},
        "fee": {"amount": "0"},
        "complaint_handling": {
            "channels": [{"kind": "sp4n_lapor_web", "address": "www.lapor.go.id"}]
        },
        "executor_count": {"total": 3, "breakdown": [{"role": "Petugas loket", "count": 2}]},
        "reviews": [{"reviewed_on": "2024-05-02", "public_involved": True}],
    }
    assert from_json(to_json(standard)) == standard


def test_a_negative_fee_in_json_is_a_load_error_at_its_path() -> None:
    """The invariant holds when loading too: the problem is reported at /fee/amount."""
    text = '{"kind": "service_standard", "id": "sp", "service_id": "s", "fee": {"amount": "-5"}}'
    with pytest.raises(LoadError, match="/fee/amount"):
        from_json(text)


# --- properties ------------------------------------------------------------------------------------


@given(models(ServiceStandard), st.sampled_from(list(Component)))
def test_removing_a_component_adds_exactly_that_one_to_the_missing(
    standard: ServiceStandard, component: Component
) -> None:
    """In a full standard, removing one component makes it missing and nothing else.

    (A partial copy or a published part judges absent components by what it shows: see
    ``component_state``.)
    """
    standard = attrs.evolve(standard, coverage=Coverage.FULL, not_seen=())
    removed = standard.with_component(component, None)
    assert set(removed.missing_components()) == {*standard.missing_components(), component}
    restored = removed.with_component(component, standard.component(component))
    assert restored == standard


@given(models(ServiceStandard))
def test_what_is_missing_survives_a_json_round_trip(standard: ServiceStandard) -> None:
    """A component written as absent is read back as absent, and a present one as present."""
    loaded = from_json(to_json(standard), ServiceStandard)
    assert loaded == standard
    assert isinstance(loaded, ServiceStandard)
    assert loaded.missing_components() == standard.missing_components()
