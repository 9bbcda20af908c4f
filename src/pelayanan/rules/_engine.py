"""The rule engine: rules as data plus one check, and the registry that holds them.

Public through :mod:`pelayanan.rules`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .._base.errors import PelayananError
from .._base.labels import Label, LabelledEnum, Lang, register_labels, render_value
from .._base.text import PLACEHOLDERS, is_placeholder
from ..io.documents import DOCUMENT_KINDS
from ..law import CATALOGUE, Citation
from ..participation.complaints import COMPLAINT_POLICY, ComplaintPolicy

if TYPE_CHECKING:
    from ..participation.surveys import QuestionnaireVersion
    from .index import Index

__all__ = [
    "BUILTIN_RULES",
    "Check",
    "Context",
    "DuplicateRuleError",
    "Issue",
    "Registry",
    "Rule",
    "RuleDefinitionError",
    "Severity",
    "UnknownRuleCodeError",
    "ValidationConfig",
    "cite",
    "rule",
    "select_rules",
]


@functools.total_ordering
class Severity(LabelledEnum):
    """How serious a finding is.

    * ``error``: a verified legal text says *wajib* (must) or forbids, and the data breaks it; or
      the data contradicts itself (an integrity rule);
    * ``warning``: guidance, a scoring form (PEKPPP), practice or an UNVERIFIED text is not
      followed;
    * ``info``: worth knowing, nothing to fix.

    A rule whose legal text is UNVERIFIED is never an error by definition
    (:class:`RuleDefinitionError`); whoever has checked the text raises it with
    :attr:`ValidationConfig.severity_overrides`.

    Severities order from info to error: ``Severity.ERROR > Severity.WARNING``.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """3 for errors, 2 for warnings, 1 for information."""
        return _SEVERITY_RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_SEVERITY_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}
register_labels(
    Severity,
    {
        Severity.ERROR: ("kesalahan", "error"),
        Severity.WARNING: ("peringatan", "warning"),
        Severity.INFO: ("informasi", "info"),
    },
)


class DuplicateRuleError(PelayananError, ValueError):
    """Two rules with one code would be in force on the same day, or a frozen registry was changed."""


class UnknownRuleCodeError(PelayananError, ValueError):
    """A ``select`` or ``ignore`` prefix starts no code the validator knows.

    A typo there (``SP02O`` for ``SP020``) would otherwise silently check nothing, or everything.
    """

    def __init__(self, parameter: str, codes: Iterable[str]) -> None:
        self.parameter = parameter
        """``"select"`` or ``"ignore"``."""
        self.codes = tuple(codes)
        """The prefixes that start no code."""
        super().__init__(f"{parameter}: no rule code starts with {', '.join(self.codes)}")


@attrs.frozen
class ValidationConfig:
    """Figures the rules use that the law leaves open or that are UNVERIFIED; change them here.

    Defaults follow ``docs/sources/regulations.md``; each says where it comes from.
    """

    review_interval_months: int = 12
    """A standard not reviewed for longer is "due for review". PEKPPP scores yearly review 5,
    two-yearly 3, three-yearly or rarer 1 (regulations.md §3.3); no statutory maximum was found."""
    min_community_categories: int = 2
    """Participation is "diverse" (UU 25/2009 Pasal 20 ayat (4)) with at least this many
    *unsur masyarakat*; the threshold is a design choice (regulations.md R07)."""
    min_publication_media: int = 2
    """PEKPPP expects service-delivery components on at least two media, SIPPN among them."""
    placeholders: frozenset[str] = PLACEHOLDERS
    """Texts that fill a field without saying anything (compared lower-cased, spaces collapsed);
    the default is :data:`pelayanan._base.text.PLACEHOLDERS`, the one list every count uses."""
    complaint_policy: ComplaintPolicy = COMPLAINT_POLICY
    """The time limits on complaints (rules PG001–PG007), each with its unit: 30 and 60 days,
    the UNVERIFIED 14-day response, SP4N-LAPOR!'s 3 and 5 working days (regulations.md §1.16, §7)."""
    severity_overrides: Mapping[str, Severity] = attrs.field(factory=dict)
    """Change a rule's severity by code, e.g. ``{"SP022": Severity.ERROR}``.

    This is how an UNVERIFIED rule becomes an error: a rule whose legal text was not seen is at
    most a warning, and whoever has checked the text (against the JDIH or BPK copy) raises it here.
    Its findings still say ``verified: false``, since the library's data has not changed; lower a
    rule the same way (``Severity.INFO``), or leave it out with ``ignore``."""
    survey_questionnaires: Mapping[str, QuestionnaireVersion] | None = None
    """The SKM questionnaire versions the survey rules (SK) apply, by instrument key: elements,
    grade table and its rounding, sample-size rule, minimum frequency. ``None`` means
    :data:`pelayanan.participation.surveys.QUESTIONNAIRES`; pass versions built with :func:`attrs.evolve` to apply
    another reading of an UNVERIFIED figure (regulations.md §5)."""

    def is_placeholder(self, text: str) -> bool:
        """Whether ``text`` says nothing: blank, a dash, "n/a", "tidak ada", ..."""
        return is_placeholder(text, self.placeholders)


