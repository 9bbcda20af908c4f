"""Linked data: providers, services and standards as CPSV-AP 3.2 and as schema.org JSON-LD.

:func:`to_cpsv_ap` describes services for public-service catalogues (the EU Core Public Service
Vocabulary Application Profile 3.2.0); the result passes the profile's official SHACL shapes.
:func:`to_schema_org` describes them as schema.org ``GovernmentService`` objects, to embed in a
unit's web page (``<script type="application/ld+json">``).

Both take the documents of a data set: every service needs its provider among them (a catalogue
entry names its competent authority), and every standard its service. A service's standard is
the one given for it that is established, of the highest version (else the highest version).
Other kinds of document have no place in either vocabulary and are left out.

How each part is carried in CPSV-AP
    ===============================  ==========================================================
    pelayanan                        CPSV-AP 3.2
    ===============================  ==========================================================
    provider, unit                   ``cv:PublicOrganisation`` (also ``org:Organization``); a
                                     unit is ``org:subOrganizationOf`` its provider and shares
                                     its ``dct:spatial`` (Indonesia, and the region if given)
    service                          ``cpsv:PublicService``; ``dct:description`` is the name
                                     when the service has no description (it is required)
    the unit of a service            ``cv:hasCompetentAuthority``
    delivery channel                 ``cv:Channel`` with ``cv:ownedBy`` the unit
    opening hours                    ``cv:openingHours``: a ``time:TemporalEntity`` whose
                                     ``dct:description`` gives the hours as text
    contact points                   ``cv:ContactPoint`` (``cv:email``, ``cv:telephone``)
    a) legal basis                   ``cpsv:follows`` a ``cpsv:Rule`` per citation, which
                                     ``cpsv:implements`` the ``eli:LegalResource``; the
                                     instruments also as ``cv:hasLegalResource``
    b) requirements                  ``cv:holdsRequirement`` → ``cv:Requirement``
    d) time limit                    see below
    e) fee                           ``cv:hasCost`` → ``cv:Cost`` (``cv:hasValue`` as
                                     ``xsd:double``, ``cv:currency`` the EU currency IDR)
    f) products                      ``cpsv:produces`` → ``cv:Output``
    h) complaint handling            ``cv:contactPoint`` for each complaint channel with an
                                     e-mail address, a number or a web page
    the standard itself              ``dct:conformsTo`` → a ``dct:Standard`` with its id,
                                     title, version (``owl:versionInfo``) and status
    enumerations                     ``skos:Concept`` in a scheme per enumeration under
                                     ``https://pelayanan.readthedocs.io/vocabulary/``, with the
                                     Indonesian and English labels
    ===============================  ==========================================================

What the vocabulary lacks
    *Time limits.* ``cv:processingTime`` is an ``xsd:duration``, i.e. elapsed time. Only a limit
    in calendar days is elapsed time (``P14D``). A limit in working days is not: 5 working days
    after a Friday before Idul Fitri can be two weeks, so it is never written as ``P5D``; minutes
    and hours are counted only while the unit is open (rule R19), so they are not elapsed time
    either. Every time limit is carried as ``pl:timeLimit``, a node with ``pl:amount`` (an
    ``xsd:nonNegativeInteger``), ``pl:unit`` (a concept of the ``duration_unit`` scheme) and a
    ``dct:description`` in Indonesian and English (``"5 hari kerja"``); ``cv:processingTime`` is
    added only for calendar days. ``pl:`` is ``https://pelayanan.readthedocs.io/ns#``; the shapes
    are open, so the extra properties do not break conformance.

    *Procedure (c), facilities (g), competencies (i), supervision (j), staffing (k), guarantees
    (l, m) and evaluation (n)* have no class in CPSV-AP (anchors.md §5.2); they are not exported.
    Nor are service charters (*maklumat*), surveys, complaints, forums and the policy cycle: the
    vocabulary has no place for them (its ``cv:Participation`` is an agent's role, not public
    participation).

Identifiers
    Nodes get IRIs under ``base`` (default ``urn:pelayanan:``), built from the documents' ids:
    ``<base>provider/<id>``, ``<base>provider/<id>/unit/<id>``, ``<base>service/<id>``,
    ``<base>standard/<id>``. A publisher passes its own base (``https://data.example.go.id/``).

schema.org
    Each service is a ``GovernmentService`` with ``provider`` (the unit as a
    ``GovernmentOrganization``, its ``parentOrganization`` the provider), ``serviceType`` (the
    sector's label), ``areaServed`` (an ``AdministrativeArea``: the regency or city and the
    province), ``hoursAvailable`` (an ``OpeningHoursSpecification`` per window of the unit's
    regular week), ``offers`` (an ``Offer`` with the fee as ``price`` in ``IDR``; ``"0"`` when
    free), and ``availableChannel`` (a ``ServiceChannel`` per delivery channel; its
    ``processingTime`` only for calendar days, as above). Text is in ``lang``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final, Literal

from .._base.errors import PelayananError
from .._base.labels import Label, LabelledEnum, Lang
from ..law import Citation, Instrument
from ..model.providers import DeliveryChannel, Provider, Unit
from ..model.records import ContactPoint
from ..model.services import Service
from ..model.standards import ComplaintChannelKind, Fee, ServiceStandard, StandardStatus
from ..time.durations import Duration, DurationUnit
from ..time.hours import OpeningHours

__all__ = [
    "CONTEXT",
    "PL",
    "VOCABULARY",
    "MissingReferenceError",
    "to_cpsv_ap",
    "to_schema_org",
]

PL: Final = "https://pelayanan.readthedocs.io/ns#"
"""The namespace of the properties CPSV-AP lacks (``pl:timeLimit``, ``pl:amount``, ``pl:unit``)."""

VOCABULARY: Final = "https://pelayanan.readthedocs.io/vocabulary/"
"""Where the concept schemes of the enumerations live: ``<VOCABULARY><scheme>/<value>``."""

CONTEXT: Final[Mapping[str, str]] = {
    "adms": "http://www.w3.org/ns/adms#",
    "cpsv": "http://purl.org/vocab/cpsv#",
    "cv": "http://data.europa.eu/m8g/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "locn": "http://www.w3.org/ns/locn#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "pl": PL,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
"""The JSON-LD context of :func:`to_cpsv_ap`: the prefixes it uses."""

_INDONESIA: Final = "http://publications.europa.eu/resource/authority/country/IDN"
_RUPIAH: Final = "http://publications.europa.eu/resource/authority/currency/IDR"
_DAYS: Final = {
    "monday": "Monday",
    "tuesday": "Tuesday",
    "wednesday": "Wednesday",
    "thursday": "Thursday",
    "friday": "Friday",
    "saturday": "Saturday",
    "sunday": "Sunday",
}
_PHONES: Final = frozenset(
    {
        ComplaintChannelKind.PHONE,
        ComplaintChannelKind.MESSAGING,
        ComplaintChannelKind.SP4N_LAPOR_SMS,
    }
)
_PAGES: Final = frozenset(
    {
        ComplaintChannelKind.WEBSITE,
        ComplaintChannelKind.SOCIAL_MEDIA,
        ComplaintChannelKind.SP4N_LAPOR_WEB,
    }
)


class MissingReferenceError(PelayananError, LookupError):
    """A service whose provider, or a standard whose service, is not among the documents."""


# --- gathering ---------------------------------------------------------------------------------------------


class _DataSet:
    """The providers, services and chosen standards of the documents, cross-checked."""

    def __init__(self, documents: Iterable[object]) -> None:
        self.providers: dict[str, Provider] = {}
        self.services: dict[str, Service] = {}
        standards: dict[str, list[ServiceStandard]] = {}
        for document in documents:
            if isinstance(document, Provider):
                self.providers[document.id] = document
            elif isinstance(document, Service):
                self.services[document.id] = document
            elif isinstance(document, ServiceStandard):
                standards.setdefault(document.service_id, []).append(document)
        for service in self.services.values():
            if service.provider_id not in self.providers:
                msg = (
                    f"service {service.id!r} names provider {service.provider_id!r}, which is not "
                    "among the documents; give the provider's file too"
                )
                raise MissingReferenceError(msg)
        for service_id, group in standards.items():
            if service_id not in self.services:
                msg = (
                    f"standard {group[0].id!r} is for service {service_id!r}, which is not among "
                    "the documents; give the service's file too"
                )
                raise MissingReferenceError(msg)
        self.standards: dict[str, ServiceStandard] = {
            service_id: max(
                group, key=lambda s: (s.status is StandardStatus.ESTABLISHED, s.version)
            )
            for service_id, group in standards.items()
        }

    def unit(self, service: Service) -> Unit | None:
        provider = self.providers[service.provider_id]
        return next((u for u in provider.units if u.id == service.unit_id), None)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._~-]+", "-", text).strip("-") or "x"


def _duration_text(duration: Duration) -> Label:
    return Label(duration.text("id"), duration.text("en"))


def _hours_text(hours: OpeningHours, lang: Lang) -> str:
    days = []
    for day in hours.regular.days:
        names = ", ".join(w.label.text(lang) for w in day.weekdays)
        windows = ", ".join(str(w) for w in day.windows)
        days.append(f"{names}: {windows}" if windows else names)
    return f"{'; '.join(days)} ({hours.time_zone.value})"


# --- CPSV-AP ---------------------------------------------------------------------------------------------------


class _Cpsv:
    def __init__(self, data: _DataSet, base: str) -> None:
        self.data = data
        self.base = base
        self.nodes: dict[str, dict[str, Any]] = {}

    # helpers

    def add(self, node: dict[str, Any]) -> dict[str, str]:
        """Keep ``node`` (once per IRI) and return a reference to it."""
        self.nodes.setdefault(node["@id"], node)
        return {"@id": node["@id"]}

    @staticmethod
    def text(value: str | Label, lang: Lang = "id") -> list[dict[str, str]]:
        if isinstance(value, Label):
            return [
                {"@value": value.id, "@language": "id"},
                {"@value": value.en, "@language": "en"},
            ]
        return [{"@value": value, "@language": lang}]

    def concept(self, member: LabelledEnum) -> dict[str, str]:
        scheme = re.sub(r"(?<!^)(?=[A-Z])", "_", type(member).__name__).lower()
        return self.add(
            {
                "@id": f"{VOCABULARY}{scheme}/{member.value}",
                "@type": "skos:Concept",
                "skos:prefLabel": self.text(member.label),
                "skos:inScheme": {"@id": f"{VOCABULARY}{scheme}"},
                "skos:notation": member.value,
            }
        )

    def location(self, provider: Provider) -> list[dict[str, str]]:
        places = [
            self.add(
                {
                    "@id": _INDONESIA,
                    "@type": "dct:Location",
                    "locn:geographicName": self.text("Indonesia"),
                }
            )
        ]
        if provider.region is not None:
            region = provider.region
            name = region.province.label.id
            iri = f"{self.base}region/{region.province.value}"
            if region.regency_city:
                name = f"{region.regency_city}, {name}"
                iri += "/" + _slug(region.regency_city)
            places.append(
                self.add(
                    {"@id": iri, "@type": "dct:Location", "locn:geographicName": self.text(name)}
                )
            )
        return places

    def hours(self, owner: str, hours: OpeningHours | None) -> dict[str, Any]:
        if hours is None:
            return {}
        node = {
            "@id": f"{owner}/opening-hours",
            "@type": "time:TemporalEntity",
            "dct:description": [
                {"@value": _hours_text(hours, "id"), "@language": "id"},
                {"@value": _hours_text(hours, "en"), "@language": "en"},
            ],
        }
        return {"cv:openingHours": [self.add(node)]}

    def contact(self, iri: str, contact: ContactPoint) -> dict[str, str]:
        node: dict[str, Any] = {"@id": iri, "@type": "cv:ContactPoint"}
        if contact.emails:
            node["cv:email"] = list(contact.emails)
        if contact.phones:
            node["cv:telephone"] = list(contact.phones)
        if contact.url:
            node["cv:contactPage"] = [self.page(contact.url)]
        return self.add(node)

    def page(self, url: str) -> dict[str, str]:
        return self.add({"@id": url, "@type": "foaf:Document"})

    # organisations

    def provider(self, provider: Provider) -> dict[str, str]:
        iri = f"{self.base}provider/{_slug(provider.id)}"
        node: dict[str, Any] = {
            "@id": iri,
            "@type": ["cv:PublicOrganisation", "org:Organization"],
            "dct:identifier": provider.id,
            "skos:prefLabel": self.text(provider.name),
            "dct:spatial": self.location(provider),
        }
        contacts = [
            self.contact(f"{iri}/contact/{i}", c) for i, c in enumerate(provider.contacts, 1)
        ]
        if contacts:
            node["cv:contactPoint"] = contacts
        if provider.website:
            node["foaf:homepage"] = [self.page(provider.website)]
        return self.add(node)

    def unit(self, provider: Provider, unit: Unit) -> dict[str, str]:
        iri = f"{self.base}provider/{_slug(provider.id)}/unit/{_slug(unit.id)}"
        node: dict[str, Any] = {
            "@id": iri,
            "@type": ["cv:PublicOrganisation", "org:Organization"],
            "dct:identifier": unit.id,
            "skos:prefLabel": self.text(unit.name),
            "dct:spatial": self.location(provider),
            "org:subOrganizationOf": self.provider(provider),
        }
        contacts = [self.contact(f"{iri}/contact/{i}", c) for i, c in enumerate(unit.contacts, 1)]
        if contacts:
            node["cv:contactPoint"] = contacts
        return self.add(node)

    def channel(
        self, owner: dict[str, str], unit: Unit, channel: DeliveryChannel
    ) -> dict[str, str]:
        node: dict[str, Any] = {
            "@id": f"{owner['@id']}/channel/{_slug(channel.id)}",
            "@type": "cv:Channel",
            "dct:identifier": channel.id,
            "dct:type": self.concept(channel.kind),
            "cv:ownedBy": [owner],
            **self.hours(f"{owner['@id']}/channel/{_slug(channel.id)}", unit.opening_hours),
        }
        description = " — ".join(x for x in (channel.name, channel.description) if x)
        if description:
            node["dct:description"] = self.text(description)
        return self.add(node)

    # services and their standards

    def legal_resource(self, instrument: Instrument) -> dict[str, str]:
        return self.add(
            {
                "@id": f"{self.base}legal-resource/{_slug(instrument.key)}",
                "@type": "eli:LegalResource",
                "dct:identifier": instrument.key,
                "dct:title": self.text(f"{instrument} tentang {instrument.title}"),
            }
        )

    def rule(self, citation: Citation) -> dict[str, str]:
        cited = str(citation)
        return self.add(
            {
                "@id": f"{self.base}rule/{_slug(cited)}",
                "@type": "cpsv:Rule",
                "dct:identifier": cited,
                "dct:title": self.text(cited),
                "dct:description": self.text(
                    f"{cited} ({citation.instrument.title})"
                    + (f": {citation.note}" if citation.note else "")
                ),
                "cpsv:implements": [self.legal_resource(citation.instrument)],
            }
        )

    def time_limit(self, iri: str, duration: Duration) -> dict[str, Any]:
        carried: dict[str, Any] = {
            "pl:timeLimit": self.add(
                {
                    "@id": f"{iri}/time-limit",
                    "@type": "pl:TimeLimit",
                    "pl:amount": {
                        "@value": str(duration.amount),
                        "@type": "xsd:nonNegativeInteger",
                    },
                    "pl:unit": self.concept(duration.unit),
                    "dct:description": self.text(_duration_text(duration)),
                }
            )
        }
        if duration.unit is DurationUnit.CALENDAR_DAYS:
            carried["cv:processingTime"] = {
                "@value": f"P{duration.amount}D",
                "@type": "xsd:duration",
            }
        return carried

    def complaint_contacts(self, iri: str, standard: ServiceStandard) -> list[dict[str, str]]:
        """Contact points for the complaint channels with an address, number or web page."""
        if standard.complaint_handling is None:
            return []
        contacts = []
        for n, channel in enumerate(standard.complaint_handling.channels, 1):
            if not channel.address:
                continue
            if channel.kind is ComplaintChannelKind.EMAIL:
                found = ContactPoint(emails=(channel.address,))
            elif channel.kind in _PHONES:
                found = ContactPoint(phones=(channel.address,))
            elif channel.kind in _PAGES and channel.address.startswith(("http://", "https://")):
                found = ContactPoint(url=channel.address)
            else:
                continue
            contacts.append(self.contact(f"{iri}/complaint-channel/{n}", found))
        return contacts

    def standard(self, iri: str, standard: ServiceStandard) -> dict[str, Any]:
        """The properties a standard adds to its service's node."""
        node: dict[str, Any] = {}
        reference: dict[str, Any] = {
            "@id": f"{self.base}standard/{_slug(standard.id)}",
            "@type": "dct:Standard",
            "dct:identifier": standard.id,
            "owl:versionInfo": str(standard.version),
            "adms:status": self.concept(standard.status),
        }
        if standard.title:
            reference["dct:title"] = self.text(standard.title)
        node["dct:conformsTo"] = [self.add(reference)]
        if standard.legal_basis:
            node["cpsv:follows"] = [self.rule(c) for c in standard.legal_basis]
            instruments = {c.instrument.key: c.instrument for c in standard.legal_basis}
            node["cv:hasLegalResource"] = [self.legal_resource(i) for i in instruments.values()]
        if standard.requirements:
            node["cv:holdsRequirement"] = [
                self.add(
                    {
                        "@id": f"{iri}/requirement/{n}",
                        "@type": "cv:Requirement",
                        "dct:identifier": f"{standard.id}/requirement/{n}",
                        "dct:title": self.text(r.name),
                        "dct:type": [self.concept(r.kind)],
                        **({"dct:description": self.text(r.description)} if r.description else {}),
                    }
                )
                for n, r in enumerate(standard.requirements, 1)
            ]
        limit = standard.time_limit
        if limit is not None and limit.duration is not None:
            node.update(self.time_limit(iri, limit.duration))
        elif limit is not None:
            # No fixed time, or one time per sub-case: no amount to carry, only the text.
            node["pl:timeLimit"] = self.add(
                {
                    "@id": f"{iri}/time-limit",
                    "@type": "pl:TimeLimit",
                    "dct:description": self.text(limit.as_written or limit.text("id")),
                }
            )
        if standard.fee is not None:
            fee = standard.fee
            cost: dict[str, Any] = {
                "@id": f"{iri}/cost",
                "@type": "cv:Cost",
                "dct:identifier": f"{standard.id}/fee",
                "cv:currency": self.add({"@id": _RUPIAH, "@type": "skos:Concept"}),
            }
            # One amount is a value; a tariff table, fees by payer or a fee by reference to an
            # instrument have no single value, and are carried as the text as written.
            if fee.amount is not None:
                cost["cv:hasValue"] = {"@value": str(float(fee.amount)), "@type": "xsd:double"}
            described = fee.note or fee.as_written
            if described:
                cost["dct:description"] = self.text(described)
            node["cv:hasCost"] = [self.add(cost)]
        if standard.products:
            node["cpsv:produces"] = [
                self.add(
                    {
                        "@id": f"{iri}/output/{n}",
                        "@type": "cv:Output",
                        "dct:identifier": f"{standard.id}/output/{n}",
                        "dct:title": self.text(p.name),
                        **({"dct:description": self.text(p.description)} if p.description else {}),
                    }
                )
                for n, p in enumerate(standard.products, 1)
            ]
        contacts = self.complaint_contacts(iri, standard)
        if contacts:
            node["cv:contactPoint"] = contacts
        return node

    def service(self, service: Service) -> None:
        provider = self.data.providers[service.provider_id]
        unit = self.data.unit(service)
        authority = self.unit(provider, unit) if unit is not None else self.provider(provider)
        iri = f"{self.base}service/{_slug(service.id)}"
        node: dict[str, Any] = {
            "@id": iri,
            "@type": "cpsv:PublicService",
            "dct:identifier": service.id,
            "dct:title": self.text(service.name),
            "dct:description": self.text(service.description or service.name),
            "cv:hasCompetentAuthority": [authority],
            "adms:status": self.concept(service.status),
            "dct:spatial": self.location(provider),
        }
        # Real pages rarely print a service's sector or scope (Pasal 5); both are optional.
        if service.sector is not None:
            node["cv:sector"] = [self.concept(service.sector)]
        if service.scope is not None:
            node["dct:type"] = [self.concept(service.scope)]
        if service.keywords:
            node["dcat:keyword"] = [{"@value": k, "@language": "id"} for k in service.keywords]
        if unit is not None:
            channels = [c for c in unit.channels if c.id in service.channel_ids]
            if channels:
                node["cv:hasChannel"] = [self.channel(authority, unit, c) for c in channels]
        standard = self.data.standards.get(service.id)
        if standard is not None:
            node.update(self.standard(iri, standard))
        self.add(node)


