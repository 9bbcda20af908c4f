"""From the rows of a table to the rows of one or more standards.

The columns are found by their header (``No``, ``Komponen``, ``Uraian``/``Keterangan``/``Isi``, in
Indonesian or English) or, without a header, by position: the column whose cells name the most
components is the label column, the one after it the description, and a numbering column before
it is the number. Rows are then read one by one:

* blank rows, repeated header rows and a column-number row (``1 | 2 | 3``) are page furniture and
  are passed over; so are section rows ("A. Komponen ... (Service Delivery)");
* a row with a label and a description is a component (or another known row, such as
  "Jam Pelayanan");
* a row with a label and nothing else is a heading: the title of the standard that follows. A
  table holding several standards (one per service, or per counter) is split at its headings. A
  heading that names a component ("Biaya Perkara") is a heading when that component comes again
  below it, else an empty component. A row whose ``No`` follows that of the labelled row above it
  in the same standard (``8.`` after ``7``, ``d.`` after ``c.``) is a row of the same table, not
  a heading: an unknown label is kept as an unknown row (reported, its label kept in the notes),
  a component as an empty component. It is a heading all the same when the numbering restarts
  below it (the next labelled row is ``1`` or ``a``) or the next component below it is one the
  current standard already holds;
* a row without a label continues the row above (a row split by a page break), unless no row of
  the table has a label: then the rows are SIPPN's, whose labels are page furniture, and each is
  read by its position in SIPPN's fixed order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, TypeAlias

import attrs

from ...model.components import Component
from ._findings import ImportFinding
from ._labels import LabelMatch, RowKind, Target, match_label
from ._readers import RawRow, RawTable

__all__ = ["SIPPN_ORDER", "Block", "ComponentRow", "NotAStandardTableError", "split_table"]

SIPPN_ORDER: Final = (
    Component.REQUIREMENTS,
    Component.PROCEDURE,
    Component.TIME_LIMIT,
    Component.FEE,
    Component.PRODUCTS,
    Component.COMPLAINT_HANDLING,
)
"""The order in which SIPPN pages print the six service-delivery components, without labels."""

_LABEL_HEADERS: Final = frozenset(
    {"komponen", "component", "components", "unsur", "aspek", "item", "items", "label"}
)
_VALUE_HEADERS: Final = frozenset(
    {"uraian", "keterangan", "isi", "penjelasan", "deskripsi", "rincian", "ketentuan"}
    | {"description", "descriptions", "details", "detail", "value", "content", "contents"}
)
_NUMBER_HEADERS: Final = frozenset({"no", "nomor", "number", "num", "nr"})
_NUMBERING: Final = re.compile(
    r"\s*\(?(?:[0-9]{1,3}|[A-Za-z]|[IVXivx]{1,5})(?:[.)]\s*(?:[0-9]{1,3}|[a-z])?[.)]?)?\)?\s*"
)
_HEADER_SCAN: Final = 10
_ROW_NUMBER: Final = re.compile(
    r"\s*\(?\s*(?:(?P<digits>[0-9]{1,3})|(?P<letter>[A-Za-z]))\s*[.)]?\s*"
)
_Number: TypeAlias = tuple[str, int]
"""A row's number in its numbering: ``("1", 8)`` for ``8.``, ``("a", 4)`` for ``d)``."""


class NotAStandardTableError(ValueError):
    """A table in which no row names a component: not a service standard."""


@attrs.frozen
class ComponentRow:
    """A row that holds a component, or another known row, of one standard."""

    row: int
    """The row as a reader of the file counts it."""
    column: str
    """The description column as printed (``"Uraian"``), or ``"kolom 3"`` without a header."""
    label: str
    """The label as printed (``""`` for a SIPPN row)."""
    match: LabelMatch
    target: Target | None
    """What the row holds, or ``None`` when its label names nothing known."""
    text: str
    """The description as printed, with any text from further columns added on new lines."""
    label_column: str = ""
    """The label column as printed (``"Komponen"``)."""


@attrs.frozen
class Block:
    """The rows of one standard in a table, with the heading printed above them."""

    table: RawTable
    title: str
    """The title printed above the table (a heading, a caption, a title row), ``""`` if none."""
    heading: str
    """The heading row above the rows (a service's name, a counter), ``""`` if none."""
    rows: tuple[ComponentRow, ...]
    findings: tuple[ImportFinding, ...]
    sections: tuple[RowKind, ...] = ()
    """The section rows met (service delivery, management), in order."""


