"""Input limits: the largest numbers, texts and structures that loading accepts.

Documents come from people and programs that make mistakes, and sometimes from someone who means
harm. A value far outside anything the law deals with (a staff count of 10^5000, a date in the
year 9999, a time limit of two million working days) would load and then break a calculation
much later, or make it run for minutes. Loading refuses such values instead, each with a ``PL006``
finding (:class:`~pelayanan.Problem` kind ``"limit"``) at its JSON Pointer, and keeps the rest of
the document, as for any other invalid value.

The defaults are far above any real document; pass your own :class:`Limits` to
:func:`~pelayanan.io.documents.from_json`, :func:`~pelayanan.io.documents.parse_documents` or
:func:`~pelayanan.validate` to tighten (or widen) them:

>>> from pelayanan import from_json
>>> from pelayanan.io.limits import Limits
>>> text = '{"kind": "service", "id": "s", "name": "Layanan", "provider_id": "p", "unit_id": "u",'
>>> text += ' "scope": "administrative", "description": "' + "x" * 300 + '"}'
>>> from_json(text, limits=Limits(max_string_length=200))
Traceback (most recent call last):
...
pelayanan.LoadError: 1 problem in the data:
  /description: a text of 300 characters; the limit is 200

Dates are refused outside the years :attr:`Limits.earliest_year` to :attr:`Limits.latest_year`
(at most 9998), so that a year can always be added to a date without leaving the calendar.
"""

from __future__ import annotations

import contextvars
import decimal
import re
from typing import Final

import attrs

from .._base.errors import PelayananError

__all__ = ["DEFAULT_LIMITS", "LATEST_YEAR", "LimitError", "Limits"]

LATEST_YEAR: Final = 9998
"""The last year a date may have: one below Python's year 9999, so that ``year + 1`` and a year's
worth of days can always be added (a complaint's deadlines, an annual survey)."""


class LimitError(PelayananError, ValueError):
    """A value beyond the input limits; loading reports it as a problem of kind ``"limit"``."""


