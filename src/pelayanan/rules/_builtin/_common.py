"""Helpers shared by the rule modules: citations, versioned PEKPPP rules, text checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from dateutil.relativedelta import relativedelta

from ..._base.labels import Label
from ...law import CATALOGUE, Citation, Topic
from ...model.records import FollowUpStatus, Publication
from .._engine import Check, Issue, Registry, Rule, cite

__all__ = [
    "CHARTER",
    "PROVIDER",
    "SERVICE",
    "STANDARD",
    "after_transition",
    "by_instrument_versions",
    "cite",
    "open_status",
    "pekppp_versions",
    "single_medium",
]

STANDARD = ("service_standard",)
CHARTER = ("service_charter",)
PROVIDER = ("provider",)
SERVICE = ("service",)

# The PEKPPP instrument in force (regulations.md §6.1): Permenpan RB 17/2017 until Permenpan RB
# 29/2022 (as amended by 4/2023) replaced it. Rules that rest on the instrument's guidance exist in
# one version per instrument, each citing its own.
_PEKPPP = tuple(
    i.key for i in CATALOGUE.chain(Topic.PERFORMANCE_EVALUATION, since="permenpan-rb-17-2017")
)


def by_instrument_versions(
    registry: Registry,
    code: str,
    keys: Sequence[str],
    common: Sequence[Citation] = (),
    part: dict[str, str] | None = None,
    **kwargs: Any,  # noqa: ANN401  (passed on to rule())
) -> Callable[[Check[Any]], list[Rule[Any]]]:
    """Register one rule version per instrument in ``keys`` (a replacement chain) in ``registry``.

    Each version is in force from its instrument's start until the next one's, and cites its own
    instrument plus ``common``; its own instrument is the obligation (what the version checks is
    that instrument's), unless ``obligation`` is given for every version. Per-version keywords
    (a severity, a verification flag, a note) are given in ``per_version`` by instrument key.
    """
    obligation = kwargs.pop("obligation", None)
    per_version: dict[str, dict[str, Any]] = kwargs.pop("per_version", {})

    def decorate(check: Check[Any]) -> list[Rule[Any]]:
        versions = []
        for position, key in enumerate(keys):
            until = CATALOGUE[keys[position + 1]].starts if position + 1 < len(keys) else None
            own = cite(key, **(part or {"annex": ""}))
            options = {**kwargs, **per_version.get(key, {})}
            versions.append(
                registry.rule(
                    code,
                    basis=(*common, own),
                    obligation=obligation or own,
                    in_force_from=CATALOGUE[key].starts,
                    in_force_until=until,
                    **options,
                )(check)
            )
        return versions

    return decorate


def after_transition(key: str, *, years: int) -> dt.date:
    """The first day an obligation of ``key`` binds when the instrument gave ``years`` to comply.

    "Paling lama 1 (satu) tahun sejak ... diundangkan": the period ends on the anniversary of the
    instrument's start, on which a provider is still in time; the obligation binds the day after.

    >>> after_transition("perpres-76-2013", years=1)
    datetime.date(2014, 12, 7)
    """
    starts = CATALOGUE[key].starts
    if starts is None:
        msg = f"{CATALOGUE[key]} has no known start, so its transition has no end"
        raise ValueError(msg)
    return starts + relativedelta(years=years) + dt.timedelta(days=1)


def pekppp_versions(
    registry: Registry,
    code: str,
    common: Sequence[Citation] = (),
    **kwargs: Any,  # noqa: ANN401
) -> Callable[[Check[Any]], list[Rule[Any]]]:
    """A rule resting on the PEKPPP instrument: one version per instrument (17/2017, 29/2022)."""
    return by_instrument_versions(registry, code, _PEKPPP, common, **kwargs)


def single_medium(publications: Iterable[Publication]) -> Iterator[Issue]:
    """One issue at ``publications`` when all of them are electronic, or none of them is.

    PEKPPP scores a publication highest when it is both on and off line; the issue's ``only``
    parameter names the one medium used. No publications at all is another rule's business.
    """
    electronic = {p.medium.is_electronic for p in publications}
    if len(electronic) == 1:
        only = (
            Label("elektronik", "electronic")
            if True in electronic
            else Label("nonelektronik", "non-electronic")
        )
        yield Issue(("publications",), only=only)


def open_status(status: FollowUpStatus) -> Label:
    """How to name, inside a sentence, the status of an action that was still open on the check date.

    A record realised after the check date says ``realised`` today; on the check date it was not.
    """
    if status is FollowUpStatus.REALISED:
        return Label("belum terealisasi", "not realised")
    return Label(status.label.id.lower(), status.label.en.lower())
