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
from typing import Any, Final

from .._base.errors import CalendarError, PelayananError
from .._base.labels import Label, Lang
from ..io._sources import iter_sources
from ..io.documents import parse_documents
from ..model.providers import Provider
from ..model.standards import ServiceStandard
from ..participation.complaints import (
    Complaint,
    ComplaintDeadline,
    ComplaintDeadlineKind,
    ComplaintStatus,
    deadlines,
)
from ..rules._builtin.complaints import standard_for
from ..rules.validation import Index, StandardSummary, today_in_wib
from ..time.calendar import GOVERNMENT_CALENDAR
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    add_as_of_option,
    add_format_option,
    add_lang_option,
    add_paths_argument,
    describe,
    print_json,
    said,
)

_STAGES: Final = {
    ComplaintDeadlineKind.LODGING: Label("penyampaian", "lodging"),
    ComplaintDeadlineKind.RESPONSE: Label("tanggapan", "response"),
    ComplaintDeadlineKind.DECISION: Label("keputusan", "decision"),
    ComplaintDeadlineKind.LAPOR_FORWARDING: Label("penerusan LAPOR!", "lapor_forwarding"),
    ComplaintDeadlineKind.LAPOR_FOLLOW_UP: Label("tindak lanjut LAPOR!", "lapor_follow_up"),
    ComplaintDeadlineKind.TIER: Label("standar unit", "tier"),
}
"""The stage of each time limit, short enough for a column (English: the JSON ``kind``)."""

_WORDS: Final = {
    "due": Label("tenggat", "due"),
    "done": Label("selesai", "done"),
    "open": Label("belum selesai", "open"),
    "overdue": Label("LEWAT WAKTU {days}", "OVERDUE by {days}"),
    "late": Label("TERLAMBAT {days}", "LATE by {days}"),
    "day": Label("{count} hari", "{count} day"),
    "days": Label("{count} hari", "{count} days"),
    "unverified": Label("(belum terverifikasi)", "(unverified)"),
    "holidays": Label("(data hari libur belum pasti)", "(holiday data uncertain)"),
    "unknown": Label("tidak diketahui", "unknown"),
    "failed": Label(
        "batas waktu tidak dapat dihitung: {reason}", "deadlines could not be computed: {reason}"
    ),
    "complaint": Label("{count} pengaduan", "{count} complaint"),
    "complaints": Label("{count} pengaduan", "{count} complaints"),
    "deadline": Label("{count} batas waktu", "{count} deadline"),
    "deadlines": Label("{count} batas waktu", "{count} deadlines"),
    "summary": Label(
        "{complaints}, {deadlines} terlampaui (per tanggal {as_of})",
        "{complaints}, {deadlines} missed or overdue (as of {as_of})",
    ),
}
"""The words of the text report."""


def _reason(exc: Exception) -> Label:
    """Why a complaint's deadlines could not be computed, in Indonesian and English.

    The library's :class:`~pelayanan.time.calendar.CalendarError` says it in both; any other
    error (a date beyond what Python holds) has only its English text.
    """
    if isinstance(exc, CalendarError):
        return Label(exc.text("id"), exc.text("en"))
    return Label(str(exc), str(exc))


def _count(one: str, many: str, count: int, lang: Lang) -> str:
    return _WORDS[one if count == 1 else many].text(lang).format(count=count)


_DESCRIPTION_ID: Final = (
    "pelayanan complaint-deadlines PATH...: batas waktu setiap pengaduan, dan yang terlewati. "
    "Membaca pengaduan dalam berkas dan folder yang diberikan dan menyebutkan, untuk setiap "
    "pengaduan, batas waktu kebijakan pengaduan bawaan (30 hari untuk menyampaikan, tanggapan 14 "
    "hari yang BELUM TERVERIFIKASI, 3 dan 5 hari kerja SP4N-LAPOR!, 60 hari untuk memutus setelah "
    "berkas lengkap) beserta tanggal jatuh temponya per suatu tanggal. Bila standar unit ada di "
    "antara masukan, tingkatan tanggapannya juga disebutkan, dihitung dengan kalender unit bila "
    "penyelenggaranya diberikan. Pengaduan yang batas waktunya tidak dapat dihitung disebutkan "
    "beserta alasannya, dan kode keluarnya 1."
)


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``complaint-deadlines`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "complaint-deadlines",
        help=said(
            "batas waktu setiap pengaduan per suatu tanggal, dan yang terlewati",
            "each complaint's time limits as of a date, and what is overdue",
        ),
        description=said(_DESCRIPTION_ID, describe(__doc__) or ""),
    )
    add_paths_argument(parser)
    add_as_of_option(
        parser,
        said(
            "tanggal pemeriksaan (YYYY-MM-DD; bawaan: hari ini di WIB)",
            "the date to check (YYYY-MM-DD; default: today in WIB)",
        ),
    )
    add_format_option(parser, "text", "json")
    add_lang_option(parser, "text report", "laporan teks")
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


def _line(deadline: ComplaintDeadline, lang: Lang = "en") -> str:
    words = {key: label.text(lang) for key, label in _WORDS.items()}
    stage_width = 2 + max(len(label.text(lang)) for label in _STAGES.values())
    done_width = max(len(words["done"]) + 11, len(words["open"]))
    done = f"{words['done']} {deadline.done_on.isoformat()}" if deadline.done_on else words["open"]
    state = ""
    if deadline.late:
        days = _count("day", "days", deadline.days_late, lang)
        state = "  " + (words["overdue"] if deadline.open else words["late"]).format(days=days)
    notes = f"  {words['unverified']}" if not deadline.limit.verified else ""
    notes += f"  [{deadline.tier}]" if deadline.tier else ""
    notes += f"  {words['holidays']}" if deadline.warnings else ""
    limit = deadline.limit.duration.text(lang)
    stage = _STAGES[deadline.kind].text(lang)
    return (
        f"  {stage:<{stage_width}}{limit:<17} {words['due']} {deadline.due.isoformat()}"
        f"  {done:<{done_width}}{state}{notes}"
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
    failed: dict[int, Label] = {}
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
            failed[len(results)] = _reason(exc)
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
                        **({"error": failed[number].en} if number in failed else {}),
                    }
                    for number, (name, complaint, status, found) in enumerate(results)
                ],
            }
        )
        return exit_code
    lang: Lang = args.lang
    for number, (name, complaint, status, found) in enumerate(results):
        shown = status.label.text(lang).lower() if status else _WORDS["unknown"].text(lang)
        print(f"{complaint.id} [{shown}]  {name}")
        if number in failed:
            reason = failed[number].text(lang)
            print(f"  {_WORDS['failed'].text(lang).format(reason=reason)}")
        for deadline in found:
            print(_line(deadline, lang))
    summary = _WORDS["summary"].text(lang)
    print(
        summary.format(
            complaints=_count("complaint", "complaints", len(results), lang),
            deadlines=_count("deadline", "deadlines", late, lang),
            as_of=as_of.isoformat(),
        )
    )
    return exit_code
