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

import collections
import csv
import gc
import io
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from typing import IO, Final

import attrs

from .._base.labels import Label, Lang
from ._questionnaires import QUESTIONNAIRES
from ._survey_model import (
    ElementOrder,
    IkmResult,
    IndexNotComputableError,
    QuestionnaireVersion,
    SurveyCsvError,
    SurveyResponse,
    _frozen_answers,
    _frozen_names,
    _mapping_repr,
    compute_ikm,
)

__all__ = ["AnswerTally", "RowProblem", "SurveyCsv", "read_survey_csv", "scan_survey_csv"]

_SEPARATORS: Final = (",", ";", "\t")
_U_COLUMN: Final = re.compile(r"U\s*0*([1-9][0-9]*)", re.IGNORECASE)
_WHOLE_NUMBER: Final = re.compile(r"\+?([0-9]+)(?:[.,]0+)?")
_SHOWN: Final = 40


@attrs.frozen(order=True)
class RowProblem:
    """A bad answer in one row of a survey CSV; the row is left out of the index.

    The message is in English (:attr:`message`, and ``str()``) and in Indonesian
    (:attr:`message_id`); :meth:`text` gives it in either.

    >>> problem = RowProblem(7, "U3", "'5' is not on the scale 1 to 4", "5", "'5' di luar skala")
    >>> str(problem), problem.text("id")
    ("row 7, U3: '5' is not on the scale 1 to 4", "'5' di luar skala")
    """

    row: int
    """The row number as a spreadsheet shows it (the header is row 1)."""
    column: str
    """The column name, or ``""`` for a problem with the row as a whole."""
    message: str
    """What is wrong, in English."""
    value: str | None = None
    """The cell as written (cut to 40 characters), if there was one."""
    message_id: str = attrs.field(default="", eq=False, order=False)
    """What is wrong, in Indonesian (the English message is shown when this is empty)."""

    def text(self, lang: Lang = "id") -> str:
        """The message in ``lang``."""
        return self.message_id if lang == "id" and self.message_id else self.message

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
    """The usable responses (empty when the file was scanned with :func:`scan_survey_csv`)."""
    problems: tuple[RowProblem, ...] = ()
    rows: int = 0
    """Respondent rows in the file (rows with at least one non-blank cell)."""
    tally: AnswerTally | None = None
    """Sums and counts of the usable answers, when they were tallied instead of kept."""
    problem_count: int | None = None
    """How many problems there were in all, when :attr:`problems` holds only the first ones."""

    @property
    def usable(self) -> int:
        """How many respondent rows count towards the index."""
        return self.tally.respondents if self.tally is not None else len(self.responses)

    @property
    def problems_total(self) -> int:
        """How many problems there were in all (more than :attr:`problems` when cut short)."""
        return len(self.problems) if self.problem_count is None else self.problem_count

    @property
    def excluded_rows(self) -> tuple[int, ...]:
        """The row numbers left out because of a problem (of the problems kept)."""
        return tuple(sorted({problem.row for problem in self.problems}))

    def result(self) -> IkmResult:
        """The IKM of the usable responses (raises if there are none)."""
        if self.tally is not None:
            return self.tally.result(self.questionnaire)
        return compute_ikm(self.responses, self.questionnaire)


