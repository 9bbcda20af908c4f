"""Opening hours: windows, Ramadan and exceptions, service time, and `Duration.due`."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import Duration, DurationUnit, WorkingCalendar, from_dict, to_dict
from pelayanan.time.calendar import CalendarDataWarning, CalendarError, CalendarWarningKind, Weekday
from pelayanan.time.hours import (
    GOVERNMENT_HOURS,
    RAMADAN_HOURS,
    DayHours,
    ExceptionDay,
    OpeningHours,
    SpecialPeriod,
    TimeWindow,
    WeeklyHours,
)
from pelayanan.time.regions import TimeZone

WIB = TimeZone.WIB.tzinfo
D = dt.date.fromisoformat
W = TimeWindow.parse

# Monday to Thursday with a lunch break, Friday with the longer Friday prayer break.
SERVICE = WeeklyHours(
    (
        DayHours(
            (Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY),
            (W("08:00-12:00"), W("13:00-15:00")),
        ),
        DayHours((Weekday.FRIDAY,), (W("08:00-11:30"), W("13:00-15:00"))),
    )
)
HOURS = OpeningHours(TimeZone.WIB, SERVICE)


def wib(text: str) -> dt.datetime:
    """A WIB timestamp from "YYYY-MM-DD HH:MM"."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=WIB)


# --- is the service open ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        ("2024-03-04 07:59", False),  # Monday, before opening
        ("2024-03-04 08:00", True),
        ("2024-03-04 11:59", True),
        ("2024-03-04 12:00", False),  # lunch break: a window's end is not part of it
        ("2024-03-04 12:59", False),
        ("2024-03-04 13:00", True),
        ("2024-03-04 14:59", True),
        ("2024-03-04 15:00", False),
        ("2024-03-01 11:29", True),  # Friday
        ("2024-03-01 11:30", False),  # Friday prayer break
        ("2024-03-01 12:59", False),
        ("2024-03-01 13:00", True),
        ("2024-03-02 10:00", False),  # Saturday
        ("2024-04-10 10:00", False),  # Idul Fitri 1445 H, a Wednesday
        ("2024-04-12 10:00", False),  # cuti bersama, a Friday
        ("2024-04-16 10:00", True),
    ],
)
def test_both_sides_of_each_window(moment: str, is_open: bool) -> None:
    """Windows include their start and exclude their end; holidays close the unit."""
    assert HOURS.is_open(wib(moment)) is is_open


def test_an_instant_in_another_zone_is_the_same_instant() -> None:
    """09:00 WITA is 08:00 WIB (open); 08:30 WITA is 07:30 WIB (not yet)."""
    wita = TimeZone.WITA.tzinfo
    assert HOURS.is_open(dt.datetime(2024, 3, 4, 9, 0, tzinfo=wita))
    assert not HOURS.is_open(dt.datetime(2024, 3, 4, 8, 30, tzinfo=wita))


def test_a_naive_timestamp_is_refused() -> None:
    """Without an offset the instant is unknown by up to two hours."""
    with pytest.raises(CalendarError, match="no UTC offset"):
        HOURS.is_open(dt.datetime(2024, 3, 4, 9, 0))  # noqa: DTZ001  (the point of the test)


def test_cuti_bersama_are_open_for_units_that_serve_on_them() -> None:
    """The calendar decides which days count; the hours say when on those days."""
    calendar = WorkingCalendar(cuti_bersama_is_workday=True)
    assert HOURS.is_open(wib("2024-04-12 10:00"), calendar)
    assert not HOURS.is_open(wib("2024-04-10 10:00"), calendar)


def test_around_the_clock_with_every_day_is_always_open() -> None:
    """A hospital's emergency ward: open on Idul Fitri at midnight."""
    hours = OpeningHours.around_the_clock(TimeZone.WIT)
    midnight = dt.datetime(2024, 4, 10, 0, 0, tzinfo=TimeZone.WIT.tzinfo)
    assert hours.is_open(midnight, WorkingCalendar.every_day())
    assert hours.windows_on(D("2024-04-10"), WorkingCalendar.every_day()) == (W("00:00-00:00"),)


# --- Ramadan and exceptions ------------------------------------------------------------------------

RAMADAN_1445 = SpecialPeriod("Ramadan 1445 H", D("2024-03-12"), D("2024-04-09"), RAMADAN_HOURS)


