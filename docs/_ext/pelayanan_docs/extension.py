"""The documentation's own Sphinx extension: generated reference pages and diagrams.

* At ``builder-inited`` it writes the fragments of :data:`generate.GENERATORS` (rule catalogue,
  regulation catalogue, CLI help, component glossary, unverified figures, top-level names) into
  ``docs/reference/generated/``, which the hand-written pages ``{include}``. The folder is ignored
  by git and excluded from the page search, so nothing generated is ever committed or stale.
* Directives, each drawing an SVG from the code during the build (see :mod:`.diagrams`):

  ``{lifecycle-diagram} module:ATTRIBUTE``
      a state diagram from a transition table: an iterable of ``(from_state, to_state, action)``
      triples, or of row objects with ``source``, ``action`` and ``target`` (a ``None`` source is
      the start of the cycle, drawn as a filled circle) and optionally ``guards`` (rule codes,
      linked to the rule catalogue) and ``basis`` (citations), which the table under the drawing
      then shows; or a mapping from each state to the states it may move to. ``:optional:`` shows
      a note instead of failing when *that module* does not exist yet (any other problem, such as
      a missing attribute, is an error); ``:caption:`` sets the caption; ``:omit: ACTION, ...``
      leaves the rows with those actions (by value) out of the drawing, not out of the table.
  ``{model-diagram}``
      the documents and what refers to what, from :data:`pelayanan.io.documents.DOCUMENT_KINDS`;
      ``:kinds: KIND, ...`` draws only those documents with their contents (and what they refer
      to), ``:hide: FIELD, ...`` leaves out the references made by those fields, ``:title:`` and
      ``:caption:`` name it.
  ``{component-groups-diagram}``
      the 14 components of Pasal 21 in their two groups, from :class:`pelayanan.model.components.Component`.

* ``automodule`` documents each exported object once, in its home (:func:`generate.home`): a
  module's ``__all__`` members whose home is another module are left out and listed under the
  module's docstring with a link to their home; a constant defined in a private module (the
  SKM questionnaires, the PEKPPP instruments) is documented under the public module that exports
  it, with the docstring written under it where it is defined.
* A ``missing-reference`` handler resolves any ``pelayanan.*`` name to the home of the object it
  names (``pelayanan.Name`` re-exported at the top level, a class named by its private module in
  a signature), and reports any other unresolved ``pelayanan.*`` reference on a hand-written page
  as a warning, so that a concept page cannot link to a class that does not exist.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

try:  # Sphinx 9
    from sphinx.ext.autodoc import AutodocDirective
except ImportError:  # Sphinx 8
    from sphinx.ext.autodoc.directive import AutodocDirective

from pelayanan.io.documents import DOCUMENT_KINDS

from . import diagrams, generate

__all__ = ["setup"]

logger = logging.getLogger(__name__)

GENERATED_HEADER = (
    "% Generated from the code by docs/_ext/pelayanan_docs during the build. Do not edit;\n"
    "% do not commit (docs/reference/generated/ is ignored by git).\n\n"
)


def write_generated(app: Sphinx) -> None:
    """Write every generated fragment, touching only files whose content changed."""
    if not app.config.pelayanan_generate:
        return
    folder = Path(app.srcdir) / "reference" / "generated"
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in generate.GENERATORS.items():
        path = folder / name
        text = GENERATED_HEADER + make()
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


# --- directives ----------------------------------------------------------------------------------


Cell = str | list[nodes.Node]
"""A table cell: text, or inline nodes (references)."""


def _cell(content: Cell) -> nodes.entry:
    if isinstance(content, str):
        return nodes.entry("", nodes.paragraph(text=content))
    return nodes.entry("", nodes.paragraph("", "", *content))


def _table(headers: list[str], rows: list[list[Cell]]) -> nodes.table:
    table = nodes.table(classes=["pl-transitions"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    group.extend(nodes.colspec(colwidth=1) for _ in headers)
    head = nodes.thead()
    group += head
    head += nodes.row("", *(nodes.entry("", nodes.paragraph(text=h)) for h in headers))
    body = nodes.tbody()
    group += body
    for row in rows:
        body += nodes.row("", *(_cell(cell) for cell in row))
    return table


def _figure(svg: str, caption: str) -> nodes.container:
    figure = nodes.container(classes=["pl-diagram-figure"])
    figure += nodes.raw("", svg, format="html")
    figure += nodes.paragraph("", "", nodes.emphasis(text=caption), classes=["pl-diagram-caption"])
    return figure


def _note_module(directive: SphinxDirective, obj: object) -> None:
    path = inspect.getsourcefile(obj) if inspect.ismodule(obj) or inspect.isclass(obj) else None
    if path:
        directive.env.note_dependency(path)


def _rule_links(codes: tuple[str, ...]) -> list[nodes.Node]:
    """Each code as a reference to its section of the rule catalogue (``rule-pc003``)."""
    links: list[nodes.Node] = []
    for code in codes:
        if links:
            links.append(nodes.Text(", "))
        links.append(
            addnodes.pending_xref(
                "",
                nodes.literal(text=code),
                refdomain="std",
                reftype="ref",
                reftarget=f"rule-{code.lower()}",
                refexplicit=True,
                refwarn=True,
            )
        )
    return links


def _describe(state: object, none: str = "(start)") -> str:
    if state is None:
        return none
    main, english, value = diagrams.state_texts(state)
    parts = [main]
    if english and english != main:
        parts.append(f"({english})")
    if value and value not in (main, english):
        parts.append(f"[{value}]")
    return " ".join(parts)


class LifecycleDiagram(SphinxDirective):
    """A state diagram drawn from a transition table in the code."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "optional": directives.flag,
        "caption": directives.unchanged,
        "omit": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        """Import the table, draw it, and list the transitions under the drawing."""
        module_name, _, attribute = self.arguments[0].partition(":")
        if not attribute:
            msg = f"write the table as module:ATTRIBUTE, not {self.arguments[0]!r}"
            raise self.error(msg)
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            missing = exc.name or ""
            if "optional" in self.options and module_name.startswith(missing):
                return [self._pending(module_name, attribute)]
            msg = f"cannot import {module_name}: {exc}"
            raise self.error(msg) from None
        _note_module(self, module)
        try:
            found = getattr(module, attribute)
        except AttributeError:
            msg = f"{module_name} has no transition table {attribute}"
            raise self.error(msg) from None
        # A mapping of next states is read as it is; any other table once, as a list.
        table = found if isinstance(found, Mapping) else list(found)
        omit = _names(self.options.get("omit"))
        try:
            rows = diagrams.transition_rows(table)
            graph = diagrams.lifecycle_graph(table, omit=omit)
        except (TypeError, ValueError) as exc:
            msg = f"{module_name}:{attribute} is not a transition table: {exc}"
            raise self.error(msg) from None
        caption = self.options.get("caption") or f"States and transitions of {module_name}"
        svg = diagrams.render_svg(
            graph,
            title=caption,
            description=f"Drawn during the build from {module_name}.{attribute}.",
        )
        source = nodes.paragraph(
            "",
            "Drawn during the build from ",
            nodes.literal(text=f"{module_name}.{attribute}"),
            nodes.Text("; the table below lists the same transitions."),
        )
        omitted = [r for r in rows if diagrams.action_key(r.action) in omit]
        if omitted:
            names = dict.fromkeys(_describe(r.action, none="") for r in omitted)
            source += nodes.Text(
                f" Not drawn, so that the cycle stays readable: {', '.join(names)} "
                f"({len(omitted)} of the {len(rows)} rows, all in the table)."
            )
        actions = any(r.action is not None for r in rows)
        headers = ["From", "Action", "To"] if actions else ["From", "To"]
        checks = any(r.guards for r in rows)
        basis = any(r.basis for r in rows)
        headers += ["Checks"] if checks else []
        headers += ["Legal basis"] if basis else []
        cells: list[list[Cell]] = []
        for row in rows:
            cell: list[Cell] = [_describe(row.source)]
            cell += [_describe(row.action, none="")] if actions else []
            cell.append(_describe(row.target))
            if checks:
                cell.append(_rule_links(row.guards) if row.guards else "—")
            if basis:
                cell.append("; ".join(row.basis) or "—")
            cells.append(cell)
        return [_figure(svg, caption), source, _table(headers, cells)]

    def _pending(self, module_name: str, attribute: str) -> nodes.Node:
        note = nodes.admonition(classes=["note"])
        note += nodes.title(text="Diagram pending")
        note += nodes.paragraph(
            "",
            "This diagram is drawn during the build from ",
            nodes.literal(text=f"{module_name}.{attribute}"),
            nodes.Text(
                ". That module is not part of this version of pelayanan yet; the diagram "
                "appears as soon as it is, with no change to this page."
            ),
        )
        return note


