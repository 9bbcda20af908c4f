"""Small records shared by several documents: officials, decrees, publications, contacts.

>>> from pelayanan.model.records import Official, OfficeLevel
>>> head = Official("Dra. Contoh Kepala", "Kepala Dinas Sosial Kota Jambi", OfficeLevel.UNIT_HEAD)
>>> head.level >= OfficeLevel.UNIT_HEAD
True
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from .._base.labels import LabelledEnum, Lang, register_labels
from .components import Component

__all__ = [
    "ContactPoint",
    "DocumentRef",
    "Establishment",
    "FollowUpStatus",
    "OfficeLevel",
    "Official",
    "Publication",
    "PublicationMedium",
]


@functools.total_ordering
class OfficeLevel(LabelledEnum):
    """How senior an official is, for rules like "established by at least the unit head".

    Levels compare by seniority:

    >>> OfficeLevel.STAFF < OfficeLevel.UNIT_HEAD < OfficeLevel.PROVIDER_HEAD
    True
    """

    STAFF = "staff"
    SUB_UNIT_HEAD = "sub_unit_head"
    UNIT_HEAD = "unit_head"
    PROVIDER_HEAD = "provider_head"

    @property
    def rank(self) -> int:
        """1 for staff up to 4 for the head of the provider."""
        return _LEVEL_RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, OfficeLevel):
            return NotImplemented
        return self.rank < other.rank


_LEVEL_RANK = {
    OfficeLevel.STAFF: 1,
    OfficeLevel.SUB_UNIT_HEAD: 2,
    OfficeLevel.UNIT_HEAD: 3,
    OfficeLevel.PROVIDER_HEAD: 4,
}
register_labels(
    OfficeLevel,
    {
        OfficeLevel.STAFF: ("Pelaksana/staf", "Staff"),
        OfficeLevel.SUB_UNIT_HEAD: (
            "Pejabat di bawah pimpinan unit (kepala bidang/seksi)",
            "Head of a sub-unit",
        ),
        OfficeLevel.UNIT_HEAD: (
            "Pimpinan unit penyelenggara pelayanan",
            "Head of the service unit",
        ),
        OfficeLevel.PROVIDER_HEAD: (
            "Pimpinan penyelenggara (menteri, kepala lembaga, kepala daerah)",
            "Head of the provider (minister, head of agency, regional head)",
        ),
    },
)


@attrs.frozen
class Official:
    """A person acting in office: who signs a decree or a charter, who heads a unit."""

    name: str
    position: str
    """The office as written (*jabatan*), e.g. ``"Kepala Dinas Sosial Kota Jambi"``."""
    level: OfficeLevel
    employee_id: str | None = None
    """*NIP* for civil servants, if recorded."""


@attrs.frozen
class Establishment:
    """*Penetapan*: the decree that establishes a standard, a charter, or a policy.

    A published standard often names its decree only in part: a number without a date or
    signatory, a date without a signatory. What is not known is ``None`` (the number ``""``), and
    the rules that need the fact say so instead of guessing.
    """

    decree_number: str = ""
    decided_on: dt.date | None = None
    """The day the decree was decided (*ditetapkan*), if known."""
    signatory: Official | None = None
    """Who signed it, if known."""
    title: str = ""
    url: str | None = None
    as_written: str = attrs.field(default="", kw_only=True)
    """The decree as the source names it, word for word (``"Keputusan Camat Tembuku Nomor 011
    Tahun 2022"``)."""

    def text(self, lang: Lang = "id") -> str:
        """The decree in words, with only the facts that are known.

        >>> Establishment("011 Tahun 2022").text("en")
        'decree 011 Tahun 2022 (date unknown, signatory unknown)'
        """
        unknown = "tidak diketahui" if lang == "id" else "unknown"
        number = self.decree_number.strip() or ("tanpa nomor" if lang == "id" else "without number")
        date = self.decided_on.isoformat() if self.decided_on else None
        signer = (self.signatory.position or self.signatory.name) if self.signatory else None
        if lang == "id":
            known = [f"tanggal {date}" if date else f"tanggal {unknown}"]
            known.append(f"oleh {signer}" if signer else f"penandatangan {unknown}")
            return f"keputusan {number} ({', '.join(known)})"
        known = [f"of {date}" if date else f"date {unknown}"]
        known.append(f"by {signer}" if signer else f"signatory {unknown}")
        return f"decree {number} ({', '.join(known)})"


class PublicationMedium(LabelledEnum):
    """Where something is published (*media publikasi*)."""

    NOTICE_BOARD = "notice_board"
    BANNER = "banner"
    BROCHURE = "brochure"
    PRINT_MEDIA = "print_media"
    DISPLAY_SCREEN = "display_screen"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    MOBILE_APP = "mobile_app"
    SIPPN = "sippn"
    BROADCAST = "broadcast"
    OTHER = "other"

    @property
    def is_electronic(self) -> bool:
        """Whether the medium is electronic (PEKPPP scores electronic and non-electronic media)."""
        return self in _ELECTRONIC


_ELECTRONIC = frozenset(
    {
        PublicationMedium.DISPLAY_SCREEN,
        PublicationMedium.WEBSITE,
        PublicationMedium.SOCIAL_MEDIA,
        PublicationMedium.MOBILE_APP,
        PublicationMedium.SIPPN,
        PublicationMedium.BROADCAST,
    }
)
register_labels(
    PublicationMedium,
    {
        PublicationMedium.NOTICE_BOARD: ("Papan informasi/pengumuman", "Notice board"),
        PublicationMedium.BANNER: ("Spanduk/banner/baliho", "Banner"),
        PublicationMedium.BROCHURE: ("Brosur/leaflet/booklet", "Brochure or leaflet"),
        PublicationMedium.PRINT_MEDIA: ("Media cetak", "Print media"),
        PublicationMedium.DISPLAY_SCREEN: ("Layar monitor/videotron", "Display screen"),
        PublicationMedium.WEBSITE: ("Situs web", "Website"),
        PublicationMedium.SOCIAL_MEDIA: ("Media sosial", "Social media"),
        PublicationMedium.MOBILE_APP: ("Aplikasi seluler", "Mobile app"),
        PublicationMedium.SIPPN: (
            "Sistem Informasi Pelayanan Publik Nasional (SIPPN)",
            "National public-service information system (SIPPN)",
        ),
        PublicationMedium.BROADCAST: ("Radio/televisi", "Radio or television"),
        PublicationMedium.OTHER: ("Lainnya", "Other"),
    },
)


@attrs.frozen
class Publication:
    """A record that something was published: where, when, and (for a standard) which parts.

    ``components`` lists the standard components shown; empty means the whole document.
    """

    medium: PublicationMedium
    location: str = ""
    """Where exactly: ``"Papan informasi ruang tunggu"`` or a page title."""
    url: str | None = None
    published_on: dt.date | None = None
    components: tuple[Component, ...] = ()

    def covers(self, component: Component) -> bool:
        """Whether this publication shows ``component``."""
        return not self.components or component in self.components


@attrs.frozen
class DocumentRef:
    """A reference to a supporting document: minutes, an attendance list, a photo, a report."""

    title: str
    number: str | None = None
    date: dt.date | None = None
    url: str | None = None


@attrs.frozen
class ContactPoint:
    """A way to reach a provider, a unit or a person."""

    label: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    address: str | None = None
    url: str | None = None


class FollowUpStatus(LabelledEnum):
    """Where a follow-up action (*tindak lanjut*) stands: of an FKP, of a survey's plan, ...

    Shared by every follow-up the library models, so that "realised" means the same everywhere.
    """

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    REALISED = "realised"
    CANCELLED = "cancelled"

    @property
    def is_closed(self) -> bool:
        """Whether nothing more is expected: realised, or cancelled."""
        return self in (FollowUpStatus.REALISED, FollowUpStatus.CANCELLED)


register_labels(
    FollowUpStatus,
    {
        FollowUpStatus.PLANNED: ("Direncanakan", "Planned"),
        FollowUpStatus.IN_PROGRESS: ("Sedang dilaksanakan", "In progress"),
        FollowUpStatus.REALISED: ("Terealisasi", "Realised"),
        FollowUpStatus.CANCELLED: ("Dibatalkan", "Cancelled"),
    },
)
