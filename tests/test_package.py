"""The public surface: what `import pelayanan` offers, typed and documented."""

from __future__ import annotations

import ast
import importlib
import importlib.resources
import inspect
import re
import subprocess
import sys

import pytest

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


def _type_checking_imports() -> dict[str, str]:
    """The names the ``if TYPE_CHECKING:`` block of ``pelayanan/__init__.py`` imports, by module."""
    source = inspect.getsource(pelayanan)
    tree = ast.parse(source)
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    return {
        alias.name: f"pelayanan{'.' * (node.level - 1)}.{node.module}".replace("..", ".")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def test_the_lazy_names_are_where_the_type_checkers_read_them() -> None:
    """The table of homes says what the TYPE_CHECKING imports say, name for name.

    mypy reads the imports; the running package reads the table. If they drifted, a user's type
    checker and a user's program would see two different objects under one name.
    """
    assert _type_checking_imports() == pelayanan._HOMES
    assert set(pelayanan._HOMES) | {"__version__"} == set(pelayanan.__all__)


def test_every_public_name_is_the_object_of_its_wing() -> None:
    """``pelayanan.X`` is the very object of the module it lives in, not a copy."""
    for name, home in pelayanan._HOMES.items():
        assert getattr(pelayanan, name) is getattr(importlib.import_module(home), name), name
    assert set(pelayanan.__all__) <= set(dir(pelayanan))


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A misspelt name says what the module is and what was asked, as for any module."""
    with pytest.raises(AttributeError, match="'pelayanan' has no attribute 'ServiceStandrad'"):
        _ = pelayanan.ServiceStandrad  # type: ignore[attr-defined]


def _loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    script = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


def test_import_pelayanan_loads_no_model_until_a_name_is_used() -> None:
    """``import pelayanan`` starts at once: no attrs, no converter, no rules until asked for."""
    loaded = _loaded_after("import pelayanan")
    assert {"attrs", "cattrs", "pelayanan.model", "pelayanan.rules"}.isdisjoint(loaded)
    used = _loaded_after("import pelayanan\npelayanan.ServiceStandard")
    assert {"attrs", "pelayanan.model.standards"} <= used
    assert "pelayanan.rules" not in used


def test_the_command_line_loads_only_the_command_it_runs() -> None:
    """``--version`` and ``rules --format json`` load no model; ``deadline`` loads no rules."""
    run = "from pelayanan.cli import main\ntry:\n    main({})\nexcept SystemExit:\n    pass"
    version = _loaded_after(run.format(["--version"]))
    assert {"attrs", "pelayanan.cli._validate"}.isdisjoint(version)
    listing = _loaded_after(run.format(["rules", "--format", "json"]))
    assert {"attrs", "pelayanan.rules", "pelayanan.cli._validate"}.isdisjoint(listing)
    assert "pelayanan.cli._rules" in listing
    deadline = _loaded_after(run.format(["deadline", "2024-05-02", "5"]))
    assert "pelayanan.time.calendar" in deadline
    assert {"pelayanan.rules", "pelayanan.cli._validate"}.isdisjoint(deadline)
