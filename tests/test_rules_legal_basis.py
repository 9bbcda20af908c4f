"""Rules LB001–LB005: what a document's legal basis cites, against the catalogue of instruments.

The citations are real ones, as published standards print them (the page of each is named next to
it); dates and replacements are the catalogue's, from the instruments' own texts (UU 1/2022 Pasal
189 revokes UU 28/2009 from 5 January 2022; UU 23/2014 Pasal 409 revokes UU 32/2004).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pelayanan import validate
from pelayanan.io.text import parse_citations
from pelayanan.law import Instrument, InstrumentKind
from pelayanan.model.records import Establishment
from pelayanan.model.standards import ServiceStandard
from pelayanan.rules import BUILTIN_RULES
from pelayanan.rules._builtin.legal_basis import known_instrument

AS_OF = dt.date(2024, 6, 1)

UU25 = {"instrument": {"kind": "uu", "number": "25", "year": 2009, "title": "Pelayanan Publik"}}
"""'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', as nearly every standard has it."""


def uu(number: str, year: int, title: str, kind: str = "uu", **more: str) -> dict[str, Any]:
    """A citation of an instrument as a standard writes it: kind, number, year and title."""
    return {"instrument": {"kind": kind, "number": number, "year": year, "title": title, **more}}


def standard(*basis: object, decided_on: str | None = None, **fields: Any) -> dict[str, Any]:
    """A standard of Kecamatan Pendopo Barat with ``basis`` as its component a."""
    document: dict[str, Any] = {
        "kind": "service_standard",
        "id": "sp-pindah-keluar",
        "service_id": "pindah-keluar",
        "unit_id": "kec-pendopo-barat",
        "legal_basis": list(basis),
        **fields,
    }
    if decided_on is not None:
        document["establishment"] = {
            "decree_number": "800/025/KEC.PB/2023",
            "decided_on": decided_on,
            "signatory": {"name": "Camat", "position": "Camat Pendopo Barat", "level": "unit_head"},
        }
    return document


def found(documents: object, code: str) -> list[tuple[str, str]]:
    """``(path, English message)`` of each finding with ``code``."""
    report = validate(documents, as_of=AS_OF, lang="en", select=[code])
    return [(f.path, f.message) for f in report.findings if f.code == code]


# --- LB001 -------------------------------------------------------------------------------------------


def test_a_legal_basis_citing_uu25_with_its_title_passes() -> None:
    """LB001: 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (LN 2009/112)'.

    Source: github.com/kodebiner/BBPPMPVSB app/Views/standarpelayanan.php.
    """
    assert found(standard(UU25, "PP 96/2012"), "LB001") == []


def test_a_legal_basis_without_uu25_is_reported() -> None:
    """LB001: Dinas Sosial Ciamis cites the sector laws and not the law behind the standard.

    Source: vdocuments.mx/standar-pelayanan-publik-pada-dinas-sosial-.html.
    """
    document = standard(
        uu("11", 2009, "Kesejahteraan Sosial"),
        uu(
            "184",
            2011,
            "Lembaga Kesejahteraan Sosial",
            kind="permen",
            abbreviation="Permensos",
            issuer="Menteri Sosial",
        ),
    )
    assert found(document, "LB001") == [
        (
            "/legal_basis",
            (
                "The standard's legal basis does not cite UU 25/2009 on Public Services, the law that "
                "requires service standards."
            ),
        )
    ]


def test_a_missing_legal_basis_is_left_to_sp001() -> None:
    """LB001 says nothing when component a itself is missing: SP001 says that."""
    document = standard()
    del document["legal_basis"]
    assert found(document, "LB001") == []


# --- LB002 -------------------------------------------------------------------------------------------

PDRD = uu("28", 2009, "Pajak Daerah dan Retribusi Daerah")


def test_uu28_cited_by_a_standard_of_2024_names_its_replacement() -> None:
    """LB002: UU 1/2022 revoked UU 28/2009 on 5 January 2022, before a decree of 2024."""
    assert found(standard(UU25, PDRD, decided_on="2024-01-15"), "LB002") == [
        (
            "/legal_basis/1",
            (
                "UU 28/2009 was revoked and replaced by UU 1/2022 on 2022-01-05, before the date the "
                "document was established (2024-01-15)."
            ),
        )
    ]


def test_uu28_cited_by_the_same_standard_of_2021_is_in_order() -> None:
    """LB002: in 2021 UU 28/2009 was the law on regional taxes and levies."""
    assert found(standard(UU25, PDRD, decided_on="2021-03-01"), "LB002") == []


def test_the_day_of_the_replacement_is_the_first_day_it_counts() -> None:
    """LB002 on both sides of 5 January 2022."""
    assert found(standard(UU25, PDRD, decided_on="2022-01-04"), "LB002") == []
    assert len(found(standard(UU25, PDRD, decided_on="2022-01-05"), "LB002")) == 1


def test_without_a_decree_the_check_date_decides() -> None:
    """LB002: a standard with no establishing decree is judged on the check date."""
    [(_, message)] = found(standard(UU25, PDRD), "LB002")
    assert message.endswith("before the check date (2024-06-01).")


def test_a_replacement_seen_only_in_secondary_sources_says_so() -> None:
    """LB002: UU 36/2009 in a Puskesmas standard of October 2023 (scribd 659324412).

    UU 17/2023's date and its revocation of UU 36/2009 are seen only in news quoting JDIH Setneg.
    """
    document = standard(UU25, uu("36", 2009, "Kesehatan"), decided_on="2023-10-02")
    [(path, message)] = found(document, "LB002")
    assert path == "/legal_basis/1"
    assert message.startswith("UU 36/2009 was revoked and replaced by UU 17/2023 on 2023-08-08")
    assert message.endswith("This date or replacement is not verified in an official source.")
    assert (
        found(standard(UU25, uu("36", 2009, "Kesehatan"), decided_on="2023-08-07"), "LB002") == []
    )


def test_an_instrument_the_catalogue_does_not_know_is_never_reported() -> None:
    """LB002 to LB004 say nothing of Perpres 25/2008, which the catalogue does not hold."""
    perpres = uu(
        "25",
        2008,
        "Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil",
        kind="perpres",
    )
    document = standard(UU25, perpres, decided_on="2023-01-02")
    assert [f.code for f in validate(document, as_of=AS_OF, select=["LB"]).findings] == []


# --- LB003 -------------------------------------------------------------------------------------------

ADMINDUK = uu("23", 2006, "Administrasi Kependudukan")


def test_an_amended_law_cited_alone_is_noted() -> None:
    """LB003: 'UU No :23 Thn 2006 Tentang Administrasi Kependudukan' in Pendopo Barat's standard.

    UU 24/2013 amended it in 2013. Source: id.scribd.com/document/623871872/SPP-KEC-PENDOPO-BARAT.
    """
    assert found(standard(UU25, ADMINDUK, decided_on="2022-03-01"), "LB003") == [
        (
            "/legal_basis/1",
            (
                "UU 23/2006 had been amended by UU 24/2013 before the date the document was "
                "established (2022-03-01), but the amendment is not cited."
            ),
        )
    ]


def test_a_law_cited_with_its_amendment_is_in_order() -> None:
    """LB003: 'Undang-undang Nomor 23 Tahun 2006 jo. Undang-Undang Nomor 24 Tahun 2013' (Sleman)."""
    amendment = uu(
        "24",
        2013,
        "Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
    )
    assert found(standard(UU25, ADMINDUK, amendment, decided_on="2022-03-01"), "LB003") == []
    written = uu(
        "23",
        2006,
        "Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun "
        "2013",
    )
    assert found(standard(UU25, written, decided_on="2022-03-01"), "LB003") == []


def test_an_amendment_made_after_the_decree_is_not_asked_for() -> None:
    """LB003: a standard of 2012 could not cite UU 24/2013."""
    assert found(standard(UU25, ADMINDUK, decided_on="2012-06-01"), "LB003") == []


# --- LB004 -------------------------------------------------------------------------------------------


def test_a_wrong_number_with_the_right_title_names_the_law_meant() -> None:
    """LB004: 'UU 52/2009 tentang Pelayanan Publik' is UU 25/2009 with its digits swapped."""
    document = standard(uu("52", 2009, "Pelayanan Publik"))
    assert found(document, "LB004") == [
        (
            "/legal_basis/0",
            (
                "UU 52/2009 on 'Pelayanan Publik' is not in the catalogue; that title is the title of "
                "UU 25/2009. Check its number and year."
            ),
        )
    ]


@pytest.mark.parametrize(
    ("citation", "meant"),
    [
        # 'Peraturan Pemerintah ... Nomor 96 Tahun 2011 tentang Pelaksanaan ...' (scribd 665769179)
        (
            uu(
                "96",
                2011,
                "Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                kind="pp",
            ),
            "PP 96/2012",
        ),
        # '... Nomor 15 Tahun 2015 tentang Standar Pelayanan' (Puskesmas Cibatu, scribd 695512600)
        (
            uu(
                "15",
                2015,
                "Standar Pelayanan",
                kind="permen",
                abbreviation="Permenpan RB",
                issuer="Menteri PANRB",
            ),
            "Permenpan RB 15/2014",
        ),
    ],
)
def test_a_wrong_year_with_the_right_number_and_title_is_reported(
    citation: dict[str, Any], meant: str
) -> None:
    """LB004: the number and (nearly) the title are the catalogue's; the year is not."""
    [(_, message)] = found(standard(UU25, citation), "LB004")
    assert f"that title is the title of {meant}." in message


