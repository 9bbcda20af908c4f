"""From the rows of one standard to a :class:`~pelayanan.model.standards.ServiceStandard`.

Each component's text is read by one call (:func:`._values.read_component`); whatever that call
cannot read stays in the document as written and is reported. Rows that are not components are
used where the model has a place for them ("Jam Pelayanan" and "Waktu Pelayanan" holding clock
times are the service's hours, "No. SK" the establishing decree, "Jenis Pelayanan" the service's
name) and otherwise kept in the standard's notes; nothing printed is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

import attrs

from ..._base.labels import Label
from ...model.components import Component
from ...model.records import Establishment
from ...model.standards import Coverage, ServiceHours, ServiceStandard
from ..text import split_items
from ._findings import ImportFinding
from ._hours import ROUND_THE_CLOCK, SCHEDULE, has_clock_times, parse_opening_hours
from ._labels import RowKind, Target
from ._rows import Block, ComponentRow
from ._values import MAX_READ_CHARS, read_component

__all__ = [
    "ImportOptions",
    "ImportedStandard",
    "PrintedLabel",
    "build_standard",
    "read_decree",
    "slug",
]

_TITLE_PREFIX: Final = re.compile(
    r"^\s*(?:standar(?:t)?\s+pelayanan(?:\s+publik)?|sp|service\s+standard)\b\s*[:\-–]?\s*",
    re.IGNORECASE,
)
_SCOPES: Final = {"full": Coverage.FULL, "published": Coverage.PUBLISHED_PART}


@attrs.frozen
class ImportOptions:
    """What the table does not say and the caller may: who provides the service, and what it is."""

    provider_id: str | None = None
    unit_id: str | None = None
    service: str | None = None
    """The service's name; it also gives the standard's and the service's ids."""
    scope: str | None = None
    """``"full"`` or ``"published"``; by default a table holding service-delivery components (at
    least three) and no management component but the legal basis is the published part, any
    other table the full standard."""


@attrs.frozen
class PrintedLabel:
    """A row's label as the table prints it, and what it was read as."""

    row: int
    label: str
    """The label as printed, line breaks and typos included (``""`` for a SIPPN row)."""
    target: Target | None
    """The component or other row it names, ``None`` when it names nothing known."""


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
    labels: tuple[PrintedLabel, ...] = ()
    """Each row's label as printed, in the table's order."""

    def label_of(self, target: Target) -> str | None:
        r"""The label printed for ``target`` (its first row), or ``None`` if no row names it.

        >>> from pelayanan.io.tables import read_standard_table
        >>> [s] = read_standard_table(b"No,Komponen,Uraian\n1,Biaya /tariff,Gratis\n").standards
        >>> s.label_of(Component.FEE)
        'Biaya /tariff'
        """
        return next((p.label for p in self.labels if p.target is target), None)


def slug(text: str) -> str:
    """An id made from a name: lower case, ASCII letters and digits joined by ``-``.

    >>> slug("Penerbitan Surat Keterangan Tidak Mampu (SKTM)")
    'penerbitan-surat-keterangan-tidak-mampu-sktm'
    """
    ascii_text = text.lower().encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80].strip("-")


