"""Reading standard tables: the file formats, the labels units print, and the rows of a table."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan.io.tables import TableReadError as ImportReadError
from pelayanan.io.tables import _readers, read_standard_table
from pelayanan.io.tables._hours import has_clock_times, parse_opening_hours
from pelayanan.io.tables._items import (
    competency,
    facility,
    interval_months,
    requirement,
    requirement_group,
    step,
)
from pelayanan.io.tables._labels import RowKind, match_label
from pelayanan.io.tables._readers import (
    MissingExtraError,
    RawRow,
    RawTable,
    TableReadError,
    detect_format,
    read_tables,
)
from pelayanan.io.tables._rows import NotAStandardTableError, split_table
from pelayanan.io.tables._values import read_component
from pelayanan.model.components import Component
from pelayanan.model.providers import CompetencyKind
from pelayanan.model.services import VulnerableGroup
from pelayanan.model.standards import RequirementKind
from pelayanan.time.calendar import Weekday
from pelayanan.time.durations import Duration, DurationUnit
from pelayanan.time.regions import TimeZone

REAL = Path(__file__).parent / "data" / "real-standards"


def _table(*rows: tuple[str, ...], title: str = "") -> RawTable:
    return RawTable("t.csv", "", title, tuple(RawRow(i, r) for i, r in enumerate(rows, start=1)))


def _rows_of(name: str, data: bytes) -> list[tuple[str, ...]]:
    [table] = read_tables(name, data)
    return [r.cells for r in table.rows]


# --- readers -------------------------------------------------------------------------------------


def test_a_csv_with_semicolons_in_windows_1252_reads_as_excel_wrote_it() -> None:
    """Excel in an Indonesian locale saves semicolon-separated Windows-1252 ("Jum’at" has a curly quote)."""
    data = "No;Komponen;Uraian\r\n1;Jam Pelayanan;Senin–Jum’at\r\n".encode("cp1252")
    assert _rows_of("sp.csv", data) == [
        ("No", "Komponen", "Uraian"),
        ("1", "Jam Pelayanan", "Senin–Jum’at"),
    ]


def test_a_utf8_csv_with_a_byte_order_mark_loses_the_mark_and_keeps_quoted_line_breaks() -> None:
    """The BOM is not part of the first header, and a quoted cell keeps its lines."""
    data = '\ufeffNo,Komponen,Uraian\n1,Persyaratan,"1. KTP\n2. KK"\n'.encode()
    assert _rows_of("sp.csv", data) == [
        ("No", "Komponen", "Uraian"),
        ("1", "Persyaratan", "1. KTP\n2. KK"),
    ]


def test_a_separator_inside_quotes_does_not_decide_the_separator() -> None:
    """A header quoted with commas inside is still read as semicolon-separated."""
    data = b'"No, urut";Komponen;Uraian\n1;Biaya;Gratis\n'
    assert _rows_of("sp.csv", data)[1] == ("1", "Biaya", "Gratis")


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("blank.csv", b"  \n\n ", "the file is empty"),
        ("noise.csv", bytes(range(256)) * 4, "a binary file, not text"),
        ("annex.pdf", b"%PDF-1.7\n...", "PDF is not read"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Excel files (.xls) are not read"),
        ("fake.xlsx", b"No,Komponen,Uraian\n", "not a .xlsx file"),
        ("broken.docx", b"PK\x03\x04garbage", "a broken zip archive"),
    ],
)
def test_unreadable_input_is_one_line_naming_the_file(name: str, data: bytes, said: str) -> None:
    """Junk gives a TableReadError whose message is one line, starting with the file name."""
    with pytest.raises(TableReadError) as caught:
        read_tables(name, data)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert said in message
    assert "\n" not in message


def test_a_zip_that_is_not_an_office_file_is_refused() -> None:
    """A zip archive without a workbook or a document part is neither XLSX nor DOCX."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(TableReadError, match="neither an XLSX nor a DOCX"):
        detect_format("x.zip", buffer.getvalue())


