"""pytest in docs/: the pages (``*.md``) and the how-to example modules are tests; the build is not.

The Sphinx configuration and the local extension import Sphinx, which the test environment does
not install, and generated or built files are not sources; none of them is collected.
"""

collect_ignore = ["conf.py", "_ext", "_build", "reference/generated"]

try:  # the Dask how-to runs only where the dask extra is installed (.ci/run installs it)
    import dask.bag  # noqa: F401
except ImportError:
    collect_ignore.append("howto/national-runs.md")
