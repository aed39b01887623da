"""The attachments of one place (a meeting, an agenda item, minutes, a progress report).

``AttachmentsPanel(workspace, target, parent)`` lists them and has 添加…, 打开, 另存为… and 移除;
files dragged from the file manager onto it are attached too. Attaching, opening and saving run in
the background (a file may be up to 1 GB); 打开 hands an owner-only temporary copy to the system's
viewer, and the copies
are removed when the panel's window closes, when the panel is destroyed or when the app quits.
The panel reloads itself when the change hub reports attachments or its target changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Topic
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.attachments.core import (
    AttachmentRow,
    Target,
    copy_destination,
    detach,
    list_for,
    read_bytes,
)
from desktop.services.attachments.settings import MB, load_attachment_settings
from desktop.services.kernel.permissions import Permission
from desktop.services.kernel.settings_file import write_atomically
from desktop.views.attachments.attaching import attach_in_background
from desktop.views.attachments.model import AttachmentsModel, human_size
from desktop.views.attachments.temporary import TemporaryCopies
from desktop.views.changes import Subscription
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.roles import needs
from desktop.views.workspace import Workspace

#: The topic under which each kind of target is announced besides Topic.ATTACHMENTS.
TARGET_TOPICS = {"meeting": Topic.MEETINGS, "agenda": Topic.MEETINGS, "minutes": Topic.MINUTES,
                 "action": Topic.ACTIONS, "report": Topic.ACTIONS, "case": Topic.CASES}


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files and folders a drag carries (web links and the like are ignored)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _forget(copies: TemporaryCopies, app: QCoreApplication | None, *_args) -> None:
    copies.remove()
    if app is not None:
        app.aboutToQuit.disconnect(copies.remove)


class AttachmentsPanel(QWidget):
    """``attached(ids)`` after files were attached here, ``removed(id)`` after a removal,
    ``opened(path)`` when a temporary copy went to the viewer, ``saved(path)`` after 另存为."""

    attached = Signal(list)
    removed = Signal(int)
    opened = Signal(object)
    saved = Signal(object)

    def __init__(self, workspace: Workspace, target: Target | None, parent: QWidget | None = None, *,
                 unsaved_hint: str = "") -> None:
        super().__init__(parent)
        self._ws = workspace
        self._target = target
        self._read_only, self._read_only_reason = False, ""
        self._unsaved_hint = unsaved_hint or self.tr("请先保存，再添加附件。")
        self._watched: QWidget | None = None
        self.copies = TemporaryCopies()
        self.operation: Operation | None = None   # the last attach started here
        self.model = AttachmentsModel(self)
        self.table = RecordTable(self.model)
        self.hint_label = QLabel(objectName="attachmentsHint", wordWrap=True)
        self.add_button = QPushButton(self.tr("添加…"))
        self.open_button = QPushButton(self.tr("打开"))
        self.save_button = QPushButton(self.tr("另存为…"))
        self.remove_button = QPushButton(self.tr("移除"))
        for button in (self.add_button, self.remove_button):
            needs(button, Permission.WRITE)
        self._lay_out()
        self.setAcceptDrops(True)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.row_activated.connect(self.open_attachment)
        self.table.selection_changed.connect(self._update_buttons)
        self._limit = load_attachment_settings().file_limit
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.copies.remove)
        # A plain function (the panel is gone by then) that also drops the app's connection.
        self.destroyed.connect(partial(_forget, self.copies, app))
        self.subscription = Subscription(workspace.hub, self, (Topic.ATTACHMENTS,), self.reload,
                                         wants=self._shows)
        self.reload()

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint_label)

    # ------------------------------------------------------------ what it shows
    @property
    def target(self) -> Target | None:
        return self._target

    def set_target(self, target: Target | None) -> None:
        """Show another place's attachments (None: not saved yet, nothing can be attached)."""
        if target != self._target:
            self._target = target
            self.reload()

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """Only 打开 and 另存为 while ``read_only``; ``reason`` says why in the hint."""
        self._read_only, self._read_only_reason = read_only, reason
        self._update_buttons()

    def rows(self) -> tuple[AttachmentRow, ...]:
        return self.model.rows()

    def _shows(self, changes) -> bool:
        """The target's own topic: a removed agenda item or report takes its links with it
        (a database cascade no flush reports). Agenda items and reports are announced under
        their meeting's or item's id, which the panel does not know: any such change reloads."""
        target = self._target
        if target is None or not changes.touches(TARGET_TOPICS[target.kind]):
            return False
        ids = changes.ids(TARGET_TOPICS[target.kind])
        return ids is None or target.kind in ("agenda", "report") or target.id in ids

    def reload(self) -> None:
        target = self._target
        self._limit = load_attachment_settings().file_limit
        self.table.set_rows(self._ws.read(lambda s: list_for(s, target)) if target is not None else ())
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        selected = self.table.current_row() is not None
        writable = self._target is not None and not self._read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and selected)
        self.open_button.setEnabled(selected)
        self.save_button.setEnabled(selected)
        self.hint_label.setText(self._hint())

    def _hint(self) -> str:
        if self._target is None:
            return self._unsaved_hint
        if self._read_only:
            return self._read_only_reason or self.tr("只能查看，不能更改。")
        limit = self._limit
        count = len(self.model.rows())
        total = sum(r.size for r in self.model.rows())
        summary = self.tr("共 {n} 个文件，{size}。").format(n=count, size=human_size(total)) if count else ""
        return summary + self.tr("可以把文件从文件管理器拖到这里；每个文件不超过 {limit} MB。").format(
            limit=f"{limit / MB:g}")

    # ------------------------------------------------------------ adding
    def attach_files(self, paths: Sequence[Path | str]) -> Operation | None:
        """Attach ``paths`` in the background; the operation, or None when nothing was started."""
        if self._target is None or self._read_only or not paths:
            return None
        folders = [Path(p) for p in paths if Path(p).is_dir()]
        if folders:
            QMessageBox.warning(self, self.tr("无法添加附件"), self.tr(
                "“{name}”是文件夹，不能作为附件。请选择文件夹里的文件，或先把文件夹压缩成一个文件。"
            ).format(name=folders[0].name or str(folders[0])))
            return None
        operation = attach_in_background(self, self._ws, self._target, [Path(p) for p in paths],
                                         on_success=self.attached.emit)
        if operation is None:
            QMessageBox.information(self, self.tr("添加附件"), self.tr("上一批文件还在添加，请稍候。"))
            return None
        self.operation = operation
        return operation

    def _on_add_button_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("添加附件"), str(Path.home()))
        if names:
            self.attach_files(names)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._target is not None and not self._read_only and dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = dropped_paths(event)
        if not paths or self._target is None or self._read_only:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_files(paths)

    # ------------------------------------------------------------ open, save, remove
    def _copy_in_background(self, row: AttachmentRow, work, label: str, title: str,
                            on_success) -> Operation | None:
        """``work(job)`` on the pool: a file of up to the size limit (1 GB at most) is read,
        checked and written off the UI thread. The operation, or None while the same file is
        still being opened or saved from here."""
        operation = Operation(self, self._ws, work, title=title, on_success=on_success,
                              key=f"attachment-copy:{id(self)}:{row.id}")
        return operation if operation.run_in_background(label) else None

    def open_attachment(self, row: AttachmentRow | None = None) -> Operation | None:
        """Write a temporary copy in the background, then hand it to the system's viewer
        (``opened(path)``); the operation, or None when nothing was started."""
        row = row or self.table.current_row()
        if row is None:
            return None
        copies = self.copies

        def work(job):
            data = job.read(lambda s: read_bytes(s, row.id))
            job.progress.check()   # 取消 while reading: no copy, no viewer
            try:
                return copies.write(row.name, data)
            except OSError as exc:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "无法写入临时文件：{reason}"),
                                reason=exc.strerror or exc) from None

        return self._copy_in_background(
            row, work, self.tr("正在打开“{name}”…").format(name=row.name), self.tr("无法打开附件"),
            lambda path: self._show_copy(row, path))

    def _show_copy(self, row: AttachmentRow, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("打开附件"), self.tr(
                "系统没有可以打开“{name}”的程序。请用“另存为…”保存一份再打开。").format(name=row.name))
        self._watch_window()
        self.opened.emit(path)

    def save_copy(self, row: AttachmentRow | None = None) -> Operation | None:
        """另存为: ask where, then write the checked bytes there in the background
        (``saved(path)``); the operation, or None when nothing was started."""
        row = row or self.table.current_row()
        if row is None:
            return None
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("另存附件"), str(Path.home() / row.name))
        if not name:
            return None

        def work(job):
            destination, data = job.read(lambda s: (copy_destination(s, row.id, name), read_bytes(s, row.id)))
            job.progress.check()
            return write_atomically(destination, data)   # owner-only: it may hold personal data

        return self._copy_in_background(
            row, work, self.tr("正在保存“{name}”…").format(name=row.name), self.tr("无法保存附件"),
            self._on_saved)

    def _on_saved(self, path: Path) -> None:
        self.hint_label.setText(self.tr("已保存：{path}").format(path=path))
        self.saved.emit(path)

    def remove_attachment(self, row: AttachmentRow | None = None) -> bool:
        """Ask, then detach (the content goes with the last link to it)."""
        row = row or self.table.current_row()
        if row is None or self._read_only:
            return False
        answer = QMessageBox.question(self, self.tr("移除附件"),
                                      self.tr("确定移除附件“{name}”吗？").format(name=row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        operation = Operation(self, self._ws, lambda s: detach(s, row.id), title=self.tr("无法移除附件"))
        if operation.run() is None:
            return False
        self.removed.emit(row.id)
        return True

    def _on_open_button_clicked(self) -> None:
        self.open_attachment()

    def _on_save_button_clicked(self) -> None:
        self.save_copy()

    def _on_remove_button_clicked(self) -> None:
        self.remove_attachment()

    # ------------------------------------------------------------ temporary copies
    def _watch_window(self) -> None:
        """Remove the copies when the window holding the panel closes (not on a tab switch)."""
        window = self.window()
        if window is self or window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._watched and event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.copies.remove()
        return False

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.isWindow() and not event.spontaneous():
            self.copies.remove()
        super().hideEvent(event)

