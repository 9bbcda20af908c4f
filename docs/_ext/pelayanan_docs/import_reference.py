"""The reference of ``pelayanan import``, generated from the importer's own tables and readers.

Everything listed here is read from :mod:`pelayanan.io.tables`: the formats and file names, the
header words, the label rules in the order they are tried, the reader of each component (its
docstring), the words the list items are read by, and the import findings. A rule added to the
code appears on the page at the next build.
"""

from __future__ import annotations

import inspect
import re

from pelayanan.io.tables import IMPORT_CODES, LABEL_RULES, RowKind, _items, _readers, _rows, _values
from pelayanan.model.components import Component

__all__ = ["import_reference"]


def _escape(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _docstring(text: str) -> str:
    """A docstring as Markdown for a table cell; a cross-reference becomes the name in code."""
    text = re.sub(r"``([^`]+)``", r"`\1`", text)
    text = re.sub(r":(?:func|class|mod|attr|data):`~?([^`]+)`", r"`\1`", text)
    return _escape(text)


def _target(target: Component | RowKind) -> str:
    if isinstance(target, Component):
        return f"**{target.letter}.** {target.label.id} ({target.label.en})"
    return f"*{target.label.id}* ({target.label.en})"


def _formats() -> list[str]:
    by_format: dict[str, list[str]] = {}
    for suffix, name in _readers._SUFFIXES.items():
        by_format.setdefault(name, []).append(f"`{suffix}`")
    extras = {"xlsx": "`pelayanan[xlsx]` (openpyxl)", "docx": "`pelayanan[docx]` (python-docx)"}
    out = ["| Format | File names | Needs |", "|---|---|---|"]
    out.extend(
        f"| {name.upper()} | {', '.join(by_format[name])} | {extras.get(name, 'nothing more')} |"
        for name in _readers.FORMATS
    )
    out.append("")
    out.append("Not read, with what to do instead:\n")
    out.extend(f"- `{suffix}`: {_escape(why)}" for suffix, why in _readers._NOT_READ.items())
    return out


def _columns() -> list[str]:
    words = _rows.header_words()
    names = {"number": "No", "label": "Komponen", "value": "Uraian"}
    out = ["| Column | Header words (the first word of the header cell) |", "|---|---|"]
    out.extend(f"| {names[k]} | {', '.join(f'`{w}`' for w in v)} |" for k, v in words.items())
    return out


def _labels() -> list[str]:
    out = ["| Order | Row holds | Phrases in the label |", "|---|---|---|"]
    for position, rule in enumerate(LABEL_RULES, start=1):
        phrases = ", ".join(f"`{' '.join(p)}`" for p in rule.phrases)
        out.append(f"| {position} | {_target(rule.target)} | {phrases} |")
    return out


def _readers_table() -> list[str]:
    out = ["| Component | How its text is read |", "|---|---|"]
    for component, reader in _values.READERS.items():
        doc = inspect.getdoc(reader) or ""
        out.append(f"| {_target(component)} | {_docstring(doc)} |")
    return out


def _words(mapping: dict[str, object]) -> str:
    grouped: dict[str, list[str]] = {}
    for word, value in mapping.items():
        key = getattr(value, "value", str(value))
        grouped.setdefault(key, []).append(f"`{word}`")
    return "; ".join(f"{key}: {', '.join(words)}" for key, words in grouped.items())


def _item_words() -> list[str]:
    vulnerable = "; ".join(
        f"{group.value}: `{pattern.pattern}`" for pattern, group in _items._VULNERABLE
    )
    rows = [
        ("Requirement group lines (`… administratif:`)", _words(_items._REQUIREMENT_GROUPS)),
        ("Optional requirement, in a trailing parenthesis", f"`{_items._OPTIONAL.pattern}`"),
        ("Description, in a trailing parenthesis", f"`{_items._DESCRIPTION.pattern}`"),
        ("Procedure step, in a trailing parenthesis", _words(_items._STEP_KEYS)),
        ("Competency kinds (group line or leading word)", _words(_items._COMPETENCY_WORDS)),
        ("Vulnerable groups, after `untuk`/`bagi`", vulnerable),
        ("Procedure lines", _words(_values._PROCEDURE_LABELS)),
        ("Internal supervision lines", _words(_values._SUPERVISION_LABELS)),
        ("Complaint handling lines", _words(_values._COMPLAINT_LABELS)),
        ("Performance evaluation lines", _words(_values._EVALUATION_LABELS)),
    ]
    out = ["| What | Words read |", "|---|---|"]
    out.extend(f"| {what} | {_escape(words)} |" for what, words in rows)
    return out


def _findings() -> list[str]:
    out = [
        "| Code | Severity | Title | Message (after the row and column) | Hint |",
        "|---|---|---|---|---|",
    ]
    out.extend(
        f"| `{code.code}` | {code.severity} | {_escape(code.title.en)}<br>*{_escape(code.title.id)}* "
        f"| {_escape(code.message.en)}<br>*{_escape(code.message.id)}* | {_escape(code.hint.en)} |"
        for code in IMPORT_CODES.values()
    )
    return out


def import_reference() -> str:
    """The generated part of ``docs/reference/import.md``."""
    sections = [
        ("Formats", _formats()),
        ("Columns", _columns()),
        ("Labels", _labels()),
        ("Components", _readers_table()),
        ("Words inside the items", _item_words()),
        ("Import findings", _findings()),
    ]
    out: list[str] = []
    for title, lines in sections:
        out.append(f"### {title}\n")
        out.extend(lines)
        out.append("")
    return "\n".join(out)
