"""Integrity rules on a document that contradicts itself (CO001–CO003).

A standard names its decree in the establishment record, in its legal basis and in the minutes of
its forum; real ones give the same decree two dates in two places. Tables typed by hand or imported
from a PDF give a requirement or a channel twice. Neither needs a law to be wrong: the document
disagrees with itself, so these are *integrity* rules. A fee stated as free beside a requirement
to show a proof of payment is the third contradiction a reviewer marks.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import Any, Final, NamedTuple

from ..._base.labels import Label
from ...law import Citation, InstrumentKind
from ...model.records import DocumentRef, Establishment
from ...model.standards import ComplaintChannel, ServiceStandard
from .._engine import Context, Issue, Registry, Severity
from ._common import (
    ALL_KINDS,
    PARTS,
    STANDARD,
    Path,
    requirement_and_step_texts,
    text_place,
)

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_DECREE_KINDS: Final = frozenset(
    {
        InstrumentKind.DECREE,
        InstrumentKind.MINISTERIAL_DECREE,
        InstrumentKind.PRESIDENTIAL_DECREE,
        InstrumentKind.JOINT_DECREE,
        InstrumentKind.CIRCULAR,
        InstrumentKind.REGIONAL_HEAD_REGULATION,
        InstrumentKind.OTHER,
    }
)
"""Citations that may name the document's own decree or a letter (not a law or a regulation)."""

_REFERRING = (Citation, Establishment, DocumentRef)
"""What may name a decree or a letter."""

_DECREE_TITLE = re.compile(r"(?i)^\s*(?:surat\s+keputusan|keputusan|sk|surat\s+edaran|surat)\b")


class _Reference(NamedTuple):
    """One place a document names a decree or a letter.

    A named tuple rather than an attrs class: one is made for every decree, minute and letter
    of every document checked, and a tuple is made in a fifth of the time.
    """

    path: Path
    number: str
    """The number as written, without a trailing remark in parentheses."""
    key: str
    """The number compared: no spaces, no case, no "Nomor", no year written after it."""
    year: int | None
    """The year written in the number ("…/2023", "… Tahun 2023"), or the citation's year."""
    date: dt.date | None
    title: str
    establishment: bool
    year_written: bool = False
    """Whether the year is part of the number as written ("011 Tahun 2022")."""


_REMARK = re.compile(r"\s*\([^)]*\)\s*$")
_NUMBER_WORD = re.compile(r"(?i)^\s*(?:nomor|no\.?)\s*:?\s*")
_YEAR = re.compile(r"(?i)(?:\s+tahun\s+|/)((?:19|20)\d{2})\s*$")


def _reference(path: Path, value: object) -> _Reference | None:
    date: dt.date | None
    year: int | None
    if isinstance(value, Citation):
        if value.instrument.kind not in _DECREE_KINDS:
            return None
        instrument = value.instrument
        number, date, title, year = instrument.number or "", None, instrument.title, instrument.year
    elif isinstance(value, Establishment):
        number, date, title, year = value.decree_number, value.decided_on, value.title, None
    elif isinstance(value, DocumentRef):
        number, date, title, year = value.number or "", value.date, value.title, None
    else:
        return None
    written, key, year_written = _read_number(number)
    establishment = isinstance(value, Establishment)
    year = year_written if year_written is not None else year
    return _Reference(
        path, written, key, year, date, title, establishment, year_written is not None
    )


@functools.lru_cache(maxsize=8192)  # one decree's number is written in many documents
def _read_number(number: str) -> tuple[str, str, int | None]:
    """A decree number as written, its key (no spaces, no case), and the year it writes, if any."""
    written = _REMARK.sub("", number).strip()
    bare = _NUMBER_WORD.sub("", written)
    found = _YEAR.search(bare)
    year = None
    if found is not None:
        year = int(found.group(1))
        if " " in found.group(0).strip():  # "011 Tahun 2022": the number is what comes before
            bare = bare[: found.start()]
    return written, "".join(bare.split()).casefold(), year


def _specific(key: str) -> bool:
    """Whether a number names one decree: "400.9/017/DINSOS/2023" does, "1" does not."""
    return any(c.isdigit() for c in key) and (len(key) >= 5 or any(c in key for c in "/."))


@functools.lru_cache(maxsize=8192)
def _title(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.casefold()).split())


def _references(document: object) -> list[_Reference]:
    found = (_reference(path, value) for path, value in PARTS.found_of(document, _REFERRING))
    return [r for r in found if r is not None]


def _when(reference: _Reference) -> object:
    return (
        reference.date
        if reference.date is not None
        else Label(f"tahun {reference.year}", f"the year {reference.year}")
    )


def _place(reference: _Reference) -> str:
    return "/" + "/".join(str(p) for p in reference.path)


