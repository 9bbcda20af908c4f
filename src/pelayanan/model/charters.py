"""*Maklumat Pelayanan*: the service charter (UU 25/2009 Pasal 15 huruf b, Pasal 22).

A charter is "a written statement containing all the obligations and promises in the service
standard" (Pasal 1). The provider must draw it up, establish it and publish it (Pasal 15 huruf b).
In practice it is drawn up after the standard is established and signed by the head of the unit;
PEKPPP expects it to contain three commitments (regulations.md §1.10):

1. a pledge to deliver the service according to the standard (*kesanggupan*);
2. a pledge to improve continuously (*perbaikan secara terus-menerus*);
3. readiness to accept sanctions and/or give compensation when the service falls short.

>>> import datetime as dt
>>> from pelayanan.model.charters import ServiceCharter, Commitment, CommitmentKind
>>> charter = ServiceCharter(
...     id="maklumat-dinsos",
...     unit_id="dinsos",
...     statement="Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar ...",
...     commitments=(Commitment(CommitmentKind.DELIVER_TO_STANDARD, "sanggup ..."),),
...     signed_on=dt.date(2024, 1, 15),
... )
>>> [k.value for k in charter.missing_commitments()]
['continuous_improvement', 'sanctions_or_compensation']
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._base.labels import LabelledEnum, register_labels
from .._base.validators import non_empty
from .records import Establishment, Official, Publication

__all__ = ["CharterStatus", "Commitment", "CommitmentKind", "ServiceCharter"]


class CommitmentKind(LabelledEnum):
    """The three commitments PEKPPP expects in a charter."""

    DELIVER_TO_STANDARD = "deliver_to_standard"
    CONTINUOUS_IMPROVEMENT = "continuous_improvement"
    SANCTIONS_OR_COMPENSATION = "sanctions_or_compensation"


register_labels(
    CommitmentKind,
    {
        CommitmentKind.DELIVER_TO_STANDARD: (
            "Pernyataan janji dan kesanggupan melaksanakan pelayanan sesuai standar pelayanan",
            "Pledge to deliver the service according to the standard",
        ),
        CommitmentKind.CONTINUOUS_IMPROVEMENT: (
            (
                "Pernyataan memberikan pelayanan sesuai kewajiban dan melakukan perbaikan secara "
                "terus-menerus"
            ),
            "Pledge to serve as obliged and to improve continuously",
        ),
        CommitmentKind.SANCTIONS_OR_COMPENSATION: (
            (
                "Pernyataan kesediaan menerima sanksi dan/atau memberikan kompensasi apabila "
                "pelayanan tidak sesuai standar"
            ),
            "Readiness to accept sanctions or give compensation when the service falls short",
        ),
    },
)

# Words that show each commitment in a charter's free text, for charters whose commitments were
# not tagged. Matching is on lower-cased text; any one pattern is enough.
_COMMITMENT_PATTERNS = {
    CommitmentKind.DELIVER_TO_STANDARD: re.compile(r"sanggup|berjanji|komitmen"),
    CommitmentKind.CONTINUOUS_IMPROVEMENT: re.compile(
        r"perbaikan\s+(secara\s+)?terus[\s-]*menerus|perbaikan\s+berkelanjutan"
    ),
    CommitmentKind.SANCTIONS_OR_COMPENSATION: re.compile(r"sanksi|kompensasi|ganti\s+rugi"),
}


@attrs.frozen
class Commitment:
    """One commitment of the charter, tagged with its kind."""

    kind: CommitmentKind
    text: str = ""


class CharterStatus(LabelledEnum):
    """Whether the charter is a draft, established, or replaced."""

    DRAFT = "draft"
    ESTABLISHED = "established"
    SUPERSEDED = "superseded"


register_labels(
    CharterStatus,
    {
        CharterStatus.DRAFT: ("Rancangan", "Draft"),
        CharterStatus.ESTABLISHED: ("Ditetapkan", "Established"),
        CharterStatus.SUPERSEDED: ("Digantikan", "Superseded"),
    },
)


@attrs.frozen
class ServiceCharter:
    """*Maklumat Pelayanan*: a JSON document of kind ``service_charter``."""

    id: str = attrs.field(validator=non_empty)
    unit_id: str = attrs.field(validator=non_empty)
    provider_id: str | None = None
    title: str = "Maklumat Pelayanan"
    statement: str = ""
    """The charter's text as published."""
    commitments: tuple[Commitment, ...] = ()
    status: CharterStatus = CharterStatus.DRAFT
    standard_ids: tuple[str, ...] = ()
    """The standards (``service_standard`` ids) the charter covers; empty means all of the unit's."""
    signatory: Official | None = None
    signed_on: dt.date | None = None
    establishment: Establishment | None = None
    publications: tuple[Publication, ...] = ()
    notes: str = ""

    def commitment_kinds(self) -> frozenset[CommitmentKind]:
        """The commitments the charter makes: tagged ones, plus those its text shows."""
        found = {c.kind for c in self.commitments}
        text = " ".join([self.statement, *(c.text for c in self.commitments)]).lower()
        found.update(kind for kind, pattern in _COMMITMENT_PATTERNS.items() if pattern.search(text))
        return frozenset(found)

    def missing_commitments(self) -> tuple[CommitmentKind, ...]:
        """The expected commitments the charter does not make, in their usual order."""
        present = self.commitment_kinds()
        return tuple(k for k in CommitmentKind if k not in present)
