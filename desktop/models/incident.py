"""Mass incidents (群体突发事件七方联动): the incident, its notification board, numbered reports,
the response timeline, the persons involved and the linked meetings of the ``linkage`` body.

The board has one ``IncidentParty`` row per member party, made when the incident is opened from
the ``linkage`` body's members; each row keeps the time limit that applied (a snapshot, so a later
change of the settings does not rewrite who was late). Reports are never edited: each is a row
with its own number, allocated under the incident's row lock.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, Versioned, utcnow


class IncidentStatus(str, Enum):
    OPEN = "open"          # 处置中
    CLOSED = "closed"      # 已结束


class ReportKind(str, Enum):
    """The reports the contingency plans ask for, in the order they are written."""

    INITIAL = "initial"    # 初报
    FOLLOWUP = "followup"  # 续报一、续报二 …
    DAILY = "daily"        # 日报
    FINAL = "final"        # 总结评估


class Channel(str, Enum):
    PHONE = "phone"        # 电话
    FAX = "fax"            # 传真
    SMS = "sms"            # 短信
    IN_PERSON = "in_person"  # 当面
    SYSTEM = "system"      # 系统


class EventKind(str, Enum):
    ACTION = "action"      # 处置措施
    LEVEL = "level"        # 级别调整
    NOTE = "note"          # 情况记录


class NotificationLimit(Versioned, Base):
    """The office's time limit, in minutes from learning of an incident, for notifying a party
    at one level; a level without a row uses the code's default."""

    __tablename__ = "notification_limits"

    level: Mapped[int] = mapped_column(Integer, primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class Incident(Versioned, Base):
    """A mass incident in its current state; its history is its board, reports and events."""

    __tablename__ = "incidents"
    __table_args__ = (UniqueConstraint("number_year", "number_serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number_year: Mapped[int] = mapped_column(Integer)
    number_serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60))                 # （2026）联动第1号
    title: Mapped[str] = mapped_column(String(200))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="RESTRICT"), index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    began_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    learned_at: Mapped[datetime] = mapped_column(UTCDateTime)      # when the office learned of it
    workers: Mapped[int] = mapped_column(Integer, default=0)
    level: Mapped[int] = mapped_column(Integer)                     # 1 (I, 特别重大) … 4 (IV, 一般)
    status: Mapped[str] = mapped_column(String(10), default=IncidentStatus.OPEN.value, index=True)
    happened: Mapped[str] = mapped_column(Text, default="")         # 事件经过
    demands: Mapped[str] = mapped_column(Text, default="")          # 主要诉求
    measures: Mapped[str] = mapped_column(Text, default="")         # 已采取的措施
    drill: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())   # 演练
    warning_id: Mapped[int | None] = mapped_column(ForeignKey("warnings.id", ondelete="SET NULL"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("dispute_cases.id", ondelete="SET NULL"), index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")          # 处置结果 at closing
    created_by: Mapped[str] = mapped_column(String(100), default="")
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)   # personal data removed
    sealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)   # kept in storage only


class IncidentParty(Base):
    """One member party on an incident's notification board."""

    __tablename__ = "incident_parties"
    __table_args__ = (UniqueConstraint("incident_id", "party"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=1)
    party: Mapped[str] = mapped_column(String(200))                 # the member organisation's name
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    limit_minutes: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(20), default="")
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notified_by: Mapped[str] = mapped_column(String(100), default="")      # who in the office
    contact: Mapped[str] = mapped_column(String(100), default="")          # who at the party took it
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str] = mapped_column(String(100), default="")  # who at the party
    note: Mapped[str] = mapped_column(Text, default="")


class IncidentReport(Base):
    """One report as written: 初报, 续报N, 日报N or 总结评估; never edited."""

    __tablename__ = "incident_reports"
    __table_args__ = (UniqueConstraint("incident_id", "kind", "kind_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    kind_seq: Mapped[int] = mapped_column(Integer)                  # 续报二 → 2; 1 for the others
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    body: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class IncidentEvent(Base):
    """A response action, a level change or a note on the timeline; append-only."""

    __tablename__ = "incident_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default=EventKind.ACTION.value)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(100), default="")


class IncidentPerson(Base):
    """A worker involved (a representative or a contact): the personal data the purge removes."""

    __tablename__ = "incident_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(100))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(50), default="职工代表")


class IncidentMeeting(Base):
    """A meeting of the ``linkage`` body held on an incident."""

    __tablename__ = "incident_meetings"
    __table_args__ = (UniqueConstraint("incident_id", "meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)


class RetentionRule(Versioned, Base):
    """How long one register keeps personal data after closing, and its archive period."""

    __tablename__ = "retention_rules"

    register: Mapped[str] = mapped_column(String(20), primary_key=True)   # cases | incidents | screenings
    personal_years: Mapped[int] = mapped_column(Integer)
    archive_years: Mapped[int] = mapped_column(Integer, default=0)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
