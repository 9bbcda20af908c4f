"""Tables of a web page, read with the standard library's :mod:`html.parser`.

Web pages are rarely well formed: cells, rows, list items and paragraphs are left open, and
tables sit inside layout tables. The page is first built into a small tree, closing what the HTML
rules close implicitly (a new ``<td>`` closes the open one, a new ``<tr>`` the open row); then
every outermost table is read, with its caption or the heading printed above it as its title.
Cells spanning rows or columns are repeated as empty cells, so that each column stays in place.
A cell's text keeps its lines: paragraphs, line breaks and list items each start a line, and
list items get the number, letter or bullet a browser shows (``1.``, ``a.``, ``•``). A table
inside a cell becomes lines of that cell.
"""

from __future__ import annotations

import html.parser
import re
from collections.abc import Iterator
from typing import Final

import attrs

__all__ = ["html_tables"]

_VOID: Final = frozenset(
    {"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr", "source", "embed"}
)
_SKIPPED: Final = frozenset({"script", "style", "template", "noscript", "head", "title", "svg"})
_BLOCKS: Final = frozenset(
    {"p", "div", "li", "tr", "ul", "ol", "table", "section", "article", "blockquote", "pre"}
    | {"dd", "dt", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "caption"}
)
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Opening the key closes any open element of these kinds, up to (not beyond) the boundary tags.
_CLOSES: Final = {
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"td", "th", "tr"}, {"table", "thead", "tbody", "tfoot"}),
    "thead": ({"td", "th", "tr", "tbody", "thead"}, {"table"}),
    "tbody": ({"td", "th", "tr", "tbody", "thead"}, {"table"}),
    "tfoot": ({"td", "th", "tr", "tbody", "thead"}, {"table"}),
    "li": ({"li"}, {"ol", "ul", "td", "th"}),
    "p": ({"p"}, {"td", "th", "li", "div", "table"}),
}
_MAX_SPAN: Final = 50


@attrs.define(eq=False)
class _Node:
    tag: str
    attributes: dict[str, str]
    children: list[_Node | str] = attrs.Factory(list)


