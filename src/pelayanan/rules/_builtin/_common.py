"""Helpers shared by the rule modules: citations, versioned PEKPPP rules, text checks."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from ..._base.labels import Label
from ...io.documents import DOCUMENT_KINDS
from ...law import CATALOGUE, Citation, Instrument, Topic
from ...model.providers import DeliveryChannel, Executor
from ...model.records import (
    ContactPoint,
    DocumentRef,
    Establishment,
    FollowUpStatus,
    Official,
    Publication,
)
from ...model.standards import ComplaintChannel, ServiceStandard
from ...participation.surveys import QuestionnaireVersion
from .._engine import Check, Issue, Registry, Rule, cite

__all__ = [
    "ALL_KINDS",
    "CHARTER",
    "PARTS",
    "PROVIDER",
    "SERVICE",
    "STANDARD",
    "Finder",
    "Path",
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
ALL_KINDS = tuple(DOCUMENT_KINDS)
"""Every document kind, for the integrity rules that look at values wherever they are."""

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


_NOT_ENTERED = (Citation, Instrument, QuestionnaireVersion)
"""What documents refer to but do not own: the law, and the library's own data."""

Path = tuple[str | int, ...]


def requirement_and_step_texts(standard: ServiceStandard) -> tuple[list[str], int]:
    """The names of a standard's requirements, then its steps' descriptions, and how many lead.

    :func:`text_place` tells where each text stands.

    Texts, not ``(path, text)`` pairs: a rule that looks for a word tests the joined texts
    first, and most standards end there.
    """
    requirements = standard.requirements or ()
    steps = standard.procedure.steps if standard.procedure is not None else ()
    texts = [r.name or "" for r in requirements]
    texts += [s.description or "" for s in steps]
    return texts, len(requirements)


def text_place(index: int, requirements: int) -> tuple[Path, bool]:
    """Where text ``index`` of :func:`requirement_and_step_texts` stands; a requirement's or not."""
    if index < requirements:
        return ("requirements", index, "name"), True
    return ("procedure", "steps", index - requirements, "description"), False


"""Where a value sits in a document: field names and list positions (``("contacts", 0, "phones")``)."""


