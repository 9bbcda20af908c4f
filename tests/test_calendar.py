"""Working days: the official 2024–2026 holiday lists, deadline arithmetic and its warnings.

Every expected date here is written out by hand from the SKB 3 Menteri of the year (see
docs/sources/facts.md §2), never computed by the library under test:

* 2024: SKB Menag 855/2023, Menaker 3/2023, MenPANRB 4/2023 (amended by 236/2024, 1/2024, 2/2024),
  plus the election days of Keppres 10/2024 (Pemilu) and Keppres 33/2024 (Pilkada);
* 2025: SKB Menag 1017/2024, Menaker 2/2024, MenPANRB 2/2024, amended by SKB 933/2025, 1/2025,
  3/2025 (18 August 2025 added as cuti bersama);
* 2026: SKB Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025.
"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import WorkingCalendar, from_dict, to_dict
from pelayanan.time.calendar import (
    WORKING_WEEK,
    CalendarDataWarning,
    CalendarError,
    CalendarWarning,
    CalendarWarningKind,
    HolidayKind,
    LabelledDate,
    Weekday,
    add_calendar_days,
)

D = dt.date.fromisoformat

# --- the official lists, by hand --------------------------------------------------------------------

NATIONAL_HOLIDAYS = {
    2024: [
        "2024-01-01",  # Tahun Baru 2024 Masehi
        "2024-02-08",  # Isra Mikraj Nabi Muhammad SAW
        "2024-02-10",  # Tahun Baru Imlek 2575 Kongzili (Sat)
        "2024-02-14",  # Hari Pemungutan Suara Pemilu (Keppres 10/2024, not in the SKB)
        "2024-03-11",  # Hari Suci Nyepi Tahun Baru Saka 1946
        "2024-03-29",  # Wafat Yesus Kristus
        "2024-03-31",  # Kebangkitan Yesus Kristus (Paskah) (Sun)
        "2024-04-10",  # Hari Raya Idul Fitri 1445 H
        "2024-04-11",  # Hari Raya Idul Fitri 1445 H (hari kedua)
        "2024-05-01",  # Hari Buruh Internasional
        "2024-05-09",  # Kenaikan Yesus Kristus
        "2024-05-23",  # Hari Raya Waisak 2568 BE
        "2024-06-01",  # Hari Lahir Pancasila (Sat)
        "2024-06-17",  # Hari Raya Idul Adha 1445 H
        "2024-07-07",  # Tahun Baru Islam 1446 H (Sun)
        "2024-08-17",  # Hari Kemerdekaan RI (Sat)
        "2024-09-16",  # Maulid Nabi Muhammad SAW
        "2024-11-27",  # Hari Pemungutan Suara Pilkada (Keppres 33/2024, not in the SKB)
        "2024-12-25",  # Hari Raya Natal
    ],
    2025: [
        "2025-01-01",  # Tahun Baru 2025 Masehi
        "2025-01-27",  # Isra Mikraj Nabi Muhammad SAW
        "2025-01-29",  # Tahun Baru Imlek 2576 Kongzili
        "2025-03-29",  # Hari Suci Nyepi (Sat)
        "2025-03-31",  # Idul Fitri 1446 H
        "2025-04-01",  # Idul Fitri 1446 H
        "2025-04-18",  # Wafat Yesus Kristus
        "2025-04-20",  # Kebangkitan Yesus Kristus (Sun)
        "2025-05-01",  # Hari Buruh Internasional
        "2025-05-12",  # Hari Raya Waisak 2569 BE
        "2025-05-29",  # Kenaikan Yesus Kristus
        "2025-06-01",  # Hari Lahir Pancasila (Sun)
        "2025-06-06",  # Idul Adha 1446 H
        "2025-06-27",  # 1 Muharam Tahun Baru Islam 1447 H
        "2025-08-17",  # Proklamasi Kemerdekaan (Sun)
        "2025-09-05",  # Maulid Nabi Muhammad SAW
        "2025-12-25",  # Kelahiran Yesus Kristus
    ],
    2026: [
        "2026-01-01",  # Tahun Baru 2026 Masehi
        "2026-01-16",  # Isra Mikraj Nabi Muhammad SAW
        "2026-02-17",  # Tahun Baru Imlek 2577 Kongzili
        "2026-03-19",  # Hari Suci Nyepi
        "2026-03-21",  # Idul Fitri 1447 H (Sat)
        "2026-03-22",  # Idul Fitri 1447 H (Sun)
        "2026-04-03",  # Wafat Yesus Kristus
        "2026-04-05",  # Kebangkitan Yesus Kristus (Sun)
        "2026-05-01",  # Hari Buruh Internasional
        "2026-05-14",  # Kenaikan Yesus Kristus
        "2026-05-27",  # Idul Adha 1447 H
        "2026-05-31",  # Hari Raya Waisak 2570 BE (Sun)
        "2026-06-01",  # Hari Lahir Pancasila
        "2026-06-16",  # 1 Muharam Tahun Baru Islam 1448 H
        "2026-08-17",  # Proklamasi Kemerdekaan
        "2026-08-25",  # Maulid Nabi Muhammad SAW
        "2026-12-25",  # Kelahiran Yesus Kristus
    ],
}

CUTI_BERSAMA = {
    2024: [
        "2024-02-09",  # Tahun Baru Imlek
        "2024-03-12",  # Hari Suci Nyepi
        "2024-04-08",  # Idul Fitri
        "2024-04-09",  # Idul Fitri
        "2024-04-12",  # Idul Fitri
        "2024-04-15",  # Idul Fitri
        "2024-05-10",  # Kenaikan Yesus Kristus
        "2024-05-24",  # Hari Raya Waisak
        "2024-06-18",  # Idul Adha
        "2024-12-26",  # Hari Raya Natal
    ],
    2025: [
        "2025-01-28",  # Tahun Baru Imlek
        "2025-03-28",  # Hari Suci Nyepi
        "2025-04-02",  # Idul Fitri
        "2025-04-03",  # Idul Fitri
        "2025-04-04",  # Idul Fitri
        "2025-04-07",  # Idul Fitri
        "2025-05-13",  # Hari Raya Waisak
        "2025-05-30",  # Kenaikan Yesus Kristus
        "2025-06-09",  # Idul Adha
        "2025-08-18",  # Proklamasi Kemerdekaan (added by SKB 933/2025, 1/2025, 3/2025)
        "2025-12-26",  # Kelahiran Yesus Kristus
    ],
    2026: [
        "2026-02-16",  # Tahun Baru Imlek
        "2026-03-18",  # Hari Suci Nyepi
        "2026-03-20",  # Idul Fitri
        "2026-03-23",  # Idul Fitri
        "2026-03-24",  # Idul Fitri
        "2026-05-15",  # Kenaikan Yesus Kristus
        "2026-05-28",  # Idul Adha
        "2026-12-24",  # Kelahiran Yesus Kristus
    ],
}

# Both sides of every holiday block on a weekday: (date, is it a working day?).
BOUNDARIES = [
    # 2024
    ("2024-01-01", False),
    ("2024-01-02", True),
    ("2024-02-07", True),
    ("2024-02-08", False),  # Isra Mikraj
    ("2024-02-09", False),  # cuti bersama Imlek
    ("2024-02-12", True),
    ("2024-02-13", True),
    ("2024-02-14", False),  # Pemilu
    ("2024-02-15", True),
    ("2024-03-08", True),
    ("2024-03-11", False),  # Nyepi
    ("2024-03-12", False),  # cuti bersama Nyepi
    ("2024-03-13", True),
    ("2024-03-28", True),
    ("2024-03-29", False),  # Wafat Yesus Kristus
    ("2024-04-01", True),
    ("2024-04-05", True),
    ("2024-04-08", False),  # cuti bersama Idul Fitri
    ("2024-04-11", False),  # Idul Fitri, second day
    ("2024-04-15", False),  # cuti bersama Idul Fitri
    ("2024-04-16", True),
    ("2024-04-30", True),
    ("2024-05-01", False),  # Hari Buruh
    ("2024-05-02", True),
    ("2024-05-08", True),
    ("2024-05-09", False),  # Kenaikan
    ("2024-05-10", False),  # cuti bersama Kenaikan
    ("2024-05-13", True),
    ("2024-05-22", True),
    ("2024-05-23", False),  # Waisak
    ("2024-05-24", False),  # cuti bersama Waisak
    ("2024-05-27", True),
    ("2024-06-14", True),
    ("2024-06-17", False),  # Idul Adha
    ("2024-06-18", False),  # cuti bersama Idul Adha
    ("2024-06-19", True),
    ("2024-09-13", True),
    ("2024-09-16", False),  # Maulid
    ("2024-09-17", True),
    ("2024-11-26", True),
    ("2024-11-27", False),  # Pilkada
    ("2024-11-28", True),
    ("2024-12-24", True),
    ("2024-12-25", False),  # Natal
    ("2024-12-26", False),  # cuti bersama Natal
    ("2024-12-27", True),
    # 2025
    ("2025-01-24", True),
    ("2025-01-27", False),  # Isra Mikraj
    ("2025-01-28", False),  # cuti bersama Imlek
    ("2025-01-29", False),  # Imlek
    ("2025-01-30", True),
    ("2025-03-27", True),
    ("2025-03-28", False),  # cuti bersama Nyepi
    ("2025-03-31", False),  # Idul Fitri
    ("2025-04-07", False),  # cuti bersama Idul Fitri
    ("2025-04-08", True),
    ("2025-04-17", True),
    ("2025-04-18", False),  # Wafat Yesus Kristus
    ("2025-04-21", True),
    ("2025-05-09", True),
    ("2025-05-12", False),  # Waisak
    ("2025-05-13", False),  # cuti bersama Waisak
    ("2025-05-14", True),
    ("2025-05-28", True),
    ("2025-05-29", False),  # Kenaikan
    ("2025-05-30", False),  # cuti bersama Kenaikan
    ("2025-06-02", True),
    ("2025-06-05", True),
    ("2025-06-06", False),  # Idul Adha
    ("2025-06-09", False),  # cuti bersama Idul Adha
    ("2025-06-10", True),
    ("2025-06-26", True),
    ("2025-06-27", False),  # Tahun Baru Islam
    ("2025-06-30", True),
    ("2025-08-15", True),
    ("2025-08-18", False),  # cuti bersama added in August 2025
    ("2025-08-19", True),
    ("2025-09-04", True),
    ("2025-09-05", False),  # Maulid
    ("2025-09-08", True),
    ("2025-12-24", True),
    ("2025-12-25", False),  # Natal
    ("2025-12-26", False),  # cuti bersama Natal
    ("2025-12-29", True),
    # 2026
    ("2026-01-15", True),
    ("2026-01-16", False),  # Isra Mikraj
    ("2026-01-19", True),
    ("2026-02-13", True),
    ("2026-02-16", False),  # cuti bersama Imlek
    ("2026-02-17", False),  # Imlek
    ("2026-02-18", True),
    ("2026-03-17", True),
    ("2026-03-18", False),  # cuti bersama Nyepi
    ("2026-03-19", False),  # Nyepi
    ("2026-03-20", False),  # cuti bersama Idul Fitri
    ("2026-03-23", False),  # cuti bersama Idul Fitri
    ("2026-03-24", False),  # cuti bersama Idul Fitri
    ("2026-03-25", True),
    ("2026-04-02", True),
    ("2026-04-03", False),  # Wafat Yesus Kristus
    ("2026-04-06", True),
    ("2026-04-30", True),
    ("2026-05-01", False),  # Hari Buruh
    ("2026-05-04", True),
    ("2026-05-13", True),
    ("2026-05-14", False),  # Kenaikan
    ("2026-05-15", False),  # cuti bersama Kenaikan
    ("2026-05-18", True),
    ("2026-05-26", True),
    ("2026-05-27", False),  # Idul Adha
    ("2026-05-28", False),  # cuti bersama Idul Adha
    ("2026-05-29", True),
    ("2026-06-01", False),  # Hari Lahir Pancasila
    ("2026-06-02", True),
    ("2026-06-15", True),
    ("2026-06-16", False),  # Tahun Baru Islam
    ("2026-06-17", True),
    ("2026-08-14", True),
    ("2026-08-17", False),  # Proklamasi
    ("2026-08-18", True),
    ("2026-08-24", True),
    ("2026-08-25", False),  # Maulid
    ("2026-08-26", True),
    ("2026-12-23", True),
    ("2026-12-24", False),  # cuti bersama Natal
    ("2026-12-25", False),  # Natal
    ("2026-12-28", True),
]

GOVERNMENT = WorkingCalendar()


def _holiday_dates(year: int, kind: HolidayKind) -> list[str]:
    return [h.date.isoformat() for h in GOVERNMENT.holidays_in(year) if h.kind is kind]


# --- the data ------------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_national_holidays_match_the_official_list(year: int) -> None:
    """Every libur nasional of the SKB (and the 2024 election days) and nothing else."""
    assert _holiday_dates(year, HolidayKind.NATIONAL_HOLIDAY) == NATIONAL_HOLIDAYS[year]


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_cuti_bersama_match_the_official_list(year: int) -> None:
    """Every cuti bersama day of the SKB, including the August 2025 amendment."""
    assert _holiday_dates(year, HolidayKind.CUTI_BERSAMA) == CUTI_BERSAMA[year]


def test_the_2024_election_days_are_national_holidays() -> None:
    """Pemilu (14 February) and Pilkada (27 November) 2024 were declared by Keppres, not the SKB."""
    holidays = {h.date: h for h in GOVERNMENT.holidays_in(2024)}
    for day in ("2024-02-14", "2024-11-27"):
        assert holidays[D(day)].kind is HolidayKind.NATIONAL_HOLIDAY
        assert "Pemilihan" in holidays[D(day)].name.id


def test_holidays_carry_indonesian_and_english_names() -> None:
    """Idul Fitri 1445 H is named in both languages; the SKB's dates are not estimates."""
    holidays = {h.date: h for h in GOVERNMENT.holidays_in(2024)}
    idul_fitri = holidays[D("2024-04-10")]
    assert "Idul Fitri" in idul_fitri.name.id
    assert "Eid" in idul_fitri.name.en
    assert not idul_fitri.estimated
    assert holidays[D("2024-04-12")].is_cuti_bersama


