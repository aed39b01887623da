"""The five mechanisms (bodies), their member organisations and representatives."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Versioned
from desktop.models.directory import Organisation, Person

BODY_KEYS = ("tripartite", "dispute", "warning", "linkage", "bimonthly")


class Body(Versioned, Base):
    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(50), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    doc_code: Mapped[str] = mapped_column(String(50), default="")
    # JSON: {"type": "all_sides"} | {"type": "fraction", "value": 0.5} | {"type": "none"}
    quorum_rule: Mapped[str] = mapped_column(Text, default='{"type": "none"}')
    rhythm: Mapped[str] = mapped_column(String(200), default="")
    color: Mapped[str] = mapped_column(String(9), default="#3465a4")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # JSON list of {"title", "presenter", "planned_minutes", "carry_over"} (migration 0002)
    agenda_template: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="body", order_by="Membership.sort_order"
    )


class Membership(Versioned, Base):
    """An organisation sitting on a body, on one side (方), with a number of seats."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("body_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    side: Mapped[str] = mapped_column(String(50), default="")
    role: Mapped[str] = mapped_column(String(50), default="成员单位")
    seats: Mapped[int] = mapped_column(Integer, default=1)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    body: Mapped[Body] = relationship(back_populates="memberships")
    organisation: Mapped[Organisation] = relationship()
    representatives: Mapped[list[Representative]] = relationship(
        back_populates="membership", order_by="Representative.id"
    )


class Representative(Versioned, Base):
    """A person holding one of a member organisation's seats (委员, 联络员…)."""

    __tablename__ = "representatives"
    __table_args__ = (UniqueConstraint("membership_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(
        ForeignKey("memberships.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    position: Mapped[str] = mapped_column(String(50), default="委员")

    membership: Mapped[Membership] = relationship(back_populates="representatives")
    person: Mapped[Person] = relationship()