@pytest.mark.parametrize(
    ("day", "first_window"),
    [
        ("2024-03-11", None),  # Nyepi: closed whatever the hours
        ("2024-03-08", "07:30-11:30"),  # Friday before the period: regular hours
        ("2024-03-13", "08:00-12:00"),  # first Wednesday of the period
        ("2024-03-12", None),  # first day of the period, but cuti bersama Nyepi
        ("2024-04-05", "08:00-11:30"),  # last Friday of the period
        ("2024-04-16", "07:30-12:00"),  # after the period and Idul Fitri
    ],
)
def test_both_sides_of_a_special_period(day: str, first_window: str | None) -> None:
    """Ramadan hours start at 08.00 (Perpres 21/2023); regular ones at 07.30."""
    hours = OpeningHours(TimeZone.WIB, GOVERNMENT_HOURS, special_periods=(RAMADAN_1445,))
    windows = hours.windows_on(D(day))
    assert (str(windows[0]) if windows else None) == first_window


def test_special_period_boundaries_are_inclusive() -> None:
    """The period covers its first and last day and nothing around them."""
    assert RAMADAN_1445.covers(D("2024-03-12"))
    assert RAMADAN_1445.covers(D("2024-04-09"))
    assert not RAMADAN_1445.covers(D("2024-03-11"))
    assert not RAMADAN_1445.covers(D("2024-04-10"))


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    """Meaningless, so refused at construction."""
    with pytest.raises(ValueError, match="before start"):
        SpecialPeriod("Ramadan", D("2024-04-09"), D("2024-03-12"))


def test_an_exception_closes_a_day_or_opens_a_holiday() -> None:
    """Exceptions win over the calendar and the weekly hours."""
    hours = OpeningHours(
        TimeZone.WIB,
        SERVICE,
        exceptions=(
            ExceptionDay(D("2024-03-04"), label="Rapat kerja"),
            ExceptionDay(D("2024-03-09"), (W("09:00-12:00"),), "Layanan Sabtu"),
        ),
    )
    assert hours.windows_on(D("2024-03-04")) == ()
    assert hours.windows_on(D("2024-03-05")) == (W("08:00-12:00"), W("13:00-15:00"))
    assert hours.is_open(wib("2024-03-09 10:00"))


def test_overlapping_windows_are_merged() -> None:
    """Two entries for the same day are open in all their windows, joined where they meet."""
    weekly = WeeklyHours(
        (
            DayHours((Weekday.MONDAY,), (W("08:00-12:00"), W("11:00-13:00"))),
            DayHours((Weekday.MONDAY,), (W("13:00-14:00"), W("15:00-16:00"))),
        )
    )
    assert weekly.windows_on(Weekday.MONDAY) == (W("08:00-14:00"), W("15:00-16:00"))
    assert weekly.windows_on(Weekday.TUESDAY) == ()


# --- the Perpres 21/2023 figures -------------------------------------------------------------------


def test_government_hours_are_37_hours_30_minutes_a_week_from_07_30() -> None:
    """Perpres 21/2023: 37 jam 30 menit a week without breaks, starting at 07.30."""
    assert GOVERNMENT_HOURS.weekly_time == dt.timedelta(hours=37, minutes=30)
    for day in (Weekday.MONDAY, Weekday.FRIDAY):
        assert GOVERNMENT_HOURS.windows_on(day)[0].start == dt.time(7, 30)


def test_ramadan_hours_are_32_hours_30_minutes_a_week_from_08_00() -> None:
    """Perpres 21/2023: 32 jam 30 menit in Ramadan, starting at 08.00."""
    assert RAMADAN_HOURS.weekly_time == dt.timedelta(hours=32, minutes=30)
    for day in (Weekday.MONDAY, Weekday.FRIDAY):
        assert RAMADAN_HOURS.windows_on(day)[0].start == dt.time(8, 0)


def test_the_breaks_are_an_hour_and_ninety_minutes_on_friday() -> None:
    """Perpres 21/2023: 60 minutes of break Monday to Thursday, 90 on Friday."""
    monday, friday = (GOVERNMENT_HOURS.windows_on(d) for d in (Weekday.MONDAY, Weekday.FRIDAY))
    gap = [
        dt.datetime.combine(D("2024-03-04"), w[1].start)
        - dt.datetime.combine(D("2024-03-04"), w[0].end)
        for w in (monday, friday)
    ]
    assert gap == [dt.timedelta(minutes=60), dt.timedelta(minutes=90)]


