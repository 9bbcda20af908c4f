"""Services (*jenis pelayanan*): what a unit delivers, to whom, in which scope (UU 25/2009 Pasal 5).

>>> from pelayanan.model.services import Service, ServiceScope, Sector
>>> sktm = Service(
...     id="dinsos-dtks",
...     name="Pendaftaran Data Terpadu Kesejahteraan Sosial",
...     provider_id="pemkot-jambi",
...     unit_id="dinsos",
...     scope=ServiceScope.ADMINISTRATIVE,
...     sector=Sector.SOCIAL_SECURITY,
... )
>>> sktm.scope.label.id
'Pelayanan administratif'
"""

from __future__ import annotations

import attrs

from .._base.labels import LabelledEnum, register_labels
from .._base.validators import non_empty

__all__ = ["Sector", "Service", "ServiceScope", "ServiceStatus", "VulnerableGroup"]


class ServiceScope(LabelledEnum):
    """The scope of a public service (UU 25/2009 Pasal 5 ayat (1))."""

    PUBLIC_GOODS = "public_goods"
    PUBLIC_SERVICES = "public_services"
    ADMINISTRATIVE = "administrative"


register_labels(
    ServiceScope,
    {
        ServiceScope.PUBLIC_GOODS: ("Pelayanan barang publik", "Public goods"),
        ServiceScope.PUBLIC_SERVICES: ("Pelayanan jasa publik", "Public services"),
        ServiceScope.ADMINISTRATIVE: ("Pelayanan administratif", "Administrative services"),
    },
)


class Sector(LabelledEnum):
    """The sectors listed in UU 25/2009 Pasal 5 ayat (2)."""

    EDUCATION = "education"
    TEACHING = "teaching"
    EMPLOYMENT_AND_BUSINESS = "employment_and_business"
    HOUSING = "housing"
    COMMUNICATION_AND_INFORMATION = "communication_and_information"
    ENVIRONMENT = "environment"
    HEALTH = "health"
    SOCIAL_SECURITY = "social_security"
    ENERGY = "energy"
    BANKING = "banking"
    TRANSPORTATION = "transportation"
    NATURAL_RESOURCES = "natural_resources"
    TOURISM = "tourism"
    OTHER = "other"


register_labels(
    Sector,
    {
        Sector.EDUCATION: ("Pendidikan", "Education"),
        Sector.TEACHING: ("Pengajaran", "Teaching"),
        Sector.EMPLOYMENT_AND_BUSINESS: ("Pekerjaan dan usaha", "Employment and business"),
        Sector.HOUSING: ("Tempat tinggal", "Housing"),
        Sector.COMMUNICATION_AND_INFORMATION: (
            "Komunikasi dan informasi",
            "Communication and information",
        ),
        Sector.ENVIRONMENT: ("Lingkungan hidup", "Environment"),
        Sector.HEALTH: ("Kesehatan", "Health"),
        Sector.SOCIAL_SECURITY: ("Jaminan sosial", "Social security"),
        Sector.ENERGY: ("Energi", "Energy"),
        Sector.BANKING: ("Perbankan", "Banking"),
        Sector.TRANSPORTATION: ("Perhubungan", "Transportation"),
        Sector.NATURAL_RESOURCES: ("Sumber daya alam", "Natural resources"),
        Sector.TOURISM: ("Pariwisata", "Tourism"),
        Sector.OTHER: ("Sektor lain yang terkait", "Other related sector"),
    },
)


class VulnerableGroup(LabelledEnum):
    """*Kelompok rentan*, owed special treatment (UU 25/2009 Pasal 4 huruf j, Pasal 29).

    The list follows the Penjelasan of Pasal 29 as commonly quoted (persons with disabilities,
    the elderly, pregnant women, children, victims of natural and social disasters); its exact
    wording is UNVERIFIED (regulations.md §1.12).
    """

    PERSONS_WITH_DISABILITIES = "persons_with_disabilities"
    ELDERLY = "elderly"
    PREGNANT_WOMEN = "pregnant_women"
    CHILDREN = "children"
    DISASTER_VICTIMS = "disaster_victims"


register_labels(
    VulnerableGroup,
    {
        VulnerableGroup.PERSONS_WITH_DISABILITIES: (
            "Penyandang disabilitas",
            "Persons with disabilities",
        ),
        VulnerableGroup.ELDERLY: ("Lanjut usia", "Elderly people"),
        VulnerableGroup.PREGNANT_WOMEN: ("Wanita hamil", "Pregnant women"),
        VulnerableGroup.CHILDREN: ("Anak-anak", "Children"),
        VulnerableGroup.DISASTER_VICTIMS: (
            "Korban bencana alam dan bencana sosial",
            "Victims of natural and social disasters",
        ),
    },
)


class ServiceStatus(LabelledEnum):
    """Whether a service is currently offered."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    DISCONTINUED = "discontinued"


register_labels(
    ServiceStatus,
    {
        ServiceStatus.ACTIVE: ("Aktif", "Active"),
        ServiceStatus.SUSPENDED: ("Dihentikan sementara", "Suspended"),
        ServiceStatus.DISCONTINUED: ("Tidak lagi diselenggarakan", "Discontinued"),
    },
)


@attrs.frozen
class Service:
    """*Jenis pelayanan*: one service a unit delivers; a JSON document of kind ``service``.

    Scope and sector are ``None`` when not stated: published standards never print them, and
    guessing "other sector" would claim what the source does not say.
    """

    id: str = attrs.field(validator=non_empty)
    name: str
    provider_id: str
    unit_id: str
    scope: ServiceScope | None = None
    """The scope of UU 25/2009 Pasal 5 ayat (1), if stated."""
    sector: Sector | None = None
    """The sector of UU 25/2009 Pasal 5 ayat (2), if stated."""
    description: str = ""
    target_users: tuple[str, ...] = ()
    """Who the service is for, as written (``"Warga Kota Jambi yang tidak mampu"``)."""
    vulnerable_groups: tuple[VulnerableGroup, ...] = ()
    """Vulnerable groups among its users, who are owed special treatment (Pasal 29)."""
    channel_ids: tuple[str, ...] = ()
    """The unit's delivery channels (:class:`~pelayanan.model.providers.DeliveryChannel` ids) it uses."""
    status: ServiceStatus = ServiceStatus.ACTIVE
    keywords: tuple[str, ...] = ()
    notes: str = ""
