"""Durations and time limits as standards write them, and when they run out.

A :class:`Duration` is an amount in an explicit :class:`DurationUnit`: minutes, hours, working days,
calendar days, weeks, months, or *days whose kind the text does not say* ("3 (tiga) hari"), which is
kept apart from working and calendar days instead of being guessed.

>>> Duration(5, DurationUnit.WORKING_DAYS)
Duration(amount=5, unit=<DurationUnit.WORKING_DAYS: 'working_days'>)
>>> str(Duration(5, DurationUnit.WORKING_DAYS))
'5 hari kerja'
>>> Duration(90, DurationUnit.MINUTES).text("en")
'90 minutes'
>>> Duration.parse("14 hari kalender")
Duration(amount=14, unit=<DurationUnit.CALENDAR_DAYS: 'calendar_days'>)
>>> Duration.parse("3 (tiga) hari").unit
<DurationUnit.DAYS: 'days'>

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

A :class:`TimeLimit` is component d of a standard (*jangka waktu penyelesaian*) in every form real
standards use: one value, a range whose upper bound is the promise, an upper bound only ("paling
lama 7 hari", "< 10 menit"), no fixed time ("Sesuai kasus"), or one value per sub-case. The text as
written is kept beside the value (:attr:`TimeLimit.as_written`).

>>> limit = TimeLimit(
...     Duration(14, DurationUnit.WORKING_DAYS), minimum=Duration(3, DurationUnit.WORKING_DAYS)
... )
>>> limit.form, limit.text(), limit.text("en")
(<TimeLimitForm.RANGE: 'range'>, '3 s/d 14 hari kerja', '3 to 14 working days')
>>> limit.due(dt.date(2024, 4, 5)).due  # the upper end, 14 working days, is the promise
datetime.date(2024, 5, 6)
>>> TimeLimit(no_fixed_time="Sesuai kasus").due(dt.date(2024, 4, 5))
Traceback (most recent call last):
...
pelayanan.time.durations.NoDeadlineError: no deadline: the time limit gives no fixed time ('Sesuai kasus')
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

import attrs
from dateutil.relativedelta import relativedelta

from .._base.errors import CalendarError, PelayananError
from .._base.labels import Label, LabelledEnum, Lang, register_labels
from .._base.numbers import number_from_words
from .._base.validators import InvalidValueError, at_least
from .calendar import (
    GOVERNMENT_CALENDAR,
    CalendarWarning,
    CalendarWarningKind,
    Deadline,
    WorkingCalendar,
    add_calendar_days,
)
from .hours import OpeningHours
from .regions import aware

__all__ = [
    "Duration",
    "DurationUnit",
    "LimitBound",
    "NoDeadlineError",
    "TimeLimit",
    "TimeLimitCase",
    "TimeLimitForm",
]


class DurationUnit(LabelledEnum):
    """The unit a time limit is counted in.

    ``days`` is "hari" with no word on whether working or calendar days are meant: real standards
    write it often ("3 (tiga) hari"), and it is not the same promise as either.
    """

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    WEEKS = "weeks"
    MONTHS = "months"

    @property
    def is_days(self) -> bool:
        """Whether the unit counts whole days (working, calendar, or of an unstated kind)."""
        return self in (DurationUnit.WORKING_DAYS, DurationUnit.CALENDAR_DAYS, DurationUnit.DAYS)

    @property
    def is_service_time(self) -> bool:
        """Whether the unit counts time while the unit is open (minutes and hours)."""
        return self in (DurationUnit.MINUTES, DurationUnit.HOURS)


register_labels(
    DurationUnit,
    {
        DurationUnit.MINUTES: ("menit", "minutes"),
        DurationUnit.HOURS: ("jam", "hours"),
        DurationUnit.DAYS: ("hari", "days"),
        DurationUnit.WORKING_DAYS: ("hari kerja", "working days"),
        DurationUnit.CALENDAR_DAYS: ("hari kalender", "calendar days"),
        DurationUnit.WEEKS: ("minggu", "weeks"),
        DurationUnit.MONTHS: ("bulan", "months"),
    },
)

_SINGULAR_EN = {
    DurationUnit.MINUTES: "minute",
    DurationUnit.HOURS: "hour",
    DurationUnit.DAYS: "day",
    DurationUnit.WORKING_DAYS: "working day",
    DurationUnit.CALENDAR_DAYS: "calendar day",
    DurationUnit.WEEKS: "week",
    DurationUnit.MONTHS: "month",
}

UNIT_WORDS: Final = {
    "menit": DurationUnit.MINUTES,
    "minute": DurationUnit.MINUTES,
    "minutes": DurationUnit.MINUTES,
    "jam": DurationUnit.HOURS,
    "hour": DurationUnit.HOURS,
    "hours": DurationUnit.HOURS,
    "hari": DurationUnit.DAYS,
    "day": DurationUnit.DAYS,
    "days": DurationUnit.DAYS,
    "hari kerja": DurationUnit.WORKING_DAYS,
    "working day": DurationUnit.WORKING_DAYS,
    "working days": DurationUnit.WORKING_DAYS,
    "hari kalender": DurationUnit.CALENDAR_DAYS,
    "calendar day": DurationUnit.CALENDAR_DAYS,
    "calendar days": DurationUnit.CALENDAR_DAYS,
    "minggu": DurationUnit.WEEKS,
    "pekan": DurationUnit.WEEKS,
    "week": DurationUnit.WEEKS,
    "weeks": DurationUnit.WEEKS,
    "bulan": DurationUnit.MONTHS,
    "month": DurationUnit.MONTHS,
    "months": DurationUnit.MONTHS,
}
"""Unit words as people write them (lower case, single spaces), Indonesian and English."""

_DIGITS = re.compile(r"\s*(\d+)\s*(?:\(\s*[a-z ]+?\s*\)\s*)?(.*)", re.IGNORECASE | re.DOTALL)


def _amount_and_unit(text: str) -> tuple[int | None, DurationUnit | None]:
    """An amount in digits or Indonesian words, and a unit word after it."""
    match = _DIGITS.fullmatch(text)
    if match is not None:
        return int(match[1]), UNIT_WORDS.get(" ".join(match[2].lower().split()))
    words = text.lower().split()
    for split in range(1, len(words)):
        unit = UNIT_WORDS.get(" ".join(words[split:]))
        amount = number_from_words(" ".join(words[:split]))
        if unit is not None and amount is not None:
            return amount, unit
    return None, None


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
        * Calendar days: the start date plus :attr:`amount` days; weeks are seven calendar days;
          months are calendar months (31 January plus one month is 29 February in a leap year).
        * Days of an unstated kind ("3 hari"): counted as calendar days, the earlier of the two
          possible dates, with a warning of kind ``unknown_day_kind`` that says why.
        * Minutes and hours: counted only while the unit is open, so ``hours`` and a
          timezone-aware ``start`` are needed; the result is a timestamp in the unit's zone.

        For days, weeks and months, a timestamp ``start`` counts from its date in the unit's zone
        (``hours``), or in its own UTC offset when no hours are given. The
        :class:`~pelayanan.time.calendar.Deadline` carries warnings about missing or estimated
        holiday data.
        """
        if not self.unit.is_service_time:
            day = start
            if isinstance(start, dt.datetime):
                day = (hours.time_zone.convert(start) if hours else aware(start)).date()
            return self._due_on_days(day, calendar)
        if hours is None:
            msg = f"a time limit of {self.text('en')} needs the unit's opening hours"
            msg_id = f"batas waktu {self.text('id')} memerlukan jam layanan unit"
            raise CalendarError(msg, msg_id)
        if not isinstance(start, dt.datetime):
            msg = f"a time limit of {self.text('en')} needs a start time, not the date {start}"
            msg_id = f"batas waktu {self.text('id')} memerlukan waktu mulai, bukan tanggal {start}"
            raise CalendarError(msg, msg_id)
        minutes = self.amount * (60 if self.unit is DurationUnit.HOURS else 1)
        return hours.deadline(start, dt.timedelta(minutes=minutes), calendar)

    def _due_on_days(self, day: dt.date, calendar: WorkingCalendar) -> Deadline:
        unit = self.unit
        if unit is DurationUnit.WORKING_DAYS:
            return calendar.deadline(day, self.amount)
        if unit is DurationUnit.CALENDAR_DAYS:
            return Deadline(add_calendar_days(day, self.amount))
        if unit is DurationUnit.WEEKS:
            return Deadline(add_calendar_days(day, 7 * self.amount))
        if unit is DurationUnit.MONTHS:
            try:
                return Deadline(day + relativedelta(months=self.amount))
            except (OverflowError, ValueError):
                msg = f"{self.text('en')} after {day.isoformat()} is beyond the last date"
                msg_id = f"{self.text('id')} setelah {day.isoformat()} melampaui tanggal terakhir"
                raise CalendarError(msg, msg_id) from None
        due = add_calendar_days(day, self.amount)
        return Deadline(due, (CalendarWarning(CalendarWarningKind.UNKNOWN_DAY_KIND, due.year),))

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Read ``"5 hari kerja"``, ``"5 (lima) hari kerja"``, ``"tiga hari"`` or ``"2 hours"``.

        Only a plain amount and unit is read here; :func:`pelayanan.io.text.parse_time_limit`
        reads the other forms real standards use (ranges, bounds, sub-cases).

        >>> Duration.parse("5 (lima) hari kerja").amount
        5
        >>> Duration.parse("1 Minggu").unit
        <DurationUnit.WEEKS: 'weeks'>
        >>> Duration.parse("5 parsec")
        Traceback (most recent call last):
        ...
        pelayanan.PelayananError: '5 parsec' is not a duration; write an amount and a unit, e.g. '5 hari kerja'
        """
        amount, unit = _amount_and_unit(text)
        if amount is None or unit is None:
            msg = f"{text!r} is not a duration; write an amount and a unit, e.g. '5 hari kerja'"
            raise PelayananError(msg)
        return cls(amount, unit)


# --- time limits: component d in the forms standards write -------------------------------------


class LimitBound(LabelledEnum):
    """How a value of a time limit is meant: exactly, as an upper bound, or as an estimate."""

    EXACT = "exact"
    AT_MOST = "at_most"
    """"Paling lama", "maksimal", "selambat-lambatnya", "< 10 menit": the value is the promise."""
    APPROXIMATE = "approximate"
    """"± 15 menit", "perkiraan 2 hari kerja": an estimate, not a promise."""


register_labels(
    LimitBound,
    {
        LimitBound.EXACT: ("tepat", "exactly"),
        LimitBound.AT_MOST: ("paling lama", "at most"),
        LimitBound.APPROXIMATE: ("±", "about"),
    },
)


class TimeLimitForm(LabelledEnum):
    """Which form a time limit takes; derived from its fields, never stored."""

    SINGLE = "single"
    RANGE = "range"
    UPPER_BOUND = "upper_bound"
    NO_FIXED_TIME = "no_fixed_time"
    BY_CASE = "by_case"
    NOT_READ = "not_read"
    """Only the text as written: no value could be read from it."""


register_labels(
    TimeLimitForm,
    {
        TimeLimitForm.SINGLE: ("Satu nilai", "A single value"),
        TimeLimitForm.RANGE: ("Rentang", "A range"),
        TimeLimitForm.UPPER_BOUND: ("Batas paling lama", "An upper bound"),
        TimeLimitForm.NO_FIXED_TIME: ("Tanpa waktu tetap", "No fixed time"),
        TimeLimitForm.BY_CASE: ("Menurut jenis kasus", "By sub-case"),
        TimeLimitForm.NOT_READ: ("Hanya teks", "Text only"),
    },
)


class NoDeadlineError(PelayananError, ValueError):
    """A time limit gives no date to count to: no fixed time, or one value per sub-case.

    :attr:`reason` says why in Indonesian and English.
    """

    def __init__(self, reason: Label) -> None:
        super().__init__(reason.en)
        self.reason = reason
        """Why there is no deadline, in both languages."""


def _minimum_needs_duration(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    """A range has an upper end: a lower end alone promises nothing."""
    if value is not None and instance.duration is None:
        msg = "a range needs its upper end ('duration') as well as its lower end ('minimum')"
        raise InvalidValueError(
            attribute.name,
            msg,
            "rentang waktu memerlukan batas atasnya ('duration') selain batas bawahnya ('minimum')",
        )


def _one_form(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401
    """A time limit without a fixed time has no value; one by sub-case has values only in cases."""
    if value is None or value == ():
        return
    if attribute.name == "cases" and instance.no_fixed_time is not None:
        msg = "a time limit by sub-case ('cases') gives no 'no_fixed_time' of its own"
        msg_id = "jangka waktu per jenis kasus ('cases') tidak memuat 'no_fixed_time' sendiri"
        raise InvalidValueError(attribute.name, msg, msg_id)
    if instance.duration is not None:
        what = "sub-cases" if attribute.name == "cases" else "no fixed time"
        apa = "per jenis kasus" if attribute.name == "cases" else "tanpa waktu tetap"
        msg = f"a time limit with {what} ({attribute.name!r}) holds no 'duration' of its own"
        msg_id = f"jangka waktu {apa} ({attribute.name!r}) tidak memuat 'duration' sendiri"
        raise InvalidValueError(attribute.name, msg, msg_id)


def _range_text(minimum: Duration | None, duration: Duration, lang: Lang) -> str:
    if minimum is None:
        return duration.text(lang)
    joiner = " s/d " if lang == "id" else " to "
    if minimum.unit is duration.unit:
        return f"{minimum.amount}{joiner}{duration.text(lang)}"
    return f"{minimum.text(lang)}{joiner}{duration.text(lang)}"


def _value_text(
    duration: Duration | None,
    minimum: Duration | None,
    bound: LimitBound,
    no_fixed_time: str | None,
    lang: Lang,
) -> str:
    if no_fixed_time is not None:
        if lang == "id":
            return no_fixed_time or "tidak ada waktu tetap"
        return f"no fixed time ({no_fixed_time})" if no_fixed_time else "no fixed time"
    if duration is None:
        return ""
    value = _range_text(minimum, duration, lang)
    if bound is LimitBound.EXACT:
        return value
    if bound is LimitBound.APPROXIMATE and lang == "id":
        return f"± {value}"
    return f"{bound.label.text(lang)} {value}"


def _due_of(
    duration: Duration | None,
    no_fixed_time: str | None,
    start: dt.date | dt.datetime,
    calendar: WorkingCalendar,
    hours: OpeningHours | None,
) -> Deadline:
    if no_fixed_time is not None or duration is None:
        shown = f" ('{no_fixed_time}')" if no_fixed_time else ""
        raise NoDeadlineError(
            Label(
                f"tidak ada tenggat: jangka waktu tidak menyebut waktu yang tetap{shown}",
                f"no deadline: the time limit gives no fixed time{shown}",
            )
        )
    return duration.due(start, calendar=calendar, hours=hours)


@attrs.frozen
class TimeLimitCase:
    """The time for one sub-case of a service ("Baru: 3 hari kerja"; "STNK Pengesahan: 30 Menit")."""

    case: str
    """The sub-case as written (``"Baru"``, ``"Perpanjangan"``)."""
    duration: Duration | None = None
    """The time promised for the sub-case (the upper end of a range); ``None`` without one."""
    minimum: Duration | None = attrs.field(default=None, validator=_minimum_needs_duration)
    bound: LimitBound = LimitBound.EXACT
    no_fixed_time: str | None = attrs.field(default=None, validator=_one_form)
    """Why the sub-case has no fixed time, as written (``"tergantung tingkat kegawatan"``)."""

    def text(self, lang: Lang = "id") -> str:
        """``"Baru: 3 hari kerja"``."""
        value = _value_text(self.duration, self.minimum, self.bound, self.no_fixed_time, lang)
        return f"{self.case}: {value}"

    def due(
        self,
        start: dt.date | dt.datetime,
        *,
        calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
        hours: OpeningHours | None = None,
    ) -> Deadline:
        """When the sub-case is due; see :meth:`TimeLimit.due`."""
        return _due_of(self.duration, self.no_fixed_time, start, calendar, hours)


@attrs.frozen
class TimeLimit:
    """*Jangka waktu penyelesaian* (component d): how long the whole service takes.

    The fields hold one of these forms (:attr:`form`):

    * a single value: :attr:`duration` (with :attr:`bound` ``approximate`` for "± 15 menit");
    * a range: :attr:`minimum` to :attr:`duration`; the upper end is what is promised;
    * an upper bound only: :attr:`duration` with :attr:`bound` ``at_most`` ("paling lama 7 hari");
    * no fixed time: :attr:`no_fixed_time` holds the reason as written ("Sesuai kasus");
    * several values by sub-case: :attr:`cases`.

    :attr:`as_written` keeps the text of the source whatever the form.
    """

    duration: Duration | None = None
    """The time promised: the value, the upper end of a range, or the bound."""
    counted_from: str = ""
    """When the clock starts, as written (``"sejak berkas dinyatakan lengkap"``)."""
    note: str = ""
    """Conditions and exceptions as written ("jika berkas telah lengkap")."""
    minimum: Duration | None = attrs.field(
        default=None, kw_only=True, validator=_minimum_needs_duration
    )
    """The lower end of a range ("3 s/d 14 hari kerja": 3 hari kerja)."""
    bound: LimitBound = attrs.field(default=LimitBound.EXACT, kw_only=True)
    no_fixed_time: str | None = attrs.field(default=None, kw_only=True, validator=_one_form)
    """Why the standard gives no fixed time, as written (``"Sesuai kasus"``)."""
    cases: tuple[TimeLimitCase, ...] = attrs.field(default=(), kw_only=True, validator=_one_form)
    """One value per sub-case ("Baru: 3 hari kerja; Perpanjangan: 1 hari kerja")."""
    as_written: str = attrs.field(default="", kw_only=True)
    """The text of the source, word for word."""

    @property
    def form(self) -> TimeLimitForm:
        """Which form the time limit takes.

        >>> TimeLimit(Duration(7, DurationUnit.DAYS), bound=LimitBound.AT_MOST).form
        <TimeLimitForm.UPPER_BOUND: 'upper_bound'>
        """
        if self.cases:
            return TimeLimitForm.BY_CASE
        if self.no_fixed_time is not None:
            return TimeLimitForm.NO_FIXED_TIME
        if self.duration is None:
            return TimeLimitForm.NOT_READ
        if self.minimum is not None:
            return TimeLimitForm.RANGE
        if self.bound is LimitBound.AT_MOST:
            return TimeLimitForm.UPPER_BOUND
        return TimeLimitForm.SINGLE

    @property
    def has_fixed_time(self) -> bool:
        """Whether a date can be counted: a value, or a value for every sub-case."""
        if self.cases:
            return all(c.duration is not None and c.no_fixed_time is None for c in self.cases)
        return self.duration is not None and self.no_fixed_time is None

    def durations(self) -> tuple[Duration, ...]:
        """Every value the time limit states: its own, its range's lower end, its sub-cases'."""
        found = [self.minimum, self.duration]
        for case in self.cases:
            found.extend((case.minimum, case.duration))
        return tuple(d for d in found if d is not None)

    def text(self, lang: Lang = "id") -> str:
        """The time limit in canonical words; Indonesian text is read back to the same value.

        >>> TimeLimit(cases=(TimeLimitCase("Baru", Duration(3, DurationUnit.WORKING_DAYS)),
        ...                  TimeLimitCase("Perpanjangan", Duration(1, DurationUnit.WORKING_DAYS)))).text()
        'Baru: 3 hari kerja; Perpanjangan: 1 hari kerja'
        """
        if self.cases:
            value = "; ".join(c.text(lang) for c in self.cases)
        elif self.duration is None and self.no_fixed_time is None:
            value = self.as_written
        else:
            value = _value_text(self.duration, self.minimum, self.bound, self.no_fixed_time, lang)
        if self.counted_from:
            value = f"{value} {self.counted_from}"
        if self.note:
            value = f"{value} ({self.note})"
        return value

    def __str__(self) -> str:
        return self.text("id")

    def case(self, name: str) -> TimeLimitCase:
        """The sub-case called ``name`` (compared without case or extra spaces)."""
        wanted = " ".join(name.lower().split())
        for case in self.cases:
            if " ".join(case.case.lower().split()) == wanted:
                return case
        names = ", ".join(c.case for c in self.cases) or "-"
        raise NoDeadlineError(
            Label(
                f"tidak ada jenis kasus {name!r}; jenis kasus: {names}",
                f"no sub-case {name!r}; the sub-cases are: {names}",
            )
        )

    def due(
        self,
        start: dt.date | dt.datetime,
        *,
        case: str | None = None,
        calendar: WorkingCalendar = GOVERNMENT_CALENDAR,
        hours: OpeningHours | None = None,
    ) -> Deadline:
        """When something started at ``start`` is due under this time limit.

        A range and an upper bound give the deadline of the upper end, which is what the standard
        promises; a value in days of an unstated kind gives the earlier, calendar-day date with a
        warning (see :meth:`Duration.due`). A time limit by sub-case needs ``case``. Raises
        :class:`NoDeadlineError`, with the reason in both languages, when there is no fixed time.

        >>> limit = TimeLimit(Duration(3, DurationUnit.DAYS), as_written="3 (tiga) hari")
        >>> deadline = limit.due(dt.date(2024, 4, 5))
        >>> deadline.due, [w.kind.value for w in deadline.warnings]
        (datetime.date(2024, 4, 8), ['unknown_day_kind'])
        """
        if self.cases:
            if case is None:
                names = ", ".join(c.case for c in self.cases)
                raise NoDeadlineError(
                    Label(
                        f"tidak ada satu tenggat: jangka waktu berbeda menurut jenis kasus ({names});"
                        " pilih salah satu",
                        f"no single deadline: the time limit differs by sub-case ({names});"
                        " choose one",
                    )
                )
            return self.case(case).due(start, calendar=calendar, hours=hours)
        return _due_of(self.duration, self.no_fixed_time, start, calendar, hours)