class ModelDiagram(SphinxDirective):
    """The documents of the model and what refers to what."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "caption": directives.unchanged,
        "title": directives.unchanged,
        "kinds": directives.unchanged,
        "hide": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        """Draw :func:`diagrams.model_graph`, of the ``:kinds:`` given, without ``:hide:`` fields."""
        kinds = _names(self.options.get("kinds")) or None
        try:
            graph = diagrams.model_graph(kinds, hide=_names(self.options.get("hide")))
        except ValueError as exc:
            raise self.error(str(exc)) from None
        drawn = {node.id for node in graph.nodes}
        for cls in diagrams.entities(DOCUMENT_KINDS.values()):
            if cls.__name__ in drawn:
                _note_module(self, cls)
        caption = self.options.get("caption") or (
            "The documents (with a kind) and the entities inside them. Solid arrows: "
            "containment (units[] holds Unit objects); grey arrows: references by id "
            "(unit_id names a Unit)."
        )
        svg = diagrams.render_svg(
            graph,
            title=self.options.get("title") or "The pelayanan document model",
            description="Drawn during the build from pelayanan.io.documents.DOCUMENT_KINDS and type hints.",
        )
        return [_figure(svg, caption)]


def _names(option: str | None) -> list[str]:
    """A comma-separated option as a list of names."""
    return [name.strip() for name in (option or "").split(",") if name.strip()]


class ComponentGroupsDiagram(SphinxDirective):
    """The 14 components of Pasal 21 in their two groups."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Draw :func:`diagrams.component_groups_svg`."""
        _note_module(self, importlib.import_module("pelayanan.model.components"))
        caption = (
            "The 14 components of UU 25/2009 Pasal 21 and the two groups of Permenpan RB "
            "15/2014, drawn from pelayanan.model.components.Component."
        )
        return [_figure(diagrams.component_groups_svg(), caption)]


