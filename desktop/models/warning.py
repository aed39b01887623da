"""Early warning (劳资矛盾预警): screening campaigns, their results, and warnings as message chains.

A warning is never edited in place (the Common Alerting Protocol's rule): issuing, raising or
lowering (``adjust``), extending and lifting each add a ``WarningMessage`` that refers to the
message it replaces. The ``warnings`` row keeps the chain's current state (level, status,
expiry) so lists and the dashboard read one row per warning; only the services write it, in the
same transaction as the message.
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

from desktop.models.base import Base, UTCDateTime, Versioned


class WarningLevel(str, Enum):
    """红/橙/黄/蓝 = I–IV (突发事件应对法 Art. 63); ``rank`` 1 is the most severe."""

    RED = "red"
    ORANGE = "orange"
    YELLOW = "yellow"
    BLUE = "blue"

    @property
    def rank(self) -> int:
        return LEVEL_ORDER.index(self) + 1


LEVEL_ORDER = (WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE)


class WarningStatus(str, Enum):
    SUGGESTED = "suggested"   # proposed by the rule, not issued yet (no message)
    ACTIVE = "active"         # issued and in force (``expired`` is active past its expiry)
    LIFTED = "lifted"
    DISMISSED = "dismissed"   # a suggestion turned down, with its reason


class WarningCategory(str, Enum):
    ARREARS = "arrears"         # 欠薪
    INSURANCE = "insurance"     # 社保欠缴
    LAYOFFS = "layoffs"         # 裁员
    RELOCATION = "relocation"   # 停产搬迁
    PETITION = "petition"       # 信访
    OTHER = "other"             # 其他


class MessageKind(str, Enum):
    ISSUE = "issue"      # the first message of a chain
    ADJUST = "adjust"    # a new level (raise or lower)
    EXTEND = "extend"    # a new expiry
    LIFT = "lift"        # the last message


class ScreeningCampaign(Versioned, Base):
    """A screening (排查), e.g. 2027年春节前欠薪排查: a period and the enterprises chosen for it.

    The filter it was made with is kept (``park``, ``without_union``, ``min_workers``) so the
    campaign says how its list came about; the list itself is its entries.
    """

    __tablename__ = "screening_campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    park: Mapped[str] = mapped_column(String(100), default="")
    without_union: Mapped[bool] = mapped_column(Boolean, default=False)
    min_workers: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)   # personal data of the results removed


class ScreeningEntry(Versioned, Base):
    """One enterprise of a campaign: who screens it and what was found.

    ``screened_at`` None means not screened yet; a screened row of zeros found nothing.
    """

    __tablename__ = "screening_entries"
    __table_args__ = (UniqueConstraint("campaign_id", "enterprise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("screening_campaigns.id", ondelete="CASCADE"),
                                             index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="RESTRICT"), index=True)
    responsible: Mapped[str] = mapped_column(String(100), default="")   # unit or person screening it
    arrears_months: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))      # 欠薪月数
    workers_affected: Mapped[int | None] = mapped_column(Integer)             # 涉及职工人数
    amount_owed: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))       # 欠薪金额（元）
    insurance_months: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))   # 社保欠缴月数
    planned_layoffs: Mapped[int | None] = mapped_column(Integer)              # 拟裁减人数
    notes: Mapped[str] = mapped_column(Text, default="")
    screened_by: Mapped[str] = mapped_column(String(100), default="")
    screened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class EarlyWarning(Versioned, Base):
    """A warning about one enterprise, in its current state; its history is its messages."""

    __tablename__ = "warnings"
    __table_args__ = (UniqueConstraint("letter_year", "letter_serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="RESTRICT"), index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("screening_entries.id", ondelete="SET NULL"),
                                                 index=True)   # the screening result it came from
    category: Mapped[str] = mapped_column(String(20), default=WarningCategory.OTHER.value)
    status: Mapped[str] = mapped_column(String(20), default=WarningStatus.SUGGESTED.value, index=True)
    level: Mapped[str] = mapped_column(String(10))               # the current level
    suggested_level: Mapped[str | None] = mapped_column(String(10))   # what the rule proposed
    reason: Mapped[str] = mapped_column(Text, default="")        # the rule's reason in words, or the issuer's
    starts: Mapped[date | None] = mapped_column(Date)
    expires: Mapped[date | None] = mapped_column(Date, index=True)
    scope: Mapped[str] = mapped_column(Text, default="")
    workers_affected: Mapped[int | None] = mapped_column(Integer)
    watch: Mapped[str] = mapped_column(Text, default="")        # what to watch
    measures: Mapped[str] = mapped_column(Text, default="")
    drill: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())   # 演练
    dismissed_reason: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)   # lifted or dismissed
    letter_year: Mapped[int | None] = mapped_column(Integer)       # 预警提示函 number, per year
    letter_serial: Mapped[int | None] = mapped_column(Integer)


class WarningMessage(Base):
    """One message of a warning's chain; append-only."""

    __tablename__ = "warning_messages"
    __table_args__ = (UniqueConstraint("warning_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    warning_id: Mapped[int] = mapped_column(ForeignKey("warnings.id", ondelete="RESTRICT"), index=True)
    seq: Mapped[int] = mapped_column(Integer)                     # 1 = the issuing message
    kind: Mapped[str] = mapped_column(String(10))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("warning_messages.id", ondelete="RESTRICT"))
    level: Mapped[str] = mapped_column(String(10))
    starts: Mapped[date | None] = mapped_column(Date)
    expires: Mapped[date | None] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text, default="")
    workers_affected: Mapped[int | None] = mapped_column(Integer)
    watch: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")         # why this message (e.g. why the level changed)
    sent_by: Mapped[str] = mapped_column(String(100), default="")
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
