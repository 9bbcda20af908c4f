"""Markdown generated from the code, so that the reference pages cannot drift from it.

Every function here returns MyST Markdown text and imports nothing from Sphinx, so that the tests
can call it directly (``tests/test_docs.py``). :mod:`pelayanan_docs` writes the results into
``docs/reference/generated/`` at the start of each build, and the hand-written pages pull them in
with ``{include}``. Nothing generated is committed.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import datetime as dt
import decimal
import enum
import functools
import importlib
import inspect
import itertools
import os
import pkgutil
import re
import textwrap
import types
import typing
from collections.abc import Callable, Iterable, Iterator

import attrs

import pelayanan
from pelayanan.cli._main import _parser
from pelayanan.evaluation.ombudsman import OMBUDSMAN_SCHEMES, OmbudsmanBand, OmbudsmanScheme
from pelayanan.evaluation.performance import PEKPPP_INSTRUMENTS
from pelayanan.io.documents import DOCUMENT_KINDS
from pelayanan.law import CATALOGUE, Citation, Instrument, Topic
from pelayanan.model.components import Component
from pelayanan.participation.complaints import COMPLAINT_POLICY, ComplaintDeadlineKind
from pelayanan.participation.cycle import GUARDS
from pelayanan.participation.surveys import KREJCIE_MORGAN_TABLE, QUESTIONNAIRES
from pelayanan.rules import BUILTIN_RULES, Registry, Rule, validation

from .import_reference import import_reference

__all__ = [
    "CLI_COLUMNS",
    "GENERATORS",
    "WINGS",
    "canonical_target",
    "cli_help",
    "cli_reference",
    "command_names",
    "component_equivalents",
    "component_glossary",
    "component_table",
    "home",
    "home_of",
    "instrument_catalogue",
    "json_fields",
    "public_modules",
    "reexports",
    "resolve",
    "rule_catalogue",
    "structural_codes",
    "top_level_names",
    "unverified_figures",
    "wing_of",
    "wing_table",
]

CLI_COLUMNS = 88
"""The terminal width the CLI reference is rendered at (``COLUMNS``); the tests use the same."""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~{}$])")


def escape(text: str) -> str:
    """Text as literal Markdown: every character Markdown or MyST would interpret is escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


_RST_ROLE = re.compile(r":(class|func|meth|attr|data|mod|exc|obj):`([^`]+)`")


def rst_to_markdown(text: str) -> str:
    """A docstring sentence (reStructuredText) as MyST Markdown for a table cell."""
    text = " ".join(text.split())
    text = re.sub(r"``([^`]+)``", r"`\1`", text)
    text = _RST_ROLE.sub(r"{py:\1}`\2`", text)
    return text.replace("|", "\\|")


def _date(value: dt.date | None, open_end: str = "…") -> str:
    return value.isoformat() if value is not None else open_end


# --- the public API ------------------------------------------------------------------------------

WINGS: tuple[tuple[str, str], ...] = (
    ("law", "instruments, citations and the catalogue of instruments"),
    ("time", "working days, holidays, opening hours, durations, time zones"),
    ("model", "providers, services, standards, components, charters, shared records"),
    ("participation", "consultation forums, surveys, complaints, other forms, the policy cycle"),
    ("io", "documents as JSON: loading, writing, the document kinds"),
    ("rules", "the rule engine, the built-in rules, the index of a run, validation"),
    ("evaluation", "evaluation inputs, PEKPPP, the Ombudsman's schemes, compliance summaries"),
    ("cli", "the command line"),
)
"""The wings of the package, lowest first: each imports only the wings before it (and the private
``_base``). ``pelayanan.strategies`` sits on top of them all; the architecture page draws this."""


def _is_private(module_name: str) -> bool:
    return any(part.startswith("_") for part in module_name.split(".")[1:])


@functools.cache
def _public_module_names() -> tuple[str, ...]:
    walked = pkgutil.walk_packages(pelayanan.__path__, "pelayanan.")
    return tuple(sorted(["pelayanan", *(i.name for i in walked if not _is_private(i.name))]))


def public_modules() -> list[str]:
    """Every public module, the package included, found by walking it (sorted).

    A module is public when no part of its name after ``pelayanan`` starts with an underscore.
    """
    return list(_public_module_names())


def wing_of(module_name: str) -> str | None:
    """The API page a public module is documented on: its wing (``participation``), or ``None``
    for the package itself, which the API index documents."""
    parts = module_name.split(".")
    return parts[1] if len(parts) > 1 else None


@functools.cache
def _exporters() -> dict[int, list[tuple[str, str]]]:
    """id of each exported object → every (public module, name) exporting it, in module order."""
    found: dict[int, list[tuple[str, str]]] = {}
    for module_name in _public_module_names():
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            found.setdefault(id(getattr(module, name)), []).append((module_name, name))
    return found


def _shared_prefix(first: str, second: str) -> int:
    count = 0
    for a, b in zip(first.split("."), second.split("."), strict=False):
        if a != b:
            break
        count += 1
    return count


