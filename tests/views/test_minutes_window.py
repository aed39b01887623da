"""The minutes window driven as a user does: write the minutes, issue them, export and read the
.docx back, print to a PDF file, compare versions, distribute as .eml, search with highlights."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select, update

from desktop.changes import Changes
from desktop.models import ActionItem, Person
from desktop.services.minutes.core import get_minutes
from desktop.views.minutes.dialogs import DecisionActionDialog, NoteDialog
from desktop.views.minutes.models import (
    HIGHLIGHT_ROLE,
    DeliveriesModel,
    RecipientsModel,
    SearchHitsModel,
    VersionsModel,
)
from desktop.views.minutes.rich_editor import RichBlocksEdit
from desktop.views.minutes.search_page import MinutesSearchPage
from desktop.views.minutes.window import MinutesWindow
from tests.services.minutes_support import held_meeting, issued_minutes
from tests.views.conftest import click_ok, find_window, type_text, write


def open_window(qtbot, workspace, meeting_id) -> MinutesWindow:
    window = MinutesWindow(workspace, meeting_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def new_meeting(workspace) -> int:
    return write(workspace, held_meeting)


def write_through_window(qtbot, window) -> None:
    first = window.editor.section_editors()[0]
    first.edit.setFocus()
    type_text(qtbot, first.edit, "会议研究了春节前欠薪隐患排查。")
    item = window.editor.decisions.add_decision("由劳动监察大队牵头开展欠薪专项检查。")
    assert item.text()
    window.save_action.trigger()


def test_written_minutes_are_saved_issued_and_exported(qtbot, workspace, boxes, tmp_path, monkeypatch):
    meeting_id = new_meeting(workspace)
    window = open_window(qtbot, workspace, meeting_id)
    assert window.editor.present_edit.text().startswith("张志强（")
    write_through_window(qtbot, window)
    window.submit_action.trigger()
    assert window.view.state == "review" and not window.save_action.isEnabled()
    window.issue_action.trigger()   # issues in the background
    qtbot.waitUntil(lambda: window.view.state == "issued")
    assert window.view.document_number.endswith("〕1号")
    assert boxes.calls == []
    target = tmp_path / "纪要.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_docx_action.trigger()
    texts = [p.text for p in Document(str(target)).paragraphs]
    assert window.view.document_number in texts
    assert "会议研究了春节前欠薪隐患排查。" in texts
    assert "（一）由劳动监察大队牵头开展欠薪专项检查。" in texts
    assert any(t.startswith("出席：张志强") for t in texts)


def test_issued_minutes_cannot_be_edited_in_the_window(qtbot, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = open_window(qtbot, workspace, meeting_id)
    assert window.editor.title_edit.isReadOnly()
    assert not window.save_action.isEnabled() and window.correct_action.isEnabled()


def test_issuing_without_decisions_asks_first(qtbot, workspace, boxes):
    meeting_id = new_meeting(workspace)
    window = open_window(qtbot, workspace, meeting_id)
    window.submit_action.trigger()
    window.issue_action.trigger()
    qtbot.waitUntil(lambda: window.view.state == "issued")
    assert boxes.texts("question") == ["这份纪要没有议定事项。确定要签发吗？"]


def test_a_change_made_in_another_window_is_shown(qtbot, workspace):
    meeting_id = new_meeting(workspace)
    first = open_window(qtbot, workspace, meeting_id)
    second = open_window(qtbot, workspace, meeting_id)
    second.submit_action.trigger()
    assert first.view.state == "review" and not first.save_action.isEnabled()


def test_unsaved_edits_survive_a_refresh_of_everything(qtbot, workspace):
    meeting_id = new_meeting(workspace)
    window = open_window(qtbot, workspace, meeting_id)
    first = window.editor.section_editors()[0]
    first.edit.setFocus()
    type_text(qtbot, first.edit, "尚未保存的一段话。")
    workspace.announce(Changes.everything())   # what F5 and a restore announce
    assert "尚未保存的一段话。" in window.editor.section_editors()[0].edit.toPlainText()
    window.save_action.trigger()
    assert "尚未保存的一段话。" in "".join(b.text for b in window.view.content.sections[0].blocks)
    assert not window.is_edited()


def test_printing_to_a_pdf_file(qtbot, workspace, tmp_path):
    meeting_id, _, number = issued_minutes(workspace.db)
    window = open_window(qtbot, workspace, meeting_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.print_to(printer) >= 1
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_correction_through_the_dialog_and_comparison(qtbot, workspace):
    meeting_id, _, number = issued_minutes(workspace.db)
    window = open_window(qtbot, workspace, meeting_id)
    window.correct_action.trigger()
    dialog = find_window(qtbot, NoteDialog)
    type_text(qtbot, dialog.note_edit, "补充一项议定事项")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.view.version_no == 2)
    assert window.save_action.isEnabled() and window.view.document_number == number
    window.editor.decisions.add_decision("企联牵头开展用工指导。")
    window.save_action.trigger()
    window.history.compare_button.click()
    assert "企联牵头开展用工指导" in window.history.diff_view.toPlainText()


def test_decision_becomes_an_action_item_through_the_dialog(qtbot, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = open_window(qtbot, workspace, meeting_id)
    window.decisions.list.setCurrentRow(0)
    window.decisions.action_button.click()
    dialog = find_window(qtbot, DecisionActionDialog)
    dialog.lead_combo.setCurrentIndex(1)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    count = workspace.read(lambda s: s.scalar(select(func.count()).select_from(ActionItem)))
    assert count == 1


def test_distribution_writes_eml_files_and_lists_each_recipient(qtbot, workspace, tmp_path, monkeypatch):
    write(workspace, lambda s: s.execute(update(Person).where(Person.name == "王建国")
                                        .values(email="wangjg@example.org")))
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = open_window(qtbot, workspace, meeting_id)
    panel = window.distribution
    assert [r.address for r in panel.recipients.checked()] == ["wangjg@example.org"]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    panel.eml_button.click()   # writes in the background
    qtbot.waitUntil(lambda: [r.status for r in panel.deliveries.rows()] == ["written"])
    assert len(list(tmp_path.glob("*.eml"))) == 1
    qtbot.waitUntil(lambda: panel.confirm_button.isEnabled())
    panel.confirm_button.click()
    qtbot.waitUntil(lambda: window.view.state == "distributed")   # the window follows the hub


def test_rich_editor_keeps_only_bold_and_lists(qtbot):
    edit = RichBlocksEdit()
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setHtml('<p><i>斜体</i><b>加粗</b><span style="color:red">红字</span></p>'
                 "<ol><li>第一</li><li>第二</li></ol><ul><li>要点</li></ul><h1>大标题</h1>")
    edit.insertFromMimeData(mime)
    blocks = edit.blocks()
    assert [(b.kind, b.text) for b in blocks] == [
        ("para", "斜体加粗红字"), ("number", "第一"), ("number", "第二"), ("bullet", "要点"), ("para", "大标题")]
    assert [(r.text, r.bold) for r in blocks[0].runs] == [("斜体", False), ("加粗", True), ("红字", False)]


def test_search_page_highlights_two_character_terms(qtbot, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    page = MinutesSearchPage(workspace)
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.query_edit, "欠薪")
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 2
    html = page.model.index(0, 4).data(HIGHLIGHT_ROLE)
    assert ">欠薪</b>" in html
    with qtbot.waitSignal(page.meeting_chosen) as chosen:
        page.table.doubleClicked.emit(page.model.index(0, 0))
    assert chosen.args == [meeting_id]


def test_item_models_pass_the_model_tester(qtmodeltester, workspace):
    from desktop.services.minutes.distribution import Recipient, recipient_candidates  # noqa: F401
    from desktop.services.minutes.history import list_versions
    from desktop.services.minutes.search import search_minutes

    meeting_id, minutes_id, _ = issued_minutes(workspace.db)
    versions = VersionsModel()
    versions.set_rows(workspace.read(lambda s: list_versions(s, meeting_id)))
    qtmodeltester.check(versions)
    recipients = RecipientsModel()
    recipients.set_rows([Recipient("甲", "a@example.org", "参会"), Recipient("乙", "b@example.org", "主送")])
    recipients.setData(recipients.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert [r.name for r in recipients.checked()] == ["乙"]
    qtmodeltester.check(recipients)
    qtmodeltester.check(DeliveriesModel())
    hits = SearchHitsModel()
    hits.set_rows(workspace.read(lambda s: search_minutes(s, "集体协商")).hits)
    qtmodeltester.check(hits)
    assert workspace.read(lambda s: get_minutes(s, meeting_id)).id == minutes_id


def test_two_dialogs_in_a_row_do_not_crash(qtbot, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = open_window(qtbot, workspace, meeting_id)
    for _ in range(2):
        window.decisions.list.setCurrentRow(0)
        window.decisions.action_button.click()
        dialog = find_window(qtbot, DecisionActionDialog)
        dialog.lead_combo.setCurrentIndex(1)
        click_ok(qtbot, dialog)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    count = workspace.read(lambda s: s.scalar(select(func.count()).select_from(ActionItem)))
    assert count == 2


def test_attachments_tab_keeps_unsaved_text_and_the_docx_lists_the_files(qtbot, workspace, tmp_path,
                                                                         monkeypatch, boxes):
    import hashlib

    from desktop.services.attachments.core import Target, list_for, read_bytes

    meeting_id = new_meeting(workspace)
    window = open_window(qtbot, workspace, meeting_id)
    first = window.editor.section_editors()[0]
    first.edit.setFocus()
    type_text(qtbot, first.edit, "尚未保存的一段话。")
    files = [tmp_path / "签到表.xlsx", tmp_path / "欠薪隐患排查情况表.pdf"]
    for number, path in enumerate(files):
        path.write_bytes(bytes([number]) * 2048)
    window.tabs.setCurrentWidget(window.attachments)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in files], ""))
    qtbot.mouseClick(window.attachments.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.attachments.rows()) == 2, timeout=10000)
    stored = workspace.read(lambda s: {r.name: hashlib.sha256(read_bytes(s, r.id)).hexdigest()
                                       for r in list_for(s, Target("minutes", meeting_id))})
    assert stored == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    assert "尚未保存的一段话。" in window.editor.section_editors()[0].edit.toPlainText()
    target = tmp_path / "纪要.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_docx_action.trigger()
    texts = [p.text.strip() for p in Document(str(target)).paragraphs]
    assert "附件：1. 签到表" in texts and "2. 欠薪隐患排查情况表" in texts
    assert boxes.calls == []


def test_attachments_of_issued_minutes_cannot_be_changed(qtbot, workspace, tmp_path):
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = open_window(qtbot, workspace, meeting_id)
    panel = window.attachments
    assert not panel.add_button.isEnabled()
    assert "请先“更正”" in panel.hint_label.text()
    assert panel.attach_files([tmp_path]) is None


def test_search_page_shows_attachments_by_place_and_opens_their_action_item(qtbot, workspace, monkeypatch):
    from desktop.services.actions.core import ActionFields, create_action
    from desktop.services.attachments.core import Target, attach
    from desktop.views.actions.detail import ActionDetailDialog

    action_id = write(workspace, lambda s: create_action(s, "warning", ActionFields(title="督促补缴")))
    write(workspace, lambda s: attach(s, Target("action", action_id), b"\xff\xd8", "欠薪现场照片.jpg"))
    page = MinutesSearchPage(workspace)
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.query_edit, "现场照片")
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["督办材料"]
    assert "附件 1 个" in page.summary_label.text()
    opened = []
    monkeypatch.setattr(ActionDetailDialog, "open", lambda self: opened.append(self.windowTitle()))
    page.table.doubleClicked.emit(page.model.index(0, 0))
    assert opened and str(action_id) in opened[0]