def test_a_known_number_with_a_truncated_title_is_reported() -> None:
    """LB004: 'Undang-Undang Nomor 25 Tahun 2009 tentang Publik' (Perwali Banjarmasin 103/2015)."""
    assert found(standard(uu("25", 2009, "Publik")), "LB004") == [
        (
            "/legal_basis/0",
            (
                "UU 25/2009 is cited with the title 'Publik', but in the catalogue UU 25/2009 is "
                "'Pelayanan Publik'."
            ),
        )
    ]


def test_a_known_number_with_another_laws_title_names_that_law() -> None:
    """LB004: UU 25/2009 given the title of the regional government laws (SP1-2023, scribd)."""
    [(_, message)] = found(standard(uu("25", 2009, "Pemerintahan Daerah")), "LB004")
    assert message.endswith("that title is the title of UU 32/2004 or UU 23/2014.")


@pytest.mark.parametrize(
    "citation",
    [
        UU25,
        # Spelling slips that leave the title recognisable (Candipuro, Pengadilan Agama Taliwang).
        uu("32", 2004, "Pemerintah Daerah"),
        uu("14", 2008, "Kererbukaan Informasi Publik"),
        # An old law of the same name that the catalogue does not hold.
        uu("22", 1999, "Pemerintahan Daerah"),
    ],
)
def test_a_correct_or_merely_misspelt_citation_passes(citation: dict[str, Any]) -> None:
    """LB004 leaves alone what a reader would find without doubt."""
    assert found(standard(citation), "LB004") == []


