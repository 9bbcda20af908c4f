"""From the rows of one standard to a :class:`~pelayanan.model.standards.ServiceStandard`.

Each component's text is read by one call (:func:`._values.read_component`); whatever that call
cannot read stays in the document as written and is reported. Rows that are not components are
used where the model has a place for them ("Jam Pelayanan", "Waktu Pelayanan" holding clock times,
"Jenis Pelayanan") and otherwise kept in the standard's notes; nothing printed is dropped.
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

from ...model.components import Component
from ...model.standards import ServiceStandard
from ._findings import ImportFinding
from ._hours import has_clock_times, parse_opening_hours
from ._labels import RowKind, Target
from ._rows import Block, ComponentRow
from ._values import MAX_READ_CHARS, read_component

__all__ = ["ImportOptions", "ImportedStandard", "build_standard", "slug"]

_TITLE_PREFIX: Final = re.compile(
    r"^\s*(?:standar(?:t)?\s+pelayanan(?:\s+publik)?|sp|service\s+standard)\b\s*[:\-–]?\s*",
    re.IGNORECASE,
)


@attrs.frozen
class ImportOptions:
    """What the table does not say and the caller may: who provides the service, and what it is."""

    provider_id: str | None = None
    unit_id: str | None = None
    service: str | None = None
    """The service's name; it also gives the standard's and the service's ids."""
    scope: str | None = None
    """``"full"`` or ``"published"``; by default a table holding exactly the six
    service-delivery components is the published part, any other table the full standard."""


@attrs.frozen
class ImportedStandard:
    """One standard read from a table, where it came from, and what the import has to say."""

    standard: ServiceStandard
    source: str
    """The file it was read from."""
    table: str
    """Which table of the file (``""`` for the only one, a sheet name, ``"tabel 2"``)."""
    rows: tuple[int, int]
    """The first and last row it was read from."""
    findings: tuple[ImportFinding, ...]


def slug(text: str) -> str:
    """An id made from a name: lower case, ASCII letters and digits joined by ``-``.

    >>> slug("Penerbitan Surat Keterangan Tidak Mampu (SKTM)")
    'penerbitan-surat-keterangan-tidak-mampu-sktm'
    """
    ascii_text = text.lower().encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80].strip("-")


def _one_line(text: str) -> str:
    return " ".join(text.split())


@attrs.define
class _Assembly:
    block: Block
    findings: list[ImportFinding] = attrs.Factory(list)
    values: dict[Component, object] = attrs.Factory(dict)
    used: dict[Target, ComponentRow] = attrs.Factory(dict)
    notes: list[str] = attrs.Factory(list)
    service_name: str = ""
    hours: Any = None

    def finding(
        self, code: str, row: ComponentRow | None, target: Target | None, **params: object
    ) -> None:
        table = self.block.table
        self.findings.append(
            ImportFinding(
                code,
                table.source,
                table.name,
                row.row if row is not None else None,
                (row.column if code not in ("IM001", "IM005") else row.label_column) if row else "",
                target,
                params,
            )
        )

    def note(self, row: ComponentRow) -> None:
        label = _one_line(row.label) or "tanpa label"
        self.notes.append(f"Baris {row.row} ({label}): {row.text}")


def _service_time(assembly: _Assembly, row: ComponentRow) -> None:
    """Read "Waktu Pelayanan": the time limit, the opening hours, or both, by what the text holds."""
    lines = row.text.splitlines() or [row.text]
    clock = [line for line in lines if has_clock_times(line)]
    rest = [line for line in lines if not has_clock_times(line)]
    label = _one_line(row.label)
    if clock:
        assembly.finding(
            "IM008", row, RowKind.OPENING_HOURS, label=label, evidence=_one_line(clock[0])
        )
        _opening_hours(assembly, attrs.evolve(row, text="\n".join(clock)), announce=False)
    if rest and any(line.strip() for line in rest):
        if clock:
            assembly.finding(
                "IM008", row, Component.TIME_LIMIT, label=label, evidence=_one_line(" ".join(rest))
            )
        else:
            assembly.finding(
                "IM008", row, Component.TIME_LIMIT, label=label, evidence=_one_line(row.text)[:60]
            )
        _component(assembly, Component.TIME_LIMIT, attrs.evolve(row, text="\n".join(rest).strip()))