def _documents(documents: object) -> list[object]:
    if isinstance(documents, (list, tuple)):
        return list(documents)
    return [documents]


def to_cpsv_ap(documents: object, *, base: str = "urn:pelayanan:") -> dict[str, Any]:
    """CPSV-AP 3.2 JSON-LD (``{"@context": ..., "@graph": [...]}``) for the documents given.

    ``documents`` is a document or a list (other kinds are left out); see the module docstring for
    what is carried where. Raises :class:`MissingReferenceError` when a service's provider or a
    standard's service is not among them.

    >>> from pathlib import Path
    >>> from pelayanan import from_json
    >>> jambi = Path("examples/dinas-sosial-kota-jambi")
    >>> documents = [from_json((jambi / name).read_bytes()) for name in ("provider.json", "sp-dtks.json")]
    >>> graph = to_cpsv_ap([*documents, *from_json((jambi / "services.json").read_bytes())])["@graph"]
    >>> dtks = next(n for n in graph if n["@id"] == "urn:pelayanan:service/layanan-dtks")
    >>> dtks["@type"], dtks["pl:timeLimit"]
    ('cpsv:PublicService', {'@id': 'urn:pelayanan:service/layanan-dtks/time-limit'})
    >>> "cv:processingTime" in dtks  # the limit is in working days: no xsd:duration
    False
    """
    writer = _Cpsv(_DataSet(_documents(documents)), base)
    for provider in writer.data.providers.values():
        writer.provider(provider)
        for unit in provider.units:
            writer.unit(provider, unit)
    for service in writer.data.services.values():
        writer.service(service)
    return {"@context": dict(CONTEXT), "@graph": list(writer.nodes.values())}


