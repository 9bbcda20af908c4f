"""Reading documents from files, directories, JSON Lines and standard input, for the CLI.

Each input becomes a stream of :class:`Source` items, one per JSON text (a ``.json`` file, or one
line of a ``.jsonl`` file), so that JSON Lines input is processed one record at a time and memory
does not grow with the size of the file.

Standard input and other streams (a pipe such as ``<(curl ...)``) have no file name to go by, so
their shape is sniffed: if the first non-blank line is a whole JSON value the stream is read as
JSON Lines, a line at a time; otherwise it is one JSON document (a pretty-printed file), unless
most of its lines are JSON objects on their own, in which case it is JSON Lines whose first line
is broken, and every other line is still checked.

Nothing is read without bound (:class:`~pelayanan.io.limits.Limits`): a JSON text (a ``.json``
file, one line) larger than ``max_text_bytes`` is reported and skipped, and a stream that goes
on past it without a line break is not read further. Files in a directory that are not regular
files (a named pipe, a device) are reported and skipped rather than opened; a device named on
the command line likewise. Named pipes given by name, and ``-``, are read as streams.
"""

from __future__ import annotations

import itertools
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Final

import attrs

from .._base.errors import LoadError, ProblemKind, SaidError
from .._base.problems import Problem
from .documents import _loads, _parse_json
from .limits import DEFAULT_LIMITS, Limits

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
    "stream_texts",
    "total_size",
]

JSON_SUFFIXES: Final = frozenset({".json"})
JSON_LINES_SUFFIXES: Final = frozenset({".jsonl", ".ndjson"})
"""File name endings read as JSON Lines, in any case (``.JSONL`` too)."""

_CHUNK: Final = 1 << 20
"""Bytes read at a time while skipping the rest of an overlong line."""


class UnreadableInputError(SaidError, OSError):
    """A path given on the command line does not exist or cannot be read.

    Said in English by ``str()`` and in either language by ``text(lang)``.
    """


@attrs.frozen
class Source:
    """One JSON text read from an input: its parsed data, or why it could not be parsed."""

    name: str
    """Where it came from: ``examples/a.json`` or ``big.jsonl:17``."""
    data: object = None
    problems: tuple[Problem, ...] = ()
    checked: bool = False
    """Whether the data is known to be within the limits already (see ``documents``)."""

    @property
    def readable(self) -> bool:
        """Whether the text parsed as JSON."""
        return not self.problems


def _parse(name: str, text: bytes, limits: Limits) -> Source:
    try:
        data, checked = _parse_json(text, limits)
    except LoadError as exc:
        return Source(name, None, exc.problems)
    return Source(name, data, checked=checked)


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _files_in(directory: Path) -> list[Path]:
    found = [
        Path(root) / name
        for root, dirs, files in os.walk(directory)
        for name in files
        if _suffix(Path(name)) in JSON_SUFFIXES | JSON_LINES_SUFFIXES
        if not any(part.startswith(".") for part in Path(root, name).relative_to(directory).parts)
    ]
    return sorted(found)


@attrs.frozen
class _Input:
    """One input to read: a path (found in a directory or named), or standard input."""

    path: Path | None
    in_directory: bool = False


def _expand(paths: Iterable[str]) -> list[_Input]:
    """Check every path first, so that a typo fails the run before any output (exit code 2)."""
    expanded: list[_Input] = []
    for raw in paths:
        if raw == "-":
            if sys.stdin is None or sys.stdin.closed:
                msg = "cannot read standard input: it is closed"
                raise UnreadableInputError(
                    msg, "tidak dapat membaca masukan standar: sudah ditutup"
                )
            expanded.append(_Input(None))
            continue
        if not raw:
            msg = "cannot read '': an empty path names no file (use . for this directory)"
            raise UnreadableInputError(
                msg,
                "tidak dapat membaca '': path kosong tidak menunjuk berkas (pakai . untuk folder ini)",
            )
        path = Path(raw)
        try:
            if path.is_dir():
                expanded.extend(_Input(found, in_directory=True) for found in _files_in(path))
                continue
            exists = path.exists()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte in it
            reason = getattr(exc, "strerror", None) or exc
            msg = f"cannot read {raw!r}: {reason}"
            raise UnreadableInputError(msg, f"tidak dapat membaca {raw!r}: {reason}") from None
        if not exists:
            msg = f"cannot read {raw}: no such file or directory"
            raise UnreadableInputError(
                msg, f"tidak dapat membaca {raw}: berkas atau folder tidak ada"
            )
        if not os.access(path, os.R_OK):
            msg = f"cannot read {raw}: permission denied"
            raise UnreadableInputError(msg, f"tidak dapat membaca {raw}: tidak ada izin membaca")
        expanded.append(_Input(path))
    return expanded


@attrs.frozen
class Text:
    """One JSON text as read, not yet parsed: a file's content or one line of a JSON Lines file."""

    name: str
    content: bytes | None
    """``None`` when the file could not be read (see ``error``)."""
    error: str | None = None
    error_kind: ProblemKind = "unreadable"
    """``"limit"`` when the text was too large to read."""


def _too_large(name: str, limits: Limits, what: str = "a JSON text") -> Text:
    message = f"{what} of more than {limits.max_text_bytes:,} bytes; skipped (the limit)"
    return Text(name, None, message, "limit")


def _bounded_lines(handle: IO[bytes], limits: Limits) -> Iterator[bytes | None]:
    """The lines of ``handle``; ``None`` for a line longer than the limit (then skipped)."""
    longest = limits.max_text_bytes
    while True:
        line = handle.readline(longest + 1)
        if not line:
            return
        if len(line) > longest and not line.endswith(b"\n"):
            yield None
            while True:  # skip the rest of the line, a chunk at a time
                rest = handle.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            continue
        yield line


