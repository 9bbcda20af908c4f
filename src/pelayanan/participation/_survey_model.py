"""The types and arithmetic of satisfaction surveys; :mod:`pelayanan.participation.surveys` is public.

The questionnaire data is in ``_questionnaires`` and the CSV reader in ``_survey_csv``; both
import this module, and the public module imports all three.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import decimal
import importlib.resources
import io
import operator
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, TypeVar

import attrs

from .._base.errors import PelayananError, SaidError
from .._base.frozendict import FrozenDict
from .._base.labels import Label, LabelledEnum, register_labels
from .._base.numbers import ROUNDING_MODES, dumps_with_decimals, round_fraction, to_fraction
from .._base.validators import InvalidValueError, at_least, non_empty, optional, to_decimal
from ..law import CATALOGUE, Catalogue, Citation, Instrument, Topic
from ..model.records import DocumentRef, FollowUpStatus, Publication

__all__ = [
    "ANSWER_SCALE",
    "KREJCIE_MORGAN_TABLE",
    "AgeBand",
    "Education",
    "ElementOrder",
    "FollowUpAction",
    "FollowUpPlan",
    "FollowUpStatus",
    "Gender",
    "Grade",
    "GradeBand",
    "GradeTable",
    "IkmResult",
    "IndexNotComputableError",
    "KrejcieMorgan",
    "Occupation",
    "QuestionnaireVersion",
    "RespondentProfile",
    "SampleSizeMethod",
    "SatisfactionSurvey",
    "SurveyCsvError",
    "SurveyElement",
    "SurveyFrequency",
    "SurveyResponse",
    "UnknownQuestionnaireError",
    "compute_ikm",
    "legacy_index",
    "minimum_sample_size",
    "missing_survey_years",
    "questionnaire_for",
]

V = TypeVar("V")

ANSWER_SCALE: Final = range(1, 5)
"""The perception scale (*nilai persepsi*) of every SKM instrument: 1 (tidak baik) to 4 (sangat baik).

VERIFIED [secondary, several sources] for 14/2017 (regulations.md §5.2); the 2004 and 2014
instruments use the same four-point scale.
"""


class IndexNotComputableError(PelayananError, ValueError):
    """The responses do not allow an index: none at all, or an element nobody answered."""


class UnknownQuestionnaireError(PelayananError, LookupError):
    """No questionnaire version is known for an instrument (or a key names none)."""


class SurveyCsvError(SaidError, ValueError):
    """A CSV file of survey answers cannot be used at all (not text, no header, missing columns).

    Individual bad rows are not errors: they are reported as :class:`RowProblem` and left out.
    ``str(error)`` is the English message; :meth:`text` gives it in Indonesian too.

    >>> SurveyCsvError("missing column U9", "kolom U9 tidak ada").text("id")
    'kolom U9 tidak ada'
    """


# --- vocabularies ----------------------------------------------------------------------------------


class Grade(LabelledEnum):
    """*Mutu pelayanan*: the grade of the index, A (best) to D, with the unit's *kinerja* as label."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


register_labels(
    Grade,
    {
        Grade.A: ("Sangat Baik", "Very good"),
        Grade.B: ("Baik", "Good"),
        Grade.C: ("Kurang Baik", "Poor"),
        Grade.D: ("Tidak Baik", "Not good"),
    },
)


class SurveyFrequency(LabelledEnum):
    """How often a unit runs the survey: quarterly, every six months, or yearly.

    "Survei dapat dilakukan setiap 3 bulanan (triwulan), 6 bulanan (Semester) atau 1 (satu) tahun"
    (the SKM pedoman as quoted in an SKM report; regulations.md §5.5).
    """

    QUARTERLY = "quarterly"
    SEMIANNUAL = "semiannual"
    ANNUAL = "annual"

    @property
    def months(self) -> int:
        """The length of one survey cycle in months: 3, 6 or 12."""
        return _FREQUENCY_MONTHS[self]

    def at_least_as_often_as(self, other: SurveyFrequency) -> bool:
        """Whether surveying at this frequency satisfies a minimum of ``other``.

        >>> SurveyFrequency.QUARTERLY.at_least_as_often_as(SurveyFrequency.ANNUAL)
        True
        """
        return self.months <= other.months


_FREQUENCY_MONTHS = {
    SurveyFrequency.QUARTERLY: 3,
    SurveyFrequency.SEMIANNUAL: 6,
    SurveyFrequency.ANNUAL: 12,
}
register_labels(
    SurveyFrequency,
    {
        SurveyFrequency.QUARTERLY: ("Triwulanan (3 bulan)", "Quarterly"),
        SurveyFrequency.SEMIANNUAL: ("Semesteran (6 bulan)", "Every six months"),
        SurveyFrequency.ANNUAL: ("Tahunan (1 tahun)", "Yearly"),
    },
)


class ElementOrder(LabelledEnum):
    """Which numbering of the 14/2017 elements a data source uses for U1 to U9.

    The Lampiran lists *penanganan pengaduan, saran dan masukan* 8th and *sarana dan prasarana*
    9th; the model questionnaire asks about them the other way round, and many units number U8 and
    U9 after the questionnaire (facts.md §4.1). With equal weights the IKM is the same either way,
    but the per-element NRR of U8 and U9 swap, so the order must be stated.
    """

    LAMPIRAN = "lampiran"
    QUESTIONNAIRE = "questionnaire"


register_labels(
    ElementOrder,
    {
        ElementOrder.LAMPIRAN: ("Urutan ruang lingkup dalam Lampiran", "Order of the Lampiran"),
        ElementOrder.QUESTIONNAIRE: (
            "Urutan contoh kuesioner",
            "Order of the model questionnaire",
        ),
    },
)


class Gender(LabelledEnum):
    """*Jenis kelamin* in the respondent profile."""

    MALE = "male"
    FEMALE = "female"


