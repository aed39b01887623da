"""What the signed-in role may do, on screen: a control for an action the role may not take is
disabled, stays disabled whatever its page does later, and its tooltip says why.

A page marks a button or action with ``needs(widget, Permission.X)`` where it builds it; the main
window calls ``apply_role`` on every page it builds and on its own menus. The services refuse the
same actions anyway (``services.kernel.permissions``): this only spares people a refusal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.errors import PermissionDeniedError
from desktop.services.kernel.permissions import Permission, allowed, check_role
from desktop.views.errors import error_text

PROPERTY = "tripartiteNeeds"
_LOCKED = "tripartiteLocked"


def needs(target: QWidget | QAction, permission: Permission):
    """Mark ``target`` as taking ``permission``; returns it, to wrap a constructor."""
    target.setProperty(PROPERTY, permission.value)
    return target


def refusal(role: str | None, permission: Permission) -> str | None:
    """Why ``role`` may not take ``permission`` (one Chinese line), or None when it may."""
    if allowed(role, permission):
        return None
    try:
        check_role(role, permission)
    except PermissionDeniedError as exc:
        return error_text(exc)
    return None


class _KeepDisabled(QObject):
    """Turns a locked widget off again whenever its page enables it (a row selected…)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget) and watched.isEnabled():
            watched.setEnabled(False)
        return False


def _lock_widget(widget: QWidget, reason: str, keeper: _KeepDisabled) -> None:
    widget.setEnabled(False)
    widget.setToolTip(reason)
    widget.installEventFilter(keeper)


def _lock_action(action: QAction, reason: str) -> None:
    action.setEnabled(False)
    action.setToolTip(reason)
    action.setStatusTip(reason)
    action.changed.connect(lambda: action.isEnabled() and action.setEnabled(False))


def apply_role(root: QWidget, role: str | None) -> int:
    """Lock every marked control under ``root`` (itself included) that ``role`` may not use;
    how many were locked. Nothing is locked without sign-in (``role`` None)."""
    if role is None:
        return 0
    keeper = root.findChild(_KeepDisabled, "roleKeeper") or _KeepDisabled(root, objectName="roleKeeper")
    locked = 0
    for target in (root, *root.findChildren(QWidget), *root.findChildren(QAction)):
        value = target.property(PROPERTY)
        if not value or target.property(_LOCKED):
            continue
        reason = refusal(role, Permission(value))
        if reason is None:
            continue
        target.setProperty(_LOCKED, True)
        if isinstance(target, QAction):
            _lock_action(target, reason)
        else:
            _lock_widget(target, reason, keeper)
        locked += 1
    return locked