def _opening_hours(assembly: _Assembly, row: ComponentRow, *, announce: bool = True) -> None:
    hours, problems = parse_opening_hours(row.text)
    if hours is None:
        assembly.finding(
            "IM004", row, RowKind.OPENING_HOURS, detail="no days with clock times found"
        )
        assembly.note(row)
        return
    if assembly.hours is not None:
        assembly.finding(
            "IM003", row, RowKind.OPENING_HOURS, first=assembly.used[RowKind.OPENING_HOURS].row
        )
        assembly.note(row)
        return
    assembly.used[RowKind.OPENING_HOURS] = row
    assembly.hours = hours
    del announce
    for problem in problems:
        assembly.finding("IM015", row, RowKind.OPENING_HOURS, detail=problem)


def _component(assembly: _Assembly, component: Component, row: ComponentRow) -> None:
    if component in assembly.used:
        first = assembly.used[component]
        assembly.finding("IM003", row, component, first=first.row)
        assembly.note(row)
        return
    assembly.used[component] = row
    if not row.text.strip():
        assembly.finding("IM002", row, component)
        return
    if len(row.text) > MAX_READ_CHARS:
        assembly.finding(
            "IM011",
            row,
            component,
            length=f"{len(row.text):,}".replace(",", "."),
            limit=f"{MAX_READ_CHARS:,}".replace(",", "."),
        )
    reading = read_component(component, row.text)
    if reading.failed is not None:
        assembly.finding("IM004", row, component, detail=reading.failed)
        assembly.note(row)
    for part in reading.unread:
        assembly.finding("IM015", row, component, detail=part)
    if reading.leftover:
        assembly.note(attrs.evolve(row, text="\n".join(reading.leftover)))
    if reading.value is not None:
        assembly.values[component] = reading.value


def _row(assembly: _Assembly, row: ComponentRow) -> None:
    target = row.target
    if row.match.corrected and target is not None:
        corrections = ", ".join(f"{a!r} → {b!r}" for a, b in row.match.corrected)
        assembly.finding("IM005", row, target, label=_one_line(row.label), corrections=corrections)
    if isinstance(target, Component):
        _component(assembly, target, row)
    elif target is RowKind.SERVICE_TIME:
        _service_time(assembly, row)
    elif target is RowKind.OPENING_HOURS:
        _opening_hours(assembly, row)
    elif (
        target is RowKind.SERVICE_NAME
        and not assembly.service_name
        and "\n" not in row.text.strip()
    ):
        assembly.service_name = _one_line(row.text)
        assembly.finding("IM009", row, target, label=_one_line(row.label))
    elif target is None:
        assembly.finding("IM001", row, None, label=_one_line(row.label))
        assembly.note(row)
    else:
        assembly.finding("IM014", row, target, label=_one_line(row.label))
        assembly.note(row)


def _name(block: Block, options: ImportOptions, service_name: str) -> str:
    for candidate in (options.service, service_name, block.heading, block.title, block.table.name):
        if candidate and candidate.strip():
            stripped = _TITLE_PREFIX.sub("", _one_line(candidate))
            if stripped:
                return stripped
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", block.table.source.replace("\\", "/").rsplit("/", 1)[-1])
    return stem or "standar"


def _title(block: Block, name: str) -> str:
    if block.heading and block.title and block.heading not in block.title:
        return f"{block.title} — {block.heading}"
    return block.heading or block.title or f"Standar Pelayanan {name}"


def build_standard(block: Block, options: ImportOptions, taken: set[str]) -> ImportedStandard:
    """The standard a block of rows holds; ``taken`` holds the ids given so far (and gets this one)."""
    assembly = _Assembly(block, list(block.findings))
    for row in block.rows:
        _row(assembly, row)
    name = _name(block, options, assembly.service_name)
    base = slug(name) or "standar"
    service_id, number = base, 1
    while f"sp-{service_id}" in taken:
        number += 1
        service_id = f"{base}-{number}"
    taken.add(f"sp-{service_id}")
    components = {t for t in assembly.used if isinstance(t, Component)}
    if options.scope is None and components == set(Component.service_delivery()):
        assembly.finding("IM007", None, None)
    if assembly.hours is not None:
        # The model has no place yet for a service's own hours: they are kept in the notes.
        hours_row = assembly.used[RowKind.OPENING_HOURS]
        assembly.finding(
            "IM014", hours_row, RowKind.OPENING_HOURS, label=_one_line(hours_row.label)
        )
        assembly.note(hours_row)
    fields: dict[str, Any] = {c.value: v for c, v in assembly.values.items()}
    standard = ServiceStandard(
        id=f"sp-{service_id}",
        service_id=service_id,
        title=_title(block, name),
        provider_id=options.provider_id,
        unit_id=options.unit_id,
        notes="\n".join(assembly.notes),
        **fields,
    )
    rows = [r.row for r in block.rows] or [0]
    return ImportedStandard(
        standard,
        block.table.source,
        block.table.name,
        (min(rows), max(rows)),
        tuple(assembly.findings),
    )
