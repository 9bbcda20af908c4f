"""`pelayanan.model.services`: jenis pelayanan, their scope and sector (UU 25/2009 Pasal 5)."""

from __future__ import annotations

import pytest
from hypothesis import given

from pelayanan import LoadError, Service, from_dict, from_json, to_dict, to_json
from pelayanan.model.services import Sector, ServiceScope, ServiceStatus, VulnerableGroup
from pelayanan.strategies import models

SKTM = Service(
    id="layanan-sktm",
    name="Penerbitan Surat Keterangan Tidak Mampu",
    provider_id="pemkot-jambi",
    unit_id="dinsos-kota-jambi",
    scope=ServiceScope.ADMINISTRATIVE,
    sector=Sector.SOCIAL_SECURITY,
)


def test_a_service_without_an_id_is_refused() -> None:
    """Standards name their service by id: a blank one could not be referred to."""
    with pytest.raises(ValueError, match="id must not be empty"):
        Service(id=" ", name="x", provider_id="p", unit_id="u", scope=ServiceScope.PUBLIC_GOODS)


def test_the_three_scopes_are_those_of_pasal_5_ayat_1() -> None:
    """'pelayanan barang publik dan jasa publik serta pelayanan administratif' (regulations.md §1.4)."""
    assert [s.label.id for s in ServiceScope] == [
        "Pelayanan barang publik",
        "Pelayanan jasa publik",
        "Pelayanan administratif",
    ]


def test_the_sectors_are_those_of_pasal_5_ayat_2_in_its_order() -> None:
    """The thirteen sectors of Pasal 5 ayat (2) and 'sektor lain yang terkait' (regulations.md §1.4)."""
    pasal_5_2 = [
        "pendidikan",
        "pengajaran",
        "pekerjaan dan usaha",
        "tempat tinggal",
        "komunikasi dan informasi",
        "lingkungan hidup",
        "kesehatan",
        "jaminan sosial",
        "energi",
        "perbankan",
        "perhubungan",
        "sumber daya alam",
        "pariwisata",
        "sektor lain yang terkait",
    ]
    assert [s.label.id.lower() for s in Sector] == pasal_5_2


def test_the_vulnerable_groups_are_those_of_the_penjelasan_of_pasal_29() -> None:
    """Disabled persons, the elderly, pregnant women, children, disaster victims (§1.12, UNVERIFIED)."""
    assert [g.value for g in VulnerableGroup] == [
        "persons_with_disabilities",
        "elderly",
        "pregnant_women",
        "children",
        "disaster_victims",
    ]


def test_a_new_service_is_active_and_its_sector_unstated_unless_said() -> None:
    """Defaults: no sector (real pages rarely print one) and status active."""
    plain = Service(id="s", name="x", provider_id="p", unit_id="u", scope=ServiceScope.PUBLIC_GOODS)
    assert (plain.sector, plain.status) == (None, ServiceStatus.ACTIVE)


def test_a_service_is_written_as_the_json_reference_shows_it() -> None:
    """The complete service document of docs/reference/json.md, field for field."""
    assert to_dict(SKTM) == {
        "kind": "service",
        "id": "layanan-sktm",
        "name": "Penerbitan Surat Keterangan Tidak Mampu",
        "provider_id": "pemkot-jambi",
        "unit_id": "dinsos-kota-jambi",
        "scope": "administrative",
        "sector": "social_security",
    }
    assert from_json(to_json(SKTM)) == SKTM


def test_a_scope_by_its_indonesian_label_is_a_load_error() -> None:
    """Closed vocabularies are their ASCII values in JSON; a label is reported at its path."""
    data = {**to_dict(SKTM), "scope": "Pelayanan administratif"}
    with pytest.raises(LoadError, match="/scope"):
        from_dict(data)


@given(models(Service))
def test_any_service_survives_a_json_round_trip(service: Service) -> None:
    """Scope, sector, vulnerable groups and channels come back equal."""
    loaded = from_json(to_json(service), Service)
    assert loaded == service
    assert isinstance(loaded, Service)
    assert (loaded.scope, loaded.sector) == (service.scope, service.sector)