def test_a_catalogue_instrument_is_known_by_number_and_year_when_written_out() -> None:
    """A citation written as an object finds the catalogue's entry by its kind, number and year."""
    written = Instrument(InstrumentKind.LAW, "28", 2009, "Pajak Daerah dan Retribusi Daerah")
    known = known_instrument(written)
    assert known is not None
    assert known.key == "uu-28-2009"
    permendagri = Instrument(
        InstrumentKind.MINISTERIAL_REGULATION, "15", 2014, "Pedoman Penyusunan APBD 2015"
    )
    assert known_instrument(permendagri) is None


# --- LB005 -------------------------------------------------------------------------------------------

EMPAT_LAWANG = {
    "kind": "provider",
    "id": "pemkab-empat-lawang",
    "name": "Pemerintah Kabupaten Empat Lawang",
    "category": "state_institution",
    "level": "regency",
    "region": {"province": "sumatera_selatan", "regency_city": "Kabupaten Empat Lawang"},
    "units": [{"id": "kec-pendopo-barat", "name": "Kecamatan Pendopo Barat"}],
}


def perda(issuer: str, kind: str = "perda_kabupaten_kota") -> dict[str, Any]:
    """A Perda on population administration of ``issuer``."""
    return uu("1", 2010, "Penyelenggaraan Administrasi Kependudukan", kind=kind, issuer=issuer)


def test_a_perda_of_another_city_is_reported_on_the_provider() -> None:
    """LB005: 'Perda Kota Medan No.1 Thn 2010' in Kecamatan Pendopo Barat, Empat Lawang.

    Source: id.scribd.com/document/623871872/SPP-KEC-PENDOPO-BARAT.
    """
    assert found([EMPAT_LAWANG, standard(UU25, perda("Kota Medan"))], "LB005") == [
        (
            "/units/0",
            (
                "Standard sp-pindah-keluar cites Perda Kota Medan 1/2010, a regulation of Kota Medan, "
                "not of Kabupaten Empat Lawang (South Sumatra) where the provider is."
            ),
        )
    ]