# --- each object documented once, in its home -----------------------------------------------------


def _attribute_doc(obj: object, exported_as: str) -> tuple[str, list[str]] | None:
    """Where a constant is defined and the docstring written under it there: the module of the
    package whose ``exported_as`` (or another name) is bound to ``obj`` and has a docstring."""
    for module_name, module in sorted(sys.modules.items()):
        if not module_name.startswith("pelayanan.") or module is None:
            continue
        names = [n for n, value in vars(module).items() if value is obj]
        if not names:
            continue
        try:
            docs = ModuleAnalyzer.for_module(module_name).find_attr_docs()
        except Exception:  # noqa: BLE001,S112  (a module without source has no attribute docs)
            continue
        for name in sorted(names, key=lambda n: n != exported_as):
            if ("", name) in docs:
                return module_name, list(docs["", name])
    return None


def _annotation(module_name: str, name: str) -> str | None:
    """The annotation of a module-level name as written (``Final[...]`` unwrapped)."""
    written = vars(sys.modules[module_name]).get("__annotations__", {}).get(name)
    if not isinstance(written, str):
        return None
    inner = re.fullmatch(r"(?:typing\.)?Final\[(.*)\]", written)
    return inner[1] if inner else (None if written in {"Final", "typing.Final"} else written)


def _foreign_constants(module_name: str) -> Iterator[tuple[str, str | None, list[str]]]:
    """The constants a public module documents although another module defines them: (name,
    annotation, docstring lines)."""
    module = importlib.import_module(module_name)
    own = ModuleAnalyzer.for_module(module_name).find_attr_docs()
    for name in getattr(module, "__all__", ()):
        obj = getattr(module, name)
        if (
            inspect.isclass(obj)
            or inspect.isroutine(obj)
            or ("", name) in own
            or generate.home(module_name, name) != f"{module_name}.{name}"
        ):
            continue
        found = _attribute_doc(obj, name)
        if found is None:
            logger.warning(
                "%s.%s has no docstring: write one under its definition",
                module_name,
                name,
                type="pelayanan",
                subtype="doc",
            )
            continue
        defined_in, lines = found
        yield name, _annotation(defined_in, name), lines


