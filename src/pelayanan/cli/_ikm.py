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
from typing import IO, Any, Final

from .._base.labels import Label, Lang
from .._base.numbers import dumps_with_decimals, format_number
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
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    add_format_option,
    add_lang_option,
    parse_date,
    said,
)

_WORDS: Final = {
    "respondents": Label("Responden", "Respondents"),
    "of_rows": Label("{usable} dari {rows} baris", "{usable} of {rows} rows"),
    "not_counted": Label("{count} tidak dihitung", "{count} left out"),
    "element": Label("Unsur", "Element"),
    "ikm": Label("IKM (1-4)", "IKM (1-4)"),
    "sum": Label("jumlah NRR x {weight}", "sum of NRR x {weight}"),
    "index": Label("IKM konversi (25-100)", "Index (25-100)"),
    "printed": Label("dengan bobot tercetak {weight}", "with the printed weight {weight}"),
    "grade": Label("Mutu pelayanan", "Service quality"),
    "performance": Label("Kinerja unit", "Unit performance"),
    "unverified_band": Label("[rentang BELUM TERVERIFIKASI]", "[UNVERIFIED band]"),
    "unverified": Label("Belum terverifikasi", "Unverified"),
    "no_index": Label(
        "tidak ada nilai IKM: tidak ada baris yang menjawab setiap unsur dengan sah",
        "no index: no row has a usable answer to every element",
    ),
    "rows_left_out": Label("{count} baris tidak dihitung", "{count} rows left out"),
    "row_left_out": Label("1 baris tidak dihitung", "1 row left out"),
    "row": Label("baris", "row"),
    "more": Label("... dan {count} masalah lain", "... and {count} more problems"),
    "one_more": Label("... dan 1 masalah lain", "... and 1 more problem"),
}
"""The words of the text report; numbers are written by :func:`format_number`."""

_ERRORS: Final = {
    "stdin_closed": Label(
        "tidak dapat membaca masukan standar: masukan standar tertutup",
        "cannot read standard input: it is closed",
    ),
    "empty_path": Label(
        "tidak dapat membaca '': jalur kosong tidak menunjuk berkas apa pun",
        "cannot read '': an empty path names no file",
    ),
    "directory": Label(
        "tidak dapat membaca {name}: itu direktori, bukan berkas CSV",
        "cannot read {name}: it is a directory, not a CSV file",
    ),
    "device": Label(
        "tidak dapat membaca {name}: itu perangkat, bukan berkas CSV",
        "cannot read {name}: a device, not a CSV file",
    ),
    "too_large": Label(
        "tidak dapat membaca {name}: lebih dari {limit} bita (batas masukan)",
        "cannot read {name}: more than {limit} bytes (the input limit)",
    ),
    "not_found": Label(
        "tidak dapat membaca {name}: berkas atau direktori tidak ada",
        "cannot read {name}: no such file or directory",
    ),
    "permission": Label(
        "tidak dapat membaca {name}: akses ditolak",
        "cannot read {name}: permission denied",
    ),
    "os_error": Label("tidak dapat membaca {name}: {reason}", "cannot read {name}: {reason}"),
    "questionnaire": Label(
        "{given!r} bukan kuesioner; gunakan salah satu dari: {choices}",
        "{given!r} is not a questionnaire; use one of: {choices}",
    ),
    "order": Label(
        "{given!r} bukan urutan unsur; gunakan salah satu dari: {choices}",
        "{given!r} is not an order of elements; use one of: {choices}",
    ),
    "one_order": Label(
        "--order questionnaire: {instrument} hanya mempunyai satu urutan unsur",
        "--order questionnaire: {instrument} has only one order of elements",
    ),
}
"""The one-line errors of the command itself (a survey file's own problems are the library's)."""


