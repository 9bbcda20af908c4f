"""Reading real standards' text: each string below was published by a unit, word for word.

The strings come from the research set of real published standards (``research/real/strings.json``
of the project's research notes); each row names the page it was found on. The expected values are
read by hand from the text and its meaning, never copied from the parser's output.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan.io.text import (
    parse_citations,
    parse_contacts,
    parse_executor_count,
    parse_fee,
    parse_time_limit,
    read_citations,
    read_contacts,
    read_executor_count,
    read_fee,
    read_service_hours,
    read_time_limit,
    split_items,
)
from pelayanan.law import CATALOGUE, Instrument, InstrumentKind
from pelayanan.model.standards import ComplaintChannelKind as K
from pelayanan.model.standards import FeeForm, LimitBound, TimeLimit, TimeLimitForm
from pelayanan.strategies import texts
from pelayanan.time.calendar import Weekday
from pelayanan.time.durations import Duration, DurationUnit

# Where the strings were published (research/real/strings.json names each one's source).
GUGUK = "Puskesmas Guguk Panjang, Bukittinggi: table standar_pelayanan of its website (SQL dump)"
BBPPMPV = "https://github.com/kodebiner/BBPPMPVSB/blob/HEAD/app/Views/standarpelayanan.php"
PENDOPO = "https://id.scribd.com/document/623871872/SPP-KEC-PENDOPO-BARAT"
MARIDAN = "https://id.scribd.com/document/422751158/STANDAR-PELAYANAN"
LOMBOK = "http://disnaker.lombokbaratkab.go.id/hal-835-pembuatan-ak-1.html"
PA_PATI = "http://pa-pati.go.id/newsite/index.php/2016-01-17-20-10-34/standar-pelayanan"
SULSEL = "https://ditlantas.sulsel.polri.go.id/pelayanan-stnk/"
UKBI = (
    "https://sippn.menpan.go.id/pelayanan-publik/8230573/badan-pengembangan-dan-pembinaan-bahasa/"
    "uji-kemahiran-berbahasa-indonesia-ukbi-adaptif-merdeka"
)
JAMBI = (
    "https://sippn.menpan.go.id/pelayanan-publik/8190501/badan-pengembangan-dan-pembinaan-bahasa/"
    "penerjemahan"
)
WAYKANAN = (
    "http://disdukcapil.waykanankab.go.id/pages/penerbitan-kartu-tanda-penduduk-elektronik-ktp-el"
)
BENER_MERIAH = (
    "https://sippn.menpan.go.id/pelayanan-publik/8102215/pemerintah-kab-bener-meriah/"
    "standar-pelayanan-pembuatan-ktp-elektronik"
)
BALONGBENDO = "http://balongbendo.sidoarjokab.go.id/template-1/005/1562660636"
LAMONGAN = "https://lamongankab.go.id/disdukcapil/post/1888"
SIDOARJO_TAMAN = (
    "https://sippn.menpan.go.id/pelayanan-publik/8027565/pemerintah-kecamatan-taman/"
    "surat-keterangan-domisili"
)
DINSOS_CIAMIS = "https://vdocuments.mx/standar-pelayanan-publik-pada-dinas-sosial-.html"
BANCAK = (
    "https://vdokumen.com/no-komponen-uraian-7-pernyataan-persetujuan-tetangga-terdekat-atau-"
    "pemilik.html"
)
SAMSAT_ACEH = "http://ditlantaspoldaaceh.com/layanan/stnk/penerbitan-stnk-baru-bbn-i/"


def days(amount: int, unit: str) -> Duration:
    """A duration in a unit named by its JSON value (``"working_days"``)."""
    return Duration(amount, DurationUnit(unit))


# --- time limits: (text, source, form, duration, minimum, bound) --------------------------------

TIME_LIMITS = [
    ("< 10 menit", GUGUK, "upper_bound", days(10, "minutes"), None, "at_most"),
    ("Sesuai kasus", GUGUK, "no_fixed_time", None, None, "exact"),
    ("30 Hari Kerja", BBPPMPV, "single", days(30, "working_days"), None, "exact"),
    (
        (
            "Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib.\nJum’at pukul 08:00 Wib s/d 16:45 Wib/\n"
            "Proses 1 Minggu"
        ),
        PENDOPO,
        "single",
        days(1, "weeks"),
        None,
        "exact",
    ),
    (
        "1 hari",
        "https://dinsos.garutkab.go.id/penerimaan-pengaduan",
        "single",
        days(1, "days"),
        None,
        "exact",
    ),
    ("3-5 menit", MARIDAN, "range", days(5, "minutes"), days(3, "minutes"), "exact"),
    ("10 Menit", SIDOARJO_TAMAN, "single", days(10, "minutes"), None, "exact"),
    (
        "1 jam (jika berkas telah lengkap dan kondisi sarpras mendukung/jaringan baik)",
        BANCAK,
        "single",
        days(1, "hours"),
        None,
        "exact",
    ),
    (
        "± 15 Menit (Jaringan Internet Stabil)",
        "https://mpp.jembranakab.go.id/gerai/44/layanan-ak1kartu-tanda-pencari-kerja",
        "single",
        days(15, "minutes"),
        None,
        "approximate",
    ),
    (
        "1. Lama waktu proses pembuatan adalah selambat-lambatnya 1 (satu) hari kerja.",
        LOMBOK,
        "upper_bound",
        days(1, "working_days"),
        None,
        "at_most",
    ),
    (
        "-  Penyelesaian Perkara Maks. 5 (lima) bulan",
        PA_PATI,
        "upper_bound",
        days(5, "months"),
        None,
        "at_most",
    ),
    (
        (
            "5. Pengadilan Agama Kebumen memutus perkara dalam jangka waktu 6 (enam) bulan terhitung "
            "sejak perkara didaftarkan di Pengadilan Agama Kebumen."
        ),
        "https://fdokumen.site/document/standar-pelayanan-peradilan.html",
        "single",
        days(6, "months"),
        None,
        "exact",
    ),
    ("1. STNK Baru : 120 menit", SULSEL, "single", days(120, "minutes"), None, "exact"),
    ("4. STNK Pengesahan : 30 Menit", SULSEL, "single", days(30, "minutes"), None, "exact"),
    ("21 Hari kerja", UKBI, "single", days(21, "working_days"), None, "exact"),
    (
        "1. Informasi ketersediaan layanan maksimal tiga hari",
        JAMBI,
        "upper_bound",
        days(3, "days"),
        None,
        "at_most",
    ),
    ("2. Pelaksanaan tugas sesuai dengan kebutuhan", JAMBI, "no_fixed_time", None, None, "exact"),
    (
        "Maksimal 15 (lima belas) menit terhitung persyaratan diterima lengkap.",
        (
            "https://kecamatantayu.patikab.go.id/berita/detail/standar-pelayanan-penerbitan-surat-"
            "keterangan--tidak-mampu"
        ),
        "upper_bound",
        days(15, "minutes"),
        None,
        "at_most",
    ),
    (
        "1 (satu) hari maksimal 14 (empat belas) hari kerja",
        WAYKANAN,
        "range",
        days(14, "working_days"),
        days(1, "days"),
        "exact",
    ),
    (
        (
            "Penerbitan dokumen kependudukan diselesaikan dalam waktu 1 (satu) jam dan paling lama 24 "
            "(dua puluh empat) jam sejak persyaratan dinyatakan lengkap oleh petugas pelayanan "
            "dikecualikan apabila terjadi gangguan jaringan komunikasi data dan/atau sarana prasarana "
            "yang berhubungan dengan penyelesaian dokumen kependudukan."
        ),
        BENER_MERIAH,
        "range",
        days(24, "hours"),
        days(1, "hours"),
        "exact",
    ),
    (
        "KTP diantarkan via POS ke alamat pemohon perkiraan 2 hari kerja",
        BALONGBENDO,
        "single",
        days(2, "working_days"),
        None,
        "approximate",
    ),
    ("Paling lambat 3 (tiga) hari", LAMONGAN, "upper_bound", days(3, "days"), None, "at_most"),
    (
        "12 (dua belas) hari kerja",
        "https://portal.deliserdangkab.go.id/standar-pelayanan-pengawasan-internal.html",
        "single",
        days(12, "working_days"),
        None,
        "exact",
    ),
    (
        "A: Jika dokumen lengkap, proses hanya ±10 menit.",
        "https://disnaker.lamongankab.go.id/layanan/260",
        "single",
        days(10, "minutes"),
        None,
        "approximate",
    ),
    (
        "Sementara jalur reguler butuh waktu maksimal 4 hari kerja",
        "https://wahananews.co/nasional/bayar-1-juta-paspor-bisa-dibikin-sehari-jadi-vc4QPSpVD4",
        "upper_bound",
        days(4, "working_days"),
        None,
        "at_most",
    ),
    (
        (
            "3. Pemohon menyerahkan surat bukti pengambilan KTP-\nel  (Surat  Permohonan  Pencetakan"
            "  KTP-el)  dalam\n1 (satu) hari;"
        ),
        WAYKANAN,
        "single",
        days(1, "days"),
        None,
        "exact",
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "form", "duration", "minimum", "bound"),
    TIME_LIMITS,
    ids=[row[0][:40] for row in TIME_LIMITS],
)
def test_real_time_limits_are_read_as_the_unit_meant_them(  # noqa: PLR0917  (one per column)
    text: str,
    source: str,
    form: str,
    duration: Duration | None,
    minimum: Duration | None,
    bound: str,
) -> None:
    """Each published time limit gives its form, its promise, its range and its bound."""
    limit = parse_time_limit(text)
    assert (limit.form.value, limit.duration, limit.minimum, limit.bound.value) == (
        form,
        duration,
        minimum,
        bound,
    ), source
    assert limit.as_written == text


def test_conditions_exceptions_and_start_of_the_clock_are_kept_apart() -> None:
    """Bener Meriah's cell: the clock starts when the file is complete; a network failure excepts.

    Source: the SIPPN entry of Disdukcapil Kabupaten Bener Meriah (BENER_MERIAH).
    """
    limit = parse_time_limit(TIME_LIMITS[19][0])
    assert limit.counted_from == ("sejak persyaratan dinyatakan lengkap oleh petugas pelayanan")
    assert limit.note.startswith("dikecualikan apabila terjadi gangguan jaringan")


def test_a_validity_period_is_not_read_as_a_completion_time() -> None:
    """Lombok Barat's AK1 cell gives the card's validity (2 years), which is no time limit."""
    reading = read_time_limit(
        "2. Masa berlaku AK 1 adalah 2 (dua) tahun, bagi pencari kerja yang belum mendapatkan "
        "pekerjaan diwajibkan melaksanakan registrasi ulang setiap 6 (enam) bulan sekali"
    )
    assert reading.value.form is TimeLimitForm.NOT_READ
    assert "not_a_time_limit" in [i.code for i in reading.issues]


def test_times_by_sub_case_become_one_value_per_case() -> None:
    """Ditlantas Sulsel lists a time per kind of STNK (SULSEL); each becomes a sub-case."""
    limit = parse_time_limit("1. STNK Baru : 120 menit\n4. STNK Pengesahan : 30 Menit")
    assert limit.form is TimeLimitForm.BY_CASE
    assert [(c.case, c.duration) for c in limit.cases] == [
        ("STNK Baru", days(120, "minutes")),
        ("STNK Pengesahan", days(30, "minutes")),
    ]


def test_a_bare_number_is_reported_without_a_unit() -> None:
    """A bare "1" (issue 12's list) is kept as written and reported, never given a unit."""
    reading = read_time_limit("1")
    assert reading.value == TimeLimit(as_written="1")
    [issue] = reading.issues
    assert issue.code == "no_unit"
    assert "satuan" in issue.text("id")
    assert "unit" in issue.text("en")


def test_three_times_twenty_four_hours_is_three_calendar_days() -> None:
    """Three times twenty-four hours ("3 x 24 jam") is three calendar days, round the clock."""
    assert parse_time_limit("3 x 24 jam").duration == days(3, "calendar_days")
    assert parse_time_limit("1x24 jam").duration == days(1, "calendar_days")


# --- fees: (text, source, form, amount, rows) -------------------------------------------------


def rows(fee: object) -> list[tuple[str, Decimal | None, str]]:
    """The tariff or payer rows of a fee as (name, amount, unit)."""
    return [(t.item, t.amount, t.unit) for t in fee.tariffs] + [  # type: ignore[attr-defined]
        (p.payer, p.amount, p.unit)
        for p in fee.by_payer  # type: ignore[attr-defined]
    ]


FREE_TEXTS = [
    ("Gratis", PENDOPO),
    ("Tidak dipungut biaya", SIDOARJO_TAMAN),
    (
        "Gratis/Tidak dipungut biaya",
        "https://mpp.jembranakab.go.id/gerai/44/layanan-ak1kartu-tanda-pencari-kerja",
    ),
    ("Biaya pembuatan kartu kuning adalah tidak dipungut biaya ( Gratis )", LOMBOK),
    ("Tidak ada biaya", PA_PATI),
    ("Tidak ada biaya (Gratis)", "https://id.scribd.com/document/432311221/Sop-AK-1perpanjangan"),
    ("Gratis (Rp. 0,00;-)", "https://kantorbahasantb.kemdikbud.go.id/index.php/perpusdaring"),
    ("Tidak dipungut bayaran (GRATIS)", "https://kecamatantayu.patikab.go.id/"),
    ("Tidak dipungut biaya (gratis)", WAYKANAN),
    ("Rp. 0 (Gratis)", BALONGBENDO),
    ("Tidak dipungut biaya (Gratis)", "https://kec.wonogiri.wonogirikab.go.id/?page_id=811"),
    ("Tidak ada biaya / GRATIS", LAMONGAN),
    (
        "Pembuatan AK1 GRATIS, tidak dipungut biaya apapun.",
        "https://disnaker.lamongankab.go.id/layanan/260",
    ),
    ("0", "issue 12: a bare '0' in the fee row"),
]


@pytest.mark.parametrize(("text", "source"), FREE_TEXTS, ids=[t for t, _ in FREE_TEXTS])
def test_every_real_spelling_of_free_is_free(text: str, source: str) -> None:
    """Each of "Gratis", "tidak dipungut biaya", "Rp. 0 (Gratis)" ... says: no charge, Rp0."""
    fee = parse_fee(text)
    assert (fee.form, fee.amount, fee.as_written) == (FeeForm.FREE, Decimal(0), text), source


PRICED = [
    (
        "1. Paien Umum: retribusi Rp. 7.000",
        GUGUK,
        "by_payer",
        [("Paien Umum", Decimal(7000), "")],
    ),
    (
        (
            "1. STNK Baru/Perpanjangan untuk Roda 2 atau Roda 3 Rp. 100.000,-\n"
            "2. STNK Baru/Perpanjangan untuk Roda 4 atau lebih : Rp. 200.000,-\n"
            "3. TNKB Baru/Perpanjangan untuk Roda 2 atau 3 : Rp. 60.000,-"
        ),
        SULSEL,
        "tariff_table",
        [
            ("STNK Baru/Perpanjangan untuk Roda 2 atau Roda 3", Decimal(100_000), ""),
            ("STNK Baru/Perpanjangan untuk Roda 4 atau lebih", Decimal(200_000), ""),
            ("TNKB Baru/Perpanjangan untuk Roda 2 atau 3", Decimal(60_000), ""),
        ],
    ),
    (
        (
            "1.    Pelajar Rp0,00 (per orang per ujian)\n"
            "3.    Masyarakat Umum Rp300.000,00 (per orang per ujian)\n"
            "4.    Warga Negara Asing Rp1.000.000,00 (per orang per ujian)"
        ),
        UKBI,
        "by_payer",
        [
            ("Pelajar", Decimal(0), "per orang per ujian"),
            ("Masyarakat Umum", Decimal(300_000), "per orang per ujian"),
            ("Warga Negara Asing", Decimal(1_000_000), "per orang per ujian"),
        ],
    ),
    (
        "•  Bahasa Inggris: Rp250.000,00",
        JAMBI,
        "tariff_table",
        [("Bahasa Inggris", Decimal(250_000), "")],
    ),
    (
        (
            "1. Pasien Umum: Perda Kota Bukittinggi No. 7 Tahun 2019 tentang Perubahan Atas Peraturan "
            "Daerah No. 3 Tahun 2013 Retribusi Pelayanan Kesehatan\n"
            "2. Pasien JKN: Sesuai standar Permenkes No. 3 Tahun 2023 tentang Standar Tarif Pelayanan "
            "Kesehatan Dalam Peyelenggaraan Jaminan Kesehatan"
        ),
        GUGUK,
        "by_payer",
        [("Pasien Umum", None, ""), ("Pasien JKN", None, "")],
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "form", "expected"), PRICED, ids=[row[0][:40] for row in PRICED]
)
def test_real_tariffs_keep_each_row_with_its_amount_and_unit(
    text: str, source: str, form: str, expected: list[tuple[str, Decimal | None, str]]
) -> None:
    """Tariff tables and amounts by payer keep every row, in rupiah, with its unit."""
    fee = parse_fee(text)
    assert (fee.form.value, rows(fee)) == (form, expected), source


def test_a_payer_row_by_reference_keeps_its_instrument() -> None:
    """Guguk Panjang's general patients pay "per Perda Kota Bukittinggi No. 7 Tahun 2019" (GUGUK)."""
    fee = parse_fee(PRICED[4][0])
    general, jkn = fee.by_payer
    assert [str(c) for c in general.legal_basis] == ["Perda Kota Bukittinggi 7/2019"]
    assert [str(c) for c in jkn.legal_basis] == ["Permenkes 3/2023"]


@pytest.mark.parametrize(
    ("text", "source", "citations"),
    [
        (
            (
                "Biaya /tarif Sesuai tarif PNBP fungsional berdasarkan Peraturan Pemerintah Nomor 22 "
                "tahun 2023 tentang Jenis dan Tarif atas jenis Penerimaan Negara Bukan Pajak yang "
                "berlaku pada Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi."
            ),
            BBPPMPV,
            ["PP 22/2023"],
        ),
        (
            "Sesuai dengan pedoman Penerimaan Negara Bukan Pajak (PNBP/PP Nomor 22 Tahun 2023)",
            UKBI,
            ["PP 22/2023"],
        ),
        ("1. Besar biaya panjar perkara ditetapkan oleh Ketua Pengadilan Agama Pati.", PA_PATI, []),
        (
            (
                "1. Biaya yang ditimbulkan oleh kegiatan ini (perjalanan dinas dan jasa profesi) "
                "dibebankan kepada pemohon dan disesuaikan dengan Peraturan Menteri Keuangan tentang "
                "Standar Biaya Masukan pada tahun berjalan."
            ),
            JAMBI,
            [],
        ),
    ],
)
def test_a_fee_set_elsewhere_is_by_reference_without_an_amount(
    text: str, source: str, citations: list[str]
) -> None:
    """A fee "sesuai tarif PNBP ..." names what sets it, and no amount is invented."""
    reading = read_fee(text)
    fee = reading.value
    assert (fee.form, fee.amount, [str(c) for c in fee.legal_basis]) == (
        FeeForm.BY_REFERENCE,
        None,
        citations,
    ), source
    assert reading.issues == ()


def test_a_stamp_duty_amount_without_rp_is_read() -> None:
    """Kecamatan Tembuku writes "bermaterai 10.000": ten thousand rupiah, not ten."""
    fee = parse_fee("3. Surat Pernyataan dari Pemohon dengan Saksi bermaterai 10.000")
    assert fee.charged() == (Decimal(10_000),)


# --- citations: (text, source, [(str, key or None, title)]) ------------------------------------

CITATIONS = [
    (
        (
            "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik "
            "Indonesia Tahun 2009 Nomor 112);"
        ),
        BBPPMPV,
        [("UU 25/2009", "uu-25-2009")],
    ),
    (
        (
            "2. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 "
            "Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia Nomor 5357);"
        ),
        BBPPMPV,
        [("PP 96/2012", "pp-96-2012")],
    ),
    (
        (
            "4. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun "
            "2014 tentang Pedoman Standar Pelayanan (Berita Negara Republik Indonesia Tahun 2014 Nomor "
            "615);"
        ),
        BBPPMPV,
        [("Permenpan RB 15/2014", "permenpan-rb-15-2014")],
    ),
    (
        "1. UU No :23 Thn 2006 Tentang Administrasi\nKependudukan",
        PENDOPO,
        [("UU 23/2006", "uu-23-2006")],
    ),
    (
        "4. Perda Kota Medan No.1 Thn 2010 Tentang\nPenyelenggaraan Administrasi Kependudukan)",
        PENDOPO,
        [("Perda Kota Medan 1/2010", None)],
    ),
    (
        "8. Permendagri Nomor 59 Tahun 2021 tentang Penerapan Standar Pelayanan Minimal;",
        "https://dinsos.garutkab.go.id/penerimaan-pengaduan",
        [("Permendagri 59/2021", None)],
    ),
    (
        "- Undang-undang Nomor 23 Tahun 2006 jo. Undang-Undang Nomor 24\nTahun 2013;",
        (
            "https://text-id.123dok.com/document/q76m7pvy-sp-standar-pelayanan-dinas-kependudukan-dan-"
            "pencatatan-sipil-kabupaten-sleman-sp-akta-kelahiran.html"
        ),
        [("UU 23/2006", "uu-23-2006"), ("UU 24/2013", "uu-24-2013")],
    ),
    ("1. UU N0 25 tahun 2009 tentang Pelayanan Publik", MARIDAN, [("UU 25/2009", "uu-25-2009")]),
    (
        (
            "g. Peraturan Menteri Sosial RI Nomor129/HUK/2008 tentang Standarisasi Pelayanan Minimal "
            "Bidang Sosial Daerah Provinsi dan Daerah Kabupaten/Kota;"
        ),
        DINSOS_CIAMIS,
        [("Permen 129/HUK/2008", None)],
    ),
    (
        (
            "j. Peraturan Menteri Negara Pendayagunaan Aparatur Negara No. PER/21/M.PAN/11/2008 tentang "
            "Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan;"
        ),
        DINSOS_CIAMIS,
        [("Permen PER/21/M.PAN/11/2008", None)],
    ),
    (
        (
            "1 Perda Kab. Semarang No. 7 Tahun 2009 ttg Penyelenggaraan Administrasi Kependudukan\n"
            "3 Perbup No.117 Tahun 2012 tentang Pelimpahan Sebagian Kewenangan Bupati Semarang Kepada "
            "Camat Di Kab. Semarang"
        ),
        BANCAK,
        [("Perda Kab. Semarang 7/2009", None), ("Perbup 117/2012", None)],
    ),
    (
        "4. SK KMA nomor 026/KMA/SK/II/2012 tentang Pelayanan Peradilan.",
        PA_PATI,
        [("SK KMA 026/KMA/SK/II/2012", None)],
    ),
    ("5. SEMA nomor 4 tahun 2008.", PA_PATI, [("SEMA 4/2008", None)]),
    (
        "- Undang-undang Nomor3 Tahun 2009 tentang Mahkamah Agung",
        "https://pa-taliwang.go.id/layanan-publik/standar-dan-maklumat-pelayanan-peradilan",
        [("UU 3/2009", None)],
    ),
    (
        (
            "4. Peraturan Menteri Pertanian Nomor 13/ Permantan/ Ot.140/ 1/ 2010 tentang Persyaratan "
            "Rumah Potong Hewan Ruminansia dan Unit Penanganan Daging (Meat Cutting Plant);"
        ),
        "https://vdokumen.com/lampiran-standar-pelayanan.html",
        [("Permen 13/Permantan/Ot.140/1/2010", None)],
    ),
    (
        (
            "4. Peraturan Pemerintah Republik Indonesia Nomor 96 Tahun 2009 tentang Pelaksanaan "
            "Undang-Undang Nomor 25 tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik "
            "Indonesia Nomor 5357);"
        ),
        "https://kelsukoharjo.malangkota.go.id/layanan-publik/adminkel/sktm/",
        [("PP 96/2009", None)],  # the wrong year: not PP 96/2012, kept as written
    ),
    (
        "2. Undang –Undang Republik Indonesia Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
        "https://dpmptsp.bimakota.go.id/web/kontent/37/Standar_Pelayanan",
        [("UU 25/2009", "uu-25-2009")],
    ),
    (
        (
            "3. Peraturan Pemerintah Republik Indonesia nomor 96\ntentang Pelaksanaan Undang – Undang "
            "Republik\nIndonesia nomor 25 tentang pelayanan public;"
        ),
        "https://id.scribd.com/document/695512600/SK-STANDARD-PELAYANAN-PUSKESMAS-CIBATU-2021-revisi",
        [("PP 96", None)],  # no year written, so no catalogue entry is assumed
    ),
    (
        (
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Publik Nomor 15 Tahun 2014 "
            "tentang Pedoman Standar Pelayanan"
        ),
        "https://123dok.com/document/zkw4jepp-kepala-dinas-sosial-daerah-kabupaten-maluku-tenggara.html",
        [("Permenpan RB 15/2014", "permenpan-rb-15-2014")],
    ),
    (
        "Pasal 20, Pasal 21 dan Pasal 22 Undang-Undang Nomor 25 Tahun 2009 tentang Publik",
        "http://docplayer.info/46385930-G-u-b-e-r-n-u-r-sumatera-barat.html",
        [
            ("UU 25/2009 Pasal 20", "uu-25-2009"),
            ("UU 25/2009 Pasal 21", "uu-25-2009"),
            ("UU 25/2009 Pasal 22", "uu-25-2009"),
        ],
    ),
    (
        (
            "2. UndangUndang   Nomor   27   Tahun   1959   tentang Penetapan   UndangUndang   Darurat   "
            "Nomor   3   Tahun 1953   tentang   Pembentukan   Daerah   Tingkat   II   di Kalimantan"
        ),
        (
            "https://123dok.com/document/zwv7r247-walikota-pontianak-provinsi-kalimantan-peraturan-"
            "walikota-pontianak"
        ),
        [("UU 27/1959", None)],
    ),
    (
        (
            "• Permenaker Nomor 5 Tahun 2024 tentang Sistem Informasi Pasar Kerja (SIPK), yang mengatur "
            "integrasi data pencari kerja, termasuk pendaftaran AK1, ke dalam basis data pasar kerja "
            "nasional"
        ),
        "https://disnaker.lamongankab.go.id/layanan/260",
        [("Permenaker 5/2024", None)],
    ),
    (
        (
            "3. Peraturan Kepala Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2021 Tentang "
            "Registrasi Dan Identifikasi Kendaraan Bermotor"
        ),
        SULSEL,
        [("Perkap 7/2021", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "expected"), CITATIONS, ids=[row[0][:40] for row in CITATIONS]
)
def test_real_citations_are_matched_or_kept_as_written(
    text: str, source: str, expected: list[tuple[str, str | None]]
) -> None:
    """A catalogue instrument is matched to its entry; any other keeps what was written."""
    found = parse_citations(text)
    keys = [
        (str(c), c.instrument.key if c.instrument in CATALOGUE.values() else None) for c in found
    ]
    assert keys == expected, source
    assert all(c.as_written for c in found)


def test_an_uncatalogued_instrument_keeps_its_kind_number_year_title_and_issuer() -> None:
    """Perda Kota Medan No. 1 Thn 2010, copied into an Empat Lawang standard (PENDOPO)."""
    [citation] = parse_citations(CITATIONS[4][0])
    instrument = citation.instrument
    assert (instrument.kind, instrument.number, instrument.year, instrument.issuer) == (
        InstrumentKind.REGENCY_CITY_REGULATION,
        "1",
        2010,
        "Kota Medan",
    )
    assert instrument.title == "Penyelenggaraan Administrasi Kependudukan"


def test_a_wrong_year_is_not_silently_corrected() -> None:
    """PP 96 "Tahun 2013" (Kantor Imigrasi Banggai) is not PP 96/2012; it stays as written."""
    [citation] = parse_citations("Peraturan Pemerintah Republik Indonesia Nomor 96 Tahun 2013")
    assert citation.instrument.key == "pp-96-2013"
    assert citation.instrument not in CATALOGUE.values()


def test_the_constitution_renders_by_its_year() -> None:
    """UUD 1945 is "UUD 1945", never "UUD 1945/1945"."""
    [citation] = parse_citations(
        "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 Pasal 18 ayat (6)"
    )
    assert str(citation) == "UUD 1945 Pasal 18 ayat (6)"
    assert str(Instrument(InstrumentKind.CONSTITUTION, "1945", 1945, "UUD")) == "UUD 1945"


def test_a_text_naming_no_instrument_is_reported() -> None:
    """A list item that names no regulation gives an issue, in both languages."""
    reading = read_citations("Kebijakan kepala dinas")
    assert reading.value == ()
    [issue] = reading.issues
    assert issue.code == "not_a_citation"
    assert issue.text("id") != issue.text("en")


# --- contacts: (text, source, [(kind, address)]) -----------------------------------------------

CONTACTS = [
    ("1. Telepon: 0752-21056 (jam kerja)", GUGUK, [(K.PHONE, "0752-21056")]),
    ("2. Whatsapp: 0813-6422-1212 (jam kerja)", GUGUK, [(K.WHATSAPP, "0813-6422-1212")]),
    (
        "3. Email: layananpengaduanpuskgp@gmail.com",
        GUGUK,
        [(K.EMAIL, "layananpengaduanpuskgp@gmail.com")],
    ),
    (
        "4. Wesite: http://pusk-guguk-panjang.bukittinggikota.go.id/",
        GUGUK,
        [(K.WEBSITE, "http://pusk-guguk-panjang.bukittinggikota.go.id/")],
    ),
    ("5. Instagram: promkes_gugukpanjang", GUGUK, [(K.INSTAGRAM, "promkes_gugukpanjang")]),
    ("6. Facebook: Puskesmas Guguk Panjang", GUGUK, [(K.FACEBOOK, "Puskesmas Guguk Panjang")]),
    ("7. Kotak Saran", GUGUK, [(K.COMPLAINT_BOX, "")]),
    ("8. Buku Keluhan", GUGUK, [(K.COMPLAINT_BOOK, "")]),
    ("Faksimile : (0274)895804,", BBPPMPV, [(K.FAX, "(0274)895804")]),
    ("SMS : 08112934704,", BBPPMPV, [(K.SMS, "08112934704")]),
    ("surel : bbppmpvsb@kemdikbud.go.id", BBPPMPV, [(K.EMAIL, "bbppmpvsb@kemdikbud.go.id")]),
    ("2. Kanal SP4NLapor atau melalui aplikasi SP4NLapor!", BBPPMPV, [(K.SP4N_LAPOR, "")]),
    ("2.Telpon : 0821-8243-7282", PENDOPO, [(K.PHONE, "0821-8243-7282")]),
    (
        "Telepon: (0370) 623544, WhatsApp 081217352004",
        UKBI,
        [(K.PHONE, "(0370) 623544"), (K.WHATSAPP, "081217352004")],
    ),
    (
        "- Telepon / SMS : 082135006009",
        "https://kecamatantayu.patikab.go.id/",
        [(K.PHONE, "082135006009"), (K.SMS, "082135006009")],
    ),
    ("2. SP4N_LAPOR!", BENER_MERIAH, [(K.SP4N_LAPOR, "")]),
    (
        "3. Surat pengaduan : jl serule kayu Komp Perkantoran Pemda Bener Meriah",
        BENER_MERIAH,
        [(K.LETTER, "jl serule kayu Komp Perkantoran Pemda Bener Meriah")],
    ),
    (
        "5. Telp/ fax : 0643-7426264",
        BENER_MERIAH,
        [(K.PHONE, "0643-7426264"), (K.FAX, "0643-7426264")],
    ),
    (
        "6. Media sosial : @pelayananpengaduandisdukcapilbm",
        BENER_MERIAH,
        [(K.SOCIAL_MEDIA, "@pelayananpengaduandisdukcapilbm")],
    ),
    (
        "- Media Whatsapp Konsultasi dan Pengaduan : +62 811-3699-514",
        LAMONGAN,
        [(K.WHATSAPP, "+62 811-3699-514")],
    ),
    (
        "• Media pengaduan tidak langsung yaitu kotak pengaduan saran dan Sms Center 1708",
        SIDOARJO_TAMAN,
        [(K.COMPLAINT_BOX, ""), (K.SP4N_LAPOR_SMS, "1708")],
    ),
    (
        "Email : dukcapil@kulonprogokab.go.id Website: www.dukcapil.kulonprogokab.go.id",
        (
            "https://123dok.com/document/zkw90r9m-peraturan-kepala-dinas-kependudukan-pencatatan-sipil-"
            "kabupaten-kulon-progo"
        ),
        [
            (K.EMAIL, "dukcapil@kulonprogokab.go.id"),
            (K.WEBSITE, "www.dukcapil.kulonprogokab.go.id"),
        ],
    ),
    (
        "2. Website: disdukcapil.waykanankab.go.id‘",
        WAYKANAN,
        [(K.WEBSITE, "disdukcapil.waykanankab.go.id")],
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "expected"), CONTACTS, ids=[row[0][:40] for row in CONTACTS]
)
def test_real_complaint_channels_are_read_with_their_contact_value(
    text: str, source: str, expected: list[tuple[K, str]]
) -> None:
    """Each published channel gives its kind and the number, address or account to use."""
    assert [(c.kind, c.address) for c in parse_contacts(text)] == expected, source


def test_a_remark_and_the_label_are_kept() -> None:
    """The remark "(jam kerja)" is the note of Guguk Panjang's phone line; the label is kept."""
    [channel] = parse_contacts(CONTACTS[0][0])
    assert (channel.label, channel.note) == ("Telepon", "jam kerja")


@pytest.mark.parametrize(
    "text",
    ["- Media Internet :", "Melalui SMS Gateway", "Telephone : (0351) , Website x"],
)
def test_a_channel_without_its_contact_value_is_reported(text: str) -> None:
    """Lamongan's empty "Media Internet :", Pohuwato's SMS gateway with no number (LAMONGAN)."""
    assert "no_contact_value" in [i.code for i in read_contacts(text).issues]


# --- executor counts ---------------------------------------------------------------------------

EXECUTORS = [
    ("Perekam Medis: 2 orang", GUGUK, None, [("Perekam Medis", 2, False)]),
    ("Perawat: minimal 1 orang", GUGUK, None, [("Perawat", 1, True)]),
    ("Bidan minimal 1 orang", GUGUK, None, [("Bidan", 1, True)]),
    ("5 (lima) orang", PENDOPO, 5, []),
    ("4. Administrasi 111 0rang", BBPPMPV, None, [("Administrasi", 111, False)]),
    ("1 orang", "https://kantorbahasantb.kemdikbud.go.id/index.php/perpusdaring", 1, []),
    ("1. Jumlah petugas yang dibutuhkan adalah 2 orang staff", LOMBOK, 2, []),
    (
        (
            "1. Petugas layanan Samsat berjumlah 27 orang terdiri dari:\n"
            "• 4 orang petugas pemeriksa cek fisik kendaraan bermotor\n"
            "• 7 orang petugas pendaftaran BBN I."
        ),
        SAMSAT_ACEH,
        27,
        [
            ("petugas pemeriksa cek fisik kendaraan bermotor", 4, False),
            ("petugas pendaftaran BBN I", 7, False),
        ],
    ),
    (
        "Panitera, Panitera Pengganti, Hakim atau majelis Hakim",
        PA_PATI,
        None,
        [("Panitera, Panitera Pengganti, Hakim atau majelis Hakim", None, False)],
    ),
]


@pytest.mark.parametrize(
    ("text", "source", "total", "lines"), EXECUTORS, ids=[row[0][:40] for row in EXECUTORS]
)
def test_real_executor_counts_keep_totals_floors_and_roles(
    text: str, source: str, total: int | None, lines: list[tuple[str, int | None, bool]]
) -> None:
    """A total, counts by role, "minimal 1 orang" as a floor, roles without a number."""
    count = parse_executor_count(text)
    assert (count.total, [(x.role, x.count, x.at_least) for x in count.breakdown]) == (
        total,
        lines,
    ), source


def test_roles_without_a_number_are_reported() -> None:
    """Pengadilan Agama Pati lists who serves but not how many (PA_PATI)."""
    assert [i.code for i in read_executor_count(EXECUTORS[-1][0]).issues] == ["no_count"]


# --- service hours ---------------------------------------------------------------------------


def test_a_jam_pelayanan_row_gives_weekly_hours() -> None:
    """Guguk Panjang's emergency department (GUGUK): Monday-Thursday, Friday and Saturday."""
    reading = read_service_hours(
        "Senin -  Kamis: 08.00 - 14.30 WIIB\nJumat: 08.00 - 11.30 WIB\nSabtu: 08.00 - 13.00 WIB"
    )
    weekly = reading.value.weekly
    assert weekly is not None
    assert [str(w) for w in weekly.windows_on(Weekday.WEDNESDAY)] == ["08:00-14:30"]
    assert [str(w) for w in weekly.windows_on(Weekday.FRIDAY)] == ["08:00-11:30"]
    assert [str(w) for w in weekly.windows_on(Weekday.SATURDAY)] == ["08:00-13:00"]
    assert weekly.windows_on(Weekday.SUNDAY) == ()
    assert reading.issues == ()


def test_office_hours_written_in_the_duration_cell_are_read_as_hours() -> None:
    """Kecamatan Pendopo Barat wrote its hours with "pukul ... s/d" (PENDOPO)."""
    weekly = read_service_hours(
        "Senin-Kamis pukul 08:00 Wib s/d 16:15 Wib.\nJum’at pukul 08:00 Wib s/d 16:45 Wib/"
    ).value.weekly
    assert weekly is not None
    assert [str(w) for w in weekly.windows_on(Weekday.MONDAY)] == ["08:00-16:15"]
    assert [str(w) for w in weekly.windows_on(Weekday.FRIDAY)] == ["08:00-16:45"]


def test_round_the_clock_is_every_day_all_day_and_no_hours_is_reported() -> None:
    """An emergency department open "1x 24 jam dan 7 hari seminggu"; a text with no hours."""
    weekly = read_service_hours("Jam buka Pelayanan Gawat Darurat 1x 24 jam dan 7 hari seminggu")
    assert weekly.value.weekly is not None
    assert weekly.value.weekly.weekly_time.days == 7
    assert [i.code for i in read_service_hours("Setiap hari kerja").issues] == ["no_hours"]


# --- lists ---------------------------------------------------------------------------------------


def test_lists_are_split_by_their_markers_and_pdf_breaks_are_joined() -> None:
    """Numbered items, a doubled marker, and an item broken over two PDF lines (WAYKANAN)."""
    items = split_items(
        "1. Surat pengantar\ndari RT/RW;\n2. KTP asli\n5. 6. Email: a@b.id\n• Kartu Keluarga"
    )
    assert [(i.marker, i.text) for i in items] == [
        ("1.", "Surat pengantar dari RT/RW"),
        ("2.", "KTP asli"),
        ("5. 6.", "Email: a@b.id"),
        ("•", "Kartu Keluarga"),
    ]


def test_numbers_without_a_dot_still_number_the_items() -> None:
    """Kecamatan Bancak numbers its legal basis "1 Perda ...", "3 Perbup ..." (BANCAK)."""
    items = split_items(CITATIONS[10][0])
    assert [i.marker for i in items] == ["1", "3"]


# --- robustness and round trips -----------------------------------------------------------------


@pytest.mark.parametrize("text", [",", ";", " , ; "])
def test_a_fee_of_separators_only_is_read_as_saying_nothing(text: str) -> None:
    """Found by the property below: "," split into no items and the reader raised IndexError."""
    reading = read_fee(text)
    assert reading.value.as_written == text
    assert reading.value.amount is None
    assert [issue.code for issue in reading.issues] == ["no_fee"]


@given(texts(max_size=120))
def test_no_text_makes_a_parser_raise(text: str) -> None:
    """Any text at all gives a value and issues, never an exception."""
    for read in (
        read_time_limit,
        read_fee,
        read_citations,
        read_contacts,
        read_executor_count,
        read_service_hours,
    ):
        read(text)
    split_items(text)


DURATIONS = st.builds(
    Duration,
    st.integers(0, 500),
    st.sampled_from(list(DurationUnit)),
)


@given(DURATIONS, st.sampled_from([LimitBound.EXACT, LimitBound.AT_MOST, LimitBound.APPROXIMATE]))
def test_a_time_limit_renders_to_text_read_as_the_same_value(
    duration: Duration, bound: LimitBound
) -> None:
    """The Indonesian rendering of a single value or bound reads back to the same value."""
    limit = TimeLimit(duration, bound=bound)
    again = parse_time_limit(limit.text("id"))
    assert (again.duration, again.bound, again.minimum) == (duration, bound, None)


@given(DURATIONS, st.integers(0, 500))
def test_a_range_renders_to_text_read_as_the_same_range(high: Duration, low: int) -> None:
    """Ranges such as "3 s/d 14 hari kerja" and "1 hari s/d 14 hari kerja" read back the same."""
    limit = TimeLimit(high, minimum=Duration(low, high.unit))
    again = parse_time_limit(limit.text("id"))
    assert (again.minimum, again.duration) == (limit.minimum, limit.duration)


@given(st.decimals(min_value=0, max_value=10**9, places=0))
def test_an_amount_renders_to_text_read_as_the_same_amount(amount: Decimal) -> None:
    """A rupiah amount written "Rp1.500.000" reads back to the same Decimal."""
    text = "Rp" + f"{int(amount):,}".replace(",", ".")
    assert parse_fee(text).amount == amount


@given(st.sampled_from(sorted(CATALOGUE)))
def test_a_catalogue_instrument_named_in_full_is_matched_to_its_entry(key: str) -> None:
    """Every catalogue instrument written out in full is matched back to the same entry.

    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik" is UU 25/2009.
    """
    instrument = CATALOGUE[key]
    [citation] = parse_citations(instrument.full_name())
    assert citation.instrument == instrument
