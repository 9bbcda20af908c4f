"""Indonesia's provinces, their time zones, and a region value for providers.

Indonesia has three time zones (Keppres 41/1987): WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9),
none with daylight saving. They are fixed offsets, so :mod:`pelayanan` represents them without
needing a time-zone database; :attr:`TimeZone.iana` gives the IANA name for interoperability.

>>> Province.JAMBI.time_zone
<TimeZone.WIB: 'WIB'>
>>> Province.BALI.time_zone.tzinfo.utcoffset(None)
datetime.timedelta(seconds=28800)
>>> Province.PAPUA_SELATAN.time_zone.iana
'Asia/Jayapura'

Timestamps in the model are always timezone-aware. :meth:`TimeZone.convert` shows one in a zone,
and :meth:`TimeZone.today` says which date it is there (what a deadline counted in days starts
from):

>>> submitted = dt.datetime(2024, 4, 5, 23, 30, tzinfo=TimeZone.WIB.tzinfo)
>>> TimeZone.WIT.convert(submitted).isoformat()
'2024-04-06T01:30:00+09:00'
>>> TimeZone.WIT.today(submitted)
datetime.date(2024, 4, 6)
>>> TimeZone.WIB.convert(dt.datetime(2024, 4, 5, 9, 0))
Traceback (most recent call last):
...
pelayanan._base.errors.CalendarError: timestamp 2024-04-05T09:00:00 has no UTC offset; add one, e.g. +07:00 for WIB
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._base.errors import CalendarError
from .._base.labels import LabelledEnum, register_labels

__all__ = ["Province", "Region", "TimeZone", "aware"]


class TimeZone(LabelledEnum):
    """An Indonesian time zone (*zona waktu*)."""

    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"

    @property
    def iana(self) -> str:
        """The IANA time-zone name (``Asia/Jakarta``, ``Asia/Makassar``, ``Asia/Jayapura``)."""
        return _IANA[self]

    @property
    def tzinfo(self) -> dt.timezone:
        """A fixed-offset :class:`datetime.timezone` named after the zone."""
        return _TZINFO[self]

    def convert(self, moment: dt.datetime) -> dt.datetime:
        """The same instant, shown in this zone; a naive timestamp is refused.

        A timestamp without a UTC offset could be in any of the three zones, so guessing would
        move a deadline by up to two hours: :class:`~pelayanan.time.calendar.CalendarError` instead.
        """
        return aware(moment).astimezone(self.tzinfo)

    def now(self) -> dt.datetime:
        """The current time in this zone."""
        return dt.datetime.now(self.tzinfo)

    def today(self, now: dt.datetime | None = None) -> dt.date:
        """The date in this zone at ``now`` (default: the current time).

        At 23:30 WIB it is already the next day in WIT.
        """
        return (self.now() if now is None else self.convert(now)).date()


def aware(moment: dt.datetime) -> dt.datetime:
    """``moment`` itself if it carries a UTC offset; :class:`~pelayanan.time.calendar.CalendarError` if not."""
    if moment.utcoffset() is None:
        msg = f"timestamp {moment.isoformat()} has no UTC offset; add one, e.g. +07:00 for WIB"
        msg_id = (
            f"cap waktu {moment.isoformat()} tidak mempunyai selisih UTC; tambahkan, misalnya "
            "+07:00 untuk WIB"
        )
        raise CalendarError(msg, msg_id)
    return moment


register_labels(
    TimeZone,
    {
        TimeZone.WIB: ("Waktu Indonesia Barat", "Western Indonesia Time"),
        TimeZone.WITA: ("Waktu Indonesia Tengah", "Central Indonesia Time"),
        TimeZone.WIT: ("Waktu Indonesia Timur", "Eastern Indonesia Time"),
    },
)
_IANA = {
    TimeZone.WIB: "Asia/Jakarta",
    TimeZone.WITA: "Asia/Makassar",
    TimeZone.WIT: "Asia/Jayapura",
}
_TZINFO = {
    TimeZone.WIB: dt.timezone(dt.timedelta(hours=7), "WIB"),
    TimeZone.WITA: dt.timezone(dt.timedelta(hours=8), "WITA"),
    TimeZone.WIT: dt.timezone(dt.timedelta(hours=9), "WIT"),
}


class Province(LabelledEnum):
    """One of Indonesia's 38 provinces (as of the 2022 creation of the new Papua provinces)."""

    ACEH = "aceh"
    SUMATERA_UTARA = "sumatera_utara"
    SUMATERA_BARAT = "sumatera_barat"
    RIAU = "riau"
    JAMBI = "jambi"
    SUMATERA_SELATAN = "sumatera_selatan"
    BENGKULU = "bengkulu"
    LAMPUNG = "lampung"
    KEPULAUAN_BANGKA_BELITUNG = "kepulauan_bangka_belitung"
    KEPULAUAN_RIAU = "kepulauan_riau"
    DKI_JAKARTA = "dki_jakarta"
    JAWA_BARAT = "jawa_barat"
    JAWA_TENGAH = "jawa_tengah"
    DI_YOGYAKARTA = "di_yogyakarta"
    JAWA_TIMUR = "jawa_timur"
    BANTEN = "banten"
    BALI = "bali"
    NUSA_TENGGARA_BARAT = "nusa_tenggara_barat"
    NUSA_TENGGARA_TIMUR = "nusa_tenggara_timur"
    KALIMANTAN_BARAT = "kalimantan_barat"
    KALIMANTAN_TENGAH = "kalimantan_tengah"
    KALIMANTAN_SELATAN = "kalimantan_selatan"
    KALIMANTAN_TIMUR = "kalimantan_timur"
    KALIMANTAN_UTARA = "kalimantan_utara"
    SULAWESI_UTARA = "sulawesi_utara"
    SULAWESI_TENGAH = "sulawesi_tengah"
    SULAWESI_SELATAN = "sulawesi_selatan"
    SULAWESI_TENGGARA = "sulawesi_tenggara"
    GORONTALO = "gorontalo"
    SULAWESI_BARAT = "sulawesi_barat"
    MALUKU = "maluku"
    MALUKU_UTARA = "maluku_utara"
    PAPUA = "papua"
    PAPUA_BARAT = "papua_barat"
    PAPUA_SELATAN = "papua_selatan"
    PAPUA_TENGAH = "papua_tengah"
    PAPUA_PEGUNUNGAN = "papua_pegunungan"
    PAPUA_BARAT_DAYA = "papua_barat_daya"

    @property
    def time_zone(self) -> TimeZone:
        """The province's time zone (Keppres 41/1987)."""
        if self in _WITA:
            return TimeZone.WITA
        if self in _WIT:
            return TimeZone.WIT
        return TimeZone.WIB


