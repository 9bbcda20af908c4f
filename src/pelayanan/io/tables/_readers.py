"""Reading tables out of CSV, XLSX, DOCX and HTML files, as rows of text cells.

Every reader gives the same thing: a list of :class:`RawTable`, each with the rows of one table
as they were printed (cells as text, line breaks kept), the row number a reader of the file would
see, and the heading printed above the table, if any. What the rows mean is decided later
(:mod:`._rows`); a reader only gets the text out, and fails with one
:class:`TableReadError` line when the file is not a table it can read.

CSV needs nothing beyond the standard library (comma, semicolon or tab separated; UTF-8 with or
without a byte-order mark, or Windows-1252 as older spreadsheets save it). HTML is read with the
standard library's :mod:`html.parser`. XLSX needs ``openpyxl`` (``pip install 'pelayanan[xlsx]'``)
and DOCX ``python-docx`` (``pip install 'pelayanan[docx]'``); without them the reader says which
extra to install. PDF is not read: copy its table into a spreadsheet, or save the Word file it
was made from.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import importlib
import io
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from typing import Any, Final

import attrs

from ..._base.errors import PelayananError
from ._html import html_tables

__all__ = [
    "FORMATS",
    "MAX_INPUT_BYTES",
    "MissingExtraError",
    "RawRow",
    "RawTable",
    "TableReadError",
    "detect_format",
    "read_tables",
]

MAX_INPUT_BYTES: Final = 64_000_000
"""The largest file read (64 MB). A standard's table is a few kilobytes; a workbook of a hundred
standards a few megabytes."""

FORMATS: Final = ("csv", "xlsx", "docx", "html")
"""The formats read, by the name ``--format``-like options and :func:`read_tables` use."""


class TableReadError(PelayananError, ValueError):
    """A file could not be read as a table: empty, binary, an unknown format, or broken."""


class MissingExtraError(TableReadError, ImportError):
    """Reading a format needs an optional library that is not installed; the message names the extra."""


@attrs.frozen
class RawRow:
    """One row of a table as printed: its number in the file and its cells as text."""

    number: int
    """The row as a reader of the file counts it: the spreadsheet row, the CSV record (the first
    record is row 1), the table row in a Word file or a web page (the first row is row 1)."""
    cells: tuple[str, ...]


@attrs.frozen
class RawTable:
    """One table of a file, as printed."""

    source: str
    """The file it came from (``"tables/sp-dtks.csv"``), or ``"<stdin>"``."""
    name: str
    """Which table of the file: ``""`` when the file holds only one, else the sheet name or
    ``"tabel 2"``."""
    title: str
    """The heading printed above the table (a caption, a heading, a title row), ``""`` if none."""
    rows: tuple[RawRow, ...]


# --- format detection -------------------------------------------------------------------------------

_SUFFIXES: Final = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_NOT_READ: Final = {
    ".pdf": "PDF is not read; copy its table into a spreadsheet and save it as CSV or XLSX",
    ".xls": "old Excel files (.xls) are not read; save the workbook as .xlsx or CSV",
    ".doc": "old Word files (.doc) are not read; save the document as .docx",
    ".odt": "OpenDocument files are not read; save the document as .docx",
    ".ods": "OpenDocument spreadsheets are not read; save the sheet as .xlsx or CSV",
}
_HTML_START: Final = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|table|head|body|meta)",
    re.IGNORECASE | re.DOTALL,
)


def detect_format(name: str, data: bytes) -> str:
    r"""The format of a file from its content, or its name when the content does not say.

    >>> detect_format("a.csv", b"No,Komponen,Uraian\n")
    'csv'
    >>> detect_format("page", b"<!DOCTYPE html><html>...")
    'html'
    >>> detect_format("annex.pdf", b"%PDF-1.7")
    Traceback (most recent call last):
    ...
    pelayanan.io.tables._readers.TableReadError: annex.pdf: PDF is not read; copy its table ...
    """
    suffix = _suffix(name)
    if data.startswith(b"%PDF"):
        raise _unreadable(name, f"{_NOT_READ['.pdf']}")
    if suffix in _NOT_READ:
        raise _unreadable(name, f"{_NOT_READ[suffix]}")
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(name, data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _unreadable(name, f"{_NOT_READ['.xls' if suffix != '.doc' else '.doc']}")
    if _HTML_START.match(data[:4096].removeprefix(b"\xef\xbb\xbf")):
        return "html"
    if suffix in _SUFFIXES and _SUFFIXES[suffix] in ("xlsx", "docx"):
        raise _unreadable(name, f"not a {suffix} file (it is not a zip archive)")
    return _SUFFIXES.get(suffix, "csv")


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > name.rfind("/") and dot >= 0 else ""


def _zip_format(name: str, data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _unreadable(name, "a broken zip archive, not a readable XLSX or DOCX file") from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        raise _unreadable(name, f"{_NOT_READ['.ods']}")
    raise _unreadable(name, "a zip archive that is neither an XLSX nor a DOCX file")


def read_tables(name: str, data: bytes, format: str | None = None) -> list[RawTable]:  # noqa: A002
    r"""Every table in ``data`` (the content of the file called ``name``), as printed.

    ``format`` is one of :data:`FORMATS`; by default it is detected from the content and the name.
    Raises :class:`TableReadError` (or :class:`MissingExtraError`) with one line saying why.

    >>> [t] = read_tables("sp.csv", "No;Komponen;Uraian\n1;Biaya;Gratis\n".encode())
    >>> [r.cells for r in t.rows]
    [('No', 'Komponen', 'Uraian'), ('1', 'Biaya', 'Gratis')]
    """
    if len(data) > MAX_INPUT_BYTES:
        size, limit = f"{len(data):,}".replace(",", "."), f"{MAX_INPUT_BYTES:,}".replace(",", ".")
        raise _unreadable(name, f"{size} bytes is more than the {limit} read; split the file")
    if not data.strip():
        raise _unreadable(name, "the file is empty")
    if format is None:
        format = detect_format(name, data)  # noqa: A001
    elif format not in FORMATS:
        raise _unreadable(name, f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    reader: Callable[[str, bytes], list[RawTable]] = _READERS[format]
    try:
        tables = reader(name, data)
    except (TableReadError, RecursionError, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001  (a third-party parser's error is the file's fault)
        raise _unreadable(name, f"not a readable {format.upper()} file ({_why(exc)})") from None
    tables = [t for t in tables if any(any(c.strip() for c in r.cells) for r in t.rows)]
    if not tables:
        raise _unreadable(name, "no table found in the file")
    return tables


def _unreadable(name: str, why: str) -> TableReadError:
    return TableReadError(f"{name}: {why}")


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --- CSV --------------------------------------------------------------------------------------------

_SEPARATORS: Final = (",", ";", "\t")


def _decode_text(name: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return data.decode("utf-16")
            except UnicodeDecodeError:
                pass
        raise _unreadable(name, "a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        why = f"neither UTF-8 nor Windows-1252 text (byte {exc.start}); save it as CSV UTF-8"
        raise _unreadable(name, why) from None


def _separator(text: str) -> str:
    """The separator of the first non-blank line, counted outside quotes."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {s: outside.count(s) for s in _SEPARATORS}
    best = max(_SEPARATORS, key=lambda s: counts[s])
    return best if counts[best] else ","


