"""The ``pelayanan`` command line: one private module per command.

Every command answers bad input with findings or a one-line error and a non-zero exit code, never
a traceback: 0 means success, 1 means the data has errors, 2 means the command itself was wrong.
Each command module defines ``register(subparsers)``, which adds its parser and sets ``handler``
to a function taking the parsed arguments and returning the exit code.
"""

from __future__ import annotations

from ._main import main

__all__ = ["main"]