@pytest.mark.parametrize(("day", "working"), BOUNDARIES, ids=[b[0] for b in BOUNDARIES])
def test_both_sides_of_each_holiday_block(day: str, working: bool) -> None:
    """The last working day before a holiday block, the block itself, and the day after."""
    assert GOVERNMENT.is_working_day(D(day)) is working


@pytest.mark.parametrize(
    "day", [d for year in (2024, 2025, 2026) for d in CUTI_BERSAMA[year] if D(d).weekday() < 5]
)
def test_cuti_bersama_count_for_units_that_serve_on_them(day: str) -> None:
    """With `cuti_bersama_is_workday`, a weekday of cuti bersama is a working day."""
    assert not GOVERNMENT.is_working_day(D(day))
    assert WorkingCalendar(cuti_bersama_is_workday=True).is_working_day(D(day))


@pytest.mark.parametrize("day", ["2024-04-06", "2024-04-07", "2025-08-16", "2026-03-21"])
def test_weekends_are_not_working_days(day: str) -> None:
    """Perpres 21/2023 Pasal 3: Monday to Friday only."""
    assert not GOVERNMENT.is_working_day(D(day))


# --- deadline arithmetic ---------------------------------------------------------------------------


def test_five_working_days_after_idul_fitri_eve_is_22_april() -> None:
    """The issue's example: Friday 5 April 2024 + 5 working days skips Idul Fitri and its cuti."""
    assert GOVERNMENT.add_working_days(D("2024-04-05"), 5) == D("2024-04-22")


