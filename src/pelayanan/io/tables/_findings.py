"""What the import says about a table: findings with codes ``IM001`` …, in Indonesian and English.

Each finding names the file, the table, the row as a reader of the file counts it and the column
as printed, so that it can be found and fixed in the source. Nothing the import cannot read is
dropped: it stays as text in the document, and a finding says where and why.

>>> finding = ImportFinding("IM004", "sp.csv", row=6, column="Uraian",
...                         component=Component.FEE, params={"detail": "no amount found"})
>>> print(finding.message("en"))
Row 6, column Uraian: the text was kept as written but not read as a value (no amount found).
>>> finding.severity, finding.path
('warning', '/fee')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias

import attrs

from ..._base.frozendict import FrozenDict
from ..._base.labels import Label, Lang, render_value
from ...model.components import Component
from ._labels import RowKind

__all__ = ["IMPORT_CODES", "ImportCode", "ImportFinding", "ImportSeverity"]

ImportSeverity: TypeAlias = Literal["error", "warning", "info"]
"""How much a finding matters: ``error`` (a row was not understood and its text was put aside),
``warning`` (a value was kept as text, or a choice was made the reader should check), ``info``."""


@attrs.frozen
class ImportCode:
    """One kind of import finding: its code, severity, title, message and hint."""

    code: str
    severity: ImportSeverity
    title: Label
    message: Label
    """The message after the location; ``{placeholders}`` are filled from the finding."""
    hint: Label


def _code(
    code: str,
    severity: ImportSeverity,
    title: tuple[str, str],
    message: tuple[str, str],
    hint: tuple[str, str],
) -> ImportCode:
    return ImportCode(code, severity, Label(*title), Label(*message), Label(*hint))


IMPORT_CODES: Final[Mapping[str, ImportCode]] = {
    c.code: c
    for c in (
        _code(
            "IM001",
            "error",
            ("Baris tidak dikenali", "Row not recognised"),
            (
                (
                    "label {label!r} tidak menamai komponen standar pelayanan; teksnya disimpan di "
                    "catatan (notes)"
                ),
                (
                    "the label {label!r} names no component of a service standard; its text was "
                    "kept in the notes"
                ),
            ),
            (
                "Tulis label komponen seperti pada Pasal 21 UU 25/2009 (misalnya 'Persyaratan').",
                "Write the component's label as UU 25/2009 Pasal 21 names it (e.g. 'Persyaratan').",
            ),
        ),
        _code(
            "IM002",
            "warning",
            ("Komponen tanpa isi", "Component without content"),
            (
                "komponen {component} tercantum tetapi uraiannya kosong",
                "component {component} is listed but its description is empty",
            ),
            (
                "Isi uraian komponen, atau hapus barisnya bila memang tidak berlaku.",
                "Fill in the description, or remove the row if it does not apply.",
            ),
        ),
        _code(
            "IM003",
            "warning",
            ("Komponen tercantum dua kali", "Component listed twice"),
            (
                (
                    "komponen {component} sudah tercantum di baris {first}; yang dipakai baris "
                    "{first}, teks baris ini disimpan di catatan (notes)"
                ),
                (
                    "component {component} was already listed in row {first}; row {first} is used and "
                    "this row's text was kept in the notes"
                ),
            ),
            (
                "Gabungkan kedua baris menjadi satu.",
                "Merge the two rows into one.",
            ),
        ),
        _code(
            "IM004",
            "warning",
            ("Teks tidak terbaca sebagai nilai", "Text not read as a value"),
            (
                "teks disimpan apa adanya tetapi tidak terbaca sebagai nilai ({detail})",
                "the text was kept as written but not read as a value ({detail})",
            ),
            (
                "Periksa teksnya; aturan pembacaan ada di docs/reference/import.md.",
                "Check the text; the reading rules are in docs/reference/import.md.",
            ),
        ),
        _code(
            "IM005",
            "info",
            ("Label dibaca dengan koreksi ejaan", "Label read with a spelling correction"),
            (
                "label {label!r} dibaca sebagai {component} ({corrections})",
                "the label {label!r} was read as {component} ({corrections})",
            ),
            ("Perbaiki ejaan label pada sumbernya.", "Correct the label's spelling at the source."),
        ),
        _code(
            "IM006",
            "info",
            ("Komponen ditentukan dari urutannya", "Component decided by its position"),
            (
                (
                    "baris tanpa label dibaca sebagai {component}, menurut urutan baku SIPPN "
                    "(persyaratan, prosedur, jangka waktu, biaya, produk, pengaduan)"
                ),
                (
                    "the unlabelled row was read as {component}, by SIPPN's fixed order "
                    "(requirements, procedure, time limit, fee, products, complaints)"
                ),
            ),
            (
                "Cantumkan label komponen pada setiap baris.",
                "Print the component's label on every row.",
            ),
        ),
        _code(
            "IM007",
            "info",
            ("Bagian yang dipublikasikan", "The published part"),
            (
                (
                    "tabel memuat komponen penyampaian pelayanan saja (dengan atau tanpa dasar "
                    "hukum); standar ditandai sebagai bagian yang dipublikasikan (Permenpan RB "
                    "15/2014), bukan standar lengkap"
                ),
                (
                    "the table holds the service-delivery components only (with or without the "
                    "legal basis); the standard is marked as the published part (Permenpan RB "
                    "15/2014), not the full standard"
                ),
            ),
            (
                (
                    "Impor lampiran keputusan yang lengkap untuk memeriksa 14 komponen, atau pakai "
                    "--scope full bila tabel ini memang standar lengkap."
                ),
                (
                    "Import the full annex of the decree to check all 14 components, or use "
                    "--scope full if this table is the whole standard."
                ),
            ),
        ),
        _code(
            "IM008",
            "info",
            ("Label ditentukan dari isinya", "Label decided by its content"),
            (
                (
                    "label {label!r} dapat berarti jangka waktu atau jam pelayanan; isinya ({evidence}) "
                    "menunjukkan {component}"
                ),
                (
                    "the label {label!r} can mean the time limit or the opening hours; its content "
                    "({evidence}) shows it is {component}"
                ),
            ),
            (
                "Pakai label 'Jangka Waktu Penyelesaian' atau 'Jam Pelayanan'.",
                "Use the label 'Jangka Waktu Penyelesaian' or 'Jam Pelayanan'.",
            ),
        ),
        _code(
            "IM009",
            "info",
            ("Baris tambahan dipakai", "Extra row used"),
            (
                "baris {label!r} bukan komponen Pasal 21; isinya dipakai sebagai {component}",
                (
                    "the row {label!r} is not a Pasal 21 component; its content was used as "
                    "{component}"
                ),
            ),
            ("Tidak perlu tindakan.", "Nothing to do."),
        ),
        _code(
            "IM010",
            "warning",
            ("Baris tanpa label digabungkan", "Unlabelled row joined"),
            (
                (
                    "baris tanpa label dianggap lanjutan baris {previous} ({component}) dan "
                    "digabungkan"
                ),
                (
                    "the unlabelled row was taken as the continuation of row {previous} "
                    "({component}) and joined to it"
                ),
            ),
            (
                "Gabungkan baris yang terpotong (misalnya karena pindah halaman) pada sumbernya.",
                "Join rows that were split (for example by a page break) at the source.",
            ),
        ),
        _code(
            "IM011",
            "warning",
            ("Teks terlalu panjang untuk dibaca", "Text too long to read"),
            (
                (
                    "sel berisi {length} karakter, lebih dari {limit} yang dibaca; teksnya disimpan "
                    "apa adanya"
                ),
                (
                    "the cell holds {length} characters, more than the {limit} read; its text was "
                    "kept as written"
                ),
            ),
            (
                "Periksa apakah sel ini memuat seluruh dokumen lain.",
                "Check whether the cell holds a whole other document.",
            ),
        ),
        _code(
            "IM012",
            "info",
            ("Tabel bukan standar pelayanan", "Table is not a service standard"),
            (
                (
                    "tabel ini tidak memiliki kolom komponen (tidak ada baris yang menamai komponen "
                    "Pasal 21) dan dilewati"
                ),
                (
                    "this table has no component column (no row names a Pasal 21 component) and was "
                    "skipped"
                ),
            ),
            (
                "Tidak perlu tindakan bila tabel ini memang bukan standar pelayanan.",
                "Nothing to do if the table is not a service standard.",
            ),
        ),
        _code(
            "IM013",
            "warning",
            ("Sel di luar kolom uraian", "Cells beyond the description column"),
            (
                "baris memuat teks di luar kolom uraian ({cells}); teks itu ditambahkan ke uraian",
                (
                    "the row has text beyond the description column ({cells}); it was added to the "
                    "description"
                ),
            ),
            (
                "Satukan uraian dalam satu kolom.",
                "Keep the description in one column.",
            ),
        ),
        _code(
            "IM014",
            "warning",
            ("Baris tambahan disimpan di catatan", "Extra row kept in the notes"),
            (
                (
                    "baris {label!r} ({component}) tidak mempunyai tempat dalam model; teksnya "
                    "disimpan di catatan (notes)"
                ),
                (
                    "the row {label!r} ({component}) has no place in the model; its text was kept in "
                    "the notes"
                ),
            ),
            ("Tidak perlu tindakan.", "Nothing to do."),
        ),
        _code(
            "IM015",
            "warning",
            ("Sebagian teks tidak terbaca", "Part of the text not read"),
            (
                "sebagian teks tidak terbaca sebagai nilai dan disimpan apa adanya: {detail}",
                "part of the text was not read as a value and was kept as written: {detail}",
            ),
            (
                "Periksa teksnya; aturan pembacaan ada di docs/reference/import.md.",
                "Check the text; the reading rules are in docs/reference/import.md.",
            ),
        ),
    )
}
"""Every import finding, by code."""


def _frozen(values: Mapping[str, object]) -> Mapping[str, object]:
    return FrozenDict(values)


_WHERE: Final = {
    "row": Label("Baris {row}", "Row {row}"),
    "column": Label("kolom {column}", "column {column}"),
    "table": Label("tabel {table}", "table {table}"),
}


@attrs.frozen
class ImportFinding:
    """One thing the import of a table has to say, located in the source file."""

    code: str = attrs.field(validator=attrs.validators.in_(IMPORT_CODES))
    source: str
    """The file, as given (``"tables/sp-dtks.csv"``)."""
    table: str = ""
    """Which table of the file (``"tabel 2"``, a sheet name), ``""`` when it holds one."""
    row: int | None = None
    """The row as a reader of the file counts it, ``None`` for the table as a whole."""
    column: str = ""
    """The column as printed (``"Uraian"``), or ``""``."""
    component: Component | RowKind | None = None
    """The component (or other row) the finding is about."""
    params: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen)

    @property
    def kind(self) -> ImportCode:
        """The code's definition."""
        return IMPORT_CODES[self.code]

    @property
    def severity(self) -> ImportSeverity:
        """``"error"``, ``"warning"`` or ``"info"``."""
        return self.kind.severity

    @property
    def path(self) -> str:
        """JSON Pointer of the component in the imported document (``"/fee"``), or ``""``."""
        return f"/{self.component.value}" if isinstance(self.component, Component) else ""

    def where(self, lang: Lang = "id") -> str:
        """The location in the file: ``"Baris 6, kolom Uraian"``."""
        parts = []
        if self.table:
            parts.append(_WHERE["table"].text(lang).format(table=self.table))
        if self.row is not None:
            parts.append(_WHERE["row"].text(lang).format(row=self.row))
        if self.column:
            parts.append(_WHERE["column"].text(lang).format(column=self.column))
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    def message(self, lang: Lang = "id") -> str:
        """The message with its location, in ``lang``."""
        values = {
            k: render_value(v, lang) if not isinstance(v, str) else v
            for k, v in self.params.items()
        }
        if self.component is not None:
            values.setdefault("component", _component_name(self.component, lang))
        body = self.kind.message.text(lang).format(**values)
        body = body if body.endswith((".", "!", "?")) else f"{body}."
        where = self.where(lang)
        return f"{where}: {body}" if where else body[:1].upper() + body[1:]

    def to_dict(self, lang: Lang = "id") -> dict[str, object]:
        """JSON-ready form, as ``pelayanan import --format json`` prints it."""
        return {
            "code": self.code,
            "severity": self.severity,
            "source": self.source,
            **({"table": self.table} if self.table else {}),
            "row": self.row,
            "column": self.column,
            "path": self.path,
            "message": self.message(lang),
            "title": self.kind.title.text(lang),
            "hint": self.kind.hint.text(lang),
        }


def _component_name(target: Component | RowKind, lang: Lang) -> str:
    if isinstance(target, Component):
        return f"{target.letter}. {target.label.text(lang)}"
    return target.label.text(lang)
