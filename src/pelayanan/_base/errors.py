"""The exceptions :mod:`pelayanan` raises; all share the root :class:`PelayananError`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias

import attrs

__all__ = [
    "CalendarError",
    "LoadError",
    "PelayananError",
    "Problem",
    "ProblemKind",
    "UnknownInstrumentError",
]

ProblemKind: TypeAlias = Literal[
    "invalid", "missing", "unknown", "unreadable", "not_a_document", "limit"
]
"""What kind of problem: a wrong value, a missing or unknown field, unreadable text, data that
is not a document at all, or a value beyond the input limits (:mod:`pelayanan.io.limits`)."""


class PelayananError(Exception):
    """The root of every exception raised by :mod:`pelayanan`."""


@attrs.frozen(order=True)
class Problem:
    """One thing wrong with input data, located by a JSON Pointer (RFC 6901).

    >>> str(Problem("/components/3/amount", "expected a number"))
    '/components/3/amount: expected a number'
    """

    path: str
    """JSON Pointer to the offending value; ``""`` is the whole document."""
    message: str
    """What is wrong, in English."""
    kind: ProblemKind = "invalid"
    message_id: str = attrs.field(default="", eq=False, order=False)
    """What is wrong, in Indonesian (the English message is shown when this is empty)."""

    def text(self, lang: Literal["id", "en"] = "id") -> str:
        """The message in ``lang``.

        >>> Problem("/fee", "expected an object", message_id="seharusnya objek").text("id")
        'seharusnya objek'
        """
        return self.message_id if lang == "id" and self.message_id else self.message

    def __str__(self) -> str:
        return f"{self.path or '/'}: {self.message}"


class LoadError(PelayananError, ValueError):
    """Data could not be turned into model objects.

    Lists *every* problem found, each with its JSON Pointer path, not only the first.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        # Sorted as Problem orders itself (path, message, kind), by a key: far faster for many.
        self.problems = tuple(sorted(problems, key=lambda p: (p.path, p.message, p.kind)))
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the data:\n{lines}")


class CalendarError(PelayananError, ValueError):
    """A date or time computation that cannot be done.

    A negative number of days, a result beyond the year 9999, a timestamp without a UTC offset, or
    opening hours that never open.
    """


class UnknownInstrumentError(PelayananError, KeyError):
    """A legal instrument was asked for that the catalogue does not hold.

    A :class:`KeyError`, so that the catalogue behaves as a mapping (``in``, ``.get``).
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""
