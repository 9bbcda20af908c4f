"""Opening hours (*jam pelayanan*): weekly windows, special periods such as Ramadan, exceptions.

A unit serves in one or more windows a day (a lunch break, the Friday prayer break), in its own
time zone. Special periods replace the weekly hours for a stretch of dates (Ramadan, when
Perpres 21/2023 shortens the working week to 32 jam 30 menit starting at 08.00), and exceptions
replace them for single dates. Days that are not working days of the unit's
:class:`~pelayanan.time.calendar.WorkingCalendar` are closed, unless an exception opens them.

>>> friday_prayer = WeeklyHours((
...     DayHours(WORKING_WEEK[:4], (TimeWindow.parse("08:00-12:00"), TimeWindow.parse("13:00-15:00"))),
...     DayHours((Weekday.FRIDAY,), (TimeWindow.parse("08:00-11:30"), TimeWindow.parse("13:00-15:00"))),
... ))
>>> hours = OpeningHours(TimeZone.WIB, friday_prayer)
>>> wib = TimeZone.WIB.tzinfo
>>> hours.is_open(dt.datetime(2024, 3, 1, 12, 0, tzinfo=wib))  # Friday, prayer break
False
>>> hours.is_open(dt.datetime(2024, 3, 1, 13, 0, tzinfo=wib))
True

Time limits in hours or minutes are counted only while the unit is open. Two hours from Friday
14:00 WIB: one hour until closing, the second on Monday morning:

>>> hours.add_service_time(dt.datetime(2024, 3, 1, 14, 0, tzinfo=wib), dt.timedelta(hours=2))
datetime.datetime(2024, 3, 4, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=25200), 'WIB'))

A start given in another zone is the same instant (15:00 WITA is 14:00 WIB), and the result is in
the unit's zone. National holidays and cuti bersama close the unit by default (Idul Fitri 1445 H,
10–15 April 2024):

>>> hours.add_service_time(
...     dt.datetime(2024, 4, 5, 15, 0, tzinfo=TimeZone.WITA.tzinfo), dt.timedelta(minutes=90)
... ).isoformat()
'2024-04-16T08:30:00+07:00'

Ramadan dates are fixed each year by the Minister of Religious Affairs after the *sidang isbat*,
and the ``holidays`` data has no 1 Ramadan, only Idul Fitri (1 Syawal), which ends it. So the
period is supplied by the user; :data:`RAMADAN_HOURS` gives the Perpres 21/2023 figures:

>>> ramadan = SpecialPeriod("Ramadan 1445 H", dt.date(2024, 3, 12), dt.date(2024, 4, 9), RAMADAN_HOURS)
>>> with_ramadan = OpeningHours(TimeZone.WIB, GOVERNMENT_HOURS, special_periods=(ramadan,))
>>> [str(w) for w in with_ramadan.windows_on(dt.date(2024, 3, 15))]
['08:00-11:30', '13:00-16:00']
>>> [str(w) for w in with_ramadan.windows_on(dt.date(2024, 4, 19))]
['07:30-11:30', '13:00-16:30']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, Final

import attrs
from dateutil import rrule

from .._base.errors import CalendarError
from .._base.validators import InvalidValueError
from .calendar import (
    GOVERNMENT_CALENDAR,
    WORKING_WEEK,
    Deadline,
    Weekday,
    WorkingCalendar,
    _Counter,
)
from .regions import TimeZone, aware

__all__ = [
    "GOVERNMENT_HOURS",
    "RAMADAN_HOURS",
    "DayHours",
    "ExceptionDay",
    "OpeningHours",
    "SpecialPeriod",
    "TimeWindow",
    "WeeklyHours",
]

_MIDNIGHT: Final = dt.time(0, 0)
_WHOLE_DAY: Final = dt.timedelta(days=1)
_GIVE_UP_AFTER_DAYS: Final = 3660
"""Ten years without a single opening means the hours never open."""
_WINDOW = re.compile(r"\s*(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})\s*")


def _offset(time: dt.time) -> dt.timedelta:
    return dt.timedelta(
        hours=time.hour, minutes=time.minute, seconds=time.second, microseconds=time.microsecond
    )


def _naive(_: object, attribute: attrs.Attribute[Any], value: dt.time) -> None:
    """Times of day are local to the opening hours' zone, so they carry no offset."""
    if value.tzinfo is not None:
        msg = f"{attribute.name} must be a local time of day without a UTC offset"
        raise InvalidValueError(attribute.name, msg)


