"""The actor of an imported procedure step, read from the start of its sentence.

Published standards name who performs a step at the start of the sentence ("Petugas pelayanan
menyerahkan …") rather than in a "(pelaksana: …)" parenthesis; the import reads that actor when
the sentence plainly opens with one, and leaves the description as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan.io.tables import read_standard_table
from pelayanan.io.tables._items import step
from pelayanan.io.tables._values import read_component
from pelayanan.model.components import Component
from pelayanan.model.standards import Procedure
from pelayanan.strategies import texts
from pelayanan.time.durations import Duration, DurationUnit

REAL = Path(__file__).parent / "data" / "real-standards"

# (step as published, the actor worked out by hand): the phrase before the first verb.
ACTORS = [
    # the sentences of real published tables
    (
        (
            "Petugas pelayanan menyerahkan Surat Keterangan Lahir Mati kepada pemohon dengan "
            "menunjukkan tanda bukti pengambilan."
        ),
        "Petugas pelayanan",
    ),
    ("Kepala Bidang menandatangani Surat Keterangan", "Kepala Bidang"),
    ("Operator Siak menginput data", "Operator Siak"),
    ("Operator Siak mengentri berkas permohonan pada aplikasi SIAK.", "Operator Siak"),
    ("Pemohon datang ke loket", "Pemohon"),
    # Samsat (SIPPN 8039735): a short heading with a spaced colon before the sentence.
    (
        (
            "Informasi dan Nomor Antrian : Wajib Pajak/Pemilik kendaraan bermotor minta/menerima "
            "informasi loket tempat layanan"
        ),
        "Wajib Pajak/Pemilik kendaraan bermotor",
    ),
    ("Pembayaran dan Penyerahan : Kasir memverifikasi data Ranmor", "Kasir"),
    # PTUN (SIPPN 8170114) and Kelurahan Banjarejo: a passive naming its agent after "oleh".
    ("Gugatan didaftarkan oleh Pihak secara online melalui Aplikasi E-Court", "Pihak"),
    ("Biaya panjar diverifikasi oleh petugas e-court (kasir)", "petugas e-court"),
    ("Berkas dikembalikan oleh petugas;", "petugas"),
    ("Pemohon dipanggil oleh petugas loket", "petugas loket"),
    # DPMPTSP Kota Metro (SIPPN 8134167) and UNM (SIPPN 8101965).
    ("Dinas Teknis melakukan penetapan Retribusi", "Dinas Teknis"),
    ("Pengawas melakukan pemeriksaan lapangan", "Pengawas"),
    ("Alumni mengajukan permohonan ke Rektor", "Alumni"),
    ("pemohon menemui petugas Staf TU", "pemohon"),
    ("Pasien mengambil nomor antrian", "Pasien"),
    ("Pasien datang. Keluarga pasien mendaftarkan pasien.", "Pasien"),
    ("Petugas Pelayanan menerima dan memeriksa berkas pemohon.", "Petugas Pelayanan"),
    ("Operator KTP-el melaksanakan perekaman KTP-el", "Operator KTP-el"),
    ("Kabid/ Kasi melakukan verifikasi pengajuan TTE KK", "Kabid/ Kasi"),
    ("Petugas Mencetak file KK yang telah di TTE", "Petugas"),
    ("Tim menyusun lembar temuan dan naskah hasil pemeriksaan", "Tim"),
    ("Pengguna layanan/masyarakat menyampaikan berkas usulan", "Pengguna layanan/masyarakat"),
    (
        "Kepala BBPPMPV Seni dan Budaya mendisposisikan surat permohonan",
        "Kepala BBPPMPV Seni dan Budaya",
    ),
    # "Dinas" and "Disdukcapil" are names, not passives with di-
    ("Petugas Pelayanan Dinas memandu Pemohon", "Petugas Pelayanan Dinas"),
    (
        "Kepala Dinas Kependudukan dan Pencatatan Sipil melakukan tanda tangan elektronik",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    ),
    ("Kepala dinas menandatangani surat", "Kepala dinas"),
    # a one-word relative clause belongs to the actor
    (
        "Pejabat Disdukcapil yang ditunjuk memvalidasi pengajuan KTP rusak",
        "Pejabat Disdukcapil yang ditunjuk",
    ),
    ("Pejabat yang berwenang menandatangani surat", "Pejabat yang berwenang"),
    # sentences of our own: two-word heads, ber-, unprefixed verbs, auxiliaries, capitals
    ("Wajib pajak mengisi formulir SPTPD", "Wajib pajak"),
    ("Customer Service menerima berkas", "Customer Service"),
    ("Masyarakat berkonsultasi dengan petugas", "Masyarakat"),
    ("Pemohon login pada aplikasi", "Pemohon"),
    ("Petugas medis memeriksa pasien", "Petugas medis"),
    ("Pemohon akan menerima SMS pemberitahuan", "Pemohon"),
    ("Petugas kemudian memeriksa kelengkapan berkas", "Petugas"),
    ("PETUGAS LOKET MENERIMA BERKAS", "PETUGAS LOKET"),
    ("  Kasir   menerima  pembayaran ", "Kasir"),
    ("Sekcam memaraf  konsep surat", "Sekcam"),
    ("Bendahara mentransfer dana", "Bendahara"),
]

# Steps that do not plainly start with who performs them: the actor stays empty.
NO_ACTOR = [
    "Berkas diperiksa oleh sistem",  # "oleh" a thing, not a person or an office
    "Pemohon dipanggil oleh nomor antrian",  # the agent is no one
    # a rule or a condition
    "Pasien tidak ada BPJS diarahkan ke loket umum",
    "Jika berkas tidak lengkap dikembalikan kepada pemohon",
    "Berkas lengkap",
    "Pemohon yang tidak membawa KTP mengisi surat pernyataan",
    "Pemohon jika diwakilkan membawa surat kuasa",
    # the step starts with a verb, a noun that is no actor, or a place
    "Menyerahkan berkas",
    "Berkas diverifikasi",
    "Penyerahan SKTM kepada pemohon",
    "Loket pelayanan menerima berkas",
    "SKPD menanggapi komentar lembar naskah",
    # a passive: the subject undergoes the step, someone else performs it
    "Pemohon dipanggil sesuai nomor antrian",
    "Pasien di berikan lembar bukti pembayaran",
    "Pemohon akan dihubungi petugas",
    # the phrase is too long, or no verb follows the head within six words
    "Front Office Dinas Kependudukan dan Pencatatan Sipil mengantrikan cetak KTP-el",
    "Petugas pelayanan umum bidang kependudukan kecamatan kota menerima berkas",
    "PEMOHON Petuga s Loket Camat Kasi Yanum Sekcam Keterangan :",
    "Pemohon",
    "Petugas loket",
    # punctuation inside the phrase makes it no plain subject
    "Petugas, setelah memeriksa berkas, menyerahkan tanda terima",
    "Petugas: memeriksa berkas",
    "",
]


@pytest.mark.parametrize(("text", "actor"), ACTORS)
def test_the_actor_is_read_from_the_start_of_the_step(text: str, actor: str) -> None:
    """The phrase before the first verb, when the first word names a person or an office."""
    made, problems = step(text)
    assert made.actor == actor
    assert made.description == text.strip()
    assert problems == ()


@pytest.mark.parametrize("text", NO_ACTOR)
def test_no_actor_when_the_step_does_not_plainly_start_with_one(text: str) -> None:
    """A condition, a verb, a thing, a passive, a long phrase: the actor stays empty."""
    made, _ = step(text)
    assert made.actor == ""
    assert made.description == text.strip()


def test_an_explicit_pelaksana_wins_over_the_sentence() -> None:
    """Text "(pelaksana: Kepala Seksi)" names the actor, whoever opens the sentence."""
    made, problems = step(
        "Petugas loket menyerahkan berkas (pelaksana: Kepala Seksi; waktu: 10 menit; hasil: SK)"
    )
    assert (made.description, made.actor, made.duration, made.output) == (
        "Petugas loket menyerahkan berkas",
        "Kepala Seksi",
        Duration(10, DurationUnit.MINUTES),
        "SK",
    )
    assert problems == ()


def test_a_parenthesis_without_pelaksana_still_lets_the_sentence_name_the_actor() -> None:
    """Text "(waktu: 10 menit)" gives the time; the sentence gives the actor."""
    made, _ = step("Petugas loket memeriksa berkas (waktu: 10 menit)")
    assert (made.description, made.actor, made.duration) == (
        "Petugas loket memeriksa berkas",
        "Petugas loket",
        Duration(10, DurationUnit.MINUTES),
    )


def test_a_time_without_a_unit_keeps_the_sentence_s_actor() -> None:
    """The unreadable time goes back into the description; the actor is still the sentence's."""
    made, problems = step("Petugas memeriksa berkas (waktu: secepatnya)")
    assert (made.description, made.actor, made.duration) == (
        "Petugas memeriksa berkas (waktu: secepatnya)",
        "Petugas",
        None,
    )
    assert len(problems) == 1


