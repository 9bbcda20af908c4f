"""``pelayanan ikm FILE.csv``: the satisfaction index (IKM) of survey answers in a CSV file.

The file has a header row naming the columns ``U1`` to ``U9`` (other columns are ignored) and one
row per respondent. A row with a bad answer (a 5, a blank, text) is listed with its row number and
column and left out; it is never counted. A grade band or a formula that was not seen in a source
(the 16/2014 table, band A of 2004) is marked UNVERIFIED in the text and in the JSON
(``grade_verified``, ``grade_table_verified``, ``formula_verified``, ``unverified``); for the 2004
decree the index with its printed weight 0,071 is shown too.

Exit codes: 0 when the index was computed from every row; 1 when some rows were left out (the
index of the remaining rows is still printed) or no row was usable; 2 when the file cannot be used
at all (missing, a directory, not UTF-8 text, empty, or without the answer columns).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path
from typing import IO, Any

from .._base.numbers import dumps_with_decimals
from ..io.limits import DEFAULT_LIMITS
from ..participation.surveys import (
    QUESTIONNAIRES,
    ElementOrder,
    IkmResult,
    IndexNotComputableError,
    QuestionnaireVersion,
    SurveyCsv,
    SurveyCsvError,
    questionnaire_for,
    scan_survey_csv,
)
from ._common import EXIT_FINDINGS, EXIT_OK, UsageError, add_format_option, parse_date


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``ikm`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "ikm",
        help="compute the satisfaction index (IKM) from survey answers in a CSV file",
        description=(
            "Compute NRR per element, the IKM (1-4), the index (25-100) and the grade (A-D) of a "
            "Survei Kepuasan Masyarakat. Exit code 1 when rows had to be left out."
        ),
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="CSV with a header row naming U1..U9 and one row per respondent (- for stdin)",
    )
    add_format_option(parser, "text", "json")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--questionnaire",
        choices=list(QUESTIONNAIRES),
        help="the instrument the survey followed (default: permenpan-rb-14-2017)",
    )
    which.add_argument(
        "--on",
        type=parse_date,
        metavar="DATE",
        help="use the instrument in force on DATE (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--order",
        choices=[order.value for order in ElementOrder],
        default=ElementOrder.LAMPIRAN.value,
        help=(
            "numbering of U8/U9 for 14/2017: 'lampiran' (U8 complaint handling, U9 facilities; "
            "the default) or 'questionnaire' (the model questionnaire's order, the other way round)"
        ),
    )
    parser.set_defaults(handler=run)


def _open(name: str) -> IO[bytes]:
    """A binary stream of ``name`` (``-`` is standard input), or a one-line usage error.

    The file is streamed, so its size does not matter to memory; a regular file larger than the
    input limit (``max_text_bytes``) or a device is refused rather than read for ever.
    """
    if name == "-":
        if sys.stdin is None or sys.stdin.closed:
            msg = "cannot read standard input: it is closed"
            raise UsageError(msg)
        return sys.stdin.buffer
    if not name:
        msg = "cannot read '': an empty path names no file"
        raise UsageError(msg)
    path = Path(name)
    limit = DEFAULT_LIMITS.max_text_bytes
    try:
        if path.is_dir():
            msg = f"cannot read {name}: it is a directory, not a CSV file"
            raise UsageError(msg)
        if path.exists() and not path.is_file() and path.is_char_device():
            msg = f"cannot read {name}: a device, not a CSV file"
            raise UsageError(msg)
        if path.is_file() and path.stat().st_size > limit:
            msg = f"cannot read {name}: more than {limit:,} bytes (the input limit)"
            raise UsageError(msg)
        return path.open("rb")
    except FileNotFoundError:
        msg = f"cannot read {name}: no such file or directory"
    except PermissionError:
        msg = f"cannot read {name}: permission denied"
    except (OSError, ValueError) as exc:
        msg = f"cannot read {name}: {getattr(exc, 'strerror', None) or exc}"
    raise UsageError(msg)


def _questionnaire(questionnaire: str | None, on: dt.date | None) -> QuestionnaireVersion:
    if questionnaire is not None:
        found = QUESTIONNAIRES.get(questionnaire)
        if found is None:
            msg = (
                f"{questionnaire!r} is not a questionnaire; use one of: {', '.join(QUESTIONNAIRES)}"
            )
            raise UsageError(msg)
        return found
    if on is not None:
        return questionnaire_for(on)
    return QUESTIONNAIRES["permenpan-rb-14-2017"]


def load_survey(
    data: bytes | IO[bytes],
    name: str,
    *,
    questionnaire: str | None = None,
    on: dt.date | None = None,
    order: str = ElementOrder.LAMPIRAN.value,
) -> SurveyCsv:
    """Read the CSV ``data`` (bytes or a binary stream, from ``name``); one line if unusable.

    An unusable file raises a one-line :class:`UsageError`.
    The file is streamed and its answers tallied (:func:`scan_survey_csv`): a file of a million
    answers takes constant memory.
    """
    version = _questionnaire(questionnaire, on)
    try:
        element_order = ElementOrder(order)
    except ValueError:
        choices = ", ".join(o.value for o in ElementOrder)
        msg = f"{order!r} is not an order of elements; use one of: {choices}"
        raise UsageError(msg) from None
    if element_order is ElementOrder.QUESTIONNAIRE and not version.questionnaire_order:
        msg = f"--order questionnaire: {version.instrument} has only one order of elements"
        raise UsageError(msg)
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        return scan_survey_csv(stream, version, order=element_order)
    except SurveyCsvError as exc:
        msg = f"{name}: {exc}"
        raise UsageError(msg) from None


def ikm_report(survey: SurveyCsv, name: str) -> tuple[dict[str, Any], int]:
    """What ``pelayanan ikm --format json`` prints for ``survey``, and its exit code."""
    result = _result(survey)
    status = EXIT_FINDINGS if survey.problems or result is None else EXIT_OK
    return _report(name, survey, result), status


def _result(survey: SurveyCsv) -> IkmResult | None:
    if not survey.usable:
        return None
    try:
        return survey.result()
    except (
        IndexNotComputableError
    ):  # cannot happen with complete rows; no index rather than a crash
        return None


def _report(name: str, survey: SurveyCsv, result: IkmResult | None) -> dict[str, Any]:
    version = survey.questionnaire
    if result is not None:
        body = result.to_report(survey.columns)
    else:
        body = {
            "questionnaire": version.key,
            "instrument": str(version.instrument),
            "respondents": 0,
            "nrr": {},
            "ikm": None,
            "index": None,
            "grade": None,
        }
    return {
        "file": name,
        **body,
        "rows": survey.rows,
        "excluded": survey.rows - survey.usable,
        "excluded_rows": list(survey.excluded_rows),
        "problems_total": survey.problems_total,
        "problems": [
            {"row": p.row, "column": p.column, "value": p.value, "message": p.message}
            for p in survey.problems
        ],
    }


def _print_text(name: str, survey: SurveyCsv, result: IkmResult | None) -> None:
    version = survey.questionnaire
    excluded = survey.rows - survey.usable
    print(f"{name}: Survei Kepuasan Masyarakat, {version.instrument}")
    left_out = f" ({excluded} left out)" if excluded else ""
    print(f"respondents: {survey.usable} of {survey.rows} rows{left_out}")
    if result is not None:
        report = result.to_report(survey.columns)
        print()
        print(f"{'':5}{'NRR':<8}element")
        for column, value in report["nrr"].items():
            print(f"{column:<5}{value!s:<8}{report['elements'][column]['label']}")
        print()
        print(f"IKM (1-4)        {report['ikm']}  (sum of NRR x {report['weight']})")
        print(f"index (25-100)   {result.index}")
        if result.printed_index is not None:
            weight = version.printed_weight
            print(f"                 {result.printed_index}  (with the printed weight {weight})")
        unverified = "" if result.band.verified else "  [UNVERIFIED band]"
        print(f"grade            {result.grade.value} ({result.grade.label.id}){unverified}")
        if result.unverified:
            print()
            print("unverified:")
            for label in result.unverified:
                print(f"  {label.en}")
    else:
        print("no index: no row has a usable answer to every element")
    if survey.problems:
        print()
        rows = f"{excluded} row{'s' if excluded != 1 else ''}"
        print(f"{rows} left out:")
        for problem in survey.problems:
            print(f"  {problem}")
        more = survey.problems_total - len(survey.problems)
        if more:
            print(f"  ... and {more} more problem{'s' if more != 1 else ''}")


def run(args: argparse.Namespace) -> int:
    """Print the index; exit 1 if any row was left out."""
    options = {"questionnaire": args.questionnaire, "on": args.on, "order": args.order}
    stream = _open(args.file)
    try:
        survey = load_survey(stream, args.file, **options)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    name = "<stdin>" if args.file == "-" else args.file
    report, status = ikm_report(survey, name)
    if args.format == "json":
        print(dumps_with_decimals(report))
    else:
        _print_text(name, survey, _result(survey))
    return status
