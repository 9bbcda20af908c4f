"""Shared test configuration: Hypothesis profiles, the bundled examples, running the command line."""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import io
import os
import pkgutil
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

import pelayanan
from pelayanan.cli import main

# Hypothesis example counts come from a profile, never from a test (HYPOTHESIS_PROFILE picks it):
# `dev` (the default) keeps a whole run of the suite under a few minutes, `ci` is derandomised so
# that every CI run draws the same examples, `thorough` is for a long run before a release.
_COMMON = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("dev", _COMMON, max_examples=20)
settings.register_profile("ci", _COMMON, max_examples=100, derandomize=True)
settings.register_profile("thorough", _COMMON, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def _import_every_module() -> None:
    """Import every module of the package under test before pytest collects the doctests.

    The tests import the installed ``pelayanan`` (the wheel in CI). The doctests are collected
    from the files in ``src/``; with ``--import-mode=importlib`` pytest uses the module already in
    ``sys.modules`` under its package name, but loads one it has not seen from the file in
    ``src/``, next to the installed package: the doctest would check code nobody installs. With
    every module imported here, each doctest runs in the installed module
    (``tests/test_installed.py`` checks that no module came from elsewhere).
    """
    for info in pkgutil.walk_packages(pelayanan.__path__, "pelayanan."):
        if info.name != "pelayanan.__main__":  # running it is the command line
            importlib.import_module(info.name)


_import_every_module()

collect_ignore = ["typing"]
"""``typing/`` is checked by mypy and run by ``test_typing_usage.py``; it holds no tests."""

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def examples() -> Path:
    """The bundled examples directory."""
    return EXAMPLES


def _public_module_names() -> list[str]:
    names = ["pelayanan"]
    for info in pkgutil.walk_packages(pelayanan.__path__, "pelayanan."):
        if any(part.startswith("_") for part in info.name.split(".")[1:]):
            continue
        names.append(info.name)
    return sorted(names)


PUBLIC_MODULES = _public_module_names()
"""Every public module of the package, found by walking it (a new wing cannot be forgotten)."""


def public_modules() -> Iterator[ModuleType]:
    """Import and yield every public module."""
    for name in PUBLIC_MODULES:
        yield importlib.import_module(name)


def public_objects() -> Iterator[tuple[str, object]]:
    """Every object a public module exports in ``__all__``, once, with its qualified name."""
    seen: set[int] = set()
    for module in public_modules():
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if id(obj) not in seen:
                seen.add(id(obj))
                yield f"{module.__name__}.{name}", obj


@dataclasses.dataclass(frozen=True)
class Ran:
    """What one run of the command line gave: its exit code and what it printed."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, stdin: bytes = b"") -> Ran:
    """Run ``pelayanan ARGS`` in this process through :func:`pelayanan.cli.main`.

    This is what the console script runs, without the second of interpreter start-up a
    subprocess costs; argparse's exits (usage errors, ``--help``) give their code. ``stdin`` is
    what ``-`` reads. The tests that run the installed program itself use :func:`run_installed`.
    """
    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(list(args))
            except SystemExit as exit_:  # None is success; a message (not a code) is failure
                code = exit_.code
                status = 0 if code is None else code if isinstance(code, int) else 1
    finally:
        sys.stdin = saved_stdin
    return Ran(status, out.getvalue(), err.getvalue())


def run_installed(*args: str, stdin: bytes | None = None) -> Ran:
    """Run the installed ``pelayanan`` console script in a new process, as a shell would.

    The script is the one next to this interpreter (``pip install`` put it there); the
    environment has no ``PYTHONPATH``, so it runs the installed package and nothing else.
    """
    script = shutil.which("pelayanan", path=sysconfig.get_path("scripts"))
    assert script is not None, "no `pelayanan` console script: install the package first"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"NO_COLOR": "1"}
    result = subprocess.run([script, *args], input=stdin, capture_output=True, check=False, env=env)
    return Ran(
        result.returncode,
        result.stdout.decode("utf-8", "backslashreplace"),
        result.stderr.decode("utf-8", "backslashreplace"),
    )
