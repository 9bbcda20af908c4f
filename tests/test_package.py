"""The public surface: what `import pelayanan` offers, typed and documented."""

from __future__ import annotations

import importlib
import importlib.resources
import inspect
import re

import pelayanan

from .conftest import PUBLIC_MODULES


def _isort_order(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: CONSTANTS, then Classes, then functions."""
    group = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return group, name


def test_version_is_a_pep_440_string() -> None:
    """`pelayanan.__version__` is set from one place (_version.py)."""
    assert re.fullmatch(r"\d+\.\d+\.\d+(\.dev\d+|a\d+|b\d+|rc\d+)?", pelayanan.__version__)


def test_the_issue_names_are_exported() -> None:
    """The foundation issue lists what `import pelayanan` must expose."""
    for name in ["to_dict", "from_dict", "to_json", "from_json", "LoadError", "PelayananError"]:
        assert name in pelayanan.__all__
    assert issubclass(pelayanan.LoadError, ValueError)
    assert issubclass(pelayanan.LoadError, pelayanan.PelayananError)


def test_all_is_sorted_and_complete() -> None:
    """`__all__` is sorted and every name in it exists."""
    assert pelayanan.__all__ == sorted(pelayanan.__all__, key=_isort_order)
    for name in pelayanan.__all__:
        assert hasattr(pelayanan, name), name


def test_public_modules_declare_all_and_document_everything_in_it() -> None:
    """Every public module has `__all__`, and every public object a docstring."""
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        assert module.__doc__, module_name
        assert module.__all__ == sorted(module.__all__, key=_isort_order), module_name
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isclass(obj) or inspect.isfunction(obj):
                assert inspect.getdoc(obj), f"{module_name}.{name} has no docstring"


def test_the_package_is_marked_as_typed() -> None:
    """PEP 561: the installed package carries py.typed."""
    assert importlib.resources.files("pelayanan").joinpath("py.typed").is_file()
