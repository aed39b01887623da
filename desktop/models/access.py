"""A 查看 (viewer) session writes nothing, whichever service, screen or command tries.

Two hooks guard every session, like ``sealing``: ``before_flush`` refuses any ORM change and
``do_orm_execute`` any bulk INSERT/UPDATE/DELETE through ``session.execute``. The role is the
one the sign-in put in ``session.info[ROLE_KEY]``; a session without one (a SQLite file without
sign-in, the tests) is not limited here. Finer permissions (issuing minutes, unmasking…) are
checked by ``services.kernel.permissions.require`` in the services that need them.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.errors import PermissionDeniedError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.user import Role

ROLE_KEY = "role"
VIEWER_REFUSAL = QT_TRANSLATE_NOOP("Errors", "当前用户的角色是“查看”，只能查阅，不能新增、修改或删除任何内容。")


def _is_viewer(session: Session) -> bool:
    return session.info.get(ROLE_KEY) == Role.VIEWER.value


@event.listens_for(Session, "before_flush")
def _refuse_viewer_flush(session: Session, _ctx, _instances) -> None:
    if not _is_viewer(session):
        return
    if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
        raise PermissionDeniedError(VIEWER_REFUSAL)


@event.listens_for(Session, "do_orm_execute")
def _refuse_viewer_statement(state) -> None:
    if _is_viewer(state.session) and (state.is_insert or state.is_update or state.is_delete):
        raise PermissionDeniedError(VIEWER_REFUSAL)
