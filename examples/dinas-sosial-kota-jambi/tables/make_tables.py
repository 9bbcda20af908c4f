"""Write the Jambi standards as units keep them: a CSV per standard, a workbook, a decree annex, a page.

The two established standards of the example office (``sp-dtks.json`` and ``sp-sktm.json`` next to
this folder) are printed here as the tables a unit would publish: ``No | Komponen | Uraian``, the
DTKS standard in the two-part layout of Permenpan RB 15/2014 (service delivery, then management),
the SKTM standard in the a–n order of UU 25/2009 Pasal 21. ``pelayanan import`` reads every file
back into the same documents (``docs/tutorials/import-standards.md``).

Run from the repository root to rebuild the files (XLSX and DOCX need ``pip install
'pelayanan[xlsx,docx]'``)::

    python examples/dinas-sosial-kota-jambi/tables/make_tables.py

The files are written with fixed dates and in a fixed order, so a rebuild gives the same tables.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The day the decree was decided (sp-*.json); the files are dated with it, in UTC as they store it.
FIXED = dt.datetime(2023, 1, 16, 1, 0, 0, tzinfo=dt.UTC)
HEADER = ("No", "Komponen", "Uraian")

DASAR_HUKUM = """\
1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;
2. Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial;
3. Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin;
4. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 \
tentang Pelayanan Publik;
5. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 \
tentang Pedoman Standar Pelayanan;
6. Permensos Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan \
Sosial."""

SARANA = """\
1. Ruang tunggu ber-AC dengan kursi prioritas (untuk lansia, ibu hamil, dan penyandang disabilitas)
2. Jalur landai (ramp) dan toilet disabilitas (untuk penyandang disabilitas)
3. Ruang laktasi dan area bermain anak (untuk anak-anak dan ibu hamil)
4. Komputer dan akses aplikasi SIKS-NG"""

KOMPETENSI = """\
1. Pengetahuan: Memahami ketentuan pengelolaan DTKS
2. Keterampilan: Mengoperasikan aplikasi SIKS-NG
3. Pendidikan: Berpendidikan minimal SMA/sederajat
4. Sikap dan perilaku: Ramah, sopan, dan tidak diskriminatif"""

PENGAWASAN = """\
Pengawasan melekat oleh atasan langsung dan evaluasi bulanan oleh Sekretaris Dinas; pengawasan \
fungsional oleh Inspektorat Kota Jambi.
Pengawas: Kepala Bidang Perlindungan dan Jaminan Sosial; Sekretaris Dinas Sosial; Inspektorat Kota \
Jambi"""

PENGADUAN = """\
Pengaduan dicatat, diklasifikasikan, ditindaklanjuti oleh bidang terkait, dan hasilnya \
disampaikan kepada pengadu.
Pengelola pengaduan: Sekretaris Dinas Sosial Kota Jambi selaku pengelola pengaduan
Sarana pengaduan:
1. Langsung: Ruang pengaduan Dinas Sosial Kota Jambi
2. Kotak pengaduan: Ruang tunggu pelayanan
3. WhatsApp: 0812-0000-0000 (ilustratif)
4. SP4N-LAPOR!: https://www.lapor.go.id
5. SMS: 1708
Jangka waktu tindak lanjut:
- Pengaduan ringan: 2 hari kerja
- Pengaduan yang memerlukan koordinasi: 5 hari kerja
- Pengaduan yang memerlukan pemeriksaan: 14 hari kerja"""

KEAMANAN = (
    "Data pribadi pemohon dijaga kerahasiaannya dan hanya digunakan untuk pengelolaan DTKS; "
    "ruang pelayanan dilengkapi APAR dan CCTV."
)

EVALUASI = """\
Penilaian SKP dan evaluasi capaian standar pelayanan oleh atasan langsung
Periode: setiap 6 (enam) bulan
Penilai: Kepala Bidang Perlindungan dan Jaminan Sosial"""

DTKS_TITLE = "Standar Pelayanan Pendaftaran dan Pemutakhiran DTKS"
DTKS = (
    (
        "A.",
        (
            "Komponen Standar Pelayanan yang terkait dengan proses penyampaian pelayanan "
            "(Service Delivery)"
        ),
        "",
    ),
    (
        "1.",
        "Persyaratan",
        """\
Persyaratan administratif:
1. Fotokopi Kartu Keluarga (KK)
2. Fotokopi KTP-el kepala keluarga
3. Surat pengantar dari RT yang diketahui lurah (keterangan: Menerangkan kondisi sosial ekonomi \
keluarga.)
Persyaratan teknis:
4. Foto rumah tampak depan (tidak wajib)""",
    ),
    (
        "2.",
        "Sistem, Mekanisme, dan Prosedur",
        """\
