"""SQLAlchemy entities, one module per aggregate. Importing this registers every table."""

from desktop.models.access import ROLE_KEY  # registers the viewer guard on every session
from desktop.models.action import (
    OPEN_STATUSES,
    ActionItem,
    ActionStatus,
    ActionUpdate,
    action_co_organisations,
)
from desktop.models.attachment import Attachment, AttachmentContent
from desktop.models.audit import AuditEntry
from desktop.models.audit_chain import REDACTED_KEY as REDACTED_KEY  # registers the hash chain
from desktop.models.base import Base, UTCDateTime, utcnow
from desktop.models.body import BODY_KEYS, Body, Membership, Representative
from desktop.models.directory import Enterprise, Organisation, OrgKind, Person, Room
from desktop.models.dispute import (
    OPEN_STAGES,
    AdjustmentKind,
    CaseCategory,
    CaseClaim,
    CaseDocument,
    CaseParty,
    CaseSource,
    CaseStage,
    CaseStep,
    ClockAdjustment,
    DeadlineRule,
    DisputeCase,
    MediationBody,
    Mediator,
    PartyRole,
)
from desktop.models.holiday import Holiday, HolidayKind
from desktop.models.incident import (
    Channel,
    EventKind,
    Incident,
    IncidentEvent,
    IncidentMeeting,
    IncidentParty,
    IncidentPerson,
    IncidentReport,
    IncidentStatus,
    NotificationLimit,
    ReportKind,
    RetentionRule,
)
from desktop.models.meeting import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    AttendeeRole,
    Meeting,
    MeetingSeries,
    MeetingStatus,
)
from desktop.models.minutes import (
    Decision,
    DeliveryStatus,
    DocumentNumber,
    Minutes,
    MinutesDelivery,
    MinutesState,
)
from desktop.models.sealing import UNSEALING  # registers the guard on every session
from desktop.models.sync import ChangeFeedEntry, Presence
from desktop.models.user import AccessSetting, User
from desktop.models.warning import (
    LEVEL_ORDER,
    EarlyWarning,
    MessageKind,
    ScreeningCampaign,
    ScreeningEntry,
    WarningCategory,
    WarningLevel,
    WarningMessage,
    WarningStatus,
)
from desktop.roles import Role

__all__ = [
    "BODY_KEYS", "OPEN_STATUSES", "ActionItem", "ActionStatus", "ActionUpdate", "AgendaItem",
    "Attachment", "AttachmentContent", "Attendance", "AttendanceStatus", "AttendeeRole", "AuditEntry", "Base", "Body", "Decision",
    "DeliveryStatus", "DocumentNumber", "Enterprise", "Holiday", "HolidayKind", "Meeting", "MeetingSeries",
    "MeetingStatus", "Membership", "Minutes", "MinutesDelivery", "MinutesState", "OrgKind", "Organisation", "Person",
    "Representative", "Room", "UTCDateTime", "action_co_organisations", "utcnow",
    "LEVEL_ORDER", "EarlyWarning", "MessageKind", "ScreeningCampaign", "ScreeningEntry", "WarningCategory",
    "WarningLevel", "WarningMessage", "WarningStatus",
    "OPEN_STAGES", "AdjustmentKind", "CaseCategory", "CaseClaim", "CaseDocument", "CaseParty", "CaseSource",
    "CaseStage", "CaseStep", "ClockAdjustment", "DeadlineRule", "DisputeCase", "MediationBody", "Mediator",
    "PartyRole",
    "Channel", "EventKind", "Incident", "IncidentEvent", "IncidentMeeting", "IncidentParty", "IncidentPerson",
    "IncidentReport", "IncidentStatus", "NotificationLimit", "ReportKind", "RetentionRule", "UNSEALING",
    "ROLE_KEY", "AccessSetting", "Role", "User", "ChangeFeedEntry", "Presence",
]