def home_of(obj: object) -> str | None:
    """The full name under which an exported object is documented; ``None`` if no public module
    exports it.

    An object is documented once, in its home:

    * a class or function that a public module both defines and exports lives there
      (``pelayanan.rules.index.Index``, although :mod:`pelayanan.rules.validation` exports it too);
    * anything else lives in the public module of a wing that exports it, the one nearest to where
      it is defined: the classes of a private module (``pelayanan.participation._survey_model``)
      live in the public module that exports them (``pelayanan.participation.surveys.IkmResult``),
      a constant in the wing module that exports it (``pelayanan.rules.BUILTIN_RULES``);
    * what only the package exports (the errors, :class:`~pelayanan.Label`) lives on the package
      page: ``pelayanan.Label``.
    """
    exporters = _exporters().get(id(obj))
    if not exporters:
        return None
    defined_in = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if (
        (inspect.isclass(obj) or inspect.isfunction(obj))
        and isinstance(defined_in, str)
        and (defined_in, qualname) in exporters
    ):
        return f"{defined_in}.{qualname}"
    in_wings = [(m, n) for m, n in exporters if m != "pelayanan"] or exporters
    if isinstance(defined_in, str):
        in_wings = sorted(in_wings, key=lambda exporter: -_shared_prefix(exporter[0], defined_in))
    return f"{in_wings[0][0]}.{in_wings[0][1]}"


def home(module_name: str, name: str) -> str:
    """The full name under which ``module_name.name`` is documented (:func:`home_of` it)."""
    obj = getattr(importlib.import_module(module_name), name)
    return home_of(obj) or f"{module_name}.{name}"


def canonical_target(name: str) -> str | None:
    """Where the object exported as ``pelayanan.<name>`` is documented (``None`` if it is not
    exported): its :func:`home`."""
    if name not in pelayanan.__all__:
        return None
    return home("pelayanan", name)


def reexports(module_name: str) -> list[tuple[str, str]]:
    """The names ``module_name`` exports but documents elsewhere: (name, home) pairs."""
    module = importlib.import_module(module_name)
    found = []
    for name in getattr(module, "__all__", ()):
        target = home(module_name, name)
        if target != f"{module_name}.{name}":
            found.append((name, target))
    return found


def resolve(target: str) -> str | None:
    """A dotted name (``pelayanan.participation._survey_model.Grade.A``) rewritten to start at the
    home of the object it names (``pelayanan.participation.surveys.Grade.A``); ``None`` when it
    names nothing in the package."""
    parts = target.split(".")
    if parts[0] != "pelayanan":
        return None
    for split in range(len(parts) - 1, 0, -1):
        module_name = ".".join(parts[:split])
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        name, rest = parts[split], parts[split + 1 :]
        found = home_of(getattr(module, name, None))
        return ".".join([found, *rest]) if found else None
    return None


def _kind_of_object(obj: object) -> str:  # noqa: PLR0911  (one answer per kind)
    if inspect.isclass(obj):
        if issubclass(obj, BaseException):
            return "exception"
        if issubclass(obj, Warning):
            return "warning"
        if issubclass(obj, enum.Enum):
            return "enumeration"
        return "class"
    if inspect.isfunction(obj):
        return "function"
    if isinstance(obj, types.UnionType) or typing.get_origin(obj) is not None:
        return "type alias"
    return "constant"


def top_level_names() -> str:
    """A table of everything ``import pelayanan`` gives, each linked to its home."""
    lines = ["| Name | What | Home |", "|---|---|---|"]
    for name in pelayanan.__all__:
        if name.startswith("__"):
            continue
        target = home("pelayanan", name)
        module = target.rsplit(".", 1)[0]
        where = "this page" if module == "pelayanan" else f"{{py:mod}}`{module}`"
        lines.append(
            f"| {{py:obj}}`{name} <{target}>` | {_kind_of_object(getattr(pelayanan, name))} "
            f"| {where} |"
        )
    return "\n".join(lines) + "\n"


def wing_table() -> str:
    """The stack of wings, the top layer first: what each holds and its public modules."""
    modules = public_modules()
    lines = ["| Layer | Wing | What it holds | Public modules |", "|---|---|---|---|"]
    lines.append(
        "| top | {py:mod}`pelayanan.strategies` | Hypothesis strategies for every model "
        "(needs `pelayanan[strategies]`) | the module itself |"
    )
    for layer, (wing, holds) in reversed(list(enumerate(WINGS, start=1))):
        members = [m for m in modules if wing_of(m) == wing and m != f"pelayanan.{wing}"]
        shown = ", ".join(
            f"{{py:mod}}`{m.removeprefix(f'pelayanan.{wing}.')} <{m}>`" for m in members
        )
        lines.append(
            f"| {layer} | {{py:mod}}`pelayanan.{wing}` | {holds} | {shown or 'the wing itself'} |"
        )
    lines.append(
        "| base | `pelayanan._base` (private) | errors, bilingual labels, exact numbers, "
        "validators, a frozen mapping, the version | — |"
    )
    return "\n".join(lines) + "\n"


# --- the rule catalogue --------------------------------------------------------------------------

_SUBJECTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "SP": (
        "Standar pelayanan",
        "service standards",
        ("pelayanan.model.standards.ServiceStandard",),
    ),
    "MK": ("Maklumat pelayanan", "service charters", ("pelayanan.model.charters.ServiceCharter",)),
    "PV": ("Penyelenggara", "providers and their units", ("pelayanan.model.providers.Provider",)),
    "SV": ("Jenis pelayanan", "services", ("pelayanan.model.services.Service",)),
    "FK": (
        "Forum Konsultasi Publik",
        "public consultation forums",
        ("pelayanan.participation.consultation.ConsultationForum",),
    ),
    "SK": (
        "Survei Kepuasan Masyarakat",
        "satisfaction surveys",
        ("pelayanan.participation.surveys.SatisfactionSurvey",),
    ),
    "PG": ("Pengaduan", "complaints", ("pelayanan.participation.complaints.Complaint",)),
    "PM": (
        "Peran serta masyarakat",
        "cooperation, oversight bodies and taking part in policy",
        (
            "pelayanan.participation.forms.CooperationAgreement",
            "pelayanan.participation.forms.OversightBody",
            "pelayanan.participation.forms.PolicyParticipation",
        ),
    ),
    "PC": ("Siklus kebijakan", "the policy cycle", ("pelayanan.participation.cycle.PolicyCycle",)),
    "LB": (
        "Dasar hukum",
        "the legal basis a document cites",
        ("pelayanan.model.standards.ServiceStandard", "pelayanan.model.providers.Provider"),
    ),
    "TL": (
        "Jangka waktu",
        "time limits",
        ("pelayanan.model.standards.ServiceStandard",),
    ),
    "CT": (
        "Kontak dan identitas",
        "contacts and identifiers",
        (
            "pelayanan.model.records.ContactPoint",
            "pelayanan.model.standards.ComplaintChannel",
            "pelayanan.model.providers.DeliveryChannel",
            "pelayanan.model.records.Official",
            "pelayanan.model.providers.Executor",
        ),
    ),
    "CO": (
        "Konsistensi",
        "a document that contradicts itself",
        ("pelayanan.model.records.Establishment", "pelayanan.model.records.DocumentRef"),
    ),
}
"""Headings for the code prefixes, in the order the catalogue shows them (the model's, from the
standard to the policy cycle, then the defects found in any document: legal basis, time limits,
contacts, consistency), and the classes each checks; a prefix not listed here (a local rule's, for
instance) comes last, with a heading from its document kinds."""

_SCOPES: dict[str, str] = {
    "LB": "documents (LB005 on the provider, against the standards of its units in the run)",
    "CT": "values, in every kind of document that holds them",
    "CO": "records and citations, in every kind of document that holds them",
}
"""How the "Checks on ..." sentence ends for subjects that look at values, not whole documents."""


def _subject_heading(prefix: str, rules: list[Rule]) -> tuple[str, tuple[str, ...]]:
    if prefix in _SUBJECTS:
        indonesian, english, targets = _SUBJECTS[prefix]
        return f"{indonesian} ({english}): {prefix} rules", targets
    kinds = sorted({k for r in rules for k in r.kinds})
    return f"{prefix} rules ({', '.join(kinds)})", ()


