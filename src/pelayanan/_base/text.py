"""Text that says nothing: the placeholders units write where a value belongs.

Published standards fill a field with "-", "tidak ada", "n/a" or "…" as often as they leave it
empty. Such text is present but says nothing; every rule and every count that asks whether a
component is *fulfilled* treats it as absent, through :func:`is_placeholder`.

>>> is_placeholder(" - "), is_placeholder("Tidak  Ada"), is_placeholder("KTP")
(True, True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Final

__all__ = ["PLACEHOLDERS", "is_placeholder"]

PLACEHOLDERS: Final[frozenset[str]] = frozenset(
    {"", "-", "--", "---", "–", "—", ".", "..", "...", "…", "n/a", "na", "tbd", "tba", "?"}
    | {"tidak ada", "belum ada", "nihil", "kosong", "none", "null", "x"}
)
"""Texts that fill a field without saying anything (compared lower-cased, spaces collapsed)."""

_LONGEST: Final = max(map(len, PLACEHOLDERS))


def is_placeholder(text: str, placeholders: Collection[str] = PLACEHOLDERS) -> bool:
    """Whether ``text`` says nothing: blank, a dash, "n/a", "tidak ada", ..."""
    if placeholders is PLACEHOLDERS:
        return _says_nothing(text)
    return " ".join(text.split()).lower() in placeholders


@functools.lru_cache(maxsize=16384)  # the same requirements and steps recur across standards
def _says_nothing(text: str) -> bool:
    collapsed = " ".join(text.split())
    return len(collapsed) <= _LONGEST and collapsed.lower() in PLACEHOLDERS
