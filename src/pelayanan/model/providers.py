"""Providers (*penyelenggara*), their units, executors and delivery channels (UU 25/2009 Pasal 1).

A *penyelenggara* is "every state institution, corporation, independent body established by law for
public-service activities, and other legal entity established solely for public-service activities"
(UU 25/2009 Pasal 1). It works through organisational units (*organisasi penyelenggara*), whose staff
(*pelaksana*) deliver the services.

>>> from pelayanan.model.providers import Provider, ProviderCategory, GovernmentLevel, Unit
>>> from pelayanan.time.regions import Region, Province
>>> city = Provider(
...     id="pemkot-jambi",
...     name="Pemerintah Kota Jambi",
...     category=ProviderCategory.STATE_INSTITUTION,
...     level=GovernmentLevel.CITY,
...     region=Region(Province.JAMBI, "Kota Jambi"),
...     units=(Unit(id="dinsos", name="Dinas Sosial Kota Jambi"),),
... )
>>> city.unit("dinsos").name
'Dinas Sosial Kota Jambi'
"""

from __future__ import annotations

import attrs

from .._base.labels import LabelledEnum, register_labels
from .._base.validators import non_empty
from ..time.calendar import GOVERNMENT_CALENDAR, WorkingCalendar
from ..time.hours import OpeningHours
from ..time.regions import Region
from .records import ContactPoint, Official

__all__ = [
    "ChannelKind",
    "Competency",
    "CompetencyKind",
    "DeliveryChannel",
    "Executor",
    "ExecutorRole",
    "GovernmentLevel",
    "Provider",
    "ProviderCategory",
    "Unit",
]


class ProviderCategory(LabelledEnum):
    """The four kinds of *penyelenggara* in UU 25/2009 Pasal 1."""

    STATE_INSTITUTION = "state_institution"
    CORPORATION = "corporation"
    INDEPENDENT_BODY = "independent_body"
    OTHER_LEGAL_ENTITY = "other_legal_entity"


register_labels(
    ProviderCategory,
    {
        ProviderCategory.STATE_INSTITUTION: ("Institusi penyelenggara negara", "State institution"),
        ProviderCategory.CORPORATION: ("Korporasi", "Corporation"),
        ProviderCategory.INDEPENDENT_BODY: (
            "Lembaga independen yang dibentuk berdasarkan undang-undang",
            "Independent body established by law",
        ),
        ProviderCategory.OTHER_LEGAL_ENTITY: (
            "Badan hukum lain yang dibentuk semata-mata untuk kegiatan pelayanan publik",
            "Other legal entity established solely for public service",
        ),
    },
)


class GovernmentLevel(LabelledEnum):
    """The level of government a provider belongs to."""

    CENTRAL = "central"
    PROVINCE = "province"
    REGENCY = "regency"
    CITY = "city"


register_labels(
    GovernmentLevel,
    {
        GovernmentLevel.CENTRAL: ("Pemerintah pusat", "Central government"),
        GovernmentLevel.PROVINCE: ("Pemerintah provinsi", "Provincial government"),
        GovernmentLevel.REGENCY: ("Pemerintah kabupaten", "Regency government"),
        GovernmentLevel.CITY: ("Pemerintah kota", "City government"),
    },
)


class CompetencyKind(LabelledEnum):
    """What a competency is made of (Permenpan RB 15/2014: knowledge, expertise, skill, experience)."""

    KNOWLEDGE = "knowledge"
    EXPERTISE = "expertise"
    SKILL = "skill"
    EXPERIENCE = "experience"
    EDUCATION = "education"
    ATTITUDE = "attitude"
    CERTIFICATION = "certification"


register_labels(
    CompetencyKind,
    {
        CompetencyKind.KNOWLEDGE: ("Pengetahuan", "Knowledge"),
        CompetencyKind.EXPERTISE: ("Keahlian", "Expertise"),
        CompetencyKind.SKILL: ("Keterampilan", "Skill"),
        CompetencyKind.EXPERIENCE: ("Pengalaman", "Experience"),
        CompetencyKind.EDUCATION: ("Pendidikan", "Education"),
        CompetencyKind.ATTITUDE: ("Sikap dan perilaku", "Attitude and conduct"),
        CompetencyKind.CERTIFICATION: ("Sertifikasi", "Certification"),
    },
)


@attrs.frozen
class Competency:
    """A competency required of, or held by, executors (*kompetensi pelaksana*)."""

    name: str
    kind: CompetencyKind = CompetencyKind.SKILL
    description: str = ""


class ExecutorRole(LabelledEnum):
    """What an executor does in the unit."""

    FRONT_OFFICE = "front_office"
    BACK_OFFICE = "back_office"
    COMPLAINT_MANAGER = "complaint_manager"
    SUPERVISOR = "supervisor"
    ADMINISTRATION = "administration"
    TECHNICAL = "technical"
    OTHER = "other"


