"""validate(): inputs of every shape, dated rules, registries, configuration, robustness."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import (
    BUILTIN_RULES,
    CATALOGUE,
    Citation,
    Component,
    Instrument,
    ServiceStandard,
    Severity,
    ValidationConfig,
    from_json,
    to_dict,
    to_json,
    validate,
)
from pelayanan.law import InstrumentKind
from pelayanan.rules import DuplicateRuleError, Issue, Registry, UnknownRuleCodeError, rule
from pelayanan.strategies import documents

from .conftest import EXAMPLES

STANDARD: ServiceStandard = from_json(  # type: ignore[assignment]
    (EXAMPLES / "dinas-sosial-kota-jambi" / "sp-dtks.json").read_bytes()
)
AS_OF = dt.date(2024, 6, 1)


def _codes(report: Any) -> list[str]:
    return [f.code for f in report.findings]


@pytest.mark.parametrize(
    "shape",
    ["object", "dict", "json-text", "json-bytes", "list"],
)
def test_every_input_shape_gives_the_same_findings(shape: str) -> None:
    """A model object, its dict, its JSON text or bytes, and a one-item list agree."""
    broken = STANDARD.with_component(Component.FEE, None)
    data = {
        "object": broken,
        "dict": to_dict(broken),
        "json-text": to_json(broken),
        "json-bytes": to_json(broken).encode(),
        "list": [broken],
    }[shape]
    assert _codes(validate(data, as_of=AS_OF)) == ["SP005"]


def test_findings_do_not_depend_on_key_order() -> None:
    """Shuffling the keys of the JSON objects changes nothing in the report."""
    data = to_dict(STANDARD.with_component(Component.FEE, None))
    data["requirements"][0]["mandatory"] = "yes"
    keys = list(data)
    random.Random(7).shuffle(keys)
    shuffled = {k: data[k] for k in keys}
    assert validate(data, as_of=AS_OF) == validate(shuffled, as_of=AS_OF)


def test_structural_problems_are_reported_and_rules_still_run() -> None:
    """A wrong type deep inside is PL001 at its path; the missing component is still SP005."""
    data = to_dict(STANDARD.with_component(Component.FEE, None))
    data["requirements"][0]["mandatory"] = "yes"
    data["bogus"] = 1
    report = validate(data, as_of=AS_OF)
    assert [(f.code, f.path) for f in report.findings] == [
        ("PL001", "/requirements/0/mandatory"),
        ("PL003", "/bogus"),
        ("SP005", "/fee"),
    ]


def test_unreadable_text_is_one_finding() -> None:
    """Invalid JSON gives PL004 and no crash."""
    report = validate('{"kind": "service_standard", ', as_of=AS_OF)
    assert _codes(report) == ["PL004"]
    assert not report.ok


def test_messages_come_in_the_chosen_language() -> None:
    """The same finding in Indonesian and in English."""
    broken = STANDARD.with_component(Component.FEE, None)
    [id_finding] = validate(broken, as_of=AS_OF, lang="id").findings
    [en_finding] = validate(broken, as_of=AS_OF, lang="en").findings
    assert id_finding.message == "Komponen e (Biaya/tarif) tidak ada."
    assert en_finding.message == "Component e (Fee or tariff) is missing."


def test_select_and_ignore_take_code_prefixes() -> None:
    """`select` keeps rules by prefix; `ignore` drops them; loading problems stay."""
    data = to_dict(
        STANDARD.with_component(Component.FEE, None).with_component(Component.PRODUCTS, None)
    )
    data["bogus"] = 1
    assert _codes(validate(data, as_of=AS_OF, select=["SP005"])) == ["PL003", "SP005"]
    assert _codes(validate(data, as_of=AS_OF, ignore=["SP00"])) == ["PL003"]
    assert _codes(validate(data, as_of=AS_OF, ignore=["PL", "SP006"])) == ["SP005"]


def test_a_prefix_that_starts_no_code_is_refused() -> None:
    """`SP02O` (letter O) starts no code: an error naming it, not a silently empty selection."""
    with pytest.raises(UnknownRuleCodeError) as caught:
        validate(STANDARD, as_of=AS_OF, ignore=["SP022", "SP02O"])
    assert (caught.value.parameter, caught.value.codes) == ("ignore", ("SP02O",))
    with pytest.raises(UnknownRuleCodeError, match="select: no rule code starts with ZZ"):
        validate(STANDARD, as_of=AS_OF, select=["ZZ"])
    # Lower case, the codes of loading problems and blank entries are accepted.
    assert validate(STANDARD, as_of=AS_OF, select=["sp0", "PL004", " "]).ok


def test_the_report_counts_and_ok_flag_follow_the_findings() -> None:
    """Counts by severity; ok only without errors."""
    report = validate(STANDARD.with_component(Component.FEE, None), as_of=AS_OF)
    assert report.counts == {"error": 1, "warning": 0, "info": 0}
    assert not report.ok
    assert validate(STANDARD, as_of=AS_OF).ok


# --- rules in force by date -----------------------------------------------------------------------


def _without_lapor(standard: ServiceStandard) -> ServiceStandard:
    handling = standard.complaint_handling
    assert handling is not None
    channels = tuple(c for c in handling.channels if not c.kind.is_sp4n_lapor)
    return attrs.evolve(standard, complaint_handling=attrs.evolve(handling, channels=channels))


def test_a_check_before_and_after_a_rules_start_differs_exactly_by_that_rule() -> None:
    """SP025 (SP4N-LAPOR!) starts with Permenpan RB 24/2014; the day before, it is not in force."""
    start = CATALOGUE["permenpan-rb-24-2014"].starts
    assert start is not None
    early = attrs.evolve(
        _without_lapor(STANDARD),
        establishment=None,
        status=attrs.evolve(STANDARD).status.DRAFT,
        consultations=(),
        reviews=(),
        publications=(),
    )
    before = set(_codes(validate(early, as_of=start - dt.timedelta(days=1))))
    after = set(_codes(validate(early, as_of=start)))
    assert after - before == {"SP025"}
    assert before - after == set()


@pytest.mark.parametrize(
    ("as_of", "instrument"),
    [
        (dt.date(2016, 1, 1), "Permenpan RB 24/2014 Lampiran"),
        (dt.date(2020, 1, 1), "Permenpan RB 62/2018 Lampiran"),
    ],
)
def test_a_versioned_rule_cites_the_instrument_in_force(as_of: dt.date, instrument: str) -> None:
    """SP025 in 2016 rests on Permenpan RB 24/2014, in 2020 on its successor 62/2018."""
    [finding] = [
        f for f in validate(_without_lapor(STANDARD), as_of=as_of).findings if f.code == "SP025"
    ]
    assert instrument in [str(c) for c in finding.legal_basis]


def test_no_two_versions_of_a_rule_are_in_force_on_the_same_day() -> None:
    """Every pair of versions of one code covers separate periods."""
    by_code: dict[str, list[Any]] = {}
    for r in BUILTIN_RULES:
        by_code.setdefault(r.code, []).append(r)
    for versions in by_code.values():
        for a in versions:
            for b in versions:
                if a is not b:
                    assert (a.in_force_until or dt.date.max) <= (
                        b.in_force_from or dt.date.min
                    ) or (b.in_force_until or dt.date.max) <= (a.in_force_from or dt.date.min)


# --- registries and local rules ---------------------------------------------------------------------

PERDA = Instrument(
    InstrumentKind.REGENCY_CITY_REGULATION, "7", 2020, "Pelayanan Publik", issuer="Kota Contoh"
)


def _local_rule(code: str = "KC001", start: dt.date = dt.date(2020, 7, 1)) -> Any:
    @rule(
        code,
        kinds=("service_standard",),
        severity=Severity.ERROR,
        title=("Biaya gratis untuk lansia", "Free for the elderly"),
        message=("Standar {id} memungut biaya.", "Standard {id} charges a fee."),
        basis=(Citation(PERDA, article="9"),),
        in_force_from=start,
    )
    def free(standard: ServiceStandard, _: Any) -> Any:
        if standard.fee is not None and not standard.fee.is_free:
            yield Issue(("fee", "amount"), id=standard.id)

    return free


def test_the_builtin_registry_is_frozen() -> None:
    """Our rules cannot be changed in place; a copy can be extended."""
    with pytest.raises(DuplicateRuleError, match="frozen"):
        BUILTIN_RULES.add(_local_rule())
    local = BUILTIN_RULES.copy()
    local.add(_local_rule())
    assert "KC001" in local.codes()
    assert "KC001" not in BUILTIN_RULES.codes()


def test_local_rules_run_in_their_own_period() -> None:
    """A Perda rule from 2020-07-01 applies then and not before."""
    from decimal import Decimal

    from pelayanan.model.standards import Fee

    local = BUILTIN_RULES.copy()
    local.add(_local_rule())
    charged = attrs.evolve(STANDARD, fee=Fee(Decimal(1000), legal_basis=(Citation(PERDA),)))
    assert "KC001" in _codes(validate(charged, rules=local, as_of=dt.date(2020, 7, 1)))
    assert "KC001" not in _codes(validate(charged, rules=local, as_of=dt.date(2020, 6, 30)))


def test_overlapping_versions_of_one_code_are_refused() -> None:
    """Two versions of KC001 in force on the same day: refused at registration."""
    local = Registry([_local_rule()])
    with pytest.raises(DuplicateRuleError, match="KC001"):
        local.add(_local_rule(start=dt.date(2021, 1, 1)))


def test_a_rule_that_crashes_is_reported_not_raised() -> None:
    """A broken check becomes a PL900 finding naming the rule; the run goes on."""

    @rule(
        "ZZ001",
        kinds=("service_standard",),
        severity=Severity.INFO,
        title=("x", "x"),
        message=("x", "x"),
        basis=(Citation(PERDA),),
    )
    def broken(_: ServiceStandard, __: Any) -> Any:
        raise RuntimeError("boom")

    report = validate(STANDARD, rules=Registry([broken]), as_of=AS_OF)
    assert [(f.code, f.severity.value) for f in report.findings] == [("PL900", "error")]
    assert "ZZ001" in report.findings[0].message
    assert "boom" in report.findings[0].message


# --- configuration -----------------------------------------------------------------------------------


def test_the_review_interval_is_configurable() -> None:
    """With a 24-month interval, a review of 2024-05-02 is on time in mid-2025."""
    late = dt.date(2025, 6, 1)
    assert "SP036" in _codes(validate(STANDARD, as_of=late))
    relaxed = ValidationConfig(review_interval_months=24)
    assert "SP036" not in _codes(validate(STANDARD, as_of=late, config=relaxed))


def test_severities_can_be_overridden() -> None:
    """An application may treat the unverified fee rule as an error."""
    from decimal import Decimal

    from pelayanan.model.standards import Fee

    charged = attrs.evolve(STANDARD, fee=Fee(Decimal(5000)))
    strict = ValidationConfig(severity_overrides={"SP022": Severity.ERROR})
    [finding] = [
        f for f in validate(charged, as_of=AS_OF, config=strict).findings if f.code == "SP022"
    ]
    assert finding.severity is Severity.ERROR


def test_placeholders_are_configurable() -> None:
    """A unit that writes "lihat lampiran" as filler can add it to the placeholders."""
    filler = ValidationConfig(placeholders=ValidationConfig().placeholders | {"lihat lampiran"})
    guarantee = attrs.evolve(
        STANDARD,
        service_guarantee=attrs.evolve(STANDARD.service_guarantee, statement="Lihat lampiran"),
    )
    assert "SP012" not in _codes(validate(guarantee, as_of=AS_OF))
    assert "SP012" in _codes(validate(guarantee, as_of=AS_OF, config=filler))


# --- robustness ------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["kind", "id", "service_id", "fee", "amount", "units", "x"])
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=30,
)


@given(json_values)
def test_validate_never_raises_on_arbitrary_json(value: Any) -> None:
    """Any JSON value, as data or as JSON text, gives a report and never an exception."""
    from_text = validate(json.dumps(value), as_of=AS_OF)
    assert sum(from_text.counts.values()) == len(from_text.findings)
    if not isinstance(value, str):  # a str argument is JSON text, not a JSON string value
        from_data = validate(value, as_of=AS_OF)
        assert [(f.code, f.path) for f in from_text.findings] == [
            (f.code, f.path) for f in from_data.findings
        ]


@given(st.lists(documents(), max_size=4))
def test_validate_never_raises_on_generated_documents(docs: list[Any]) -> None:
    """Any document the model allows can be validated, alone or together with others."""
    report = validate(docs, as_of=AS_OF)
    assert len(report.documents) == len(docs)
    subjects = {code[:2] for code in BUILTIN_RULES.codes()} | {"PL"}
    for finding in report.findings:
        assert finding.code[:2] in subjects
