"""The rules wing: compliance rules, the registry that holds them, and validation.

A :class:`Rule` has a stable code, a title and messages in Indonesian and English, a
:class:`Severity`, its legal basis (citations into the :data:`~pelayanan.law.CATALOGUE`), the period
it is in force, the document kinds it applies to, and a check function. The built-in rules are in
:data:`BUILTIN_RULES`; applications add their own (a Perda or a Perkada adds local rules) to a copy,
without touching ours:

>>> import datetime as dt
>>> from pelayanan import CATALOGUE, Citation, Instrument, ServiceStandard, validate
>>> from pelayanan.law import InstrumentKind
>>> from pelayanan.rules import BUILTIN_RULES, Issue, Severity, rule
>>> perda = Instrument(InstrumentKind.REGENCY_CITY_REGULATION, "5", 2019,
...                    "Pelayanan Publik", issuer="Kota Contoh")
>>> local = BUILTIN_RULES.copy()
>>> @local.rule(
...     "KC001",
...     kinds=("service_standard",),
...     severity=Severity.WARNING,
...     title=("Judul standar wajib diisi", "A standard needs a title"),
...     message=("Standar {id} tidak berjudul.", "Standard {id} has no title."),
...     basis=(Citation(perda, article="12"),),
...     in_force_from=dt.date(2019, 7, 1),
... )
... def standard_has_title(standard, context):
...     if not standard.title.strip():
...         yield Issue(("title",), id=standard.id)
>>> report = validate(ServiceStandard(id="sp", service_id="s"), rules=local,
...                   select=["KC"], as_of=dt.date(2024, 1, 1), lang="en")
>>> [(f.code, f.path, f.message) for f in report.findings]
[('KC001', '/title', 'Standard sp has no title.')]

A rule is selected by the date of the check (``as_of``): two versions of one rule may exist, each
in force in its own period, but two versions in force on the same day are refused when they are
registered.
"""

from __future__ import annotations

from .._base.exports import adopt
from ._engine import (
    BUILTIN_RULES,
    Check,
    Context,
    DuplicateRuleError,
    Issue,
    Registry,
    Rule,
    RuleDefinitionError,
    Severity,
    UnknownRuleCodeError,
    ValidationConfig,
    cite,
    rule,
    select_rules,
)

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

adopt(globals(), __all__)