@attrs.frozen
class Context:
    """What a rule's check sees besides the document: the date, the configuration, the others."""

    as_of: dt.date
    """The date the check is for; rules never read the clock."""
    config: ValidationConfig = ValidationConfig()
    index: Index | None = None
    """The other documents of the run (only for cross-document rules)."""


@attrs.frozen(init=False)
class Issue:
    """What a check yields: where the problem is, and the values its message needs.

    ``path`` is relative to the document (``("fee", "amount")``); ``variant`` picks one of the rule's
    messages when it has several; keyword arguments fill the message's placeholders.
    """

    path: tuple[str | int, ...]
    variant: str
    params: Mapping[str, object]

    def __init__(
        self, path: Sequence[str | int] = (), variant: str = "default", **params: object
    ) -> None:
        self.__attrs_init__(tuple(path), variant, params)


D = TypeVar("D")
"""The document class a rule checks."""

Check = Callable[[D, Context], Iterable[Issue]]
"""A check: called with the document and the :class:`Context`, gives an :class:`Issue` per problem
(a generator, or a sequence such as ``()`` when there is none)."""

_CODE = re.compile(r"[A-Z]{2}[0-9]{3}")
_VARIANT = re.compile(r"[a-z][a-z0-9_]*")


class RuleDefinitionError(PelayananError, ValueError):
    """A rule is defined wrongly: a bad code, no basis, an unknown kind, mismatched messages.

    Raised when the rule is made or registered, so that a typo can never leave a rule that
    silently never runs.
    """


def _label(value: Label | tuple[str, str]) -> Label:
    return value if isinstance(value, Label) else Label(*value)


def _fields(template: str, code: str, what: str) -> frozenset[str]:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        msg = f"rule {code}: {what} is not a valid message template ({exc}): {template!r}"
        raise RuleDefinitionError(msg) from None
    names = set()
    for _, name, _, _ in parsed:
        if name is None:
            continue
        if not name.isidentifier():
            msg = f"rule {code}: {what} has a placeholder {{{name}}} that is not a plain name"
            raise RuleDefinitionError(msg)
        names.add(name)
    return frozenset(names)


def _check_messages(code: str, labels: Mapping[str, Label]) -> None:
    """Both languages of every message, title and hint use the same placeholders."""
    for variant, label in labels.items():
        if not _VARIANT.fullmatch(variant):
            msg = f"rule {code}: message variant {variant!r} is not a lower-case name"
            raise RuleDefinitionError(msg)
        if not label.id.strip() or not label.en.strip():
            if variant == "hint":
                continue
            msg = f"rule {code}: {variant} needs both an Indonesian and an English text"
            raise RuleDefinitionError(msg)
        id_fields = _fields(label.id, code, f"{variant} (id)")
        en_fields = _fields(label.en, code, f"{variant} (en)")
        if id_fields != en_fields:
            msg = (
                f"rule {code}: the Indonesian and English {variant} use different placeholders "
                f"({', '.join(sorted(id_fields)) or '-'} / {', '.join(sorted(en_fields)) or '-'})"
            )
            raise RuleDefinitionError(msg)