@attrs.frozen
class Finder:
    """Finds the values of some classes, and the text of some fields, wherever a document holds them.

    Which fields can lead to what is wanted is worked out once per class from the type hints, so
    that a document is walked only along those fields (a standard's requirements are never entered
    to look for a web address). Citations and instruments are found but not entered: what they
    hold is the law's, not the document's; nor are the library's questionnaire versions.

    :data:`PARTS` finds, in one walk per document, everything the legal-basis, contact and
    consistency rules look at. The walk of each class is compiled into a function the first time
    the class is met (:func:`_walker`); :meth:`_collect` is the reference it follows.
    """

    classes: tuple[type, ...]
    """Objects of these classes are yielded (and then entered, for what they hold in turn)."""
    fields: frozenset[str] = frozenset()
    """Text fields with these names are yielded (``"url"``, ``"website"``)."""
    suffixes: tuple[str, ...] = ()
    """Text fields whose names end so are yielded too (``"_url"``)."""

    def found(self, document: object) -> list[tuple[Path, object]]:
        """:meth:`find` over a whole document, remembered for the document last asked about.

        The rules of one subject look at one document after another, several of them through the
        same finder, so the last answer is kept (one per finder) and given again.
        """
        last = _LAST.get(id(self))
        if last is not None and last[0] is document:
            return last[1]
        result = self._walk(document, ())
        _LAST[id(self)] = (document, result)
        return result

    def found_of(
        self, document: object, classes: type | tuple[type, ...]
    ) -> list[tuple[Path, Any]]:
        """What :meth:`found` finds of ``classes`` only (``str`` for the text fields), in order.

        Several rules look at one kind of part (the e-mail and telephone rules at contacts and
        channels); each selection is filtered once per document, in C, and kept like ``found``.
        """
        key = (id(self), classes)
        last = _LAST_OF.get(key)
        if last is not None and last[0] is document:
            return last[1]
        result = [item for item in self.found(document) if isinstance(item[1], classes)]
        _LAST_OF[key] = (document, result)
        return result

    def find(self, value: object, path: Path = ()) -> Iterator[tuple[Path, object]]:
        """Each wanted value under ``value`` with its path, depth first in field order."""
        return iter(self._walk(value, path))

    def _walk(self, root: object, path: Path) -> list[tuple[Path, object]]:
        """What :meth:`_collect` finds, by the walkers compiled per class (:func:`_walker`).

        A value nested deeper than Python's recursion allows is walked again by :meth:`_collect`.
        """
        result: list[tuple[Path, object]] = []
        try:
            _enter(_WALKERS.setdefault(id(self), {}), self, root, path, result)
        except RecursionError:
            result.clear()
            self._collect(root, path, result)
        return result

    def _collect(self, root: object, path: Path, out: list[tuple[Path, object]]) -> None:
        """Depth first, in field order, without recursion (documents are walked by the thousand).

        The way to each value is kept as a link to its parent's (``(parent, step)``) and written
        out as a path only for the values found: most of what is walked is not wanted.
        """
        entries = _ENTRIES.setdefault(id(self), {})
        stack: list[tuple[_Link, object, bool]] = [(None, root, False)]
        pop, push = stack.pop, stack.append
        while stack:
            link, value, text = pop()
            if text:
                if value.__class__ is str:
                    out.append((_path(path, link), value))
                continue
            kind = value.__class__
            if kind is tuple:
                items: tuple[object, ...] = value  # type: ignore[assignment]
                stack.extend([((link, n), items[n], False) for n in range(len(items) - 1, -1, -1)])
                continue
            entry = entries.get(kind)
            if entry is None:
                entry = entries[kind] = (isinstance(value, self.classes), _plan(self, kind))
            wanted, plan = entry
            if wanted:
                out.append((_path(path, link), value))
            for name, is_text in plan:  # the plan is reversed: the first field is taken first
                field = getattr(value, name)
                if field is not None and (field.__class__ is not tuple or field):
                    push(((link, name), field, is_text))

    def wants_text(self, name: str) -> bool:
        """Whether a text field called ``name`` is wanted."""
        return name in self.fields or any(name.endswith(suffix) for suffix in self.suffixes)

    def reaches(self, tp: object, seen: frozenset[type] = frozenset()) -> bool:
        """Whether a value of type ``tp`` can hold something wanted."""
        if isinstance(tp, type):
            if issubclass(tp, self.classes):
                return True
            if tp in seen or not attrs.has(tp) or issubclass(tp, _NOT_ENTERED):
                return False
            return any(
                self.wants_text(n) or self.reaches(h, seen | {tp}) for n, h in _hints(tp).items()
            )
        return any(self.reaches(arg, seen) for arg in typing.get_args(tp) if arg is not ...)


_Link = tuple[Any, str | int] | None
"""The way to a value while walking: ``(the parent's link, field or position)``, ``None`` at the top."""


def _path(base: Path, link: _Link) -> Path:
    """The path a link stands for, under ``base``."""
    steps: list[str | int] = []
    while link is not None:
        link, step = link
        steps.append(step)
    steps.reverse()
    return (*base, *steps)


_LAST: dict[int, tuple[object, list[tuple[Path, object]]]] = {}
_LAST_OF: dict[tuple[int, object], tuple[object, list[tuple[Path, Any]]]] = {}
_ENTRIES: dict[int, dict[type[Any], tuple[bool, tuple[tuple[str, bool], ...]]]] = {}
_HINTS: dict[type[Any], dict[str, object]] = {}
_PLANS: dict[tuple[int, type[Any]], tuple[tuple[str, bool], ...]] = {}


def _hints(cls: type[Any]) -> dict[str, object]:
    """The type hints of ``cls``'s fields (``object`` for all when one cannot be resolved)."""
    found = _HINTS.get(cls)
    if found is None:
        names = [f.name for f in attrs.fields(cls)]
        try:
            hints = typing.get_type_hints(cls)
            found = {name: hints.get(name, object) for name in names}
        except (NameError, TypeError):  # a hint naming a type imported only for type checking
            found = dict.fromkeys(names, object)
        _HINTS[cls] = found
    return found


