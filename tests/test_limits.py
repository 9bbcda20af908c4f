"""The input limits: each one on both sides of its boundary, and the caller's own limits.

The limits are policy (pelayanan.io.limits), so each test states the boundary it pins: the last
value accepted and the first refused, as the documentation of Limits gives them.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from pelayanan import LoadError, from_dict, from_json, validate
from pelayanan.io.documents import parse_documents
from pelayanan.io.limits import DEFAULT_LIMITS, LATEST_YEAR, Limits
from pelayanan.model.standards import Fee

SERVICE: dict[str, Any] = {
    "kind": "service",
    "id": "s",
    "name": "Layanan",
    "provider_id": "p",
    "unit_id": "u",
    "scope": "administrative",
}
STANDARD: dict[str, Any] = {"kind": "service_standard", "id": "sp", "service_id": "s"}


def _limit_paths(data: object, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    [parsed] = parse_documents(data, limits=limits)
    return [p.path for p in parsed.problems if p.kind == "limit"]


def test_the_defaults_are_the_documented_ones() -> None:
    """The numbers the documentation of Limits promises."""
    limits = Limits()
    assert limits == DEFAULT_LIMITS
    assert (limits.max_integer, limits.max_number_digits, limits.max_exponent) == (10**15, 40, 30)
    assert (limits.max_string_length, limits.max_depth, limits.max_list_length) == (
        1_000_000,
        64,
        1_000_000,
    )
    assert limits.max_text_bytes == 256 * 1024 * 1024
    assert limits.max_duration_amount == 100_000
    assert (limits.earliest_year, limits.latest_year) == (1, 9998)
    assert LATEST_YEAR == 9998


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_depth": 0},
        {"max_string_length": -1},
        {"latest_year": 9999},
        {"earliest_year": 0},
        {"earliest_year": 2000, "latest_year": 1999},
    ],
)
def test_meaningless_limits_are_refused(kwargs: dict[str, int]) -> None:
    """A limit below one, a year outside 1 to 9998, or years in the wrong order."""
    with pytest.raises(ValueError, match=r"must be|is after"):
        Limits(**kwargs)


def test_text_at_the_string_limit_loads_and_one_character_more_does_not() -> None:
    """max_string_length counts characters, in values and in object keys, in lists too."""
    limits = Limits(max_string_length=20)
    assert _limit_paths({**SERVICE, "name": "x" * 20}, limits) == []
    assert _limit_paths({**SERVICE, "name": "x" * 21}, limits) == ["/name"]
    assert _limit_paths({**SERVICE, "k" * 21: 1}, limits) == [""]
    standard = {**STANDARD, "requirements": [{"name": "y" * 21}]}
    assert _limit_paths(standard, limits) == ["/requirements/0/name"]


def test_nesting_at_the_depth_limit_loads_and_one_level_more_does_not() -> None:
    """The document is level one; a list at level max_depth + 1 is refused where it starts."""
    limits = Limits(max_depth=3)
    assert _limit_paths({**SERVICE, "x": [[1]]}, limits) == []  # unknown, but not too deep
    assert _limit_paths({**SERVICE, "x": [[[1]]]}, limits) == ["/x/0/0"]


def test_lists_and_objects_at_the_length_limit_load_and_one_item_more_does_not() -> None:
    """max_list_length counts the items of a list and the keys of an object."""
    limits = Limits(max_list_length=8)
    assert _limit_paths({**STANDARD, "requirements": [{"name": "a"}] * 8}, limits) == []
    assert _limit_paths({**STANDARD, "requirements": [{"name": "a"}] * 9}, limits) == [
        "/requirements"
    ]
    service = {**SERVICE, "description": "d", "sector": "health", "status": "active"}
    assert _limit_paths(service, limits) == []  # eight keys besides the kind
    assert _limit_paths({**service, "note": "n"}, limits) == [""]


@pytest.mark.parametrize(
    ("version", "refused"),
    [(10**15, False), (10**15 + 1, True), (-(10**15) - 1, True)],
)
def test_whole_numbers_stop_at_max_integer(version: int, *, refused: bool) -> None:
    """A thousand trillion is the largest whole number, positive or negative."""
    paths = _limit_paths({**STANDARD, "version": version})
    assert paths == (["/version"] if refused else [])


def test_numbers_in_json_text_are_checked_before_they_are_built() -> None:
    """A 5,000-digit integer and 1e999999999 are refused at their path, not as unreadable text."""
    for number in ("1" * 5000, "1e999999999", "-1e-999999999"):
        with pytest.raises(LoadError) as caught:
            from_json(
                '{"kind": "service_standard", "id": "sp", "service_id": "s", "version": '
                + number
                + "}"
            )
        assert [(p.path, p.kind) for p in caught.value.problems] == [("/version", "limit")]


def test_amounts_stop_at_the_exponent_limit() -> None:
    """Fees of 10^30 and 10^-30 load; 10^31 and 10^-31 do not."""
    assert from_dict({"amount": "1e30"}, Fee).amount == 10**30
    assert from_dict({"amount": "1e-30"}, Fee)
    for amount in ("1e31", "1e-31", 1e31):
        with pytest.raises(LoadError, match="of the order of 10\\^"):
            from_dict({"amount": amount}, Fee)


@pytest.mark.parametrize(
    ("day", "accepted"),
    [("0001-01-01", True), ("9998-12-31", True), ("9999-01-01", False)],
)
def test_dates_lie_in_the_years_1_to_9998(day: str, *, accepted: bool) -> None:
    """The last year leaves room for year + 1 and a year of days."""
    paths = _limit_paths({**STANDARD, "effective_from": day})
    assert paths == ([] if accepted else ["/effective_from"])


def test_timestamps_lie_in_the_same_years() -> None:
    """A complaint lodged in 9999 is refused at its timestamp."""
    complaint = {
        "kind": "complaint",
        "id": "c",
        "unit_id": "u",
        "lodged_at": "9999-06-01T10:00:00+07:00",
        "channel": "direct",
    }
    assert "/lodged_at" in _limit_paths(complaint)


def test_the_caller_can_narrow_the_years() -> None:
    """With earliest_year=2000 a standard effective from 1999 is beyond the limits."""
    limits = Limits(earliest_year=2000, latest_year=2100)
    assert _limit_paths({**STANDARD, "effective_from": "2000-01-01"}, limits) == []
    assert _limit_paths({**STANDARD, "effective_from": "1999-12-31"}, limits) == ["/effective_from"]


def test_time_limits_stop_at_the_duration_limit() -> None:
    """100,000 is the largest amount of a time limit; the limit is the caller's to change."""
    tier = {"label": "t", "duration": {"amount": 100_000, "unit": "working_days"}}
    standard = {**STANDARD, "complaint_handling": {"channels": [], "tiers": [tier]}}
    assert _limit_paths(standard) == []
    tier["duration"]["amount"] = 100_001
    assert _limit_paths(standard) == ["/complaint_handling/tiers/0/duration/amount"]
    assert _limit_paths(standard, Limits(max_duration_amount=200_000)) == []