register_labels(
    Gender,
    {Gender.MALE: ("Laki-laki", "Male"), Gender.FEMALE: ("Perempuan", "Female")},
)


class AgeBand(LabelledEnum):
    """*Usia*: the respondent's age in bands of ten years, as SKM reports tabulate it."""

    UNDER_20 = "under_20"
    FROM_20_TO_29 = "20_to_29"
    FROM_30_TO_39 = "30_to_39"
    FROM_40_TO_49 = "40_to_49"
    FROM_50_TO_59 = "50_to_59"
    FROM_60 = "60_and_over"

    @classmethod
    def for_age(cls, age: int) -> AgeBand:
        """The band an age in whole years falls in.

        >>> AgeBand.for_age(34).value
        '30_to_39'
        """
        if age < 0:
            msg = f"an age cannot be negative, not {age}"
            raise ValueError(msg)
        bands = list(cls)
        return bands[min(max(age // 10 - 1, 0), len(bands) - 1)]


register_labels(
    AgeBand,
    {
        AgeBand.UNDER_20: ("Di bawah 20 tahun", "Under 20"),
        AgeBand.FROM_20_TO_29: ("20–29 tahun", "20 to 29"),
        AgeBand.FROM_30_TO_39: ("30–39 tahun", "30 to 39"),
        AgeBand.FROM_40_TO_49: ("40–49 tahun", "40 to 49"),
        AgeBand.FROM_50_TO_59: ("50–59 tahun", "50 to 59"),
        AgeBand.FROM_60: ("60 tahun ke atas", "60 and over"),
    },
)


class Education(LabelledEnum):
    """*Pendidikan terakhir*: the categories of the usual SKM respondent profile.

    The wording of the model questionnaire's categories was not seen in a source (UNVERIFIED); these
    are the levels of the Indonesian school system.
    """

    PRIMARY_OR_LESS = "primary_or_less"
    JUNIOR_SECONDARY = "junior_secondary"
    SENIOR_SECONDARY = "senior_secondary"
    DIPLOMA = "diploma"
    BACHELOR = "bachelor"
    POSTGRADUATE = "postgraduate"


register_labels(
    Education,
    {
        Education.PRIMARY_OR_LESS: ("SD ke bawah", "Primary school or less"),
        Education.JUNIOR_SECONDARY: ("SMP", "Junior secondary school"),
        Education.SENIOR_SECONDARY: ("SMA/SMK", "Senior secondary school"),
        Education.DIPLOMA: ("D1/D2/D3/D4", "Diploma"),
        Education.BACHELOR: ("S1", "Bachelor's degree"),
        Education.POSTGRADUATE: ("S2 ke atas", "Master's degree or higher"),
    },
)


class Occupation(LabelledEnum):
    """*Pekerjaan utama*: the categories of the usual SKM respondent profile (wording UNVERIFIED)."""

    CIVIL_SERVANT = "civil_servant"
    PRIVATE_EMPLOYEE = "private_employee"
    SELF_EMPLOYED = "self_employed"
    STUDENT = "student"
    OTHER = "other"


register_labels(
    Occupation,
    {
        Occupation.CIVIL_SERVANT: ("PNS/TNI/Polri", "Civil servant, soldier or police officer"),
        Occupation.PRIVATE_EMPLOYEE: ("Pegawai swasta", "Private-sector employee"),
        Occupation.SELF_EMPLOYED: ("Wiraswasta/usahawan", "Self-employed"),
        Occupation.STUDENT: ("Pelajar/mahasiswa", "Student"),
        Occupation.OTHER: ("Lainnya", "Other"),
    },
)


# --- immutable mappings ----------------------------------------------------------------------------


def _frozen(value: Mapping[str, V]) -> Mapping[str, V]:
    """A read-only copy, so that a frozen object cannot be changed through its mapping."""
    return FrozenDict(value)


def _frozen_answers(value: Mapping[str, int]) -> Mapping[str, int]:
    return _frozen(value)


def _frozen_fractions(value: Mapping[str, Fraction]) -> Mapping[str, Fraction]:
    return _frozen(value)


def _frozen_names(value: Mapping[str, str]) -> Mapping[str, str]:
    return _frozen(value)


def _mapping_repr(value: Mapping[str, object]) -> str:
    return repr(dict(value))


def _valid_answers(
    _: object, attribute: attrs.Attribute[Any], value: Mapping[object, object]
) -> None:
    """An answer off the 1–4 scale, or to an element without a code, means nothing."""
    for code, answer in value.items():
        if not isinstance(code, str) or not code.strip():
            msg = f"every element code must be non-empty text, not {code!r}"
            raise InvalidValueError(attribute.name, msg)
        if isinstance(answer, bool) or not isinstance(answer, int) or answer not in ANSWER_SCALE:
            msg = f"the answer to {code!r} must be 1, 2, 3 or 4, not {answer!r}"
            raise InvalidValueError(attribute.name, msg)


def _valid_rounding(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if value not in ROUNDING_MODES:
        allowed = ", ".join(sorted(ROUNDING_MODES))
        msg = f"{attribute.name} must be one of {allowed}, not {value!r}"
        raise InvalidValueError(attribute.name, msg)


_non_negative = at_least(0)


# --- versioned data: elements, grade tables, sample size -------------------------------------------


@attrs.frozen
class SurveyElement:
    """*Unsur pelayanan*: one element respondents rate, with a stable ASCII code.

    Codes name the element, not its position (``"facilities"``, not ``"U9"``): the same element
    keeps its code across versions where the regulations treat it as the same element, even when
    its Indonesian name changed (16/2014 "Prosedur" and 14/2017 "Sistem, mekanisme, dan prosedur"
    are both ``"procedure"``).
    """

    code: str = attrs.field(validator=non_empty)
    label: Label


@attrs.frozen
class GradeBand:
    """One row of the *nilai interval* table: a grade and its bounds on both scales, as printed.

    ``ni_*`` are the bounds on the 1–4 scale (*nilai interval*, NI), ``nik_*`` those on 25–100
    (*nilai interval konversi*, NIK). Only ``nik_low`` decides the grade (see
    :meth:`GradeTable.classify`); the other bounds are kept to show the table as printed.
    """

    grade: Grade
    perception: int
    """*Nilai persepsi*, 1 to 4: the answer that corresponds to the grade."""
    ni_low: Decimal = attrs.field(converter=to_decimal)
    ni_high: Decimal = attrs.field(converter=to_decimal)
    nik_low: Decimal = attrs.field(converter=to_decimal)
    nik_high: Decimal = attrs.field(converter=to_decimal)
    verified: bool = False
    """Whether a source showed this row as printed (see ``source``); otherwise from recollection or
    inference, and to be checked against the regulation before relying on it."""
    source: str = ""


@attrs.frozen
class GradeTable:
    """The grade table of an instrument and the rounding rule that makes it total.

    An index is rounded to ``places`` decimals with ``rounding`` (a :mod:`decimal` mode), then
    graded by the highest band whose ``nik_low`` it reaches. With the printed two-decimal NIK bounds
    and ``ROUND_HALF_UP`` to 2 places, no index falls in a gap of the table.
    """

    bands: tuple[GradeBand, ...]
    places: int = attrs.field(default=2, validator=_non_negative)
    """Decimal places of the converted index (25–100), the value that is graded and published."""
    rounding: str = attrs.field(default=decimal.ROUND_HALF_UP, validator=_valid_rounding)
    ni_places: int = attrs.field(default=4, validator=_non_negative)
    """Decimal places used to *show* NRR and IKM on the 1–4 scale (the NI column is printed to four
    decimals: 2,5996); never used to grade."""
    note: str = ""

    @property
    def verified(self) -> bool:
        """Whether every row was seen as printed in a source."""
        return all(band.verified for band in self.bands)

    def round(self, index: Fraction | Decimal | int) -> Decimal:
        """The converted index rounded as the table prescribes (the one rounding step).

        >>> from pelayanan.participation.surveys import QUESTIONNAIRES
        >>> table = QUESTIONNAIRES["permenpan-rb-14-2017"].grade_table
        >>> table.round(Fraction("76.605")), table.round(Fraction("76.60499"))
        (Decimal('76.61'), Decimal('76.60'))
        """
        return round_fraction(to_fraction(index), self.places, self.rounding)

    def band_for(self, index: Fraction | Decimal | int) -> GradeBand:
        """The band a converted index (25–100) falls in, after rounding it."""
        rounded = self.round(index)
        ordered = sorted(self.bands, key=lambda band: band.nik_low, reverse=True)
        if not ordered:
            msg = "the grade table has no bands"
            raise ValueError(msg)
        top = max(band.nik_high for band in ordered)
        for band in ordered:
            if band.nik_low <= rounded <= top:
                return band
        low = min(band.nik_low for band in ordered)
        msg = f"index {rounded} is outside the table ({low} to {top})"
        raise ValueError(msg)

    def classify(self, index: Fraction | Decimal | int) -> Grade:
        """The grade of a converted index (25–100): rounded first, then by lower bounds.

        >>> from pelayanan.participation.surveys import QUESTIONNAIRES
        >>> table = QUESTIONNAIRES["permenpan-rb-14-2017"].grade_table
        >>> [table.classify(Decimal(x)).value for x in ["88.31", "88.30", "76.61", "76.60", "65.00", "64.99"]]
        ['A', 'B', 'B', 'C', 'C', 'D']
        """
        return self.band_for(index).grade


def _read_krejcie_morgan() -> tuple[tuple[int, int], ...]:
    """The 90 rows of ``data/krejcie_morgan_1970.csv`` (its source is in ``data/README.md``)."""
    text = (
        importlib.resources.files(__package__ or "pelayanan.participation")
        .joinpath("data", "krejcie_morgan_1970.csv")
        .read_text("utf-8")
    )
    rows = tuple((int(row["N"]), int(row["S"])) for row in csv.DictReader(io.StringIO(text)))
    if [n for n, _ in rows] != sorted({n for n, _ in rows}) or [s for _, s in rows] != sorted(
        s for _, s in rows
    ):
        msg = "the Krejcie–Morgan table must rise with N, one row per N"
        raise ValueError(msg)
    return rows


KREJCIE_MORGAN_TABLE: Final[tuple[tuple[int, int], ...]] = _read_krejcie_morgan()
"""Krejcie & Morgan (1970), Table 1: ``(N, S)`` for the 90 populations the table prints, from 10 to
1,000,000 (``data/krejcie_morgan_1970.csv``; the source is in ``data/README.md``)."""

_TABLE_POPULATIONS: Final = tuple(n for n, _ in KREJCIE_MORGAN_TABLE)


class SampleSizeMethod(LabelledEnum):
    """How :class:`KrejcieMorgan` sizes a sample: by the published table, or by its formula."""

    TABLE = "table"
    """Read the published table: a population between two rows takes the next row up, one above
    the last row (1,000,000) takes its 384. The default."""
    FORMULA = "formula"
    """Compute the formula for the exact population: it is not the table, and between rows it may
    ask for fewer respondents than the next row up (N = 101 gives 80, the table's row 110 gives
    86)."""


register_labels(
    SampleSizeMethod,
    {
        SampleSizeMethod.TABLE: (
            "tabel Krejcie–Morgan (1970)",
            "the Krejcie–Morgan (1970) table",
        ),
        SampleSizeMethod.FORMULA: (
            "rumus Krejcie–Morgan, bukan tabel yang diterbitkan",
            "the Krejcie–Morgan formula, not the published table",
        ),
    },
)


@attrs.frozen
class KrejcieMorgan:
    """The Krejcie–Morgan (1970) sample size, used by Permenpan RB 14/2017 for the SKM sample.

    By default the published table is read (:data:`KREJCIE_MORGAN_TABLE`): a population between two
    rows takes the next row up, one above the last row takes 384, and a sample never exceeds its
    population (below N = 10 everyone is asked). ``method=SampleSizeMethod.FORMULA`` computes
    S = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P)) for the exact population instead, with X² = 3.841
    (chi-square for one degree of freedom at 95 %), P = 0.5 and d = 0.05, rounded half-up to a
    whole respondent: it gives every printed row, but between rows it may ask for fewer than the
    table (N = 101: 80, where the table's next row, 110, says 86), and it is not the table. The
    parameters apply to the formula only; the table is for these defaults. That 14/2017 uses the
    table is VERIFIED [secondary] (regulations.md §5.4); whether its Lampiran prints every row
    identically is not.

    >>> KrejcieMorgan().minimum(101), KrejcieMorgan(method=SampleSizeMethod.FORMULA).minimum(101)
    (86, 80)
    """

    chi_square: Decimal = attrs.field(default=Decimal("3.841"), converter=to_decimal)
    proportion: Decimal = attrs.field(default=Decimal("0.5"), converter=to_decimal)
    margin: Decimal = attrs.field(default=Decimal("0.05"), converter=to_decimal)
    rounding: str = attrs.field(default=decimal.ROUND_HALF_UP, validator=_valid_rounding)
    verified: bool = True
    source: str = ""
    method: SampleSizeMethod = SampleSizeMethod.TABLE
    """The table (the default) or the formula."""

    @staticmethod
    def row_for(population: int) -> tuple[int, int]:
        """The row of the published table that a population is read at: the next row up.

        >>> KrejcieMorgan.row_for(101), KrejcieMorgan.row_for(110), KrejcieMorgan.row_for(2_000_000)
        ((110, 86), (110, 86), (1000000, 384))
        """
        position = bisect.bisect_left(_TABLE_POPULATIONS, operator.index(population))
        return KREJCIE_MORGAN_TABLE[min(position, len(KREJCIE_MORGAN_TABLE) - 1)]

    def exact(self, population: int) -> Fraction:
        """S before rounding, as an exact fraction."""
        population = operator.index(population)  # a whole number: 1.5 users means nothing
        if population < 0:
            msg = f"a population must be at least 0, not {population}"
            raise ValueError(msg)
        chi, p, d = (Fraction(x) for x in (self.chi_square, self.proportion, self.margin))
        spread = chi * p * (1 - p)
        denominator = d * d * (population - 1) + spread
        if denominator <= 0:  # only with degenerate parameters (P of 0 or 1 and N of 1)
            return Fraction(population)
        return spread * population / denominator

    def minimum(self, population: int) -> int:
        """The minimum number of respondents for a population of ``population`` service users.

        >>> KrejcieMorgan().minimum(100), KrejcieMorgan().minimum(100_000)
        (80, 384)
        """
        if self.method is SampleSizeMethod.FORMULA:
            return int(round_fraction(self.exact(population), 0, self.rounding))
        population = operator.index(population)
        if population < 0:
            msg = f"a population must be at least 0, not {population}"
            raise ValueError(msg)
        return min(population, self.row_for(population)[1])


def _a_weight(_: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    """A weight per element is a number above 0 and at most 1."""
    if not value.is_finite() or not 0 < value <= 1:
        msg = f"{attribute.name} must be above 0 and at most 1, not {value}"
        raise InvalidValueError(attribute.name, msg)


@attrs.frozen
class QuestionnaireVersion:
    """The SKM as one instrument defines it: elements, weights, conversion, grades, sample size.

    Versions are data: to use another reading of an unverified table, build a new version with
    :func:`attrs.evolve` and pass it (or a mapping of versions) wherever one is accepted.
    """

    instrument: Instrument
    """The instrument that defines the survey (a :data:`~pelayanan.CATALOGUE` entry)."""
    elements: tuple[SurveyElement, ...]
    """The elements in the instrument's own order (for 14/2017: the Lampiran's)."""
    grade_table: GradeTable
    conversion: int = 25
    """The factor from the 1–4 scale to 25–100 ("IKM konversi = IKM × 25")."""
    questionnaire_order: tuple[str, ...] = ()
    """Element codes in the order of the model questionnaire, where that differs from the list."""
    minimum_frequency: SurveyFrequency | None = None
    """How often the instrument requires a survey at least; ``None`` where no source says."""
    frequency_basis: Citation | None = None
    sample_size: KrejcieMorgan | None = None
    """How to size the sample; ``None`` where the instrument's method was not found."""
    note: str = ""
    printed_weight: Decimal | None = attrs.field(
        default=None, converter=attrs.converters.optional(to_decimal), validator=optional(_a_weight)
    )
    """The weight of each element as the instrument prints it, where a source shows the printed
    form: KEP/25/M.PAN/2/2004 prints "1/14 = 0,071". An index published with it follows the
    instrument as much as one computed with the exact 1/n. ``None`` where the printed form was not
    seen: the exact 1/n is then the instrument's weight."""
    formula_verified: bool = True
    """Whether the formula of the index (weights, conversion) was seen in a source for this
    instrument; ``False`` where it is inferred from the instruments before and after it."""

    @property
    def key(self) -> str:
        """The instrument's catalogue key, which also names the version."""
        return self.instrument.key

    @property
    def codes(self) -> tuple[str, ...]:
        """The element codes in the instrument's order."""
        return tuple(element.code for element in self.elements)

    @property
    def weight(self) -> Fraction:
        """*Bobot* of each element: exactly 1/n for n elements (1/9, not 0.111)."""
        if not self.elements:
            msg = f"{self.instrument} defines no elements"
            raise IndexNotComputableError(msg)
        return Fraction(1, len(self.elements))

    def element(self, code: str) -> SurveyElement:
        """The element with ``code``."""
        for element in self.elements:
            if element.code == code:
                return element
        msg = f"{self.instrument} has no element {code!r}; its elements are {', '.join(self.codes)}"
        raise KeyError(msg)

    def columns(self, order: ElementOrder = ElementOrder.LAMPIRAN) -> dict[str, str]:
        """Column names ``U1``, ``U2``, ... mapped to element codes, in the given ``order``.

        >>> from pelayanan.participation.surveys import QUESTIONNAIRES
        >>> from pelayanan.participation.surveys import QUESTIONNAIRES
        >>> skm = QUESTIONNAIRES["permenpan-rb-14-2017"]
        >>> skm.columns()["U8"], skm.columns(ElementOrder.QUESTIONNAIRE)["U8"]
        ('complaint_handling', 'facilities')
        """
        codes = self.codes
        if order is ElementOrder.QUESTIONNAIRE:
            if not self.questionnaire_order:
                msg = f"{self.instrument} has no separate questionnaire order"
                raise ValueError(msg)
            codes = self.questionnaire_order
        return {f"U{number}": code for number, code in enumerate(codes, start=1)}

    def __str__(self) -> str:
        return f"SKM {self.instrument}"


# --- responses -------------------------------------------------------------------------------------


@attrs.frozen
class RespondentProfile:
    """*Profil responden*: who answered. Every field is optional."""

    gender: Gender | None = None
    age_band: AgeBand | None = None
    education: Education | None = None
    occupation: Occupation | None = None


@attrs.frozen
class SurveyResponse:
    """One respondent's questionnaire: an answer from 1 to 4 per element, keyed by element code.

    An answer off the scale is refused (it means nothing); a response that skips an element, or
    answers one the questionnaire lacks, is still a valid object (the calculation reports it).

    >>> SurveyResponse({"requirements": 5})
    Traceback (most recent call last):
    ...
    pelayanan._base.validators.InvalidValueError: the answer to 'requirements' must be 1, 2, 3 or 4, not 5
    """

    answers: Mapping[str, int] = attrs.field(
        converter=_frozen_answers, validator=_valid_answers, hash=False, repr=_mapping_repr
    )
    profile: RespondentProfile | None = None
    service_id: str | None = None
    """The service the respondent used, if the survey covers several."""
    answered_on: dt.date | None = None

    def missing(self, questionnaire: QuestionnaireVersion) -> tuple[str, ...]:
        """The codes of ``questionnaire``'s elements this response does not answer, in its order.

        >>> from pelayanan.participation.surveys import QUESTIONNAIRES
        >>> skm = QUESTIONNAIRES["permenpan-rb-14-2017"]
        >>> SurveyResponse(dict.fromkeys(skm.codes[1:], 3)).missing(skm)
        ('requirements',)
        """
        return tuple(code for code in questionnaire.codes if code not in self.answers)

    def unknown(self, questionnaire: QuestionnaireVersion) -> tuple[str, ...]:
        """The codes this response answers that ``questionnaire`` does not have, sorted.

        Answers keyed by another version's elements (``service_charter`` in a 2017 survey) or by
        column names (``U1``) show a wrong version or a wrong column mapping.

        >>> from pelayanan.participation.surveys import QUESTIONNAIRES
        >>> skm = QUESTIONNAIRES["permenpan-rb-14-2017"]
        >>> SurveyResponse({"U1": 4, "requirements": 3}).unknown(skm)
        ('U1',)
        """
        codes = set(questionnaire.codes)
        return tuple(sorted(code for code in self.answers if code not in codes))

    def is_complete(self, questionnaire: QuestionnaireVersion) -> bool:
        """Whether the response answers every element of ``questionnaire`` and no other."""
        return set(self.answers) == set(questionnaire.codes)


# --- results ---------------------------------------------------------------------------------------


@attrs.frozen
class IkmResult:
    """*Indeks Kepuasan Masyarakat*: NRR per element, the index on 1–4 and on 25–100, and the grade.

    ``nrr`` and ``ikm`` are exact; ``index`` is the converted index after the one rounding step of
    the questionnaire's :class:`GradeTable`, and ``grade`` is graded from it.
    """

    questionnaire: QuestionnaireVersion
    respondents: int = attrs.field(validator=_non_negative)
    nrr: Mapping[str, Fraction] = attrs.field(
        converter=_frozen_fractions, hash=False, repr=_mapping_repr
    )
    """*Nilai rata-rata* per element code: the sum of its answers over the number of answers."""
    ikm: Fraction
    """Σ NRR × weight, on the 1–4 scale (*IKM unit pelayanan*, *nilai interval*)."""
    index: Decimal
    """IKM × 25, rounded (*IKM konversi*, *nilai interval konversi*), on 25–100."""
    grade: Grade

    @classmethod
    def from_nrr(
        cls,
        nrr: Mapping[str, Fraction],
        questionnaire: QuestionnaireVersion,
        *,
        respondents: int = 0,
    ) -> IkmResult:
        """The index from the NRR of every element (as a report lists them).

        Raises :class:`IndexNotComputableError` if an element lacks an NRR or one is unknown.
        """
        missing = [code for code in questionnaire.codes if code not in nrr]
        unknown = sorted(set(nrr) - set(questionnaire.codes))
        if missing or unknown:
            parts = []
            if missing:
                parts.append(f"no NRR for {', '.join(missing)}")
            if unknown:
                parts.append(f"{', '.join(unknown)} not in {questionnaire.instrument}")
            raise IndexNotComputableError("; ".join(parts))
        exact = {code: to_fraction(nrr[code]) for code in questionnaire.codes}
        ikm = sum((value * questionnaire.weight for value in exact.values()), Fraction(0))
        table = questionnaire.grade_table
        index = table.round(ikm * questionnaire.conversion)
        return cls(questionnaire, respondents, exact, ikm, index, table.classify(index))

    @property
    def weight(self) -> Fraction:
        """The weight of each element, 1/n."""
        return self.questionnaire.weight

    @property
    def exact_index(self) -> Fraction:
        """IKM × 25 before rounding."""
        return self.ikm * self.questionnaire.conversion

    @property
    def printed_index(self) -> Decimal | None:
        """The index with the weight the instrument prints, rounded as its table says.

        ``None`` where no printed weight is known (:attr:`QuestionnaireVersion.printed_weight`).
        For KEP/25/M.PAN/2/2004, every NRR 4 gives 4 × 0,071 × 14 × 25 = 99,40, where the exact
        1/14 gives 100,00; both follow the decree.
        """
        weight = self.questionnaire.printed_weight
        if weight is None:
            return None
        total = sum((value * Fraction(weight) for value in self.nrr.values()), Fraction(0))
        return self.questionnaire.grade_table.round(total * self.questionnaire.conversion)

    @property
    def label(self) -> Label:
        """The unit's performance for the grade: *Sangat Baik*, *Baik*, *Kurang Baik*, *Tidak Baik*."""
        return self.grade.label

    @property
    def band(self) -> GradeBand:
        """The row of the grade table the index falls in."""
        return self.questionnaire.grade_table.band_for(self.index)

    @property
    def unverified(self) -> tuple[Label, ...]:
        """Every UNVERIFIED figure behind this result, in words, for reports to show.

        >>> from pelayanan.participation.surveys import QUESTIONNAIRES
        >>> kep = QUESTIONNAIRES["kepmenpan-kep-25-m-pan-2-2004"]
        >>> result = IkmResult.from_nrr(dict.fromkeys(kep.codes, Fraction(4)), kep)
        >>> [label.en[:50] for label in result.unverified]
        ['Grade band A of KepMenPAN KEP/25/M.PAN/2/2004 (81.']
        """
        version = self.questionnaire
        instrument = version.instrument
        found: list[Label] = []
        if not version.formula_verified:
            found.append(
                Label(
                    f"Rumus indeks {instrument} (bobot, konversi) tidak terlihat dalam sumber "
                    "(BELUM TERVERIFIKASI); disimpulkan dari peraturan sebelum dan sesudahnya",
                    f"The index formula of {instrument} (weights, conversion) was not seen in a "
                    "source (UNVERIFIED); it is inferred from the instruments before and after it",
                )
            )
        band = self.band
        if not band.verified:
            found.append(
                Label(
                    f"Pita mutu {band.grade.value} {instrument} ({band.nik_low}–{band.nik_high}), "
                    "tempat indeks ini, tidak terlihat dalam sumber (BELUM TERVERIFIKASI)",
                    f"Grade band {band.grade.value} of {instrument} ({band.nik_low}–"
                    f"{band.nik_high}), the one this index falls in, was not seen in a source "
                    "(UNVERIFIED)",
                )
            )
        return tuple(found)

    def to_report(self, columns: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The result as a report: what ``pelayanan ikm --format json`` prints.

        ``nrr`` is keyed by column name (``U1`` to ``U9`` in the instrument's order unless
        ``columns`` maps other names to element codes); NRR and IKM are shown to the table's
        ``ni_places`` decimals, the index to its ``places``. Numbers are :class:`~decimal.Decimal`
        (write them with :meth:`to_json` to keep every digit); ``ikm_exact`` is the exact fraction.
        """
        table = self.questionnaire.grade_table
        names = dict(columns) if columns is not None else self.questionnaire.columns()
        return {
            "questionnaire": self.questionnaire.key,
            "instrument": str(self.questionnaire.instrument),
            "respondents": self.respondents,
            "elements": {
                name: {
                    "code": code,
                    "label": self.questionnaire.element(code).label.id,
                    "label_en": self.questionnaire.element(code).label.en,
                }
                for name, code in names.items()
            },
            "nrr": {
                name: round_fraction(self.nrr[code], table.ni_places, table.rounding)
                for name, code in names.items()
            },
            "weight": str(self.weight),
            "ikm": round_fraction(self.ikm, table.ni_places, table.rounding),
            "ikm_exact": str(self.ikm),
            "index": self.index,
            **(
                {
                    "printed_weight": self.questionnaire.printed_weight,
                    "printed_index": self.printed_index,
                }
                if self.questionnaire.printed_weight is not None
                else {}
            ),
            "grade": self.grade.value,
            "label": self.grade.label.id,
            "label_en": self.grade.label.en,
            "grade_verified": self.band.verified,
            "grade_table_verified": table.verified,
            "formula_verified": self.questionnaire.formula_verified,
            "unverified": [{"id": label.id, "en": label.en} for label in self.unverified],
        }

    def to_json(self, columns: Mapping[str, str] | None = None, *, indent: int | None = 2) -> str:
        """:meth:`to_report` as JSON text, numbers written with all their decimals (``100.00``)."""
        return dumps_with_decimals(self.to_report(columns), indent=indent)

    def __str__(self) -> str:
        return f"IKM {self.index} ({self.grade.value}, {self.grade.label.id})"


def compute_ikm(
    responses: Iterable[SurveyResponse], questionnaire: QuestionnaireVersion
) -> IkmResult:
    """The IKM of ``responses`` on ``questionnaire``, exactly (see the module docstring).

    The NRR of an element divides the sum of its answers by the number of respondents who answered
    it (*jumlah kuesioner yang terisi*). Raises :class:`IndexNotComputableError` when there are no
    responses, when nobody answered an element, or when responses answer elements the
    questionnaire does not have (a sign of the wrong version or a wrong column mapping).
    """
    responses = tuple(responses)
    if not responses:
        msg = "no responses: the index needs at least one respondent"
        raise IndexNotComputableError(msg)
    codes = questionnaire.codes
    totals = dict.fromkeys(codes, 0)
    counts = dict.fromkeys(codes, 0)
    unknown: set[str] = set()
    for response in responses:
        for code, answer in response.answers.items():
            if code in totals:
                totals[code] += answer
                counts[code] += 1
            else:
                unknown.add(code)
    if unknown:
        msg = (
            f"answers to {', '.join(sorted(unknown))}, which {questionnaire.instrument} does not "
            f"have (its elements are {', '.join(codes)})"
        )
        raise IndexNotComputableError(msg)
    unanswered = [code for code in codes if counts[code] == 0]
    if unanswered:
        msg = f"nobody answered {', '.join(unanswered)}"
        raise IndexNotComputableError(msg)
    nrr = {code: Fraction(totals[code], counts[code]) for code in codes}
    return IkmResult.from_nrr(nrr, questionnaire, respondents=len(responses))


def legacy_index(
    nrr: IkmResult | Mapping[str, Fraction],
    weight: Fraction | Decimal | str,
    *,
    conversion: int = 25,
    nrr_places: int | None = None,
    places: int = 2,
) -> Decimal:
    """The converted index as tools that weight by a rounded constant compute it.

    Σ (NRR × ``weight``) × ``conversion``, with each NRR first rounded half-up to ``nrr_places`` if
    given, and the total rounded half-up to ``places``. Use it to explain a published figure, never
    to grade: 0.111 for nine elements tops out at 99.90, not 100, and the 2004 weight 0.071 applied
    to nine elements at 63.90 (anchors.md §5.5).

    >>> every_nrr_4 = dict.fromkeys("abcdefghi", Fraction(4))
    >>> legacy_index(every_nrr_4, "0.111"), legacy_index(every_nrr_4, "0.071")
    (Decimal('99.90'), Decimal('63.90'))
    """
    values = nrr.nrr.values() if isinstance(nrr, IkmResult) else nrr.values()
    factor = to_fraction(weight)
    total = Fraction(0)
    for value in values:
        exact = to_fraction(value)
        if nrr_places is not None:
            exact = Fraction(round_fraction(exact, nrr_places))
        total += exact * factor
    return round_fraction(total * conversion, places)


def minimum_sample_size(population: int, rule: KrejcieMorgan | None = None) -> int:
    """The minimum number of respondents for ``population`` service users (Krejcie–Morgan).

    ``rule`` defaults to that of Permenpan RB 14/2017: the published table, read at the next row up
    (pass ``KrejcieMorgan(method=SampleSizeMethod.FORMULA)`` for the formula).

    >>> [minimum_sample_size(n) for n in (10, 100, 101, 1000, 100_000)]
    [10, 80, 86, 278, 384]
    """
    return (rule or KrejcieMorgan()).minimum(population)


# --- the survey document ---------------------------------------------------------------------------


@attrs.frozen
class FollowUpAction:
    """One action of the follow-up plan: what will be improved, by whom, by when, and whether done."""

    description: str
    elements: tuple[str, ...] = ()
    """Codes of the elements the action answers (usually those with the lowest NRR)."""
    responsible: str = ""
    due_on: dt.date | None = None
    status: FollowUpStatus = FollowUpStatus.PLANNED
    realised_on: dt.date | None = None
    evidence: DocumentRef | None = None
    note: str = ""

    @property
    def is_realised(self) -> bool:
        """Whether the action was carried out."""
        return self.status is FollowUpStatus.REALISED

    def is_realised_by(self, on: dt.date) -> bool:
        """Whether the action was carried out by ``on`` (a realisation without a date counts).

        The record is a snapshot of today; judged as of an earlier day, an action realised later
        was still open then.

        >>> action = FollowUpAction(
        ...     "ramp", status=FollowUpStatus.REALISED, realised_on=dt.date(2025, 2, 17)
        ... )
        >>> action.is_realised_by(dt.date(2025, 2, 16)), action.is_realised_by(dt.date(2025, 2, 17))
        (False, True)
        """
        return self.status is FollowUpStatus.REALISED and (
            self.realised_on is None or self.realised_on <= on
        )

    def is_overdue(self, on: dt.date) -> bool:
        """Whether the action was due before ``on`` and was not yet realised on ``on``.

        Cancelled actions are never overdue, nor is an action without a due date; one realised
        after ``on`` was overdue on ``on`` if its due date had passed.

        >>> action = FollowUpAction("ramp", due_on=dt.date(2025, 3, 31))
        >>> action.is_overdue(dt.date(2025, 3, 31)), action.is_overdue(dt.date(2025, 4, 1))
        (False, True)
        """
        return (
            self.due_on is not None
            and self.due_on < on
            and self.status is not FollowUpStatus.CANCELLED
            and not self.is_realised_by(on)
        )


@attrs.frozen
class FollowUpPlan:
    """*Rencana tindak lanjut* (RTL) of the survey results and how far it was realised.

    PEKPPP scores the realisation as "(realisasi rencana tindak lanjut : jumlah rencana tindak
    lanjut) x 100" (regulations.md §5.5, VERIFIED [secondary]); every action in the plan counts as
    planned, including cancelled ones.
    """

    actions: tuple[FollowUpAction, ...] = ()
    drawn_up_on: dt.date | None = None
    document: DocumentRef | None = None
    note: str = ""

    @property
    def planned(self) -> int:
        """*Jumlah rencana tindak lanjut*: every action in the plan."""
        return len(self.actions)

    @property
    def realised(self) -> int:
        """*Realisasi*: the actions carried out."""
        return sum(1 for action in self.actions if action.is_realised)

    def realised_by(self, on: dt.date) -> int:
        """The actions carried out by ``on`` (see :meth:`FollowUpAction.is_realised_by`)."""
        return sum(1 for action in self.actions if action.is_realised_by(on))

    def realisation_percentage(
        self, places: int = 2, *, on: dt.date | None = None
    ) -> Decimal | None:
        """Realised / planned × 100, rounded half-up to ``places`` decimals; ``None`` if no plan.

        With ``on``, only the actions realised by that day count (:meth:`realised_by`).

        >>> plan = FollowUpPlan((
        ...     FollowUpAction("a", status=FollowUpStatus.REALISED),
        ...     FollowUpAction("b", status=FollowUpStatus.REALISED),
        ...     FollowUpAction("c"),
        ... ))
        >>> plan.realisation_percentage()  # 2 / 3 × 100 = 66.666…
        Decimal('66.67')
        """
        if not self.actions:
            return None
        realised = self.realised if on is None else self.realised_by(on)
        return round_fraction(Fraction(realised * 100, self.planned), places)

    def overdue(self, on: dt.date) -> tuple[FollowUpAction, ...]:
        """The actions that are overdue on ``on`` (see :meth:`FollowUpAction.is_overdue`)."""
        return tuple(action for action in self.actions if action.is_overdue(on))


@attrs.frozen
class SatisfactionSurvey:
    """*Survei Kepuasan Masyarakat* of a unit: a JSON document of kind ``satisfaction_survey``.

    Holds what the rules need: the period, the questionnaire (by key; chosen by the start date when
    not given), the responses, the population the sample is drawn from, where the results were
    published, and the follow-up plan.
    """

    id: str = attrs.field(validator=non_empty)
    unit_id: str = attrs.field(validator=non_empty)
    period_start: dt.date
    period_end: dt.date
    provider_id: str | None = None
    service_ids: tuple[str, ...] = ()
    """The services covered; empty means every service of the unit."""
    title: str = ""
    questionnaire: QuestionnaireVersion | None = None
    """The instrument's questionnaire; ``None`` means the one in force on ``period_start``."""
    frequency: SurveyFrequency | None = None
    """How often the unit runs the survey (its own plan)."""
    population: int | None = attrs.field(default=None, validator=optional(_non_negative))
    """Service users in the period, from which the minimum sample is computed."""
    responses: tuple[SurveyResponse, ...] = ()
    reported_index: Decimal | None = None
    """The index the unit published, if any, to compare with the computed one."""
    report: DocumentRef | None = None
    publications: tuple[Publication, ...] = ()
    follow_up: FollowUpPlan | None = None
    notes: str = ""

    def questionnaire_version(
        self,
        *,
        catalogue: Catalogue = CATALOGUE,
        questionnaires: Mapping[str, QuestionnaireVersion] | None = None,
    ) -> QuestionnaireVersion:
        """The questionnaire given, or the one in force on the first day of the period."""
        if self.questionnaire is not None:
            return self.questionnaire
        return questionnaire_for(
            self.period_start, catalogue=catalogue, questionnaires=questionnaires
        )

    def result(
        self,
        questionnaire: QuestionnaireVersion | None = None,
        *,
        catalogue: Catalogue = CATALOGUE,
        questionnaires: Mapping[str, QuestionnaireVersion] | None = None,
    ) -> IkmResult:
        """The IKM of the responses (see :func:`compute_ikm`).

        Uses ``questionnaire`` if given, else :meth:`questionnaire_version` with ``catalogue`` and
        ``questionnaires``.
        """
        version = questionnaire or self.questionnaire_version(
            catalogue=catalogue, questionnaires=questionnaires
        )
        return compute_ikm(self.responses, version)

    def required_sample_size(
        self,
        *,
        catalogue: Catalogue = CATALOGUE,
        questionnaires: Mapping[str, QuestionnaireVersion] | None = None,
    ) -> int | None:
        """The minimum number of respondents for :attr:`population`, if both are known."""
        version = self.questionnaire_version(catalogue=catalogue, questionnaires=questionnaires)
        if self.population is None or version.sample_size is None:
            return None
        return version.sample_size.minimum(self.population)

    def complete_responses(
        self,
        *,
        catalogue: Catalogue = CATALOGUE,
        questionnaires: Mapping[str, QuestionnaireVersion] | None = None,
    ) -> tuple[SurveyResponse, ...]:
        """The responses that answer every element of :meth:`questionnaire_version` and no other.

        These are the valid respondents the sample size is compared with: a questionnaire that
        skips an element, or answers one the version lacks, is not a complete one.
        """
        version = self.questionnaire_version(catalogue=catalogue, questionnaires=questionnaires)
        return tuple(response for response in self.responses if response.is_complete(version))

    def years(self) -> tuple[int, ...]:
        """The calendar years the survey period touches."""
        first, last = sorted((self.period_start.year, self.period_end.year))
        return tuple(range(first, last + 1))


def missing_survey_years(
    surveys: Iterable[SatisfactionSurvey], years: Iterable[int]
) -> tuple[int, ...]:
    """The ``years`` in which none of ``surveys`` took place (the yearly minimum of Pasal 1).

    A survey counts for every calendar year its period touches.

    >>> s = SatisfactionSurvey("skm-2023", "u", dt.date(2023, 7, 1), dt.date(2023, 9, 30))
    >>> missing_survey_years([s], range(2022, 2025))
    (2022, 2024)
    """
    covered = {year for survey in surveys for year in survey.years()}
    return tuple(year for year in years if year not in covered)


def questionnaire_for(
    on: dt.date,
    *,
    catalogue: Catalogue = CATALOGUE,
    questionnaires: Mapping[str, QuestionnaireVersion] | None = None,
) -> QuestionnaireVersion:
    """The questionnaire of the instrument governing satisfaction surveys on ``on``.

    Raises :class:`~pelayanan.law.NoInstrumentInForceError` before the first instrument and
    :class:`UnknownQuestionnaireError` if the instrument in force has no version in
    ``questionnaires`` (default :data:`QUESTIONNAIRES`).

    >>> questionnaire_for(dt.date(2010, 1, 1)).key
    'kepmenpan-kep-25-m-pan-2-2004'
    """
    if questionnaires is None:
        from ._questionnaires import QUESTIONNAIRES  # noqa: PLC0415  (the data needs these classes)

        questionnaires = QUESTIONNAIRES
    versions = questionnaires
    instrument = catalogue.in_force_for(Topic.SATISFACTION_SURVEY, on)
    try:
        return versions[instrument.key]
    except KeyError:
        msg = f"no questionnaire version is defined for {instrument} ({instrument.key!r})"
        raise UnknownQuestionnaireError(msg) from None
