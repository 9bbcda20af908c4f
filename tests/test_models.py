"""Model invariants: what is refused at construction and what must still load."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
from decimal import Decimal

import attrs
import pytest

from pelayanan import Component, ServiceCharter, ServiceStandard, Severity
from pelayanan._base.labels import LabelledEnum
from pelayanan.evaluation.performance import IppCategory
from pelayanan.law import InstrumentKind
from pelayanan.model.charters import CommitmentKind
from pelayanan.model.records import OfficeLevel, PublicationMedium
from pelayanan.model.standards import ExecutorCount, Fee, StaffingLine, StandardStatus
from pelayanan.participation.complaints import ComplaintStatus
from pelayanan.participation.surveys import Grade
from pelayanan.time.regions import TimeZone

from .conftest import public_objects


def test_an_empty_standard_still_loads_with_all_fourteen_components_missing() -> None:
    """Compliance is the validator's job: an incomplete standard is a valid object."""
    standard = ServiceStandard(id="sp", service_id="svc")
    assert standard.missing_components() == tuple(Component)


def test_each_component_is_a_field_named_after_its_value() -> None:
    """`Component.FEE.value` is the field and the JSON key of component e."""
    fields = {f.name for f in attrs.fields(ServiceStandard)}
    assert {c.value for c in Component} <= fields


def test_with_component_sets_and_removes_one_component() -> None:
    """A standard can be changed one component at a time, returning a new object."""
    standard = ServiceStandard(id="sp", service_id="svc")
    with_fee = standard.with_component(Component.FEE, Fee(Decimal(0)))
    assert with_fee.fee == Fee(Decimal(0))
    assert standard.fee is None
    assert with_fee.with_component(Component.FEE, None) == standard


@pytest.mark.parametrize("amount", [Decimal(-1), Decimal("NaN"), Decimal("Infinity")])
def test_negative_or_non_finite_fees_are_meaningless(amount: Decimal) -> None:
    """No fee can be negative, NaN or infinite."""
    with pytest.raises(ValueError, match="amount"):
        Fee(amount)


def test_fees_accept_integers_and_numeric_strings_but_not_floats() -> None:
    """Money is exact: 2500.50 as a float would already be rounded."""
    assert Fee(15000).amount == Decimal(15000)
    assert Fee("2500.50").amount == Decimal("2500.50")
    with pytest.raises(TypeError, match="float"):
        Fee(2500.5)  # type: ignore[arg-type]


def test_a_free_service_is_recognised() -> None:
    """Amount zero means *tidak dipungut biaya*."""
    assert Fee(0).is_free
    assert not Fee(1).is_free


def test_negative_counts_are_meaningless() -> None:
    """An executor count below zero is refused."""
    with pytest.raises(ValueError, match="total"):
        ExecutorCount(total=-1)
    with pytest.raises(ValueError, match="count"):
        StaffingLine("Petugas loket", -2)


def test_a_zero_executor_count_still_loads() -> None:
    """Zero executors is non-compliant, not meaningless."""
    assert ExecutorCount(total=0).total == 0


@pytest.mark.parametrize("blank", ["", "   "])
def test_blank_identifiers_are_meaningless(blank: str) -> None:
    """A document without an identifier cannot be referred to."""
    with pytest.raises(ValueError, match="id"):
        ServiceStandard(id=blank, service_id="svc")


def test_version_starts_at_one() -> None:
    """Version 0 of a standard does not exist."""
    with pytest.raises(ValueError, match="version"):
        ServiceStandard(id="sp", service_id="svc", version=0)


def test_office_levels_are_ordered_by_seniority() -> None:
    """A decree by the head of the provider is at least as senior as one by the unit head."""
    assert OfficeLevel.PROVIDER_HEAD > OfficeLevel.UNIT_HEAD > OfficeLevel.SUB_UNIT_HEAD
    assert OfficeLevel.UNIT_HEAD >= OfficeLevel.UNIT_HEAD
    assert max(OfficeLevel) is OfficeLevel.PROVIDER_HEAD


def test_publication_media_know_whether_they_are_electronic() -> None:
    """PEKPPP scores electronic and non-electronic publication separately."""
    assert PublicationMedium.SIPPN.is_electronic
    assert PublicationMedium.WEBSITE.is_electronic
    assert not PublicationMedium.NOTICE_BOARD.is_electronic
    assert not PublicationMedium.BANNER.is_electronic


def test_charter_commitments_are_found_in_tags_or_in_the_text() -> None:
    """The three PEKPPP commitments (regulations.md §1.10) may be tagged or only written."""
    text_only = ServiceCharter(
        id="m",
        unit_id="u",
        statement=(
            "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
            "pelayanan yang telah ditetapkan, dan apabila tidak menepati janji ini, kami siap "
            "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
        ),
        signed_on=dt.date(2024, 1, 1),
    )
    assert text_only.missing_commitments() == (CommitmentKind.CONTINUOUS_IMPROVEMENT,)
    assert ServiceCharter(id="m", unit_id="u").missing_commitments() == tuple(CommitmentKind)


def test_every_enumeration_member_has_labels_in_both_languages() -> None:
    """No member of any public enumeration lacks an Indonesian or English label."""
    enums = [v for _, v in public_objects() if isinstance(v, type) and issubclass(v, LabelledEnum)]
    # A walk that missed a wing would pass vacuously for it: one enumeration of each wing is named.
    assert {
        InstrumentKind,
        TimeZone,
        Component,
        StandardStatus,
        ComplaintStatus,
        Grade,
        Severity,
        IppCategory,
    } <= set(enums)
    for enum_cls in enums:
        for member in enum_cls:
            assert member.label.id.strip(), member
            assert member.label.en.strip(), member


def test_enumeration_values_are_stable_ascii() -> None:
    """JSON values are lower-case ASCII (time-zone codes excepted), safe in any system."""
    for _, v in public_objects():
        if isinstance(v, type) and issubclass(v, LabelledEnum):
            for member in v:
                assert member.value.isascii(), member
                assert " " not in member.value, member


def test_enumeration_members_are_keys_by_identity_in_every_process() -> None:
    """Members hash by identity (cheaper than Enum's name hash) and stay keys after pickling."""
    table = {member: member.value for member in Component}
    assert pickle.loads(pickle.dumps(table)) == table  # noqa: S301  (our own bytes)
    assert all(m != m.value and hash(m) == object.__hash__(m) for m in Component)
    code = (
        "import pickle, sys\n"
        "from pelayanan.model.components import Component\n"
        "t = pickle.loads(sys.stdin.buffer.read())\n"
        "print(t[Component.FEE], Component.FEE in t, len(t))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=pickle.dumps(table), capture_output=True, check=True
    )
    assert out.stdout.decode().split() == ["fee", "True", "14"]
