"""Who takes part in public participation and how (*unsur masyarakat*, UU 25/2009 Pasal 39).

The shared vocabulary of participation, used by standards, forums, the policy cycle and the
PEKPPP evaluation alike. The records of participation themselves live in
:mod:`pelayanan.participation.forms`.

>>> ParticipantCategory.SERVICE_USERS.label.en
'Service users'
>>> len(ParticipantCategory.community())
5
"""

from __future__ import annotations

from .._base.labels import LabelledEnum, register_labels

__all__ = ["ParticipantCategory", "ParticipationForm"]


class ParticipantCategory(LabelledEnum):
    """Who takes part: the five *unsur masyarakat* counted by PEKPPP, plus the provider itself.

    The five community categories are those of the PEKPPP instrument (indicator 2.a; regulations.md
    §4): service users, experts/practitioners/academics, related agencies, civil-society
    organisations, and mass media.
    """

    SERVICE_USERS = "service_users"
    EXPERTS = "experts"
    RELATED_AGENCIES = "related_agencies"
    CIVIL_SOCIETY = "civil_society"
    MASS_MEDIA = "mass_media"
    PROVIDER = "provider"

    @classmethod
    def community(cls) -> tuple[ParticipantCategory, ...]:
        """The five categories that count as the public (all but :attr:`PROVIDER`)."""
        return tuple(c for c in cls if c is not cls.PROVIDER)


register_labels(
    ParticipantCategory,
    {
        ParticipantCategory.SERVICE_USERS: ("Masyarakat pengguna layanan", "Service users"),
        ParticipantCategory.EXPERTS: (
            "Ahli/praktisi/akademisi",
            "Experts, practitioners and academics",
        ),
        ParticipantCategory.RELATED_AGENCIES: ("Instansi terkait", "Related agencies"),
        ParticipantCategory.CIVIL_SOCIETY: (
            "Organisasi masyarakat sipil",
            "Civil-society organisations",
        ),
        ParticipantCategory.MASS_MEDIA: ("Media massa", "Mass media"),
        ParticipantCategory.PROVIDER: ("Penyelenggara pelayanan", "Service provider"),
    },
)


class ParticipationForm(LabelledEnum):
    """How the public took part in a standard or policy."""

    CONSULTATION_FORUM = "consultation_forum"
    PUBLIC_TEST = "public_test"
    DISCUSSION = "discussion"
    SATISFACTION_SURVEY = "satisfaction_survey"
    COMPLAINTS = "complaints"
    COOPERATION = "cooperation"
    OVERSIGHT_BODY = "oversight_body"
    OTHER = "other"


register_labels(
    ParticipationForm,
    {
        ParticipationForm.CONSULTATION_FORUM: (
            "Forum Konsultasi Publik (FKP)",
            "Public consultation forum",
        ),
        ParticipationForm.PUBLIC_TEST: ("Uji publik", "Public test of a draft"),
        ParticipationForm.DISCUSSION: (
            "Pembahasan bersama masyarakat dan pihak terkait",
            "Discussion with the public and stakeholders",
        ),
        ParticipationForm.SATISFACTION_SURVEY: (
            "Survei Kepuasan Masyarakat (SKM)",
            "Public satisfaction survey",
        ),
        ParticipationForm.COMPLAINTS: ("Pengaduan, saran, dan masukan", "Complaints and input"),
        ParticipationForm.COOPERATION: ("Kerja sama", "Cooperation"),
        ParticipationForm.OVERSIGHT_BODY: (
            "Lembaga pengawasan pelayanan publik oleh masyarakat",
            "Community oversight body",
        ),
        ParticipationForm.OTHER: ("Lainnya", "Other"),
    },
)