def _joined(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _anchor(code: str) -> str:
    return f"rule-{code.lower()}"


def _basis(rule: Rule) -> str:
    return "; ".join(f"{escape(str(c))} (*{escape(c.instrument.title)}*)" for c in rule.basis)


def _period(rule: Rule) -> str:
    start = _date(rule.in_force_from, "always")
    end = f"until {rule.in_force_until.isoformat()} (exclusive)" if rule.in_force_until else ""
    return f"from {start} {end}".strip()


def _by_code(registry: Registry) -> dict[str, list[Rule]]:
    grouped: dict[str, list[Rule]] = {}
    for r in registry:
        grouped.setdefault(r.code, []).append(r)
    return grouped


def rule_catalogue(registry: Registry = BUILTIN_RULES) -> str:
    """Every rule of ``registry``: a summary table, then each code with every version of it."""
    grouped = _by_code(registry)
    out = [
        (
            f"The registry holds **{len(grouped)} rule codes** in **{len(registry)} versions** "
            "(a code has one version per period in force).\n"
        ),
        "| Code | Severity | Title | In force | Applies to |",
        "|---|---|---|---|---|",
    ]
    for code, versions in grouped.items():
        first, last = versions[0], versions[-1]
        period = f"{_date(first.in_force_from, '…')} – {_date(last.in_force_until)}"
        severities = "/".join(dict.fromkeys(v.severity.value for v in versions))
        kinds = ", ".join(f"`{k}`" for k in sorted(first.kinds))
        out.append(
            f"| {{ref}}`{code} <{_anchor(code)}>` | {severities} | {escape(last.title.en)} "
            f"| {period} | {kinds} |"
        )
    out.append("")
    by_prefix: dict[str, list[str]] = {}
    for code in grouped:
        by_prefix.setdefault(code[:2], []).append(code)
    order = list(_SUBJECTS)
    subjects = sorted(by_prefix, key=lambda p: (order.index(p) if p in order else len(order), p))
    for prefix in subjects:
        codes = by_prefix[prefix]
        heading, targets = _subject_heading(prefix, [r for c in codes for r in grouped[c]])
        out.append(f"## {heading}\n")
        if targets:
            classes = _joined([f"{{py:class}}`~{target}`" for target in targets])
            out.append(f"Checks on {classes} {_SCOPES.get(prefix, 'documents')}.\n")
        for code in codes:
            out.extend(_rule_section(code, grouped[code]))
    return "\n".join(out) + "\n"


def _rule_section(code: str, versions: list[Rule]) -> Iterator[str]:
    latest = versions[-1]
    yield f"({_anchor(code)})="
    yield f"### {code}: {escape(latest.title.en)}\n"
    yield f"*{escape(latest.title.id)}*\n"
    for rule in versions:
        if len(versions) > 1:
            yield f"**Version in force {_period(rule)}**\n"
        yield f"Severity\n: {rule.severity.value} (*{rule.severity.label.id}*)\n"
        yield f"In force\n: {_period(rule)}\n"
        cross = " (compared with the other documents of the run)" if rule.cross_document else ""
        kinds = ", ".join(f"`{k}`" for k in sorted(rule.kinds))
        yield f"Applies to\n: {kinds}{cross}\n"
        basis = "none: an integrity rule (the data contradicts itself)" if rule.integrity else ""
        yield f"Legal basis\n: {basis or _basis(rule)}\n"
        verified = "verified" if rule.verified else "**UNVERIFIED**"
        note = f"; {escape(rule.note)}" if rule.note else ""
        dates = (
            "" if rule.dates_verified else "; the dates of an instrument behind it are unverified"
        )
        yield f"Legal text\n: {verified}{note}{dates}\n"
        for variant, label in rule.messages.items():
            which = "Message" if variant == "default" else f"Message ({escape(variant)})"
            yield f"{which}\n: {escape(label.en)}\n: *{escape(label.id)}*\n"
        if rule.hint.en:
            yield f"Hint\n: {escape(rule.hint.en)}\n: *{escape(rule.hint.id)}*\n"


def structural_codes() -> list[tuple[str, str, str, str]]:
    """The ``PL`` codes for data that does not load: (code, English title, message, hint)."""
    found = [
        (code, title.en, message.en, hint.en)
        for code, title, message, hint in validation._STRUCTURAL.values()
    ]
    found.append(
        (
            validation._RULE_FAILED,
            "A rule could not run",
            "rule {code} could not run: {error}",
            "Report it: a rule met data it did not expect. The other rules still ran.",
        )
    )
    return found


def structural_table() -> str:
    """The ``PL`` codes as a table."""
    lines = ["| Code | Title | Message | Hint |", "|---|---|---|---|"]
    lines.extend(
        f"| `{code}` | {escape(title)} | {escape(message)} | {escape(hint)} |"
        for code, title, message, hint in structural_codes()
    )
    return "\n".join(lines) + "\n"


# --- the regulation catalogue --------------------------------------------------------------------


def _instrument_anchor(instrument: Instrument) -> str:
    return f"instrument-{instrument.key}"


def _instrument_link(instrument: Instrument) -> str:
    return f"{{ref}}`{instrument} <{_instrument_anchor(instrument)}>`"


def instrument_catalogue() -> str:
    """The catalogue: which instrument governs each topic when, and every instrument in detail."""
    out = [
        (
            f"The catalogue holds **{len(CATALOGUE)} instruments**. Dates marked *unverified* come "
            "from memory or inference, not from the instrument's own text.\n"
        ),
        "## Who replaced whom, by topic\n",
        (
            "Each line is the succession of instruments governing one topic "
            "({py:class}`~pelayanan.law.Topic`), oldest first; "
            "{py:meth}`Catalogue.in_force_for() <pelayanan.law.Catalogue.in_force_for>` picks the one "
            "for a date.\n"
        ),
    ]
    for topic in Topic:
        chain = sorted(
            (i for i in CATALOGUE.values() if topic in i.topics),
            key=lambda i: (i.starts or dt.date.min, i.key),
        )
        if not chain:
            continue
        steps = " → ".join(
            f"{_instrument_link(i)} ({_date(i.starts, '?')} – {_date(CATALOGUE.ends(i.key), 'now')})"
            for i in chain
        )
        out.append(f"{topic.label.en} (*{topic.label.id}*)\n: {steps}\n")
    out.append("## The instruments\n")
    out.append("| Citation | Kind | Title | In force | Dates |")
    out.append("|---|---|---|---|---|")
    for instrument in sorted(CATALOGUE.values(), key=lambda i: (i.kind.rank, i.year, i.key)):
        ends = CATALOGUE.ends(instrument.key)
        status = "verified" if instrument.dates_verified else "unverified"
        out.append(
            f"| {_instrument_link(instrument)} | {instrument.kind.label.id} "
            f"| {escape(instrument.title)} | {_date(instrument.starts, '?')} – {_date(ends, 'now')}"
            f" | {status} |"
        )
    out.append("")
    for instrument in sorted(CATALOGUE.values(), key=lambda i: (i.kind.rank, i.year, i.key)):
        out.extend(_instrument_section(instrument))
    return "\n".join(out) + "\n"


def _instrument_section(instrument: Instrument) -> Iterator[str]:
    yield f"({_instrument_anchor(instrument)})="
    yield f"### {escape(str(instrument))}: {escape(instrument.title)}\n"
    yield f"Key\n: `{instrument.key}`\n"
    yield (
        f"Kind\n: {instrument.kind.label.id} ({instrument.kind.label.en}); "
        f"rank {instrument.kind.rank} in the hierarchy of UU 12/2011\n"
    )
    dates = [
        ("enacted (*ditetapkan*)", instrument.enacted_on),
        ("promulgated (*diundangkan*)", instrument.promulgated_on),
        ("in force from (*mulai berlaku*)", instrument.effective_from),
        ("repealed", instrument.repealed_on),
    ]
    shown = "; ".join(f"{label} {day.isoformat()}" for label, day in dates if day is not None)
    verified = "" if instrument.dates_verified else " (**unverified**)"
    yield f"Dates\n: {shown or 'not recorded'}{verified}\n"
    ends = CATALOGUE.ends(instrument.key)
    yield f"In force\n: {_date(instrument.starts, '?')} – {_date(ends, 'still in force')}\n"
    relations: list[tuple[str, Iterable[Instrument]]] = [
        ("Replaces", (CATALOGUE[k] for k in instrument.replaces)),
        ("Replaced by", CATALOGUE.successors(instrument.key)),
        ("Amends", (CATALOGUE[k] for k in instrument.amends)),
        ("Amended by", CATALOGUE.amendments(instrument.key)),
    ]
    for label, related in relations:
        links = ", ".join(_instrument_link(i) for i in related)
        if links:
            yield f"{label}\n: {links}\n"
    if instrument.topics:
        yield f"Topics\n: {', '.join(t.label.en for t in instrument.topics)}\n"
    if instrument.gazette:
        yield f"Gazette\n: {escape(instrument.gazette)}\n"
    if instrument.note:
        yield f"Note\n: {escape(instrument.note)}\n"


# --- the command line ----------------------------------------------------------------------------


@contextlib.contextmanager
def _columns(columns: int) -> Iterator[None]:
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    try:
        yield
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before


def _parsers() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = _parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return parser, dict(subparsers.choices)


def cli_help(command: str | None = None, columns: int = CLI_COLUMNS) -> str:
    """What ``pelayanan [COMMAND] --help`` prints in a terminal ``columns`` wide."""
    with _columns(columns):
        parser, commands = _parsers()
        return (commands[command] if command else parser).format_help()


def cli_reference(columns: int = CLI_COLUMNS) -> str:
    """A section per command with its ``--help`` text, in the order ``pelayanan --help`` lists them."""
    parser, commands = _parsers()
    summaries = {
        action.dest: action.help or ""
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for action in action._choices_actions
    }
    out = ["## `pelayanan`\n", "```text", cli_help(None, columns).rstrip(), "```\n"]
    for name in commands:
        out.append(f"(cli-{name})=")
        out.append(f"## `pelayanan {name}`\n")
        if summaries.get(name):
            out.append(f"{escape(summaries[name][0].upper() + summaries[name][1:])}.\n")
        out.extend(["```text", cli_help(name, columns).rstrip(), "```\n"])
    return "\n".join(out) + "\n"


def command_names() -> list[str]:
    """The subcommands, in the order ``pelayanan --help`` lists them."""
    return list(_parsers()[1])


# --- the 14 components ---------------------------------------------------------------------------

# Equivalents in the catalogue standards (docs/sources/anchors.md §1, §2, §3 and §5.2). A component
# missing here has no equivalent in any of them.
_EQUIVALENTS: dict[Component, tuple[str, str, str]] = {
    Component.LEGAL_BASIS: (
        "`cpsv:follows` → `cpsv:Rule` → `eli:LegalResource`; `cv:hasLegalResource`",
        "—",
        "—",
    ),
    Component.REQUIREMENTS: (
        "`cv:Requirement` with `cv:EvidenceType` (`cv:holdsRequirement`, `cpsv:hasInputType`)",
        "`required_document`, `eligibility_description`",
        "—",
    ),
    Component.PROCEDURE: ("— (requested in CPSV-AP issue #139)", "`application_process`", "—"),
    Component.TIME_LIMIT: (
        "`cv:processingTime`",
        "`wait_time` (free text)",
        "`ServiceChannel.processingTime`",
    ),
    Component.FEE: ("`cv:Cost` (`cv:hasCost`)", "`cost_option`", "`Offer` (`offers`)"),
    Component.PRODUCTS: ("`cv:Output` (`cpsv:produces`)", "—", "`serviceOutput`"),
    Component.COMPLAINT_HANDLING: (
        "`cv:ContactPoint` / `cv:Channel` (weak)",
        "`contact` (weak)",
        "`ContactPoint` (weak)",
    ),
}


def _group_name(component: Component) -> str:
    return "service delivery" if component.group.value == "service_delivery" else "management"


def component_table() -> str:
    """The 14 components of Pasal 21 at a glance, from :class:`pelayanan.model.components.Component`."""
    lines = [
        "| Huruf | Komponen | Component | Group | JSON field |",
        "|---|---|---|---|---|",
    ]
    lines.extend(
        f"| {c.letter} | {{term}}`{c.label.id}` | {c.label.en} | {_group_name(c)} "
        f"| {{py:attr}}`{c.value} <pelayanan.model.standards.ServiceStandard.{c.value}>` |"
        for c in Component
    )
    return "\n".join(lines) + "\n"


def component_equivalents() -> str:
    """Each component's equivalent in CPSV-AP, HSDS and schema.org, where one exists."""
    lines = [
        "| Huruf | Komponen | CPSV-AP 3.2 | HSDS 3 | schema.org |",
        "|---|---|---|---|---|",
    ]
    for c in Component:
        cpsv, hsds, schema = _EQUIVALENTS.get(c, ("—", "—", "—"))
        lines.append(f"| {c.letter} | {c.label.id} | {cpsv} | {hsds} | {schema} |")
    return "\n".join(lines) + "\n"


def component_glossary() -> str:
    """A glossary entry for each component, under its Indonesian and its English name."""
    out = ["```{glossary}"]
    for c in Component:
        english = "service-delivery" if c.group.value == "service_delivery" else "management"
        indonesian = c.group.label.id.split(" (")[0].lower()
        cpsv, hsds, schema = _EQUIVALENTS.get(c, ("—", "—", "—"))
        out.append(c.label.id)
        out.append(c.label.en)
        out.append(
            f"  Component {c.letter} of the service standard (UU 25/2009 Pasal 21 huruf "
            f"{c.letter}), a {english} component (*{indonesian}*). "
            f"{escape(c.description.en)} *{escape(c.description.id)}* "
            f"Modelled by {{py:attr}}`ServiceStandard.{c.value} "
            f"<pelayanan.model.standards.ServiceStandard.{c.value}>`; "
            f"CPSV-AP: {cpsv}; HSDS: {hsds}; schema.org: {schema}."
        )
        out.append("")
    out.append("```")
    return "\n".join(out) + "\n"


# --- what is verified and what is not ------------------------------------------------------------


def unverified_figures() -> str:
    """What the code marks VERIFIED and UNVERIFIED: rules, instrument dates, the survey versions and
    sample table, PEKPPP and Ombudsman data, complaint limits and the policy cycle's guards."""
    rules = list(BUILTIN_RULES)
    codes = {r.code for r in rules}
    unverified_codes = {r.code for r in rules if not r.verified}
    integrity_codes = {r.code for r in rules if r.integrity}
    error_codes = {r.code for r in rules if r.severity.value == "error"}
    dated = [i for i in CATALOGUE.values() if i.dates_verified]
    out = [
        "### At a glance\n",
        (
            f"- **{len(codes)} rule codes** ({len(rules)} versions): "
            f"{len(codes - unverified_codes - integrity_codes)} rest on a verified legal text, "
            f"{len(unverified_codes)} on a text that is UNVERIFIED (each version so marked is at most "
            f"a warning), and {len(integrity_codes)} are integrity rules, which cite no law. "
            f"{len(error_codes)} codes are errors: a verified text says *wajib* or forbids, or the "
            "data contradicts itself."
        ),
        (
            f"- **{len(CATALOGUE)} instruments**: the dates of {len(dated)} were seen on an official "
            f"record or in the instrument's own text; {len(CATALOGUE) - len(dated)} are unverified "
            "(a secondary source, an inference, memory, or no date at all)."
        ),
        (
            "- A rule is in force from the day the instrument that creates its **obligation** binds "
            "({py:attr}`Rule.obligation <pelayanan.rules.Rule.obligation>`), so a rule's start is as "
            "verified as that instrument's date (`dates_verified` in `pelayanan rules --format "
            "json`)."
        ),
        "",
        "### Rules that are errors\n",
        (
            "Each error rule with the citation that creates its obligation; all of them rest on a "
            "verified text, or are integrity rules (the data contradicts itself).\n"
        ),
        "| Rule | Title | Obligation |",
        "|---|---|---|",
    ]
    errors: dict[str, list[Rule]] = {}
    for r in rules:
        if r.severity.value == "error":
            errors.setdefault(r.code, []).append(r)
    for code, versions in errors.items():
        obligations = dict.fromkeys(
            escape(str(v.obligation)) if v.obligation is not None else "integrity rule"
            for v in versions
        )
        out.append(
            f"| {{ref}}`{code} <{_anchor(code)}>` | {escape(versions[0].title.en)} "
            f"| {'; '.join(obligations)} |"
        )
    out += [
        "",
        "### Rules whose legal text is unverified\n",
        (
            f"{len(unverified_codes)} rule codes rest, in at least one version, on legal text that "
            "was not seen in a retrieved source (`Rule.verified` is false; findings carry "
            "`verified: false`, and the text and SARIF reports say so). None of them is an error "
            "unless {py:attr}`ValidationConfig.severity_overrides "
            "<pelayanan.rules.ValidationConfig.severity_overrides>` raises it.\n"
        ),
        "| Rule | Severity | Title | What is unverified |",
        "|---|---|---|---|",
    ]
    seen: set[str] = set()
    for r in rules:
        if r.verified or r.code in seen:
            continue
        seen.add(r.code)
        out.append(
            f"| {{ref}}`{r.code} <{_anchor(r.code)}>` | {r.severity.value} "
            f"| {escape(r.title.en)} | {escape(r.note) or '—'} |"
        )
    out += [
        "",
        "### Instruments whose dates are verified\n",
        (f"{len(dated)} of the {len(CATALOGUE)} instruments: the source is named in each note.\n"),
        "| Instrument | In force from | Source |",
        "|---|---|---|",
    ]
    out.extend(
        f"| {_instrument_link(i)} | {_date(i.starts, '?')} | {escape(i.note) or '—'} |"
        for i in sorted(dated, key=lambda i: (i.starts or dt.date.min, i.key))
    )
    instruments = [i for i in CATALOGUE.values() if not i.dates_verified]
    out += [
        "",
        "### Instruments whose dates are unverified\n",
        (
            f"{len(instruments)} of the {len(CATALOGUE)} instruments have dates that were not seen "
            "on an official record or in their own text (`Instrument.dates_verified` is false); "
            "where not even a supported inference exists the date is left out. A rule whose "
            "obligation is one of them starts on an unverified date.\n"
        ),
        "| Instrument | In force from | Note |",
        "|---|---|---|",
    ]
    out.extend(
        f"| {_instrument_link(i)} | {_date(i.starts, 'unknown')} | {escape(i.note) or '—'} |"
        for i in sorted(instruments, key=lambda i: (i.starts or dt.date.min, i.key))
    )
    out += ["", "### PEKPPP figures\n"]
    for instrument in PEKPPP_INSTRUMENTS.values():
        items = instrument.unverified()
        out.append(escape(instrument.name.en))
        out.append(
            ": " + ("; ".join(escape(label.en) for label in items) if items else "all verified")
        )
        out.append("")
    out += _pekppp_rubrics()
    out += _complaint_limits()
    out += _survey_figures()
    out += _sample_table()
    out += _cycle_guards()
    out += [
        "### Ombudsman schemes\n",
        "| Scheme | Years | Bands seen in a source for | Unverified bands |",
        "|---|---|---|---|",
    ]
    for scheme in OMBUDSMAN_SCHEMES:
        seen_in = ", ".join(map(str, sorted(scheme.bands_verified_in))) or "none"
        unverified = ", ".join(escape(_band_name(b)) for b in scheme.bands if not b.verified)
        if not scheme.bands:
            unverified = "no numeric bands are known"
        out.append(
            f"| {escape(scheme.name.en)} | {_years(scheme)} | {seen_in} | {unverified or '—'} |"
        )
    return "\n".join(out) + "\n"


def _pekppp_rubrics() -> list[str]:
    """The indicators whose rubric (levels 0 to 5) is known but not verified."""
    out = [
        "### PEKPPP rubrics\n",
        (
            "Indicators whose levels 0 to 5 the library knows, from a source it could not verify "
            "({py:attr}`Indicator.rubric_verified <pelayanan.evaluation.performance.Indicator.rubric_verified>` "
            "is false). Among them are the survey indicators 6.a to 9.a, which "
            "{py:func}`~pelayanan.evaluation.performance.assess_survey_indicators` derives, with their "
            "thresholds (30 % and 80 % of the follow-up plan realised, 1 to 12 months to realise "
            "it).\n"
        ),
        "| Instrument | Indicator | Name | Note |",
        "|---|---|---|---|",
    ]
    for instrument in PEKPPP_INSTRUMENTS.values():
        out.extend(
            f"| {_instrument_link(CATALOGUE[instrument.key])} | {indicator.code} | "
            f"{escape(indicator.name.en)} | {escape(indicator.note) or '—'} |"
            for aspect in instrument.aspects
            for indicator in aspect.indicators
            if indicator.levels and not indicator.rubric_verified
        )
    return [*out, ""]


def _complaint_limits() -> list[str]:
    """The default time limits on complaints, each with its basis and whether it is verified."""
    out = [
        "### Complaint time limits\n",
        (
            "The defaults of {py:data}`~pelayanan.participation.complaints.COMPLAINT_POLICY`, each configurable "
            "({py:meth}`ComplaintPolicy.with_duration() "
            "<pelayanan.participation.complaints.ComplaintPolicy.with_duration>`, "
            "{py:attr}`ValidationConfig.complaint_policy "
            "<pelayanan.rules.ValidationConfig.complaint_policy>`).\n"
        ),
        "| Limit | Duration | Basis | Figure | Note |",
        "|---|---|---|---|---|",
    ]
    for kind in ComplaintDeadlineKind:
        limit = COMPLAINT_POLICY.limit(kind)
        if limit is None:
            continue
        basis = "; ".join(escape(str(c)) for c in limit.basis)
        notes = " ".join(part for part in (limit.note, *(c.note for c in limit.basis)) if part)
        status = "verified" if limit.verified else "**UNVERIFIED**"
        out.append(
            f"| {escape(kind.label.en)} | {escape(limit.duration.text('en'))} | {basis} "
            f"| {status} | {escape(notes) or '—'} |"
        )
    return [*out, ""]


def _survey_figures() -> list[str]:
    """Each SKM questionnaire version: its grade table, weight, formula and sample-size rule."""
    out = [
        "### Satisfaction-survey questionnaires\n",
        (
            "The built-in versions of {py:data}`~pelayanan.participation.surveys.QUESTIONNAIRES`; another "
            "reading is passed as {py:attr}`ValidationConfig.survey_questionnaires "
            "<pelayanan.rules.ValidationConfig.survey_questionnaires>`. A published index computed "
            "with the weight as printed follows the instrument (no finding); one that rounding "
            "alone sets apart is {ref}`SK014 <rule-sk014>`, a warning.\n"
        ),
        (
            "| Instrument | Elements | Weight as printed | Formula | Grade bands seen in a source "
            "| Sample size | Notes |"
        ),
        "|---|---|---|---|---|---|---|",
    ]
    for version in QUESTIONNAIRES.values():
        bands = sorted(version.grade_table.bands, key=lambda b: b.grade.value)
        seen = [b.grade.value for b in bands if b.verified]
        unseen = [b.grade.value for b in bands if not b.verified]
        grades = ", ".join(seen) or "none"
        if unseen:
            grades += f" (not: {', '.join(unseen)})"
        sample = version.sample_size
        sample_text = (
            "not known"
            if sample is None
            else f"Krejcie–Morgan {sample.method.value}, "
            + ("verified" if sample.verified else "**UNVERIFIED**")
        )
        printed = (
            f"{version.printed_weight} (1/{len(version.elements)})"
            if version.printed_weight is not None
            else f"not seen; exactly 1/{len(version.elements)}"
        )
        formula = "verified" if version.formula_verified else "**UNVERIFIED**"
        notes = " ".join(n for n in (version.grade_table.note, version.note) if n)
        out.append(
            f"| {_instrument_link(version.instrument)} | {len(version.elements)} | {printed} "
            f"| {formula} | {grades} | {sample_text} | {escape(notes) or '—'} |"
        )
    return [*out, ""]


def _sample_table() -> list[str]:
    """Where the Krejcie–Morgan table comes from, and how it is read."""
    rows = KREJCIE_MORGAN_TABLE
    return [
        "### Sample-size table\n",
        (
            f"Krejcie & Morgan (1970), Table 1: {len(rows)} rows from N = {rows[0][0]:,} to "
            f"N = {rows[-1][0]:,}, bundled as `participation/data/krejcie_morgan_1970.csv` with "
            "its source (two secondary reproductions that agree; the journal's PDF was not seen). "
            "It is read at the next row up, 384 above the last row; the formula, an option, is "
            "not the table. That Permenpan RB 14/2017 uses the table is verified from secondary "
            "sources; whether its Lampiran prints every row identically is UNVERIFIED.\n"
        ),
    ]


def _cycle_guards() -> list[str]:
    """The checks of the policy cycle, with their basis and whether it was verified."""
    out = [
        "### Policy-cycle guards\n",
        (
            "The checks of {py:data}`pelayanan.participation.cycle.TRANSITIONS` "
            "({py:data}`~pelayanan.participation.cycle.GUARDS`); a transition function refuses a move with "
            "the same code the validator reports.\n"
        ),
        "| Guard | Title | Basis | Legal text | Note |",
        "|---|---|---|---|---|",
    ]
    for code, guard in GUARDS.items():
        basis = "; ".join(escape(str(c)) for c in guard.basis)
        if guard.pekppp:
            basis += "; the PEKPPP instrument in force"
        status = "verified" if guard.verified else "**UNVERIFIED**"
        out.append(
            f"| {{ref}}`{code} <{_anchor(code)}>` | {escape(guard.title.en)} | {basis} "
            f"| {status} | {escape(guard.note) or '—'} |"
        )
    return [*out, ""]


def _band_name(band: OmbudsmanBand) -> str:
    return f"{band.label.en} (from {band.minimum})"


def _years(scheme: OmbudsmanScheme) -> str:
    last = scheme.last_year if scheme.last_year is not None else ""
    skipped = (
        f", none in {', '.join(map(str, sorted(scheme.skipped_years)))}"
        if scheme.skipped_years
        else ""
    )
    return f"{scheme.first_year}–{last}{skipped}"


# --- the JSON fields ----------------------------------------------------------------------------


@functools.cache
def _field_docs(cls: type) -> dict[str, str]:
    """The docstrings written under each field of an attrs class (what autodoc shows)."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    body = ast.parse(source).body[0]
    docs: dict[str, str] = {}
    statements = getattr(body, "body", [])
    for statement, after in itertools.pairwise(statements):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[statement.target.id] = " ".join(after.value.value.split())
    return docs


def _json_type(tp: object, nested: list[type]) -> str:  # noqa: PLR0911  (one answer per kind)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        text = " or ".join(_json_type(a, nested) for a in inner)
        return f"{text} or `null`" if len(inner) < len(args) else text
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return f"list of {_json_type(args[0], nested)}"
    if origin in (frozenset, set) and args:
        return f"list of {_json_type(args[0], nested)}"
    simple = {
        str: "string",
        int: "integer",
        bool: "`true` or `false`",
        decimal.Decimal: 'decimal string (`"15000"`)',
        dt.date: "date string (`YYYY-MM-DD`)",
        dt.datetime: "timestamp string with a UTC offset",
        dt.time: "time string (`HH:MM`)",
    }
    if tp in simple:
        return simple[tp]
    if tp is Instrument:
        return "catalogue key or instrument object"
    if tp is Citation:
        return 'citation object or text (`"UU 25/2009 Pasal 21"`)'
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        values = [f"`{m.value}`" for m in tp]
        shown = ", ".join(values) if len(values) <= 6 else ", ".join(values[:5]) + ", …"
        return f"one of {shown} ({{py:class}}`~{tp.__module__}.{tp.__qualname__}`)"
    if isinstance(tp, type) and attrs.has(tp):
        if tp not in nested:
            nested.append(tp)
        return f"{{ref}}`{tp.__name__} <json-{tp.__name__.lower()}>` object"
    if origin is typing.Literal:
        return " or ".join(f"`{a!r}`" for a in args)
    return f"`{tp!r}`"


def _default(field: attrs.Attribute[typing.Any]) -> str:  # noqa: PLR0911  (one answer per kind)
    if field.default is attrs.NOTHING:
        return "**required**"
    default = field.default
    if isinstance(default, attrs.Factory):
        return "empty"
    if isinstance(default, enum.Enum):
        return f"`{default.value}`"
    if default in ((), "", frozenset()):
        return "empty"
    if isinstance(default, str):
        return f'`"{default}"`'
    if default is None:
        return "`null`"
    if isinstance(default, bool):
        return f"`{str(default).lower()}`"
    if isinstance(default, int):
        return f"`{default}`"
    return "see the class"


def json_fields() -> str:
    """For each document kind and each object inside one: its fields, JSON types and defaults."""
    nested: list[type] = []
    queue: list[tuple[str | None, type]] = [(kind, cls) for kind, cls in DOCUMENT_KINDS.items()]
    out: list[str] = []
    done: set[type] = set()
    while queue:
        kind, cls = queue.pop(0)
        if cls in done:
            continue
        done.add(cls)
        hints = typing.get_type_hints(cls)
        docs = _field_docs(cls)
        out.append(f"(json-{cls.__name__.lower()})=")
        title = f"`{kind}` documents" if kind else f"`{cls.__name__}` objects"
        out.append(f"### {title}\n")
        out.append(f"{{py:class}}`~{cls.__module__}.{cls.__qualname__}`\n")
        if kind:
            out.append(f'Every document starts with `"kind": "{kind}"`.\n')
        out.append("| Field | JSON | When absent | Notes |")
        out.append("|---|---|---|---|")
        for field in attrs.fields(cls):
            if field.name.startswith("_") or not field.init:
                continue
            before = len(nested)
            json_type = _json_type(hints[field.name], nested)
            queue.extend((None, new) for new in nested[before:])
            note = rst_to_markdown(docs.get(field.name, ""))
            out.append(f"| `{field.name}` | {json_type} | {_default(field)} | {note} |")
        out.append("")
    return "\n".join(out) + "\n"


GENERATORS: dict[str, Callable[[], str]] = {
    "rules.md": rule_catalogue,
    "structural.md": structural_table,
    "catalogue.md": instrument_catalogue,
    "cli.md": cli_reference,
    "components-table.md": component_table,
    "components-equivalents.md": component_equivalents,
    "components-glossary.md": component_glossary,
    "unverified.md": unverified_figures,
    "top-level.md": top_level_names,
    "wings.md": wing_table,
    "json-fields.md": json_fields,
    "import.md": import_reference,
}
"""File name in ``docs/reference/generated/`` → the function that writes it."""
