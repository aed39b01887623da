"""Asking which meetings of a series an edit is for: this one, this and following, or all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.meetings.series import EditScope

CONTEXT = "EditScope"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_edit_scope(parent: QWidget | None, *, allow_this: bool = True) -> str | None:
    """An ``EditScope`` value, or None when the user cancels.

    ``allow_this`` is False when the recurrence rule itself changed: a rule belongs to the
    series, so "only this meeting" would make no sense.
    """
    box = QMessageBox(QMessageBox.Icon.Question, _tr("修改系列会议"),
                      _tr("这是系列会议中的一次。要把修改应用到哪些会议？"), parent=parent)
    box.setInformativeText(_tr("单独改过的会议和已召开的会议保留各自的内容；跳过的会议仍然跳过。"))
    buttons = {}
    if allow_this:
        buttons[box.addButton(_tr("仅此会议"), QMessageBox.ButtonRole.AcceptRole)] = EditScope.THIS.value
    buttons[box.addButton(_tr("此会议及以后"), QMessageBox.ButtonRole.AcceptRole)] = EditScope.FOLLOWING.value
    buttons[box.addButton(_tr("整个系列"), QMessageBox.ButtonRole.AcceptRole)] = EditScope.ALL.value
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())