def test_a_file_too_large_to_be_a_standard_is_refused_before_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """More than the limit (64 MB; 1000 bytes here) is refused, sizes written the Indonesian way."""
    monkeypatch.setattr(_readers, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(TableReadError, match=r"2\.000 bytes is more than the 1\.000 read"):
        read_tables("big.csv", b"x" * 2000)


def test_a_ten_megabyte_cell_is_read_whole() -> None:
    """A cell larger than the csv module's default field limit is read, not refused."""
    cell = "a" * 10_000_000
    rows = _rows_of("big.csv", f"No,Komponen,Uraian\n1,Jaminan Pelayanan,{cell}\n".encode())
    assert len(rows[1][2]) == 10_000_000


def test_html_tables_keep_lists_line_breaks_spans_and_the_heading_above() -> None:
    """Lists get the markers a browser shows, a row-spanning number leaves its column empty below."""
    page = b"""<!DOCTYPE html><html><body><h2>Standar Pelayanan KTP-el</h2>
    <table><tr><th>No<th>Komponen<th>Uraian
    <tr><td rowspan="2">1.<td>Persyaratan<td><ol><li>Fotokopi KK<li>Surat pengantar<br>RT/RW</ol>
    <tr><td>Biaya &amp; Tarif<td><p>Gratis</p><ul><li>tanpa pungutan</ul>
    <tr><td>2.<td>Jangka Waktu<td><ol type="a"><li>baru: 1 hari kerja<li>rusak: 1 jam</ol>
    </table></body></html>"""
    [table] = read_tables("page.html", page)
    assert table.title == "Standar Pelayanan KTP-el"
    assert [r.cells for r in table.rows] == [
        ("No", "Komponen", "Uraian"),
        ("1.", "Persyaratan", "1. Fotokopi KK\n2. Surat pengantar\nRT/RW"),
        ("", "Biaya & Tarif", "Gratis\n• tanpa pungutan"),
        ("2.", "Jangka Waktu", "a. baru: 1 hari kerja\nb. rusak: 1 jam"),
    ]


def test_a_layout_table_around_the_standard_is_looked_through() -> None:
    """A one-cell table used for page layout yields the table inside it."""
    page = b"<table><tr><td><h3>SP</h3><table><tr><td>Biaya</td><td>Gratis</td></tr></table></td></tr></table>"
    [table] = read_tables("page.html", page)
    assert [r.cells for r in table.rows] == [("Biaya", "Gratis")]


def test_several_tables_of_a_page_are_told_apart() -> None:
    """Each table of a page is one table, named by its position."""
    page = (
        b"<html><table><tr><td>a</td></tr></table><p>x</p><table><tr><td>b</td></tr></table></html>"
    )
    assert [t.name for t in read_tables("page.html", page)] == ["tabel 1", "tabel 2"]


def test_xlsx_sheets_are_tables_with_numbers_and_dates_as_text(tmp_path: Path) -> None:
    """Every sheet is a table; a whole number reads without ".0", a date in ISO form."""
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "KTP"
    first.append(("No", "Komponen", "Uraian"))
    first.append((1.0, "Jumlah Pelaksana", 3))
    first.append((2, "Tanggal", dt.datetime(2024, 5, 2)))  # noqa: DTZ001  (a spreadsheet date has no zone)
    workbook.create_sheet("KK").append(("Biaya", "Gratis"))
    path = tmp_path / "sp.xlsx"
    workbook.save(path)
    tables = read_tables(path.name, path.read_bytes())
    assert [t.name for t in tables] == ["KTP", "KK"]
    assert [r.cells for r in tables[0].rows][1:] == [
        ("1", "Jumlah Pelaksana", "3"),
        ("2", "Tanggal", "2024-05-02"),
    ]


def test_docx_tables_take_the_paragraph_above_as_title_and_keep_merged_cells_in_place(
    tmp_path: Path,
) -> None:
    """A cell merged across two columns is written once and leaves the next column empty."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Lampiran Keputusan")
    document.add_paragraph("Standar Pelayanan SKTM")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("No", "Komponen", "Uraian"), strict=True):
        cell.text = text
    merged = table.cell(1, 1).merge(table.cell(1, 2))
    merged.text = "A. Service Delivery"
    table.cell(1, 0).text = "A."
    for cell, text in zip(table.rows[2].cells, ("1.", "Biaya", "Gratis\nRp 0"), strict=True):
        cell.text = text
    path = tmp_path / "annex.docx"
    document.save(str(path))
    [read] = read_tables(path.name, path.read_bytes())
    assert read.title == "Standar Pelayanan SKTM"
    assert [r.cells for r in read.rows] == [
        ("No", "Komponen", "Uraian"),
        ("A.", "A. Service Delivery", ""),
        ("1.", "Biaya", "Gratis\nRp 0"),
    ]


def test_a_missing_extra_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without openpyxl, reading a workbook says which extra to install."""
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "sp.xlsx"
    openpyxl.Workbook().save(path)
    real_import = __import__("importlib").import_module

    def without_openpyxl(name: str, *args: object) -> object:
        if name == "openpyxl":
            raise ImportError(name)
        return real_import(name, *args)

    monkeypatch.setattr("importlib.import_module", without_openpyxl)
    with pytest.raises(MissingExtraError, match=r"needs openpyxl: pip install 'pelayanan\[xlsx\]'"):
        read_tables(path.name, path.read_bytes())


# --- labels --------------------------------------------------------------------------------------

_EXTRAS = {
    "Jam Pelayanan": RowKind.OPENING_HOURS,
    "JAM PELAYANAN": RowKind.OPENING_HOURS,
    "Informasi Selengkapnya": RowKind.MORE_INFORMATION,
    "No. SK": RowKind.DECREE,
    "JENIS PELAYANAN :": RowKind.SERVICE_NAME,
    "Keterangan": None,
    "LOKET MANDIRI ANDROID/ WEB": None,
}
_REAL_LABELS = json.loads((REAL / "labels.json").read_text(encoding="utf-8"))["labels"]


def _expected(entry: dict[str, str]) -> object:
    meaning = entry["meaning"]
    if entry["text"] in _EXTRAS:
        return _EXTRAS[entry["text"]]
    if (
        meaning.startswith("extra: section header for delivery")
        or "(Service Delivery)" in entry["text"]
    ):
        return RowKind.SECTION_DELIVERY
    if meaning.startswith("extra: section header"):
        return RowKind.SECTION_MANAGEMENT
    if entry["text"].lower().startswith("waktu pelayanan"):
        return RowKind.SERVICE_TIME  # decided by the cell's content
    return Component.by_letter(meaning[0])


@pytest.mark.parametrize("entry", _REAL_LABELS, ids=[e["text"] for e in _REAL_LABELS])
def test_every_label_seen_on_a_real_page_names_what_it_names_there(entry: dict[str, str]) -> None:
    """The 107 labels of the research set (source pages in labels.json) map to their component."""
    assert match_label(entry["text"]).target == _expected(entry)


@pytest.mark.parametrize(
    ("label", "target"),
    [
        ("Legal basis", Component.LEGAL_BASIS),
        ("Requirements", Component.REQUIREMENTS),
        ("Completion time", Component.TIME_LIMIT),
        ("Fee", Component.FEE),
        ("Number of executors", Component.EXECUTOR_COUNT),
        ("Security and safety guarantee", Component.SECURITY_GUARANTEE),
        ("Handling of complaints, suggestions and input", Component.COMPLAINT_HANDLING),
        ("Opening hours", RowKind.OPENING_HOURS),
        ("Sarana dan Masukan", Component.COMPLAINT_HANDLING),
        ("3. Jangka Waktu Pelayanan", Component.TIME_LIMIT),
        ("Lokasi Pelayanan", RowKind.LOCATION),
    ],
)
def test_english_labels_and_the_issue_s_variants_are_read(label: str, target: object) -> None:
    """English labels, "Sarana dan Masukan" (complaints, not facilities) and a numbered label."""
    assert match_label(label).target == target


def test_a_typo_is_corrected_and_the_correction_is_told() -> None:
    """Text "Sitem" is read as "sistem"; the correction is part of the match, for the report."""
    match = match_label("Sitem, Mekanisme dan Prosedur")
    assert match.target is Component.PROCEDURE
    assert match.corrected == (("sitem", "sistem"),)


def test_a_label_naming_nothing_known_matches_nothing() -> None:
    """A service's name or a person's field is not a component."""
    assert match_label("Layanan Kartu Tanda Anggota (KTA)").target is None
    assert match_label("").target is None


# --- rows ----------------------------------------------------------------------------------------


def test_furniture_rows_are_passed_over_and_section_rows_recorded() -> None:
    """A column-number row, a repeated header and blank rows hold no component (file 28, 37)."""
    table = _table(
        ("No", "Komponen", "Uraian"),
        ("", "A. Aspek Penyampaian Pelayanan (Service Delivery)", ""),
        ("1", "2", "3"),
        ("No", "Komponen", "Keterangan"),
        ("", "", ""),
        ("1.", "Persyaratan", "KTP"),
        ("B.", "Pengelolaan Pelayanan (Manufacturing)", ""),
        ("1.", "Dasar Hukum", "UU 25/2009"),
    )
    [block] = split_table(table)
    assert [(r.row, r.target) for r in block.rows] == [
        (6, Component.REQUIREMENTS),
        (8, Component.LEGAL_BASIS),
    ]
    assert block.sections == (RowKind.SECTION_DELIVERY, RowKind.SECTION_MANAGEMENT)
    assert block.findings == ()


def test_without_a_header_the_columns_are_found_by_what_they_hold() -> None:
    """The column naming the most components is the label column; the next one the description."""
    table = _table(("1", "Persyaratan", "KTP"), ("2", "Biaya", "Gratis"), ("3", "Produk", "KTP-el"))
    [block] = split_table(table)
    assert [(r.target, r.text, r.column) for r in block.rows][1] == (
        Component.FEE,
        "Gratis",
        "kolom 3",
    )


def test_a_table_without_a_component_column_is_not_a_standard() -> None:
    """A list of names is no standard table."""
    with pytest.raises(NotAStandardTableError):
        split_table(_table(("Nama", "Umur"), ("Budi", "5"), ("Ani", "7")))


def test_sippn_rows_without_labels_are_read_in_sippn_order() -> None:
    """SIPPN prints the six delivery components without labels (file 12); each is reported."""
    rows = [("No", "Komponen", "Uraian")] + [("", "", f"isi {i}") for i in range(1, 7)]
    [block] = split_table(_table(*rows))
    assert [r.target.letter for r in block.rows] == ["b", "c", "d", "e", "f", "j"]
    assert [f.code for f in block.findings] == ["IM006"] * 6


def test_a_table_holding_several_services_is_split_at_their_headings() -> None:
    """A court's matrix (file 17): a heading row per service, the same components under each."""
    table = _table(
        ("No", "Komponen", "Uraian"),
        ("1.", "Pelayanan Persidangan", ""),
        ("", "BIAYA", "Tidak ada biaya"),
        ("", "WAKTU", "Maks. 5 (lima) bulan"),
        ("2.", "Biaya Perkara", ""),
        ("", "DASAR HUKUM", "SEMA nomor 4 tahun 2008"),
        ("", "BIAYA", "Panjar biaya perkara"),
    )
    blocks = split_table(table)
    assert [(b.heading, [r.target.letter for r in b.rows]) for b in blocks] == [
        ("Pelayanan Persidangan", ["e", "d"]),
        ("Biaya Perkara", ["a", "e"]),
    ]


def test_a_component_row_without_a_description_is_kept_as_an_empty_component() -> None:
    """An empty "Jumlah Pelaksana" row in the middle of a table is a component, not a heading."""
    table = _table(("1", "Biaya", "Gratis"), ("2", "Jumlah Pelaksana", ""), ("3", "Produk", "KTP"))
    [block] = split_table(table)
    assert [(r.target.letter, r.text) for r in block.rows] == [
        ("e", "Gratis"),
        ("k", ""),
        ("f", "KTP"),
    ]


def test_text_beyond_the_description_column_is_added_and_reported() -> None:
    """A fourth column is not dropped: its text joins the description, and IM013 says so."""
    table = _table(
        ("No", "Komponen", "Uraian", "Catatan"), ("1", "Biaya", "Gratis", "sesuai Perda")
    )
    [block] = split_table(table)
    assert block.rows[0].text == "Gratis\nsesuai Perda"
    assert [(f.code, f.row, f.params["cells"]) for f in block.findings] == [("IM013", 2, "Catatan")]


def test_the_title_rows_above_the_header_are_the_title() -> None:
    """A spreadsheet's title in A1 is the standard's title."""
    table = _table(
        ("Standar Pelayanan KTP", "", ""), ("No", "Komponen", "Uraian"), ("1", "Biaya", "Gratis")
    )
    [block] = split_table(table)
    assert block.title == "Standar Pelayanan KTP"


@pytest.mark.parametrize(
    ("name", "letters", "headings"),
    [
        ("02-puskesmas-guguk-panjang-ugd.csv", ["a+bcdefghijklmn"], [""]),
        ("03-bbppmpv-senbud-diklat-kerjasama.csv", ["bcdefjaghiklmn"], [""]),
        ("12-kec-taman-sk-domisili-sippn.csv", ["bcdefj"], [""]),
        (
            "17-pa-pati-persidangan.csv",
            ["abcedfk", "a"],
            ["Pelayanan Persidangan", "Biaya Perkara"],
        ),
        ("28-kec-balongbendo-ktp-pemula.csv", ["bcdefj"], [""]),
        (
            "29-kec-wonogiri-ktp-rusak.csv",
            ["bde", "bcde"],
            ["LOKET KECAMATAN", "LOKET MANDIRI ANDROID/ WEB"],
        ),
        ("37-inspektorat-deli-serdang-pemeriksaan.csv", ["bcdefj"], [""]),
    ],
)
def test_real_tables_split_into_the_standards_they_hold(
    name: str, letters: list[str], headings: list[str]
) -> None:
    """Real pages (sources in each .meta.json): components in printed order, extra rows as "+"."""
    [table] = read_tables(name, (REAL / name).read_bytes())
    blocks = split_table(table)
    assert [
        "".join(r.target.letter if isinstance(r.target, Component) else "+" for r in b.rows)
        for b in blocks
    ] == letters
    assert [b.heading for b in blocks] == headings


# --- opening hours -------------------------------------------------------------------------------


def test_opening_hours_as_a_puskesmas_prints_them() -> None:
    """File 02: three lines, a typo in the zone ("WIIB"), Friday and Saturday shorter."""
    text = "Senin -  Kamis: 08.00 - 14.30 WIIB\nJumat: 08.00 - 11.30 WIB\nSabtu: 08.00 - 13.00 WIB"
    hours, problems = parse_opening_hours(text)
    assert hours is not None
    assert problems == ()
    assert hours.time_zone is TimeZone.WIB
    assert [str(w) for w in hours.regular.windows_on(Weekday.WEDNESDAY)] == ["08:00-14:30"]
    assert [str(w) for w in hours.regular.windows_on(Weekday.SATURDAY)] == ["08:00-13:00"]
    assert hours.regular.windows_on(Weekday.SUNDAY) == ()
    assert hours.notes == text


def test_a_break_is_taken_out_of_the_day() -> None:
    """Text "istirahat 12.00 - 13.00" splits the window in two; the zone WITA is read."""
    hours, _ = parse_opening_hours("Senin s/d Kamis 07.30 - 16.00 WITA, istirahat 12.00 - 13.00")
    assert hours is not None
    assert hours.time_zone is TimeZone.WITA
    assert [str(w) for w in hours.regular.windows_on(Weekday.MONDAY)] == [
        "07:30-12:00",
        "13:00-16:00",
    ]


def test_hours_without_a_zone_take_wib_and_say_so() -> None:
    """A zone is never silently assumed."""
    hours, problems = parse_opening_hours("Senin - Jumat 08.00 - 15.00")
    assert hours is not None
    assert problems == ("no time zone (WIB, WITA, WIT) is written; WIB was taken",)


def test_a_duration_is_not_opening_hours() -> None:
    """Text "3 hari kerja" has no clock times; "Proses 1 Minggu" under the hours is not a window."""
    assert not has_clock_times("3 (tiga) hari kerja")
    assert parse_opening_hours("3 (tiga) hari kerja") == (None, ())
    hours, _ = parse_opening_hours("Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib.\nProses 1 Minggu")
    assert hours is not None
    assert [str(w) for w in hours.regular.windows_on(Weekday.MONDAY)] == ["08:00-16:15"]


# --- list items ----------------------------------------------------------------------------------


def test_a_requirement_s_parentheses_give_its_condition_kind_and_description() -> None:
    """Text "(tidak wajib)", "(teknis)" and "(keterangan: …)" are read and taken out of the name."""
    made, _ = requirement(
        "Surat pengantar RT (keterangan: Menerangkan kondisi ekonomi.) (tidak wajib)",
        RequirementKind.ADMINISTRATIVE,
    )
    assert (made.name, made.mandatory, made.description) == (
        "Surat pengantar RT",
        False,
        "Menerangkan kondisi ekonomi.",
    )
    assert (
        requirement("Bukti DTKS (teknis)", RequirementKind.ADMINISTRATIVE)[0].kind
        is RequirementKind.TECHNICAL
    )


def test_a_parenthesis_that_is_part_of_the_name_stays() -> None:
    """Text "Fotokopi Kartu Keluarga (KK)": the abbreviation is the name's, not a qualifier."""
    made, _ = requirement("Fotokopi Kartu Keluarga (KK)", RequirementKind.ADMINISTRATIVE)
    assert (made.name, made.mandatory, made.description) == (
        "Fotokopi Kartu Keluarga (KK)",
        True,
        "",
    )


def test_group_lines_set_the_kind_of_requirements() -> None:
    """Text "Persyaratan Teknis :" is a group line; an ordinary item is not."""
    assert requirement_group("Persyaratan Teknis :") is RequirementKind.TECHNICAL
    assert requirement_group("Fotokopi KTP") is None


def test_a_step_s_parenthesis_gives_actor_time_and_output() -> None:
    """The SOP columns Pelaksana, Waktu, Hasil written after the step."""
    made, problems = step(
        "Penyerahan SKTM (pelaksana: Petugas loket; waktu: 10 menit; hasil: SKTM)"
    )
    assert (made.description, made.actor, made.duration, made.output) == (
        "Penyerahan SKTM",
        "Petugas loket",
        Duration(10, DurationUnit.MINUTES),
        "SKTM",
    )
    assert problems == ()


def test_a_step_time_without_a_clear_unit_is_reported() -> None:
    """Text "secepatnya" is no duration: it stays in the description, and the problem is reported."""
    made, problems = step("Verifikasi (pelaksana: Tim; waktu: secepatnya)")
    assert (made.description, made.actor, made.duration) == (
        "Verifikasi (waktu: secepatnya)",
        "Tim",
        None,
    )
    assert [en for _, en in problems] == [
        "the time of the step 'secepatnya' has no clear unit; kept in its description"
    ]


def test_a_facility_names_the_vulnerable_groups_it_is_for() -> None:
    """Text "(untuk lansia, ibu hamil, dan penyandang disabilitas)", in the order written."""
    made, _ = facility("Kursi prioritas (untuk lansia, ibu hamil, dan penyandang disabilitas)")
    assert made.name == "Kursi prioritas"
    assert made.vulnerable_groups == (
        VulnerableGroup.ELDERLY,
        VulnerableGroup.PREGNANT_WOMEN,
        VulnerableGroup.PERSONS_WITH_DISABILITIES,
    )
    assert facility("Jalur landai (ramp)")[0].name == "Jalur landai (ramp)"


def test_a_competency_s_leading_kind_is_read() -> None:
    """Text "Pendidikan: minimal SMA" is an education competency; a plain item keeps the default."""
    assert competency("Pendidikan: minimal SMA", None)[0].kind is CompetencyKind.EDUCATION
    assert competency("Sikap dan perilaku: Ramah", None)[0].kind is CompetencyKind.ATTITUDE
    assert (
        competency("Memahami peraturan", CompetencyKind.KNOWLEDGE)[0].kind
        is CompetencyKind.KNOWLEDGE
    )


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Periode: setiap 6 (enam) bulan", 6),
        ("Survei indeks kepuasan masyarakat setiap 6 bulan sekali", 6),
        ("Minimal satu kali dalam setahun", 12),
        ("evaluasi triwulan", 3),
        ("dilakukan secara berkala", None),
    ],
)
def test_how_often_an_evaluation_is_done(text: str, months: int | None) -> None:
    """Real phrasings of the evaluation interval (files 02 and 21)."""
    assert interval_months(text) == months


