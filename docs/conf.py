"""Sphinx configuration for the pelayanan documentation.

Build it with
``python -m sphinx -W --keep-going -b html -d docs/_build/doctrees docs docs/_build/html`` (what
``.ci/run`` does; ``-d`` keeps the doctrees, the build's cache, out of the published HTML). Pages
are MyST Markdown; the API reference comes from the docstrings, one page per wing; the rule
catalogue, the regulation catalogue, the CLI reference, the component glossary, the table of wings
and the diagrams are generated from the code during the build by the local extension in
``docs/_ext/pelayanan_docs``."""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
# The source tree, not an installed copy, so that the docs describe the code next to them (the
# tests import it the same way: ``pythonpath = ["src"]`` in pyproject.toml).
sys.path.insert(0, str(DOCS.parent / "src"))
sys.path.insert(0, str(DOCS / "_ext"))

from pelayanan import __version__  # noqa: E402  (needs the path above)

project = "pelayanan"
author = "The pelayanan developers"
copyright = "the pelayanan developers, Apache-2.0"
release = __version__
version = ".".join(__version__.split(".")[:2])
language = "en"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
    "pelayanan_docs.extension",
]

# --- copy button ---------------------------------------------------------------------------------
# Copy only what a reader types: the commands after "$ " and the code after ">>> " or "... ",
# never the output shown under them.
copybutton_prompt_text = r"\$ |>>> |\.\.\. "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = [
    "_build",
    "_ext",
    "_intersphinx",
    # Fragments written during the build and pulled into pages with {include}; never committed.
    "reference/generated",
]
templates_path: list[str] = []

# --- MyST ----------------------------------------------------------------------------------------
myst_enable_extensions = ["deflist", "colon_fence"]
myst_heading_anchors = 3

# --- autodoc -------------------------------------------------------------------------------------
# Members in the order of each module's __all__ (alphabetical, RUF022), which is also what is public.
autodoc_default_options = {"members": True, "undoc-members": True, "member-order": "bysource"}
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = False
autodoc_class_signature = "mixed"
add_module_names = False
python_display_short_literal_types = True

# --- intersphinx ---------------------------------------------------------------------------------
# The inventories are stored in docs/_intersphinx (see the README there for where each comes from),
# so that the build needs no network: CI and this project's machines reach only package registries.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", (str(DOCS / "_intersphinx" / "python.inv"),)),
    "attrs": ("https://www.attrs.org/en/stable", (str(DOCS / "_intersphinx" / "attrs.inv"),)),
    "cattrs": ("https://catt.rs/en/stable", (str(DOCS / "_intersphinx" / "cattrs.inv"),)),
}
intersphinx_disabled_reftypes = ["std:doc"]

# --- HTML ----------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"pelayanan {release}"
html_static_path = ["_static"]
html_css_files = ["pelayanan.css"]
html_theme_options = {
    "source_repository": "https://github.com/pelayanan/pelayanan/",
    "source_branch": "main",
    "source_directory": "docs/",
}
html_show_sourcelink = False