def _after_start(instance: TimeWindow, attribute: attrs.Attribute[Any], value: dt.time) -> None:
    """A window ends after it starts; 00:00 as the end means midnight at the end of the day."""
    _naive(instance, attribute, value)
    if value != _MIDNIGHT and value <= instance.start:
        msg = f"end {value.isoformat()} must be after start {instance.start.isoformat()}"
        raise InvalidValueError(attribute.name, msg)


@attrs.frozen
class TimeWindow:
    """A stretch of a day during which the unit serves, e.g. 08:00–12:00.

    An end of 00:00 means midnight at the end of the day, so 00:00–00:00 is the whole day.
    """

    start: dt.time = attrs.field(validator=_naive)
    end: dt.time = attrs.field(validator=_after_start)

    @classmethod
    def parse(cls, text: str) -> TimeWindow:
        """Read ``"08:00-12:00"`` (also ``"08.00–12.00"``, as Indonesian texts write times).

        >>> TimeWindow.parse("07.30–16.00")
        TimeWindow(start=datetime.time(7, 30), end=datetime.time(16, 0))
        """
        match = _WINDOW.fullmatch(text)
        if match is None:
            msg = f"{text!r} is not a time window; write HH:MM-HH:MM"
            msg_id = f"{text!r} bukan rentang waktu; tulis JJ:MM-JJ:MM"
            raise CalendarError(msg, msg_id)
        hours_start, minutes_start, hours_end, minutes_end = (int(g) for g in match.groups())
        if (hours_end, minutes_end) == (24, 0):  # "24:00", as some charters write midnight
            hours_end = 0
        try:
            return cls(dt.time(hours_start, minutes_start), dt.time(hours_end, minutes_end))
        except ValueError as exc:
            msg = f"{text!r} is not a time window: {exc}"
            msg_id = f"{text!r} bukan rentang waktu: jam atau menit di luar batas ({exc})"
            raise CalendarError(msg, msg_id) from None

    @property
    def length(self) -> dt.timedelta:
        """How long the window lasts."""
        start, end = _span(self)
        return end - start

    def __str__(self) -> str:
        return f"{self.start.strftime('%H:%M')}-{self.end.strftime('%H:%M')}"


def _span(window: TimeWindow) -> tuple[dt.timedelta, dt.timedelta]:
    """The window as offsets from midnight; an end of 00:00 is a whole day."""
    end = _WHOLE_DAY if window.end == _MIDNIGHT else _offset(window.end)
    return _offset(window.start), end


def _time_of(offset: dt.timedelta) -> dt.time:
    """The time of day ``offset`` after midnight (00:00 for a whole day)."""
    seconds, microseconds = divmod(offset % _WHOLE_DAY // dt.timedelta(microseconds=1), 10**6)
    return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60, microseconds)


def _merged(windows: Iterator[TimeWindow] | tuple[TimeWindow, ...]) -> tuple[TimeWindow, ...]:
    """Windows sorted and joined where they overlap or touch."""
    spans: list[list[dt.timedelta]] = []
    for start, end in sorted(_span(w) for w in windows):
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return tuple(TimeWindow(_time_of(start), _time_of(end)) for start, end in spans)


@attrs.frozen
class DayHours:
    """The windows of one or more days of the week: "Senin–Kamis 08.00–12.00, 13.00–15.00"."""

    weekdays: tuple[Weekday, ...]
    windows: tuple[TimeWindow, ...] = ()


@attrs.frozen
class WeeklyHours:
    """Service hours for each day of the week; a day not listed is closed.

    A day listed in several entries is open in all their windows.
    """

    days: tuple[DayHours, ...] = ()

    def windows_on(self, weekday: Weekday) -> tuple[TimeWindow, ...]:
        """The windows of ``weekday``, sorted and merged."""
        return _merged(w for d in self.days if weekday in d.weekdays for w in d.windows)

    @property
    def weekly_time(self) -> dt.timedelta:
        """The service time in a week without holidays.

        >>> GOVERNMENT_HOURS.weekly_time, RAMADAN_HOURS.weekly_time
        (datetime.timedelta(days=1, seconds=48600), datetime.timedelta(days=1, seconds=30600))
        """
        return sum(
            (window.length for day in Weekday for window in self.windows_on(day)),
            dt.timedelta(),
        )


