"""Survey CSV files and the `pelayanan ikm` and `pelayanan sample-size` commands."""

from __future__ import annotations

import io
import json
import pickle
import runpy
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from pelayanan import SatisfactionSurvey, from_json, read_survey_csv
from pelayanan.cli import main
from pelayanan.participation.surveys import (
    QUESTIONNAIRES,
    ElementOrder,
    Grade,
    RowProblem,
    SurveyCsvError,
    scan_survey_csv,
)

from .conftest import EXAMPLES, run_cli

SKM_2017 = QUESTIONNAIRES["permenpan-rb-14-2017"]
HEADER = "U1,U2,U3,U4,U5,U6,U7,U8,U9"
EXAMPLE_CSV = EXAMPLES / "dinas-sosial-kota-jambi" / "skm-2024.csv"
EXAMPLE_JSON = EXAMPLES / "dinas-sosial-kota-jambi" / "skm-2024.json"


def write(tmp_path: Path, text: str, name: str = "skm.csv") -> Path:
    """Write a CSV file for a test and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- reading CSV -----------------------------------------------------------------------------------


def test_bad_rows_are_reported_with_row_and_column_and_left_out() -> None:
    """A 5, a blank and text are each reported; their rows are not counted."""
    text = "\n".join(
        [
            f"nama,{HEADER},catatan",
            "A,4,4,4,4,4,4,4,4,4,",  # row 2
            "B,3,3,5,3,3,3,3,3,3,",  # row 3: 5 in U3
            "C,3,,3,3,3,3,3,3,3,",  # row 4: blank U2
            "D,3,3,3,3,3,3,3,baik,3,",  # row 5: text in U8
            "E,2,2,2,2,2,2,2,2,2,tidak puas",  # row 6
        ]
    )
    survey = read_survey_csv(text)
    assert [str(p) for p in survey.problems] == [
        "row 3, U3: '5' is not on the scale 1 to 4",
        "row 4, U2: blank: no answer",
        "row 5, U8: 'baik' is not a number from 1 to 4",
    ]
    assert survey.excluded_rows == (3, 4, 5)
    assert (survey.rows, len(survey.responses)) == (5, 2)
    # The two good rows: NRR 3 everywhere → IKM 3 → 75.00 → C.
    result = survey.result()
    assert (result.respondents, result.index, result.grade) == (2, Decimal("75.00"), Grade.C)


def test_a_row_with_several_problems_reports_each() -> None:
    """Every bad cell is named, so that the row can be fixed in one go."""
    survey = read_survey_csv(f"{HEADER}\n0,9,x,,4,4,4,4,4\n")
    assert [(p.row, p.column) for p in survey.problems] == [
        (2, "U1"),
        (2, "U2"),
        (2, "U3"),
        (2, "U4"),
    ]


def test_other_columns_are_ignored_and_u_columns_can_be_in_any_place() -> None:
    """Profile columns before, between and after; names in any case with spaces."""
    text = "umur,u9,U1 ,jk,U2,U3,U4,U5,U6,U7,U8\n30,1,4,L,4,4,4,4,4,4,4\n"
    survey = read_survey_csv(text)
    [response] = survey.responses
    assert response.answers["facilities"] == 1
    assert response.answers["requirements"] == 4


def test_spreadsheet_separators_and_a_byte_order_mark_are_understood() -> None:
    """Semicolons (Indonesian-locale spreadsheets), tabs and a UTF-8 BOM all read the same."""
    for separator in (";", "\t"):
        line = separator.join(["4"] * 9)
        text = "\ufeff" + HEADER.replace(",", separator) + "\n" + line + "\n"
        assert len(read_survey_csv(text.encode()).responses) == 1


def test_whole_numbers_written_as_decimals_are_accepted() -> None:
    """'4.0', '4,0' and ' 4 ' are the answer 4: rejecting them would lose a valid answer."""
    survey = read_survey_csv(f'{HEADER}\n4.0,"4,0", 4 ,4,4,4,4,4,4\n')
    assert survey.problems == ()
    assert survey.responses[0].answers["completion_time"] == 4


def test_blank_lines_are_not_respondents() -> None:
    """Empty rows (and rows of empty cells, as spreadsheets export) are skipped, not counted."""
    survey = read_survey_csv(f"{HEADER}\n\n4,4,4,4,4,4,4,4,4\n,,,,,,,,\n")
    assert (survey.rows, survey.problems) == (1, ())


def test_a_row_longer_than_the_header_is_left_out() -> None:
    """An unquoted separator in a text column shifts the answers; the row is reported."""
    survey = read_survey_csv(f"catatan,{HEADER}\nbaik, cepat,4,4,4,4,4,4,4,4,4\n")
    assert survey.responses == ()
    assert any("cells but the header names" in p.message for p in survey.problems)


def test_the_questionnaire_order_swaps_u8_and_u9_but_not_the_index() -> None:
    """U8 = facilities in the model questionnaire; the per-element NRR follows, the IKM does not."""
    text = f"{HEADER}\n4,4,4,4,4,4,4,1,3\n"
    lampiran = read_survey_csv(text).result()
    questionnaire = read_survey_csv(text, order=ElementOrder.QUESTIONNAIRE).result()
    assert lampiran.nrr["complaint_handling"] == 1
    assert lampiran.nrr["facilities"] == 3
    assert questionnaire.nrr["facilities"] == 1
    assert questionnaire.nrr["complaint_handling"] == 3
    # (7 × 4 + 1 + 3) / 9 = 32/9 either way
    assert lampiran.ikm == questionnaire.ikm == Fraction(32, 9)


def test_a_column_mapping_reads_other_names() -> None:
    """Files with Q1..Q9 (or any names) can be mapped to element codes."""
    columns = {f"Q{i}": code for i, code in enumerate(SKM_2017.codes, start=1)}
    text = ",".join(columns) + "\n" + ",".join(["3"] * 9) + "\n"
    assert read_survey_csv(text, columns=columns).result().ikm == 3


def test_the_2004_questionnaire_reads_fourteen_columns() -> None:
    """KEP/25/2004 files have U1..U14."""
    ikm_2004 = QUESTIONNAIRES["kepmenpan-kep-25-m-pan-2-2004"]
    header = ",".join(f"U{i}" for i in range(1, 15))
    survey = read_survey_csv(header + "\n" + ",".join(["4"] * 14) + "\n", ikm_2004)
    assert survey.result().index == Decimal("100.00")


@pytest.mark.parametrize(
    ("data", "message", "message_id"),
    [
        (b"", "the file is empty", "berkas kosong"),
        (b"\n \n", "the file is empty", "berkas kosong"),
        (b"\xff\xfe\x00garbage", "not UTF-8", "bukan teks UTF-8"),
        (b"U1,U2\x00\n", "NUL", "berisi bita NUL"),
        (b"nama,umur\nA,30\n", "no answer columns", "tidak ada kolom jawaban"),
        (b"U1,U2,U3,U4,U5,U6,U7,U8\n4,4,4,4,4,4,4,4\n", "missing column U9", "kolom U9 tidak ada"),
        (HEADER.encode() + b"\n", "no respondents", "tidak ada responden"),
        (
            HEADER.encode() + b",U10\n" + b"4," * 9 + b"4\n",
            "U10 is not among the 9 elements",
            "U10 tidak termasuk 9 unsur",
        ),
        (b"U1,U1,U2,U3,U4,U5,U6,U7,U8,U9\n", "U1 appears twice", "U1 muncul dua kali"),
    ],
)
def test_unusable_files_raise_one_clear_error(data: bytes, message: str, message_id: str) -> None:
    """Input that cannot give an index at all is one error, in English and in Indonesian."""
    with pytest.raises(SurveyCsvError, match=message) as raised:
        read_survey_csv(data)
    assert raised.value.text("en") == str(raised.value)
    assert message_id in raised.value.text("id")


def test_a_missing_column_is_said_in_indonesian_and_english() -> None:
    """The file-level error carries both texts; ``str()`` stays English."""
    with pytest.raises(SurveyCsvError) as raised:
        read_survey_csv(b"U1,U2,U3,U4,U5,U6,U7,U8\n4,4,4,4,4,4,4,4\n")
    error = raised.value
    assert (
        error.text("id")
        == error.message_id
        == (
            "kolom U9 tidak ada (seharusnya ada kolom U1, U2, U3, U4, U5, U6, U7, U8, U9 untuk 9 unsur "
            "Permenpan RB 14/2017)"
        )
    )
    assert (
        error.text("en")
        == error.message
        == str(error)
        == (
            "missing column U9 (expected U1, U2, U3, U4, U5, U6, U7, U8, U9 for the 9 elements of "
            "Permenpan RB 14/2017)"
        )
    )
    assert pickle.loads(pickle.dumps(error)).text("id") == error.text("id")  # noqa: S301  (our own bytes)


def test_row_problems_are_said_in_indonesian_and_english() -> None:
    """An answer off the scale and a row of too many cells, in both languages, read or scanned."""
    text = f"catatan,{HEADER}\nA,4,5,4,4,4,4,4,4,4\nbaik, cepat,4,4,4,4,4,4,4,4,4\n"
    for survey in (read_survey_csv(text), scan_survey_csv(io.StringIO(text))):
        off_scale, word, too_many = survey.problems
        assert (off_scale.row, off_scale.column, off_scale.value) == (2, "U2", "5")
        assert off_scale.text("id") == off_scale.message_id == "'5' di luar skala 1 sampai 4"
        assert off_scale.text("en") == off_scale.message == "'5' is not on the scale 1 to 4"
        assert str(off_scale) == "row 2, U2: '5' is not on the scale 1 to 4"
        assert word.text("id") == "'cepat' bukan angka 1 sampai 4"
        assert word.text("en") == "'cepat' is not a number from 1 to 4"
        assert (too_many.row, too_many.column) == (3, "")
        assert too_many.text("id") == (
            "baris ini berisi 11 sel, padahal baris judul menyebut 10; pemisah di dalam suatu "
            "nilai mungkin telah menggeser jawaban"
        )
        assert (
            too_many.text("en")
            == too_many.message
            == (
                "the row has 11 cells but the header names 10; a separator inside a value may have "
                "shifted the answers"
            )
        )
        assert str(too_many) == f"row 3: {too_many.message}"
    blank = read_survey_csv(f"{HEADER}\n4,,4,4,4,4,4,4,4\n").problems[0]
    assert (blank.text("id"), blank.text("en")) == ("kosong: tidak ada jawaban", "blank: no answer")


def test_a_row_problem_made_by_hand_is_english_in_both_languages() -> None:
    """Without an Indonesian text, :meth:`RowProblem.text` falls back on the English message."""
    problem = RowProblem(4, "U1", "not on the list")
    assert (problem.text("id"), problem.text("en")) == ("not on the list", "not on the list")
    assert problem == RowProblem(4, "U1", "not on the list", message_id="tidak ada")


# --- pelayanan ikm ---------------------------------------------------------------------------------


def test_all_fours_print_100_and_a(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The text report ends with the index and the grade; exit code 0."""
    path = write(tmp_path, f"{HEADER}\n" + "4,4,4,4,4,4,4,4,4\n" * 5)
    assert main(["ikm", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Index (25-100)    100.00" in out
    assert "Service quality   A\n" in out
    assert "Unit performance  Very good" in out
    assert "Respondents: 5 of 5 rows" in out


def test_all_ones_print_25_and_d_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON output: respondents, nrr per element U1..U9, ikm, index with two decimals, grade."""
    path = write(tmp_path, f"{HEADER}\n" + "1,1,1,1,1,1,1,1,1\n" * 2)
    assert main(["ikm", str(path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["respondents"] == 2
    assert list(data["nrr"]) == [f"U{i}" for i in range(1, 10)]
    assert all(value == 1 for value in data["nrr"].values())
    assert (data["ikm"], data["index"], data["grade"]) == (1, 25, "D")
    assert '"index": 25.00' in out
    assert data["problems"] == []


def test_bad_rows_are_listed_and_the_exit_code_is_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows with problems are named by row number; the index of the other rows is still printed."""
    path = write(tmp_path, f"{HEADER}\n4,4,4,4,4,4,4,4,4\n4,4,4,4,5,4,4,4,4\n")
    assert main(["ikm", str(path), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["index"] == 100
    assert data["excluded_rows"] == [3]
    assert data["problems"] == [
        {"row": 3, "column": "U5", "value": "5", "message": "'5' is not on the scale 1 to 4"}
    ]


def test_a_file_with_only_bad_rows_has_no_index_and_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No usable row: the problems are listed, the index is null, and the data is in error (1)."""
    path = write(tmp_path, f"{HEADER}\n5,5,5,5,5,5,5,5,5\n")
    assert main(["ikm", str(path), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["respondents"], data["index"], data["grade"]) == (0, None, None)
    assert len(data["problems"]) == 9
    assert main(["ikm", str(path), "--lang", "en"]) == 1
    assert "no index" in capsys.readouterr().out
    assert main(["ikm", str(path)]) == 1
    assert "tidak ada nilai IKM" in capsys.readouterr().out


def test_the_questionnaire_can_be_chosen_by_key_or_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """All 3s: 75.00 is C under 14/2017 but B under the (unverified) 16/2014 table."""
    path = write(tmp_path, f"{HEADER}\n3,3,3,3,3,3,3,3,3\n")
    assert main(["ikm", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["grade"] == "C"
    assert main(["ikm", str(path), "--format", "json", "--on", "2016-01-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["questionnaire"], data["grade"]) == ("permenpan-rb-16-2014", "B")
    assert main(["ikm", str(path), "--questionnaire", "permenpan-rb-16-2014"]) == 0


def test_an_index_graded_by_an_unverified_band_says_so_in_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """All 3s under 16/2014: B from a table no source showed, and an inferred formula.

    14/2017's C band was seen (regulations.md §5.3), so nothing is flagged there.
    """
    path = write(tmp_path, f"{HEADER}\n3,3,3,3,3,3,3,3,3\n")
    assert main(["ikm", str(path), "--format", "json", "--on", "2016-01-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["grade_verified"], data["grade_table_verified"], data["formula_verified"]) == (
        False,
        False,
        False,
    )
    assert [n["en"].split(" (")[0] for n in data["unverified"]] == [
        "The index formula of Permenpan RB 16/2014",
        "Grade band B of Permenpan RB 16/2014",
    ]
    assert main(["ikm", str(path), "--on", "2016-01-01", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Service quality   B  [UNVERIFIED band]" in text
    assert "Unverified:\n  The index formula of Permenpan RB 16/2014" in text
    assert main(["ikm", str(path), "--on", "2016-01-01", "--lang", "id"]) == 0
    text = capsys.readouterr().out
    assert "Mutu pelayanan         B  [rentang BELUM TERVERIFIKASI]" in text
    assert "Belum terverifikasi:" in text
    assert main(["ikm", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["grade"], data["grade_verified"], data["unverified"]) == ("C", True, [])


def test_a_2004_index_shows_the_printed_weight_and_its_unverified_top_band(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fourteen 4s: 100.00 by 1/14, 99.40 by the decree's printed 0,071 (14 × 4 × 0.071 × 25).

    Band A's bounds were not legible in the source (facts.md §4.3): it is flagged.
    """
    header = ",".join(f"U{i}" for i in range(1, 15))
    path = write(tmp_path, header + "\n" + ",".join(["4"] * 14) + "\n")
    options = ["--questionnaire", "kepmenpan-kep-25-m-pan-2-2004"]
    assert main(["ikm", str(path), *options, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "99.40  (with the printed weight 0.071)" in text
    assert "Service quality   A  [UNVERIFIED band]" in text
    assert main(["ikm", str(path), *options]) == 0
    assert "99,40  (dengan bobot tercetak 0,071)" in capsys.readouterr().out
    assert main(["ikm", str(path), *options, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["index"], data["printed_weight"], data["printed_index"]) == (100, 0.071, 99.4)
    assert (data["grade_verified"], data["formula_verified"]) == (False, True)


def test_the_questionnaire_order_option_swaps_the_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--order questionnaire reads U8 as facilities."""
    path = write(tmp_path, f"{HEADER}\n4,4,4,4,4,4,4,1,3\n")
    assert main(["ikm", str(path), "--format", "json", "--order", "questionnaire"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["elements"]["U8"]["code"] == "facilities"
    assert data["nrr"]["U8"] == 1


@pytest.mark.parametrize(
    ("content", "message", "message_id"),
    [
        (b"", "is empty", "berkas kosong"),
        (b"\x80\x81\x82 not utf-8", "not UTF-8", "bukan teks UTF-8"),
        (bytes(range(256)) * 8, "not UTF-8", "bukan teks UTF-8"),
        (b"nama,umur\nA,30\n", "no answer columns", "tidak ada kolom jawaban"),
        (
            b"U1,U2,U3\n4,4,4\n",
            "missing columns U4, U5, U6, U7, U8, U9",
            "kolom U4, U5, U6, U7, U8, U9 tidak ada",
        ),
    ],
)
def test_unusable_input_is_one_line_and_exit_code_2(
    tmp_path: Path, content: bytes, message: str, message_id: str
) -> None:
    """Random bytes, invalid UTF-8, empty files, missing columns: one line on stderr, never a traceback."""
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    for lang, expected in (("en", message), ("id", message_id)):
        result = run_cli("ikm", str(path), "--lang", lang)
        stderr = result.stderr
        assert result.returncode == 2
        assert len(stderr.strip().splitlines()) == 1
        assert stderr.startswith(f"pelayanan: error: {path}: ")
        assert expected in stderr


def test_a_missing_column_is_said_in_the_language_of_lang(tmp_path: Path) -> None:
    """The library's Indonesian text by default and with --lang id, its English with --lang en."""
    path = write(tmp_path, "U1,U2,U3,U4,U5,U6,U7,U8\n4,4,4,4,4,4,4,4\n")
    indonesian = (
        f"pelayanan: error: {path}: kolom U9 tidak ada (seharusnya ada kolom U1, U2, U3, U4, U5, "
        "U6, U7, U8, U9 untuk 9 unsur Permenpan RB 14/2017)\n"
    )
    assert run_cli("ikm", str(path)).stderr == indonesian
    assert run_cli("ikm", str(path), "--lang", "id").stderr == indonesian
    english = run_cli("ikm", str(path), "--lang", "en")
    assert english.returncode == 2
    assert english.stderr == (
        f"pelayanan: error: {path}: missing column U9 (expected U1, U2, U3, U4, U5, U6, U7, U8, "
        "U9 for the 9 elements of Permenpan RB 14/2017)\n"
    )


def test_a_directory_or_a_missing_file_is_exit_code_2(tmp_path: Path) -> None:
    """Paths that cannot be read as a file are usage errors."""
    for path, message in [(tmp_path, "is a directory"), (tmp_path / "no.csv", "no such file")]:
        result = run_cli("ikm", str(path), "--lang", "en")
        assert result.returncode == 2
        assert result.stderr.strip() == f"pelayanan: error: cannot read {path}: " + (
            "it is a directory, not a CSV file" if path == tmp_path else "no such file or directory"
        )
        assert message in result.stderr


def test_the_text_report_is_in_indonesian_or_english_by_lang(tmp_path: Path) -> None:
    """Every word of the report follows --lang; Indonesian writes decimal commas.

    Three respondents answer 4, 3 and 3 to U1..U8 and 4, 4 and 3 to U9: NRR 10/3 = 3.3333 for
    U1..U8 and 11/3 = 3.6667 for U9; IKM (8 × 10/3 + 11/3) / 9 = 91/27 = 3.3704; index
    91/27 × 25 = 84.259… = 84.26, grade B (76.61 to 88.30), Baik / Good. A fourth row answers 5
    in U2 and is left out.
    """
    path = write(
        tmp_path,
        f"{HEADER}\n4,4,4,4,4,4,4,4,4\n3,3,3,3,3,3,3,3,4\n3,3,3,3,3,3,3,3,3\n4,5,4,4,4,4,4,4,4\n",
    )
    indonesian = run_cli("ikm", str(path), "--lang", "id")
    english = run_cli("ikm", str(path), "--lang", "en")
    assert indonesian.returncode == english.returncode == 1
    assert indonesian.stdout.splitlines()[1:] == [
        "Responden: 3 dari 4 baris (1 tidak dihitung)",
        "",
        "     NRR     Unsur",
        "U1   3,3333  Persyaratan",
        "U2   3,3333  Sistem, mekanisme, dan prosedur",
        "U3   3,3333  Waktu penyelesaian",
        "U4   3,3333  Biaya/tarif",
        "U5   3,3333  Produk spesifikasi jenis pelayanan",
        "U6   3,3333  Kompetensi pelaksana",
        "U7   3,3333  Perilaku pelaksana",
        "U8   3,3333  Penanganan pengaduan, saran dan masukan",
        "U9   3,6667  Sarana dan prasarana",
        "",
        "IKM (1-4)              3,3704  (jumlah NRR x 1/9)",
        "IKM konversi (25-100)  84,26",
        "Mutu pelayanan         B",
        "Kinerja unit           Baik",
        "",
        "1 baris tidak dihitung:",
        "  baris 5, U2: '5' di luar skala 1 sampai 4",
    ]
    assert english.stdout.splitlines()[1:] == [
        "Respondents: 3 of 4 rows (1 left out)",
        "",
        "     NRR     Element",
        "U1   3.3333  Requirements",
        "U2   3.3333  Systems, mechanisms and procedures",
        "U3   3.3333  Completion time",
        "U4   3.3333  Fees and charges",
        "U5   3.3333  Product specification by type of service",
        "U6   3.3333  Competence of the staff",
        "U7   3.3333  Conduct of the staff",
        "U8   3.3333  Handling of complaints, suggestions and feedback",
        "U9   3.6667  Facilities and infrastructure",
        "",
        "IKM (1-4)         3.3704  (sum of NRR x 1/9)",
        "Index (25-100)    84.26",
        "Service quality   B",
        "Unit performance  Good",
        "",
        "1 row left out:",
        "  row 5, U2: '5' is not on the scale 1 to 4",
    ]
    for word in ("Respondents", "rows", "Element", "Index", "Service", "Good", "left out", "row "):
        assert word not in indonesian.stdout
    assert "84.26" not in indonesian.stdout


def test_the_command_s_own_errors_follow_lang(tmp_path: Path) -> None:
    """A missing file and a directory: one line in Indonesian by default, in English with --lang."""
    missing = tmp_path / "tidak-ada.csv"
    result = run_cli("ikm", str(missing))
    assert result.returncode == 2
    assert result.stderr == (
        f"pelayanan: error: tidak dapat membaca {missing}: berkas atau direktori tidak ada\n"
    )
    result = run_cli("ikm", str(tmp_path), "--lang", "id")
    assert result.stderr == (
        f"pelayanan: error: tidak dapat membaca {tmp_path}: itu direktori, bukan berkas CSV\n"
    )
    result = run_cli("ikm", str(missing), "--lang", "en")
    assert result.stderr == f"pelayanan: error: cannot read {missing}: no such file or directory\n"


def test_a_row_of_too_many_cells_and_a_word_are_said_in_indonesian(tmp_path: Path) -> None:
    """The CSV reader's own Indonesian text of each row problem, under --lang id (the default)."""
    path = write(tmp_path, f"catatan,{HEADER}\nbaik, cepat,4,4,4,4,4,4,4,4,4\n")
    result = run_cli("ikm", str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines()[1:] == [
        "Responden: 0 dari 1 baris (1 tidak dihitung)",
        "tidak ada nilai IKM: tidak ada baris yang menjawab setiap unsur dengan sah",
        "",
        "1 baris tidak dihitung:",
        "  baris 2, U1: 'cepat' bukan angka 1 sampai 4",
        (
            "  baris 2: baris ini berisi 11 sel, padahal baris judul menyebut 10; pemisah di dalam "
            "suatu nilai mungkin telah menggeser jawaban"
        ),
    ]
    english = run_cli("ikm", str(path), "--lang", "en")
    assert english.stdout.splitlines()[-3:] == [
        "1 row left out:",
        "  row 2, U1: 'cepat' is not a number from 1 to 4",
        (
            "  row 2: the row has 11 cells but the header names 10; a separator inside a value may "
            "have shifted the answers"
        ),
    ]
    as_json = json.loads(run_cli("ikm", str(path), "--format", "json", "--lang", "id").stdout)
    assert [p["message"] for p in as_json["problems"]] == [
        "'cepat' is not a number from 1 to 4",
        (
            "the row has 11 cells but the header names 10; a separator inside a value may have "
            "shifted the answers"
        ),
    ]


def test_answers_can_come_from_standard_input() -> None:
    """`-` reads the CSV from stdin."""
    result = run_cli(
        "ikm", "-", "--format", "json", stdin=f"{HEADER}\n4,4,4,4,4,4,4,4,4\n".encode()
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["index"] == 100


def test_an_order_the_questionnaire_lacks_is_a_usage_error(tmp_path: Path) -> None:
    """16/2014 has one order; asking for the questionnaire order is refused in one line."""
    path = write(tmp_path, f"{HEADER}\n4,4,4,4,4,4,4,4,4\n")
    options = ["--on", "2015-01-01", "--order", "questionnaire"]
    result = run_cli("ikm", str(path), *options, "--lang", "en")
    assert result.returncode == 2
    assert "only one order" in result.stderr
    result = run_cli("ikm", str(path), *options)
    assert result.returncode == 2
    assert "hanya mempunyai satu urutan unsur" in result.stderr


# --- pelayanan sample-size -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("population", "sample", "row"),
    [
        ("100", "80", "100"),
        ("101", "86", "110"),  # between two rows: the next row up
        ("1000", "278", "1000"),
        ("10000", "370", "10000"),
        ("100000", "384", "1000000"),  # the formula would give 383
        ("1,000", "278", "1000"),
        ("1.000", "278", "1000"),
    ],
)
def test_sample_size_prints_the_krejcie_morgan_table_number_and_says_so(
    population: str, sample: str, row: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The number alone on standard output; the table row it was read at on standard error."""
    assert main(["sample-size", population, "--lang", "en"]) == 0
    printed = capsys.readouterr()
    assert printed.out.strip() == sample
    assert printed.err.strip() == (
        f"(the Krejcie–Morgan (1970) table, row N = {row} (S = {sample}))"
    )


def test_sample_size_by_the_formula_says_it_is_not_the_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--method formula: 101 users give 80 (96.98525 / 1.21025 = 80.13…), not the table's 86."""
    assert main(["sample-size", "101", "--method", "formula", "--lang", "en"]) == 0
    printed = capsys.readouterr()
    assert printed.out.strip() == "80"
    assert "not the published table" in printed.err


def test_sample_size_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json names the population, the sample, the method, the row and the parameters."""
    assert main(["sample-size", "100000", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["population"], data["sample_size"], data["chi_square"]) == (100000, 384, 3.841)
    assert (data["method"], data["is_table"]) == ("table", True)
    assert data["table_row"] == {"population": 1000000, "sample_size": 384}
    assert main(["sample-size", "100000", "--format", "json", "--method", "formula"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["sample_size"], data["method"], data["is_table"]) == (383, "formula", False)
    assert data["table_row"] is None


@pytest.mark.parametrize("population", ["-5", "abc", "1,00", "12.5", ""])
def test_sample_size_refuses_what_is_not_a_number_of_people(population: str) -> None:
    """A usage error (exit code 2) with one line naming the value, without a traceback."""
    result = run_cli("sample-size", "--", population)
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"'{population}'" in result.stderr.splitlines()[-1]


def test_sample_size_runs_as_python_dash_m(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m pelayanan sample-size 100` prints 80 and exits 0 (``pelayanan/__main__.py``)."""
    monkeypatch.setattr(sys, "argv", ["pelayanan", "sample-size", "100"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("pelayanan", run_name="__main__")
    assert exited.value.code == 0
    assert capsys.readouterr().out == "80\n"


# --- the bundled example ---------------------------------------------------------------------------


def test_the_example_csv_has_three_bad_rows_and_grade_b(capsys: pytest.CaptureFixture[str]) -> None:
    """113 rows, 3 deliberately bad (rows 47, 64 and 74), 110 counted; index 81.44, grade B."""
    assert main(["ikm", str(EXAMPLE_CSV), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["rows"], data["respondents"]) == (113, 110)
    assert data["excluded_rows"] == [47, 64, 74]
    assert (data["index"], data["grade"], data["label"]) == (81.44, "B", "Baik")


def test_the_example_document_matches_the_csv() -> None:
    """The satisfaction_survey document holds the same 110 valid answers, so the same index."""
    survey = from_json(EXAMPLE_JSON.read_bytes())
    assert isinstance(survey, SatisfactionSurvey)
    from_csv = read_survey_csv(EXAMPLE_CSV.read_bytes())
    assert survey.result() == from_csv.result()
    assert survey.result().grade is Grade.B
    assert survey.reported_index == survey.result().index
    required = survey.required_sample_size()
    assert required == 108  # population 150 → 108
    assert len(survey.responses) >= required
    assert survey.follow_up is not None
    assert survey.follow_up.realisation_percentage() == Decimal("75.00")  # 3 of 4
    assert "ilustratif" in survey.notes
    assert "ilustratif" in EXAMPLE_CSV.read_text(encoding="utf-8")


def test_sample_size_says_its_method_in_indonesian_by_default() -> None:
    """The note on standard error follows --lang; the number on standard output does not.

    150 users: the table's row N = 150 asks for 108 (Krejcie and Morgan 1970); 101 users by the
    formula: 80.
    """
    indonesian = run_cli("sample-size", "150")
    english = run_cli("sample-size", "150", "--lang", "en")
    assert indonesian.stdout == english.stdout == "108\n"
    assert indonesian.stderr == "(tabel Krejcie–Morgan (1970), baris N = 150 (S = 108))\n"
    assert english.stderr == "(the Krejcie–Morgan (1970) table, row N = 150 (S = 108))\n"
    formula = run_cli("sample-size", "101", "--method", "formula", "--lang", "id")
    assert formula.stdout == "80\n"
    assert formula.stderr == (
        "(rumus Krejcie–Morgan untuk N = 101, bukan tabel yang diterbitkan)\n"
    )
    for word in ("the ", "table", "row", "formula", "not "):
        assert word not in indonesian.stderr + formula.stderr
