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

:meth:`Duration.due` says when a request is due under a time limit, on the unit's working
calendar and, for minutes and hours, within its opening hours:

>>> import datetime as dt
>>> Duration(5, DurationUnit.WORKING_DAYS).due(dt.date(2024, 4, 5)).due
datetime.date(2024, 4, 22)
>>> from pelayanan.time.hours import GOVERNMENT_HOURS, OpeningHours
>>> from pelayanan.time.regions import TimeZone
>>> submitted = dt.datetime(2024, 4, 5, 15, 30, tzinfo=TimeZone.WIB.tzinfo)
>>> hours = OpeningHours(TimeZone.WIB, GOVERNMENT_HOURS)
>>> Duration(2, DurationUnit.HOURS).due(submitted, hours=hours).due.isoformat()
'2024-04-16T08:30:00+07:00'
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._base.errors import CalendarError, PelayananError
from .._base.labels import LabelledEnum, Lang, register_labels
from .._base.validators import at_least
from .calendar import GOVERNMENT_CALENDAR, Deadline, WorkingCalendar, add_calendar_days
from .hours import OpeningHours
from .regions import aware

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

    def due(
        self,
        start: dt.date | dt.datetime,
        *,
        calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
        hours: OpeningHours | None = None,
    ) -> Deadline:
        """When something started at ``start`` is due under this time limit (rule R19).

        * Working days: the :attr:`amount`-th working day of ``calendar`` after the start date
          (Perpres 21/2023 Pasal 3 and 6 by default; see :mod:`pelayanan.time.calendar`).
        * Calendar days: the start date plus :attr:`amount` days.
        * Minutes and hours: counted only while the unit is open, so ``hours`` and a
          timezone-aware ``start`` are needed; the result is a timestamp in the unit's zone.

        For days, a timestamp ``start`` counts from its date in the unit's zone (``hours``), or
        in its own UTC offset when no hours are given. The :class:`~pelayanan.time.calendar.Deadline`
        carries warnings about missing or estimated holiday data.
        """
        if self.unit.is_days:
            day = start
            if isinstance(start, dt.datetime):
                day = (hours.time_zone.convert(start) if hours else aware(start)).date()
            if self.unit is DurationUnit.CALENDAR_DAYS:
                return Deadline(add_calendar_days(day, self.amount))
            return calendar.deadline(day, self.amount)
        if hours is None:
            msg = f"a time limit of {self.text('en')} needs the unit's opening hours"
            raise CalendarError(msg)
        if not isinstance(start, dt.datetime):
            msg = f"a time limit of {self.text('en')} needs a start time, not the date {start}"
            raise CalendarError(msg)
        minutes = self.amount * (60 if self.unit is DurationUnit.HOURS else 1)
        return hours.deadline(start, dt.timedelta(minutes=minutes), calendar)

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
        pelayanan.PelayananError: '3 hari' has no clear unit; write 'hari kerja' or 'hari kalender'
        """
        match = _PARSE.fullmatch(text)
        unit = _UNIT_WORDS.get(" ".join(match[2].lower().split())) if match else None
        if match is None or unit is None:
            msg = f"{text!r} has no clear unit; write 'hari kerja' or 'hari kalender'"
            raise PelayananError(msg)
        return cls(int(match[1]), unit)
