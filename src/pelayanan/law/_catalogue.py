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

from ._types import Instrument, InstrumentKind, Topic

__all__ = ["INSTRUMENTS"]

_PERMENPAN = "Permenpan RB"
_MENPAN = "Menteri PANRB"
_OMBUDSMAN = "Peraturan Ombudsman"
_PGO = "peraturan.go.id metadata (scrape mblonyox/flat-peraturan, May 2023)"

K = InstrumentKind
T = Topic

INSTRUMENTS: tuple[Instrument, ...] = (
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
