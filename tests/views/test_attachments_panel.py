"""The attachments panel as a person uses it: add by the button or by dropping files, open,
save a copy, remove; bad input refused with nothing stored."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select

from desktop.models import Attachment, AttachmentContent
from desktop.services.attachments.core import Target, attach, list_for, read_bytes
from desktop.services.attachments.settings import AttachmentSettings, save_attachment_settings
from desktop.services.meetings.core import create_meeting
from desktop.views.attachments import panel as panel_module
from desktop.views.attachments.dialog import AttachmentsDialog
from desktop.views.attachments.model import AttachmentsModel
from desktop.views.attachments.panel import AttachmentsPanel
from desktop.views.attachments.temporary import PREFIX
from tests.services.meeting_support import local, meeting_data
from tests.views.conftest import MessageBoxes, write

pytestmark = pytest.mark.gui


@pytest.fixture
def meeting_id(workspace) -> int:
    return write(workspace, lambda s: create_meeting(s, meeting_data(local(2026, 12, 3), title="双月沟通会")))


@pytest.fixture
def panel(qtbot, workspace, meeting_id) -> AttachmentsPanel:
    widget = AttachmentsPanel(workspace, Target("meeting", meeting_id))
    qtbot.addWidget(widget)
    widget.resize(640, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _stored(workspace, target: Target) -> dict[str, str]:
    """Name → SHA-256 of the bytes read back from the database."""
    def read(s):
        return {r.name: hashlib.sha256(read_bytes(s, r.id)).hexdigest() for r in list_for(s, target)}
    return workspace.read(read)


def _count(workspace, entity) -> int:
    return workspace.read(lambda s: s.scalar(select(func.count()).select_from(entity)))


def _wait_done(qtbot, workspace) -> None:
    qtbot.waitUntil(lambda: not workspace.hub.busy, timeout=10000)


def _drop(panel, paths) -> bool:
    """Drag ``paths`` from the file manager and let go over the panel; whether it was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(panel.rect().center())
    enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    return drop.isAccepted()


def _select(qtbot, panel, name: str) -> None:
    row = next(i for i, r in enumerate(panel.rows()) if r.name == name)
    rect = panel.table.visualRect(panel.table.model().index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_files_added_by_the_button_read_back_byte_for_byte(qtbot, panel, workspace, meeting_id,
                                                         tmp_path, monkeypatch, boxes):
    agenda = _file(tmp_path, "会议议程.txt", "一、通报欠薪治理情况".encode())
    photo = _file(tmp_path, "现场照片.jpg", os.urandom(200_000))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(agenda), str(photo)], ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    _wait_done(qtbot, workspace)
    assert _stored(workspace, Target("meeting", meeting_id)) == {
        "会议议程.txt": hashlib.sha256(agenda.read_bytes()).hexdigest(),
        "现场照片.jpg": hashlib.sha256(photo.read_bytes()).hexdigest()}
    qtbot.waitUntil(lambda: [r.name for r in panel.rows()] == ["会议议程.txt", "现场照片.jpg"])
    assert panel.model.index(1, 1).data() == "195.3 KB"
    assert panel.model.index(0, 3).data() == "测试员"
    assert boxes.calls == []


def test_dropped_files_are_attached(qtbot, panel, workspace, meeting_id, tmp_path, boxes):
    scan = _file(tmp_path, "复函扫描件.pdf", (Path(__file__).parent.parent / "fixtures" / "evidence.pdf").read_bytes())
    assert _drop(panel, [scan])
    _wait_done(qtbot, workspace)
    assert _stored(workspace, Target("meeting", meeting_id)) == {
        "复函扫描件.pdf": hashlib.sha256(scan.read_bytes()).hexdigest()}
    qtbot.waitUntil(lambda: len(panel.rows()) == 1)


def test_attached_text_is_extracted_for_search(qtbot, panel, workspace, tmp_path):
    notes = _file(tmp_path, "说明.txt", "根治欠薪冬季专项行动".encode("gb18030"))
    panel.attach_files([notes])
    _wait_done(qtbot, workspace)
    text = workspace.read(lambda s: s.scalar(select(AttachmentContent.text)))
    assert text == "根治欠薪冬季专项行动"


