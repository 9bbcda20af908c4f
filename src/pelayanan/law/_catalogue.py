"""The built-in catalogue data: the instruments :mod:`pelayanan` cites.

Each entry says where its facts come from: ``regulations.md`` and ``facts.md`` are the project's
research notes in ``docs/sources/``, with a source and quote for every VERIFIED fact; "the catalogue
research" is the later survey of official metadata (its sources are named in each note).

A date is VERIFIED (``dates_verified=True``) when it was seen on an official metadata record
(peraturan.go.id, read through the public scrape ``mblonyox/flat-peraturan`` of May 2023) or in a
copy of the instrument's own closing block; the note names the source. Every other date is flagged
``dates_verified=False`` and its note says where it comes from (a secondary source, an inference, or
memory). Where not even a supported inference exists the date is ``None`` rather than a placeholder.
Dates decide which instrument is "in force" near a boundary, so rules that depend on them say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping

import attrs

from ._types import Instrument, InstrumentKind, Topic

__all__ = ["INSTRUMENTS"]

_PERMENPAN = "Permenpan RB"
_MENPAN = "Menteri PANRB"
_OMBUDSMAN = "Peraturan Ombudsman"
_PGO = "peraturan.go.id metadata (scrape mblonyox/flat-peraturan, May 2023)"

K = InstrumentKind
T = Topic

_FRAMEWORK: tuple[Instrument, ...] = (
    # --- the law and its implementing regulation -------------------------------------------------
    Instrument(
        K.LAW,
        "25",
        2009,
        "Pelayanan Publik",
        enacted_on=dt.date(2009, 7, 18),
        promulgated_on=dt.date(2009, 7, 18),
        topics=(T.FRAMEWORK,),
        gazette="LN 2009/112, TLN 5038",
        url="https://peraturan.bpk.go.id/Details/38748/uu-no-25-tahun-2009",
        note=(
            "Ditetapkan and diundangkan 18 Juli 2009, LN 2009/112, TLN 5038: VERIFIED "
            "(peraturan.go.id/id/uu-no-25-tahun-2009, " + _PGO + "; text transcription "
            "mblonyox/data-peraturan uu/2009/25.md). Pasal 62: in force on promulgation. No formal "
            "amendment known (regulations.md §0.1)."
        ),
    ),
    Instrument(
        K.GOVERNMENT_REGULATION,
        "96",
        2012,
        "Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        enacted_on=dt.date(2012, 10, 29),
        promulgated_on=dt.date(2012, 10, 30),
        topics=(T.IMPLEMENTATION,),
        gazette="LN 2012/215, TLN 5357",
        note=(
            "Ditetapkan 29 Oktober 2012, diundangkan 30 Oktober 2012: VERIFIED "
            "(peraturan.go.id/id/pp-no-96-tahun-2012, " + _PGO + "; closing block in "
            "mblonyox/data-peraturan pp/2012/96.md). Pasal 51: in force on promulgation. The "
            "earlier 2012-11-20 was from memory."
        ),
    ),
    Instrument(
        K.PRESIDENTIAL_REGULATION,
        "76",
        2013,
        "Pengelolaan Pengaduan Pelayanan Publik",
        enacted_on=dt.date(2013, 12, 6),
        promulgated_on=dt.date(2013, 12, 6),
        topics=(T.COMPLAINTS,),
        gazette="LN 2013/191",
        note=(
            "Ditetapkan and diundangkan 6 Desember 2013, LN 2013/191: VERIFIED "
            "(peraturan.go.id/id/perpres-no-76-tahun-2013, " + _PGO + "; also bisnis.com "
            "2014-01-03, regulations.md §7). Providers had one year from promulgation to provide "
            "the means, mechanism and procedure of complaint handling (Pasal 20, English "
            "translation on global-regulation.com; regulations.md §7)."
        ),
    ),
    Instrument(
        K.LAW,
        "37",
        2008,
        "Ombudsman Republik Indonesia",
        enacted_on=dt.date(2008, 10, 7),
        promulgated_on=dt.date(2008, 10, 7),
        topics=(T.OMBUDSMAN,),
        gazette="LN 2008/139, TLN 4899",
        note=(
            "Ditetapkan and diundangkan 7 Oktober 2008: VERIFIED "
            "(peraturan.go.id/id/uu-no-37-tahun-2008, " + _PGO + "). Pasal 47: in force on "
            "promulgation."
        ),
    ),
    Instrument(
        K.LAW,
        "12",
        2011,
        "Pembentukan Peraturan Perundang-undangan",
        enacted_on=dt.date(2011, 8, 12),
        promulgated_on=dt.date(2011, 8, 12),
        topics=(T.LEGISLATION,),
        gazette="LN 2011/82, TLN 5234",
        note=(
            "Ditetapkan and diundangkan 12 Agustus 2011: VERIFIED "
            "(peraturan.go.id/id/uu-no-12-tahun-2011, " + _PGO + "). Pasal 104: in force on "
            "promulgation."
        ),
    ),
    Instrument(
        K.LAW,
        "23",
        2014,
        "Pemerintahan Daerah",
        enacted_on=dt.date(2014, 9, 30),
        promulgated_on=dt.date(2014, 10, 2),
        topics=(T.REGIONAL_GOVERNMENT,),
        gazette="LN 2014/244, TLN 5587",
        note=(
            "Disahkan 30 September 2014, diundangkan 2 Oktober 2014: VERIFIED (closing block in "
            "the text transcription mblonyox/data-peraturan uu/2014/23.md). Pasal 411: in force "
            "on promulgation."
        ),
    ),
    # --- service standards ----------------------------------------------------------------------
    Instrument(
        K.MINISTERIAL_REGULATION,
        "36",
        2012,
        "Petunjuk Teknis Penyusunan, Penetapan, dan Penerapan Standar Pelayanan",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        enacted_on=dt.date(2012, 6, 22),
        promulgated_on=dt.date(2012, 7, 25),
        topics=(T.SERVICE_STANDARDS,),
        gazette="BN 2012/749",
        note=(
            "Ditetapkan 22 Juni 2012, diundangkan 25 Juli 2012, BN 2012/749: VERIFIED "
            "(peraturan.go.id/id/permenpanrb-no-36-tahun-2012, " + _PGO + "). The earlier "
            "2012-09-12 was from memory."
        ),
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "15",
        2014,
        "Pedoman Standar Pelayanan",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        enacted_on=dt.date(2014, 5, 2),
        promulgated_on=dt.date(2014, 5, 9),
        replaces=("permenpan-rb-36-2012",),
        topics=(T.SERVICE_STANDARDS,),
        gazette="BN 2014/615",
        note=(
            "Ditetapkan 2 Mei 2014, diundangkan 9 Mei 2014, BN 2014/615: VERIFIED "
            "(peraturan.go.id/id/permenpanrb-no-15-tahun-2014, " + _PGO + "); the earlier "
            "2014-05-06 was from memory. The replacement of 36/2012 rests on the Lampiran's "
            "'merupakan revisi dari PermenPANRB Nomor 36 Tahun 2012' (ro.scribd.com/document/"
            "424673696; regulations.md §0.1); the revocation article was not seen."
        ),
    ),
    # --- satisfaction surveys ---------------------------------------------------------------------
    Instrument(
        K.MINISTERIAL_DECREE,
        "KEP/25/M.PAN/2/2004",
        2004,
        "Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat Unit Pelayanan Instansi Pemerintah",
        abbreviation="KepMenPAN",
        issuer="Menteri Pendayagunaan Aparatur Negara",
        enacted_on=dt.date(2004, 2, 24),
        topics=(T.SATISFACTION_SURVEY,),
        dates_verified=False,
        note=(
            "UNVERIFIED date: 24 Februari 2004 was seen only on a blog quoting the decree "
            "(pkppmalut.blogspot.com; facts.md §1), not on an official record or a copy of the "
            "decree (catalogue research). A Keputusan has no BN number."
        ),
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "16",
        2014,
        "Pedoman Survei Kepuasan Masyarakat terhadap Penyelenggaraan Pelayanan Publik",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2014, 5, 12),
        replaces=("kepmenpan-kep-25-m-pan-2-2004",),
        topics=(T.SATISFACTION_SURVEY,),
        dates_verified=False,
        note=(
            "UNVERIFIED: the date is from memory (not seen by the catalogue research), and that "
            "16/2014 formally revoked KEP/25/2004 was not seen either; the link keeps the survey "
            "versions in one chain. 14/2017 gives its title as 'Pedoman Penyusunan Survei "
            "Kepuasan Masyarakat terhadap Penyelenggaraan Pelayanan Publik' (facts.md)."
        ),
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "14",
        2017,
        "Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2017, 6, 28),
        replaces=("permenpan-rb-16-2014",),
        topics=(T.SATISFACTION_SURVEY,),
        dates_verified=False,
        note=(
            "UNVERIFIED date (from memory; not seen by the catalogue research). Replacement of "
            "16/2014 verified (sippn.menpan.go.id; regulations.md §0.1)."
        ),
    ),
    # --- public consultation ----------------------------------------------------------------------
    Instrument(
        K.MINISTERIAL_REGULATION,
        "16",
        2017,
        "Pedoman Penyelenggaraan Forum Konsultasi Publik di Lingkungan Unit Penyelenggara "
        "Pelayanan Publik",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2017, 6, 8),
        topics=(T.PUBLIC_CONSULTATION,),
        gazette="BN 2017/765",
        dates_verified=False,
        note=(
            "UNVERIFIED date (from memory). BN 2017/765 from one secondary 'dasar hukum' list "
            "(facts.md §1)."
        ),
    ),
    # --- information system -----------------------------------------------------------------------
    Instrument(
        K.MINISTERIAL_REGULATION,
        "13",
        2017,
        "Pedoman Penyelenggaraan Sistem Informasi Pelayanan Publik Nasional",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2017, 6, 8),
        topics=(T.INFORMATION_SYSTEM,),
        dates_verified=False,
        note="UNVERIFIED date (from memory; no source seen).",
    ),
    # --- performance evaluation -------------------------------------------------------------------
    Instrument(
        K.MINISTERIAL_REGULATION,
        "1",
        2015,
        "Pedoman Evaluasi Kinerja Penyelenggara Pelayanan Publik",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2015, 1, 12),
        topics=(T.PERFORMANCE_EVALUATION,),
        dates_verified=False,
        note=(
            "UNVERIFIED date (from memory). Title seen in the Menimbang of 17/2017 "
            "(id.scribd.com/document/403914849)."
        ),
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "17",
        2017,
        "Pedoman Penilaian Kinerja Unit Penyelenggara Pelayanan Publik",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2017, 6, 28),
        replaces=("permenpan-rb-1-2015",),
        topics=(T.PERFORMANCE_EVALUATION,),
        dates_verified=False,
        note=(
            "UNVERIFIED date (from memory). Replacement of 1/2015 seen in its Menimbang b: "
            "'sudah tidak sesuai ... sehingga perlu diganti' (id.scribd.com/document/403914849)."
        ),
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "29",
        2022,
        "Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2022, 7, 20),
        replaces=("permenpan-rb-17-2017",),
        topics=(T.PERFORMANCE_EVALUATION,),
        gazette="BN 2022/672",
        dates_verified=False,
        note=(
            "UNVERIFIED date, inferred from the gazette number: neither ditetapkan nor diundangkan "
            "was seen. It is in BN 2022/672 (facts.md §1, a secondary 'dasar hukum' list). In the "
            + _PGO
            + ", BN 2022/616 was promulgated on 21 June 2022 and BN 2022/676, 677 and 680 on 20 "
            "July 2022, so 672 was promulgated between those days, most likely just before "
            "20 July; 20 July 2022 is used (the earlier "
            "2022-12-30 was from memory and is contradicted by the numbering). Replacement of "
            "17/2017 seen in its Menimbang b, 'perlu diganti' (123dok copy with the "
            "jdih.menpan.go.id watermark)."
        ),
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "4",
        2023,
        "Perubahan atas Peraturan Menteri PANRB Nomor 29 Tahun 2022 tentang Pemantauan dan "
        "Evaluasi Kinerja Penyelenggaraan Pelayanan Publik",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2023, 2, 23),
        amends=("permenpan-rb-29-2022",),
        dates_verified=False,
        note=(
            "UNVERIFIED date (from memory; not seen by the catalogue research). The amendment of "
            "29/2022 and the title were seen in Pedoman Menteri PANRB 5/2023 Bab I "
            "(id.scribd.com/document/656600573)."
        ),
    ),
    Instrument(
        K.GUIDELINE,
        "5",
        2023,
        "Mekanisme dan Instrumen Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik",
        abbreviation="Pedoman Menteri PANRB",
        issuer=_MENPAN,
        promulgated_on=dt.date(2023, 3, 1),
        dates_verified=False,
        note=(
            "UNVERIFIED date (from memory). Sources disagree on the instrument's number (Pedoman "
            "Menteri PANRB 1/2022 or 5/2023); facts.md §1."
        ),
    ),
    # --- complaints -------------------------------------------------------------------------------
    Instrument(
        K.MINISTERIAL_REGULATION,
        "24",
        2014,
        "Pedoman Pelaksanaan Pengelolaan Pengaduan Pelayanan Publik secara Nasional",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2014, 11, 3),
        topics=(T.COMPLAINT_MANAGEMENT,),
        dates_verified=False,
        note=(
            "UNVERIFIED date and title (both from memory; the catalogue research saw neither). "
            "Its replacement by 62/2018 is VERIFIED (vdokumen KKP draft, regulations.md §7)."
        ),
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "62",
        2018,
        "Pedoman Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2018, 12, 20),
        replaces=("permenpan-rb-24-2014",),
        topics=(T.COMPLAINT_MANAGEMENT,),
        dates_verified=False,
        note=(
            "UNVERIFIED date (from memory). Title from secondary literals quoting it (catalogue "
            "research)."
        ),
    ),
    # --- working days and holidays ----------------------------------------------------------------
    Instrument(
        K.PRESIDENTIAL_DECREE,
        "68",
        1995,
        "Hari Kerja di Lingkungan Lembaga Pemerintah",
        promulgated_on=dt.date(1995, 8, 8),
        topics=(T.WORKING_DAYS,),
        dates_verified=False,
        note="Replaced by Perpres 21/2023 (verified); its own date is from memory.",
    ),
    Instrument(
        K.PRESIDENTIAL_REGULATION,
        "21",
        2023,
        "Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai Aparatur Sipil Negara",
        enacted_on=dt.date(2023, 4, 12),
        effective_from=dt.date(2023, 4, 12),
        replaces=("keppres-68-1995",),
        topics=(T.WORKING_DAYS,),
        dates_verified=False,
        note=(
            "UNVERIFIED date in the catalogue's sense: 12 April 2023 (signed, promulgated and in "
            "force) was seen only in secondary sources (DDTC: 'telah diundangkan pada 12 April "
            "2023 dan berlaku pada tanggal diundangkan'; Viva; catatanhukum.id), not on an "
            "official record; its LN number was not seen. Replaced Keppres 68/1995 (Menimbang b, "
            "catatanhukum.id; facts.md §1). Pasal 3: five working days a week (setneg.go.id)."
        ),
    ),
    Instrument(
        K.PRESIDENTIAL_DECREE,
        "8",
        2024,
        "Hari-Hari Libur",
        enacted_on=dt.date(2024, 1, 29),
        topics=(T.HOLIDAYS,),
        dates_verified=False,
        note=(
            "UNVERIFIED date in the catalogue's sense: signed 29 Januari 2024 according to news "
            "(ikobengkulu.com; facts.md §1), not an official record. Holiday dates come from the "
            "annual SKB."
        ),
    ),
    # --- Ombudsman --------------------------------------------------------------------------------
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "17",
        2015,
        "Penelitian Kepatuhan terhadap Standar Pelayanan Publik",
        abbreviation=_OMBUDSMAN,
        issuer="Ombudsman Republik Indonesia",
        enacted_on=dt.date(2015, 4, 2),
        promulgated_on=dt.date(2015, 4, 6),
        topics=(T.OMBUDSMAN_ASSESSMENT,),
        note=(
            "Ditetapkan 2 April 2015, diundangkan 6 April 2015: VERIFIED from the closing block "
            "of the BN copy (English translation on global-regulation.com/translation/indonesia/"
            "8420548; opening also on adoc.pub). Pasal 18: in force on promulgation. Revoked by "
            "Peraturan Ombudsman 22/2016, promulgated on a day in 2017 that was not seen, so the "
            "catalogue gives this one no end date. The earlier 2015-01-01 was a placeholder."
        ),
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "22",
        2016,
        "Penilaian Kepatuhan terhadap Standar Pelayanan Publik",
        abbreviation=_OMBUDSMAN,
        issuer="Ombudsman Republik Indonesia",
        replaces=("peraturan-ombudsman-17-2015",),
        topics=(T.OMBUDSMAN_ASSESSMENT,),
        gazette="BN 2017/333",
        url="https://123dok.com/document/q767geky-e-f-ed-b-d.html",
        dates_verified=False,
        note=(
            "Title, gazette and the revocation of 17/2015 seen in a copy of the BN (123dok.com, "
            "header 'No.333, 2017 OMBUDSMAN. Standar Pelayanan Publik. Penilaian Kepatuhan. "
            "Pencabutan.'; Menimbang b: Peraturan Ombudsman 17/2015 'perlu dicabut dan diganti', "
            "though it names 17/2015 'Penilaian Kepatuhan'). Numbered 2016 but gazetted in BN "
            "2017, so promulgated in 2017; the day was not seen, so no date is recorded (the "
            "earlier 2016-01-01 was a placeholder)."
        ),
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "58",
        2023,
        "Tata Cara Pemeriksaan dan Penyelesaian Laporan",
        abbreviation=_OMBUDSMAN,
        issuer="Ombudsman Republik Indonesia",
        topics=(T.OMBUDSMAN_PROCEDURE,),
        dates_verified=False,
        note=(
            "Title and its basis in UU 25/2009 Pasal 46 ayat (7) seen in a transcript of the "
            "SALINAN (quizgecko.com; regulations.md §1.17). Its dates were not seen, so none is "
            "recorded (the earlier 2023-01-01 was a placeholder)."
        ),
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "61",
        2025,
        "Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik",
        abbreviation=_OMBUDSMAN,
        issuer="Ombudsman Republik Indonesia",
        replaces=("peraturan-ombudsman-22-2016",),
        topics=(T.OMBUDSMAN_ASSESSMENT,),
        dates_verified=False,
        note=(
            "Revokes Peraturan Ombudsman 22/2016 (secondary: wartamelawi.com/?p=11551; "
            "regulations.md §8.3). Its dates were not seen, so none is recorded (the earlier "
            "2025-01-01 was a placeholder)."
        ),
    ),
)


# --- sector and general laws cited in the dasar hukum of service standards -------------------------
# The laws that service standards cite besides the public-service framework (regional government,
# social welfare, health, population administration, public information, disability, civil
# service, SPIP, regional taxes, ITE, law-making, Ombudsman procedure), so that the legal-basis
# rules (LB) know what replaced or amended them. Their dates were read from peraturan.go.id metadata
# or from the instruments' closing blocks (disahkan/diundangkan); dates_verified=False where only
# secondary sources were seen, and no link is recorded where the revoking article was not seen.

_ORI = "Ombudsman Republik Indonesia"

_SECTOR_LAWS: tuple[Instrument, ...] = (
    Instrument(
        K.LAW,
        "32",
        2004,
        "Pemerintahan Daerah",
        enacted_on=dt.date(2004, 10, 15),
        promulgated_on=dt.date(2004, 10, 15),
        topics=(T.REGIONAL_GOVERNMENT,),
        gazette="LN 2004/125, TLN 4437",
        url="https://peraturan.go.id/id/uu-no-32-tahun-2004",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-32-tahun-2004; text transcription "
            "mblonyox/data-peraturan uu/2004/32.md). Revoked by UU 23/2014 Pasal 409 huruf b (seen "
            "in the text); its Bab V was revoked earlier by UU 5/2014 Pasal 137."
        ),
    ),
    Instrument(
        K.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW,
        "2",
        2014,
        "Perubahan atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        enacted_on=dt.date(2014, 10, 2),
        promulgated_on=dt.date(2014, 10, 2),
        amends=("uu-23-2014",),
        gazette="LN 2014/246",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2015/2.md). Seen as the "
            "Lampiran of UU 2/2015; in force on promulgation (Pasal II); made law by UU 2/2015."
        ),
    ),
    Instrument(
        K.LAW,
        "2",
        2015,
        "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2014 tentang "
        "Perubahan atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah menjadi "
        "Undang-Undang",
        enacted_on=dt.date(2015, 2, 2),
        promulgated_on=dt.date(2015, 2, 2),
        amends=("uu-23-2014",),
        gazette="LN 2015/24, TLN 5657",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2015/2.md). Enacts "
            "Perppu 2/2014, so amends UU 23/2014; in force on promulgation (Pasal 2)."
        ),
    ),
    Instrument(
        K.LAW,
        "9",
        2015,
        "Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        enacted_on=dt.date(2015, 3, 18),
        promulgated_on=dt.date(2015, 3, 18),
        amends=("uu-23-2014",),
        gazette="LN 2015/58, TLN 5679",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2015/9.md). Second "
            "amendment of UU 23/2014; in force on promulgation (Pasal II). TLN 5679 from mirrors."
        ),
    ),
    Instrument(
        K.LAW,
        "11",
        2020,
        "Cipta Kerja",
        enacted_on=dt.date(2020, 11, 2),
        promulgated_on=dt.date(2020, 11, 2),
        amends=("uu-23-2014", "uu-28-2009"),
        gazette="LN 2020/245, TLN 6573",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2020/11.md). Pasal 176 "
            "amends UU 23/2014; UU 1/2022 Pasal 189 ayat (1) huruf b says UU 28/2009 was last "
            "amended by it. That Perppu 2/2022 (UU 6/2023) revoked it was NOT seen, so no "
            "replacement is linked."
        ),
    ),
    Instrument(
        K.LAW,
        "6",
        2023,
        "Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta "
        "Kerja menjadi Undang-Undang",
        enacted_on=dt.date(2023, 3, 31),
        promulgated_on=dt.date(2023, 3, 31),
        gazette="LN 2023/41, TLN 6841",
        url="https://peraturan.go.id/id/uu-no-6-tahun-2023",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-6-tahun-2023). Enacts Perppu 2/2022 (Cipta "
            "Kerja). What it revoked or amended was not seen, so no link is recorded."
        ),
    ),
    Instrument(
        K.LAW,
        "11",
        2009,
        "Kesejahteraan Sosial",
        enacted_on=dt.date(2009, 1, 16),
        promulgated_on=dt.date(2009, 1, 16),
        gazette="LN 2009/12, TLN 4967",
        url="https://peraturan.go.id/id/uu-no-11-tahun-2009",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-11-tahun-2009; text transcription "
            "mblonyox/data-peraturan uu/2009/11.md). In force on promulgation (Pasal 60)."
        ),
    ),
    Instrument(
        K.LAW,
        "13",
        2011,
        "Penanganan Fakir Miskin",
        enacted_on=dt.date(2011, 8, 18),
        promulgated_on=dt.date(2011, 8, 18),
        gazette="LN 2011/83, TLN 5235",
        url="https://peraturan.go.id/id/uu-no-13-tahun-2011",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-13-tahun-2011; text transcription "
            "mblonyox/data-peraturan uu/2011/13.md). In force on promulgation."
        ),
    ),
    Instrument(
        K.LAW,
        "36",
        2009,
        "Kesehatan",
        enacted_on=dt.date(2009, 10, 13),
        promulgated_on=dt.date(2009, 10, 13),
        gazette="LN 2009/144, TLN 5063",
        url="https://peraturan.go.id/id/uu-no-36-tahun-2009",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-36-tahun-2009; text transcription "
            "mblonyox/data-peraturan uu/2009/36.md). Revoked by UU 17/2023; the revocation is seen "
            "only in secondary sources (see UU 17/2023)."
        ),
    ),
    Instrument(
        K.LAW,
        "44",
        2009,
        "Rumah Sakit",
        enacted_on=dt.date(2009, 10, 28),
        promulgated_on=dt.date(2009, 10, 28),
        gazette="LN 2009/153, TLN 5072",
        url="https://peraturan.go.id/id/uu-no-44-tahun-2009",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-44-tahun-2009; text transcription "
            "mblonyox/data-peraturan uu/2009/44.md). Revoked by UU 17/2023 Pasal 454 per secondary "
            "sources only."
        ),
    ),
    Instrument(
        K.LAW,
        "17",
        2023,
        "Kesehatan",
        enacted_on=dt.date(2023, 8, 8),
        promulgated_on=dt.date(2023, 8, 8),
        replaces=("uu-36-2009", "uu-44-2009"),
        gazette="LN 2023/105, TLN 6887",
        dates_verified=False,
        note=(
            "Dates, gazette and the revocation of UU 36/2009 and UU 44/2009 (Pasal 454) seen only "
            "in secondary sources (news quoting JDIH Setneg); in force on promulgation (Pasal "
            "458)."
        ),
    ),
    Instrument(
        K.LAW,
        "10",
        2020,
        "Bea Meterai",
        effective_from=dt.date(2021, 1, 1),
        dates_verified=False,
        note=(
            "Promulgated in October 2020; the single stamp duty of Rp10.000 applies from 1 January "
            "2021, and Rp3.000 and Rp6.000 stamps could be used until 31 December 2021 only in "
            "combinations worth at least Rp9.000. Seen in secondary sources only (Directorate "
            "General of Taxes quoted by detik.com and Republika, January 2021; legalakses.com); "
            "the articles are not verified."
        ),
    ),
    Instrument(
        K.LAW,
        "23",
        2006,
        "Administrasi Kependudukan",
        enacted_on=dt.date(2006, 12, 29),
        promulgated_on=dt.date(2006, 12, 29),
        gazette="LN 2006/124, TLN 4674",
        url="https://peraturan.go.id/id/uu-no-23-tahun-2006",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-23-tahun-2006; text transcription "
            "mblonyox/data-peraturan uu/2006/23.md). In force on promulgation (Pasal 107)."
        ),
    ),
    Instrument(
        K.LAW,
        "24",
        2013,
        "Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
        enacted_on=dt.date(2013, 12, 24),
        promulgated_on=dt.date(2013, 12, 24),
        amends=("uu-23-2006",),
        gazette="LN 2013/232, TLN 5475",
        url="https://peraturan.go.id/id/uu-no-24-tahun-2013",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-24-tahun-2013; text transcription "
            "mblonyox/data-peraturan uu/2013/24.md). Amends UU 23/2006; in force on promulgation "
            "(Pasal II)."
        ),
    ),
    Instrument(
        K.LAW,
        "14",
        2008,
        "Keterbukaan Informasi Publik",
        enacted_on=dt.date(2008, 4, 30),
        promulgated_on=dt.date(2008, 4, 30),
        effective_from=dt.date(2010, 4, 30),
        gazette="LN 2008/61, TLN 4846",
        url="https://peraturan.go.id/id/uu-no-14-tahun-2008",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-14-tahun-2008; text transcription "
            "mblonyox/data-peraturan uu/2008/14.md). Pasal 64 ayat (1): in force two years after "
            "promulgation, so from 2010-04-30."
        ),
    ),
    Instrument(
        K.GOVERNMENT_REGULATION,
        "61",
        2010,
        "Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        enacted_on=dt.date(2010, 8, 20),
        promulgated_on=dt.date(2010, 8, 23),
        gazette="LN 2010/99, TLN 5149",
        url="https://peraturan.go.id/id/pp-no-61-tahun-2010",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/pp-no-61-tahun-2010; text transcription "
            "mblonyox/data-peraturan pp/2010/61.md). Implements UU 14/2008; often cited with it."
        ),
    ),
    Instrument(
        K.LAW,
        "4",
        1997,
        "Penyandang Cacat",
        enacted_on=dt.date(1997, 2, 28),
        promulgated_on=dt.date(1997, 2, 28),
        gazette="LN 1997/9, TLN 3670",
        url="https://peraturan.go.id/id/uu-no-4-tahun-1997",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-4-tahun-1997; text transcription "
            "mblonyox/data-peraturan uu/1997/4.md). Revoked by UU 8/2016 Pasal 151."
        ),
    ),
    Instrument(
        K.LAW,
        "8",
        2016,
        "Penyandang Disabilitas",
        enacted_on=dt.date(2016, 4, 15),
        promulgated_on=dt.date(2016, 4, 15),
        replaces=("uu-4-1997",),
        gazette="LN 2016/69, TLN 5871",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2016/8.md). Pasal 151 "
            "revokes UU 4/1997; in force on promulgation (Pasal 153)."
        ),
    ),
    Instrument(
        K.LAW,
        "8",
        1974,
        "Pokok-Pokok Kepegawaian",
        promulgated_on=dt.date(1974, 6, 11),
        gazette="LN 1974/55, TLN 3041",
        url="https://peraturan.go.id/id/uu-no-8-tahun-1974",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-8-tahun-1974). Only the promulgation date is "
            "recorded. Revoked, as amended by UU 43/1999, by UU 5/2014 Pasal 136."
        ),
    ),
    Instrument(
        K.LAW,
        "43",
        1999,
        "Perubahan atas Undang-Undang Nomor 8 Tahun 1974 tentang Pokok-Pokok Kepegawaian",
        enacted_on=dt.date(1999, 9, 30),
        promulgated_on=dt.date(1999, 9, 30),
        amends=("uu-8-1974",),
        gazette="LN 1999/169, TLN 3890",
        url="https://peraturan.go.id/id/uu-no-43-tahun-1999",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-43-tahun-1999; text transcription "
            "mblonyox/data-peraturan uu/1999/43.md). Amends UU 8/1974; revoked with it by UU "
            "5/2014 Pasal 136."
        ),
    ),
    Instrument(
        K.LAW,
        "5",
        2014,
        "Aparatur Sipil Negara",
        enacted_on=dt.date(2014, 1, 15),
        promulgated_on=dt.date(2014, 1, 15),
        replaces=("uu-8-1974", "uu-43-1999"),
        gazette="LN 2014/6, TLN 5494",
        url="https://peraturan.go.id/id/uu-no-5-tahun-2014",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-5-tahun-2014; text transcription "
            "mblonyox/data-peraturan uu/2014/5.md). Pasal 136 revokes UU 8/1974 as amended by UU "
            "43/1999; in force on promulgation (Pasal 141)."
        ),
    ),
    Instrument(
        K.LAW,
        "20",
        2023,
        "Aparatur Sipil Negara",
        enacted_on=dt.date(2023, 10, 31),
        promulgated_on=dt.date(2023, 10, 31),
        replaces=("uu-5-2014",),
        gazette="LN 2023/141, TLN 6897",
        dates_verified=False,
        note=(
            "In force 2023-10-31 (peraturan.bpk.go.id); signing date from news; it replaces UU "
            "5/2014 (BPK abstract), the revoking article was not seen."
        ),
    ),
    Instrument(
        K.GOVERNMENT_REGULATION,
        "60",
        2008,
        "Sistem Pengendalian Intern Pemerintah",
        enacted_on=dt.date(2008, 8, 28),
        promulgated_on=dt.date(2008, 8, 28),
        gazette="LN 2008/127, TLN 4890",
        url="https://peraturan.go.id/id/pp-no-60-tahun-2008",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/pp-no-60-tahun-2008; text transcription "
            "mblonyox/data-peraturan pp/2008/60.md). SPIP; in force on promulgation (Pasal 61)."
        ),
    ),
    Instrument(
        K.LAW,
        "33",
        2004,
        "Perimbangan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
        enacted_on=dt.date(2004, 10, 15),
        promulgated_on=dt.date(2004, 10, 15),
        gazette="LN 2004/126, TLN 4438",
        url="https://peraturan.go.id/id/uu-no-33-tahun-2004",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-33-tahun-2004). Revoked by UU 1/2022 Pasal "
            "189 ayat (1) huruf a."
        ),
    ),
    Instrument(
        K.LAW,
        "28",
        2009,
        "Pajak Daerah dan Retribusi Daerah",
        enacted_on=dt.date(2009, 9, 15),
        promulgated_on=dt.date(2009, 9, 15),
        effective_from=dt.date(2010, 1, 1),
        gazette="LN 2009/130, TLN 5049",
        url="https://peraturan.go.id/id/uu-no-28-tahun-2009",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-28-tahun-2009; text transcription "
            "mblonyox/data-peraturan uu/2009/28.md; text transcription mblonyox/data-peraturan "
            "uu/2022/1.md). In force 2010-01-01 (Pasal 185). Revoked by UU 1/2022 Pasal 189 ayat "
            "(1) huruf b; Perda made under it stay valid at most two years more (UU 1/2022 Pasal "
            "187 huruf b)."
        ),
    ),
    Instrument(
        K.LAW,
        "1",
        2022,
        "Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
        enacted_on=dt.date(2022, 1, 5),
        promulgated_on=dt.date(2022, 1, 5),
        replaces=("uu-33-2004", "uu-28-2009"),
        amends=("uu-23-2014", "uu-11-2020"),
        gazette="LN 2022/4, TLN 6757",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2022/1.md). Pasal 189 "
            "ayat (1) revokes UU 33/2004 and UU 28/2009 and parts of UU 23/2014 and UU 11/2020 "
            "(recorded as amendments); in force on promulgation (Pasal 193). LN/TLN from a mirror."
        ),
    ),
    Instrument(
        K.LAW,
        "11",
        2008,
        "Informasi dan Transaksi Elektronik",
        enacted_on=dt.date(2008, 4, 21),
        promulgated_on=dt.date(2008, 4, 21),
        gazette="LN 2008/58, TLN 4843",
        url="https://peraturan.go.id/id/uu-no-11-tahun-2008",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-11-tahun-2008; text transcription "
            "mblonyox/data-peraturan uu/2008/11.md; "
            "peraturan.bpk.go.id/Details/37589/uu-no-11-tahun-2008 (via "
            "github.com/bayu-siddhi/indonesia-it-law-graph-rag data/json/regulation_data.json)). "
            "In force on promulgation (Pasal 54 ayat (1)); amended by UU 19/2016 and UU 1/2024."
        ),
    ),
    Instrument(
        K.LAW,
        "19",
        2016,
        "Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi "
        "Elektronik",
        enacted_on=dt.date(2016, 11, 25),
        promulgated_on=dt.date(2016, 11, 25),
        amends=("uu-11-2008",),
        gazette="LN 2016/251",
        url="https://peraturan.bpk.go.id/Details/37582/uu-no-19-tahun-2016",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2016/19.md; "
            "peraturan.bpk.go.id/Details/37582/uu-no-19-tahun-2016 (via bayu-siddhi "
            "regulation_data.json: issue_date/effective_date 2016-11-25)). First amendment of UU "
            "11/2008; in force on promulgation (Pasal II)."
        ),
    ),
    Instrument(
        K.LAW,
        "1",
        2024,
        "Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi "
        "Elektronik",
        enacted_on=dt.date(2024, 1, 2),
        promulgated_on=dt.date(2024, 1, 2),
        amends=("uu-11-2008", "uu-19-2016"),
        gazette="LN 2024/1",
        url="https://peraturan.bpk.go.id/Details/274494/uu-no-1-tahun-2024",
        note=(
            "Dates VERIFIED (peraturan.bpk.go.id/Details/274494/uu-no-1-tahun-2024 (via "
            "bayu-siddhi regulation_data.json)). Second amendment of UU 11/2008; in force on "
            "promulgation."
        ),
    ),
    Instrument(
        K.LAW,
        "30",
        2014,
        "Administrasi Pemerintahan",
        enacted_on=dt.date(2014, 10, 17),
        promulgated_on=dt.date(2014, 10, 17),
        gazette="LN 2014/292, TLN 5601",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2014/30.md). In force "
            "on promulgation (Pasal 89). Amendments by UU 11/2020 or UU 6/2023 were not seen."
        ),
    ),
    Instrument(
        K.LAW,
        "15",
        2019,
        "Perubahan atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
        "Perundang-undangan",
        enacted_on=dt.date(2019, 10, 2),
        promulgated_on=dt.date(2019, 10, 4),
        amends=("uu-12-2011",),
        gazette="LN 2019/183, TLN 6398",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2019/15.md). First "
            "amendment of UU 12/2011; in force on promulgation (Pasal II)."
        ),
    ),
    Instrument(
        K.LAW,
        "13",
        2022,
        "Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
        "Perundang-undangan",
        enacted_on=dt.date(2022, 6, 16),
        promulgated_on=dt.date(2022, 6, 16),
        amends=("uu-12-2011",),
        gazette="LN 2022/143",
        note=(
            "Dates VERIFIED (text transcription mblonyox/data-peraturan uu/2022/13.md). Second "
            "amendment of UU 12/2011; in force on promulgation (Pasal II)."
        ),
    ),
    Instrument(
        K.LAW,
        "39",
        2008,
        "Kementerian Negara",
        enacted_on=dt.date(2008, 11, 6),
        promulgated_on=dt.date(2008, 11, 6),
        gazette="LN 2008/166, TLN 4916",
        url="https://peraturan.go.id/id/uu-no-39-tahun-2008",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-39-tahun-2008). Cited in the Mengingat of "
            "ministerial regulations."
        ),
    ),
    Instrument(
        K.LAW,
        "6",
        2014,
        "Desa",
        enacted_on=dt.date(2014, 1, 15),
        promulgated_on=dt.date(2014, 1, 15),
        gazette="LN 2014/7, TLN 5495",
        url="https://peraturan.go.id/id/uu-no-6-tahun-2014",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-6-tahun-2014; text transcription "
            "mblonyox/data-peraturan uu/2014/6.md). Pasal 121 revokes Pasal 200 to 216 of UU "
            "32/2004 (a partial revocation, not recorded as a link)."
        ),
    ),
    Instrument(
        K.LAW,
        "40",
        2004,
        "Sistem Jaminan Sosial Nasional",
        enacted_on=dt.date(2004, 10, 19),
        promulgated_on=dt.date(2004, 10, 19),
        gazette="LN 2004/150, TLN 4456",
        url="https://peraturan.go.id/id/uu-no-40-tahun-2004",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-40-tahun-2004; text transcription "
            "mblonyox/data-peraturan uu/2004/40.md). In force on promulgation (Pasal 53)."
        ),
    ),
    Instrument(
        K.LAW,
        "24",
        2011,
        "Badan Penyelenggara Jaminan Sosial",
        enacted_on=dt.date(2011, 11, 25),
        promulgated_on=dt.date(2011, 11, 25),
        gazette="LN 2011/116, TLN 5256",
        url="https://peraturan.go.id/id/uu-no-24-tahun-2011",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/uu-no-24-tahun-2011; text transcription "
            "mblonyox/data-peraturan uu/2011/24.md). In force on promulgation (Pasal 71)."
        ),
    ),
    Instrument(
        K.GOVERNMENT_REGULATION,
        "65",
        2005,
        "Pedoman Penyusunan dan Penerapan Standar Pelayanan Minimal",
        promulgated_on=dt.date(2005, 12, 28),
        gazette="LN 2005/150, TLN 4585",
        url="https://peraturan.go.id/id/pp-no-65-tahun-2005",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/pp-no-65-tahun-2005). Revoked by PP 2/2018 "
            "(peraturan.go.id status)."
        ),
    ),
    Instrument(
        K.GOVERNMENT_REGULATION,
        "2",
        2018,
        "Standar Pelayanan Minimal",
        replaces=("pp-65-2005",),
        url="https://peraturan.go.id/id/pp-no-65-tahun-2005",
        dates_verified=False,
        note=(
            "Title and the revocation of PP 65/2005 seen only in the status of PP 65/2005 on "
            "peraturan.go.id; its own dates were not seen."
        ),
    ),
    Instrument(
        K.PRESIDENTIAL_REGULATION,
        "95",
        2018,
        "Sistem Pemerintahan Berbasis Elektronik",
        gazette="LN 2018/182",
        dates_verified=False,
        note=(
            "Title and gazette seen in a ministerial regulation's Mengingat; its dates were not "
            "seen."
        ),
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "2",
        2009,
        "Tata Cara Pemeriksaan dan Penyelesaian Laporan",
        abbreviation=_OMBUDSMAN,
        issuer=_ORI,
        dates_verified=False,
        note=(
            "Printed as number 002; dates not seen; whether a later regulation revoked it was not "
            "seen."
        ),
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "26",
        2017,
        "Tata Cara Penerimaan, Pemeriksaan, dan Penyelesaian Laporan",
        abbreviation=_OMBUDSMAN,
        issuer=_ORI,
        dates_verified=False,
        note="Dates not seen; amended by PO 48/2020 and replaced by PO 58/2023 (its Menimbang).",
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "48",
        2020,
        "Perubahan atas Peraturan Ombudsman Republik Indonesia Nomor 26 Tahun 2017 tentang Tata "
        "Cara Penerimaan, Pemeriksaan, dan Penyelesaian Laporan",
        abbreviation=_OMBUDSMAN,
        issuer=_ORI,
        amends=("peraturan-ombudsman-26-2017",),
        dates_verified=False,
        note="Seen only as cited in PO 58/2023; dates not seen.",
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "184",
        2011,
        "Lembaga Kesejahteraan Sosial",
        abbreviation="Permensos",
        issuer="Menteri Sosial",
        enacted_on=dt.date(2011, 12, 23),
        promulgated_on=dt.date(2011, 12, 28),
        gazette="BN 2011/913",
        url="https://peraturan.go.id/id/permensos-no-184-tahun-2011",
        note=(
            "Dates VERIFIED (peraturan.go.id/id/permensos-no-184-tahun-2011). peraturan.go.id: "
            "ditetapkan 2011-12-23, diundangkan 2011-12-28, BN 2011/913."
        ),
    ),
)

_LATER_REPLACEMENTS: Mapping[str, tuple[str, ...]] = {
    "uu-23-2014": ("uu-32-2004",),
    "peraturan-ombudsman-58-2023": ("peraturan-ombudsman-26-2017", "peraturan-ombudsman-48-2020"),
}
"""What instruments of the first block replaced in this one: UU 23/2014 Pasal 409 huruf b revokes UU
32/2004; Peraturan Ombudsman 58/2023 replaces 26/2017 as amended by 48/2020 (its Menimbang). Kept here
so that the first block's entries stay as they are."""


def _linked(instruments: Iterable[Instrument]) -> Iterator[Instrument]:
    for instrument in instruments:
        extra = _LATER_REPLACEMENTS.get(instrument.key, ())
        yield (
            attrs.evolve(instrument, replaces=(*instrument.replaces, *extra))
            if extra
            else instrument
        )


INSTRUMENTS: tuple[Instrument, ...] = (*_linked(_FRAMEWORK), *_SECTOR_LAWS)
"""Every built-in instrument: the public-service framework, then the sector and general laws."""
