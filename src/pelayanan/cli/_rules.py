"""``pelayanan rules``: list every rule with its code, severity, legal basis and period in force.

The citation that creates the obligation is marked (it sets the start of the period), and a rule
whose legal text is UNVERIFIED says so; such a rule is never an error unless configured.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, Final

from .._base.labels import Label
from ..rules import BUILTIN_RULES, Rule
from ._common import (
    EXIT_OK,
    add_as_of_option,
    add_format_option,
    add_lang_option,
    print_json,
)

_UNVERIFIED: Final = Label("belum terverifikasi", "unverified")
_OBLIGATION: Final = Label("kewajiban", "obligation")
_INTEGRITY: Final = Label("integritas data", "data integrity")


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``rules`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "rules", help="list the compliance rules with their legal basis and period in force"
    )
    add_format_option(parser, "text", "json")
    add_lang_option(parser, "titles")
    add_as_of_option(parser, "only the rules in force on this date (YYYY-MM-DD)")
    parser.set_defaults(handler=run)


def rule_to_dict(rule: Rule[Any]) -> dict[str, Any]:
    """A rule as ``pelayanan rules --format json`` lists it."""
    return {
        "code": rule.code,
        "severity": rule.severity.value,
        "title": {"id": rule.title.id, "en": rule.title.en},
        "message": {"id": rule.messages["default"].id, "en": rule.messages["default"].en},
        "applies_to": sorted(rule.kinds),
        "cross_document": rule.cross_document,
        "legal_basis": [
            {"citation": str(c), "instrument": c.instrument.key, "title": c.instrument.title}
            for c in rule.basis
        ],
        "obligation": None if rule.obligation is None else str(rule.obligation),
        "in_force_from": rule.in_force_from.isoformat() if rule.in_force_from else None,
        "in_force_until": rule.in_force_until.isoformat() if rule.in_force_until else None,
        "integrity": rule.integrity,
        "verified": rule.verified,
        "dates_verified": rule.dates_verified,
        "note": rule.note,
    }


def rules_in_force(as_of: dt.date | None) -> list[Rule[Any]]:
    """The built-in rules, only those in force on ``as_of`` when it is given."""
    return [r for r in BUILTIN_RULES if as_of is None or r.in_force(as_of)]


def run(args: argparse.Namespace) -> int:
    """Print the rules."""
    rules = rules_in_force(args.as_of)
    if args.format == "json":
        print_json([rule_to_dict(r) for r in rules])
        return EXIT_OK
    for r in rules:
        start = r.in_force_from.isoformat() if r.in_force_from else "…"
        end = r.in_force_until.isoformat() if r.in_force_until else "…"
        flags = "" if r.verified else f"  [{_UNVERIFIED.text(args.lang)}]"
        # The severity as `pelayanan validate` names it (kesalahan, peringatan, informasi).
        severity = r.severity.label.text(args.lang)
        width = max(len(s.label.text(args.lang)) for s in type(r.severity))
        title = r.title.text(args.lang)
        print(f"{r.code}  {severity:<{width}}  {start} – {end}  {title}{flags}")
        basis = "; ".join(
            f"{c} ({_OBLIGATION.text(args.lang)})" if c == r.obligation else str(c) for c in r.basis
        )
        if r.integrity:
            basis = _INTEGRITY.text(args.lang)
        print(f"       {basis}")
    return EXIT_OK
