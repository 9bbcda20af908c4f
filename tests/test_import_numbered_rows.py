"""A row numbered in sequence with the rows above it is a row of the same table, not a heading.

The table below is Kecamatan Gerung's published standard
(http://gerung.lombokbaratkab.go.id/hal-498-sop-pelayanan.html): row 8, "Budaya Pelayanan", names
nothing known and has no description, but its number follows row 7's, so it does not start a
second standard. Headings still split a table: an unnumbered heading row, and a heading under
which the numbering restarts.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from pelayanan.cli import main
from pelayanan.io.tables import read_standard_table
from pelayanan.io.tables._readers import RawRow, RawTable
from pelayanan.io.tables._rows import split_table
from pelayanan.model.components import Component

GERUNG = """\
No,Komponen,Uraian
1.,Dasar Hukum,
2.,Persyaratan,
3.,"Sistem, Mekanisme, dan Prosedur",
4.,Jangka waktu penyelesaian,1 jam
5.,"Biaya, tarif dan rinciannya",Tidak ada biaya/gratis
6.,Produk Pelayanan,Kartu Tanda Penduduk
7,Pengelolaan Pengaduan,Kotak saran No. HP petugas Pos pelayanan informasi dan penanganan \
pengaduan
8.,Budaya Pelayanan,
9.,Perlakuan untuk masyarakat berkebutuhan khusus,Tersedia smoking area Tersedia loket/jalur \
khusus untuk lansia (60 tahun keatas) Tersedia petugas khusus bagi berkebutuhan khusus Pojok \
menyusui bagi ibu-ibu menyusui
"""

ROWS = list(csv.reader(io.StringIO(GERUNG)))
"""The table's rows; a reader counts them from 1, the header included."""


def _line(number: str) -> int:
    """The row a reader of the file gives the table row numbered ``number`` ("8." is row 9)."""
    [index] = [i for i, r in enumerate(ROWS) if r[0].rstrip(".") == number]
    return index + 1


def _table(*rows: tuple[str, ...]) -> RawTable:
    return RawTable("t.csv", "", "", tuple(RawRow(i, r) for i, r in enumerate(rows, start=1)))


def test_an_unknown_empty_row_numbered_in_sequence_stays_in_the_standard() -> None:
    """Rows 8 and 9 of Gerung's table are unknown rows of its one standard, both reported."""
    result = read_standard_table(GERUNG.encode(), name="gerung.csv")
    [standard] = result.documents
    empty_unknown, unknown = _line("8"), _line("9")
    unknown_findings = [
        (f.code, f.row, f.column, f.params["label"])
        for f in result.findings
        if f.row in (empty_unknown, unknown)
    ]
    assert unknown_findings == [
        ("IM001", empty_unknown, "Komponen", ROWS[empty_unknown - 1][1]),
        ("IM001", unknown, "Komponen", ROWS[unknown - 1][1]),
    ]
    assert ROWS[unknown - 1][2] in standard.notes
    assert f"Baris {unknown} ({ROWS[unknown - 1][1]})" in standard.notes
    assert f"Baris {empty_unknown} ({ROWS[empty_unknown - 1][1]})" in standard.notes


def test_the_rows_of_gerung_s_table_are_read_into_one_block() -> None:
    """Every row below the header is a row of the one block, the empty unknown one included."""
    [block] = split_table(_table(*(tuple(r) for r in ROWS)))
    assert block.heading == ""
    assert [r.row for r in block.rows] == list(range(2, len(ROWS) + 1))
    assert [r.target for r in block.rows[-2:]] == [None, None]
    assert block.rows[-2].text == ""
    assert block.rows[-1].text == ROWS[-1][2]


def test_the_command_imports_gerung_s_table_as_one_standard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pelayanan import` writes one document, not a list of two."""
    page = tmp_path / "gerung.csv"
    page.write_text(GERUNG, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["import", str(page), "-o", str(out)]) == 1
    written = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(written, dict)
    assert written["title"] != ROWS[_line("8") - 1][1]
    codes = [(f["code"], f["row"]) for f in json.loads(capsys.readouterr().err)]
    assert ("IM001", _line("8")) in codes


@pytest.mark.parametrize(
    ("number", "after"),
    [("8", "7"), ("8.", "7."), ("8)", "7)"), ("d.", "c."), ("D.", "C.")],
)
def test_numbering_in_sequence_in_any_of_its_forms_keeps_the_row(number: str, after: str) -> None:
    """A number follows a number ("8", "8." and "8)" after "7"), a letter a letter ("d." after "c.")."""
    table = _table(
        ("No", "Komponen", "Uraian"),
        (after, "Biaya", "Gratis"),
        (number, "Budaya Pelayanan", ""),
        ("", "Produk", "KTP"),
    )
    [block] = split_table(table)
    assert [(r.label, r.target) for r in block.rows] == [
        ("Biaya", Component.FEE),
        ("Budaya Pelayanan", None),
        ("Produk", Component.PRODUCTS),
    ]


@pytest.mark.parametrize("number", ["9.", "7.", "", "b."])
def test_a_row_numbered_out_of_sequence_is_still_a_heading(number: str) -> None:
    """After row "7.", a label alone numbered "9.", "7.", not at all, or "b." heads a standard."""
    table = _table(
        ("No", "Komponen", "Uraian"),
        ("7.", "Biaya", "Gratis"),
        (number, "Layanan KK", ""),
        ("", "Produk", "KK"),
    )
    assert [(b.heading, [r.label for r in b.rows]) for b in split_table(table)] == [
        ("", ["Biaya"]),
        ("Layanan KK", ["Produk"]),
    ]


@pytest.mark.parametrize(
    "numbers",
    [
        # A heading row without a number above each service, numbered 1, 2.
        ("", "1", "2", "", "1", "2"),
        # The heading's own number follows the rows above ("3" after "2"), but "1" comes under it.
        ("1", "1", "2", "3", "1", "2"),
        # Numbering running on through the table: the next component below is one already held.
        ("1", "2", "3", "4", "5", "6"),
    ],
    ids=["unnumbered", "restarting", "running-on"],
)
def test_a_heading_between_two_standards_still_splits_the_table(numbers: tuple[str, ...]) -> None:
    """Two services, each with a heading row and the rows "Biaya" and "Produk"."""
    labels = ("Layanan KTP", "Biaya", "Produk", "Layanan KK", "Biaya", "Produk")
    texts = ("", "Gratis", "KTP", "", "Gratis", "KK")
    table = _table(("No", "Komponen", "Uraian"), *zip(numbers, labels, texts, strict=True))
    blocks = split_table(table)
    assert [(b.heading, [r.row for r in b.rows]) for b in blocks] == [
        ("Layanan KTP", [3, 4]),
        ("Layanan KK", [6, 7]),
    ]


def test_a_heading_restarting_the_numbering_imports_as_two_standards() -> None:
    """Through the public API: two documents, titled by their headings."""
    text = "No,Komponen,Uraian\n1,Biaya,Gratis\n2,Layanan KK,\n1,Biaya,Gratis\n2,Produk,KK\n"
    result = read_standard_table(text.encode(), name="t.csv")
    assert len(result.documents) == 2
    assert result.documents[1].title == "Layanan KK"
