"""``pelayanan cycle PATH... [--as-of DATE]``: where each policy cycle stands, and what may come next.

Reads the ``policy_cycle`` documents in the inputs (other kinds are skipped), replays each history
up to DATE (default: every event), and prints the stage, the version in force, and the actions
the transition table allows next. Illegal steps are listed with their rule and citation, and make
the exit code 1 (as ``pelayanan validate`` would). An input that cannot be read, or a cycle that
does not load whole, is named in a warning on standard error and skipped; the other cycles are
still reported, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Final

from .._base.labels import Label, Lang
from ..io._sources import iter_sources
from ..io.documents import parse_documents
from ..participation.cycle import (
    CycleState,
    IllegalStep,
    PolicyCycle,
    illegal_steps,
    legal_actions,
    replay,
)
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    add_as_of_option,
    add_format_option,
    add_lang_option,
    add_paths_argument,
    print_json,
    said,
)


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``cycle`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "cycle",
        help=said(
            "keadaan setiap siklus kebijakan pada suatu tanggal, dan tindakan sah berikutnya",
            "the state of each policy cycle on a date, and the next legal actions",
        ),
        description=said(
            "Memutar ulang setiap dokumen policy_cycle sampai --as-of (atau --on; bawaan: semua "
            "peristiwanya) dan mencetak tahapnya, versi yang berlaku, dan tindakan yang boleh "
            "dilakukan berikutnya. Langkah yang tidak sah disebutkan dengan kode aturan dan "
            "kutipan dasar hukumnya (kode keluar 1).",
            "Replay each policy_cycle document up to --as-of (or --on; default: all its "
            "events) and print its stage, the version in force and the actions allowed next. "
            "Illegal steps are listed with their rule code and citation (exit code 1).",
        ),
    )
    add_paths_argument(parser)
    add_as_of_option(
        parser,
        said(
            "tanggal keadaan yang ditanyakan (YYYY-MM-DD; bawaan: setelah semua peristiwa)",
            "the date of the state (YYYY-MM-DD; default: after every event)",
        ),
        "--on",
    )
    add_lang_option(parser, "labels", "label")
    add_format_option(parser, "text", "json")
    parser.set_defaults(handler=run)


_WORDS: Final = {
    "none": Label(
        "tidak ada dokumen policy_cycle dalam masukan", "no policy_cycle document in the input"
    ),
    "skipped": Label(
        "pelayanan: peringatan: {what}; dilewati", "pelayanan: warning: {what}; skipped"
    ),
}


def _cycles(paths: list[str], lang: Lang = "id") -> tuple[list[tuple[str, PolicyCycle]], int]:
    """The cycles that load whole, and how many inputs or cycles were skipped."""
    found, skipped = [], 0
    for source in iter_sources(paths):
        if not source.readable:
            _skip(f"{source.name}: {source.problems[0].text(lang)}", lang)
            skipped += 1
            continue
        for parsed in parse_documents(source.data):
            if parsed.kind == "policy_cycle" and (parsed.problems or parsed.document is None):
                problem = parsed.problems[0]
                _skip(f"{source.name}: {problem.path or '/'}: {problem.text(lang)}", lang)
                skipped += 1
            elif isinstance(parsed.document, PolicyCycle):
                found.append((source.name, parsed.document))
    if not found:
        raise UsageError(_WORDS["none"].text(lang))
    return found, skipped


def _skip(message: str, lang: Lang) -> None:
    print(_WORDS["skipped"].text(lang).format(what=message), file=sys.stderr)


def _report(
    name: str,
    cycle: PolicyCycle,
    state: CycleState | None,
    steps: tuple[IllegalStep, ...],
    lang: Lang,
) -> dict[str, Any]:
    return {
        "source": name,
        "id": cycle.id,
        "subject": cycle.subject,
        "stage": None if state is None else state.stage.value,
        "stage_label": None if state is None else state.stage.label.text(lang),
        "version": None if state is None else state.version,
        "in_force_version": None if state is None else state.in_force_version,
        "established_on": _date(state.established_on) if state else None,
        "charter_id": None if state is None else state.charter_id,
        "last_reviewed_on": _date(state.last_reviewed_on) if state else None,
        "events": 0 if state is None else state.events,
        "next": [a.value for a in legal_actions(state)],
        "next_labels": [a.label.text(lang) for a in legal_actions(state)],
        "illegal_steps": [
            {
                "path": f"/events/{s.index}",
                "code": s.error.code,
                "message": s.error.message.text(lang),
                "legal_basis": [str(c) for c in s.error.basis],
            }
            for s in steps
        ],
    }


def _date(value: object) -> str | None:
    return None if value is None else str(value)


def _text(report: dict[str, Any], lang: Lang) -> list[str]:
    en = lang == "en"
    head = f"{report['source']}: {report['id']} ({report['subject']})"
    if report["stage"] is None:
        return [head, "  " + ("no event yet" if en else "belum ada peristiwa")]
    version, in_force = report["version"], report["in_force_version"]
    line = f"{report['stage_label']}, {'version' if en else 'versi'} {version}"
    if in_force is not None and in_force != version:
        line += f" ({'version' if en else 'versi'} {in_force} {'in force' if en else 'berlaku'})"
    lines = [head, f"  {line}"]
    if report["established_on"]:
        label = "established" if en else "ditetapkan"
        lines.append(
            f"  {label} ({'version' if en else 'versi'} {in_force}): {report['established_on']}"
        )
    if report["charter_id"]:
        lines.append(f"  {'charter' if en else 'maklumat'}: {report['charter_id']}")
    if report["last_reviewed_on"]:
        label = "last reviewed" if en else "peninjauan terakhir"
        lines.append(f"  {label}: {report['last_reviewed_on']}")
    nothing = "nothing (the cycle has ended)" if en else "tidak ada (siklus berakhir)"
    label = "next" if en else "berikutnya"
    lines.append(f"  {label}: {', '.join(report['next_labels']) or nothing}")
    for step in report["illegal_steps"]:
        basis = "; ".join(step["legal_basis"])
        lines.append(f"  {step['path']}: {step['code']} {step['message']} [{basis}]")
    return lines


def run(args: argparse.Namespace) -> int:
    """Print each cycle's state; exit 1 if any history has an illegal step."""
    reports = []
    cycles, skipped = _cycles(args.paths, args.lang)
    for name, cycle in cycles:
        events = [e for e in cycle.events if args.as_of is None or e.on <= args.as_of]
        state = replay(events, lenient=True)
        reports.append(_report(name, cycle, state, illegal_steps(events), args.lang))
    if args.format == "json":
        print_json({"on": _date(args.as_of), "cycles": reports})
    else:
        for report in reports:
            print("\n".join(_text(report, args.lang)))
    illegal = any(r["illegal_steps"] for r in reports)
    return EXIT_FINDINGS if illegal or skipped else EXIT_OK
