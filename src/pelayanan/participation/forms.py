"""The vocabulary of public participation (*peran serta masyarakat*, UU 25/2009 Pasal 39).

"Peran serta masyarakat dalam penyelenggaraan pelayanan publik dimulai sejak penyusunan standar
pelayanan sampai dengan evaluasi dan pemberian penghargaan" (Pasal 39 ayat (1)); it takes the form of
"kerja sama, pemenuhan hak dan kewajiban masyarakat, serta peran aktif dalam penyusunan kebijakan
pelayanan publik" (ayat (2)), and the public may form oversight bodies (ayat (3)).

This module holds light records of the forms of participation that have no module of their
own: cooperation (:class:`CooperationAgreement`), community oversight bodies
(:class:`OversightBody`) and taking part in drafting a service policy
(:class:`PolicyParticipation`). Each is a JSON document with its own ``id``, so that the policy
cycle can refer to it. The channels themselves (consultation forums, surveys, complaints) have
their own modules.

>>> import datetime as dt
>>> body = OversightBody(
...     id="forum-pemantau",
...     name="Forum Pemantau Pelayanan Sosial",
...     members=(Party("Perwakilan warga", ParticipantCategory.SERVICE_USERS),),
...     established_on=dt.date(2023, 8, 1),
... )
>>> [c.value for c in body.community_categories()]
['service_users']
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._base.validators import at_least, non_empty, optional
from ..model.participants import ParticipantCategory, ParticipationForm
from ..model.records import ContactPoint, DocumentRef

__all__ = [
    "CooperationAgreement",
    "OversightBody",
    "Party",
    "PolicyParticipation",
]


def _community(categories: tuple[ParticipantCategory, ...]) -> tuple[ParticipantCategory, ...]:
    seen = dict.fromkeys(c for c in categories if c is not ParticipantCategory.PROVIDER)
    return tuple(seen)


@attrs.frozen
class Party:
    """A party to a cooperation or a member of a body: who, and which *unsur* they belong to."""

    name: str
    category: ParticipantCategory
    representative: str = ""
    """Who signs or sits for the party, as written."""


@attrs.frozen
class CooperationAgreement:
    """*Kerja sama* with the public (UU 25/2009 Pasal 39 ayat (2)): kind ``cooperation_agreement``.

    Participation "diwujudkan dalam bentuk kerja sama, pemenuhan hak dan kewajiban masyarakat,
    serta peran aktif dalam penyusunan kebijakan pelayanan publik" (ayat (2), VERIFIED,
    regulations.md §1.15). The record names the parties, what the cooperation is about, its period,
    and the services, standards or policies it concerns.
    """

    id: str = attrs.field(validator=non_empty)
    title: str
    parties: tuple[Party, ...] = ()
    subject: str = ""
    provider_id: str | None = None
    unit_id: str | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    """The last day of the agreement, if it has one."""
    service_ids: tuple[str, ...] = ()
    standard_ids: tuple[str, ...] = ()
    policy_ids: tuple[str, ...] = ()
    """Other policies it concerns (a regulation, a programme), by the id the data uses."""
    document: DocumentRef | None = None
    """The signed agreement (*perjanjian kerja sama*)."""
    notes: str = ""

    def in_force(self, on: dt.date) -> bool:
        """Whether the agreement runs on ``on`` (an open start or end does not limit it)."""
        starts, ends = self.starts_on, self.ends_on
        return (starts is None or starts <= on) and (ends is None or on <= ends)

    def community_parties(self) -> tuple[Party, ...]:
        """The parties that are not the provider."""
        return tuple(p for p in self.parties if p.category is not ParticipantCategory.PROVIDER)


@attrs.frozen
class OversightBody:
    """*Lembaga pengawasan pelayanan publik* (UU 25/2009 Pasal 39 ayat (3)): kind ``oversight_body``.

    "Masyarakat dapat membentuk lembaga pengawasan pelayanan publik" (VERIFIED, regulations.md
    §1.15): a body the public forms to watch over public service.
    """

    id: str = attrs.field(validator=non_empty)
    name: str
    members: tuple[Party, ...] = ()
    member_categories: tuple[ParticipantCategory, ...] = ()
    """The *unsur* represented, when the members are not listed by name."""
    scope: str = ""
    """What it oversees, as written."""
    established_on: dt.date | None = None
    founding_document: DocumentRef | None = None
    provider_ids: tuple[str, ...] = ()
    unit_ids: tuple[str, ...] = ()
    service_ids: tuple[str, ...] = ()
    contact: ContactPoint | None = None
    notes: str = ""

    def community_categories(self) -> tuple[ParticipantCategory, ...]:
        """The community *unsur* among its members and listed categories, once each."""
        return _community((*(m.category for m in self.members), *self.member_categories))


@attrs.frozen
class PolicyParticipation:
    """*Peran aktif dalam penyusunan kebijakan* (Pasal 39 ayat (2)): kind ``policy_participation``.

    A record that the public took part in drafting a service policy: which policy (a standard's id,
    a regulation's), in what form, when, who took part, and what came of it. A consultation forum
    has its own, fuller document; this record is for the other forms and for policies that are
    not service standards.
    """

    id: str = attrs.field(validator=non_empty)
    policy_id: str = attrs.field(validator=non_empty)
    held_on: dt.date
    form: ParticipationForm = ParticipationForm.DISCUSSION
    policy_version: int | None = None
    """The version of the policy drafted (a standard's :attr:`~pelayanan.ServiceStandard.version`)."""
    title: str = ""
    provider_id: str | None = None
    unit_id: str | None = None
    participant_categories: tuple[ParticipantCategory, ...] = ()
    participant_count: int | None = attrs.field(default=None, validator=optional(at_least(0)))
    outcome: str = ""
    """What the participation changed or produced, as written."""
    minutes: DocumentRef | None = None
    notes: str = ""

    def community_categories(self) -> tuple[ParticipantCategory, ...]:
        """The community *unsur* that took part, once each."""
        return _community(self.participant_categories)