def _error(key: str, lang: Lang, **values: object) -> UsageError:
    return UsageError(_ERRORS[key].text(lang).format(**values))


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``ikm`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "ikm",
        help=said(
            "hitung indeks kepuasan masyarakat (IKM) dari jawaban survei dalam berkas CSV",
            "compute the satisfaction index (IKM) from survey answers in a CSV file",
        ),
        description=said(
            "Hitung NRR per unsur, IKM (1-4), IKM konversi (25-100), dan mutu pelayanan (A-D) "
            "suatu Survei Kepuasan Masyarakat. Kode keluar 1 bila ada baris yang tidak dihitung.",
            "Compute NRR per element, the IKM (1-4), the index (25-100) and the grade (A-D) of a "
            "Survei Kepuasan Masyarakat. Exit code 1 when rows had to be left out.",
        ),
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help=said(
            "berkas CSV dengan baris judul yang menyebut kolom U1..U9 dan satu baris per "
            "responden (- untuk masukan standar)",
            "CSV with a header row naming U1..U9 and one row per respondent (- for stdin)",
        ),
    )
    add_format_option(parser, "text", "json")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--questionnaire",
        choices=list(QUESTIONNAIRES),
        help=said(
            "kuesioner yang dipakai survei (bawaan: permenpan-rb-14-2017)",
            "the instrument the survey followed (default: permenpan-rb-14-2017)",
        ),
    )
    which.add_argument(
        "--on",
        type=parse_date,
        metavar="DATE",
        help=said(
            "pakai kuesioner yang berlaku pada tanggal DATE (YYYY-MM-DD)",
            "use the instrument in force on DATE (YYYY-MM-DD)",
        ),
    )
    parser.add_argument(
        "--order",
        choices=[order.value for order in ElementOrder],
        default=ElementOrder.LAMPIRAN.value,
        help=said(
            "penomoran U8/U9 untuk 14/2017: 'lampiran' (U8 penanganan pengaduan, U9 sarana dan "
            "prasarana; bawaan) atau 'questionnaire' (urutan contoh kuesioner, sebaliknya)",
            "numbering of U8/U9 for 14/2017: 'lampiran' (U8 complaint handling, U9 facilities; "
            "the default) or 'questionnaire' (the model questionnaire's order, the other way round)",
        ),
    )
    add_lang_option(parser, "text report and messages", "laporan teks dan pesan")
    parser.set_defaults(handler=run)


def _open(name: str, lang: Lang) -> IO[bytes]:
    """A binary stream of ``name`` (``-`` is standard input), or a one-line usage error.

    The file is streamed, so its size does not matter to memory; a regular file larger than the
    input limit (``max_text_bytes``) or a device is refused rather than read for ever.
    """
    if name == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise _error("stdin_closed", lang)
        return sys.stdin.buffer
    if not name:
        raise _error("empty_path", lang)
    path = Path(name)
    limit = DEFAULT_LIMITS.max_text_bytes
    try:
        if path.is_dir():
            raise _error("directory", lang, name=name)
        if path.exists() and not path.is_file() and path.is_char_device():
            raise _error("device", lang, name=name)
        if path.is_file() and path.stat().st_size > limit:
            raise _error("too_large", lang, name=name, limit=format_number(limit, lang))
        return path.open("rb")
    except FileNotFoundError:
        error = _error("not_found", lang, name=name)
    except PermissionError:
        error = _error("permission", lang, name=name)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        error = _error("os_error", lang, name=name, reason=reason)
    raise error


def _questionnaire(
    questionnaire: str | None, on: dt.date | None, lang: Lang
) -> QuestionnaireVersion:
    if questionnaire is not None:
        found = QUESTIONNAIRES.get(questionnaire)
        if found is None:
            choices = ", ".join(QUESTIONNAIRES)
            raise _error("questionnaire", lang, given=questionnaire, choices=choices)
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
    lang: Lang = "en",
) -> SurveyCsv:
    """Read the CSV ``data`` (bytes or a binary stream, from ``name``); one line if unusable.

    An unusable file raises a one-line :class:`UsageError` in ``lang`` (the HTTP server's default
    is English), what is wrong inside the file included (:meth:`SurveyCsvError.text`).
    The file is streamed and its answers tallied (:func:`scan_survey_csv`): a file of a million
    answers takes constant memory.
    """
    version = _questionnaire(questionnaire, on, lang)
    try:
        element_order = ElementOrder(order)
    except ValueError:
        choices = ", ".join(o.value for o in ElementOrder)
        raise _error("order", lang, given=order, choices=choices) from None
    if element_order is ElementOrder.QUESTIONNAIRE and not version.questionnaire_order:
        raise _error("one_order", lang, instrument=version.instrument)
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        return scan_survey_csv(stream, version, order=element_order)
    except SurveyCsvError as exc:
        msg = f"{name}: {exc.text(lang)}"
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


def _plural(one: str, many: str, count: int, lang: Lang) -> str:
    """``_WORDS[one]`` for a count of 1, ``_WORDS[many]`` with the count otherwise."""
    if count == 1:
        return _WORDS[one].text(lang)
    return _WORDS[many].text(lang).format(count=format_number(count, lang))


def _text_lines(
    name: str, survey: SurveyCsv, result: IkmResult | None, lang: Lang = "id"
) -> list[str]:
    """The text report in ``lang``: words from :data:`_WORDS`, numbers as ``lang`` writes them."""
    words = {key: label.text(lang) for key, label in _WORDS.items()}
    version = survey.questionnaire
    excluded = survey.rows - survey.usable
    lines = [f"{name}: Survei Kepuasan Masyarakat, {version.instrument}"]
    counted = words["of_rows"].format(
        usable=format_number(survey.usable, lang), rows=format_number(survey.rows, lang)
    )
    if excluded:
        counted += f" ({words['not_counted'].format(count=format_number(excluded, lang))})"
    lines.append(f"{words['respondents']}: {counted}")
    if result is not None:
        report = result.to_report(survey.columns)
        width = 2 + max(len(words[key]) for key in ("ikm", "index", "grade", "performance"))
        lines += ["", f"{'':5}{'NRR':<8}{words['element']}"]
        for column, value in report["nrr"].items():
            element = report["elements"][column]
            label = element["label_en"] if lang == "en" else element["label"]
            lines.append(f"{column:<5}{format_number(value, lang):<8}{label}")
        lines.append("")
        ikm = format_number(report["ikm"], lang)
        lines.append(
            f"{words['ikm']:<{width}}{ikm}  ({words['sum'].format(weight=report['weight'])})"
        )
        lines.append(f"{words['index']:<{width}}{format_number(result.index, lang)}")
        if result.printed_index is not None and version.printed_weight is not None:
            weight = format_number(version.printed_weight, lang)
            printed = words["printed"].format(weight=weight)
            lines.append(f"{'':<{width}}{format_number(result.printed_index, lang)}  ({printed})")
        flag = "" if result.band.verified else f"  {words['unverified_band']}"
        lines.append(f"{words['grade']:<{width}}{result.grade.value}{flag}")
        lines.append(f"{words['performance']:<{width}}{result.grade.label.text(lang)}")
        if result.unverified:
            lines += ["", f"{words['unverified']}:"]
            lines += [f"  {label.text(lang)}" for label in result.unverified]
    else:
        lines.append(words["no_index"])
    if survey.problems:
        lines += ["", _plural("row_left_out", "rows_left_out", excluded, lang) + ":"]
        for problem in survey.problems:
            where = f"{words['row']} {problem.row}" + (
                f", {problem.column}" if problem.column else ""
            )
            lines.append(f"  {where}: {problem.text(lang)}")
        more = survey.problems_total - len(survey.problems)
        if more:
            lines.append(f"  {_plural('one_more', 'more', more, lang)}")
    return lines


def run(args: argparse.Namespace) -> int:
    """Print the index; exit 1 if any row was left out."""
    options = {"questionnaire": args.questionnaire, "on": args.on, "order": args.order}
    stream = _open(args.file, args.lang)
    try:
        survey = load_survey(stream, args.file, **options, lang=args.lang)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    name = "<stdin>" if args.file == "-" else args.file
    report, status = ikm_report(survey, name)
    if args.format == "json":
        print(dumps_with_decimals(report))
    else:
        print("\n".join(_text_lines(name, survey, _result(survey), args.lang)))
    return status
