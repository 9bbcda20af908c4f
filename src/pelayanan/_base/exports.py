"""Name the public home of the errors that a private module defines and a public module exports.

A wing splits a module in two where a data module needs the classes of the public one (the
catalogue of instruments, the SKM questionnaires, the PEKPPP instruments): the classes live in a
private module that both import. :func:`adopt` makes tracebacks name the public module
(``pelayanan.evaluation.performance.MissingScoresError``) rather than the private one.

Only exception classes are adopted: the annotations of other classes are resolved in the module
named by ``__module__`` (``typing.get_type_hints``), which must stay the one that defines them.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping

__all__ = ["adopt"]


def adopt(namespace: MutableMapping[str, object], names: Iterable[str]) -> None:
    """Give every exception class in ``names`` the module of ``namespace`` as its home.

    Only exceptions defined in a private module of :mod:`pelayanan` are changed; one that
    another public module defines keeps its home.
    """
    home = str(namespace["__name__"])
    for name in names:
        obj = namespace[name]
        module = getattr(obj, "__module__", None)
        if (
            isinstance(module, str)
            and module.startswith("pelayanan.")
            and any(part.startswith("_") for part in module.split(".")[1:])
            and isinstance(obj, type)
            and issubclass(obj, BaseException)
        ):
            obj.__module__ = home