def test_with_cuti_bersama_as_working_days_it_is_16_april() -> None:
    """Only 10–11 April (libur nasional) and the weekends are skipped."""
    calendar = WorkingCalendar(cuti_bersama_is_workday=True)
    assert calendar.add_working_days(D("2024-04-05"), 5) == D("2024-04-16")


def test_thirty_calendar_days_after_5_april_is_5_may() -> None:
    """Calendar days ignore holidays and weekends."""
    assert add_calendar_days(D("2024-04-05"), 30) == D("2024-05-05")
    assert GOVERNMENT.deadline(D("2024-04-05"), 30, calendar_days=True).due == D("2024-05-05")


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        ("2024-02-13", 1, "2024-02-15"),  # over Pemilu
        ("2024-11-26", 1, "2024-11-28"),  # over Pilkada
        ("2024-12-24", 1, "2024-12-27"),  # over Natal and its cuti bersama
        ("2024-12-24", 2, "2024-12-30"),
        ("2024-12-30", 2, "2025-01-02"),  # over the new year
        ("2025-03-27", 1, "2025-04-08"),  # over Nyepi's cuti bersama and Idul Fitri 1446 H
        ("2025-08-15", 1, "2025-08-19"),  # over the cuti bersama added in August 2025
        ("2026-03-17", 1, "2026-03-25"),  # over Nyepi and Idul Fitri 1447 H
        ("2026-05-13", 3, "2026-05-20"),  # over Kenaikan and its cuti bersama
        ("2026-05-26", 3, "2026-06-03"),  # over Idul Adha and Hari Lahir Pancasila
    ],
)
def test_working_days_skip_holidays_and_cuti_bersama(start: str, days: int, due: str) -> None:
    """Deadlines across holiday blocks, checked against the SKB lists by hand."""
    assert GOVERNMENT.add_working_days(D(start), days) == D(due)
    assert GOVERNMENT.working_days_between(D(start), D(due)) == days


