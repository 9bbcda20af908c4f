"""Scanning a survey CSV in constant memory gives what reading it whole gives."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan.participation.surveys import (
    QUESTIONNAIRES,
    AnswerTally,
    SurveyResponse,
    compute_ikm,
    read_survey_csv,
    scan_survey_csv,
)

from .conftest import EXAMPLES

SKM = QUESTIONNAIRES["permenpan-rb-14-2017"]
HEADER = "Nama;U1;U2;U3;U4;U5;U6;U7;U8;U9"
CELLS = st.sampled_from(["1", "2", "3", "4", "4", "3", "", "5", "x", " 4 ", "4,0"])


def test_the_example_survey_scans_to_the_same_index_as_reading_it_whole() -> None:
    """The Jambi SKM CSV: same respondents, same problems, same index (81.44, B in the README)."""
    data = (EXAMPLES / "dinas-sosial-kota-jambi/skm-2024.csv").read_bytes()
    whole = read_survey_csv(data)
    scanned = scan_survey_csv(io.BytesIO(data))
    assert scanned.responses == ()
    assert scanned.usable == len(whole.responses)
    assert scanned.problems == whole.problems
    assert scanned.rows == whole.rows
    assert scanned.result() == whole.result()


@given(st.lists(st.lists(CELLS, min_size=8, max_size=10), min_size=1, max_size=40))
def test_scanning_agrees_with_reading_for_any_rows(rows: list[list[str]]) -> None:
    """Bad cells, short and long rows: the same problems and index either way."""
    text = "\n".join([HEADER, *(";".join(["R", *row]) for row in rows)]) + "\n"
    try:
        whole = read_survey_csv(text)
    except ValueError as exc:
        with pytest.raises(ValueError, match=re.escape(str(exc))):
            scan_survey_csv(io.StringIO(text))
        return
    scanned = scan_survey_csv(io.StringIO(text))
    assert scanned.problems == whole.problems
    assert scanned.usable == len(whole.responses)
    if whole.responses:
        assert scanned.result() == whole.result()


def test_a_large_file_keeps_the_first_problems_and_counts_the_rest() -> None:
    """30,000 rows with a 5 in each: 10 problems kept, 30,000 counted, no index."""
    lines = [HEADER] + ["R;5;4;4;4;4;4;4;4;4"] * 30_000
    scanned = scan_survey_csv(io.StringIO("\n".join(lines)), keep_problems=10)
    assert len(scanned.problems) == 10
    assert scanned.problems_total == 30_000
    assert scanned.problems[0].row == 2
    assert scanned.usable == 0


def test_a_tally_gives_the_index_of_its_responses() -> None:
    """AnswerTally is compute_ikm's arithmetic: 3 respondents answering 3 and 4 → NRR 3.5 → 87.50."""
    responses = [SurveyResponse(dict.fromkeys(SKM.codes, 4))] * 2 + [
        SurveyResponse(dict.fromkeys(SKM.codes, 2))
    ]
    tally = AnswerTally.of(responses)
    # NRR = (4 + 4 + 2) / 3 = 10/3 for every element; IKM = 10/3; index = 10/3 × 25 = 83.33
    assert str(tally.result(SKM).index) == "83.33"
    assert tally.result(SKM) == compute_ikm(responses, SKM)


def test_a_csv_that_is_not_utf8_is_refused_with_one_line() -> None:
    """Windows-1252 bytes: a SurveyCsvError naming the problem, not a decoding traceback."""
    data = (HEADER + "\nJos\xe9;4;4;4;4;4;4;4;4;4\n").encode("cp1252")
    with pytest.raises(ValueError, match="not UTF-8"):
        scan_survey_csv(io.BytesIO(data))
