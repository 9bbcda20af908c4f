"""The time wing: working days, holidays and cuti bersama, opening hours, durations, time zones.

=============================== ===========================================================
:mod:`pelayanan.time.calendar`   the working calendar (Perpres 21/2023 week, national holidays,
                                 cuti bersama) and deadline arithmetic
:mod:`pelayanan.time.hours`      weekly opening hours, breaks, Ramadan hours, exceptions
:mod:`pelayanan.time.durations`  a duration with an explicit unit and the moment it falls due
:mod:`pelayanan.time.regions`    provinces and their time zones (WIB, WITA, WIT)
=============================== ===========================================================

It imports only the law wing and the private base.
"""

__all__: list[str] = []
