"""Reading documents from files, directories, JSON Lines and standard input, for the CLI.

Each input becomes a stream of :class:`Source` items, one per JSON text (a ``.json`` file, or one
line of a ``.jsonl`` file), so that JSON Lines input is processed one record at a time and memory
does not grow with the size of the file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

import attrs

from ._errors import LoadError, PelayananError, Problem
from .documents import _loads

__all__ = [
    "JSON_LINES_SUFFIXES",
    "JSON_SUFFIXES",
    "Source",
    "Text",
    "UnreadableInputError",
    "iter_sources",
    "iter_texts",
    "parse_text",
    "total_size",
]

JSON_SUFFIXES: Final = frozenset({".json"})
JSON_LINES_SUFFIXES: Final = frozenset({".jsonl", ".ndjson"})


class UnreadableInputError(PelayananError, OSError):
    """A path given on the command line does not exist or cannot be read."""


@attrs.frozen
class Source:
    """One JSON text read from an input: its parsed data, or why it could not be parsed."""

    name: str
    """Where it came from: ``examples/a.json`` or ``big.jsonl:17``."""
    data: object = None
    problems: tuple[Problem, ...] = ()

    @property
    def readable(self) -> bool:
        """Whether the text parsed as JSON."""
        return not self.problems


def _parse(name: str, text: bytes) -> Source:
    try:
        return Source(name, _loads(text))
    except LoadError as exc:
        return Source(name, None, exc.problems)


def _files_in(directory: Path) -> list[Path]:
    found = [
        Path(root) / name
        for root, dirs, files in os.walk(directory)
        for name in files
        if Path(name).suffix in JSON_SUFFIXES | JSON_LINES_SUFFIXES
        if not any(part.startswith(".") for part in Path(root, name).relative_to(directory).parts)
    ]
    return sorted(found)


def _expand(paths: Iterable[str]) -> list[Path | None]:
    """Check every path first, so that a typo fails the run before any output (exit code 2)."""
    expanded: list[Path | None] = []
    for raw in paths:
        if raw == "-":
            expanded.append(None)
            continue
        path = Path(raw)
        if path.is_dir():
            expanded.extend(_files_in(path))
        elif path.is_file():
            if not os.access(path, os.R_OK):
                msg = f"cannot read {raw}: permission denied"
                raise UnreadableInputError(msg)
            expanded.append(path)
        else:
            msg = f"cannot read {raw}: no such file or directory"
            raise UnreadableInputError(msg)
    return expanded


@attrs.frozen
class Text:
    """One JSON text as read, not yet parsed: a file's content or one line of a JSON Lines file."""

    name: str
    content: bytes | None
    """``None`` when the file could not be read (see ``error``)."""
    error: str | None = None


def _lines(name: str, lines: Iterable[bytes]) -> Iterator[Text]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield Text(f"{name}:{number}", line)


def iter_texts(paths: Iterable[str]) -> Iterator[Text]:
    """Yield every JSON text in ``paths`` (files, directories, ``-`` for standard input), unparsed.

    ``.jsonl`` and ``.ndjson`` files, and standard input, are read a line at a time. Raises
    :class:`UnreadableInputError` before yielding anything if a path does not exist.
    """
    for path in _expand(paths):
        if path is None:
            yield from _lines("<stdin>", sys.stdin.buffer)
            continue
        name = str(path)
        try:
            if path.suffix in JSON_LINES_SUFFIXES:
                with path.open("rb") as handle:
                    yield from _lines(name, handle)
            else:
                yield Text(name, path.read_bytes())
        except OSError as exc:
            yield Text(name, None, f"cannot read the file: {exc.strerror}")


def parse_text(text: Text) -> Source:
    """Parse one text into a :class:`Source`."""
    if text.content is None:
        return Source(text.name, None, (Problem("", text.error or "unreadable", "unreadable"),))
    return _parse(text.name, text.content)


def iter_sources(paths: Iterable[str]) -> Iterator[Source]:
    """Yield every JSON text in ``paths``, parsed (see :func:`iter_texts`)."""
    for text in iter_texts(paths):
        yield parse_text(text)


def total_size(paths: Iterable[str]) -> int:
    """The bytes in the files ``paths`` name (standard input counts as nothing)."""
    return sum(p.stat().st_size for p in _expand(paths) if p is not None)
