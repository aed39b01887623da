"""The user's holiday table: statutory holidays and 调休 make-up working days, by date.

It overrides the ``chinesecalendar`` package and covers the years that package does not know.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Versioned


class HolidayKind(str, Enum):
    HOLIDAY = "holiday"   # 放假
    WORKDAY = "workday"   # 上班 (a 调休 make-up working day when it falls on a weekend)


class Holiday(Versioned, Base):
    __tablename__ = "holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(20), default=HolidayKind.HOLIDAY.value)
    name: Mapped[str] = mapped_column(String(100), default="")
    # Where the row came from: "user" for a hand entry, or the imported file's name.
    source: Mapped[str] = mapped_column(String(200), default="")