def _plan(finder: Finder, cls: type[Any]) -> tuple[tuple[str, bool], ...]:
    """The fields of ``cls`` to look at: ``(name, True)`` to yield its text, ``False`` to enter it.

    Nothing for a class that is not an attrs class, or that documents refer to but do not own.
    """
    key = (id(finder), cls)
    plan = _PLANS.get(key)
    if plan is None:
        plan = ()
        if attrs.has(cls) and not issubclass(cls, _NOT_ENTERED):
            plan = tuple(
                (name, finder.wants_text(name))
                for name, hint in _hints(cls).items()
                if finder.wants_text(name)
                or hint is object
                or finder.reaches(hint, frozenset({cls}))
            )
        _PLANS[key] = plan = plan[::-1]  # walked from a stack: the last pushed is the first taken
    return plan


# --- the walk compiled per class -----------------------------------------------------------------------

_Walker = Callable[[object, Path, list[tuple[Path, object]]], None]
"""Appends ``(path, value)`` for each wanted value in an object of one class, in walk order."""

_Walkers = dict[type[Any], _Walker | None]
"""One finder's walkers by class; ``None`` for a class that holds nothing wanted."""

_WALKERS: dict[int, _Walkers] = {}

_UNKNOWN: Any = object()


def _enter(
    walkers: _Walkers, finder: Finder, value: object, path: Path, out: list[tuple[Path, object]]
) -> None:
    """Walk ``value`` (an object or a tuple of them) as :meth:`Finder._collect` does."""
    kind = value.__class__
    if kind is tuple:
        items: tuple[object, ...] = value  # type: ignore[assignment]
        for position, item in enumerate(items):
            _enter(walkers, finder, item, (*path, position), out)
        return
    walker = walkers.get(kind, _UNKNOWN)
    if walker is _UNKNOWN:
        walker = _walker(walkers, finder, kind)
    if walker is not None:
        walker(value, path, out)


def _walker(walkers: _Walkers, finder: Finder, cls: type[Any]) -> _Walker | None:
    """Generate the walk of ``cls``: its fields in order, each as :func:`_plan` says.

    An object of a class walked before, alone or in a tuple, is given to that class's walker
    directly; anything else (a class not yet compiled, a tuple in a tuple) to :func:`_enter`.
    """
    wanted = issubclass(cls, finder.classes)
    plan = _plan(finder, cls)[::-1]
    if not wanted and not plan:
        walkers[cls] = None
        return None
    ns: dict[str, Any] = {"_enter": _enter, "_finder": finder, "_walkers": walkers}
    ns["_str"], ns["_tuple"], ns["_unknown"] = str, tuple, _UNKNOWN
    lines = ["def walk(v, path, out):"]
    if wanted:
        lines.append("    out.append((path, v))")
    for name, is_text in plan:
        lines.append(f"    x = v.{name}")
        if is_text:
            lines.append(f"    if x.__class__ is _str: out.append(((*path, {name!r}), x))")
            continue
        lines += [
            "    if x is not None:",
            "        if x.__class__ is _tuple:",
            f"            p = (*path, {name!r})",
            "            for n, y in enumerate(x):",
            "                w = _walkers.get(y.__class__, _unknown)",
            "                if w is _unknown:",
            "                    _enter(_walkers, _finder, y, (*p, n), out)",
            "                elif w is not None:",
            "                    w(y, (*p, n), out)",
            "        else:",
            "            w = _walkers.get(x.__class__, _unknown)",
            "            if w is _unknown:",
            f"                _enter(_walkers, _finder, x, (*path, {name!r}), out)",
            "            elif w is not None:",
            f"                w(x, (*path, {name!r}), out)",
        ]
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<pelayanan walk {cls.__qualname__}>", "exec"), ns)  # noqa: S102
    walker: _Walker = ns["walk"]
    walkers[cls] = walker
    return walker


PARTS = Finder(
    (
        Citation,
        ContactPoint,
        ComplaintChannel,
        DeliveryChannel,
        Official,
        Executor,
        Establishment,
        DocumentRef,
    ),
    fields=frozenset({"url", "website"}),
    suffixes=("_url",),
)
"""The parts of a document the LB, CT and CO rules look at (citations, contacts, channels, people,
decrees, documents, web addresses), found in one walk and kept for the document last walked."""
