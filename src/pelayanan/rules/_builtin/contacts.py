"""Integrity rules on contact details and identifiers (CT001–CT004), in every kind of document.

A standard, a charter or a provider tells the public how to reach the unit: a website, an e-mail
address, a telephone or WhatsApp number, a complaint channel. Published ones are often unusable: an
e-mail address written after ``http://``, a host with a stray quote, a telephone label with only an
area code or no number at all. NIPs of signatories and executors are checked for their length and
their date parts. These are *integrity* rules: the value contradicts itself, and no law needs to be
cited to say it cannot be used. The checks are in :mod:`pelayanan._base.contacts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..._base.contacts import (
    EmailProblem,
    NipProblem,
    UrlProblem,
    email_problem,
    nip_problem,
    phone_problem,
    url_problem,
)
from ..._base.labels import Label
from ...model.providers import ChannelKind, DeliveryChannel, Executor
from ...model.records import ContactPoint, Official
from ...model.standards import ComplaintChannel, ComplaintChannelKind
from .._engine import Context, Issue, Registry, Severity
from ._common import ALL_KINDS, PARTS, Path

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""


_LAPOR_SMS = frozenset({"1708"})
"""SP4N-LAPOR!'s SMS number (regulations.md §7), which is no number of the numbering plan."""

_URL_PARTS = (str, ComplaintChannel)
_CONTACT_PARTS = (ContactPoint, ComplaintChannel, DeliveryChannel)
_PEOPLE = (Official, Executor)
_WEB_CHANNELS = frozenset({ComplaintChannelKind.WEBSITE, ComplaintChannelKind.SP4N_LAPOR_WEB})
_PHONE_CHANNELS = frozenset(
    {
        ComplaintChannelKind.PHONE,
        ComplaintChannelKind.FAX,
        ComplaintChannelKind.SMS,
        ComplaintChannelKind.WHATSAPP,
        ComplaintChannelKind.MESSAGING,
        ComplaintChannelKind.SP4N_LAPOR_SMS,
    }
)
_PHONE_DELIVERY = frozenset({ChannelKind.PHONE, ChannelKind.MESSAGING})

_FIELD_LABEL = re.compile(
    r"(?i)^\s*(?:e-?mail|surel|website|situs(?:\s+web)?|laman|web)\s*:\s*",
)
"""A label written inside the value ("Email : ...", "Website: ..."), left out before checking."""


def _without_label(text: str) -> str:
    return _FIELD_LABEL.sub("", text).strip()


# --- CT001: web addresses ---------------------------------------------------------------------------

_URL_REASONS: dict[UrlProblem, Label] = {
    "scheme": Label("bukan alamat http atau https", "it is not an http or https address"),
    "email": Label("yang tertulis adalah alamat surel", "what is written is an e-mail address"),
    "no_domain": Label("nama host tidak memiliki domain", "the host has no domain"),
    "malformed": Label(
        "bukan alamat situs (ada spasi, tanda baca yang tidak sah, atau hanya sebuah nama)",
        "it is no web address (a space, a stray character, or just a name)",
    ),
}


def _urls(document: object) -> Iterator[tuple[Path, str, object]]:
    """``(path, address, where)`` for each web address of a document."""
    for path, value in PARTS.found_of(document, _URL_PARTS):
        if isinstance(value, str):
            yield path, value, path[-1]
        elif isinstance(value, ComplaintChannel) and value.kind in _WEB_CHANNELS:
            address = _without_label(value.address)
            if address or value.kind is ComplaintChannelKind.WEBSITE:
                yield (*path, "address"), address, value.label or value.kind


