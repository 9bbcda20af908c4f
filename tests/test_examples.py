"""The bundled examples load, survive a round trip unchanged, and give exactly their findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pelayanan import (
    Component,
    Provider,
    ServiceStandard,
    TimeZone,
    from_json,
    to_json,
    validate,
)

from .conftest import EXAMPLES

JSON_FILES = sorted(EXAMPLES.rglob("*.json"))


def test_there_are_examples() -> None:
    """The examples directory is shipped and holds several documents."""
    assert len(JSON_FILES) >= 5


@pytest.mark.parametrize("path", JSON_FILES, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_every_example_loads_and_round_trips(path: Path) -> None:
    """from_json works on each file, and to_json(from_json(text)) loads back equal."""
    loaded = from_json(path.read_bytes())
    assert from_json(to_json(loaded)) == loaded


def _standards() -> dict[str, ServiceStandard]:
    found: dict[str, ServiceStandard] = {}
    for path in JSON_FILES:
        loaded = from_json(path.read_bytes())
        for document in loaded if isinstance(loaded, list) else [loaded]:
            if isinstance(document, ServiceStandard):
                found[document.id] = document
    return found


def test_complete_examples_have_all_fourteen_components() -> None:
    """The established standards fill every component of Pasal 21."""
    standards = _standards()
    for standard_id in ("sp-dtks-2023", "sp-sktm-2023"):
        assert standards[standard_id].missing_components() == ()


def test_one_example_is_deliberately_incomplete() -> None:
    """The draft PBI standard lacks components, for the validator to catch."""
    draft = _standards()["sp-rekomendasi-pbi-draft"]
    assert Component.LEGAL_BASIS in draft.missing_components()
    assert Component.COMPLAINT_HANDLING in draft.missing_components()


def test_the_example_unit_has_illustrative_opening_hours() -> None:
    """Dinas Sosial serves Monday to Friday with a lunch break and a Friday prayer break."""
    provider = from_json((EXAMPLES / "dinas-sosial-kota-jambi" / "provider.json").read_bytes())
    assert isinstance(provider, Provider)
    unit = provider.unit("dinsos-kota-jambi")
    hours = unit.opening_hours
    assert hours is not None
    assert "ilustratif" in hours.notes
    assert provider.region is not None
    assert hours.time_zone is provider.region.time_zone
    wib = TimeZone.WIB.tzinfo
    assert hours.is_open(dt.datetime(2024, 3, 4, 10, 0, tzinfo=wib), unit.calendar)
    assert not hours.is_open(dt.datetime(2024, 3, 1, 12, 0, tzinfo=wib), unit.calendar)
    assert not hours.is_open(dt.datetime(2024, 4, 10, 10, 0, tzinfo=wib), unit.calendar)


# (file, position in the file or None for a single document, rule code, path in the document)
EXPECTED_FINDINGS = sorted(
    [
        # The deliberately incomplete draft standard for the PBI recommendation.
        *[
            ("rekomendasi-pbi-tidak-lengkap.json", 1, code, path)
            for code, path in [
                ("SP001", "/legal_basis"),
                ("SP009", "/internal_supervision"),
                ("SP010", "/complaint_handling"),
                ("SP011", "/executor_count"),
                ("SP012", "/service_guarantee"),
                ("SP013", "/security_guarantee"),
                ("SP014", "/performance_evaluation"),
                ("SP020", "/time_limit/duration/amount"),
                ("SP022", "/fee/legal_basis"),
                ("SP026", "/facilities"),
                ("SP038", "/requirements/1/name"),
            ]
        ],
        # Its service has no established standard.
        ("rekomendasi-pbi-tidak-lengkap.json", 0, "SV001", ""),
        # The survey of July–September 2024 has not started on 2024-06-01 but records results
        # (the example's notes say so, and what it shows on later dates).
        ("skm-2024.json", None, "SK013", "/period_start"),
    ]
)


def test_the_examples_validate_with_exactly_their_expected_findings() -> None:
    """Checked together as of 2024-06-01, the examples give exactly the findings they were made for.

    Every other document is complete; a new rule that fires on an example, or an example that
    stops showing what it was written to show, changes this list on purpose.
    """
    documents, origins = [], []
    for path in JSON_FILES:
        loaded = from_json(path.read_bytes())
        items = loaded if isinstance(loaded, list) else [loaded]
        for position, document in enumerate(items):
            documents.append(document)
            origins.append((path.name, position if isinstance(loaded, list) else None))
    report = validate(documents, as_of=dt.date(2024, 6, 1))
    found = sorted(
        (*origins[int(f.document_path.removeprefix("/"))], f.code, f.path) for f in report.findings
    )
    assert found == EXPECTED_FINDINGS


def test_the_survey_example_documents_its_intended_findings() -> None:
    """The notes of skm-2024.json name the findings the example shows on each date."""
    survey = from_json((EXAMPLES / "dinas-sosial-kota-jambi" / "skm-2024.json").read_bytes())
    for code in ("SK013", "SK011", "SK001"):
        assert code in survey.notes