def test_a_text_larger_than_max_text_bytes_is_not_parsed() -> None:
    """The size of a whole JSON text is checked before it is parsed."""
    text = json.dumps(SERVICE)
    assert from_json(text, limits=Limits(max_text_bytes=len(text)))
    with pytest.raises(LoadError, match="a JSON text of"):
        from_json(text, limits=Limits(max_text_bytes=len(text) - 1))


def test_a_document_with_more_than_a_hundred_breaches_is_refused_whole() -> None:
    """Past a hundred values beyond the limits, the walk stops and the document does not load."""
    limits = Limits(max_string_length=20)
    ninety_nine = {**SERVICE, "x": ["y" * 21] * 99}
    assert len(_limit_paths(ninety_nine, limits)) == 99
    [parsed] = parse_documents({**SERVICE, "x": ["y" * 21] * 100}, limits=limits)
    assert parsed.document is None
    assert len(parsed.problems) == 100
    assert "/: more than 99 values beyond the input limits; not loaded" in map(str, parsed.problems)


def test_validate_reports_each_breach_as_pl006_and_keeps_the_rest() -> None:
    """PL006 at the path; the other fields still load and the rules still run."""
    report = validate(
        {**STANDARD, "version": 10**16, "effective_from": "2024-01-01"},
        as_of=dt.date(2024, 6, 1),
        limits=Limits(),
    )
    codes = [(f.code, f.path) for f in report.findings]
    assert ("PL006", "/version") in codes
    assert any(code.startswith("SP") for code, _ in codes)


def test_the_same_breach_is_found_in_text_and_in_data() -> None:
    """from_json (with its shortcut for small texts) and from_dict agree."""
    data = {**SERVICE, "name": "x" * 20}
    limits = Limits(max_string_length=19)
    with pytest.raises(LoadError) as from_text:
        from_json(json.dumps(data), limits=limits)
    with pytest.raises(LoadError) as from_data:
        from_dict(data, limits=limits)
    assert from_text.value.problems == from_data.value.problems
