"""Rules for satisfaction surveys (*Survei Kepuasan Masyarakat*, Permenpan RB 14/2017 and before).

Codes (regulations.md §11):

* SK001 (R29) a survey every calendar year; SK002 the unit's own declared frequency;
* SK003–SK005 (R30) the questionnaire of the instrument in force, every element answered;
* SK006 (R31) the Krejcie–Morgan minimum sample;
* SK007 (R32) a reported index that no reading of the regulation's formula gives, explained; SK014
  a reported index that differs only by rounding (a warning that shows both computations);
* SK008–SK011 (R33) publication, the follow-up plan and its overdue actions (PEKPPP);
* SK012, SK013 the survey period itself: in order, and not after the date of the check.

A survey is judged by the questionnaire it used, or else by the one in force on the first day of its
period (:meth:`~pelayanan.SatisfactionSurvey.questionnaire_version`): a 2016 survey checked in 2024
is held to Permenpan RB 16/2014, and the message names that instrument. The rule versions themselves
are chosen by the date of the check, as every rule is. The questionnaire versions (elements, grade
table, rounding, sample-size rule, minimum frequency) come from
``ValidationConfig.survey_questionnaires``, by default :data:`~pelayanan.participation.surveys.QUESTIONNAIRES`.
"""

from __future__ import annotations

import datetime as dt
import decimal
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from ..._base.labels import Label
from ..._base.numbers import round_fraction
from ...law import CATALOGUE, Citation, Topic
from ...participation.surveys import (
    QUESTIONNAIRES,
    IkmResult,
    QuestionnaireVersion,
    SatisfactionSurvey,
    compute_ikm,
    legacy_index,
    missing_survey_years,
    questionnaire_for,
)
from .._engine import Check, Context, Issue, Registry, Rule, Severity
from ._common import by_instrument_versions, cite, open_status, pekppp_versions, single_medium

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_SURVEY = ("satisfaction_survey",)
_IKM_2004 = "kepmenpan-kep-25-m-pan-2-2004"
_SKM_2014 = "permenpan-rb-16-2014"
_SKM_2017 = "permenpan-rb-14-2017"
_SKM_CHAIN = tuple(i.key for i in CATALOGUE.chain(Topic.SATISFACTION_SURVEY))
"""The instruments that define the survey, each replacing the one before (regulations.md §0.1),
from the catalogue's replacement links."""


def _per_instrument(
    registry: Registry,
    code: str,
    bases: Mapping[str, Sequence[Citation]],
    **kwargs: Any,  # noqa: ANN401  (passed on to rule())
) -> Callable[[Check[Any]], list[Rule[Any]]]:
    """Register one rule version per instrument key in ``bases`` (oldest first), each with its own citations.

    Like :func:`~._common.by_instrument_versions`, but the versions cite different parts of their
    instruments (14/2017 Pasal 1 ayat (1); 16/2014 without a known article).
    """
    keys = list(bases)

    def decorate(check: Check[Any]) -> list[Rule[Any]]:
        return [
            registry.rule(
                code,
                basis=tuple(bases[key]),
                in_force_from=CATALOGUE[key].starts,
                in_force_until=CATALOGUE[keys[n + 1]].starts if n + 1 < len(keys) else None,
                **kwargs,
            )(check)
            for n, key in enumerate(keys)
        ]

    return decorate


# --- helpers ---------------------------------------------------------------------------------------


def _questionnaires(context: Context) -> Mapping[str, QuestionnaireVersion]:
    configured = context.config.survey_questionnaires
    return QUESTIONNAIRES if configured is None else configured


def _in_force(on: dt.date, context: Context) -> QuestionnaireVersion | None:
    """The questionnaire of the instrument in force on ``on``, if one is and has a version."""
    try:
        return questionnaire_for(on, questionnaires=_questionnaires(context))
    except LookupError:  # before 2004, two instruments at once, or no version for the instrument
        return None


def _version(survey: SatisfactionSurvey, context: Context) -> QuestionnaireVersion | None:
    """The questionnaire the survey is judged by: its own (as configured), or the one in force."""
    given = survey.questionnaire
    if given is None:
        return _in_force(survey.period_start, context)
    configured = context.config.survey_questionnaires
    if configured is not None and given.key in configured:
        return configured[given.key]
    return given


def _number(value: Decimal) -> Label:
    """A decimal as Indonesian (decimal comma) and English (decimal point) write it."""
    text = str(value)
    return Label(text.replace(".", ","), text)


def _lower(label: Label) -> Label:
    return Label(label.id.lower(), label.en.lower())


def _unit_name(unit_id: str, context: Context) -> str:
    index = context.index
    found = index.units.get(unit_id) if index is not None else None
    return (found[1].name or unit_id) if found is not None else unit_id