@pytest.mark.parametrize(
    "citation",
    [
        perda("Kabupaten Empat Lawang"),
        perda("Kab. Empat Lawang"),
        perda("Sumatera Selatan", kind="perda_provinsi"),
        perda("Bupati Empat Lawang", kind="perkada"),
    ],
)
def test_a_perda_of_the_regency_or_its_province_passes(citation: dict[str, Any]) -> None:
    """LB005: the regency's own Perda and Perbup, and the province's Perda, bind it."""
    assert found([EMPAT_LAWANG, standard(UU25, citation)], "LB005") == []


def test_a_perda_of_another_province_is_reported() -> None:
    """LB005: a Perda of Provinsi Jambi does not bind a regency of South Sumatra."""
    document = standard(UU25, perda("Provinsi Jambi", kind="perda_provinsi"))
    assert [p for p, _ in found([EMPAT_LAWANG, document], "LB005")] == ["/units/0"]


def test_without_the_provider_no_region_is_judged() -> None:
    """LB005 needs the provider's region: a standard checked alone is not judged."""
    assert found(standard(UU25, perda("Kota Medan")), "LB005") == []


# --- the rules as a whole ----------------------------------------------------------------------------


def test_every_legal_basis_rule_cites_the_component_it_checks() -> None:
    """LB001–LB005 rest on UU 25/2009 Pasal 21 huruf a (or Pasal 20), with their periods."""
    rules = {r.code: r for r in BUILTIN_RULES if r.code.startswith("LB")}
    assert sorted(rules) == ["LB001", "LB002", "LB003", "LB004", "LB005"]
    for rule in rules.values():
        assert not rule.integrity
        assert any(c.instrument.key == "uu-25-2009" for c in rule.basis)
    assert rules["LB003"].severity.value == "info"
    assert rules["LB005"].cross_document


# --- citations read from the text a standard prints ----------------------------------------------


def printed(*texts: str, decided_on: dt.date = dt.date(2023, 3, 1)) -> ServiceStandard:
    """A standard whose legal basis is read from printed citations, as an import reads them."""
    basis = tuple(c for text in texts for c in parse_citations(text))
    return ServiceStandard(
        id="sp-printed",
        service_id="s",
        legal_basis=basis,
        establishment=Establishment("800/025/2023", decided_on),
    )


def test_printed_citations_are_judged_as_written() -> None:
    """LB002 and LB004 on citations read from text, where a catalogue law keeps what was written.

    'tentang Publik' is Perwali Banjarmasin 103/2015's (docplayer.info/65765307); UU 32/2004 in a
    2023 decree is the Puskesmas SK of scribd 659324412.
    """
    standard = printed(
        "Undang-Undang Nomor 25 Tahun 2009 tentang Publik (Lembaran Negara Republik Indonesia "
        "Tahun 2009 Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038);",
        "4. Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah\n(Lembaran Negara Tahun "
        "2004 Nomor 125, Tambahan Lembaran\nNegara Nomor 4437);",
    )
    report = validate(standard, as_of=AS_OF, lang="en", select=["LB"])
    assert [(f.code, f.path) for f in report.findings] == [
        ("LB002", "/legal_basis/1"),
        ("LB004", "/legal_basis/0"),
    ]
    assert "cited with the title 'Publik'" in report.findings[1].message


def test_printed_citations_without_titles_are_left_alone() -> None:
    """'UU 23/2006 jo. UU 24/2013' (Sleman, 123dok) writes no titles: nothing to disagree with."""
    standard = printed(
        "- Undang-undang Nomor 23 Tahun 2006 jo. Undang-Undang Nomor 24\nTahun 2013;",
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    )
    assert validate(standard, as_of=AS_OF, select=["LB"]).findings == ()


def test_a_printed_citation_without_its_year_names_the_instrument_meant() -> None:
    """LB004: 'Peraturan Pemerintah ... nomor 96 tentang Pelaksanaan ...' with no year (Cibatu).

    Source: id.scribd.com/document/695512600/SK-STANDARD-PELAYANAN-PUSKESMAS-CIBATU-2021-revis.
    """
    standard = printed(
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "3. Peraturan Pemerintah Republik Indonesia nomor 96\ntentang Pelaksanaan Undang – Undang "
        "Republik\nIndonesia nomor 25 tentang pelayanan public;",
    )
    [finding] = validate(standard, as_of=AS_OF, lang="en", select=["LB"]).findings
    assert (finding.code, finding.path) == ("LB004", "/legal_basis/1")
    assert finding.message.startswith("PP 96 on 'Pelaksanaan Undang")
    assert finding.message.endswith(
        "is cited without its year; that title is the title of PP 96/2012."
    )
