"""Working days (*hari kerja*): the working week, national holidays and cuti bersama.

Government units work five days a week, Monday to Friday (Perpres 21/2023 Pasal 3). The days change
with the President's policy on national holidays and *cuti bersama* (Pasal 6), which each year's
SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB) fixes, and units that serve
the public directly may keep other days (Pasal 7): a hospital all week, a Mal Pelayanan Publik on
Saturdays. :class:`WorkingCalendar` holds a unit's settings; the holiday data itself comes from
the `holidays <https://pypi.org/project/holidays/>`_ package (country ``ID``), which is kept
against each year's SKB and the Keppres on special holidays such as election days.

How a deadline in working days is counted: counting starts on the next working day after the
start date, and the deadline is the N-th working day. A request submitted on Friday 5 April 2024,
just before Idul Fitri 1445 H and its cuti bersama, with five working days to go:

>>> calendar = WorkingCalendar()
>>> calendar.add_working_days(dt.date(2024, 4, 5), 5)
datetime.date(2024, 4, 22)
>>> WorkingCalendar(cuti_bersama_is_workday=True).add_working_days(dt.date(2024, 4, 5), 5)
datetime.date(2024, 4, 16)
>>> add_calendar_days(dt.date(2024, 4, 5), 30)
datetime.date(2024, 5, 5)
>>> calendar.working_days_between(dt.date(2024, 4, 5), dt.date(2024, 4, 22))
5
>>> calendar.is_working_day(dt.date(2024, 4, 12)), calendar.is_working_day(dt.date(2024, 4, 16))
(False, True)

A start on a holiday or a weekend behaves the same: the first working day after it counts as one.
The holidays of a year, with their Indonesian and English names:

>>> for holiday in calendar.holidays_in(2024):
...     if holiday.date.month == 4:
...         print(holiday)
2024-04-08 Cuti Bersama Hari Raya Idul Fitri (cuti bersama)
2024-04-09 Cuti Bersama Hari Raya Idul Fitri (cuti bersama)
2024-04-10 Hari Raya Idul Fitri
2024-04-11 Hari kedua dari Hari Raya Idul Fitri
2024-04-12 Cuti Bersama Hari Raya Idul Fitri (cuti bersama)
2024-04-15 Cuti Bersama Hari Raya Idul Fitri (cuti bersama)

The package knows cuti bersama only up to the latest SKB. A year without that data is never
treated as complete: :meth:`WorkingCalendar.deadline` returns the warnings with the date, and the
plain methods (:meth:`~WorkingCalendar.add_working_days` and the others) emit a
:class:`CalendarDataWarning`:

>>> deadline = calendar.deadline(dt.date(2099, 12, 1), 5)
>>> deadline.due.year, deadline.certain
(2099, False)
>>> [w.kind.value for w in deadline.warnings]
['no_cuti_bersama_data', 'estimated_holidays']
>>> print(deadline.warnings[0].text("en"))
No cuti bersama data for 2099 yet (the SKB 3 Menteri of that year is not in the holiday data);
the date may be too early. Add the year's cuti bersama to the calendar when the SKB is out.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Iterable
from typing import Any, Final

import attrs

from .._base.errors import CalendarError
from .._base.labels import Label, LabelledEnum, Lang, register_labels
from .._base.validators import InvalidValueError
from . import _holiday_data

__all__ = [
    "ALL_WEEK",
    "CUTI_BERSAMA_SINCE",
    "GOVERNMENT_CALENDAR",
    "WORKING_WEEK",
    "CalendarDataWarning",
    "CalendarError",
    "CalendarWarning",
    "CalendarWarningKind",
    "Deadline",
    "Holiday",
    "HolidayKind",
    "LabelledDate",
    "Weekday",
    "WorkingCalendar",
    "add_calendar_days",
]

_ONE_DAY: Final = dt.timedelta(days=1)


class Weekday(LabelledEnum):
    """A day of the week (*hari*), Monday first as in :meth:`datetime.date.weekday`."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def number(self) -> int:
        """0 for Monday to 6 for Sunday, as :meth:`datetime.date.weekday` counts."""
        return _WEEKDAY_NUMBERS[self]

    @classmethod
    def of(cls, day: dt.date) -> Weekday:
        """The weekday of ``day``.

        >>> Weekday.of(dt.date(2024, 4, 5))
        <Weekday.FRIDAY: 'friday'>
        """
        return _WEEKDAYS[day.weekday()]


