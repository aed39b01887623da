"""Who may write at all: a 查看 (viewer) session writes nothing, a 领导 (leader) session only what
one of its decisions needs, whichever service, screen or command tries.

Two hooks guard every session, like ``sealing``: ``before_flush`` refuses any ORM change and
``do_orm_execute`` any bulk INSERT/UPDATE/DELETE through ``session.execute``. The role is the
one the sign-in put in ``session.info[ROLE_KEY]``; a session without one (a SQLite file without
sign-in, the tests) is not limited here. A role that may not write plainly (the leader) may still
write in a transaction where ``services.kernel.permissions.require`` granted it one of its own
actions (issuing minutes, lifting a warning, signing off an action item, unmasking): ``require``
sets ``session.info[GRANTED_KEY]``, and the whole unit of work of that action may then write.
"""

from __future__ import annotations

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session

from desktop.errors import PermissionDeniedError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.roles import ROLE_KEY, Role

GRANTED_KEY = "granted"   # set by permissions.require: this transaction takes a permitted action
VIEWER_REFUSAL = QT_TRANSLATE_NOOP("Errors", "当前用户的角色是“查看”，只能查阅，不能新增、修改或删除任何内容。")
LEADER_REFUSAL = QT_TRANSLATE_NOOP(
    "Errors", "当前用户的角色是“领导”，可以查阅全部内容，并签发纪要、签发或解除预警、确认督办事项办结、"
    "查看个人信息；新增或修改记录请由秘书办理。")
#: Roles that may not write plainly, and what they are told.
READ_ONLY = {Role.VIEWER.value: VIEWER_REFUSAL, Role.LEADER.value: LEADER_REFUSAL}


def _refusal(session: Session) -> str | None:
    message = READ_ONLY.get(session.info.get(ROLE_KEY))
    if message is None or (message is not VIEWER_REFUSAL and session.info.get(GRANTED_KEY)):
        return None
    return message


@event.listens_for(Session, "before_flush")
def _refuse_read_only_flush(session: Session, _ctx, _instances) -> None:
    message = _refusal(session)
    if message is None:
        return
    if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
        raise PermissionDeniedError(message)


@event.listens_for(Session, "do_orm_execute")
def _refuse_read_only_statement(state) -> None:
    if (state.is_insert or state.is_update or state.is_delete) and (message := _refusal(state.session)):
        raise PermissionDeniedError(message)


def refuse_read_only(session: Session) -> None:
    """Refuse now, as the first write would: for work that reaches outside the database (mail
    sent, files written) before it records anything, so a read-only role sets nothing going."""
    if (message := _refusal(session)) is not None:
        raise PermissionDeniedError(message)


def writing_connection(session: Session) -> Connection:
    """``session.connection()`` for a Core INSERT/UPDATE/DELETE (a bulk write), which neither
    hook sees: refused first as they would refuse it."""
    refuse_read_only(session)
    return session.connection()


def grant(session: Session) -> None:
    """This unit of work takes an action its role may take: its writes are allowed."""
    session.info[GRANTED_KEY] = True
