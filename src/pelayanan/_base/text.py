"""Text that says nothing: the placeholders units write where a value belongs.

Published standards fill a field with "-", "tidak ada", "n/a" or "…" as often as they leave it
empty. Such text is present but says nothing; every rule and every count that asks whether a
component is *fulfilled* treats it as absent, through :func:`is_placeholder`.

>>> is_placeholder(" - "), is_placeholder("Tidak  Ada"), is_placeholder("KTP")
(True, True, False)
"""

from __future__ import annotations

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
    collapsed = " ".join(text.split())
    if placeholders is PLACEHOLDERS and len(collapsed) > _LONGEST:
        return False
    return collapsed.lower() in placeholders
