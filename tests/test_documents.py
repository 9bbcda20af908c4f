"""Lossless JSON: the canonical shape, round trips, and every problem reported with its path."""

from __future__ import annotations

import json
import typing
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pelayanan
from pelayanan import (
    DOCUMENT_KINDS,
    LoadError,
    Service,
    ServiceStandard,
    from_dict,
    from_json,
    parse_documents,
    to_dict,
    to_json,
)
from pelayanan.model.services import ServiceScope
from pelayanan.model.standards import Fee
from pelayanan.strategies import documents, models


def _reachable_models() -> list[type]:
    """Every attrs class a document can contain, found from the document classes' type hints."""
    found: set[type] = set()
    todo: list[object] = list(pelayanan.DOCUMENT_KINDS.values())
    while todo:
        tp = todo.pop()
        if isinstance(tp, type) and attrs.has(tp):
            if tp in found:
                continue
            found.add(tp)
            todo.extend(typing.get_type_hints(tp).values())
        else:
            todo.extend(typing.get_args(tp))
    return sorted(found, key=lambda c: c.__name__)


MODEL_CLASSES = _reachable_models()
"""The data model: documents and everything inside them (results and tables are tested apart)."""


def _problem_paths(exc: LoadError) -> list[str]:
    return [p.path for p in exc.problems]


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_every_model_round_trips_through_dicts_and_json(cls: type, data: st.DataObject) -> None:
    """from_dict(to_dict(x)) == x and the same through JSON text, for every public model."""
    value = data.draw(models(cls))
    assert from_dict(to_dict(value), cls) == value
    assert from_json(to_json(value), cls) == value


@given(documents())
def test_documents_round_trip_without_naming_their_class(document: Any) -> None:
    """A document's `kind` is enough to load it back."""
    assert from_json(to_json(document)) == document


@given(st.lists(documents(), max_size=4))
def test_a_list_of_documents_round_trips(documents_: list[Any]) -> None:
    """A file may hold a list of documents of mixed kinds."""
    assert from_json(to_json(documents_)) == documents_


def test_no_document_class_has_a_field_called_kind() -> None:
    """`kind` is reserved for the envelope that names the document type."""
    for cls in DOCUMENT_KINDS.values():
        assert "kind" not in attrs.fields_dict(cls)


def test_documents_start_with_their_kind() -> None:
    """The first key of every document says what it is."""
    data = to_dict(ServiceStandard(id="sp", service_id="svc"))
    assert next(iter(data)) == "kind"
    assert data == {"kind": "service_standard", "id": "sp", "service_id": "svc"}


def test_money_is_written_as_a_string_and_read_from_numbers_or_strings() -> None:
    """Amounts never pass through a float: "15000.50" stays exact."""
    assert to_dict(Fee(Decimal("15000.50")))["amount"] == "15000.50"
    for raw in ["15000.50", 15000.50, Decimal("15000.50")]:
        assert from_dict({"amount": raw}, Fee).amount == Decimal("15000.50")
    assert from_json('{"amount": 15000.50}', Fee).amount == Decimal("15000.50")


def test_catalogue_instruments_are_written_as_their_key() -> None:
    """A citation of UU 25/2009 stores "uu-25-2009", not the whole instrument."""
    citation = pelayanan.Citation(pelayanan.CATALOGUE["uu-25-2009"], article="21")
    assert to_dict(citation) == {"instrument": "uu-25-2009", "article": "21"}


def test_citations_may_be_written_as_text() -> None:
    """Text like "UU 25/2009 Pasal 21 huruf j" is accepted wherever a citation is expected."""
    citation = from_dict("UU 25/2009 Pasal 21 huruf j", pelayanan.Citation)
    assert (citation.article, citation.letter) == ("21", "j")


def test_two_independent_corruptions_are_both_reported_with_their_paths() -> None:
    """A wrong type deep inside and an unknown enum value elsewhere: one LoadError, two paths."""
    data = to_dict(
        ServiceStandard(
            id="sp",
            service_id="svc",
            fee=Fee(Decimal(0)),
            requirements=(pelayanan.model.standards.Requirement("KTP"),),
        )
    )
    data["requirements"][0]["mandatory"] = "yes"
    data["status"] = "approved"
    with pytest.raises(LoadError) as caught:
        from_dict(data)
    assert _problem_paths(caught.value) == ["/requirements/0/mandatory", "/status"]
    assert "true or false" in str(caught.value)
    assert "'approved' is not one of" in str(caught.value)


def test_problems_in_several_documents_of_a_list_are_all_reported() -> None:
    """Paths in a list start with the document's index."""
    text = json.dumps(
        [
            {
                "kind": "service",
                "id": "a",
                "name": 1,
                "provider_id": "p",
                "unit_id": "u",
                "scope": "administrative",
            },
            {"kind": "service_standard", "id": "b", "service_id": "s", "version": -1},
        ]
    )
    with pytest.raises(LoadError) as caught:
        from_json(text)
    assert _problem_paths(caught.value) == ["/0/name", "/1/version"]