# --- windows -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("08:00-12:00", dt.time(8), dt.time(12)),
        ("07.30–16.00", dt.time(7, 30), dt.time(16)),
        ("13:00 - 00:00", dt.time(13), dt.time(0)),
        ("00:00-24:00", dt.time(0), dt.time(0)),
    ],
)
def test_windows_are_read_as_people_write_them(text: str, start: dt.time, end: dt.time) -> None:
    """Colons or dots, hyphen or dash; 00:00 or 24:00 as the end means midnight."""
    assert W(text) == TimeWindow(start, end)


@pytest.mark.parametrize("text", ["08:00", "8-12", "12:00-08:00", "08:00-08:00", "25:00-26:00"])
def test_nonsense_windows_are_refused(text: str) -> None:
    """A window must end after it starts, and be written HH:MM-HH:MM."""
    with pytest.raises((CalendarError, ValueError)):
        W(text)


def test_a_window_length_counts_midnight_as_the_end_of_the_day() -> None:
    """22:00–00:00 lasts two hours; 00:00–00:00 the whole day."""
    assert W("22:00-00:00").length == dt.timedelta(hours=2)
    assert W("00:00-00:00").length == dt.timedelta(days=1)


def test_times_with_an_offset_are_refused() -> None:
    """Times of day are local to the hours' zone."""
    with pytest.raises(ValueError, match="without a UTC offset"):
        TimeWindow(dt.time(8, tzinfo=WIB), dt.time(12))


# --- service time ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "minutes", "due"),
    [
        ("2024-03-04 09:00", 60, "2024-03-04 10:00"),  # inside one window
        ("2024-03-04 11:30", 60, "2024-03-04 13:30"),  # across lunch
        ("2024-03-04 14:00", 60, "2024-03-04 15:00"),  # ends at closing time, not next morning
        ("2024-03-04 06:00", 30, "2024-03-04 08:30"),  # before opening: counts from 08:00
        ("2024-03-04 12:15", 30, "2024-03-04 13:30"),  # in the break: counts from 13:00
        ("2024-03-01 11:00", 60, "2024-03-01 13:30"),  # across the Friday prayer break
        ("2024-03-01 14:00", 120, "2024-03-04 09:00"),  # across the weekend
        ("2024-04-05 14:30", 60, "2024-04-16 08:30"),  # across Idul Fitri and cuti bersama
        ("2024-03-04 09:00", 6 * 60, "2024-03-05 09:00"),  # a full day of service is 6 hours
        ("2024-03-04 09:00", 0, "2024-03-04 09:00"),
        ("2024-03-02 10:00", 0, "2024-03-02 10:00"),  # zero is due at once, even when closed
    ],
)
def test_service_time_counts_only_opening_hours(start: str, minutes: int, due: str) -> None:
    """Expected values worked out by hand from the windows above."""
    result = HOURS.add_service_time(wib(start), dt.timedelta(minutes=minutes))
    assert result == wib(due)
    assert result.utcoffset() == dt.timedelta(hours=7)
    assert HOURS.service_time_between(wib(start), result) == dt.timedelta(minutes=minutes)


def test_negative_service_time_is_refused() -> None:
    """A deadline before its start means nothing."""
    with pytest.raises(CalendarError, match="at least zero"):
        HOURS.add_service_time(wib("2024-03-04 09:00"), dt.timedelta(minutes=-1))


def test_hours_that_never_open_are_an_error_not_an_endless_loop() -> None:
    """No windows at all: the computation gives up with a clear message."""
    with pytest.raises(CalendarError, match="no opening"):
        OpeningHours(TimeZone.WIB).add_service_time(wib("2024-03-04 09:00"), dt.timedelta(hours=1))


def test_service_time_into_a_year_without_data_carries_a_warning() -> None:
    """`deadline` returns the warnings; `add_service_time` emits them."""
    deadline = HOURS.deadline(wib("2099-03-02 09:00"), dt.timedelta(hours=1))
    assert deadline.due > wib("2099-03-02 09:00")
    assert CalendarWarningKind.NO_CUTI_BERSAMA_DATA in {w.kind for w in deadline.warnings}
    with pytest.warns(CalendarDataWarning):
        HOURS.add_service_time(wib("2099-03-02 09:00"), dt.timedelta(hours=1))


moments = st.datetimes(dt.datetime(2024, 1, 1), dt.datetime(2026, 11, 30), timezones=st.just(WIB))  # noqa: DTZ001
amounts = st.integers(0, 3 * 60 * 24).map(lambda m: dt.timedelta(minutes=m))


@given(moments, amounts, amounts)
def test_more_service_time_is_never_due_earlier(
    start: dt.datetime, first: dt.timedelta, second: dt.timedelta
) -> None:
    """Monotonic in the amount, and counting the time back gives the amount."""
    low, high = sorted((first, second))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CalendarDataWarning)
        earlier = HOURS.add_service_time(start, low)
        later = HOURS.add_service_time(start, high)
        assert earlier <= later
        assert HOURS.service_time_between(start, later) == high


