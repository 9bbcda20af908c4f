"""`pelayanan.model.providers`: penyelenggara, their units, executors and delivery channels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pelayanan import Provider, Unit, from_json, to_dict, to_json
from pelayanan.model.providers import (
    ChannelKind,
    Competency,
    CompetencyKind,
    DeliveryChannel,
    Executor,
    ExecutorRole,
    GovernmentLevel,
    ProviderCategory,
)
from pelayanan.strategies import models
from pelayanan.time.calendar import GOVERNMENT_CALENDAR, WorkingCalendar
from pelayanan.time.regions import Province, Region

LOKET = Executor("ex-1", "Siti", roles=(ExecutorRole.FRONT_OFFICE,))
PENGADUAN = Executor("ex-2", "Budi", roles=(ExecutorRole.COMPLAINT_MANAGER,))
DINSOS = Unit("dinsos", "Dinas Sosial Kota Jambi", executors=(LOKET, PENGADUAN))
UPTD = Unit("uptd-panti", "UPTD Panti Sosial", parent_id="dinsos")
CITY = Provider(
    "pemkot-jambi",
    "Pemerintah Kota Jambi",
    ProviderCategory.STATE_INSTITUTION,
    level=GovernmentLevel.CITY,
    region=Region(Province.JAMBI, "Kota Jambi"),
    units=(DINSOS, UPTD),
)


# --- invariants ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda: Provider(" ", "Pemerintah Kota Jambi", ProviderCategory.STATE_INSTITUTION),
        lambda: Unit("", "Dinas Sosial"),
        lambda: Executor("\t", "Siti"),
        lambda: DeliveryChannel("", ChannelKind.COUNTER),
    ],
    ids=["provider", "unit", "executor", "channel"],
)
def test_blank_identifiers_are_refused_at_every_level(build: Callable[[], object]) -> None:
    """Providers, units, executors and channels are referred to by id: a blank id means nothing."""
    with pytest.raises(ValueError, match="id must not be empty"):
        build()


def test_the_four_kinds_of_penyelenggara_are_those_of_pasal_1() -> None:
    """UU 25/2009 Pasal 1 (regulations.md §1.1) names four kinds of penyelenggara.

    State institutions, corporations, independent bodies established by law, and other legal
    entities established solely for public service.
    """
    assert [c.label.id for c in ProviderCategory] == [
        "Institusi penyelenggara negara",
        "Korporasi",
        "Lembaga independen yang dibentuk berdasarkan undang-undang",
        "Badan hukum lain yang dibentuk semata-mata untuk kegiatan pelayanan publik",
    ]


def test_competencies_are_skills_unless_said_otherwise() -> None:
    """Component h is "pengetahuan, keahlian, keterampilan dan pengalaman" (regulations.md §1.9)."""
    assert Competency("Operasi aplikasi SIKS-NG").kind is CompetencyKind.SKILL
    kinds = (
        CompetencyKind.KNOWLEDGE,
        CompetencyKind.EXPERTISE,
        CompetencyKind.SKILL,
        CompetencyKind.EXPERIENCE,
    )
    assert [k.label.id for k in kinds] == ["Pengetahuan", "Keahlian", "Keterampilan", "Pengalaman"]


# --- looking things up -----------------------------------------------------------------------------


def test_a_provider_finds_each_of_its_units_by_id() -> None:
    """`unit()` gives the unit with that id, including a sub-unit."""
    assert CITY.unit("dinsos") is DINSOS
    assert CITY.unit("uptd-panti").parent_id == "dinsos"


def test_an_unknown_unit_is_a_key_error_naming_it() -> None:
    """A typo is not silently another unit."""
    with pytest.raises(KeyError, match="dinsos-kota"):
        CITY.unit("dinsos-kota")


def test_a_unit_finds_its_executors_and_refuses_strangers() -> None:
    """`executor()` finds by id; an id the unit does not have is a KeyError."""
    assert DINSOS.executor("ex-2") is PENGADUAN
    with pytest.raises(KeyError, match="ex-3"):
        DINSOS.executor("ex-3")


def test_a_unit_works_on_the_government_calendar_unless_told_otherwise() -> None:
    """Perpres 21/2023: Monday to Friday. Saturday 8 June 2024 is off, Monday 10 June is not."""
    assert DINSOS.calendar is GOVERNMENT_CALENDAR
    assert not DINSOS.calendar.is_working_day(dt.date(2024, 6, 8))
    assert DINSOS.calendar.is_working_day(dt.date(2024, 6, 10))
    every_day = Unit("rsud", "RSUD", calendar=WorkingCalendar.every_day())
    assert every_day.calendar.is_working_day(dt.date(2024, 6, 8))


# --- JSON ------------------------------------------------------------------------------------------


def test_a_provider_is_written_with_its_units_and_without_defaults() -> None:
    """The region by province value; a unit on the government calendar writes no calendar."""
    assert to_dict(CITY) == {
        "kind": "provider",
        "id": "pemkot-jambi",
        "name": "Pemerintah Kota Jambi",
        "category": "state_institution",
        "level": "city",
        "region": {"province": "jambi", "regency_city": "Kota Jambi"},
        "units": [
            {
                "id": "dinsos",
                "name": "Dinas Sosial Kota Jambi",
                "executors": [
                    {"id": "ex-1", "name": "Siti", "roles": ["front_office"]},
                    {"id": "ex-2", "name": "Budi", "roles": ["complaint_manager"]},
                ],
            },
            {"id": "uptd-panti", "name": "UPTD Panti Sosial", "parent_id": "dinsos"},
        ],
    }
    assert from_json(to_json(CITY)) == CITY


# --- properties ------------------------------------------------------------------------------------


@given(models(Provider), st.data())
def test_every_unit_of_any_provider_is_found_by_its_id(
    provider: Provider, data: st.DataObject
) -> None:
    """Whatever units a provider has, looking one up by its id gives a unit with that id."""
    ids = {unit.id for unit in provider.units}
    if ids:
        wanted = data.draw(st.sampled_from(sorted(ids)))
        assert provider.unit(wanted).id == wanted
    stranger = data.draw(st.text(min_size=1).filter(lambda text: text not in ids))
    with pytest.raises(KeyError):
        provider.unit(stranger)


@given(models(Provider))
def test_any_provider_survives_a_json_round_trip_with_its_units(provider: Provider) -> None:
    """Units, executors and channels come back equal, in their order."""
    loaded = from_json(to_json(provider), Provider)
    assert loaded == provider
    assert isinstance(loaded, Provider)
    assert [u.id for u in loaded.units] == [u.id for u in provider.units]
