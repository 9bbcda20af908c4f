"""Shared test configuration: Hypothesis profiles and paths to the bundled examples."""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

import pelayanan

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
