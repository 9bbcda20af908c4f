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
      the documents and what refers to what, from :data:`pelayanan.DOCUMENT_KINDS`;
      ``:kinds: KIND, ...`` draws only those documents with their contents (and what they refer
      to), ``:hide: FIELD, ...`` leaves out the references made by those fields, ``:title:`` and
      ``:caption:`` name it.
  ``{component-groups-diagram}``
      the 14 components of Pasal 21 in their two groups, from :class:`pelayanan.Component`.

* A ``missing-reference`` handler resolves ``pelayanan.Name`` (a name re-exported at the top
  level) to the place it is documented, and reports any other unresolved ``pelayanan.*``
  reference on a hand-written page as a warning, so that a concept page cannot link to a class
  that does not exist.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

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
        for node in graph.nodes:
            cls = next(
                (c for m in generate.public_modules() for c in [_class(m, node.id)] if c), None
            )
            if cls is not None:
                _note_module(self, cls)
        caption = self.options.get("caption") or (
            "The documents (with a kind) and the entities inside them. Solid arrows: "
            "containment (units[] holds Unit objects); grey arrows: references by id "
            "(unit_id names a Unit)."
        )
        svg = diagrams.render_svg(
            graph,
            title=self.options.get("title") or "The pelayanan document model",
            description="Drawn during the build from pelayanan.DOCUMENT_KINDS and type hints.",
        )
        return [_figure(svg, caption)]


def _names(option: str | None) -> list[str]:
    """A comma-separated option as a list of names."""
    return [name.strip() for name in (option or "").split(",") if name.strip()]


def _class(module_name: str, name: str) -> type | None:
    module = importlib.import_module(module_name)
    found = getattr(module, name, None)
    return found if inspect.isclass(found) and found.__module__ == module_name else None


class ComponentGroupsDiagram(SphinxDirective):
    """The 14 components of Pasal 21 in their two groups."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Draw :func:`diagrams.component_groups_svg`."""
        _note_module(self, importlib.import_module("pelayanan.model.components"))
        caption = (
            "The 14 components of UU 25/2009 Pasal 21 and the two groups of Permenpan RB "
            "15/2014, drawn from pelayanan.Component."
        )
        return [_figure(diagrams.component_groups_svg(), caption)]


# --- references to re-exported names -------------------------------------------------------------


def _canonical(target: str) -> str | None:
    first, _, rest = target.removeprefix("pelayanan.").partition(".")
    canonical = generate.canonical_target(first)
    if canonical is None:
        return None
    return f"{canonical}.{rest}" if rest else canonical


def resolve_reexports(
    app: Sphinx, env: Any, node: nodes.Element, contnode: nodes.Element
) -> nodes.Element | None:
    """Resolve ``pelayanan.Name`` to where ``Name`` is documented; warn about the unresolvable."""
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if not target.startswith("pelayanan."):
        return None
    canonical = _canonical(target)
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


def _constants() -> dict[str, str]:
    """repr → name of the library's exported constants (``GOVERNMENT_CALENDAR``, ...)."""
    import pelayanan  # noqa: PLC0415  (imported by the time signatures are formatted)

    found: dict[str, str] = {}
    for name in pelayanan.__all__:
        value = getattr(pelayanan, name)
        if name.isupper() and not inspect.isclass(value):
            found.setdefault(repr(value), name)
    return found


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
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