Sistem: Pendaftaran dilakukan secara luring di loket dan MPP, dan melalui layanan jemput bola bagi \
lansia dan penyandang disabilitas; data diinput ke aplikasi SIKS-NG.
Mekanisme: Usulan diverifikasi petugas, dimusyawarahkan di kelurahan, lalu disahkan Wali Kota \
sebelum dikirim ke Kementerian Sosial.
1. Pemohon menyerahkan berkas persyaratan di loket (pelaksana: Pemohon; waktu: 10 menit)
2. Petugas memeriksa kelengkapan berkas dan memberikan tanda terima (pelaksana: Petugas loket; \
waktu: 15 menit; hasil: Tanda terima berkas)
3. Operator menginput usulan ke aplikasi SIKS-NG (pelaksana: Operator SIKS-NG; waktu: 2 hari kerja)
4. Verifikasi dan validasi usulan bersama kelurahan (pelaksana: Tim verifikasi; waktu: 2 hari kerja)
5. Pemberitahuan hasil kepada pemohon (pelaksana: Petugas loket; waktu: 1 hari kerja; hasil: Bukti \
pendaftaran usulan DTKS)""",
    ),
    ("3.", "Jangka Waktu Penyelesaian", "5 (lima) hari kerja sejak berkas dinyatakan lengkap"),
    ("4.", "Biaya/Tarif", "Tidak dipungut biaya"),
    (
        "5.",
        "Produk Pelayanan",
        (
            "Bukti pendaftaran usulan DTKS (keterangan: Tanda bahwa keluarga "
            "telah diusulkan masuk DTKS.)"
        ),
    ),
    ("6.", "Penanganan Pengaduan, Saran, dan Masukan", PENGADUAN),
    (
        "B.",
        (
            "Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan "
            "(Manufacturing)"
        ),
        "",
    ),
    ("1.", "Dasar Hukum", DASAR_HUKUM),
    ("2.", "Sarana, Prasarana, dan/atau Fasilitas", SARANA),
    ("3.", "Kompetensi Pelaksana", KOMPETENSI),
    ("4.", "Pengawasan Internal", PENGAWASAN),
    (
        "5.",
        "Jumlah Pelaksana",
        """\
Berjumlah 6 orang, terdiri dari:
- Petugas loket: 2 orang
- Operator SIKS-NG: 2 orang
- Tim verifikasi: 1 orang
- Pengelola pengaduan: 1 orang""",
    ),
    (
        "6.",
        "Jaminan Pelayanan",
        (
            "Pelayanan diberikan sesuai standar pelayanan yang telah "
            "ditetapkan dan diselesaikan dalam 5 hari kerja sejak berkas lengkap."
        ),
    ),
    ("7.", "Jaminan Keamanan dan Keselamatan Pelayanan", KEAMANAN),
    ("8.", "Evaluasi Kinerja Pelaksana", EVALUASI),
)

SKTM_TITLE = "Standar Pelayanan Penerbitan Surat Keterangan Tidak Mampu (SKTM)"
SKTM = (
    ("a.", "Dasar Hukum", DASAR_HUKUM),
    (
        "b.",
        "Persyaratan Pelayanan",
        """\
1. Fotokopi Kartu Keluarga (KK)
2. Fotokopi KTP-el pemohon
3. Surat pengantar dari RT yang diketahui lurah
4. Bukti terdaftar dalam DTKS atau hasil verifikasi lapangan (teknis)
5. Surat keterangan dari sekolah atau rujukan fasilitas kesehatan (keterangan: Sesuai keperluan \
SKTM.)""",
    ),
    (
        "c.",
        "Sistem, Mekanisme dan Prosedur",
        """\
Sistem: Pelayanan luring di loket Dinas Sosial dan gerai MPP Kota Jambi.
Mekanisme: Berkas diperiksa petugas, status DTKS dicek di SIKS-NG, SKTM ditandatangani Kepala \
Bidang atas nama Kepala Dinas.
1. Pemohon menyerahkan berkas persyaratan (pelaksana: Pemohon; waktu: 10 menit)
2. Petugas memeriksa berkas dan status DTKS (pelaksana: Petugas loket; waktu: 30 menit)
3. Penyusunan konsep dan penandatanganan SKTM (pelaksana: Kepala Bidang Perlindungan dan Jaminan \
Sosial; waktu: 3 jam)
4. Penyerahan SKTM kepada pemohon (pelaksana: Petugas loket; waktu: 10 menit; hasil: SKTM)""",
    ),
    ("d.", "Jangka Waktu Penyelesaian", "1 (satu) hari kerja sejak berkas dinyatakan lengkap"),
    ("e.", "Biaya/Tarif", "Tidak dipungut biaya"),
    ("f.", "Produk Pelayanan", "Surat Keterangan Tidak Mampu (SKTM)"),
    ("g.", "Sarana, Prasarana, dan/atau Fasilitas", SARANA),
    ("h.", "Kompetensi Pelaksana", KOMPETENSI),
    ("i.", "Pengawasan Internal", PENGAWASAN),
    ("j.", "Penanganan Pengaduan, Saran dan Masukan", PENGADUAN),
    (
        "k.",
        "Jumlah Pelaksana",
        """\