register_labels(
    Weekday,
    {
        Weekday.MONDAY: ("Senin", "Monday"),
        Weekday.TUESDAY: ("Selasa", "Tuesday"),
        Weekday.WEDNESDAY: ("Rabu", "Wednesday"),
        Weekday.THURSDAY: ("Kamis", "Thursday"),
        Weekday.FRIDAY: ("Jumat", "Friday"),
        Weekday.SATURDAY: ("Sabtu", "Saturday"),
        Weekday.SUNDAY: ("Minggu", "Sunday"),
    },
)
_WEEKDAYS: Final = tuple(Weekday)
_WEEKDAY_NUMBERS: Final = {day: number for number, day in enumerate(_WEEKDAYS)}

WORKING_WEEK: Final = _WEEKDAYS[:5]
"""Monday to Friday: "5 (lima) hari kerja dalam 1 (satu) minggu" (Perpres 21/2023 Pasal 3)."""
ALL_WEEK: Final = _WEEKDAYS
"""Every day of the week, for units that serve all week (Perpres 21/2023 Pasal 7)."""

CUTI_BERSAMA_SINCE: Final = 2002
"""The first year with cuti bersama, per the ``holidays`` package ("first implemented in 2002").

A missing cuti bersama list is reported only from this year on. The year is the package's, not
checked against the 2002 decree itself.
"""


class HolidayKind(LabelledEnum):
    """Why a day is not a working day, apart from the weekend."""

    NATIONAL_HOLIDAY = "national_holiday"
    """*Hari libur nasional*: the SKB 3 Menteri of the year, or a Keppres (election days)."""
    CUTI_BERSAMA = "cuti_bersama"
    """*Cuti bersama*: collective leave fixed by the SKB 3 Menteri (for ASN, by Keppres)."""
    CLOSURE = "closure"
    """A closure the user adds: a regional holiday, a unit's own closing day."""


register_labels(
    HolidayKind,
    {
        HolidayKind.NATIONAL_HOLIDAY: ("Hari libur nasional", "National holiday"),
        HolidayKind.CUTI_BERSAMA: ("Cuti bersama", "Collective leave day (cuti bersama)"),
        HolidayKind.CLOSURE: ("Hari tutup layanan", "Closure"),
    },
)


@attrs.frozen
class Holiday:
    """A day off: a national holiday, a cuti bersama day or a closure, with its names."""

    date: dt.date
    name: Label
    """The name in Indonesian (as in the SKB) and English."""
    kind: HolidayKind
    estimated: bool = False
    """The date is an estimate (an Islamic or lunar holiday not yet fixed by an SKB)."""

    @property
    def is_cuti_bersama(self) -> bool:
        """Whether the day is cuti bersama rather than a national holiday or a closure."""
        return self.kind is HolidayKind.CUTI_BERSAMA

    def __str__(self) -> str:
        suffix = " (cuti bersama)" if self.is_cuti_bersama else ""
        suffix += " (perkiraan)" if self.estimated else ""
        return f"{self.date.isoformat()} {self.name}{suffix}"


@attrs.frozen
class LabelledDate:
    """A date with a note saying why it is listed (``"HUT Kota Jambi"``, ``"SKB perubahan"``)."""

    date: dt.date
    label: str = ""


class CalendarWarningKind(LabelledEnum):
    """What makes a computed date uncertain.

    Missing or estimated holiday data of a year (rule R37), or a time limit in days of an
    unstated kind.
    """

    NO_HOLIDAY_DATA = "no_holiday_data"
    NO_CUTI_BERSAMA_DATA = "no_cuti_bersama_data"
    ESTIMATED_HOLIDAYS = "estimated_holidays"
    UNKNOWN_DAY_KIND = "unknown_day_kind"

    def describe(self, years: str, lang: Lang = "id") -> str:
        """The warning as a sentence about ``years`` (``"2099"``, or a span ``"2098–2099"``).

        >>> print(CalendarWarningKind.NO_HOLIDAY_DATA.describe("1940–1945", "en"))
        No national holiday data for 1940–1945; the date counts the days of the week only.
        """
        return _MESSAGES[self].text(lang).format(year=years)


