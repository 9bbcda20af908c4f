"""``pelayanan rules``: list every rule with its code, severity, legal basis and period in force.

The citation that creates the obligation is marked (it sets the start of the period), and a rule
whose legal text is UNVERIFIED says so; such a rule is never an error unless configured.

``--format json`` reads the list from ``_rules_index.json`` beside this module, written from the
rules themselves by :func:`write_index` (a test fails when it differs from what the rules say),
so that a CI job asking for the list does not load the model and the rule modules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ._common import (
    EXIT_OK,
    add_as_of_option,
    add_format_option,
    add_lang_option,
    print_json,
    said,
)

if TYPE_CHECKING:
    from ..rules import Rule

INDEX: Final = Path(__file__).with_name("_rules_index.json")
"""The built-in rules as ``pelayanan rules --format json`` lists them (see :func:`write_index`)."""


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``rules`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "rules",
        help=said(
            "daftar aturan kepatuhan beserta dasar hukum dan masa berlakunya",
            "list the compliance rules with their legal basis and period in force",
        ),
    )
    add_format_option(parser, "text", "json")
    add_lang_option(parser, "titles", "judul")
    add_as_of_option(
        parser,
        said(
            "hanya aturan yang berlaku pada tanggal ini (YYYY-MM-DD)",
            "only the rules in force on this date (YYYY-MM-DD)",
        ),
    )
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
    from ..rules import BUILTIN_RULES  # noqa: PLC0415  (the JSON list does not need the rules)

    return [r for r in BUILTIN_RULES if as_of is None or r.in_force(as_of)]


def index_text() -> str:
    """The text of ``_rules_index.json`` as the built-in rules make it today."""
    return json.dumps([rule_to_dict(r) for r in rules_in_force(None)], indent=2, ensure_ascii=False)


def write_index() -> None:
    """Write ``_rules_index.json`` again from the built-in rules (after adding or changing one)."""
    INDEX.write_text(index_text() + "\n", encoding="utf-8")


def indexed_rules(as_of: dt.date | None) -> list[dict[str, Any]]:
    """The JSON of the built-in rules from the index, only those in force on ``as_of`` if given.

    In force as :meth:`pelayanan.rules.Rule.in_force` says: from ``in_force_from``, up to but
    not including ``in_force_until`` (ISO dates compare as text).
    """
    rules: list[dict[str, Any]] = json.loads(INDEX.read_text(encoding="utf-8"))
    if as_of is None:
        return rules
    on = as_of.isoformat()
    return [
        r
        for r in rules
        if (r["in_force_from"] is None or r["in_force_from"] <= on)
        and (r["in_force_until"] is None or on < r["in_force_until"])
    ]


def run(args: argparse.Namespace) -> int:
    """Print the rules."""
    if args.format == "json":
        print_json(indexed_rules(args.as_of))
        return EXIT_OK
    from .._base.labels import Label  # noqa: PLC0415  (the text list needs the rules loaded)

    unverified = Label("belum terverifikasi", "unverified")
    obligation = Label("kewajiban", "obligation")
    integrity = Label("integritas data", "data integrity")
    for r in rules_in_force(args.as_of):
        start = r.in_force_from.isoformat() if r.in_force_from else "…"
        end = r.in_force_until.isoformat() if r.in_force_until else "…"
        flags = "" if r.verified else f"  [{unverified.text(args.lang)}]"
        # The severity as `pelayanan validate` names it (kesalahan, peringatan, informasi).
        severity = r.severity.label.text(args.lang)
        width = max(len(s.label.text(args.lang)) for s in type(r.severity))
        title = r.title.text(args.lang)
        print(f"{r.code}  {severity:<{width}}  {start} – {end}  {title}{flags}")
        basis = "; ".join(
            f"{c} ({obligation.text(args.lang)})" if c == r.obligation else str(c) for c in r.basis
        )
        if r.integrity:
            basis = integrity.text(args.lang)
        print(f"       {basis}")
    return EXIT_OK
