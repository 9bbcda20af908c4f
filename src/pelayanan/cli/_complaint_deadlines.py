"""``pelayanan complaint-deadlines PATH...``: each complaint's time limits, and what is overdue.

Reads the complaints in the given files and directories and lists, for each, the time limits of
the default complaint policy (30 days to lodge, the UNVERIFIED 14-day response, SP4N-LAPOR!'s 3
and 5 working days, 60 days to decide once the file is complete) with their due dates as of a
date. When the unit's standard is among the inputs, its response tier is listed too, counted on
the unit's calendar if the provider is given. A complaint whose deadlines cannot be computed (a
time limit that runs past the calendar) is listed with the reason, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from .._base.errors import PelayananError
from ..io._sources import iter_sources
from ..io.documents import parse_documents
from ..model.providers import Provider
from ..model.standards import ServiceStandard
from ..participation.complaints import Complaint, ComplaintDeadline, ComplaintStatus, deadlines
from ..rules._builtin.complaints import standard_for
from ..rules.validation import Index, StandardSummary, today_in_wib
from ..time.calendar import GOVERNMENT_CALENDAR
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_as_of_option,
    add_format_option,
    add_paths_argument,
    describe,
    print_json,
)


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``complaint-deadlines`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "complaint-deadlines",
        help="each complaint's time limits as of a date, and what is overdue",
        description=describe(__doc__),
    )
    add_paths_argument(parser)
    add_as_of_option(parser, "the date to check (YYYY-MM-DD; default: today in WIB)")
    add_format_option(parser, "text", "json")
    parser.set_defaults(handler=run)


def _deadline_dict(deadline: ComplaintDeadline) -> dict[str, Any]:
    return {
        "kind": deadline.kind.value,
        "label": deadline.kind.label.en,
        "label_id": deadline.kind.label.id,
        "limit": {
            "amount": deadline.limit.duration.amount,
            "unit": deadline.limit.duration.unit.value,
        },
        "start": deadline.start.isoformat(),
        "due": deadline.due.isoformat(),
        "done_on": deadline.done_on.isoformat() if deadline.done_on else None,
        "late": deadline.late,
        "days_late": deadline.days_late,
        "legal_basis": [str(c) for c in deadline.limit.basis],
        "verified": deadline.limit.verified,
        "warnings": [w.text("en") for w in deadline.warnings],
        **({"tier": deadline.tier} if deadline.tier else {}),
    }


def _line(deadline: ComplaintDeadline) -> str:
    done = f"done {deadline.done_on.isoformat()}" if deadline.done_on else "open"
    state = ""
    if deadline.late:
        days = f"{deadline.days_late} day{'s' if deadline.days_late != 1 else ''}"
        state = f"  OVERDUE by {days}" if deadline.open else f"  LATE by {days}"
    notes = "  (unverified)" if not deadline.limit.verified else ""
    notes += f"  [{deadline.tier}]" if deadline.tier else ""
    notes += "  (holiday data uncertain)" if deadline.warnings else ""
    limit = deadline.limit.duration.text("en")
    return (
        f"  {deadline.kind.value:<17} {limit:<17} due {deadline.due.isoformat()}"
        f"  {done:<15}{state}{notes}"
    )


def run(args: argparse.Namespace) -> int:
    """List every complaint's deadlines; the exit code is 0 unless the command itself fails."""
    as_of: dt.date = args.as_of or today_in_wib()
    complaints: list[tuple[str, Complaint]] = []
    index = Index()
    for source in iter_sources(args.paths):
        if not source.readable:
            continue
        for parsed in parse_documents(source.data):
            document = parsed.document
            if isinstance(document, Complaint):
                complaints.append((source.name, document))
            elif isinstance(document, ServiceStandard):
                index.add_standard(StandardSummary.of(document))
            elif isinstance(document, Provider):
                index.add(document)
    results: list[tuple[str, Complaint, ComplaintStatus | None, tuple[ComplaintDeadline, ...]]] = []
    failed: dict[int, str] = {}
    for name, complaint in complaints:
        # The same standard and calendar as rule PG012 uses.
        standard = standard_for(complaint, index)
        unit = index.units.get(complaint.unit_id)
        calendar = unit[1].calendar if unit is not None else GOVERNMENT_CALENDAR
        tiers = standard.complaint_tiers if standard is not None else ()
        try:
            found = deadlines(complaint, as_of, calendar=calendar, tiers=tiers)
            status = complaint.status_on(as_of)
        except (PelayananError, ValueError, OverflowError) as exc:  # one complaint, not the run
            failed[len(results)] = str(exc)
            found, status = (), None
        results.append((name, complaint, status, found))
    late = sum(d.late for _, _, _, found in results for d in found)
    exit_code = EXIT_FINDINGS if failed else EXIT_OK
    if args.format == "json":
        print_json(
            {
                "as_of": as_of.isoformat(),
                "late": late,
                "complaints": [
                    {
                        "source": name,
                        "id": complaint.id,
                        "status": status.value if status else None,
                        "deadlines": [_deadline_dict(d) for d in found],
                        **({"error": failed[number]} if number in failed else {}),
                    }
                    for number, (name, complaint, status, found) in enumerate(results)
                ],
            }
        )
        return exit_code
    for number, (name, complaint, status, found) in enumerate(results):
        shown = status.label.en.lower() if status else "unknown"
        print(f"{complaint.id} [{shown}]  {name}")
        if number in failed:
            print(f"  deadlines could not be computed: {failed[number]}")
        for deadline in found:
            print(_line(deadline))
    count = len(results)
    print(
        f"{count} complaint{'s' if count != 1 else ''}, {late} deadline"
        f"{'s' if late != 1 else ''} missed or overdue (as of {as_of.isoformat()})"
    )
    return exit_code
