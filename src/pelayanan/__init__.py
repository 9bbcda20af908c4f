"""pelayanan: a typed, versioned, citable model of Indonesian public-service law.

The library models UU No. 25 Tahun 2009 tentang Pelayanan Publik and the regulations under it:
providers and their units, services, service standards with the 14 components of Pasal 21, service
charters, satisfaction surveys and their index (IKM), and the legal instruments they cite.
Everything converts losslessly to and from JSON.

This module holds the names most programs need: loading and writing documents, the document
classes, validation and its report, the errors, and the catalogue of instruments. Everything else
is public in its wing (``pelayanan.participation.surveys.IkmResult``), documented there:

=============================== ==========================================================
:mod:`pelayanan.law`            instruments, citations and the catalogue
:mod:`pelayanan.time`           working calendar, opening hours, durations, time zones
:mod:`pelayanan.model`          providers, services, standards, components, charters
:mod:`pelayanan.participation`  forums, surveys, complaints, other forms, the policy cycle
:mod:`pelayanan.io`             documents as JSON
:mod:`pelayanan.rules`          the rule engine, the built-in rules, validation
:mod:`pelayanan.evaluation`     evaluation inputs, PEKPPP, Ombudsman, compliance summaries
:mod:`pelayanan.cli`            the command line
=============================== ==========================================================

Each wing imports only the wings above it in this table.

The names of this module are loaded when first used, so that ``import pelayanan`` and the command
line start at once (``pelayanan --version`` loads no model at all); ``_HOMES`` says where each
one lives, and type checkers read the same imports from the ``TYPE_CHECKING`` block.

>>> import pelayanan
>>> pelayanan.Component.COMPLAINT_HANDLING.letter
'j'
>>> str(pelayanan.CATALOGUE["uu-25-2009"])
'UU 25/2009'
"""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING, Any, Final

from ._base.version import __version__

if TYPE_CHECKING:
    from ._base.errors import (
        LoadError,
        PelayananError,
        UnknownInstrumentError,
    )
    from ._base.labels import (
        Label,
        Lang,
    )
    from ._base.problems import (
        Problem,
    )
    from .io.documents import (
        DOCUMENT_KINDS,
        Document,
        from_dict,
        from_json,
        kind_of,
        parse_document,
        parse_documents,
        to_dict,
        to_json,
    )
    from .law import (
        CATALOGUE,
        Citation,
        Instrument,
    )
    from .model.charters import (
        ServiceCharter,
    )
    from .model.components import (
        Component,
    )
    from .model.providers import (
        Provider,
        Unit,
    )
    from .model.services import (
        Service,
    )
    from .model.standards import (
        ServiceStandard,
    )
    from .participation.complaints import (
        Complaint,
    )
    from .participation.consultation import (
        ConsultationForum,
    )
    from .participation.cycle import (
        PolicyCycle,
    )
    from .participation.forms import (
        CooperationAgreement,
        OversightBody,
        PolicyParticipation,
    )
    from .participation.surveys import (
        SatisfactionSurvey,
        compute_ikm,
        minimum_sample_size,
        read_survey_csv,
    )
    from .rules import (
        BUILTIN_RULES,
        Severity,
        ValidationConfig,
    )
    from .rules.stream import (
        iter_validate,
    )
    from .rules.validation import (
        Finding,
        Report,
        Validator,
        validate,
    )
    from .time.calendar import (
        GOVERNMENT_CALENDAR,
        WorkingCalendar,
    )
    from .time.durations import (
        Duration,
        DurationUnit,
    )

__all__ = [
    "BUILTIN_RULES",
    "CATALOGUE",
    "DOCUMENT_KINDS",
    "GOVERNMENT_CALENDAR",
    "Citation",
    "Complaint",
    "Component",
    "ConsultationForum",
    "CooperationAgreement",
    "Document",
    "Duration",
    "DurationUnit",
    "Finding",
    "Instrument",
    "Label",
    "Lang",
    "LoadError",
    "OversightBody",
    "PelayananError",
    "PolicyCycle",
    "PolicyParticipation",
    "Problem",
    "Provider",
    "Report",
    "SatisfactionSurvey",
    "Service",
    "ServiceCharter",
    "ServiceStandard",
    "Severity",
    "Unit",
    "UnknownInstrumentError",
    "ValidationConfig",
    "Validator",
    "WorkingCalendar",
    "__version__",
    "compute_ikm",
    "from_dict",
    "from_json",
    "iter_validate",
    "kind_of",
    "minimum_sample_size",
    "parse_document",
    "parse_documents",
    "read_survey_csv",
    "to_dict",
    "to_json",
    "validate",
]

