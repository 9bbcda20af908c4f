"""*Survei Kepuasan Masyarakat* (SKM) and its index, the IKM (Permenpan RB 14/2017 and predecessors).

Every provider must survey public satisfaction "secara berkala minimal 1 (satu) kali setahun"
(Permenpan RB 14/2017 Pasal 1 ayat (1)). Respondents rate each element (*unsur*) of the service on a
scale of 1 to 4; the survey yields an index on 1–4 (*IKM*), its conversion to 25–100 (*IKM
konversi*, the value units publish) and a grade (*mutu*) from A to D.

The instrument is chosen by date: KepMenPAN KEP/25/M.PAN/2/2004 (14 elements), then Permenpan RB
16/2014 (9 elements, with *maklumat pelayanan*), then Permenpan RB 14/2017 (9 elements, with *sarana
dan prasarana*). Each is a :class:`QuestionnaireVersion` in :data:`QUESTIONNAIRES`: its elements,
its grade table with every row marked verified or not, and its sample-size rule.

>>> import datetime as dt
>>> from fractions import Fraction
>>> skm = questionnaire_for(dt.date(2024, 6, 1))
>>> str(skm.instrument), len(skm.elements), skm.weight
('Permenpan RB 14/2017', 9, Fraction(1, 9))

The arithmetic is exact (``Fraction``) until one documented rounding step:

1. NRR per element = sum of its answers / number of answers to it;
2. IKM = Σ NRR × 1/n, where n is the number of elements (exactly 1/9, not 0.111);
3. index = IKM × 25, **rounded half-up to 2 decimals** (the one rounding step);
4. grade from the rounded index by the lower bounds of the table: ≥ 88.31 A, ≥ 76.61 B,
   ≥ 65.00 C, else D.

The printed table has gaps (64.99 | 65.00, 76.60 | 76.61, 88.30 | 88.31, and on the 1–4 scale
2.5996 | 2.60 and so on); rounding the index to the table's two decimals first closes them, so that
every index has exactly one grade. This is a design decision recorded in regulations.md §5.3, not
a rule printed in the regulation; the places and the rounding mode are fields of
:class:`GradeTable`, so a different reading can be configured.

>>> every_answer_4 = [SurveyResponse({e.code: 4 for e in skm.elements})] * 3
>>> result = compute_ikm(every_answer_4, skm)
>>> result.ikm, result.index, result.grade.value, str(result.grade.label)
(Fraction(4, 1), Decimal('100.00'), 'A', 'Sangat Baik')
>>> nrr = dict(zip(skm.codes, ["3.52", "3.40", "3.10", "3.95", "3.20", "3.30", "3.45", "3.00", "3.15"]))
>>> result = IkmResult.from_nrr({code: Fraction(v) for code, v in nrr.items()}, skm)
>>> result.index, result.grade.value  # 30.07 / 9 × 25 = 83.5277… → 83.53
(Decimal('83.53'), 'B')

Many published reports weight each element by 0.111 (or 0.071, the 2004 weight for 14 elements);
:func:`legacy_index` reproduces those figures to explain a difference:

>>> legacy_index(result, "0.111")  # 30.07 × 0.111 × 25 = 83.44425
Decimal('83.44')

The minimum number of respondents follows Krejcie and Morgan's (1970) published table, read at the
next row up (101 users take the row of 110):

>>> minimum_sample_size(100), minimum_sample_size(101), minimum_sample_size(1000)
(80, 86, 278)
>>> minimum_sample_size(10_000), minimum_sample_size(100_000)
(370, 384)
"""

from __future__ import annotations

from .._base.exports import adopt
from ._questionnaires import QUESTIONNAIRES
from ._survey_csv import AnswerTally, RowProblem, SurveyCsv, read_survey_csv, scan_survey_csv
from ._survey_model import (
    ANSWER_SCALE,
    KREJCIE_MORGAN_TABLE,
    AgeBand,
    Education,
    ElementOrder,
    FollowUpAction,
    FollowUpPlan,
    FollowUpStatus,
    Gender,
    Grade,
    GradeBand,
    GradeTable,
    IkmResult,
    IndexNotComputableError,
    KrejcieMorgan,
    Occupation,
    QuestionnaireVersion,
    RespondentProfile,
    SampleSizeMethod,
    SatisfactionSurvey,
    SurveyCsvError,
    SurveyElement,
    SurveyFrequency,
    SurveyResponse,
    UnknownQuestionnaireError,
    compute_ikm,
    legacy_index,
    minimum_sample_size,
    missing_survey_years,
    questionnaire_for,
)

__all__ = [
    "ANSWER_SCALE",
    "KREJCIE_MORGAN_TABLE",
    "QUESTIONNAIRES",
    "AgeBand",
    "AnswerTally",
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
    "RowProblem",
    "SampleSizeMethod",
    "SatisfactionSurvey",
    "SurveyCsv",
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
    "read_survey_csv",
    "scan_survey_csv",
]

adopt(globals(), __all__)
