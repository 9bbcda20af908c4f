"""CPSV-AP 3.2 and schema.org exports: conformant, and honest about working days."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import attrs
import pytest

from pelayanan import Provider, Service, ServiceStandard, from_json
from pelayanan.cli import main
from pelayanan.io.linked_data import MissingReferenceError, to_cpsv_ap, to_schema_org
from pelayanan.model.providers import ProviderCategory
from pelayanan.model.services import ServiceScope
from pelayanan.model.standards import Fee, TimeLimit
from pelayanan.time.durations import Duration, DurationUnit

from .conftest import EXAMPLES, ROOT

JAMBI = EXAMPLES / "dinas-sosial-kota-jambi"
SHAPES = ROOT / "tests" / "data" / "cpsv-ap-3.2.0" / "cpsv-ap-SHACL.ttl"
SCHEMA_ORG = json.loads((ROOT / "tests" / "data" / "schema-org-terms.json").read_text("utf-8"))


def _examples() -> list[Any]:
    found: list[Any] = []
    for path in sorted(JAMBI.glob("*.json")):
        loaded = from_json(path.read_bytes())
        found.extend(loaded if isinstance(loaded, list) else [loaded])
    return found


def _node(graph: dict[str, Any], iri: str) -> dict[str, Any]:
    node: dict[str, Any] = next(n for n in graph["@graph"] if n["@id"] == iri)
    return node


def _conforms(data: dict[str, Any]) -> tuple[bool, str]:
    """Validate JSON-LD against the official CPSV-AP 3.2.0 shapes with pyshacl."""
    pyshacl = pytest.importorskip("pyshacl")
    rdflib = pytest.importorskip("rdflib")
    with warnings.catch_warnings():
        # rdflib's JSON-LD parser and pyshacl build a ConjunctiveGraph, which rdflib 7.1+
        # deprecates: their warning, not ours.
        warnings.simplefilter("ignore", DeprecationWarning)
        graph = rdflib.Graph().parse(data=json.dumps(data), format="json-ld")
        shapes = rdflib.Graph().parse(SHAPES)
        conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes)
    return bool(conforms), str(text)


def _minimal() -> tuple[Provider, Service, ServiceStandard]:
    provider = Provider(id="p", name="Pemkab Contoh", category=ProviderCategory.STATE_INSTITUTION)
    service = Service(
        id="s",
        name="Surat Keterangan",
        provider_id="p",
        unit_id="u",
        scope=ServiceScope.ADMINISTRATIVE,
    )
    standard = ServiceStandard(id="sp", service_id="s")
    return provider, service, standard


# --- CPSV-AP ------------------------------------------------------------------------------------------


def test_the_examples_pass_the_official_cpsv_ap_shapes() -> None:
    """Providers, units, services and standards of the Jambi examples conform to CPSV-AP 3.2.0."""
    data = to_cpsv_ap(_examples())
    conforms, report = _conforms(data)
    assert conforms, report
    types = {
        t
        for n in data["@graph"]
        for t in ([n["@type"]] if isinstance(n["@type"], str) else n["@type"])
    }
    assert {
        "cpsv:PublicService",
        "cv:PublicOrganisation",
        "cv:Cost",
        "cv:Requirement",
        "cpsv:Rule",
    } <= types


def test_the_shapes_do_catch_a_service_without_a_description() -> None:
    """The check is real: dropping a mandatory property breaks conformance."""
    data = to_cpsv_ap(_examples())
    _node(data, "urn:pelayanan:service/layanan-dtks").pop("dct:description")
    conforms, report = _conforms(data)
    assert not conforms
    assert "description" in report


def test_a_provider_without_region_and_a_bare_service_still_conform() -> None:
    """Indonesia is the location when no region is given; the name stands in for a description."""
    data = to_cpsv_ap(list(_minimal()))
    conforms, report = _conforms(data)
    assert conforms, report
    service = _node(data, "urn:pelayanan:service/s")
    assert service["dct:description"] == [{"@value": "Surat Keterangan", "@language": "id"}]
    provider = _node(data, "urn:pelayanan:provider/p")
    assert provider["dct:spatial"] == [
        {"@id": "http://publications.europa.eu/resource/authority/country/IDN"}
    ]


def test_working_days_are_never_an_xsd_duration() -> None:
    """The DTKS standard's 5 working days are carried as pl:timeLimit, with no P5D anywhere."""
    data = to_cpsv_ap(_examples())
    service = _node(data, "urn:pelayanan:service/layanan-dtks")
    assert "cv:processingTime" not in service
    limit = _node(data, service["pl:timeLimit"]["@id"])
    assert limit["pl:amount"] == {"@value": "5", "@type": "xsd:nonNegativeInteger"}
    assert limit["pl:unit"] == {
        "@id": "https://pelayanan.readthedocs.io/vocabulary/duration_unit/working_days"
    }
    assert {"@value": "5 hari kerja", "@language": "id"} in limit["dct:description"]
    assert "P5D" not in json.dumps(data)