class _TreeBuilder(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self._open: list[_Node] = [self.root]
        self._skip = 0

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip:
            return
        closes, boundary = _CLOSES.get(tag, (set(), set()))
        cut = None
        for index in range(len(self._open) - 1, 0, -1):
            open_tag = self._open[index].tag
            if open_tag in boundary:
                break
            if open_tag in closes:
                cut = index
        if cut is not None:
            del self._open[cut:]
        node = _Node(tag, {k: v or "" for k, v in attributes})
        self._open[-1].children.append(node)
        if tag not in _VOID:
            self._open.append(node)

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attributes)
        if tag not in _VOID and not self._skip and self._open[-1].tag == tag:
            self._open.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        for index in range(len(self._open) - 1, 0, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._open[-1].children.append(data)


# --- the text of a node, as a browser shows it ---------------------------------------------------


def _letters(n: int) -> str:
    text = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def _roman(n: int) -> str:
    numerals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = ""
    for value, numeral in numerals:
        count, n = divmod(n, value)
        out += numeral * count
    return out


def _marker(kind: str, n: int) -> str:
    if kind in ("a", "A"):
        text = _letters(n)
    elif kind in ("i", "I"):
        text = _roman(n)
    else:
        return f"{n}. "
    return f"{text.upper() if kind.isupper() else text}. "


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def line(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def add(self, text: str) -> None:
        text = re.sub(r"[ \t\r\n\f\xa0]+", " ", text)
        if not self.parts or self.parts[-1].endswith("\n"):
            text = text.lstrip(" ")
        if text:
            self.parts.append(text)

    def result(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _render(node: _Node, out: _Text) -> None:
    counter = 0
    start = node.attributes.get("start", "1")
    first = int(start) if start.lstrip("-").isdigit() else 1
    for child in node.children:
        if isinstance(child, str):
            out.add(child)
            continue
        tag = child.tag
        if tag == "br":
            out.parts.append("\n")
            continue
        if tag == "table":  # a table inside a cell: its rows, one line each
            out.line()
            out.parts.append(_inner_table(child))
            out.line()
            continue
        if tag in _BLOCKS or tag in ("td", "th"):
            out.line()
        if tag == "li":
            if node.tag == "ol":
                out.parts.append(_marker(node.attributes.get("type", "1"), first + counter))
                counter += 1
            else:
                out.parts.append("• ")
        elif tag in ("td", "th") and out.parts and not out.parts[-1].endswith("\n"):
            out.parts.append(" ")
        _render(child, out)
        if tag in _BLOCKS:
            out.line()


def _blocks(cell: _Node) -> list[str]:
    """The paragraphs of a cell, each as text; the whole cell when it has fewer than two."""
    blocks = [c for c in cell.children if isinstance(c, _Node) and c.tag in _BLOCKS]
    if len(blocks) < 2 or any(isinstance(c, str) and c.strip() for c in cell.children):
        return [_text(cell)]
    return [_text(b) for b in blocks]


def _inner_table(table: _Node) -> str:
    """A table inside a cell as lines of text, each of its rows on a line of its own.

    A row whose cells are columns of paragraphs (markers | items | amounts, one paragraph per
    entry) is read across: the n-th paragraph of each cell together, as a reader sees it.
    """
    lines: list[str] = []
    for tr in _rows_of(table):
        cells = [c for c in tr.children if isinstance(c, _Node) and c.tag in ("td", "th")]
        columns = [_blocks(cell) for cell in cells]
        if sum(len(column) > 1 for column in columns) >= 2:
            depth = max(len(column) for column in columns)
            for n in range(depth):
                parts = [column[n] for column in columns if n < len(column) and column[n]]
                lines.append(" ".join(parts))
        else:
            lines.append(" ".join(text for column in columns for text in column if text))
    return "\n".join(line for line in lines if line.strip())


def _text(node: _Node) -> str:
    out = _Text()
    _render(node, out)
    return out.result()


# --- tables ---------------------------------------------------------------------------------------


def _rows_of(table: _Node) -> Iterator[_Node]:
    for child in table.children:
        if isinstance(child, str):
            continue
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from _rows_of(child)


def _span(node: _Node, name: str) -> int:
    value = node.attributes.get(name, "1").strip()
    return max(1, min(int(value), _MAX_SPAN)) if value.isdigit() else 1


def _grid(table: _Node) -> list[list[str]]:
    """The rows of a table, each cell in its column; a spanned cell is repeated as ``""``."""
    rows: list[list[str]] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    for tr in _rows_of(table):
        row: list[str] = []
        cells = [c for c in tr.children if isinstance(c, _Node) and c.tag in ("td", "th")]
        for cell in cells:
            while pending.get(len(row), 0) > 0:
                pending[len(row)] -= 1
                row.append("")
            down = _span(cell, "rowspan")
            for offset in range(_span(cell, "colspan")):
                if down > 1:
                    pending[len(row)] = down - 1
                row.append(_text(cell) if offset == 0 else "")
        while pending.get(len(row), 0) > 0:
            pending[len(row)] -= 1
            row.append("")
        rows.append(row)
    return rows


def _tables(node: _Node, heading: list[str]) -> Iterator[tuple[str, list[list[str]]]]:
    for child in node.children:
        if isinstance(child, str):
            continue
        if child.tag in _HEADINGS:
            text = _text(child)
            if text:
                heading[:] = [" ".join(text.split())]
        elif child.tag == "table":
            caption = next(
                (c for c in child.children if isinstance(c, _Node) and c.tag == "caption"), None
            )
            title = " ".join(_text(caption).split()) if caption is not None else ""
            grid = _grid(child)
            if _is_layout(grid, child):
                yield from _tables(child, heading)
                continue
            yield (title or (heading[0] if heading else "")), grid
            heading.clear()
        else:
            yield from _tables(child, heading)


def _is_layout(grid: list[list[str]], table: _Node) -> bool:
    """A table used for page layout: one cell holding the real table(s)."""
    return len(grid) <= 1 and any(True for _ in _nested_tables(table))


def _nested_tables(node: _Node) -> Iterator[_Node]:
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == "table":
                yield child
            else:
                yield from _nested_tables(child)


def html_tables(text: str) -> list[tuple[str, list[list[str]]]]:
    """``(title, rows)`` for every table of the page, in the order they appear.

    >>> html_tables("<h3>Standar KTP</h3><table><tr><td>Biaya<td>Gratis<tr><td>Produk<td>KTP</table>")
    [('Standar KTP', [['Biaya', 'Gratis'], ['Produk', 'KTP']])]
    """
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return list(_tables(builder.root, []))