def _unit_surveys(survey: SatisfactionSurvey, context: Context) -> list[SatisfactionSurvey]:
    """The surveys of the run held by the survey's unit (itself included)."""
    index = context.index
    if index is None:
        return []
    return [s for s in index.of_kind("satisfaction_survey") if s.unit_id == survey.unit_id]


def _last_day(survey: SatisfactionSurvey) -> dt.date:
    return max(survey.period_start, survey.period_end)


def _records_results(survey: SatisfactionSurvey) -> bool:
    return bool(
        survey.responses
        or survey.reported_index is not None
        or survey.publications
        or survey.follow_up is not None
    )


# --- R29: at least once a year ---------------------------------------------------------------------


def _yearly_minimum(year: int, context: Context) -> QuestionnaireVersion | None:
    """The version in force on 1 January of ``year``, if it asks for a survey at least yearly.

    A year counts only when such an instrument governed all of it: 2014, half under KEP/25/2004
    (no known frequency) and half under 16/2014, is not asked for.
    """
    version = _in_force(dt.date(year, 1, 1), context)
    if version is None or version.minimum_frequency is None:
        return None
    return version


@_per_instrument(
    RULES,
    "SK001",
    {
        _SKM_2014: (cite(_SKM_2014),),
        _SKM_2017: (cite(_SKM_2017, article="1", paragraph="1"),),
    },
    kinds=_SURVEY,
    severity=Severity.ERROR,
    title=("SKM dilaksanakan setiap tahun", "A survey is held every year"),
    message=(
        (
            "Unit {unit} tidak melaksanakan SKM pada tahun {year}; {instrument} mewajibkan SKM "
            "secara berkala minimal 1 (satu) kali setahun."
        ),
        (
            "Unit {unit} held no satisfaction survey in {year}; {instrument} requires one at "
            "least once a year."
        ),
    ),
    hint=(
        (
            "Laksanakan SKM setiap tahun, atau sertakan SKM tahun itu dalam data yang diperiksa "
            "bila sudah dilaksanakan."
        ),
        "Hold the survey every year, or include that year's survey in the data checked if held.",
    ),
    cross_document=True,
    note=(
        "14/2017 Pasal 1 ayat (1): 'wajib melakukan Survei Kepuasan Masyarakat secara berkala "
        "minimal 1 (satu) kali setahun', VERIFIED [primary-copy] (facts.md §4). 16/2014: "
        "'periodik (triwulan, semesteran, minimal 1 tahun sekali)', VERIFIED [secondary] "
        "(regulations.md §5.5); its article is not known. No frequency is known for KEP/25/2004, "
        "so years that began under it are not asked for. Checked over the unit's surveys given in "
        "the same run, from the year of its first survey to the last full year before the check."
    ),
)
def held_every_year(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK001 (regulations.md R29).

    Each missing year is reported once, on the unit's latest survey that ended before that year.
    """
    surveys = _unit_surveys(survey, context)
    if not surveys:
        return
    first = min(year for s in surveys for year in s.years())
    for year in missing_survey_years(surveys, range(first, context.as_of.year)):
        version = _yearly_minimum(year, context)
        if version is None:
            continue
        before = [s for s in surveys if max(s.years()) < year]
        latest = max(before, key=lambda s: (_last_day(s), s.period_start, s.id))
        if latest is survey:
            yield Issue(
                (),
                unit=_unit_name(survey.unit_id, context),
                year=year,
                instrument=str(version.instrument),
            )


def _cycle(day: dt.date, months: int) -> int:
    """The number of the survey cycle (calendar quarter, half-year or year) ``day`` falls in."""
    return (day.year * 12 + day.month - 1) // months


@by_instrument_versions(
    RULES,
    "SK002",
    _SKM_CHAIN[_SKM_CHAIN.index(_SKM_2014) :],
    kinds=_SURVEY,
    severity=Severity.WARNING,
    title=(
        "SKM berikutnya sesuai frekuensi yang dinyatakan",
        "The next survey follows the declared frequency",
    ),
    message=(
        (
            "SKM ini menyatakan frekuensi {frequency}, tetapi SKM berikutnya unit ini ({next}) baru "
            "dimulai {start}: {skipped} periode tanpa survei."
        ),
        (
            "This survey declares a {frequency} schedule, but the unit's next survey ({next}) only "
            "starts on {start}: {skipped} period(s) without a survey."
        ),
    ),
    hint=(
        "Laksanakan SKM sesuai frekuensi yang ditetapkan unit, atau perbaiki frekuensinya.",
        "Survey as often as the unit has declared, or correct the declared frequency.",
    ),
    cross_document=True,
    verified=False,
    note=(
        "'Survei dapat dilakukan setiap 3 bulanan (triwulan), 6 bulanan (Semester) atau 1 (satu) "
        "tahun' is quoted from the pedoman in an SKM report (regulations.md §5.5, VERIFIED "
        "[secondary]); where the instrument says it was not seen. Compared only with the unit's "
        "surveys given in the same run."
    ),
)
def next_survey_follows_frequency(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK002 (regulations.md R29, frequency): the next survey starts in the next cycle at the latest.

    Cycles are calendar quarters, half-years or years; a survey covers the cycles from its start to
    its end, and the next one must start no later than the cycle after.
    """
    frequency = survey.frequency
    if frequency is None:
        return
    later = [s for s in _unit_surveys(survey, context) if s.period_start > survey.period_start]
    if not later:
        return
    following = min(later, key=lambda s: (s.period_start, s.id))
    months = frequency.months
    skipped = _cycle(following.period_start, months) - _cycle(_last_day(survey), months) - 1
    if skipped > 0:
        yield Issue(
            ("frequency",),
            frequency=_lower(frequency.label),
            next=following.id,
            start=following.period_start,
            skipped=skipped,
        )


# --- R30: the questionnaire ------------------------------------------------------------------------

_ELEMENTS_NOTE = (
    "Elements VERIFIED [secondary]: 14/2017 regulations.md §5.1 and facts.md §4.1; 16/2014 "
    "facts.md §4.2; KEP/25/2004 facts.md §4.3. The dates of 16/2014 and 14/2017 are UNVERIFIED, "
    "so near 2017-06-28 the version in force rests on them."
)


@by_instrument_versions(
    RULES,
    "SK003",
    _SKM_CHAIN,
    kinds=_SURVEY,
    severity=Severity.ERROR,
    title=(
        "Kuesioner sesuai peraturan yang berlaku",
        "The questionnaire is that of the regulation in force",
    ),
    message=(
        (
            "SKM yang dimulai {start} memakai kuesioner {given}, padahal yang berlaku saat itu "
            "{expected}."
        ),
        "The survey starting on {start} uses the {given} questionnaire; {expected} was in force.",
    ),
    hint=(
        "Gunakan unsur pelayanan dari peraturan yang berlaku pada awal periode survei.",
        "Use the elements of the regulation in force when the survey period began.",
    ),
    note=_ELEMENTS_NOTE,
)
def questionnaire_in_force(survey: SatisfactionSurvey, _: Context) -> Iterator[Issue]:
    """SK003 (regulations.md R30): a declared questionnaire of another instrument."""
    given = survey.questionnaire
    if given is None:
        return
    try:
        expected = CATALOGUE.in_force_for(Topic.SATISFACTION_SURVEY, survey.period_start)
    except LookupError:  # before 2004, or two instruments at once: nothing to compare with
        return
    if given.key != expected.key:
        yield Issue(
            ("questionnaire",),
            start=survey.period_start,
            given=str(given.instrument),
            expected=str(expected),
        )


def _labels(version: QuestionnaireVersion, codes: Sequence[str]) -> tuple[Label, ...]:
    return tuple(version.element(code).label for code in codes)


@by_instrument_versions(
    RULES,
    "SK004",
    _SKM_CHAIN,
    kinds=_SURVEY,
    severity=Severity.WARNING,
    title=(
        "Setiap responden menjawab semua unsur",
        "Every response answers every element",
    ),
    message=(
        "Responden ke-{number} tidak menjawab unsur: {elements}.",
        "Response {number} does not answer: {elements}.",
    ),
    variants={
        "unknown": (
            "Responden ke-{number} menjawab unsur yang tidak ada dalam {instrument}: {codes}.",
            "Response {number} answers elements that {instrument} does not have: {codes}.",
        ),
    },
    hint=(
        (
            "Periksa pemetaan kolom (U1–U9) ke unsur dan versi kuesioner; kuesioner yang tidak "
            "lengkap tidak dihitung sebagai responden sah."
        ),
        (
            "Check how columns (U1–U9) map to elements and the questionnaire version; an "
            "incomplete questionnaire is not a valid respondent."
        ),
    ),
    note=_ELEMENTS_NOTE
    + " An incomplete questionnaire is not counted (it is no valid respondent); nothing forbids "
    "receiving one: a warning.",
)
def responses_answer_every_element(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK004 (regulations.md R30): answers to every element of the version, and to no other.

    Answers off the 1–4 scale never load; what loaded data can still get wrong is a skipped element
    or answers keyed by another version's elements or by column names.
    """
    version = _version(survey, context)
    if version is None:
        return
    for position, response in enumerate(survey.responses):
        path = ("responses", position, "answers")
        missing = response.missing(version)
        if missing:
            yield Issue(path, number=position + 1, elements=_labels(version, missing))
        unknown = response.unknown(version)
        if unknown:
            yield Issue(
                path,
                "unknown",
                number=position + 1,
                instrument=str(version.instrument),
                codes=unknown,
            )


@by_instrument_versions(
    RULES,
    "SK005",
    _SKM_CHAIN,
    kinds=_SURVEY,
    severity=Severity.ERROR,
    title=("Setiap unsur dijawab", "Every element is answered"),
    message=(
        "Tidak ada responden yang menjawab unsur {elements}; IKM tidak dapat dihitung.",
        "No respondent answered {elements}; the index cannot be computed.",
    ),
    hint=(
        "Kuesioner harus memuat semua unsur peraturan yang berlaku.",
        "The questionnaire must cover every element of the regulation in force.",
    ),
    note=_ELEMENTS_NOTE,
)
def every_element_answered(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK005 (regulations.md R30): an element no respondent answered leaves the NRR undefined."""
    version = _version(survey, context)
    if version is None or not survey.responses:
        return
    answered = {code for response in survey.responses for code in response.answers}
    unanswered = [code for code in version.codes if code not in answered]
    if unanswered:
        yield Issue(("responses",), elements=_labels(version, unanswered))


# --- R31: the sample -------------------------------------------------------------------------------


@RULES.rule(
    "SK006",
    kinds=_SURVEY,
    severity=Severity.WARNING,
    title=("Jumlah responden memenuhi sampel minimum", "Enough respondents for the sample"),
    message=(
        (
            "Dari {total} responden, {valid} mengisi kuesioner dengan lengkap; kurang dari sampel "
            "minimum {minimum} untuk populasi {population} (Krejcie–Morgan)."
        ),
        (
            "Of {total} responses, {valid} are complete: fewer than the minimum sample of {minimum} "
            "for a population of {population} (Krejcie–Morgan)."
        ),
    ),
    hint=(
        (
            "Tambah responden sampai sampel minimum, atau periksa jumlah populasi (penerima "
            "layanan dalam periode survei)."
        ),
        (
            "Survey more respondents up to the minimum sample, or check the population (service "
            "users in the survey period)."
        ),
    ),
    basis=(cite(_SKM_2017, annex=""),),
    verified=False,
    note=(
        "That 14/2017 sizes the sample by the Krejcie–Morgan table is VERIFIED [secondary] "
        "(regulations.md §5.4); whether its Lampiran prints every row of the table is "
        "UNVERIFIED. The published table is read at the next row up (101 users take the row of "
        "110: 86 respondents), as KrejcieMorgan does by default; its method=FORMULA reading is "
        "not the table. Only versions with a sample-size rule are checked (none before 14/2017 is "
        "known)."
    ),
)
def enough_respondents(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK006 (regulations.md R31): complete responses against S(N) for the declared population."""
    version = _version(survey, context)
    if (
        version is None
        or version.sample_size is None
        or survey.population is None
        or not survey.responses
    ):
        return
    minimum = version.sample_size.minimum(survey.population)
    valid = sum(1 for response in survey.responses if response.is_complete(version))
    if valid < minimum:
        yield Issue(
            ("responses",),
            total=len(survey.responses),
            valid=valid,
            minimum=minimum,
            population=survey.population,
        )


# --- R32: the reported index -----------------------------------------------------------------------

_ROUNDING = {
    decimal.ROUND_HALF_UP: Label("dibulatkan setengah ke atas", "rounded half up"),
    decimal.ROUND_HALF_EVEN: Label("dibulatkan setengah ke genap", "rounded half to even"),
    decimal.ROUND_DOWN: Label("dipotong", "cut off"),
}


def _rounding_name(mode: str) -> Label:
    """How the messages name a :mod:`decimal` rounding mode."""
    return _ROUNDING.get(mode, Label(mode, mode))


_WEIGHT_2004 = Decimal("0.071")
"""KEP/25/M.PAN/2/2004's printed weight ("1/14 = 0,071"), which calculators also apply to other
element counts."""


def _places(value: Decimal) -> int:
    """How many decimals ``value`` is written with, trailing zeros aside (``81.40`` has 1)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _joined(parts: Sequence[Label], id_word: str, en_word: str) -> Label:
    return Label(
        f"{id_word} ".join(p.id for p in parts),
        f"{en_word} ".join(p.en for p in parts),
    )


@attrs.frozen
class _Step:
    """One way a hand-made calculation departs from the instrument's formula."""

    label: Label
    rounding: bool
    """Whether the step only rounds (a rounded weight, rounded NRRs, fewer decimals, a cut-off)."""


def _weights(result: IkmResult) -> list[tuple[Fraction | Decimal, _Step | None]]:
    """The instrument's weights (exact 1/n, and the printed one), then the constants calculators use.

    A weight rounded from 1/n (0.111, 0.11 for nine elements) only rounds; the 2004 constant 0.071
    applied to another number of elements is a different weight.
    """
    version = result.questionnaire
    n = len(version.elements)
    exact = result.weight
    weights: list[tuple[Fraction | Decimal, _Step | None]] = [(exact, None)]
    seen = {exact}
    if version.printed_weight is not None:
        weights.append((version.printed_weight, None))
        seen.add(Fraction(version.printed_weight))
    for digits in (3, 2):
        rounded = round_fraction(exact, digits)
        if Fraction(rounded) not in seen:
            seen.add(Fraction(rounded))
            text = str(rounded)
            label = Label(
                f"bobot {text.replace('.', ',')} per unsur, bukan 1/{n}",
                f"the {text} weight, not 1/{n}",
            )
            weights.append((rounded, _Step(label, rounding=True)))
    if Fraction(_WEIGHT_2004) not in seen:
        label = Label(
            f"bobot 0,071 (1/14 dari KepMenPAN KEP/25/M.PAN/2/2004), bukan 1/{n}",
            f"the 0.071 weight of KepMenPAN KEP/25/M.PAN/2/2004 (1/14), not 1/{n}",
        )
        weights.append((_WEIGHT_2004, _Step(label, rounding=False)))
    return weights


def _candidates(result: IkmResult, reported: Decimal, places: int) -> list[tuple[int, _Step]]:
    """The known departures from the formula that give ``reported``, with how many steps each.

    Each candidate changes one or more steps: a rounded weight (0.111, 0.11) or the 2004 weight
    0.071 used for another element count, NRRs rounded to 2 decimals before weighting, a ×20
    conversion; or the index cut off instead of rounded, left on the 1–4 scale, or rounded to fewer
    decimals (anchors.md §5.5).
    """
    version = result.questionnaire
    table = version.grade_table
    precision = max(places, table.places)
    found: list[tuple[int, _Step]] = []
    nrr_steps: list[tuple[int | None, _Step | None]] = [(None, None)]
    if any(Fraction(round_fraction(value, 2)) != value for value in result.nrr.values()):
        label = Label(
            "NRR dibulatkan ke 2 desimal sebelum dibobot", "NRRs rounded to 2 decimals first"
        )
        nrr_steps.append((2, _Step(label, rounding=True)))
    conversions: list[tuple[int, _Step | None]] = [(version.conversion, None)]
    if version.conversion != 20:
        label = Label(
            f"konversi ×20, bukan ×{version.conversion}",
            f"a ×20 conversion, not ×{version.conversion}",
        )
        conversions.append((20, _Step(label, rounding=False)))
    for (weight, w), (nrr_places, r), (conversion, c) in itertools.product(
        _weights(result), nrr_steps, conversions
    ):
        steps = [step for step in (w, r, c) if step is not None]
        if steps and reported == legacy_index(
            result, weight, conversion=conversion, nrr_places=nrr_places, places=precision
        ):
            joined = _joined([s.label for s in steps], ", dan", ", and")
            found.append((len(steps), _Step(joined, all(s.rounding for s in steps))))
    exact = result.exact_index
    if table.rounding != decimal.ROUND_HALF_UP and reported == round_fraction(exact, precision):
        label = Label(
            f"indeks yang dibulatkan setengah ke atas, bukan {_rounding_name(table.rounding).id}",
            f"the index rounded half up, not {_rounding_name(table.rounding).en}",
        )
        found.append((1, _Step(label, rounding=True)))
    if table.rounding != decimal.ROUND_DOWN and reported == round_fraction(
        exact, precision, decimal.ROUND_DOWN
    ):
        label = Label(
            f"indeks yang dipotong ke {precision} desimal, bukan dibulatkan",
            f"the index cut off at {precision} decimals, not rounded",
        )
        found.append((1, _Step(label, rounding=True)))
    if reported == round_fraction(result.ikm, precision, table.rounding):
        label = Label(
            f"IKM pada skala 1–4, sebelum dikali {version.conversion}",
            f"the index on the 1–4 scale, before ×{version.conversion}",
        )
        found.append((1, _Step(label, rounding=False)))
    if places < table.places and reported == round_fraction(exact, places, table.rounding):
        label = Label(
            f"indeks yang dibulatkan ke {places} desimal, bukan {table.places}",
            f"the index rounded to {places} decimal{'s' if places != 1 else ''}, not "
            f"{table.places}",
        )
        found.append((1, _Step(label, rounding=True)))
    return found


def _fewest(candidates: Sequence[tuple[int, _Step]]) -> Label | None:
    """The candidates that change the fewest steps, joined with "or"."""
    if not candidates:
        return None
    fewest = min(count for count, _ in candidates)
    labels = list(dict.fromkeys(step.label for count, step in candidates if count == fewest))
    return _joined(labels, " atau", " or")


def _weight_text(version: QuestionnaireVersion) -> Label:
    """The instrument's weight as the messages name it: ``1/9``, or ``1/14 (0,071 as printed)``."""
    n = len(version.elements)
    printed = version.printed_weight
    if printed is None:
        return Label(f"1/{n}", f"1/{n}")
    return Label(
        f"1/{n} atau {str(printed).replace('.', ',')} seperti tercetak",
        f"1/{n} or {printed} as printed",
    )


def _computed(result: IkmResult) -> Label:
    """The index by the formula, and by the printed weight too where that differs."""
    exact = _number(result.index)
    printed = result.printed_index
    if printed is None or printed == result.index:
        return exact
    shown = _number(printed)
    return Label(
        f"{exact.id} (dengan bobot tercetak: {shown.id})",
        f"{exact.en} ({shown.en} with the printed weight)",
    )


@attrs.frozen
class _Verdict:
    """How a reported index compares with the formula: ``rounding`` only, or otherwise."""

    rounding: bool
    explanation: Label | None
    params: Mapping[str, object]


def _verdict(survey: SatisfactionSurvey, context: Context) -> _Verdict | None:
    """``None`` when the reported index follows the instrument (or cannot be compared).

    A report with more decimals than the table's is judged at the table's precision first
    (``91.6666`` is 91.67); one with fewer must still equal the rounded index (``81.4`` for 81.44
    does not). The instrument's own readings are the exact weight and, where the instrument prints
    one, its printed weight (KEP/25/2004: 0,071).
    """
    reported = survey.reported_index
    version = _version(survey, context)
    if reported is None or version is None or not version.elements or not survey.responses:
        return None
    try:
        result = compute_ikm(survey.responses, version)
    except ValueError:  # IndexNotComputableError (SK004, SK005 say why), or a made-up table
        return None
    table = version.grade_table
    candidates: list[tuple[int, _Step]] = []
    if reported.is_finite():
        places = _places(reported)
        if places > table.places:  # more precise than the table: judged at the table's precision
            as_published = round_fraction(Fraction(reported), table.places, table.rounding)
        else:
            as_published = reported
        if as_published in (result.index, result.printed_index):
            return None
        candidates = _candidates(result, reported, places)
    rounding = [c for c in candidates if c[1].rounding]
    params = {
        "reported": _number(reported),
        "computed": _computed(result),
        "instrument": str(version.instrument),
        "respondents": result.respondents,
        "weight": _weight_text(version),
        "conversion": version.conversion,
        "rounding": _rounding_name(table.rounding),
        "places": table.places,
    }
    if rounding:
        return _Verdict(True, _fewest(rounding), params)
    return _Verdict(False, _fewest(candidates), params)


_INDEX_NOTE = (
    "Weight 1/n and ×25 VERIFIED [secondary, convergent] for 14/2017 (regulations.md §5.2); "
    "rounding the converted index once, half up to 2 decimals, is the library's reading that "
    "closes the gaps of the table (§5.3), set by the version's GradeTable. KEP/25/2004 prints "
    "'1/14 = 0,071' (facts.md §4.3): an index computed with it follows the decree. How 14/2017 "
    "prints the weight was not seen, so 1/9 is exact there. A difference that rounding alone "
    "explains is SK014, a warning."
)
_INDEX_2014 = {
    "severity": Severity.WARNING,
    "verified": False,
    "note": "UNVERIFIED for Permenpan RB 16/2014: its Lampiran (formula and grade table) was not "
    "found; 1/9 and ×25 are inferred from the instruments before and after it, so a difference is "
    "a warning.",
}


@by_instrument_versions(
    RULES,
    "SK007",
    _SKM_CHAIN,
    kinds=_SURVEY,
    severity=Severity.ERROR,
    title=(
        "Indeks yang dilaporkan sesuai rumus peraturan",
        "The reported index follows the regulation's formula",
    ),
    message=(
        (
            "Indeks yang dilaporkan, {reported}, berbeda dari hasil rumus {instrument} atas "
            "{respondents} responden (bobot {weight}, ×{conversion}, {rounding} ke {places} "
            "desimal): {computed}."
        ),
        (
            "The reported index, {reported}, differs from the formula of {instrument} over "
            "{respondents} responses (weight {weight}, ×{conversion}, {rounding} to {places} "
            "decimals): {computed}."
        ),
    ),
    variants={
        "explained": (
            (
                "Indeks yang dilaporkan, {reported}, berbeda dari hasil rumus {instrument} atas "
                "{respondents} responden (bobot {weight}, ×{conversion}, {rounding} ke {places} "
                "desimal): {computed}. Angka {reported} cocok dengan {explanation}."
            ),
            (
                "The reported index, {reported}, differs from the formula of {instrument} over "
                "{respondents} responses (weight {weight}, ×{conversion}, {rounding} to {places} "
                "decimals): {computed}. {reported} matches {explanation}."
            ),
        ),
    },
    hint=(
        (
            "Hitung ulang: NRR tiap unsur × bobot peraturan, jumlahkan, kalikan 25, bulatkan "
            "sekali di akhir; `pelayanan ikm` menghitungnya dari jawaban."
        ),
        (
            "Recompute: each element's NRR × the regulation's weight, summed, × 25, rounded once "
            "at the end; `pelayanan ikm` computes it from the answers."
        ),
    ),
    note=_INDEX_NOTE,
    per_version={_SKM_2014: _INDEX_2014},
)
def reported_index_follows_formula(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK007 (regulations.md R32): a published index that no reading of the formula gives.

    A difference that rounding alone explains (a rounded weight, rounded NRRs, a cut-off, fewer
    decimals) is SK014's.
    """
    verdict = _verdict(survey, context)
    if verdict is None or verdict.rounding:
        return
    variant = "default" if verdict.explanation is None else "explained"
    yield Issue(("reported_index",), variant, explanation=verdict.explanation, **verdict.params)


@by_instrument_versions(
    RULES,
    "SK014",
    _SKM_CHAIN,
    kinds=_SURVEY,
    severity=Severity.WARNING,
    title=(
        "Indeks yang dilaporkan berbeda hanya karena pembulatan",
        "The reported index differs from the formula only by rounding",
    ),
    message=(
        (
            "Indeks yang dilaporkan, {reported}, berbeda dari hasil rumus {instrument} atas "
            "{respondents} responden (bobot {weight}, ×{conversion}, {rounding} ke {places} "
            "desimal), yaitu {computed}, hanya karena pembulatan: angka {reported} cocok dengan "
            "{explanation}."
        ),
        (
            "The reported index, {reported}, differs from the formula of {instrument} over "
            "{respondents} responses (weight {weight}, ×{conversion}, {rounding} to {places} "
            "decimals), which gives {computed}, only by rounding: {reported} matches "
            "{explanation}."
        ),
    ),
    hint=(
        (
            "Terbitkan indeks menurut rumus peraturan (bulatkan sekali di akhir), atau sebutkan "
            "pembulatan yang dipakai; `pelayanan ikm` menghitungnya dari jawaban."
        ),
        (
            "Publish the index by the regulation's formula (rounded once at the end), or state the "
            "rounding used; `pelayanan ikm` computes it from the answers."
        ),
    ),
    note="A published index that a rounded weight (0,111 or 0,11 for 1/9), NRRs rounded before "
    "weighting, a cut-off or fewer decimals explains follows the formula up to rounding: at most "
    "a warning, showing both computations. " + _INDEX_NOTE,
    per_version={_SKM_2014: {"verified": False, "note": _INDEX_2014["note"]}},
)
def reported_index_differs_by_rounding(
    survey: SatisfactionSurvey, context: Context
) -> Iterator[Issue]:
    """SK014 (regulations.md R32, §5.2): a published index that only rounding sets apart."""
    verdict = _verdict(survey, context)
    if verdict is not None and verdict.rounding:
        yield Issue(
            ("reported_index",), "default", explanation=verdict.explanation, **verdict.params
        )


# --- R33: publication and follow-up (PEKPPP) -------------------------------------------------------


@pekppp_versions(
    RULES,
    "SK008",
    kinds=_SURVEY,
    severity=Severity.WARNING,
    title=("Hasil SKM dipublikasikan", "The survey results are published"),
    message=(
        "Hasil SKM yang berakhir {end} belum dipublikasikan.",
        "The results of the survey that ended on {end} have not been published.",
    ),
    hint=(
        "Publikasikan hasil SKM di media nonelektronik dan elektronik, lalu catat mediumnya.",
        "Publish the results on and off line, and record where.",
    ),
)
def results_published(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK008 (regulations.md R33): PEKPPP scores publication of the results (indicators 6.a, 7.a).

    Asked once the survey period has ended.
    """
    if survey.period_end < context.as_of and not survey.publications:
        yield Issue(("publications",), end=survey.period_end)


@pekppp_versions(
    RULES,
    "SK009",
    kinds=_SURVEY,
    severity=Severity.INFO,
    title=(
        "Hasil SKM dipublikasikan secara elektronik dan nonelektronik",
        "The survey results are published on and off line",
    ),
    message=(
        (
            "Hasil SKM hanya dipublikasikan pada media {only}; nilai PEKPPP tertinggi menghendaki "
            "media elektronik dan nonelektronik."
        ),
        (
            "The survey results are published on {only} media only; PEKPPP's top score needs both "
            "electronic and non-electronic media."
        ),
    ),
    hint=("Tambahkan media publikasi jenis yang belum ada.", "Add a medium of the missing type."),
)
def results_published_on_and_off_line(survey: SatisfactionSurvey, _: Context) -> Iterator[Issue]:
    """SK009 (regulations.md R33, PEKPPP 6.a: skala 3 non-electronic, 4 and electronic)."""
    yield from single_medium(survey.publications)


@pekppp_versions(
    RULES,
    "SK010",
    kinds=_SURVEY,
    severity=Severity.WARNING,
    title=("Rencana tindak lanjut hasil SKM dicatat", "A follow-up plan is recorded"),
    message=(
        "Tidak ada rencana tindak lanjut untuk hasil SKM yang berakhir {end}.",
        "No follow-up plan is recorded for the survey that ended on {end}.",
    ),
    hint=(
        (
            "Susun rencana tindak lanjut atas unsur dengan nilai terendah: tindakan, penanggung "
            "jawab, dan tenggatnya."
        ),
        "Plan actions on the lowest-scoring elements, each with who is responsible and by when.",
    ),
)
def follow_up_planned(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK010 (regulations.md R33): PEKPPP 8.a scores 0 without a *rencana tindak lanjut*.

    Asked once the survey period has ended; a plan without actions counts as none.
    """
    plan = survey.follow_up
    if survey.period_end < context.as_of and (plan is None or not plan.actions):
        yield Issue(("follow_up",), end=survey.period_end)


@pekppp_versions(
    RULES,
    "SK011",
    kinds=_SURVEY,
    severity=Severity.WARNING,
    title=("Tindak lanjut selesai tepat waktu", "Follow-up actions are done on time"),
    message=(
        (
            "Tindak lanjut ke-{number} ({action}) jatuh tempo {due} dan masih {status} pada "
            "{as_of}; terealisasi {realised} dari {planned} rencana ({percentage} %)."
        ),
        (
            "Follow-up action {number} ({action}) was due on {due} and is still {status} on "
            "{as_of}; {realised} of {planned} planned actions realised ({percentage} %)."
        ),
    ),
    hint=(
        (
            "Selesaikan tindakan itu atau perbarui statusnya dan tenggatnya; PEKPPP menilai "
            "persentase dan kecepatan tindak lanjut."
        ),
        (
            "Complete the action or update its status and due date; PEKPPP scores how much of the "
            "plan is done and how fast."
        ),
    ),
)
def follow_up_on_time(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK011 (regulations.md R33): overdue actions, with the realisation of the plan.

    Realisation = realised / planned × 100 ("(realisasi rencana tindak lanjut : jumlah rencana
    tindak lanjut) x 100", PEKPPP 8.a, regulations.md §5.5); cancelled actions count as planned.
    """
    plan = survey.follow_up
    if plan is None:
        return
    percentage = plan.realisation_percentage(on=context.as_of)
    for position, action in enumerate(plan.actions):
        if action.is_overdue(context.as_of):
            yield Issue(
                ("follow_up", "actions", position),
                number=position + 1,
                action=action.description.strip() or "-",
                due=action.due_on,
                status=open_status(action.status),
                as_of=context.as_of,
                realised=plan.realised_by(context.as_of),
                planned=plan.planned,
                percentage=_number(percentage) if percentage is not None else "-",
            )


# --- the survey period -----------------------------------------------------------------------------


@RULES.rule(
    "SK012",
    kinds=_SURVEY,
    severity=Severity.ERROR,
    title=("Periode survei berurutan", "The survey period is in order"),
    message=(
        "Periode survei berakhir {end}, sebelum dimulai {start}.",
        "The survey period ends on {end}, before it starts on {start}.",
    ),
    hint=(
        "Periksa tanggal awal dan akhir periode survei.",
        "Check the start and end dates of the survey period.",
    ),
    integrity=True,
)
def period_in_order(survey: SatisfactionSurvey, _: Context) -> Iterator[Issue]:
    """SK012: a period that ends before it starts decides no instrument and no year."""
    if survey.period_end < survey.period_start:
        yield Issue(("period_end",), start=survey.period_start, end=survey.period_end)


@by_instrument_versions(
    RULES,
    "SK013",
    _SKM_CHAIN,
    kinds=_SURVEY,
    severity=Severity.WARNING,
    title=(
        "Survei tidak dimulai sesudah tanggal pemeriksaan",
        "The survey does not start after the date of the check",
    ),
    message=(
        (
            "Survei dimulai {start}, sesudah tanggal pemeriksaan {as_of}, tetapi sudah mencatat "
            "hasil."
        ),
        "The survey starts on {start}, after the date of the check ({as_of}), yet records results.",
    ),
    hint=(
        "Periksa tanggal periode survei, atau periksa per tanggal sesudah survei (--as-of).",
        "Check the survey period, or check as of a date after the survey (--as-of).",
    ),
)
def not_after_the_check(survey: SatisfactionSurvey, context: Context) -> Iterator[Issue]:
    """SK013: responses, an index, publications or a plan cannot exist before the survey starts.

    A survey recorded ahead as a plan (no results) is not reported.
    """
    if survey.period_start > context.as_of and _records_results(survey):
        yield Issue(("period_start",), start=survey.period_start, as_of=context.as_of)