@pytest.mark.parametrize("start", ["2024-04-06", "2024-04-07", "2024-04-08", "2024-04-10"])
def test_a_start_on_a_weekend_or_holiday_counts_from_the_next_working_day(start: str) -> None:
    """The first working day after the start counts as day one, whatever the start is."""
    assert GOVERNMENT.add_working_days(D(start), 1) == D("2024-04-16")
    assert GOVERNMENT.add_working_days(D(start), 5) == D("2024-04-22")


def test_zero_working_days_is_the_start_itself() -> None:
    """Nothing to count: the start date, even on a holiday."""
    assert GOVERNMENT.add_working_days(D("2024-04-10"), 0) == D("2024-04-10")


def test_counting_backwards_gives_a_negative_number() -> None:
    """`working_days_between` with the dates swapped is the negative count."""
    assert GOVERNMENT.working_days_between(D("2024-04-22"), D("2024-04-05")) == -5
    assert GOVERNMENT.working_days_between(D("2024-04-05"), D("2024-04-05")) == 0


@pytest.mark.parametrize("days", [-1, -30])
def test_negative_days_are_refused(days: int) -> None:
    """A deadline before its start is meaningless."""
    with pytest.raises(CalendarError, match="at least 0"):
        GOVERNMENT.add_working_days(D("2024-04-05"), days)
    with pytest.raises(CalendarError, match="at least 0"):
        add_calendar_days(D("2024-04-05"), days)