@attrs.frozen
class Rule(Generic[D]):
    """One compliance rule: what it checks, how serious, on what legal basis, and when.

    ``D`` is the document class the check reads (``Rule[ServiceStandard]``). A rule either rests
    on the law or is an *integrity* rule (``integrity=True``): the data contradicts itself (ids not
    unique, a reference that does not resolve, a period that ends before it starts) and no legal
    citation is needed or borrowed.

    A rule on the law names, among its ``basis``, the :attr:`obligation`: the citation that
    *creates* the duty checked (UU 25/2009 Pasal 21 for a component of the standard). The other
    citations support it (an implementing regulation, a guideline that details the duty); the rule
    is in force from the day the obligation is, not from the day the latest support came out.
    """

    code: str
    """Stable identifier, e.g. ``"SP001"``; letters say the subject (SP standards, MK charters)."""
    title: Label
    messages: Mapping[str, Label]
    """Message templates by variant; ``"default"`` always exists. ``{name}`` placeholders are filled
    from the issue."""
    severity: Severity
    basis: tuple[Citation, ...]
    kinds: frozenset[str]
    """The document kinds the rule applies to (``"service_standard"``, ...)."""
    check: Callable[[D, Context], Iterable[Issue]] = attrs.field(repr=False, eq=False)
    hint: Label = attrs.field(factory=lambda: Label("", ""))
    in_force_from: dt.date | None = None
    in_force_until: dt.date | None = None
    """The first day the rule no longer applies (exclusive), or ``None``."""
    cross_document: bool = False
    """Whether the check needs the other documents of the run (``context.index``)."""
    verified: bool = True
    """``False`` when the legal text behind the rule is UNVERIFIED (see :attr:`note`)."""
    note: str = ""
    integrity: bool = False
    """Whether this is an integrity rule (the data contradicts itself; no legal basis)."""
    variant_severities: Mapping[str, Severity] = attrs.field(factory=dict)
    """The severity of a message variant where the law weighs that case differently (a
    management component absent from a published part is ``info``, not an error)."""

    def severity_of(self, issue: Issue) -> Severity:
        """The severity of the finding ``issue`` makes: its variant's, else the rule's."""
        return self.variant_severities.get(issue.variant, self.severity)

    obligation: Citation | None = attrs.field(
        default=attrs.Factory(lambda self: self.basis[0] if self.basis else None, takes_self=True)
    )
    """The citation in :attr:`basis` that creates the duty the rule checks (by default the first);
    ``None`` for an integrity rule."""

    def __attrs_post_init__(self) -> None:
        if not _CODE.fullmatch(self.code):
            msg = f"rule code {self.code!r} is not two capital letters and three digits"
            raise RuleDefinitionError(msg)
        if not self.kinds:
            msg = f"rule {self.code} applies to no document kind"
            raise RuleDefinitionError(msg)
        if self.integrity and self.basis:
            msg = f"rule {self.code} is an integrity rule: it cites no legal basis"
            raise RuleDefinitionError(msg)
        if not self.integrity and not self.basis:
            msg = f"rule {self.code} needs at least one citation (or integrity=True)"
            raise RuleDefinitionError(msg)
        if self.obligation is not None and self.obligation not in self.basis:
            msg = f"rule {self.code}: its obligation {self.obligation} is not among its citations"
            raise RuleDefinitionError(msg)
        if not self.verified and self.severity is Severity.ERROR:
            msg = (
                f"rule {self.code} rests on UNVERIFIED legal text, so it is at most a warning; "
                "whoever has checked the text raises it with ValidationConfig.severity_overrides"
            )
            raise RuleDefinitionError(msg)
        if "default" not in self.messages:
            msg = f"rule {self.code} has no default message"
            raise RuleDefinitionError(msg)
        unknown = sorted(set(self.variant_severities) - set(self.messages))
        if unknown:
            msg = f"rule {self.code} gives a severity to variants it has no message for: {unknown}"
            raise RuleDefinitionError(msg)
        _check_messages(self.code, {"title": self.title, "hint": self.hint, **self.messages})

    def in_force(self, on: dt.date) -> bool:
        """Whether the rule applies to a check made for ``on``."""
        starts, ends = self.in_force_from, self.in_force_until
        return (starts is None or starts <= on) and (ends is None or on < ends)

    @property
    def dates_verified(self) -> bool:
        """Whether the start of the obligation's instrument (:attr:`in_force_from`) was seen.

        ``True`` for an integrity rule, which has no instrument.
        """
        return self.obligation is None or self.obligation.instrument.dates_verified

    def message(self, issue: Issue, lang: Lang = "id") -> str:
        """The message for ``issue`` in ``lang``, with its placeholders filled."""
        template = self.messages.get(issue.variant, self.messages["default"]).text(lang)
        return template.format_map(_Rendered(issue.params, lang))


