"""The documentation's own code: generated pages, diagrams, and the Sphinx extension.

:mod:`.generate` and :mod:`.diagrams` need only :mod:`pelayanan` (the tests import them where
Sphinx is not installed); :mod:`.extension` is the Sphinx extension that uses them, listed in
``docs/conf.py`` as ``pelayanan_docs.extension``.
"""
