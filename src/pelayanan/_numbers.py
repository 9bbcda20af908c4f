"""Exact numbers for indices, weights and scores, and the one rounding rule they share.

Indices are computed exactly (:class:`~fractions.Fraction`) and rounded once, at the documented
step, half up to a fixed number of decimals (the way the published tables are read: 4,505 is 4,51).
Floats are refused because they are already rounded: ``0.1 + 0.2`` is not ``0.3``.

>>> from fractions import Fraction
>>> to_fraction("0.17", "weight"), to_fraction(Decimal("4.5"), "score")
(Fraction(17, 100), Fraction(9, 2))
>>> round_half_up(Fraction(4505, 1000)), round_half_up(Fraction(0))
(Decimal('4.51'), Decimal('0.00'))
>>> to_fraction(0.5, "score")
Traceback (most recent call last):
...
TypeError: a score must be exact (an int, a Decimal, a Fraction or a numeric string), not float
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias

__all__ = ["Exact", "round_half_up", "to_fraction"]

Exact: TypeAlias = Fraction | Decimal | int | str
"""A number given exactly: a :class:`Fraction`, a :class:`Decimal`, an ``int`` or a numeric string."""


def to_fraction(value: object, what: str) -> Fraction:
    """``value`` as a :class:`Fraction`; ``what`` names it in the error ("score", "weight").

    Raises :class:`TypeError` for floats, booleans and other types, and :class:`ValueError` for
    text that is not a number and for NaN or infinite decimals.
    """
    if isinstance(value, bool) or not isinstance(value, Fraction | Decimal | int | str):
        msg = (
            f"a {what} must be exact (an int, a Decimal, a Fraction or a numeric string), "
            f"not {type(value).__name__}"
        )
        raise TypeError(msg)
    if isinstance(value, Decimal) and not value.is_finite():
        msg = f"a {what} must be a finite number, not {value}"
        raise ValueError(msg)
    try:
        return Fraction(value.strip() if isinstance(value, str) else value)
    except (ValueError, ZeroDivisionError):
        msg = f"{value!r} is not a number (write decimals with a point: '89.59')"
        raise ValueError(msg) from None


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """``value`` rounded to ``places`` decimals, halves away from zero (4,505 → 4,51)."""
    scaled = abs(value) * 10**places
    digits = math.floor(scaled + Fraction(1, 2))
    rounded = Decimal(-digits if value < 0 else digits) / Decimal(10**places)
    return rounded.quantize(Decimal(1).scaleb(-places))
