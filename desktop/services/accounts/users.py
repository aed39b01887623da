"""Users and their roles: add, list, disable, enable, reset a password, change a role.

Everything here but the first administrator needs ``Permission.MANAGE_USERS`` (a session
without sign-in has it, as before users existed). The last active administrator can neither be
disabled nor lose the role, so a database with sign-in always keeps someone who can manage it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import AuditEntry, Role, User, utcnow
from desktop.services.accounts.passwords import hash_password
from desktop.services.kernel.permissions import ROLE_LABELS, Permission, require
from desktop.services.kernel.validation import clean_required

MIN_PASSWORD = 8
MAX_PASSWORD = 200
ROLES = tuple(r.value for r in Role)


@dataclass(frozen=True)
class Account:
    """A user as the screens and the command line show it (never the hash)."""

    id: int
    name: str
    display: str
    organisation: str
    role: str
    active: bool
    locked_until: datetime | None
    last_sign_in: datetime | None

    @property
    def label(self) -> str:
        """The name the audit log records: the display name, else the sign-in name."""
        return self.display or self.name

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


def account(user: User) -> Account:
    return Account(user.id, user.name, user.display, user.organisation, user.role, user.active,
                   user.locked_until, user.last_sign_in)


def log_event(session: Session, who: str, user_id: int | None, action: str, **details: object) -> None:
    """One audit entry about a user (a sign-in, a password reset): never a password or hash."""
    session.add(AuditEntry(user=who[:100], entity="users", entity_id=user_id, action=action,
                           changes=json.dumps(details, ensure_ascii=False)))
    session.flush()


def user_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)) or 0


def find_user(session: Session, name: str) -> User:
    """The user signing in as ``name``; a NotFoundError when there is none."""
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "没有登录名为“{name}”的用户。"), name=name.strip())
    return user


def clean_role(value: str) -> str:
    if value not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "角色应为 admin（管理员）、secretary（秘书）、leader（领导）或 viewer（查看）之一：{value}"),
            field="role", value=value)
    return value


def clean_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "密码应为 {low} 到 {high} 个字符。"),
                              field="password", low=MIN_PASSWORD, high=MAX_PASSWORD)
    return password


def _clean_name(session: Session, name: str) -> str:
    name = clean_required(name, QT_TRANSLATE_NOOP("Labels", "登录名"), "name", 100)
    if " " in name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "登录名不能包含空格：{name}"), field="name", name=name)
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "登录名“{name}”已被使用。"), field="name", name=name)
    return name


def add_user(session: Session, name: str, role: str, password: str, *, display: str = "",
             organisation: str = "") -> int:
    """A new active user; the first one must be an administrator. Returns the id."""
    first = user_count(session) == 0
    if not first:
        require(session, Permission.MANAGE_USERS)
    role = clean_role(role)
    if first and role != Role.ADMIN.value:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "第一个用户必须是管理员（--role admin），以便由他添加其他用户。"), field="role")
    user = User(name=_clean_name(session, name), role=role, active=True,
                display=" ".join(display.split())[:100], organisation=" ".join(organisation.split())[:200],
                password_hash=hash_password(clean_password(password)), failed_attempts=0)
    session.add(user)
    session.flush()
    return user.id


def add_first_admin(session: Session, name: str, password: str, *, display: str = "",
                    organisation: str = "") -> int:
    """The first administrator of a database without users (the sign-in window's first run);
    refused once any user exists, even one another PC created a moment ago."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE"))  # two first runs at once
    if user_count(session):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "该数据库已经有用户（可能刚由另一台电脑创建）：请用管理员给您的登录名和密码登录。"), field="name")
    return add_user(session, name, Role.ADMIN.value, password, display=display, organisation=organisation)


def list_users(session: Session) -> list[Account]:
    """Every user, by sign-in name."""
    return [account(u) for u in session.scalars(select(User).order_by(User.name))]


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User).where(
        User.role == Role.ADMIN.value, User.active.is_(True))) or 0


def _refuse_last_admin(session: Session, user: User) -> None:
    if user.role == Role.ADMIN.value and user.active and _active_admins(session) <= 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“{name}”是唯一启用的管理员，不能停用或改为其他角色；请先让另一位用户成为管理员。"),
            field="role", name=user.name)


def disable_user(session: Session, name: str) -> None:
    """停用: the user can no longer sign in; their name stays in the record."""
    require(session, Permission.MANAGE_USERS)
    user = find_user(session, name)
    _refuse_last_admin(session, user)
    user.active = False
    session.flush()


def enable_user(session: Session, name: str) -> None:
    """启用 again a disabled user."""
    require(session, Permission.MANAGE_USERS)
    find_user(session, name).active = True
    session.flush()


def reset_password(session: Session, name: str, password: str) -> None:
    """A new password set by an administrator; it also lifts a lock."""
    require(session, Permission.MANAGE_USERS)
    user = find_user(session, name)
    user.password_hash = hash_password(clean_password(password))
    user.failed_attempts, user.locked_until = 0, None
    log_event(session, session.info.get("user") or "unknown", user.id, "reset_password")


def set_role(session: Session, name: str, role: str) -> None:
    """Give ``name`` another role (the last active administrator keeps theirs)."""
    require(session, Permission.MANAGE_USERS)
    user = find_user(session, name)
    role = clean_role(role)
    if role != user.role:
        _refuse_last_admin(session, user)
        user.role = role
        session.flush()
