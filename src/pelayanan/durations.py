"""Durations with an explicit unit: minutes, hours, working days or calendar days.

Every time limit in Indonesian public service is stated in one of these units: a standard's
"5 hari kerja", a complaint's "60 hari", a counter service's "15 menit". A bare number is
ambiguous, so :class:`Duration` always carries its :class:`DurationUnit`.

>>> Duration(5, DurationUnit.WORKING_DAYS)
Duration(amount=5, unit=<DurationUnit.WORKING_DAYS: 'working_days'>)
>>> str(Duration(5, DurationUnit.WORKING_DAYS))
'5 hari kerja'
>>> Duration(90, DurationUnit.MINUTES).text("en")
'90 minutes'
>>> Duration.parse("14 hari kalender")
Duration(amount=14, unit=<DurationUnit.CALENDAR_DAYS: 'calendar_days'>)
"""

from __future__ import annotations

import re

import attrs

from ._errors import PelayananError
from ._labels import LabelledEnum, Lang, register_labels
from ._validators import at_least

__all__ = ["Duration", "DurationUnit"]


class DurationUnit(LabelledEnum):
    """The unit a time limit is counted in."""

    MINUTES = "minutes"
    HOURS = "hours"
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"

    @property
    def is_days(self) -> bool:
        """Whether the unit counts whole days (working or calendar)."""
        return self in (DurationUnit.WORKING_DAYS, DurationUnit.CALENDAR_DAYS)


register_labels(
    DurationUnit,
    {
        DurationUnit.MINUTES: ("menit", "minutes"),
        DurationUnit.HOURS: ("jam", "hours"),
        DurationUnit.WORKING_DAYS: ("hari kerja", "working days"),
        DurationUnit.CALENDAR_DAYS: ("hari kalender", "calendar days"),
    },
)

_SINGULAR_EN = {
    DurationUnit.MINUTES: "minute",
    DurationUnit.HOURS: "hour",
    DurationUnit.WORKING_DAYS: "working day",
    DurationUnit.CALENDAR_DAYS: "calendar day",
}

# Words people write, mapped to units. "hari" alone is ambiguous and deliberately absent.
_UNIT_WORDS = {
    "menit": DurationUnit.MINUTES,
    "minute": DurationUnit.MINUTES,
    "minutes": DurationUnit.MINUTES,
    "jam": DurationUnit.HOURS,
    "hour": DurationUnit.HOURS,
    "hours": DurationUnit.HOURS,
    "hari kerja": DurationUnit.WORKING_DAYS,
    "working day": DurationUnit.WORKING_DAYS,
    "working days": DurationUnit.WORKING_DAYS,
    "hari kalender": DurationUnit.CALENDAR_DAYS,
    "calendar day": DurationUnit.CALENDAR_DAYS,
    "calendar days": DurationUnit.CALENDAR_DAYS,
}
_PARSE = re.compile(r"\s*(\d+)\s*(?:\(\s*[a-z ]+\s*\)\s*)?([a-z ]+?)\s*", re.IGNORECASE)


@attrs.frozen
class Duration:
    """An amount of time in an explicit unit.

    A negative amount is meaningless and refused; zero is accepted here (a standard that promises
    "0 hari" still loads) and reported by the compliance rules.
    """

    amount: int = attrs.field(validator=at_least(0))
    unit: DurationUnit

    def text(self, lang: Lang = "id") -> str:
        """The duration as people write it, e.g. ``"5 hari kerja"`` or ``"1 working day"``."""
        if lang == "en" and self.amount == 1:
            return f"1 {_SINGULAR_EN[self.unit]}"
        return f"{self.amount} {self.unit.label.text(lang)}"

    def __str__(self) -> str:
        return self.text("id")

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Read ``"5 hari kerja"``, ``"5 (lima) hari kerja"``, ``"30 menit"`` or ``"2 hours"``.

        A bare "hari" is refused because it does not say whether working or calendar days are
        meant.

        >>> Duration.parse("5 (lima) hari kerja").amount
        5
        >>> Duration.parse("3 hari")
        Traceback (most recent call last):
        ...
        pelayanan._errors.PelayananError: '3 hari' has no clear unit; write 'hari kerja' or 'hari kalender'
        """
        match = _PARSE.fullmatch(text)
        unit = _UNIT_WORDS.get(" ".join(match[2].lower().split())) if match else None
        if match is None or unit is None:
            msg = f"{text!r} has no clear unit; write 'hari kerja' or 'hari kalender'"
            raise PelayananError(msg)
        return cls(int(match[1]), unit)