@RULES.rule(
    "CT001",
    kinds=ALL_KINDS,
    severity=Severity.WARNING,
    title=("Alamat situs dapat dibuka", "A web address can be opened"),
    message=(
        "Alamat situs '{value}' tidak dapat dibuka: {reason}.",
        "The web address '{value}' cannot be opened: {reason}.",
    ),
    variants={
        "missing": (
            "Saluran pengaduan melalui situs web ({where}) tidak menyebut alamat situsnya.",
            "The website complaint channel ({where}) gives no web address.",
        )
    },
    hint=(
        (
            "Tulis alamat lengkap, misalnya https://dinsos.jambikota.go.id/standar-pelayanan; alamat "
            "surel ditulis pada isian surel."
        ),
        (
            "Write the whole address, for example https://dinsos.jambikota.go.id/standar-pelayanan; "
            "put e-mail addresses in the e-mail field."
        ),
    ),
    integrity=True,
)
def web_addresses_can_be_opened(document: object, _: Context) -> Iterator[Issue]:
    """CT001: http(s) with a host that has a domain; the scheme may be left out, as people type."""
    for path, value, where in _urls(document):
        if not value.strip():
            yield Issue(path, "missing", where=where)
            continue
        problem = url_problem(value)
        if problem is not None:
            yield Issue(path, value=value.strip(), reason=_URL_REASONS[problem])


# --- CT002: e-mail addresses ------------------------------------------------------------------------

_EMAIL_REASONS: dict[EmailProblem, Label] = {
    "url": Label("yang tertulis adalah alamat situs", "what is written is a web address"),
    "malformed": Label("bentuknya bukan nama@domain", "it is not of the form name@domain"),
}


def _emails(document: object) -> Iterator[tuple[Path, str, object]]:
    """``(path, address, where)`` for each e-mail address of a document."""
    for path, value in PARTS.found_of(document, _CONTACT_PARTS):
        if isinstance(value, ContactPoint):
            for position, email in enumerate(value.emails):
                yield (*path, "emails", position), email, value.label or "-"
        elif isinstance(value, ComplaintChannel) and value.kind is ComplaintChannelKind.EMAIL:
            yield (*path, "address"), _without_label(value.address), value.label or value.kind
        elif (
            isinstance(value, DeliveryChannel) and value.kind is ChannelKind.EMAIL and value.address
        ):
            yield (*path, "address"), _without_label(value.address), value.name or value.kind


@RULES.rule(
    "CT002",
    kinds=ALL_KINDS,
    severity=Severity.WARNING,
    title=("Alamat surel sah", "An e-mail address is valid"),
    message=(
        "Alamat surel '{value}' tidak dapat menerima surat: {reason}.",
        "The e-mail address '{value}' cannot receive mail: {reason}.",
    ),
    variants={
        "missing": (
            "Saluran pengaduan melalui surel ({where}) tidak menyebut alamat surelnya.",
            "The e-mail complaint channel ({where}) gives no e-mail address.",
        )
    },
    hint=(
        "Tulis alamat surel lengkap tanpa spasi, misalnya pengaduan@dinsos.jambikota.go.id.",
        (
            "Write the whole e-mail address without spaces, for example "
            "pengaduan@dinsos.jambikota.go.id."
        ),
    ),
    integrity=True,
)
def email_addresses_are_valid(document: object, _: Context) -> Iterator[Issue]:
    """CT002: a dot-atom local part and a domain name; any mail provider is fine."""
    for path, value, where in _emails(document):
        if not value:
            yield Issue(path, "missing", where=where)
            continue
        problem = email_problem(value)
        if problem is not None:
            yield Issue(path, value=value, reason=_EMAIL_REASONS[problem])


# --- CT003: telephone, fax, SMS and WhatsApp numbers -------------------------------------------------


def _phones(document: object) -> Iterator[tuple[Path, str | None, object, frozenset[str]]]:
    """``(path, value, where, short codes)`` for each telephone value.

    ``value`` is ``None`` for a contact that gives nothing at all. SP4N-LAPOR!'s SMS channel may
    leave its number out: it is the same everywhere.
    """
    for path, value in PARTS.found_of(document, _CONTACT_PARTS):
        if isinstance(value, ContactPoint):
            where = value.label or "-"
            if not (value.phones or value.emails or value.url or value.address):
                yield path, None, where, frozenset()
            for position, phone in enumerate(value.phones):
                yield (*path, "phones", position), phone, where, frozenset()
        elif isinstance(value, ComplaintChannel) and value.kind in _PHONE_CHANNELS:
            lapor = value.kind is ComplaintChannelKind.SP4N_LAPOR_SMS
            if value.address.strip() or not lapor:
                codes = _LAPOR_SMS if lapor else frozenset()
                yield (*path, "address"), value.address, value.label or value.kind, codes
        elif isinstance(value, DeliveryChannel) and value.kind in _PHONE_DELIVERY and value.address:
            yield (*path, "address"), value.address, value.name or value.kind, frozenset()


