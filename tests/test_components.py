"""The 14 components of UU 25/2009 Pasal 21 and their grouping (Permenpan RB 15/2014)."""

from __future__ import annotations

from pelayanan import Component
from pelayanan.model.components import ComponentGroup


def test_there_are_fourteen_components_lettered_a_to_n_in_order() -> None:
    """Pasal 21 lists huruf a to n; the enumeration keeps that order."""
    assert [c.letter for c in Component] == list("abcdefghijklmn")


def test_six_components_are_service_delivery_and_eight_management() -> None:
    """Regulations.md §1.9: service delivery = b, c, d, e, f, j; management = the rest."""
    assert {c.letter for c in Component.service_delivery()} == set("bcdefj")
    assert {c.letter for c in Component.management()} == set("aghiklmn")
    assert Component.FEE.group is ComponentGroup.SERVICE_DELIVERY
    assert Component.LEGAL_BASIS.group is ComponentGroup.MANAGEMENT


def test_components_carry_their_indonesian_names() -> None:
    """The labels are the law's own words (regulations.md §1.9)."""
    assert Component.by_letter("a").label.id == "Dasar hukum"
    assert Component.by_letter("c").label.id == "Sistem, mekanisme, dan prosedur"
    assert Component.by_letter("j").label.id == "Penanganan pengaduan, saran, dan masukan"
    assert Component.by_letter("m").label.id == "Jaminan keamanan dan keselamatan pelayanan"
    assert Component.by_letter("n").label.id == "Evaluasi kinerja pelaksana"


def test_every_component_has_a_bilingual_description() -> None:
    """Each component explains itself in both languages, for forms and documentation."""
    for component in Component:
        assert component.description.id
        assert component.description.en