_WITA = frozenset(
    {
        Province.BALI,
        Province.NUSA_TENGGARA_BARAT,
        Province.NUSA_TENGGARA_TIMUR,
        Province.KALIMANTAN_SELATAN,
        Province.KALIMANTAN_TIMUR,
        Province.KALIMANTAN_UTARA,
        Province.SULAWESI_UTARA,
        Province.SULAWESI_TENGAH,
        Province.SULAWESI_SELATAN,
        Province.SULAWESI_TENGGARA,
        Province.GORONTALO,
        Province.SULAWESI_BARAT,
    }
)
_WIT = frozenset(
    {
        Province.MALUKU,
        Province.MALUKU_UTARA,
        Province.PAPUA,
        Province.PAPUA_BARAT,
        Province.PAPUA_SELATAN,
        Province.PAPUA_TENGAH,
        Province.PAPUA_PEGUNUNGAN,
        Province.PAPUA_BARAT_DAYA,
    }
)

register_labels(
    Province,
    {
        Province.ACEH: ("Aceh", "Aceh"),
        Province.SUMATERA_UTARA: ("Sumatera Utara", "North Sumatra"),
        Province.SUMATERA_BARAT: ("Sumatera Barat", "West Sumatra"),
        Province.RIAU: ("Riau", "Riau"),
        Province.JAMBI: ("Jambi", "Jambi"),
        Province.SUMATERA_SELATAN: ("Sumatera Selatan", "South Sumatra"),
        Province.BENGKULU: ("Bengkulu", "Bengkulu"),
        Province.LAMPUNG: ("Lampung", "Lampung"),
        Province.KEPULAUAN_BANGKA_BELITUNG: (
            "Kepulauan Bangka Belitung",
            "Bangka Belitung Islands",
        ),
        Province.KEPULAUAN_RIAU: ("Kepulauan Riau", "Riau Islands"),
        Province.DKI_JAKARTA: ("DKI Jakarta", "Jakarta"),
        Province.JAWA_BARAT: ("Jawa Barat", "West Java"),
        Province.JAWA_TENGAH: ("Jawa Tengah", "Central Java"),
        Province.DI_YOGYAKARTA: ("DI Yogyakarta", "Special Region of Yogyakarta"),
        Province.JAWA_TIMUR: ("Jawa Timur", "East Java"),
        Province.BANTEN: ("Banten", "Banten"),
        Province.BALI: ("Bali", "Bali"),
        Province.NUSA_TENGGARA_BARAT: ("Nusa Tenggara Barat", "West Nusa Tenggara"),
        Province.NUSA_TENGGARA_TIMUR: ("Nusa Tenggara Timur", "East Nusa Tenggara"),
        Province.KALIMANTAN_BARAT: ("Kalimantan Barat", "West Kalimantan"),
        Province.KALIMANTAN_TENGAH: ("Kalimantan Tengah", "Central Kalimantan"),
        Province.KALIMANTAN_SELATAN: ("Kalimantan Selatan", "South Kalimantan"),
        Province.KALIMANTAN_TIMUR: ("Kalimantan Timur", "East Kalimantan"),
        Province.KALIMANTAN_UTARA: ("Kalimantan Utara", "North Kalimantan"),
        Province.SULAWESI_UTARA: ("Sulawesi Utara", "North Sulawesi"),
        Province.SULAWESI_TENGAH: ("Sulawesi Tengah", "Central Sulawesi"),
        Province.SULAWESI_SELATAN: ("Sulawesi Selatan", "South Sulawesi"),
        Province.SULAWESI_TENGGARA: ("Sulawesi Tenggara", "Southeast Sulawesi"),
        Province.GORONTALO: ("Gorontalo", "Gorontalo"),
        Province.SULAWESI_BARAT: ("Sulawesi Barat", "West Sulawesi"),
        Province.MALUKU: ("Maluku", "Maluku"),
        Province.MALUKU_UTARA: ("Maluku Utara", "North Maluku"),
        Province.PAPUA: ("Papua", "Papua"),
        Province.PAPUA_BARAT: ("Papua Barat", "West Papua"),
        Province.PAPUA_SELATAN: ("Papua Selatan", "South Papua"),
        Province.PAPUA_TENGAH: ("Papua Tengah", "Central Papua"),
        Province.PAPUA_PEGUNUNGAN: ("Papua Pegunungan", "Highland Papua"),
        Province.PAPUA_BARAT_DAYA: ("Papua Barat Daya", "Southwest Papua"),
    },
)


@attrs.frozen
class Region:
    """Where a provider sits: its province and, below it, the regency or city.

    >>> Region(Province.JAMBI, "Kota Jambi").time_zone
    <TimeZone.WIB: 'WIB'>
    """

    province: Province
    regency_city: str | None = None
    """The *kabupaten* or *kota*, as written (``"Kota Jambi"``, ``"Kabupaten Magetan"``)."""

    @property
    def time_zone(self) -> TimeZone:
        """The region's time zone, from its province."""
        return self.province.time_zone