def test_a_deadline_beyond_the_year_9999_is_refused_at_once() -> None:
    """No date can hold it, so the calendar says so instead of counting for minutes."""
    with pytest.raises(CalendarError, match="beyond the last date"):
        GOVERNMENT.add_working_days(D("2024-04-05"), 10**9)
    with pytest.raises(CalendarError, match="beyond the last date"):
        add_calendar_days(D("9999-12-30"), 5)


# --- per-unit overrides ----------------------------------------------------------------------------


def test_a_unit_open_on_saturdays_counts_them() -> None:
    """Perpres 21/2023 Pasal 7: a unit serving the public directly (an MPP) may work Saturdays."""
    calendar = WorkingCalendar(working_weekdays=(*WORKING_WEEK, Weekday.SATURDAY))
    # 6 Apr (Sat) is day 1, 13 Apr (Sat) day 2, then 16, 17 and 18 April.
    assert calendar.add_working_days(D("2024-04-05"), 5) == D("2024-04-18")


def test_a_unit_open_every_day_counts_holidays_too() -> None:
    """A hospital's emergency ward: every calendar day is a working day."""
    assert WorkingCalendar.every_day().add_working_days(D("2024-04-05"), 5) == D("2024-04-10")


def test_a_unit_working_on_national_holidays_still_observes_cuti_bersama() -> None:
    """The two flags are independent: 10–11 April count, 8, 9, 12 and 15 April do not."""
    calendar = WorkingCalendar(national_holiday_is_workday=True)
    assert calendar.add_working_days(D("2024-04-05"), 2) == D("2024-04-11")