@attrs.frozen
class AnswerTally:
    """The sum and the number of answers per element: all the IKM needs, in constant memory.

    >>> from pelayanan.participation.surveys import QUESTIONNAIRES
    >>> skm = QUESTIONNAIRES["permenpan-rb-14-2017"]
    >>> tally = AnswerTally.of([SurveyResponse({code: 4 for code in skm.codes})] * 2)
    >>> tally.respondents, tally.result(skm).index
    (2, Decimal('100.00'))
    """

    totals: Mapping[str, int] = attrs.field(converter=_frozen_answers, hash=False)
    """The sum of the answers to each element, by element code."""
    counts: Mapping[str, int] = attrs.field(converter=_frozen_answers, hash=False)
    """How many respondents answered each element, by element code."""
    respondents: int = 0

    @classmethod
    def of(cls, responses: Iterable[SurveyResponse]) -> AnswerTally:
        """The tally of ``responses``."""
        totals: dict[str, int] = {}
        counts: dict[str, int] = {}
        respondents = 0
        for response in responses:
            respondents += 1
            for code, answer in response.answers.items():
                totals[code] = totals.get(code, 0) + answer
                counts[code] = counts.get(code, 0) + 1
        return cls(totals, counts, respondents)

    def result(self, questionnaire: QuestionnaireVersion) -> IkmResult:
        """The IKM, exactly as :func:`compute_ikm` gives it for the same responses."""
        if not self.respondents:
            msg = "no responses: the index needs at least one respondent"
            raise IndexNotComputableError(msg)
        unknown = sorted(set(self.counts) - set(questionnaire.codes))
        if unknown:
            msg = (
                f"answers to {', '.join(unknown)}, which {questionnaire.instrument} does not "
                f"have (its elements are {', '.join(questionnaire.codes)})"
            )
            raise IndexNotComputableError(msg)
        unanswered = [code for code in questionnaire.codes if not self.counts.get(code)]
        if unanswered:
            msg = f"nobody answered {', '.join(unanswered)}"
            raise IndexNotComputableError(msg)
        nrr = {code: Fraction(self.totals[code], self.counts[code]) for code in questionnaire.codes}
        return IkmResult.from_nrr(nrr, questionnaire, respondents=self.respondents)


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text (byte {exc.start}); save the file as CSV UTF-8"
        msg_id = f"bukan teks UTF-8 (bita {exc.start}); simpan berkas sebagai CSV UTF-8"
        raise SurveyCsvError(msg, msg_id) from None


def _check_mapping(mapping: Mapping[str, str], version: QuestionnaireVersion) -> None:
    """Raise :class:`SurveyCsvError` when ``mapping`` names an element ``version`` lacks."""
    unknown = ", ".join(sorted(set(mapping.values()) - set(version.codes)))
    if unknown:
        msg = f"the column mapping names {unknown}, not elements of {version.instrument}"
        msg_id = f"pemetaan kolom menyebut {unknown}, yang bukan unsur {version.instrument}"
        raise SurveyCsvError(msg, msg_id)


def _empty(mapping: Mapping[str, str]) -> SurveyCsvError:
    names = list(mapping)
    return SurveyCsvError(
        f"the file is empty: expected a header row naming {names[0]} to {names[-1]} and one "
        "row per respondent",
        f"berkas kosong: seharusnya ada baris judul yang menyebut {names[0]} sampai {names[-1]} "
        "dan satu baris per responden",
    )


def _unreadable(line: int, exc: csv.Error) -> SurveyCsvError:
    """The csv module's own reason is in English in both languages."""
    return SurveyCsvError(
        f"not readable as CSV at line {line}: {exc}",
        f"tidak dapat dibaca sebagai CSV pada baris {line}: {exc}",
    )


def _no_respondents() -> SurveyCsvError:
    return SurveyCsvError(
        "no respondents: the file has a header row but no answer rows",
        "tidak ada responden: berkas mempunyai baris judul tetapi tidak ada baris jawaban",
    )


def _separator(text: str) -> str:
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {separator: header.count(separator) for separator in _SEPARATORS}
    best = max(_SEPARATORS, key=lambda separator: counts[separator])
    return best if counts[best] else ","


def _shown(cell: str) -> str:
    return cell if len(cell) <= _SHOWN else cell[: _SHOWN - 3] + "..."