@attrs.frozen
class _Columns:
    number: int | None
    label: int
    value: int
    names: tuple[str, ...]
    header_row: int | None

    def name(self, index: int) -> str:
        if index < len(self.names) and self.names[index].strip():
            return " ".join(self.names[index].split())
        return f"kolom {index + 1}"


def _words(cell: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W\d_]+", cell.lower()))


def _row_number(cell: str) -> _Number | None:
    """The number in a ``No`` cell ("8", "8.", "8)", "(8)", "d."), ``None`` for any other text."""
    found = _ROW_NUMBER.fullmatch(cell)
    if found is None:
        return None
    if found["digits"] is not None:
        return ("1", int(found["digits"]))
    return ("a", ord(found["letter"].lower()) - ord("a") + 1)


def _is_numbering(cell: str) -> bool:
    return not cell.strip() or _NUMBERING.fullmatch(cell) is not None


def _header(cells: Sequence[str]) -> _Columns | None:
    label = value = number = None
    for index, cell in enumerate(cells):
        words = _words(cell)
        if not words or len(words) > 3:
            continue
        if label is None and words[0] in _LABEL_HEADERS:
            label = index
        elif value is None and words[0] in _VALUE_HEADERS:
            value = index
        elif number is None and words == tuple(w for w in words if w in _NUMBER_HEADERS):
            number = index
    if label is not None and value is None and label + 1 < len(cells) and cells[label + 1].strip():
        # "NO | KOMPONEN | LANGKAH-LANGKAH": an unknown word over the column after the labels
        # heads the descriptions (Disdukcapil Kota Pekalongan).
        value = label + 1
    if label is None or value is None or value <= label:
        return None
    return _Columns(number, label, value, tuple(cells), None)


def _names_component(cell: str) -> bool:
    """Whether a label names a component ("Waktu Pelayanan" does: the time limit or the hours)."""
    if not cell.strip():
        return False
    target = match_label(cell).target
    return isinstance(target, Component) or target is RowKind.SERVICE_TIME


def _by_position(rows: Sequence[RawRow]) -> _Columns:
    width = max((len(_trimmed(r.cells)) for r in rows), default=0)
    counts = [
        sum(1 for r in rows if c < len(r.cells) and _names_component(r.cells[c]))
        for c in range(width)
    ]
    if not counts or max(counts) == 0 or counts.index(max(counts)) + 1 >= width:
        raise NotAStandardTableError
    label = counts.index(max(counts))
    before = label - 1
    number = (
        before
        if before >= 0
        and all(_is_numbering(r.cells[before]) for r in rows if before < len(r.cells))
        else None
    )
    return _Columns(number, label, label + 1, (), None)


def _trimmed(cells: Sequence[str]) -> tuple[str, ...]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return tuple(cells[:end])


def _is_column_numbers(cells: Sequence[str]) -> bool:
    filled = [c.strip().strip("()") for c in cells if c.strip()]
    return len(filled) >= 2 and filled == [str(i) for i in range(1, len(filled) + 1)]


def _is_header_again(cells: Sequence[str], columns: _Columns) -> bool:
    return _header(cells) is not None or (
        columns.header_row is not None
        and [" ".join(c.split()).lower() for c in cells if c.strip()]
        == [" ".join(c.split()).lower() for c in columns.names if c.strip()]
    )


@attrs.define
class _Builder:
    table: RawTable
    title: str
    columns: _Columns
    positional: bool
    blocks: list[Block] = attrs.Factory(list)
    heading: str = ""
    rows: list[ComponentRow] = attrs.Factory(list)
    findings: list[ImportFinding] = attrs.Factory(list)
    sections: list[RowKind] = attrs.Factory(list)
    next_position: int = 0
    last_number: _Number | None = None
    """The number of the last labelled row read into the current standard, if it had one."""

    def finding(
        self, code: str, row: int | None, column: str, component: Target | None, **params: object
    ) -> None:
        found = ImportFinding(
            code, self.table.source, self.table.name, row, column, component, params
        )
        self.findings.append(found)

    def close(self) -> None:
        if self.rows or self.findings:
            self.blocks.append(
                Block(
                    self.table,
                    self.title,
                    self.heading,
                    tuple(self.rows),
                    tuple(self.findings),
                    tuple(self.sections),
                )
            )
        self.rows, self.findings, self.sections = [], [], []
        self.heading = ""
        self.next_position = 0
        self.last_number = None

    def start(self, heading: str) -> None:
        if self.rows:
            self.close()
        self.heading = heading
        self.last_number = None

    def read(self, row: ComponentRow, number: _Number | None) -> None:
        """Add a labelled row to the current standard, remembering its number."""
        self.rows.append(row)
        self.last_number = number