# --- schema.org -------------------------------------------------------------------------------------------------


def _area(provider: Provider, lang: Lang) -> dict[str, Any]:
    if provider.region is None:
        return {"@type": "Country", "name": "Indonesia"}
    province = provider.region.province.label.text(lang)
    name = ", ".join(x for x in (provider.region.regency_city, province) if x)
    return {"@type": "AdministrativeArea", "name": name}


def _opening_hours(hours: OpeningHours | None) -> list[dict[str, Any]]:
    if hours is None:
        return []
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{_DAYS[d.value]}" for d in day.weekdays],
            "opens": window.start.isoformat(timespec="minutes"),
            "closes": window.end.isoformat(timespec="minutes"),
        }
        for day in hours.regular.days
        for window in day.windows
    ]


def _schema_service(data: _DataSet, service: Service, base: str, lang: Lang) -> dict[str, Any]:
    provider = data.providers[service.provider_id]
    unit = data.unit(service)
    organisation: dict[str, Any] = {
        "@type": "GovernmentOrganization",
        "@id": f"{base}provider/{_slug(provider.id)}",
        "identifier": provider.id,
        "name": provider.name,
        "areaServed": _area(provider, lang),
    }
    if provider.website:
        organisation["url"] = provider.website
    if unit is not None:
        organisation = {
            "@type": "GovernmentOrganization",
            "@id": f"{base}provider/{_slug(provider.id)}/unit/{_slug(unit.id)}",
            "identifier": unit.id,
            "name": unit.name,
            "parentOrganization": organisation,
            **({"address": unit.address} if unit.address else {}),
        }
    node: dict[str, Any] = {
        "@type": "GovernmentService",
        "@id": f"{base}service/{_slug(service.id)}",
        "identifier": service.id,
        "name": service.name,
        "provider": organisation,
        "areaServed": _area(provider, lang),
    }
    if service.sector is not None:
        node["serviceType"] = service.sector.label.text(lang)
    if service.description:
        node["description"] = service.description
    hours = _opening_hours(unit.opening_hours if unit is not None else None)
    if hours:
        node["hoursAvailable"] = hours
    standard = data.standards.get(service.id)
    limit = standard.time_limit.duration if standard and standard.time_limit else None
    if unit is not None:
        channels = []
        for channel in unit.channels:
            if channel.id not in service.channel_ids:
                continue
            entry: dict[str, Any] = {"@type": "ServiceChannel", "name": channel.name or channel.id}
            if channel.url:
                entry["serviceUrl"] = channel.url
            if limit is not None and limit.unit is DurationUnit.CALENDAR_DAYS:
                entry["processingTime"] = f"P{limit.amount}D"
            channels.append(entry)
        if channels:
            node["availableChannel"] = channels
    if standard is not None and standard.fee is not None:
        node["offers"] = _schema_offer(standard.fee)
    return node