def _answer(cell: str | None) -> tuple[int | None, Label | None]:
    """The answer in a cell, or why there is none (in Indonesian and English)."""
    text = (cell or "").strip()
    if not text:
        return None, Label("kosong: tidak ada jawaban", "blank: no answer")
    match = _WHOLE_NUMBER.fullmatch(text)
    shown = repr(_shown(text))
    if match is None:
        return None, Label(
            f"{shown} bukan angka 1 sampai 4", f"{shown} is not a number from 1 to 4"
        )
    value = int(match[1])
    if not 1 <= value <= 4:
        return None, Label(
            f"{shown} di luar skala 1 sampai 4", f"{shown} is not on the scale 1 to 4"
        )
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
                msg_id = f"kolom {column} muncul dua kali di baris judul"
                raise SurveyCsvError(msg, msg_id)
            positions[column] = index
        elif u_match:
            other_u.append(canonical)
    missing = [name for name in columns if name not in positions]
    count = len(columns)
    names, instrument = ", ".join(columns), questionnaire.instrument
    if missing and len(missing) == count:
        msg = (
            f"no answer columns: the header row must name columns {names} "
            f"(the {count} elements of {instrument})"
        )
        msg_id = (
            f"tidak ada kolom jawaban: baris judul harus menyebut kolom {names} "
            f"({count} unsur {instrument})"
        )
        raise SurveyCsvError(msg, msg_id)
    if missing:
        msg = f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} (expected "
        msg += f"{names} for the {count} elements of {instrument})"
        msg_id = (
            f"kolom {', '.join(missing)} tidak ada (seharusnya ada kolom {names} untuk "
            f"{count} unsur {instrument})"
        )
        raise SurveyCsvError(msg, msg_id)
    if other_u and numbered:
        msg = (
            f"column{'s' if len(other_u) > 1 else ''} {', '.join(other_u)} "
            f"{'are' if len(other_u) > 1 else 'is'} not among the {count} elements of "
            f"{instrument}; choose the questionnaire that matches the file"
        )
        msg_id = (
            f"kolom {', '.join(other_u)} tidak termasuk {count} unsur {instrument}; "
            "pilih kuesioner yang sesuai dengan berkas"
        )
        raise SurveyCsvError(msg, msg_id)
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
            why = problem or Label("tidak ada jawaban", "no answer")
            found.append(RowProblem(number, column, why.en, shown, why.id))
    if any(cell.strip() for cell in record[width:]):
        message = (
            f"the row has {len(record)} cells but the header names {width}; "
            "a separator inside a value may have shifted the answers"
        )
        message_id = (
            f"baris ini berisi {len(record)} sel, padahal baris judul menyebut {width}; "
            "pemisah di dalam suatu nilai mungkin telah menggeser jawaban"
        )
        found.append(RowProblem(number, "", message, message_id=message_id))
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
    _check_mapping(mapping, version)
    text = _decode(data)
    if "\x00" in text:
        msg = "not a CSV file: it contains NUL bytes"
        raise SurveyCsvError(msg, "bukan berkas CSV: berisi bita NUL")
    if not text.strip():
        raise _empty(mapping)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    try:
        records = list(reader)
    except csv.Error as exc:
        raise _unreadable(reader.line_num, exc) from None
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
        raise _no_respondents()
    return SurveyCsv(version, mapping, tuple(responses), tuple(problems), rows)


# --- scanning a large file: constant memory -------------------------------------------------------

_CHUNK: Final = 256
"""Small enough to stay in the processor cache: larger chunks are slower, not faster."""

_KEPT_PROBLEMS: Final = 1_000
"""Problems :func:`scan_survey_csv` keeps by default; the rest are counted."""
_VALID_CELLS: Final = frozenset("1234")


def _text_lines(lines: Iterable[str]) -> Iterator[str]:
    """The lines without a leading BOM; a decoding error becomes a :class:`SurveyCsvError`."""
    first = True
    try:
        for line in lines:
            if first:
                line = line.removeprefix("\ufeff")  # noqa: PLW2901  (the BOM of a text stream)
                first = False
            yield line
    except UnicodeDecodeError as exc:
        msg = f"not UTF-8 text (byte {exc.start} of a block); save the file as CSV UTF-8"
        msg_id = (
            f"bukan teks UTF-8 (bita {exc.start} dari satu blok); simpan berkas sebagai CSV UTF-8"
        )
        raise SurveyCsvError(msg, msg_id) from None


def scan_survey_csv(
    source: IO[bytes] | IO[str] | Iterable[str],
    questionnaire: QuestionnaireVersion | None = None,
    *,
    order: ElementOrder = ElementOrder.LAMPIRAN,
    columns: Mapping[str, str] | None = None,
    keep_problems: int = _KEPT_PROBLEMS,
) -> SurveyCsv:
    r"""Read a survey CSV of any size in constant memory: the answers are tallied, not kept.

    The same rules as :func:`read_survey_csv` (the same problems for the same rows, the same
    index); the result's :attr:`~SurveyCsv.responses` is empty and :attr:`~SurveyCsv.tally`
    holds the sums. Only the first ``keep_problems`` problems are kept;
    :attr:`~SurveyCsv.problem_count` counts them all. ``source`` is a binary file (read as
    UTF-8, with or without a BOM), a text file, or any iterable of lines.

    >>> import io
    >>> data = b"Nama,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,4,4,4,4,4,4,4,4,4\nB,3,3,5,3,3,3,3,3,3\n"
    >>> survey = scan_survey_csv(io.BytesIO(data))
    >>> survey.usable, [str(p) for p in survey.problems], survey.result().index
    (1, ["row 3, U3: '5' is not on the scale 1 to 4"], Decimal('100.00'))
    """
    version = questionnaire or _latest()
    mapping = dict(columns) if columns is not None else version.columns(order)
    _check_mapping(mapping, version)
    wrapper: io.TextIOWrapper[IO[bytes]] | None = None
    if isinstance(source, io.TextIOBase) or not hasattr(source, "read"):
        raw: Iterable[str] = source  # a text stream, or lines
    else:
        binary: IO[bytes] = source  # type: ignore[assignment]  # not a text stream: bytes
        wrapper = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        raw = wrapper
    try:
        return _scan_lines(
            _text_lines(raw), version, mapping, numbered=columns is None, keep=keep_problems
        )
    finally:
        if wrapper is not None:
            wrapper.detach()  # the caller owns the stream: leave it open


def _scan_lines(
    lines: Iterator[str],
    version: QuestionnaireVersion,
    mapping: Mapping[str, str],
    *,
    numbered: bool,
    keep: int,
) -> SurveyCsv:
    leading = []
    for line in lines:
        leading.append(line)
        if line.strip():
            break
    header_line = leading[-1] if leading and leading[-1].strip() else ""
    if not header_line:
        raise _empty(mapping)
    reader = csv.reader(itertools.chain(leading, lines), delimiter=_separator(header_line))
    was_enabled = gc.isenabled()
    gc.disable()  # the scan makes no reference cycles; collecting per chunk costs a third
    try:
        return _scan(reader, version, mapping, numbered=numbered, keep=keep)
    except csv.Error as exc:
        raise _unreadable(reader.line_num, exc) from None
    finally:
        if was_enabled:
            gc.enable()


@attrs.frozen
class _Chunk:
    """What the row-by-row path found in one chunk."""

    rows: int
    problem_count: int
    problems: tuple[RowProblem, ...]
    tally: AnswerTally


def _slow_chunk(
    numbered: list[tuple[int, list[str]]],
    *,
    width: int,
    positions: Mapping[str, int],
    mapping: Mapping[str, str],
    room: int,
) -> _Chunk:
    """Row by row, with row numbers: for a chunk the fast path cannot take as a whole."""
    rows = problem_count = 0
    problems: list[RowProblem] = []
    usable: list[SurveyResponse] = []
    for number, record in numbered:
        if not any(cell.strip() for cell in record):
            continue
        rows += 1
        answers, found = _read_row(number, record, width, positions, mapping)
        if found:
            problem_count += len(found)
            problems.extend(found[: max(0, room - len(problems))])
        else:
            usable.append(SurveyResponse(answers))
    return _Chunk(rows, problem_count, tuple(problems), AnswerTally.of(usable))


def _scan(
    reader: Iterator[list[str]],
    version: QuestionnaireVersion,
    mapping: Mapping[str, str],
    *,
    numbered: bool,
    keep: int,
) -> SurveyCsv:
    number = 0
    header: list[str] = []
    for record in reader:
        number += 1
        if any(cell.strip() for cell in record):
            header = record
            break
    positions = _header_positions(header, mapping, version, numbered=numbered)
    places = [positions[name] for name in positions]
    codes = [mapping[name] for name in positions]
    width = len(header)
    # The answers of each element, counted by cell text ("1" to "4"): constant memory.
    cells: list[collections.Counter[str]] = [collections.Counter() for _ in places]
    problems: list[RowProblem] = []
    problem_count = rows = respondents = 0
    slow_totals = dict.fromkeys(codes, 0)
    slow_counts = dict.fromkeys(codes, 0)
    while True:
        chunk = list(itertools.islice(reader, _CHUNK))
        if not chunk:
            break
        first = number + 1
        number += len(chunk)
        if set(map(len, chunk)) == {width}:
            # Fast path: transpose and count each answer column in C; only the rows with a bad
            # cell (a 5, a blank, text) are read one by one, for their row numbers.
            columns = list(zip(*chunk, strict=True))
            answers = [collections.Counter(columns[place]) for place in places]
            bad_rows = _rows_with_bad_cells(answers, [columns[place] for place in places])
            for offset in bad_rows:
                for counter, place in zip(answers, places, strict=True):
                    counter[chunk[offset][place]] -= 1
            for total, counter in zip(cells, answers, strict=True):
                total.update(+counter)  # + drops the bad cells, counted down to zero above
            good = len(chunk) - len(bad_rows)
            rows += good
            respondents += good
            numbered_rows = [(first + offset, chunk[offset]) for offset in sorted(bad_rows)]
        else:
            numbered_rows = [(first + offset, record) for offset, record in enumerate(chunk)]
        if not numbered_rows:
            continue
        # Slow path: the rows with a bad answer, or a chunk with a short or long row.
        slow = _slow_chunk(
            numbered_rows,
            width=width,
            positions=positions,
            mapping=mapping,
            room=keep - len(problems),
        )
        rows += slow.rows
        problem_count += slow.problem_count
        problems.extend(slow.problems)
        respondents += slow.tally.respondents
        for code in codes:
            slow_totals[code] += slow.tally.totals.get(code, 0)
            slow_counts[code] += slow.tally.counts.get(code, 0)
    if not rows:
        raise _no_respondents()
    totals = {
        code: slow_totals[code] + sum(int(cell) * n for cell, n in counter.items())
        for code, counter in zip(codes, cells, strict=True)
    }
    counts = {
        code: slow_counts[code] + counter.total()
        for code, counter in zip(codes, cells, strict=True)
    }
    tally = AnswerTally(totals, counts, respondents)
    return SurveyCsv(
        version, mapping, (), tuple(problems), rows, tally=tally, problem_count=problem_count
    )


def _rows_with_bad_cells(
    answers: list[collections.Counter[str]], columns: list[tuple[str, ...]]
) -> set[int]:
    """The offsets of the rows with a cell that is not an answer 1 to 4."""
    bad: set[int] = set()
    for counter, column in zip(answers, columns, strict=True):
        if not _VALID_CELLS.issuperset(counter):
            bad.update(i for i, cell in enumerate(column) if cell not in _VALID_CELLS)
    return bad
