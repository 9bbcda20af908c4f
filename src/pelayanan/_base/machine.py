"""The guarded state machine that complaints and the policy cycle share.

Both keep an append-only history of dated events; each event must pass guards checked against
the state the events before it led to. Two uses follow from one walk:

* building a history (:func:`step`): an event that breaks a guard is refused;
* judging a recorded history (:func:`replay`): every event that breaks a guard is reported, and
  the walk goes on as if the event had happened (``force``), so that one mistake is reported once
  rather than spoiling every later step.

>>> def check(count: int, event: int) -> list[str]:
...     return [] if event == count + 1 else [f"expected {count + 1}, got {event}"]
>>> def apply(count: int, event: int) -> int:
...     return event
>>> replay(0, [1, 2, 4, 5], check, apply)
(5, (Refusal(index=2, event=4, problem='expected 3, got 4'),))
>>> step(2, 3, check, apply)
3
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

import attrs

__all__ = ["GuardBroken", "Refusal", "replay", "step"]

S = TypeVar("S")
T = TypeVar("T")
E = TypeVar("E")
P = TypeVar("P")


@attrs.frozen
class Refusal(Generic[E, P]):
    """An event of a history that broke a guard: where it stands, and what it broke."""

    index: int
    event: E
    problem: P


class GuardBroken(Exception, Generic[P]):  # noqa: N818  (a signal carrying the problems, not an error name)
    """:func:`step` refused an event; the caller turns :attr:`problems` into its own error."""

    def __init__(self, problems: Sequence[P]) -> None:
        super().__init__(problems)
        self.problems = tuple(problems)


def step(
    state: S,
    event: E,
    check: Callable[[S, E], Sequence[P]],
    apply: Callable[[S, E], T],
) -> T:
    """The state after ``event``; :class:`GuardBroken` with the problems if a guard refuses it."""
    problems = check(state, event)
    if problems:
        raise GuardBroken(problems)
    return apply(state, event)


def replay(
    initial: S,
    events: Iterable[E],
    check: Callable[[S, E], Sequence[P]],
    apply: Callable[[S, E], S],
    force: Callable[[S, E], S] | None = None,
) -> tuple[S, tuple[Refusal[E, P], ...]]:
    """Walk ``events`` from ``initial``: the final state and every refusal, in order.

    A refused event is applied with ``force`` (default ``apply``), so that the walk goes on from
    where the history says it was.
    """
    state = initial
    refusals: list[Refusal[E, P]] = []
    for index, event in enumerate(events):
        problems = check(state, event)
        if problems:
            refusals.extend(Refusal(index, event, problem) for problem in problems)
            state = (force or apply)(state, event)
        else:
            state = apply(state, event)
    return state, tuple(refusals)
