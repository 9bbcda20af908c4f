"""pelayanan: a typed, versioned, citable model of Indonesian public-service law.

The library models UU No. 25 Tahun 2009 tentang Pelayanan Publik and the regulations under it:
providers and their units, services, service standards with the 14 components of Pasal 21, service
charters, and the legal instruments they cite. Everything converts losslessly to and from JSON.

>>> import pelayanan
>>> pelayanan.Component.COMPLAINT_HANDLING.letter
'j'
>>> str(pelayanan.CATALOGUE["uu-25-2009"])
'UU 25/2009'
"""

from __future__ import annotations

from ._errors import LoadError, PelayananError, Problem, UnknownInstrumentError
from ._labels import Label, Lang
from ._version import __version__
from .charters import CharterStatus, Commitment, CommitmentKind, ServiceCharter
from .components import Component, ComponentGroup
from .documents import (
    DOCUMENT_KINDS,
    Document,
    ParsedDocument,
    from_dict,
    from_json,
    kind_of,
    parse_document,
    parse_documents,
    to_dict,
    to_json,
)
from .durations import Duration, DurationUnit
from .law import (
    CATALOGUE,
    Catalogue,
    Citation,
    ConflictingInstrumentsError,
    Instrument,
    InstrumentKind,
    NoInstrumentInForceError,
    Topic,
)
from .participation import ParticipantCategory, ParticipationForm
from .providers import (
    ChannelKind,
    Competency,
    CompetencyKind,
    DeliveryChannel,
    Executor,
    ExecutorRole,
    GovernmentLevel,
    Provider,
    ProviderCategory,
    Unit,
)
from .records import (
    ContactPoint,
    DocumentRef,
    Establishment,
    OfficeLevel,
    Official,
    Publication,
    PublicationMedium,
)
from .regions import Province, Region, TimeZone
from .rules import BUILTIN_RULES, Registry, Rule, Severity, ValidationConfig
from .services import Sector, Service, ServiceScope, ServiceStatus, VulnerableGroup
from .standards import (
    ComplaintChannel,
    ComplaintChannelKind,
    ComplaintHandling,
    ConsultationRecord,
    ExecutorCount,
    Facility,
    Fee,
    Guarantee,
    InternalSupervision,
    PerformanceEvaluation,
    Procedure,
    ProcedureStep,
    Product,
    Requirement,
    RequirementKind,
    ResponseTier,
    Review,
    ServiceStandard,
    StaffingLine,
    StandardStatus,
    TimeLimit,
)
from .validation import DocumentReport, Finding, Report, Validator, validate

__all__ = [
    "BUILTIN_RULES",
    "CATALOGUE",
    "DOCUMENT_KINDS",
    "Catalogue",
    "ChannelKind",
    "CharterStatus",
    "Citation",
    "Commitment",
    "CommitmentKind",
    "Competency",
    "CompetencyKind",
    "ComplaintChannel",
    "ComplaintChannelKind",
    "ComplaintHandling",
    "Component",
    "ComponentGroup",
    "ConflictingInstrumentsError",
    "ConsultationRecord",
    "ContactPoint",
    "DeliveryChannel",
    "Document",
    "DocumentRef",
    "DocumentReport",
    "Duration",
    "DurationUnit",
    "Establishment",
    "Executor",
    "ExecutorCount",
    "ExecutorRole",
    "Facility",
    "Fee",
    "Finding",
    "GovernmentLevel",
    "Guarantee",
    "Instrument",
    "InstrumentKind",
    "InternalSupervision",
    "Label",
    "Lang",
    "LoadError",
    "NoInstrumentInForceError",
    "OfficeLevel",
    "Official",
    "ParsedDocument",
    "ParticipantCategory",
    "ParticipationForm",
    "PelayananError",
    "PerformanceEvaluation",
    "Problem",
    "Procedure",
    "ProcedureStep",
    "Product",
    "Provider",
    "ProviderCategory",
    "Province",
    "Publication",
    "PublicationMedium",
    "Region",
    "Registry",
    "Report",
    "Requirement",
    "RequirementKind",
    "ResponseTier",
    "Review",
    "Rule",
    "Sector",
    "Service",
    "ServiceCharter",
    "ServiceScope",
    "ServiceStandard",
    "ServiceStatus",
    "Severity",
    "StaffingLine",
    "StandardStatus",
    "TimeLimit",
    "TimeZone",
    "Topic",
    "Unit",
    "UnknownInstrumentError",
    "ValidationConfig",
    "Validator",
    "VulnerableGroup",
    "__version__",
    "from_dict",
    "from_json",
    "kind_of",
    "parse_document",
    "parse_documents",
    "to_dict",
    "to_json",
    "validate",
]
