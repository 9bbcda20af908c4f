"""Rules for the other forms of participation (UU 25/2009 Pasal 39 ayat (2)–(3)).

Cooperation agreements, community oversight bodies and participation in drafting a service policy
are light records; these few rules check that each is what it says: the public takes part in it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...participation.forms import CooperationAgreement, OversightBody, PolicyParticipation
from .._engine import Context, Issue, Registry, Severity
from ._common import cite

__all__ = ["RULES"]

RULES = Registry()
"""This subject's rules, each registered by its decorator."""

_UU25 = "uu-25-2009"
_AYAT_2 = cite(
    _UU25,
    article="39",
    paragraph="2",
    note='"diwujudkan dalam bentuk kerja sama, pemenuhan hak dan kewajiban masyarakat, serta '
    'peran aktif dalam penyusunan kebijakan pelayanan publik" (VERIFIED, regulations.md §1.15).',
)


@RULES.rule(
    "PM001",
    kinds=("cooperation_agreement",),
    severity=Severity.WARNING,
    title=(
        "Kerja sama melibatkan pihak dari masyarakat",
        "A cooperation agreement has a party from the public",
    ),
    message=(
        "Kerja sama '{title}' tidak menyebut pihak selain penyelenggara.",
        "Cooperation '{title}' names no party besides the provider.",
    ),
    hint=(
        "Sebutkan pihak masyarakat dan unsurnya (pengguna layanan, OMS, akademisi, ...).",
        "Name the public's parties and their category (service users, CSOs, academics, ...).",
    ),
    basis=(_AYAT_2,),
)
def cooperation_has_a_community_party(
    agreement: CooperationAgreement, _: Context
) -> Iterator[Issue]:
    """PM001: cooperation *with the public* (Pasal 39 ayat (2))."""
    if not agreement.community_parties():
        yield Issue(("parties",), title=agreement.title or agreement.id)


@RULES.rule(
    "PM002",
    kinds=("cooperation_agreement",),
    severity=Severity.WARNING,
    title=(
        "Kerja sama menyebut pelayanan yang dicakupnya",
        "A cooperation agreement says which service it concerns",
    ),
    message=(
        "Kerja sama '{title}' tidak menyebut layanan, standar, atau kebijakan yang dicakupnya.",
        "Cooperation '{title}' names no service, standard or policy it concerns.",
    ),
    hint=(
        "Isi service_ids, standard_ids, atau policy_ids agar siklus kebijakan dapat merujuknya.",
        "Fill in service_ids, standard_ids or policy_ids so that the policy cycle can refer to it.",
    ),
    basis=(
        cite(
            _UU25,
            article="39",
            paragraph="1",
            note='"Peran serta masyarakat dalam penyelenggaraan pelayanan publik" (VERIFIED, '
            "regulations.md §1.15).",
        ),
        _AYAT_2,
    ),
)
def cooperation_names_what_it_concerns(
    agreement: CooperationAgreement, _: Context
) -> Iterator[Issue]:
    """PM002: a cooperation record the policy cycle can refer to."""
    if not (agreement.service_ids or agreement.standard_ids or agreement.policy_ids):
        yield Issue(("service_ids",), title=agreement.title or agreement.id)


@RULES.rule(
    "PM003",
    kinds=("oversight_body",),
    severity=Severity.WARNING,
    title=(
        "Lembaga pengawasan dibentuk oleh masyarakat",
        "A community oversight body is formed by the public",
    ),
    message=(
        "Lembaga {name} tidak mencatat anggota dari unsur masyarakat.",
        "Body {name} records no member from the public.",
    ),
    hint=(
        "Catat anggota atau unsur masyarakat yang membentuk lembaga (members, member_categories).",
        (
            "Record the members or the public's categories that formed it (members, "
            "member_categories)."
        ),
    ),
    basis=(
        cite(
            _UU25,
            article="39",
            paragraph="3",
            note='"Masyarakat dapat membentuk lembaga pengawasan pelayanan publik" (VERIFIED, '
            "regulations.md §1.15).",
        ),
    ),
)
def oversight_body_is_formed_by_the_public(body: OversightBody, _: Context) -> Iterator[Issue]:
    """PM003 (Pasal 39 ayat (3))."""
    if not body.community_categories():
        yield Issue(("members",), name=body.name or body.id)


@RULES.rule(
    "PM004",
    kinds=("policy_participation",),
    severity=Severity.WARNING,
    title=(
        "Penyusunan kebijakan melibatkan unsur masyarakat",
        "Drafting a policy involves the public",
    ),
    message=(
        (
            "Partisipasi dalam penyusunan kebijakan {policy} tidak mencatat unsur masyarakat yang"
            " hadir."
        ),
        "Participation in drafting policy {policy} records no community category taking part.",
    ),
    hint=(
        (
            "Catat unsur masyarakat yang terlibat (participant_categories); penyelenggara sendiri"
            " tidak dihitung."
        ),
        (
            "Record the community categories that took part (participant_categories); the provider"
            " itself does not count."
        ),
    ),
    basis=(_AYAT_2, cite("pp-96-2012")),
)
def policy_participation_involves_the_public(
    record: PolicyParticipation, _: Context
) -> Iterator[Issue]:
    """PM004: *peran aktif dalam penyusunan kebijakan* (Pasal 39 ayat (2); PP 96/2012)."""
    if not record.community_categories():
        yield Issue(("participant_categories",), policy=record.policy_id)
