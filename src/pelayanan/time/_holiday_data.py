"""National holidays and cuti bersama from the ``holidays`` package (vacanza/holidays), per year.

The package keeps Indonesia's data against each year's SKB 3 Menteri (Menteri Agama, Menteri
Ketenagakerjaan, Menteri PANRB) and the Keppres on special holidays (elections), citing its sources
in ``holidays/countries/indonesia.py``. Its ``public`` category holds the *libur nasional*, its
``government`` category the *cuti bersama*. Dates it has not seen in an official list (Islamic and
lunar holidays beyond the last SKB) carry an "(perkiraan)"/"(estimated)" suffix, which is removed
here and reported as ``estimated``.

The supported version range is pinned in ``pyproject.toml``; ``tests/test_calendar.py`` holds the
official 2024–2026 lists, written out by hand, that every version in the range must reproduce.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

__all__ = ["RawHoliday", "fetch", "known_years"]

_ESTIMATED = re.compile(r"\s*\((?:perkiraan|estimated)\)\s*$", re.IGNORECASE)


@attrs.frozen
class RawHoliday:
    """One entry of the package's data, before :mod:`pelayanan.time.calendar` types it."""

    date: dt.date
    name_id: str
    name_en: str
    cuti_bersama: bool
    estimated: bool


def _names(year: int, category: str, language: str) -> dict[dt.date, list[str]]:
    # Loaded when a year's holidays are first needed: the package takes a tenth of a second to
    # import, which every command would otherwise pay at start-up.
    import holidays  # noqa: PLC0415

    data = holidays.country_holidays("ID", years=year, categories=(category,), language=language)
    return {day: list(data.get_list(day)) for day in sorted(data)}


@functools.cache
def known_years() -> range:
    """The years the package has Indonesian data for (its ``start_year`` to ``end_year``).

    Outside them the package returns nothing; asking it anyway costs about half a millisecond a
    year, which a deadline running over thousands of years would pay for each of them.
    """
    import holidays  # noqa: PLC0415  (loaded when first needed, as in _names)

    country = holidays.country_holidays("ID")
    start, end = getattr(country, "start_year", None), getattr(country, "end_year", None)
    if isinstance(start, int) and isinstance(end, int):
        return range(start, end + 1)
    return range(dt.MINYEAR, dt.MAXYEAR + 1)  # an unknown package version: ask for every year


@functools.cache
def fetch(year: int) -> tuple[RawHoliday, ...]:
    """Every national holiday and cuti bersama day of ``year`` known to the package, by date."""
    if year not in known_years():
        return ()
    result: list[RawHoliday] = []
    for category, cuti_bersama in (("public", False), ("government", True)):
        indonesian = _names(year, category, "id")
        english = _names(year, category, "en_US")
        for day, names in indonesian.items():
            translations = english.get(day, [])
            for index, name_id in enumerate(names):
                name_en = translations[index] if index < len(translations) else name_id
                estimated = bool(_ESTIMATED.search(name_id) or _ESTIMATED.search(name_en))
                result.append(
                    RawHoliday(
                        date=day,
                        name_id=_ESTIMATED.sub("", name_id),
                        name_en=_ESTIMATED.sub("", name_en),
                        cuti_bersama=cuti_bersama,
                        estimated=estimated,
                    )
                )
    result.sort(key=lambda h: (h.date, h.cuti_bersama))
    return tuple(result)
