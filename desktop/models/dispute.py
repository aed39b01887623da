"""Dispute cases (劳动争议三方调处): intake, parties and claims, stages, clocks and the case file.

A case's stage history is append-only (``CaseStep``); the ``dispute_cases`` row keeps the current
stage so lists read one row per case. Clock rules are code defaults that ``deadline_rules`` rows
override; extensions and pauses (``ClockAdjustment``) are never deleted, only marked removed, so
a clock can always be recomputed from what happened.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Timestamped, UTCDateTime, Versioned, utcnow


class CaseStage(str, Enum):
    """The stages of a case, in the order a case usually runs through them."""

    RECEIVED = "received"            # 受理
    MEDIATING = "mediating"          # 调解中
    AGREED = "agreed"                # 达成协议
    FAILED = "failed"                # 调解不成
    CONFIRMATION = "confirmation"    # 申请司法确认
    ARBITRATION = "arbitration"      # 转仲裁
    LITIGATION = "litigation"        # 诉讼
    VISIT = "visit"                  # 回访
    CLOSED = "closed"                # 结案
    ARCHIVED = "archived"            # 归档


OPEN_STAGES = (CaseStage.RECEIVED, CaseStage.MEDIATING, CaseStage.AGREED, CaseStage.FAILED,
               CaseStage.CONFIRMATION, CaseStage.ARBITRATION, CaseStage.LITIGATION, CaseStage.VISIT)


class CaseCategory(str, Enum):
    """调解仲裁法 Art. 2."""

    RELATION = "relation"            # 确认劳动关系
    CONTRACT = "contract"            # 订立、履行、变更、解除和终止劳动合同
    DISMISSAL = "dismissal"          # 除名、辞退和辞职、离职
    CONDITIONS = "conditions"        # 工作时间、休息休假、社会保险、福利、培训以及劳动保护
    REMUNERATION = "remuneration"    # 劳动报酬、工伤医疗费、经济补偿或者赔偿金
    OTHER = "other"                  # 法律、法规规定的其他劳动争议


class CaseSource(str, Enum):
    WINDOW = "window"                # 当事人申请（窗口）
    ONLINE = "online"                # 线上
    ARBITRATION = "arbitration"      # 仲裁委托
    COURT = "court"                  # 法院委派
    PROACTIVE = "proactive"          # 主动调解
    WARNING = "warning"              # 预警转入


class MediationBody(str, Enum):
    """调解仲裁法 Art. 10."""

    ENTERPRISE = "enterprise"        # 企业劳动争议调解委员会
    PEOPLES = "peoples"              # 依法设立的基层人民调解组织
    TOWNSHIP = "township"            # 在乡镇、街道设立的具有劳动争议调解职能的组织


class PartyRole(str, Enum):
    APPLICANT = "applicant"          # 申请人
    REPRESENTATIVE = "representative"  # 集体争议的代表


class AdjustmentKind(str, Enum):
    EXTENSION = "extension"          # 延期（双方同意）
    PAUSE = "pause"                  # 中止


class Mediator(Versioned, Base):
    """One person on the mediator roster (调解员名册)."""

    __tablename__ = "mediators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DisputeCase(Versioned, Base):
    """A dispute case in its current state; its history is its steps."""

    __tablename__ = "dispute_cases"
    __table_args__ = (UniqueConstraint("number_year", "number_serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number_year: Mapped[int] = mapped_column(Integer)
    number_serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60))             # （2026）经开工调字第3号
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="RESTRICT"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20), default=CaseSource.WINDOW.value)
    mediation_body: Mapped[str] = mapped_column(String(20), default=MediationBody.TOWNSHIP.value)
    received: Mapped[date] = mapped_column(Date, index=True)
    knew_on: Mapped[date | None] = mapped_column(Date)          # the day the party knew of the infringement
    arrears_in_employment: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediators.id", ondelete="SET NULL"), index=True)
    workers: Mapped[int] = mapped_column(Integer, default=1)
    collective: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    matter: Mapped[str] = mapped_column(Text, default="")       # 争议事项
    reasons: Mapped[str] = mapped_column(Text, default="")      # 事实与理由
    oral: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())   # 口头申请
    stage: Mapped[str] = mapped_column(String(20), default=CaseStage.RECEIVED.value, index=True)
    stage_on: Mapped[date] = mapped_column(Date)
    agreement_terms: Mapped[str] = mapped_column(Text, default="")
    agreement_on: Mapped[date | None] = mapped_column(Date)      # the day the agreement took effect
    perform_by: Mapped[date | None] = mapped_column(Date)
    perform_how: Mapped[str] = mapped_column(Text, default="")   # 履行方式、地点
    warning_id: Mapped[int | None] = mapped_column(ForeignKey("warnings.id", ondelete="SET NULL"), index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    archived_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)   # personal data removed
    sealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)   # kept in storage only (个人信息保护法 Art. 47)


class CaseParty(Base):
    """A worker on the applicant side: an applicant, or a representative of a collective case."""

    __tablename__ = "case_parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=1)
    role: Mapped[str] = mapped_column(String(20), default=PartyRole.APPLICANT.value)
    name: Mapped[str] = mapped_column(String(100))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")


class CaseClaim(Base):
    """One claim (请求事项) with the amount claimed and, once agreed, the amount agreed."""

    __tablename__ = "case_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=1)
    text: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    agreed_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))


class CaseStep(Base):
    """One step of a case's timeline; append-only. Seq 1 is 受理."""

    __tablename__ = "case_steps"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(20))
    happened_on: Mapped[date] = mapped_column(Date)
    handler: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClockAdjustment(Base):
    """An extension (``days``) or a pause (``first_day``..``last_day``, open while ``last_day``
    is None) of one clock of one case. Removing one sets ``removed_at``; the row stays."""

    __tablename__ = "clock_adjustments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    days: Mapped[int | None] = mapped_column(Integer)
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    removed_by: Mapped[str] = mapped_column(String(100), default="")


class DeadlineRule(Versioned, Base):
    """The office's version of one clock rule; a key without a row uses the code's default."""

    __tablename__ = "deadline_rules"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    amount: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(10))               # day | month | year
    mode: Mapped[str] = mapped_column(String(10))               # shift | exact
    basis: Mapped[str] = mapped_column(Text, default="")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    max_extension_days: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class CaseDocument(Timestamped, Base):
    """A case-file (卷宗) document marked as held, with the attachment that holds it if any."""

    __tablename__ = "case_documents"
    __table_args__ = (UniqueConstraint("case_id", "doc_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_cases.id", ondelete="CASCADE"), index=True)
    doc_key: Mapped[str] = mapped_column(String(40))
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    marked_by: Mapped[str] = mapped_column(String(100), default="")
