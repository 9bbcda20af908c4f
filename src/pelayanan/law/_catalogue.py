"""The built-in catalogue data: the instruments :mod:`pelayanan` cites.

Each entry says where its facts come from: ``regulations.md`` and ``facts.md`` are the project's
research notes in ``docs/sources/``, with a source and quote for every VERIFIED fact.
``dates_verified=False`` marks dates that were not seen in a source (from memory); they decide which
instrument is "in force" near a boundary, so rules that depend on them say so.
"""

from __future__ import annotations

import datetime as dt

from ._types import Instrument, InstrumentKind, Topic

__all__ = ["INSTRUMENTS"]

_PERMENPAN = "Permenpan RB"
_MENPAN = "Menteri PANRB"
_OMBUDSMAN = "Peraturan Ombudsman"

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
        dates_verified=False,
        note="In force; no formal amendment known (regulations.md §0.1).",
    ),
    Instrument(
        K.GOVERNMENT_REGULATION,
        "96",
        2012,
        "Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        promulgated_on=dt.date(2012, 11, 20),
        topics=(T.IMPLEMENTATION,),
        gazette="LN 2012/215, TLN 5357",
        dates_verified=False,
    ),
    Instrument(
        K.PRESIDENTIAL_REGULATION,
        "76",
        2013,
        "Pengelolaan Pengaduan Pelayanan Publik",
        promulgated_on=dt.date(2013, 12, 6),
        topics=(T.COMPLAINTS,),
        gazette="LN 2013/191",
        note="Promulgation date verified (bisnis.com, 2014-01-03; regulations.md §7).",
    ),
    Instrument(
        K.LAW,
        "37",
        2008,
        "Ombudsman Republik Indonesia",
        enacted_on=dt.date(2008, 10, 7),
        topics=(T.OMBUDSMAN,),
        gazette="LN 2008/139, TLN 4899",
        note="Date and gazette verified (facts.md §1; single secondary source for the date).",
    ),
    Instrument(
        K.LAW,
        "12",
        2011,
        "Pembentukan Peraturan Perundang-undangan",
        promulgated_on=dt.date(2011, 8, 12),
        topics=(T.LEGISLATION,),
        gazette="LN 2011/82",
        dates_verified=False,
    ),
    Instrument(
        K.LAW,
        "23",
        2014,
        "Pemerintahan Daerah",
        promulgated_on=dt.date(2014, 10, 2),
        topics=(T.REGIONAL_GOVERNMENT,),
        gazette="LN 2014/244",
        dates_verified=False,
    ),
    # --- service standards ----------------------------------------------------------------------
    Instrument(
        K.MINISTERIAL_REGULATION,
        "36",
        2012,
        "Petunjuk Teknis Penyusunan, Penetapan, dan Penerapan Standar Pelayanan",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2012, 9, 12),
        topics=(T.SERVICE_STANDARDS,),
        dates_verified=False,
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "15",
        2014,
        "Pedoman Standar Pelayanan",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2014, 5, 6),
        replaces=("permenpan-rb-36-2012",),
        topics=(T.SERVICE_STANDARDS,),
        gazette="BN 2014/615",
        dates_verified=False,
        note="Replacement of 36/2012 verified (regulations.md §0.1); date from memory.",
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
        note="Date verified (pkppmalut.blogspot.com quoting the decree; facts.md §1).",
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
        note="Replacement of 16/2014 verified (sippn.menpan.go.id; regulations.md §0.1).",
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
        note="Gazette verified (facts.md §1); date from memory.",
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
    ),
    Instrument(
        K.MINISTERIAL_REGULATION,
        "29",
        2022,
        "Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik",
        abbreviation=_PERMENPAN,
        issuer=_MENPAN,
        promulgated_on=dt.date(2022, 12, 30),
        replaces=("permenpan-rb-17-2017",),
        topics=(T.PERFORMANCE_EVALUATION,),
        gazette="BN 2022/672",
        dates_verified=False,
        note="Replacement of 17/2017 and gazette verified (facts.md §1); date from memory.",
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
            "Sources disagree on the instrument's number (Pedoman Menteri PANRB 1/2022 or 5/2023); "
            "facts.md §1."
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
        note=(
            "Signed and in force 2023-04-12; replaced Keppres 68/1995 (verified, catatanhukum.id; "
            "facts.md §1). Pasal 3: five working days a week (setneg.go.id)."
        ),
    ),
    Instrument(
        K.PRESIDENTIAL_DECREE,
        "8",
        2024,
        "Hari-Hari Libur",
        enacted_on=dt.date(2024, 1, 29),
        topics=(T.HOLIDAYS,),
        note="Signed 2024-01-29 (verified, facts.md §1); holiday dates come from the annual SKB.",
    ),
    # --- Ombudsman --------------------------------------------------------------------------------
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "17",
        2015,
        "Penelitian Kepatuhan terhadap Standar Pelayanan Publik",
        abbreviation=_OMBUDSMAN,
        issuer="Ombudsman Republik Indonesia",
        promulgated_on=dt.date(2015, 1, 1),
        topics=(T.OMBUDSMAN_ASSESSMENT,),
        dates_verified=False,
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "22",
        2016,
        "Penilaian Kepatuhan terhadap Standar Pelayanan Publik",
        abbreviation=_OMBUDSMAN,
        issuer="Ombudsman Republik Indonesia",
        promulgated_on=dt.date(2016, 1, 1),
        replaces=("peraturan-ombudsman-17-2015",),
        topics=(T.OMBUDSMAN_ASSESSMENT,),
        dates_verified=False,
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "58",
        2023,
        "Tata Cara Pemeriksaan dan Penyelesaian Laporan",
        abbreviation=_OMBUDSMAN,
        issuer="Ombudsman Republik Indonesia",
        promulgated_on=dt.date(2023, 1, 1),
        topics=(T.OMBUDSMAN_PROCEDURE,),
        dates_verified=False,
    ),
    Instrument(
        K.INSTITUTIONAL_REGULATION,
        "61",
        2025,
        "Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik",
        abbreviation=_OMBUDSMAN,
        issuer="Ombudsman Republik Indonesia",
        promulgated_on=dt.date(2025, 1, 1),
        replaces=("peraturan-ombudsman-22-2016",),
        topics=(T.OMBUDSMAN_ASSESSMENT,),
        dates_verified=False,
        note="Revokes Peraturan Ombudsman 22/2016 (verified, wartamelawi.com; regulations.md §8.3).",
    ),
)