def test_a_dropped_folder_is_refused_and_nothing_is_stored(qtbot, panel, workspace, tmp_path, boxes):
    folder = tmp_path / "会议材料"
    folder.mkdir()
    _file(folder, "议程.txt", b"agenda")
    loose = _file(tmp_path, "通知.txt", b"notice")
    _drop(panel, [loose, folder])
    _wait_done(qtbot, workspace)
    assert any("是文件夹" in text for text in boxes.texts("warning"))
    assert _count(workspace, Attachment) == 0 and panel.rows() == ()


def test_a_file_over_the_limit_shows_the_refusal_and_stores_nothing(qtbot, panel, workspace, tmp_path, boxes):
    save_attachment_settings(AttachmentSettings(file_limit=1024 * 1024))
    small = _file(tmp_path, "通知.txt", b"notice")
    large = _file(tmp_path, "录像.mp4", b"\0" * (1024 * 1024 + 1))
    panel.attach_files([small, large])
    qtbot.waitUntil(lambda: bool(boxes.texts("warning")), timeout=10000)
    _wait_done(qtbot, workspace)
    assert boxes.texts("warning") == [f"文件 {large} 超过附件大小上限 1 MB，未添加。"]
    assert _count(workspace, Attachment) == 0 and _count(workspace, AttachmentContent) == 0


def test_a_name_windows_cannot_save_is_refused(qtbot, panel, workspace, tmp_path, boxes):
    bad = _file(tmp_path, "纪要:终稿.txt", b"text")
    panel.attach_files([bad])
    qtbot.waitUntil(lambda: bool(boxes.texts("warning")), timeout=10000)
    assert "Windows 不允许的字符（:）" in boxes.texts("warning")[0]
    assert _count(workspace, Attachment) == 0


