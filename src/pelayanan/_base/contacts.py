"""Checks for contact details and identifiers: web addresses, e-mail addresses, phone numbers, NIPs.

Published standards print their contacts by hand, and real ones carry the same few defects: an
e-mail address written after ``http://``, a host with a stray quote, a telephone label with only an
area code, an NIP one digit short. Each check here says what is wrong with a value, or ``None`` when
nothing is, in the manner of python-stdnum: wrongly refusing a value a person could use is worse
than letting a doubtful one pass, so the checks refuse only what cannot work.

Web addresses need a host with a domain; the scheme may be left out, as people type them:

>>> url_problem("https://dinsos.jambikota.go.id/standar-pelayanan"), url_problem("www.lapor.go.id")
(None, None)
>>> url_problem("http://kelurahanpangongangan@gmail.com"), url_problem("http://dinsos")
('email', 'no_domain')
>>> url_problem("disdukcapil.waykanankab.go.id‘"), url_problem("Puskesmas Guguk Panjang")
('malformed', 'malformed')

E-mail addresses:

>>> email_problem("layananpengaduanpuskgp@gmail.com"), email_problem("[email protected]")
(None, 'malformed')

Indonesian telephone numbers (fixed lines, mobiles, toll-free and short numbers) are read with
``phonenumbers``; a value that is only a number is written in E.164 form in the model:

>>> phone_e164("0821-8243-7282"), phone_e164("(0274)895803")
('+6282182437282', '+62274895803')
>>> phone_problem("Telepon: 0752-21056 (jam kerja)"), phone_problem("(0351)")
(None, 'invalid')
>>> phone_problem("Melalui SMS Gateway")
'no_number'

An NIP (*Nomor Induk Pegawai*) has 18 digits: the birth date (8), the year and month of
appointment (6), the sex (1) and a sequence number (3):

>>> nip_problem("19700101 199003 1 002"), nip_problem("1970010119900310021")
(None, 'length')
>>> nip_problem("197002301990031002"), nip_problem("197001011990131002")
('birth_date', 'appointment')
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Collection, Iterable
from typing import Final, Literal
from urllib.parse import urlsplit

import phonenumbers
from phonenumbers import shortnumberinfo

__all__ = [
    "EmailProblem",
    "NipProblem",
    "PhoneProblem",
    "UrlProblem",
    "email_problem",
    "nip_problem",
    "normalise_phones",
    "phone_e164",
    "phone_problem",
    "url_problem",
]

UrlProblem = Literal["scheme", "email", "no_domain", "malformed"]
"""What is wrong with a web address: not http(s), an e-mail address, a host with no domain, or
text that is no address at all (spaces, stray characters, a bare name)."""
EmailProblem = Literal["url", "malformed"]
"""What is wrong with an e-mail address: it is a web address, or it is not an address."""
PhoneProblem = Literal["invalid", "no_number"]
"""What is wrong with a telephone value: a number that cannot be dialled, or no number at all."""
NipProblem = Literal["length", "birth_date", "appointment"]
"""What is wrong with an NIP: not 18 digits, an impossible birth date, an impossible appointment."""

_REGION: Final = "ID"

# --- web addresses --------------------------------------------------------------------------------

_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TLD = re.compile(r"(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_EMAIL_LIKE = re.compile(r"[^@\s/]+@[^@\s/]+\.[^@\s/]+")


def _is_domain(host: str) -> bool:
    """Whether ``host`` is a domain name with at least two labels and an alphabetic TLD."""
    if not all(c.isalnum() or c in ".-" for c in host):
        return False
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return (
        len(labels) >= 2
        and all(_LABEL.fullmatch(label) for label in labels)
        and _TLD.fullmatch(labels[-1]) is not None
    )


def _host_problem(host: str) -> UrlProblem | None:
    """What is wrong with the host of a web address: a domain name or an IPv4 address."""
    if _IPV4.fullmatch(host):
        return None if all(int(part) <= 255 for part in host.split(".")) else "malformed"
    if _is_domain(host):
        return None
    return "no_domain" if re.fullmatch(r"[a-z0-9-]+", host) else "malformed"


@functools.lru_cache(maxsize=8192)
def url_problem(text: str) -> UrlProblem | None:
    """What is wrong with the web address ``text``, or ``None`` if a browser can open it.

    The scheme may be left out (``www.lapor.go.id``); when given it must be ``http`` or ``https``.
    The host must be a domain name (``dinsos.jambikota.go.id``) or an IPv4 address.
    """
    value = text.strip()
    has_scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", value) is not None
    if _EMAIL_LIKE.fullmatch(value.replace(" ", "")) or value.lower().startswith("mailto:"):
        return "email"
    if not value or any(c.isspace() for c in value):
        return "malformed"
    try:
        parts = urlsplit(value if has_scheme else f"http://{value}")
        port = parts.port
    except ValueError:
        return "malformed"
    if "@" in parts.netloc or parts.scheme.lower() not in ("http", "https"):
        return "email" if "@" in parts.netloc else "scheme"
    if port == 0 or not parts.hostname:
        return "malformed"
    return _host_problem(parts.hostname)


# --- e-mail addresses -------------------------------------------------------------------------------

_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


@functools.lru_cache(maxsize=8192)
def email_problem(text: str) -> EmailProblem | None:
    """What is wrong with the e-mail address ``text``, or ``None`` if mail can be sent to it.

    The local part follows RFC 5322's dot-atom (letters, digits and ``!#$%&'*+/=?^_`{|}~-``, dots
    between them); the domain must be a domain name. Any provider is fine (``@gmail.com`` too).
    """
    value = text.strip()
    if re.match(r"(?i)(?:https?://|www\.)", value) and "@" not in value:
        return "url"
    local, at, domain = value.rpartition("@")
    if not at or len(value) > 254 or len(local) > 64 or not _LOCAL.fullmatch(local):
        return "malformed"
    return None if _is_domain(domain) else "malformed"


# --- telephone numbers ------------------------------------------------------------------------------

_CANDIDATE = re.compile(r"\+?\(?\d[\d\s().-]*\d\)?")
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}(?:\s*-\s*\d{1,2}[.:]\d{2})?")
_ONLY_NUMBER = re.compile(r"\+?[\d\s().-]+")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _valid(candidate: str, short_codes: Collection[str]) -> bool:
    """Whether ``candidate`` is one valid number, or valid numbers written side by side."""
    if _digits(candidate) in short_codes:
        return True
    try:
        number = phonenumbers.parse(candidate, _REGION)
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(number) or shortnumberinfo.is_valid_short_number(number):
        return True
    found = phonenumbers.PhoneNumberMatcher(
        candidate, _REGION, leniency=phonenumbers.Leniency.VALID
    )
    return "".join(_digits(match.raw_string) for match in found) == _digits(candidate)


@functools.lru_cache(maxsize=8192)
def phone_problem(text: str, short_codes: frozenset[str] = frozenset()) -> PhoneProblem | None:
    """What is wrong with a telephone, fax, SMS or WhatsApp value, or ``None`` if it can be dialled.

    The value may carry words around its numbers (``"Telepon: 0752-21056 (jam kerja)"``); every
    number in it must be a valid Indonesian number, or a short number (``112``) or one of
    ``short_codes`` (``1708`` for SP4N-LAPOR! SMS). Office hours (``08.00-16.00``) are not numbers.
    """
    found = False
    for match in _CANDIDATE.finditer(_CLOCK.sub(" ", text)):
        candidate = match.group().strip()
        if len(_digits(candidate)) < 3:
            continue
        if not _valid(candidate, short_codes):
            return "invalid"
        found = True
    return None if found else "no_number"


@functools.lru_cache(maxsize=8192)
def phone_e164(text: str) -> str | None:
    """``text`` in E.164 form (``+62...``) if it is only a valid Indonesian number, else ``None``."""
    value = text.strip()
    if not _ONLY_NUMBER.fullmatch(value):
        return None
    try:
        number = phonenumbers.parse(value, _REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_phones(values: Iterable[str]) -> tuple[str, ...]:
    """Each value that is only a valid number in E.164 form; any other value as written.

    A value with words around its number, or that is no valid number, is kept so that nothing a
    person wrote is lost and the contact rules can still report it.

    >>> normalise_phones(["0812-0000-0000", "0741-000000 (ilustratif)", "(0351)"])
    ('+6281200000000', '0741-000000 (ilustratif)', '(0351)')
    """
    return tuple(phone_e164(value) or value for value in values)


# --- NIP ---------------------------------------------------------------------------------------------

_NIP_LENGTH: Final = 18
_NIP_NOISE = re.compile(r"(?i)^\s*nip\.?\s*:?\s*|[\s.-]")


@functools.lru_cache(maxsize=8192)
def nip_problem(text: str) -> NipProblem | None:
    """What is wrong with the NIP ``text``, or ``None`` if its parts are possible.

    Spaces, dots and dashes between the parts and a leading ``NIP.`` are ignored. The birth date
    must be a real date from 1900 on, the appointment month 1–12 and not before the birth month.
    """
    digits = _NIP_NOISE.sub("", text)
    if len(digits) != _NIP_LENGTH or not digits.isdigit():
        return "length"
    try:
        born = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return "birth_date"
    if born.year < 1900:
        return "birth_date"
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12 or (year, month) < (born.year, born.month):
        return "appointment"
    return None
