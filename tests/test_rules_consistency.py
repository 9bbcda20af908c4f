"""Rules CO001–CO003: a document that contradicts itself.

The decree is Kecamatan Tembuku's, as its page names it: "Keputusan Camat Tembuku Nomor 011 Tahun
2022, 22 Pebruari 2022" (www.tembuku.banglikab.go.id/page/standar-pelayanan). The contradictions
are the ones reviewers mark: the decree cited with another year in the legal basis than in the
establishment, the same minutes with two dates, a requirement given twice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pelayanan import validate
from pelayanan.io.documents import DOCUMENT_KINDS
from pelayanan.law import Citation
from pelayanan.model.providers import Executor
from pelayanan.model.records import ContactPoint, Official
from pelayanan.model.standards import ComplaintChannel
from pelayanan.rules import BUILTIN_RULES
from pelayanan.rules._builtin._common import PARTS, Path
from pelayanan.strategies import models

AS_OF = dt.date(2024, 6, 1)
TITLE = "Keputusan Camat Tembuku tentang Standar Pelayanan pada Kantor Kecamatan Tembuku"


def decree(number: str = "011 Tahun 2022", decided_on: str = "2022-02-22") -> dict[str, Any]:
    """The establishment record of the standard."""
    return {
        "decree_number": number,
        "decided_on": decided_on,
        "title": TITLE,
        "signatory": {"name": "Camat Tembuku", "position": "Camat Tembuku", "level": "unit_head"},
    }


def cited_decree(number: str, year: int) -> dict[str, Any]:
    """The same decree cited in the legal basis."""
    return {"instrument": {"kind": "keputusan", "number": number, "year": year, "title": TITLE}}


def standard(**fields: Any) -> dict[str, Any]:
    """The birth-certificate letter standard of Kecamatan Tembuku."""
    return {
        "kind": "service_standard",
        "id": "sp-sk-kelahiran",
        "service_id": "sk-kelahiran",
        "establishment": decree(),
        **fields,
    }


def found(document: dict[str, Any], code: str) -> list[tuple[str, str]]:
    """``(path, English message)`` of each finding with ``code``."""
    report = validate(document, as_of=AS_OF, lang="en", select=[code])
    return [(f.path, f.message) for f in report.findings if f.code == code]


def minutes(number: str, date: str) -> dict[str, Any]:
    """Minutes of a meeting on the standard."""
    return {"title": "Berita Acara Forum Konsultasi Publik", "number": number, "date": date}


# --- CO001 -------------------------------------------------------------------------------------------


def test_the_decree_cited_with_its_own_number_and_year_passes() -> None:
    """CO001: the legal basis names the decree as the establishment does."""
    document = standard(legal_basis=["UU 25/2009", cited_decree("011", 2022)])
    assert found(document, "CO001") == []


def test_the_decree_cited_with_another_year_is_reported() -> None:
    """CO001: 'Nomor 011 Tahun 2021' in the legal basis, 'Nomor 011 Tahun 2022' decided in 2022."""
    document = standard(legal_basis=["UU 25/2009", cited_decree("011 Tahun 2021", 2021)])
    assert found(document, "CO001") == [
        (
            "/establishment",
            "Number 011 Tahun 2022 is dated 2022-02-22 here but the year 2021 at /legal_basis/1.",
        )
    ]


def test_the_decree_cited_with_another_number_is_reported() -> None:
    """CO001: the same decree's title with two numbers."""
    document = standard(legal_basis=["UU 25/2009", cited_decree("012", 2022)])
    [(path, message)] = found(document, "CO001")
    assert path == "/establishment"
    assert message == f"'{TITLE}' is numbered 011 Tahun 2022 here but 012 at /legal_basis/1."


def test_the_same_minutes_with_two_dates_are_reported() -> None:
    """CO001: one numbered berita acara, dated 1 December in one place and 2 December in another."""
    document = standard(
        consultations=[{"held_on": "2021-12-01", "minutes": minutes("005/BA/2021", "2021-12-01")}],
        reviews=[{"reviewed_on": "2023-01-05", "minutes": minutes("005/BA/2021", "2021-12-02")}],
    )
    assert found(document, "CO001") == [
        (
            "/reviews/0/minutes",
            (
                "Number 005/BA/2021 is dated 2021-12-02 here but 2021-12-01 at "
                "/consultations/0/minutes."
            ),
        )
    ]


def test_short_numbers_and_minutes_of_different_meetings_are_not_confused() -> None:
    """CO001: two minutes numbered '1' on different days are different minutes."""
    document = standard(
        consultations=[{"held_on": "2021-12-01", "minutes": minutes("1", "2021-12-01")}],
        reviews=[{"reviewed_on": "2023-01-05", "minutes": minutes("1", "2023-01-05")}],
    )
    assert found(document, "CO001") == []


def test_the_decrees_of_two_versions_in_a_cycle_may_share_a_title() -> None:
    """CO001 does not compare the titles of two establishment records (version 1 and 2)."""
    cycle = {
        "kind": "policy_cycle",
        "id": "siklus-sp-sk-kelahiran",
        "subject": "sp-sk-kelahiran",
        "service_id": "sk-kelahiran",
        "events": [
            {
                "action": "standard_established",
                "on": "2022-02-22",
                "version": 1,
                "establishment": decree(),
            },
            {
                "action": "standard_established",
                "on": "2024-02-20",
                "version": 2,
                "establishment": decree("009 Tahun 2024", "2024-02-20"),
            },
        ],
    }
    report = validate(cycle, as_of=AS_OF, select=["CO001"])
    assert report.documents[0].loaded
    assert [f.code for f in report.findings] == []
    second = cycle["events"][1]["establishment"]
    second["decree_number"] = "011 Tahun 2022"  # version 2 under version 1's number and year
    assert [f.code for f in validate(cycle, as_of=AS_OF, select=["CO001"]).findings] == ["CO001"]


