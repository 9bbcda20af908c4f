"""The public API used the way a program uses it; CI checks this file with ``mypy --strict``.

It fails the type check when a public signature stops saying what users rely on: what
``from_json`` returns, the fields of a report and its findings, the IKM types, a deadline, and a
local rule written as ``docs/howto/local-rules.md`` writes it. ``tests/test_typing_usage.py`` runs
it too, so that what it claims is also what the library does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pelayanan as pl
from pelayanan.law import InstrumentKind
from pelayanan.model.standards import TimeLimit
from pelayanan.participation.surveys import (
    QUESTIONNAIRES,
    Grade,
    IkmResult,
    QuestionnaireVersion,
    SurveyResponse,
    compute_ikm,
)
from pelayanan.rules import Context, Issue, Registry, Rule, Severity, rule
from pelayanan.time.calendar import GOVERNMENT_CALENDAR, Deadline

JAMBI = Path(__file__).resolve().parents[2] / "examples" / "dinas-sosial-kota-jambi"
AS_OF = dt.date(2024, 6, 1)

# --- load a document ------------------------------------------------------------------------------

loaded = pl.from_json((JAMBI / "sp-dtks.json").read_bytes(), pl.ServiceStandard)
assert not isinstance(loaded, list)  # one document in the file, not a list
dtks: pl.ServiceStandard = loaded
anything: pl.Document | list[pl.Document] = pl.from_json(
    (JAMBI / "sp-dtks.json").read_text("utf-8")
)
text: str = pl.to_json(dtks)

# --- validate it, and read the report ------------------------------------------------------------

report: pl.Report = pl.validate(dtks, as_of=AS_OF, lang="en", select=["SP"], ignore=["SP022"])
ok: bool = report.ok
counts: dict[str, int] = report.counts
for finding in report.findings:
    code: str = finding.code
    severity: pl.Severity = finding.severity
    path: str = finding.path
    message: str = finding.message
    citations: list[str] = [str(citation) for citation in finding.legal_basis]
    document_id: str | None = finding.document_id
assert report.ok

# --- compute an IKM from responses (Permenpan RB 14/2017) ----------------------------------------

skm: QuestionnaireVersion = QUESTIONNAIRES["permenpan-rb-14-2017"]
responses = [SurveyResponse(dict.fromkeys(skm.codes, answer)) for answer in (4, 3)]
result: IkmResult = compute_ikm(responses, skm)
ikm: Fraction = result.ikm
index: Decimal = result.index
grade: Grade = result.grade
# Every NRR is (4 + 3) / 2 = 3.5, so the IKM is 3.5 and the index 3.5 × 25 = 87.50: B (76.61-88.30).
assert (ikm, index, grade) == (Fraction(7, 2), Decimal("87.50"), Grade.B)

# --- a working-day deadline ------------------------------------------------------------------------

deadline: Deadline = GOVERNMENT_CALENDAR.deadline(dt.date(2024, 4, 5), 5)
due: dt.date | dt.datetime = deadline.due
certain: bool = deadline.certain
# Friday 5 April 2024, five working days: 8-9 April are cuti bersama, 10-11 April Idul Fitri,
# 12 and 15 April cuti bersama; the five days are 16, 17, 18, 19 and 22 April.
assert due == dt.date(2024, 4, 22)

# --- a local rule, as docs/howto/local-rules.md writes it ------------------------------------------

perda = pl.Instrument(
    InstrumentKind.REGENCY_CITY_REGULATION,
    "5",
    2019,
    "Penyelenggaraan Pelayanan Publik",
    issuer="Kota Contoh",
    effective_from=dt.date(2019, 7, 1),
)
StandardCheck = Callable[[pl.ServiceStandard, Context], Iterator[Issue]]


def longer_than(days: int) -> StandardCheck:
    """A check that a standard promises at most ``days`` working days."""

    def check(standard: pl.ServiceStandard, context: Context) -> Iterator[Issue]:
        limit = standard.time_limit
        duration = limit.duration if limit is not None else None
        if duration is None or duration.unit is not pl.DurationUnit.WORKING_DAYS:
            return
        if duration.amount > days:
            yield Issue(("time_limit", "duration", "amount"), amount=duration.amount, days=days)

    return check


local: Registry = pl.BUILTIN_RULES.copy()
kc001: Rule[pl.ServiceStandard] = local.rule(
    "KC001",
    kinds=("service_standard",),
    severity=Severity.ERROR,
    title=("Jangka waktu sesuai Perda", "Completion time within the Perda's limit"),
    message=(
        "Jangka waktu {amount} hari kerja melebihi batas {days} hari kerja.",
        "A completion time of {amount} working days exceeds the limit of {days}.",
    ),
    hint=("Persingkat prosedur.", "Shorten the procedure."),
    basis=(pl.Citation(perda, article="12", paragraph="1"),),
)(longer_than(3))
started: dt.date | None = kc001.in_force_from


# The module-level decorator makes a rule without a registry; Registry() holds it.
@rule(
    "KC002",
    kinds=("service_standard",),
    severity=Severity.WARNING,
    title=("Judul standar", "A standard's title"),
    message=("Standar {id} tidak berjudul.", "Standard {id} has no title."),
    basis=(pl.Citation(perda, article="13"),),
)
def standard_has_title(standard: pl.ServiceStandard, context: Context) -> Iterator[Issue]:
    """KC002: a standard needs a title."""
    if not standard.title.strip():
        yield Issue(("title",), id=standard.id)


own = Registry([standard_has_title])
four_days = pl.ServiceStandard(
    id="sp-izin", service_id="izin", time_limit=TimeLimit(pl.Duration.parse("4 hari kerja"))
)
local_report = pl.validate(four_days, rules=local, select=["KC"], as_of=AS_OF, lang="en")
own_report = pl.validate(four_days, rules=own, as_of=AS_OF)
assert [(f.code, f.path) for f in local_report.findings] == [
    ("KC001", "/time_limit/duration/amount")
]
assert [f.code for f in own_report.findings] == ["KC002"]


def _misspelt() -> object:
    """A misspelt top-level name is an error for the type checker, as for any module.

    (``--strict`` warns about an unneeded ignore, so this line fails the check if mypy were ever
    to read ``pelayanan`` as a module whose every attribute is ``Any``.)
    """
    return pl.ServiceStandrad  # type: ignore[attr-defined]
