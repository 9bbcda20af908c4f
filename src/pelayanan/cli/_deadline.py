"""``pelayanan deadline START LIMIT``: when a time limit runs out.

LIMIT is a number of working days (or calendar days with ``--calendar-days``), or a time limit as a
standard writes it: "5 hari kerja", "3 s/d 14 hari kerja" (the upper end is the promise), "paling
lama 7 hari", "1 Minggu", "3 x 24 jam", "Baru: 3 hari kerja; Perpanjangan: 1 hari kerja" (choose
the sub-case with ``--case``, or get one date per sub-case). Working days count from the next
working day after START (Perpres 21/2023 Pasal 3 and 6: Monday to Friday without national holidays
and cuti bersama). "3 hari", which does not say working or calendar days, gives the earlier,
calendar-day date with a warning; "Sesuai kasus" gives no deadline and says so (exit code 1).
Warnings go to standard error (text) or into the JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any, Final

from .._base.errors import PelayananError
from .._base.labels import Label, Lang
from ..io.limits import DEFAULT_LIMITS
from ..io.text import parse_time_limit
from ..time.calendar import CalendarWarning, CalendarWarningKind, Deadline, WorkingCalendar
from ..time.durations import NoDeadlineError, TimeLimit, TimeLimitForm
from ..time.hours import GOVERNMENT_HOURS, OpeningHours
from ..time.regions import TimeZone
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    add_format_option,
    add_lang_option,
    print_json,
    said,
)


def _limit(text: str) -> int | TimeLimit:
    """An argparse type: a whole number of days, or a time limit as a standard writes it.

    A number of days is at most the duration limit of the input limits (100,000 days), so that a
    deadline is always a date.
    """
    if text.strip().isdigit():
        value = int(text) if len(text.strip()) <= 40 else DEFAULT_LIMITS.max_duration_amount + 1
        largest = DEFAULT_LIMITS.max_duration_amount
        if value > largest:
            shown = f"{value:,}" if len(text.strip()) <= 40 else text.strip()[:40] + "..."
            msg = said(
                f"{shown} hari melebihi batas {largest:,} untuk jangka waktu".replace(",", "."),
                f"{shown} days is more than the limit of {largest:,} for a time limit",
            )
            raise argparse.ArgumentTypeError(msg)
        return value
    limit = parse_time_limit(text)
    if limit.form is TimeLimitForm.NOT_READ:
        msg = said(
            f"{text!r} bukan jumlah hari atau jangka waktu; tulis bilangan bulat paling kecil 0,"
            " atau jangka waktu seperti '5 hari kerja' atau 'paling lama 3 hari'",
            f"{text!r} is not a number of days or a time limit; write a whole number of at least"
            " 0, or a time limit such as '5 hari kerja' or 'paling lama 3 hari'",
        )
        raise argparse.ArgumentTypeError(msg)
    return limit


def _start(text: str) -> dt.date | dt.datetime:
    """An argparse type: a date (``2024-04-05``), or a time with its offset for minutes and hours."""
    try:
        if "T" in text or " " in text.strip():
            start: dt.date | dt.datetime = dt.datetime.fromisoformat(text)
            if start.utcoffset() is None:  # type: ignore[union-attr]
                msg = said(
                    f"{text[:40]!r} tidak menyebut selisih UTC; tambahkan, misalnya +07:00 untuk WIB",
                    f"{text[:40]!r} has no UTC offset; add one, e.g. +07:00 for WIB",
                )
                raise argparse.ArgumentTypeError(msg)
        else:
            start = dt.date.fromisoformat(text)
    except ValueError:
        msg = said(
            f"{text[:40]!r} bukan tanggal; tulis YYYY-MM-DD (atau YYYY-MM-DDTHH:MM+07:00)",
            f"{text[:40]!r} is not a date; write YYYY-MM-DD (or YYYY-MM-DDTHH:MM+07:00)",
        )
        raise argparse.ArgumentTypeError(msg) from None
    limits = DEFAULT_LIMITS
    if not limits.earliest_year <= start.year <= limits.latest_year:
        msg = said(
            f"{text[:40]!r} di luar tahun {limits.earliest_year} sampai {limits.latest_year} "
            "(batas masukan menyisakan satu tahun untuk perhitungan)",
            f"{text[:40]!r} is outside the years {limits.earliest_year} to {limits.latest_year} "
            "(the input limits leave a year of room for the calculations)",
        )
        raise argparse.ArgumentTypeError(msg)
    return start


def _spans(years: list[int]) -> list[str]:
    """Consecutive years joined: ``[2028, 2029, 2030, 2035]`` gives ``["2028–2030", "2035"]``."""
    spans: list[list[int]] = []
    for year in sorted(years):
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return [f"{first}–{last}" if first != last else str(first) for first, last in spans]


def _warning_lines(warnings: tuple[CalendarWarning, ...], lang: Lang = "en") -> list[str]:
    """One line per kind of warning and span of years, so a long deadline does not flood."""
    kinds = [kind for kind in CalendarWarningKind if any(w.kind is kind for w in warnings)]
    lines = []
    for kind in kinds:
        years = [w.year for w in warnings if w.kind is kind]
        if kind is CalendarWarningKind.UNKNOWN_DAY_KIND:  # the same sentence whatever the year
            lines.append(kind.describe("", lang))
        else:
            lines.extend(kind.describe(span, lang) for span in _spans(years))
    return lines


_WORDS: Final = {
    "warning": Label("peringatan", "warning"),
    "note": Label("catatan", "note"),
    "no_deadline": Label("tidak ada tenggat", "no deadline"),
}


def _counted(limit: TimeLimit, lang: Lang) -> str:
    """What the date counts to, when the time limit is not one plain value."""
    duration = limit.duration
    if duration is None:
        return ""
    if limit.form is TimeLimitForm.RANGE:
        return Label(
            f"dihitung sampai batas atas rentang, {duration.text('id')}",
            f"counted to the upper end of the range, {duration.text('en')}",
        ).text(lang)
    if limit.form is TimeLimitForm.UPPER_BOUND:
        return Label(
            f"dihitung sampai batas paling lama, {duration.text('id')}",
            f"counted to the upper bound, {duration.text('en')}",
        ).text(lang)
    if limit.bound.value == "approximate":
        return Label(
            f"{duration.text('id')} adalah perkiraan, bukan janji",
            f"{duration.text('en')} is an estimate, not a promise",
        ).text(lang)
    return ""


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``deadline`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "deadline",
        help=said(
            "tanggal jatuh tempo suatu jangka waktu: DAYS hari kerja, atau '3 s/d 14 hari kerja'",
            "the due date of a time limit: DAYS working days, or '3 s/d 14 hari kerja'",
        ),
        description=said(
            "Cetak tanggal jatuh tempo (ISO 8601) suatu jangka waktu yang dimulai pada START: "
            "sejumlah hari kerja, atau jangka waktu sebagaimana ditulis dalam standar pelayanan "
            "('5 hari kerja', '3 s/d 14 hari kerja', 'paling lama 7 hari', '1 Minggu', 'Baru: 3 "
            "hari kerja; Perpanjangan: 1 hari kerja'). Hari kerja dihitung mulai hari kerja "
            "berikutnya setelah START, yaitu Senin sampai Jumat di luar hari libur nasional dan "
            "cuti bersama menurut SKB 3 Menteri tahun yang bersangkutan. Rentang menghasilkan "
            "tanggal batas atasnya; '3 hari' (tanpa keterangan hari kerja atau hari kalender) "
            "menghasilkan tanggal yang lebih awal, dihitung dengan hari kalender, disertai "
            "peringatan; 'Sesuai kasus' tidak menghasilkan tenggat dan kode keluar 1.",
            "Print the due date (ISO 8601) of a time limit started on START: a number of working "
            "days, or a time limit as a standard writes it ('5 hari kerja', '3 s/d 14 hari kerja',"
            " 'paling lama 7 hari', '1 Minggu', 'Baru: 3 hari kerja; Perpanjangan: 1 hari kerja')."
            " Working days count from the next working day after START; they are Monday to Friday"
            " without the national holidays and cuti bersama of the year's SKB 3 Menteri. A range"
            " gives the date of its upper end; '3 hari' (working or calendar days not said) gives"
            " the earlier, calendar-day date with a warning; 'Sesuai kasus' gives no deadline and"
            " exit code 1.",
        ),
    )
    parser.add_argument(
        "start",
        metavar="START",
        type=_start,
        help=said(
            "tanggal mulai, YYYY-MM-DD (waktu YYYY-MM-DDTHH:MM+07:00 untuk menit dan jam)",
            "start date, YYYY-MM-DD (a time YYYY-MM-DDTHH:MM+07:00 for minutes and hours)",
        ),
    )
    parser.add_argument(
        "days",
        metavar="LIMIT",
        type=_limit,
        help=said(
            "jumlah hari (0 atau lebih), atau jangka waktu sebagaimana tertulis "
            "('3 s/d 14 hari kerja')",
            "number of days (0 or more), or a time limit as written ('3 s/d 14 hari kerja')",
        ),
    )
    parser.add_argument(
        "--calendar-days",
        action="store_true",
        help=said(
            "hitung jumlah hari sebagai hari kalender, bukan hari kerja",
            "count a number of days as calendar days (hari kalender) instead of working days",
        ),
    )
    parser.add_argument(
        "--cuti-bersama-is-workday",
        action="store_true",
        help=said(
            "hitung cuti bersama sebagai hari kerja (unit yang tetap melayani pada hari itu)",
            "count cuti bersama as working days (units that serve on those days)",
        ),
    )
    parser.add_argument(
        "--case",
        metavar="NAME",
        help=said(
            "subkasus yang dipakai bila jangka waktu dibedakan per subkasus",
            "the sub-case of a time limit by sub-case",
        ),
    )
    add_format_option(parser, "text", "json")
    add_lang_option(parser, "warnings and notes", "peringatan dan catatan", default="en")
    parser.set_defaults(handler=run)


def _warnings_json(warnings: tuple[CalendarWarning, ...]) -> list[dict[str, Any]]:
    return [
        {"kind": w.kind.value, "year": w.year, "message": w.text("en"), "message_id": w.text("id")}
        for w in warnings
    ]


def _say(kind: str, text: str, lang: Lang) -> None:
    print(f"pelayanan: {_WORDS[kind].text(lang)}: {text}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Print the due date; warnings to standard error, or into the JSON."""
    calendar = WorkingCalendar(cuti_bersama_is_workday=args.cuti_bersama_is_workday)
    if isinstance(args.days, int):
        return _run_days(args, calendar)
    if args.calendar_days:
        msg = "--calendar-days applies to a number of days; write the unit in the time limit"
        raise UsageError(msg)
    return _run_limit(args, args.days, calendar)


