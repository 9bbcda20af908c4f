"""Checks of web addresses, e-mail addresses, telephone numbers and NIPs, on real strings.

The strings come from published service standards collected for this project (their pages are
named in each test); the expected answers are what a person trying to use the value would find.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan._base.contacts import (
    email_problem,
    nip_problem,
    normalise_phones,
    phone_e164,
    phone_problem,
    url_problem,
)
from pelayanan.model.records import ContactPoint

LAPOR_SMS = frozenset({"1708"})


@pytest.mark.parametrize(
    "url",
    [
        # Puskesmas Guguk Panjang, Bukittinggi (SQL dump of its website's standar_pelayanan table).
        "http://pusk-guguk-panjang.bukittinggi.go.id/",
        # Dukcapil Kulon Progo (123dok copy of its Peraturan Kepala Dinas): no scheme, as printed.
        "www.dukcapil.kulonprogokab.go.id",
        "https://www.lapor.go.id",
        "https://dinsos.contoh.jambikota.go.id/standar-pelayanan/sktm",
    ],
)
def test_a_web_address_a_browser_can_open_passes(url: str) -> None:
    """A host with a domain, with or without a scheme and a path, is a usable address."""
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        # Kelurahan Pangongangan, Madiun (docplayer.info/154251788): an e-mail under "Website".
        ("kelurahanpangongangan@gmail.com", "email"),
        ("http://kelurahanpangongangan@gmail.com", "email"),
        # Disdukcapil Way Kanan: a typographic quote glued to the host.
        ("disdukcapil.waykanankab.go.id\u2018", "malformed"),
        # Kantor Bahasa Jambi on SIPPN: a space inside the host.
        ("www.balaibahasajambi. kemdikbud.go.id", "malformed"),
        # Puskesmas Guguk Panjang: a page name where the address belongs.
        ("Puskesmas Guguk Panjang", "malformed"),
        ("http://dinsos", "no_domain"),
        ("ftp://dinsos.jambikota.go.id", "scheme"),
    ],
)
def test_a_web_address_that_cannot_work_is_named_for_what_is_wrong(url: str, problem: str) -> None:
    """An e-mail address, a host without a domain, a bare name: each gets its own reason."""
    assert url_problem(url) == problem


@pytest.mark.parametrize(
    "email",
    [
        "layananpengaduanpuskgp@gmail.com",  # Puskesmas Guguk Panjang
        "Kabmalra_Dinsosnakertrans@yahoo.com",  # Dinas Sosial Maluku Tenggara (123dok)
        "bbppmpvsb@kemdikbud.go.id",  # BBPPMPV Seni dan Budaya (kodebiner/BBPPMPVSB)
    ],
)
def test_an_address_mail_can_be_sent_to_passes_whoever_hosts_it(email: str) -> None:
    """A gmail or yahoo address is a working address: the check is about form, not provider."""
    assert email_problem(email) is None


@pytest.mark.parametrize(
    ("email", "problem"),
    [
        # The Cloudflare placeholder a mirror prints instead of the address (123dok Kanigoro).
        ("[email\u00a0protected]", "malformed"),
        ("dukcapilbm@gmail .com", "malformed"),
        ("disdukcapil..bm@gmail.com", "malformed"),
        ("www.dukcapil.kulonprogokab.go.id", "url"),
    ],
)
def test_an_address_mail_cannot_reach_is_reported(email: str, problem: str) -> None:
    """No @, a space in the domain, two dots in a row, or a web address in the e-mail field."""
    assert email_problem(email) == problem


@pytest.mark.parametrize(
    "value",
    [
        "0752-21056",  # Guguk Panjang telephone, area code 0752
        "(0274)895803",  # BBPPMPV telephone, area code in parentheses
        "0821-8243-7282",  # Kecamatan Pendopo Barat mobile
        "+62 811-3699-514",  # Disdukcapil Lamongan WhatsApp, international form
        "Telepon: 0752-21056 (jam kerja)",
        "(0916) 21208 (0916) 22881",  # two numbers printed side by side (Maluku Tenggara)
        "Telepon (0370) 623544, WhatsApp 081217352004",  # Kantor Bahasa NTB on SIPPN
        "112",
    ],
)
def test_a_number_that_can_be_dialled_passes(value: str) -> None:
    """Fixed lines, mobiles and short numbers pass, with the words written around them."""
    assert phone_problem(value) is None


def test_the_lapor_sms_number_passes_only_where_it_is_allowed() -> None:
    """1708 is SP4N-LAPOR!'s SMS number, not a telephone number of the numbering plan."""
    assert phone_problem("Sms Center 1708", LAPOR_SMS) is None
    assert phone_problem("1708") == "invalid"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("(0351)", "invalid"),  # Kelurahan Pangongangan: the area code alone
        ("Telp. (0287)", "invalid"),  # Dukcapil Kebumen letterhead as the mirror prints it
        ("Melalui SMS Gateway", "no_number"),  # Dispusip Pohuwato on SIPPN
        ("", "no_number"),
    ],
)
def test_a_telephone_value_without_a_usable_number_is_reported(value: str, problem: str) -> None:
    """An area code alone cannot be dialled; a channel named without its number cannot be used."""
    assert phone_problem(value) == problem


def test_a_value_that_is_only_a_number_is_written_in_e164() -> None:
    """0821-8243-7282 is +62 821 8243 7282: the trunk zero becomes the country code 62."""
    assert phone_e164("0821-8243-7282") == "+6282182437282"
    assert phone_e164("(0274)895803") == "+62274895803"
    assert phone_e164("+62 811-3699-514") == "+628113699514"
    assert phone_e164("Telepon: 0752-21056") is None
    assert phone_e164("(0351)") is None


def test_a_contact_point_keeps_valid_numbers_in_e164_and_the_rest_as_written() -> None:
    """The model normalises what it can and loses nothing it cannot read."""
    contact = ContactPoint(phones=("0813-6422-1212", "0741-000000 (ilustratif)", "(0351)"))
    assert contact.phones == ("+6281364221212", "0741-000000 (ilustratif)", "(0351)")
    assert normalise_phones(contact.phones) == contact.phones


@pytest.mark.parametrize("nip", ["19700101 199003 1 002", "NIP. 198512302010012015"])
def test_an_nip_with_possible_parts_passes(nip: str) -> None:
    """Born 1 January 1970, appointed March 1990; born 30 December 1985, appointed January 2010."""
    assert nip_problem(nip) is None


@pytest.mark.parametrize(
    ("nip", "problem"),
    [
        ("19700101 199003 1 00", "length"),  # 17 digits
        ("1970010119900310021", "length"),  # 19 digits
        ("19700101199003100A", "length"),
        ("197002301990031002", "birth_date"),  # 30 February
        ("197001011990001002", "appointment"),  # month 00
        ("197001011990131002", "appointment"),  # month 13
        ("199001011988031002", "appointment"),  # appointed in 1988, born in 1990
    ],
)
def test_an_impossible_nip_is_reported(nip: str, problem: str) -> None:
    """Not 18 digits, a birth date that never was, an appointment month that cannot be."""
    assert nip_problem(nip) == problem


@given(st.text())
def test_no_check_raises_on_any_text(text: str) -> None:
    """Whatever is written in a contact field, the checks answer instead of raising."""
    url_problem(text)
    email_problem(text)
    phone_problem(text)
    phone_e164(text)
    nip_problem(text)
