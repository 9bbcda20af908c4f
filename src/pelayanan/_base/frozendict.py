"""A read-only mapping that can be hashed and pickled, for mappings inside frozen models.

``types.MappingProxyType`` is read-only but cannot be pickled, and frozen models travel between
worker processes when large inputs are validated in parallel.

>>> answers = FrozenDict({"fee": 4, "procedure": 3})
>>> answers["fee"], answers == {"fee": 4, "procedure": 3}, len(answers)
(4, True, 2)
>>> import pickle
>>> pickle.loads(pickle.dumps(answers)) == answers
True
>>> answers["fee"] = 1
Traceback (most recent call last):
...
TypeError: 'FrozenDict' object does not support item assignment
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

__all__ = ["FrozenDict"]

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(Mapping[K, V]):
    """An immutable ``dict``: equal to any mapping with the same items, hashable if they are."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._data: dict[K, V] = dict(data)

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (self._data,))
