"""The built-in SKM questionnaire versions: elements, grade tables and sample-size rules.

Every figure says where it comes from; ``regulations.md`` and ``facts.md`` are the project's research
notes in ``docs/sources/``. "VERIFIED [secondary]" means seen in sources other than the instrument's
own text (implementations and government pages that agree); no Lampiran was read directly. Rows
marked ``verified=False`` come from recollection or inference: check them against the regulation
before relying on them, and replace them with :func:`attrs.evolve` if they turn out wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from .._base.labels import Label
from ..law import CATALOGUE, Citation
from ._survey_model import (
    Grade,
    GradeBand,
    GradeTable,
    KrejcieMorgan,
    QuestionnaireVersion,
    SurveyElement,
    SurveyFrequency,
)

__all__ = ["QUESTIONNAIRES", "VERSIONS"]


def _element(code: str, label_id: str, label_en: str) -> SurveyElement:
    return SurveyElement(code, Label(label_id, label_en))


def _band(
    grade: Grade, perception: int, ni: tuple[str, str], nik: tuple[str, str], source: str | None
) -> GradeBand:
    """A row as printed; ``source=None`` marks it unverified."""
    return GradeBand(
        grade,
        perception,
        Decimal(ni[0]),
        Decimal(ni[1]),
        Decimal(nik[0]),
        Decimal(nik[1]),
        verified=source is not None,
        source=source or "",
    )


# --- Permenpan RB 14/2017 --------------------------------------------------------------------------

_SKM_2017 = CATALOGUE["permenpan-rb-14-2017"]

_SOURCE_2017 = (
    "VERIFIED [secondary]: regulations.md §5.3 (at least six independent implementations agree; "
    "BP Batam KPI text citing 'PermenPAN-RB No. 14 Tahun 2017: 88,31 - 100,00: Mutu A (Sangat "
    "Baik)'); facts.md §4.1 (e-smile.tubaba.go.id prints the NIK bands)"
)

TABLE_2017 = GradeTable(
    (
        _band(Grade.D, 1, ("1.00", "2.5996"), ("25.00", "64.99"), _SOURCE_2017),
        _band(Grade.C, 2, ("2.60", "3.064"), ("65.00", "76.60"), _SOURCE_2017),
        _band(Grade.B, 3, ("3.0644", "3.532"), ("76.61", "88.30"), _SOURCE_2017),
        _band(Grade.A, 4, ("3.5324", "4.00"), ("88.31", "100.00"), _SOURCE_2017),
    ),
    note=(
        "The printed bands leave gaps (64.99|65.00, 76.60|76.61, 88.30|88.31; on 1–4 "
        "2.5996|2.60, 3.064|3.0644, 3.532|3.5324). The converted index is rounded half-up to 2 "
        "decimals and graded by the lower bounds, which closes every gap (a design decision, "
        "regulations.md §5.3). A rounded NI variant (1.00–2.59, 2.60–3.06, 3.07–3.53, 3.54–4.00) "
        "is also in use (facts.md §4.1); the NIK bands are the same."
    ),
)

SKM_2017 = QuestionnaireVersion(
    _SKM_2017,
    (
        _element("requirements", "Persyaratan", "Requirements"),
        _element(
            "procedure",
            "Sistem, mekanisme, dan prosedur",
            "Systems, mechanisms and procedures",
        ),
        _element("completion_time", "Waktu penyelesaian", "Completion time"),
        _element("fee", "Biaya/tarif", "Fees and charges"),
        _element(
            "product",
            "Produk spesifikasi jenis pelayanan",
            "Product specification by type of service",
        ),
        _element("staff_competence", "Kompetensi pelaksana", "Competence of the staff"),
        _element("staff_conduct", "Perilaku pelaksana", "Conduct of the staff"),
        _element(
            "complaint_handling",
            "Penanganan pengaduan, saran dan masukan",
            "Handling of complaints, suggestions and feedback",
        ),
        _element("facilities", "Sarana dan prasarana", "Facilities and infrastructure"),
    ),
    TABLE_2017,
    questionnaire_order=(
        "requirements",
        "procedure",
        "completion_time",
        "fee",
        "product",
        "staff_competence",
        "staff_conduct",
        "facilities",
        "complaint_handling",
    ),
    minimum_frequency=SurveyFrequency.ANNUAL,
    frequency_basis=Citation(_SKM_2017, article="1", paragraph="1"),
    sample_size=KrejcieMorgan(
        source=(
            "Krejcie & Morgan (1970), Educ. Psychol. Meas. 30(3):607–610, Table 1 (90 rows, "
            "participation/data/krejcie_morgan_1970.csv); use by 14/2017 VERIFIED [secondary] "
            "(regulations.md §5.4); whether the Lampiran prints every row of the table "
            "identically is UNVERIFIED"
        )
    ),
    note=(
        "Elements in the order of the Lampiran's ruang lingkup, VERIFIED [secondary] "
        "(qims-consulting.com, samsatsleman.jogjaprov.go.id; facts.md §4.1). The model "
        "questionnaire asks about sarana dan prasarana 8th and penanganan pengaduan 9th "
        "(questionnaire_order). Weight 1/9, conversion ×25 VERIFIED [secondary] (regulations.md "
        "§5.2). How the Lampiran prints the weight was not seen ('1/9 = 0,11' is a recollection, "
        "UNVERIFIED, facts.md §4.1), so the exact 1/9 is the weight and an index published with "
        "0,111 or 0,11 differs only by rounding. Yearly minimum: Pasal 1 ayat (1), VERIFIED "
        "[primary-copy] (facts.md §1)."
    ),
)


# --- Permenpan RB 16/2014 --------------------------------------------------------------------------

_SKM_2014 = CATALOGUE["permenpan-rb-16-2014"]

# The four rows of the KepMenPAN KEP/25/M.PAN/2/2004 table (grade, perception, NI, NIK), which
# 16/2014 is inferred to have kept; their sources are given where each table is built below.
_KEP25_ROWS: tuple[tuple[Grade, int, tuple[str, str], tuple[str, str]], ...] = (
    (Grade.D, 1, ("1.00", "1.75"), ("25.00", "43.75")),
    (Grade.C, 2, ("1.76", "2.50"), ("43.76", "62.50")),
    (Grade.B, 3, ("2.51", "3.25"), ("62.51", "81.25")),
    (Grade.A, 4, ("3.26", "4.00"), ("81.26", "100.00")),
)

# No row of the 16/2014 table was seen: every band is unverified (source None).
TABLE_2014 = GradeTable(
    tuple(_band(*row, None) for row in _KEP25_ROWS),
    note=(
        "UNVERIFIED: the 16/2014 table was not found. These are the KEP/25/2004 bands, on the "
        "inference that 16/2014 kept them: DPMPTSP Kabupaten Bogor graded indices of 75,98–76,79 "
        "'BAIK', which fits 62,51–81,25 = B and not the 2017 band 65,00–76,60 = C (facts.md "
        "§4.2). Replace this table if the Lampiran says otherwise."
    ),
)

SKM_2014 = QuestionnaireVersion(
    _SKM_2014,
    (
        _element("requirements", "Persyaratan", "Requirements"),
        _element("procedure", "Prosedur", "Procedure"),
        _element("completion_time", "Waktu pelayanan", "Service time"),
        _element("fee", "Biaya/tarif", "Fees and charges"),
        _element(
            "product",
            "Produk spesifikasi jenis pelayanan",
            "Product specification by type of service",
        ),
        _element("staff_competence", "Kompetensi pelaksana", "Competence of the staff"),
        _element("staff_conduct", "Perilaku pelaksana", "Conduct of the staff"),
        _element("service_charter", "Maklumat pelayanan", "Service charter"),
        _element(
            "complaint_handling",
            "Penanganan pengaduan, saran dan masukan",
            "Handling of complaints, suggestions and feedback",
        ),
    ),
    TABLE_2014,
    minimum_frequency=SurveyFrequency.ANNUAL,
    note=(
        "Elements and order VERIFIED [secondary] (jeliita.ptun-medan.go.id, "
        "dpmptsp.bogorkab.go.id; facts.md §4.2). Yearly minimum VERIFIED [secondary] "
        "('periodik (triwulan, semesteran, minimal 1 tahun sekali)', ptun-medan; regulations.md "
        "§5.5). The grade table is UNVERIFIED (see its note), and so is the index formula: the "
        "Lampiran was not found, and 1/9 and ×25 are inferred from the instruments before and "
        "after it. The sample-size method was not found. The 16/2014 dates in the catalogue are "
        "UNVERIFIED, so the boundary with 14/2017 is too."
    ),
    formula_verified=False,
)


# --- KepMenPAN KEP/25/M.PAN/2/2004 -----------------------------------------------------------------

_IKM_2004 = CATALOGUE["kepmenpan-kep-25-m-pan-2-2004"]

_SOURCE_2004 = (
    "VERIFIED [secondary]: 123dok.com report reproducing the table (facts.md §4.3): "
    "'1 1.00 – 1.75 25 – 43.75 D Tidak Baik 2 1.76 – 2.50 43.76 – 62.50 C Kurang Baik 3 2.51 – "
    "3.25 62.51 – 81.25 B Baik 4 3.2[6 …]'"
)

TABLE_2004 = GradeTable(
    # Only "4 3.2" of row 4 was legible in the source; the rest of that row is from recollection,
    # its lower NIK bound following from row 3 ending at 81.25. Rows 1–3 are as the source prints.
    tuple(_band(*row, None if row[0] is Grade.A else _SOURCE_2004) for row in _KEP25_ROWS),
    note=(
        "Rows 1–3 VERIFIED [secondary]; row 4 UNVERIFIED beyond its first digits. The NI column "
        "is rounded (1.76 × 25 = 44, not 43.76), so only the NIK bounds grade."
    ),
)

IKM_2004 = QuestionnaireVersion(
    _IKM_2004,
    (
        _element("procedure", "Prosedur pelayanan", "Service procedure"),
        _element("requirements", "Persyaratan pelayanan", "Service requirements"),
        _element(
            "staff_clarity",
            "Kejelasan petugas pelayanan",
            "Clarity about the service staff",
        ),
        _element("staff_discipline", "Kedisiplinan petugas pelayanan", "Discipline of the staff"),
        _element(
            "staff_responsibility",
            "Tanggung jawab petugas pelayanan",
            "Responsibility of the staff",
        ),
        _element("staff_ability", "Kemampuan petugas pelayanan", "Ability of the staff"),
        _element("speed", "Kecepatan pelayanan", "Speed of service"),
        _element("fairness", "Keadilan mendapatkan pelayanan", "Fairness in obtaining the service"),
        _element(
            "courtesy",
            "Kesopanan dan keramahan petugas",
            "Courtesy and friendliness of the staff",
        ),
        _element("fee_reasonableness", "Kewajaran biaya pelayanan", "Reasonableness of the fee"),
        _element("fee_certainty", "Kepastian biaya pelayanan", "Certainty of the fee"),
        _element("schedule_certainty", "Kepastian jadwal pelayanan", "Certainty of the schedule"),
        _element("comfort", "Kenyamanan lingkungan", "Comfort of the surroundings"),
        _element("security", "Keamanan pelayanan", "Security of the service"),
    ),
    TABLE_2004,
    note=(
        "14 elements in order VERIFIED [secondary] (dpmptsp.bogorkab.go.id, "
        "pkppmalut.blogspot.com; facts.md §4.3). The decree prints the weight as '1/14 = 0,071' "
        "(VERIFIED [secondary], a textbook reproducing the pedoman, facts.md §4.3): an index "
        "computed with 0,071 follows the decree, and so does one with the exact 1/14 (the "
        "library's own computation). Survey frequency and sample size of the 2004 pedoman were "
        "not found."
    ),
    printed_weight=Decimal("0.071"),
)

VERSIONS: tuple[QuestionnaireVersion, ...] = (IKM_2004, SKM_2014, SKM_2017)
"""The built-in versions, oldest first."""

QUESTIONNAIRES: Final[Mapping[str, QuestionnaireVersion]] = MappingProxyType(
    {version.key: version for version in VERSIONS}
)
"""The built-in questionnaire versions, keyed by their instrument's catalogue key."""
