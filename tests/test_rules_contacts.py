"""Rules CT001–CT004: web addresses, e-mail addresses, telephone numbers and NIPs in documents.

The failing values are real ones, printed by published standards collected for this project: the
page of each is named next to it. Each has a passing neighbour, the same contact written so that it
can be used.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from pelayanan import validate
from pelayanan.io.text import parse_contacts
from pelayanan.model.standards import ComplaintHandling, ServiceStandard
from pelayanan.rules import BUILTIN_RULES

from .conftest import EXAMPLES

AS_OF = dt.date(2024, 6, 1)
JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"


def found(document: dict[str, Any], prefix: str = "CT") -> list[tuple[str, str, str]]:
    """``(code, path, English message)`` of each finding of rules starting with ``prefix``."""
    report = validate(document, as_of=AS_OF, lang="en", select=[prefix])
    return [(f.code, f.path, f.message) for f in report.findings]


def provider(*contacts: dict[str, Any], website: str | None = None) -> dict[str, Any]:
    """A regency office with the given contact points."""
    document: dict[str, Any] = {
        "kind": "provider",
        "id": "pemkab-way-kanan",
        "name": "Pemerintah Kabupaten Way Kanan",
        "category": "state_institution",
        "level": "regency",
        "contacts": list(contacts),
    }
    if website is not None:
        document["website"] = website
    return document


def standard(*channels: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A standard whose complaint handling lists ``channels``."""
    return {
        "kind": "service_standard",
        "id": "sp-ktp-el",
        "service_id": "ktp-el",
        "complaint_handling": {"channels": list(channels)},
        **fields,
    }


# --- CT001 -------------------------------------------------------------------------------------------


def test_a_website_with_a_path_passes() -> None:
    """CT001: the Jambi example's publication address, a host with a domain and a path."""
    document = provider(website="https://dinsos.contoh.jambikota.go.id/standar-pelayanan")
    assert found(document) == []


def test_a_website_with_a_stray_quote_is_reported() -> None:
    """CT001: 'Website: disdukcapil.waykanankab.go.id‘' as printed by Disdukcapil Way Kanan.

    Source: disdukcapil.waykanankab.go.id/pages/penerbitan-kartu-tanda-penduduk-elektronik-ktp-el.
    """
    document = standard({"kind": "website", "address": "Website: disdukcapil.waykanankab.go.id‘"})
    [(code, path, message)] = found(document)
    assert (code, path) == ("CT001", "/complaint_handling/channels/0/address")
    assert "disdukcapil.waykanankab.go.id‘" in message
    assert "no web address" in message


def test_an_email_written_as_the_website_is_named_as_such() -> None:
    """CT001: 'Website kelurahanpangongangan@gmail.com' (docplayer.info/154251788, Madiun)."""
    document = provider(website="http://kelurahanpangongangan@gmail.com")
    [(code, path, message)] = found(document)
    assert (code, path) == ("CT001", "/website")
    assert message.endswith("what is written is an e-mail address.")


def test_a_host_without_a_domain_is_reported_wherever_a_url_is() -> None:
    """CT001 looks at every url field: here a publication of the standard."""
    document = standard(
        publications=[{"medium": "website", "url": "http://dinsos/standar-pelayanan"}]
    )
    assert [(c, p) for c, p, _ in found(document)] == [("CT001", "/publications/0/url")]


def test_a_website_channel_without_an_address_is_reported() -> None:
    """CT001: a website named as a complaint channel with no address cannot be used."""
    assert [c for c, _, _ in found(standard({"kind": "website"}))] == ["CT001"]
    assert found(standard({"kind": "sp4n_lapor_web"})) == []


# --- CT002 -------------------------------------------------------------------------------------------


def test_a_gmail_address_is_a_valid_address() -> None:
    """CT002: 'Email : dukcapilbm@gmail.com' (SIPPN, Disdukcapil Bener Meriah) can receive mail."""
    document = standard({"kind": "email", "address": "Email : dukcapilbm@gmail.com"})
    assert found(document) == []


def test_a_placeholder_instead_of_an_address_is_reported() -> None:
    """CT002: a mirror's '[email protected]' where Kelurahan Kanigoro printed its address.

    Source: 123dok.com/document/y8g95d92-standar-pelayanan-s-p.html.
    """
    document = provider({"label": "Kelurahan Kanigoro", "emails": ["[email\u00a0protected]"]})
    [(code, path, message)] = found(document)
    assert (code, path) == ("CT002", "/contacts/0/emails/0")
    assert message.endswith("it is not of the form name@domain.")


def test_a_website_in_the_email_field_is_reported() -> None:
    """CT002: a web address given as the e-mail complaint channel."""
    document = standard({"kind": "email", "address": "www.dukcapil.kulonprogokab.go.id"})
    [(code, _, message)] = found(document)
    assert code == "CT002"
    assert "web address" in message


# --- CT003 -------------------------------------------------------------------------------------------


def test_a_mobile_number_passes_and_is_kept_in_e164() -> None:
    """CT003: 'WhatsApp : 0821-8243-7282' (Kecamatan Pendopo Barat) is a valid mobile number."""
    document = provider({"label": "WhatsApp", "phones": ["0821-8243-7282"]})
    assert found(document) == []
    report = validate(document, as_of=AS_OF)
    assert report.documents[0].loaded