# --- robustness ----------------------------------------------------------------------------------

_PIECES = [*"0123456789 .,:;()-/\n•abcdefghijklmnoprstuwy"]
_WORDS = ["Rp", "hari kerja", "Nomor", "Tahun", "orang", "08.00", "WIB", "Senin", "Pengawas:"]
_CELL_TEXT = st.lists(st.sampled_from(_PIECES + _WORDS + ["(tidak wajib)"]), max_size=30).map(
    "".join
)


@given(component=st.sampled_from(list(Component)), text=_CELL_TEXT)
def test_no_cell_text_makes_a_component_reader_raise(component: Component, text: str) -> None:
    """Whatever a cell holds, its reader never raises; when it reads nothing, the text is kept."""
    reading = read_component(component, text)
    assert isinstance(reading.unread, tuple)
    if reading.failed is not None and reading.value is not None:
        assert getattr(reading.value, "as_written", None) == text


@given(rows=st.lists(st.lists(_CELL_TEXT, min_size=0, max_size=4).map(tuple), max_size=8))
def test_no_table_makes_the_row_reader_raise_anything_but_not_a_standard(
    rows: list[tuple[str, ...]],
) -> None:
    """Any grid of cells is split into standards, or refused as not a standard table."""
    try:
        blocks = split_table(_table(*rows))
    except NotAStandardTableError:
        return
    for block in blocks:
        assert all(r.row >= 1 for r in block.rows)


@given(data=st.binary(max_size=300))
def test_no_bytes_make_the_import_raise_anything_but_one_line(data: bytes) -> None:
    """Random bytes give standards or one TableReadError line, never another exception."""
    try:
        read_standard_table(data, name="junk.csv")
    except ImportReadError as exc:
        message = str(exc)
    else:
        return
    assert "\n" not in message


def test_a_long_pathological_cell_is_read_in_good_time() -> None:
    """Text built to make regular expressions backtrack is read (or refused) in well under a second."""
    import time

    nasty = "Undang Undang " * 1400 + "Nomor"
    for component in Component:
        started = time.perf_counter()
        read_component(component, nasty)
        read_component(component, "1. " + "a" * 19_000 + ":")
        assert time.perf_counter() - started < 1.0, component
