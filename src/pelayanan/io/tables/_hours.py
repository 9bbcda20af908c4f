r"""Opening hours as units print them: "Senin - Kamis: 08.00 - 14.30 WIB".

Each line (or each part between ``;``) names days and clock times. Days are Indonesian or English
names, alone, listed ("Senin, Rabu") or as a range ("Senin - Kamis", "Senin s/d Jum'at"), or
"setiap hari" / "hari kerja"; times are ``HH.MM`` or ``HH:MM`` pairs joined by ``-``, ``–``,
``s/d`` or ``sampai``, possibly several ("08.00-12.00 dan 13.00-15.00"); a pair after
"istirahat" is a break and is taken out. The zone (WIB, WITA, WIT) is read where it is written.
The text is kept as written in :attr:`~pelayanan.time.hours.OpeningHours.notes`.

>>> hours, problems = parse_opening_hours("Senin -  Kamis: 08.00 - 14.30 WIIB\nJumat: 08.00 - 11.30 WIB")
>>> [(d.weekdays[0].value, d.weekdays[-1].value, [str(w) for w in d.windows]) for d in hours.regular.days]
[('monday', 'thursday', ['08:00-14:30']), ('friday', 'friday', ['08:00-11:30'])]
>>> hours.time_zone, problems
(<TimeZone.WIB: 'WIB'>, ())
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from ...time.calendar import Weekday
from ...time.hours import DayHours, OpeningHours, TimeWindow, WeeklyHours
from ...time.regions import TimeZone

__all__ = ["has_clock_times", "parse_opening_hours"]

_DAYS: Final = {
    "senin": Weekday.MONDAY,
    "selasa": Weekday.TUESDAY,
    "rabu": Weekday.WEDNESDAY,
    "kamis": Weekday.THURSDAY,
    "jumat": Weekday.FRIDAY,
    "sabtu": Weekday.SATURDAY,
    "minggu": Weekday.SUNDAY,
    "ahad": Weekday.SUNDAY,
    "monday": Weekday.MONDAY,
    "tuesday": Weekday.TUESDAY,
    "wednesday": Weekday.WEDNESDAY,
    "thursday": Weekday.THURSDAY,
    "friday": Weekday.FRIDAY,
    "saturday": Weekday.SATURDAY,
    "sunday": Weekday.SUNDAY,
}
_ORDER: Final = tuple(Weekday)
_DAY: Final = (
    r"(?:senin|selasa|rabu|kamis|jum['’`]?at|sabtu|minggu|ahad"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_TO: Final = r"\s*(?:-|–|—|s\.?\s*/\s*d\.?|s\.\s*d\.?|sampai(?:\s+dengan)?|hingga|to)\s*"
_ZONE: Final = r"(?:\s*(?P<zone{n}>wi+b|wita|wit)\b\.?)?"
_CLOCK: Final = r"(?P<h{n}>[0-2]?\d)\s*[.:]\s*(?P<m{n}>[0-5]\d)"
_WINDOW: Final = re.compile(
    _CLOCK.format(n=1)
    + _ZONE.format(n=1)
    + _TO
    + r"(?:pukul\s*)?"
    + _CLOCK.format(n=2)
    + _ZONE.format(n=2),
    re.IGNORECASE,
)
_DAY_RANGE: Final = re.compile(rf"(?P<first>{_DAY})(?:{_TO}(?P<last>{_DAY}))?", re.IGNORECASE)
_BREAK: Final = re.compile(r"istirahat|break|ishoma", re.IGNORECASE)
_EVERY_DAY: Final = re.compile(r"setiap\s+hari|tiap\s+hari|every\s+day|24\s*jam", re.IGNORECASE)
_WORKING_DAYS: Final = re.compile(r"hari\s+kerja|working\s+days", re.IGNORECASE)


ROUND_THE_CLOCK: Final = re.compile(
    r"(?i)^\s*(?:(?:buka|layanan|pelayanan)\s+)?24\s*jam\b"
    r"(?:\s*(?:/|,|-|x)?\s*(?:setiap\s+hari|sehari|tiap\s+hari|nonstop|non[-\s]stop"
    r"|7\s*hari(?:\s+seminggu)?|seminggu|senin\s*(?:-|s/?d|sampai)\s*minggu))*\s*[.;]?\s*$"
)
"""Open round the clock ("24 Jam", "24 jam setiap hari", "24 Jam / 7 hari"), as an IGD writes it.