# --- CO002 -------------------------------------------------------------------------------------------


def test_each_requirement_given_once_passes() -> None:
    """CO002: the Tembuku requirements, each once."""
    document = standard(
        requirements=[
            {"name": "Surat pengantar dari Kepala Desa"},
            {"name": "Fotokopi Kartu Keluarga"},
            {"name": "Fotokopi KTP orang tua"},
        ]
    )
    assert found(document, "CO002") == []


def test_a_requirement_repeated_by_a_page_break_is_reported() -> None:
    """CO002: a row copied to the top of the next page comes back as the same requirement."""
    document = standard(
        requirements=[
            {"name": "Fotokopi Kartu Keluarga"},
            {"name": "Fotokopi KTP orang tua"},
            {"name": "fotokopi  kartu keluarga"},
        ]
    )
    assert found(document, "CO002") == [
        (
            "/requirements/2",
            "The requirement 'fotokopi kartu keluarga' is given twice (also at /requirements/0).",
        )
    ]


def test_a_complaint_channel_given_twice_is_reported_but_placeholders_are_not() -> None:
    """CO002: the same channel twice; two '-' entries are SP038's business, not this rule's."""
    document = standard(
        complaint_handling={
            "channels": [
                {"kind": "complaint_box", "address": "Ruang tunggu"},
                {"kind": "complaint_box", "address": "Ruang Tunggu"},
            ],
            "tiers": [
                {"label": "-", "duration": {"amount": 1, "unit": "working_days"}},
                {"label": "-", "duration": {"amount": 3, "unit": "working_days"}},
            ],
        }
    )
    assert [p for p, _ in found(document, "CO002")] == ["/complaint_handling/channels/1"]


def test_the_consistency_rules_are_integrity_rules() -> None:
    """CO001-CO003 cite no law: the document disagrees with itself."""
    rules = [r for r in BUILTIN_RULES if r.code.startswith("CO")]
    assert [r.code for r in rules] == ["CO001", "CO002", "CO003"]
    assert all(r.integrity and not r.basis for r in rules)


@settings(max_examples=60, deadline=None)
@given(document=st.sampled_from(list(DOCUMENT_KINDS.values())).flatmap(models))
def test_the_compiled_walk_finds_what_the_reference_walk_finds(document: object) -> None:
    """The walk compiled per class gives the same values at the same paths, in the same order."""
    expected: list[tuple[Path, object]] = []
    PARTS._collect(document, ("here",), expected)
    found = list(PARTS.find(document, ("here",)))
    assert [p for p, _ in found] == [p for p, _ in expected]
    assert all(a is b for (_, a), (_, b) in zip(found, expected, strict=True))


@settings(max_examples=40, deadline=None)
@given(
    documents=st.lists(
        st.sampled_from(list(DOCUMENT_KINDS.values())).flatmap(models), min_size=2, max_size=3
    ),
    classes=st.sampled_from(
        [(str, ComplaintChannel), (ContactPoint, ComplaintChannel), Citation, (Official, Executor)]
    ),
)
def test_a_selection_of_parts_is_what_the_walk_finds_of_those_classes(
    documents: list[object], classes: type | tuple[type, ...]
) -> None:
    """``found_of`` keeps the walk's order and paths, and answers for the document asked about."""
    for document in [*documents, documents[0]]:
        expected = [(p, v) for p, v in PARTS.find(document) if isinstance(v, classes)]
        selected = PARTS.found_of(document, classes)
        assert [p for p, _ in selected] == [p for p, _ in expected]
        assert all(a is b for (_, a), (_, b) in zip(selected, expected, strict=True))


# --- CO003 -------------------------------------------------------------------------------------------


def test_a_free_fee_beside_a_proof_of_payment_is_a_contradiction() -> None:
    """DPMPTSP Kotawaringin Timur: "Gratis" and the requirement "Bukti bayar retribusi daerah"."""
    document = standard(
        fee={"amount": "0", "as_written": "Gratis"},
        requirements=[{"name": "Surat Permohonan"}, {"name": "Bukti bayar retribusi daerah"}],
    )
    assert found(document, "CO003") == [
        (
            "/requirements/1/name",
            (
                "The fee is stated as free, but requirement 'Bukti bayar retribusi daerah' names a "
                "payment; say whether that payment is part of this service's fee."
            ),
        )
    ]


def test_a_free_fee_beside_a_step_that_pays_is_a_contradiction() -> None:
    """DPMPTSP Maluku Tengah: "Rp. 0,-" and "wajib membayar retribusi reklame terlebih dahulu"."""
    document = standard(
        fee={"amount": "0"},
        procedure={"steps": [{"description": "Pemohon wajib membayar retribusi reklame"}]},
    )
    assert [path for path, _ in found(document, "CO003")] == ["/procedure/steps/0/description"]


@pytest.mark.parametrize(
    ("fee", "text"),
    [
        ({"amount": "0"}, "Pemohon tidak membayar biaya apa pun"),  # a payment denied
        ({"amount": "0"}, "Bukti pembayaran PBB tahun berjalan"),  # another tax, already paid
        ({"amount": "0"}, "Fotokopi KTP"),  # no payment at all
        ({"amount": "5000"}, "Bukti bayar retribusi"),  # not free: no contradiction
    ],
)
def test_no_contradiction_without_a_free_fee_and_a_payment(fee: dict[str, str], text: str) -> None:
    """CO003 needs both sides: a free fee, and a requirement that asks for a payment."""
    assert found(standard(fee=fee, requirements=[{"name": text}]), "CO003") == []
