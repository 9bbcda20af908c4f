"""Rules for policy cycles (*siklus kebijakan*, UU 25/2009 Pasal 15, 20, 22, 39; regulations.md §3.3).

PC001–PC009 are the guards of the transition table (:data:`pelayanan.participation.cycle.GUARDS`): a loaded
history is replayed and every step the cycle forbids is reported at its event, with the same code
and citation a transition function would raise. A guard is an error only where a verified text of
the law makes the step unlawful (``CycleGuard.binding``, PC003) or where the history contradicts
itself (``CycleGuard.integrity``, PC001 and PC009); the order of the other stages comes from
guidance and practice, so those guards are warnings. PC010 and up look at the state on the check
date, at the events' inputs, and (across documents) at the documents the events name.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..._base.labels import Label
from ...model.charters import ServiceCharter
from ...participation.cycle import (
    GUARDS,
    CycleAction,
    CycleEvent,
    CycleStage,
    CycleState,
    IllegalStep,
    PolicyCycle,
    illegal_steps,
    state_on,
)
from ...participation.surveys import SatisfactionSurvey
from .._engine import Context, Issue, Registry, Rule, Severity
from ._common import cite, pekppp_versions
from .standards import _review_cutoff

if TYPE_CHECKING:
    from ..index import Index

__all__ = ["CYCLE", "RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

CYCLE = ("policy_cycle",)

_UU25 = "uu-25-2009"

# What a cycle refers to is registered in rules/index.py, next to the other documents' references.


@functools.lru_cache(maxsize=64)
def _steps(events: tuple[CycleEvent, ...]) -> tuple[IllegalStep, ...]:
    """The illegal steps of a history, computed once for all the guard rules."""
    return illegal_steps(events)


def _guard_rule(code: str) -> list[Rule[PolicyCycle]]:
    guard = GUARDS[code]
    variants = {k: v for k, v in guard.messages.items() if k != "default"}

    def check(cycle: PolicyCycle, _: Context) -> Iterator[Issue]:
        for step in _steps(cycle.events):
            error = step.error
            if error.code == code:
                yield Issue(("events", step.index, *error.field), error.variant, **error.params)

    check.__doc__ = f"{code}: {guard.title.en} (lifecycle.GUARDS)."
    options: dict[str, Any] = {
        "kinds": CYCLE,
        "severity": Severity.ERROR if guard.binding or guard.integrity else Severity.WARNING,
        "title": guard.title,
        "message": guard.messages["default"],
        "variants": variants,
        "hint": guard.hint,
        "verified": guard.verified,
        "note": guard.note,
    }
    if guard.integrity:  # the guard's citation only names where the stages come from
        options["verified"] = True
        return [RULES.rule(code, integrity=True, **options)(check)]
    if guard.pekppp:
        return pekppp_versions(RULES, code, common=guard.basis, **options)(check)
    return [RULES.rule(code, basis=guard.basis, obligation=guard.obligation, **options)(check)]


for _code in sorted(GUARDS):
    _guard_rule(_code)


def _index_of(cycle: PolicyCycle, actions: tuple[CycleAction, ...], on: dt.date) -> int | None:
    """The position of the last event of ``actions`` dated ``on``."""
    found = None
    for position, event in enumerate(cycle.events):
        if event.action in actions and event.on == on:
            found = position
    return found


def _state(cycle: PolicyCycle, as_of: dt.date) -> CycleState | None:
    return state_on(cycle, as_of, lenient=True)


@pekppp_versions(
    RULES,
    "PC010",
    common=(cite("pp-96-2012"),),
    kinds=CYCLE,
    severity=Severity.WARNING,
    title=("Kebijakan ditinjau ulang secara berkala", "The policy is reviewed periodically"),
    message=(
        (
            "Versi {version} terakhir ditetapkan atau ditinjau pada {last}, lebih dari {months} "
            "bulan sebelum {as_of}."
        ),
        (
            "Version {version} was last established or reviewed on {last}, more than {months} "
            "months before {as_of}."
        ),
    ),
    hint=(
        (
            "Catat masukan evaluasi dan tinjau ulang bersama masyarakat (PEKPPP: setiap tahun "
            "bernilai 5, dua tahun 3, tiga tahun atau lebih 1)."
        ),
        (
            "Record evaluation inputs and review with the public (PEKPPP: yearly scores 5, every "
            "two years 3, three years or more 1)."
        ),
    ),
    verified=False,
    note="No statutory maximum interval was found (regulations.md §3.3, R22); the default 12 "
    "months is PEKPPP's top score and is set by ValidationConfig.review_interval_months.",
)
def cycle_reviewed_periodically(cycle: PolicyCycle, context: Context) -> Iterator[Issue]:
    """PC010 (regulations.md R22), on the state the history reaches by the check date."""
    state = _state(cycle, context.as_of)
    if state is None or state.stage.is_final or state.in_force_version is None:
        return
    last = state.last_established_or_reviewed
    months = context.config.review_interval_months
    if last is None or last >= _review_cutoff(context.as_of, months):
        return
    actions = (CycleAction.STANDARD_ESTABLISHED, CycleAction.STANDARD_REVIEWED)
    position = _index_of(cycle, actions, last)
    yield Issue(
        ("events",) if position is None else ("events", position),
        version=state.in_force_version,
        last=last,
        months=months,
        as_of=context.as_of,
    )


_EVALUATIONS = (CycleAction.EVALUATION_RECORDED, CycleAction.STANDARD_REVIEWED)


@RULES.rule(
    "PC011",
    kinds=CYCLE,
    severity=Severity.WARNING,
    title=("Evaluasi melibatkan masyarakat", "Evaluation involves the public"),
    message=(
        (
            "Peristiwa '{action}' pada {on} tidak mencatat masukan masyarakat (survei, pengaduan, "
            "forum, unsur masyarakat, atau keikutsertaan)."
        ),
        (
            "The '{action}' event of {on} records no input from the public (a survey, complaints, "
            "a forum, community groups, or their participation)."
        ),
    ),
    hint=(
        (
            "Sebutkan SKM, pengaduan, atau FKP yang menjadi dasar evaluasi, atau tandai "
            "public_involved bila masyarakat ikut serta."
        ),
        (
            "Name the surveys, complaints or forums the evaluation rests on, or set public_involved "
            "when the public took part."
        ),
    ),
    basis=(cite(_UU25, article="39", paragraph="1"),),
)
def evaluation_involves_the_public(cycle: PolicyCycle, _: Context) -> Iterator[Issue]:
    """PC011: participation runs "sampai dengan evaluasi" (Pasal 39 ayat (1), VERIFIED)."""
    for position, event in enumerate(cycle.events):
        if event.action in _EVALUATIONS and not event.has_public_input:
            yield Issue(("events", position), action=event.action, on=event.on)


@RULES.rule(
    "PC012",
    kinds=CYCLE,
    severity=Severity.INFO,
    title=("Penyusunan tidak berlarut-larut", "Drafting does not drag on"),
    message=(
        (
            "Versi {version} masih dalam tahap {stage} sejak {since}, lebih dari {months} bulan "
            "sebelum {as_of}."
        ),
        (
            "Version {version} has been at the {stage} stage since {since}, more than {months} "
            "months before {as_of}."
        ),
    ),
    hint=(
        "Selesaikan pembahasan dan tetapkan standar, atau catat mengapa tertunda.",
        "Finish the consultation and establish the standard, or record why it is delayed.",
    ),
    basis=(cite(_UU25, article="20", paragraph="1"), cite("pp-96-2012")),
    obligation=cite("pp-96-2012"),
    verified=False,
    note="No time limit for drafting was found; the draft PP of 2012 promised 'batasan waktu "
    "masing-masing tahapan' (regulations.md §2), final text UNVERIFIED. The interval reused is "
    "ValidationConfig.review_interval_months.",
)
def drafting_does_not_drag_on(cycle: PolicyCycle, context: Context) -> Iterator[Issue]:
    """PC012: a draft older than the review interval is worth a look."""
    state = _state(cycle, context.as_of)
    if state is None or state.stage not in (CycleStage.DRAFTING, CycleStage.CONSULTATION):
        return
    months = context.config.review_interval_months
    if state.drafting_since >= _review_cutoff(context.as_of, months):
        return
    actions = (CycleAction.DRAFTING_STARTED, CycleAction.REVISION_STARTED)
    position = _index_of(cycle, actions, state.drafting_since)
    yield Issue(
        ("events",) if position is None else ("events", position),
        version=state.version,
        stage=state.stage,
        since=state.drafting_since,
        months=months,
        as_of=context.as_of,
    )


@RULES.rule(
    "PC013",
    kinds=CYCLE,
    severity=Severity.WARNING,
    title=("Peristiwa tidak melewati tanggal pemeriksaan", "Events are not after the check date"),
    message=(
        "Peristiwa '{action}' bertanggal {on}, sesudah tanggal pemeriksaan {as_of}.",
        "The '{action}' event is dated {on}, after the check date {as_of}.",
    ),
    hint=(
        "Periksa tanggalnya, atau periksa ulang dengan tanggal pemeriksaan yang lebih akhir.",
        "Check the date, or check again with a later check date.",
    ),
    basis=(cite(_UU25, article="15", letter="a"), cite(_UU25, article="20", paragraph="1")),
)
def events_not_after_check(cycle: PolicyCycle, context: Context) -> Iterator[Issue]:
    """PC013: an event dated after ``as_of`` cannot have happened yet on the check date."""
    for position, event in enumerate(cycle.events):
        if event.on > context.as_of:
            yield Issue(
                ("events", position, "on"), action=event.action, on=event.on, as_of=context.as_of
            )


# --- across documents -------------------------------------------------------------------------------

_REFERENCE_BASIS = (
    cite(_UU25, article="15", letter="b"),
    cite(_UU25, article="20", paragraph="1"),
    cite(_UU25, article="39", paragraph="1"),
)

_WHAT: Mapping[str, Label] = {
    "service_standard": Label("standar pelayanan", "service standard"),
    "service_charter": Label("maklumat", "service charter"),
    "satisfaction_survey": Label("survei kepuasan masyarakat", "satisfaction survey"),
    "consultation_forum": Label("forum konsultasi publik", "public consultation forum"),
    "complaint": Label("pengaduan", "complaint"),
}


def _references(event: CycleEvent) -> Iterator[tuple[str, str, tuple[str | int, ...]]]:
    """``(kind, id, path within the event)`` for every document the event names."""
    if event.document_id is not None:
        yield "service_standard", event.document_id, ("document_id",)
    if event.charter_id is not None:
        yield "service_charter", event.charter_id, ("charter_id",)
    for field, kind in (
        ("survey_ids", "satisfaction_survey"),
        ("forum_ids", "consultation_forum"),
        ("complaint_ids", "complaint"),
    ):
        for position, ref in enumerate(getattr(event, field)):
            yield kind, ref, (field, position)


def _present(index: Index, kind: str) -> set[str] | None:
    """The ids of the run's documents of ``kind``, or ``None`` if the run keeps none of them.

    Standards are always indexed (as summaries). Documents of other kinds are kept only when a
    cross-document rule applies to their kind; a streamed run that did not keep them cannot say
    what is missing, so nothing is reported about them.
    """
    if kind == "service_standard":
        return set(index.standards) if index.has(kind) else None
    documents = index.of_kind(kind)
    return _ids(documents) if documents else None


def _ids(documents: list[Any]) -> set[str]:
    return {i for d in documents if isinstance(i := getattr(d, "id", None), str)}


@RULES.rule(
    "PC014",
    kinds=CYCLE,
    severity=Severity.INFO,
    title=(
        "Dokumen yang dirujuk siklus ada dalam data",
        "The documents a cycle names are in the data",
    ),
    message=(
        "Peristiwa '{action}' merujuk {what} {ref}, yang tidak ada dalam data yang diperiksa.",
        "The '{action}' event names {what} {ref}, which is not in the data checked.",
    ),
    hint=(
        "Periksa ejaan id-nya, atau sertakan dokumen itu dalam pemeriksaan.",
        "Check the id's spelling, or include that document in the check.",
    ),
    basis=_REFERENCE_BASIS,
    cross_document=True,
)
def named_documents_are_present(cycle: PolicyCycle, context: Context) -> Iterator[Issue]:
    """PC014: checked for each kind only when the run holds documents of that kind."""
    index = context.index
    if index is None:
        return
    present = {kind: _present(index, kind) for kind in _WHAT}
    for position, event in enumerate(cycle.events):
        for kind, ref, path in _references(event):
            known = present[kind]
            if known is not None and ref not in known:
                yield Issue(
                    ("events", position, *path), action=event.action, what=_WHAT[kind], ref=ref
                )


def _charter_date(charter: ServiceCharter) -> dt.date | None:
    if charter.establishment is not None:
        return charter.establishment.decided_on
    return charter.signed_on


@RULES.rule(
    "PC015",
    kinds=CYCLE,
    severity=Severity.WARNING,
    title=(
        "Siklus sesuai dengan dokumen yang dirujuknya",
        "A cycle agrees with the documents it names",
    ),
    message=(
        "Standar {ref} ditetapkan pada {found} menurut dokumennya, tetapi pada {on} menurut siklus.",
        "Standard {ref} was established on {found} by its document, but on {on} by the cycle.",
    ),
    variants={
        "standard_not_established": (
            (
                "Dokumen standar {ref} tidak menyebut penetapannya, tetapi siklus mencatatnya "
                "ditetapkan pada {on}."
            ),
            "Standard {ref} names no establishment, but the cycle records it established on {on}.",
        ),
        "standard_version": (
            (
                "Dokumen {ref} adalah versi {found}, tetapi peristiwa '{action}' menyebut versi "
                "{version}."
            ),
            "Document {ref} is version {found}, but the '{action}' event names version {version}.",
        ),
        "charter_date": (
            "Maklumat {ref} bertanggal {found}, tetapi siklus mencatatnya diterbitkan pada {on}.",
            "Charter {ref} is dated {found}, but the cycle records it issued on {on}.",
        ),
        "survey_later": (
            (
                "Survei {ref} berakhir pada {found}, sesudah peristiwa '{action}' pada {on} yang "
                "merujuknya."
            ),
            "Survey {ref} ended on {found}, after the '{action}' event of {on} that cites it.",
        ),
    },
    hint=(
        "Samakan tanggal dan nomor versi di siklus dengan dokumennya.",
        "Make the cycle's dates and version numbers match the documents.",
    ),
    basis=_REFERENCE_BASIS,
    cross_document=True,
)
def cycle_agrees_with_named_documents(cycle: PolicyCycle, context: Context) -> Iterator[Issue]:
    """PC015: standard versions and decree dates, charter dates, and surveys ended before use.

    Forums and complaints are checked for presence only (PC014): their models are not this
    module's to read.
    """
    index = context.index
    if index is None:
        return
    charters = {c.id: c for c in index.charters}
    surveys: dict[str, SatisfactionSurvey] = {s.id: s for s in index.of_kind("satisfaction_survey")}
    for position, event in enumerate(cycle.events):
        here = ("events", position)
        summary = index.standards.get(event.document_id or "")
        if summary is not None:
            path = (*here, "document_id")
            if summary.version != event.version:
                yield Issue(
                    path,
                    "standard_version",
                    ref=summary.id,
                    found=summary.version,
                    action=event.action,
                    version=event.version,
                )
            elif event.action is CycleAction.STANDARD_ESTABLISHED:
                if summary.established_on is None:
                    yield Issue(path, "standard_not_established", ref=summary.id, on=event.on)
                elif summary.established_on != event.on:
                    yield Issue(path, ref=summary.id, found=summary.established_on, on=event.on)
        charter = charters.get(event.charter_id or "")
        if charter is not None:
            dated = _charter_date(charter)
            if dated is not None and dated != event.on:
                yield Issue(
                    (*here, "charter_id"), "charter_date", ref=charter.id, found=dated, on=event.on
                )
        for number, ref in enumerate(event.survey_ids):
            survey = surveys.get(ref)
            if survey is not None and survey.period_end > event.on:
                yield Issue(
                    (*here, "survey_ids", number),
                    "survey_later",
                    ref=ref,
                    found=survey.period_end,
                    action=event.action,
                    on=event.on,
                )
