r"""Find the line of a JSON Pointer in JSON text, so that SARIF results can point at a line.

A small linear scanner (no recursion, so any nesting depth is fine). It records the line on which
each value starts, as a tree of values (a container knows its children by key or index), so that
memory and time grow with the size of the text, never with the depth times the size. A pointer to
something absent (a missing component) falls back to its nearest existing parent.

>>> text = '{\n  "kind": "service",\n  "fee": {\n    "amount": "-"\n  }\n}'
>>> lines = JsonLines(text)
>>> lines.line_of("/fee/amount"), lines.line_of("/fee/note"), lines.line_of("")
(4, 3, 1)
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import Final

__all__ = ["JsonLines"]

_WHITESPACE: Final = " \t\r\n"


class JsonLines:
    """Line numbers (1-based) of the values in one JSON text, by JSON Pointer."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self._first = first_line
        self._line: list[int] = []
        """The line of each value, by its number in the order met."""
        self._children: dict[int, dict[str, int]] = {}
        """For each container, its values by key (objects) or by index as text (lists)."""
        with contextlib.suppress(IndexError, ValueError):  # invalid JSON: keep what was found
            self._scan(text)

    def line_of(self, pointer: str) -> int:
        """The line where the value at ``pointer`` (or its nearest parent) starts."""
        if not self._line:
            return self._first
        node = 0
        steps = pointer.split("/")[1:] if pointer else []
        for raw in steps:
            step = raw.replace("~1", "/").replace("~0", "~")
            child = self._children.get(node, {}).get(step)
            if child is None:
                break
            node = child
        return self._line[node]

    def _scan(self, text: str) -> None:  # noqa: PLR0912  (a tokenizer is one loop of cases)
        line = self._first
        i, n = 0, len(text)
        # Each frame: [the container's node, is_object, next index]
        stack: list[list[int]] = []
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
            node = len(self._line)
            self._line.append(line)
            if stack:
                frame = stack[-1]
                if frame[1]:
                    step = pending_key or ""
                    pending_key = None
                else:
                    step = str(frame[2])
                    frame[2] += 1
                self._children.setdefault(frame[0], {}).setdefault(step, node)
            if ch == "{":
                stack.append([node, 1, 0])
                i += 1
            elif ch == "[":
                stack.append([node, 0, 0])
                i += 1
            elif ch == '"':
                end = _string_end(text, i)
                line += text.count("\n", i, end)
                i = end
            else:
                while i < n and text[i] not in _WHITESPACE and text[i] not in ",]}":
                    i += 1
            if not stack:
                return  # one value is the whole text


_STRING: Final = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


def _string_end(text: str, start: int) -> int:
    """The index after the string that starts at ``start``."""
    match = _STRING.match(text, start)
    if match is None:
        msg = "unterminated string"
        raise ValueError(msg)
    return match.end()


def _string(text: str, start: int) -> tuple[int, str]:
    """The end index and the decoded content of the string starting at ``start``."""
    end = _string_end(text, start)
    content: str = json.loads(text[start:end])
    return end, content
