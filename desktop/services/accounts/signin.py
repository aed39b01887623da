"""Signing in: a name and a password checked against the stored hash, with a lock after five
wrong tries, and whether the database asks for a sign-in at all.

``sign_in`` never raises for a wrong password: it returns the refusal, so that the caller can
commit the failed try (the count and the audit entry) and then show the refusal. Every try, good
or bad, is in the audit log (``sign_in`` / ``sign_in_failed``), never with the password.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import AccessSetting, Role, User, utcnow
from desktop.services.accounts.passwords import hash_password, needs_rehash, verify_password
from desktop.services.accounts.users import Account, account, log_event
from desktop.services.kernel.permissions import Permission, require
from desktop.services.kernel.timeutil import to_local

MAX_TRIES = 5
LOCK_FOR = timedelta(minutes=15)
SETTING_ID = 1
WRONG = QT_TRANSLATE_NOOP("Errors", "登录名或密码不正确。")


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def sign_in_required(session: Session) -> bool:
    """PostgreSQL: as soon as a user exists. SQLite: only when switched on (``set_sign_in_required``)."""
    if not session.scalar(select(exists().where(User.id.is_not(None)))):
        return False
    if not _is_sqlite(session):
        return True
    setting = session.get(AccessSetting, SETTING_ID)
    return bool(setting and setting.sign_in_required)


def set_sign_in_required(session: Session, on: bool) -> None:
    """Switch a SQLite file's sign-in on or off; on needs an active administrator to sign in as."""
    require(session, Permission.MANAGE_USERS)
    if not _is_sqlite(session) and not on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "PostgreSQL 数据库有用户后总是要求登录，不能关闭。"), field="sign_in_required")
    admin = select(User.id).where(User.role == Role.ADMIN.value, User.active.is_(True))
    if on and session.scalar(admin.limit(1)) is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "请先添加一位管理员（tripartite user add 名字 --role admin），再开启登录。"),
            field="sign_in_required")
    setting = session.get(AccessSetting, SETTING_ID)
    if setting is None:
        setting = AccessSetting(id=SETTING_ID, sign_in_required=on)
        session.add(setting)
    setting.sign_in_required = on
    session.flush()


def _locked_refusal(until: datetime) -> UserError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "连续输错密码{tries}次，该用户已锁定至 {until}（北京时间）。请稍后再试，或请管理员重置密码。"),
        field="password", tries=MAX_TRIES, until=to_local(until).strftime("%Y-%m-%d %H:%M"))


def _refuse(session: Session, user: User | None, name: str, reason: str, refusal: UserError) -> UserError:
    who = (user.display or user.name) if user else name
    log_event(session, who, user.id if user else None, "sign_in_failed", name=name, reason=reason)
    return refusal


def _wrong_password(session: Session, user: User, now: datetime) -> UserError:
    user.failed_attempts = (user.failed_attempts or 0) + 1
    if user.failed_attempts >= MAX_TRIES:
        user.failed_attempts, user.locked_until = 0, now + LOCK_FOR
        return _refuse(session, user, user.name, "locked", _locked_refusal(user.locked_until))
    left = MAX_TRIES - user.failed_attempts
    return _refuse(session, user, user.name, "password", ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "登录名或密码不正确（再输错{left}次将锁定{minutes}分钟）。"), field="password",
        left=left, minutes=int(LOCK_FOR.total_seconds() // 60)))


def sign_in(session: Session, name: str, password: str, now: datetime | None = None) -> Account | UserError:
    """The signed-in account, or the refusal to show (after recording the try: commit it)."""
    now = now or utcnow()
    name = (name or "").strip()
    user = session.scalar(select(User).where(User.name == name)) if name else None
    if user is None:
        return _refuse(session, None, name, "unknown", ValidationError(WRONG, field="name"))
    if not user.active:
        return _refuse(session, user, name, "disabled", ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "用户“{name}”已停用，不能登录。请联系管理员。"), field="name", name=name))
    if user.locked_until is not None and user.locked_until > now:
        return _refuse(session, user, name, "locked", _locked_refusal(user.locked_until))
    if not verify_password(password or "", user.password_hash):
        return _wrong_password(session, user, now)
    user.failed_attempts, user.locked_until, user.last_sign_in = 0, None, now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    log_event(session, user.display or user.name, user.id, "sign_in")
    return account(user)