# --- Duration.due ----------------------------------------------------------------------------------


def test_a_standard_time_limit_in_working_days_is_due_on_a_date() -> None:
    """5 hari kerja from Friday 5 April 2024: 22 April."""
    deadline = Duration(5, DurationUnit.WORKING_DAYS).due(D("2024-04-05"))
    assert deadline.due == D("2024-04-22")
    assert deadline.certain


def test_a_time_limit_in_calendar_days_ignores_holidays() -> None:
    """30 hari kalender from 5 April 2024: 5 May."""
    assert Duration(30, DurationUnit.CALENDAR_DAYS).due(D("2024-04-05")).due == D("2024-05-05")


def test_the_unit_calendar_is_used() -> None:
    """A unit that serves on cuti bersama: 16 April."""
    calendar = WorkingCalendar(cuti_bersama_is_workday=True)
    due = Duration(5, DurationUnit.WORKING_DAYS).due(D("2024-04-05"), calendar=calendar).due
    assert due == D("2024-04-16")


def test_days_count_from_the_date_in_the_units_zone() -> None:
    """Thursday 23:30 WIB is already Friday in WIT, so a WIT unit counts from Friday."""
    submitted = wib("2024-04-04 23:30")
    one_day = Duration(1, DurationUnit.WORKING_DAYS)
    assert one_day.due(submitted).due == D("2024-04-05")
    wit = OpeningHours(TimeZone.WIT, GOVERNMENT_HOURS)
    assert one_day.due(submitted, hours=wit).due == D("2024-04-16")


def test_a_time_limit_in_minutes_counts_opening_hours() -> None:
    """90 menit from Friday 14:30: 30 minutes on Friday, the rest after Idul Fitri."""
    deadline = Duration(90, DurationUnit.MINUTES).due(wib("2024-04-05 14:30"), hours=HOURS)
    assert deadline.due == wib("2024-04-16 09:00")


def test_a_time_limit_in_hours_needs_opening_hours_and_a_moment() -> None:
    """Without hours, or from a bare date, the limit cannot be counted."""
    two_hours = Duration(2, DurationUnit.HOURS)
    with pytest.raises(CalendarError, match="opening hours"):
        two_hours.due(wib("2024-03-04 09:00"))
    with pytest.raises(CalendarError, match="start time"):
        two_hours.due(D("2024-03-04"), hours=HOURS)


def test_opening_hours_round_trip_through_json() -> None:
    """Hours are data: windows as HH:MM, weekdays and zones by their values."""
    hours = OpeningHours(
        TimeZone.WITA,
        SERVICE,
        special_periods=(RAMADAN_1445,),
        exceptions=(ExceptionDay(D("2024-03-04")),),
    )
    data = to_dict(hours)
    assert data["time_zone"] == "WITA"
    assert data["regular"]["days"][1]["windows"][0] == {"start": "08:00", "end": "11:30"}
    assert from_dict(data, OpeningHours) == hours


# --- time zones ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "date"),
    [(TimeZone.WIB, "2024-04-04"), (TimeZone.WITA, "2024-04-05"), (TimeZone.WIT, "2024-04-05")],
)
def test_today_depends_on_the_zone(zone: TimeZone, date: str) -> None:
    """Thursday 23:30 WIB is already Friday in WITA (00:30) and WIT (01:30)."""
    assert zone.today(wib("2024-04-04 23:30")) == D(date)


def test_converting_keeps_the_instant_and_changes_the_offset() -> None:
    """09:00 WIB is 11:00 WIT; the two are equal as instants."""
    converted = TimeZone.WIT.convert(wib("2024-04-04 09:00"))
    assert converted.isoformat() == "2024-04-04T11:00:00+09:00"
    assert converted == wib("2024-04-04 09:00")


def test_now_is_aware_and_in_the_zone() -> None:
    """`now()` carries the zone's offset, so it can be compared and stored."""
    assert TimeZone.WITA.now().utcoffset() == dt.timedelta(hours=8)


def test_a_naive_timestamp_cannot_be_converted() -> None:
    """The converter refuses naive timestamps in JSON; the helpers refuse them too."""
    with pytest.raises(CalendarError, match="no UTC offset"):
        TimeZone.WIB.today(dt.datetime(2024, 4, 4, 23, 30))  # noqa: DTZ001  (the point of the test)
