"""Durations with an explicit unit."""

from __future__ import annotations

import pytest

from pelayanan import Duration, DurationUnit, PelayananError


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("5 hari kerja", 5, DurationUnit.WORKING_DAYS),
        ("5 (lima) hari kerja", 5, DurationUnit.WORKING_DAYS),
        ("14 hari kalender", 14, DurationUnit.CALENDAR_DAYS),
        ("30 menit", 30, DurationUnit.MINUTES),
        ("2 jam", 2, DurationUnit.HOURS),
        ("3 working days", 3, DurationUnit.WORKING_DAYS),
        ("  10   Menit ", 10, DurationUnit.MINUTES),
        # Days whose kind the text does not say are their own unit, not a guess (issue 12).
        ("3 hari", 3, DurationUnit.DAYS),
        ("3 (tiga) hari", 3, DurationUnit.DAYS),
        ("lima hari kerja", 5, DurationUnit.WORKING_DAYS),
        ("dua puluh empat jam", 24, DurationUnit.HOURS),
        ("5 minggu", 5, DurationUnit.WEEKS),
        ("1 Minggu", 1, DurationUnit.WEEKS),
        ("6 (enam) bulan", 6, DurationUnit.MONTHS),
    ],
)
def test_durations_are_read_as_people_write_them(
    text: str, amount: int, unit: DurationUnit
) -> None:
    """Standards write "5 (lima) hari kerja"; the parser understands it."""
    assert Duration.parse(text) == Duration(amount, unit)


@pytest.mark.parametrize("text", ["5", "", "lima", "5 parsec", "hari kerja", "5 tahun"])
def test_texts_without_an_amount_and_a_unit_are_refused(text: str) -> None:
    """A number without a unit, or a unit without a number, is not a duration."""
    with pytest.raises(PelayananError):
        Duration.parse(text)


def test_a_negative_duration_is_meaningless() -> None:
    """Construction refuses what cannot mean anything."""
    with pytest.raises(ValueError, match="amount"):
        Duration(-1, DurationUnit.MINUTES)


def test_a_zero_duration_loads_so_the_validator_can_report_it() -> None:
    """Zero is wrong for a time limit, but that is a compliance finding, not a crash."""
    assert Duration(0, DurationUnit.WORKING_DAYS).amount == 0


def test_durations_render_in_both_languages() -> None:
    """Indonesian by default; English with singular and plural."""
    assert str(Duration(5, DurationUnit.WORKING_DAYS)) == "5 hari kerja"
    assert Duration(1, DurationUnit.CALENDAR_DAYS).text("en") == "1 calendar day"
    assert Duration(2, DurationUnit.HOURS).text("en") == "2 hours"


def test_new_units_render_in_both_languages() -> None:
    """Days of an unstated kind, weeks and months have Indonesian and English words."""
    assert str(Duration(3, DurationUnit.DAYS)) == "3 hari"
    assert Duration(1, DurationUnit.DAYS).text("en") == "1 day"
    assert Duration(2, DurationUnit.WEEKS).text("en") == "2 weeks"
    assert Duration(1, DurationUnit.MONTHS).text("id") == "1 bulan"
