"""attrs validators for the few values that are meaningless rather than merely non-compliant."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "InvalidValueError",
    "at_least",
    "in_range",
    "non_empty",
    "non_negative_decimal",
    "optional",
    "optional_non_empty",
    "to_decimal",
]


class InvalidValueError(ValueError):
    """A field's value is meaningless; names the field so that loaders can say where.

    ``message`` is English; ``message_id`` is the same in Indonesian (the English text is shown
    when no Indonesian one is given).
    """

    def __init__(self, field: str, message: str, message_id: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message_id = message_id if message_id is not None else message
        """The message in Indonesian."""


Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def at_least(minimum: int) -> Validator:
    """Refuse numbers below ``minimum`` (a count below zero, a version below one)."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
        if value < minimum:
            msg = f"{attribute.name} must be at least {minimum}, not {value}"
            raise InvalidValueError(attribute.name, msg)

    return validate


def in_range(minimum: int, maximum: int) -> Validator:
    """Refuse numbers outside ``minimum`` to ``maximum`` inclusive."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
        if not minimum <= value <= maximum:
            msg = f"{attribute.name} must be between {minimum} and {maximum}, not {value}"
            raise InvalidValueError(attribute.name, msg)

    return validate


def optional(validator: Validator) -> Validator:
    """Apply ``validator`` unless the value is ``None``."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return validate


def non_empty(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Refuse a blank string: an identifier of only spaces identifies nothing."""
    if not value.strip():
        msg = f"{attribute.name} must not be empty"
        raise InvalidValueError(attribute.name, msg)


def optional_non_empty(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Like :func:`non_empty`, but ``None`` (not given) is fine."""
    if value is not None and not value.strip():
        msg = f"{attribute.name} must not be empty when given"
        raise InvalidValueError(attribute.name, msg)


def non_negative_decimal(
    _: object, attribute: attrs.Attribute[Any], value: decimal.Decimal
) -> None:
    """Refuse NaN, infinities and negative amounts: no fee or count can be any of those."""
    if not value.is_finite() or value < 0:
        msg = f"{attribute.name} must be a finite amount of at least 0, not {value}"
        raise InvalidValueError(attribute.name, msg)


def to_decimal(value: decimal.Decimal | int | str) -> decimal.Decimal:
    """Convert an amount to :class:`~decimal.Decimal`; floats are refused as inexact for money.

    >>> to_decimal(15000), to_decimal("2500.50")
    (Decimal('15000'), Decimal('2500.50'))
    """
    if isinstance(value, bool) or not isinstance(value, decimal.Decimal | int | str):
        msg = f"an amount must be a Decimal, an int or a numeric string, not {type(value).__name__}"
        raise TypeError(msg)
    try:
        return decimal.Decimal(value)
    except decimal.InvalidOperation:
        msg = f"{value!r} is not a number"
        raise ValueError(msg) from None
