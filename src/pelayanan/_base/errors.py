"""The exceptions :mod:`pelayanan` raises; all share the root :class:`PelayananError`.

This module imports nothing beyond the standard library, so that the command line can catch the
package's errors without loading the model (a :class:`~pelayanan._base.problems.Problem` is
imported by the modules that build one).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from .problems import Problem

__all__ = [
    "CalendarError",
    "LoadError",
    "PelayananError",
    "ProblemKind",
    "SaidError",
    "UnknownInstrumentError",
]

ProblemKind: TypeAlias = Literal[
    "invalid", "missing", "unknown", "unreadable", "not_a_document", "limit"
]
"""What kind of problem: a wrong value, a missing or unknown field, unreadable text, data that
is not a document at all, or a value beyond the input limits (:mod:`pelayanan.io.limits`)."""


class PelayananError(Exception):
    """The root of every exception raised by :mod:`pelayanan`."""

    __module__ = "pelayanan"  # its public home, named in tracebacks


class LoadError(PelayananError, ValueError):
    """Data could not be turned into model objects.

    Lists *every* problem found, each with its JSON Pointer path, not only the first.
    """

    __module__ = "pelayanan"

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        # Sorted as Problem orders itself (path, message, kind), by a key: far faster for many.
        self.problems = tuple(sorted(problems, key=lambda p: (p.path, p.message, p.kind)))
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the data:\n{lines}")


class SaidError(PelayananError):
    """An error whose message is written in Indonesian and in English.

    ``str(error)`` is the English message; :meth:`text` gives it in either language (the English
    text when no Indonesian one was given).

    >>> SaidError("no such day", "tidak ada hari itu").text("id")
    'tidak ada hari itu'
    """

    def __init__(self, message: str, message_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        """What went wrong, in English."""
        self.message_id = message_id if message_id is not None else message
        """What went wrong, in Indonesian."""

    def __reduce__(self) -> tuple[type[SaidError], tuple[str, str]]:
        return type(self), (self.message, self.message_id)

    def text(self, lang: Literal["id", "en"] = "id") -> str:
        """The message in ``lang``."""
        return self.message_id if lang == "id" else self.message


class CalendarError(SaidError, ValueError):
    """A date or time computation that cannot be done.

    A negative number of days, a result beyond the year 9999, a timestamp without a UTC offset, or
    opening hours that never open. ``str(error)`` is the English message; :meth:`text` gives it in
    Indonesian too (the English text when no Indonesian one was given).

    >>> CalendarError("no such day", "tidak ada hari itu").text("id")
    'tidak ada hari itu'
    """


class UnknownInstrumentError(PelayananError, KeyError):
    """A legal instrument was asked for that the catalogue does not hold.

    A :class:`KeyError`, so that the catalogue behaves as a mapping (``in``, ``.get``).
    """

    __module__ = "pelayanan"

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""
