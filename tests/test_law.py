"""Legal instruments, citations and the catalogue (regulations.md §0.1)."""

from __future__ import annotations

import datetime as dt

import pytest

from pelayanan import CATALOGUE, Citation, Instrument, UnknownInstrumentError
from pelayanan.law import (
    ConflictingInstrumentsError,
    InstrumentKind,
    NoInstrumentInForceError,
    Topic,
)

UU25 = CATALOGUE["uu-25-2009"]


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        (Citation(UU25, article="21", letter="j"), "UU 25/2009 Pasal 21 huruf j"),
        (Citation(UU25, article="20", paragraph="2"), "UU 25/2009 Pasal 20 ayat (2)"),
        (Citation(UU25, article="1", item="7"), "UU 25/2009 Pasal 1 angka 7"),
        (Citation(UU25), "UU 25/2009"),
        (Citation(CATALOGUE["permenpan-rb-14-2017"], annex=""), "Permenpan RB 14/2017 Lampiran"),
        (Citation(CATALOGUE["perpres-76-2013"], article="2"), "Perpres 76/2013 Pasal 2"),
        (Citation(CATALOGUE["pp-96-2012"]), "PP 96/2012"),
    ],
)
def test_citation_renders_as_indonesian_lawyers_write_it(citation: Citation, expected: str) -> None:
    """A citation reads "UU 25/2009 Pasal 21 huruf j", not a data structure."""
    assert str(citation) == expected


@pytest.mark.parametrize(
    "text",
    [
        "UU 25/2009 Pasal 21 huruf j",
        "UU 25/2009 Pasal 20 ayat (2)",
        "UU 25/2009 Pasal 1 angka 7",
        "Permenpan RB 14/2017 Lampiran",
        "Permenpan RB 15/2014 Lampiran Bab III",
        "Permenpan RB 1/2015 Pasal 3",
        "KepMenPAN KEP/25/M.PAN/2/2004",
        "Perpres 76/2013",
    ],
)
def test_written_citations_parse_back_to_the_same_text(text: str) -> None:
    """Parsing then rendering a citation gives the text back."""
    assert str(Citation.parse(text)) == text


def test_parse_prefers_the_longest_matching_instrument() -> None:
    """Permenpan RB 1/2015 is not mistaken for the start of Permenpan RB 15/2014."""
    assert Citation.parse("Permenpan RB 15/2014").instrument.key == "permenpan-rb-15-2014"
    assert Citation.parse("Permenpan RB 1/2015").instrument.key == "permenpan-rb-1-2015"


def test_unknown_instrument_is_refused_with_its_text() -> None:
    """A citation to an instrument outside the catalogue says which text failed."""
    with pytest.raises(UnknownInstrumentError, match="UU 99/2099"):
        Citation.parse("UU 99/2099 Pasal 1")


def test_catalogue_holds_the_instruments_the_library_relies_on() -> None:
    """The issue's list of instruments is in the catalogue under predictable keys."""
    for key in [
        "uu-25-2009",
        "pp-96-2012",
        "perpres-76-2013",
        "permenpan-rb-15-2014",
        "permenpan-rb-16-2017",
        "permenpan-rb-14-2017",
        "permenpan-rb-17-2017",
        "permenpan-rb-29-2022",
        "permenpan-rb-62-2018",
        "perpres-21-2023",
    ]:
        assert key in CATALOGUE


def test_catalogue_lookup_of_a_missing_key_is_a_key_error() -> None:
    """The catalogue is a mapping: `in`, `.get` and `[]` behave as for a dict."""
    assert "uu-99-2099" not in CATALOGUE
    assert CATALOGUE.get("uu-99-2099") is None
    with pytest.raises(KeyError):
        CATALOGUE["uu-99-2099"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("permenpan-rb-36-2012", "permenpan-rb-15-2014"),
        ("kepmenpan-kep-25-m-pan-2-2004", "permenpan-rb-16-2014"),
        ("permenpan-rb-16-2014", "permenpan-rb-14-2017"),
        ("permenpan-rb-1-2015", "permenpan-rb-17-2017"),
        ("permenpan-rb-17-2017", "permenpan-rb-29-2022"),
        ("permenpan-rb-24-2014", "permenpan-rb-62-2018"),
        ("peraturan-ombudsman-22-2016", "peraturan-ombudsman-61-2025"),
    ],
)
def test_catalogue_knows_what_replaced_what(old: str, new: str) -> None:
    """Each replacement verified in regulations.md §0.1 and research facts §1 is recorded."""
    assert [i.key for i in CATALOGUE.successors(old)] == [new]