def test_a_regional_holiday_closes_the_unit() -> None:
    """A closure supplied by the user moves the deadline by a day."""
    calendar = WorkingCalendar(closures=(LabelledDate(D("2024-04-16"), "Libur daerah"),))
    assert calendar.add_working_days(D("2024-04-05"), 5) == D("2024-04-23")
    closure = [h for h in calendar.holidays_in(2024) if h.kind is HolidayKind.CLOSURE]
    assert [(h.date, h.name.id) for h in closure] == [(D("2024-04-16"), "Libur daerah")]


def test_an_extra_working_day_overrides_a_holiday() -> None:
    """An SKB that withdraws a cuti bersama after the data was released: 12 April is worked."""
    calendar = WorkingCalendar(extra_working_days=(LabelledDate(D("2024-04-12")),))
    assert calendar.is_working_day(D("2024-04-12"))
    assert calendar.add_working_days(D("2024-04-05"), 1) == D("2024-04-12")


def test_a_date_both_closed_and_worked_is_refused() -> None:
    """The two lists contradict each other, so the calendar means nothing."""
    day = LabelledDate(D("2024-04-16"))
    with pytest.raises(ValueError, match="2024-04-16"):
        WorkingCalendar(closures=(day,), extra_working_days=(day,))


def test_a_calendar_with_only_extra_working_days_counts_those() -> None:
    """No weekly working days: only the listed dates count, and too few is an error."""
    calendar = WorkingCalendar(
        working_weekdays=(), extra_working_days=(LabelledDate(D("2024-04-20")),)
    )
    assert calendar.add_working_days(D("2024-04-05"), 1) == D("2024-04-20")
    with pytest.raises(CalendarError, match="fewer than 2"):
        calendar.add_working_days(D("2024-04-05"), 2)


def test_calendar_settings_round_trip_through_json() -> None:
    """A unit's calendar is data: it survives `to_dict`/`from_dict`, and the default is empty."""
    calendar = WorkingCalendar(
        working_weekdays=(Weekday.MONDAY, Weekday.SATURDAY),
        cuti_bersama_is_workday=True,
        closures=(LabelledDate(D("2024-06-30"), "HUT Kota"),),
    )
    data = to_dict(calendar)
    assert data["working_weekdays"] == ["monday", "saturday"]
    assert from_dict(data, WorkingCalendar) == calendar
    assert to_dict(WorkingCalendar()) == {}


# --- missing data is never silent ------------------------------------------------------------------


def test_a_deadline_within_the_official_years_is_certain() -> None:
    """2024–2026 have their SKB lists: no warning."""
    deadline = GOVERNMENT.deadline(D("2024-04-05"), 5)
    assert deadline.due == D("2024-04-22")
    assert deadline.certain
    assert deadline.warnings == ()


def test_a_deadline_running_into_a_year_without_cuti_bersama_data_warns() -> None:
    """The year the deadline runs into has no SKB data; the year it starts in was supplied."""
    calendar = WorkingCalendar(extra_cuti_bersama=(LabelledDate(D("2098-12-24")),))
    deadline = calendar.deadline(D("2098-12-21"), 10)
    assert deadline.due.year == 2099
    missing = [w for w in deadline.warnings if w.kind is CalendarWarningKind.NO_CUTI_BERSAMA_DATA]
    assert missing == [CalendarWarning(CalendarWarningKind.NO_CUTI_BERSAMA_DATA, 2099)]
    assert not deadline.certain


def test_the_plain_methods_emit_a_python_warning_for_missing_data() -> None:
    """`add_working_days` returns a bare date, so the warning goes through `warnings`."""
    with pytest.warns(CalendarDataWarning) as record:
        GOVERNMENT.add_working_days(D("2099-03-02"), 3)
    details = {w.message.detail for w in record if isinstance(w.message, CalendarDataWarning)}
    assert CalendarWarning(CalendarWarningKind.NO_CUTI_BERSAMA_DATA, 2099) in details
    assert any("No cuti bersama data for 2099" in str(w.message) for w in record)


def test_units_that_work_on_cuti_bersama_need_no_cuti_bersama_data() -> None:
    """The missing list cannot change their deadline, so there is nothing to warn about."""
    calendar = WorkingCalendar(cuti_bersama_is_workday=True)
    kinds = {w.kind for w in calendar.deadline(D("2099-03-02"), 3).warnings}
    assert CalendarWarningKind.NO_CUTI_BERSAMA_DATA not in kinds