Berjumlah 3 orang, terdiri dari:
- Petugas loket: 2 orang
- Penandatangan: 1 orang""",
    ),
    (
        "l.",
        "Jaminan Pelayanan",
        (
            "SKTM diterbitkan paling lama 1 hari kerja sejak berkas lengkap, "
            "sesuai standar pelayanan yang ditetapkan."
        ),
    ),
    ("m.", "Jaminan Keamanan dan Keselamatan Pelayanan", KEAMANAN),
    ("n.", "Evaluasi Kinerja Pelaksana", EVALUASI),
)

STANDARDS = (("sp-dtks", DTKS_TITLE, DTKS), ("sp-sktm", SKTM_TITLE, SKTM))
ANNEX = (
    "LAMPIRAN KEPUTUSAN KEPALA DINAS SOSIAL KOTA JAMBI NOMOR 400.9/017/DINSOS/2023 (ilustratif) "
    "TENTANG STANDAR PELAYANAN"
)


def csv_bytes(title: str, rows: tuple[tuple[str, str, str], ...], *, excel_id: bool) -> bytes:
    """A CSV with a title row above the header.

    ``excel_id`` writes it as Excel does in an Indonesian locale (semicolons, Windows-1252);
    otherwise it is comma-separated UTF-8 with a byte-order mark.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if excel_id else ",", lineterminator="\r\n")
    writer.writerow((title, "", ""))
    writer.writerow(HEADER)
    writer.writerows(rows)
    text = out.getvalue()
    return text.encode("cp1252") if excel_id else "\ufeff".encode() + text.encode()


def write_xlsx(path: Path) -> None:
    """A workbook with one sheet per standard, the title in A1 and the header in row 2."""
    import openpyxl  # noqa: PLC0415  (only this format needs it)
    from openpyxl.styles import Alignment, Font  # noqa: PLC0415

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for sheet_name, title, rows in STANDARDS:
        sheet = workbook.create_sheet(sheet_name)
        sheet.append((title,))
        sheet["A1"].font = Font(bold=True)
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions["A"].width = 5
        sheet.column_dimensions["B"].width = 32
        sheet.column_dimensions["C"].width = 100
    workbook.properties.creator = "pelayanan examples"
    workbook.properties.created = FIXED.replace(tzinfo=None)
    workbook.save(path)
    _fix_zip_dates(path)


def write_docx(path: Path) -> None:
    """A decree annex: its heading, then each standard's title and table."""
    import docx  # noqa: PLC0415  (only this format needs it)

    document = docx.Document()
    document.add_paragraph(ANNEX)
    for _, title, rows in STANDARDS:
        document.add_paragraph(title)
        table = document.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        for row in (HEADER, *rows):
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    document.core_properties.author = "pelayanan examples"
    document.core_properties.created = FIXED.replace(tzinfo=None)
    document.core_properties.modified = FIXED.replace(tzinfo=None)
    document.core_properties.last_modified_by = "pelayanan examples"
    document.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path: Path) -> None:
    """Rewrite the archive with fixed dates, so that a rebuild gives the same bytes.

    openpyxl stamps the time of saving as the workbook's modification date whatever is asked,
    so that date is replaced in ``docProps/core.xml`` too.
    """
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    entries = [
        (name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data))
        if name == "docProps/core.xml"
        else (name, data)
        for name, data in entries
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def _cell(text: str) -> str:
    return html.escape(text).replace("\n", "<br>\n")


def html_page() -> str:
    """The page the office publishes: a heading and a table per standard."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        '<head><meta charset="utf-8"><title>Standar Pelayanan Dinas Sosial Kota Jambi</title></head>',
        "<body>",
        "<h1>Standar Pelayanan Dinas Sosial Kota Jambi (ilustratif)</h1>",
    ]
    for _, title, rows in STANDARDS:
        parts.append(f"<h2>{html.escape(title)}</h2>")
        parts.append('<table border="1">')
        parts.append("<thead><tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr></thead>")
        parts.append("<tbody>")
        for number, label, text in rows:
            if not text:  # a section row spans the label and description columns
                parts.append(f'<tr><td>{number}</td><td colspan="2">{_cell(label)}</td></tr>')
                continue
            parts.append(f"<tr><td>{number}</td><td>{_cell(label)}</td><td>{_cell(text)}</td></tr>")
        parts.append("</tbody>")
        parts.append("</table>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def main() -> int:
    """Write every file next to this script."""
    (HERE / "sp-dtks.csv").write_bytes(csv_bytes(DTKS_TITLE, DTKS, excel_id=False))
    (HERE / "sp-sktm.csv").write_bytes(csv_bytes(SKTM_TITLE, SKTM, excel_id=True))
    (HERE / "standar-pelayanan.html").write_text(html_page(), encoding="utf-8")
    write_xlsx(HERE / "standar-pelayanan.xlsx")
    write_docx(HERE / "lampiran-keputusan.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