register_labels(
    CalendarWarningKind,
    {
        CalendarWarningKind.NO_HOLIDAY_DATA: (
            "Data hari libur nasional tidak tersedia",
            "No national holiday data",
        ),
        CalendarWarningKind.NO_CUTI_BERSAMA_DATA: (
            "Data cuti bersama belum tersedia",
            "No cuti bersama data yet",
        ),
        CalendarWarningKind.ESTIMATED_HOLIDAYS: (
            "Tanggal hari libur masih perkiraan",
            "Holiday dates are estimates",
        ),
        CalendarWarningKind.UNKNOWN_DAY_KIND: (
            "Jenis hari tidak disebut",
            "Kind of days not stated",
        ),
    },
)

_MESSAGES: Final = {
    CalendarWarningKind.NO_HOLIDAY_DATA: Label(
        id="Data hari libur nasional tahun {year} tidak tersedia; tanggal ini hanya"
        " memperhitungkan hari dalam minggu.",
        en="No national holiday data for {year}; the date counts the days of the week only.",
    ),
    CalendarWarningKind.NO_CUTI_BERSAMA_DATA: Label(
        id="Data cuti bersama tahun {year} belum tersedia (SKB 3 Menteri tahun itu belum ada"
        " dalam data hari libur); tanggal ini mungkin terlalu awal. Tambahkan cuti bersama tahun"
        " itu ke kalender setelah SKB terbit.",
        en="No cuti bersama data for {year} yet (the SKB 3 Menteri of that year is not in the"
        " holiday data); the date may be too early. Add the year's cuti bersama to the calendar"
        " when the SKB is out.",
    ),
    CalendarWarningKind.ESTIMATED_HOLIDAYS: Label(
        id="Sebagian tanggal hari libur tahun {year} masih perkiraan (belum ditetapkan SKB 3"
        " Menteri atau Keputusan Menteri Agama).",
        en="Some holiday dates of {year} are estimates (not yet fixed by an SKB 3 Menteri or a"
        " decree of the Minister of Religious Affairs).",
    ),
    CalendarWarningKind.UNKNOWN_DAY_KIND: Label(
        id="Jangka waktu ditulis dalam 'hari' tanpa menyebut hari kerja atau hari kalender; tanggal"
        " ini dihitung dalam hari kalender, yang lebih awal dari keduanya.",
        en="The time limit is written in 'hari' (days) without saying working or calendar days;"
        " this date counts calendar days, the earlier of the two.",
    ),
}


@attrs.frozen
class CalendarWarning:
    """Holiday data of a year that is missing or uncertain, so a date computed over it may move.

    A year's cuti bersama are known only once its SKB 3 Menteri is out (rule R37; SKB issued
    annually), and Islamic holidays only once they are fixed; computing over such a year still
    gives a date, together with this warning.
    """

    kind: CalendarWarningKind
    year: int

    def text(self, lang: Lang = "id") -> str:
        """The warning as a sentence in ``lang``."""
        return self.kind.describe(str(self.year), lang)

    def __str__(self) -> str:
        return self.text("id")


def _warning_order(warning: CalendarWarning) -> tuple[int, int]:
    return warning.year, list(CalendarWarningKind).index(warning.kind)


class CalendarDataWarning(UserWarning):
    """The Python warning category for a :class:`CalendarWarning`.

    Emitted by the methods that return a plain date, so that missing holiday data cannot pass
    unnoticed; :meth:`WorkingCalendar.deadline` returns the warnings instead. Turn them into
    errors with ``warnings.simplefilter("error", CalendarDataWarning)``.
    """

    def __init__(self, detail: CalendarWarning) -> None:
        super().__init__(detail.text("en"))
        self.detail = detail
        """The warning as a value."""


@attrs.frozen
class Deadline:
    """When something is due, and what in the holiday data could still move the date."""

    due: dt.date | dt.datetime
    """The due date; a timestamp for time limits in minutes or hours."""
    warnings: tuple[CalendarWarning, ...] = ()

    @property
    def certain(self) -> bool:
        """Whether the holiday data behind the date is complete and fixed."""
        return not self.warnings


