"""Importing the standards units already have: component tables from CSV, XLSX, DOCX and HTML.

A *Standar Pelayanan* lives as a table (``No | Komponen | Uraian``) in the annex of a decree, in a
spreadsheet, on the unit's web page or in SIPPN. :func:`read_standard_table` reads such a file
into :class:`~pelayanan.model.standards.ServiceStandard` documents, keeping every word as printed:
what can be read becomes typed values (durations, fees, citations, contact channels, counts), and
what cannot stays as text and is reported as an :class:`ImportFinding` (codes ``IM001`` …) with
its row and column.

>>> data = '''No,Komponen,Uraian
... 1,Persyaratan Pelayanan,"1. Fotokopi KTP-el
... 2. Fotokopi Kartu Keluarga"
... 2,Sitem Mekanisme dan Prosedur,"1. Pemohon menyerahkan berkas
... 2. Petugas menerbitkan surat"
... 3,Jangka Waktu Penyelesaian,1 (satu) hari kerja
... 4,Biaya/ Tarif,Tidak dipungut biaya
... 5,Produk Pelayanan,Surat Keterangan Domisili
... 6,"Penanganan Pengaduan, Saran dan Masukan",Kotak saran di ruang tunggu
... '''.encode()
>>> result = read_standard_table(data, name="domisili.csv", unit_id="kel-sukamaju")
>>> [standard] = result.documents
>>> [r.name for r in standard.requirements]
['Fotokopi KTP-el', 'Fotokopi Kartu Keluarga']
>>> standard.fee.is_free, standard.unit_id
(True, 'kel-sukamaju')
>>> for finding in result.findings:
...     print(finding.code, finding.message("en"))
IM005 Row 3, column Komponen: the label 'Sitem Mekanisme dan Prosedur' was read as c. System, mechanism ...
IM007 The table holds the service-delivery components only (with or without the legal basis); ...

The readers are described in :mod:`pelayanan.io.tables._readers` and the reading rules, with every
label variant, in the reference page ``docs/reference/import.md``. PDF is not read.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

import attrs

from ...model.standards import ServiceStandard
from ._findings import IMPORT_CODES, ImportCode, ImportFinding, ImportSeverity
from ._import import ImportedStandard, ImportOptions, PrintedLabel, build_standard
from ._labels import LABEL_RULES, LabelMatch, RowKind, match_label
from ._readers import FORMATS, MissingExtraError, TableReadError, read_tables
from ._rows import NotAStandardTableError, split_table

__all__ = [
    "FORMATS",
    "IMPORT_CODES",
    "LABEL_RULES",
    "ImportCode",
    "ImportFinding",
    "ImportSeverity",
    "ImportedStandard",
    "LabelMatch",
    "MissingExtraError",
    "PrintedLabel",
    "RowKind",
    "TableImport",
    "TableReadError",
    "match_label",
    "read_standard_table",
]


@attrs.frozen
class TableImport:
    """What a file held: the standards read from it and every import finding."""

    source: str
    standards: tuple[ImportedStandard, ...]
    file_findings: tuple[ImportFinding, ...] = ()
    """Findings about the file as a whole (a table that is not a standard, skipped)."""

    @property
    def documents(self) -> tuple[ServiceStandard, ...]:
        """The standards, in the order of the file."""
        return tuple(s.standard for s in self.standards)

    @property
    def findings(self) -> tuple[ImportFinding, ...]:
        """Every finding: the file's, then each standard's in order."""
        return self.file_findings + tuple(f for s in self.standards for f in s.findings)

    @property
    def clean(self) -> bool:
        """Whether nothing worse than an information finding was made."""
        return all(f.severity == "info" for f in self.findings)


def _load(source: str | os.PathLike[str] | BinaryIO | bytes, name: str | None) -> tuple[str, bytes]:
    if isinstance(source, bytes):
        return name or "<bytes>", source
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            return name or str(source), path.read_bytes()
        except OSError as exc:
            msg = f"{source}: cannot read the file: {exc.strerror or exc}"
            raise TableReadError(msg) from None
    data = source.read()
    return name or str(getattr(source, "name", "<stream>")), data


def read_standard_table(
    source: str | os.PathLike[str] | BinaryIO | bytes,
    *,
    name: str | None = None,
    format: str | None = None,  # noqa: A002  (the word users know)
    provider_id: str | None = None,
    unit_id: str | None = None,
    service: str | None = None,
    scope: str | None = None,
) -> TableImport:
    """Read the standards in a CSV, XLSX, DOCX or HTML file.

    ``source`` is a path, an open binary file or the bytes; ``name`` names it in findings (by
    default the path). ``format`` is one of :data:`FORMATS` (default: detected). ``provider_id``
    and ``unit_id`` go into every standard; ``service`` names the service when the table does not
    (it gives the ids ``sp-<name>`` and ``<name>``); ``scope`` is ``"full"`` or ``"published"``
    (default: the published part when the table holds service-delivery components, at least
    three, and no management component but the legal basis, else the full standard).

    Raises :class:`TableReadError` (one line) when the file cannot be read or holds no table with
    a component column; everything else is an :class:`ImportFinding`.
    """
    if scope not in (None, "full", "published"):
        msg = f"scope must be 'full' or 'published', not {scope!r}"
        raise ValueError(msg)
    label, data = _load(source, name)
    options = ImportOptions(provider_id, unit_id, service, scope)
    skipped: list[ImportFinding] = []
    standards: list[ImportedStandard] = []
    taken: set[str] = set()
    tables = read_tables(label, data, format)
    for table in tables:
        try:
            blocks = split_table(table)
        except NotAStandardTableError:
            skipped.append(ImportFinding("IM012", label, table.name))
            continue
        standards.extend(build_standard(block, options, taken) for block in blocks if block.rows)
    if not standards:
        where = "the file has" if len(tables) == 1 else f"none of the {len(tables)} tables has"
        msg = (
            f"{label}: {where} no component column (no row names a component of UU 25/2009 "
            "Pasal 21, such as 'Persyaratan' or 'Biaya/Tarif')"
        )
        raise TableReadError(msg)
    return TableImport(label, tuple(standards), tuple(skipped))
