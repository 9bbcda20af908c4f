"""Diagrams drawn as SVG by this module, from the code's own tables, during the build.

No Graphviz, no Mermaid, no JavaScript: the build machine has no network and no Graphviz binary,
so a small layered layout (Sugiyama-style: ranks by longest path, dummy points for long edges,
barycentre ordering) is enough for the graphs the documentation needs:

* the **lifecycle** of a policy or standard, from a transition table: ``(from_state, to_state,
  action)`` triples, or row objects with ``source``, ``action`` and ``target`` (and optionally
  ``guards`` and ``basis``), where a ``None`` source is the start of the cycle, or a mapping from
  each state to the states it may move to (:func:`transition_rows`, :func:`lifecycle_graph`);
* the **document model**, from :data:`pelayanan.io.documents.DOCUMENT_KINDS` and the classes' type hints
  (:func:`model_graph`);
* the **component groups** of a service standard, from :class:`pelayanan.model.components.Component`
  (:func:`component_groups_svg`).

Nothing here imports Sphinx; ``tests/test_docs.py`` calls these functions directly. Output is
deterministic: the same table always gives the same SVG text.
"""

from __future__ import annotations

import enum
import html
import itertools
import re
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import NoneType, UnionType

import attrs

from pelayanan.io.documents import DOCUMENT_KINDS
from pelayanan.model.components import Component, ComponentGroup

from . import generate

__all__ = [
    "Edge",
    "Graph",
    "Node",
    "Transition",
    "action_key",
    "component_groups_svg",
    "entities",
    "lifecycle_graph",
    "model_graph",
    "render_svg",
    "state_texts",
    "transition_rows",
]

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"
LINE_HEIGHT = 17
PAD_X, PAD_Y = 12, 8
RANK_GAP, NODE_GAP = 56, 28
MARGIN = 16


@dataclass(frozen=True)
class Node:
    """A box: its id, its lines of text (the first is the title), and a CSS class suffix."""

    id: str
    lines: tuple[str, ...]
    kind: str = "state"
    code_lines: frozenset[int] = frozenset()
    """Indices of lines shown in a monospace font (class names, values)."""


@dataclass(frozen=True)
class Edge:
    """An arrow from ``source`` to ``target`` with an optional label."""

    source: str
    target: str
    label: str = ""
    kind: str = ""