def _component_of(cells: Sequence[str], columns: _Columns) -> Component | None:
    """The component a row with a label and a description holds, if any."""
    if not cells[columns.label].strip() or not cells[columns.value].strip():
        return None
    target = match_label(cells[columns.label]).target
    return target if isinstance(target, Component) else None


@attrs.frozen
class _Ahead:
    """What the rows below a row hold."""

    below: frozenset[Component]
    """The components the rows below hold."""
    following: Component | None
    """The next of them."""
    next_number: _Number | None
    """The number of the next labelled row, if it has one."""


def _number_of(cells: Sequence[str], columns: _Columns) -> _Number | None:
    return None if columns.number is None else _row_number(cells[columns.number])


def _lookahead(rows: Sequence[tuple[RawRow, tuple[str, ...]]], columns: _Columns) -> list[_Ahead]:
    """For each row: what the rows below it hold."""
    seen: set[Component] = set()
    following: Component | None = None
    next_number: _Number | None = None
    out: list[_Ahead] = []
    for _, cells in reversed(rows):
        out.append(_Ahead(frozenset(seen), following, next_number))
        component = _component_of(cells, columns)
        if component is not None:
            seen.add(component)
            following = component
        if cells[columns.label].strip():
            next_number = _number_of(cells, columns)
    return out[::-1]


def _cells(row: RawRow, width: int) -> tuple[str, ...]:
    return tuple(row.cells) + ("",) * max(0, width - len(row.cells))


def split_table(table: RawTable) -> list[Block]:
    r"""The standards a table holds, each as its rows; raises :class:`NotAStandardTableError`.

    >>> from pelayanan.io.tables._readers import RawRow, RawTable
    >>> table = RawTable("sp.csv", "", "", (
    ...     RawRow(1, ("No", "Komponen", "Uraian")), RawRow(2, ("1", "2", "3")),
    ...     RawRow(3, ("1.", "Biaya/ Tarif", "Gratis")), RawRow(4, ("", "", "(tanpa biaya)")),
    ... ))
    >>> [block] = split_table(table)
    >>> [(r.row, r.target.value, r.text) for r in block.rows]
    [(3, 'fee', 'Gratis\n(tanpa biaya)')]
    >>> [f.code for f in block.findings]
    ['IM010']
    """
    filled = [r for r in table.rows if any(c.strip() for c in r.cells)]
    columns = None
    title_rows = 0
    for index, row in enumerate(filled[:_HEADER_SCAN]):
        found = _header(row.cells)
        if found is not None:
            columns = attrs.evolve(found, header_row=row.number)
            title_rows = index
            break
    body = filled[title_rows + 1 :] if columns is not None else filled
    if columns is None:
        columns = _by_position(body)
    width = max(columns.value + 1, *(len(r.cells) for r in body)) if body else columns.value + 1
    prepared = [(r, _cells(r, width)) for r in body]
    labelled = [
        c
        for _, c in prepared
        if c[columns.label].strip() and match_label(c[columns.label]).target is not None
    ]
    if not any(_names_component(c[columns.label]) for c in labelled):
        if not any(not c[columns.label].strip() and c[columns.value].strip() for _, c in prepared):
            raise NotAStandardTableError
        positional = True
    else:
        positional = False
    above = [
        " ".join(" ".join(c for c in r.cells if c.strip()).split()) for r in filled[:title_rows]
    ]
    builder = _Builder(table, table.title or " ".join(t for t in above if t), columns, positional)
    for (row, cells), ahead in zip(prepared, _lookahead(prepared, columns), strict=True):
        _read_row(builder, row, cells, ahead)
    builder.close()
    return [b for b in builder.blocks if b.rows or b.findings]


