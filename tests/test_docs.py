"""The documentation: generated reference pages, shell commands and JSON shown, diagrams, the build.

The ``>>>`` examples of every page are run by pytest's doctest collection (``--doctest-glob=*.md``);
these tests cover the rest of what the pages show: every shell command runs with the exit status
and output printed under it, every JSON example loads as the page says, the generated pages list
every rule and component, and the site builds with warnings as errors.
"""

from __future__ import annotations

import ast
import doctest
import enum
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import pelayanan as pl
from pelayanan.cli import main
from pelayanan.model.components import ComponentGroup
from pelayanan.participation import cycle
from pelayanan.participation.complaints import (
    COMPLAINT_POLICY,
    ComplaintDeadlineKind,
    ComplaintStatus,
)
from pelayanan.participation.complaints import TRANSITIONS as COMPLAINT_TRANSITIONS
from pelayanan.participation.cycle import CycleAction
from pelayanan.participation.surveys import QUESTIONNAIRES

from .conftest import EXAMPLES, PUBLIC_MODULES, ROOT, public_modules

DOCS = ROOT / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

from pelayanan_docs import diagrams, generate  # noqa: E402  (the docs' own code, found above)

# --- reading the pages -------------------------------------------------------------------------


@attrs.frozen
class Block:
    """A fenced code block of a page: its language, its lines, and the ``%`` notes above it."""

    page: Path
    line: int
    language: str
    lines: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def id(self) -> str:
        """The page and line, as a test id: ``tutorials/validate.md:25``."""
        return f"{self.page.relative_to(DOCS)}:{self.line}"

    def note(self, name: str) -> str | None:
        """The value of a ``% name: value`` note above the block, if any."""
        for note in self.notes:
            key, _, value = note.partition(":")
            if key.strip() == name:
                return value.strip()
        return None


_FENCE = re.compile(r"^(`{3,}|~{3,})\s*([^`\s]*)")


def _pages() -> list[Path]:
    """The hand-written pages: not the research notes, not generated or built files."""
    skip = ("sources", "_build", "reference/generated")
    return sorted(
        p
        for p in DOCS.rglob("*.md")
        if not any(p.relative_to(DOCS).as_posix().startswith(s) for s in skip)
    )


def _blocks(page: Path) -> Iterator[Block]:
    lines = page.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        fence, language = match[1], match[2]
        notes = []
        back = index - 1
        while back >= 0 and lines[back].startswith("%"):
            notes.insert(0, lines[back][1:].strip())
            back -= 1
        end = index + 1
        while end < len(lines) and not lines[end].startswith(fence):
            end += 1
        yield Block(page, index + 1, language, tuple(lines[index + 1 : end]), tuple(notes))
        index = end + 1


BLOCKS = [block for page in _pages() for block in _blocks(page)]
CONSOLE = [b for b in BLOCKS if b.language == "console"]
JSON_BLOCKS = [b for b in BLOCKS if b.language == "json"]
WORKFLOWS = [b for b in BLOCKS if b.language == "yaml"]


def test_the_pages_have_code_to_check() -> None:
    """The harness finds the pages and their shell, JSON and workflow examples."""
    assert len(_pages()) > 30
    assert len(CONSOLE) >= 8
    assert JSON_BLOCKS
    assert WORKFLOWS


def test_every_code_block_is_one_the_tests_run() -> None:
    """A block is doctest (pycon), shell (console), JSON, a workflow (yaml), or a directive.

    Anything else (a bare ``python`` or ``text`` block) would be shown without being run.
    """
    checked = {"pycon", "console", "json", "yaml"}
    unchecked = [
        b.id for b in BLOCKS if b.language not in checked and not b.language.startswith("{")
    ]
    assert unchecked == []
    not_doctest = [
        b.id for b in BLOCKS if b.language == "pycon" and not b.lines[0].startswith(">>>")
    ]
    assert not_doctest == []


# --- shell commands ----------------------------------------------------------------------------


@attrs.frozen
class Command:
    """One ``$ command`` of a console block and the output shown under it."""

    text: str
    output: str


def _commands(block: Block) -> list[Command]:
    commands: list[Command] = []
    text: str | None = None
    output: list[str] = []
    lines = iter(block.lines)
    for line in lines:
        if line.startswith("$ "):
            if text is not None:
                commands.append(Command(text, "\n".join(output)))
            text, output = line[2:], []
            while text.endswith("\\"):
                text = text[:-1] + next(lines).strip()
        else:
            output.append(line)
    if text is not None:
        commands.append(Command(text, "\n".join(output)))
    return commands


