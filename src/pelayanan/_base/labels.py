"""Bilingual labels for closed vocabularies.

Every enumeration in :mod:`pelayanan` has stable ASCII values (what goes into JSON) and a label in
Indonesian and English (what is shown to people). Labels live in tables next to each enumeration and
are checked for completeness when the module is imported, so a member can never lack a label.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from collections.abc import Mapping
from typing import Final, Literal, TypeVar

import attrs

__all__ = ["Label", "LabelledEnum", "Lang", "register_labels", "render_value"]

Lang = Literal["id", "en"]
"""A language code for labels and messages: ``"id"`` (Bahasa Indonesia) or ``"en"`` (English)."""


@attrs.frozen
class Label:
    """A text in Indonesian and English.

    >>> Label("Barang publik", "Public goods").text("en")
    'Public goods'
    """

    id: str
    en: str

    def text(self, lang: Lang = "id") -> str:
        """The text in ``lang``."""
        return self.en if lang == "en" else self.id

    def __str__(self) -> str:
        return self.id


_LABELS: dict[enum.Enum, Label] = {}


class LabelledEnum(enum.Enum):
    """An enumeration whose members have an Indonesian and an English label."""

    # Members are singletons compared by identity, so the identity hash agrees with equality;
    # Enum's own __hash__ hashes the name in Python, and members are dictionary keys on every
    # rule's path (labels, component states, severities).
    __hash__ = object.__hash__

    @property
    def label(self) -> Label:
        """The member's label in Indonesian and English."""
        return _LABELS[self]


E = TypeVar("E", bound=LabelledEnum)


def register_labels(cls: type[E], labels: Mapping[E, tuple[str, str]]) -> type[E]:
    """Attach ``(indonesian, english)`` labels to every member of ``cls``.

    Raises :class:`TypeError` at import time if a member is missing, so that a new member cannot be
    added without its labels.
    """
    missing = [m.name for m in cls if m not in labels]
    if missing:
        msg = f"{cls.__name__}: no label for {', '.join(missing)}"
        raise TypeError(msg)
    for member, (label_id, label_en) in labels.items():
        _LABELS[member] = Label(label_id, label_en)
    return cls


_LONGEST_INTEGER_BITS: Final = 10_000
"""About 3,000 digits: well below the 4,300 that :func:`str` accepts by default."""
_DIGITS_PER_BIT: Final = 0.30103  # log10(2)


def render_value(value: object, lang: Lang) -> str:  # noqa: PLR0911  (one return per kind of value)
    """A message parameter as text: labels in ``lang``, dates in ISO form, collections joined.

    Decimal numbers are written as the language writes them: ``Decimal("7000.5")`` is
    ``7.000,5`` in Indonesian and ``7,000.5`` in English.
    """
    if isinstance(value, decimal.Decimal):
        text = f"{value:,f}"
        return (
            text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
            if lang == "id"
            else text
        )
    if isinstance(value, Label):
        return value.text(lang)
    if isinstance(value, LabelledEnum):
        return value.label.text(lang)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, frozenset, set)):
        return ", ".join(render_value(v, lang) for v in value)
    if hasattr(value, "text") and callable(value.text):
        return str(value.text(lang))
    if isinstance(value, int) and value.bit_length() > _LONGEST_INTEGER_BITS:
        # str() refuses integers of more than 4,300 digits; a message never needs all of them.
        return f"(a number of about {int(value.bit_length() * _DIGITS_PER_BIT):,} digits)"
    return str(value)
