"""PEKPPP indicators 6.a–9.a of aspect 1 (*Kebijakan Pelayanan*), derived from satisfaction surveys.

The rubric is that of the F-02 seed data (anchors.md §5.6; regulations.md §5.5, §6), a single
secondary source, so every threshold here is UNVERIFIED (``rubric_verified=False`` on the
indicators of :data:`~pelayanan.evaluation.performance.PEKPPP_2022`). The readings this module makes on top
of the rubric are stated in each result's notes:

* the survey assessed is the latest one that ended by the evaluation date ``on``; for 6.a it
  counts as held only if it ended in the twelve months up to ``on`` (from one year before to
  ``on``, both included), since a unit must survey at least once a year (Permenpan RB 14/2017),
  while 7.a–9.a judge its publication and follow-up whatever its age (the follow-up of a survey
  can take a year, by when the survey is a year old);
* 6.a "sesuai Peraturan Menteri PANRB yang berlaku": the questionnaire is that of the instrument in
  force when the survey started, the answers yield an index (or an index was reported), and the
  respondents are at least the Krejcie–Morgan minimum for the population, when it is known;
* 6.a level 5 "ditindaklanjuti": at least one action of the follow-up plan was realised by ``on``;
* 7.a counts distinct media (by :class:`~pelayanan.model.records.PublicationMedium`) published by ``on``;
* 8.a: realised / planned × 100 exactly (cancelled actions count as planned), with 30 and 80 in the
  middle band: none realised 1, below 30 % 2, 30–80 % 3, above 80 % 4, all 5;
* 9.a: the time from the survey report (else the plan's date, else the end of the survey) to the
  last realised action, when *every* action was realised by ``on``: within 1 month 5, 3 months 4,
  6 months 3, 9 months 2, 12 months 1; otherwise 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from .._base.labels import Label
from .._base.numbers import round_fraction
from ..model.records import PublicationMedium
from ..participation.surveys import (
    IndexNotComputableError,
    SatisfactionSurvey,
    questionnaire_for,
)
from ._pekppp_model import (
    MAX_SCORE,
    IndicatorAssessment,
    LevelGap,
    _ladder_assessment,
    _names,
    _published,
    _Step,
    _years_before,
)

__all__ = ["assess_surveys"]

_CHOICE = Label(
    "Dinilai: SKM terakhir sampai tanggal evaluasi; dianggap dilaksanakan bila berakhir dalam 12 "
    "bulan terakhir (pembacaan belum terverifikasi).",
    "Assessed: the latest survey by the evaluation date; it counts as held if it ended in the last "
    "12 months (an UNVERIFIED reading).",
)
_NO_SURVEY = Label(
    "laksanakan SKM (paling sedikit sekali setahun)", "hold a satisfaction survey (at least yearly)"
)


def _latest(surveys: Iterable[SatisfactionSurvey], on: dt.date) -> SatisfactionSurvey | None:
    """The survey that ended last by ``on``."""
    candidates = [s for s in surveys if s.period_end <= on]
    return max(candidates, key=lambda s: (s.period_end, s.period_start, s.id), default=None)


def _regulation_problems(survey: SatisfactionSurvey) -> list[Label]:
    """What keeps the survey from being held as the regulation in force requires."""
    problems: list[Label] = []
    try:
        expected = questionnaire_for(survey.period_start)
    except LookupError as error:  # no instrument in force, or none modelled
        return [Label(f"tidak ada pedoman SKM yang berlaku: {error}", f"no SKM rules: {error}")]
    used = survey.questionnaire_version()
    if used.key != expected.key:
        problems.append(
            Label(
                f"gunakan kuesioner {expected.instrument} (bukan {used.instrument})",
                f"use the questionnaire of {expected.instrument} (not {used.instrument})",
            )
        )
    if survey.responses:
        try:
            survey.result(used)
        except IndexNotComputableError as error:
            problems.append(
                Label(f"jawaban tidak menghasilkan indeks: {error}", f"no index: {error}")
            )
    elif survey.reported_index is None:
        problems.append(
            Label(
                "catat jawaban responden atau indeks yang dilaporkan",
                "record the answers or the reported index",
            )
        )
    required = survey.required_sample_size() if survey.responses else None
    if required is not None and len(survey.responses) < required:
        problems.append(
            Label(
                f"responden {len(survey.responses)}, kurang dari sampel minimum {required} "
                f"untuk populasi {survey.population}",
                f"{len(survey.responses)} respondents, fewer than the minimum {required} for a "
                f"population of {survey.population}",
            )
        )
    return problems


def _media(survey: SatisfactionSurvey, on: dt.date) -> list[PublicationMedium]:
    published = {p.medium for p in _published(survey.publications, on)}
    return [m for m in PublicationMedium if m in published]


def _held(survey: SatisfactionSurvey | None, on: dt.date) -> IndicatorAssessment:
    """6.a: held → as the regulation requires → on paper → and electronically → followed up."""
    if survey is None:
        steps = [
            _Step(False, Label("", ""), need)
            for need in (
                _NO_SURVEY,
                Label("ikuti pedoman SKM yang berlaku", "follow the SKM rules in force"),
                Label("publikasikan hasil di media non-elektronik", "publish on paper"),
                Label("publikasikan hasil di media elektronik", "publish electronically"),
                Label("tindak lanjuti hasil SKM", "act on the results"),
            )
        ]
        result = _ladder_assessment("6.a", {"SKM": steps})
        return _with_notes(result, _CHOICE)
    recent = survey.period_end >= _years_before(on, 1)
    problems = _regulation_problems(survey)
    media = _media(survey, on)
    paper = [m for m in media if not m.is_electronic]
    online = [m for m in media if m.is_electronic]
    plan = survey.follow_up
    done = [a for a in (plan.actions if plan else ()) if a.is_realised_by(on)]
    steps = [
        _Step(
            recent,
            Label(
                f"SKM dilaksanakan {survey.period_start}–{survey.period_end}",
                f"survey held {survey.period_start} to {survey.period_end}",
            ),
            Label(
                f"laksanakan SKM (yang terakhir berakhir {survey.period_end}, lebih dari setahun "
                f"sebelum {on})",
                f"hold a survey (the last one ended on {survey.period_end}, more than a year "
                f"before {on})",
            ),
        ),
        _Step(
            not problems,
            Label(
                f"sesuai {survey.questionnaire_version().instrument}",
                f"as {survey.questionnaire_version().instrument} requires",
            ),
            Label(
                "; ".join(p.id for p in problems) or "-", "; ".join(p.en for p in problems) or "-"
            ),
        ),
        _Step(
            bool(paper),
            Label(
                f"dipublikasikan di media non-elektronik: {_names(paper, 'id')}",
                f"published on non-electronic media: {_names(paper, 'en')}",
            ),
            Label(
                "publikasikan hasil di media non-elektronik (papan informasi, banner, brosur)",
                "publish the results on non-electronic media (notice board, banner, brochure)",
            ),
        ),
        _Step(
            bool(online),
            Label(
                f"dipublikasikan di media elektronik: {_names(online, 'id')}",
                f"published on electronic media: {_names(online, 'en')}",
            ),
            Label(
                "publikasikan hasil di media elektronik (situs web, media sosial)",
                "publish the results on electronic media (website, social media)",
            ),
        ),
        _Step(
            bool(done),
            Label(
                f"ditindaklanjuti ({len(done)} tindak lanjut terealisasi)",
                f"followed up ({len(done)} action(s) realised)",
            ),
            Label(
                "realisasikan paling sedikit satu rencana tindak lanjut",
                "carry out at least one action of the follow-up plan",
            ),
        ),
    ]
    return _with_notes(_ladder_assessment("6.a", {survey.id: steps}), _CHOICE)


def _with_notes(assessment: IndicatorAssessment, *notes: Label) -> IndicatorAssessment:
    return IndicatorAssessment(
        assessment.code,
        assessment.score,
        assessment.evidence,
        assessment.gaps,
        derived=True,
        notes=(*assessment.notes, *notes),
    )


def _gaps(score: int, need: dict[int, Label]) -> tuple[LevelGap, ...]:
    return tuple(LevelGap(level, (need[level],)) for level in range(score + 1, MAX_SCORE + 1))


def _media_count(survey: SatisfactionSurvey | None, on: dt.date) -> IndicatorAssessment:
    """7.a: 0 media → 0, 1 → 1, …, 4 → 4, more than 4 → 5."""
    media = [] if survey is None else _media(survey, on)
    count = len(media)
    score = min(count, 4) if count <= 4 else MAX_SCORE
    need = {
        level: Label(
            f"publikasikan hasil SKM pada {level - count} media lagi"
            + (" (lebih dari 4 media)" if level == MAX_SCORE else ""),
            f"publish the results on {level - count} more medi"
            + ("um" if level - count == 1 else "a")
            + (" (more than 4 in all)" if level == MAX_SCORE else ""),
        )
        for level in range(1, MAX_SCORE + 1)
    }
    evidence = (
        (
            Label(
                f"{survey.id}: {count} media ({_names(media, 'id')})",
                f"{survey.id}: {count} media ({_names(media, 'en')})",
            ),
        )
        if survey is not None and media
        else ()
    )
    return IndicatorAssessment("7.a", score, evidence, _gaps(score, need), derived=True)


def _realisation(survey: SatisfactionSurvey | None, on: dt.date) -> IndicatorAssessment:
    """8.a: none planned 0; planned, none done 1; < 30 % 2; 30–80 % 3; > 80 % 4; 100 % 5."""
    plan = survey.follow_up if survey is not None else None
    actions = plan.actions if plan is not None else ()
    need = {
        1: Label("susun rencana tindak lanjut hasil SKM", "draw up a follow-up plan"),
        2: Label("realisasikan sebagian rencana tindak lanjut", "carry out part of the plan"),
        3: Label("realisasikan paling sedikit 30%", "carry out at least 30 % of it"),
        4: Label("realisasikan lebih dari 80%", "carry out more than 80 % of it"),
        5: Label("realisasikan seluruh rencana tindak lanjut", "carry out all of it"),
    }
    if not actions:
        return IndicatorAssessment("8.a", 0, (), _gaps(0, need), derived=True)
    done = sum(1 for a in actions if a.is_realised_by(on))
    share = Fraction(done * 100, len(actions))
    if done == 0:
        score = 1
    elif share < 30:
        score = 2
    elif share <= 80:
        score = 3
    elif share < 100:
        score = 4
    else:
        score = 5
    evidence = (
        Label(
            f"{done} dari {len(actions)} tindak lanjut terealisasi "
            f"({round_fraction(share, 2)}%) per {on}",
            f"{done} of {len(actions)} actions realised ({round_fraction(share, 2)} %) by {on}",
        ),
    )
    return IndicatorAssessment("8.a", score, evidence, _gaps(score, need), derived=True)


_SPEED = ((1, 5), (3, 4), (6, 3), (9, 2), (12, 1))
"""(months, level): all acted on within 1 month → 5 … within a year → 1."""


def _speed(survey: SatisfactionSurvey | None, on: dt.date) -> IndicatorAssessment:
    """9.a: how soon after the report every recommendation was acted on."""
    plan = survey.follow_up if survey is not None else None
    actions = plan.actions if plan is not None else ()
    need = {
        level: Label(
            f"tindak lanjuti seluruh rekomendasi dalam {months} bulan sejak laporan SKM",
            f"act on every recommendation within {months} month{'s' if months > 1 else ''} "
            "of the survey report",
        )
        for months, level in _SPEED
    }
    if survey is None or plan is None or not actions:
        return IndicatorAssessment("9.a", 0, (), _gaps(0, need), derived=True)
    if survey.report is not None and survey.report.date is not None:
        start, since = survey.report.date, Label("laporan SKM", "the survey report")
    elif plan.drawn_up_on is not None:
        start, since = plan.drawn_up_on, Label("rencana tindak lanjut", "the follow-up plan")
    else:
        start, since = survey.period_end, Label("akhir periode survei", "the end of the survey")
    pending = [a for a in actions if not a.is_realised_by(on) or a.realised_on is None]
    if pending:
        gaps = tuple(
            LevelGap(
                level,
                (
                    Label(
                        f"realisasikan dan catat tanggal realisasi {len(pending)} tindak lanjut "
                        "lagi",
                        f"carry out and date {len(pending)} more action(s)",
                    ),
                    need[level],
                ),
            )
            for level in range(1, MAX_SCORE + 1)
        )
        return IndicatorAssessment("9.a", 0, (), gaps, derived=True)
    last = max(a.realised_on for a in actions if a.realised_on is not None)
    score = next(
        (level for months, level in _SPEED if last <= start + relativedelta(months=months)), 0
    )
    evidence = (
        Label(
            f"seluruh tindak lanjut terealisasi pada {last}, sejak {since.id} {start}",
            f"every action realised by {last}, counted from {since.en} of {start}",
        ),
    )
    return IndicatorAssessment("9.a", score, evidence, _gaps(score, need), derived=True)


def assess_surveys(
    surveys: Iterable[SatisfactionSurvey], on: dt.date
) -> dict[str, IndicatorAssessment]:
    """Indicators 6.a–9.a of one unit on ``on``, from its surveys (see the module docstring)."""
    survey = _latest(surveys, on)
    return {
        "6.a": _held(survey, on),
        "7.a": _media_count(survey, on),
        "8.a": _realisation(survey, on),
        "9.a": _speed(survey, on),
    }
