"""What lets several PCs on one database see each other's work.

``ChangeFeedEntry``: one row per topic a committed transaction touched (its row ids, or none when
any may have changed), written in that transaction with the writing process's ``origin``; the
other PCs poll the rows after the last one they saw and announce them on their change hub.
``Presence``: a soft "正在编辑" hint: who has which record open in a form, since when, and when
that PC last said it still has; an entry not refreshed for a while is ignored and swept away.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


class ChangeFeedEntry(Base):
    __tablename__ = "change_feed"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    origin: Mapped[str] = mapped_column(String(36))   # the writing process (a uuid4)
    topic: Mapped[str] = mapped_column(String(30))
    row_ids: Mapped[str | None] = mapped_column(Text)  # a JSON list of ids; NULL: any row


class Presence(Base):
    __tablename__ = "presence"
    __table_args__ = (UniqueConstraint("origin", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(36))
    user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int] = mapped_column(Integer)
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