def deadline_to_dict(
    start: dt.date, days: int, *, calendar_days: bool = False, cuti_bersama_is_workday: bool = False
) -> dict[str, Any]:
    """The due date as ``pelayanan deadline --format json`` prints it for a number of days."""
    calendar = WorkingCalendar(cuti_bersama_is_workday=cuti_bersama_is_workday)
    deadline = calendar.deadline(start, days, calendar_days=calendar_days)
    return {
        "start": start.isoformat(),
        "days": days,
        "unit": "calendar_days" if calendar_days else "working_days",
        "cuti_bersama_is_workday": cuti_bersama_is_workday,
        "due": deadline.due.isoformat(),
        "warnings": _warnings_json(deadline.warnings),
    }


def _run_days(args: argparse.Namespace, calendar: WorkingCalendar) -> int:
    start = args.start.date() if isinstance(args.start, dt.datetime) else args.start
    if args.format == "json":
        print_json(
            deadline_to_dict(
                start,
                args.days,
                calendar_days=args.calendar_days,
                cuti_bersama_is_workday=args.cuti_bersama_is_workday,
            )
        )
        return EXIT_OK
    deadline = calendar.deadline(start, args.days, calendar_days=args.calendar_days)
    for line in _warning_lines(deadline.warnings, args.lang):
        _say("warning", line, args.lang)
    print(deadline.due.isoformat())
    return EXIT_OK


