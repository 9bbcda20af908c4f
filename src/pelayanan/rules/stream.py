"""Validation as a stream: one report per document, in input order, in flat memory.

:func:`iter_validate` is what ``pelayanan validate`` does with a JSON Lines file, for a Python
pipeline: each document is checked as soon as it is read, and its :class:`DocumentReport` is
yielded before the next is read. Only what cross-document rules look at is kept (providers,
services, charters and the like, and a short summary of each standard they may ask about); when
the stream is exhausted, :attr:`ValidationStream.cross_document` holds their findings.

>>> import datetime as dt
>>> lines = [
...     '{"kind": "service_standard", "id": "sp-1", "service_id": "s", "version": 0}',
...     "{not json",
... ]
>>> stream = iter_validate(lines, as_of=dt.date(2024, 6, 1), select=["PL"], lang="en")
>>> [(r.source, [f.code for f in r.findings]) for r in stream]
[('<input>:1', ['PL001']), ('<input>:2', ['PL004'])]
>>> stream.cross_document
()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final

import attrs

from .._base.labels import Lang
from ..io._convert import pointer
from ..io._sources import Text, parse_text
from ..io.documents import (
    DOCUMENT_KINDS,
    Document,
    ParsedDocument,
    _parse_document,
    _parse_documents,
    kind_of,
)
from ..io.limits import DEFAULT_LIMITS, Limits
from ..model.standards import ServiceStandard
from ._engine import Registry, ValidationConfig
from .index import Index, StandardSummary
from .validation import DocumentReport, Finding, Validator, today_in_wib

__all__ = ["CheckedText", "ValidationStream", "check_text", "iter_validate"]

_DOCUMENT_CLASSES: Final = frozenset(DOCUMENT_KINDS.values())


@attrs.frozen
class CheckedText:
    """The result of checking one text: reports, and what the cross-document phase needs."""

    name: str
    kinds: tuple[str | None, ...]
    reports: tuple[DocumentReport, ...]
    kept: tuple[tuple[str, Document], ...]
    """The documents cross-document rules look at, with their JSON Pointer in the text."""
    summaries: tuple[StandardSummary, ...]
    """A summary of each standard (cross-document rules need no more of it)."""


def check_text(validator: Validator, limits: Limits, text: Text) -> CheckedText:
    """Parse and check one JSON text (a file, or one line of a JSON Lines file)."""
    keep = validator.cross_document_kinds
    source = parse_text(text, limits)
    if not source.readable:
        report = validator.unreadable(source.problems, source.name)
        return CheckedText(source.name, (), (report,), (), ())
    kinds, reports, kept, summaries = [], [], [], []
    for parsed in _parse_documents(source.data, limits, checked=source.checked):
        kinds.append(parsed.kind)
        reports.append(validator.check(parsed, source.name))
        document = parsed.document
        if document is None:
            continue
        if parsed.kind in keep:
            kept.append((pointer(parsed.path), document))
        elif isinstance(document, ServiceStandard):
            summaries.append(StandardSummary.of(document))
    return CheckedText(source.name, tuple(kinds), tuple(reports), tuple(kept), tuple(summaries))


def _check_object(validator: Validator, limits: Limits, item: object, name: str) -> CheckedText:
    """Check a model object or JSON-like data (not text) as one document."""
    if type(item) in _DOCUMENT_CLASSES:
        parsed = ParsedDocument((), kind_of(item), getattr(item, "id", None), item, ())  # type: ignore[arg-type]
    else:
        parsed = _parse_document(item, (), limits, checked=False)
    report = validator.check(parsed, name)
    document = parsed.document
    kept: tuple[tuple[str, Document], ...] = ()
    summaries: tuple[StandardSummary, ...] = ()
    if document is not None and parsed.kind in validator.cross_document_kinds:
        kept = (("", document),)
    elif isinstance(document, ServiceStandard):
        summaries = (StandardSummary.of(document),)
    return CheckedText(name, (parsed.kind,), (report,), kept, summaries)


class ValidationStream(Iterator[DocumentReport]):
    """The reports of :func:`iter_validate`, one per document, then :attr:`cross_document`.

    The command line feeds it results checked in worker processes with :meth:`absorb`; a Python
    pipeline iterates it.
    """

    def __init__(
        self,
        validator: Validator,
        *,
        limits: Limits = DEFAULT_LIMITS,
        reread: Callable[[], Iterable[StandardSummary]] | None = None,
    ) -> None:
        self.validator = validator
        self.limits = limits
        self.index = Index()
        self._anchors: list[tuple[str, str, Document]] = []
        self._reread = reread
        self._pending: Iterator[DocumentReport] = iter(())
        self._results: Iterator[CheckedText] = iter(())
        self._cross: tuple[Finding, ...] | None = None

    def feed(self, results: Iterable[CheckedText]) -> ValidationStream:
        """Take the checked texts to report (checked here or in worker processes)."""
        self._results = iter(results)
        return self

    def absorb(self, checked: CheckedText) -> tuple[DocumentReport, ...]:
        """Index what cross-document rules need of one checked text; its reports, to write."""
        for kind in checked.kinds:
            self.index.count(kind)
        for path, document in checked.kept:
            self._anchors.append((checked.name, path, document))
            self.index.add(document)
        for summary in checked.summaries:
            if self._reread is None:
                self.index.add_standard(summary)
            else:
                self.index.offer(summary)
        return checked.reports

    def __next__(self) -> DocumentReport:
        while True:
            for report in self._pending:
                return report
            checked = next(self._results, None)
            if checked is None:
                self._finish()
                raise StopIteration
            self._pending = iter(self.absorb(checked))

    def _finish(self) -> None:
        if self._cross is not None:
            return
        if self._reread is not None and self.index.incomplete:
            # A document referred to standards read before it: offer them all again.
            self.index.clear_standards()
            for summary in self._reread():
                self.index.offer(summary)
        self._cross = tuple(self.validator.check_across(self._anchors, self.index))

    @property
    def cross_document(self) -> tuple[Finding, ...]:
        """The findings of rules that compare documents, once every document has been read."""
        if self._cross is None:
            for _ in self:
                pass
        assert self._cross is not None  # noqa: S101  (set by the iteration above)
        return self._cross


def iter_validate(
    items: Iterable[str | bytes | Mapping[str, object] | object],
    *,
    as_of: dt.date | None = None,
    lang: Lang = "id",
    rules: Registry | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config: ValidationConfig | None = None,
    limits: Limits = DEFAULT_LIMITS,
    source: str = "<input>",
    again: Callable[[], Iterable[str | bytes | Mapping[str, object] | object]] | None = None,
) -> ValidationStream:
    """Validate ``items`` one at a time: a :class:`ValidationStream` of reports in input order.

    Each item is a line of JSON text (``str`` or ``bytes``, as read from a JSON Lines file: named
    ``source:N``), JSON-like data, or a model object. Blank lines are skipped. ``as_of`` defaults
    to today in WIB (a stream's providers are not known in advance); pass it for repeatable
    runs. The findings are those of :func:`~pelayanan.rules.validation.validate` on the same
    documents.

    Memory stays flat in the number of documents when ``again`` is given: a function that gives
    the same items once more (``lambda: open(path)``), used only if a document refers to standards
    read before it, as the command line reads a file twice. Without it, a short summary of each
    standard (about 1 kB) is kept for the cross-document rules.
    """
    validator = Validator(
        as_of=as_of or today_in_wib(),
        lang=lang,
        rules=rules,
        select=select,
        ignore=ignore,
        config=config,
    )

    def checked() -> Iterator[CheckedText]:
        for number, item in enumerate(items, start=1):
            name = f"{source}:{number}"
            if isinstance(item, (str, bytes)):
                content = item.encode("utf-8") if isinstance(item, str) else item
                if content.strip():
                    yield check_text(validator, limits, Text(name, content))
            else:
                yield _check_object(validator, limits, item, name)

    def summaries() -> Iterator[StandardSummary]:
        assert again is not None  # noqa: S101  (only called when given)
        for item in again():
            data = item
            if isinstance(item, (str, bytes)):
                if b"service_standard" not in (item.encode() if isinstance(item, str) else item):
                    continue
                text = parse_text(
                    Text(source, item.encode() if isinstance(item, str) else item), limits
                )
                if not text.readable:
                    continue
                data = text.data
            for parsed in _parse_documents(data, limits, checked=False):
                if isinstance(parsed.document, ServiceStandard):
                    yield StandardSummary.of(parsed.document)

    reread = summaries if again is not None else None
    return ValidationStream(validator, limits=limits, reread=reread).feed(checked())
