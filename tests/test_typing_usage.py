"""``tests/typing/api_usage.py`` (checked by ``mypy --strict`` in CI) runs as well as it types."""

from __future__ import annotations

import runpy

from pelayanan.participation.surveys import Grade

from .conftest import ROOT

USAGE = ROOT / "tests" / "typing" / "api_usage.py"


def test_the_typed_usage_example_runs_and_finds_what_it_says() -> None:
    """The example runs without error; its local rules found the four-day standard's problems."""
    namespace = runpy.run_path(str(USAGE))
    assert namespace["grade"] is Grade.B
    assert [f.code for f in namespace["local_report"].findings] == ["KC001"]
    assert [f.code for f in namespace["own_report"].findings] == ["KC002"]
