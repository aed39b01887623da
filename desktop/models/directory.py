"""Organisations, people (contacts) and rooms."""

from __future__ import annotations

from enum import Enum

from sqlalchemy import ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Versioned


class OrgKind(str, Enum):
    """What kind of body an organisation is; stored as the English value."""

    GOVERNMENT = "government"
    LABOUR_DEPT = "labour_dept"
    UNION = "union"
    EMPLOYER = "employer_association"
    COURT = "court"
    ARBITRATION = "arbitration"
    POLICE = "police"
    PETITION = "petition"
    JUSTICE = "justice"
    PROCURATORATE = "procuratorate"
    TAX = "tax"
    ENTERPRISE = "enterprise"
    OTHER = "other"


class Organisation(Versioned, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(32), default=OrgKind.OTHER.value)
    uscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Versioned, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")


class Room(Versioned, Base):
    """A managed meeting room: bookings of it are checked for conflicts."""

    __tablename__ = "rooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    capacity: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class Enterprise(Versioned, Base):
    """An enterprise of the zone (企业名录): the population screenings, warnings and disputes are about.

    Screening results, warnings and cases refer to it by id; its USCC is how files name it.
    """

    __tablename__ = "enterprises"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    uscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    industry: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    park: Mapped[str] = mapped_column(String(100), default="", server_default="", index=True)
    employees: Mapped[int | None]
    has_union: Mapped[bool] = mapped_column(default=False)
    has_contract: Mapped[bool] = mapped_column(default=False, server_default=false())
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
