"""Managed meeting rooms: the list the meeting dialog offers, and adding one to it.

A meeting in a managed room is checked for double bookings; a free-text location is not.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Room
from desktop.services.kernel.validation import clean_required


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    address: str
    capacity: int | None
    version: int


def list_rooms(session: Session) -> list[RoomRow]:
    return [RoomRow(r.id, r.name, r.address, r.capacity, r.version)
            for r in session.scalars(select(Room).order_by(Room.name, Room.id))]


def create_room(session: Session, name: str, address: str = "", capacity: int | None = None) -> int:
    """Add a managed room; refuses an empty or taken name. Returns its id."""
    name = clean_required(name, QT_TRANSLATE_NOOP("Labels", "会议室名称"), "name", 100)
    if session.scalar(select(Room.id).where(Room.name == name)) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "已有名为“{name}”的会议室。"), field="name",
                              name=name)
    if capacity is not None and not 1 <= capacity <= 10000:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "会议室容纳人数应为 1 到 10000。"),
                              field="capacity")
    room = Room(name=name, address=" ".join(address.split())[:300], capacity=capacity)
    session.add(room)
    session.flush()
    return room.id
