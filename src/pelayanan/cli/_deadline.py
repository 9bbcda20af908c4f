"""``pelayanan deadline START DAYS``: when a time limit in working or calendar days runs out.

Counting starts on the next working day after START, and the due date is the DAYS-th working day
(Perpres 21/2023 Pasal 3 and 6: Monday to Friday without national holidays and cuti bersama).
Warnings about missing or estimated holiday data go to standard error (text) or into the JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from ..io.limits import DEFAULT_LIMITS
from ..time.calendar import CalendarWarning, CalendarWarningKind, WorkingCalendar
from ._common import EXIT_OK, add_format_option, parse_date, print_json


def _days(text: str) -> int:
    """An argparse type for a number of days: a whole number from 0 to the duration limit."""
    try:
        value = int(text) if len(text) <= 40 else -1
    except ValueError:
        value = -1
    if value < 0:
        msg = f"{text[:40]!r} is not a number of days; write a whole number of at least 0"
        raise argparse.ArgumentTypeError(msg)
    largest = DEFAULT_LIMITS.max_duration_amount
    if value > largest:
        msg = f"{value:,} days is more than the limit of {largest:,} for a time limit"
        raise argparse.ArgumentTypeError(msg)
    return value


def _spans(years: list[int]) -> list[str]:
    """Consecutive years joined: ``[2028, 2029, 2030, 2035]`` gives ``["2028–2030", "2035"]``."""
    spans: list[list[int]] = []
    for year in sorted(years):
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return [f"{first}–{last}" if first != last else str(first) for first, last in spans]


def _warning_lines(warnings: tuple[CalendarWarning, ...]) -> list[str]:
    """One line per kind of warning and span of years, so a long deadline does not flood."""
    kinds = [kind for kind in CalendarWarningKind if any(w.kind is kind for w in warnings)]
    return [
        kind.describe(span, "en")
        for kind in kinds
        for span in _spans([w.year for w in warnings if w.kind is kind])
    ]


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``deadline`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "deadline",
        help="the due date DAYS working (or calendar) days after START",
        description=(
            "Print the due date (ISO 8601) DAYS working days after START: counting starts on "
            "the next working day after START. Working days are Monday to Friday without the "
            "national holidays and cuti bersama of the year's SKB 3 Menteri."
        ),
    )
    parser.add_argument("start", metavar="START", type=parse_date, help="start date, YYYY-MM-DD")
    parser.add_argument("days", metavar="DAYS", type=_days, help="number of days (0 or more)")
    parser.add_argument(
        "--calendar-days",
        action="store_true",
        help="count calendar days (hari kalender) instead of working days",
    )
    parser.add_argument(
        "--cuti-bersama-is-workday",
        action="store_true",
        help="count cuti bersama as working days (units that serve on those days)",
    )
    add_format_option(parser, "text", "json")
    parser.set_defaults(handler=run)


def deadline_to_dict(
    start: dt.date, days: int, *, calendar_days: bool = False, cuti_bersama_is_workday: bool = False
) -> dict[str, Any]:
    """The due date as ``pelayanan deadline --format json`` prints it."""
    calendar = WorkingCalendar(cuti_bersama_is_workday=cuti_bersama_is_workday)
    deadline = calendar.deadline(start, days, calendar_days=calendar_days)
    return {
        "start": start.isoformat(),
        "days": days,
        "unit": "calendar_days" if calendar_days else "working_days",
        "cuti_bersama_is_workday": cuti_bersama_is_workday,
        "due": deadline.due.isoformat(),
        "warnings": [
            {
                "kind": w.kind.value,
                "year": w.year,
                "message": w.text("en"),
                "message_id": w.text("id"),
            }
            for w in deadline.warnings
        ],
    }


def run(args: argparse.Namespace) -> int:
    """Print the due date; warnings to standard error, or into the JSON."""
    if args.format == "json":
        print_json(
            deadline_to_dict(
                args.start,
                args.days,
                calendar_days=args.calendar_days,
                cuti_bersama_is_workday=args.cuti_bersama_is_workday,
            )
        )
        return EXIT_OK
    calendar = WorkingCalendar(cuti_bersama_is_workday=args.cuti_bersama_is_workday)
    deadline = calendar.deadline(args.start, args.days, calendar_days=args.calendar_days)
    for line in _warning_lines(deadline.warnings):
        print(f"pelayanan: warning: {line}", file=sys.stderr)
    print(deadline.due.isoformat())
    return EXIT_OK