@dataclass
class Graph:
    """Nodes and edges, in the order they should be considered for the layout."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    def node(self, node_id: str) -> Node:
        """The node with ``node_id``."""
        return next(n for n in self.nodes if n.id == node_id)


# --- text metrics (approximate: the browser's fonts are unknown here) ---------------------------


def _text_width(text: str, *, code: bool = False, bold: bool = False) -> float:
    per_char = 7.4 if code else 8.2 if bold else 7.3
    return len(text) * per_char


Size = tuple[float, float]
"""Width and height of a box."""


START_SIZE = 18.0
"""Diameter of the start node (a filled circle, as in UML state diagrams)."""


def _node_size(node: Node) -> Size:
    if node.kind == "start":
        return START_SIZE, START_SIZE
    widths = [
        _text_width(line, code=i in node.code_lines, bold=i == 0)
        for i, line in enumerate(node.lines)
    ]
    return max(widths, default=40) + 2 * PAD_X, len(node.lines) * LINE_HEIGHT + 2 * PAD_Y


# --- layout ------------------------------------------------------------------------------------


@dataclass
class _Placed:
    x: float  # centre
    y: float  # top
    width: float
    height: float


def _back_edges(graph: Graph) -> set[int]:
    """Indices of edges that close a cycle, found by depth-first search in node order."""
    outgoing: dict[str, list[tuple[int, str]]] = {n.id: [] for n in graph.nodes}
    incoming = {n.id: 0 for n in graph.nodes}
    for index, edge in enumerate(graph.edges):
        outgoing[edge.source].append((index, edge.target))
        incoming[edge.target] += 1
    order = [n.id for n in graph.nodes if incoming[n.id] == 0] + [
        n.id for n in graph.nodes if incoming[n.id] > 0
    ]
    back: set[int] = set()
    state: dict[str, int] = {}  # 1 on the stack, 2 done

    def visit(node_id: str) -> None:
        state[node_id] = 1
        for index, target in outgoing[node_id]:
            if state.get(target) == 1:
                back.add(index)
            elif target not in state:
                visit(target)
        state[node_id] = 2

    for node_id in order:
        if node_id not in state:
            visit(node_id)
    return back


def _ranks(graph: Graph, back: set[int]) -> dict[str, int]:
    rank = {n.id: 0 for n in graph.nodes}
    forward = [e for i, e in enumerate(graph.edges) if i not in back and e.source != e.target]
    for _ in graph.nodes:  # longest path; a DAG settles in at most len(nodes) rounds
        changed = False
        for edge in forward:
            if rank[edge.target] < rank[edge.source] + 1:
                rank[edge.target] = rank[edge.source] + 1
                changed = True
        if not changed:
            break
    return rank


Chain = tuple[Edge, list[str], bool]
"""An edge, the node ids it passes through (dummies included), and whether it closes a cycle."""
Route = tuple[Edge, list[tuple[float, float]], bool]
"""An edge, the points it is drawn through, and whether it closes a cycle."""


def _chains(
    graph: Graph, rank: dict[str, int], rows: dict[int, list[str]], sizes: dict[str, Size]
) -> list[Chain]:
    """Each edge with one dummy point per rank it crosses (added to ``rows``, ``rank``, ``sizes``)."""
    back = _back_edges(graph)
    chains: list[Chain] = []
    for index, edge in enumerate(graph.edges):
        is_back = index in back or edge.source == edge.target
        chain = [edge.source]
        if not is_back:
            for r in range(rank[edge.source] + 1, rank[edge.target]):
                dummy = f"__dummy_{index}_{r}"
                rows.setdefault(r, []).append(dummy)
                sizes[dummy] = (8.0, 0.0)
                rank[dummy] = r
                chain.append(dummy)
        chain.append(edge.target)
        chains.append((edge, chain, is_back))
    return chains


def _order(rows: dict[int, list[str]], rank: dict[str, int], chains: list[Chain]) -> None:
    """Reorder each rank by the barycentre of its neighbours, sweeping down and up."""
    neighbours: dict[str, list[str]] = {key: [] for key in rank}
    for _, chain, is_back in chains:
        if not is_back:
            for a, b in itertools.pairwise(chain):
                neighbours[a].append(b)
                neighbours[b].append(a)
    levels = sorted(rows)
    position = {key: float(i) for r in levels for i, key in enumerate(rows[r])}
    for sweep in range(8):
        downwards = sweep % 2 == 0
        for r in levels if downwards else reversed(levels):
            adjacent = r - 1 if downwards else r + 1

            def barycentre(key: str, adjacent: int = adjacent) -> float:
                near = [position[n] for n in neighbours[key] if rank[n] == adjacent]
                return sum(near) / len(near) if near else position[key]

            rows[r].sort(key=lambda key: (barycentre(key), position[key]))
            for i, key in enumerate(rows[r]):
                position[key] = float(i)


def _layout(graph: Graph) -> tuple[dict[str, _Placed], list[Route], float, float]:
    """Boxes placed rank by rank, centred, and the points each edge is drawn through."""
    rank = _ranks(graph, _back_edges(graph))
    rows: dict[int, list[str]] = {}
    for node in graph.nodes:
        rows.setdefault(rank[node.id], []).append(node.id)
    sizes = {n.id: _node_size(n) for n in graph.nodes}
    chains = _chains(graph, rank, rows, sizes)
    _order(rows, rank, chains)
    levels = sorted(rows)
    row_widths = {
        r: sum(sizes[k][0] for k in rows[r]) + NODE_GAP * (len(rows[r]) - 1) for r in levels
    }
    width = max(row_widths.values(), default=0)
    placed: dict[str, _Placed] = {}
    y = float(MARGIN)
    for r in levels:
        height = max((sizes[k][1] for k in rows[r]), default=0)
        x = MARGIN + (width - row_widths[r]) / 2
        for key in rows[r]:
            w, h = sizes[key]
            placed[key] = _Placed(x + w / 2, y + (height - h) / 2, w, h)
            x += w + NODE_GAP
        y += height + RANK_GAP
    routes: list[Route] = [
        (
            edge,
            [] if is_back else [(placed[k].x, placed[k].y + placed[k].height / 2) for k in chain],
            is_back,
        )
        for edge, chain, is_back in chains
    ]
    _spread_ports(routes, placed)
    return placed, routes, width + 2 * MARGIN, y - RANK_GAP + MARGIN


def _spread_ports(routes: list[Route], placed: dict[str, _Placed]) -> None:
    """Edges leave from the bottom of a box and enter at its top, spread along the side."""
    leaving: dict[str, list[int]] = {}
    entering: dict[str, list[int]] = {}
    for i, (edge, _points, is_back) in enumerate(routes):
        if not is_back:
            leaving.setdefault(edge.source, []).append(i)
            entering.setdefault(edge.target, []).append(i)
    for key, indices in leaving.items():
        box = placed[key]
        indices.sort(key=lambda i: routes[i][1][1][0])
        for n, i in enumerate(indices, 1):
            x = box.x - box.width / 2 + box.width * n / (len(indices) + 1)
            routes[i][1][0] = (x, box.y + box.height)
    for key, indices in entering.items():
        box = placed[key]
        indices.sort(key=lambda i: routes[i][1][-2][0])
        for n, i in enumerate(indices, 1):
            x = box.x - box.width / 2 + box.width * n / (len(indices) + 1)
            routes[i][1][-1] = (x, box.y)


# --- drawing -----------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "diagram"


def _curve(points: Sequence[tuple[float, float]]) -> str:
    (x0, y0), rest = points[0], points[1:]
    parts = [f"M {x0:.1f} {y0:.1f}"]
    previous = points[0]
    for x, y in rest:
        mid = (previous[1] + y) / 2
        parts.append(f"C {previous[0]:.1f} {mid:.1f} {x:.1f} {mid:.1f} {x:.1f} {y:.1f}")
        previous = (x, y)
    return " ".join(parts)


Box = tuple[float, float, float, float]
"""left, top, right, bottom"""


def _label_box(x: float, y: float, text: str, anchor: str = "middle") -> Box:
    width = _text_width(text, code=True) * 0.85 + 8
    left = {"middle": x - width / 2, "start": x - 4, "end": x - width + 4}[anchor]
    return (left, y - 10, left + width, y + 6)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place_label(
    candidates: Iterable[tuple[float, float]], text: str, taken: list[Box], anchor: str = "middle"
) -> tuple[float, float]:
    """The first candidate point (nudged up or down if needed) where the label overlaps nothing."""
    options = list(candidates)
    for dy in (0.0, -13.0, 13.0, -26.0, 26.0):
        for x, y in options:
            box = _label_box(x, y + dy, text, anchor)
            if not any(_overlaps(box, other) for other in taken):
                taken.append(box)
                return x, y + dy
    x, y = options[0]
    taken.append(_label_box(x, y, text, anchor))
    return x, y


def _label(x: float, y: float, text: str, anchor: str = "middle") -> list[str]:
    left, _, right, _ = _label_box(x, y, text, anchor)
    width = right - left
    return [
        (
            f'<rect class="pl-edge-label-bg" x="{left:.1f}" y="{y - 10:.1f}" width="{width:.1f}" '
            f'height="16" rx="3" fill="white" opacity="0.9"/>'
        ),
        (
            f'<text class="pl-edge-label" x="{x:.1f}" y="{y + 2:.1f}" text-anchor="{anchor}" '
            f'font-family="{MONO}" font-size="11">{_esc(text)}</text>'
        ),
    ]


def render_svg(graph: Graph, *, title: str, description: str = "") -> str:
    """The graph as a standalone ``<svg>`` element (inline in HTML, styled by pelayanan.css)."""
    placed, routes, width, height = _layout(graph)
    back_routes = [(edge, i) for i, (edge, _, is_back) in enumerate(routes) if is_back]
    extra = 60 + 36 * len(back_routes) if back_routes else 0
    longest_back_label = max((len(e.label) for e, _ in back_routes), default=0)
    extra += longest_back_label * 6.5 if back_routes else 0
    width += extra
    ident = _slug(title)
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="pl-diagram" role="img" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
            f'aria-labelledby="{ident}-title {ident}-desc">'
        ),
        f'<title id="{ident}-title">{_esc(title)}</title>',
        f'<desc id="{ident}-desc">{_esc(description or title)}</desc>',
        "<defs>",
        (
            f'<marker id="{ident}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" '
            'markerHeight="8" orient="auto-start-reverse">'
            '<path class="pl-arrow" d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker>'
        ),
        "</defs>",
    ]
    labels: list[str] = []
    taken: list[Box] = [
        (p.x - p.width / 2, p.y, p.x + p.width / 2, p.y + p.height)
        for key, p in placed.items()
        if not key.startswith("__dummy")
    ]
    for edge, points, is_back in routes:
        if is_back:
            continue
        css = f"pl-edge pl-edge-{edge.kind}" if edge.kind else "pl-edge"
        colour = "#888" if edge.kind == "refers" else "#555"
        out.append(
            f'<path class="{css}" d="{_curve(points)}" fill="none" stroke="{colour}" '
            f'stroke-width="1.4" marker-end="url(#{ident}-arrow)"/>'
        )
        if edge.label:
            pairs = list(itertools.pairwise(points))
            middle = (len(pairs) - 1) / 2
            order = sorted(range(len(pairs)), key=lambda i: (abs(i - middle), i))
            segments = [pairs[i] for i in order]
            x, y = _place_label(
                (((ax + bx) / 2, (ay + by) / 2) for (ax, ay), (bx, by) in segments),
                edge.label,
                taken,
            )
            labels.extend(_label(x, y, edge.label))
    right = max((p.x + p.width / 2 for p in placed.values()), default=0)
    for n, (edge, _) in enumerate(back_routes):
        source, target = placed[edge.source], placed[edge.target]
        sx, sy = source.x + source.width / 2, source.y + source.height / 2
        tx, ty = target.x + target.width / 2, target.y + target.height / 2
        out_x = right + 40 + 36 * n
        if edge.source == edge.target:
            sy, ty = source.y + source.height * 0.3, source.y + source.height * 0.7
        out.append(
            f'<path class="pl-edge pl-edge-back" d="M {sx:.1f} {sy:.1f} C {out_x:.1f} {sy:.1f} '
            f'{out_x:.1f} {ty:.1f} {tx + 2:.1f} {ty:.1f}" fill="none" stroke="#555" '
            f'stroke-width="1.4" stroke-dasharray="5 3" marker-end="url(#{ident}-arrow)"/>'
        )
        if edge.label:
            # The curve's farthest point (t = 1/2 of the cubic): 3/4 of the way to its controls.
            far = 0.75 * out_x + 0.125 * (sx + tx + 2)
            x, y = _place_label([(far + 6, (sy + ty) / 2)], edge.label, taken, anchor="start")
            labels.extend(_label(x, y, edge.label, anchor="start"))
    for node in graph.nodes:
        box = placed[node.id]
        if node.kind == "start":
            out.append(
                f'<g class="pl-node pl-node-start"><circle cx="{box.x:.1f}" '
                f'cy="{box.y + box.height / 2:.1f}" r="{box.width / 2:.1f}" fill="#444">'
                f"<title>{_esc(node.lines[0])}</title></circle></g>"
            )
            continue
        left = box.x - box.width / 2
        out.append(
            f'<g class="pl-node pl-node-{node.kind}">'
            f'<rect x="{left:.1f}" y="{box.y:.1f}" width="{box.width:.1f}" '
            f'height="{box.height:.1f}" rx="7" fill="#f6f8fa" stroke="#444" stroke-width="1.2"/>'
        )
        for i, line in enumerate(node.lines):
            y = box.y + PAD_Y + LINE_HEIGHT * i + 13
            font = MONO if i in node.code_lines else FONT
            weight = ' font-weight="600"' if i == 0 else ""
            size = 12 if i in node.code_lines else 13
            css = "pl-node-title" if i == 0 else "pl-node-code" if i in node.code_lines else ""
            out.append(
                f'<text class="{css}" x="{box.x:.1f}" y="{y:.1f}" text-anchor="middle" '
                f'font-family="{font}" font-size="{size}"{weight}>{_esc(line)}</text>'
            )
        out.append("</g>")
    out.extend(labels)
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --- graphs from the code ----------------------------------------------------------------------


def state_texts(state: object) -> tuple[str, str | None, str | None]:
    """(Indonesian or only label, English label, value) of a state or action.

    Works for the library's labelled enumerations (``.label.id``, ``.label.en``, ``.value``),
    plain enumerations, and strings.
    """
    if state is None:
        return "", None, None
    label = getattr(state, "label", None)
    value = getattr(state, "value", None)
    value_text = str(value) if value is not None else None
    if label is not None and hasattr(label, "id") and hasattr(label, "en"):
        return str(label.id), str(label.en), value_text
    if isinstance(label, str):
        return label, None, value_text
    if value_text is not None:
        return value_text, None, None
    return str(state), None, None


def _state_id(state: object) -> str:
    value = getattr(state, "value", None)
    return f"{type(state).__name__}:{value if value is not None else state}"


START = "__start__"
"""The id of the start node: where a row with a ``None`` source comes from."""


@dataclass(frozen=True)
class Transition:
    """One row of a transition table, whatever its shape in the code."""

    source: object
    """The state before, or ``None`` for the first move of the cycle (drawn from a start node)."""
    target: object
    action: object = None
    guards: tuple[str, ...] = ()
    """Codes of the checks made on this move (``CycleTransition.guards``), if the row has them."""
    basis: tuple[str, ...] = ()
    """The legal basis of the move, as text, if the row has one."""


def _in_order(states: Iterable[object]) -> list[object]:
    """States in their enumeration's order (a frozenset's own order changes from run to run)."""

    def position(state: object) -> tuple[int, str]:
        if isinstance(state, enum.Enum):
            return list(type(state)).index(state), ""
        return 0, str(state)

    return sorted(states, key=position)


def transition_rows(transitions: Iterable[object]) -> list[Transition]:
    """The rows of a table of ``(from_state, to_state, action)`` or of row objects.

    A row object has ``source``, ``action`` and ``target`` attributes (like
    :class:`pelayanan.participation.cycle.CycleTransition`), and may have ``guards`` (rule codes) and
    ``basis`` (citations). A ``None`` source is the start of the cycle. A mapping from each state
    to the states it may move to (like :data:`pelayanan.participation.complaints.TRANSITIONS`) gives one row per
    move, without an action.
    """
    if isinstance(transitions, Mapping):
        return [
            Transition(source, target)
            for source in _in_order(transitions)
            for target in _in_order(transitions[source])
        ]
    rows: list[Transition] = []
    for item in transitions:
        if hasattr(item, "source") and hasattr(item, "target"):
            rows.append(
                Transition(
                    item.source,
                    item.target,
                    getattr(item, "action", None),
                    tuple(str(g) for g in getattr(item, "guards", ()) or ()),
                    tuple(str(c) for c in getattr(item, "basis", ()) or ()),
                )
            )
            continue
        if not isinstance(item, Sequence) or isinstance(item, str) or len(item) < 2:
            msg = f"a transition is (from_state, to_state, action), not {item!r}"
            raise ValueError(msg)
        rows.append(Transition(item[0], item[1], item[2] if len(item) > 2 else None))
    return rows


def lifecycle_graph(transitions: Iterable[object], *, omit: Iterable[str] = ()) -> Graph:
    """A graph from a transition table (see :func:`transition_rows`); states in order of appearance.

    A ``None`` source is drawn as a start node, a filled circle. Rows whose action's value (or
    text) is in ``omit`` are left out, with any state only they reach: a move possible from almost
    every state (revoking a policy) would otherwise hide the cycle behind its arrows.
    """
    graph = Graph()
    seen: set[str] = set()
    left_out = set(omit)
    rows = [row for row in transition_rows(transitions) if action_key(row.action) not in left_out]
    if left_out and not rows:
        msg = "every transition is omitted"
        raise ValueError(msg)
    for row in rows:
        for state in (row.source, row.target):
            key = _node_id(state)
            if key in seen:
                continue
            seen.add(key)
            if state is None:
                graph.nodes.append(Node(START, ("start",), "start"))
                continue
            main, english, value = state_texts(state)
            lines = [main]
            if english and english != main:
                lines.append(english)
            code = frozenset()
            if value and value not in lines:
                code = frozenset({len(lines)})
                lines.append(value)
            graph.nodes.append(Node(key, tuple(lines), "state", code))
        main, english, _ = state_texts(row.action)
        graph.edges.append(Edge(_node_id(row.source), _node_id(row.target), english or main))
    if not graph.nodes:
        msg = "the transition table is empty"
        raise ValueError(msg)
    return graph


def action_key(action: object) -> str:
    """How an action is named in ``omit``: its value, or its text."""
    value = getattr(action, "value", None)
    return str(value if value is not None else action)


def _node_id(state: object) -> str:
    return START if state is None else _state_id(state)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _indonesian_term(cls: type) -> str | None:
    first = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
    match = re.search(r"\*([^*]+)\*", first)
    return match[1] if match else None


def _inner(tp: object) -> tuple[object, bool]:
    """Unwrap ``X | None`` and ``tuple[X, ...]``: (X, whether it was a tuple)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, UnionType):
        args = [a for a in typing.get_args(tp) if a is not NoneType]
        if len(args) == 1:
            return _inner(args[0])
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return args[0], True
    return tp, False


