"""Service refusals shown in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import UserError


def error_text(exc: UserError) -> str:
    """The refusal's Chinese template translated through Qt Linguist, then filled in."""
    text = QCoreApplication.translate(exc.context, exc.template)
    if not exc.params:
        return text
    # A parameter may itself be a marked label (字段名 such as 姓名): translate it as well;
    # data values (names, numbers) have no entry and come back unchanged.
    params = {k: QCoreApplication.translate("Labels", v) if isinstance(v, str) else v
              for k, v in exc.params.items()}
    return text.format(**params)


def show_refusal(parent: QWidget | None, title: str, exc: UserError) -> None:
    """A warning box carrying the service's explanation."""
    QMessageBox.warning(parent, title, error_text(exc))