def test_a_calendar_that_ignores_holidays_never_warns() -> None:
    """Every day a working day: holiday data does not matter."""
    assert WorkingCalendar.every_day().deadline(D("2099-03-02"), 3).warnings == ()


def test_warnings_for_a_period_name_each_year() -> None:
    """`warnings_for` covers every year of the period."""
    years = {w.year for w in GOVERNMENT.warnings_for(D("2098-06-01"), D("2099-06-01"))}
    assert years == {2098, 2099}
    assert GOVERNMENT.warnings_for(D("2024-01-01"), D("2026-12-31")) == ()


def test_warnings_read_in_both_languages() -> None:
    """Shown to people, so in Indonesian and English."""
    warning = CalendarWarning(CalendarWarningKind.NO_CUTI_BERSAMA_DATA, 2099)
    assert str(warning).startswith("Data cuti bersama tahun 2099 belum tersedia")
    assert warning.text("en").startswith("No cuti bersama data for 2099 yet")


# --- properties ------------------------------------------------------------------------------------


def calendars() -> st.SearchStrategy[WorkingCalendar]:
    """Calendars with at least one working weekday and a few closures."""
    days = st.dates(dt.date(2023, 12, 1), dt.date(2027, 1, 31))
    return st.builds(
        WorkingCalendar,
        working_weekdays=st.lists(
            st.sampled_from(Weekday), min_size=1, max_size=7, unique=True
        ).map(tuple),
        national_holiday_is_workday=st.booleans(),
        cuti_bersama_is_workday=st.booleans(),
        closures=st.lists(st.builds(LabelledDate, days), max_size=3).map(tuple),
    )


starts = st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31))
counts = st.integers(0, 40)


def quietly(function, *args):  # type: ignore[no-untyped-def]
    """Call `function` with missing-data warnings silenced: the properties hold regardless."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CalendarDataWarning)
        return function(*args)


@given(calendars(), starts, counts, counts)
def test_adding_more_working_days_never_gives_an_earlier_date(
    calendar: WorkingCalendar, start: dt.date, first: int, second: int
) -> None:
    """Monotonic in the number of days, and strictly so."""
    low, high = sorted((first, second))
    earlier = quietly(calendar.add_working_days, start, low)
    later = quietly(calendar.add_working_days, start, high)
    assert earlier <= later
    if low < high:
        assert earlier < later


@given(calendars(), starts, starts, counts)
def test_a_later_start_never_gives_an_earlier_deadline(
    calendar: WorkingCalendar, first: dt.date, second: dt.date, days: int
) -> None:
    """Monotonic in the start date."""
    early, late = sorted((first, second))
    assert quietly(calendar.add_working_days, early, days) <= quietly(
        calendar.add_working_days, late, days
    )


@given(calendars(), starts, st.integers(1, 40))
def test_the_deadline_is_a_working_day_after_the_start(
    calendar: WorkingCalendar, start: dt.date, days: int
) -> None:
    """The N-th working day is a working day, and it is after the start."""
    due = quietly(calendar.add_working_days, start, days)
    assert due > start
    assert quietly(calendar.is_working_day, due)


@given(calendars(), starts, counts)
def test_adding_agrees_with_counting(calendar: WorkingCalendar, start: dt.date, days: int) -> None:
    """`working_days_between(start, add_working_days(start, n)) == n`."""
    due = quietly(calendar.add_working_days, start, days)
    assert quietly(calendar.working_days_between, start, due) == days


@given(calendars(), starts, starts)
def test_counting_is_antisymmetric(
    calendar: WorkingCalendar, first: dt.date, second: dt.date
) -> None:
    """Swapping the dates negates the count."""
    assert quietly(calendar.working_days_between, first, second) == -quietly(
        calendar.working_days_between, second, first
    )


def test_weekday_of_a_date_and_its_labels() -> None:
    """5 April 2024 was a Friday: *Jumat*."""
    friday = Weekday.of(D("2024-04-05"))
    assert friday is Weekday.FRIDAY
    assert friday.number == 4
    assert friday.label.text("id") == "Jumat"