def _two_windows(first: str, second: str) -> tuple[TimeWindow, ...]:
    return TimeWindow.parse(first), TimeWindow.parse(second)


GOVERNMENT_HOURS: Final = WeeklyHours(
    (
        DayHours(WORKING_WEEK[:4], _two_windows("07:30-12:00", "13:00-16:00")),
        DayHours((Weekday.FRIDAY,), _two_windows("07:30-11:30", "13:00-16:30")),
    )
)
"""Working hours of government agencies (Perpres 21/2023): 37 jam 30 menit a week without breaks,
starting at 07.30, with a 60-minute break Monday to Thursday and a 90-minute break on Friday.

The totals and the start are the Perpres's; where the breaks fall is illustrative.
"""

RAMADAN_HOURS: Final = WeeklyHours(
    (
        DayHours(WORKING_WEEK[:4], _two_windows("08:00-12:00", "12:30-15:00")),
        DayHours((Weekday.FRIDAY,), _two_windows("08:00-11:30", "13:00-16:00")),
    )
)
"""Working hours in Ramadan (Perpres 21/2023): 32 jam 30 menit a week, starting at 08.00.

The total and the start are the Perpres's; the length and place of the breaks are illustrative.
"""


def _in_order(instance: SpecialPeriod, attribute: attrs.Attribute[Any], value: dt.date) -> None:
    """A period ends on or after the day it starts."""
    if value < instance.start:
        msg = f"end {value.isoformat()} is before start {instance.start.isoformat()}"
        raise InvalidValueError(attribute.name, msg)


@attrs.frozen
class SpecialPeriod:
    """Weekly hours that replace the regular ones from ``start`` to ``end`` inclusive (Ramadan)."""

    name: str
    start: dt.date
    end: dt.date = attrs.field(validator=_in_order)
    hours: WeeklyHours = RAMADAN_HOURS

    def covers(self, day: dt.date) -> bool:
        """Whether ``day`` falls in the period."""
        return self.start <= day <= self.end


@attrs.frozen
class ExceptionDay:
    """Hours for one date that replace everything else; no windows means closed all day.

    An exception opens the unit even on a day its calendar says is not a working day (a service
    day held on a Saturday).
    """

    date: dt.date
    windows: tuple[TimeWindow, ...] = ()
    label: str = ""