def test_an_instrument_is_in_force_up_to_the_day_before_its_successor_starts() -> None:
    """Both sides of the boundary: the old one on the eve, the new one on the day."""
    successor_starts = CATALOGUE["permenpan-rb-14-2017"].starts
    assert successor_starts is not None
    eve = successor_starts - dt.timedelta(days=1)
    assert CATALOGUE.is_in_force("permenpan-rb-16-2014", eve)
    assert not CATALOGUE.is_in_force("permenpan-rb-14-2017", eve)
    assert not CATALOGUE.is_in_force("permenpan-rb-16-2014", successor_starts)
    assert CATALOGUE.is_in_force("permenpan-rb-14-2017", successor_starts)


@pytest.mark.parametrize(
    ("topic", "on", "expected"),
    [
        (Topic.SATISFACTION_SURVEY, dt.date(2010, 6, 1), "KepMenPAN KEP/25/M.PAN/2/2004"),
        (Topic.SATISFACTION_SURVEY, dt.date(2016, 1, 1), "Permenpan RB 16/2014"),
        (Topic.SATISFACTION_SURVEY, dt.date(2020, 1, 1), "Permenpan RB 14/2017"),
        (Topic.SERVICE_STANDARDS, dt.date(2013, 1, 1), "Permenpan RB 36/2012"),
        (Topic.SERVICE_STANDARDS, dt.date(2016, 1, 1), "Permenpan RB 15/2014"),
        (Topic.PERFORMANCE_EVALUATION, dt.date(2020, 1, 1), "Permenpan RB 17/2017"),
        (Topic.PERFORMANCE_EVALUATION, dt.date(2024, 1, 1), "Permenpan RB 29/2022"),
        (Topic.WORKING_DAYS, dt.date(2023, 4, 11), "Keppres 68/1995"),
        (Topic.WORKING_DAYS, dt.date(2023, 4, 12), "Perpres 21/2023"),
        (Topic.FRAMEWORK, dt.date(2024, 5, 2), "UU 25/2009"),
    ],
)
def test_the_instrument_in_force_for_a_topic_depends_on_the_date(
    topic: Topic, on: dt.date, expected: str
) -> None:
    """A 2016 question gets the 2014 regulation, a 2020 question the 2017 one."""
    assert str(CATALOGUE.in_force_for(topic, on)) == expected


def test_no_instrument_in_force_is_an_error_not_a_guess() -> None:
    """Before UU 25/2009 there was no framework law in the catalogue: say so (Catala's NoValue)."""
    with pytest.raises(NoInstrumentInForceError, match="2009-07-17"):
        CATALOGUE.in_force_for(Topic.FRAMEWORK, dt.date(2009, 7, 17))


def test_two_instruments_governing_one_topic_is_an_error() -> None:
    """A catalogue where two instruments claim a topic on a date refuses to pick one."""
    rival = Instrument(
        InstrumentKind.MINISTERIAL_REGULATION,
        "99",
        2018,
        "Pedoman SKM tandingan",
        abbreviation="Permenpan RB",
        promulgated_on=dt.date(2018, 1, 1),
        topics=(Topic.SATISFACTION_SURVEY,),
    )
    catalogue = CATALOGUE.with_instruments(rival)
    with pytest.raises(ConflictingInstrumentsError, match="Permenpan RB 99/2018"):
        catalogue.in_force_for(Topic.SATISFACTION_SURVEY, dt.date(2019, 1, 1))


def test_amendments_are_listed_without_replacing_the_amended_instrument() -> None:
    """Permenpan RB 4/2023 amends 29/2022, which stays in force."""
    assert [str(i) for i in CATALOGUE.amendments("permenpan-rb-29-2022")] == ["Permenpan RB 4/2023"]
    assert CATALOGUE.is_in_force("permenpan-rb-29-2022", dt.date(2024, 1, 1))


def test_regional_instruments_name_their_region() -> None:
    """A Perda is cited with its region, as "Perda Kota Jambi 5/2019"."""
    perda = Instrument(
        InstrumentKind.REGENCY_CITY_REGULATION, "5", 2019, "Pelayanan Publik", issuer="Kota Jambi"
    )
    assert str(perda) == "Perda Kota Jambi 5/2019"
    assert perda.key == "perda-kota-jambi-5-2019"


def test_blank_instrument_numbers_and_citation_parts_are_meaningless() -> None:
    """An instrument without a number, or a Pasal of spaces, cannot be built."""
    with pytest.raises(ValueError, match="number"):
        Instrument(InstrumentKind.LAW, " ", 2009, "Pelayanan Publik")
    with pytest.raises(ValueError, match="article"):
        Citation(UU25, article="")


def test_instrument_kinds_follow_the_hierarchy_of_uu_12_2011() -> None:
    """UU 12/2011 Pasal 7 ayat (1): UUD > Tap MPR > UU/Perppu > PP > Perpres > Perda."""
    order = [
        InstrumentKind.CONSTITUTION,
        InstrumentKind.MPR_DECREE,
        InstrumentKind.LAW,
        InstrumentKind.GOVERNMENT_REGULATION,
        InstrumentKind.PRESIDENTIAL_REGULATION,
        InstrumentKind.PROVINCIAL_REGULATION,
        InstrumentKind.REGENCY_CITY_REGULATION,
    ]
    assert [k.rank for k in order] == [1, 2, 3, 4, 5, 6, 7]
    assert InstrumentKind.GOVERNMENT_REGULATION_IN_LIEU_OF_LAW.rank == InstrumentKind.LAW.rank


