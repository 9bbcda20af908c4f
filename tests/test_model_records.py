"""`pelayanan.model.records`: officials, decrees, publications, contacts and follow-up states."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import Component, from_dict, from_json, to_dict, to_json
from pelayanan.model.records import (
    DocumentRef,
    Establishment,
    FollowUpStatus,
    OfficeLevel,
    Official,
    Publication,
    PublicationMedium,
)
from pelayanan.strategies import models

HEAD = Official("Dra. Contoh Kepala", "Kepala Dinas Sosial Kota Jambi", OfficeLevel.UNIT_HEAD)


# --- office levels ---------------------------------------------------------------------------------


def test_office_levels_rank_from_staff_to_the_head_of_the_provider() -> None:
    """Staff 1, head of a sub-unit 2, head of the unit 3, head of the provider 4."""
    assert [level.rank for level in OfficeLevel] == [1, 2, 3, 4]
    assert sorted([OfficeLevel.PROVIDER_HEAD, OfficeLevel.STAFF, OfficeLevel.UNIT_HEAD]) == [
        OfficeLevel.STAFF,
        OfficeLevel.UNIT_HEAD,
        OfficeLevel.PROVIDER_HEAD,
    ]


def test_every_comparison_follows_seniority() -> None:
    """<, <=, > and >= all compare by rank (total_ordering fills in the ones not written)."""
    staff, sub, unit, provider = OfficeLevel
    assert staff < sub < unit < provider
    assert staff <= sub <= unit <= provider
    assert provider > unit > sub > staff
    assert provider >= unit >= sub >= staff
    same = OfficeLevel.UNIT_HEAD
    assert unit <= same
    assert unit >= same
    assert not unit < same
    assert not unit > same


def test_an_office_level_is_not_comparable_with_a_number() -> None:
    """Ranks are internal: comparing a level with 3 is a TypeError, not a silent answer."""
    with pytest.raises(TypeError):
        _ = OfficeLevel.UNIT_HEAD < 3  # type: ignore[operator]


@given(st.sampled_from(list(OfficeLevel)), st.sampled_from(list(OfficeLevel)))
def test_of_two_levels_exactly_one_is_lower_equal_or_higher(a: OfficeLevel, b: OfficeLevel) -> None:
    """The seniority order is total, and agrees with the ranks."""
    assert [a < b, a == b, a > b].count(True) == 1
    assert (a < b) == (a.rank < b.rank)


# --- publication -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("medium", "electronic"),
    [
        (PublicationMedium.NOTICE_BOARD, False),
        (PublicationMedium.BANNER, False),
        (PublicationMedium.BROCHURE, False),
        (PublicationMedium.PRINT_MEDIA, False),
        (PublicationMedium.DISPLAY_SCREEN, True),
        (PublicationMedium.WEBSITE, True),
        (PublicationMedium.SOCIAL_MEDIA, True),
        (PublicationMedium.MOBILE_APP, True),
        (PublicationMedium.SIPPN, True),
        (PublicationMedium.BROADCAST, True),
        (PublicationMedium.OTHER, False),
    ],
)
def test_each_medium_is_electronic_or_not(medium: PublicationMedium, electronic: bool) -> None:
    """PEKPPP scores electronic and non-electronic publication media apart.

    Screens, websites, social media, apps, SIPPN and radio/TV are electronic; boards, banners,
    brochures and print are not; 'other' is not assumed to be.
    """
    assert medium.is_electronic is electronic


def test_a_publication_without_components_shows_the_whole_standard() -> None:
    """No list of components means the whole document was published: all 14 are covered."""
    board = Publication(PublicationMedium.NOTICE_BOARD, "Ruang tunggu")
    assert all(board.covers(component) for component in Component)


def test_a_publication_with_components_shows_only_those() -> None:
    """A banner with the service-delivery components does not cover the legal basis (a)."""
    banner = Publication(PublicationMedium.BANNER, components=Component.service_delivery())
    assert banner.covers(Component.FEE)
    assert banner.covers(Component.COMPLAINT_HANDLING)
    assert not banner.covers(Component.LEGAL_BASIS)
    assert sum(banner.covers(c) for c in Component) == 6  # b, c, d, e, f, j


@given(models(Publication))
def test_any_publication_covers_its_components_or_everything(publication: Publication) -> None:
    """The covered components are exactly those listed, or all fourteen when none is listed."""
    covered = {c for c in Component if publication.covers(c)}
    assert covered == (set(publication.components) or set(Component))


# --- follow-up status ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "closed"),
    [
        (FollowUpStatus.PLANNED, False),
        (FollowUpStatus.IN_PROGRESS, False),
        (FollowUpStatus.REALISED, True),
        (FollowUpStatus.CANCELLED, True),
    ],
)
def test_a_follow_up_is_closed_when_realised_or_cancelled(
    status: FollowUpStatus, closed: bool
) -> None:
    """Nothing more is expected of a realised or a cancelled action; the others are still open."""
    assert status.is_closed is closed


# --- JSON ------------------------------------------------------------------------------------------


def test_an_establishment_is_written_with_its_signatory_and_iso_date() -> None:
    """The decree, its date and who signed it, at which level, in the canonical shape."""
    decree = Establishment("188.45/12/2024", dt.date(2024, 1, 16), HEAD)
    expected = {
        "decree_number": "188.45/12/2024",
        "decided_on": "2024-01-16",
        "signatory": {
            "name": "Dra. Contoh Kepala",
            "position": "Kepala Dinas Sosial Kota Jambi",
            "level": "unit_head",
        },
    }
    assert to_dict(decree) == expected
    assert from_dict(expected, Establishment) == decree


def test_a_publication_lists_its_components_by_their_values() -> None:
    """Components are written as their field names (``fee``), as everywhere in JSON."""
    web = Publication(
        PublicationMedium.WEBSITE,
        url="https://dinsos.jambikota.go.id/sp",
        published_on=dt.date(2024, 2, 1),
        components=(Component.FEE, Component.TIME_LIMIT),
    )
    assert to_dict(web) == {
        "medium": "website",
        "url": "https://dinsos.jambikota.go.id/sp",
        "published_on": "2024-02-01",
        "components": ["fee", "time_limit"],
    }


@pytest.mark.parametrize("cls", [Official, Establishment, Publication, DocumentRef])
@given(data=st.data())
def test_every_record_survives_a_json_round_trip(cls: type, data: st.DataObject) -> None:
    """Officials, decrees, publications and document references come back equal."""
    record = data.draw(models(cls))
    assert from_json(to_json(record), cls) == record