def _lines(
    name: str, lines: Iterable[bytes | None], limits: Limits, start: int = 1
) -> Iterator[Text]:
    for number, line in enumerate(lines, start=start):
        if line is None:
            yield _too_large(f"{name}:{number}", limits, "a line")
        elif line.strip():
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


def _stream_lines(handle: IO[bytes], limits: Limits) -> Iterator[bytes | None]:
    """The lines of a stream; after an overlong one the stream is not read further.

    A stream may never end (a device, ``yes | ...``): past a line longer than the limit there is
    no telling whether more is worth reading.
    """
    for line in _bounded_lines(handle, limits):
        yield line
        if line is None:
            return


def _sniffed(name: str, handle: IO[bytes], limits: Limits) -> Iterator[Text]:
    """A stream of unknown shape: JSON Lines read lazily, or one whole document (module docstring)."""
    lines = _stream_lines(handle, limits)
    number = 0
    for line in lines:
        number += 1
        if line is None:
            yield _too_large(f"{name}:{number}", limits, "a line")
            return
        if line.strip():
            break
    else:
        return
    if _is_json(line):
        yield Text(f"{name}:{number}", line)
        yield from _lines(name, lines, limits, start=number + 1)
        return
    rest: list[bytes | None] = []
    size = len(line)
    for more in lines:  # the rest of a pretty-printed document, up to the limit
        rest.append(more)
        size += len(more) if more is not None else limits.max_text_bytes + 1
        if size > limits.max_text_bytes:
            yield _too_large(name, limits)
            return
    whole = line + b"".join(r for r in rest if r is not None)
    if not _is_json(whole):
        filled = [r for r in rest if r is not None and r.strip()]
        if filled and 2 * sum(map(_is_json_object, filled)) > len(filled):
            yield from _lines(name, itertools.chain([line], rest), limits, start=number)
            return
    yield Text(name, whole)


def stream_texts(name: str, handle: IO[bytes], limits: Limits = DEFAULT_LIMITS) -> Iterator[Text]:
    """The JSON texts of one stream of unknown shape (a request body, a pipe), sniffed.

    JSON Lines are named ``name:N``, one pretty-printed document ``name`` (module docstring).
    """
    return _sniffed(name, handle, limits)


def _read_file(path: Path, limits: Limits) -> Text:
    """A whole regular file, unless it is larger than the limit."""
    name = str(path)
    with path.open("rb") as handle:
        content = handle.read(limits.max_text_bytes + 1)
    if len(content) > limits.max_text_bytes:
        return _too_large(name, limits, "a file")
    return Text(name, content)


def _texts_of(item: _Input, limits: Limits) -> Iterator[Text]:
    path = item.path
    if path is None:
        yield from _sniffed("<stdin>", sys.stdin.buffer, limits)
        return
    name = str(path)
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        if item.in_directory or not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)):
            kind = "a named pipe" if stat.S_ISFIFO(mode) else "a device or other special file"
            yield Text(name, None, f"{kind}, not a regular file; skipped")
            return
        with path.open("rb") as handle:
            yield from _sniffed(name, handle, limits)
    elif _suffix(path) in JSON_LINES_SUFFIXES:
        with path.open("rb") as handle:
            # A file no larger than the limit has no line larger than it: read it the fast way.
            small = path.stat().st_size <= limits.max_text_bytes
            lines = handle if small else _bounded_lines(handle, limits)
            yield from _lines(name, lines, limits)
    elif path.stat().st_size > limits.max_text_bytes:
        yield _too_large(name, limits, "a file")
    else:
        yield _read_file(path, limits)


def iter_texts(paths: Iterable[str], limits: Limits = DEFAULT_LIMITS) -> Iterator[Text]:
    """Yield every JSON text in ``paths`` (files, directories, ``-`` for standard input), unparsed.

    ``.jsonl`` and ``.ndjson`` files are read a line at a time; standard input and other streams
    are sniffed (see the module docstring). Raises :class:`UnreadableInputError` before yielding
    anything if a path does not exist.
    """
    for item in _expand(paths):
        name = str(item.path) if item.path is not None else "<stdin>"
        try:
            yield from _texts_of(item, limits)
        except OSError as exc:
            yield Text(name, None, f"cannot read the file: {exc.strerror or exc}")


def parse_text(text: Text, limits: Limits = DEFAULT_LIMITS) -> Source:
    """Parse one text into a :class:`Source`."""
    if text.content is None:
        message = text.error or "cannot read the file"
        detail = f" ({text.error})" if text.error else ""
        problem = Problem("", message, text.error_kind, f"berkas tidak dapat dibaca{detail}")
        return Source(text.name, None, (problem,))
    return _parse(text.name, text.content, limits)


def iter_sources(paths: Iterable[str], limits: Limits = DEFAULT_LIMITS) -> Iterator[Source]:
    """Yield every JSON text in ``paths``, parsed (see :func:`iter_texts`)."""
    for text in iter_texts(paths, limits):
        yield parse_text(text, limits)


def total_size(paths: Iterable[str]) -> int:
    """The bytes in the regular files ``paths`` name (standard input counts as nothing)."""
    total = 0
    for item in _expand(paths):
        if item.path is not None:
            try:
                info = item.path.stat()
            except OSError:
                continue
            total += info.st_size if stat.S_ISREG(info.st_mode) else 0
    return total


def read_once(paths: Iterable[str]) -> bool:
    """Whether any of ``paths`` is a stream that cannot be read a second time (``-``, a pipe)."""
    for raw in paths:
        if raw == "-":
            return True
        try:
            path = Path(raw)
            if raw and path.exists() and not path.is_dir() and not path.is_file():
                return True
        except (OSError, ValueError):
            continue
    return False