def test_misspelt_fields_are_errors_with_a_suggestion() -> None:
    """An unknown key would silently lose a component, so it is refused with a hint."""
    with pytest.raises(LoadError, match="unknown field 'time_limt'; did you mean 'time_limit'"):
        from_dict({"kind": "service_standard", "id": "sp", "service_id": "s", "time_limt": {}})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"id": "x"}, "/kind: required field missing"),
        ({"kind": "policy", "id": "x"}, "'policy' is not a document kind"),
        ({"kind": 3}, "3 is not a document kind"),
        ([1], "/0: expected an object, got a number (1)"),
        ("text", "expected an object"),
    ],
)
def test_malformed_envelopes_say_what_is_wrong(data: Any, message: str) -> None:
    """Missing or unknown kinds, and non-objects, give one clear problem."""
    with pytest.raises(LoadError, match=message.replace("(", r"\(").replace(")", r"\)")):
        from_json(json.dumps(data))


def test_kind_must_match_the_class_asked_for() -> None:
    """Loading a service as a standard is refused."""
    with pytest.raises(LoadError, match="expected kind 'service_standard'"):
        from_dict({"kind": "service", "id": "s"}, ServiceStandard)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe{", "not UTF-8"),
        (b"", "not valid JSON"),
        (b'{"kind": ', "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"1" * 5000, "not readable"),
    ],
)
def test_unreadable_text_is_a_load_error_not_a_crash(raw: bytes, message: str) -> None:
    """Bad bytes, truncation, deep nesting and giant numbers all raise LoadError."""
    with pytest.raises(LoadError, match=message):
        from_json(raw)


def test_strict_types_do_not_convert_silently() -> None:
    """A number where text belongs, or text where a number belongs, is an error."""
    with pytest.raises(LoadError) as caught:
        from_dict({"kind": "service_standard", "id": 7, "service_id": "s", "version": "2"})
    assert _problem_paths(caught.value) == ["/id", "/version"]


def test_whole_numbers_written_with_a_decimal_point_are_accepted() -> None:
    """5.0 is a valid spelling of 5 for a count (rejecting valid values is worse)."""
    assert from_json('{"total": 5.0}', pelayanan.model.standards.ExecutorCount).total == 5


def test_parse_documents_keeps_everything_valid_and_reports_the_rest() -> None:
    """Bad optional fields fall back to their defaults; everything valid is kept.

    A time limit's duration is optional (a standard may give no fixed time), so a duration without
    its unit is dropped and the time limit stays, empty, for rule SP004 to report.
    """
    data = to_dict(
        ServiceStandard(
            id="sp",
            service_id="svc",
            requirements=(
                pelayanan.model.standards.Requirement("KTP"),
                pelayanan.model.standards.Requirement("KK"),
            ),
            fee=Fee(Decimal(0)),
        )
    )
    data["requirements"][0]["kind"] = "bogus"
    data["time_limit"] = {"duration": {"amount": 5}}
    [parsed] = parse_documents(data)
    assert parsed.document is not None
    assert parsed.document.requirements == (
        pelayanan.model.standards.Requirement("KTP"),
        pelayanan.model.standards.Requirement("KK"),
    )
    assert parsed.document.time_limit == pelayanan.model.standards.TimeLimit()
    assert parsed.document.fee == Fee(Decimal(0))
    assert [p.path for p in parsed.problems] == [
        "/requirements/0/kind",
        "/time_limit/duration/unit",
    ]


def test_parse_documents_drops_list_items_that_cannot_be_built() -> None:
    """A requirement without its name is left out; its neighbours stay."""
    data = to_dict(
        ServiceStandard(
            id="sp",
            service_id="svc",
            requirements=(
                pelayanan.model.standards.Requirement("KTP"),
                pelayanan.model.standards.Requirement("KK"),
            ),
        )
    )
    data["requirements"][0]["name"] = 12
    [parsed] = parse_documents(data)
    assert parsed.document is not None
    assert parsed.document.requirements == (pelayanan.model.standards.Requirement("KK"),)
    assert [str(p) for p in parsed.problems] == [
        "/requirements/0/name: expected a string, got a number (12)"
    ]


def test_parse_documents_drops_a_document_only_when_nothing_can_be_built() -> None:
    """Without a required field at the top, the document itself cannot exist."""
    [parsed] = parse_documents({"kind": "service", "id": "s", "scope": "administrative"})
    assert parsed.document is None
    assert parsed.kind == "service"
    assert parsed.id == "s"
    assert {p.path for p in parsed.problems} == {"/name", "/provider_id", "/unit_id"}


def test_parse_documents_reports_each_list_item_separately() -> None:
    """One broken document does not hide its valid neighbours."""
    good = to_dict(
        Service(id="s", name="n", provider_id="p", unit_id="u", scope=ServiceScope.ADMINISTRATIVE)
    )
    results = list(parse_documents([good, {"kind": "nope"}, good]))
    assert [r.document is not None for r in results] == [True, False, True]
    assert [r.path for r in results] == [(0,), (1,), (2,)]
    assert results[1].problems[0].path == "/1/kind"


@given(documents())
def test_documents_survive_pickling(document: Any) -> None:
    """Documents travel between worker processes (`validate --jobs`), so every kind pickles."""
    import pickle

    assert pickle.loads(pickle.dumps(document)) == document  # noqa: S301  (our own data)