@RULES.rule(
    "CO001",
    kinds=ALL_KINDS,
    severity=Severity.WARNING,
    title=(
        "Keputusan yang sama disebut dengan nomor dan tanggal yang sama",
        "One decree is named with one number and one date",
    ),
    message=(
        "Nomor {number} disebut bertanggal {when} di sini, tetapi {other} di {place}.",
        "Number {number} is dated {when} here but {other} at {place}.",
    ),
    variants={
        "number": (
            "'{title}' bernomor {number} di sini, tetapi {other} di {place}.",
            "'{title}' is numbered {number} here but {other} at {place}.",
        )
    },
    hint=(
        "Samakan nomor dan tanggal dengan salinan keputusan yang ditandatangani.",
        "Make the number and date agree with the signed copy of the decree.",
    ),
    integrity=True,
)
def one_decree_one_number_and_date(document: object, _: Context) -> Sequence[Issue]:
    """CO001: the same number with two dates (or years), or one decree's title with two numbers.

    Titles are compared only for decrees and letters ("Keputusan ... tentang ...") and not between
    two establishment records, which in a policy cycle are the decrees of successive versions.
    """
    references = _references(document)
    # Two references can name one decree only if they share a number or a title: when no number
    # and no title is written twice (the usual case, decided in C) there is nothing to compare.
    titles = list(map(_title, [r.title for r in references]))
    keys = [r.key for r in references if r.key]
    named = [t for t in titles if t]
    if len(set(keys)) == len(keys) and len(set(named)) == len(named):
        return ()
    # Otherwise the earlier references are looked up by both rather than compared pair by pair.
    issues: list[Issue] = []
    by_key: dict[str, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    for later, (reference, title) in enumerate(zip(references, titles, strict=True)):
        same = by_key.get(reference.key, []) if reference.key else []
        if title:
            same = sorted({*same, *by_title.get(title, [])})
        for position in same:
            earlier = references[position]
            if not _same_decree(earlier, reference):
                continue
            if earlier.key != reference.key:
                issues.append(
                    Issue(
                        reference.path,
                        "number",
                        title=reference.title,
                        number=reference.number,
                        other=earlier.number,
                        place=_place(earlier),
                    )
                )
                break
            if _dates_differ(earlier, reference):
                issues.append(
                    Issue(
                        reference.path,
                        number=reference.number,
                        when=_when(reference),
                        other=_when(earlier),
                        place=_place(earlier),
                    )
                )
                break
        if reference.key:
            by_key.setdefault(reference.key, []).append(later)
        if title:
            by_title.setdefault(title, []).append(later)
    return issues


def _same_decree(a: _Reference, b: _Reference) -> bool:
    """Whether two references name one decree: by number, or by a decree's title.

    A number names one decree when it is specific ("400.9/017/DINSOS/2023"), or when the year is
    written with it ("011 Tahun 2022"): decree numbers start again each year.
    """
    if not a.key or not b.key:
        return False
    if a.key == b.key and (
        _specific(a.key) or (a.year_written and b.year_written and a.year == b.year)
    ):
        return True
    return (
        not (a.establishment and b.establishment)
        and _DECREE_TITLE.match(b.title) is not None
        and " tentang " in f" {_title(b.title)} "
        and _title(a.title) == _title(b.title)
    )


def _dates_differ(a: _Reference, b: _Reference) -> bool:
    if a.date is not None and b.date is not None:
        return a.date != b.date
    year_a = a.date.year if a.date is not None else a.year
    year_b = b.date.year if b.date is not None else b.year
    return year_a is not None and year_b is not None and year_a != year_b


# --- CO002 -------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16384)  # the same requirements and steps recur across standards
def _said(text: str) -> str:
    """``text`` without case, and with its spaces collapsed when there is anything to collapse."""
    said = text.casefold().strip()
    if "  " in said or "\n" in said or "\t" in said:
        said = " ".join(said.split())
    return said


_NAME: Final = attrgetter("name")
_DESCRIPTION: Final = attrgetter("description")
_LABEL: Final = attrgetter("label")
_ROLE_OF: Final = attrgetter("role")


_REQUIREMENT: Final = Label("persyaratan", "requirement")
_PRODUCT: Final = Label("produk", "product")
_FACILITY: Final = Label("sarana", "facility")
_COMPETENCY: Final = Label("kompetensi", "competency")
_STEP: Final = Label("langkah", "step")
_CHANNEL: Final = Label("sarana", "channel")
_TIER: Final = Label("tingkatan", "tier")
_ROLE: Final = Label("peran", "role")


def _channel(channel: ComplaintChannel) -> str:
    return f"{channel.kind.label.id}: {channel.address}" if channel.address else ""


def _lists(
    standard: ServiceStandard,
) -> Iterator[tuple[Path, Sequence[Any], Callable[[Any], str], Label]]:
    """The list components of a standard: where, the entries, their text, what they are."""
    yield ("requirements",), standard.requirements or (), _NAME, _REQUIREMENT
    yield ("products",), standard.products or (), _NAME, _PRODUCT
    yield ("facilities",), standard.facilities or (), _NAME, _FACILITY
    yield ("executor_competencies",), standard.executor_competencies or (), _NAME, _COMPETENCY
    if standard.procedure is not None:
        yield ("procedure", "steps"), standard.procedure.steps, _DESCRIPTION, _STEP
    handling = standard.complaint_handling
    if handling is not None:
        yield ("complaint_handling", "channels"), handling.channels, _channel, _CHANNEL
        yield ("complaint_handling", "tiers"), handling.tiers, _LABEL, _TIER
    if standard.executor_count is not None:
        yield ("executor_count", "breakdown"), standard.executor_count.breakdown, _ROLE_OF, _ROLE


@RULES.rule(
    "CO002",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=("Setiap baris disebut sekali", "Each entry is given once"),
    message=(
        "Isian {what} '{text}' disebut dua kali (juga di {place}).",
        "The {what} '{text}' is given twice (also at {place}).",
    ),
    hint=(
        "Hapus baris yang berulang; bila keduanya berbeda maksud, bedakan uraiannya.",
        "Remove the repeated entry; if the two mean different things, say how they differ.",
    ),
    integrity=True,
)
def entries_are_given_once(standard: ServiceStandard, context: Context) -> Iterator[Issue]:
    """CO002: the same requirement, step, channel, tier or role twice in one component.

    Entries are compared without case or extra spaces; entries that say nothing ("-") are SP038's.
    A table row repeated by a page break or a copy becomes a repeated entry.
    """
    for where, entries, text_of, what in _lists(standard):
        if len(entries) < 2:
            continue
        texts = list(map(text_of, entries))
        keys = list(map(_said, texts))
        if len(set(keys)) == len(keys):  # nothing given twice: the usual case, decided in C
            continue
        seen: dict[str, int] = {}
        for position, (text, key) in enumerate(zip(texts, keys, strict=True)):
            first = seen.setdefault(key, position)
            if first != position and not context.config.is_placeholder(text):
                yield Issue(
                    (*where, position),
                    what=what,
                    text=" ".join(text.split()),
                    place="/" + "/".join(map(str, (*where, first))),
                )


# --- CO003 -------------------------------------------------------------------------------------------

_PAYMENT: Final = re.compile(
    r"(?i)\b(?:bukti\s+(?:bayar|pembayaran|setor(?:an)?)|membayar|pembayaran|dibayar(?:kan)?"
    r"|retribusi|setor(?:an)?\s+ke\s+kas)\b"
)
_NOT_PAID: Final = re.compile(r"(?i)\b(?:tidak|tanpa|bebas|tak)\b(?:\s+\S+){0,3}\s*$")
_OTHER_TAX: Final = re.compile(r"(?i)\b(?:pbb|pajak\s+bumi|lunas\s+pajak)\b")
"""A requirement to have paid another tax ("Bukti pembayaran PBB") is no charge for the service."""


def _asks_payment(text: str) -> bool:
    found = _PAYMENT.search(text)
    return (
        found is not None
        and _NOT_PAID.search(text[: found.start()]) is None
        and _OTHER_TAX.search(text) is None
    )


@RULES.rule(
    "CO003",
    kinds=STANDARD,
    severity=Severity.WARNING,
    title=(
        "Biaya gratis tidak bertentangan dengan persyaratan atau prosedur",
        "A free fee agrees with the requirements and the procedure",
    ),
    message=(
        (
            "Biaya dinyatakan gratis, tetapi {what} '{text}' menyebut pembayaran; jelaskan apakah "
            "pembayaran itu bagian dari biaya layanan ini."
        ),
        (
            "The fee is stated as free, but {what} '{text}' names a payment; say whether that "
            "payment is part of this service's fee."
        ),
    ),
    hint=(
        (
            "Samakan komponen biaya dengan persyaratan dan prosedur: cantumkan tarif dan dasar "
            "hukumnya, atau hapus pembayaran yang tidak dipungut."
        ),
        (
            "Make the fee agree with the requirements and the procedure: state the tariff and its "
            "basis, or remove the payment that is not charged."
        ),
    ),
    integrity=True,
)
def free_fee_agrees_with_the_rest(standard: ServiceStandard, _: Context) -> Sequence[Issue]:
    """CO003: "Gratis" beside "Bukti bayar retribusi daerah" or "wajib membayar retribusi"."""
    fee = standard.fee
    if fee is None or not fee.is_free:
        return ()
    texts, requirements = requirement_and_step_texts(standard)
    # Most free services name no payment: one test over all their text, in C, decides that.
    said = "\n".join(texts).casefold()
    if "bayar" not in said and "retribusi" not in said and "setor" not in said:
        return ()
    issues = []
    for index, text in enumerate(texts):
        if _asks_payment(text):
            where, requirement = text_place(index, requirements)
            what = _REQUIREMENT if requirement else _STEP
            issues.append(Issue(where, what=what, text=" ".join(text.split())))
    return issues