def add_calendar_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` calendar days (*hari kalender*) after ``start``; holidays do not matter.

    >>> add_calendar_days(dt.date(2024, 12, 20), 14)
    datetime.date(2025, 1, 3)
    """
    if days < 0:
        raise _negative(days)
    try:
        return start + dt.timedelta(days=days)
    except OverflowError:
        raise _beyond(start, days) from None


def _negative(days: int) -> CalendarError:
    return CalendarError(
        f"days must be at least 0, not {days}",
        f"jumlah hari harus paling sedikit 0, bukan {days}",
    )


def _beyond(start: dt.date, days: int) -> CalendarError:
    return CalendarError(
        f"{days} days after {start.isoformat()} is beyond the last date the calendar can hold",
        f"{days} hari setelah {start.isoformat()} melampaui tanggal terakhir yang dapat dimuat "
        "kalender",
    )


def _no_conflicts(instance: WorkingCalendar, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    """A date cannot be both closed and an extra working day."""
    both = sorted({d.date for d in value} & {d.date for d in instance.closures})
    if both:
        dates = ", ".join(d.isoformat() for d in both)
        msg = f"{attribute.name} and closures both list {dates}"
        raise InvalidValueError(attribute.name, msg)


@attrs.frozen
class WorkingCalendar:
    """*Hari kerja* of a unit: the working week, minus national holidays and cuti bersama.

    The default is the government calendar of Perpres 21/2023: Monday to Friday (Pasal 3) without
    the national holidays and cuti bersama of each year's SKB 3 Menteri (Pasal 6). Units that
    serve the public directly may work other days (Pasal 7): set :attr:`working_weekdays`, and
    :attr:`cuti_bersama_is_workday` for units that serve on cuti bersama (the SKB asks such units
    to arrange their staff's duty on those days; whether a time limit runs on them is the unit's
    policy, not settled law). :attr:`closures` and :attr:`extra_working_days` adjust single
    dates: a regional holiday, an SKB amended after the holiday data was released.

    Precedence, highest first: extra working days, closures, the working week, national holidays,
    cuti bersama.
    """

    working_weekdays: tuple[Weekday, ...] = WORKING_WEEK
    """The days of the week the unit works (Perpres 21/2023 Pasal 3; Pasal 7 for exceptions)."""
    national_holiday_is_workday: bool = False
    """The unit works on national holidays (an emergency ward, a fire brigade)."""
    cuti_bersama_is_workday: bool = False
    """The unit serves on cuti bersama days and its time limits run on them."""
    closures: tuple[LabelledDate, ...] = ()
    """Further days off: regional holidays, the unit's own closures."""
    extra_working_days: tuple[LabelledDate, ...] = attrs.field(default=(), validator=_no_conflicts)
    """Days worked although the rules above say otherwise (a holiday withdrawn by an amended SKB)."""
    extra_cuti_bersama: tuple[LabelledDate, ...] = ()
    """Cuti bersama days missing from the holiday data (a new SKB, or a mid-year amendment).

    A year with at least one of these counts as having cuti bersama data.
    """

    @classmethod
    def every_day(cls) -> WorkingCalendar:
        """A calendar in which every day is a working day, for units open all year round.

        >>> WorkingCalendar.every_day().add_working_days(dt.date(2024, 4, 5), 5)
        datetime.date(2024, 4, 10)
        """
        return cls(ALL_WEEK, national_holiday_is_workday=True, cuti_bersama_is_workday=True)

    # --- queries that emit CalendarDataWarning -------------------------------------------------

    def is_working_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a working day of this calendar."""
        counter = _Counter(self)
        result = counter.works(day)
        counter.emit()
        return result

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The ``days``-th working day after ``start``; ``start`` itself for zero days.

        Counting starts on the next working day after ``start``, whatever ``start`` is.
        """
        counter = _Counter(self)
        result = counter.add(start, days)
        counter.emit()
        return result

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """The working days after ``start`` up to and including ``end``.

        So that ``working_days_between(start, add_working_days(start, n)) == n``. Negative when
        ``end`` is before ``start``.
        """
        counter = _Counter(self)
        result = counter.between(start, end)
        counter.emit()
        return result

    def holidays_in(self, year: int) -> tuple[Holiday, ...]:
        """The national holidays, cuti bersama and closures of ``year``, by date.

        Listed whatever the flags say (a national holiday stays a national holiday for a unit
        that works on it), weekends included.
        """
        entries = [
            Holiday(
                raw.date,
                Label(raw.name_id, raw.name_en),
                HolidayKind.CUTI_BERSAMA if raw.cuti_bersama else HolidayKind.NATIONAL_HOLIDAY,
                estimated=raw.estimated,
            )
            for raw in _holiday_data.fetch(year)
        ]
        for dates, kind, default in (
            (self.extra_cuti_bersama, HolidayKind.CUTI_BERSAMA, ("Cuti bersama", "Cuti bersama")),
            (self.closures, HolidayKind.CLOSURE, ("Hari tutup layanan", "Closure")),
        ):
            entries.extend(
                Holiday(d.date, Label(d.label, d.label) if d.label else Label(*default), kind)
                for d in dates
                if d.date.year == year
            )
        order = list(HolidayKind)
        entries.sort(key=lambda h: (h.date, order.index(h.kind)))
        counter = _Counter(self)
        counter.note_year(year)
        counter.emit()
        return tuple(entries)

    # --- results that carry their warnings ----------------------------------------------------

    def warnings_for(self, start: dt.date, end: dt.date) -> tuple[CalendarWarning, ...]:
        """What is missing or uncertain in the holiday data of the years from ``start`` to ``end``."""
        counter = _Counter(self)
        for year in range(min(start, end).year, max(start, end).year + 1):
            counter.note_year(year)
        return counter.collected()

    def deadline(self, start: dt.date, days: int, *, calendar_days: bool = False) -> Deadline:
        """The due date ``days`` working (or calendar) days after ``start``, with its warnings.

        >>> WorkingCalendar().deadline(dt.date(2024, 4, 5), 30, calendar_days=True)
        Deadline(due=datetime.date(2024, 5, 5), warnings=())
        """
        if calendar_days:
            return Deadline(add_calendar_days(start, days))
        counter = _Counter(self)
        due = counter.add(start, days)
        return Deadline(due, counter.collected())


GOVERNMENT_CALENDAR: Final = WorkingCalendar()
"""The calendar of government units (Perpres 21/2023 Pasal 3 and 6): Monday to Friday without
national holidays and cuti bersama."""


# --- the counting engine ---------------------------------------------------------------------------


@attrs.frozen
class _Year:
    national: frozenset[dt.date]
    cuti_bersama: frozenset[dt.date]
    estimated: bool


@functools.cache
def _year(year: int) -> _Year:
    raw = _holiday_data.fetch(year)
    return _Year(
        national=frozenset(h.date for h in raw if not h.cuti_bersama),
        cuti_bersama=frozenset(h.date for h in raw if h.cuti_bersama),
        estimated=any(h.estimated for h in raw),
    )


def _dates(entries: Iterable[LabelledDate]) -> frozenset[dt.date]:
    return frozenset(e.date for e in entries)


class _Counter:
    """One computation over a calendar: the calendar's sets, and the warnings met on the way.

    Long spans are counted a year at a time: the days of the working week by arithmetic (whole
    weeks and a remainder), corrected by the few dates of the year that differ from their day of
    the week (holidays, cuti bersama, closures, extra working days). A deadline thousands of
    working days away costs a few operations per year, not one per day.
    """

    def __init__(self, calendar: WorkingCalendar) -> None:
        self.calendar = calendar
        self.weekdays = frozenset(d.number for d in calendar.working_weekdays)
        self.closures = _dates(calendar.closures)
        self.extra_working = _dates(calendar.extra_working_days)
        self.extra_cuti = _dates(calendar.extra_cuti_bersama)
        self.extra_cuti_years = frozenset(d.year for d in self.extra_cuti)
        self.ignores_holidays = (
            calendar.national_holiday_is_workday and calendar.cuti_bersama_is_workday
        )
        self.own_by_year: dict[int, set[dt.date]] = {}
        for day in self.closures | self.extra_working | self.extra_cuti:
            self.own_by_year.setdefault(day.year, set()).add(day)
        self.years: set[int] = set()
        self.found: set[CalendarWarning] = set()

    def note_year(self, year: int) -> None:
        if year in self.years:
            return
        self.years.add(year)
        calendar, data = self.calendar, _year(year)
        if not calendar.national_holiday_is_workday and not data.national:
            self.found.add(CalendarWarning(CalendarWarningKind.NO_HOLIDAY_DATA, year))
        if (
            not calendar.cuti_bersama_is_workday
            and year >= CUTI_BERSAMA_SINCE
            and not data.cuti_bersama
            and year not in self.extra_cuti_years
        ):
            self.found.add(CalendarWarning(CalendarWarningKind.NO_CUTI_BERSAMA_DATA, year))
        if data.estimated and not self.ignores_holidays:
            self.found.add(CalendarWarning(CalendarWarningKind.ESTIMATED_HOLIDAYS, year))

    def works(self, day: dt.date) -> bool:
        if day in self.extra_working:
            return True
        if day in self.closures or day.weekday() not in self.weekdays:
            return False
        calendar = self.calendar
        if self.ignores_holidays:
            return True
        self.note_year(day.year)
        data = _year(day.year)
        if not calendar.national_holiday_is_workday and day in data.national:
            return False
        return calendar.cuti_bersama_is_workday or not (
            day in data.cuti_bersama or day in self.extra_cuti
        )

    # --- counting whole spans ------------------------------------------------------------------

    def _week_days(self, after: dt.date, through: dt.date) -> int:
        """Days of the working week in ``(after, through]``, by arithmetic."""
        weeks, rest = divmod((through - after).days, 7)
        first = after.weekday()
        return weeks * len(self.weekdays) + sum(
            (first + offset) % 7 in self.weekdays for offset in range(1, rest + 1)
        )

    def _special(self, year: int) -> set[dt.date]:
        """The dates of ``year`` that may not be what their day of the week says."""
        special = set(self.own_by_year.get(year, ()))
        if not self.ignores_holidays:
            data = _year(year)
            special |= data.national | data.cuti_bersama
        return special

    def _count_in_year(self, after: dt.date, through: dt.date) -> int:
        """Working days in ``(after, through]``, both in one year, noting the year's warnings."""
        count = self._week_days(after, through)
        ordinary = count  # working weekdays that are neither closed nor extra: the walk asks data
        for day in self._special(through.year):
            if after < day <= through:
                usual = day.weekday() in self.weekdays
                if usual and (day in self.extra_working or day in self.closures):
                    ordinary -= 1
                count += self.works(day) - usual
        if ordinary > 0 and not self.ignores_holidays:
            self.note_year(through.year)
        return count

    def add(self, start: dt.date, days: int) -> dt.date:
        if days < 0:
            raise _negative(days)
        # At most one working day per calendar day: fail at once rather than at the year 9999.
        if days > (dt.date.max - start).days:
            raise _beyond(start, days)
        if not self.weekdays:
            return self._add_extra_days_only(start, days)
        if days > self._week_days(start, dt.date.max) + len(self.extra_working):
            raise _beyond(start, days)
        day, remaining = start, days
        # Whole years while the rest of the year has fewer working days than remain.
        while remaining:
            year_end = dt.date(day.year, 12, 31)
            if day == dt.date.max:
                raise _beyond(start, days)
            in_rest_of_year = self._count_in_year(day, year_end) if day < year_end else 0
            if in_rest_of_year >= remaining:
                break
            remaining -= in_rest_of_year
            day = year_end
            if day == dt.date.max:
                raise _beyond(start, days)
            day += _ONE_DAY
            if self.works(day):
                remaining -= 1
        # The last stretch, at most a year, a day at a time.
        while remaining:
            day += _ONE_DAY
            if self.works(day):
                remaining -= 1
        return day

    def _add_extra_days_only(self, start: dt.date, days: int) -> dt.date:
        if days == 0:
            return start
        later = sorted(d for d in self.extra_working if d > start)
        if days > len(later):
            msg = f"the calendar has fewer than {days} working days after {start.isoformat()}"
            msg_id = (
                f"kalender ini mempunyai kurang dari {days} hari kerja setelah {start.isoformat()}"
            )
            raise CalendarError(msg, msg_id)
        return later[days - 1]

    def between(self, start: dt.date, end: dt.date) -> int:
        if end < start:
            return -self.between(end, start)
        if not self.weekdays:
            return sum(start < d <= end for d in self.extra_working)
        count, day = 0, start
        while day < end:
            year_end = min(dt.date(day.year, 12, 31), end)
            if day < year_end:
                count += self._count_in_year(day, year_end)
            day = year_end
            if day < end:
                day += _ONE_DAY
                count += self.works(day)
        return count

    def collected(self) -> tuple[CalendarWarning, ...]:
        return tuple(sorted(self.found, key=_warning_order))

    def emit(self) -> None:
        for warning in self.collected():
            warnings.warn(CalendarDataWarning(warning), stacklevel=3)
