"""The built-in compliance rules, one module per subject.

Each module registers its rules in its own ``RULES`` registry, in one step: ``@RULES.rule(...)`` on
the check function. :data:`BUILTIN` collects them for :data:`pelayanan.rules.BUILTIN_RULES`.
"""

from __future__ import annotations

from . import (
    charters,
    complaints,
    consistency,
    consultation,
    contacts,
    legal_basis,
    lifecycle,
    participation,
    providers,
    services,
    standards,
    surveys,
    time_limits,
)

__all__ = ["BUILTIN"]

BUILTIN = (
    *standards.RULES,
    *charters.RULES,
    *providers.RULES,
    *services.RULES,
    *consultation.RULES,
    *complaints.RULES,
    *participation.RULES,
    *lifecycle.RULES,
    *surveys.RULES,
    *legal_basis.RULES,
    *contacts.RULES,
    *time_limits.RULES,
    *consistency.RULES,
)
