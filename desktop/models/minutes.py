"""Minutes (会议纪要) in versions, their document numbers, and decisions (议定事项)."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, Versioned


class MinutesState(str, Enum):
    DRAFT = "draft"
    REVIEW = "review"
    ISSUED = "issued"
    DISTRIBUTED = "distributed"


class DocumentNumber(Base):
    """One serial of a body's code in a year; the unique key makes duplicates impossible."""

    __tablename__ = "document_numbers"
    __table_args__ = (UniqueConstraint("body_id", "year", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(100), unique=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), unique=True
    )
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by: Mapped[str] = mapped_column(String(100), default="")


class Minutes(Versioned, Base):
    """One version of a meeting's minutes; a correction after issuing adds a version."""

    __tablename__ = "minutes"
    __table_args__ = (UniqueConstraint("meeting_id", "version_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(20), default=MinutesState.DRAFT.value)
    document_number_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_numbers.id", ondelete="RESTRICT")
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    # Structured content (JSON): attendance lines, one section per agenda item, closing block.
    content: Mapped[str] = mapped_column(Text, default="{}")
    # Plain text of the whole document, kept for search.
    text: Mapped[str] = mapped_column(Text, default="")
    cc: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(100), default="")
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    change_note: Mapped[str] = mapped_column(Text, default="")
    # Why a reviewer sent the version back to draft (migration 0003); "" once resubmitted.
    review_note: Mapped[str] = mapped_column(Text, default="", server_default="")


class DeliveryStatus(str, Enum):
    SENT = "sent"          # accepted by the SMTP server
    FAILED = "failed"      # refused or unreachable; ``reason`` says why
    WRITTEN = "written"    # an .eml file was written for sending by hand


class MinutesDelivery(Base):
    """One attempt to deliver one minutes version to one recipient: append-only history."""

    __tablename__ = "minutes_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(
        ForeignKey("minutes.id", ondelete="RESTRICT"), index=True
    )
    recipient: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="")  # 参会 / 主送 / 抄送
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(100), default="")


class Decision(Versioned, Base):
    """A decision (议定事项) of a meeting, in the order of the minutes."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    minutes_id: Mapped[int | None] = mapped_column(ForeignKey("minutes.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