# Where each name of ``__all__`` lives (the TYPE_CHECKING imports above, as data; a test keeps
# the two the same). A name is imported from its home the first time it is used, then kept.
_HOMES: Final[dict[str, str]] = {
    "BUILTIN_RULES": "pelayanan.rules",
    "CATALOGUE": "pelayanan.law",
    "Citation": "pelayanan.law",
    "Complaint": "pelayanan.participation.complaints",
    "Component": "pelayanan.model.components",
    "ConsultationForum": "pelayanan.participation.consultation",
    "CooperationAgreement": "pelayanan.participation.forms",
    "DOCUMENT_KINDS": "pelayanan.io.documents",
    "Document": "pelayanan.io.documents",
    "Duration": "pelayanan.time.durations",
    "DurationUnit": "pelayanan.time.durations",
    "Finding": "pelayanan.rules.validation",
    "GOVERNMENT_CALENDAR": "pelayanan.time.calendar",
    "Instrument": "pelayanan.law",
    "Label": "pelayanan._base.labels",
    "Lang": "pelayanan._base.labels",
    "LoadError": "pelayanan._base.errors",
    "OversightBody": "pelayanan.participation.forms",
    "PelayananError": "pelayanan._base.errors",
    "PolicyCycle": "pelayanan.participation.cycle",
    "PolicyParticipation": "pelayanan.participation.forms",
    "Problem": "pelayanan._base.problems",
    "Provider": "pelayanan.model.providers",
    "Report": "pelayanan.rules.validation",
    "SatisfactionSurvey": "pelayanan.participation.surveys",
    "Service": "pelayanan.model.services",
    "ServiceCharter": "pelayanan.model.charters",
    "ServiceStandard": "pelayanan.model.standards",
    "Severity": "pelayanan.rules",
    "Unit": "pelayanan.model.providers",
    "UnknownInstrumentError": "pelayanan._base.errors",
    "ValidationConfig": "pelayanan.rules",
    "Validator": "pelayanan.rules.validation",
    "WorkingCalendar": "pelayanan.time.calendar",
    "compute_ikm": "pelayanan.participation.surveys",
    "from_dict": "pelayanan.io.documents",
    "from_json": "pelayanan.io.documents",
    "iter_validate": "pelayanan.rules.stream",
    "kind_of": "pelayanan.io.documents",
    "minimum_sample_size": "pelayanan.participation.surveys",
    "parse_document": "pelayanan.io.documents",
    "parse_documents": "pelayanan.io.documents",
    "read_survey_csv": "pelayanan.participation.surveys",
    "to_dict": "pelayanan.io.documents",
    "to_json": "pelayanan.io.documents",
    "validate": "pelayanan.rules.validation",
}

