"""``pelayanan validate PATH...``: check documents against the rules in force on a date.

Reads JSON files (one document or a list), JSON Lines files (a document per line), directories
(every ``.json``, ``.jsonl`` and ``.ndjson`` file below, in sorted order) and ``-`` for standard
input (JSON Lines, or one pretty-printed document; pipes are read the same way). Each document is
checked as soon as it is read; only what cross-document rules look at (providers, services,
charters) is kept until the end, with a summary of each standard they refer to, so memory does
not grow with the number of standards. The files are read once, unless a document refers to
standards that came before it (then their summaries are taken in a second reading). Standard
input and pipes cannot be read twice, so for them every summary is kept as it comes.

Large inputs are checked by several worker processes (``--jobs``); the report is the same, in the
same order, whatever the number of workers.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Final

import attrs

from .._base.errors import ProblemKind
from .._base.labels import Lang
from ..io._sources import Text, iter_texts, parse_text, read_once, total_size
from ..io.documents import Document, _parse_documents
from ..io.limits import DEFAULT_LIMITS, Limits
from ..model.standards import ServiceStandard
from ..rules import UnknownRuleCodeError
from ..rules._formats import Writer, make_writer
from ..rules.stream import CheckedText, ValidationStream, check_text
from ..rules.validation import DocumentReport, StandardSummary, Validator, today_in_wib
from ..time.regions import TimeZone
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    add_as_of_option,
    add_format_option,
    add_lang_option,
    add_paths_argument,
    describe,
    said,
    use_colour,
)

_PARALLEL_FROM_BYTES: Final = 4_000_000
"""Below this much input, starting worker processes costs more than it saves."""
_BATCH: Final = 200
"""Texts per task sent to a worker."""
_MAX_JOBS: Final = 256
"""More worker processes than this is a typo, not a machine."""


_DESCRIPTION_ID: Final = (
    "pelayanan validate PATH...: periksa dokumen terhadap aturan yang berlaku pada suatu tanggal."
)
"""The first paragraph of the module's docstring in Indonesian, for ``--help --lang id``."""


def register(subparsers: Any) -> None:  # noqa: ANN401  (argparse's private subparsers type)
    """Add the ``validate`` command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help=said(
            "periksa dokumen terhadap aturan yang berlaku pada suatu tanggal",
            "check documents against the rules in force on a date",
        ),
        description=said(_DESCRIPTION_ID, describe(__doc__) or ""),
    )
    add_paths_argument(parser)
    add_as_of_option(
        parser,
        said(
            "tanggal yang menjadi acuan pemeriksaan (YYYY-MM-DD; bawaan: hari ini dalam WIB)",
            "the date the check is for (YYYY-MM-DD; default: today in WIB)",
        ),
    )
    add_format_option(parser, "text", "json", "csv", "sarif")
    add_lang_option(parser, "messages", "pesan")
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help=said(
            "hanya aturan yang kodenya diawali salah satu kode ini (dipisahkan koma, "
            "mis. SP,MK001)",
            "only rules whose code starts with one of these (comma-separated, e.g. SP,MK001)",
        ),
    )
    parser.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help=said(
            "lewati aturan yang kodenya diawali salah satu kode ini (dipisahkan koma)",
            "skip rules whose code starts with one of these (comma-separated)",
        ),
    )
    parser.add_argument(
        "--jobs",
        type=_jobs_option,
        default=0,
        metavar="N",
        help=said(
            "jumlah proses pekerja (bawaan 0: satu per CPU untuk masukan di atas 4 MB, "
            "selain itu tanpa proses pekerja)",
            "worker processes (default 0: one per CPU for inputs over 4 MB, else none)",
        ),
    )
    parser.set_defaults(handler=run)


def _jobs_option(text: str) -> int:
    """An argparse type for ``--jobs``: a whole number from 0 to 256."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= _MAX_JOBS:
        msg = said(
            f"{text[:40]!r} bukan jumlah proses pekerja; tulis 0 sampai {_MAX_JOBS}",
            f"{text[:40]!r} is not a number of worker processes; write 0 to {_MAX_JOBS}",
        )
        raise argparse.ArgumentTypeError(msg)
    return value


