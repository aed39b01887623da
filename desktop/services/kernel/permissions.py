"""Who may do what: the four roles and the actions above plain writing that each may take.

``require(session, permission)`` is called by the services that need more than a write (issuing
minutes, lifting a warning, unmasking…). The role is the one the sign-in put in
``session.info["role"]``; a session without a role (a SQLite file without sign-in, the tests)
may do everything, as before sign-in existed. A 查看 session's writes are refused for every
service at once by ``desktop.models.access``.

The window's locks read the labels and ``allowed`` before the first paint, so this module imports
no SQLAlchemy (``require`` reaches the models when first called).
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from desktop.errors import PermissionDeniedError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.roles import ROLE_KEY, Role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Permission(str, Enum):
    WRITE = "write"                        # add and edit in the registers, meetings, minutes, 督办
    ISSUE_MINUTES = "issue_minutes"        # approve and issue minutes
    ISSUE_WARNING = "issue_warning"        # issue and lift warnings
    SIGN_OFF_ACTION = "sign_off_action"    # 办结确认 of an action item
    UNMASK = "unmask"                      # show personal data unmasked
    RESTORE = "restore"                    # restore an older backup
    PURGE = "purge"                        # purge and seal personal data when due
    MANAGE_USERS = "manage_users"          # add, disable, reset, change roles, sign-in switch
    MANAGE_RULES = "manage_rules"          # rules, retention, templates


P = Permission
ROLE_LABELS = {
    Role.ADMIN.value: QT_TRANSLATE_NOOP("Labels", "管理员"),
    Role.SECRETARY.value: QT_TRANSLATE_NOOP("Labels", "秘书"),
    Role.LEADER.value: QT_TRANSLATE_NOOP("Labels", "领导"),
    Role.VIEWER.value: QT_TRANSLATE_NOOP("Labels", "查看"),
}
PERMISSION_LABELS = {
    P.WRITE: QT_TRANSLATE_NOOP("Labels", "新增或修改记录"),
    P.ISSUE_MINUTES: QT_TRANSLATE_NOOP("Labels", "签发纪要"),
    P.ISSUE_WARNING: QT_TRANSLATE_NOOP("Labels", "签发或解除预警"),
    P.SIGN_OFF_ACTION: QT_TRANSLATE_NOOP("Labels", "督办事项办结确认"),
    P.UNMASK: QT_TRANSLATE_NOOP("Labels", "查看未遮蔽的个人信息"),
    P.RESTORE: QT_TRANSLATE_NOOP("Labels", "从备份恢复数据库"),
    P.PURGE: QT_TRANSLATE_NOOP("Labels", "清除到期的个人信息"),
    P.MANAGE_USERS: QT_TRANSLATE_NOOP("Labels", "管理用户"),
    P.MANAGE_RULES: QT_TRANSLATE_NOOP("Labels", "修改规则、保存期限和模板"),
}
#: The administrator may do everything; a leader reads everything and takes the decisions (but
#: adds or edits nothing else: ``models.access``); a secretary does the day's work; a viewer only
#: reads (personal data always masked).
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.ADMIN.value: frozenset(Permission),
    Role.LEADER.value: frozenset({P.ISSUE_MINUTES, P.ISSUE_WARNING, P.SIGN_OFF_ACTION, P.UNMASK}),
    Role.SECRETARY.value: frozenset({P.WRITE}),
    Role.VIEWER.value: frozenset(),
}


def allowed(role: str | None, permission: Permission) -> bool:
    """Whether ``role`` may take ``permission``; no role (no sign-in) may do everything."""
    return role is None or permission in ROLE_PERMISSIONS.get(role, frozenset())


def check_role(role: str | None, permission: Permission) -> None:
    """Refuse with one Chinese line naming the role and the action."""
    if not allowed(role, permission):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("Errors", "当前用户的角色是“{role}”，无权{action}。"),
            role=ROLE_LABELS.get(role, role), action=PERMISSION_LABELS[permission])


def require(session: Session, permission: Permission) -> None:
    """Refuse unless the session's signed-in role may take ``permission``; once allowed, the
    transaction may write what the action needs (a leader's session otherwise writes nothing)."""
    from desktop.models.access import grant  # (the labels and checks above import no SQLAlchemy)

    check_role(session.info.get(ROLE_KEY), permission)
    grant(session)