@pytest.mark.parametrize(
    ("unit", "processing_time"),
    [
        (DurationUnit.CALENDAR_DAYS, "P14D"),
        (DurationUnit.WORKING_DAYS, None),
        (DurationUnit.HOURS, None),
        (DurationUnit.MINUTES, None),
    ],
)
def test_only_calendar_days_become_a_processing_time(
    unit: DurationUnit, processing_time: str | None
) -> None:
    """14 calendar days is P14D of elapsed time; working days, hours and minutes are not elapsed time."""
    provider, service, standard = _minimal()
    standard = attrs.evolve(standard, time_limit=TimeLimit(Duration(14, unit)))
    data = to_cpsv_ap([provider, service, standard])
    node = _node(data, "urn:pelayanan:service/s")
    found = node.get("cv:processingTime")
    assert (found["@value"] if found else None) == processing_time
    assert "pl:timeLimit" in node
    assert _conforms(data)[0]


def test_the_fee_is_a_cost_in_rupiah() -> None:
    """Rp 15.000 becomes cv:hasValue 15000.0 (xsd:double) with the EU currency IDR."""
    provider, service, standard = _minimal()
    data = to_cpsv_ap([provider, service, attrs.evolve(standard, fee=Fee(15000))])
    cost = _node(data, "urn:pelayanan:service/s/cost")
    assert cost["cv:hasValue"] == {"@value": "15000.0", "@type": "xsd:double"}
    assert cost["cv:currency"] == {
        "@id": "http://publications.europa.eu/resource/authority/currency/IDR"
    }


def test_a_base_iri_names_every_node() -> None:
    """A publisher's base replaces urn:pelayanan: for the nodes the export makes."""
    data = to_cpsv_ap(list(_minimal()), base="https://data.contoh.go.id/")
    ours = [n["@id"] for n in data["@graph"] if "contoh" in n["@id"] or n["@id"].startswith("urn:")]
    assert ours
    assert all(i.startswith("https://data.contoh.go.id/") for i in ours)


def test_a_service_without_its_provider_is_refused() -> None:
    """A catalogue entry must name its competent authority, so the provider is needed."""
    _, service, standard = _minimal()
    with pytest.raises(MissingReferenceError, match="provider 'p'"):
        to_cpsv_ap([service])
    with pytest.raises(MissingReferenceError, match="service 's'"):
        to_cpsv_ap([standard])


# --- schema.org -----------------------------------------------------------------------------------------


def _supertypes(name: str) -> set[str]:
    found = {name}
    for parent in SCHEMA_ORG["types"].get(name, []):
        found |= _supertypes(parent)
    return found


def _schema_org_problems(node: dict[str, Any], where: str = "") -> list[str]:
    """Each property of a typed node is in the vocabulary for its type, with a value of its range."""
    problems = []
    kind = node["@type"]
    if kind not in SCHEMA_ORG["types"]:
        return [f"{where}: unknown type {kind}"]
    for key, value in node.items():
        if key.startswith("@"):
            continue
        term = SCHEMA_ORG["properties"].get(key)
        if term is None or not _supertypes(kind) & set(term["domain"]):
            problems.append(f"{where}/{key}: not a property of {kind}")
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                if not _supertypes(item["@type"]) & set(term["range"]):
                    problems.append(f"{where}/{key}: {item['@type']} is not in its range")
                problems.extend(_schema_org_problems(item, f"{where}/{key}"))
            elif not set(term["range"]) & set(SCHEMA_ORG["literals"]):
                problems.append(f"{where}/{key}: text where {term['range']} is expected")
            elif term["range"] == ["DayOfWeek"] and item not in SCHEMA_ORG["day_of_week"]:
                problems.append(f"{where}/{key}: {item} is not a day of the week")
    return problems


