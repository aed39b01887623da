"""The people who sign in: a sign-in name, the display name the audit log records, a role.

Passwords are kept only as ``scrypt$n$r$p$salt_b64$hash_b64`` (``services.accounts.passwords``):
the cost parameters sit next to the hash so they can be raised later without locking anyone out.
``AccessSetting`` is one row saying whether a SQLite file asks for a sign-in (a PostgreSQL
database always does once it has a user).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, Versioned


class User(Versioned, Base):
    __tablename__ = "users"
    # The hash never goes into the audit log; sign-in bookkeeping has its own entries there.
    __audit_skip__ = frozenset({"password_hash", "failed_attempts", "locked_until", "last_sign_in"})

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    display: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(Text, default="")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sign_in: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AccessSetting(Versioned, Base):
    """One row (id 1): whether a SQLite database asks for a sign-in."""

    __tablename__ = "access_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    sign_in_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