def test_a_parenthesis_that_is_no_step_qualifier_stays_in_the_description() -> None:
    """Text "(KTP-el)" belongs to the sentence, which still names its actor."""
    made, _ = step("Petugas memproses penerbitan Kartu Tanda Penduduk Elektronik (KTP-el)")
    assert (
        made.description == "Petugas memproses penerbitan Kartu Tanda Penduduk Elektronik (KTP-el)"
    )
    assert made.actor == "Petugas"


def test_the_procedure_component_gets_the_actors() -> None:
    """Each step of a procedure cell, read through the component reader."""
    reading = read_component(
        Component.PROCEDURE,
        "1. Pemohon datang ke loket\n2. Petugas memeriksa berkas\n3. Berkas diverifikasi",
    )
    assert isinstance(reading.value, Procedure)
    assert [(s.description, s.actor) for s in reading.value.steps] == [
        ("Pemohon datang ke loket", "Pemohon"),
        ("Petugas memeriksa berkas", "Petugas"),
        ("Berkas diverifikasi", ""),
    ]


def test_a_real_table_s_steps_name_their_actors() -> None:
    """Kecamatan Balongbendo's KTP table: the sentences that open with an actor get it."""
    imported = read_standard_table(REAL / "28-kec-balongbendo-ktp-pemula.csv")
    (document,) = imported.documents
    assert document.procedure is not None
    actors = {s.description: s.actor for _, s in document.procedure.all_steps()}
    assert actors["Petugas Pelayanan mencatat permohonan dalam buku register"] == (
        "Petugas Pelayanan"
    )
    assert actors["Operator KTP-el melaksanakan perekaman KTP-el"] == "Operator KTP-el"
    assert actors["Perekaman Kartu Tanda Penduduk Elektronik (KTP-EL)"] == ""


