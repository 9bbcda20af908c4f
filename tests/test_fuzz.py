"""Fuzzing: mutated examples never give an exception other than LoadError, nor a traceback.

Each test draws its changes with Hypothesis (see ``tests/fuzzing.py``), so the examples are the
same on every CI run (``HYPOTHESIS_PROFILE=ci``) and a failure shrinks to a small input. The
number of inputs follows the profile: about two thousand in all with the default and ci profiles
(a share of them per target, by its speed), twenty times as many with
``HYPOTHESIS_PROFILE=thorough``. ``benchmarks/fuzz_long.py`` runs the same targets over far more
inputs, without Hypothesis.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pelayanan import strategies as ps
from pelayanan.io.documents import to_dict

from . import fuzzing

_BUDGET = settings().max_examples
"""The profile's number of examples; the slower targets run a share of it."""


def _chooser(data: st.DataObject) -> fuzzing.Choose:
    return lambda n: data.draw(st.integers(0, n - 1)) if n > 1 else 0


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    """A directory for the files the commands read (one module-wide, rewritten per example)."""
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@settings(max_examples=5 * _BUDGET)
@given(st.data())
def test_from_json_gives_objects_or_a_load_error(data: st.DataObject) -> None:
    """Mutated example text loads and round-trips, or raises LoadError (with tight limits too)."""
    fuzzing.check_from_json(fuzzing.fuzzed_text(_chooser(data)))


@settings(max_examples=3 * _BUDGET)
@given(st.data())
def test_validate_reports_on_any_mutated_example(data: st.DataObject) -> None:
    """Validate never raises on mutated examples, given as text or as data."""
    fuzzing.check_validate(fuzzing.fuzzed_text(_chooser(data)))


@settings(max_examples=_BUDGET)
@given(ps.documents(), st.data())
def test_validate_reports_on_mutated_generated_documents(
    document: Any, data: st.DataObject
) -> None:
    """Documents of every kind from the shipped strategies, mutated, are reported on."""
    seeds = [to_dict(document)]
    text = fuzzing.dumps(fuzzing.mutated(_chooser(data), seeds))
    fuzzing.check_from_json(text)
    fuzzing.check_validate(text)


@settings(max_examples=3 * _BUDGET)
@given(st.data())
def test_the_skm_importer_reads_or_refuses_mutated_csv(data: st.DataObject) -> None:
    """Cells replaced, rows dropped or cut short: rows are read, or SurveyCsvError says why."""
    fuzzing.check_csv(fuzzing.fuzzed_csv(_chooser(data), fuzzing.example_csv()))


def test_every_command_has_a_fuzz_driver() -> None:
    """A command added to the CLI cannot be left out of the fuzzing."""
    assert sorted(fuzzing.DRIVERS) == fuzzing.commands()


@pytest.mark.parametrize("command", sorted(fuzzing.DRIVERS))
@settings(max_examples=max(5, _BUDGET // 2))
@given(data=st.data())
def test_every_command_exits_0_1_or_2_on_mutated_input(
    command: str, workdir: Path, data: st.DataObject
) -> None:
    """Each command, in process, on a mutated example: exit 0, 1 or 2, never a traceback."""
    choose = _chooser(data)
    text = fuzzing.fuzzed_text(choose)
    table = fuzzing.fuzzed_csv(choose, fuzzing.example_csv())
    document, answers = fuzzing.write_inputs(workdir, text, table)
    fuzzing.check_cli(command, document, answers, choose)
