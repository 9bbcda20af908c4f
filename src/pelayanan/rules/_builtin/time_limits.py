"""Rules on the time limits a standard promises (TL): the complaint tiers against the law's limit.

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
from ...model.standards import ServiceStandard
from ...participation.complaints import COMPLAINT_POLICY
from ...time.durations import Duration, DurationUnit
from .._engine import Context, Issue, Registry, Severity
from ._common import STANDARD, cite

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_UU25 = "uu-25-2009"
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


def _longer(tier: Duration, limit: Duration) -> bool:
    """Whether ``tier`` is longer than ``limit`` on every calendar, whatever day it starts."""
    if tier.unit is limit.unit:
        return tier.amount > limit.amount
    return _shortest_span(tier) > _longest_span(limit)


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
    limit = context.config.complaint_policy.decision
    for position, tier in enumerate(handling.tiers if handling else ()):
        path = ("complaint_handling", "tiers", position, "duration")
        if tier.duration.amount == 0:
            yield Issue(path, "zero", tier=tier.label, duration=tier.duration)
        elif limit is not None and _longer(tier.duration, limit.duration):
            reading = _READING if limit == COMPLAINT_POLICY.decision else Label("", "")
            yield Issue(
                path,
                tier=tier.label,
                duration=tier.duration,
                limit=limit.duration,
                reading=reading,
            )