def _schema_offer(fee: Fee) -> dict[str, Any]:
    """The fee as a schema.org Offer: a price when it is one amount, else its text as written."""
    offer: dict[str, Any] = {"@type": "Offer", "priceCurrency": "IDR"}
    if fee.amount is not None:
        offer["price"] = str(fee.amount)
    described = fee.note or fee.as_written
    if described:
        offer["description"] = described
    return offer


def to_schema_org(
    documents: object,
    *,
    lang: Lang = "id",
    base: str = "urn:pelayanan:",
    shape: Literal["graph", "list"] = "graph",
) -> dict[str, Any] | list[dict[str, Any]]:
    """schema.org JSON-LD: a ``GovernmentService`` per service among ``documents``.

    The result is ``{"@context": "https://schema.org", "@graph": [...]}``, ready for a
    ``<script type="application/ld+json">`` element; ``shape="list"`` gives the services as a list
    of objects, each with its own ``@context``. Raises :class:`MissingReferenceError` like
    :func:`to_cpsv_ap`.
    """
    data = _DataSet(_documents(documents))
    services = [_schema_service(data, s, base, lang) for s in data.services.values()]
    if shape == "list":
        return [{"@context": "https://schema.org", **s} for s in services]
    return {"@context": "https://schema.org", "@graph": services}
