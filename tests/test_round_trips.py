"""Every exported model class has a strategy, and every value type survives JSON.

The classes are found by walking the public modules (``public_objects`` in ``conftest.py``), so a
class added to any ``__all__`` is covered without being listed here. The few classes that are not
values (they hold a function, an exception or arbitrary Python objects) are named below, each
with the reason.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pelayanan import strategies as ps
from pelayanan.io.documents import from_dict, from_json, to_dict, to_json

from .conftest import public_objects

MODEL_CLASSES = sorted(
    {(name, obj) for name, obj in public_objects() if isinstance(obj, type) and attrs.has(obj)},
    key=lambda item: item[0],
)
"""Every attrs class a public module exports, with the name it is exported under."""

NOT_VALUES = {
    "pelayanan.rules.Rule": "holds its check function, which JSON cannot carry",
    "pelayanan.rules.Issue": "its message parameters are any Python objects",
    "pelayanan.participation.cycle.IllegalStep": "holds the exception that refused the step",
}
"""Classes that are not plain values, and so have no JSON form."""

RESULTS = {
    "pelayanan.io.tables.ImportFinding": "a finding of one import, made by the importer",
    "pelayanan.io.tables.ImportedStandard": "a standard with the findings of its import",
    "pelayanan.io.tables.LabelMatch": "how a printed label was read",
    "pelayanan.io.tables.PrintedLabel": "a label as printed, with its row",
    "pelayanan.io.tables.TableImport": "everything one file's import gave",
    "pelayanan.io.text.Reading": "a parse of one text, with what could not be read",
    "pelayanan.rules.stream.CheckedText": "what checking one text gave, between processes",
}
"""Results of reading and checking, made by the library and never loaded from JSON: the
importer's and parsers' tests cover them. They are left out of the strategies and round trips
(the strategies issue names the model classes that documents are built from)."""

OUTPUT_ONLY = {
    "pelayanan.Finding": "written for readers (citations as text, no source): report.json",
    "pelayanan.Report": "written with its counts and verdict, and read by no one back",
    "pelayanan.rules.validation.DocumentReport": "a part of a report, written the same way",
}
"""Validation reports: ``to_dict`` writes them as ``validate --format json`` prints them, the JSON
that ``report_schema()`` describes, and nothing loads them back (there are no structure hooks).
They have strategies; instead of a round trip, tests/test_reports.py checks that what the
strategies build is written as the schema says."""

_EXAMPLES = max(3, settings().max_examples // 10)


def test_the_walk_finds_the_model_classes() -> None:
    """The enumeration is not empty, and covers the documents and the results alike."""
    names = {name for name, _ in MODEL_CLASSES}
    assert "pelayanan.ServiceStandard" in names
    assert "pelayanan.time.calendar.Deadline" in names
    assert "pelayanan.io.documents.ParsedDocument" in names
    assert set(NOT_VALUES) <= names
    assert set(RESULTS) <= names
    assert set(OUTPUT_ONLY) <= names


BUILT_CLASSES = [(n, c) for n, c in MODEL_CLASSES if n not in RESULTS]


@pytest.mark.parametrize(("name", "cls"), BUILT_CLASSES, ids=[n for n, _ in BUILT_CLASSES])
@settings(
    max_examples=_EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_model_class_has_a_strategy(name: str, cls: type, data: st.DataObject) -> None:
    """`strategies.models(cls)` builds instances of every exported attrs class."""
    assert isinstance(data.draw(ps.models(cls)), cls), name


VALUE_CLASSES = [(n, c) for n, c in BUILT_CLASSES if n not in NOT_VALUES and n not in OUTPUT_ONLY]


@pytest.mark.parametrize(("name", "cls"), VALUE_CLASSES, ids=[n for n, _ in VALUE_CLASSES])
@settings(
    max_examples=_EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_value_type_round_trips_through_json(
    name: str, cls: type, data: st.DataObject
) -> None:
    """`from_dict(to_dict(x), cls) == x`, and the same through JSON text, for every value type."""
    value: Any = data.draw(ps.models(cls))
    assert from_dict(to_dict(value), cls) == value, name
    assert from_json(to_json(value), cls) == value, name