class HomeAutomodule(AutodocDirective):  # type: ignore[misc]
    """``automodule`` that documents each exported object in its home only.

    For a module of the package, the members of ``__all__`` documented in another module are
    excluded and listed (with links) after the module's docstring, and the constants it exports
    from a private module are documented here with their docstrings from there.
    """

    def run(self) -> list[nodes.Node]:
        """Add the exclusions and the extra content, then document the module as autodoc does."""
        module_name = self.arguments[0].strip()
        if module_name == "pelayanan" or module_name.startswith("pelayanan."):
            self._document_homes(module_name)
        return list(super().run())

    def _document_homes(self, module_name: str) -> None:
        source, line = self.get_source_info()
        elsewhere = generate.reexports(module_name)
        constants = list(_foreign_constants(module_name))
        excluded = [n for n, _ in elsewhere] + [n for n, _, _ in constants]
        given = self.options.get("exclude-members", "")
        self.options["exclude-members"] = ", ".join(filter(None, [given, *excluded]))
        extra: list[str] = []
        if elsewhere and module_name != "pelayanan":
            links = ", ".join(f":py:obj:`~{target}`" for _, target in elsewhere)
            extra += ["", f"Also exported here, and documented in their home: {links}.", ""]
        for name, annotation, lines in constants:
            extra += ["", f".. py:data:: {name}"]
            extra += [f"   :type: {annotation}"] if annotation else []
            extra += ["", *(f"   {text}" if text else "" for text in lines), ""]
        # A new list: appending to the directive's own content would insert the lines into the
        # page being parsed as well (a docutils ViewList passes changes on to its parent).
        content = StringList()
        for offset, text in enumerate(self.content):
            content.append(text, *self.content.info(offset))
        for text in extra:
            content.append(text, source, line)
        self.content = content


def _register_automodule(app: Sphinx, config: Any) -> None:
    app.add_directive("automodule", HomeAutomodule, override=True)


def resolve_reexports(
    app: Sphinx, env: Any, node: nodes.Element, contnode: nodes.Element
) -> nodes.Element | None:
    """Resolve ``pelayanan.…`` to the home of what it names; warn about the unresolvable."""
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if not target.startswith("pelayanan."):
        return None
    canonical = generate.resolve(target)
    if canonical and canonical != target:
        python = env.domains["py"] if hasattr(env.domains, "__getitem__") else env.get_domain("py")
        found = python.resolve_any_xref(env, node["refdoc"], app.builder, canonical, node, contnode)
        if found:
            return found[0][1]
    if not node["refdoc"].startswith("reference/api/"):
        logger.warning(
            "no documented Python object %s", target, location=node, type="pelayanan", subtype="ref"
        )
    return None


# --- signatures ----------------------------------------------------------------------------------

_ENUM_REPR = re.compile(r"<(\w+)\.(\w+): [^<>]*>")


_SHORTEST_REPR = 24
"""Shorter reprs (``2002``, ``range(1, 5)``) may be a literal default, not the constant."""


@functools.cache
def _constants() -> dict[str, str]:
    """repr → name of the library's exported constants (``GOVERNMENT_CALENDAR``, ...), the
    longest first, so that a constant inside another (``WORKING_WEEK`` in
    ``GOVERNMENT_CALENDAR``) is replaced after it."""
    found: dict[str, str] = {}
    for module_name in generate.public_modules():
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            text = repr(value)
            if name.isupper() and not inspect.isclass(value) and len(text) >= _SHORTEST_REPR:
                found.setdefault(text, name)
    return dict(sorted(found.items(), key=lambda item: -len(item[0])))


def readable_signature(  # noqa: PLR0917  (the signature Sphinx calls it with)
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    """Defaults as a reader writes them: ``GOVERNMENT_CALENDAR``, ``Weekday.MONDAY``.

    A default's ``repr`` such as ``<Weekday.MONDAY: 'monday'>`` is not Python, and Sphinx then
    shows the whole signature unparsed.
    """
    if not signature:
        return None
    for text, constant in _constants().items():
        signature = signature.replace(text, constant)
    return _ENUM_REPR.sub(r"\1.\2", signature), return_annotation


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension."""
    app.setup_extension("sphinx.ext.autodoc")  # for its autodoc-process-signature event
    app.add_config_value("pelayanan_generate", default=True, rebuild="env", types=frozenset({bool}))
    app.connect("builder-inited", write_generated)
    app.connect("missing-reference", resolve_reexports, priority=900)
    app.connect("autodoc-process-signature", readable_signature)
    app.add_directive("lifecycle-diagram", LifecycleDiagram)
    app.add_directive("model-diagram", ModelDiagram)
    app.add_directive("component-groups-diagram", ComponentGroupsDiagram)
    # After autodoc's own automodule, which Sphinx 9 registers when the configuration is read.
    app.connect("config-inited", _register_automodule, priority=900)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
