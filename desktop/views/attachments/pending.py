"""Files chosen for a form (a progress report's 佐证材料) and attached once the form is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.attachments.model import human_size
from desktop.views.attachments.panel import dropped_paths


class PendingFiles(QWidget):
    """A list of local files with 添加文件… and 移除; files dropped on it are added too."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFixedHeight(80)
        self.add_button = QPushButton(self.tr("添加文件…"))
        self.remove_button = QPushButton(self.tr("移除"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)
        self.setToolTip(self.tr("照片、扫描的复函等；也可以把文件拖到这里"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def paths(self) -> tuple[Path, ...]:
        return tuple(Path(self.list.item(i).toolTip()) for i in range(self.list.count()))

    def add(self, paths) -> None:
        """Add files not yet listed (folders and the like are refused when the form is saved)."""
        known = set(self.paths())
        for path in map(Path, paths):
            if path in known:
                continue
            known.add(path)
            size = human_size(path.stat().st_size) if path.is_file() else ""
            item = QListWidgetItem(f"{path.name}　{size}".rstrip(), self.list)
            item.setToolTip(str(path))
        self._update_buttons()
        self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("选择佐证材料"), str(Path.home()))
        if names:
            self.add(names)

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add(paths)
