"""``pelayanan evaluate PATH... --unit UNIT --from DATE --to DATE``: a unit's evaluation inputs.

Gathers, for one unit and period, its standards' review status, the satisfaction surveys with their
index and follow-up, complaint statistics, and the consultation forums with their follow-ups; then
estimates PEKPPP aspect 1 (service policy) as of the end of the period, with what each indicator
needs to reach the next level. A survey graded by a band no source showed, and the UNVERIFIED
figures behind the PEKPPP estimate (weights, rubrics, the instrument's date), are marked as such in
the text and in the JSON (``grade_verified``, ``unverified``).
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any, Final

from .._base.labels import Label, Lang
from .._base.numbers import format_number, round_half_up
from ..evaluation.inputs import EvaluationInputs, gather_evaluation_inputs
from ..evaluation.performance import ServicePolicyAssessment, assess_unit
from ..io._sources import iter_sources
from ..io.documents import parse_documents
from ._common import (
    EXIT_OK,
    UsageError,
    add_format_option,
    add_lang_option,
    add_paths_argument,
    describe,
    parse_date,
    print_json,
    said,
)

_DESCRIPTION_ID: Final = (
    "pelayanan evaluate PATH... --unit UNIT --from DATE --to DATE: bahan evaluasi suatu unit. "
    "Mengumpulkan, untuk satu unit dan satu periode, status peninjauan ulang standarnya, survei "
    "kepuasan masyarakat beserta indeks dan tindak lanjutnya, statistik pengaduan, serta forum "
    "konsultasi publik beserta tindak lanjutnya; lalu memperkirakan aspek 1 PEKPPP (kebijakan "
    "pelayanan) per akhir periode, dengan apa yang dibutuhkan setiap indikator untuk naik satu "
    "tingkat. Angka yang BELUM TERVERIFIKASI ditandai dalam teks dan JSON (grade_verified, "
    "unverified)."
)


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``evaluate`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "evaluate",
        help=said(
            "kumpulkan bahan evaluasi suatu unit untuk suatu periode",
            "gather a unit's evaluation inputs for a period",
        ),
        description=said(_DESCRIPTION_ID, describe(__doc__) or ""),
    )
    add_paths_argument(parser)
    parser.add_argument("--unit", required=True, help=said("id unit", "the unit's id"))
    parser.add_argument("--from", dest="start", type=parse_date, required=True, metavar="DATE")
    parser.add_argument("--to", dest="end", type=parse_date, required=True, metavar="DATE")
    add_format_option(parser, "text", "json")
    add_lang_option(
        parser, "PEKPPP indicators, evidence and gaps", "indikator PEKPPP, bukti, dan kekurangannya"
    )
    parser.set_defaults(handler=run)


_ESTIMATE = Label(
    "perkiraan dari data yang diberikan, bukan hasil evaluasi Menteri PANRB",
    "an estimate from the data given, not the Minister's evaluation",
)


def _aspect_score(assessment: ServicePolicyAssessment) -> str | None:
    score = assessment.aspect_score
    return None if score is None else str(round_half_up(score, 2))


def pekppp_to_dict(assessment: ServicePolicyAssessment, lang: Lang) -> dict[str, Any]:
    """The ``pekppp`` part of ``pelayanan evaluate --format json``."""
    names = {i.code: i.name for i in assessment.instrument.aspect(1).indicators}
    score = assessment.aspect_score
    return {
        "instrument": assessment.instrument.key,
        "aspect": 1,
        "on": assessment.on.isoformat(),
        "estimate": _ESTIMATE.text(lang),
        "aspect_score": _aspect_score(assessment),
        "aspect_score_exact": None if score is None else str(score),
        "unverified": [n.text(lang) for n in assessment.unverified],
        "indicators": [
            {
                "code": a.code,
                "name": names[a.code].text(lang),
                "score": a.score,
                "derived": a.derived,
                "evidence": [e.text(lang) for e in a.evidence],
                "gaps": [
                    {"level": g.level, "missing": [m.text(lang) for m in g.missing]} for g in a.gaps
                ],
                "notes": [n.text(lang) for n in a.notes],
            }
            for a in assessment.assessments
        ],
        "missing": list(assessment.missing),
    }


def _pekppp_text(assessment: ServicePolicyAssessment, lang: Lang) -> list[str]:
    names = {i.code: i.name for i in assessment.instrument.aspect(1).indicators}
    head = Label("PEKPPP aspek 1 per", "PEKPPP aspect 1 as of").text(lang)
    lines = [
        f"{head} {assessment.on.isoformat()}, {assessment.instrument}:",
        f"  ({_ESTIMATE.text(lang)})",
    ]
    for a in assessment.assessments:
        lines.append(f"  {a.code}  {a.score}/5  {names[a.code].text(lang)}")
        if a.gaps:
            lines.append(f"        {a.gaps[0].text(lang)}")
    if assessment.missing:
        lines.append(
            f"  {Label('belum dinilai', 'not scored').text(lang)}: {', '.join(assessment.missing)}"
        )
    score = _aspect_score(assessment)
    if score is not None:
        shown = format_number(Decimal(score), lang)
        lines.append(f"  {Label('nilai aspek 1', 'aspect 1 score').text(lang)}: {shown} / 5")
    if assessment.unverified:
        lines.append(f"  {_UNVERIFIED.text(lang)}:")
        lines.extend(f"    {n.text(lang)}" for n in assessment.unverified)
    return lines


_UNVERIFIED = Label("belum terverifikasi", "unverified")


def inputs_to_dict(inputs: EvaluationInputs) -> dict[str, Any]:
    """The JSON form printed by ``pelayanan evaluate --format json``."""
    c = inputs.complaints
    return {
        "unit_id": inputs.unit_id,
        "from": inputs.start.isoformat(),
        "to": inputs.end.isoformat(),
        "public_input": inputs.public_input,
        "standards": [
            {
                "standard_id": s.standard_id,
                "service_id": s.service_id,
                "version": s.version,
                "status": s.status.value,
                "last_settled_on": s.last_settled_on.isoformat() if s.last_settled_on else None,
                "due_for_review": s.due_for_review,
            }
            for s in inputs.standards
        ],
        "surveys": [
            {
                "survey_id": s.survey_id,
                "respondents": s.respondents,
                "index": str(s.index) if s.index is not None else None,
                "grade": s.grade.value if s.grade else None,
                "published": s.published,
                "follow_up_planned": s.follow_up_planned,
                "follow_up_realised": s.follow_up_realised,
                "realisation_percent": (
                    str(s.realisation_percent) if s.realisation_percent is not None else None
                ),
                "grade_verified": s.grade is not None and not s.unverified,
                "unverified": [n.en for n in s.unverified],
            }
            for s in inputs.surveys
        ],
        "complaints": {
            "received": c.received,
            "decided": c.decided,
            "decided_in_time": c.decided_in_time,
            "open_past_deadline": c.open_past_deadline,
            "lodged_late": c.lodged_late,
            "by_channel": dict(c.by_channel),
        },
        "forums": [
            {
                "forum_id": f.forum_id,
                "held_on": f.held_on.isoformat(),
                "inputs": f.inputs,
                "follow_ups": f.follow_ups,
                "realised": f.realised,
                "overdue": f.overdue,
            }
            for f in inputs.forums
        ],
    }


_WORDS: Final = {
    "head": Label("unit {unit}, {start} sampai {end}", "unit {unit}, {start} to {end}"),
    "standards": Label("standar pelayanan:", "standards:"),
    "never": Label("belum pernah", "never"),
    "due": Label("  WAJIB DITINJAU ULANG", "  DUE FOR REVIEW"),
    "standard": Label(
        "  {id} v{version} ({status}), terakhir {settled}{due}",
        "  {id} v{version} ({status}), last {settled}{due}",
    ),
    "surveys": Label("survei kepuasan masyarakat:", "satisfaction surveys:"),
    "no_plan": Label("tanpa rencana", "no plan"),
    "published": Label("dipublikasikan", "published"),
    "not_published": Label("TIDAK dipublikasikan", "NOT published"),
    "survey": Label(
        "  {id}: {respondents} responden, indeks {index} ({grade}), {published}, "
        "tindak lanjut {realised}",
        "  {id}: {respondents} respondents, index {index} ({grade}), {published}, "
        "follow-up {realised}",
    ),
    "unverified_note": Label("    BELUM TERVERIFIKASI: {note}", "    UNVERIFIED: {note}"),
    "complaints": Label(
        "pengaduan: {received} diterima, {decided} diputus ({in_time} tepat waktu), "
        "{open} belum selesai melewati batas waktu, {late} diajukan terlambat",
        "complaints: {received} received, {decided} decided ({in_time} in time), "
        "{open} open past the deadline, {late} lodged late",
    ),
    "forums": Label("forum konsultasi publik:", "consultation forums:"),
    "forum": Label(
        "  {id} ({held}): {inputs} masukan, {realised}/{follow_ups} tindak lanjut terealisasi, "
        "{overdue} terlambat",
        "  {id} ({held}): {inputs} inputs, {realised}/{follow_ups} follow-ups realised, "
        "{overdue} overdue",
    ),
    "public_input": Label(
        "masukan masyarakat dalam periode: {answer}", "public input in the period: {answer}"
    ),
    "yes": Label("ada", "yes"),
    "no": Label("TIDAK ADA", "NO"),
}
"""The words of the text report, in Indonesian and English."""


def _text(inputs: EvaluationInputs, assessment: ServicePolicyAssessment, lang: Lang) -> str:
    def say(key: str, **values: object) -> str:
        return _WORDS[key].text(lang).format(**values)

    def number(value: Decimal) -> str:
        return format_number(value, lang)

    start, end = inputs.start.isoformat(), inputs.end.isoformat()
    lines = [say("head", unit=inputs.unit_id, start=start, end=end), say("standards")]
    for s in inputs.standards:
        settled = s.last_settled_on.isoformat() if s.last_settled_on else say("never")
        due = say("due") if s.due_for_review else ""
        status = s.status.label.text(lang).lower()
        lines.append(
            say(
                "standard",
                id=s.standard_id,
                version=s.version,
                status=status,
                settled=settled,
                due=due,
            )
        )
    lines.append(say("surveys"))
    for v in inputs.surveys:
        grade = v.grade.value if v.grade else "-"
        percent = v.realisation_percent
        realised = f"{number(percent)}%" if percent is not None else say("no_plan")
        index = number(v.index) if v.index is not None else "-"
        published = say("published" if v.published else "not_published")
        lines.append(
            say(
                "survey",
                id=v.survey_id,
                respondents=format_number(v.respondents, lang),
                index=index,
                grade=grade,
                published=published,
                realised=realised,
            )
        )
        lines.extend(say("unverified_note", note=n.text(lang)) for n in v.unverified)
    c = inputs.complaints
    lines.append(
        say(
            "complaints",
            received=c.received,
            decided=c.decided,
            in_time=c.decided_in_time,
            open=c.open_past_deadline,
            late=c.lodged_late,
        )
    )
    lines.append(say("forums"))
    lines.extend(
        say(
            "forum",
            id=f.forum_id,
            held=f.held_on.isoformat(),
            inputs=f.inputs,
            realised=f.realised,
            follow_ups=f.follow_ups,
            overdue=f.overdue,
        )
        for f in inputs.forums
    )
    lines.append(say("public_input", answer=say("yes" if inputs.public_input else "no")))
    lines.extend(_pekppp_text(assessment, lang))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the evaluation inputs."""
    documents = [
        parsed.document
        for source in iter_sources(args.paths)
        if source.readable
        for parsed in parse_documents(source.data)
        if parsed.document is not None
    ]
    if args.end < args.start:
        msg = f"--to {args.end.isoformat()} is before --from {args.start.isoformat()}"
        raise UsageError(msg)
    units = _units(documents)
    if args.unit not in units:
        known = ", ".join(sorted(units)) or "none"
        msg = f"no document of unit {args.unit!r} in the input (units found: {known})"
        raise UsageError(msg)
    inputs = gather_evaluation_inputs(documents, args.unit, start=args.start, end=args.end)
    assessment = assess_unit(documents, args.unit, on=args.end)
    if args.format == "json":
        print_json({**inputs_to_dict(inputs), "pekppp": pekppp_to_dict(assessment, args.lang)})
    else:
        print(_text(inputs, assessment, args.lang))
    return EXIT_OK


def _units(documents: list[Any]) -> set[str]:
    """Every unit id the documents name, their own or as the unit they belong to."""
    found: set[str] = set()
    for document in documents:
        unit = getattr(document, "unit_id", None)
        if isinstance(unit, str):
            found.add(unit)
        found.update(u.id for u in getattr(document, "units", ()))
    return found