def test_the_schema_org_export_uses_the_vocabulary_as_defined() -> None:
    """Every type, property and value range is schema.org's (release 30.0 excerpt)."""
    data = to_schema_org(_examples())
    assert isinstance(data, dict)
    assert data["@context"] == "https://schema.org"
    services = data["@graph"]
    assert [s["identifier"] for s in services] == [
        "layanan-rekomendasi-pbi",
        "layanan-dtks",
        "layanan-sktm",
    ]
    for service in services:
        assert _schema_org_problems(service) == []


def test_the_checker_refuses_a_property_out_of_its_domain() -> None:
    """The vocabulary check is real: a price straight on the service is refused."""
    service = {"@type": "GovernmentService", "name": "x", "price": "0"}
    assert _schema_org_problems(service) == ["/price: not a property of GovernmentService"]


def test_a_government_service_has_its_fee_hours_and_area() -> None:
    """DTKS: free (price 0 IDR), the Friday prayer break splits the hours, in Kota Jambi."""
    data = to_schema_org(_examples())
    assert isinstance(data, dict)
    dtks = next(s for s in data["@graph"] if s["identifier"] == "layanan-dtks")
    assert dtks["offers"] == {
        "@type": "Offer",
        "price": "0",
        "priceCurrency": "IDR",
        "description": "Tidak dipungut biaya",
    }
    assert dtks["areaServed"] == {"@type": "AdministrativeArea", "name": "Kota Jambi, Jambi"}
    friday = [h for h in dtks["hoursAvailable"] if h["dayOfWeek"] == ["https://schema.org/Friday"]]
    assert [(h["opens"], h["closes"]) for h in friday] == [("08:00", "11:30"), ("13:30", "15:00")]
    assert dtks["provider"]["name"] == "Dinas Sosial Kota Jambi"
    assert dtks["provider"]["parentOrganization"]["name"] == "Pemerintah Kota Jambi"
    assert "processingTime" not in json.dumps(dtks)


def test_a_list_shape_gives_one_embeddable_object_per_service() -> None:
    """shape='list' gives objects that each carry the schema.org context."""
    services = to_schema_org(list(_minimal()), shape="list", lang="en")
    assert isinstance(services, list)
    assert [(s["@context"], s["@type"], s.get("serviceType")) for s in services] == [
        ("https://schema.org", "GovernmentService", None)  # the minimal service names no sector
    ]


# --- the command ------------------------------------------------------------------------------------------


def test_export_writes_what_the_function_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pelayanan export --to cpsv-ap examples/` equals to_cpsv_ap of the same documents."""
    out = tmp_path / "catalogue.jsonld"
    assert main(["export", "--to", "cpsv-ap", str(JAMBI), "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8")) == to_cpsv_ap(_examples())
    assert main(["export", "--to", "schema-org", str(JAMBI)]) == 0
    assert json.loads(capsys.readouterr().out) == to_schema_org(_examples())


def test_export_of_a_standard_alone_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Without its service a standard cannot be placed: exit code 2, no traceback."""
    assert main(["export", "--to", "cpsv-ap", str(JAMBI / "sp-dtks.json")]) == 2
    assert capsys.readouterr().err == (
        "pelayanan: error: standard 'sp-dtks-2023' is for service 'layanan-dtks', which is not "
        "among the documents; give the service's file too\n"
    )


def test_export_refuses_data_that_does_not_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A document with problems is named; nothing is written and the exit code is 1."""
    broken = tmp_path / "broken.json"
    broken.write_text('{"kind": "service", "id": "x"}', encoding="utf-8")
    assert main(["export", "--to", "schema-org", str(broken)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.endswith(
        "1 document does not load; `pelayanan validate` lists the problems\n"
    )
