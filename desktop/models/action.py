"""Action items (督办事项) and their progress history."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, Versioned


class ActionStatus(str, Enum):
    NOT_STARTED = "not_started"          # 未启动
    IN_PROGRESS = "in_progress"          # 办理中
    AWAITING_SIGNOFF = "awaiting_signoff"  # 待确认
    DONE = "done"                        # 已办结
    WITHDRAWN = "withdrawn"              # 已撤销


OPEN_STATUSES = (
    ActionStatus.NOT_STARTED.value,
    ActionStatus.IN_PROGRESS.value,
    ActionStatus.AWAITING_SIGNOFF.value,
)

action_co_organisations = Table(
    "action_co_organisations",
    Base.metadata,
    Column("action_id", ForeignKey("action_items.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organisation_id", ForeignKey("organisations.id", ondelete="RESTRICT"), primary_key=True
    ),
)


class ActionItem(Versioned, Base):
    __tablename__ = "action_items"
    # A body's items closed in a period (the body page's figures) without scanning the others.
    __table_args__ = (Index("ix_action_items_body_status_closed", "body_id", "status", "closed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    lead_org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    due: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(
        String(20), default=ActionStatus.NOT_STARTED.value, index=True
    )
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    report_every_days: Mapped[int | None] = mapped_column(Integer)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    close_note: Mapped[str] = mapped_column(Text, default="")


class ActionUpdate(Base):
    """A progress report, sign-off, reopening or chase: append-only history."""

    __tablename__ = "action_updates"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action_items.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="progress")
    reported_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    percent: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
