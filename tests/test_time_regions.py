"""`pelayanan.time.regions`: the 38 provinces and Indonesia's three time zones (Keppres 41/1987)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import from_json, to_dict, to_json
from pelayanan.strategies import models
from pelayanan.time.calendar import CalendarError
from pelayanan.time.regions import Province, Region, TimeZone, aware

# Keppres 41/1987: WIB covers Sumatra, Java, West and Central Kalimantan; WITA Bali, Nusa
# Tenggara, South, East and North Kalimantan and Sulawesi; WIT Maluku and Papua. The lists below
# are written out by hand, province by province, from that division.
WIB_PROVINCES = {
    "aceh", "sumatera_utara", "sumatera_barat", "riau", "jambi", "sumatera_selatan", "bengkulu",
    "lampung", "kepulauan_bangka_belitung", "kepulauan_riau",  # Sumatra: 10
    "dki_jakarta", "jawa_barat", "jawa_tengah", "di_yogyakarta", "jawa_timur", "banten",  # Java: 6
    "kalimantan_barat", "kalimantan_tengah",  # 2
}  # fmt: skip
WITA_PROVINCES = {
    "bali", "nusa_tenggara_barat", "nusa_tenggara_timur",  # 3
    "kalimantan_selatan", "kalimantan_timur", "kalimantan_utara",  # 3
    "sulawesi_utara", "sulawesi_tengah", "sulawesi_selatan", "sulawesi_tenggara", "gorontalo",
    "sulawesi_barat",  # Sulawesi: 6
}  # fmt: skip
WIT_PROVINCES = {
    "maluku", "maluku_utara",
    "papua", "papua_barat", "papua_selatan", "papua_tengah", "papua_pegunungan", "papua_barat_daya",
}  # fmt: skip

UTC = dt.UTC


def test_there_are_thirty_eight_provinces() -> None:
    """38 since the Papua provinces of 2022: 18 in WIB, 12 in WITA, 8 in WIT."""
    assert len(Province) == 38
    assert (len(WIB_PROVINCES), len(WITA_PROVINCES), len(WIT_PROVINCES)) == (18, 12, 8)
    assert {p.value for p in Province} == WIB_PROVINCES | WITA_PROVINCES | WIT_PROVINCES


@pytest.mark.parametrize("province", list(Province), ids=lambda p: p.value)
def test_each_province_is_in_its_keppres_41_1987_time_zone(province: Province) -> None:
    """Each province's zone is the one the division of 1987 gives its island group."""
    expected = (
        TimeZone.WIB
        if province.value in WIB_PROVINCES
        else TimeZone.WITA
        if province.value in WITA_PROVINCES
        else TimeZone.WIT
    )
    assert province.time_zone is expected


@pytest.mark.parametrize(
    ("zone", "hours", "iana"),
    [
        (TimeZone.WIB, 7, "Asia/Jakarta"),
        (TimeZone.WITA, 8, "Asia/Makassar"),
        (TimeZone.WIT, 9, "Asia/Jayapura"),
    ],
)
def test_the_zones_are_fixed_offsets_with_their_iana_names(
    zone: TimeZone, hours: int, iana: str
) -> None:
    """UTC+7, +8 and +9 all year (no daylight saving), named after the zone."""
    offset = dt.timedelta(hours=hours)
    for day in (dt.datetime(2024, 1, 15, tzinfo=UTC), dt.datetime(2024, 7, 15, tzinfo=UTC)):
        assert zone.tzinfo.utcoffset(day) == offset
    assert zone.tzinfo.tzname(None) == zone.value
    assert zone.iana == iana


def test_a_late_evening_in_jambi_is_already_the_next_day_in_jayapura() -> None:
    """23:30 WIB on 5 April 2024 is 00:30 WITA and 01:30 WIT on 6 April: the same instant."""
    submitted = dt.datetime(2024, 4, 5, 23, 30, tzinfo=TimeZone.WIB.tzinfo)
    in_makassar = TimeZone.WITA.convert(submitted)
    in_jayapura = TimeZone.WIT.convert(submitted)
    assert (in_makassar.hour, in_makassar.minute, in_jayapura.hour) == (0, 30, 1)
    assert in_makassar == in_jayapura == submitted
    assert TimeZone.WIB.today(submitted) == dt.date(2024, 4, 5)
    assert TimeZone.WITA.today(submitted) == dt.date(2024, 4, 6)


def test_a_timestamp_without_an_offset_is_refused() -> None:
    """09:00 could be in any of three zones: a CalendarError that says how to fix it."""
    naive = dt.datetime(2024, 4, 5, 9, 0)  # noqa: DTZ001  (the naive timestamp is the point)
    with pytest.raises(CalendarError, match=r"has no UTC offset; add one, e\.g\. \+07:00 for WIB"):
        aware(naive)
    with pytest.raises(CalendarError):
        TimeZone.WITA.today(naive)


def test_an_aware_timestamp_is_accepted_as_it_is() -> None:
    """`aware` returns the very timestamp it was given when it has an offset."""
    moment = dt.datetime(2024, 4, 5, 9, 0, tzinfo=UTC)
    assert aware(moment) is moment


def test_now_is_in_the_zone_asked_for() -> None:
    """The current time in WIT carries the +09:00 offset."""
    assert TimeZone.WIT.now().utcoffset() == dt.timedelta(hours=9)


def test_a_region_takes_its_time_zone_from_its_province() -> None:
    """Kota Makassar, Sulawesi Selatan: WITA."""
    assert Region(Province.SULAWESI_SELATAN, "Kota Makassar").time_zone is TimeZone.WITA


def test_a_region_is_written_as_its_province_value() -> None:
    """In JSON a province is its ASCII value, never its label."""
    region = Region(Province.DI_YOGYAKARTA, "Kota Yogyakarta")
    assert to_dict(region) == {"province": "di_yogyakarta", "regency_city": "Kota Yogyakarta"}
    assert from_json(to_json(region), Region) == region


@given(
    st.datetimes(
        min_value=dt.datetime(1900, 1, 1),  # noqa: DTZ001  (bounds of naive values, zoned below)
        max_value=dt.datetime(2200, 1, 1),  # noqa: DTZ001
        timezones=st.sampled_from([UTC, *(z.tzinfo for z in TimeZone)]),
    ),
    st.sampled_from(list(TimeZone)),
)
def test_converting_keeps_the_instant_and_takes_the_zone_offset(
    moment: dt.datetime, zone: TimeZone
) -> None:
    """Any aware timestamp, shown in any zone, is the same instant at that zone's offset."""
    shown = zone.convert(moment)
    assert shown == moment
    assert shown.utcoffset() == zone.tzinfo.utcoffset(None)
    assert zone.today(moment) == shown.date()


@given(models(Region))
def test_any_region_survives_a_json_round_trip_and_keeps_its_zone(region: Region) -> None:
    """Province and regency/city come back equal, and so does the time zone they give."""
    loaded = from_json(to_json(region), Region)
    assert loaded == region
    assert isinstance(loaded, Region)
    assert loaded.time_zone is region.time_zone