@given(texts(max_size=120))
def test_a_step_never_fails_and_never_changes_a_plain_description(text: str) -> None:
    """Any text: no exception; without parentheses the description is the text, stripped."""
    made, _ = step(text)
    assert isinstance(made.actor, str)
    if "(" not in text and ")" not in text:
        assert made.description == text.strip()
        assert made.actor in " ".join(made.description.split())
        assert len(made.actor.split()) <= 6


@given(st.sampled_from(["Pemohon", "Petugas loket", "Kepala Bidang"]), texts(max_size=80))
def test_an_actor_is_always_words_of_the_description(head: str, rest: str) -> None:
    """Whatever follows the head, the actor is empty or words of the description, as written.

    It is the first words, unless a short heading comes first ("Pendaftaran : Pemohon ...") or
    the step is a passive that names its agent after "oleh".
    """
    text = f"{head} {rest}"
    made, _ = step(text)
    words = made.description.split()
    spans = [words[i : i + len(made.actor.split())] for i in range(len(words))]
    assert made.actor == "" or made.actor.split() in [
        [w.rstrip(".,;:!?)]'\"") for w in span] for span in spans
    ]
    if "(" not in rest and ")" not in rest:
        assert made.description == text.strip()


@given(st.text(max_size=200))
def test_a_step_never_fails_on_arbitrary_text(text: str) -> None:
    """Any Unicode text, control characters included."""
    made, _ = step(text)
    assert isinstance(made.description, str)
    assert isinstance(made.actor, str)
