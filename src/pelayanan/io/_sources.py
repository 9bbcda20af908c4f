"""Reading documents from files, directories, JSON Lines and standard input, for the CLI.

Each input becomes a stream of :class:`Source` items, one per JSON text (a ``.json`` file, or one
line of a ``.jsonl`` file), so that JSON Lines input is processed one record at a time and memory
does not grow with the size of the file.

Standard input and other streams (a pipe such as ``<(curl ...)``) have no file name to go by, so
their shape is sniffed: if the first non-blank line is a whole JSON value the stream is read as
JSON Lines, a line at a time; otherwise it is one JSON document (a pretty-printed file), unless
most of its lines are JSON objects on their own, in which case it is JSON Lines whose first line
is broken, and every other line is still checked.
"""

from __future__ import annotations

import itertools
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

import attrs

from .._base.errors import LoadError, PelayananError, Problem
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
    "read_once",
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
        elif path.exists():
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


def _lines(name: str, lines: Iterable[bytes], start: int = 1) -> Iterator[Text]:
    for number, line in enumerate(lines, start=start):
        if line.strip():
            yield Text(f"{name}:{number}", line)


def _is_json(line: bytes) -> bool:
    try:
        _loads(line)
    except LoadError:
        return False
    return True


def _is_json_object(line: bytes) -> bool:
    stripped = line.strip()
    return stripped.startswith(b"{") and _is_json(stripped)


def _sniffed(name: str, stream: Iterable[bytes]) -> Iterator[Text]:
    """A stream of unknown shape: JSON Lines read lazily, or one whole document (module docstring)."""
    lines = iter(stream)
    number = 0
    for line in lines:
        number += 1
        if line.strip():
            break
    else:
        return
    if _is_json(line):
        yield Text(f"{name}:{number}", line)
        yield from _lines(name, lines, start=number + 1)
        return
    rest = list(lines)
    whole = line + b"".join(rest)
    if not _is_json(whole):
        filled = [r for r in rest if r.strip()]
        if filled and 2 * sum(map(_is_json_object, filled)) > len(filled):
            yield from _lines(name, itertools.chain([line], rest), start=number)
            return
    yield Text(name, whole)


def iter_texts(paths: Iterable[str]) -> Iterator[Text]:
    """Yield every JSON text in ``paths`` (files, directories, ``-`` for standard input), unparsed.

    ``.jsonl`` and ``.ndjson`` files are read a line at a time; standard input and other streams
    are sniffed (see the module docstring). Raises
    :class:`UnreadableInputError` before yielding anything if a path does not exist.
    """
    for path in _expand(paths):
        if path is None:
            yield from _sniffed("<stdin>", sys.stdin.buffer)
            continue
        name = str(path)
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                with path.open("rb") as handle:
                    yield from _sniffed(name, handle)
            elif path.suffix in JSON_LINES_SUFFIXES:
                with path.open("rb") as handle:
                    yield from _lines(name, handle)
            else:
                yield Text(name, path.read_bytes())
        except OSError as exc:
            yield Text(name, None, exc.strerror or "")


def parse_text(text: Text) -> Source:
    """Parse one text into a :class:`Source`."""
    if text.content is None:
        reason = f": {text.error}" if text.error else ""
        problem = Problem(
            "",
            f"cannot read the file{reason}",
            "unreadable",
            f"berkas tidak dapat dibaca{reason}",
        )
        return Source(text.name, None, (problem,))
    return _parse(text.name, text.content)


def iter_sources(paths: Iterable[str]) -> Iterator[Source]:
    """Yield every JSON text in ``paths``, parsed (see :func:`iter_texts`)."""
    for text in iter_texts(paths):
        yield parse_text(text)


def total_size(paths: Iterable[str]) -> int:
    """The bytes in the files ``paths`` name (standard input counts as nothing)."""
    return sum(p.stat().st_size for p in _expand(paths) if p is not None and p.is_file())


def read_once(paths: Iterable[str]) -> bool:
    """Whether any of ``paths`` is a stream that cannot be read a second time (``-``, a pipe)."""
    return any(
        raw == "-" or (path.exists() and not path.is_dir() and not path.is_file())
        for raw in paths
        for path in [Path(raw)]
    )
