"""Backing up and restoring the SQLite database from the File menu."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.backup import backup_sqlite, restore_sqlite
from desktop.db import open_database
from desktop.errors import UserError
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
    target = workspace.db.target.path
    name, _filter = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Maintenance", "选择要恢复的备份"), str(target.parent),
                                                _file_filter())
    if not name or not _confirm_restore(parent, Path(name), target):
        return False
    workspace.db.dispose()  # no pooled connection may hold the file while it is replaced
    try:
        aside = restore_sqlite(Path(name), target)
    except UserError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Maintenance", "恢复失败"), error_text(exc))
        return False
    try:
        workspace.db = open_database(str(target))
    except UserError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Maintenance", "无法打开恢复后的数据库"), error_text(exc))
        return False
    QMessageBox.information(parent, QCoreApplication.translate("Maintenance", "恢复完成"), _restored_text(Path(name), aside))
    return True


def _confirm_restore(parent: QWidget, backup: Path, target: Path) -> bool:
    text = QCoreApplication.translate("Maintenance", "用备份“{backup}”替换当前数据库“{target}”吗？\n\n当前数据库会先另存一份。"
               "其他电脑若正在使用此数据库，请先让他们退出。").format(backup=backup.name, target=target)
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

