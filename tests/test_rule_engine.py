"""The typed rule engine: definitions checked when made and registered, integrity rules, one step."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from pelayanan import ServiceStandard, to_dict, validate
from pelayanan.rules import (
    BUILTIN_RULES,
    Context,
    Issue,
    Registry,
    Rule,
    RuleDefinitionError,
    Severity,
    cite,
    rule,
)

UU25 = cite("uu-25-2009", article="21")
ON = dt.date(2024, 6, 1)


def _no_title(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    if not standard.title:
        yield Issue(("title",), id=standard.id)


def _make(**changes: object) -> object:
    options: dict[str, object] = {
        "kinds": ("service_standard",),
        "severity": Severity.WARNING,
        "title": ("Judul", "Title"),
        "message": ("Standar {id} tanpa judul.", "Standard {id} has no title."),
        "basis": (UU25,),
    }
    options.update(changes)
    code = str(options.pop("code", "KC001"))
    return rule(code, **options)(_no_title)  # type: ignore[arg-type]


def test_a_well_formed_rule_is_made_and_runs() -> None:
    """The neighbour of every refusal below: a local rule that registers and reports."""
    local = Registry()
    local.add(_make())  # type: ignore[arg-type]
    report = validate(ServiceStandard(id="sp", service_id="s"), rules=local, as_of=ON, lang="en")
    assert [(f.code, f.path, f.message) for f in report.findings] == [
        ("KC001", "/title", "Standard sp has no title.")
    ]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"code": "KC01"}, "two capital letters and three digits"),
        ({"code": "kc001"}, "two capital letters and three digits"),
        ({"basis": ()}, "needs at least one citation"),
        ({"integrity": True}, "integrity rule: it cites no legal basis"),
        ({"kinds": ()}, "applies to no document kind"),
        (
            {"message": ("Standar {id} tanpa judul.", "Standard {code} has no title.")},
            "different placeholders",
        ),
        (
            {"message": ("Standar {id tanpa judul.", "Standard {id} has no title.")},
            "not a valid message template",
        ),
        (
            {"message": ("", "Standard {id} has no title.")},
            "both an Indonesian and an English text",
        ),
        ({"variants": {"Bad Name": ("a", "b")}}, "not a lower-case name"),
    ],
)
def test_a_wrongly_defined_rule_is_refused_when_made(
    changes: dict[str, object], words: str
) -> None:
    """A bad code, a missing basis, mismatched placeholders: refused at once, with the reason."""
    with pytest.raises(RuleDefinitionError, match=words):
        _make(**changes)


def test_a_misspelt_kind_is_refused_when_registered() -> None:
    """A rule for "service_standrad" would never run; the registry says so instead."""
    local = Registry()
    with pytest.raises(RuleDefinitionError, match="service_standrad"):
        local.add(_make(kinds=("service_standrad",)))  # type: ignore[arg-type]


def test_an_integrity_rule_needs_no_citation_and_says_so_in_its_findings() -> None:
    """Integrity rules cite nothing; their findings carry integrity=True instead of a basis."""
    local = Registry()
    local.add(_make(basis=(), integrity=True))  # type: ignore[arg-type]
    finding = validate(ServiceStandard(id="sp", service_id="s"), rules=local, as_of=ON).findings[0]
    assert finding.legal_basis == ()
    assert finding.integrity
    assert to_dict(finding)["integrity"] is True


def test_the_builtin_integrity_rules_are_the_ones_that_borrow_no_citation() -> None:
    """Ids, references, periods and histories in time order, unusable contacts: no law cited.

    The data's own arithmetic and self-contradiction need no citation either. PC001, PC009,
    PG009, SK012 and SP040 used to borrow a citation that said nothing about dates or version
    numbers; they are integrity rules now.
    """
    integrity = sorted({r.code for r in BUILTIN_RULES if r.integrity})
    assert integrity == [
        *("CO001", "CO002", "CO003", "CT001", "CT002", "CT003", "CT004"),
        *("FK016", "PC001", "PC009", "PG009", "PV004", "SK012", "SP039", "SP040", "SV002"),
    ]
    assert all(r.basis for r in BUILTIN_RULES if not r.integrity)


def test_rules_are_registered_in_one_step() -> None:
    """No rule module appends to a list beside its decorator: registration is the decorator."""
    for module in Path(__file__).parents[1].joinpath("src/pelayanan/rules/_builtin").glob("*.py"):
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"append", "extend"}
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "RULES"
            ):
                pytest.fail(f"{module.name}:{node.lineno} registers a rule in a second step")


GUIDE = cite("permenpan-rb-15-2014", annex="")


def _made(**changes: object) -> Rule[ServiceStandard]:
    made = _make(**changes)
    assert isinstance(made, Rule)
    return made


def test_a_rule_starts_with_its_obligation_not_with_the_latest_support() -> None:
    """UU 25/2009 Pasal 21 cited with the later Permenpan RB 15/2014: in force from 2009-07-18."""
    made = _made(basis=(UU25, GUIDE))
    assert made.obligation == UU25
    assert made.in_force_from == dt.date(2009, 7, 18)


def test_an_obligation_from_a_guideline_starts_with_the_guideline() -> None:
    """Named explicitly, a guideline's obligation starts on its promulgation, 2014-05-09."""
    made = _made(basis=(UU25, GUIDE), obligation=GUIDE)
    assert made.in_force_from == dt.date(2014, 5, 9)


def test_an_obligation_outside_the_basis_is_cited_first() -> None:
    """The citation creating the duty is always among the rule's citations, first if added."""
    made = _made(basis=(GUIDE,), obligation=UU25)
    assert made.basis == (UU25, GUIDE)
