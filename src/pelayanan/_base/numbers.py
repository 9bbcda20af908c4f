"""Exact numbers for indices, weights and scores, and the rounding rules they use.

Indices are computed exactly (:class:`~fractions.Fraction`) and rounded once, at the documented
step, to a fixed number of decimals. Floats are refused because they are already rounded:
``0.1 + 0.2`` is not ``0.3``. Converting a fraction to :class:`~decimal.Decimal` first and rounding
afterwards would round twice (``Decimal`` division has a finite precision), so
:func:`round_fraction` decides the last digit from the exact remainder instead.

>>> from fractions import Fraction
>>> to_fraction("0.17", "weight"), to_fraction(Decimal("4.5"), "score")
(Fraction(17, 100), Fraction(9, 2))
>>> round_half_up(Fraction(4505, 1000)), round_half_up(Fraction(0))
(Decimal('4.51'), Decimal('0.00'))
>>> round_fraction(Fraction(176_61, 200), 2)  # 88.305 exactly
Decimal('88.31')
>>> round_fraction(Fraction(-5, 2), 0)  # half away from zero
Decimal('-3')
>>> to_fraction(0.5, "score")
Traceback (most recent call last):
...
TypeError: a score must be exact (an int, a Decimal, a Fraction or a numeric string), not float
"""

from __future__ import annotations

import decimal
import json
import re
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, TypeAlias

__all__ = [
    "ROUNDING_MODES",
    "Exact",
    "dumps_with_decimals",
    "format_number",
    "number_from_words",
    "round_fraction",
    "round_half_up",
    "to_fraction",
]

Exact: TypeAlias = Fraction | Decimal | int | str
"""A number given exactly: a :class:`Fraction`, a :class:`Decimal`, an ``int`` or a numeric string."""