def _environment(bin_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if bin_dir is not None:
        env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    env["COLUMNS"] = str(generate.CLI_COLUMNS)
    env["NO_COLOR"] = "1"
    return env


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A directory with the examples (also as ``data/``) and ``pelayanan`` on the PATH."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    shutil.copytree(EXAMPLES / "dinas-sosial-kota-jambi", tmp_path / "data")
    bin_dir = tmp_path / ".bin"
    bin_dir.mkdir()
    for name, module in (("pelayanan", "-m pelayanan "), ("python", "")):
        script = bin_dir / name
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" {module}"$@"\n')
        script.chmod(0o755)
    return tmp_path


def _run(command: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        cwd=workdir,
        env=_environment(workdir / ".bin"),
        capture_output=False,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
        check=False,
    )


_CHECKER = doctest.OutputChecker()
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("block", CONSOLE, ids=lambda b: b.id)
def test_shell_commands_shown_run_as_shown(block: Block, workdir: Path) -> None:
    """Each ``$`` command exits as the ``% exit:`` note says (default 0) and prints what is shown.

    ``% exit: 1`` applies to every command of the block, ``% exit: 1 0`` to each in turn. Output
    under a command is compared as doctest compares (``...`` matches anything, whitespace is
    normalised); standard error is included, as a terminal shows it.
    """
    commands = _commands(block)
    statuses = [int(s) for s in (block.note("exit") or "0").split()]
    if len(statuses) == 1:
        statuses *= len(commands)
    assert len(statuses) == len(commands), f"{block.id}: one exit status per command"
    for command, expected_status in zip(commands, statuses, strict=True):
        result = _run(command.text, workdir)
        assert "Traceback" not in result.stdout, result.stdout
        assert result.returncode == expected_status, f"{command.text}\n{result.stdout}"
        if command.output.strip():
            want = command.output.strip() + "\n"
            assert _CHECKER.check_output(want, result.stdout, _FLAGS), (
                f"{command.text}\n--- shown ---\n{want}--- printed ---\n{result.stdout}"
            )


_RUN_LINE = re.compile(r"^\s*(?:-\s+)?run:\s*(?P<command>\S.*)$")


@pytest.mark.parametrize("block", WORKFLOWS, ids=lambda b: b.id)
def test_workflow_commands_run(block: Block, workdir: Path) -> None:
    """The ``pelayanan`` commands of a CI workflow run on example data and write valid SARIF."""
    commands = [
        m["command"]
        for line in block.lines
        if (m := _RUN_LINE.match(line)) and "pelayanan " in line
    ]
    assert commands
    for command in commands:
        result = _run(command, workdir)
        assert result.returncode in (0, 1), f"{command}\n{result.stdout}"
        assert "Traceback" not in result.stdout
    for sarif in workdir.glob("*.sarif"):
        log = json.loads(sarif.read_text(encoding="utf-8"))
        assert log["version"] == "2.1.0"
        assert log["runs"][0]["tool"]["driver"]["name"] == "pelayanan"


# --- JSON examples -----------------------------------------------------------------------------


@pytest.mark.parametrize("block", JSON_BLOCKS, ids=lambda b: b.id)
def test_json_examples_load_as_the_page_says(block: Block) -> None:
    """``% json: document`` round-trips exactly; ``% json: error PATH...`` is refused there.

    ``% json: loads`` is a document that loads (a shorthand, written back differently);
    ``% json: pelayanan.model.standards.Fee`` loads as that class (named by its home) and
    round-trips exactly.
    """
    note = block.note("json")
    assert note, f"{block.id}: say what the JSON is with a '% json: ...' note"
    text = "\n".join(block.lines)
    data = json.loads(text)
    if note == "document":
        assert pl.to_dict(pl.from_dict(data)) == data
    elif note == "loads":
        assert pl.to_dict(pl.from_dict(data)) != data
    elif note.startswith("error"):
        with pytest.raises(pl.LoadError) as caught:
            pl.from_dict(data)
        expected = note.split()[1:]
        assert [p.path for p in caught.value.problems] == expected
    else:
        module, _, name = note.rpartition(".")
        cls = getattr(importlib.import_module(module), name)
        assert pl.to_dict(pl.from_dict(data, cls)) == data


def test_the_json_page_lists_every_document_kind_with_an_example() -> None:
    """Each kind of DOCUMENT_KINDS is in the table of kinds and has a complete example there."""
    page = DOCS / "reference" / "json.md"
    text = page.read_text(encoding="utf-8")
    examples = {
        json.loads("\n".join(b.lines)).get("kind")
        for b in JSON_BLOCKS
        if b.page == page and b.note("json") == "document"
    }
    for kind in pl.DOCUMENT_KINDS:
        assert f"| `{kind}` |" in text, kind
        assert kind in examples, f"add an example of a {kind} document to reference/json.md"


# --- generated reference pages -----------------------------------------------------------------


def test_every_rule_code_the_cli_lists_is_in_the_generated_catalogue(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`pelayanan rules --format json` and the rule catalogue page list the same codes."""
    assert main(["rules", "--format", "json"]) == 0
    listed = {rule["code"] for rule in json.loads(capsys.readouterr().out)}
    catalogue = generate.rule_catalogue()
    assert listed
    for code in listed:
        assert f"### {code}:" in catalogue
        assert f"(rule-{code.lower()})=" in catalogue
    headed = set(re.findall(r"^### ([A-Z]{2}\d{3}):", catalogue, flags=re.MULTILINE))
    assert headed == listed


def test_every_rule_prefix_has_a_readable_heading_in_the_catalogue() -> None:
    """Each built-in subject (SP, MK, ..., PC) is headed by its Indonesian and English name."""
    catalogue = generate.rule_catalogue()
    prefixes = {code[:2] for code in pl.BUILTIN_RULES.codes()}
    assert {"SP", "MK", "PV", "SV", "FK", "SK", "PG", "PM", "PC"} <= prefixes
    for prefix in prefixes:
        heading = re.search(rf"^## (.+) \((.+)\): {prefix} rules$", catalogue, flags=re.MULTILINE)
        assert heading, f"add {prefix} to _SUBJECTS in docs/_ext/pelayanan_docs/generate.py"
        section = catalogue[heading.end() :].split("\n## ")[0]
        assert section.lstrip().startswith("Checks on {py:class}"), prefix


def test_the_catalogue_shows_each_version_of_a_rule_with_its_period() -> None:
    """A code in force in two periods (one per PEKPPP instrument) shows both versions."""
    catalogue = generate.rule_catalogue()
    section = catalogue.split("### MK005:")[1].split("\n### ")[0]
    assert "Version in force from 2017-06-28 until 2022-07-20 (exclusive)" in section
    assert "Version in force from 2022-07-20" in section
    assert "Permenpan RB 29/2022 Lampiran" in section


def test_the_structural_codes_are_documented() -> None:
    """The PL codes of data that does not load are listed with the rules."""
    table = generate.structural_table()
    for code in ("PL001", "PL002", "PL003", "PL004", "PL005", "PL900"):
        assert f"`{code}`" in table
    assert "docs/reference/json.md" in table
    assert (DOCS / "reference" / "json.md").exists()


def test_the_glossary_names_all_fourteen_components_in_indonesian_and_english() -> None:
    """Each component of Pasal 21 is a glossary term under both names, with its huruf."""
    glossary = generate.component_glossary()
    terms = glossary.splitlines()
    assert len(pl.Component) == 14
    for component in pl.Component:
        index = terms.index(component.label.id)
        assert terms[index + 1] == component.label.en
        assert f"UU 25/2009 Pasal 21 huruf {component.letter})" in terms[index + 2]
    page = (DOCS / "reference" / "glossary.md").read_text(encoding="utf-8")
    assert "generated/components-glossary.md" in page


GLOSSARY_TERMS = (
    "Forum Konsultasi Publik",
    "Survei Kepuasan Masyarakat",
    "Indeks Kepuasan Masyarakat",
    "Unsur",
    "NRR",
    "Pengaduan",
    "SP4N-LAPOR!",
    "Berkas lengkap",
    "Tindak lanjut",
    "Rencana tindak lanjut",
    "Berita acara",
    "Daftar hadir",
    "Peninjauan ulang",
    "Penetapan",
    "Maklumat",
    "PEKPPP",
    "IPP",
    "Siklus kebijakan",
    "Kerja sama",
    "Lembaga pengawasan pelayanan publik",
)


def test_the_glossary_defines_the_participation_and_cycle_terms() -> None:
    """Each term is a glossary entry (a line of its own, followed by a term or a definition)."""
    lines = (DOCS / "reference" / "glossary.md").read_text(encoding="utf-8").splitlines()
    for term in GLOSSARY_TERMS:
        assert term in lines, term
        after = lines[lines.index(term) + 1]
        assert after.startswith("  ") or after[:1].isupper(), term


def test_the_component_table_follows_the_enum() -> None:
    """The table of components has one row per member, in Pasal 21 order, in its group."""
    rows = [line for line in generate.component_table().splitlines() if line.startswith("| ")][1:]
    assert [row.split("|")[1].strip() for row in rows] == [c.letter for c in pl.Component]
    for row, component in zip(rows, pl.Component, strict=True):
        assert component.label.en in row
        assert ("service delivery" in row) == (component.group is ComponentGroup.SERVICE_DELIVERY)


def _help(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "pelayanan", *args, "--lang=en", "--help"],
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.mark.parametrize("command", [None, *generate.command_names()])
def test_the_cli_reference_is_what_help_prints(command: str | None) -> None:
    """Each command's section holds exactly its `--help --lang=en` text (the docs are English)."""
    reference = generate.cli_reference()
    help_text = _help(*([command] if command else []))
    assert help_text.rstrip() in reference
    if command:
        assert f"## `pelayanan {command}`" in reference
    page = (DOCS / "reference" / "cli.md").read_text(encoding="utf-8")
    assert "generated/cli.md" in page


def test_the_regulation_catalogue_lists_every_instrument_and_each_replacement() -> None:
    """Every instrument has a section, and each replacement is shown both ways."""
    catalogue = generate.instrument_catalogue()
    for instrument in pl.CATALOGUE.values():
        assert f"(instrument-{instrument.key})=" in catalogue
    section = catalogue.split("(instrument-permenpan-rb-14-2017)=")[1].split("\n### ")[1]
    assert "Replaces\n: {ref}`Permenpan RB 16/2014 <instrument-permenpan-rb-16-2014>`" in section


API = DOCS / "reference" / "api"


def test_the_docs_find_the_same_public_modules_as_the_tests() -> None:
    """The extension walks the package as tests/conftest.py does: no module is left out."""
    assert generate.public_modules() == PUBLIC_MODULES
    assert "pelayanan.participation.surveys" in PUBLIC_MODULES
    assert not [m for m in PUBLIC_MODULES if "._" in m]


def test_every_public_module_has_a_section_on_its_wing_s_page() -> None:
    """Each public module found by walking the package is documented on its wing's page.

    ``pelayanan.participation.surveys`` is on ``participation.md``, ``pelayanan.law`` on
    ``law.md``; the package itself is on the index, and every wing page is in its toctree.
    """
    index = (API / "index.md").read_text(encoding="utf-8")
    assert ".. automodule:: pelayanan\n" in index
    for module in PUBLIC_MODULES[1:]:
        wing = generate.wing_of(module)
        page = API / f"{wing}.md"
        hint = f"add an automodule of {module} to docs/reference/api/{wing}.md, listed in index.md"
        assert page.exists(), hint
        assert f".. automodule:: {module}\n" in page.read_text(encoding="utf-8"), hint
        assert re.search(rf"^{wing}$", index, flags=re.MULTILINE), hint


def test_the_api_pages_document_only_public_modules() -> None:
    """No page is left over from an older layout: each names public modules of its own wing."""
    pages = sorted(p.stem for p in API.glob("*.md"))
    wings = sorted({generate.wing_of(m) for m in PUBLIC_MODULES[1:]})
    assert pages == sorted(["index", *wings])
    for page in API.glob("*.md"):
        documented = re.findall(r"^\.\. automodule:: (\S+)$", page.read_text(), re.MULTILINE)
        assert documented, page.name
        for module in documented:
            assert module in PUBLIC_MODULES, (page.name, module)
            assert page.stem == (generate.wing_of(module) or "index"), (page.name, module)


def test_the_examples_of_the_brief_live_in_their_public_module() -> None:
    """A name a private module defines is documented under the public module exporting it."""
    assert generate.home("pelayanan.participation.surveys", "IkmResult") == (
        "pelayanan.participation.surveys.IkmResult"
    )
    assert generate.home("pelayanan.evaluation.performance", "EvaluationInstrument") == (
        "pelayanan.evaluation.performance.EvaluationInstrument"
    )
    assert generate.home("pelayanan", "Instrument") == "pelayanan.law.Instrument"
    assert generate.home("pelayanan.rules", "Rule") == "pelayanan.rules.Rule"
    # Defined and exported by rules.index; rules.validation exports it too.
    assert generate.home("pelayanan.rules.validation", "Index") == "pelayanan.rules.index.Index"
    # Only the package exports the errors and Label: their home is the package page.
    assert generate.home("pelayanan", "LoadError") == "pelayanan.LoadError"
    assert generate.resolve("pelayanan.participation._survey_model.Grade.A") == (
        "pelayanan.participation.surveys.Grade.A"
    )


def test_every_exported_object_has_one_home_that_exports_it() -> None:
    """The home of each exported object is a public module whose ``__all__`` has it by that name.

    The 47 names of the package are re-exports: each has its home in a wing, except what only
    the package exports (defined in the private base).
    """
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            target = generate.home(module.__name__, name)
            home, _, exported = target.rpartition(".")
            assert home in PUBLIC_MODULES, (module.__name__, name, target)
            assert getattr(importlib.import_module(home), exported) is getattr(module, name)
            assert exported in importlib.import_module(home).__all__
    on_the_package_page = {
        name for name in pl.__all__ if generate.canonical_target(name) == f"pelayanan.{name}"
    }
    # The errors, the labels and the version: defined in the private base, exported by no wing.
    assert on_the_package_page == {
        "Label",
        "Lang",
        "LoadError",
        "PelayananError",
        "Problem",
        "UnknownInstrumentError",
        "__version__",
    }
    assert generate.canonical_target("no_such_name") is None


def _imports(path: Path, package: list[str]) -> Iterator[tuple[int, str]]:
    """The modules of the package a source file imports, anywhere in it: (line, module)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = [*base, *(node.module or "").split(".")] if node.module else base
            if not node.level and target[:1] != ["pelayanan"]:
                continue
            names = [f"{'.'.join(target)}.{alias.name}" for alias in node.names]
            yield from ((node.lineno, name) for name in names)
        elif isinstance(node, ast.Import):
            yield from ((node.lineno, a.name) for a in node.names if a.name.startswith("pelayanan"))


def test_the_wings_import_only_the_wings_below_them() -> None:
    """Each module imports from its own wing, the wings below it and the private base, no higher.

    The order is the one the architecture page draws (``generate.WINGS``); every wing the package
    has is in it. ``pelayanan.strategies`` and the package itself sit on top.
    """
    order = ["_base", *(wing for wing, _ in generate.WINGS)]
    found = {generate.wing_of(m) for m in PUBLIC_MODULES[1:]} - {"strategies"}
    assert found <= set(order), "add the new wing to WINGS in docs/_ext/pelayanan_docs/generate.py"
    top = len(order)
    source = ROOT / "src" / "pelayanan"
    upward = []
    for path in sorted(source.rglob("*.py")):
        parts = list(path.relative_to(source).with_suffix("").parts)
        package = ["pelayanan", *parts[:-1]]  # what `from . import` names, also in __init__.py
        rank = order.index(parts[0]) if parts[0] in order else top
        for line, name in _imports(path, package):
            wing = name.split(".")[1] if name.count(".") else ""
            if wing in order and order.index(wing) > rank:
                upward.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert upward == []


def test_the_layering_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The import reader resolves relative imports: ``from ..rules import Rule`` is caught.

    Read from a module of the model wing, that line imports the rules wing, two layers up.
    """
    module = tmp_path / "standards.py"
    module.write_text("from ..rules import Rule\nfrom . import records\nimport pelayanan.io\n")
    found = list(_imports(module, ["pelayanan", "model"]))
    assert found == [
        (1, "pelayanan.rules.Rule"),
        (2, "pelayanan.model.records"),
        (3, "pelayanan.io"),
    ]


def test_unverified_figures_come_from_the_code() -> None:
    """Every rule marked unverified, and every instrument with unverified dates, is listed."""
    figures = generate.unverified_figures()
    for rule in pl.BUILTIN_RULES:
        if not rule.verified:
            assert f"{{ref}}`{rule.code} <rule-{rule.code.lower()}>`" in figures
    for instrument in pl.CATALOGUE.values():
        if not instrument.dates_verified:
            assert f"instrument-{instrument.key}" in figures


def test_unverified_figures_include_complaints_surveys_indicators_and_guards() -> None:
    """The complaint limits, the SKM questionnaires, PEKPPP rubrics and the cycle's guards."""
    figures = generate.unverified_figures()

    def section(title: str) -> str:
        return figures.split(f"### {title}\n")[1].split("\n### ")[0]

    limits = section("Complaint time limits")
    for kind in ComplaintDeadlineKind:
        limit = COMPLAINT_POLICY.limit(kind)
        if limit is not None:
            row = next(line for line in limits.splitlines() if kind.label.en in line)
            assert ("**UNVERIFIED**" in row) is not limit.verified
    surveys = section("Satisfaction-survey questionnaires")
    for version in QUESTIONNAIRES.values():
        assert f"instrument-{version.key}>" in surveys
    rubrics = section("PEKPPP rubrics")
    for code in ("6.a", "7.a", "8.a", "9.a"):
        assert f"| {code} |" in rubrics
    guards = section("Policy-cycle guards")
    for code, guard in cycle.GUARDS.items():
        row = next(line for line in guards.splitlines() if f"`{code} <" in line)
        assert ("**UNVERIFIED**" in row) is not guard.verified


def test_the_figures_page_lists_what_is_verified_as_well_as_what_is_not() -> None:
    """Every verified instrument date with its source, and every error rule with its obligation."""
    figures = generate.unverified_figures()

    def section(title: str) -> str:
        return figures.split(f"### {title}\n")[1].split("\n### ")[0]

    dated = section("Instruments whose dates are verified")
    undated = section("Instruments whose dates are unverified")
    for instrument in pl.CATALOGUE.values():
        listed = dated if instrument.dates_verified else undated
        assert f"instrument-{instrument.key}>" in listed
    errors = section("Rules that are errors")
    for rule in pl.BUILTIN_RULES:
        if rule.severity.value == "error":
            assert rule.verified
            assert f"`{rule.code} <" in errors
    assert "PC004" not in errors  # PEKPPP's scoring form: a warning
    assert "Krejcie & Morgan (1970), Table 1: 90 rows" in section("Sample-size table")


# --- diagrams ----------------------------------------------------------------------------------


class _Stage(enum.Enum):
    """A stand-in for the policy cycle's stages: a value and a bilingual label."""

    DRAFT = "draft"
    CONSULTED = "consulted"
    ESTABLISHED = "established"
    REVOKED = "revoked"

    @property
    def label(self) -> pl.Label:
        return {
            "draft": pl.Label("Rancangan", "Draft"),
            "consulted": pl.Label("Dibahas bersama masyarakat", "Consulted"),
            "established": pl.Label("Ditetapkan", "Established"),
            "revoked": pl.Label("Dicabut", "Revoked"),
        }[self.value]


STUB_TRANSITIONS = (
    (_Stage.DRAFT, _Stage.CONSULTED, "hold a consultation forum"),
    (_Stage.CONSULTED, _Stage.ESTABLISHED, "establish by decree"),
    (_Stage.CONSULTED, _Stage.DRAFT, "revise"),
    (_Stage.ESTABLISHED, _Stage.REVOKED, "revoke"),
)


def test_a_lifecycle_diagram_is_drawn_from_a_transition_table() -> None:
    """Every state and action of the table is in the SVG; the cycle back is dashed."""
    svg = diagrams.render_svg(diagrams.lifecycle_graph(STUB_TRANSITIONS), title="Stub lifecycle")
    assert svg.startswith("<svg")
    assert svg.rstrip().endswith("</svg>")
    for state in _Stage:
        assert f">{state.label.id}<" in svg
        assert f">{state.label.en}<" in svg
        assert f">{state.value}<" in svg
    for _, _, action in STUB_TRANSITIONS:
        assert f">{action}<" in svg
    assert svg.count('<path class="pl-edge') == len(STUB_TRANSITIONS)
    assert svg.count("pl-edge-back") == 1


def test_the_diagram_of_the_same_table_is_the_same_text() -> None:
    """Drawing is deterministic, so a rebuild changes nothing."""
    first = diagrams.render_svg(diagrams.lifecycle_graph(STUB_TRANSITIONS), title="t")
    second = diagrams.render_svg(diagrams.lifecycle_graph(list(STUB_TRANSITIONS)), title="t")
    assert first == second


@attrs.frozen
class _Row:
    """A stand-in for a row object of a transition table, as ``pelayanan.participation.cycle.CycleTransition``."""

    source: _Stage | None
    action: str
    target: _Stage
    guards: tuple[str, ...] = ()
    basis: tuple[str, ...] = ()


STUB_ROWS = (
    _Row(None, "start drafting", _Stage.DRAFT),
    _Row(_Stage.DRAFT, "hold a consultation forum", _Stage.CONSULTED),
    _Row(_Stage.CONSULTED, "establish by decree", _Stage.ESTABLISHED, ("PC003",), ("UU 25/2009",)),
    _Row(_Stage.ESTABLISHED, "revoke", _Stage.REVOKED),
    _Row(_Stage.CONSULTED, "revoke", _Stage.REVOKED),
)


def test_a_table_of_row_objects_starts_from_a_start_node() -> None:
    """Rows with source/action/target draw like triples; a None source is one filled circle."""
    rows = diagrams.transition_rows(STUB_ROWS)
    assert [(r.source, r.target, r.action) for r in rows][:2] == [
        (None, _Stage.DRAFT, "start drafting"),
        (_Stage.DRAFT, _Stage.CONSULTED, "hold a consultation forum"),
    ]
    assert rows[2].guards == ("PC003",)
    assert rows[2].basis == ("UU 25/2009",)
    graph = diagrams.lifecycle_graph(STUB_ROWS)
    assert graph.nodes[0].kind == "start"
    assert (diagrams.START, _Stage.DRAFT.label.id) == (
        graph.edges[0].source,
        graph.node(graph.edges[0].target).lines[0],
    )
    svg = diagrams.render_svg(graph, title="Stub rows")
    assert svg.count("<circle") == 1
    assert svg.count('<path class="pl-edge') == len(STUB_ROWS)


def test_omitted_actions_leave_the_drawing_and_the_states_only_they_reach() -> None:
    """`omit` drops the rows of an action from the drawing, and a state no other row reaches."""
    graph = diagrams.lifecycle_graph(STUB_ROWS, omit=["revoke"])
    assert [e.label for e in graph.edges] == [
        "start drafting",
        "hold a consultation forum",
        "establish by decree",
    ]
    assert _Stage.REVOKED.label.id not in {n.lines[0] for n in graph.nodes}
    with pytest.raises(ValueError, match="every transition is omitted"):
        diagrams.lifecycle_graph(STUB_ROWS[3:], omit=["revoke"])


def test_a_mapping_of_next_states_is_a_table_in_the_enumeration_s_order() -> None:
    """{state: frozenset of next states} gives one row per move, ordered as the enum, not the set."""
    table = {
        _Stage.CONSULTED: frozenset({_Stage.REVOKED, _Stage.ESTABLISHED, _Stage.DRAFT}),
        _Stage.DRAFT: frozenset({_Stage.CONSULTED}),
    }
    rows = diagrams.transition_rows(table)
    assert [(r.source, r.target, r.action) for r in rows] == [
        (_Stage.DRAFT, _Stage.CONSULTED, None),
        (_Stage.CONSULTED, _Stage.DRAFT, None),
        (_Stage.CONSULTED, _Stage.ESTABLISHED, None),
        (_Stage.CONSULTED, _Stage.REVOKED, None),
    ]
    svg = diagrams.render_svg(diagrams.lifecycle_graph(COMPLAINT_TRANSITIONS), title="t")
    for status in ComplaintStatus:
        assert f">{status.label.en}<" in svg
    moves = sum(len(targets) for targets in COMPLAINT_TRANSITIONS.values())
    assert svg.count('<path class="pl-edge') == moves


def test_the_library_s_policy_cycle_table_can_be_drawn() -> None:
    """`pelayanan.participation.cycle.TRANSITIONS` is a table of row objects the directive reads."""
    rows = diagrams.transition_rows(cycle.TRANSITIONS)
    assert len(rows) == len(cycle.TRANSITIONS)
    assert rows[0].source is None
    assert rows[0].action is CycleAction.DRAFTING_STARTED
    graph = diagrams.lifecycle_graph(cycle.TRANSITIONS)
    assert {n.id for n in graph.nodes} >= {diagrams.START, "CycleStage:review"}


def test_a_transition_table_must_have_transitions() -> None:
    """An empty table or a one-element row is refused with a message."""
    with pytest.raises(ValueError, match="empty"):
        diagrams.lifecycle_graph([])
    with pytest.raises(ValueError, match="from_state, to_state"):
        diagrams.lifecycle_graph([(_Stage.DRAFT,)])


def test_the_model_diagram_shows_every_document_kind_and_its_references() -> None:
    """Each document kind is a node; a standard points at its service, a charter at its unit."""
    graph = diagrams.model_graph()
    names = {node.id for node in graph.nodes}
    assert {cls.__name__ for cls in pl.DOCUMENT_KINDS.values()} <= names
    edges = {(e.source, e.target, e.label) for e in graph.edges}
    assert ("ServiceStandard", "Service", "service_id") in edges
    assert ("ServiceCharter", "Unit", "unit_id") in edges
    assert ("Provider", "Unit", "units[]") in edges


def test_a_model_diagram_of_some_kinds_draws_what_they_refer_to_and_hides_fields() -> None:
    """`kinds` keeps those documents (and boxes for what they name); `hide` drops fields' arrows."""
    graph = diagrams.model_graph(["complaint", "policy_cycle"], hide=["unit_id", "provider_id"])
    names = {node.id for node in graph.nodes}
    assert {"Complaint", "PolicyCycle", "ConsultationForum", "ServiceStandard"} <= names
    assert "Provider" not in names
    assert "Participant" not in names  # inside a forum, which is only referred to here
    assert "Label" not in names  # a bilingual text, not an entity, although it has an id
    edges = {(e.source, e.target, e.label) for e in graph.edges}
    assert ("PolicyCycle", "ConsultationForum", "events[].forum_ids[]") in edges
    assert not any(e.label == "unit_id" for e in graph.edges)
    with pytest.raises(ValueError, match="not document kinds: standard"):
        diagrams.model_graph(["standard"])


# --- the Sphinx build --------------------------------------------------------------------------


def _sphinx(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sphinx", *args],
        cwd=cwd,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


_STUB_MODULE = '''
"""A stand-in lifecycle module for the directive's test."""
import enum


class Label:
    def __init__(self, id, en):
        self.id, self.en = id, en


class Stage(enum.Enum):
    DRAFT = "draft"
    ESTABLISHED = "established"

    @property
    def label(self):
        return {"draft": Label("Rancangan", "Draft"), "established": Label("Ditetapkan", "Established")}[self.value]


TRANSITIONS = [(Stage.DRAFT, Stage.ESTABLISHED, "establish"), (Stage.ESTABLISHED, Stage.DRAFT, "review")]


class Row:
    def __init__(self, source, action, target, guards=()):
        self.source, self.action, self.target, self.guards = source, action, target, guards


NEXT = {Stage.DRAFT: frozenset({Stage.ESTABLISHED}), Stage.ESTABLISHED: frozenset({Stage.DRAFT})}

ROWS = [
    Row(None, "start", Stage.DRAFT),
    Row(Stage.DRAFT, "establish", Stage.ESTABLISHED, ("PC003",)),
    Row(Stage.ESTABLISHED, "revoke", Stage.DRAFT),
]
'''


def _directive_project(tmp_path: Path, page: str) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    (project / "stub_lifecycle.py").write_text(textwrap.dedent(_STUB_MODULE))
    (project / "conf.py").write_text(
        "import sys\n"
        f"sys.path[:0] = [{str(project)!r}, {str(DOCS / '_ext')!r}, {str(ROOT / 'src')!r}]\n"
        "extensions = ['myst_parser', 'pelayanan_docs.extension']\n"
        "pelayanan_generate = False\n"
    )
    (project / "index.md").write_text(page)
    return project


def test_the_lifecycle_directive_draws_a_table_during_a_build(tmp_path: Path) -> None:
    """`{lifecycle-diagram} module:ATTRIBUTE` puts the SVG and the transitions in the page."""
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    page = "# Stub\n\n```{lifecycle-diagram} stub_lifecycle:TRANSITIONS\n:caption: Stub\n```\n"
    project = _directive_project(tmp_path, page)
    result = _sphinx("-W", "-q", "-b", "html", str(project), str(tmp_path / "html"))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert "<svg" in html
    assert ">Rancangan<" in html
    assert ">Ditetapkan<" in html
    assert "stub_lifecycle.TRANSITIONS" in html
    assert "pl-edge-back" in html


def test_the_lifecycle_directive_draws_row_objects_with_their_checks(tmp_path: Path) -> None:
    """Rows with a None source start from a circle; guards become a Checks column; :omit: works."""
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    page = (
        "# Stub\n\n(rule-pc003)=\n## PC003\n\n"
        "```{lifecycle-diagram} stub_lifecycle:ROWS\n:omit: revoke\n```\n"
    )
    project = _directive_project(tmp_path, page)
    result = _sphinx("-W", "-q", "-b", "html", str(project), str(tmp_path / "html"))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert "<circle" in html
    assert "<p>Checks</p>" in html
    assert 'href="#rule-pc003"' in html
    assert "<p>(start)</p>" in html
    assert "Not drawn, so that the cycle stays readable: revoke (1 of the 3 rows" in html
    assert html.count('<path class="pl-edge') == 2


def test_the_lifecycle_directive_draws_a_mapping_of_next_states(tmp_path: Path) -> None:
    """A {state: next states} table is drawn without actions; its table has no Action column."""
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    page = "# Stub\n\n```{lifecycle-diagram} stub_lifecycle:NEXT\n```\n"
    project = _directive_project(tmp_path, page)
    result = _sphinx("-W", "-q", "-b", "html", str(project), str(tmp_path / "html"))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert html.count('<path class="pl-edge') == 2
    assert "<p>Action</p>" not in html
    assert "<p>Rancangan (Draft) [draft]</p>" in html


def test_an_optional_lifecycle_directive_waits_for_its_module(tmp_path: Path) -> None:
    """With `:optional:`, a module that does not exist yet gives a note, not a failed build."""
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    page = "# Stub\n\n```{lifecycle-diagram} no_such_lifecycle:TRANSITIONS\n:optional:\n```\n"
    project = _directive_project(tmp_path, page)
    result = _sphinx("-W", "-q", "-b", "html", str(project), str(tmp_path / "html"))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert "Diagram pending" in html


def test_the_lifecycle_directive_fails_the_build_for_a_missing_table(tmp_path: Path) -> None:
    """`:optional:` forgives only a missing module: a renamed table is an error."""
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    page = "# Stub\n\n```{lifecycle-diagram} stub_lifecycle:RENAMED\n:optional:\n```\n"
    project = _directive_project(tmp_path, page)
    result = _sphinx("-W", "-q", "-b", "html", str(project), str(tmp_path / "html"))
    assert result.returncode != 0
    assert "has no transition table RENAMED" in result.stderr


def test_the_documentation_builds_with_warnings_as_errors(tmp_path: Path) -> None:
    """The whole site builds with -W, and the generated pages hold what they must."""
    for module in ("sphinx", "myst_parser", "furo"):
        pytest.importorskip(module)
    out = tmp_path / "html"
    result = _sphinx(
        "-W",
        "--keep-going",
        "-q",
        "-b",
        "html",
        "-d",
        str(tmp_path / "doctrees"),
        str(DOCS),
        str(out),
    )
    assert result.returncode == 0, result.stderr
    rules = (out / "reference" / "rules.html").read_text(encoding="utf-8")
    for code in pl.BUILTIN_RULES.codes():
        assert f'id="rule-{code.lower()}"' in rules
    glossary = (out / "reference" / "glossary.html").read_text(encoding="utf-8")
    for component in pl.Component:
        assert component.label.id in glossary
        assert component.label.en in glossary
    concepts = (out / "concepts" / "index.html").read_text(encoding="utf-8")
    assert "<svg" in concepts
    cycle_page = (out / "concepts" / "policy-cycle.html").read_text(encoding="utf-8")
    assert "<svg" in cycle_page or "Diagram pending" in cycle_page
    from sphinx.util.inventory import InventoryFile

    with (out / "objects.inv").open("rb") as stream:
        inventory = InventoryFile.load(stream, "", lambda base, uri: uri)
    objects = getattr(inventory, "data", inventory)
    documented = {
        name for kind, names in objects.items() if kind.startswith("py:") for name in names
    }
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            assert generate.home(module.__name__, name) in documented, (module.__name__, name)
    # Documented once: a re-export is a link to its home, not a second description.
    assert "pelayanan.rules.validation.Index" not in documented
    assert "pelayanan.rules.index.Index" in documented
    architecture = (out / "concepts" / "architecture.html").read_text(encoding="utf-8")
    for wing, _ in generate.WINGS:
        assert f"pelayanan.{wing}" in architecture
