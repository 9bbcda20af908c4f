r"""Find the line of a JSON Pointer in JSON text, so that SARIF results can point at a line.

A small linear scanner (no recursion, so any nesting depth is fine). It records the line on which
each value starts; a pointer to something absent (a missing component) falls back to its nearest
existing parent.

>>> text = '{\n  "kind": "service",\n  "fee": {\n    "amount": "-"\n  }\n}'
>>> lines = JsonLines(text)
>>> lines.line_of("/fee/amount"), lines.line_of("/fee/note"), lines.line_of("")
(4, 3, 1)
"""

from __future__ import annotations

import contextlib
import re
from typing import Final

__all__ = ["JsonLines"]

_WHITESPACE: Final = " \t\r\n"


class JsonLines:
    """Line numbers (1-based) of the values in one JSON text, by JSON Pointer."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self._lines: dict[str, int] = {}
        self._first = first_line
        with contextlib.suppress(IndexError, ValueError):  # invalid JSON: keep what was found
            self._scan(text)

    def line_of(self, pointer: str) -> int:
        """The line where the value at ``pointer`` (or its nearest parent) starts."""
        while True:
            if pointer in self._lines:
                return self._lines[pointer]
            if not pointer:
                return self._first
            pointer = pointer[: pointer.rfind("/")]

    def _scan(self, text: str) -> None:  # noqa: PLR0912  (a tokenizer is one loop of cases)
        line = self._first
        i, n = 0, len(text)
        # Each frame: [pointer of the container, is_object, next index or pending key]
        stack: list[list[object]] = []
        pending_key: str | None = None
        while i < n:
            ch = text[i]
            if ch == "\n":
                line += 1
                i += 1
                continue
            if ch in _WHITESPACE or ch in ",:":
                i += 1
                continue
            if ch in "]}":
                stack.pop()
                i += 1
                continue
            if stack and stack[-1][1] and pending_key is None and ch == '"':
                end, key = _string(text, i)
                pending_key = key
                i = end
                continue
            # A value starts here.
            if stack:
                frame = stack[-1]
                if frame[1]:
                    step = pending_key or ""
                    pending_key = None
                else:
                    step = str(frame[2])
                    frame[2] = int(str(frame[2])) + 1
                here = f"{frame[0]}/{step.replace('~', '~0').replace('/', '~1')}"
            else:
                here = ""
            self._lines.setdefault(here, line)
            if ch == "{":
                stack.append([here, True, 0])
                i += 1
            elif ch == "[":
                stack.append([here, False, 0])
                i += 1
            elif ch == '"':
                end, _ = _string(text, i)
                line += text.count("\n", i, end)
                i = end
            else:
                while i < n and text[i] not in _WHITESPACE and text[i] not in ",]}":
                    i += 1


_STRING: Final = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)


def _string(text: str, start: int) -> tuple[int, str]:
    """The end index and content of the string starting at ``start``."""
    match = _STRING.match(text, start)
    if match is None:
        msg = "unterminated string"
        raise ValueError(msg)
    return match.end(), match[1].replace('\\"', '"').replace("\\\\", "\\")
