__version__ = "0.1.0.dev0"
"""The version of the package (:pep:`440`), such as ``"0.1.0"``."""