class _Rendered(dict[str, str]):
    """Message parameters rendered for one language; a missing one shows as ``{name}``."""

    def __init__(self, params: Mapping[str, object], lang: Lang) -> None:
        super().__init__()
        self._params = params
        self._lang = lang

    def __missing__(self, key: str) -> str:
        if key not in self._params:
            return "{" + key + "}"
        return render_value(self._params[key], self._lang)


def cite(key: str, **parts: str) -> Citation:
    """A citation into a catalogue instrument: ``cite("uu-25-2009", article="21", letter="j")``."""
    return Citation(CATALOGUE[key], **parts)


def rule(
    code: str,
    *,
    kinds: Iterable[str],
    severity: Severity,
    title: Label | tuple[str, str],
    message: Label | tuple[str, str],
    basis: Sequence[Citation] = (),
    obligation: Citation | None = None,
    hint: Label | tuple[str, str] = ("", ""),
    variants: Mapping[str, Label | tuple[str, str]] | None = None,
    in_force_from: dt.date | None = None,
    in_force_until: dt.date | None = None,
    cross_document: bool = False,
    verified: bool = True,
    note: str = "",
    integrity: bool = False,
    variant_severities: Mapping[str, Severity] | None = None,
) -> Callable[[Callable[[D, Context], Iterable[Issue]]], Rule[D]]:
    """Turn a check function into a :class:`Rule` (use as a decorator).

    ``obligation`` is the citation that creates the duty checked (default: the first of ``basis``;
    one not in ``basis`` is put first), and ``in_force_from`` defaults to the day its instrument
    came into force: a rule on UU 25/2009 Pasal 21 that also cites the later Permenpan RB 15/2014
    applies from 2009-07-18. Give ``in_force_from`` where the obligation binds later (after a
    transition period). The definition is checked at once (:class:`RuleDefinitionError`): the
    code's form, a basis or ``integrity=True``, the same placeholders in the Indonesian and
    English texts, and no error severity on UNVERIFIED text. A :class:`Registry` also checks the
    document kinds when the rule is added.
    """
    citations = tuple(basis)
    if obligation is not None and obligation not in citations:
        citations = (obligation, *citations)
    duty = obligation if obligation is not None else (citations[0] if citations else None)
    starts = in_force_from
    if starts is None and duty is not None:
        starts = duty.instrument.starts

    def decorate(check: Callable[[D, Context], Iterable[Issue]]) -> Rule[D]:
        messages = {"default": _label(message)}
        messages.update({k: _label(v) for k, v in (variants or {}).items()})
        return Rule(
            code=code,
            title=_label(title),
            messages=messages,
            severity=severity,
            basis=citations,
            kinds=frozenset(kinds),
            check=check,
            hint=_label(hint),
            in_force_from=starts,
            in_force_until=in_force_until,
            cross_document=cross_document,
            verified=verified,
            note=note,
            integrity=integrity,
            variant_severities=dict(variant_severities or {}),
            obligation=duty,
        )

    return decorate