def _has_id(cls: object) -> bool:
    """An entity: an attrs class with an ``id`` that a wing documents (not a
    :class:`~pelayanan.Label`, whose ``id`` is the Indonesian text and whose home is the package)."""
    if not (isinstance(cls, type) and attrs.has(cls) and "id" in attrs.fields_dict(cls)):
        return False
    found = generate.home_of(cls)
    return found is not None and found.count(".") > 1


def entities(documents: Iterable[type]) -> list[type]:
    """The documents and the entities inside them, in order of discovery."""
    entities: list[type] = []

    def collect(cls: type, seen: frozenset[type]) -> None:
        if cls in seen:
            return
        if _has_id(cls) and cls not in entities:
            entities.append(cls)
        for name, tp in typing.get_type_hints(cls).items():
            if name.startswith("_"):
                continue
            inner, _ = _inner(tp)
            if isinstance(inner, type) and attrs.has(inner):
                collect(inner, seen | {cls})

    for cls in documents:
        collect(cls, frozenset())
    return entities


def model_graph(kinds: Iterable[str] | None = None, *, hide: Iterable[str] = ()) -> Graph:
    """The documents and the entities inside them, with what refers to what.

    Built from :data:`pelayanan.io.documents.DOCUMENT_KINDS` and the type hints: a field holding attrs
    objects with an ``id`` is *containment* (``units[]``); a field named ``<thing>_id`` or
    ``<thing>_ids`` is a *reference* to the entity whose class name ends in that thing
    (``unit_id`` → :class:`~pelayanan.model.providers.Unit`). A new document kind appears by itself.

    ``kinds`` draws only those documents with their contents, and any other document or entity
    they refer to as a box of its own; ``hide`` leaves out the references made by fields of those
    names (``unit_id``: every record names its unit, which says little in a drawing).
    """
    kind_of = {cls: kind for kind, cls in DOCUMENT_KINDS.items()}
    wanted = list(DOCUMENT_KINDS) if kinds is None else list(kinds)
    unknown = [k for k in wanted if k not in DOCUMENT_KINDS]
    if unknown:
        msg = f"not document kinds: {', '.join(unknown)}"
        raise ValueError(msg)
    every = entities(DOCUMENT_KINDS.values())
    drawn = entities(DOCUMENT_KINDS[k] for k in wanted)
    hidden = set(hide)

    def target_of(stem: str) -> type | None:
        for cls in every:
            snake = _snake(cls.__name__)
            if snake == stem or snake.endswith(f"_{stem}"):
                return cls
        return None

    edges: list[Edge] = []

    def edges_of(owner: type, cls: type, prefix: str, seen: frozenset[type]) -> None:
        for name, tp in typing.get_type_hints(cls).items():
            if name.startswith("_"):
                continue
            inner, many = _inner(tp)
            path = f"{prefix}{name}{'[]' if many else ''}"
            if isinstance(inner, type) and attrs.has(inner) and inner not in seen:
                if _has_id(inner):
                    edges.append(Edge(owner.__name__, inner.__name__, path, "contains"))
                else:
                    edges_of(owner, inner, f"{path}.", seen | {inner})
            elif inner is str and name.endswith(("_id", "_ids")) and name not in hidden:
                target = target_of(name.rsplit("_", 1)[0])
                if target is not None:
                    edges.append(Edge(owner.__name__, target.__name__, path, "refers"))
                    if target not in drawn:
                        drawn.append(target)

    for cls in list(drawn):
        edges_of(cls, cls, "", frozenset({cls}))

    graph = Graph()
    for cls in drawn:
        term = _indonesian_term(cls)
        lines = ([term] if term else []) + [cls.__name__]
        code = {len(lines) - 1}
        if cls in kind_of:
            lines.append(f'kind: "{kind_of[cls]}"')
            code.add(len(lines) - 1)
        graph.nodes.append(
            Node(
                cls.__name__,
                tuple(lines),
                "document" if cls in kind_of else "entity",
                frozenset(code),
            )
        )
    graph.edges.extend(edges)
    return graph