# Names that were importable from ``pelayanan`` itself before 0.2 and now live only in their wing.
# They still work for one release, with a DeprecationWarning naming the new home.
_MOVED: dict[str, str] = {
    "compliance_summary": "pelayanan.evaluation.compliance:compliance_summary",
    "ALL_WEEK": "pelayanan.time.calendar:ALL_WEEK",
    "ANSWER_SCALE": "pelayanan.participation.surveys:ANSWER_SCALE",
    "AgeBand": "pelayanan.participation.surveys:AgeBand",
    "Agreement": "pelayanan.participation.consultation:Agreement",
    "Aspect": "pelayanan.evaluation.performance:Aspect",
    "AspectScore": "pelayanan.evaluation.performance:AspectScore",
    "COMPLAINT_POLICY": "pelayanan.participation.complaints:COMPLAINT_POLICY",
    "COMPLAINT_TRANSITIONS": "pelayanan.participation.complaints:TRANSITIONS",
    "CUTI_BERSAMA_SINCE": "pelayanan.time.calendar:CUTI_BERSAMA_SINCE",
    "CalendarDataWarning": "pelayanan.time.calendar:CalendarDataWarning",
    "CalendarError": "pelayanan.time.calendar:CalendarError",
    "CalendarWarning": "pelayanan.time.calendar:CalendarWarning",
    "CalendarWarningKind": "pelayanan.time.calendar:CalendarWarningKind",
    "Catalogue": "pelayanan.law:Catalogue",
    "ChannelKind": "pelayanan.model.providers:ChannelKind",
    "CharterStatus": "pelayanan.model.charters:CharterStatus",
    "Commitment": "pelayanan.model.charters:Commitment",
    "CommitmentKind": "pelayanan.model.charters:CommitmentKind",
    "Competency": "pelayanan.model.providers:Competency",
    "CompetencyKind": "pelayanan.model.providers:CompetencyKind",
    "Complainant": "pelayanan.participation.complaints:Complainant",
    "ComplaintChannel": "pelayanan.model.standards:ComplaintChannel",
    "ComplaintChannelKind": "pelayanan.model.standards:ComplaintChannelKind",
    "ComplaintClassification": "pelayanan.participation.complaints:ComplaintClassification",
    "ComplaintContent": "pelayanan.participation.complaints:ComplaintContent",
    "ComplaintDeadline": "pelayanan.participation.complaints:ComplaintDeadline",
    "ComplaintDeadlineKind": "pelayanan.participation.complaints:ComplaintDeadlineKind",
    "ComplaintEvent": "pelayanan.participation.complaints:ComplaintEvent",
    "ComplaintGuard": "pelayanan.participation.complaints:ComplaintGuard",
    "ComplaintHandling": "pelayanan.model.standards:ComplaintHandling",
    "ComplaintHistoryProblem": "pelayanan.participation.complaints:ComplaintHistoryProblem",
    "ComplaintPolicy": "pelayanan.participation.complaints:ComplaintPolicy",
    "ComplaintPublication": "pelayanan.participation.complaints:ComplaintPublication",
    "ComplaintStatistics": "pelayanan.evaluation.inputs:ComplaintStatistics",
    "ComplaintStatus": "pelayanan.participation.complaints:ComplaintStatus",
    "ComplaintStatusChanged": "pelayanan.participation.complaints:ComplaintStatusChanged",
    "ComplaintTimeLimit": "pelayanan.participation.complaints:ComplaintTimeLimit",
    "ComplaintTransitionError": "pelayanan.participation.complaints:ComplaintTransitionError",
    "ComplianceSummary": "pelayanan.evaluation.compliance:ComplianceSummary",
    "ComponentGroup": "pelayanan.model.components:ComponentGroup",
    "ConflictingInstrumentsError": "pelayanan.law:ConflictingInstrumentsError",
    "ConsultationPurpose": "pelayanan.participation.consultation:ConsultationPurpose",
    "ConsultationRecord": "pelayanan.model.standards:ConsultationRecord",
    "ConsultationTopic": "pelayanan.participation.consultation:ConsultationTopic",
    "ContactPoint": "pelayanan.model.records:ContactPoint",
    "CycleAction": "pelayanan.participation.cycle:CycleAction",
    "CycleEvent": "pelayanan.participation.cycle:CycleEvent",
    "CycleGuard": "pelayanan.participation.cycle:CycleGuard",
    "CycleStage": "pelayanan.participation.cycle:CycleStage",
    "CycleState": "pelayanan.participation.cycle:CycleState",
    "CycleTransition": "pelayanan.participation.cycle:CycleTransition",
    "DayHours": "pelayanan.time.hours:DayHours",
    "Deadline": "pelayanan.time.calendar:Deadline",
    "DeliveryChannel": "pelayanan.model.providers:DeliveryChannel",
    "DimensionWeight": "pelayanan.evaluation.ombudsman:DimensionWeight",
    "DocumentRef": "pelayanan.model.records:DocumentRef",
    "DocumentReport": "pelayanan.rules.validation:DocumentReport",
    "Education": "pelayanan.participation.surveys:Education",
    "ElementOrder": "pelayanan.participation.surveys:ElementOrder",
    "Establishment": "pelayanan.model.records:Establishment",
    "EvaluationInputs": "pelayanan.evaluation.inputs:EvaluationInputs",
    "EvaluationInstrument": "pelayanan.evaluation.performance:EvaluationInstrument",
    "ExceptionDay": "pelayanan.time.hours:ExceptionDay",
    "Executor": "pelayanan.model.providers:Executor",
    "ExecutorCount": "pelayanan.model.standards:ExecutorCount",
    "ExecutorRole": "pelayanan.model.providers:ExecutorRole",
    "Facility": "pelayanan.model.standards:Facility",
    "Fee": "pelayanan.model.standards:Fee",
    "FollowUpAction": "pelayanan.participation.surveys:FollowUpAction",
    "FollowUpPlan": "pelayanan.participation.surveys:FollowUpPlan",
    "FollowUpStatus": "pelayanan.model.records:FollowUpStatus",
    "ForumFollowUp": "pelayanan.participation.consultation:ForumFollowUp",
    "ForumFollowUps": "pelayanan.evaluation.inputs:ForumFollowUps",
    "ForumMode": "pelayanan.participation.consultation:ForumMode",
    "ForumStage": "pelayanan.participation.consultation:ForumStage",
    "GOVERNMENT_HOURS": "pelayanan.time.hours:GOVERNMENT_HOURS",
    "Gender": "pelayanan.participation.surveys:Gender",
    "GovernmentLevel": "pelayanan.model.providers:GovernmentLevel",
    "Grade": "pelayanan.participation.surveys:Grade",
    "GradeBand": "pelayanan.participation.surveys:GradeBand",
    "GradeTable": "pelayanan.participation.surveys:GradeTable",
    "Guarantee": "pelayanan.model.standards:Guarantee",
    "Holiday": "pelayanan.time.calendar:Holiday",
    "HolidayKind": "pelayanan.time.calendar:HolidayKind",
    "IkmResult": "pelayanan.participation.surveys:IkmResult",
    "IllegalStep": "pelayanan.participation.cycle:IllegalStep",
    "IllegalTransitionError": "pelayanan.participation.cycle:IllegalTransitionError",
    "IndexNotComputableError": "pelayanan.participation.surveys:IndexNotComputableError",
    "Indicator": "pelayanan.evaluation.performance:Indicator",
    "IndicatorAssessment": "pelayanan.evaluation.performance:IndicatorAssessment",
    "IndicatorScore": "pelayanan.evaluation.performance:IndicatorScore",
    "InputKind": "pelayanan.participation.consultation:InputKind",
    "InstrumentKind": "pelayanan.law:InstrumentKind",
    "InternalSupervision": "pelayanan.model.standards:InternalSupervision",
    "InvalidScoreError": "pelayanan.evaluation.performance:InvalidScoreError",
    "InvalidWeightsError": "pelayanan.evaluation.performance:InvalidWeightsError",
    "IppBand": "pelayanan.evaluation.performance:IppBand",
    "IppCategory": "pelayanan.evaluation.performance:IppCategory",
    "IppResult": "pelayanan.evaluation.performance:IppResult",
    "KrejcieMorgan": "pelayanan.participation.surveys:KrejcieMorgan",
    "LabelledDate": "pelayanan.time.calendar:LabelledDate",
    "LevelGap": "pelayanan.evaluation.performance:LevelGap",
    "MissingScoresError": "pelayanan.evaluation.performance:MissingScoresError",
    "NoAssessmentError": "pelayanan.evaluation.ombudsman:NoAssessmentError",
    "NoInstrumentInForceError": "pelayanan.law:NoInstrumentInForceError",
    "NoVerifiedBandsError": "pelayanan.evaluation.ombudsman:NoVerifiedBandsError",
    "OMBUDSMAN_SCHEMES": "pelayanan.evaluation.ombudsman:OMBUDSMAN_SCHEMES",
    "Occupation": "pelayanan.participation.surveys:Occupation",
    "OfficeLevel": "pelayanan.model.records:OfficeLevel",
    "Official": "pelayanan.model.records:Official",
    "OmbudsmanBand": "pelayanan.evaluation.ombudsman:OmbudsmanBand",
    "OmbudsmanCategory": "pelayanan.evaluation.ombudsman:OmbudsmanCategory",
    "OmbudsmanCompliance": "pelayanan.evaluation.ombudsman:OmbudsmanCompliance",
    "OmbudsmanDimension": "pelayanan.evaluation.ombudsman:OmbudsmanDimension",
    "OmbudsmanGrade": "pelayanan.evaluation.ombudsman:OmbudsmanGrade",
    "OmbudsmanScheme": "pelayanan.evaluation.ombudsman:OmbudsmanScheme",
    "OmbudsmanZone": "pelayanan.evaluation.ombudsman:OmbudsmanZone",
    "OpeningHours": "pelayanan.time.hours:OpeningHours",
    "PEKPPP_2017": "pelayanan.evaluation.performance:PEKPPP_2017",
    "PEKPPP_2022": "pelayanan.evaluation.performance:PEKPPP_2022",
    "PEKPPP_INSTRUMENTS": "pelayanan.evaluation.performance:PEKPPP_INSTRUMENTS",
    "ParsedDocument": "pelayanan.io.documents:ParsedDocument",
    "Participant": "pelayanan.participation.consultation:Participant",
    "ParticipantCategory": "pelayanan.model.participants:ParticipantCategory",
    "ParticipantSelection": "pelayanan.participation.consultation:ParticipantSelection",
    "ParticipationForm": "pelayanan.model.participants:ParticipationForm",
    "Party": "pelayanan.participation.forms:Party",
    "PerformanceEvaluation": "pelayanan.model.standards:PerformanceEvaluation",
    "Procedure": "pelayanan.model.standards:Procedure",
    "ProcedureStep": "pelayanan.model.standards:ProcedureStep",
    "Product": "pelayanan.model.standards:Product",
    "ProviderCategory": "pelayanan.model.providers:ProviderCategory",
    "Province": "pelayanan.time.regions:Province",
    "PublicInput": "pelayanan.participation.consultation:PublicInput",
    "Publication": "pelayanan.model.records:Publication",
    "PublicationMedium": "pelayanan.model.records:PublicationMedium",
    "QUESTIONNAIRES": "pelayanan.participation.surveys:QUESTIONNAIRES",
    "QuestionnaireVersion": "pelayanan.participation.surveys:QuestionnaireVersion",
    "RAMADAN_HOURS": "pelayanan.time.hours:RAMADAN_HOURS",
    "Region": "pelayanan.time.regions:Region",
    "Registry": "pelayanan.rules:Registry",
    "Requirement": "pelayanan.model.standards:Requirement",
    "RequirementKind": "pelayanan.model.standards:RequirementKind",
    "RespondentProfile": "pelayanan.participation.surveys:RespondentProfile",
    "ResponseTier": "pelayanan.model.standards:ResponseTier",
    "Review": "pelayanan.model.standards:Review",
    "RowProblem": "pelayanan.participation.surveys:RowProblem",
    "RubricLevel": "pelayanan.evaluation.performance:RubricLevel",
    "Rule": "pelayanan.rules:Rule",
    "Sector": "pelayanan.model.services:Sector",
    "ServicePolicyAssessment": "pelayanan.evaluation.performance:ServicePolicyAssessment",
    "ServiceScope": "pelayanan.model.services:ServiceScope",
    "ServiceStatus": "pelayanan.model.services:ServiceStatus",
    "SpecialPeriod": "pelayanan.time.hours:SpecialPeriod",
    "StaffingLine": "pelayanan.model.standards:StaffingLine",
    "StageRecord": "pelayanan.participation.consultation:StageRecord",
    "StandardCompliance": "pelayanan.evaluation.compliance:StandardCompliance",
    "StandardRef": "pelayanan.participation.consultation:StandardRef",
    "StandardReviewStatus": "pelayanan.evaluation.inputs:StandardReviewStatus",
    "StandardStatus": "pelayanan.model.standards:StandardStatus",
    "SurveyCsv": "pelayanan.participation.surveys:SurveyCsv",
    "SurveyCsvError": "pelayanan.participation.surveys:SurveyCsvError",
    "SurveyElement": "pelayanan.participation.surveys:SurveyElement",
    "SurveyFrequency": "pelayanan.participation.surveys:SurveyFrequency",
    "SurveyOutcome": "pelayanan.evaluation.inputs:SurveyOutcome",
    "SurveyResponse": "pelayanan.participation.surveys:SurveyResponse",
    "TeamMember": "pelayanan.participation.cycle:TeamMember",
    "TeamRole": "pelayanan.participation.cycle:TeamRole",
    "TimeLimit": "pelayanan.model.standards:TimeLimit",
    "TimeWindow": "pelayanan.time.hours:TimeWindow",
    "TimeZone": "pelayanan.time.regions:TimeZone",
    "Topic": "pelayanan.law:Topic",
    "UnitCompliance": "pelayanan.evaluation.compliance:UnitCompliance",
    "UnknownIndicatorError": "pelayanan.evaluation.performance:UnknownIndicatorError",
    "UnknownQuestionnaireError": "pelayanan.participation.surveys:UnknownQuestionnaireError",
    "VulnerableGroup": "pelayanan.model.services:VulnerableGroup",
    "WORKING_WEEK": "pelayanan.time.calendar:WORKING_WEEK",
    "Weekday": "pelayanan.time.calendar:Weekday",
    "WeeklyHours": "pelayanan.time.hours:WeeklyHours",
    "add_calendar_days": "pelayanan.time.calendar:add_calendar_days",
    "advance_complaint": "pelayanan.participation.complaints:advance",
    "annotations": "__future__:annotations",
    "assess_service_policy": "pelayanan.evaluation.performance:assess_service_policy",
    "assess_survey_indicators": "pelayanan.evaluation.performance:assess_survey_indicators",
    "assess_unit": "pelayanan.evaluation.performance:assess_unit",
    "check_complaint_history": "pelayanan.participation.complaints:check_history",
    "classify_ipp": "pelayanan.evaluation.performance:classify_ipp",
    "classify_ombudsman": "pelayanan.evaluation.ombudsman:classify",
    "complaint_deadlines": "pelayanan.participation.complaints:deadlines",
    "compute_ipp": "pelayanan.evaluation.performance:compute_ipp",
    "estimate_ombudsman_grade": "pelayanan.evaluation.ombudsman:estimate_ombudsman_grade",
    "evaluation_instrument_for": "pelayanan.evaluation.performance:evaluation_instrument_for",
    "gather_evaluation_inputs": "pelayanan.evaluation.inputs:gather_evaluation_inputs",
    "legacy_index": "pelayanan.participation.surveys:legacy_index",
    "missing_survey_years": "pelayanan.participation.surveys:missing_survey_years",
    "ombudsman_scheme_for": "pelayanan.evaluation.ombudsman:scheme_for",
    "overdue_complaint_deadlines": "pelayanan.participation.complaints:overdue",
    "questionnaire_for": "pelayanan.participation.surveys:questionnaire_for",
    "standard_compliance": "pelayanan.evaluation.compliance:standard_compliance",
}


if not TYPE_CHECKING:  # type checkers see the imports above, and a misspelt name as an error

    def __getattr__(name: str) -> Any:  # noqa: ANN401  (any public object)
        """Load a public name from its wing on first use; resolve a moved name with a warning.

        ``pelayanan.ServiceStandard`` imports :mod:`pelayanan.model.standards` the first time it is
        asked for and keeps the class here, so later uses cost nothing. A name that moved to its wing
        in 0.2 (:data:`_MOVED`) still resolves for one release, with a :class:`DeprecationWarning`.
        """
        home = _HOMES.get(name)
        if home is not None:
            value = getattr(importlib.import_module(home), name)
            globals()[name] = value
            return value
        target = _MOVED.get(name)
        if target is None:
            msg = f"module {__name__!r} has no attribute {name!r}"
            raise AttributeError(msg)
        module, _, attribute = target.partition(":")
        warnings.warn(
            f"pelayanan.{name} moved to {module}.{attribute}; import it from there "
            "(the old name goes in the next release)",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module(module), attribute)


def __dir__() -> list[str]:
    """The public names, loaded or not."""
    return sorted({*globals(), *__all__})