def test_the_lapor_sms_number_passes() -> None:
    """CT003: 'Sms Center 1708' is SP4N-LAPOR!'s number; the channel may also leave it out."""
    assert found(standard({"kind": "sp4n_lapor_sms", "address": "Sms Center 1708"})) == []
    assert found(standard({"kind": "sp4n_lapor_sms"})) == []


def test_an_area_code_alone_is_not_a_number() -> None:
    """CT003: 'Telephone : (0351)' as Kelurahan Pangongangan's page shows it."""
    document = provider({"label": "Telephone", "phones": ["(0351)"]})
    [(code, path, message)] = found(document)
    assert (code, path) == ("CT003", "/contacts/0/phones/0")
    assert (
        message == "'(0351)' (Telephone) is not an Indonesian telephone number that can be dialled."
    )


def test_a_channel_named_without_its_number_is_reported() -> None:
    """CT003: 'Melalui SMS Gateway' (SIPPN, Dispusip Pohuwato) names a channel and no number."""
    document = standard({"kind": "messaging", "address": "Melalui SMS Gateway"})
    [(code, _, message)] = found(document)
    assert code == "CT003"
    assert message == "Instant messaging: there is no number to call ('Melalui SMS Gateway')."


def test_a_contact_label_with_nothing_after_it_is_reported() -> None:
    """CT003: '- Media Internet :' (Disdukcapil Lamongan, lamongankab.go.id/disdukcapil/post/1888)."""
    document = provider({"label": "Media Internet"})
    assert found(document) == [
        (
            "CT003",
            "/contacts/0",
            "The contact 'Media Internet' gives no number, e-mail address, address or website.",
        )
    ]


# --- CT004 -------------------------------------------------------------------------------------------


def signed(nip: str) -> dict[str, Any]:
    """A standard established by a unit head with the NIP ``nip``."""
    return standard(
        establishment={
            "decree_number": "470/015/KPTS/DUKCAPIL/2023",
            "decided_on": "2023-01-16",
            "signatory": {
                "name": "Kepala Dinas",
                "position": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
                "level": "unit_head",
                "employee_id": nip,
            },
        }
    )


def test_an_nip_written_in_groups_passes() -> None:
    """CT004: born 1 January 1970, appointed March 1990, written as decrees print it."""
    assert found(signed("19700101 199003 1 002")) == []


@pytest.mark.parametrize(
    ("nip", "reason"),
    [
        ("19700101 199003 1 00", "an NIP has 18 digits"),
        ("197002301990031002", "the birth date in its first 8 digits does not exist"),
        (
            "197001011990131002",
            "the year and month of appointment in digits 9 to 14 are impossible",
        ),
    ],
)
def test_an_impossible_nip_is_reported(nip: str, reason: str) -> None:
    """CT004: a digit short, a 30 February birth date, a thirteenth month of appointment."""
    [(code, path, message)] = found(signed(nip))
    assert (code, path) == ("CT004", "/establishment/signatory/employee_id")
    assert message == f"The NIP '{nip}' (Kepala Dinas) is impossible: {reason}."


# --- the rules as a whole ----------------------------------------------------------------------------


def test_the_contact_rules_are_integrity_rules_on_every_kind() -> None:
    """CT001–CT004 cite no law: a contact that cannot be used contradicts itself."""
    rules = [r for r in BUILTIN_RULES if r.code.startswith("CT")]
    assert [r.code for r in rules] == ["CT001", "CT002", "CT003", "CT004"]
    assert all(r.integrity and not r.basis for r in rules)
    assert all("provider" in r.kinds and "service_standard" in r.kinds for r in rules)


def test_the_bundled_examples_have_usable_contacts() -> None:
    """No CT finding on the Jambi example, whose numbers are written as people write them."""
    documents: list[Any] = []
    for path in sorted(JAMBI.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        documents.extend(data if isinstance(data, list) else [data])
    assert found(documents) == []


# --- channels read from the text a standard prints ------------------------------------------------


def printed_channels(text: str) -> ServiceStandard:
    """A standard whose complaint channels are read from printed text, as an import reads them."""
    return ServiceStandard(
        id="sp-printed",
        service_id="s",
        complaint_handling=ComplaintHandling(channels=parse_contacts(text)),
    )


def test_printed_channels_that_can_be_used_pass() -> None:
    """Disdukcapil Lamongan's telephone and WhatsApp (lamongankab.go.id/disdukcapil/post/1888)."""
    text = (
        "- Media telepon dinas : (0322)321322\n"
        "- Media Whatsapp Konsultasi dan Pengaduan : +62 811-3699-514"
    )
    assert validate(printed_channels(text), as_of=AS_OF, select=["CT"]).findings == ()


def test_printed_labels_without_a_value_are_reported() -> None:
    """'- Media Internet :' (Lamongan) and 'Telephone : (0351)' (Pangongangan, docplayer 154251788)."""
    text = "- Media telepon dinas : (0322)321322\n- Media Internet :"
    report = validate(printed_channels(text), as_of=AS_OF, lang="en", select=["CT"])
    assert [(f.code, f.message) for f in report.findings] == [
        ("CT001", "The website complaint channel (Media Internet) gives no web address.")
    ]
    report = validate(printed_channels("Telephone : (0351)"), as_of=AS_OF, lang="en", select=["CT"])
    assert [(f.code, f.message) for f in report.findings] == [
        ("CT003", "Telephone: there is no number to call.")
    ]
