"""Six more real published standards, imported as their units wrote them (files 40-45).

Each file in ``tests/data/real-standards`` names its page in ``NN-name.meta.json``. The cells
are as the stored pages give them: a complaint cell that opens with a sentence, an e-mail address
in parentheses, a paragraph that names its channels in passing, a list numbered on one line, a
list item lettered "c," for "c.", and a fee that is free apart from a fine. Every expected value
below is read off the cell quoted in the test, not off the library's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import validate
from pelayanan.io.tables import read_standard_table
from pelayanan.io.tables._values import read_component
from pelayanan.io.text import read_contacts, read_fee, read_time_limit, split_items
from pelayanan.model.components import Component
from pelayanan.model.standards import (
    ComplaintChannelKind,
    ComplaintHandling,
    Coverage,
    ServiceStandard,
)
from pelayanan.rules import Severity
from pelayanan.time.hours import TimeWindow

REAL = Path(__file__).parent / "data" / "real-standards"
K = ComplaintChannelKind


def _imported(name: str) -> tuple[ServiceStandard, list[tuple[str, int | None, str]]]:
    result = read_standard_table(REAL / name)
    [standard] = result.documents
    findings = [(f.code, f.row, str(f.params.get("detail", ""))) for f in result.findings]
    return standard, findings


def _handling(standard: ServiceStandard) -> ComplaintHandling:
    assert standard.complaint_handling is not None
    return standard.complaint_handling


# --- 41: Dispenduk Kota Probolinggo -----------------------------------------------------------------


def test_a_complaint_cell_keeps_its_opening_sentence_and_reads_each_channel() -> None:
    """The cell opens "Setiap pengaduan ... antara lain :" and lists seven channels below it.

    The sentence was dropped as a mere heading; the e-mail in parentheses made two channels,
    one of them without its address, and "WA (0823...)" was labelled "WA (".
    """
    standard, findings = _imported("41-dispenduk-probolinggo-lahir-mati.csv")
    handling = _handling(standard)
    assert [(c.kind, c.address, c.label) for c in handling.channels] == [
        (K.DIRECT, "", "Mengadu langsung pada petugas pengaduan"),
        (K.COMPLAINT_BOX, "", "Kotak saran"),
        (K.PHONE, "(0335) 4438894", "Telephone"),
        (K.EMAIL, "dispendukkotaprob@gmail.com", "Email"),
        (K.WHATSAPP, "082350657770", "WA"),
        (K.SP4N_LAPOR, "", "Lapor SP4N, VIEW Prob"),
    ]
    assert handling.procedure.splitlines() == [
        (
            "Setiap pengaduan atas pelayanan segera diselesaikan menurut kasus / masalahnya. "
            "Pengaduan dapat disalurkan melalui antara lain :"
        ),
        "Radio Suara Kota",
    ]
    assert not any("tanpa nomor atau alamatnya" in detail for _, _, detail in findings)


def test_the_e_mail_in_parentheses_draws_no_channel_finding() -> None:
    """CT002 said the e-mail channel gave no address: the address was in the parentheses."""
    standard, _ = _imported("41-dispenduk-probolinggo-lahir-mati.csv")
    report = validate([standard], as_of=dt.date(2024, 6, 1))
    assert not [f for f in report.findings if f.code.startswith("CT")]


# --- 43: Balai Layanan Perpustakaan DIY ---------------------------------------------------------


def test_a_complaint_cell_that_names_no_channel_is_kept_as_its_procedure() -> None:
    """The whole cell is one sentence ending in a colon; it became an empty component."""
    standard, _ = _imported("43-balaiyanpus-diy-sepatu-jolifa.csv")
    handling = _handling(standard)
    assert handling.channels == ()
    assert handling.procedure == (
        "Penanggung jawab tindak lanjut dari penanganan pengaduan, saran dan masukan adalah "
        "pejabat struktural sebagai berikut:"
    )
    codes = {f.code for f in validate([standard], as_of=dt.date(2024, 6, 1)).findings}
    assert "SP023" in codes  # no channel: Pasal 36 (means of complaint)
    assert "SP010" not in codes  # the component says something; it is not empty


def test_a_free_fee_with_a_fine_of_no_stated_amount_keeps_the_fine() -> None:
    """The fee cell: "a. Tidak dipungut biaya (Gratis); b. Keterlambatan ... denda sesuai"."""
    standard, findings = _imported("43-balaiyanpus-diy-sepatu-jolifa.csv")
    assert standard.fee is not None
    assert standard.fee.amount == 0
    assert standard.fee.note == "Keterlambatan pengembalian dikenakan denda sesuai"
    assert ("IM015", 5) in [(code, row) for code, row, _ in findings]


# --- 44: a Puskesmas on SIPPN -------------------------------------------------------------------------

PARAGRAPH = (
    "Pelanggan/keluarga/Masyarakat dapat memberikan pengaduan melalui kotak saran, callcenter/ "
    "email/ facebook/ Instagram/website Puskesmas atau pengaduan langsung diluar dan didalam "
    "gedung, hasil pengaduan di terima oleh tim pengelola umpan balik"
)


def test_a_paragraph_names_its_channels_by_their_words_and_is_kept_whole() -> None:
    """The channels of a paragraph, each labelled with its own word.

    Every channel was labelled with the whole paragraph, two had it as their address, and a
    WhatsApp channel was made from "dibawa ke" ("wa" at the end of a word).
    """
    standard, findings = _imported("44-puskesmas-tkr-pendaftaran-sippn.csv")
    handling = _handling(standard)
    assert [(c.kind, c.label, c.address) for c in handling.channels] == [
        (K.COMPLAINT_BOX, "kotak saran", ""),
        (K.PHONE, "callcenter", ""),
        (K.EMAIL, "email", ""),
        (K.FACEBOOK, "facebook", ""),
        (K.INSTAGRAM, "Instagram", ""),
        (K.WEBSITE, "website", ""),
        (K.DIRECT, "langsung", ""),
    ]
    assert handling.procedure.startswith(PARAGRAPH)
    assert handling.procedure.endswith("penyampaian secara langsung")
    # One finding for each channel that needs a number or an address and has none, by its word.
    missing = [d for code, row, d in findings if code == "IM015" and row == 7]
    assert missing == [
        f"'{word}' menyebut sarana pengaduan tanpa nomor atau alamatnya."
        for word in ("callcenter", "email", "facebook", "Instagram", "website")
    ]


def test_wa_is_whatsapp_only_as_a_word() -> None:
    """The words "dibawa ke rapat" name no channel; "WA 0812..." does."""
    assert read_contacts("dibawa ke rapat tinjauan").value[0].kind is K.OTHER
    assert [c.kind for c in read_contacts("WA 081234567890").value] == [K.WHATSAPP]


# --- 45: MAN 2 Yogyakarta ----------------------------------------------------------------------------


def test_a_list_numbered_on_one_line_gives_its_items() -> None:
    """The cell "1. Ijazah asli; 2. Fotocopy ...; 3. Surat kuasa ..." (line breaks lost)."""
    standard, _ = _imported("45-man2-yogyakarta-legalisasi-ijazah.csv")
    assert [r.name for r in standard.requirements or ()] == [
        "Ijazah asli",
        "Fotocopy ijazah sebanyak maksimal 10 lembar",
        "Surat kuasa bermeterai Rp10.000 (apabila diwakilkan).",
    ]
    assert standard.procedure is not None
    assert len(standard.procedure.steps) == 6
    assert standard.procedure.steps[5].description == (
        "Pengguna layanan menerima hasil legalisasi ijazah."
    )


def test_a_hotline_after_a_landline_is_a_second_phone() -> None:
    """The cell "Telp. (0274) 523347 Hotline/PTSP : 082328433743": the landline was a label."""
    standard, _ = _imported("45-man2-yogyakarta-legalisasi-ijazah.csv")
    phones = [(c.label, c.address) for c in _handling(standard).channels if c.kind is K.PHONE]
    assert phones == [("Telp", "(0274) 523347"), ("Hotline/PTSP", "082328433743")]


# --- 42: SMP Negeri 2 Kretek ----------------------------------------------------------------------


def test_an_item_lettered_with_a_comma_after_b_is_item_c() -> None:
    """After "b. Membawa Fhoto Copy Ijazah/ SKHU", the line "c, Mengisi Buku Legalisasi"."""
    standard, _ = _imported("42-smpn2-kretek-legalisasi.csv")
    assert [r.name for r in standard.requirements or ()] == [
        "Membawa Ijazah / SKHU Asli",
        "Membawa Fhoto Copy Ijazah/ SKHU",
        "Mengisi Buku Legalisasi",
    ]


# --- the list and fee rules on their own ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("1. KTP; 2. KK; 3. Akta", ["KTP", "KK", "Akta"]),
        ("a) KTP; b) KK", ["KTP", "KK"]),
        ("1. KTP. 2. KK", ["KTP.", "KK"]),
        # Not a list: a number after "No." or out of sequence, or a lower-case word after a dot.
        ("1. Perda No. 2. Tahun 2019", ["Perda No. 2. Tahun 2019"]),
        ("1. KTP; 3. KK", ["KTP; 3. KK"]),
        ("1. Sebanyak 2. lembar", ["Sebanyak 2. lembar"]),
        ("1. salinan. 2. asli", ["salinan. 2. asli"]),
    ],
)
def test_a_list_on_one_line_is_cut_only_at_markers_in_sequence(text: str, items: list[str]) -> None:
    """Hand-written lines, each with the items a reader sees in it."""
    assert [i.text for i in split_items(text)] == items


def test_a_comma_after_a_letter_is_a_marker_only_in_sequence() -> None:
    """A "c," after "b." is item c; "x, y" after "b." is not."""
    assert [i.marker for i in split_items("a. KTP\nb. KK\nc, Akta")] == ["a.", "b.", "c,"]
    assert [i.text for i in split_items("a. KTP\nb. KK\nx, dan lainnya")] == [
        "KTP",
        "KK x, dan lainnya",
    ]


def test_a_free_fee_alone_has_no_note_and_no_issue() -> None:
    """Only a charge besides the free service goes into the note."""
    reading = read_fee("Tidak dipungut biaya (GRATIS).")
    assert (reading.value.amount, reading.value.note, reading.issues) == (0, "", ())


def test_a_short_heading_line_heads_the_channels_and_is_not_a_procedure() -> None:
    """A heading "Sarana pengaduan:" only says what the lines below are."""
    reading = read_component(Component.COMPLAINT_HANDLING, "Sarana pengaduan:\nTelp: 0741-123456")
    assert isinstance(reading.value, ComplaintHandling)
    assert reading.value.procedure == ""
    assert [c.address for c in reading.value.channels] == ["0741-123456"]


WORDS = st.text(st.sampled_from("abcKTP ;.,:()12@-\n"), max_size=80)


@given(WORDS)
def test_a_complaint_cell_keeps_every_word_somewhere(text: str) -> None:
    """Each word of a complaint cell is kept somewhere.

    In a channel's label, address or note, the manager or the procedure, unless it is a list
    marker or a short heading's.
    """
    reading = read_component(Component.COMPLAINT_HANDLING, text)
    value = reading.value
    assert isinstance(value, ComplaintHandling)
    kept = " ".join(
        [value.procedure, value.manager or ""]
        + [f"{c.label} {c.address} {c.note}" for c in value.channels]
        + [t.label for t in value.tiers]
        + [str(u) for u in reading.unread]
    )
    for line in text.splitlines():
        if line.strip().endswith(":") and len(line.split()) <= 4:
            continue
        for word in line.split():
            core = word.strip(";.,:()-")
            if len(core) >= 3 and core.isalpha():
                assert core.casefold() in kept.casefold(), (core, text, value)


@pytest.mark.parametrize(
    ("name", "manager"),
    [
        # "Mengadu langsung pada petugas pengaduan"
        ("41-dispenduk-probolinggo-lahir-mati.csv", "petugas pengaduan"),
        # "... menyampaikan aduannya kepada Tim Penanganan Pengaduan melalui Whatsapp ..."
        ("42-smpn2-kretek-legalisasi.csv", "Tim Penanganan Pengaduan"),
        # "Penanggung jawab ... adalah pejabat struktural sebagai berikut:"
        ("43-balaiyanpus-diy-sepatu-jolifa.csv", "pejabat struktural"),
        # "... hasil pengaduan di terima oleh tim pengelola umpan balik, dilakukan Analisa ..."
        ("44-puskesmas-tkr-pendaftaran-sippn.csv", "tim pengelola umpan balik"),
        # An address, a phone, a hotline, an e-mail and a website: nobody is named.
        ("45-man2-yogyakarta-legalisasi-ijazah.csv", None),
    ],
)
def test_the_complaint_manager_is_read_from_the_sentence_that_names_them(
    name: str, manager: str | None
) -> None:
    """SP024 said these pages named no complaint manager; four of them do, in a sentence."""
    standard, _ = _imported(name)
    assert _handling(standard).manager == manager
    codes = {f.code for f in validate([standard], as_of=dt.date(2024, 6, 1)).findings}
    assert ("SP024" in codes) is (manager is None)


def test_a_pengelola_line_names_the_manager_before_any_sentence() -> None:
    """The labelled line is what the unit wrote for the field; a sentence only fills a gap."""
    text = "Pengelola pengaduan: Kasubag Umum\nDiterima oleh petugas pengaduan di loket"
    reading = read_component(Component.COMPLAINT_HANDLING, text)
    assert isinstance(reading.value, ComplaintHandling)
    assert reading.value.manager == "Kasubag Umum"


def test_a_sentence_that_names_nobody_gives_no_manager() -> None:
    """No team, officer, unit or "penanggung jawab ... adalah": no manager."""
    text = "Pengaduan diselesaikan segera menurut kasusnya."
    reading = read_component(Component.COMPLAINT_HANDLING, text)
    assert isinstance(reading.value, ComplaintHandling)
    assert reading.value.manager is None


def test_two_numbers_before_a_unit_are_reported_as_a_range_that_lost_its_dash() -> None:
    """SIPPN's "Pendaftaran pasien Baru 7 10 menit": the page lost the dash of 7-10.

    The text cannot tell a lost dash from a name ending in a number ("Loket 2 10 menit"), so
    the label and the upper time stay as written and the import asks for the dash.
    """
    standard, findings = _imported("44-puskesmas-tkr-pendaftaran-sippn.csv")
    assert standard.time_limit is not None
    assert [(c.case, str(c.duration)) for c in standard.time_limit.cases] == [
        ("Pendaftaran pasien Baru 7", "10 menit"),
        ("Pendaftaran pasien Lama 5", "7 menit"),
    ]
    assert [code for code, row, detail in findings if row == 4 and "tanda hubung" in detail] == [
        "IM015",
        "IM015",
    ]


@pytest.mark.parametrize(
    "text", ["10 menit", "7-10 menit", "3 (tiga) hari kerja", "Tahap 20 10 menit"]
)
def test_a_time_with_no_bare_number_before_it_draws_no_dash_issue(text: str) -> None:
    """A single time, a written range, a number in words, and a larger number (not a range)."""
    assert "range_without_dash" not in [i.code for i in read_time_limit(text).issues]


# --- files 50-55: the second trial -------------------------------------------------------------------


def test_numbers_written_after_an_area_code_are_each_a_phone() -> None:
    """DPMPTSP Kota Metro: "Telepon : (0725) 49638,49313" and "Fax: (0725)49313".

    The second number was dropped, and the fax lost its "(" because a five-digit local number
    after an area code in parentheses was not read as one number.
    """
    standard, _ = _imported("50-dpmptsp-metro-pbg-pertelaan.csv")
    channels = _handling(standard).channels
    assert [(c.label, c.address) for c in channels if c.kind is K.PHONE] == [
        ("HP Pengaduan", "0813-6619-8998"),
        ("Telepon", "(0725) 49638"),
        ("Telepon", "(0725) 49313"),
    ]
    assert [c.address for c in channels if c.kind is K.FAX] == ["(0725)49313"]
    assert (channels[0].kind, channels[0].label) == (K.DIRECT, "Ruang Pengaduan")


def test_a_step_after_a_short_heading_names_its_actor() -> None:
    """Samsat: "2. Pendaftaran dan Penetapan : Wajib Pajak/Pemilik kendaraan bermotor menyerahkan"."""
    standard, _ = _imported("51-bpprd-pengesahan-stnk-tahunan.csv")
    assert standard.procedure is not None
    assert [s.actor for s in standard.procedure.steps] == [
        "Wajib Pajak/Pemilik kendaraan bermotor",
        "Wajib Pajak/Pemilik kendaraan bermotor",
        "Kasir",
    ]
    assert _handling(standard).channels[0].kind is K.DIRECT  # "Loket Informasi dan Pengaduan"


def test_lapor_menpan_rb_is_sp4n_lapor() -> None:
    """PTUN Pekanbaru: "... ataupun melalui SIWAS MAHKAMAH AGUNG ataupun LAPOR MENPAN RB".

    The channel was not recognised, and SP025 said the standard did not reach SP4N-LAPOR!.
    """
    standard, _ = _imported("52-ptun-pekanbaru-gugatan-ecourt.csv")
    assert [(c.kind, c.label) for c in _handling(standard).channels] == [
        (K.DIRECT, "langsung"),
        (K.SP4N_LAPOR, "LAPOR MENPAN RB"),
    ]
    codes = {f.code for f in validate([standard], as_of=dt.date(2024, 6, 1)).findings}
    assert "SP025" not in codes


def test_a_letter_named_in_a_sentence_keeps_its_street_address() -> None:
    """UNM's letter channel, named in a sentence with its postal address.

    "... melalui surat yang ditujukan kepada Humas UNM di kampus UNM Gunung Sari, Jl. A.P.
    Pettarani Makassar, Sulawesi Selatan, 90221." The address was lost and IM015 said none.
    """
    standard, findings = _imported("54-unm-pengganti-ijazah.csv")
    letter = _handling(standard).channels[0]
    assert (letter.kind, letter.address) == (
        K.LETTER,
        "Jl. A.P. Pettarani Makassar, Sulawesi Selatan, 90221",
    )
    assert "IM015" not in [code for code, _, _ in findings]


def test_a_published_page_with_its_legal_basis_is_still_the_published_part() -> None:
    """Kelurahan Banjarejo prints its legal basis with the delivery components (and no product).

    The page was taken for the full standard, and the eight management components it does not
    show were eight errors. The issuer of its three Permendagri read "Menteri Dalam Nege" ("ri"
    of "Negeri" was taken for "RI").
    """
    standard, findings = _imported("55-kel-banjarejo-madiun-sk-kematian.csv")
    assert standard.coverage is Coverage.PUBLISHED_PART
    assert "IM007" in [code for code, _, _ in findings]
    report = validate([standard], as_of=dt.date(2024, 6, 1))
    management = {f"SP0{n:02d}" for n in (7, 8, 9, 11, 12, 13, 14)}
    assert {f.severity for f in report.findings if f.code in management} == {Severity.INFO}
    assert [c.instrument.issuer for c in standard.legal_basis or ()][2:] == [
        "Menteri Dalam Negeri",
        "Menteri Dalam Negeri",
        "Menteri Dalam Negeri",
    ]


def test_an_igd_open_24_hours_has_opening_hours_not_a_completion_time() -> None:
    """RSUD dr. Soedarso's IGD: "3. Waktu Pelayanan | 24 Jam" is when it is open.

    It was read as a completion time of 24 hours, which hid that the page states none (SP004).
    """
    standard, _ = _imported("53-rsud-soedarso-igd.csv")
    assert standard.time_limit is None
    assert standard.service_hours is not None
    assert standard.service_hours.as_written == "24 Jam"
    assert standard.service_hours.weekly is not None
    [day] = standard.service_hours.weekly.days
    assert len(day.weekdays) == 7
    assert list(day.windows) == [TimeWindow.parse("00:00-24:00")]  # as "00.00 - 24.00" reads
    codes = {f.code for f in validate([standard], as_of=dt.date(2024, 6, 1)).findings}
    assert "SP004" in codes


@pytest.mark.parametrize(
    ("text", "is_hours"),
    [
        ("24 Jam", True),
        ("24 jam setiap hari", True),
        ("24 Jam / 7 hari", True),
        ("Pelayanan 24 jam", True),
        ("1 x 24 jam", False),  # a completion time: one day
        ("paling lama 24 jam", False),
        ("24 jam kerja", False),
    ],
)
def test_waktu_pelayanan_of_24_hours_alone_is_opening_hours(text: str, is_hours: bool) -> None:
    """Under "Waktu Pelayanan", "24 Jam" alone is opening hours; a time with a bound is not."""
    table = f"No,Komponen,Uraian\n1,Waktu Pelayanan,{text}\n2,Biaya,Gratis\n".encode()
    [standard] = read_standard_table(table, name="t.csv").documents
    assert (standard.service_hours is not None) is is_hours
    assert (standard.time_limit is None) is is_hours


def test_a_requirement_of_a_rp6000_stamp_is_out_of_date() -> None:
    """UNM: "Surat permohonan ... di atas materai 6000" (SP045; UU 10/2020, from 2021)."""
    standard, _ = _imported("54-unm-pengganti-ijazah.csv")
    report = validate([standard], as_of=dt.date(2024, 6, 1), lang="en")
    [stamp] = [f for f in report.findings if f.code == "SP045"]
    assert "Rp6.000" in stamp.message
    assert stamp.path.startswith("/requirements/")


def test_a_heading_item_sets_the_condition_of_the_requirements_below_it() -> None:
    """RSUD dr. Soedarso: "• Pasien BPJS :" heads three "-" items, up to the next "•".

    The heading became a requirement of its own and its items unconditional requirements.
    """
    standard, _ = _imported("53-rsud-soedarso-igd.csv")
    assert [(r.condition, r.name) for r in standard.requirements or ()] == [
        ("", "Pasien umum : Membawa KTP/Pengenal"),
        ("Pasien BPJS", "Membawa rujukan dari FKTL"),
        ("Pasien BPJS", "Membawa KTP/Pengenal"),
        ("Pasien BPJS", "KK untuk kunjungan pertama"),
        (
            "",
            (
                "Pasien dengan tanpa pengenal identitas : Berdasarkan surat keterangan Kepolisian "
                "atau Dinas Sosial"
            ),
        ),
    ]


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        # Items marked alike below the heading: all the rest (UNM's "6. Syarat tambahan:").
        (
            "1. KTP\n2. Syarat tambahan:\n3. Surat kuasa\n4. KK",
            ["", "Syarat tambahan", "Syarat tambahan"],
        ),
        # A heading with nothing below it stays an item.
        ("1. KTP\n2. Lainnya:", ["", ""]),
        # A kind group ("Persyaratan teknis:") sets the kind, not a condition.
        ("Persyaratan teknis:\n1. Gambar bangunan", [""]),
    ],
)
def test_which_items_a_heading_conditions(text: str, conditions: list[str]) -> None:
    """Hand-written lists, with the condition each item is read under."""
    reading = read_component(Component.REQUIREMENTS, text)
    assert isinstance(reading.value, tuple)
    assert [r.condition for r in reading.value] == conditions


def test_an_unlabelled_cell_naming_several_channels_labels_each_by_its_word() -> None:
    """Kecamatan Gerung's complaint cell names three channels and labels none.

    "Kotak saran No. HP petugas Pos pelayanan informasi dan penanganan pengaduan" gave three
    channels, each labelled with the whole cell.

    Each is now labelled with the words that name it, and the cell, whose "No." and "petugas"
    no label holds, is kept whole as the procedure.
    """
    standard, findings = _imported("40-kec-gerung-ktp.csv")
    handling = _handling(standard)
    assert [(c.kind, c.label) for c in handling.channels] == [
        (K.COMPLAINT_BOX, "Kotak saran"),
        (K.PHONE, "HP"),
        (K.DIRECT, "Pos pelayanan informasi dan penanganan pengaduan"),
    ]
    assert handling.procedure == (
        "Kotak saran No. HP petugas Pos pelayanan informasi dan penanganan pengaduan"
    )
    assert [d for code, _, d in findings if code == "IM015"] == [
        "'HP' menyebut sarana pengaduan tanpa nomor atau alamatnya."
    ]


@pytest.mark.parametrize(
    ("text", "cases"),
    [
        # DPMPTSP Kota Metro: one time per product, in one sentence.
        (
            (
                "Paling lambat 1 (satu) hari Penerbitan PBG, Paling Lambat 3 (Tiga) hari Penerbitan "
                "SLF dan SBKBG"
            ),
            [("Penerbitan PBG", "1 hari"), ("Penerbitan SLF dan SBKBG", "3 hari")],
        ),
        ("KTP 1 hari, KK 2 hari", [("KTP", "1 hari"), ("KK", "2 hari")]),
        # Not sub-cases: a range and a bound, or two times that name no case.
        ("3 - 5 hari, paling lama 7 hari", []),
        ("5 hari kerja, atau 7 hari kalender", []),
    ],
)
def test_one_line_with_a_time_per_sub_case_gives_the_sub_cases(
    text: str, cases: list[tuple[str, str]]
) -> None:
    """Only the first time was kept (with an IM015); each part that names a case is one."""
    limit = read_time_limit(text).value
    assert [(c.case, str(c.duration)) for c in limit.cases] == cases


# --- files 60-65: the third trial (HTML pages among them) --------------------------------------------


def test_an_inner_tariff_table_is_read_across_and_commas_group_thousands() -> None:
    """Perumda Tirta Sukapura Beraja's fee cell holds a table of three columns of paragraphs.

    The columns are A.-E., the connection, and "Rp 1,500,000 (Pipa Standar 8 Meter)". It was read
    column by column, and "Rp 1,500,000" as Rp1,50: four tariffs became one of 1.50.
    """
    standard, _ = _imported("61-perumda-tsb-sambungan-rumah-baru.html")
    assert standard.fee is not None
    assert [(t.item, t.amount) for t in standard.fee.tariffs] == [
        (f"Sambungan Rumah Clamb Saddle Ø {size} mm", Decimal(amount))
        for size, amount in (
            ("50", 1_500_000),
            ("75", 1_550_000),
            ("100", 1_590_000),
            ("150", 1_650_000),
        )
    ]
    assert "Biaya lain-lain ditentukan berdasarkan hasil survey" in standard.fee.note


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rp 1,500,000", Decimal(1_500_000)),  # commas grouping thousands
        ("Rp 1,500,000.00", Decimal(1_500_000)),
        ("Rp 7,000", Decimal(7000)),
        ("Rp 1,50", Decimal("1.50")),  # a decimal comma, as Indonesian writes cents
        ("Rp. 100.000,-", Decimal(100_000)),
    ],
)
def test_rupiah_with_commas_or_dots(text: str, amount: Decimal) -> None:
    """Three digits after a comma group thousands; one or two are cents."""
    assert read_fee(text).value.amount == amount


def test_a_kia_page_under_an_unknown_header_with_hours_and_inline_channels() -> None:
    """Disdukcapil Kota Pekalongan's KIA page, read as a reviewer reads it.

    The header is "NO | KOMPONEN | LANGKAH-LANGKAH", the hours stand under "Waktu Pelayanan",
    and the complaint channels are numbered "2) email : … 3) twitter : …" on one line.
    """
    standard, findings = _imported("62-disdukcapil-pekalongan-kia.html")
    assert "IM001" not in [code for code, _, _ in findings]
    assert standard.time_limit is None  # "6 (Enam) hari seminggu" and clock times are hours
    assert standard.service_hours is not None
    assert standard.service_hours.weekly is not None
    assert [[str(w) for w in d.windows] for d in standard.service_hours.weekly.days] == [
        ["08:00-14:00"],  # "Senin s.d. Kamis Pukul 08.00 s.d. 14.00 WIB"
        ["08:00-10:30"],
        ["09:00-12:00"],
    ]
    handling = _handling(standard)
    assert [(c.kind, c.address) for c in handling.channels if c.address] == [
        (K.WEBSITE, "http://dindukcapil.pekalongankota.go.id"),
        (K.EMAIL, "pengaduan.dukcapil3375@gmail.com"),
        (K.X, "disdukcapilkotapkl"),
        (K.INSTAGRAM, "disdukcapilkotapkl"),
        (K.FACEBOOK, "Disdukcapil Kota Pekalongan"),
        (K.WHATSAPP, "085640557650"),
    ]
    # "Jawaban disampaikan melalui … sms/ telepon/ media sosial" is how the answer comes back.
    assert not {K.SMS, K.PHONE, K.SOCIAL_MEDIA} & {c.kind for c in handling.channels}
    assert handling.manager == "Tim Pengaduan"  # the "d)" of the next item is not in it


def test_a_complaint_cell_with_comma_tiers_and_a_spaced_email() -> None:
    """Dukcapil Kalimantan Barat's tiers are written with a comma, its e-mail with spaces.

    "Pengaduan ringan, selambat-lambatnya 3 Jam"; "Email: dukcapil @ kalbarprov.go.id" is kept
    as written, for CT002 to call malformed.
    """
    standard, _ = _imported("63-dukcapil-kalbar-konsultasi.csv")
    handling = _handling(standard)
    assert [(t.label, str(t.duration)) for t in handling.tiers] == [
        ("Pengaduan ringan", "3 jam"),
        ("Pengaduan bersifat normatif", "5 hari kerja"),
        ("Pengaduan tidak berkadar pengawasan", "14 hari kerja"),
        ("Pengaduan berkadar pengawasan dan memerlukan pemeriksaan", "60 hari kerja"),
    ]
    assert [c.address for c in handling.channels if c.kind is K.EMAIL] == [
        "dukcapil @ kalbarprov.go.id"
    ]
    # "Online melalui website SP4N-LAPOR (lapor.go.id)" is one channel, not a website as well.
    assert [c.kind for c in handling.channels].count(K.SP4N_LAPOR) == 1
    assert [c.address for c in handling.channels if c.kind is K.WEBSITE] == [
        "https://dukcapil.kalbarprov.go.id"
    ]
    assert standard.procedure is not None
    assert standard.procedure.steps[0].actor == "Tamu/Pengguna Layanan"


def test_a_letter_names_its_addressee_and_a_colon_in_parentheses_is_no_label() -> None:
    """DPMPTSP Kolaka's letter names its addressee; its e-mail stands in a parenthesis.

    "b. Melalui surat tertulis kepada kepala DPM-PTSP" and "c. Melalui website/email DPM-PTSP
    ( Email : dpmptspklk@gmail.com )".
    """
    standard, _ = _imported("60-dpmptsp-kolaka-sip-bidan.csv")
    handling = _handling(standard)
    assert [(c.kind, c.label, c.address) for c in handling.channels][1:] == [
        (K.LETTER, "Melalui surat tertulis kepada kepala DPM-PTSP", "kepala DPM-PTSP"),
        (K.WEBSITE, "website", ""),
        (K.EMAIL, "email", "dpmptspklk@gmail.com"),
    ]
    assert "Melalui website/email DPM-PTSP ( Email : dpmptspklk@gmail.com )" in handling.procedure


def test_a_page_of_three_delivery_components_is_the_published_part() -> None:
    """DPMPTSP Kotawaringin Timur prints requirements, time and fee only.

    It was judged as the full standard: eleven errors. As the published part, the three delivery
    components it lacks are errors and the management ones information; its free fee beside
    "Bukti bayar retribusi daerah" is CO003.
    """
    standard, _ = _imported("65-dpmptsp-kotim-izin-reklame.csv")
    assert standard.coverage is Coverage.PUBLISHED_PART
    report = validate([standard], as_of=dt.date(2024, 6, 1))
    errors = sorted(f.code for f in report.findings if f.severity is Severity.ERROR)
    assert errors == ["SP003", "SP006", "SP010"]
    assert "CO003" in {f.code for f in report.findings}


# --- files 70-73: full standards (two as Word files) -----------------------------------------------


def test_a_waktu_pelayanan_cell_on_one_line_gives_hours_per_day_and_the_time() -> None:
    """Puskesmas Sungai Dareh prints its hours and its time on one line.

    "1. Hari Senin s/d Kamis : Jam 08.00 - 12.00 WIB 2. Hari Jumat s/d Sabtu : Jam 08.00 - 11.00
    WIB 3. Penyelesaian Layanan : 35 Menit -- 65 Menit". The hours were merged (Monday-Saturday,
    both windows) and the time of 35-65 minutes lost, which drew a false SP004.
    """
    standard, _ = _imported("73-puskesmas-sungai-dareh-kia-kb.csv")
    assert standard.service_hours is not None
    assert standard.service_hours.weekly is not None
    assert [
        (len(d.weekdays), [str(w) for w in d.windows]) for d in standard.service_hours.weekly.days
    ] == [(4, ["08:00-12:00"]), (2, ["08:00-11:00"])]
    assert standard.time_limit is not None
    assert (str(standard.time_limit.minimum), str(standard.time_limit.duration)) == (
        "35 menit",
        "65 menit",
    )
    assert len(standard.requirements or ()) == 6  # "1. KTP/ KK /Identitas lainnya 2. …" on one line


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("1. KTP 2. Kartu BPJS 3. Rekam Medis", ["KTP", "Kartu BPJS", "Rekam Medis"]),
        ("1. KTP 2. KK", ["KTP 2. KK"]),  # two items after a space alone: too little to cut
        ("1. Fotokopi KTP 2 Lembar 3. KK", ["Fotokopi KTP 2 Lembar 3. KK"]),  # out of sequence
        (
            "-Pendidikan SMA/D3/S.1\n-Pelayanan Bebas Pungli",
            ["Pendidikan SMA/D3/S.1", "Pelayanan Bebas Pungli"],
        ),
        ("KTP; KK (asli; fotokopi); Akta", ["KTP", "KK (asli; fotokopi)", "Akta"]),
    ],
)
def test_lists_written_as_real_tables_write_them(text: str, items: list[str]) -> None:
    """Numbers after a space, a dash glued to its item, a semicolon inside parentheses."""
    assert [i.text for i in split_items(text)] == items


def test_a_range_written_with_a_double_hyphen() -> None:
    """The range "35 Menit -- 65 Menit" was read as 35 minutes."""
    limit = read_time_limit("35 Menit -- 65 Menit").value
    assert (str(limit.minimum), str(limit.duration)) == ("35 menit", "65 menit")


def test_a_label_whose_value_is_another_channel_and_a_web_label() -> None:
    """Disdik Pelalawan: "Kotak Saran : No WA : 0852- 2754-3475 Email : … Web : www.…"."""
    standard, _ = _imported("72-disdik-pelalawan-pengganti-ijazah.csv")
    channels = [(c.kind, c.address) for c in _handling(standard).channels]
    assert (K.COMPLAINT_BOX, "") in channels
    assert (K.WHATSAPP, "0852- 2754-3475") in channels
    assert (K.WEBSITE, "www.disdik.pelalawan.go.id") in channels


def test_a_free_fee_with_a_semicolon_in_its_parenthesis_says_nothing_more() -> None:
    """Kantor Bahasa NTB (a Word file): "Gratis (Rp. 0,00;-)" gave a note "-)" and an IM015."""
    pytest.importorskip("docx")
    standard, findings = _imported("70-kantor-bahasa-ntb-perpustakaan.docx")
    assert standard.fee is not None
    assert (standard.fee.amount, standard.fee.note) == (0, "")
    assert not [f for f in findings if f[0] == "IM015" and "Gratis" in f[2]]


# --- files 80-82: tariff tables (one as a workbook) ------------------------------------------------


def test_tariffs_under_a_payer_row_that_cites_the_perda_rest_on_it() -> None:
    """Puskesmas Urangagung's tariffs rest on the Perda its payer row cites.

    "Pasien umum : Sesuai Peraturan Daerah kabupaten Sidoarjo No 1 tahun 2024 …:" stands above
    22 tariffs; SP022 said the Rp40.000 had no legal basis.
    """
    standard, _ = _imported("80-puskesmas-urangagung-laboratorium.csv")
    assert standard.fee is not None
    assert len(standard.fee.tariffs) == 22
    assert [c.instrument.number for c in standard.fee.legal_basis] == ["1"]
    codes = {f.code for f in validate([standard], as_of=dt.date(2024, 6, 1)).findings}
    assert "SP022" not in codes


def test_a_numbered_payer_row_above_numbered_tariff_lines() -> None:
    """Dinkes Klaten on SIPPN (a workbook): a numbered payer row above numbered tariff lines.

    "1. Pasien Umum", its Perda, then "1 Haemoglobin Rp 8.500" … "10 Sedimen Rp 5.000". The
    tariff lines were run into the payer's row.
    """
    pytest.importorskip("openpyxl")
    standard, _ = _imported("81-dinkes-klaten-puskesmas-laboratorium-sippn.xlsx")
    assert standard.fee is not None
    assert len(standard.fee.tariffs) == 32
    assert (standard.fee.tariffs[0].item, standard.fee.tariffs[0].amount) == (
        "1 Haemoglobin",
        Decimal(8500),
    )
    assert [c.instrument.number for c in standard.fee.legal_basis] == ["15"]


def test_letter_markers_written_with_a_parenthesis_and_a_dot() -> None:
    """Puskesmas Urangagung numbers its steps "a). Petugas mencuci tangan …" to "g). …"."""
    standard, _ = _imported("80-puskesmas-urangagung-laboratorium.csv")
    assert standard.procedure is not None
    assert len(standard.procedure.steps) == 7
    assert [r.name for r in standard.requirements or ()] == [
        "Membawa KTP atau KK",
        "Membawa kartu BPJS/KIS bagi peserta BPJS",
        "Formulir rujukan internal antar ruang pelayanan",
    ]