class Registry:
    """A set of rules, indexed by code; several versions of a code may cover different periods.

    Rules are registered in one step, ``@registry.rule(...)`` on the check function; the
    registry refuses a rule for a document kind that does not exist and a second version of a
    code in force on the same day. :data:`BUILTIN_RULES` is frozen; :meth:`copy` gives a
    registry you can add to.
    """

    def __init__(self, rules: Iterable[Rule[Any]] = (), *, frozen: bool = False) -> None:
        self._rules: list[Rule[Any]] = []
        self._cache: dict[tuple[str, dt.date, bool], tuple[Rule[Any], ...]] = {}
        self._frozen = False
        for r in rules:
            self.add(r)
        self._frozen = frozen

    def add(self, new: Rule[D]) -> Rule[D]:
        """Add ``new``; refuses an unknown document kind or an overlapping version of its code."""
        if self._frozen:
            msg = "this registry is frozen; add rules to BUILTIN_RULES.copy()"
            raise DuplicateRuleError(msg)
        unknown = sorted(new.kinds - _document_kinds())
        if unknown:
            msg = (
                f"rule {new.code} names document kinds that do not exist: {', '.join(unknown)} "
                f"(known: {', '.join(sorted(_document_kinds()))})"
            )
            raise RuleDefinitionError(msg)
        for old in self._all():
            if old.code == new.code and _overlap(old, new):
                msg = f"two versions of rule {new.code} would be in force at the same time"
                raise DuplicateRuleError(msg)
        self._rules.append(new)
        self._cache = {}
        return new

    def rule(
        self,
        code: str,
        **kwargs: Any,  # noqa: ANN401  (the keywords of rule())
    ) -> Callable[[Callable[[D, Context], Iterable[Issue]]], Rule[D]]:
        """Decorator: make a rule with :func:`rule` and add it to this registry, in one step."""
        make: Callable[[Callable[[D, Context], Iterable[Issue]]], Rule[D]] = rule(code, **kwargs)

        def decorate(check: Callable[[D, Context], Iterable[Issue]]) -> Rule[D]:
            return self.add(make(check))

        return decorate

    def _all(self) -> list[Rule[Any]]:
        return self._rules

    def copy(self) -> Registry:
        """A new, unfrozen registry with the same rules."""
        return Registry(self._all())

    def __iter__(self) -> Iterator[Rule[Any]]:
        return iter(sorted(self._all(), key=lambda r: (r.code, r.in_force_from or dt.date.min)))

    def __len__(self) -> int:
        return len(self._all())

    def codes(self) -> list[str]:
        """Every rule code, sorted, once."""
        return sorted({r.code for r in self._all()})

    def get(self, code: str, on: dt.date) -> Rule[Any] | None:
        """The version of rule ``code`` in force on ``on``, if any."""
        return next((r for r in self._all() if r.code == code and r.in_force(on)), None)

    def applicable(
        self, kind: str, on: dt.date, *, cross_document: bool = False
    ) -> tuple[Rule[Any], ...]:
        """The rules for documents of ``kind`` in force on ``on``, sorted by code."""
        key = (kind, on, cross_document)
        found = self._cache.get(key)
        if found is None:
            found = tuple(
                sorted(
                    (
                        r
                        for r in self._all()
                        if kind in r.kinds and r.in_force(on) and r.cross_document == cross_document
                    ),
                    key=lambda r: r.code,
                )
            )
            self._cache[key] = found
        return found


class _BuiltinRegistry(Registry):
    """The rules :mod:`pelayanan` ships, frozen, read from their modules when first used.

    Loading them costs a third of a second; a program that only loads documents, or a command
    such as ``pelayanan --version``, never pays it.
    """

    def __init__(self) -> None:
        super().__init__(frozen=True)
        self._loaded = False

    def _all(self) -> list[Rule[Any]]:
        if not self._loaded:
            from ._builtin import BUILTIN  # noqa: PLC0415  (the rule modules import this one)

            self._loaded = True  # before adding: add() reads the rules loaded so far
            self._frozen = False
            try:
                for new in BUILTIN:
                    self.add(new)
            finally:
                self._frozen = True
        return self._rules


BUILTIN_RULES: Registry = _BuiltinRegistry()
"""The rules :mod:`pelayanan` ships, frozen; ``BUILTIN_RULES.copy()`` to add your own."""

_KINDS: frozenset[str] = frozenset(DOCUMENT_KINDS)


def _document_kinds() -> frozenset[str]:
    return _KINDS


def _overlap(a: Rule[Any], b: Rule[Any]) -> bool:
    a_start, b_start = a.in_force_from or dt.date.min, b.in_force_from or dt.date.min
    a_end, b_end = a.in_force_until or dt.date.max, b.in_force_until or dt.date.max
    return a_start < b_end and b_start < a_end


def select_rules(
    rules: Iterable[Rule[Any]], select: Iterable[str] | None, ignore: Iterable[str] | None
) -> list[Rule[Any]]:
    """Keep rules whose code starts with one of ``select`` (all if ``None``) and none of ``ignore``."""
    chosen = tuple(s.strip().upper() for s in select or () if s.strip())
    dropped = tuple(s.strip().upper() for s in ignore or () if s.strip())
    return [
        r
        for r in rules
        if (not chosen or r.code.startswith(chosen))
        and not (dropped and r.code.startswith(dropped))
    ]