register_labels(
    ExecutorRole,
    {
        ExecutorRole.FRONT_OFFICE: ("Petugas pelayanan (front office)", "Front-office staff"),
        ExecutorRole.BACK_OFFICE: ("Petugas pemroses (back office)", "Back-office staff"),
        ExecutorRole.COMPLAINT_MANAGER: ("Pengelola pengaduan", "Complaint manager"),
        ExecutorRole.SUPERVISOR: ("Penyelia/atasan langsung", "Supervisor"),
        ExecutorRole.ADMINISTRATION: ("Pelaksana administrasi", "Administrative staff"),
        ExecutorRole.TECHNICAL: ("Pelaksana teknis", "Technical staff"),
        ExecutorRole.OTHER: ("Lainnya", "Other"),
    },
)


@attrs.frozen
class Executor:
    """*Pelaksana*: an official, employee or other person who carries out public service."""

    id: str = attrs.field(validator=non_empty)
    name: str
    position: str = ""
    roles: tuple[ExecutorRole, ...] = ()
    competencies: tuple[Competency, ...] = ()
    employee_id: str | None = None


class ChannelKind(LabelledEnum):
    """How a service reaches its users (*saluran pelayanan*)."""

    COUNTER = "counter"
    ONLINE = "online"
    MOBILE_APP = "mobile_app"
    MOBILE_SERVICE = "mobile_service"
    PUBLIC_SERVICE_MALL = "public_service_mall"
    PHONE = "phone"
    EMAIL = "email"
    POST = "post"
    MESSAGING = "messaging"
    HOME_VISIT = "home_visit"
    OTHER = "other"


register_labels(
    ChannelKind,
    {
        ChannelKind.COUNTER: ("Loket/tatap muka", "Counter (in person)"),
        ChannelKind.ONLINE: ("Daring (situs web)", "Online (website)"),
        ChannelKind.MOBILE_APP: ("Aplikasi seluler", "Mobile app"),
        ChannelKind.MOBILE_SERVICE: ("Pelayanan keliling", "Mobile service unit"),
        ChannelKind.PUBLIC_SERVICE_MALL: ("Mal Pelayanan Publik (MPP)", "Public service mall"),
        ChannelKind.PHONE: ("Telepon", "Telephone"),
        ChannelKind.EMAIL: ("Surel", "Email"),
        ChannelKind.POST: ("Pos", "Post"),
        ChannelKind.MESSAGING: ("Pesan instan (WhatsApp dan sejenisnya)", "Instant messaging"),
        ChannelKind.HOME_VISIT: ("Jemput bola/kunjungan rumah", "Home visit"),
        ChannelKind.OTHER: ("Lainnya", "Other"),
    },
)


@attrs.frozen
class DeliveryChannel:
    """A channel through which a unit delivers services."""

    id: str = attrs.field(validator=non_empty)
    kind: ChannelKind
    name: str = ""
    address: str | None = None
    url: str | None = None
    description: str = ""


@attrs.frozen
class Unit:
    """*Organisasi penyelenggara*: a unit of a provider that delivers services (UU 25/2009 Pasal 8)."""

    id: str = attrs.field(validator=non_empty)
    name: str
    head: Official | None = None
    """*Pimpinan unit*: signs the unit's standards and its charter."""
    parent_id: str | None = None
    """The unit this one reports to, if it is a sub-unit (a UPTD under a dinas)."""
    address: str | None = None
    executors: tuple[Executor, ...] = ()
    channels: tuple[DeliveryChannel, ...] = ()
    contacts: tuple[ContactPoint, ...] = ()
    calendar: WorkingCalendar = GOVERNMENT_CALENDAR
    """The unit's working days (Perpres 21/2023 Pasal 3, 6 and 7); the government calendar unless
    the unit serves on other days."""
    opening_hours: OpeningHours | None = None
    """*Jam pelayanan*: when the unit serves, in its time zone."""

    def executor(self, executor_id: str) -> Executor:
        """The executor with ``executor_id``; :class:`KeyError` if there is none."""
        for executor in self.executors:
            if executor.id == executor_id:
                return executor
        raise KeyError(executor_id)


@attrs.frozen
class Provider:
    """*Penyelenggara pelayanan publik* (UU 25/2009 Pasal 1): a JSON document of kind ``provider``."""

    id: str = attrs.field(validator=non_empty)
    name: str
    category: ProviderCategory
    level: GovernmentLevel | None = None
    """The level of government, for state institutions."""
    region: Region | None = None
    head: Official | None = None
    """*Pimpinan penyelenggara*: minister, head of agency, regional head, or director."""
    supervisor: str | None = None
    """*Pembina*: who oversees the provider (e.g. the mayor for a city office)."""
    units: tuple[Unit, ...] = ()
    contacts: tuple[ContactPoint, ...] = ()
    website: str | None = None
    notes: str = ""

    def unit(self, unit_id: str) -> Unit:
        """The unit with ``unit_id``; :class:`KeyError` if there is none."""
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise KeyError(unit_id)
