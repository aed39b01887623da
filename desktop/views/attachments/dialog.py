"""A small window around one panel: the materials of an agenda item, the evidence of a report."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.attachments.core import Target
from desktop.views.attachments.panel import AttachmentsPanel
from desktop.views.workspace import Workspace


class AttachmentsDialog(QDialog):
    """The panel with a heading and 关闭; opened window-modally over its screen."""

    def __init__(self, workspace: Workspace, target: Target, title: str, heading: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 360)
        self.panel = AttachmentsPanel(workspace, target, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        if heading:
            layout.addWidget(QLabel(heading, wordWrap=True))
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)


def open_replacing(previous: AttachmentsDialog | None, dialog: AttachmentsDialog) -> AttachmentsDialog:
    """Open ``dialog`` window-modally in place of ``previous``, which Qt deletes.

    The holder keeps the latest dialog rather than WA_DeleteOnClose (see
    ``MinutesWindow.open_dialog``: PySide crashed freeing a dialog from its own destructor)."""
    if previous is not None:
        previous.close()
        previous.deleteLater()
    dialog.open()
    return dialog
