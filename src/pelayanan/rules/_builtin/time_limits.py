"""Rules on the time limits a standard promises (TL001–TL004).

Component d (*jangka waktu penyelesaian*, UU 25/2009 Pasal 21 huruf d) is "the time needed to
complete the whole service" (Permenpan RB 15/2014), and timeliness is a principle of public service
(Pasal 4 huruf k). Real standards write "3 (tiga) hari" without saying working or calendar days
(TL001), "Sesuai kasus" or a bare "1" instead of a time (TL002), and ranges such as "3 s/d 14 hari
kerja", whose upper end is what is promised (TL003). The forms are those of
:class:`~pelayanan.time.durations.TimeLimit`.

A unit's complaint handling (component j) often sets response tiers ("ringan: 2 hari kerja,
memerlukan pemeriksaan: 14 hari kerja"). UU 25/2009 Pasal 50 gives the provider 60 days from a
complete file to settle a complaint (the number VERIFIED through Perpres 76/2013, regulations.md
§1.16); a tier longer than that promises what the law does not allow, and a tier of zero promises
nothing. The limit is :attr:`ValidationConfig.complaint_policy`'s, so a reading in working days can
be configured.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..._base.labels import Label
from ...model.standards import Procedure, ServiceStandard
from ...participation.complaints import COMPLAINT_POLICY
from ...time.durations import Duration, DurationUnit, TimeLimit, TimeLimitForm
from .._engine import Context, Issue, Registry, Severity, ValidationConfig
from ._common import STANDARD, Path, cite

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_UU25 = "uu-25-2009"
_TIME_BASIS = (
    cite(_UU25, article="21", letter="d"),
    cite(_UU25, article="4", letter="k"),
    cite("permenpan-rb-15-2014", annex=""),
)


def _plain_days(standard: ServiceStandard) -> Iterator[tuple[Path, Duration, Label]]:
    """Every duration a standard states in plain days, with where and what it is.

    The unit is looked at first: most durations say their kind of day, and for them no path or
    label is built.
    """
    if standard.time_limit is not None:
        yield from _limit_days(standard.time_limit)
    if standard.procedure is not None:
        yield from _step_days(standard.procedure)
    handling = standard.complaint_handling
    if handling is not None:
        for n, tier in enumerate(handling.tiers):
            if tier.duration.unit is _DAYS:
                where = ("complaint_handling", "tiers", n, "duration")
                yield where, tier.duration, _tier(tier.label)


_DAYS = DurationUnit.DAYS


def _limit_days(limit: TimeLimit) -> Iterator[tuple[Path, Duration, Label]]:
    if limit.minimum is not None and limit.minimum.unit is _DAYS:
        yield ("time_limit", "minimum"), limit.minimum, _COMPLETION
    if limit.duration is not None and limit.duration.unit is _DAYS:
        yield ("time_limit", "duration"), limit.duration, _COMPLETION
    for n, case in enumerate(limit.cases):
        if case.minimum is not None and case.minimum.unit is _DAYS:
            yield ("time_limit", "cases", n, "minimum"), case.minimum, _case(case.case)
        if case.duration is not None and case.duration.unit is _DAYS:
            yield ("time_limit", "cases", n, "duration"), case.duration, _case(case.case)


def _step_days(procedure: Procedure) -> Iterator[tuple[Path, Duration, Label]]:
    # The walk of Procedure.all_steps, without building a path for every step.
    for n, step in enumerate(procedure.steps):
        if step.duration is not None and step.duration.unit is _DAYS:
            yield ("procedure", "steps", n, "duration"), step.duration, _step(n + 1)
    for p, way in enumerate(procedure.paths):
        for n, step in enumerate(way.steps):
            if step.duration is not None and step.duration.unit is _DAYS:
                where = ("procedure", "paths", p, "steps", n, "duration")
                yield where, step.duration, _step(n + 1)


def _case(case: str) -> Label:
    return Label(f"jangka waktu '{case}'", f"the completion time for '{case}'")


def _step(number: int | str) -> Label:
    return Label(f"langkah {number} prosedur", f"step {number} of the procedure")


def _tier(label: str) -> Label:
    return Label(f"tingkatan pengaduan '{label}'", f"the complaint tier '{label}'")


_COMPLETION = Label("jangka waktu penyelesaian", "the completion time")


# --- TL001 -----------------------------------------------------------------------------------------


@RULES.rule(
    "TL001",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Jenis hari disebutkan", "Days are said to be working or calendar days"),
    message=(
        (
            "{what} {duration} tidak menyebut hari kerja atau hari kalender; tenggatnya dihitung dalam "
            "hari kalender, yang lebih awal."
        ),
        (
            "{what} {duration} does not say working or calendar days; its deadline is counted in "
            "calendar days, the earlier of the two."
        ),
    ),
    hint=(
        "Tulis 'hari kerja' atau 'hari kalender', misalnya '5 (lima) hari kerja'.",
        (
            "Write 'hari kerja' (working days) or 'hari kalender' (calendar days), for example "
            "'5 (lima) hari kerja'."
        ),
    ),
    basis=_TIME_BASIS,
)
def days_say_their_kind(standard: ServiceStandard, _: Context) -> Iterator[Issue]:
    """TL001: "3 (tiga) hari" is a different promise in working and in calendar days.

    Checked wherever the standard states a duration: the completion time (and its sub-cases), the
    steps of the procedure and the complaint tiers.
    """
    for path, duration, what in _plain_days(standard):
        yield Issue(path, what=_capital(what), duration=duration)


def _capital(label: Label) -> Label:
    return Label(label.id[:1].upper() + label.id[1:], label.en[:1].upper() + label.en[1:])


# --- TL002 -----------------------------------------------------------------------------------------


@RULES.rule(
    "TL002",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Jangka waktu penyelesaian tetap", "The completion time is fixed"),
    message=(
        "Jangka waktu penyelesaian tidak menyebut waktu yang tetap ('{text}').",
        "The completion time gives no fixed time ('{text}').",
    ),
    variants={
        "case": (
            "Jangka waktu untuk '{case}' tidak menyebut waktu yang tetap ('{text}').",
            "The completion time for '{case}' gives no fixed time ('{text}').",
        ),
        "not_read": (
            "Jangka waktu penyelesaian '{text}' tidak menyebut jumlah dan satuan waktu.",
            "The completion time '{text}' states no amount and unit of time.",
        ),
    },
    hint=(
        (
            "Tetapkan waktu paling lama untuk menyelesaikan seluruh proses pelayanan, misalnya "
            "'paling lama 5 hari kerja', atau satu waktu untuk setiap jenis kasus."
        ),
        (
            "State the longest time the whole service takes, for example 'at most 5 working days', "
            "or one time for each sub-case."
        ),
    ),
    basis=_TIME_BASIS,
)
def time_limit_is_fixed(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """TL002: "Sesuai kasus", "tergantung ...", or a number without a unit promise no time.

    A range or an upper bound is a fixed time (TL003 notes a range); so is one value per sub-case,
    unless a sub-case has none.
    """
    limit = standard.time_limit
    if limit is None:
        return
    if limit.form is TimeLimitForm.NO_FIXED_TIME:
        yield Issue(("time_limit", "no_fixed_time"), text=limit.no_fixed_time or "-")
    elif limit.form is TimeLimitForm.NOT_READ and _said(limit.as_written, context.config):
        yield Issue(("time_limit",), "not_read", text=" ".join(limit.as_written.split()))
    for n, case in enumerate(limit.cases):
        if case.no_fixed_time is not None or case.duration is None:
            text = case.no_fixed_time or "-"
            yield Issue(("time_limit", "cases", n), "case", case=case.case, text=text)


def _said(text: str, config: ValidationConfig) -> bool:
    return bool(text.strip()) and not config.is_placeholder(text)


# --- TL003 -----------------------------------------------------------------------------------------


@RULES.rule(
    "TL003",
    kinds=STANDARD,
    severity=Severity.INFO,
    title=("Rentang waktu: batas atasnya yang dijanjikan", "A range: its upper end is the promise"),
    message=(
        (
            "{what} adalah rentang {text}; yang dijanjikan kepada masyarakat adalah batas atasnya, "
            "{upper}."
        ),
        "{what} is the range {text}; what the public is promised is its upper end, {upper}.",
    ),
    hint=(
        (
            "Bila pelayanan biasanya lebih cepat, janjikan tetap batas atasnya, misalnya 'paling lama "
            "14 hari kerja'; masyarakat dan pengawas mengukur pelayanan dengan batas itu."
        ),
        (
            "If the service is usually quicker, still promise the upper end, for example 'at most 14 "
            "working days': the public and the supervisors measure the service by it."
        ),
    ),
    basis=_TIME_BASIS,
    note="That the upper end of a range is the promise is this library's reading of component d "
    "(the time needed to complete the whole service); deadlines are counted to it.",
)
def ranges_promise_their_upper_end(standard: ServiceStandard, _: Context) -> Iterator[Issue]:
    """TL003: "3 s/d 14 hari kerja" promises 14 working days, for the whole and for each sub-case."""
    limit = standard.time_limit
    if limit is None:
        return
    if limit.minimum is not None and limit.duration is not None:
        yield Issue(
            ("time_limit", "minimum"),
            what=_capital(_COMPLETION),
            text=_range(limit.minimum, limit.duration),
            upper=limit.duration,
        )
    for n, case in enumerate(limit.cases):
        if case.minimum is not None and case.duration is not None:
            yield Issue(
                ("time_limit", "cases", n, "minimum"),
                what=Label(f"Jangka waktu '{case.case}'", f"The completion time for '{case.case}'"),
                text=_range(case.minimum, case.duration),
                upper=case.duration,
            )


def _range(low: Duration, high: Duration) -> Label:
    """``"3 s/d 14 hari kerja"`` / ``"3 to 14 working days"``."""
    if low.unit is high.unit:
        return Label(f"{low.amount} s/d {high.text('id')}", f"{low.amount} to {high.text('en')}")
    return Label(
        f"{low.text('id')} s/d {high.text('id')}", f"{low.text('en')} to {high.text('en')}"
    )


# --- TL004 -----------------------------------------------------------------------------------------
_WEEK = 5
"""Working days in a week (Perpres 21/2023 Pasal 3)."""


_DAY = 24 * 60
"""Minutes in a day: spans are compared in whole minutes."""


def _shortest_span(duration: Duration) -> int:
    """The fewest minutes of the calendar ``duration`` can take, whatever day it starts on.

    N working days take at least N calendar days plus a weekend for each full week after the first
    working day; minutes and hours take at least their length.
    """
    amount, unit = duration.amount, duration.unit
    if unit is DurationUnit.WORKING_DAYS:
        return (amount + 2 * ((amount - 1) // _WEEK)) * _DAY if amount else 0
    if unit is DurationUnit.HOURS:
        return amount * 60
    if unit is DurationUnit.MINUTES:
        return amount
    return amount * _DAY


def _longest_span(duration: Duration) -> int:
    """The most minutes of the calendar a limit can give, leaving public holidays out."""
    amount = duration.amount
    if duration.unit is DurationUnit.WORKING_DAYS:
        return (amount + 2 * -(-amount // _WEEK)) * _DAY
    return _shortest_span(duration)


_READING = Label(
    " Batas itu dibaca dalam hari kalender; sumber hanya menyebut '60 hari' (belum terverifikasi).",
    " The limit is read in calendar days; the sources say only '60 hari' (unverified).",
)


@RULES.rule(
    "TL004",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=(
        "Tingkatan penanganan pengaduan dalam batas undang-undang",
        "Complaint tiers stay within the law's limit",
    ),
    message=(
        (
            "Tingkatan pengaduan '{tier}' ({duration}) lebih lama dari {limit} yang diberikan UU "
            "25/2009 Pasal 50 untuk menyelesaikan pengaduan sejak berkasnya lengkap.{reading}"
        ),
        (
            "The complaint tier '{tier}' ({duration}) is longer than the {limit} UU 25/2009 Pasal 50 "
            "gives for settling a complaint once its file is complete.{reading}"
        ),
    ),
    variants={
        "zero": (
            (
                "Tingkatan pengaduan '{tier}' berjangka waktu {duration}: tidak ada pengaduan yang "
                "dapat diselesaikan tanpa waktu."
            ),
            (
                "The complaint tier '{tier}' has a time limit of {duration}: no complaint can be "
                "settled in no time."
            ),
        )
    },
    hint=(
        (
            "Tetapkan setiap tingkatan dengan waktu nyata yang tidak melebihi 60 hari sejak berkas "
            "pengaduan lengkap."
        ),
        "Give each tier a real time that does not exceed 60 days from the complete complaint file.",
    ),
    basis=(*COMPLAINT_POLICY.decision.basis, cite(_UU25, article="21", letter="j"))
    if COMPLAINT_POLICY.decision is not None
    else (cite(_UU25, article="50"),),
    verified=False,
    note="The 60 days are VERIFIED through Perpres 76/2013 (secondary, regulations.md §1.16); "
    "whether they are calendar or working days is not stated (calendar days are this library's "
    "reading, configurable through ValidationConfig.complaint_policy). Tiers in other units are "
    "compared by the fewest calendar days they can take, holidays left out.",
)
def complaint_tiers_within_the_law(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """TL004 (regulations.md R26): each tier more than zero and within the decision limit."""
    handling = standard.complaint_handling
    if handling is None or not handling.tiers:
        return
    limit = context.config.complaint_policy.decision
    # A tier is too long when it is longer than the limit on every calendar, whatever day it
    # starts: in the limit's unit, by amount; else its shortest span against the limit's longest,
    # worked out once for all the tiers.
    longest = _longest_span(limit.duration) if limit is not None else 0
    for position, tier in enumerate(handling.tiers):
        duration = tier.duration
        if duration.amount == 0:
            path = ("complaint_handling", "tiers", position, "duration")
            yield Issue(path, "zero", tier=tier.label, duration=duration)
        elif limit is not None and (
            duration.amount > limit.duration.amount
            if duration.unit is limit.duration.unit
            else _shortest_span(duration) > longest
        ):
            reading = _READING if limit == COMPLAINT_POLICY.decision else Label("", "")
            yield Issue(
                ("complaint_handling", "tiers", position, "duration"),
                tier=tier.label,
                duration=duration,
                limit=limit.duration,
                reading=reading,
            )