def _positive(instance: Limits, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        msg = f"{attribute.name} must be at least 1, not {value}"
        raise ValueError(msg)


def _year(instance: Limits, attribute: attrs.Attribute[int], value: int) -> None:
    if not 1 <= value <= LATEST_YEAR:
        msg = f"{attribute.name} must be a year from 1 to {LATEST_YEAR}, not {value}"
        raise ValueError(msg)


@attrs.frozen
class Limits:
    """The largest values, texts and structures loading accepts (see the module docstring).

    >>> Limits().max_integer
    1000000000000000
    >>> Limits(latest_year=9999)
    Traceback (most recent call last):
    ...
    ValueError: latest_year must be a year from 1 to 9998, not 9999
    """

    max_integer: int = attrs.field(default=10**15, validator=_positive)
    """The largest whole number, positive or negative (a thousand trillion: more than any count,
    year or rupiah amount in a document)."""
    max_number_digits: int = attrs.field(default=40, validator=_positive)
    """The most significant digits a number may have, written as a number or as text."""
    max_exponent: int = attrs.field(default=30, validator=_positive)
    """The largest power of ten in a number, up or down: ``1e30`` and ``1e-30`` are accepted,
    ``1e31`` is not."""
    max_string_length: int = attrs.field(default=1_000_000, validator=_positive)
    """The longest text (a value or an object key), in characters."""
    max_depth: int = attrs.field(default=64, validator=_positive)
    """The deepest nesting of lists and objects; a document needs fewer than ten levels."""
    max_list_length: int = attrs.field(default=1_000_000, validator=_positive)
    """The most items in one list, or keys in one object."""
    max_text_bytes: int = attrs.field(default=256 * 2**20, validator=_positive)
    """The largest JSON text read at once: a ``.json`` file, or one line of a JSON Lines file or
    stream (256 MiB). Larger data belongs in JSON Lines, which is read a line at a time."""
    max_duration_amount: int = attrs.field(default=100_000, validator=_positive)
    """The largest amount of a time limit, in its unit: 100,000 working days are about 380
    years, 100,000 minutes about 69 days."""
    earliest_year: int = attrs.field(default=1, validator=_year)
    """The first year a date may have."""
    latest_year: int = attrs.field(default=LATEST_YEAR, validator=_year)
    """The last year a date may have (at most :data:`LATEST_YEAR`)."""

    def __attrs_post_init__(self) -> None:
        if self.earliest_year > self.latest_year:
            msg = f"earliest_year {self.earliest_year} is after latest_year {self.latest_year}"
            raise ValueError(msg)

    # --- checks shared by the loaders ------------------------------------------------------------

    def check_integer(self, value: int) -> None:
        """Raise :class:`LimitError` if ``value`` is beyond :attr:`max_integer`."""
        if not -self.max_integer <= value <= self.max_integer:
            digits = len(str(abs(value))) if abs(value).bit_length() < 10_000 else None
            size = f"{digits} digits" if digits else "more than 3,000 digits"
            msg = f"a whole number of {size}; the limit is {self.max_integer:,}"
            raise LimitError(msg)

    def number_problem(self, value: decimal.Decimal) -> str | None:
        """Why a number is beyond the limits, or ``None`` if it is within them."""
        if not value.is_finite():
            return None
        significant = len(value.as_tuple().digits)
        if significant > self.max_number_digits:
            return f"a number of {significant} digits; the limit is {self.max_number_digits}"
        if value and not -self.max_exponent <= value.adjusted() <= self.max_exponent:
            return (
                f"a number of the order of 10^{value.adjusted()}; the limit is "
                f"10^{self.max_exponent} (and 10^-{self.max_exponent} for fractions)"
            )
        return None

    def check_number_text(self, text: str) -> None:
        """Raise :class:`LimitError` if numeric ``text`` (``"1e5"``, ``"211/60"``) is too large.

        Checked before the text is turned into a number, which for ``"1e999999999"`` as a
        fraction would take minutes.
        """
        if len(text) <= self.max_exponent and "e" not in text and "E" not in text:
            return  # too short for more digits or a larger power of ten than the limits allow
        parts = text.strip().split("/", 1)
        for part in parts:
            match = _NUMBER.fullmatch(part.strip())
            if match is None:
                continue  # not a number: the loader says so
            exponent = match["exponent"]
            if exponent is not None and len(exponent.lstrip("+-0")) > _EXPONENT_DIGITS:
                # Beyond what Decimal itself can hold (1e999999999999999999999).
                msg = f"a number with an exponent of {len(exponent):,} digits"
                raise LimitError(msg)
            try:
                problem = self.number_problem(decimal.Decimal(part.strip().replace("_", "")))
            except decimal.InvalidOperation:
                continue  # not a number Decimal reads: the loader says so
            if problem is not None:
                raise LimitError(problem)

    def check_string(self, value: str) -> None:
        """Raise :class:`LimitError` if ``value`` is longer than :attr:`max_string_length`."""
        if len(value) > self.max_string_length:
            msg = f"a text of {len(value):,} characters; the limit is {self.max_string_length:,}"
            raise LimitError(msg)

    def check_year(self, year: int, what: str = "date") -> None:
        """Raise :class:`LimitError` if ``year`` is outside the years dates may have."""
        if not self.earliest_year <= year <= self.latest_year:
            msg = (
                f"a {what} in the year {year}; dates must be in the years "
                f"{self.earliest_year} to {self.latest_year}"
            )
            raise LimitError(msg)

    def check_duration(self, amount: int) -> None:
        """Raise :class:`LimitError` if a time limit's ``amount`` is above the limit."""
        if amount > self.max_duration_amount:
            msg = (
                f"a time limit of {amount:,}; the limit is {self.max_duration_amount:,} "
                "(minutes, hours or days)"
            )
            raise LimitError(msg)


_NUMBER: Final = re.compile(r"[+-]?(?:\d[\d_]*)?\.?[\d_]*(?:[eE](?P<exponent>[+-]?[\d_]+))?")
_EXPONENT_DIGITS: Final = 9
"""An exponent of more digits than this is beyond any limit (and beyond what Decimal holds)."""

DEFAULT_LIMITS: Final = Limits()
"""The limits used when none are given."""

_current: Final[contextvars.ContextVar[Limits]] = contextvars.ContextVar(
    "pelayanan_limits", default=DEFAULT_LIMITS
)
"""The limits of the load in progress, read by the converter's hooks (private to the io wing)."""