def _hours_for(start: dt.date | dt.datetime) -> OpeningHours | None:
    """Government hours in the zone of ``start``'s offset (WIB, WITA or WIT), if it has one."""
    if not isinstance(start, dt.datetime):
        return None
    offset = start.utcoffset()
    zone = next((z for z in TimeZone if z.tzinfo.utcoffset(None) == offset), TimeZone.WIB)
    return OpeningHours(zone, GOVERNMENT_HOURS)


def _run_limit(args: argparse.Namespace, limit: TimeLimit, calendar: WorkingCalendar) -> int:
    lang: Lang = args.lang
    hours = _hours_for(args.start)
    if hours is None and any(d.unit.is_service_time for d in limit.durations()):
        msg = (
            "a time limit in minutes or hours is counted within opening hours from a start time;"
            " write START with its time and offset, e.g. 2024-04-05T08:00+07:00"
        )
        raise UsageError(msg)
    names: list[str | None] = [args.case] if args.case is not None else [None]
    if args.case is None and limit.cases:
        names = [c.case for c in limit.cases]
    dates: list[tuple[str | None, Deadline | None, Label | None]] = []
    for name in names:
        try:
            due = limit.due(args.start, case=name, calendar=calendar, hours=hours)
        except NoDeadlineError as exc:
            if args.case is not None and limit.cases:  # --case names no sub-case of the limit
                raise UsageError(exc.reason.en) from None
            dates.append((name, None, exc.reason))
        except PelayananError as exc:  # minutes without a start time; a date beyond 9999
            raise UsageError(str(exc)) from None
        else:
            dates.append((name, due, None))
    counted = _counted(limit, lang) if not limit.cases else ""
    if args.format == "json":
        print_json(
            {
                "start": args.start.isoformat(),
                "time_limit": limit.text("id"),
                "form": limit.form.value,
                "cuti_bersama_is_workday": args.cuti_bersama_is_workday,
                **({"counted": counted} if counted else {}),
                "due": [
                    {
                        **({"case": name} if name is not None else {}),
                        "due": found.due.isoformat() if found is not None else None,
                        **({"no_deadline": reason.text(lang)} if reason else {}),
                        "warnings": _warnings_json(found.warnings) if found is not None else [],
                    }
                    for name, found, reason in dates
                ],
            }
        )
        return EXIT_FINDINGS if any(found is None for _, found, _ in dates) else EXIT_OK
    if counted:
        _say("note", counted, lang)
    for name, found, reason in dates:
        prefix = f"{name}: " if name is not None and len(names) > 1 else ""
        if found is None:
            shown = reason.text(lang) if reason else _WORDS["no_deadline"].text(lang)
            print(f"{prefix}{shown}")
            continue
        for line in _warning_lines(found.warnings, lang):
            _say("warning", line, lang)
        print(f"{prefix}{found.due.isoformat()}")
    return EXIT_FINDINGS if any(found is None for _, found, _ in dates) else EXIT_OK