# --- the component groups ----------------------------------------------------------------------


def component_groups_svg() -> str:
    """The 14 components of Pasal 21 in their two groups, from :class:`pelayanan.model.components.Component`."""
    groups = [(g, [c for c in Component if c.group is g]) for g in ComponentGroup]
    row = 20
    column_width = max(_text_width(f"{c.letter}  {c.label.id}") for c in Component) + 2 * PAD_X
    column_width = max(column_width, *(_text_width(g.label.id, bold=True) for g in ComponentGroup))
    column_width += 2 * PAD_X
    tallest = max(len(members) for _, members in groups)
    height = MARGIN * 2 + 52 + tallest * (row * 2) + PAD_Y
    width = MARGIN * 2 + column_width * len(groups) + NODE_GAP * (len(groups) - 1)
    title = "The 14 components of a service standard (UU 25/2009 Pasal 21) in two groups"
    ident = _slug(title)
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="pl-diagram" role="img" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
            f'aria-labelledby="{ident}-title">'
        ),
        f'<title id="{ident}-title">{_esc(title)}</title>',
    ]
    for n, (group, members) in enumerate(groups):
        left = MARGIN + n * (column_width + NODE_GAP)
        out.append(
            f'<g class="pl-node pl-node-group"><rect x="{left:.1f}" y="{MARGIN}" '
            f'width="{column_width:.1f}" height="{height - 2 * MARGIN:.1f}" rx="8" '
            f'fill="#f6f8fa" stroke="#444" stroke-width="1.2"/>'
        )
        out.append(
            f'<text class="pl-node-title" x="{left + PAD_X:.1f}" y="{MARGIN + 22}" '
            f'font-family="{FONT}" font-size="13" font-weight="600">{_esc(group.label.id)}</text>'
        )
        out.append(
            f'<text x="{left + PAD_X:.1f}" y="{MARGIN + 40}" font-family="{FONT}" '
            f'font-size="12">{_esc(group.label.en)} ({len(members)})</text>'
        )
        for i, component in enumerate(members):
            y = MARGIN + 68 + i * row * 2
            out.append(
                f'<text x="{left + PAD_X:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="13">'
                f'<tspan class="pl-node-code" font-family="{MONO}">{component.letter}</tspan>'
                f"  {_esc(component.label.id)}</text>"
            )
            out.append(
                f'<text class="pl-muted" x="{left + PAD_X + 18:.1f}" y="{y + row - 4:.1f}" '
                f'font-family="{FONT}" font-size="12">{_esc(component.label.en)}</text>'
            )
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"
