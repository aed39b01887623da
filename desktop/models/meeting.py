"""Meetings, recurring series, attendance and agenda items."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, UTCDateTime, Versioned
from desktop.models.body import Body


class MeetingStatus(str, Enum):
    PLANNED = "planned"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class AttendeeRole(str, Enum):
    CHAIR = "chair"          # 主持
    MEMBER = "member"        # 出席
    OBSERVER = "observer"    # 列席
    RECORDER = "recorder"    # 记录


class AttendanceStatus(str, Enum):
    UNKNOWN = "unknown"
    PRESENT = "present"      # 出席
    LEAVE = "leave"          # 请假
    ABSENT = "absent"        # 缺席
    DELEGATED = "delegated"  # 委托


class MeetingSeries(Versioned, Base):
    """A recurrence rule; its occurrences are stored as meetings linked back here."""

    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(100), unique=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    rrule: Mapped[str] = mapped_column(String(500))
    dtstart: Mapped[datetime] = mapped_column(UTCDateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    count: Mapped[int | None]
    # JSON list of ISO UTC datetimes of skipped occurrences (EXDATE)
    exdates: Mapped[str] = mapped_column(Text, default="[]")
    holiday_policy: Mapped[str] = mapped_column(String(20), default="keep")
    location: Mapped[str] = mapped_column(String(300), default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="RESTRICT"))
    generated_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # What each new occurrence is given (migration 0002); server defaults keep bulk loaders working.
    all_day: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    online_url: Mapped[str] = mapped_column(String(500), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # JSON list of {"person_id": int, "role": "chair"|"member"|"observer"|"recorder"}
    attendees: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class Meeting(Versioned, Base):
    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("series_id", "recurrence_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(100), unique=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="RESTRICT"), index=True
    )
    # The start the series rule gave this occurrence, even after it is moved.
    recurrence_id: Mapped[datetime | None] = mapped_column(UTCDateTime)
    detached: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(String(200))
    start: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="RESTRICT"))
    location: Mapped[str] = mapped_column(String(300), default="")
    online_url: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.PLANNED.value, index=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)

    body: Mapped[Body] = relationship()
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", order_by="Attendance.id"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position"
    )


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20), default=AttendeeRole.MEMBER.value)
    status: Mapped[str] = mapped_column(String(20), default=AttendanceStatus.UNKNOWN.value)
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    delegate_name: Mapped[str] = mapped_column(String(100), default="")
    reply: Mapped[str] = mapped_column(String(20), default="none")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")


class AgendaItem(Versioned, Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    presenter: Mapped[str] = mapped_column(String(100), default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=15)
    notes: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