def _read_row(
    builder: _Builder,
    row: RawRow,
    cells: tuple[str, ...],
    ahead: _Ahead,
) -> None:
    columns = builder.columns
    label, value = cells[columns.label].strip(), cells[columns.value].strip()
    extra = [
        (columns.name(i), c.strip())
        for i, c in enumerate(cells)
        if i not in (columns.label, columns.value, columns.number) and c.strip()
    ]
    if _is_column_numbers(cells) or _is_header_again(cells, columns):
        return
    if not label and not value and not extra:
        return
    if not label and not value:
        # Text only outside the label and description columns: a title or heading row.
        builder.start(" ".join(" ".join(t for _, t in extra).split()))
        return
    value_column = columns.name(columns.value)
    if extra:
        value = "\n".join([value, *(t for _, t in extra)]).strip()
        builder.finding(
            "IM013", row.number, value_column, None, cells=", ".join(n for n, _ in extra)
        )
    if not label:
        _unlabelled(builder, row, value, value_column)
        return
    match = match_label(label)
    target = match.target
    number = _number_of(cells, columns)
    if target in (RowKind.SECTION_DELIVERY, RowKind.SECTION_MANAGEMENT):
        assert isinstance(target, RowKind)  # noqa: S101  (narrowing for mypy)
        builder.sections.append(target)
        if value:
            builder.rows.append(
                ComponentRow(
                    row.number, value_column, label, match, None, value, columns.name(columns.label)
                )
            )
        return
    if not value:
        if _is_heading(builder, target, number, ahead):
            builder.start(" ".join(label.split()))
        elif target is None or isinstance(target, Component):
            # An empty component, or an unknown row numbered with the rows above (kept, reported).
            builder.read(
                ComponentRow(
                    row.number, value_column, label, match, target, "", columns.name(columns.label)
                ),
                number,
            )
        else:
            # An empty known row ("Jam Pelayanan") holds nothing to read, but it is numbered.
            builder.last_number = number
        return
    builder.read(
        ComponentRow(
            row.number, value_column, label, match, target, value, columns.name(columns.label)
        ),
        number,
    )


def _in_sequence(last: _Number | None, number: _Number | None) -> bool:
    """Whether ``number`` comes right after ``last`` in the same numbering ("8." after "7")."""
    return last is not None and number is not None and number == (last[0], last[1] + 1)


def _is_heading(
    builder: _Builder, target: Target | None, number: _Number | None, ahead: _Ahead
) -> bool:
    """Whether a label without a description heads a new standard (see the module docstring).

    When its number follows the number of the row above it, it does only if the numbering
    restarts below it or the next component below it is one the current standard already holds
    (a new standard starts). Otherwise it does when it names nothing known, or names a component
    that comes again below it, or when the next component below it is one the current standard
    already holds.
    """
    if target is not None and not isinstance(target, Component):
        return False
    held = {r.target for r in builder.rows}
    starts_again = ahead.following is not None and ahead.following in held
    if _in_sequence(builder.last_number, number):
        restarts = ahead.next_number is not None and ahead.next_number[1] == 1
        return restarts or starts_again
    return target is None or target in ahead.below or starts_again


def _unlabelled(builder: _Builder, row: RawRow, value: str, column: str) -> None:
    if builder.positional:
        if builder.next_position < len(SIPPN_ORDER):
            target = SIPPN_ORDER[builder.next_position]
            builder.next_position += 1
            builder.finding("IM006", row.number, column, target)
            builder.rows.append(
                ComponentRow(
                    row.number, column, "", LabelMatch("", target, "position"), target, value
                )
            )
            return
        builder.rows.append(ComponentRow(row.number, column, "", LabelMatch("", None), None, value))
        return
    previous = builder.rows[-1] if builder.rows else None
    if previous is None:
        builder.rows.append(ComponentRow(row.number, column, "", LabelMatch("", None), None, value))
        return
    builder.rows[-1] = attrs.evolve(previous, text=f"{previous.text}\n{value}".strip())
    builder.finding("IM010", row.number, column, previous.target, previous=previous.row)


def header_words() -> dict[str, tuple[str, ...]]:
    """The header words that name each column, for the reference page."""
    return {
        "number": tuple(sorted(_NUMBER_HEADERS)),
        "label": tuple(sorted(_LABEL_HEADERS)),
        "value": tuple(sorted(_VALUE_HEADERS)),
    }