# --- the catalogue's facts, against the catalogue research (/work/research/catalogue) -------------


@pytest.mark.parametrize(
    ("key", "enacted", "promulgated"),
    [
        # peraturan.go.id/id/uu-no-25-tahun-2009: ditetapkan and diundangkan 18 Juli 2009.
        ("uu-25-2009", dt.date(2009, 7, 18), dt.date(2009, 7, 18)),
        # peraturan.go.id/id/pp-no-96-tahun-2012: ditetapkan 29, diundangkan 30 Oktober 2012.
        ("pp-96-2012", dt.date(2012, 10, 29), dt.date(2012, 10, 30)),
        # peraturan.go.id/id/permenpanrb-no-36-tahun-2012: 22 Juni and 25 Juli 2012.
        ("permenpan-rb-36-2012", dt.date(2012, 6, 22), dt.date(2012, 7, 25)),
        # peraturan.go.id/id/permenpanrb-no-15-tahun-2014: 2 Mei and 9 Mei 2014.
        ("permenpan-rb-15-2014", dt.date(2014, 5, 2), dt.date(2014, 5, 9)),
        # peraturan.go.id/id/perpres-no-76-tahun-2013: 6 Desember 2013 both.
        ("perpres-76-2013", dt.date(2013, 12, 6), dt.date(2013, 12, 6)),
        # The closing block of the BN copy (global-regulation.com translation): 2 and 6 April 2015.
        ("peraturan-ombudsman-17-2015", dt.date(2015, 4, 2), dt.date(2015, 4, 6)),
    ],
)
def test_dates_seen_on_an_official_record_are_verified_and_cite_it(
    key: str, enacted: dt.date, promulgated: dt.date
) -> None:
    """The dates the research saw on peraturan.go.id or in the instrument's closing block."""
    instrument = CATALOGUE[key]
    assert (instrument.enacted_on, instrument.promulgated_on) == (enacted, promulgated)
    assert instrument.dates_verified
    assert "VERIFIED" in instrument.note


def test_every_instrument_says_where_its_dates_come_from() -> None:
    """A verified date names its source; an unverified one says it is unverified and why."""
    for instrument in CATALOGUE.values():
        if instrument.dates_verified:
            assert "VERIFIED" in instrument.note, instrument.key
        else:
            assert instrument.note, instrument.key


REALLY_1_JANUARY = {
    # UU 28/2009 came into force on 1 January 2010 (Pasal 185; research notes, verified).
    ("uu-28-2009", "effective_from"),
    # UU 10/2020's single stamp duty applies from 1 January 2021 (secondary sources, unverified
    # articles: the Directorate General of Taxes quoted in January 2021).
    ("uu-10-2020", "effective_from"),
}


def test_no_instrument_has_a_first_of_january_placeholder_date() -> None:
    """The Peraturan Ombudsman had 1 January placeholders; an unknown day is now ``None``.

    A real 1 January (UU 28/2009's entry into force) is listed by hand.
    """
    for instrument in CATALOGUE.values():
        for field in ("enacted_on", "promulgated_on", "effective_from"):
            day = getattr(instrument, field)
            if (instrument.key, field) in REALLY_1_JANUARY:
                continue
            assert day is None or (day.month, day.day) != (1, 1), instrument.key


def test_permenpan_rb_29_2022_is_dated_by_its_gazette_number_and_flagged_unverified() -> None:
    """BN 2022/672 lies between BN 616 (21 June) and BN 676 (20 July 2022) on peraturan.go.id."""
    instrument = CATALOGUE["permenpan-rb-29-2022"]
    assert instrument.gazette == "BN 2022/672"
    assert not instrument.dates_verified
    assert instrument.starts == dt.date(2022, 7, 20)
    assert "UNVERIFIED" in instrument.note
    assert "676" in instrument.note


def test_peraturan_ombudsman_22_2016_is_cited_from_its_gazette_copy() -> None:
    """Title, BN 2017/333 and the revocation of 17/2015 come from the 123dok copy of the BN."""
    instrument = CATALOGUE["peraturan-ombudsman-22-2016"]
    assert instrument.title == "Penilaian Kepatuhan terhadap Standar Pelayanan Publik"
    assert instrument.gazette == "BN 2017/333"
    assert instrument.replaces == ("peraturan-ombudsman-17-2015",)
    assert "123dok" in instrument.note
    assert "perlu dicabut dan diganti" in instrument.note
    assert instrument.starts is None
    assert not instrument.dates_verified
