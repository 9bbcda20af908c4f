"""The compiled fast path agrees with the converter: same objects, and never more lenient."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pelayanan
from pelayanan import to_dict
from pelayanan.io import _convert, _fast
from pelayanan.strategies import models

from .test_documents import MODEL_CLASSES


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_the_fast_path_builds_what_the_converter_builds(cls: type, data: st.DataObject) -> None:
    """For every model, valid data gives the same object on both paths."""
    value = data.draw(models(cls))
    raw = _convert.unstructure(value)
    assert _fast.structure(raw, cls) == _convert.DETAILED.structure(raw, cls) == value


json_scalars = (
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=5) | st.floats(-5, 5)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(data: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_paths(value, (*here, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_paths(value, (*here, index)))
    return found


@given(
    document=st.sampled_from(
        [pelayanan.ServiceStandard, pelayanan.Provider, pelayanan.ServiceCharter]
    ).flatmap(models),
    replacement=json_values,
    data=st.data(),
)
def test_the_fast_path_never_accepts_what_the_converter_refuses(
    document: Any, replacement: Any, data: st.DataObject
) -> None:
    """Corrupt one value anywhere: whatever the fast path still builds, the converter builds too."""
    raw = copy.deepcopy(_convert.unstructure(document))
    path = data.draw(st.sampled_from(_paths(raw)))
    if path:
        parent = raw
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = replacement
    else:
        raw = replacement
    cls = type(document)
    try:
        fast = _fast.structure(raw, cls)
    except Exception:  # noqa: BLE001  (the fast path may give up on anything)
        return
    assert _convert.DETAILED.structure(raw, cls) == fast


def test_unknown_keys_are_left_to_the_converter() -> None:
    """An unknown key makes the fast path give up (the converter reports it)."""
    raw = to_dict(pelayanan.Duration(5, pelayanan.DurationUnit.MINUTES))
    raw["typo"] = 1
    with pytest.raises(Exception):  # noqa: B017, PT011  (any refusal will do)
        _fast.structure(raw, pelayanan.Duration)


def test_every_model_class_compiles() -> None:
    """No model falls back to the converter for lack of a compiled function."""
    for cls in MODEL_CLASSES:
        assert _fast._compiled_for(cls) is not _fast._reject_always, cls
    assert attrs.has(pelayanan.ServiceStandard)
