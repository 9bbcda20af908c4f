"""Importing standard tables: the Jambi examples in every format, real pages, junk, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from pelayanan import validate
from pelayanan.cli import main
from pelayanan.io.documents import from_json
from pelayanan.io.tables import TableReadError, read_standard_table
from pelayanan.model.components import Component
from pelayanan.model.standards import ComplaintChannel, Coverage, ServiceStandard, StandardStatus
from pelayanan.time.calendar import Weekday

from .conftest import EXAMPLES

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
TABLES = JAMBI / "tables"
REAL = Path(__file__).parent / "data" / "real-standards"

NOT_IN_A_TABLE = {
    "id": "-",
    "service_id": "-",
    "consultations": (),
    "establishment": None,
    "effective_from": None,
    "publications": (),
    "reviews": (),
    "notes": "",
}
"""What a component table does not print: the ids (made from the service's name), the status, the
history of the standard (consultations, decree, publications, reviews) and the notes. The text as
written, which the import keeps and the hand-written documents need not, is left out too."""


def _without_source_text(value: object) -> object:
    """The value with the text kept as written removed: ``as_written``, a channel's label."""
    if isinstance(value, tuple):
        return tuple(_without_source_text(v) for v in value)
    if not attrs.has(type(value)):
        return value
    changes = {
        f.name: _without_source_text(getattr(value, f.name))
        for f in attrs.fields(type(value))
        if f.init
    }
    if "as_written" in changes:
        changes["as_written"] = ""
    if isinstance(value, ComplaintChannel):
        changes["label"] = ""
    return type(value)(**changes)


def _comparable(standard: ServiceStandard) -> object:
    return _without_source_text(
        attrs.evolve(standard, **NOT_IN_A_TABLE, status=StandardStatus.DRAFT)
    )


def _hand_written(name: str) -> ServiceStandard:
    loaded = from_json((JAMBI / f"{name}.json").read_text(encoding="utf-8"))
    assert isinstance(loaded, ServiceStandard)
    return loaded


FILES = {
    "sp-dtks.csv": ["sp-dtks"],
    "sp-sktm.csv": ["sp-sktm"],
    "standar-pelayanan.xlsx": ["sp-dtks", "sp-sktm"],
    "lampiran-keputusan.docx": ["sp-dtks", "sp-sktm"],
    "standar-pelayanan.html": ["sp-dtks", "sp-sktm"],
}


@pytest.mark.parametrize("name", list(FILES))
def test_each_example_table_gives_the_hand_written_documents(name: str) -> None:
    """CSV (UTF-8 and Windows-1252), XLSX, DOCX and HTML give the JSON examples' components."""
    if name.endswith(".xlsx"):
        pytest.importorskip("openpyxl")
    if name.endswith(".docx"):
        pytest.importorskip("docx")
    result = read_standard_table(
        TABLES / name, provider_id="pemkot-jambi", unit_id="dinsos-kota-jambi"
    )
    assert [f.code for f in result.findings] == []
    assert [_comparable(s) for s in result.documents] == [
        _comparable(_hand_written(n)) for n in FILES[name]
    ]


def test_the_example_tables_are_what_the_script_writes(tmp_path: Path) -> None:
    """make_tables.py rebuilds the CSV and HTML files byte for byte (XLSX and DOCX need extras)."""
    script = TABLES / "make_tables.py"
    namespace: dict[str, Any] = {"__name__": "make_tables", "__file__": str(script)}
    exec(compile(script.read_text(encoding="utf-8"), str(script), "exec"), namespace)  # noqa: S102
    assert (
        namespace["csv_bytes"](namespace["DTKS_TITLE"], namespace["DTKS"], excel_id=False)
        == (TABLES / "sp-dtks.csv").read_bytes()
    )
    assert (
        namespace["csv_bytes"](namespace["SKTM_TITLE"], namespace["SKTM"], excel_id=True)
        == (TABLES / "sp-sktm.csv").read_bytes()
    )
    assert namespace["html_page"]() == (TABLES / "standar-pelayanan.html").read_text(
        encoding="utf-8"
    )


def test_one_table_is_one_document_and_a_workbook_a_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The output is a document for one standard and a list for several; -o writes a file."""
    assert main(["import", str(TABLES / "sp-sktm.csv"), "--unit", "dinsos-kota-jambi"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["kind"] == "service_standard"
    assert document["unit_id"] == "dinsos-kota-jambi"
    out = tmp_path / "all.json"
    assert (
        main(["import", str(TABLES / "sp-dtks.csv"), str(TABLES / "sp-sktm.csv"), "-o", str(out)])
        == 0
    )
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in written] == [
        "sp-pendaftaran-dan-pemutakhiran-dtks",
        "sp-penerbitan-surat-keterangan-tidak-mampu-sktm",
    ]
    assert capsys.readouterr().out == ""


def test_the_service_name_gives_the_ids(capsys: pytest.CaptureFixture[str]) -> None:
    """--service names the service when the table does not."""
    assert (
        main(["import", str(REAL / "25-kec-tayu-sktm.csv"), "--service", "SKTM Kecamatan Tayu"])
        == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert (document["id"], document["service_id"]) == (
        "sp-sktm-kecamatan-tayu",
        "sktm-kecamatan-tayu",
    )


def test_imported_documents_validate_like_the_hand_written_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The imported DTKS standard has no error the hand-written one lacks (as of 1 June 2024)."""
    status = main(
        [
            "import",
            str(TABLES / "sp-dtks.csv"),
            "--validate",
            "--format",
            "json",
            "--as-of",
            "2024-06-01",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    errors = {
        f["code"] for d in report["documents"] for f in d["findings"] if f["severity"] == "error"
    }
    # The table holds no decree, consultation or publication, so the rules about those speak.
    assert errors <= {"SP016", "SP017", "SP018", "SP019", "SP020", "SP026", "SP027", "SP028"}
    assert status == (1 if errors else 0)


# --- real published pages ------------------------------------------------------------------------

PUBLISHED_PAGES = [
    "12-kec-taman-sk-domisili-sippn.csv",
    "15-mpp-jembrana-ak1.csv",
    "25-kec-tayu-sktm.csv",
    "28-kec-balongbendo-ktp-pemula.csv",
    "36-disdukcapil-lamongan-kk-baru.csv",
    "37-inspektorat-deli-serdang-pemeriksaan.csv",
    "41-dispenduk-probolinggo-lahir-mati.csv",
    "43-balaiyanpus-diy-sepatu-jolifa.csv",
    "44-puskesmas-tkr-pendaftaran-sippn.csv",
    "45-man2-yogyakarta-legalisasi-ijazah.csv",
]


@pytest.mark.parametrize("name", PUBLISHED_PAGES)
def test_a_published_page_imports_and_validates_without_editing(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pelayanan import page.csv --validate --format json` on real pages (sources in .meta.json).

    Each holds the six service-delivery components: the import says it is the published part
    (IM007), and the report is one JSON object with the import findings among the rule findings.
    """
    status = main(
        ["import", str(REAL / name), "--validate", "--format", "json", "--as-of", "2024-06-01"]
    )
    report = json.loads(capsys.readouterr().out)
    assert status in (0, 1)
    [document] = report["documents"]
    codes = [f["code"] for f in document["findings"]]
    assert "IM007" in codes
    assert document["kind"] == "service_standard"
    assert report["counts"]["error"] == sum(f["severity"] == "error" for f in document["findings"])


def test_import_findings_name_the_row_and_column_in_the_language_asked_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """File 03 misspells a label: IM005 names row and column, in Indonesian and in English."""
    main(["import", str(REAL / "03-bbppmpv-senbud-diklat-kerjasama.csv"), "--format", "text"])
    indonesian = capsys.readouterr().err
    main(
        [
            "import",
            str(REAL / "03-bbppmpv-senbud-diklat-kerjasama.csv"),
            "--format",
            "text",
            "--lang",
            "en",
        ]
    )
    english = capsys.readouterr().err
    assert (
        "IM005 Baris 12, kolom Komponen: label 'Kompetensi pelaksanaan' dibaca sebagai h."
        in indonesian
    )
    assert (
        "IM005 Row 12, column Komponen: the label 'Kompetensi pelaksanaan' was read as h."
        in english
    )


def test_a_row_naming_nothing_is_kept_in_the_notes_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No word is dropped: an unknown row's text goes to the notes, IM001 says where it was."""
    page = tmp_path / "page.csv"
    page.write_text(
        "No,Komponen,Uraian\n1,Biaya,Gratis\n2,Nama Kepala,Budi Santoso\n", encoding="utf-8"
    )
    assert main(["import", str(page), "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["notes"] == "Baris 3 (Nama Kepala): Budi Santoso"
    [finding] = json.loads(captured.err)
    assert (finding["code"], finding["row"], finding["column"]) == ("IM001", 3, "Komponen")


# --- junk ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "the file is empty"),
        (b"Nama,Umur\nBudi,5\n", "no component column"),
        (bytes(range(256)) * 8, "a binary file, not text"),
        (b"%PDF-1.4 ...", "PDF is not read"),
    ],
    ids=["empty", "no-component-column", "binary", "pdf"],
)
def test_junk_is_one_line_and_exit_two(
    content: bytes, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unreadable input gives one line on stderr, nothing on stdout, exit 2."""
    path = tmp_path / "junk.csv"
    path.write_bytes(content)
    assert main(["import", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith(f"pelayanan import: error: {path}: ")
    assert said in line


def test_a_ten_megabyte_cell_is_kept_and_reported_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 10 MB cell is kept as written, reported (IM011) and not parsed, in seconds."""
    path = tmp_path / "big.csv"
    path.write_text(
        "No,Komponen,Uraian\n1,Biaya,Gratis\n2,Persyaratan," + "KTP " * 2_500_000 + "\n"
    )
    assert main(["import", str(path)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out) > 10_000_000
    assert [f["code"] for f in json.loads(captured.err)] == ["IM011"]


def test_a_missing_file_and_a_directory_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 2, one line each, nothing written."""
    assert main(["import", str(tmp_path / "none.csv"), str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 2


def test_the_api_raises_one_error_for_a_table_without_components() -> None:
    """read_standard_table raises TableReadError naming the file and what is missing."""
    with pytest.raises(TableReadError, match=r"^names\.csv: the file has no component column"):
        read_standard_table(b"Nama,Umur\nBudi,5\n", name="names.csv")


def test_no_traceback_from_the_command_as_a_user_runs_it(tmp_path: Path) -> None:
    """`python -m pelayanan import` on binary junk: exit 2, one line, no traceback."""
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    result = subprocess.run(
        [sys.executable, "-m", "pelayanan", "import", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


# --- rows that are not plain components ----------------------------------------------------------


def _import(*rows: str, **options: str) -> Any:
    text = "No,Komponen,Uraian\n" + "\n".join(rows) + "\n"
    return read_standard_table(text.encode(), name="t.csv", **options)


def test_a_duplicated_row_keeps_the_first_and_puts_the_second_in_the_notes() -> None:
    """Both rows are kept: the first as the component, the second in the notes, IM003 says so."""
    result = _import("1,Biaya,Gratis", "2,Biaya / Tarif,Rp 5.000")
    [standard] = result.documents
    assert standard.fee is not None
    assert standard.fee.is_free
    assert standard.notes == "Baris 3 (Biaya / Tarif): Rp 5.000"
    [finding] = result.findings
    assert (finding.code, finding.row, finding.params["first"]) == ("IM003", 3, 2)


def test_waktu_pelayanan_with_a_duration_is_the_time_limit() -> None:
    """Text "Waktu Pelayanan: 3 hari kerja" is component d, and IM008 says how it was decided."""
    result = _import("1,Waktu Pelayanan,3 (tiga) hari kerja")
    [standard] = result.documents
    assert standard.time_limit is not None
    assert str(standard.time_limit.duration) == "3 hari kerja"
    assert standard.service_hours is None
    assert [(f.code, f.component) for f in result.findings] == [("IM008", Component.TIME_LIMIT)]


def test_waktu_pelayanan_with_clock_times_and_a_duration_gives_both() -> None:
    """File 04 puts office hours and "Proses 1 Minggu" in one cell: hours and time limit both."""
    result = _import(
        '1,Waktu pelayanan,"Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib.\nProses 1 Minggu"'
    )
    [standard] = result.documents
    assert standard.service_hours is not None
    assert standard.service_hours.weekly is not None
    assert [str(w) for w in standard.service_hours.weekly.windows_on(Weekday.MONDAY)] == [
        "08:00-16:15"
    ]
    assert standard.time_limit is not None
    assert str(standard.time_limit.duration) == "1 minggu"


def test_jam_pelayanan_is_the_service_s_hours_with_the_text_kept() -> None:
    """File 02's extra row: the hours of the service, read, with the text as written."""
    text = "Senin - Kamis: 08.00 - 14.30 WIB\nJumat: 08.00 - 11.30 WIB"
    result = _import("1,Biaya,Gratis", f'2,Jam Pelayanan,"{text}"')
    [standard] = result.documents
    assert standard.service_hours is not None
    assert standard.service_hours.as_written == text
    assert standard.service_hours.weekly is not None
    assert [str(w) for w in standard.service_hours.weekly.windows_on(Weekday.FRIDAY)] == [
        "08:00-11:30"
    ]
    assert [f.code for f in result.findings] == ["IM009"]


def test_the_decree_s_number_becomes_a_partial_establishment() -> None:
    """File 27 prints "No. SK": the number is the establishment, without date or signatory."""
    result = _import("1,No. SK,800/88/SK/DKPS/2024", "2,Biaya,Gratis")
    [standard] = result.documents
    assert standard.establishment is not None
    assert standard.establishment.decree_number == "800/88/SK/DKPS/2024"
    assert standard.establishment.decided_on is None


def test_a_location_row_has_no_place_in_the_model_and_is_kept_in_the_notes() -> None:
    """A "Lokasi" row is reported (IM014) and its text kept, not dropped."""
    result = _import("1,Biaya,Gratis", "2,Lokasi,Jl. Jend. Sudirman No. 1")
    [standard] = result.documents
    assert standard.notes == "Baris 3 (Lokasi): Jl. Jend. Sudirman No. 1"
    assert [f.code for f in result.findings] == ["IM014"]


def test_the_label_as_printed_is_kept_with_the_result() -> None:
    """The printed label, typos and line breaks included, is kept for each row."""
    result = _import('1,"Sitem, Mekanisme dan\nProsedur",1. Datang', "2,Biaya /tariff,Gratis")
    [imported] = result.standards
    assert imported.label_of(Component.PROCEDURE) == "Sitem, Mekanisme dan\nProsedur"
    assert imported.label_of(Component.FEE) == "Biaya /tariff"
    assert imported.label_of(Component.LEGAL_BASIS) is None


SIX = (
    "1,Persyaratan,KTP",
    "2,Prosedur,1. Datang",
    "3,Jangka Waktu,1 hari kerja",
    "4,Biaya,Gratis",
    "5,Produk,Surat",
    "6,Pengaduan,Kotak saran",
)


def test_six_delivery_rows_are_the_published_part_unless_told_otherwise() -> None:
    """By default the published part (IM007); --scope full makes it the full standard, silently."""
    published = _import(*SIX)
    assert published.documents[0].coverage is Coverage.PUBLISHED_PART
    assert [f.code for f in published.findings] == ["IM007"]
    full = _import(*SIX, scope="full")
    assert full.documents[0].coverage is Coverage.FULL
    assert full.findings == ()
    assert (
        _import("1,Biaya,Gratis", scope="published").documents[0].coverage
        is Coverage.PUBLISHED_PART
    )


def test_the_validation_report_holds_the_import_findings_among_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --validate the IM findings are findings of the same document, with path and message."""
    page = tmp_path / "page.csv"
    page.write_text("No,Komponen,Uraian\n1,Biaya,Gratis\n2,Nama Kepala,Budi\n", encoding="utf-8")
    assert (
        main(
            [
                "import",
                str(page),
                "--validate",
                "--format",
                "json",
                "--lang",
                "en",
                "--as-of",
                "2024-06-01",
            ]
        )
        == 1
    )
    report = json.loads(capsys.readouterr().out)
    [document] = report["documents"]
    im001 = [f for f in document["findings"] if f["code"] == "IM001"]
    assert [(f["severity"], f["path"]) for f in im001] == [("error", "")]
    assert im001[0]["message"].startswith("Row 3, column Komponen: the label 'Nama Kepala'")
    assert any(f["code"] == "SP001" for f in document["findings"])


def test_a_page_of_delivery_rows_with_one_missing_is_still_the_published_part() -> None:
    """A real page with one delivery row missing is the published part, not a full standard.

    Disdukcapil Way Kanan's KTP-el page shows five of the six delivery components and no
    management component (its "Produk" row is missing). Read as the full standard it gave eight
    management components as errors a reviewer would not mark; as the published part only the
    missing product (SP006), a delivery component, is an error among the component rules.
    """
    source = (
        Path(__file__).parent / "data" / "real-standards" / "26-disdukcapil-waykanan-ktp-el.csv"
    )
    result = read_standard_table(source)
    [standard] = result.documents
    assert standard.coverage is Coverage.PUBLISHED_PART
    assert "IM007" in [f.code for f in result.findings]
    report = validate(standard, as_of=dt.date(2024, 6, 1))
    component_errors = [
        f.code for f in report.findings if f.severity.value == "error" and f.code <= "SP014"
    ]
    assert component_errors == ["SP006"]