@RULES.rule(
    "CT003",
    kinds=ALL_KINDS,
    severity=Severity.WARNING,
    title=("Nomor telepon dapat dihubungi", "A telephone number can be dialled"),
    message=(
        "'{value}' ({where}) bukan nomor telepon Indonesia yang dapat dihubungi.",
        "'{value}' ({where}) is not an Indonesian telephone number that can be dialled.",
    ),
    variants={
        "no_number": (
            "{where}: tidak ada nomor yang dapat dihubungi{written}.",
            "{where}: there is no number to call{written}.",
        ),
        "empty": (
            "Kontak '{where}' tidak memuat nomor, alamat surel, alamat, maupun situs.",
            "The contact '{where}' gives no number, e-mail address, address or website.",
        ),
    },
    hint=(
        (
            "Tulis nomor lengkap dengan kode wilayah (0741-123456) atau nomor seluler (0812-3456-7890); "
            "nomor yang sah disimpan dalam bentuk +62."
        ),
        (
            "Write the whole number with its area code (0741-123456) or the mobile number "
            "(0812-3456-7890); valid numbers are kept in +62 form."
        ),
    ),
    integrity=True,
)
def phone_numbers_can_be_dialled(document: object, _: Context) -> Iterator[Issue]:
    """CT003: every number valid in the Indonesian numbering plan (``phonenumbers``)."""
    for path, value, where, short_codes in _phones(document):
        if value is None:
            yield Issue(path, "empty", where=where)
            continue
        problem = phone_problem(value, short_codes)
        if problem == "invalid":
            yield Issue(path, value=value.strip(), where=where)
        elif problem == "no_number":
            written = f" ('{value.strip()}')" if value.strip() else ""
            yield Issue(path, "no_number", where=where, written=written)


# --- CT004: NIP --------------------------------------------------------------------------------------

_NIP_REASONS: dict[NipProblem, Label] = {
    "length": Label("NIP terdiri dari 18 angka", "an NIP has 18 digits"),
    "birth_date": Label(
        "tanggal lahir pada 8 angka pertama tidak ada",
        "the birth date in its first 8 digits does not exist",
    ),
    "appointment": Label(
        "tahun dan bulan pengangkatan pada angka ke-9 sampai ke-14 tidak mungkin",
        "the year and month of appointment in digits 9 to 14 are impossible",
    ),
}


@RULES.rule(
    "CT004",
    kinds=ALL_KINDS,
    severity=Severity.WARNING,
    title=("NIP mungkin ada", "An NIP is possible"),
    message=(
        "NIP '{value}' ({name}) tidak mungkin: {reason}.",
        "The NIP '{value}' ({name}) is impossible: {reason}.",
    ),
    hint=(
        (
            "NIP terdiri dari 18 angka: tanggal lahir (8), tahun dan bulan pengangkatan (6), jenis "
            "kelamin (1), dan nomor urut (3). Salin dari SK atau kartu pegawai."
        ),
        (
            "An NIP has 18 digits: birth date (8), year and month of appointment (6), sex (1) and a "
            "sequence number (3). Copy it from the decree or the staff card."
        ),
    ),
    integrity=True,
    note="The NIP layout (birth date, appointment year and month, sex, sequence) is the one "
    "printed on civil servants' decrees; spaces, dots and a leading 'NIP.' are ignored.",
)
def nips_are_possible(document: object, _: Context) -> Iterator[Issue]:
    """CT004: 18 digits, a real birth date, an appointment month 1–12 not before the birth."""
    for path, person in PARTS.found_of(document, _PEOPLE):
        nip = person.employee_id
        if nip is None or not nip.strip():
            continue
        problem = nip_problem(nip)
        if problem is not None:
            yield Issue(
                (*path, "employee_id"),
                value=nip.strip(),
                name=person.name or "-",
                reason=_NIP_REASONS[problem],
            )