def _codes(values: list[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(c.strip().upper() for value in values for c in value.split(",") if c.strip())


@attrs.frozen
class _Settings:
    """What a worker needs to build the same validator as the main process."""

    as_of: dt.date
    lang: Lang
    select: tuple[str, ...] | None
    ignore: tuple[str, ...] | None
    keep_standards: bool
    """Keep every standard's summary as it comes (the input cannot be read a second time)."""
    limits: Limits = DEFAULT_LIMITS

    def validator(self) -> Validator:
        return Validator(as_of=self.as_of, lang=self.lang, select=self.select, ignore=self.ignore)


# --- worker processes -------------------------------------------------------------------------------

_worker: tuple[Validator, Limits] | None = None


def _start_worker(settings: _Settings) -> None:
    global _worker  # noqa: PLW0603  (one validator per worker process, built once)
    validator = settings.validator()
    _worker = (validator, settings.limits)


# Between processes, texts and results travel as plain tuples: pickling attrs objects costs more,
# and most documents have no findings, so their reports shrink to their identity.
_PackedText = tuple[str, bytes | None, str | None, ProblemKind]
_PackedReport = DocumentReport | tuple[str, str, str | None, str | None, bool]
_PackedChecked = tuple[
    str,
    tuple[str | None, ...],
    tuple[_PackedReport, ...],
    tuple[tuple[str, Document], ...],
    tuple[StandardSummary, ...],
]


def _pack(checked: CheckedText) -> _PackedChecked:
    reports = tuple(
        r if r.findings else (r.source, r.path, r.kind, r.id, r.loaded) for r in checked.reports
    )
    return (checked.name, checked.kinds, reports, checked.kept, checked.summaries)


def _unpack(packed: _PackedChecked) -> CheckedText:
    name, kinds, reports, kept, summaries = packed
    return CheckedText(
        name,
        kinds,
        tuple(r if isinstance(r, DocumentReport) else DocumentReport(*r, ()) for r in reports),
        kept,
        summaries,
    )


def _work(batch: list[_PackedText]) -> list[_PackedChecked]:
    if _worker is None:  # pragma: no cover  (the pool's initializer always runs first)
        msg = "worker used before it was started"
        raise RuntimeError(msg)
    validator, limits = _worker
    return [_pack(check_text(validator, limits, Text(*text))) for text in batch]


def _batches(texts: Iterable[Text]) -> Iterator[list[_PackedText]]:
    batch: list[_PackedText] = []
    for text in texts:
        batch.append((text.name, text.content, text.error, text.error_kind))
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _in_parallel(texts: Iterable[Text], settings: _Settings, jobs: int) -> Iterator[CheckedText]:
    """Check texts in worker processes, yielding results in input order with bounded memory."""
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(settings,)) as pool:
        pending: collections.deque[Future[list[_PackedChecked]]] = collections.deque()
        for batch in _batches(texts):
            pending.append(pool.submit(_work, batch))
            if len(pending) >= 2 * jobs:
                yield from map(_unpack, pending.popleft().result())
        while pending:
            yield from map(_unpack, pending.popleft().result())


def _jobs(requested: int, paths: list[str]) -> int:
    if requested > 0:
        return requested
    if read_once(paths) or total_size(paths) < _PARALLEL_FROM_BYTES:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


# --- the second reading, for standard summaries -------------------------------------------------------


def _summaries(paths: list[str], limits: Limits) -> Iterator[StandardSummary]:
    """Standards read again, summarised (only for runs whose kept documents refer to them)."""
    for text in iter_texts(paths, limits):
        if text.content is None or b"service_standard" not in text.content:
            continue
        source = parse_text(text, limits)
        if not source.readable:
            continue
        for parsed in _parse_documents(source.data, limits, checked=source.checked):
            if isinstance(parsed.document, ServiceStandard):
                yield StandardSummary.of(parsed.document)


def prepare(
    *,
    as_of: dt.date | None,
    lang: Lang,
    select: list[str] | None,
    ignore: list[str] | None,
    keep_standards: bool,
) -> tuple[_Settings, Validator]:
    """The settings and validator of a run; a one-line :class:`UsageError` for an unknown code.

    ``select`` and ``ignore`` are as given on the command line (each may hold comma-separated
    codes); ``as_of`` ``None`` means today in WIB.
    """
    settings = _Settings(
        as_of=as_of or today_in_wib(),
        lang=lang,
        select=_codes(select),
        ignore=_codes(ignore) or (),
        keep_standards=keep_standards,
    )
    try:
        return settings, settings.validator()
    except UnknownRuleCodeError as exc:
        # A typo in a CI workflow (`--ignore SP02O`) must not silently change what is checked.
        these = "this" if len(exc.codes) == 1 else "these"
        msg = (
            f"--{exc.parameter} {', '.join(exc.codes)}: no rule code starts with {these}; "
            "`pelayanan rules` lists them"
        )
        raise UsageError(msg) from None


def check_texts(
    texts: Iterable[Text],
    settings: _Settings,
    validator: Validator,
    writer: Writer,
    *,
    jobs: int = 1,
    paths: list[str] | None = None,
) -> int:
    """Check every text, write the report with ``writer``, and return the exit code.

    ``paths`` are read a second time for the standards that cross-document rules look at, unless
    ``settings.keep_standards`` says they were kept on the first reading.
    """
    results = (
        _in_parallel(texts, settings, jobs)
        if jobs > 1
        else (check_text(validator, settings.limits, text) for text in texts)
    )
    # The same stream as pelayanan.rules.stream.iter_validate; files (not a pipe) can be read a
    # second time for the standards, so only what cross-document rules ask about is kept.
    reread = None
    if not settings.keep_standards and paths:
        listed = list(paths)

        def reread() -> Iterator[StandardSummary]:
            return _summaries(listed, settings.limits)

    stream = ValidationStream(validator, limits=settings.limits, reread=reread).feed(results)
    for report in stream:
        writer.document(report)
    writer.finish(list(stream.cross_document))
    return EXIT_FINDINGS if writer.errors else EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Validate every input and write the report; exit 1 if any error-severity finding."""
    settings, validator = prepare(
        as_of=args.as_of,
        lang=args.lang,
        select=args.select,
        ignore=args.ignore,
        keep_standards=read_once(args.paths),
    )
    jobs = _jobs(args.jobs, args.paths)
    out = sys.stdout
    writer = make_writer(
        args.format,
        out,
        lang=args.lang,
        as_of=validator.as_of,
        colour=use_colour(out),
        as_of_reason="given" if args.as_of else "default_time_zone",
        time_zone=None if args.as_of else TimeZone.WIB,
    )
    return check_texts(
        iter_texts(args.paths), settings, validator, writer, jobs=jobs, paths=args.paths
    )
