"""Service refusals shown in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import UserError


def error_text(exc: UserError) -> str:
    """The refusal's Chinese template translated through Qt Linguist, then filled in."""
    text = QCoreApplication.translate(exc.context, exc.template)
    return text.format(**exc.params) if exc.params else text


def show_refusal(parent: QWidget | None, title: str, exc: UserError) -> None:
    """A warning box carrying the service's explanation."""
    QMessageBox.warning(parent, title, error_text(exc))
