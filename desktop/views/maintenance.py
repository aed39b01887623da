"""Backing up and restoring the SQLite database from the File menu; 恢复数据库 lists the
automatic backups (newest first) and can still pick a file elsewhere."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.backup import (
    BackupInfo,
    backup_sqlite,
    list_backups,
    restore_sqlite,
    rolled_back_entries,
)
from desktop.db import open_database
from desktop.errors import UserError
from desktop.services.kernel.permissions import Permission, check_role
from desktop.views.errors import error_text
from desktop.views.workspace import Workspace


def backup_database(parent: QWidget, workspace: Workspace) -> Path | None:
    """Ask where to write a copy; write it with SQLite's online backup; report where it went."""
    source = workspace.db.target.path
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    suggested = source.with_name(QCoreApplication.translate("Maintenance", "{name}-备份-{stamp}.db").format(
        name=source.stem, stamp=stamp))
    name, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Maintenance", "备份数据库"), str(suggested), _file_filter())
    if not name:
        return None
    try:
        written = backup_sqlite(source, Path(name))
    except UserError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Maintenance", "备份失败"), error_text(exc))
        return None
    QMessageBox.information(parent, QCoreApplication.translate("Maintenance", "备份完成"), QCoreApplication.translate("Maintenance", "已备份到：\n{path}").format(path=written))
    return written


def restore_database(parent: QWidget, workspace: Workspace) -> bool:
    """Replace the database with a checked backup; the current one is kept aside first."""
    try:
        check_role(workspace.role, Permission.RESTORE)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Maintenance", "恢复失败"), error_text(exc))
        return False
    target = workspace.db.target.path
    name = _choose_backup(parent, target)
    if not name or not _confirm_restore(parent, Path(name), target):
        return False
    workspace.db.dispose()  # no pooled connection may hold the file while it is replaced
    try:
        aside = restore_sqlite(Path(name), target, user=workspace.user)
    except UserError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Maintenance", "恢复失败"), error_text(exc))
        return False
    try:
        role, workspace.db = workspace.role, open_database(str(target))
        workspace.db.role = role   # still the administrator who restored it
    except UserError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Maintenance", "无法打开恢复后的数据库"), error_text(exc))
        return False
    QMessageBox.information(parent, QCoreApplication.translate("Maintenance", "恢复完成"), _restored_text(Path(name), aside))
    return True


def _choose_backup(parent: QWidget, target: Path) -> str:
    """A backup of the rotation from the list, or a file picked elsewhere; "" when cancelled."""
    found = list_backups(target)
    if found:
        dialog = BackupListDialog(found, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        if dialog.chosen is not None:
            return str(dialog.chosen)
    name, _filter = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Maintenance", "选择要恢复的备份"), str(target.parent),
                                                _file_filter())
    return name


class BackupListDialog(QDialog):
    """The automatic backups, newest first: date, size and what each holds. 恢复 takes the
    selected one (``chosen``); 其他文件… accepts with ``chosen`` None (pick a file)."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("恢复数据库"))
        self.chosen: Path | None = None
        self._backups = backups
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("备份时间"), self.tr("大小"), self.tr("会议"),
                                   self.tr("纪要"), self.tr("督办事项")])
        for info in backups:
            counts = [self.tr("无法读取") if n is None else str(n)
                      for n in (info.meetings, info.minutes, info.actions)]
            item = QTreeWidgetItem([f"{info.taken:%Y-%m-%d %H:%M}", f"{info.size / 1024:,.0f} KB", *counts])
            item.setToolTip(0, str(info.path))
            self.tree.addTopLevelItem(item)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for column in range(5):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("恢复所选备份"))
        self.other_button = QPushButton(self.tr("其他文件…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.other_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.tree.itemDoubleClicked.connect(self._on_restore_button_clicked)
        self.resize(560, 320)

    def _on_restore_button_clicked(self, *_args) -> None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        if row < 0:
            return
        self.chosen = self._backups[row].path
        self.accept()


def _confirm_restore(parent: QWidget, backup: Path, target: Path) -> bool:
    text = QCoreApplication.translate("Maintenance", "用备份“{backup}”替换当前数据库“{target}”吗？\n\n当前数据库会先另存一份。"
               "其他电脑若正在使用此数据库，请先让他们退出。").format(backup=backup.name, target=target)
    lost = rolled_back_entries(backup, target) if backup.is_file() else 0
    if lost:
        text += "\n\n" + QCoreApplication.translate(
            "Maintenance", "该备份之后记录的 {n} 条审计记录将被撤销（恢复本身会记入审计日志）。").format(n=lost)
    answer = QMessageBox.question(parent, QCoreApplication.translate("Maintenance", "恢复数据库"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _restored_text(backup: Path, aside: Path | None) -> str:
    text = QCoreApplication.translate("Maintenance", "已从 {backup} 恢复数据库。").format(backup=backup)
    if aside is not None:
        text += "\n" + QCoreApplication.translate("Maintenance", "原数据库已另存为：\n{aside}").format(aside=aside)
    return text


def _file_filter() -> str:
    return QCoreApplication.translate("Maintenance", "数据库备份 (*.db *.sqlite);;所有文件 (*)")

