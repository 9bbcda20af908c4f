"""One thing wrong with input data, located by a JSON Pointer: the unit of a :class:`~pelayanan.LoadError`.

Kept apart from :mod:`pelayanan._base.errors`, which must stay free of third-party imports.
"""

from __future__ import annotations

from typing import Literal

import attrs

from .errors import ProblemKind

__all__ = ["Problem"]


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
