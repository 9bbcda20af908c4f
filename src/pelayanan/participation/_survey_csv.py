"""Reading survey answers from a CSV file: one row per respondent, one column per element.

The first row names the columns. Columns ``U1`` to ``Un`` (case and surrounding spaces do not
matter) hold the answers, numbered in the instrument's own order unless another mapping is given;
any other column (a profile, a timestamp) is ignored. Commas, semicolons (what spreadsheets write in
Indonesian locales) and tabs are recognised as separators from the header row.

A row with a bad answer (a 5, a blank, text) is reported with its row number and column and left
out of the index; it is never counted. Row numbers are those a spreadsheet shows: the header is
row 1, the first respondent row 2.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from typing import Final

import attrs

from ._questionnaires import QUESTIONNAIRES
from ._survey_model import (
    ElementOrder,
    IkmResult,
    QuestionnaireVersion,
    SurveyCsvError,
    SurveyResponse,
    _frozen_names,
    _mapping_repr,
    compute_ikm,
)

__all__ = ["RowProblem", "SurveyCsv", "read_survey_csv"]

_SEPARATORS: Final = (",", ";", "\t")
_U_COLUMN: Final = re.compile(r"U\s*0*([1-9][0-9]*)", re.IGNORECASE)
_WHOLE_NUMBER: Final = re.compile(r"\+?([0-9]+)(?:[.,]0+)?")
_SHOWN: Final = 40


@attrs.frozen(order=True)
class RowProblem:
    """A bad answer in one row of a survey CSV; the row is left out of the index.

    >>> str(RowProblem(7, "U3", "'5' is not on the scale 1 to 4", "5"))
    "row 7, U3: '5' is not on the scale 1 to 4"
    """

    row: int
    """The row number as a spreadsheet shows it (the header is row 1)."""
    column: str
    """The column name, or ``""`` for a problem with the row as a whole."""
    message: str
    value: str | None = None
    """The cell as written (cut to 40 characters), if there was one."""

    def __str__(self) -> str:
        where = f"row {self.row}, {self.column}" if self.column else f"row {self.row}"
        return f"{where}: {self.message}"


@attrs.frozen
class SurveyCsv:
    """What a survey CSV held: the usable responses and a problem for every bad answer."""

    questionnaire: QuestionnaireVersion
    columns: Mapping[str, str] = attrs.field(
        converter=_frozen_names, hash=False, repr=_mapping_repr
    )
    """Column name → element code, as the file was read."""
    responses: tuple[SurveyResponse, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    rows: int = 0
    """Respondent rows in the file (rows with at least one non-blank cell)."""

    @property
    def excluded_rows(self) -> tuple[int, ...]:
        """The row numbers left out because of a problem."""
        return tuple(sorted({problem.row for problem in self.problems}))

    def result(self) -> IkmResult:
        """The IKM of the usable responses (raises if there are none)."""
        return compute_ikm(self.responses, self.questionnaire)


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text (byte {exc.start}); save the file as CSV UTF-8"
        raise SurveyCsvError(msg) from None


def _separator(text: str) -> str:
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {separator: header.count(separator) for separator in _SEPARATORS}
    best = max(_SEPARATORS, key=lambda separator: counts[separator])
    return best if counts[best] else ","


def _shown(cell: str) -> str:
    return cell if len(cell) <= _SHOWN else cell[: _SHOWN - 3] + "..."


def _answer(cell: str | None) -> tuple[int | None, str | None]:
    """The answer in a cell, or why there is none."""
    text = (cell or "").strip()
    if not text:
        return None, "blank: no answer"
    match = _WHOLE_NUMBER.fullmatch(text)
    if match is None:
        return None, f"{_shown(text)!r} is not a number from 1 to 4"
    value = int(match[1])
    if not 1 <= value <= 4:
        return None, f"{_shown(text)!r} is not on the scale 1 to 4"
    return value, None


def _header_positions(
    header: list[str],
    columns: Mapping[str, str],
    questionnaire: QuestionnaireVersion,
    *,
    numbered: bool,
) -> dict[str, int]:
    """Where each wanted column is; raises :class:`SurveyCsvError` when one cannot be used.

    With ``numbered`` columns (U1 to Un) a further U column (U10 for a nine-element questionnaire)
    is an error: the file was made for another version, and ignoring it would hide that.
    """
    wanted = {name.strip().upper(): name for name in columns}
    positions: dict[str, int] = {}
    other_u: list[str] = []
    for index, raw in enumerate(header):
        name = raw.strip().upper()
        u_match = _U_COLUMN.fullmatch(name)
        canonical = f"U{u_match[1]}" if u_match else name
        if canonical in wanted:
            column = wanted[canonical]
            if column in positions:
                msg = f"column {column} appears twice in the header"
                raise SurveyCsvError(msg)
            positions[column] = index
        elif u_match:
            other_u.append(canonical)
    missing = [name for name in columns if name not in positions]
    count = len(columns)
    if missing and len(missing) == count:
        msg = (
            f"no answer columns: the header row must name columns {', '.join(columns)} "
            f"(the {count} elements of {questionnaire.instrument})"
        )
        raise SurveyCsvError(msg)
    if missing:
        msg = f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} (expected "
        msg += f"{', '.join(columns)} for the {count} elements of {questionnaire.instrument})"
        raise SurveyCsvError(msg)
    if other_u and numbered:
        msg = (
            f"column{'s' if len(other_u) > 1 else ''} {', '.join(other_u)} "
            f"{'are' if len(other_u) > 1 else 'is'} not among the {count} elements of "
            f"{questionnaire.instrument}; choose the questionnaire that matches the file"
        )
        raise SurveyCsvError(msg)
    return positions


def _read_row(
    number: int,
    record: list[str],
    width: int,
    positions: Mapping[str, int],
    mapping: Mapping[str, str],
) -> tuple[dict[str, int], list[RowProblem]]:
    """The answers in one row by element code, and every problem with them."""
    answers: dict[str, int] = {}
    found: list[RowProblem] = []
    for column, position in positions.items():
        cell = record[position] if position < len(record) else None
        value, problem = _answer(cell)
        if value is not None:
            answers[mapping[column]] = value
        else:
            shown = None if cell is None else _shown(cell)
            found.append(RowProblem(number, column, problem or "no answer", shown))
    if any(cell.strip() for cell in record[width:]):
        message = (
            f"the row has {len(record)} cells but the header names {width}; "
            "a separator inside a value may have shifted the answers"
        )
        found.append(RowProblem(number, "", message))
    return answers, found


def _latest() -> QuestionnaireVersion:
    def starts(version: QuestionnaireVersion) -> str:
        start = version.instrument.starts
        return start.isoformat() if start else ""

    return max(QUESTIONNAIRES.values(), key=starts)


def read_survey_csv(
    data: str | bytes,
    questionnaire: QuestionnaireVersion | None = None,
    *,
    order: ElementOrder = ElementOrder.LAMPIRAN,
    columns: Mapping[str, str] | None = None,
) -> SurveyCsv:
    r"""Read survey answers from CSV text (or UTF-8 bytes).

    ``questionnaire`` defaults to the most recent built-in version (Permenpan RB 14/2017), whose
    columns ``U1`` to ``U9`` follow the Lampiran's order: U8 is *penanganan pengaduan, saran dan
    masukan* and U9 *sarana dan prasarana*. Pass ``order=ElementOrder.QUESTIONNAIRE`` for files
    numbered after the model questionnaire (U8 and U9 the other way round), or ``columns`` to map
    any column names to element codes.

    Raises :class:`~pelayanan.participation.surveys.SurveyCsvError` when the file cannot be used at all (not
    UTF-8, empty, no header, missing answer columns, no respondent rows); bad answers are
    returned as problems instead.

    >>> csv_text = "Nama,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,4,4,4,4,4,4,4,4,4\nB,3,3,5,3,3,3,3,3,3\n"
    >>> survey = read_survey_csv(csv_text)
    >>> len(survey.responses), [str(p) for p in survey.problems]
    (1, ["row 3, U3: '5' is not on the scale 1 to 4"])
    """
    version = questionnaire or _latest()
    mapping = dict(columns) if columns is not None else version.columns(order)
    unknown = sorted(set(mapping.values()) - set(version.codes))
    if unknown:
        msg = f"the column mapping names {', '.join(unknown)}, not elements of {version.instrument}"
        raise SurveyCsvError(msg)
    text = _decode(data)
    if "\x00" in text:
        msg = "not a CSV file: it contains NUL bytes"
        raise SurveyCsvError(msg)
    if not text.strip():
        names = list(mapping)
        msg = (
            f"the file is empty: expected a header row naming {names[0]} to {names[-1]} and one "
            "row per respondent"
        )
        raise SurveyCsvError(msg)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    try:
        records = list(reader)
    except csv.Error as exc:
        msg = f"not readable as CSV at line {reader.line_num}: {exc}"
        raise SurveyCsvError(msg) from None
    header_at = next(i for i, record in enumerate(records) if any(c.strip() for c in record))
    header = records[header_at]
    positions = _header_positions(header, mapping, version, numbered=columns is None)
    responses: list[SurveyResponse] = []
    problems: list[RowProblem] = []
    rows = 0
    for number, record in enumerate(records[header_at + 1 :], start=header_at + 2):
        if not any(cell.strip() for cell in record):
            continue
        rows += 1
        answers, found = _read_row(number, record, len(header), positions, mapping)
        problems.extend(found)
        if not found:
            responses.append(SurveyResponse(answers))
    if not rows:
        msg = "no respondents: the file has a header row but no answer rows"
        raise SurveyCsvError(msg)
    return SurveyCsv(version, mapping, tuple(responses), tuple(problems), rows)