def to_fraction(value: object, what: str = "number") -> Fraction:
    """``value`` as a :class:`Fraction`; ``what`` names it in the error ("score", "weight").

    Raises :class:`TypeError` for floats, booleans and other types, and :class:`ValueError` for
    text that is not a number and for NaN or infinite decimals. Text may be a fraction ("1/9").
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


ROUNDING_MODES: Final = frozenset(
    {
        decimal.ROUND_HALF_UP,
        decimal.ROUND_HALF_EVEN,
        decimal.ROUND_HALF_DOWN,
        decimal.ROUND_UP,
        decimal.ROUND_DOWN,
        decimal.ROUND_CEILING,
        decimal.ROUND_FLOOR,
    }
)
"""The :mod:`decimal` rounding modes :func:`round_fraction` implements (all but ``ROUND_05UP``)."""


def _round_up_magnitude(remainder: Fraction, quotient: int, negative: bool, mode: str) -> bool:
    """Whether to move the magnitude of a truncated value up by one unit in the last place."""
    if remainder == 0:
        return False
    half = Fraction(1, 2)
    decisions = {
        decimal.ROUND_DOWN: False,
        decimal.ROUND_UP: True,
        decimal.ROUND_CEILING: not negative,
        decimal.ROUND_FLOOR: negative,
        decimal.ROUND_HALF_UP: remainder >= half,
        decimal.ROUND_HALF_DOWN: remainder > half,
        decimal.ROUND_HALF_EVEN: remainder > half or (remainder == half and quotient % 2 == 1),
    }
    return decisions[mode]


def round_fraction(value: Fraction, places: int, mode: str = decimal.ROUND_HALF_UP) -> Decimal:
    """Round ``value`` exactly to ``places`` decimal places with a :mod:`decimal` rounding ``mode``.

    The default, ``ROUND_HALF_UP``, rounds halves away from zero, as people do by hand and as
    spreadsheets' ``ROUND`` does.
    """
    if mode not in ROUNDING_MODES:
        msg = f"unsupported rounding mode {mode!r}"
        raise ValueError(msg)
    negative = value < 0
    scaled = abs(value) * 10**places
    quotient, rest = divmod(scaled.numerator, scaled.denominator)
    if _round_up_magnitude(Fraction(rest, scaled.denominator), quotient, negative, mode):
        quotient += 1
    return Decimal((1 if negative else 0, tuple(int(d) for d in str(quotient)), -places))


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """``value`` rounded to ``places`` decimals, halves away from zero (4,505 → 4,51)."""
    return round_fraction(value, places, decimal.ROUND_HALF_UP)


_MARK: Final = "\x00decimal:"
_MARKED: Final = re.compile(r'"\\u0000decimal:(-?[0-9]+(?:\.[0-9]+)?)"')


def _mark_decimals(data: object) -> object:
    if isinstance(data, decimal.Decimal):
        return f"{_MARK}{data:f}"
    if isinstance(data, dict):
        return {key: _mark_decimals(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_mark_decimals(value) for value in data]
    return data


def dumps_with_decimals(data: Any, *, indent: int | None = 2) -> str:  # noqa: ANN401  (JSON-like)
    """JSON text in which every :class:`~decimal.Decimal` is a number written with all its digits.

    ``json.dumps`` would need a float, which turns ``Decimal("100.00")`` into ``100.0``; a report
    that promises two decimals should show them.

    >>> print(dumps_with_decimals({"index": Decimal("100.00"), "grade": "A"}, indent=None))
    {"index": 100.00, "grade": "A"}
    """
    text = json.dumps(_mark_decimals(data), indent=indent, ensure_ascii=False)
    return _MARKED.sub(r"\1", text)


# --- numbers as people write them ------------------------------------------------------------------

_DIGIT_WORDS: Final = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
_SE: Final = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_WORD: Final = re.compile(r"[a-z]+")


def number_from_words(text: str) -> int | None:
    """The whole number written in Indonesian words, or ``None`` if ``text`` is not one.

    Standards write numbers in digits with the words beside them ("5 (lima)"), or in words alone
    ("maksimal tiga hari").

    >>> number_from_words("tiga"), number_from_words("lima belas"), number_from_words("Dua Puluh Empat")
    (3, 15, 24)
    >>> number_from_words("seratus dua puluh"), number_from_words("sebelas"), number_from_words("hari")
    (120, 11, None)
    """
    words = _WORD.findall(text.lower())
    if not words or len(words) != len(text.split()):
        return None
    total, hundreds, small = 0, 0, 0
    for word in words:
        if word in _DIGIT_WORDS:
            small += _DIGIT_WORDS[word]
        elif word in ("sepuluh", "sebelas"):
            small += _SE[word]
        elif word == "seratus":
            hundreds += 100
        elif word == "seribu":
            total += 1000
        elif word == "belas":
            small += 10
        elif word == "puluh":
            small *= 10
        elif word == "ratus":
            hundreds, small = hundreds + (small or 1) * 100, 0
        elif word == "ribu":
            total, hundreds, small = total + (hundreds + small or 1) * 1000, 0, 0
        else:
            return None
    return total + hundreds + small


def format_number(
    value: Decimal | Fraction | int, lang: str = "id", places: int | None = None
) -> str:
    """A number as the language writes it: a decimal comma and thousands points in Indonesian.

    >>> format_number(Decimal("85.71")), format_number(Decimal("85.71"), "en")
    ('85,71', '85.71')
    >>> format_number(Decimal("1500000"), "id"), format_number(Decimal("1500000"), "en")
    ('1.500.000', '1,500,000')
    >>> format_number(Fraction(1, 3), "id", places=2)
    '0,33'
    """
    if isinstance(value, Fraction):
        value = round_half_up(value, places if places is not None else 2)
    elif places is not None:
        value = round_fraction(Fraction(value), places)
    text = f"{value:,}" if isinstance(value, int) else f"{Decimal(value):,f}"
    if lang == "id":
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text