@attrs.frozen
class OpeningHours:
    """*Jam pelayanan* of a unit: weekly windows in its time zone, special periods, exceptions.

    For a date, the first matching exception applies; otherwise the date is closed if it is not
    a working day of the calendar passed to the methods (the Perpres 21/2023 government calendar
    by default: pass :meth:`WorkingCalendar.every_day` for a unit open all year round);
    otherwise the first special period covering it; otherwise the regular weekly hours.
    """

    time_zone: TimeZone
    regular: WeeklyHours = WeeklyHours()
    special_periods: tuple[SpecialPeriod, ...] = ()
    exceptions: tuple[ExceptionDay, ...] = ()
    notes: str = ""

    @classmethod
    def around_the_clock(cls, time_zone: TimeZone) -> OpeningHours:
        """Open every day, all day; use it with :meth:`WorkingCalendar.every_day`."""
        return cls(
            time_zone, WeeklyHours((DayHours(tuple(Weekday), (TimeWindow.parse("00:00-00:00"),)),))
        )

    def windows_on(
        self, day: dt.date, calendar: WorkingCalendar = GOVERNMENT_CALENDAR
    ) -> tuple[TimeWindow, ...]:
        """The windows in which the unit serves on ``day``; empty if closed."""
        counter = _Counter(calendar)
        result = self._windows(day, counter)
        counter.emit()
        return result

    def is_open(self, at: dt.datetime, calendar: WorkingCalendar = GOVERNMENT_CALENDAR) -> bool:
        """Whether the unit serves at the instant ``at`` (a timezone-aware timestamp)."""
        counter = _Counter(calendar)
        local = self.time_zone.convert(at)
        result = any(start <= local < end for start, end in self._intervals(local.date(), counter))
        counter.emit()
        return result

    def add_service_time(
        self,
        start: dt.datetime,
        amount: dt.timedelta,
        calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
    ) -> dt.datetime:
        """The instant at which ``amount`` of opening time has passed since ``start``.

        Counting begins at ``start`` if the unit is open then, else at its next opening; an
        amount that ends exactly at closing time is due at closing time. Zero is due at once.
        The result is in the unit's time zone.
        """
        counter = _Counter(calendar)
        result = self._add(start, amount, counter)
        counter.emit()
        return result

    def service_time_between(
        self,
        start: dt.datetime,
        end: dt.datetime,
        calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
    ) -> dt.timedelta:
        """The opening time from ``start`` to ``end``; negative when ``end`` is earlier."""
        counter = _Counter(calendar)
        result = self._between(start, end, counter)
        counter.emit()
        return result

    def deadline(
        self,
        start: dt.datetime,
        amount: dt.timedelta,
        calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
    ) -> Deadline:
        """Like :meth:`add_service_time`, with the calendar's warnings in the result."""
        counter = _Counter(calendar)
        return Deadline(self._add(start, amount, counter), counter.collected())

    # --- internals ----------------------------------------------------------------------------

    def _windows(self, day: dt.date, counter: _Counter) -> tuple[TimeWindow, ...]:
        for exception in self.exceptions:
            if exception.date == day:
                return _merged(exception.windows)
        if not counter.works(day):
            return ()
        weekday = Weekday.of(day)
        for period in self.special_periods:
            if period.covers(day):
                return period.hours.windows_on(weekday)
        return self.regular.windows_on(weekday)

    def _intervals(self, day: dt.date, counter: _Counter) -> list[tuple[dt.datetime, dt.datetime]]:
        midnight = dt.datetime.combine(day, _MIDNIGHT, self.time_zone.tzinfo)
        return [
            (midnight + start, midnight + end)
            for start, end in (_span(w) for w in self._windows(day, counter))
        ]

    def _days(self, first: dt.date) -> Iterator[dt.date]:
        """The days from ``first`` on, until the calendar runs out."""
        last = dt.datetime.combine(dt.date.max, _MIDNIGHT)
        for moment in rrule.rrule(
            rrule.DAILY, dtstart=dt.datetime.combine(first, _MIDNIGHT), until=last
        ):
            yield moment.date()

    def _add(self, start: dt.datetime, amount: dt.timedelta, counter: _Counter) -> dt.datetime:
        if amount < dt.timedelta():
            msg = f"service time must be at least zero, not {amount}"
            msg_id = f"waktu layanan harus paling sedikit nol, bukan {amount}"
            raise CalendarError(msg, msg_id)
        local = self.time_zone.convert(start)
        if not amount:
            return local
        remaining, closed_days = amount, 0
        for day in self._days(local.date()):
            intervals = self._intervals(day, counter)
            closed_days = 0 if intervals else closed_days + 1
            if closed_days > _GIVE_UP_AFTER_DAYS:
                msg = f"the opening hours have no opening in ten years after {day.isoformat()}"
                msg_id = (
                    f"jam layanan tidak pernah buka dalam sepuluh tahun setelah {day.isoformat()}"
                )
                raise CalendarError(msg, msg_id)
            for opens, closes in intervals:
                begin = max(opens, local)
                if begin >= closes:
                    continue
                if begin + remaining <= closes:
                    return begin + remaining
                remaining -= closes - begin
        msg = f"{amount} of service time after {start.isoformat()} is beyond the last date"
        msg_id = f"{amount} waktu layanan setelah {start.isoformat()} melampaui tanggal terakhir"
        raise CalendarError(msg, msg_id)

    def _between(self, start: dt.datetime, end: dt.datetime, counter: _Counter) -> dt.timedelta:
        first, last = self.time_zone.convert(start), self.time_zone.convert(aware(end))
        if last < first:
            return -self._between(end, start, counter)
        total = dt.timedelta()
        for day in self._days(first.date()):
            if day > last.date():
                break
            for opens, closes in self._intervals(day, counter):
                begin, finish = max(opens, first), min(closes, last)
                if begin < finish:
                    total += finish - begin
        return total