def test_open_hands_a_private_copy_to_the_viewer_and_closing_removes_it(qtbot, workspace, meeting_id,
                                                                         monkeypatch):
    data = os.urandom(5000)
    write(workspace, lambda s: attach(s, Target("meeting", meeting_id), data, "会议通知.docx"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel = AttachmentsPanel(workspace, Target("meeting", meeting_id))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    _select(qtbot, panel, "会议通知.docx")
    with qtbot.waitSignal(panel.opened):
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    path = Path(opened[0].toLocalFile())
    assert path.name == "会议通知.docx" and path.read_bytes() == data
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    panel.close()
    assert not path.exists() and not path.parent.parent.exists()


def test_closing_the_dialog_that_holds_the_panel_removes_the_copies(qtbot, workspace, meeting_id,
                                                                     monkeypatch):
    write(workspace, lambda s: attach(s, Target("meeting", meeting_id), b"minutes", "纪要.txt"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    dialog = AttachmentsDialog(workspace, Target("meeting", meeting_id), "会议材料")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _select(qtbot, dialog.panel, "纪要.txt")
    with qtbot.waitSignal(dialog.panel.opened) as opened:
        dialog.panel.open_attachment()
    path = opened.args[0]
    assert path.read_bytes() == b"minutes" and path.parent.parent.name.startswith(PREFIX)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not path.exists()


def test_save_a_copy_writes_the_same_bytes(qtbot, panel, workspace, meeting_id, tmp_path, monkeypatch):
    data = os.urandom(3000)
    write(workspace, lambda s: attach(s, Target("meeting", meeting_id), data, "签到表.xlsx"))
    wait = tmp_path / "导出"
    wait.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(wait / "签到表.xlsx"), ""))
    qtbot.waitUntil(lambda: len(panel.rows()) == 1)
    _select(qtbot, panel, "签到表.xlsx")
    with qtbot.waitSignal(panel.saved):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert (wait / "签到表.xlsx").read_bytes() == data
    assert str(wait / "签到表.xlsx") in panel.hint_label.text()


def test_remove_asks_first_and_the_content_goes_with_the_last_link(qtbot, panel, workspace, meeting_id,
                                                                   monkeypatch):
    write(workspace, lambda s: attach(s, Target("meeting", meeting_id), b"draft", "草稿.txt"))
    qtbot.waitUntil(lambda: len(panel.rows()) == 1)
    _select(qtbot, panel, "草稿.txt")
    no = MessageBoxes(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert no.texts("question") == ["确定移除附件“草稿.txt”吗？"]
    assert _count(workspace, Attachment) == 1
    MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert _count(workspace, Attachment) == 0 and _count(workspace, AttachmentContent) == 0
    assert panel.rows() == ()


def test_an_unsaved_place_says_to_save_first_and_takes_no_drop(qtbot, workspace, tmp_path):
    panel = AttachmentsPanel(workspace, None, unsaved_hint="请先保存会议，再添加会议材料。")
    qtbot.addWidget(panel)
    panel.show()
    assert panel.hint_label.text() == "请先保存会议，再添加会议材料。"
    assert not panel.add_button.isEnabled()
    assert not _drop(panel, [_file(tmp_path, "a.txt", b"a")])


def test_an_attachment_added_elsewhere_is_shown(qtbot, panel, workspace, meeting_id):
    write(workspace, lambda s: attach(s, Target("meeting", meeting_id), b"x", "另一窗口添加.txt"))
    qtbot.waitUntil(lambda: [r.name for r in panel.rows()] == ["另一窗口添加.txt"])


def test_the_model_passes_the_model_tester(qtmodeltester, workspace, meeting_id):
    for name in ("b.txt", "a.txt"):
        write(workspace, lambda s, n=name: attach(s, Target("meeting", meeting_id), n.encode(), n))
    model = AttachmentsModel()
    model.set_rows(workspace.read(lambda s: list_for(s, Target("meeting", meeting_id))))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2 and model.headerData(0, Qt.Orientation.Horizontal) == "名称"


def test_a_destroyed_panel_leaves_no_copy_behind(qtbot, workspace, meeting_id, monkeypatch):
    write(workspace, lambda s: attach(s, Target("meeting", meeting_id), b"notice", "通知.txt"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    panel = AttachmentsPanel(workspace, Target("meeting", meeting_id))   # never shown, never hidden
    with qtbot.waitSignal(panel.opened) as opened:
        panel.open_attachment(panel.rows()[0])
    path = opened.args[0]
    assert path.read_bytes() == b"notice"
    panel.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not path.exists()


def test_opening_runs_off_the_ui_thread_and_cancel_opens_nothing(qtbot, workspace, meeting_id, monkeypatch):
    """A file of up to the size limit is read on the pool: the UI thread keeps running, and
    取消 while it reads leaves no copy and starts no viewer."""
    write(workspace, lambda s: attach(s, Target("meeting", meeting_id), b"video", "录像.mp4"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    reading, release = threading.Event(), threading.Event()

    def slow_read(session, attachment_id):
        reading.set()
        release.wait(10)
        return read_bytes(session, attachment_id)

    monkeypatch.setattr(panel_module, "read_bytes", slow_read)
    panel = AttachmentsPanel(workspace, Target("meeting", meeting_id))
    qtbot.addWidget(panel)
    operation = panel.open_attachment(panel.rows()[0])
    qtbot.waitUntil(reading.is_set)
    assert panel.open_attachment(panel.rows()[0]) is None   # the same file is still being read
    operation.cancel()
    with qtbot.waitSignal(operation.failed):
        release.set()
    assert opened == [] and panel.copies.paths == []


def test_saving_into_a_folder_that_is_gone_says_so(qtbot, panel, workspace, meeting_id, tmp_path,
                                                    monkeypatch, boxes):
    write(workspace, lambda s: attach(s, Target("meeting", meeting_id), b"sheet", "签到表.xlsx"))
    gone = tmp_path / "已删除" / "签到表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(gone), ""))
    qtbot.waitUntil(lambda: len(panel.rows()) == 1)
    with qtbot.waitSignal(panel.save_copy(panel.rows()[0]).failed):
        pass
    assert boxes.texts("warning") == [f"保存位置不存在：{gone.parent}"]
    assert not gone.parent.exists()