Not a completion time: "1 x 24 jam" and "paling lama 24 jam" do not match.
"""
_WHOLE_DAY: Final = TimeWindow.parse("00:00-24:00")
SCHEDULE: Final = re.compile(
    r"(?i)\bhari\s+(?:se|dalam\s+(?:se|satu\s+))minggu\b|\bjam\s+(?:se|dalam\s+(?:se|satu\s+))hari\b"
)
"""A schedule, not a completion time: "6 (Enam) hari seminggu", "8 jam sehari"."""


def has_clock_times(text: str) -> bool:
    """Whether ``text`` holds a pair of clock times ("08.00 - 16.00"), as opening hours do.

    >>> has_clock_times("Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib"), has_clock_times("3 hari kerja")
    (True, False)
    """
    return _WINDOW.search(text) is not None


def _day_key(word: str) -> Weekday:
    return _DAYS[re.sub(r"['’`]", "", word.lower())]


def _days(text: str) -> tuple[Weekday, ...]:
    found: list[Weekday] = []
    for match in _DAY_RANGE.finditer(text):
        first = _day_key(match["first"])
        if match["last"] is None:
            found.append(first)
            continue
        last = _day_key(match["last"])
        start, end = _ORDER.index(first), _ORDER.index(last)
        span = _ORDER[start : end + 1] if start <= end else (*_ORDER[start:], *_ORDER[: end + 1])
        found.extend(span)
    if not found and _EVERY_DAY.search(text):
        found = list(_ORDER)
    if not found and _WORKING_DAYS.search(text):
        found = list(_ORDER[:5])
    return tuple(dict.fromkeys(found))


def _window(match: re.Match[str]) -> TimeWindow | None:
    text = f"{int(match['h1']):02d}:{match['m1']}-{int(match['h2']):02d}:{match['m2']}"
    try:
        return TimeWindow.parse(text)
    except ValueError:
        return None


def _zone(match: re.Match[str]) -> TimeZone | None:
    for group in ("zone1", "zone2"):
        value = match[group]
        if value:
            value = value.upper()
            return TimeZone.WIB if re.fullmatch(r"WI+B", value) else TimeZone(value)
    return None


def _minus(windows: list[TimeWindow], gap: TimeWindow) -> list[TimeWindow]:
    out: list[TimeWindow] = []
    for window in windows:
        if gap.start >= window.end or gap.end <= window.start:
            out.append(window)
            continue
        if gap.start > window.start:
            out.append(TimeWindow(window.start, gap.start))
        if gap.end < window.end:
            out.append(TimeWindow(gap.end, window.end))
    return out


@attrs.define
class _Reading:
    days: list[DayHours] = attrs.Factory(list)
    problems: list[str] = attrs.Factory(list)
    zones: set[TimeZone] = attrs.Factory(set)
    carried: tuple[Weekday, ...] = ()

    def windows(self, part: str) -> tuple[list[TimeWindow], list[TimeWindow]]:
        """The windows of a line, and the breaks ("istirahat 12.00-13.00") to take out."""
        windows: list[TimeWindow] = []
        breaks: list[TimeWindow] = []
        for match in _WINDOW.finditer(part):
            window = _window(match)
            zone = _zone(match)
            if zone is not None:
                self.zones.add(zone)
            if window is None:
                self.problems.append(f"{match[0].strip()!r} is not a time of day")
                continue
            before = part[: match.start()]
            (breaks if _BREAK.search(before[-20:]) else windows).append(window)
        return windows, breaks

    def line(self, part: str) -> None:
        if ROUND_THE_CLOCK.match(part):  # "24 Jam", "24 jam setiap hari", "24 jam / 7 hari"
            named = _days(re.sub(r"(?i)\b24\s*jam\b", " ", part)) or _ORDER
            self.days.append(DayHours(tuple(named), (_WHOLE_DAY,)))
            return
        windows, breaks = self.windows(part)
        named = _days(_WINDOW.sub(" ", part))
        if named and not windows and not breaks:
            self.carried = named  # "Senin - Kamis :" on a line of its own, times on the next
            return
        weekdays = named or self.carried
        if windows and not weekdays:
            self.problems.append(f"{' '.join(part.split())!r} gives times but not the days")
            return
        for gap in breaks:
            windows = _minus(windows, gap)
        if windows:
            self.days.append(DayHours(weekdays, tuple(windows)))
            self.carried = ()
        elif breaks:  # a break on a line of its own applies to the days above
            self.days = [
                DayHours(d.weekdays, tuple(_without(list(d.windows), breaks)))
                if not weekdays or set(d.weekdays) & set(weekdays)
                else d
                for d in self.days
            ]


def _without(windows: list[TimeWindow], breaks: list[TimeWindow]) -> list[TimeWindow]:
    for gap in breaks:
        windows = _minus(windows, gap)
    return windows


def parse_opening_hours(text: str) -> tuple[OpeningHours | None, tuple[str, ...]]:
    """Opening hours read from ``text``, and what could not be read (each a short English phrase).

    ``None`` when no line names both days and clock times. The zone is the one written; when
    none is, WIB is taken and a problem says so.
    """
    reading = _Reading()
    for part in re.split(r"[\n;]+", text):
        if part.strip():
            reading.line(part)
    problems = reading.problems
    if not reading.days:
        return None, tuple(problems)
    if len(reading.zones) > 1:
        problems.append("more than one time zone is written; the first is used")
    if not reading.zones:
        problems.append("no time zone (WIB, WITA, WIT) is written; WIB was taken")
    zone = min(reading.zones, key=tuple(TimeZone).index, default=TimeZone.WIB)
    return OpeningHours(zone, WeeklyHours(tuple(reading.days)), notes=text), tuple(problems)
