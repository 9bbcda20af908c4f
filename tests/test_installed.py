"""The suite tests one copy of the package: the installed one, which CI builds from a wheel."""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

import pytest

import pelayanan
import pelayanan.io.documents

from .conftest import ROOT


def _loaded_modules() -> dict[str, Path]:
    """Every ``pelayanan`` module imported so far, with the file it was loaded from."""
    return {
        name: Path(module.__file__)
        for name, module in list(sys.modules.items())
        if (name == "pelayanan" or name.startswith("pelayanan."))
        and getattr(module, "__file__", None)
    }


def test_every_loaded_module_comes_from_the_same_copy_of_the_package() -> None:
    """Tests, the doctests over ``src/`` and the pages all see the modules of one copy.

    pytest collects the doctests of ``src/pelayanan`` before any test runs. Had it imported a
    module from the source tree while ``pelayanan`` itself came from site-packages, the doctest
    would check code the user does not install, and a class would exist twice under one name.
    """
    home = Path(pelayanan.__file__).parent
    strays = {
        name: str(path) for name, path in _loaded_modules().items() if home not in path.parents
    }
    assert strays == {}


@pytest.mark.skipif(
    os.environ.get("PELAYANAN_EXPECT_INSTALLED") != "1",
    reason="a development run may use an editable install; .ci/run sets PELAYANAN_EXPECT_INSTALLED=1",
)
def test_the_package_under_test_is_installed_in_site_packages() -> None:
    """In CI the modules come from the installed wheel, never from ``src/``."""
    site_packages = {Path(sysconfig.get_path(key)).resolve() for key in ("purelib", "platlib")}
    documents = Path(pelayanan.io.documents.__file__).resolve()
    assert any(directory in documents.parents for directory in site_packages), documents
    assert (ROOT / "src").resolve() not in documents.parents
