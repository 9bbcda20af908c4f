"""The compiled fast path agrees with the converter: same objects, and never more lenient."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pelayanan
from pelayanan import to_dict
from pelayanan._base import validators
from pelayanan.io import _convert, _fast
from pelayanan.law import Citation, Instrument
from pelayanan.model.standards import PerformanceEvaluation, StaffingLine
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


@pytest.mark.parametrize("key", ["typo", 1, None, ("id",)])
@pytest.mark.parametrize("cls", [pelayanan.ServiceStandard, pelayanan.Provider, Citation])
@given(data=st.data())
def test_unknown_keys_beside_optional_fields_are_refused(
    cls: type, key: Any, data: st.DataObject
) -> None:
    """The fields found are counted: one key more, of any kind, and the fast path gives up."""
    raw = _convert.unstructure(data.draw(models(cls)))
    with pytest.raises(_fast._Reject):
        _fast.structure({**raw, key: raw.get("id", "x")}, cls)


def test_every_model_class_compiles() -> None:
    """No model falls back to the converter for lack of a compiled function."""
    for cls in MODEL_CLASSES:
        assert _fast._compiled_for(cls) is not _fast._reject_always, cls
    assert attrs.has(pelayanan.ServiceStandard)


# Objects are built without their __init__, the validators written out inline (``_fast._refusal``):
# the tests below check that this refuses exactly what __init__ refuses, and that the objects are
# the ones __init__ makes.

_REFUSED = object()


def _outcome(build: Any) -> Any:
    try:
        return build()
    except Exception:  # noqa: BLE001  (any refusal)
        return _REFUSED


_VALIDATORS = [
    validators.non_empty,
    validators.optional_non_empty,
    validators.at_least(0),
    validators.at_least(1),
    validators.in_range(1945, 2999),
    validators.optional(validators.at_least(1)),
    validators.optional(validators.in_range(1945, 2999)),
    validators.optional(validators.non_empty),
]
_VALUES = [None, "", " ", "\t\n", "\u3000", "x", " x ", -1, 0, 1, 2, 1944, 1945, 2999, 3000, 5.5]


@pytest.mark.parametrize("validator", _VALIDATORS, ids=repr)
def test_inline_validators_refuse_what_the_validators_refuse(validator: Any) -> None:
    """Each condition written out holds (or raises) exactly when its validator raises."""
    ns: dict[str, Any] = {}
    condition = _fast._refusal(validator, "value", ns)
    assert condition is not None
    field = attrs.fields(pelayanan.Duration).amount
    for value in _VALUES:
        inline = _outcome(lambda value=value: eval(condition, {**ns, "value": value}))  # noqa: S307
        called = _outcome(lambda value=value: validator(None, field, value))
        assert (inline is _REFUSED or inline is True) == (called is _REFUSED), value


def test_other_validators_are_called() -> None:
    """A validator that is not one of the plain ones is left to be called, not guessed at."""
    assert _fast._refusal(attrs.validators.instance_of(int), "v", {}) is None
    assert _fast._refusal(validators.optional(validators.non_negative_decimal), "v", {}) is None


@pytest.mark.parametrize(
    ("cls", "name", "values"),
    [
        (pelayanan.ServiceStandard, "id", ["", " ", "\u3000", "\t", "x", "é"]),
        (pelayanan.ServiceStandard, "version", [-1, 0, 1, 2]),
        (pelayanan.Duration, "amount", [-1, 0, 1]),
        (Citation, "article", [None, "", " ", "\u3000", "1"]),
        (Instrument, "year", [None, 1944, 1945, 2999, 3000]),
        (StaffingLine, "count", [None, -1, 0, 1]),
        (PerformanceEvaluation, "interval_months", [None, 0, 1]),
    ],
)
@given(data=st.data())
def test_the_fast_path_refuses_what_init_refuses(
    cls: type, name: str, values: list[Any], data: st.DataObject
) -> None:
    """On each side of each inline validator's boundary, both paths agree."""
    raw = _convert.unstructure(data.draw(models(cls)))
    for value in values:
        changed = {**raw, name: value}
        fast = _outcome(lambda changed=changed: _fast.structure(changed, cls))
        slow = _outcome(lambda changed=changed: _convert.DETAILED.structure(changed, cls))
        assert fast == slow, value
        assert (fast is _REFUSED) == (slow is _REFUSED), value


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_objects_built_without_init_behave_like_the_others(cls: type, data: st.DataObject) -> None:
    """Equal, equally hashed, and the same under repr, pickle and attrs.evolve."""
    raw = _convert.unstructure(data.draw(models(cls)))
    fast, slow = _fast.structure(raw, cls), _convert.DETAILED.structure(raw, cls)
    assert type(fast) is cls
    assert fast == slow
    assert repr(fast) == repr(slow)
    assert attrs.asdict(fast, recurse=False) == attrs.asdict(slow, recurse=False)
    if cls.__hash__ is not None:
        assert hash(fast) == hash(slow)
    assert pickle.loads(pickle.dumps(fast)) == fast  # noqa: S301  (our own data)
    assert attrs.evolve(fast) == fast == attrs.evolve(slow)


def test_every_model_class_is_built_without_init() -> None:
    """No model class needs its __init__ called (see ``_fast._slot_setters``)."""
    for cls in MODEL_CLASSES:
        assert _fast._slot_setters(cls) is not None, cls


@attrs.frozen
class _Checked:
    """A class whose __init__ does more than attrs' own: it is built by calling it."""

    name: str
    seen: list[str] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        self.seen.append(self.name)


@attrs.frozen(cache_hash=True)
class _Hashed:
    name: str = attrs.field(validator=validators.non_empty)


@attrs.frozen
class _SeesItself:
    name: str
    label: str = attrs.field(default=attrs.Factory(lambda self: self.name.upper(), takes_self=True))


@attrs.define
class _Unfrozen:
    name: str = attrs.field(converter=str.strip, validator=validators.non_empty)


def test_classes_with_more_to_their_init_are_built_by_calling_it() -> None:
    """A post-init or a cached hash: __init__ is called; a default made from the object: refused."""
    assert _fast._slot_setters(_Checked) is None
    assert _fast.structure({"name": "a"}, _Checked).seen == ["a"]
    assert _fast._slot_setters(_Hashed) is None
    assert hash(_fast.structure({"name": "a"}, _Hashed)) == hash(_Hashed("a"))
    assert _fast._slot_setters(_SeesItself) is None
    assert _fast._compiled_for(_SeesItself) is _fast._reject_always


def test_converters_and_validators_run_on_classes_that_are_not_frozen() -> None:
    """Converted, then validated, as __init__ does; setting a field later still converts it."""
    assert _fast._slot_setters(_Unfrozen) is not None
    built = _fast.structure({"name": " a "}, _Unfrozen)
    assert built == _Unfrozen(" a ")
    assert built.name == "a"
    with pytest.raises(_fast._Reject):
        _fast.structure({"name": "  "}, _Unfrozen)
    built.name = " b "
    assert built.name == "b"


def test_disabled_validators_leave_the_converter_to_build() -> None:
    """With attrs' validators off, the fast path still refuses; the converter then builds."""
    raw = {"amount": -1, "unit": "minutes"}
    with attrs.validators.disabled():
        with pytest.raises(_fast._Reject):
            _fast.structure(raw, pelayanan.Duration)
        assert _convert.DETAILED.structure(raw, pelayanan.Duration).amount == -1