_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "pebruari", "february", "feb"),
            ("maret", "march", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("agustus", "august", "agu", "aug"),
            ("september", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nopember", "nov"),
            ("desember", "december", "des", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DATE: Final = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)\.?\s+(?P<year>\d{4})\b")
_DECREE_NUMBER: Final = re.compile(
    r"(?:nomor|nomer|no\.?)\s*:?\s*(?P<number>[^\s,;]+(?:\s+tahun\s+\d{4})?)", re.IGNORECASE
)


def read_decree(text: str) -> Establishment:
    """The establishing decree from a "No. SK" row: its number, and its date when written.

    >>> decree = read_decree("Keputusan Camat Tembuku Nomor 011 Tahun 2022 tanggal 3 Januari 2022")
    >>> decree.decree_number, decree.decided_on, decree.title
    ('011 Tahun 2022', datetime.date(2022, 1, 3), 'Keputusan Camat Tembuku')
    >>> read_decree("800/88/SK/DKPS/2024").decree_number
    '800/88/SK/DKPS/2024'
    """
    flat = " ".join(text.split())
    decided_on = None
    date = _DATE.search(flat)
    if date is not None and date["month"].lower() in _MONTHS:
        try:
            decided_on = dt.date(
                int(date["year"]), _MONTHS[date["month"].lower()], int(date["day"])
            )
        except ValueError:
            decided_on = None
    numbered = _DECREE_NUMBER.search(flat)
    if numbered is not None:
        number = numbered["number"]
        title = flat[: numbered.start()].strip(" ,:")
    else:
        number = flat if len(flat) <= 60 and " " not in flat.strip() else ""
        title = ""
    return Establishment(number, decided_on, title=title, as_written=text)


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
    hours: ServiceHours | None = None
    decree: Establishment | None = None

    def finding(
        self, code: str, row: ComponentRow | None, target: Target | None, **params: object
    ) -> None:
        table = self.block.table
        column = ""
        if row is not None:
            column = row.label_column if code in ("IM001", "IM005") else row.column
        self.findings.append(
            ImportFinding(
                code,
                table.source,
                table.name,
                row.row if row is not None else None,
                column,
                target,
                params,
            )
        )

    def note(self, row: ComponentRow, text: str | None = None) -> None:
        label = _one_line(row.label) or "tanpa label"
        said = row.text if text is None else text
        self.notes.append(
            f"Baris {row.row} ({label}): {said}" if said else f"Baris {row.row} ({label})"
        )

    def first(self, target: Target, row: ComponentRow) -> bool:
        """Whether ``row`` is the first of its kind; a second is reported and kept in the notes."""
        if target in self.used:
            self.finding("IM003", row, target, first=self.used[target].row)
            self.note(row)
            return False
        self.used[target] = row
        return True


_NO_HOURS: Final = Label(
    "tidak ada hari dengan jam yang terbaca", "no days with clock times could be read"
)


def _service_time(assembly: _Assembly, row: ComponentRow) -> None:
    """Read "Waktu Pelayanan": the time limit, the opening hours, or both, by what the text holds.

    Clock times ("08.00 - 16.00"), "24 Jam" alone (an IGD open round the clock) and a schedule
    ("6 hari seminggu") are opening hours; the other lines are the time limit.
    """
    lines = row.text.splitlines() or [row.text]
    if len(lines) == 1:  # "1. Hari Senin s/d Kamis : Jam 08.00 - 12.00 WIB 2. Hari Jumat …"
        items = [item.text for item in split_items(row.text)]
        lines = items if len(items) > 1 else lines

    def hours(line: str) -> bool:
        return (
            has_clock_times(line)
            or ROUND_THE_CLOCK.match(line) is not None
            or SCHEDULE.search(line) is not None
        )

    clock = [line for line in lines if hours(line)]
    rest = "\n".join(line for line in lines if not hours(line)).strip()
    label = _one_line(row.label)
    if clock:
        evidence = _one_line(clock[0])
        assembly.finding("IM008", row, RowKind.OPENING_HOURS, label=label, evidence=evidence)
        _opening_hours(assembly, attrs.evolve(row, text="\n".join(clock)), announce=False)
    if rest:
        evidence = _one_line(rest)[:60]
        assembly.finding("IM008", row, Component.TIME_LIMIT, label=label, evidence=evidence)
        _component(assembly, Component.TIME_LIMIT, attrs.evolve(row, text=rest))


def _opening_hours(assembly: _Assembly, row: ComponentRow, *, announce: bool = True) -> None:
    """The service's hours: days and windows when they can be read, the text as written always."""
    if not assembly.first(RowKind.OPENING_HOURS, row):
        return
    hours, _ = parse_opening_hours(row.text)
    if hours is None:
        assembly.finding("IM015", row, RowKind.OPENING_HOURS, detail=_NO_HOURS)
    assembly.hours = ServiceHours(hours.regular if hours else None, as_written=row.text)
    if announce:
        assembly.finding("IM009", row, RowKind.OPENING_HOURS, label=_one_line(row.label))


def _decree(assembly: _Assembly, row: ComponentRow) -> None:
    if assembly.first(RowKind.DECREE, row):
        assembly.decree = read_decree(row.text)
        assembly.finding("IM009", row, RowKind.DECREE, label=_one_line(row.label))


def _component(assembly: _Assembly, component: Component, row: ComponentRow) -> None:
    if not assembly.first(component, row):
        return
    if not row.text.strip():
        assembly.finding("IM002", row, component)
        return
    if len(row.text) > MAX_READ_CHARS:
        length, limit = (f"{n:,}".replace(",", ".") for n in (len(row.text), MAX_READ_CHARS))
        assembly.finding("IM011", row, component, length=length, limit=limit)
        assembly.note(row)
        return
    reading = read_component(component, row.text)
    if reading.failed is not None:
        assembly.finding("IM004", row, component, detail=reading.failed)
    if reading.value is None and not reading.leftover:
        assembly.note(row)
    for part in reading.unread:
        assembly.finding("IM015", row, component, detail=part)
    if reading.leftover:
        assembly.note(row, "\n".join(reading.leftover))
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
    elif target is RowKind.DECREE:
        _decree(assembly, row)
    elif target is RowKind.SERVICE_NAME and not assembly.service_name and "\n" not in row.text:
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


_PUBLISHED_AT_LEAST: Final = 3
"""The fewest service-delivery components a table must show to be read as the published part."""


def _coverage(assembly: _Assembly, options: ImportOptions) -> Coverage:
    if options.scope is not None:
        return _SCOPES[options.scope]
    # A page that shows service-delivery components and no management one is what Permenpan
    # RB 15/2014 has published, also when delivery rows are missing (the rules report them as
    # errors: DPMPTSP Kotawaringin Timur prints three); a table of fewer than three rows is too
    # little to say what it is. Many such pages print the legal basis as well (Kelurahan
    # Banjarejo, SMP Negeri 2 Kretek, Kecamatan Gerung): that alone does not make the page the
    # full standard of fourteen components.
    components = {t for t in assembly.used if isinstance(t, Component)}
    delivery = set(Component.service_delivery())
    shown = components - {Component.LEGAL_BASIS}
    if shown <= delivery and len(shown) >= _PUBLISHED_AT_LEAST:
        assembly.finding("IM007", None, None)
        return Coverage.PUBLISHED_PART
    return Coverage.FULL


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
    fields: dict[str, Any] = {c.value: v for c, v in assembly.values.items()}
    standard = ServiceStandard(
        id=f"sp-{service_id}",
        service_id=service_id,
        title=_title(block, name),
        provider_id=options.provider_id,
        unit_id=options.unit_id,
        notes="\n".join(assembly.notes),
        coverage=_coverage(assembly, options),
        service_hours=assembly.hours,
        establishment=assembly.decree,
        **fields,
    )
    rows = [r.row for r in block.rows] or [0]
    return ImportedStandard(
        standard,
        block.table.source,
        block.table.name,
        (min(rows), max(rows)),
        tuple(assembly.findings),
        tuple(PrintedLabel(r.row, r.label, r.target) for r in block.rows),
    )