def _read_csv(name: str, data: bytes) -> list[RawTable]:
    text = _decode_text(name, data)
    if sum(1 for ch in text[:8192] if ch < " " and ch not in "\t\r\n") > 8:
        raise _unreadable(name, "a binary file, not text")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    rows: list[RawRow] = []
    old_limit = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, MAX_INPUT_BYTES))
    try:
        rows.extend(
            RawRow(number, tuple(cell.replace("\r\n", "\n").replace("\r", "\n") for cell in cells))
            for number, cells in enumerate(reader, start=1)
        )
    except csv.Error as exc:
        raise _unreadable(
            name, f"not a readable CSV file (record {reader.line_num}: {exc})"
        ) from None
    finally:
        csv.field_size_limit(old_limit)
    return [RawTable(name, "", "", tuple(rows))]


# --- XLSX -------------------------------------------------------------------------------------------


def _optional(module: str, extra: str, what: str) -> Any:  # noqa: ANN401  (a module)
    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"reading {what} needs {module}: pip install 'pelayanan[{extra}]'"
        raise MissingExtraError(msg) from None


def _cell_text(value: object) -> str:  # noqa: PLR0911  (one return per kind of cell value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (float, decimal.Decimal)):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("_x000D_", "")


def _read_xlsx(name: str, data: bytes) -> list[RawTable]:
    openpyxl = _optional("openpyxl", "xlsx", "XLSX files")
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        tables = []
        for sheet in workbook.worksheets:
            rows = tuple(
                RawRow(number, tuple(_cell_text(v) for v in values))
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            )
            named = sheet.title if len(workbook.worksheets) > 1 else ""
            tables.append(RawTable(name, named, "", rows))
        return tables
    finally:
        workbook.close()


# --- DOCX -------------------------------------------------------------------------------------------


def _read_docx(name: str, data: bytes) -> list[RawTable]:
    docx = _optional("docx", "docx", "Word files")
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    tables: list[RawTable] = []
    heading = ""
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(node.text or "" for node in child.iter() if node.tag.endswith("}t"))
            if text.strip():
                heading = " ".join(text.split())
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            tables.append(RawTable(name, "", heading, tuple(_docx_rows(table))))
            heading = ""
    return _numbered(tables)


def _docx_rows(table: Any) -> Iterator[RawRow]:  # noqa: ANN401  (python-docx has no types)
    """Rows with one cell per grid column; a merged cell is repeated as ``""``, as in HTML."""
    above: list[object] = []
    for number, row in enumerate(table.rows, start=1):
        elements = [cell._tc for cell in row.cells]  # the same element for a merged cell
        cells = tuple(
            ""
            if (j > 0 and element is elements[j - 1]) or (j < len(above) and element is above[j])
            else "\n".join(p.text for p in cell.paragraphs).strip("\n")
            for j, (element, cell) in enumerate(zip(elements, row.cells, strict=True))
        )
        above = elements
        yield RawRow(number, cells)


# --- HTML -------------------------------------------------------------------------------------------

_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def _decode_html(name: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        try:
            return data.decode(declared[1].decode("ascii"), errors="replace")
        except LookupError:
            pass
    return _decode_text(name, data)


def _read_html(name: str, data: bytes) -> list[RawTable]:
    found = [
        RawTable(name, "", title, tuple(RawRow(n, tuple(cells)) for n, cells in enumerate(rows, 1)))
        for title, rows in html_tables(_decode_html(name, data))
    ]
    return _numbered(found)


def _numbered(tables: list[RawTable]) -> list[RawTable]:
    """Several tables of one file are told apart as "tabel 1", "tabel 2", ..."""
    if len(tables) < 2:
        return tables
    return [attrs.evolve(t, name=f"tabel {i}") for i, t in enumerate(tables, start=1)]


_READERS: Final[dict[str, Callable[[str, bytes], list[RawTable]]]] = {
    "csv": _read_csv,
    "xlsx": _read_xlsx,
    "docx": _read_docx,
    "html": _read_html,
}
