"""The PEKPPP instruments as data: aspects, indicators, weights, rubrics and category bands.

Sources (``docs/sources/``; VERIFIED means seen in a retrieved source, UNVERIFIED means not):

* aspect weights of the current instrument 24/25/18/11/10/12: VERIFIED [secondary ×3] (facts.md §5:
  idth.id 2025, topsatu.com, the KemenPANRB "Paparan Bimbingan Instrumen PEKPPP 2024");
* indicator weights within aspect 1, 17/14/7/14/10/17/7/7/7: VERIFIED [secondary] (facts.md §5, the
  same KemenPANRB deck; the last two by the 100 % total and GH id 40772093462);
* indicators of aspects 1–3 and the weights within aspect 2 (10/20/20/20/30): VERIFIED [secondary,
  single] (regulations.md §6.2, GH id 40772093462), version of that seeder UNVERIFIED;
* indicators of aspects 4–6 and the rubric wording of aspect 1: the F-02 seed data of one PEKPPP
  application (``swamsid/organisasi-portal-biro``, ``database/seeders/MasterF02Seeder.php``, commit
  8ac24057, the file anchors.md §5.6 cites), a single secondary source with copy-paste errors;
  anchors.md §5.6 records the levels of 1.a, 2.a, 4.a and 5.a, while the thresholds of 3.a and
  6.a–9.a are only in that seed data (``rubric_verified=False``); the codes 22.d–30.f continue the
  running numbering of 1.a–21.d and are inferred;
* the nine IPP bands: VERIFIED [secondary, ≥ 3 implementations following the current F-01/F-02/F-03
  instrument] (regulations.md §6.3); for 17/2017 they are assumed the same (UNVERIFIED);
* Permenpan RB 17/2017 aspect weights 30/18/15/15/15/7: UNVERIFIED (memory; regulations.md §6.2,
  facts.md §5); its indicator list is not in the sources, so each aspect is scored as a whole.

Where the weights within an aspect are unknown they are equal and UNVERIFIED.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .._base.labels import Label
from ..law import CATALOGUE, Citation
from ._pekppp_model import (
    Aspect,
    EvaluationInstrument,
    Indicator,
    IppBand,
    IppCategory,
    RubricLevel,
)

__all__ = ["INSTRUMENTS", "PEKPPP_2017", "PEKPPP_2022"]

_F02 = (
    "Rubric wording from the F-02 seed data of a PEKPPP application (swamsid/organisasi-portal-biro "
    "MasterF02Seeder.php; anchors.md §5.6), a single secondary source."
)


def _rubric(*levels: tuple[str, str]) -> tuple[RubricLevel, ...]:
    return tuple(RubricLevel(score, Label(id_, en)) for score, (id_, en) in enumerate(levels))


def _equal(codes_and_names: list[tuple[str, str, str]], note: str) -> tuple[Indicator, ...]:
    """Indicators with equal weights within their aspect: UNVERIFIED, the sources give none."""
    share = Fraction(1, len(codes_and_names))
    return tuple(
        Indicator(code, Label(name_id, name_en), share, weight_verified=False, note=note)
        for code, name_id, name_en in codes_and_names
    )


_BANDS = (
    IppBand(IppCategory.A, Decimal("4.51")),
    IppBand(IppCategory.A_MINUS, Decimal("4.01")),
    IppBand(IppCategory.B, Decimal("3.51")),
    IppBand(IppCategory.B_MINUS, Decimal("3.01")),
    IppBand(IppCategory.C, Decimal("2.51")),
    IppBand(IppCategory.C_MINUS, Decimal("2.01")),
    IppBand(IppCategory.D, Decimal("1.51")),
    IppBand(IppCategory.E, Decimal("1.01")),
    IppBand(IppCategory.F, Decimal(0)),
)

_ASPECT_NAMES = {
    1: Label("Kebijakan Pelayanan", "Service policy"),
    2: Label("Profesionalisme Sumber Daya Manusia", "Professionalism of human resources"),
    3: Label("Sarana Prasarana", "Facilities and infrastructure"),
    4: Label("Sistem Informasi Pelayanan Publik", "Public-service information system"),
    5: Label("Konsultasi dan Pengaduan", "Consultation and complaints"),
    6: Label("Inovasi", "Innovation"),
}

# --- Permenpan RB 29/2022 as amended by 4/2023 -----------------------------------------------------

_ASPECT_1 = (
    Indicator(
        "1.a",
        Label(
            "Tersedia Standar Pelayanan sesuai dengan ketentuan peraturan perundang-undangan",
            "A service standard as the law requires",
        ),
        Decimal("0.17"),
        weight_verified=True,
        levels=_rubric(
            ("Tidak tersedia Standar Pelayanan.", "No service standard."),
            (
                "Tersedia SP namun tidak memenuhi 14 komponen.",
                "A standard exists but lacks some of the 14 components.",
            ),
            ("Tersedia SP yang memenuhi 14 komponen.", "The standard has all 14 components."),
            (
                "Tersedia SP yang memenuhi 14 komponen dan dilakukan penetapan.",
                "… and it has been established (penetapan).",
            ),
            (
                (
                    "Tersedia SP yang memenuhi 14 komponen, melibatkan masyarakat dalam penyusunan SP, "
                    "dan dilakukan penetapan."
                ),
                "… the public took part in drafting it, and it has been established.",
            ),
            (
                (
                    "Tersedia SP yang memenuhi 14 komponen, melibatkan masyarakat dalam penyusunan SP, "
                    "dilakukan penetapan, dan dilakukan monev."
                ),
                "… and it is monitored and evaluated.",
            ),
        ),
        rubric_verified=True,
        note=_F02,
    ),
    Indicator(
        "2.a",
        Label(
            "Proses penyusunan dan perubahan SP telah melibatkan unsur masyarakat",
            "The public took part in drafting and changing the standard",
        ),
        Decimal("0.14"),
        weight_verified=True,
        levels=_rubric(
            (
                "Penyusunan SP tanpa melibatkan unsur masyarakat dan pihak terkait.",
                "Drafted without the public or stakeholders.",
            ),
            ("Melibatkan minimal 1 unsur masyarakat.", "At least 1 community group took part."),
            ("Melibatkan minimal 2 unsur masyarakat.", "At least 2 community groups took part."),
            ("Melibatkan minimal 3 unsur masyarakat.", "At least 3 community groups took part."),
            ("Melibatkan minimal 4 unsur masyarakat.", "At least 4 community groups took part."),
            (
                "Melibatkan lebih dari 4 unsur masyarakat.",
                "More than 4 community groups took part.",
            ),
        ),
        rubric_verified=True,
        note=_F02,
    ),
    Indicator(
        "3.a",
        Label(
            "Jumlah media publikasi untuk komponen service delivery",
            "Number of media publishing the service-delivery components",
        ),
        Decimal("0.07"),
        weight_verified=True,
        levels=_rubric(
            ("Tidak ada publikasi SP.", "The standard is not published."),
            (
                (
                    "Publikasi SP hanya sebagian dari komponen service delivery, di media cetak/non "
                    "elektronik maupun elektronik."
                ),
                "Only some service-delivery components are published, on any medium.",
            ),
            (
                (
                    "Publikasi seluruh komponen service delivery pada 2 atau lebih media, namun belum "
                    "pada SIPP Nasional."
                ),
                "All service-delivery components on 2 or more media, but not on SIPPN.",
            ),
            (
                "Publikasi seluruh komponen service delivery pada 2 media dan pada SIPP Nasional.",
                "All service-delivery components on 2 media and on SIPPN.",
            ),
            (
                "Publikasi seluruh komponen service delivery pada 3 media dan pada SIPP Nasional.",
                "All service-delivery components on 3 media and on SIPPN.",
            ),
            (
                (
                    "Publikasi seluruh komponen service delivery pada 4 atau lebih media dan pada SIPP "
                    "Nasional."
                ),
                "All service-delivery components on 4 or more media and on SIPPN.",
            ),
        ),
        rubric_verified=False,
        note=_F02 + " Whether SIPPN counts among the media is UNVERIFIED.",
    ),
    Indicator(
        "4.a",
        Label(
            "Telah dilakukan peninjauan ulang secara berkala terhadap Standar Pelayanan",
            "The standard is reviewed periodically",
        ),
        Decimal("0.14"),
        weight_verified=True,
        levels=_rubric(
            ("Tidak dilaksanakan peninjauan ulang secara berkala.", "No periodic review."),
            (
                "Peninjauan ulang 3 tahun atau lebih terhadap seluruh jenis layanan.",
                "Every three years or more, for all services.",
            ),
            (
                "Peninjauan ulang 2 tahun sekali terhadap sebagian jenis layanan.",
                "Every two years, for some services.",
            ),
            (
                "Peninjauan ulang 2 tahun sekali terhadap seluruh jenis layanan.",
                "Every two years, for all services.",
            ),
            (
                "Peninjauan ulang 1 tahun sekali atau lebih cepat terhadap sebagian jenis layanan.",
                "Yearly or more often, for some services.",
            ),
            (
                "Peninjauan ulang 1 tahun sekali atau lebih cepat terhadap seluruh jenis layanan.",
                "Yearly or more often, for all services.",
            ),
        ),
        rubric_verified=True,
        note=_F02,
    ),
    Indicator(
        "5.a",
        Label(
            "Pemenuhan siklus Maklumat Pelayanan (ketersediaan, penetapan, dan publikasi)",
            "The service charter cycle (available, established, published)",
        ),
        Decimal("0.10"),
        weight_verified=True,
        levels=_rubric(
            ("Tidak tersedia Maklumat Pelayanan.", "No service charter."),
            ("Tersedia Maklumat namun belum ditetapkan.", "A charter exists, not established."),
            (
                "Maklumat sudah ditetapkan namun isinya belum sesuai peraturan.",
                "Established, but its content falls short of the rules.",
            ),
            (
                "Maklumat sudah ditetapkan dan isinya sesuai peraturan.",
                "Established, with the content the rules require.",
            ),
            (
                "… dan dipublikasikan pada media non elektronik.",
                "… and published on non-electronic media.",
            ),
            (
                "… dan dipublikasikan pada media non elektronik dan elektronik.",
                "… and published on non-electronic and electronic media.",
            ),
        ),
        rubric_verified=True,
        note=_F02,
    ),
    Indicator(
        "6.a",
        Label(
            "SKM yang dilaksanakan sesuai dengan Peraturan Menteri PANRB",
            "A satisfaction survey held as the Minister's regulation requires",
        ),
        Decimal("0.17"),
        weight_verified=True,
        levels=_rubric(
            ("Belum melaksanakan SKM.", "No survey held."),
            (
                "Sudah melaksanakan SKM namun tidak sesuai Peraturan Menteri PANRB yang berlaku.",
                "A survey was held, but not as the regulation requires.",
            ),
            (
                "Sudah melaksanakan SKM sesuai Peraturan Menteri PANRB yang berlaku.",
                "A survey was held as the regulation requires.",
            ),
            ("… dan dipublikasikan pada media non-elektronik.", "… and published on paper."),
            (
                "… dan dipublikasikan pada media non-elektronik dan elektronik.",
                "… and published on non-electronic and electronic media.",
            ),
            (
                "… dipublikasikan pada media non-elektronik dan elektronik serta ditindaklanjuti.",
                "… published on both kinds of media and followed up.",
            ),
        ),
        rubric_verified=False,
        note=_F02,
    ),
    Indicator(
        "7.a",
        Label("Jumlah media publikasi hasil SKM", "Number of media publishing the survey results"),
        Decimal("0.07"),
        weight_verified=True,
        levels=_rubric(
            ("Tidak dipublikasikan.", "Not published."),
            ("Dipublikasikan pada 1 media.", "Published on 1 medium."),
            ("Dipublikasikan pada 2 media.", "Published on 2 media."),
            ("Dipublikasikan pada 3 media.", "Published on 3 media."),
            ("Dipublikasikan pada 4 media.", "Published on 4 media."),
            ("Dipublikasikan pada lebih dari 4 media.", "Published on more than 4 media."),
        ),
        rubric_verified=False,
        note=_F02,
    ),
    Indicator(
        "8.a",
        Label(
            "Persentase rencana tindak lanjut hasil SKM yang telah selesai ditindaklanjuti",
            "Share of the planned follow-up of the survey that is done",
        ),
        Decimal("0.07"),
        weight_verified=True,
        levels=_rubric(
            ("Tidak ada rencana tindak lanjut SKM.", "No follow-up plan."),
            (
                "Ada rencana tindak lanjut tetapi belum dilaksanakan.",
                "A plan, not yet carried out.",
            ),
            ("Tindak lanjut dilaksanakan kurang dari 30%.", "Less than 30 % done."),
            ("Tindak lanjut dilaksanakan 30–80%.", "30–80 % done."),
            ("Tindak lanjut dilaksanakan lebih dari 80%.", "More than 80 % done."),
            ("Tindak lanjut dilaksanakan 100%.", "All of it done."),
        ),
        rubric_verified=False,
        note=_F02 + " Each level needs a report of the follow-up (laporan pelaksanaan).",
    ),
    Indicator(
        "9.a",
        Label(
            "Kecepatan tindak lanjut hasil SKM seluruh jenis pelayanan",
            "Speed of the survey follow-up, for all services",
        ),
        Decimal("0.07"),
        weight_verified=True,
        levels=_rubric(
            (
                "Rekomendasi hasil SKM tidak ditindaklanjuti.",
                "The recommendations are not acted on.",
            ),
            (
                "Seluruhnya ditindaklanjuti dalam 1 tahun.",
                "All acted on within a year of the report.",
            ),
            ("Seluruhnya ditindaklanjuti dalam 9 bulan.", "All acted on within 9 months."),
            ("Seluruhnya ditindaklanjuti dalam 6 bulan.", "All acted on within 6 months."),
            ("Seluruhnya ditindaklanjuti dalam 3 bulan.", "All acted on within 3 months."),
            ("Seluruhnya ditindaklanjuti dalam 1 bulan.", "All acted on within a month."),
        ),
        rubric_verified=False,
        note=_F02,
    ),
)

_SEEDER_2 = "Weights 10/20/20/20/30 from one PEKPPP seeder (GH id 40772093462); UNVERIFIED."
_ASPECT_2 = tuple(
    Indicator(code, Label(name_id, name_en), Decimal(weight), note=_SEEDER_2)
    for code, name_id, name_en, weight in [
        (
            "10.b",
            "Tersedia waktu pelayanan yang memudahkan pengguna layanan",
            "Service hours that suit users",
            "0.10",
        ),
        (
            "11.b",
            "Tersedia kode etik dan kode perilaku pelaksana dan/atau budaya pelayanan",
            "A code of ethics and conduct for executors",
            "0.20",
        ),
        (
            "12.b",
            "Tersedia mekanisme untuk menjaga dan meningkatkan motivasi kerja pelaksana",
            "Ways to keep executors motivated",
            "0.20",
        ),
        (
            "13.b",
            "Tersedia kriteria pemberian penghargaan bagi pegawai yang berprestasi",
            "Criteria for rewarding staff who perform well",
            "0.20",
        ),
        (
            "14.b",
            "Tersedia pelaksana yang menerapkan budaya pelayanan",
            "Executors who practise a service culture",
            "0.30",
        ),
    ]
)

_EQUAL = "Equal weights within the aspect: the sources give none (UNVERIFIED)."
_ASPECT_3 = _equal(
    [
        ("15.c", "Tersedia tempat parkir dengan fasilitas pendukung", "Parking with facilities"),
        ("16.c", "Tersedia ruang tunggu dengan fasilitas wajib dan pelengkap", "A waiting room"),
        ("17.c", "Tersedia toilet pengguna layanan yang layak pakai", "Usable toilets for users"),
        (
            "18.c",
            "Tersedia sarana prasarana bagi pengguna layanan kelompok rentan",
            "Facilities for users from vulnerable groups",
        ),
        ("19.c", "Tersedia sarana prasarana penunjang", "Supporting facilities"),
        ("20.c", "Sarana front office informasi di unit layanan", "An information front office"),
    ],
    _EQUAL,
)
_ASPECT_4 = _equal(
    [
        (
            "21.d",
            "Tersedia sistem informasi pelayanan publik untuk informasi publik",
            "A public-service information system for the public",
        ),
        (
            "22.d",
            "Tersedia sistem informasi pendukung operasional pelayanan",
            "Information systems that support service operations",
        ),
        (
            "23.d",
            "Kualitas penggunaan SIPP elektronik (website/aplikasi)",
            "Quality of the electronic information system (website or app)",
        ),
        (
            "24.d",
            "Pemutakhiran data dan informasi kanal digital",
            "Keeping digital channels up to date",
        ),
    ],
    _EQUAL + " Indicators 22.d–24.d: " + _F02,
)
_ASPECT_5 = _equal(
    [
        (
            "25.e",
            "Tersedia sarana konsultasi dan pengaduan tatap muka yang berkualitas",
            "Good in-person consultation and complaint facilities",
        ),
        (
            "26.e",
            "Tersedia sarana dan media konsultasi serta pengaduan bagi semua lapisan masyarakat",
            "Consultation and complaint channels that everyone can use",
        ),
        (
            "27.e",
            "Tersedia akuntabilitas hasil konsultasi dan/atau pengaduan",
            "Accountability for the outcome of consultations and complaints",
        ),
        (
            "28.e",
            "Tersedia tindak lanjut atas konsultasi dan pengaduan",
            "Follow-up of consultations and complaints",
        ),
    ],
    _EQUAL + " " + _F02,
)
_ASPECT_6 = _equal(
    [
        ("29.f", "Penciptaan inovasi pelayanan publik", "Creating public-service innovations"),
        (
            "30.f",
            "Sumber daya yang mendukung keberlanjutan inovasi",
            "Resources that sustain innovations",
        ),
    ],
    _EQUAL + " " + _F02,
)

PEKPPP_2022: EvaluationInstrument = EvaluationInstrument(
    key="permenpan-rb-29-2022",
    name=Label(
        "Instrumen PEKPPP (Permenpan RB 29/2022 jo. 4/2023)",
        "PEKPPP instrument (Permenpan RB 29/2022 as amended by 4/2023)",
    ),
    basis=(
        Citation(
            CATALOGUE["permenpan-rb-29-2022"],
            article="4",
            note="As amended: the instrument is the evaluator's assessment and the users'; "
            "the Minister sets it (regulations.md §6.1).",
        ),
        Citation(CATALOGUE["permenpan-rb-4-2023"]),
        Citation(
            CATALOGUE["pedoman-menteri-panrb-5-2023"],
            note="Sources disagree on the number of the Pedoman (1/2022 or 5/2023); facts.md §1.",
        ),
    ),
    aspects=(
        Aspect(1, _ASPECT_NAMES[1], Decimal("0.24"), _ASPECT_1, True, True),
        Aspect(2, _ASPECT_NAMES[2], Decimal("0.25"), _ASPECT_2, True, True),
        Aspect(3, _ASPECT_NAMES[3], Decimal("0.18"), _ASPECT_3, True, True),
        Aspect(
            4,
            _ASPECT_NAMES[4],
            Decimal("0.11"),
            _ASPECT_4,
            True,
            False,
            note="Only 21.d is in the project's sources; 22.d–24.d: " + _F02,
        ),
        Aspect(5, _ASPECT_NAMES[5], Decimal("0.10"), _ASPECT_5, True, False, note=_F02),
        Aspect(6, _ASPECT_NAMES[6], Decimal("0.12"), _ASPECT_6, True, False, note=_F02),
    ),
    bands=_BANDS,
    bands_verified=True,
    note=(
        "Scores here are the evaluator's indicator scores (F-02). How the users' assessment (F-03) "
        "enters the IPP is UNVERIFIED and not modelled."
    ),
)
"""The current PEKPPP instrument: Permenpan RB 29/2022 as amended by 4/2023."""

# --- Permenpan RB 17/2017 --------------------------------------------------------------------------

_WHOLE = (
    "The indicators of Permenpan RB 17/2017 are not in the sources: the aspect is scored as a "
    "whole, with one score from 0 to 5."
)


def _whole(number: int, roman: str, weight: str) -> Aspect:
    name = _ASPECT_NAMES[number]
    indicator = Indicator(
        roman,
        Label(f"Nilai aspek {name.id}", f"Score of the aspect {name.en}"),
        Fraction(1),
        weight_verified=False,
        note=_WHOLE,
    )
    return Aspect(number, name, Decimal(weight), (indicator,), False, False, note=_WHOLE)


PEKPPP_2017: EvaluationInstrument = EvaluationInstrument(
    key="permenpan-rb-17-2017",
    name=Label(
        "Instrumen penilaian kinerja unit penyelenggara pelayanan publik (Permenpan RB 17/2017)",
        "Performance assessment of public-service units (Permenpan RB 17/2017)",
    ),
    basis=(Citation(CATALOGUE["permenpan-rb-17-2017"], annex=""),),
    aspects=(
        _whole(1, "I", "0.30"),
        _whole(2, "II", "0.18"),
        _whole(3, "III", "0.15"),
        _whole(4, "IV", "0.15"),
        _whole(5, "V", "0.15"),
        _whole(6, "VI", "0.07"),
    ),
    bands=_BANDS,
    bands_verified=False,
    note=(
        "Aspect weights 30/18/15/15/15/7 are UNVERIFIED (from memory; regulations.md §6.2): pass "
        "the real ones with with_aspect_weights(). The bands are assumed to be those of 29/2022."
    ),
)
"""The PEKPPP predecessor: Permenpan RB 17/2017 (aspect weights and bands UNVERIFIED)."""

INSTRUMENTS: tuple[EvaluationInstrument, ...] = (PEKPPP_2017, PEKPPP_2022)
"""Every modelled PEKPPP instrument; a new regulation's instrument is added here and to the
catalogue (with its ``replaces`` link), and :func:`~pelayanan.evaluation.performance.evaluation_instrument_for`
finds it by date."""
